//! RTL emitter of SU-FA (spec §5): `<prefix>sufa` with T rows, each holding P Q·Kᵀ PEs and P P·V
//! PEs, one exp2 unit, one z scaler and one divider. Leaves (MAC PE, exp2 unit, z scaler, merge
//! scaler, divider) are tera templates; the row and the top are written here.
//!
//! The rows run decoupled: each works only on the keys it selected, so a tile costs about
//! max over rows of (its selected keys) · ceil(d/P) cycles, not (the tile's union) · ceil(d/P).
//! Dataflow of one block (no overlap between blocks):
//! 1. Q: T beats, row r's Q into row r (padded to `lanes` with zero lanes).
//! 2. Tiles, pass A. The top takes a K/V beat into its broadcast register, writes V and the mask
//!    into the shared tile buffer, and offers the beat to every row at once: a row whose mask bit
//!    is set pushes {last, has = 1, K} into its K queue; a row whose bit is clear pushes only the
//!    tile's last beat, as {last = 1, has = 0}, so every row sees each tile end. The beat moves
//!    (one per cycle at best) when every row that must push has room. Each row pops its queue on
//!    its own: ceil(d/P) cycles of Q·K on its P MACs per selected key (P lanes a cycle, chosen
//!    from the queue's head), z = rshift_round(s·MZ, SZ) five cycles later into its z FIFO, and
//!    the running exact maximum; a tile end hands (m_j, the row's key count) to its pass B.
//! 3. Pass B. The top replays each complete tile from the shared buffer, one key a cycle, into
//!    the rows' V queues the same way (a row pushes only the keys it selected). A row's pass B
//!    issues one key every ceil(d/P) cycles once the key's V is queued: pops its z,
//!    u = min(m − z, 16384), p = exp2q(−u), then P·V over ceil(d/P) cycles while the next key's
//!    p is computed; after its last key the tile's (any, m, l, o) goes into the row's partial
//!    memory at the row's own tile index. Per row, pass A of tile j+1 overlaps pass B of tile j;
//!    pass A starts tile j+2 only after pass B of tile j ends, so the z FIFO holds two tiles.
//!    Keys a row did not select contributed p = 0 before and are now skipped: the same numbers.
//! 4. Block end, lock-step again: when every row is idle, the merge of spec §5 over the stored
//!    partials (f_j = exp2q(m_j − m), rshift_round(·f_j, 15) sums), the divider (d outputs a row,
//!    18 cycles each), then T output beats, row 0 first.

use super::Geometry;
use crate::numerics::exp2_lut;
use crate::rtl::{Design, Instance, Module, Stream, Width};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let mac = d.leaf("sufa_mac", &[]);
    let exp2 = d.leaf("sufa_exp2", &[]);
    let zs = d.leaf("sufa_zscale", &[]);
    let pscale = d.leaf("sufa_pscale", &[]);
    let div = d.leaf("sufa_div", &["add_cs"]);
    let add = d.leaf("add_cs", &[]);
    let fifo = d.sram(g.fifo_depth, g.z_w);
    let pmem = d.sram(g.tiles, partial_w(&g));
    let kq = d.sram(g.queue_depth, g.d * 16 + 2);
    let vq = d.sram(g.queue_depth, g.d * 16);
    let row = emit_row(
        d,
        &g,
        &[
            &mac, &exp2, &zs, &pscale, &div, &fifo, &pmem, &kq, &vq, &add,
        ],
    );
    let vbuf = d.sram(g.kbuf_depth, g.d * 16);
    let mbuf = d.sram(g.kbuf_depth, g.rows + 1);
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

/// `sig` (d lanes of 16 bits) padded with zero lanes to `lanes`.
fn pad_lanes(g: &Geometry, sig: &str) -> String {
    if g.lanes > g.d {
        format!("{{{}'d0, {sig}}}", (g.lanes - g.d) * 16)
    } else {
        sig.to_string()
    }
}

/// `reg + 1` when `cond`, else `reg` (a `w`-bit counter), without zero-width literals.
fn inc_if(reg: &str, cond: &str, w: u32) -> String {
    format!("({cond} ? {reg} + {w}'d1 : {reg})")
}

