//! RTL emitter of SU-FA (spec §5): `<prefix>sufa` with T rows, each holding P Q·Kᵀ PEs and P P·V
//! PEs, one exp2 unit, one z scaler and one divider. Leaves (MAC PE, exp2 unit, z scaler, merge
//! scaler, divider) are tera templates; the row and the top are written here.
//!
//! Dataflow of one block (no overlap between blocks):
//! 1. Q: T beats, row r's Q into row r (padded to `lanes` with zero lanes).
//! 2. Tiles. Pass A takes one K/V beat every ceil(d/P) cycles: Q and K rotate P lanes a cycle
//!    through the row's P MACs, giving the exact s; two cycles later z = rshift_round(s·MZ, SZ).
//!    A row whose mask bit is set pushes z into its FIFO and keeps the running exact maximum.
//!    V and the mask go into the shared key buffer. The tile's p values cannot be computed before
//!    its last key has been scored, so z is buffered (not recomputed). Pass B replays the tile:
//!    every ceil(d/P) cycles one key's mask is read, each selected row pops its z, computes
//!    u = min(m − z, 16384), p = exp2q(−u) (an unselected row uses p = 0), then P·V runs over
//!    ceil(d/P) cycles while the next key's p is being computed. Pass A of tile j+1 overlaps
//!    pass B of tile j; the key buffer and the FIFOs hold two tiles.
//! 3. Each finished tile writes its (any, m, l, o) into the row's partial memory. The merge of
//!    spec §5 needs the block's final maximum, so it runs after the last tile, reusing the exp2
//!    unit and the o accumulators: f_j = exp2q(m_j − m), then rshift_round(·f_j, 15) sums.
//! 4. The divider produces the d outputs of each row one after another (18 cycles each), then
//!    the rows shift out as T beats, row 0 first.

use super::Geometry;
use crate::numerics::exp2_lut;
use crate::rtl::{Design, Module, Stream, Width};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let mac = d.leaf("sufa_mac", &[]);
    let exp2 = d.leaf("sufa_exp2", &[]);
    let zs = d.leaf("sufa_zscale", &["rshift_round"]);
    let scale = d.leaf("sufa_scale", &[]);
    let div = d.leaf("sufa_div", &[]);
    let fifo = d.sram(g.fifo_depth, g.z_w);
    let pmem = d.sram(g.tiles, partial_w(&g));
    let row = emit_row(d, &g, &[&mac, &exp2, &zs, &scale, &div, &fifo, &pmem]);
    let vbuf = d.sram(g.kbuf_depth, g.d * 16);
    let mbuf = d.sram(g.kbuf_depth, g.rows);
    emit_top(d, &g, &row, &vbuf, &mbuf);
    d.set_instances(&d.name("sufa"), &row, g.rows.into()); // g_row: the memory listing's count
}

/// Width of a stored tile partial {any, m, l, o}.
fn partial_w(g: &Geometry) -> u32 {
    1 + g.z_w + g.l_w + g.lanes * g.o_w
}

/// Width of a row's merged partial {any, m, l, o} as the rows shift it out (all `lanes`).
fn row_partial_w(g: &Geometry) -> u32 {
    1 + g.z_w + g.l_w + g.lanes * g.o_w
}

/// Width of the engine's partial output `p_row_o`: {any, m, l, o[d]} (o lane c at
/// [c*o_w +: o_w]). This is the payload of a partial packet on the mesh.
pub fn partial_out_w(g: &Geometry) -> u32 {
    1 + g.z_w + g.l_w + g.d * g.o_w
}

/// The exp2 table as a Verilog concatenation, entry n at bits [n*W +: W] (W = the bits of its
/// largest entry), six entries a line so no line passes 100 columns.
fn lut_literal() -> String {
    let lut = exp2_lut();
    let w = lut
        .iter()
        .map(|&e| 64 - (e as u64).leading_zeros())
        .max()
        .unwrap_or(1);
    let items: Vec<String> = lut.iter().rev().map(|&e| format!("{w}'h{e:x}")).collect();
    let lines: Vec<String> = items.chunks(6).map(|c| c.join(", ")).collect();
    format!(
        "{{
        {}
    }}",
        lines.join(
            ",
        "
        )
    )
}

/// An instance of the exp2 leaf with the table of `numerics`: SU-FA's rows and the mesh's merge
/// units use this one spelling, so they stay the same unit.
pub fn exp2_instance(exp2: &str, inst: &str, u: &str, p: &str) -> String {
    format!(
        "{exp2} #(.LUT({})) {inst} (.clk_i(clk_i), .u_i({u}), .p_o({p}));",
        lut_literal()
    )
}

