// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Network interface of one core (spec sec. 6): Q packets ejected here become the core's Q rows;
// the core's partial rows (m, l, o) leave as partial packets to the row's merging core (x = 0);
// packets of the row's merge unit (the Q fan-out, column 0 only) share the inject port, one
// whole packet at a time. Flit, MSB first: type[2], dst_y, dst_x, src_y, src_x, last,
// payload[DW]. Partial flits ejected here go to the merge unit (m_*).
module star_ni #(
    parameter X = 0,  // this node's column
    parameter Y = 0   // this node's row
) (
    input  wire          clk_i,
    input  wire          rst_i,
    output wire          q_valid_o,    // Q row to the core's SU-FA
    input  wire          q_ready_i,
    output wire [1023:0] q_row_o,      // d lanes x 16 (INT16)
    input  wire          p_valid_i,    // the core's partial row {any, m, l, o}
    output wire          p_ready_o,
    input  wire [3226:0] p_row_i,      // {any, m, l, o[d]}
    input  wire          x_valid_i,    // packets of the merge unit, to inject
    output wire          x_ready_o,
    input  wire [138:0]  x_flit_i,     // one flit
    output wire          m_valid_o,    // partial flits ejected here, to the merge unit
    input  wire          m_ready_i,
    output wire [138:0]  m_flit_o,     // one flit
    output wire          inj_valid_o,  // router local port
    input  wire          inj_ready_i,
    output wire [138:0]  inj_flit_o,   // one flit
    input  wire          ej_valid_i,   // router local port: flits ejected here
    output wire          ej_ready_o,
    input  wire [138:0]  ej_flit_i,    // one flit
    output wire          idle_o        // nothing accepted is still in flight
);
    localparam DW = 128;
    localparam FW = 139;
    localparam XW = 2;
    localparam YW = 2;
    localparam FQ = 8;              // flits of a Q row
    localparam FP = 26;              // flits of a partial
    localparam FPW = (FP > 1) ? $clog2(FP) : 1;
    localparam [FPW-1:0] FP_LAST = 5'd25;
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
    assign q_row_o    = q_buf_q[1023:0];
    wire [FW-DW-4:0] unused_ej_hdr = ej_flit_i[FW-3:DW+1];  // route fields: not needed here

    always @(posedge clk_i) begin
        if (rst_i) begin
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
            p_buf_q <= {101'd0, p_row_i};
            p_cnt_q <= {FPW{1'b0}};
        end else if (p_send) begin
            p_buf_q <= {128'd0, p_buf_q[3327:128]};
            p_cnt_q <= p_cnt_q + {{(FPW-1){1'b0}}, 1'b1};
        end
        if (q_in) q_buf_q <= {ej_flit_i[127:0], q_buf_q[1023:128]};
    end
    assign idle_o = !p_busy_q && !q_full_q && !lock_q;
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_q_stall_q;  // q: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_q_stall_q <= 1'b0;
        else chk_q_stall_q <= q_valid_o && !q_ready_i;
    end
    wire [1023:0] chk_q_beat = {q_row_o};
    reg  [1023:0] chk_q_beat_q;
    always @(posedge clk_i) chk_q_beat_q <= chk_q_beat;
    reg chk_p_stall_q;  // p: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_p_stall_q <= 1'b0;
        else chk_p_stall_q <= p_valid_i && !p_ready_o;
    end
    wire [3226:0] chk_p_beat = {p_row_i};
    reg  [3226:0] chk_p_beat_q;
    always @(posedge clk_i) chk_p_beat_q <= chk_p_beat;
    reg chk_x_stall_q;  // x: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_x_stall_q <= 1'b0;
        else chk_x_stall_q <= x_valid_i && !x_ready_o;
    end
    wire [138:0] chk_x_beat = {x_flit_i};
    reg  [138:0] chk_x_beat_q;
    always @(posedge clk_i) chk_x_beat_q <= chk_x_beat;
    reg chk_m_stall_q;  // m: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_m_stall_q <= 1'b0;
        else chk_m_stall_q <= m_valid_o && !m_ready_i;
    end
    wire [138:0] chk_m_beat = {m_flit_o};
    reg  [138:0] chk_m_beat_q;
    always @(posedge clk_i) chk_m_beat_q <= chk_m_beat;
    reg chk_inj_stall_q;  // inj: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_inj_stall_q <= 1'b0;
        else chk_inj_stall_q <= inj_valid_o && !inj_ready_i;
    end
    wire [138:0] chk_inj_beat = {inj_flit_o};
    reg  [138:0] chk_inj_beat_q;
    always @(posedge clk_i) chk_inj_beat_q <= chk_inj_beat;
    reg chk_ej_stall_q;  // ej: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_ej_stall_q <= 1'b0;
        else chk_ej_stall_q <= ej_valid_i && !ej_ready_o;
    end
    wire [138:0] chk_ej_beat = {ej_flit_i};
    reg  [138:0] chk_ej_beat_q;
    always @(posedge clk_i) chk_ej_beat_q <= chk_ej_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_q_stall_q && (!q_valid_o || chk_q_beat !== chk_q_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: q beat dropped or changed while stalled, t=%0t",
                         $time);
            if (q_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: q_valid_o unknown, t=%0t", $time);
            if (chk_p_stall_q && (!p_valid_i || chk_p_beat !== chk_p_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: p beat dropped or changed while stalled, t=%0t",
                         $time);
            if (p_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: p_valid_i unknown, t=%0t", $time);
            if (chk_x_stall_q && (!x_valid_i || chk_x_beat !== chk_x_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: x beat dropped or changed while stalled, t=%0t",
                         $time);
            if (x_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: x_valid_i unknown, t=%0t", $time);
            if (chk_m_stall_q && (!m_valid_o || chk_m_beat !== chk_m_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: m beat dropped or changed while stalled, t=%0t",
                         $time);
            if (m_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: m_valid_o unknown, t=%0t", $time);
            if (chk_inj_stall_q && (!inj_valid_o || chk_inj_beat !== chk_inj_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: inj beat dropped or changed while stalled, t=%0t",
                         $time);
            if (inj_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: inj_valid_o unknown, t=%0t", $time);
            if (chk_ej_stall_q && (!ej_valid_i || chk_ej_beat !== chk_ej_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: ej beat dropped or changed while stalled, t=%0t",
                         $time);
            if (ej_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: ej_valid_i unknown, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