fn emit_row(d: &mut Design, g: &Geometry, leaves: &[&str]) -> String {
    let [mac, exp2, zs, pscale, div, fifo, pmem, kqm, vqm, add] = [
        leaves[0], leaves[1], leaves[2], leaves[3], leaves[4], leaves[5], leaves[6], leaves[7],
        leaves[8], leaves[9],
    ];
    let name = d.name("sufa_row");
    let r = d.reset();
    let (dd, p, ln, sw, zw, lw, ow, ch) =
        (g.d, g.pes, g.lanes, g.s_w, g.z_w, g.l_w, g.o_w, g.chunks);
    let pw = partial_w(g);
    let prw = row_partial_w(g);
    let (qa, qd) = (g.queue_aw, g.queue_depth);
    let cw = crate::rtl::clog2(ch as u64);
    let nw = crate::rtl::bits_for(g.fifo_depth as u64);
    let fa = g.fifo_aw;
    let kst = Stream::new("k", "K queue push: a selected key or a tile end")
        .field("last", 1, "last beat of the tile")
        .field(
            "has",
            1,
            "the row selected the key (0: the tile's end only)",
        )
        .field("data", dd * 16, "d lanes of INT16 K");
    let vst = Stream::new("v", "V queue push: a selected key, in arrival order").field(
        "data",
        dd * 16,
        "d lanes of INT16 V",
    );
    let m = Module::new(
        &name,
        &format!("One SU-FA row: {p} + {p} MAC PEs on its own selected keys, exp2, divider."),
    )
    .clock_reset(&r)
    .input("q_we_i", 1, "load this row's Q")
    .input("q_i", dd * 16, "d lanes of INT16 Q")
    .input("mz_i", 16, "MZ")
    .input("sz_i", 6, "SZ")
    .input(
        "blk_i",
        1,
        "block start: clear the tile index and the block maximum",
    )
    .sink(&kst)
    .sink(&vst)
    .output("idle_o", 1, "queues empty, every popped tile stored")
    .input("mg_i", 1, "the exp2 unit serves the merge")
    .input("mg_rd_i", 1, "read partial pidx_i")
    .input("mg_load_i", 1, "its factor is ready")
    .input("mg_en_i", 1, "a merge cycle")
    .input("pidx_i", g.tile_aw, "partial the merge reads")
    .input("dv_start_i", 1, "start a division")
    .input("dv_done_i", 1, "its quotient is ready")
    .input("out_shift_i", 1, "O beat: the rows' outputs shift")
    .input("o_next_i", dd * 16, "the next row's output")
    .output("o_row_o", dd * 16, "this row's output")
    .input(
        "po_shift_i",
        1,
        "partial mode: the merged (any, m, l, o) shift out",
    )
    .input("p_next_i", prw, "the next row's merged partial")
    .output("p_row_o", prw, "this row's merged partial");
    let comment = "K queue: each entry is a key this row selected (ceil(d/P) cycles of Q*K^T) or a\n\
        tile's end only (one cycle). z values wait in the z FIFO for pass B; the tile's maximum\n\
        and key count are handed over at its end. Pass B issues one key every ceil(d/P) cycles\n\
        once its V is queued. Pass A does not start tile j+2 before pass B has stored tile j.";
    let sram = |d: &Design, shape: &str, inst: &str, conns: [(&str, String); 6]| {
        let mut i = Instance::new(d.module(shape), inst).connect("clk_i", "clk_i");
        for (port, e) in conns {
            i = i.connect(port, e);
        }
        i.render(4)
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "    localparam P  = {p};  // MAC PEs per array
    localparam LW = P*16;  // bits of the P lanes one cycle uses

    // ---- Q, padded to ceil(d/P)*P lanes.
    reg  [{lqm}:0] q_q;
    always @(posedge clk_i) if (q_we_i) q_q <= {qpad};

    // ---- K queue {{last, has, K}}. Its head is read every cycle at the next read pointer; an
    // entry is visible once its write has reached the read port (kwd_q: kw_q a cycle ago).
    reg  [{qa}:0] kw_q;
    reg  [{qa}:0] kwd_q;
    reg  [{qa}:0] kr_q;
    wire [{kdm}:0] k_rd;
    wire       k_pop;
    wire [{qa}:0] kr_n = {kr_n};
    assign k_ready_o = (kw_q - kr_q) != {qa1}'d{qd};
{kq_inst}
    // ---- pass A: s = Q*K over ceil(d/P) cycles, z five cycles after, the exact maximum. Each
    // product is two registered partial products (K's low byte, unsigned, and its high byte),
    // summed into s a cycle later: the lane select and a whole 16 x 16 multiply in one cycle were
    // a long path, and the adds were another.
    wire       k_last = k_rd[{kdm}];
    wire       k_has  = k_rd[{dd16}];
    wire [{lqm}:0] k_lanes = {kpad};
    reg  [{cwm}:0] a_cnt_q;      // lanes chunk of the head key
    reg  [1:0] ahead_q;      // tiles popped by pass A whose pass B has not stored them
    wire       a_on  = (kwd_q != kr_q) && (ahead_q != 2'd2);
    wire       a_mac = a_on && k_has;
    wire       a_end = a_on && (!k_has || (a_cnt_q == {cw}'d{chm}));
    assign k_pop = a_end;
    wire [LW-1:0] q_ch = q_q[a_cnt_q*LW +: LW];
    wire [LW-1:0] k_ch = k_lanes[a_cnt_q*LW +: LW];
    reg  [{swm}:0] s_q;
    // Q*K as two partial products per PE, split at K's byte: lo = Q * K's unsigned low byte,
    // hi = Q * its signed high byte, each as wide as the MAC's A_W + B_W + 1.
    localparam QL_W = 16 + 9 + 1;
    localparam QH_W = 16 + 8 + 1;
    localparam QK_W = QL_W + QH_W;
    wire [P*QK_W-1:0] qk_all;     // per PE {{hi, lo}}
    reg  [P*QK_W-1:0] qk_q;
    reg        a_mac_d_q;      // the cycle after a Q*K chunk: its products are in qk_q
    reg        a_first_d_q;    // ... and it was a key's first chunk
    genvar gk;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_qk
            {mac} #(.A_W(16), .B_W(9), .C_W(QL_W)) u_qk_lo (
                .a_i(q_ch[gk*16 +: 16]), .b_i({{1'b0, k_ch[gk*16 +: 8]}}),
                .c_i({{QL_W{{1'b0}}}}), .y_o(qk_all[gk*QK_W +: QL_W])
            );
            {mac} #(.A_W(16), .B_W(8), .C_W(QH_W)) u_qk_hi (
                .a_i(q_ch[gk*16 +: 16]), .b_i(k_ch[gk*16+8 +: 8]),
                .c_i({{QH_W{{1'b0}}}}), .y_o(qk_all[gk*QK_W+QL_W +: QH_W])
            );
        end
    endgenerate
    // s plus the chunk's P products, hi * 256 + lo each (wrapping {sw}-bit adds: the same sum in
    // any order).
    function [{swm}:0] chunk_sum;
        input [{swm}:0] acc;
        input [P*QK_W-1:0] prods;
        integer k;
        begin
            chunk_sum = acc;
            for (k = 0; k < P; k = k + 1) begin
                chunk_sum = chunk_sum
                    + {{{{({sw}-QL_W){{prods[k*QK_W+QL_W-1]}}}}, prods[k*QK_W +: QL_W]}}
                    + {{{{({sw}-QH_W-8){{prods[k*QK_W+QK_W-1]}}}}, prods[k*QK_W+QL_W +: QH_W], 8'd0}};
            end
        end
    endfunction
    always @(posedge clk_i) begin
        if (a_mac) qk_q <= qk_all;
        a_first_d_q <= (a_cnt_q == {cw}'d0);
        if (a_mac_d_q) s_q <= chunk_sum(a_first_d_q ? {sw}'d0 : s_q, qk_q);
    end

    wire [{zwm}:0] z;
    {zs} #(.S_W({sw})) u_z (.clk_i(clk_i), .s_i(s_q), .mz_i(mz_i), .sz_i(sz_i), .z_o(z));
    reg  [5:0] zv_q;         // a key's end, aligned with its z on the scaler's output
    reg  [5:0] zl_q;         // ... an entry that ends the tile
    wire       zv = zv_q[5];
    wire       zl = zl_q[5];
    // z FIFO (two tiles of at most kq_max keys); pointers one bit wider for the overflow check.
    wire [{zwm}:0] zr;           // the FIFO head, read every cycle
    reg  [{fa}:0] wp_q;
    reg  [{fa}:0] rp_q;
    wire       pop;
{fifo_inst}
    // Running maximum and count of the tile's z so far; at the tile's end they wait for pass B.
    reg  [{nwm}:0] run_n_q;
    reg  [{zwm}:0] run_max_q;
    wire       z_gt  = (run_n_q == {nw}'d0) || ($signed(z) > $signed(run_max_q));
    wire [{zwm}:0] z_max = (zv && z_gt) ? z : run_max_q;
    wire [{nwm}:0] z_n   = {z_n};
    reg  [{zwm}:0] m_a_q;
    reg  [{nwm}:0] n_a_q;
    reg        a_rdy_q;      // a tile's (m, n) waits for pass B
    always @(posedge clk_i) begin
        if (zv) run_max_q <= z_max;
        if (zl) begin
            m_a_q <= z_max;
            n_a_q <= z_n;
        end
    end
",
        lqm = ln * 16 - 1,
        qpad = pad_lanes(g, "q_i"),
        kdm = dd * 16 + 1,
        dd16 = dd * 16,
        kr_n = inc_if("kr_q", "k_pop", qa + 1),
        qa1 = qa + 1,
        kq_inst = sram(
            d,
            kqm,
            "u_kq",
            [
                ("we_i", "k_valid_i".into()),
                ("waddr_i", format!("kw_q[{}:0]", qa - 1)),
                ("wdata_i", "{k_last_i, k_has_i, k_data_i}".into()),
                ("re_i", "1'b1".into()),
                ("raddr_i", format!("kr_n[{}:0]", qa - 1)),
                ("rdata_o", "k_rd".into()),
            ]
        ),
        kpad = pad_lanes(g, &format!("k_rd[{}:0]", dd * 16 - 1)),
        cwm = cw - 1,
        chm = ch - 1,
        swm = sw - 1,
        zwm = zw - 1,
        fifo_inst = sram(
            d,
            fifo,
            "u_fifo",
            [
                ("we_i", "zv".into()),
                ("waddr_i", format!("wp_q[{}:0]", fa - 1)),
                ("wdata_i", "z".into()),
                ("re_i", "1'b1".into()),
                ("raddr_i", format!("rp_q[{}:0]", fa - 1)),
                ("rdata_o", "zr".into()),
            ]
        ),
        nwm = nw - 1,
        z_n = inc_if("run_n_q", "zv", nw),
    );
    let _ = write!(
        s,
        "
    // ---- pass B: per key u = min(m - z, 16384) -> exp2 -> p -> P*V, one key per ceil(d/P).
    reg        b_act_q;      // a tile is in pass B
    reg  [{nwm}:0] b_left_q;     // its keys not yet issued
    reg  [{cwm}:0] b_gap_q;
    reg  [4:0] i_q;          // issue pipeline: z pop (stage 1) ... p load (stage 5)
    reg  [{tam}:0] b_tile_q;     // this row's tile index in the block
    reg  [{zwm}:0] m_q;          // the tile maximum m_j
    reg        any_b_q;
    wire       hand = a_rdy_q && !b_act_q;
    // V queue: an issued key's V is queued; pend_q counts issued keys whose V is still queued.
    reg  [{qa}:0] vw_q;
    reg  [{qa}:0] vr_q;
    reg  [{qa}:0] pend_q;
    wire [{qa}:0] v_cnt = vw_q - vr_q;
    assign v_ready_o = (v_cnt != {qa1}'d{qd});
    wire       iss = b_act_q && (b_left_q != {nw}'d0) && (b_gap_q == {cw}'d0) && (v_cnt > pend_q);
    assign pop = i_q[0];
    wire       pv_load = i_q[4];
    reg        pv_busy_q;
    reg  [{cwm}:0] pv_c_q;
    wire       pv_en  = pv_busy_q;
    wire       pv_end = pv_busy_q && (pv_c_q == {cw}'d{chm});
    wire [{qa}:0] vr_n = {vr_n};
    wire [{ddm}:0] v_rd;
{vq_inst}
    wire [{lqm}:0] v_lanes = {vpad};
    wire [LW-1:0] v_ch = v_lanes[pv_c_q*LW +: LW];
    reg        pv_en_d_q;      // the cycle after a P*V cycle: its partial products are in pr_q
    reg        pv_en_d2_q;     // ... two cycles after: their sums are in ps_q, added into o
    wire       pw = b_act_q && (b_left_q == {nw}'d0) && (i_q == 5'd0) && !pv_busy_q
                    && !pv_en_d_q && !pv_en_d2_q;
    always @(posedge clk_i) begin
        if (hand) begin
            m_q     <= m_a_q;
            any_b_q <= (n_a_q != {nw}'d0);
        end
        if (hand) b_left_q <= n_a_q;
        else if (iss) b_left_q <= b_left_q - {nw}'d1;
    end
    reg        mg_en_d_q;      // the cycle after a merge cycle: its partial products are in u_mg
    reg        mg_en_d2_q;     // ... two cycles after: its rounded term leaves u_mg, added
    reg  [2:0] mg_ld_q;        // the same for l's term (u_scale_l): added at [2]
    {ff} begin
        if ({act}) begin
            kw_q      <= {qa1}'d0;
            kwd_q     <= {qa1}'d0;
            kr_q      <= {qa1}'d0;
            a_cnt_q   <= {cw}'d0;
            ahead_q   <= 2'd0;
            zv_q      <= 6'd0;
            zl_q      <= 6'd0;
            a_mac_d_q <= 1'b0;
            wp_q      <= {fa1}'d0;
            rp_q      <= {fa1}'d0;
            run_n_q   <= {nw}'d0;
            a_rdy_q   <= 1'b0;
            b_act_q   <= 1'b0;
            b_gap_q   <= {cw}'d0;
            i_q       <= 5'd0;
            b_tile_q  <= {taw}'d0;
            vw_q      <= {qa1}'d0;
            vr_q      <= {qa1}'d0;
            pend_q    <= {qa1}'d0;
            pv_busy_q <= 1'b0;
            pv_c_q    <= {cw}'d0;
            mg_en_d_q <= 1'b0;
            mg_en_d2_q <= 1'b0;
            mg_ld_q   <= 3'd0;
            pv_en_d_q <= 1'b0;
            pv_en_d2_q <= 1'b0;
        end else begin
            mg_en_d_q <= mg_en_i;
            mg_en_d2_q <= mg_en_d_q;
            pv_en_d_q <= pv_en;
            pv_en_d2_q <= pv_en_d_q;
            mg_ld_q   <= {{mg_ld_q[1:0], mg_load_i}};
            kw_q  <= {kw_n};
            kwd_q <= kw_q;
            kr_q  <= kr_n;
            if (a_mac) a_cnt_q <= (a_cnt_q == {cw}'d{chm}) ? {cw}'d0 : a_cnt_q + {cw}'d1;
            ahead_q <= ahead_q + {{1'b0, k_pop && k_last}} - {{1'b0, pw}};
            zv_q <= {{zv_q[4:0], a_end && k_has}};
            zl_q <= {{zl_q[4:0], a_end && k_last}};
            a_mac_d_q <= a_mac;
            wp_q <= {wp_n};
            rp_q <= {rp_n};
            if (zl) run_n_q <= {nw}'d0;
            else if (zv) run_n_q <= z_n;
            if (zl) a_rdy_q <= 1'b1;
            else if (hand) a_rdy_q <= 1'b0;
            if (hand) b_act_q <= 1'b1;
            else if (pw) b_act_q <= 1'b0;
            if (hand) b_gap_q <= {cw}'d0;
            else if (iss) b_gap_q <= {cw}'d{chm};
            else if (b_gap_q != {cw}'d0) b_gap_q <= b_gap_q - {cw}'d1;
            i_q <= {{i_q[3:0], iss}};
            if (blk_i) b_tile_q <= {taw}'d0;
            else if (pw) b_tile_q <= b_tile_q + {taw}'d1;
            vw_q   <= {vw_n};
            vr_q   <= vr_n;
            pend_q <= pend_q + {{{qa}'d0, iss}} - {{{qa}'d0, pv_end}};
            if (pv_load) begin
                pv_busy_q <= 1'b1;
                pv_c_q    <= {cw}'d0;
            end else if (pv_end) begin
                pv_busy_q <= 1'b0;
            end else if (pv_en) begin
                pv_c_q <= pv_c_q + {cw}'d1;
            end
        end
    end
    assign idle_o = (kw_q == kr_q) && (vw_q == vr_q) && (ahead_q == 2'd0);

    reg  [{zwm}:0] bm_q;         // the block maximum over the tiles' m_j
    reg        bany_q;
    // The partial being merged: any, m and l straight from the memory's read register, o rotating.
    wire [{pwm}:0] pm_rd;
    wire       mg_any = pm_rd[{pwm}];
    wire [{zwm}:0] mg_m   = pm_rd[{pwm1}:{mlo}];
    wire [{lwm}:0] mg_l   = pm_rd[{llhi}:{lom1}];
    reg  [{lom}:0] mg_o_q;
    wire [{zw}:0] dz_b = {{m_q[{zwm}], m_q}} - {{zr[{zwm}], zr}};
    wire [{zw}:0] dz_m = {{bm_q[{zwm}], bm_q}} - {{mg_m[{zwm}], mg_m}};
    wire [{zw}:0] dz   = mg_i ? dz_m : dz_b;
    wire [{zwm15}:0] unused_dz_hi = dz[{zw}:15];
    reg  [14:0] u_q;
    wire [15:0] p;
    always @(posedge clk_i) begin
        // dz >= 0 for every selected key and stored partial; clamp at 16384 (exp2q's range).
        u_q <= ($signed(dz) > {zw1}'sd16384) ? 15'd16384 : dz[14:0];
    end
    {exp2_inst}

    reg  [15:0] p_q;
    reg  [15:0] f_q;
    reg  [{lwm}:0] l_q;
    reg  [{lom}:0] o_q;
    wire [15:0] f_sel = mg_any ? p : 16'd0;
    // l's merge term: scaled from the registered factor (mg_l holds in the read register until
    // the next tile's read) by the two-stage scaler, added when it leaves it: the exp2 unit, a
    // whole multiply and the add in one cycle were the core's critical path.
    wire [{lw}:0] l_scaled;
    {pscale} #(.A_W({lw1})) u_scale_l (
        .clk_i(clk_i), .a_i({{1'b0, mg_l}}), .f_i(f_q), .y_o(l_scaled)
    );
    wire unused_l_scaled = l_scaled[{lw}];
",
        nwm = nw - 1,
        cwm = cw - 1,
        tam = g.tile_aw - 1,
        taw = g.tile_aw,
        zwm = zw - 1,
        qa1 = qa + 1,
        chm = ch - 1,
        vr_n = inc_if("vr_q", "pv_end", qa + 1),
        ddm = dd * 16 - 1,
        vq_inst = sram(
            d,
            vqm,
            "u_vq",
            [
                ("we_i", "v_valid_i".into()),
                ("waddr_i", format!("vw_q[{}:0]", qa - 1)),
                ("wdata_i", "v_data_i".into()),
                ("re_i", "1'b1".into()),
                ("raddr_i", format!("vr_n[{}:0]", qa - 1)),
                ("rdata_o", "v_rd".into()),
            ]
        ),
        lqm = ln * 16 - 1,
        vpad = pad_lanes(g, "v_rd"),
        ff = r.always_ff(),
        act = r.active,
        fa1 = fa + 1,
        kw_n = inc_if("kw_q", "k_valid_i", qa + 1),
        wp_n = inc_if("wp_q", "zv", fa + 1),
        rp_n = inc_if("rp_q", "pop", fa + 1),
        vw_n = inc_if("vw_q", "v_valid_i", qa + 1),
        pwm = pw - 1,
        pwm1 = pw - 2,
        mlo = pw - 1 - zw,
        llhi = pw - 2 - zw,
        lom1 = ln * ow,
        lwm = lw - 1,
        lom = ln * ow - 1,
        zw1 = zw + 1,
        zwm15 = zw - 15,
        exp2_inst = exp2_instance(exp2, "u_exp2", "u_q", "p"),
        lw1 = lw + 1,
    );
    // P*V PEs and merge scalers, lane k of the P lanes entering the rotating o register. The
    // P*V products are two registered partial products each (pr_q: V's low byte, unsigned, and
    // its high byte), summed into ps_q a cycle later and added into o the next; the
    // merge's scaler is two register stages (its partial products, then the rounded term) and
    // its term is added as it leaves. Whole multiplies ahead of the adds were the core's
    // critical paths; the o adds are carry-select over two halves (a {ow}-bit carry chain was
    // the next). The lanes rotate as a whole, so the order of the adds is unchanged.
    let _ = write!(
        s,
        "    // P*V likewise, split at V's byte (p is unsigned, so A_W = 17), summed into PS_W bits.
    localparam PL_W = 17 + 9 + 1;
    localparam PH_W = 17 + 8 + 1;
    localparam PV_W = PL_W + PH_W;
    localparam PS_W = PH_W + 8;
    wire [{pom}:0] pv_all;
    wire [P*PV_W-1:0] pr_all;     // per PE {{hi, lo}}
    reg  [P*PV_W-1:0] pr_q;
    wire [P*PS_W-1:0] ps_all;
    reg  [P*PS_W-1:0] ps_q;
    wire [{pom}:0] mg_all;
    generate
        for (gk = 0; gk < P; gk = gk + 1) begin : g_pv
            wire [{owm}:0] mt;
            {mac} #(.A_W(17), .B_W(9), .C_W(PL_W)) u_pv_lo (
                .a_i({{1'b0, p_q}}), .b_i({{1'b0, v_ch[gk*16 +: 8]}}),
                .c_i({{PL_W{{1'b0}}}}), .y_o(pr_all[gk*PV_W +: PL_W])
            );
            {mac} #(.A_W(17), .B_W(8), .C_W(PH_W)) u_pv_hi (
                .a_i({{1'b0, p_q}}), .b_i(v_ch[gk*16+8 +: 8]),
                .c_i({{PH_W{{1'b0}}}}), .y_o(pr_all[gk*PV_W+PL_W +: PH_W])
            );
            assign ps_all[gk*PS_W +: PS_W] =
                {{{{(PS_W-PL_W){{pr_q[gk*PV_W+PL_W-1]}}}}, pr_q[gk*PV_W +: PL_W]}}
                + {{pr_q[gk*PV_W+PL_W +: PH_W], 8'd0}};
            {add} #(.W({ow})) u_pv_add (
                .a_i(o_q[gk*{ow} +: {ow}]),
                .b_i({{{{({ow}-PS_W){{ps_q[gk*PS_W+PS_W-1]}}}}, ps_q[gk*PS_W +: PS_W]}}),
                .ci_i(1'b0), .y_o(pv_all[gk*{ow} +: {ow}])
            );
            {pscale} #(.A_W({ow})) u_mg (
                .clk_i(clk_i), .a_i(mg_o_q[gk*{ow} +: {ow}]), .f_i(f_q), .y_o(mt)
            );
            {add} #(.W({ow})) u_mg_add (
                .a_i(o_q[gk*{ow} +: {ow}]), .b_i(mt), .ci_i(1'b0), .y_o(mg_all[gk*{ow} +: {ow}])
            );
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
    let pmem_inst = sram(
        d,
        pmem,
        "u_partials",
        [
            ("we_i", "pw".into()),
            ("waddr_i", "b_tile_q".into()),
            ("wdata_i", "{any_b_q, m_q, l_q, o_q}".into()),
            ("re_i", "mg_rd_i".into()),
            ("raddr_i", "pidx_i".into()),
            ("rdata_o", "pm_rd".into()),
        ],
    );
    let _ = write!(
        s,
        "
{pmem_inst}    always @(posedge clk_i) begin
        // A key's p is loaded in the last P*V cycle of the previous key: l and o update apart.
        if (blk_i || pw) l_q <= {lw}'d0;
        else if (pv_load) l_q <= l_q + {{{lw16}'d0, p}};
        else if (mg_ld_q[2]) l_q <= l_q + l_scaled[{lwm}:0];
        else if (po_shift_i) l_q <= p_next_i[{lhi}:{lo}];
        if (blk_i || pw) o_q <= {lo}'d0;
        else if (pv_en_d2_q) o_q <= {pv_rot};
        else if (mg_en_d2_q) o_q <= {mg_rot};
        else if (dv_start_i) o_q <= {o_shift};
        else if (po_shift_i) o_q <= p_next_i[{lom}:0];
        if (pv_load) p_q <= p;
        if (mg_load_i) f_q <= f_sel;
        if (blk_i) bany_q <= 1'b0;
        else if (pw && any_b_q && (!bany_q || $signed(m_q) > $signed(bm_q))) begin
            bm_q   <= m_q;
            bany_q <= 1'b1;
        end else if (po_shift_i) begin
            bm_q   <= p_next_i[{prm1}:{mlo2}];
            bany_q <= p_next_i[{prm}];
        end
        if (mg_load_i) mg_o_q <= pm_rd[{lom}:0];
        else if (mg_en_i) mg_o_q <= {mgo_rot};
        if (pv_en) pr_q <= pr_all;
        if (pv_en_d_q) ps_q <= ps_all;
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
",
        lhi = ln * ow + lw - 1,
        prm = prw - 1,
        prm1 = prw - 2,
        mlo2 = ln * ow + lw,
        lo = ln * ow,
        lom = ln * ow - 1,
        lw16 = lw - 16,
        lwm = lw - 1,
        owm = ow - 1,
        dqm = dd * 16 - 1,
    );
    let fd = g.fifo_depth;
    let zfull = format!("zv && ((wp_q - rp_q) == {}'d{fd})", fa + 1);
    s.push_str(&m.protocol_checks(
        &r,
        &[
            ("k_valid_i && !k_ready_o", "K queue overflow"),
            ("v_valid_i && !v_ready_o", "V queue overflow"),
            (&zfull, "z FIFO overflow"),
        ],
    ));
    s.push_str("endmodule\n");
    d.add(m.finish(comment, &s, leaves.iter().map(|x| x.to_string()).collect()));
    name
}

fn emit_top(d: &mut Design, g: &Geometry, row: &str, vbuf: &str, mbuf: &str) {
    let name = d.name("sufa");
    let r = d.reset();
    let (t, dd, p, ch) = (g.rows, g.d, g.pes, g.chunks);
    let tw = crate::rtl::clog2(t as u64);
    let mtw = crate::rtl::bits_for(ch as u64 + 6);
    let dvw = crate::rtl::clog2(dd as u64);
    let (kaw, taw, tsw) = (g.kbuf_aw, g.tile_aw, g.tiles_w);
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
    let comment = format!(
        "exp2, merge, divide; each row works only on the keys it selected.
Q: T beats (row 0 first) per block; mz_i, sz_i, tiles_i are sampled with the Q beats and hold for
the block. K/V: tiles_i tiles of selected-key beats, kv_last_i on each tile's last beat (an empty
tile is one beat with mask 0). A tile carries at most {tk} beats and at most kq_max = {kq} keys
per row. O: T beats of d INT16 lanes, row 0 first. With part_i (sampled with the Q beats) the
divide is skipped and the T beats carry each row's merged partial on p_row_o instead:
{{any, m, l, o[d]}} (spec sec. 6: the merge without the divide), o_row_o then being meaningless.
A K/V beat is broadcast to the rows' K queues (queue depth {qd}) from one register; its V and mask
wait in the tile buffer (two tiles) and are replayed into the rows' V queues once the tile is
complete.",
        tk = g.tile_keys,
        kq = d.cfg.kq_max,
        qd = g.queue_depth,
    );
    let mut s = String::new();
    let _ = write!(
        s,
        "    localparam [2:0] ST_Q = 3'd0, ST_T = 3'd1, ST_M = 3'd2, ST_D = 3'd3, ST_O = 3'd4;
    localparam T = {t};
    // The key index is not needed: the key's K and V travel with it.
    wire unused_key = ^kv_key_i;

    reg  [2:0] st_q;
    reg  [{twm}:0] q_cnt_q;
    reg  [15:0] mz_q;
    reg  [5:0] sz_q;
    reg  [{tswm}:0] tiles_q;
    reg        part_q;
    wire q_fire = (st_q == ST_Q) && q_valid_i;
    assign q_ready_o = (st_q == ST_Q);
    wire blk = q_fire && (q_cnt_q == {tw}'d0);
    wire [{tm}:0] k_room;         // row r's K queue has room
    wire [{tm}:0] v_room;         // row r's V queue has room
    wire [{tm}:0] row_idle;

    // ---- pass A: the beat in the broadcast register moves when every row that must push it
    // (selected it, or it ends the tile) has room. Two tiles at most wait in the tile buffer.
    reg        a_v_q;
    reg  [{dqm}:0] a_k_q;
    reg  [{tm}:0] a_mask_q;
    reg        a_last_q;
    reg  [{tswm}:0] a_tiles_q;      // tiles of the block accepted
    reg  [1:0] buf_n_q;        // complete tiles in the buffer not yet replayed
    reg  [{kawm}:0] wa_q;
    wire [{tm}:0] k_need = a_mask_q | {{T{{a_last_q}}}};
    wire a_go = a_v_q && ((k_need & ~k_room) == {t}'d0);
    assign kv_ready_o = (st_q == ST_T) && (a_tiles_q != tiles_q) && (buf_n_q != 2'd2)
                        && (!a_v_q || a_go);
    wire kv_fire = kv_valid_i && kv_ready_o;
    always @(posedge clk_i) begin
        if (kv_fire) begin
            a_k_q    <= kv_k_i;
            a_mask_q <= kv_mask_i;
            a_last_q <= kv_last_i;
        end
    end

    // ---- pass B: a complete tile is replayed from the buffer, one key a cycle when every row
    // that selected it has room in its V queue. The buffer's read address is the next one, so
    // its output is always the key at rb_q.
    reg        r_run_q;
    reg  [{kawm}:0] rb_q;
    wire [{t}:0] mrd;            // {{last, mask}} of the key at rb_q
    wire [{dqm}:0] vrd;            // its V
    wire [{tm}:0] r_mask = mrd[{tm}:0];
    wire r_go  = r_run_q && ((r_mask & ~v_room) == {t}'d0);
    wire r_end = r_go && mrd[{t}];
    wire [{kawm}:0] rb_n = {rb_n};
{vbuf_inst}{mbuf_inst}    wire all_idle = &row_idle;
    wire t_done = (st_q == ST_T) && (a_tiles_q == tiles_q) && !a_v_q && (buf_n_q == 2'd0)
                  && !r_run_q && all_idle;

    // ---- merge ({ch} + 7 cycles per tile) and divide (18 cycles per lane).
    reg  [{tawm}:0] mg_j_q;
    reg  [{mtwm}:0] mg_t_q;
    reg  [{dvwm}:0] dv_c_q;
    reg  [4:0] dv_t_q;
    reg  [{twm}:0] o_cnt_q;
    wire mg_rd   = (st_q == ST_M) && (mg_t_q == {mtw}'d0);
    wire mg_load = (st_q == ST_M) && (mg_t_q == {mtw}'d4);
    wire mg_en   = (st_q == ST_M) && (mg_t_q >= {mtw}'d5) && (mg_t_q <= {mtw}'d{mte});
    wire mg_last = (mg_t_q == {mtw}'d{mtl});  // the last merge cycle's add
    wire dv_done = (st_q == ST_D) && (dv_t_q == 5'd18);
    wire dv_lastc = (dv_c_q == {dvw}'d{ddm});
    wire dv_start = (st_q == ST_D) && ((dv_t_q == 5'd0) || (dv_done && !dv_lastc));
    wire o_fire = (st_q == ST_O) && o_ready_i;

    {ff} begin
        if ({act}) begin
            st_q      <= ST_Q;
            q_cnt_q   <= {tw}'d0;
            a_v_q     <= 1'b0;
            a_tiles_q <= {tsw}'d0;
            buf_n_q   <= 2'd0;
            wa_q      <= {kaw}'d0;
            r_run_q   <= 1'b0;
            rb_q      <= {kaw}'d0;
            mg_j_q    <= {taw}'d0;
            mg_t_q    <= {mtw}'d0;
            dv_c_q    <= {dvw}'d0;
            dv_t_q    <= 5'd0;
            o_cnt_q   <= {tw}'d0;
        end else begin
            if (q_fire) begin
                mz_q    <= mz_i;
                sz_q    <= sz_i;
                tiles_q <= tiles_i;
                part_q  <= part_i;
                q_cnt_q <= q_cnt_q + {tw}'d1;
                if (q_cnt_q == {tw}'d{tmm}) begin
                    q_cnt_q   <= {tw}'d0;
                    st_q      <= ST_T;
                    a_tiles_q <= {tsw}'d0;
                end
            end
            // pass A
            if (kv_fire) begin
                a_v_q <= 1'b1;
                wa_q  <= wa_q + {kaw}'d1;
                if (kv_last_i) a_tiles_q <= a_tiles_q + {tsw}'d1;
            end else if (a_go) begin
                a_v_q <= 1'b0;
            end
            buf_n_q <= buf_n_q + {{1'b0, kv_fire && kv_last_i}} - {{1'b0, r_end}};
            // pass B replay
            rb_q <= rb_n;
            if (r_end) r_run_q <= (buf_n_q == 2'd2);
            else if (!r_run_q && (buf_n_q != 2'd0)) r_run_q <= 1'b1;
            if (t_done) begin
                st_q   <= ST_M;
                mg_j_q <= {taw}'d0;
                mg_t_q <= {mtw}'d0;
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
        tswm = tsw - 1,
        dqm = dd * 16 - 1,
        tm = t - 1,
        tmm = t - 1,
        twm = tw - 1,
        kawm = kaw - 1,
        rb_n = inc_if("rb_q", "r_go", kaw),
        vbuf_inst = Instance::new(d.module(vbuf), "u_vbuf")
            .connect("clk_i", "clk_i")
            .connect("we_i", "kv_fire")
            .connect("waddr_i", "wa_q")
            .connect("wdata_i", "kv_v_i")
            .connect("re_i", "1'b1")
            .connect("raddr_i", "rb_n")
            .connect("rdata_o", "vrd")
            .render(4),
        mbuf_inst = Instance::new(d.module(mbuf), "u_mbuf")
            .connect("clk_i", "clk_i")
            .connect("we_i", "kv_fire")
            .connect("waddr_i", "wa_q")
            .connect("wdata_i", "{kv_last_i, kv_mask_i}")
            .connect("re_i", "1'b1")
            .connect("raddr_i", "rb_n")
            .connect("rdata_o", "mrd")
            .render(4),
        tawm = taw - 1,
        mtwm = mtw - 1,
        mte = ch + 4,
        mtl = ch + 6,
        dvwm = dvw - 1,
        ddm = dd - 1,
        tpad = if tsw > taw {
            format!("{}'d0, ", tsw - taw)
        } else {
            String::new()
        },
    );
    let ln = g.lanes;
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
    let row_inst = Instance::new(d.module(row), "u_row")
        .connect("clk_i", "clk_i")
        .connect(r.port, r.port)
        .connect("q_we_i", "q_fire && (q_cnt_q == ROW)")
        .connect("q_i", "q_row_i")
        .connect("mz_i", "mz_q")
        .connect("sz_i", "sz_q")
        .connect("blk_i", "blk")
        .connect("k_valid_i", "a_go && k_need[gi]")
        .connect("k_ready_o", "k_room[gi]")
        .connect("k_last_i", "a_last_q")
        .connect("k_has_i", "a_mask_q[gi]")
        .connect("k_data_i", "a_k_q")
        .connect("v_valid_i", "r_go && r_mask[gi]")
        .connect("v_ready_o", "v_room[gi]")
        .connect("v_data_i", "vrd")
        .connect("idle_o", "row_idle[gi]")
        .connect("mg_i", "st_q == ST_M")
        .connect("mg_rd_i", "mg_rd")
        .connect("mg_load_i", "mg_load")
        .connect("mg_en_i", "mg_en")
        .connect("pidx_i", "mg_j_q")
        .connect("dv_start_i", "dv_start")
        .connect("dv_done_i", "dv_done")
        .connect("out_shift_i", "o_fire && !part_q")
        .connect("o_next_i", "o_rows[gi+1]")
        .connect("o_row_o", "o_rows[gi]")
        .connect("po_shift_i", "po_shift")
        .connect("p_next_i", "p_rows[gi+1]")
        .connect("p_row_o", "p_rows[gi]")
        .render(12);
    let _ = write!(
        s,
        "
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
{row_inst}        end
    endgenerate
",
        twm = tw - 1,
        dqm = dd * 16 - 1,
        dq = dd * 16,
        prm = row_partial_w(g) - 1,
        pr = row_partial_w(g),
        plo = ln * g.o_w,
        pdm = dd * g.o_w - 1,
    );
    s.push_str(&m.protocol_checks(&r, &[]));
    s.push_str("endmodule\n");
    d.add(m.finish(&comment, &s, vec![row.into(), vbuf.into(), mbuf.into()]));
    d.tops.push(name);
}
