//! The multi-core top (spec §6, v3): `<prefix>accel` holds the R × C cores, one network
//! interface (`<prefix>ni`) per core, the routers (`<prefix>mesh`) and one merge unit
//! (`<prefix>merge`) per mesh row, at the row's column-0 core. The host protocol is frozen in
//! docs/spec-decisions.md ("Multi-core top") and in the module header written here.
//!
//! Per mesh row and block: the host offers T Q rows to the row's merge unit, which sends each
//! row as a Q packet to every core of the row (itself included); every core runs its shard
//! (its run-time key base and real-key count are derived here from S, Tc' and Bc) and emits its
//! merged partial (m, l, o) per row, which its NI sends as a partial packet to the merging core;
//! the merge unit buffers the partials, merges them by §6, divides and emits the O rows.
//! The verilog is written as text with `@NAME@` holes filled from the geometry.

use super::Geometry;
use crate::rtl::{Design, Module, Port, Stream, Width, clog2};
use std::fmt::Write;

/// Fills the `@NAME@` holes of a Verilog text.
fn fill(text: &str, kv: &[(&str, String)]) -> String {
    let mut s = text.to_string();
    for (k, v) in kv {
        s = s.replace(&format!("@{k}@"), v);
    }
    let hole = s
        .split('@')
        .skip(1)
        .any(|t| t.starts_with(|c: char| c.is_ascii_uppercase()));
    assert!(!hole, "unfilled hole in:\n{s}");
    s
}

/// Sizes the top needs besides the network's.
struct TopGeometry {
    net: Geometry,
    t: u32,
    d: u32,
    /// Partial word {any, m, l, o[d]} of SU-FA, and its field widths.
    pw: u32,
    zw: u32,
    lw: u32,
    ow: u32,
    /// Flits of a partial packet.
    fp: u32,
}

impl TopGeometry {
    fn of(d: &Design) -> TopGeometry {
        let sg = crate::sufa::Geometry::of(d.cfg);
        let pw = crate::sufa::rtl::partial_out_w(&sg);
        let net = Geometry::of(d.cfg);
        TopGeometry {
            fp: pw.div_ceil(net.data_w),
            net,
            t: d.cfg.query_rows,
            d: d.cfg.head_dim,
            pw,
            zw: sg.z_w,
            lw: sg.l_w,
            ow: sg.o_w,
        }
    }
}

/// Every module of the top; returns the top's name.
pub fn emit(d: &mut Design, mesh: &str) -> String {
    let g = TopGeometry::of(d);
    let ni = emit_ni(d, &g);
    let merge = emit_merge(d, &g);
    emit_accel(d, &g, mesh, &ni, &merge)
}

/// `{zeros, sig}` shifted right by `DW` as a register of `n` flits (`n` = 1: unchanged).
fn shift_down(reg: &str, n: u32, dw: u32) -> String {
    if n == 1 {
        reg.into()
    } else {
        format!("{{{dw}'d0, {reg}[{}:{dw}]}}", n * dw - 1)
    }
}

/// `{in, reg}` shifted right by `DW`, `in` entering at the top.
fn shift_in(reg: &str, inp: &str, n: u32, dw: u32) -> String {
    if n == 1 {
        inp.into()
    } else {
        format!("{{{inp}, {reg}[{}:{dw}]}}", n * dw - 1)
    }
}

/// `n - 1` as a literal of the counter width Verilog derives for `n` ((n > 1) ? $clog2(n) : 1).
fn last(n: u32) -> String {
    format!("{}'d{}", clog2(n as u64), n - 1)
}

fn pad(sig: &str, have: u32, want: u32) -> String {
    if have == want {
        sig.into()
    } else {
        format!("{{{}'d0, {sig}}}", want - have)
    }
}