/// `{new, old[hi:lo]}`: a register of `lanes` lanes of `w` bits rotated by `p` lanes, `new`
/// being the P lanes that enter at the top.
fn rotate(reg: &str, new: &str, lanes: u32, p: u32, w: u32) -> String {
    if lanes == p {
        new.into()
    } else {
        format!("{{{new}, {reg}[{}:{}]}}", lanes * w - 1, p * w)
    }
}

fn emit_row(d: &mut Design, g: &Geometry, leaves: &[&str]) -> String {
    let [mac, exp2, zs, scale, div, fifo, pmem] = [
        leaves[0], leaves[1], leaves[2], leaves[3], leaves[4], leaves[5], leaves[6],
    ];
    let name = d.name("sufa_row");
    let r = d.reset();
    let (dd, p, ln, sw, zw, lw, ow) = (g.d, g.pes, g.lanes, g.s_w, g.z_w, g.l_w, g.o_w);
    let pw = partial_w(g);
    let mut s = String::new();
    let pad16 = if ln > dd {
        format!("{{{}'d0, q_i}}", (ln - dd) * 16)
    } else {
        "q_i".into()
    };
    let _ = write!(
        s,
        "// One SU-FA row: P = {p} Q*K^T PEs and {p} P*V PEs, z scaler, z FIFO, exact tile maximum, exp2 unit,
// tile accumulators l and o, partial memory for the merge, divider. Sequenced by the top.
module {name} (
    input  wire              clk_i,
    input  wire              {rst},
    input  wire              q_we_i,       // load this row's Q
    input  wire [{dqm}:0]   q_i,
    input  wire [15:0]       mz_i,
    input  wire [5:0]        sz_i,
    input  wire              blk_i,        // block start: clear accumulators and the block maximum
    // pass A
    input  wire              qk_en_i,      // a Q*K^T cycle on K lanes k_i
    input  wire              qk_first_i,   // its first cycle of the key
    input  wire [{pkm}:0]    k_i,
    input  wire              za_valid_i,   // z of a key is on the z scaler's output
    input  wire              za_sel_i,     // ... and this row selected the key
    input  wire              za_tfirst_i,  // ... which is the first beat of its tile
    input  wire              hand_i,       // pass A's tile moves to pass B
    // pass B
    input  wire              pb_rd_i,      // a key of pass B: pop z when selected
    input  wire              pb_sel_i,
    input  wire              pv_load_i,    // p of that key is ready: load it
    input  wire              pv_en_i,      // a P*V cycle on V lanes v_i
    input  wire [{pkm}:0]    v_i,
    input  wire              pw_i,         // tile done: store the partial at pidx_i
    input  wire [{tam}:0]        pidx_i,
    // merge, divide, output
    input  wire              mg_i,         // the exp2 unit serves the merge
    input  wire              mg_rd_i,      // read partial pidx_i
    input  wire              mg_load_i,    // its factor is ready
    input  wire              mg_en_i,      // a merge cycle
    input  wire              dv_start_i,
    input  wire              dv_done_i,
    input  wire              out_shift_i,
    input  wire [{dqm}:0]   o_next_i,
    output wire [{dqm}:0]   o_row_o,
    input  wire              po_shift_i,   // partial mode: shift the merged (any, m, l, o) out
    input  wire [{prm}:0]   p_next_i,
    output wire [{prm}:0]   p_row_o
);
    // ---- pass A: s = Q*K over {ch} cycles, then z; the exact maximum over selected keys.
    reg  [{lqm}:0] q_q;
    reg  [{swm}:0] s_q;
    wire [{swm}:0] s_c [0:{p}];
    assign s_c[0] = qk_first_i ? {sw}'d0 : s_q;
",
        rst = r.port,
        dqm = dd * 16 - 1,
        pkm = p * 16 - 1,
        tam = g.tile_aw - 1,
        ch = g.chunks,
        lqm = ln * 16 - 1,
        swm = sw - 1,
        prm = row_partial_w(g) - 1,
    );
    let _ = write!(
        s,
        "    localparam P = {p};
    genvar gk;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_qk
            {mac} #(.A_W(16), .B_W(16), .C_W({sw})) u_qk (
                .a_i(q_q[gk*16 +: 16]), .b_i(k_i[gk*16 +: 16]), .c_i(s_c[gk]), .y_o(s_c[gk+1])
            );
        end
    endgenerate
"
    );
    let q_rot = rotate("q_q", &format!("q_q[{}:0]", p * 16 - 1), ln, p, 16);
    let _ = write!(
        s,
        "    always @(posedge clk_i) begin
        if (q_we_i) q_q <= {pad16};
        else if (qk_en_i) q_q <= {q_rot};
        if (qk_en_i) s_q <= s_c[{p}];
    end

    wire [{zwm}:0] z;
    {zs} #(.S_W({sw})) u_z (.clk_i(clk_i), .s_i(s_q), .mz_i(mz_i), .sz_i(sz_i), .z_o(z));

    wire [{zwm}:0] zr;         // the FIFO head, read every cycle
    reg  [{fam}:0] wp_q;
    reg  [{fam}:0] rp_q;
    reg  [{zwm}:0] zmax_q;     // pass A's running maximum
    reg            any_a_q;
    reg  [{zwm}:0] m_q;        // pass B's tile maximum m_j
    reg            any_b_q;
    wire push = za_valid_i && za_sel_i;
    wire pop  = pb_rd_i && pb_sel_i;
    {ff} begin
        if ({act}) begin
            wp_q <= {fa}'d0;
            rp_q <= {fa}'d0;
        end else begin
            if (push) wp_q <= wp_q + {fa}'d1;
            if (pop)  rp_q <= rp_q + {fa}'d1;
        end
    end
    {fifo} u_fifo (
        .clk_i(clk_i), .we_i(push), .waddr_i(wp_q), .wdata_i(z),
        .re_i(1'b1), .raddr_i(rp_q), .rdata_o(zr)
    );
    always @(posedge clk_i) begin
        if (za_valid_i && za_tfirst_i) begin
            zmax_q  <= z;
            any_a_q <= za_sel_i;
        end else if (push && (!any_a_q || $signed(z) > $signed(zmax_q))) begin
            zmax_q  <= z;
            any_a_q <= 1'b1;
        end
        if (hand_i) begin
            m_q     <= zmax_q;
            any_b_q <= any_a_q;
        end
    end

    // ---- pass B: u = min(m - z, 16384) -> exp2 -> p (0 for an unselected key) -> P*V.
    reg  [3:0]     act_q;      // selected bit, aligned with the pipeline stages
    reg  [{zwm}:0] bm_q;       // the block maximum over the tiles' m_j
    reg            bany_q;
    // The partial being merged: any, m and l straight from the memory's read register, o rotating.
    wire [{pwm}:0] pm_rd;
    wire           mg_any = pm_rd[{pwm}];
    wire [{zwm}:0] mg_m   = pm_rd[{pwm1}:{mlo}];
    wire [{lwm}:0] mg_l   = pm_rd[{llhi}:{lom1}];
    reg  [{lom}:0] mg_o_q;
    wire [{zw}:0]   dz_b = {{m_q[{zwm}], m_q}} - {{zr[{zwm}], zr}};
    wire [{zw}:0]   dz_m = {{bm_q[{zwm}], bm_q}} - {{mg_m[{zwm}], mg_m}};
    wire [{zw}:0]   dz   = mg_i ? dz_m : dz_b;
    wire [{zwm15}:0] unused_dz_hi = dz[{zw}:15];
    reg  [14:0]    u_q;
    wire [15:0]    p;
    always @(posedge clk_i) begin
        act_q <= {{act_q[2:0], pop}};
        // dz >= 0 for every selected key and stored partial; clamp at 16384 (exp2q's range).
        u_q   <= ($signed(dz) > {zw1}'sd16384) ? 15'd16384 : dz[14:0];
    end
    {exp2_inst}

    reg  [15:0]    p_q;
    reg  [15:0]    f_q;
    reg  [{lwm}:0] l_q;
    reg  [{lom}:0] o_q;
    wire [15:0]    p_sel = act_q[3] ? p : 16'd0;
    wire [15:0]    f_sel = mg_any ? p : 16'd0;
    wire [{lw}:0]   l_scaled;
    {scale} #(.A_W({lw1})) u_scale_l (.a_i({{1'b0, mg_l}}), .f_i(f_sel), .y_o(l_scaled));
    wire unused_l_scaled = l_scaled[{lw}];
",
        zwm = zw - 1,
        fam = g.fifo_aw - 1,
        fa = g.fifo_aw,
        ff = r.always_ff(),
        act = r.active,
        lwm = lw - 1,
        lom = ln * ow - 1,
        zw1 = zw + 1,
        zwm15 = zw - 15,
        exp2_inst = exp2_instance(exp2, "u_exp2", "u_q", "p"),
        lw1 = lw + 1,
        pwm = pw - 1,
        pwm1 = pw - 2,
        mlo = pw - 1 - zw,
        llhi = pw - 2 - zw,
        lom1 = ln * ow,
    );
    // P*V PEs and merge scalers, lane k of the P lanes entering the rotating o register.
    let _ = write!(
        s,
        "    wire [{pom}:0] pv_all;
    wire [{pom}:0] mg_all;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_pv
            wire [{owm}:0] mt;
            {mac} #(.A_W(17), .B_W(16), .C_W({ow})) u_pv (
                .a_i({{1'b0, p_q}}), .b_i(v_i[gk*16 +: 16]), .c_i(o_q[gk*{ow} +: {ow}]),
                .y_o(pv_all[gk*{ow} +: {ow}])
            );
            {scale} #(.A_W({ow})) u_mg (.a_i(mg_o_q[gk*{ow} +: {ow}]), .f_i(f_q), .y_o(mt));
            assign mg_all[gk*{ow} +: {ow}] = o_q[gk*{ow} +: {ow}] + mt;
        end
    endgenerate
",
        pom = p * ow - 1,
        owm = ow - 1,
    );
    let pv_rot = rotate("o_q", "pv_all", ln, p, ow);
    let mg_rot = rotate("o_q", "mg_all", ln, p, ow);
    let mgo_rot = rotate("mg_o_q", &format!("mg_o_q[{}:0]", p * ow - 1), ln, p, ow);
    let o_shift = if ln == 1 {
        format!("{ow}'d0")
    } else {
        format!("{{{ow}'d0, o_q[{}:{ow}]}}", ln * ow - 1)
    };
    let out_shift = if dd == 1 {
        "q_div".to_string()
    } else {
        format!("{{q_div, o_out_q[{}:16]}}", dd * 16 - 1)
    };
    let _ = write!(
        s,
        "
    {pmem} u_partials (
        .clk_i(clk_i), .we_i(pw_i), .waddr_i(pidx_i), .wdata_i({{any_b_q, m_q, l_q, o_q}}),
        .re_i(mg_rd_i), .raddr_i(pidx_i), .rdata_o(pm_rd)
    );
    always @(posedge clk_i) begin
        // A key's p is loaded in the last P*V cycle of the previous key: l and o update apart.
        if (blk_i || pw_i) l_q <= {lw}'d0;
        else if (pv_load_i) l_q <= l_q + {{{lw16}'d0, p_sel}};
        else if (mg_load_i) l_q <= l_q + l_scaled[{lwm}:0];
        else if (po_shift_i) l_q <= p_next_i[{lhi}:{lo}];
        if (blk_i || pw_i) o_q <= {lo}'d0;
        else if (pv_en_i) o_q <= {pv_rot};
        else if (mg_en_i) o_q <= {mg_rot};
        else if (dv_start_i) o_q <= {o_shift};
        else if (po_shift_i) o_q <= p_next_i[{lom}:0];
        if (pv_load_i) p_q <= p_sel;
        if (mg_load_i) f_q <= f_sel;
        if (blk_i) bany_q <= 1'b0;
        else if (pw_i && any_b_q && (!bany_q || $signed(m_q) > $signed(bm_q))) begin
            bm_q   <= m_q;
            bany_q <= 1'b1;
        end else if (po_shift_i) begin
            bm_q   <= p_next_i[{prm1}:{mlo2}];
            bany_q <= p_next_i[{prm}];
        end
        if (mg_load_i) mg_o_q <= pm_rd[{lom}:0];
        else if (mg_en_i) mg_o_q <= {mgo_rot};
    end

    // ---- divide: lane 0 of o by l, o shifting down one lane per division.
    wire [15:0] q_div;
    {div} #(.N_W({ow}), .D_W({lw})) u_div (
        .clk_i(clk_i), .start_i(dv_start_i), .n_i(o_q[{owm}:0]), .d_i(l_q), .q_o(q_div)
    );
    reg  [{dqm}:0] o_out_q;
    always @(posedge clk_i) begin
        if (dv_done_i) o_out_q <= {out_shift};
        else if (out_shift_i) o_out_q <= o_next_i;
    end
    assign o_row_o = o_out_q;
    assign p_row_o = {{bany_q, bm_q, l_q, o_q}};
endmodule
",
        lhi = ln * ow + lw - 1,
        prm = row_partial_w(g) - 1,
        prm1 = row_partial_w(g) - 2,
        mlo2 = ln * ow + lw,
        lo = ln * ow,
        lom = ln * ow - 1,
        lw16 = lw - 16,
        lwm = lw - 1,
        owm = ow - 1,
        dqm = dd * 16 - 1,
    );
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: leaves.iter().map(|x| x.to_string()).collect(),
        ..Default::default()
    });
    name
}

fn emit_top(d: &mut Design, g: &Geometry, row: &str, vbuf: &str, mbuf: &str) {
    let name = d.name("sufa");
    let r = d.reset();
    let (t, dd, p, ln, ch) = (g.rows, g.d, g.pes, g.lanes, g.chunks);
    let tw = crate::rtl::clog2(t as u64);
    let cw = crate::rtl::clog2(ch as u64);
    let nw = crate::rtl::bits_for(g.tile_keys as u64);
    let pvw = crate::rtl::bits_for(ch as u64);
    let mtw = crate::rtl::bits_for(ch as u64 + 4);
    let dvw = crate::rtl::clog2(dd as u64);
    let (kaw, taw, tsw) = (g.kbuf_aw, g.tile_aw, g.tiles_w);
    let pad = |sig: &str| {
        if ln > dd {
            format!("{{{}'d0, {sig}}}", (ln - dd) * 16)
        } else {
            sig.to_string()
        }
    };
    let k_rot = rotate("k_q", &format!("k_q[{}:0]", p * 16 - 1), ln, p, 16);
    let v_rot = rotate("v_q", &format!("v_q[{}:0]", p * 16 - 1), ln, p, 16);
    let pidx = if tsw > taw {
        format!("b_tiles_q[{}:0]", taw - 1)
    } else {
        "b_tiles_q".into()
    };
    let lanes = || Width::bits(dd * 16);
    let q = Stream::new("q", "Q rows, T per block, row 0 first").field(
        "row",
        lanes(),
        "d lanes x 16 (INT16)",
    );
    let kv = Stream::new("kv", "selected-key beats, kv_last_i on each tile's last")
        .field(
            "key",
            g.key_w,
            "key index (not needed: K and V travel with it)",
        )
        .field("mask", t, "rows that selected the key")
        .field("last", 1, "last beat of the tile")
        .field("k", lanes(), "d lanes of INT16 K")
        .field("v", lanes(), "d lanes of INT16 V");
    let o = Stream::new(
        "o",
        "O rows (or partials with part_i), T per block, row 0 first",
    )
    .field("row", lanes(), "d lanes x 16 (INT16)");
    let m = Module::new(
        &name,
        &format!(
            "SU-FA engine (spec sec. 5): T = {t} rows, d = {dd}, {p} + {p} PEs per row; exact tile maxima,"
        ),
    )
    .clock_reset(&r)
    .input("mz_i", 16, "MZ: score scaling multiplier")
    .input("sz_i", 6, "SZ: score scaling shift")
    .input("tiles_i", tsw, "tiles of the block")
    .input("part_i", 1, "1: emit partials (m, l, o), no divide")
    .sink(&q)
    .sink(&kv)
    .source(&o)
    .output(
        "p_row_o",
        partial_out_w(g),
        "with part_i: the row's merged partial {any, m, l, o[d]}",
    )
    .output("idle_o", 1, "nothing accepted is still in flight");
    let mut s = String::new();
    let _ = write!(
        s,
        "// exp2, merge, divide.
// Q: T beats (row 0 first) per block; mz_i, sz_i, tiles_i are sampled with the Q beats and hold for
// the block. K/V: tiles_i tiles of selected-key beats, kv_last_i on each tile's last beat (an empty
// tile is one beat with mask 0). A tile carries at most {tk} beats and at most kq_max = {kq} keys
// per row. O: T beats of d INT16 lanes, row 0 first. With part_i (sampled with the Q beats) the
// divide is skipped and the T beats carry each row's merged partial on p_row_o instead:
// {{any, m, l, o[d]}} (spec sec. 6: the merge without the divide), o_row_o then being meaningless.
    localparam [2:0] ST_Q = 3'd0, ST_T = 3'd1, ST_M = 3'd2, ST_D = 3'd3, ST_O = 3'd4;
    // The key index is not needed: the key's K and V travel with it.
    wire unused_key = ^kv_key_i;

    reg  [2:0]       st_q;
    reg  [{twm}:0]        q_cnt_q;
    reg  [15:0]      mz_q;
    reg  [5:0]       sz_q;
    reg  [{tswm}:0]        tiles_q;
    reg              part_q;
    wire q_fire = (st_q == ST_Q) && q_valid_i;
    assign q_ready_o = (st_q == ST_Q);
    wire blk = q_fire && (q_cnt_q == {tw}'d0);

    // ---- pass A: one beat per {ch} cycles; z of a beat is valid 3 cycles after its last cycle.
    reg  [{lqm}:0] k_q;
    reg              a_busy_q;
    reg  [{cwm}:0]        a_cnt_q;
    reg  [{tm}:0]        a_mask_q;
    reg              a_last_q;
    reg              a_tf_q;       // the beat in the array is its tile's first
    reg              a_tfirst_q;   // the next beat is a tile's first
    reg              a_wait_q;     // the tile is complete; wait for pass B to take it
    reg              a_rdy_q;      // its z values are all in the FIFOs
    reg  [{tswm}:0]        a_tiles_q;
    reg  [{nwm}:0]        a_n_q;        // beats of the tile
    reg  [{kawm}:0]        wa_q;
    reg  [2:0]       sd_v_q;
    reg  [{tm}:0]        sd_m_q [0:2];
    reg  [2:0]       sd_tf_q;
    reg  [2:0]       sd_l_q;
    wire a_last_cyc = a_busy_q && (a_cnt_q == {cw}'d{chm});
    assign kv_ready_o = (st_q == ST_T) && !a_wait_q && (a_tiles_q != tiles_q)
                        && (!a_busy_q || a_last_cyc);
    wire kv_fire = kv_valid_i && kv_ready_o;

    // ---- pass B: one key per {ch} cycles through mask read, z pop, u, exp2 (2), p load, P*V.
    reg              b_busy_q;
    reg  [{nwm}:0]        b_left_q;
    reg  [{cwm}:0]        b_gap_q;
    reg  [{kawm}:0]        rb_q;
    reg  [{tswm}:0]        b_tiles_q;
    reg  [4:0]       i_q;          // issue pipeline valid bits (stages 1..5)
    reg  [{kawm}:0]        ia_q [0:3];
    wire [{tm}:0]        mrd;          // mask of the key issued last cycle
    wire [{dqm}:0]   vrd;          // V of the key whose p is loaded next cycle
    reg  [{lqm}:0] v_q;
    reg  [{pvwm}:0]        pv_left_q;
    wire hand = (st_q == ST_T) && a_rdy_q && !b_busy_q;
    wire iss  = b_busy_q && (b_left_q != {nw}'d0) && (b_gap_q == {cw}'d0);
    wire pv_load = i_q[4];
    wire pv_en = (pv_left_q != {pvw}'d0);
    wire pw = b_busy_q && (b_left_q == {nw}'d0) && (i_q == 5'd0) && !pv_en;

    {vbuf} u_vbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i(kv_v_i),
        .re_i(1'b1), .raddr_i(ia_q[3]), .rdata_o(vrd)
    );
    {mbuf} u_mbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i(kv_mask_i),
        .re_i(1'b1), .raddr_i(rb_q), .rdata_o(mrd)
    );
    always @(posedge clk_i) begin
        ia_q[0] <= rb_q;
        ia_q[1] <= ia_q[0];
        ia_q[2] <= ia_q[1];
        ia_q[3] <= ia_q[2];
        if (kv_fire) k_q <= {kpad};
        else if (a_busy_q) k_q <= {k_rot};
        if (pv_load) v_q <= {vpad};
        else if (pv_en) v_q <= {v_rot};
        if (kv_fire) begin
            a_mask_q <= kv_mask_i;
            a_last_q <= kv_last_i;
            a_tf_q   <= a_tfirst_q;
            a_n_q    <= a_tfirst_q ? {nw}'d1 : a_n_q + {nw}'d1;
        end
        sd_m_q[0] <= a_mask_q;
        sd_m_q[1] <= sd_m_q[0];
        sd_m_q[2] <= sd_m_q[1];
        sd_tf_q   <= {{sd_tf_q[1:0], a_tf_q}};
        sd_l_q    <= {{sd_l_q[1:0], a_last_q}};
        if (hand) b_left_q <= a_n_q;
        else if (iss) b_left_q <= b_left_q - {nw}'d1;
    end

    // ---- merge ({ch} + 5 cycles per tile) and divide (18 cycles per lane).
    reg  [{tawm}:0]        mg_j_q;
    reg  [{mtwm}:0]        mg_t_q;
    reg  [{dvwm}:0]        dv_c_q;
    reg  [4:0]       dv_t_q;
    reg  [{twm}:0]        o_cnt_q;
    wire mg_rd   = (st_q == ST_M) && (mg_t_q == {mtw}'d0);
    wire mg_load = (st_q == ST_M) && (mg_t_q == {mtw}'d4);
    wire mg_en   = (st_q == ST_M) && (mg_t_q >= {mtw}'d5);
    wire mg_last = (mg_t_q == {mtw}'d{mtl});
    wire dv_done = (st_q == ST_D) && (dv_t_q == 5'd18);
    wire dv_lastc = (dv_c_q == {dvw}'d{ddm});
    wire dv_start = (st_q == ST_D) && ((dv_t_q == 5'd0) || (dv_done && !dv_lastc));
    wire o_fire = (st_q == ST_O) && o_ready_i;
    wire [{tawm}:0] pidx = (st_q == ST_M) ? mg_j_q : {pidx};

    {ff} begin
        if ({act}) begin
            st_q       <= ST_Q;
            q_cnt_q    <= {tw}'d0;
            a_busy_q   <= 1'b0;
            a_cnt_q    <= {cw}'d0;
            a_tfirst_q <= 1'b1;
            a_wait_q   <= 1'b0;
            a_rdy_q    <= 1'b0;
            a_tiles_q  <= {tsw}'d0;
            wa_q       <= {kaw}'d0;
            sd_v_q     <= 3'd0;
            b_busy_q   <= 1'b0;
            b_gap_q    <= {cw}'d0;
            rb_q       <= {kaw}'d0;
            b_tiles_q  <= {tsw}'d0;
            i_q        <= 5'd0;
            pv_left_q  <= {pvw}'d0;
            mg_j_q     <= {taw}'d0;
            mg_t_q     <= {mtw}'d0;
            dv_c_q     <= {dvw}'d0;
            dv_t_q     <= 5'd0;
            o_cnt_q    <= {tw}'d0;
        end else begin
            if (q_fire) begin
                mz_q    <= mz_i;
                sz_q    <= sz_i;
                tiles_q <= tiles_i;
                part_q  <= part_i;
                q_cnt_q <= q_cnt_q + {tw}'d1;
                if (q_cnt_q == {tw}'d{tmm}) begin
                    q_cnt_q    <= {tw}'d0;
                    st_q       <= ST_T;
                    a_tfirst_q <= 1'b1;
                    a_wait_q   <= 1'b0;
                    a_rdy_q    <= 1'b0;
                    a_tiles_q  <= {tsw}'d0;
                    b_busy_q   <= 1'b0;
                    b_tiles_q  <= {tsw}'d0;
                end
            end
            // pass A
            if (kv_fire) begin
                a_busy_q   <= 1'b1;
                a_cnt_q    <= {cw}'d0;
                a_tfirst_q <= kv_last_i;
                wa_q       <= wa_q + {kaw}'d1;
                if (kv_last_i) begin
                    a_wait_q  <= 1'b1;
                    a_tiles_q <= a_tiles_q + {tsw}'d1;
                end
            end else if (a_last_cyc) begin
                a_busy_q <= 1'b0;
            end else if (a_busy_q) begin
                a_cnt_q <= a_cnt_q + {cw}'d1;
            end
            sd_v_q <= {{sd_v_q[1:0], a_last_cyc}};
            if (sd_v_q[2] && sd_l_q[2]) a_rdy_q <= 1'b1;
            else if (hand) a_rdy_q <= 1'b0;
            // pass B
            if (hand) begin
                a_wait_q <= 1'b0;
                b_busy_q <= 1'b1;
                b_gap_q  <= {cw}'d0;
            end
            if (iss) begin
                rb_q    <= rb_q + {kaw}'d1;
                b_gap_q <= {cw}'d{chm};
            end else if (b_gap_q != {cw}'d0) begin
                b_gap_q <= b_gap_q - {cw}'d1;
            end
            i_q <= {{i_q[3:0], iss}};
            if (pv_load) pv_left_q <= {pvw}'d{ch};
            else if (pv_en) pv_left_q <= pv_left_q - {pvw}'d1;
            if (pw) begin
                b_busy_q  <= 1'b0;
                b_tiles_q <= b_tiles_q + {tsw}'d1;
                if (b_tiles_q + {tsw}'d1 == tiles_q) begin
                    st_q   <= ST_M;
                    mg_j_q <= {taw}'d0;
                    mg_t_q <= {mtw}'d0;
                end
            end
            // merge
            if (st_q == ST_M) begin
                mg_t_q <= mg_t_q + {mtw}'d1;
                if (mg_last) begin
                    mg_t_q <= {mtw}'d0;
                    mg_j_q <= mg_j_q + {taw}'d1;
                    if (({{{tpad}mg_j_q}} + {tsw}'d1 == tiles_q) && part_q) begin
                        st_q    <= ST_O;
                        o_cnt_q <= {tw}'d0;
                    end else if ({{{tpad}mg_j_q}} + {tsw}'d1 == tiles_q) begin
                        st_q   <= ST_D;
                        dv_t_q <= 5'd0;
                        dv_c_q <= {dvw}'d0;
                    end
                end
            end
            // divide
            if (st_q == ST_D) begin
                dv_t_q <= dv_t_q + 5'd1;
                if (dv_done) begin
                    dv_t_q <= 5'd1;
                    dv_c_q <= dv_c_q + {dvw}'d1;
                    if (dv_lastc) begin
                        st_q    <= ST_O;
                        o_cnt_q <= {tw}'d0;
                    end
                end
            end
            // output
            if (o_fire) begin
                o_cnt_q <= o_cnt_q + {tw}'d1;
                if (o_cnt_q == {tw}'d{tmm}) st_q <= ST_Q;
            end
        end
    end

    assign o_valid_o = (st_q == ST_O);
    assign idle_o = (st_q == ST_Q) && (q_cnt_q == {tw}'d0);

",
        act = r.active,
        ff = r.always_ff(),
        tk = g.tile_keys,
        kq = d.cfg.kq_max,
        tswm = tsw - 1,
        dqm = dd * 16 - 1,
        tm = t - 1,
        tmm = t - 1,
        twm = tw - 1,
        lqm = ln * 16 - 1,
        cwm = cw - 1,
        chm = ch - 1,
        nwm = nw - 1,
        kawm = kaw - 1,
        pvwm = pvw - 1,
        kpad = pad("kv_k_i"),
        vpad = pad("vrd"),
        tawm = taw - 1,
        mtwm = mtw - 1,
        mtl = ch + 4,
        dvwm = dvw - 1,
        ddm = dd - 1,
        tpad = if tsw > taw {
            format!("{}'d0, ", tsw - taw)
        } else {
            String::new()
        },
    );
    let pad_unused = if ln > dd {
        format!(
            "    wire [{}:0] unused_p_pad = p_rows[0][{}:{}];\n",
            (ln - dd) * g.o_w - 1,
            ln * g.o_w - 1,
            dd * g.o_w
        )
    } else {
        String::new()
    };
    let _ = write!(
        s,
        "
    localparam T = {t};
    wire [{dqm}:0] o_rows [0:{t}];
    assign o_rows[{t}] = {dq}'d0;
    assign o_row_o = o_rows[0];
    // Partial mode: the rows' merged (any, m, l, o) shift out through their own registers.
    wire [{prm}:0] p_rows [0:{t}];
    assign p_rows[{t}] = {pr}'d0;
    assign p_row_o = {{p_rows[0][{prm}:{plo}], p_rows[0][{pdm}:0]}};
    wire po_shift = o_fire && part_q;
{pad_unused}
    genvar gi;
    generate
        for (gi = 0; gi < T; gi = gi + 1) begin : g_row
            localparam [{twm}:0] ROW = gi;
            {row} u_row (
                .clk_i(clk_i), .{rst}({rst}), .q_we_i(q_fire && (q_cnt_q == ROW)), .q_i(q_row_i),
                .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
                .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == {cw}'d0), .k_i(k_q[{pkm}:0]),
                .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][gi]), .za_tfirst_i(sd_tf_q[2]),
                .hand_i(hand), .pb_rd_i(i_q[0]), .pb_sel_i(mrd[gi]), .pv_load_i(pv_load),
                .pv_en_i(pv_en), .v_i(v_q[{pkm}:0]), .pw_i(pw), .pidx_i(pidx),
                .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
                .dv_start_i(dv_start), .dv_done_i(dv_done),
                .out_shift_i(o_fire && !part_q), .o_next_i(o_rows[gi+1]), .o_row_o(o_rows[gi]),
                .po_shift_i(po_shift), .p_next_i(p_rows[gi+1]), .p_row_o(p_rows[gi])
            );
        end
    endgenerate
",
        rst = r.port,
        pkm = p * 16 - 1,
        twm = tw - 1,
        cw = cw,
        t = t,
        dqm = dd * 16 - 1,
        dq = dd * 16,
        prm = row_partial_w(g) - 1,
        pr = row_partial_w(g),
        plo = ln * g.o_w,
        pdm = dd * g.o_w - 1,
    );
    // The text so far is the comment after the doc line, then the module's items.
    let at = s.find("    localparam [2:0] ST_Q").expect("items");
    let comment: Vec<&str> = s[..at]
        .lines()
        .map(|l| l.strip_prefix("// ").unwrap_or(l))
        .collect();
    let comment = comment.join("\n");
    let mut s = s[at..].to_string();
    s.push_str(&m.protocol_checks(&r, &[]));
    s.push_str("endmodule\n");
    d.add(m.finish(&comment, &s, vec![row.into(), vbuf.into(), mbuf.into()]));
    d.tops.push(name);
}
