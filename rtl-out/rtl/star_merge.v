// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Merge unit of one mesh row (spec sec. 6), beside the row's column-0 core: sends each host Q
// row to every core of the row (Q packets through the column-0 NI), buffers the row's partial
// packets (two blocks x C cores x T rows), and per row merges the C partials (m* = max m_c,
// l* = sum rshift_round(l_c * exp2q(m_c - m*), 15), o* likewise), divides and emits O.
// A block's Q is accepted only once every partial of the previous block has arrived and the
// block before that has been merged, so Q and partial packets never wait for each other.
module star_merge #(
    parameter Y = 0   // the mesh row
) (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire          hq_valid_i,  // host Q rows of this mesh row, T per block
    output wire          hq_ready_o,
    input  wire [1023:0] hq_row_i,    // d lanes x 16 (INT16)
    output wire          x_valid_o,   // Q packets, into the column-0 NI
    input  wire          x_ready_i,
    output wire [138:0]  x_flit_o,    // one flit
    input  wire          m_valid_i,   // partial flits ejected at the column-0 NI
    output wire          m_ready_o,
    input  wire [138:0]  m_flit_i,    // one flit
    output wire          o_valid_o,   // O rows, T per block, row 0 first
    input  wire          o_ready_i,
    output wire [1023:0] o_row_o,     // d lanes x 16 (INT16)
    output wire          idle_o       // nothing accepted is still in flight
);
    localparam T = 128;
    localparam C = 4;
    localparam D = 64;
    localparam DW = 128;
    localparam FW = 139;
    localparam XW = 2;
    localparam YW = 2;
    localparam FQ = 8;
    localparam FP = 26;
    localparam ZW = 58;            // m
    localparam LW = 32;            // l of one core
    localparam OW = 49;            // o lane of one core
    localparam LWA = 35;          // l and o lanes of the merged row
    localparam OWA = 52;
    localparam PW = 1 + ZW + LW + D * OW;
    localparam TW = (T > 1) ? $clog2(T) : 1;
    localparam CW = (C > 1) ? $clog2(C) : 1;
    localparam FQW = (FQ > 1) ? $clog2(FQ) : 1;
    localparam FPW = (FP > 1) ? $clog2(FP) : 1;
    localparam AW = 1 + CW + TW + FPW;
    localparam [TW-1:0]  T_LAST = 7'd127;
    localparam [CW-1:0]  C_LAST = 2'd3;
    localparam [XW-1:0]  X_LAST = 2'd3;
    localparam [FQW-1:0] FQ_LAST = 3'd7;
    localparam [FPW-1:0] FP_LAST = 5'd25;
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
    star_sram_32768x128 u_buf (
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
    star_sufa_exp2 #(.LUT({
        18'h10000, 18'h10164, 18'h102ca, 18'h10431, 18'h1059b, 18'h10707,
        18'h10874, 18'h109e4, 18'h10b56, 18'h10cc9, 18'h10e3f, 18'h10fb6,
        18'h11130, 18'h112ac, 18'h1142a, 18'h115aa, 18'h1172c, 18'h118b0,
        18'h11a36, 18'h11bbe, 18'h11d48, 18'h11ed5, 18'h12064, 18'h121f5,
        18'h12388, 18'h1251d, 18'h126b4, 18'h1284e, 18'h129ea, 18'h12b88,
        18'h12d28, 18'h12ecb, 18'h13070, 18'h13217, 18'h133c1, 18'h1356c,
        18'h1371a, 18'h138cb, 18'h13a7e, 18'h13c33, 18'h13dea, 18'h13fa4,
        18'h14161, 18'h1431f, 18'h144e1, 18'h146a4, 18'h1486a, 18'h14a33,
        18'h14bfe, 18'h14dcb, 18'h14f9b, 18'h1516e, 18'h15343, 18'h1551a,
        18'h156f4, 18'h158d1, 18'h15ab0, 18'h15c92, 18'h15e77, 18'h1605e,
        18'h16248, 18'h16434, 18'h16624, 18'h16815, 18'h16a0a, 18'h16c01,
        18'h16dfb, 18'h16ff8, 18'h171f7, 18'h173fa, 18'h175ff, 18'h17807,
        18'h17a11, 18'h17c1f, 18'h17e2f, 18'h18042, 18'h18259, 18'h18472,
        18'h1868e, 18'h188ac, 18'h18ace, 18'h18cf3, 18'h18f1b, 18'h19146,
        18'h19373, 18'h195a4, 18'h197d8, 18'h19a0f, 18'h19c49, 18'h19e86,
        18'h1a0c6, 18'h1a30a, 18'h1a550, 18'h1a79a, 18'h1a9e7, 18'h1ac37,
        18'h1ae8a, 18'h1b0e0, 18'h1b33a, 18'h1b597, 18'h1b7f7, 18'h1ba5b,
        18'h1bcc2, 18'h1bf2c, 18'h1c19a, 18'h1c40b, 18'h1c67f, 18'h1c8f7,
        18'h1cb72, 18'h1cdf1, 18'h1d073, 18'h1d2f8, 18'h1d582, 18'h1d80e,
        18'h1da9e, 18'h1dd32, 18'h1dfc9, 18'h1e264, 18'h1e503, 18'h1e7a5,
        18'h1ea4b, 18'h1ecf5, 18'h1efa2, 18'h1f253, 18'h1f507, 18'h1f7c0,
        18'h1fa7c, 18'h1fd3c, 18'h20000
    })) u_exp2 (.clk_i(clk_i), .u_i(u_q), .p_o(f));
    wire [15:0]      f_sel = cur_any ? f : 16'd0;
    wire [LW:0]      l_sc;
    star_sufa_scale #(.A_W(LW + 1)) u_scale_l (.a_i({1'b0, cur_l}), .f_i(f_sel), .y_o(l_sc));
    wire             unused_l_sc = l_sc[LW];
    wire             sc_add = (st_q == M_SCALE) && (sc_t_q == 3'd3);
    wire             sc_lastsrc = (sc_s_q == C_LAST);
    wire             o_fire = (st_q == M_OUT) && o_ready_i;
    wire [D*16-1:0]  q_div;
    assign o_valid_o = (st_q == M_OUT);
    assign o_row_o   = q_div;
    assign idle_o    = (st_q == M_WAIT) && !qf_busy_q && (qr_q == {TW{1'b0}}) && (qb_q == mb_q);
    wire [100:0] unused_cur_pad = cur[3327:3227];

    genvar gc;
    generate
        for (gc = 0; gc < C; gc = gc + 1) begin : g_src
            localparam [XW-1:0] SRC = gc;
            reg  [FPW-1:0] rf_q;
            reg  [TW-1:0]  rr_q;
            reg  [1:0]     bc_q;
            wire hit = m_fire && (m_src == SRC);
            always @(posedge clk_i) begin
                if (rst_i) begin
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
            star_sufa_scale #(.A_W(OW)) u_scale_o (.a_i(o_c), .f_i(f_sel), .y_o(o_sc));
            always @(posedge clk_i) begin
                if ((st_q == M_MAX)) o_q[gc*OWA +: OWA] <= {OWA{1'b0}};
                else if (sc_add) o_q[gc*OWA +: OWA] <= o_q[gc*OWA +: OWA]
                                                         + {{(OWA-OW){o_sc[OW-1]}}, o_sc};
            end
            star_sufa_div #(.N_W(OWA), .D_W(LWA)) u_div (
                .clk_i(clk_i), .start_i((st_q == M_DIV) && (dv_t_q == 5'd0)),
                .n_i(o_q[gc*OWA +: OWA]), .d_i(l_q), .q_o(q_div[gc*16 +: 16])
            );
        end
    endgenerate

    always @(posedge clk_i) begin
        if (rst_i) begin
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
            qf_row_q <= hq_row_i;
            qf_dst_q <= {XW{1'b0}};
            qf_f_q   <= {FQW{1'b0}};
        end else if (x_fire) begin
            qf_row_q <= {qf_row_q[127:0], qf_row_q[1023:128]};
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
        if (rv_q) pb_q[rs_q] <= {rdata, pb_q[rs_q][3327:128]};
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
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_hq_stall_q;  // hq: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_hq_stall_q <= 1'b0;
        else chk_hq_stall_q <= hq_valid_i && !hq_ready_o;
    end
    wire [1023:0] chk_hq_beat = {hq_row_i};
    reg  [1023:0] chk_hq_beat_q;
    always @(posedge clk_i) chk_hq_beat_q <= chk_hq_beat;
    reg chk_x_stall_q;  // x: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_x_stall_q <= 1'b0;
        else chk_x_stall_q <= x_valid_o && !x_ready_i;
    end
    wire [138:0] chk_x_beat = {x_flit_o};
    reg  [138:0] chk_x_beat_q;
    always @(posedge clk_i) chk_x_beat_q <= chk_x_beat;
    reg chk_m_stall_q;  // m: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_m_stall_q <= 1'b0;
        else chk_m_stall_q <= m_valid_i && !m_ready_o;
    end
    wire [138:0] chk_m_beat = {m_flit_i};
    reg  [138:0] chk_m_beat_q;
    always @(posedge clk_i) chk_m_beat_q <= chk_m_beat;
    reg chk_o_stall_q;  // o: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_o_stall_q <= 1'b0;
        else chk_o_stall_q <= o_valid_o && !o_ready_i;
    end
    wire [1023:0] chk_o_beat = {o_row_o};
    reg  [1023:0] chk_o_beat_q;
    always @(posedge clk_i) chk_o_beat_q <= chk_o_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_hq_stall_q && (!hq_valid_i || chk_hq_beat !== chk_hq_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: hq beat dropped or changed while stalled, t=%0t",
                         $time);
            if (hq_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: hq_valid_i unknown, t=%0t", $time);
            if (chk_x_stall_q && (!x_valid_o || chk_x_beat !== chk_x_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: x beat dropped or changed while stalled, t=%0t",
                         $time);
            if (x_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: x_valid_o unknown, t=%0t", $time);
            if (chk_m_stall_q && (!m_valid_i || chk_m_beat !== chk_m_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: m beat dropped or changed while stalled, t=%0t",
                         $time);
            if (m_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: m_valid_i unknown, t=%0t", $time);
            if (chk_o_stall_q && (!o_valid_o || chk_o_beat !== chk_o_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: o beat dropped or changed while stalled, t=%0t",
                         $time);
            if (o_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: o_valid_o unknown, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