fn emit_ni(d: &mut Design, g: &TopGeometry) -> String {
    let name = d.name("ni");
    let r = d.reset();
    let n = &g.net;
    let (dw, fq, fp) = (n.data_w, n.q_flits, g.fp);
    let qw = 16 * g.d;
    let flit = || Width::bits(n.fw);
    let q = Stream::new("q", "Q row to the core's SU-FA").field("row", qw, "d lanes x 16 (INT16)");
    let p = Stream::new("p", "the core's partial row {any, m, l, o}").field(
        "row",
        g.pw,
        "{any, m, l, o[d]}",
    );
    let x =
        Stream::new("x", "packets of the merge unit, to inject").field("flit", flit(), "one flit");
    let m = Stream::new("m", "partial flits ejected here, to the merge unit").field(
        "flit",
        flit(),
        "one flit",
    );
    let inj = Stream::new("inj", "router local port").field("flit", flit(), "one flit");
    let ej = Stream::new("ej", "router local port: flits ejected here").field(
        "flit",
        flit(),
        "one flit",
    );
    let decl = Module::new(
        &name,
        "Network interface of one core (spec sec. 6): Q packets ejected here become the core's Q rows;",
    )
    .param("X", 0, "this node's column")
    .param("Y", 0, "this node's row")
    .clock_reset(&r)
    .source(&q)
    .sink(&p)
    .sink(&x)
    .source(&m)
    .source(&inj)
    .sink(&ej)
    .output("idle_o", 1, "nothing accepted is still in flight");
    let comment = "the core's partial rows (m, l, o) leave as partial packets to the row's merging core (x = 0);\n\
packets of the row's merge unit (the Q fan-out, column 0 only) share the inject port, one\n\
whole packet at a time. Flit, MSB first: type[2], dst_y, dst_x, src_y, src_x, last,\n\
payload[DW]. Partial flits ejected here go to the merge unit (m_*).";
    let text = "    localparam DW = @DW@;
    localparam FW = @FW@;
    localparam XW = @XW@;
    localparam YW = @YW@;
    localparam FQ = @FQ@;              // flits of a Q row
    localparam FP = @FP@;              // flits of a partial
    localparam FPW = (FP > 1) ? $clog2(FP) : 1;
    localparam [FPW-1:0] FP_LAST = @FP_LAST@;
    localparam [1:0] TYPE_Q = 2'd0, TYPE_P = 2'd1;
    localparam [XW-1:0] SX = X;
    localparam [YW-1:0] SY = Y;
    localparam [XW-1:0] MX = 0;        // the merging core of every mesh row is column 0

    // ---- partial packetiser: one partial row becomes FP flits to (Y, 0).
    reg              p_busy_q;
    reg  [FPW-1:0]   p_cnt_q;
    reg  [FP*DW-1:0] p_buf_q;
    wire             p_last = (p_cnt_q == FP_LAST);
    wire [FW-1:0]    p_flit = {TYPE_P, SY, MX, SY, SX, p_last, p_buf_q[DW-1:0]};
    assign p_ready_o = !p_busy_q;
    wire p_fire = p_valid_i && !p_busy_q;

    // ---- inject arbiter: whole packets; the merge unit's packets first when both wait.
    reg  lock_q;
    reg  lsel_q;
    wire sel_x = lock_q ? lsel_q : x_valid_i;
    assign inj_valid_o = sel_x ? x_valid_i : p_busy_q;
    assign inj_flit_o  = sel_x ? x_flit_i : p_flit;
    assign x_ready_o   = sel_x && inj_ready_i;
    wire inj_fire = inj_valid_o && inj_ready_i;
    wire p_send   = inj_fire && !sel_x;

    // ---- eject: Q flits fill the Q row register; partial flits go to the merge unit.
    wire [1:0] ej_type = ej_flit_i[FW-1 -: 2];
    wire       ej_q    = (ej_type == TYPE_Q);
    reg        q_full_q;
    reg  [FQ*DW-1:0] q_buf_q;
    wire q_in = ej_valid_i && ej_q && !q_full_q;
    assign ej_ready_o = ej_q ? !q_full_q : m_ready_i;
    assign m_valid_o  = ej_valid_i && !ej_q;
    assign m_flit_o   = ej_flit_i;
    assign q_valid_o  = q_full_q;
    assign q_row_o    = q_buf_q[@QWM@:0];
@UNUSED@
    @FF@ begin
        if (@ACT@) begin
            p_busy_q <= 1'b0;
            lock_q   <= 1'b0;
            q_full_q <= 1'b0;
        end else begin
            if (p_fire) p_busy_q <= 1'b1;
            else if (p_send && p_last) p_busy_q <= 1'b0;
            if (inj_fire) lock_q <= !inj_flit_o[DW];
            if (q_in && ej_flit_i[DW]) q_full_q <= 1'b1;
            else if (q_full_q && q_ready_i) q_full_q <= 1'b0;
        end
    end
    always @(posedge clk_i) begin
        if (inj_fire) lsel_q <= sel_x;
        if (p_fire) begin
            p_buf_q <= @PLOAD@;
            p_cnt_q <= {FPW{1'b0}};
        end else if (p_send) begin
            p_buf_q <= @PSHIFT@;
            p_cnt_q <= p_cnt_q + {{(FPW-1){1'b0}}, 1'b1};
        end
        if (q_in) q_buf_q <= @QSHIFT@;
    end
    assign idle_o = !p_busy_q && !q_full_q && !lock_q;
endmodule
";
    let mut unused = String::from(
        "    wire [FW-DW-4:0] unused_ej_hdr = ej_flit_i[FW-3:DW+1];  // route fields: not needed here\n",
    );
    if fq * dw > qw {
        let _ = writeln!(
            unused,
            "    wire [{}:0] unused_q_pad = q_buf_q[{}:{qw}];",
            fq * dw - qw - 1,
            fq * dw - 1
        );
    }
    let body = fill(
        text,
        &[
            ("NAME", name.clone()),
            ("RST", r.port.into()),
            ("ACT", r.active.into()),
            ("FF", r.always_ff()),
            ("QWM", (qw - 1).to_string()),
            ("PWM", (g.pw - 1).to_string()),
            ("FWM", (n.fw - 1).to_string()),
            ("DW", dw.to_string()),
            ("FW", n.fw.to_string()),
            ("XW", n.xw.to_string()),
            ("YW", n.yw.to_string()),
            ("FQ", fq.to_string()),
            ("FP", fp.to_string()),
            ("UNUSED", unused),
            ("FP_LAST", last(fp)),
            ("PLOAD", pad("p_row_i", g.pw, fp * dw)),
            ("PSHIFT", shift_down("p_buf_q", fp, dw)),
            (
                "QSHIFT",
                shift_in("q_buf_q", &format!("ej_flit_i[{}:0]", dw - 1), fq, dw),
            ),
        ],
    );
    let body = body
        .strip_suffix("endmodule\n")
        .expect("endmodule")
        .to_string()
        + &decl.protocol_checks(&r, &[])
        + "endmodule\n";
    d.add(decl.finish(comment, &body, vec![]));
    name
}

fn emit_merge(d: &mut Design, g: &TopGeometry) -> String {
    let name = d.name("merge");
    let r = d.reset();
    let n = &g.net;
    let (dw, fq, fp, c, t) = (n.data_w, n.q_flits, g.fp, n.cols, g.t);
    let qw = 16 * g.d;
    let exp2 = d.leaf("sufa_exp2", &[]);
    let scale = d.leaf("sufa_scale", &[]);
    let div = d.leaf("sufa_div", &["add_cs"]);
    // Partial buffer: two blocks × C sources × T rows × FP flits, addressed {bank, src, row, flit}.
    let (cw, tw, fpw) = (clog2(c as u64), clog2(t as u64), clog2(fp as u64));
    let aw = 1 + cw + tw + fpw;
    let buf = d.sram(1 << aw, dw);
    // The row's merged l and o grow by at most C against one core's.
    let ce = clog2(c as u64 + 1);
    let (lwa, owa) = (g.lw + ce, g.ow + ce);
    let flit = || Width::bits(n.fw);
    let hq = Stream::new("hq", "host Q rows of this mesh row, T per block").field(
        "row",
        qw,
        "d lanes x 16 (INT16)",
    );
    let x = Stream::new("x", "Q packets, into the column-0 NI").field("flit", flit(), "one flit");
    let m = Stream::new("m", "partial flits ejected at the column-0 NI").field(
        "flit",
        flit(),
        "one flit",
    );
    let o = Stream::new("o", "O rows, T per block, row 0 first").field(
        "row",
        qw,
        "d lanes x 16 (INT16)",
    );
    let decl = Module::new(
        &name,
        "Merge unit of one mesh row (spec sec. 6), beside the row's column-0 core: sends each host Q",
    )
    .param("Y", 0, "the mesh row")
    .clock_reset(&r)
    .sink(&hq)
    .source(&x)
    .sink(&m)
    .source(&o)
    .output("idle_o", 1, "nothing accepted is still in flight");
    let comment = "row to every core of the row (Q packets through the column-0 NI), buffers the row's partial\n\
packets (two blocks x C cores x T rows), and per row merges the C partials (m* = max m_c,\n\
l* = sum rshift_round(l_c * exp2q(m_c - m*), 15), o* likewise), divides and emits O.\n\
A block's Q is accepted only once every partial of the previous block has arrived and the\n\
block before that has been merged, so Q and partial packets never wait for each other.";
    let text = "    localparam T = @T@;
    localparam C = @C@;
    localparam D = @D@;
    localparam DW = @DW@;
    localparam FW = @FW@;
    localparam XW = @XW@;
    localparam YW = @YW@;
    localparam FQ = @FQ@;
    localparam FP = @FP@;
    localparam ZW = @ZW@;            // m
    localparam LW = @LW@;            // l of one core
    localparam OW = @OW@;            // o lane of one core
    localparam LWA = @LWA@;          // l and o lanes of the merged row
    localparam OWA = @OWA@;
    localparam PW = 1 + ZW + LW + D * OW;
    localparam TW = (T > 1) ? $clog2(T) : 1;
    localparam CW = (C > 1) ? $clog2(C) : 1;
    localparam FQW = (FQ > 1) ? $clog2(FQ) : 1;
    localparam FPW = (FP > 1) ? $clog2(FP) : 1;
    localparam AW = 1 + CW + TW + FPW;
    localparam [TW-1:0]  T_LAST = @T_LAST@;
    localparam [CW-1:0]  C_LAST = @C_LAST@;
    localparam [XW-1:0]  X_LAST = @X_LAST@;
    localparam [FQW-1:0] FQ_LAST = @FQ_LAST@;
    localparam [FPW-1:0] FP_LAST = @FP_LAST@;
    localparam [1:0] TYPE_Q = 2'd0;
    localparam [YW-1:0] SY = Y;
    localparam [XW-1:0] SX = 0;
    localparam [2:0] M_WAIT = 3'd0, M_LOAD = 3'd1, M_MAX = 3'd2, M_SCALE = 3'd3,
                     M_DIV = 3'd4, M_OUT = 3'd5;

    // ---- Q fan-out: each host row goes to columns 0..C-1 in turn, FQ flits each.
    reg              qf_busy_q;
    reg  [FQ*DW-1:0] qf_row_q;
    reg  [XW-1:0]    qf_dst_q;
    reg  [FQW-1:0]   qf_f_q;
    reg  [TW-1:0]    qr_q;        // Q rows of the current block accepted
    reg  [1:0]       qb_q;        // blocks whose Q has started
    reg  [1:0]       mb_q;        // blocks merged and sent
    wire [C-1:0]     rcv_all;     // source c has delivered every partial of blocks < qb_q
    wire [1:0]       in_flight = qb_q - mb_q;
    wire gate = (qr_q != {TW{1'b0}}) || ((&rcv_all) && (in_flight < 2'd2));
    assign hq_ready_o = !qf_busy_q && gate;
    wire hq_fire  = hq_valid_i && hq_ready_o;
    wire qf_last  = (qf_f_q == FQ_LAST);
    assign x_valid_o = qf_busy_q;
    assign x_flit_o  = {TYPE_Q, SY, qf_dst_q, SY, SX, qf_last, qf_row_q[DW-1:0]};
    wire x_fire = qf_busy_q && x_ready_i;

    // ---- partial receive: per source, flit and row counters and its block count.
    wire [DW-1:0] m_pay = m_flit_i[DW-1:0];
    wire [XW-1:0] m_src = m_flit_i[DW+1 +: XW];
    wire [FW-DW-XW-1:0] unused_m_hdr = {m_flit_i[FW-1:DW+1+XW], m_flit_i[DW]};
    assign m_ready_o = 1'b1;      // the two-block buffer always has room (see the Q gate)
    wire m_fire = m_valid_i;
    wire [AW-1:0] waddr;
    wire [C*AW-1:0] wa_all;       // per source: where its next flit goes
    wire [C-1:0]  row_in;         // source c has delivered row mr_q of block mb_q
    reg  [TW-1:0] mr_q;           // row being merged

    // ---- merge: load the C partials of row mr_q, maximum, scale and sum, divide, emit.
    reg  [2:0]       st_q;
    reg  [CW-1:0]    ld_s_q;
    reg  [FPW-1:0]   ld_f_q;
    reg              ld_on_q;     // a read is issued this cycle
    reg              rv_q;        // read data valid
    reg  [CW-1:0]    rs_q;        // ... of source rs_q
    reg  [FP*DW-1:0] pb_q [0:C-1];
    reg  [CW-1:0]    sc_s_q;
    reg  [2:0]       sc_t_q;
    reg  [4:0]       dv_t_q;
    reg  [ZW-1:0]    mx_q;        // m*: the maximum over the sources that selected a key
    reg              many_q;
    wire             unused_many = many_q;  // no source selected: l* = 0 gives O = 0
    reg  [14:0]      u_q;
    reg  [LWA-1:0]   l_q;
    reg  [D*OWA-1:0] o_q;
    wire [DW-1:0]    rdata;
    wire [AW-1:0]    raddr = {mb_q[0], ld_s_q, mr_q, ld_f_q};
    wire             rd_en = (st_q == M_LOAD) && ld_on_q;
    @BUF@ u_buf (
        .clk_i(clk_i), .we_i(m_fire), .waddr_i(waddr), .wdata_i(m_pay),
        .re_i(rd_en), .raddr_i(raddr), .rdata_o(rdata)
    );

    wire [FP*DW-1:0] cur = pb_q[sc_s_q];
    wire             cur_any = cur[PW-1];
    wire [ZW-1:0]    cur_m   = cur[PW-2 -: ZW];
    wire [LW-1:0]    cur_l   = cur[D*OW +: LW];
    wire [ZW:0]      dz = {mx_q[ZW-1], mx_q} - {cur_m[ZW-1], cur_m};
    wire [ZW-15:0]   unused_dz_hi = dz[ZW:15];
    wire [15:0]      f;
    @EXP2@
    wire [15:0]      f_sel = cur_any ? f : 16'd0;
    wire [LW:0]      l_sc;
    @SCALE@ #(.A_W(LW + 1)) u_scale_l (.a_i({1'b0, cur_l}), .f_i(f_sel), .y_o(l_sc));
    wire             unused_l_sc = l_sc[LW];
    wire             sc_add = (st_q == M_SCALE) && (sc_t_q == 3'd3);
    wire             sc_lastsrc = (sc_s_q == C_LAST);
    wire             o_fire = (st_q == M_OUT) && o_ready_i;
    wire [D*16-1:0]  q_div;
    assign o_valid_o = (st_q == M_OUT);
    assign o_row_o   = q_div;
    assign idle_o    = (st_q == M_WAIT) && !qf_busy_q && (qr_q == {TW{1'b0}}) && (qb_q == mb_q);
@UNUSED@
    genvar gc;
    generate
        for (gc = 0; gc < C; gc = gc + 1) begin : g_src
            localparam [XW-1:0] SRC = gc;
            reg  [FPW-1:0] rf_q;
            reg  [TW-1:0]  rr_q;
            reg  [1:0]     bc_q;
            wire hit = m_fire && (m_src == SRC);
            @FF@ begin
                if (@ACT@) begin
                    rf_q <= {FPW{1'b0}};
                    rr_q <= {TW{1'b0}};
                    bc_q <= 2'd0;
                end else if (hit) begin
                    rf_q <= rf_q + {{(FPW-1){1'b0}}, 1'b1};
                    if (rf_q == FP_LAST) begin
                        rf_q <= {FPW{1'b0}};
                        rr_q <= rr_q + {{(TW-1){1'b0}}, 1'b1};
                        if (rr_q == T_LAST) begin
                            rr_q <= {TW{1'b0}};
                            bc_q <= bc_q + 2'd1;
                        end
                    end
                end
            end
            assign wa_all[gc*AW +: AW] = {bc_q[0], SRC, rr_q, rf_q};
            assign rcv_all[gc] = (bc_q == qb_q);
            // Source gc is past block mb_q, or in it beyond row mr_q.
            assign row_in[gc] = (bc_q != mb_q) || (rr_q > mr_q);
        end
    endgenerate
    assign waddr = wa_all[m_src*AW +: AW];

    generate
        for (gc = 0; gc < D; gc = gc + 1) begin : g_lane
            wire [OW-1:0]  o_c = cur[gc*OW +: OW];
            wire [OW-1:0]  o_sc;
            @SCALE@ #(.A_W(OW)) u_scale_o (.a_i(o_c), .f_i(f_sel), .y_o(o_sc));
            always @(posedge clk_i) begin
                if ((st_q == M_MAX)) o_q[gc*OWA +: OWA] <= {OWA{1'b0}};
                else if (sc_add) o_q[gc*OWA +: OWA] <= o_q[gc*OWA +: OWA]
                                                         + {{(OWA-OW){o_sc[OW-1]}}, o_sc};
            end
            @DIV@ #(.N_W(OWA), .D_W(LWA)) u_div (
                .clk_i(clk_i), .start_i((st_q == M_DIV) && (dv_t_q == 5'd0)),
                .n_i(o_q[gc*OWA +: OWA]), .d_i(l_q), .q_o(q_div[gc*16 +: 16])
            );
        end
    endgenerate

    @FF@ begin
        if (@ACT@) begin
            qf_busy_q <= 1'b0;
            qr_q      <= {TW{1'b0}};
            qb_q      <= 2'd0;
            mb_q      <= 2'd0;
            st_q      <= M_WAIT;
            mr_q      <= {TW{1'b0}};
            ld_on_q   <= 1'b0;
            rv_q      <= 1'b0;
        end else begin
            if (hq_fire) begin
                qf_busy_q <= 1'b1;
                qr_q <= (qr_q == T_LAST) ? {TW{1'b0}} : qr_q + {{(TW-1){1'b0}}, 1'b1};
                if (qr_q == {TW{1'b0}}) qb_q <= qb_q + 2'd1;
            end else if (x_fire && qf_last && (qf_dst_q == X_LAST)) begin
                qf_busy_q <= 1'b0;
            end
            rv_q <= rd_en;
            case (st_q)
                M_WAIT: if ((&row_in) && (mb_q != qb_q)) begin
                    st_q    <= M_LOAD;
                    ld_on_q <= 1'b1;
                end
                M_LOAD: begin
                    if (rd_en && (ld_f_q == FP_LAST) && (ld_s_q == C_LAST)) ld_on_q <= 1'b0;
                    if (!ld_on_q && !rv_q) st_q <= M_MAX;
                end
                M_MAX: if (sc_s_q == C_LAST) st_q <= M_SCALE;
                M_SCALE: if (sc_add && sc_lastsrc) st_q <= M_DIV;
                M_DIV: if (dv_t_q == 5'd18) st_q <= M_OUT;
                default: if (o_fire) begin
                    st_q <= M_WAIT;
                    mr_q <= (mr_q == T_LAST) ? {TW{1'b0}} : mr_q + {{(TW-1){1'b0}}, 1'b1};
                    if (mr_q == T_LAST) mb_q <= mb_q + 2'd1;
                end
            endcase
        end
    end

    always @(posedge clk_i) begin
        if (hq_fire) begin
            qf_row_q <= @QLOAD@;
            qf_dst_q <= {XW{1'b0}};
            qf_f_q   <= {FQW{1'b0}};
        end else if (x_fire) begin
            qf_row_q <= @QROT@;
            qf_f_q   <= qf_last ? {FQW{1'b0}} : qf_f_q + {{(FQW-1){1'b0}}, 1'b1};
            if (qf_last) qf_dst_q <= qf_dst_q + {{(XW-1){1'b0}}, 1'b1};
        end
        if (st_q == M_WAIT) begin
            ld_s_q <= {CW{1'b0}};
            ld_f_q <= {FPW{1'b0}};
        end else if (rd_en) begin
            ld_f_q <= (ld_f_q == FP_LAST) ? {FPW{1'b0}} : ld_f_q + {{(FPW-1){1'b0}}, 1'b1};
            if (ld_f_q == FP_LAST) ld_s_q <= ld_s_q + {{(CW-1){1'b0}}, 1'b1};
        end
        rs_q <= ld_s_q;
        if (rv_q) pb_q[rs_q] <= @PBSHIFT@;
        if (st_q == M_LOAD) begin
            sc_s_q <= {CW{1'b0}};
            many_q <= 1'b0;
        end else if (st_q == M_MAX) begin
            // One source a cycle; then the scale pass starts again at source 0.
            if (cur_any && (!many_q || ($signed(cur_m) > $signed(mx_q)))) begin
                mx_q   <= cur_m;
                many_q <= 1'b1;
            end
            sc_s_q <= (sc_s_q == C_LAST) ? {CW{1'b0}} : sc_s_q + {{(CW-1){1'b0}}, 1'b1};
            sc_t_q <= 3'd0;
            l_q    <= {LWA{1'b0}};
        end else if (st_q == M_SCALE) begin
            // t = 0: u; 1, 2: exp2; 3: add, next source.
            sc_t_q <= (sc_t_q == 3'd3) ? 3'd0 : sc_t_q + 3'd1;
            if (sc_add) begin
                sc_s_q <= sc_s_q + {{(CW-1){1'b0}}, 1'b1};
                l_q    <= l_q + {{(LWA-LW){1'b0}}, l_sc[LW-1:0]};
            end
        end
        u_q <= ($signed(dz) > $signed({{(ZW-15){1'b0}}, 16'd16384})) ? 15'd16384 : dz[14:0];
        if (st_q == M_SCALE && sc_add && sc_lastsrc) dv_t_q <= 5'd0;
        else if (st_q == M_DIV) dv_t_q <= dv_t_q + 5'd1;
    end
endmodule
";
    let mut unused = String::new();
    if fq * dw > qw {
        let _ = writeln!(
            unused,
            "    wire [{}:0] unused_qf_pad = qf_row_q[{}:{qw}];",
            fq * dw - qw - 1,
            fq * dw - 1
        );
    }
    if fp * dw > g.pw {
        let _ = writeln!(
            unused,
            "    wire [{}:0] unused_cur_pad = cur[{}:{}];",
            fp * dw - g.pw - 1,
            fp * dw - 1,
            g.pw
        );
    }
    let qrot = if fq == 1 {
        "qf_row_q".to_string()
    } else {
        format!("{{qf_row_q[{}:0], qf_row_q[{}:{dw}]}}", dw - 1, fq * dw - 1)
    };
    let body = fill(
        text,
        &[
            ("NAME", name.clone()),
            ("RST", r.port.into()),
            ("ACT", r.active.into()),
            ("FF", r.always_ff()),
            ("QWM", (qw - 1).to_string()),
            ("FWM", (n.fw - 1).to_string()),
            ("T", t.to_string()),
            ("C", c.to_string()),
            ("D", g.d.to_string()),
            ("DW", dw.to_string()),
            ("FW", n.fw.to_string()),
            ("XW", n.xw.to_string()),
            ("YW", n.yw.to_string()),
            ("FQ", fq.to_string()),
            ("FP", fp.to_string()),
            ("ZW", g.zw.to_string()),
            ("LW", g.lw.to_string()),
            ("OW", g.ow.to_string()),
            ("LWA", lwa.to_string()),
            ("OWA", owa.to_string()),
            ("BUF", buf.clone()),
            (
                "EXP2",
                crate::sufa::rtl::exp2_instance(&exp2, "u_exp2", "u_q", "f"),
            ),
            ("SCALE", scale.clone()),
            ("DIV", div.clone()),
            ("UNUSED", unused),
            ("T_LAST", last(t)),
            ("C_LAST", last(c)),
            ("X_LAST", format!("{}'d{}", n.xw, c - 1)),
            ("FQ_LAST", last(fq)),
            ("FP_LAST", last(fp)),
            ("QLOAD", pad("hq_row_i", qw, fq * dw)),
            ("QROT", qrot),
            ("PBSHIFT", shift_in("pb_q[rs_q]", "rdata", fp, dw)),
        ],
    );
    let body = body
        .strip_suffix("endmodule\n")
        .expect("endmodule")
        .to_string()
        + &decl.protocol_checks(&r, &[])
        + "endmodule\n";
    d.add(decl.finish(comment, &body, vec![exp2, scale, div, buf]));
    name
}

/// Core ports that every core shares with the top (same name, broadcast).
const SHARED: [&str; 18] = [
    "head_i",
    "select_mode_i",
    "sh_kp_i",
    "sh_ap_i",
    "kq_i",
    "radius_i",
    "hidden_i",
    "sh_k_i",
    "sh_v_i",
    "mz_i",
    "sz_i",
    "causal_i",
    "w_valid_i",
    "w_addr_i",
    "w_data_i",
    "b_valid_i",
    "b_idx_i",
    "b_data_i",
];
/// Core ports the host drives or reads per core (lane n = y * C + x of a flat top port).
const PER_CORE: [&str; 15] = [
    "pred_valid_i",
    "pred_ready_o",
    "pred_mode_i",
    "pred_len_i",
    "pred_row_i",
    "pred_col_i",
    "khat_valid_o",
    "khat_ready_i",
    "khat_data_o",
    "khat_col_o",
    "khat_last_o",
    "x_rd_o",
    "x_addr_o",
    "x_data_i",
    "kv_rows_o",
];

fn emit_accel(d: &mut Design, g: &TopGeometry, mesh: &str, ni: &str, merge: &str) -> String {
    let name = d.name("accel");
    let core = d.name("core");
    let r = d.reset();
    let n = &g.net;
    let (rows, cols) = (n.rows, n.cols);
    let nodes = n.nodes();
    let qw = 16 * g.d;
    let ports: Vec<Port> = d.module(&core).ports();
    let w = |p: &str| {
        ports
            .iter()
            .find(|x| x.name == p)
            .unwrap_or_else(|| panic!("core has no port {p}"))
            .width
    };
    let is_in = |p: &str| ports.iter().any(|x| x.name == p && x.input);
    let (pos_w, seq_w, tc_w) = (w("base_pos_i"), w("seq_len_i"), w("tiles_i"));
    // Ports: (input, name, width, doc), in header order. Per-row and per-core ports are flat
    // lane arrays (lane y or n), so their streams are checked inside, at the merge units and cores.
    let mut decl: Vec<(bool, String, u32, String)> = Vec::new();
    for p in SHARED {
        let c = if p.starts_with("w_") || p.starts_with("b_") {
            "broadcast weight/bias load to every core, while idle_o"
        } else if p == "head_i" {
            "a head starts: clears every core's K/V store (a pulse, while idle_o)"
        } else {
            "to every core; change only while idle_o"
        };
        decl.push((is_in(p), p.into(), w(p), c.into()));
    }
    decl.push((true, "seq_len_i".into(), pos_w, "S".into()));
    decl.push((true, "shard_tiles_i".into(), tc_w, "Tc' = Tc / C".into()));
    decl.push((true, "tile_len_i".into(), seq_w, "Bc = ceil(S / Tc)".into()));
    let row_ports: [(bool, &str, u32, &str); 7] = [
        (
            true,
            "base_pos_i",
            pos_w,
            "per mesh row: position of its block's row 0",
        ),
        (true, "q_valid_i", 1, "per mesh row: Q rows, d INT16 lanes"),
        (false, "q_ready_o", 1, ""),
        (true, "q_row_i", qw, ""),
        (false, "o_valid_o", 1, "per mesh row: O rows, d INT16 lanes"),
        (true, "o_ready_i", 1, ""),
        (false, "o_row_o", qw, ""),
    ];
    let mut row_msb: Vec<String> = Vec::new();
    for (i, p, pw, c) in row_ports {
        decl.push((i, p.into(), rows * pw, c.into()));
        row_msb.push(p.into());
    }
    for p in PER_CORE {
        decl.push((is_in(p), p.into(), nodes * w(p), "per core".into()));
    }
    decl.push((
        false,
        "idle_o".into(),
        1,
        "every core, NI and merge unit idle".into(),
    ));
    let mut m = Module::new(
        &name,
        "STAR accelerator (spec sec. 6): an R x C mesh of STAR cores working as one module.",
    )
    .clock_reset(&r);
    for (i, p, pw, c) in &decl {
        // Per-row ports keep a range on a one-row mesh: the body selects lane gy.
        let wd = if row_msb.contains(p) {
            Width::msb(&(pw - 1).to_string(), *pw)
        } else {
            Width::bits(*pw)
        };
        m = if *i {
            m.input(p, wd, c)
        } else {
            m.output(p, wd, c)
        };
    }
    let mut lp = String::new();
    for p in PER_CORE {
        let _ = writeln!(lp, "    localparam W_{} = {};", p.to_uppercase(), w(p));
    }
    // Core connections: shared by name, per core by lane, the rest from the shard and the NI.
    let mut conn: Vec<String> = Vec::new();
    for p in &ports {
        let c = match p.name.as_str() {
            "clk_i" => "clk_i".to_string(),
            x if x == r.port => r.port.to_string(),
            x if SHARED.contains(&x) => x.to_string(),
            x if PER_CORE.contains(&x) => {
                format!("{x}[NODE*W_{} +: W_{}]", x.to_uppercase(), x.to_uppercase())
            }
            "tiles_i" | "ntiles_i" => "shard_tiles_i".into(),
            "seq_len_i" => "s_loc".into(),
            "key_base_i" => "key_base".into(),
            "keys_i" => "keys".into(),
            "part_i" => "1'b1".into(),
            "base_pos_i" => "base_pos_i[gy*POSW +: POSW]".into(),
            "q_valid_i" => "q_valid".into(),
            "q_ready_o" => "q_ready".into(),
            "q_row_i" => "q_row".into(),
            "o_valid_o" => "p_valid".into(),
            "o_ready_i" => "p_ready".into(),
            "p_row_o" => "p_row".into(),
            "o_row_o" => "unused_o_row".into(),
            "idle_o" => "core_idle[NODE]".into(),
            other => panic!("star_accel: core port {other} has no connection"),
        };
        conn.push(format!("                    .{}({c})", p.name));
    }
    let conns = conn.join(",\n");
    let pos_ext = |sig: &str| pad(sig, seq_w, pos_w);
    let rest_unused = if pos_w > seq_w {
        "                wire [POSW-SW-1:0] unused_rest = rest_lo[POSW-1:SW];\n".to_string()
    } else {
        String::new()
    };
    let comment = r#"Inside: the cores, a network interface per core, the XY routers, one merge unit per mesh row
at its column-0 core. Host protocol (frozen, docs/spec-decisions.md "Multi-core top"):
- Shared run-time registers (sh_*, kq_i, radius_i, causal_i, hidden_i, mz_i, sz_i) and the
  sequence shape (seq_len_i = S, shard_tiles_i = Tc' = Tc / C, tile_len_i = Bc =
  ceil(S / Tc), Tc' * Bc <= S_max) reach every core; change them only while idle_o.
  Core x of a mesh row holds the tiles [x * Tc', (x + 1) * Tc'): its local key k is global
  key x * Tc' * Bc + k; its token port (x_*) and predictor jobs (pred_*, khat_*) use local
  keys, the shard padded to Tc' * Bc keys (keys at or beyond S are never selected).
- Weights (w_*, b_*) are broadcast: one load reaches every core; legal while idle_o.
- Per mesh row y: base_pos_i[y] (held while the row's block is in flight), T Q rows in on
  q_*[y], T O rows out on o_*[y], row 0 first, ready/valid. The row's next block is accepted
  once every partial of its previous block has reached the merge unit.
- Per core n = y * C + x: lane n of pred_*, khat_*, x_* is that core's predictor job
  stream, K-hat stream and token-memory port, exactly as on @CORE@."#;
    let text = "    localparam R = @R@;
    localparam C = @C@;
    localparam N = R * C;
    localparam FW = @FW@;     // flit
    localparam QW = @QW@;     // Q or O row: d INT16 lanes
    localparam PW = @PW@;     // partial row {any, m, l, o[d]}
    localparam POSW = @POSW@; // global positions
    localparam SW = @SW@;     // local key counts
    localparam TCW = @TCW@;
@LP@
    // Keys of one shard: Tc' * Bc, padding included.
    wire [TCW+SW-1:0] s_prod = {{SW{1'b0}}, shard_tiles_i} * {{TCW{1'b0}}, tile_len_i};
    wire [SW-1:0]     s_loc  = s_prod[SW-1:0];
    wire [TCW-1:0]    unused_s_prod_hi = s_prod[TCW+SW-1:SW];

    wire [N-1:0]    in_valid, in_ready, out_valid, out_ready;
    wire [N*FW-1:0] in_flit, out_flit;
    wire [N-1:0]    core_idle, ni_idle;
    wire [R-1:0]    mg_idle;
    @MESH@ u_mesh (
        .clk_i(clk_i), .@RST@(@RST@),
        .in_valid_i(in_valid), .in_ready_o(in_ready), .in_flit_i(in_flit),
        .out_valid_o(out_valid), .out_ready_i(out_ready), .out_flit_o(out_flit)
    );

    genvar gy, gx;
    generate
        for (gy = 0; gy < R; gy = gy + 1) begin : g_row
            // The row's merge unit <-> its column-0 NI.
            wire          mx_valid, mx_ready, mm_valid, mm_ready;
            wire [FW-1:0] mx_flit, mm_flit;
            for (gx = 0; gx < C; gx = gx + 1) begin : g_col
                localparam NODE = gy * C + gx;
                localparam [POSW-1:0] XC = gx;
                // This core's shard: key base x * Tc' * Bc, real keys min(S - base, Tc' * Bc).
                wire [POSW-1:0] key_base = XC * @SLOC_EXT@;
                wire [POSW:0]   rest = {1'b0, seq_len_i} - {1'b0, key_base};
                wire [POSW-1:0] rest_lo = rest[POSW-1:0];
                wire [SW-1:0]   keys = rest[POSW] ? {SW{1'b0}}
                                     : (rest_lo > @SLOC_EXT@) ? s_loc : rest_lo[SW-1:0];
@REST_UNUSED@                wire          q_valid, q_ready, p_valid, p_ready;
                wire [QW-1:0] q_row;
                wire [PW-1:0] p_row;
                wire [QW-1:0] unused_o_row;
                wire          x_valid, x_ready, m_valid, m_ready;
                wire [FW-1:0] x_flit, m_flit;
                @CORE@ u_core (
@CONNS@
                );
                @NI@ #(.X(gx), .Y(gy)) u_ni (
                    .clk_i(clk_i), .@RST@(@RST@),
                    .q_valid_o(q_valid), .q_ready_i(q_ready), .q_row_o(q_row),
                    .p_valid_i(p_valid), .p_ready_o(p_ready), .p_row_i(p_row),
                    .x_valid_i(x_valid), .x_ready_o(x_ready), .x_flit_i(x_flit),
                    .m_valid_o(m_valid), .m_ready_i(m_ready), .m_flit_o(m_flit),
                    .inj_valid_o(in_valid[NODE]), .inj_ready_i(in_ready[NODE]),
                    .inj_flit_o(in_flit[NODE*FW +: FW]),
                    .ej_valid_i(out_valid[NODE]), .ej_ready_o(out_ready[NODE]),
                    .ej_flit_i(out_flit[NODE*FW +: FW]),
                    .idle_o(ni_idle[NODE])
                );
                if (gx == 0) begin : g_merging
                    assign x_valid  = mx_valid;
                    assign x_flit   = mx_flit;
                    assign mx_ready = x_ready;
                    assign mm_valid = m_valid;
                    assign mm_flit  = m_flit;
                    assign m_ready  = mm_ready;
                end else begin : g_plain
                    // Only column 0 injects the merge unit's packets or receives partials.
                    assign x_valid = 1'b0;
                    assign x_flit  = {FW{1'b0}};
                    assign m_ready = 1'b1;
                    wire unused_x = x_ready ^ m_valid ^ (^m_flit);
                end
            end
            @MERGE@ #(.Y(gy)) u_merge (
                .clk_i(clk_i), .@RST@(@RST@),
                .hq_valid_i(q_valid_i[gy]), .hq_ready_o(q_ready_o[gy]),
                .hq_row_i(q_row_i[gy*QW +: QW]),
                .x_valid_o(mx_valid), .x_ready_i(mx_ready), .x_flit_o(mx_flit),
                .m_valid_i(mm_valid), .m_ready_o(mm_ready), .m_flit_i(mm_flit),
                .o_valid_o(o_valid_o[gy]), .o_ready_i(o_ready_i[gy]),
                .o_row_o(o_row_o[gy*QW +: QW]),
                .idle_o(mg_idle[gy])
            );
        end
    endgenerate
    assign idle_o = (&core_idle) && (&ni_idle) && (&mg_idle);
endmodule
";
    let body = fill(
        text,
        &[
            ("NAME", name.clone()),
            ("CORE", core.clone()),
            ("RST", r.port.into()),
            ("R", rows.to_string()),
            ("C", cols.to_string()),
            ("FW", n.fw.to_string()),
            ("QW", qw.to_string()),
            ("PW", g.pw.to_string()),
            ("POSW", pos_w.to_string()),
            ("SW", seq_w.to_string()),
            ("TCW", tc_w.to_string()),
            ("LP", lp),
            ("MESH", mesh.into()),
            ("SLOC_EXT", pos_ext("s_loc")),
            ("REST_UNUSED", rest_unused),
            ("CONNS", conns),
            ("NI", ni.into()),
            ("MERGE", merge.into()),
        ],
    );
    let comment = comment.replace("@CORE@", &core);
    let m = m.finish(
        &comment,
        &body,
        vec![core.clone(), mesh.into(), ni.into(), merge.into()],
    );
    // One core and NI per node (g_row x g_col), one merge unit per mesh row (column 0).
    let nn = u64::from(rows) * u64::from(cols);
    d.add(
        m.instances(&core, nn)
            .instances(ni, nn)
            .instances(merge, rows.into()),
    );
    name
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn sixteen_cores_make_one_accelerator_top() {
        let cfg = Config {
            cores: 16,
            mesh: "4x4".into(),
            ..Config::default()
        };
        let d = crate::tree::build(&cfg);
        assert_eq!(d.tops.first().map(String::as_str), Some("star_accel"));
        assert!(d.tops.iter().any(|t| t == "star_core"));
        for m in ["star_accel", "star_ni", "star_merge"] {
            let body = &d.module(m).body;
            assert!(body.is_ascii(), "{m} is not ASCII");
            assert!(
                body.lines().all(|l| l.len() <= 100),
                "{m} has a line over 100"
            );
        }
        let top = &d.module("star_accel").body;
        assert!(top.contains("localparam R = 4;") && top.contains("localparam C = 4;"));
        assert!(top.contains("star_core u_core ("));
    }
}
