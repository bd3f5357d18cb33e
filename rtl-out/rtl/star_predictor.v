// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// DLZS predictor (spec section 2): 128 x 32 shift-add array, K-hat = X.Wk and A-hat = Q.K-hat^T.
// A job is len_i input beats, then 32 output beats (array column 0 first), 128 lanes of 16 bits
// each. mode_i, len_i and the shift of the job's phase are sampled with every input beat and
// must stay constant within a job; len_i >= 1.
module star_predictor (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire          mode_i,       // 0: K-hat = X.Wk, 1: A-hat = Q.K-hat^T
    input  wire [12:0]   len_i,        // reduction length of a job: H (mode 0) or d (mode 1)
    input  wire [5:0]    sh_kp_i,      // SH_KP: K-hat = sat16(rshift_round(acc, SH_KP))
    input  wire [5:0]    sh_ap_i,      // SH_AP: A-hat = sat_B(rshift_round(acc, SH_AP))
    input  wire          in_valid_i,   // one beat of a job
    output wire          in_ready_o,
    input  wire [2047:0] in_row_i,     // T lanes x 16: x (INT8 in [7:0]) or q (INT16)
    input  wire [511:0]  in_col_i,     // NC lanes x 16: Wk code {s,e[2:0]} or k-hat (INT16)
    output wire          out_valid_o,  // one array column of a finished job
    input  wire          out_ready_i,
    output wire [2047:0] out_data_o,   // T lanes, sign-extended K-hat or A-hat
    output wire [4:0]    out_col_o,    // array column of this beat
    output wire          out_last_o,   // last column of the job
    output wire          out_mode_o,   // mode of the job being output (0: K-hat, 1: A-hat)
    output wire          idle_o        // nothing accepted is still in flight
);
    localparam T     = 128;  // query rows (tokens in phase 1.1)
    localparam NC    = 32;  // array columns (keys or output dims)
    localparam ACC_W = 40;  // exact accumulator bits
    localparam B     = 16;  // A-hat score bits

    // s1: the accepted beat, presented to the PEs. Its last beat may only enter the array when
    // the hold registers are free (the previous job fully drained).
    reg              s1_valid_q;
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_mode_q;
    reg [5:0]        s1_sh_q;
    reg [511:0] s1_col_q;
    reg [12:0]        cnt_q;       // beats of the current job accepted so far
    reg              hold_full_q;
    reg              hold_mode_q;
    reg [5:0]        hold_sh_q;
    reg [4:0]        drain_q;     // column being output
    wire [2047:0]  beat_data;   // the column at the head of the hold chain, T lanes
    wire             beat_ready;  // the output register takes it

    wire s1_fire    = s1_valid_q && !(s1_last_q && hold_full_q);
    assign in_ready_o = !s1_valid_q || s1_fire;
    wire in_fire    = in_valid_i && in_ready_o;
    wire in_first   = (cnt_q == 13'd0);
    wire in_last    = (cnt_q == len_i - 13'd1);
    wire load       = s1_fire && s1_last_q;
    wire out_fire   = hold_full_q && beat_ready;
    wire drain_last = (drain_q == 5'd31);

    always @(posedge clk_i) begin
        if (rst_i) begin
            s1_valid_q  <= 1'b0;
            cnt_q       <= 13'd0;
            hold_full_q <= 1'b0;
            drain_q     <= 5'd0;
        end else begin
            if (in_fire) begin
                s1_valid_q <= 1'b1;
                cnt_q      <= in_last ? 13'd0 : cnt_q + 13'd1;
            end else if (s1_fire) begin
                s1_valid_q <= 1'b0;
            end
            if (load) hold_full_q <= 1'b1;
            else if (out_fire && drain_last) hold_full_q <= 1'b0;
            if (out_fire) drain_q <= drain_last ? 5'd0 : drain_q + 5'd1;
        end
    end

    always @(posedge clk_i) begin
        if (in_fire) begin
            s1_first_q <= in_first;
            s1_last_q  <= in_last;
            s1_mode_q  <= mode_i;
            s1_sh_q    <= mode_i ? sh_ap_i : sh_kp_i;
            s1_col_q   <= in_col_i;
        end
        if (load) begin
            hold_mode_q <= s1_mode_q;
            hold_sh_q   <= s1_sh_q;
        end
    end

    star_skid #(.W(2055)) u_out (
        .clk_i(clk_i), .rst_i(rst_i), .in_valid_i(hold_full_q), .in_ready_o(beat_ready),
        .in_data_i({hold_mode_q, drain_last, drain_q, beat_data}), .out_valid_o(out_valid_o),
        .out_ready_i(out_ready_i), .out_data_o({out_mode_o, out_last_o, out_col_o, out_data_o})
    );
    assign idle_o = !s1_valid_q && !hold_full_q && in_first && !out_valid_o;

    // Row i: the LZE encodes q in the input stage; x and the code are registered with the
    // beat, so the PEs see a registered code (LZE -> shift -> accumulate is two cycles).
    genvar i;
    generate
        for (i = 0; i < T; i = i + 1) begin : g_row
            wire [4:0] qcode;
            wire [3:0] unused_code8_hi;
            wire [3:0] unused_code8_lo;
            star_lze u_lze (
                .v_i(in_row_i[16*i +: 16]), .mode8_i(1'b0), .code16_o(qcode),
                .code8_hi_o(unused_code8_hi), .code8_lo_o(unused_code8_lo)
            );
            reg  [7:0] x_q;
            reg  [4:0] qcode_q;
            always @(posedge clk_i) begin
                if (in_fire) begin
                    x_q     <= in_row_i[16*i +: 8];
                    qcode_q <= qcode;
                end
            end
            star_predictor_row #(.NC(NC), .ACC_W(ACC_W), .B(B)) u_row (
                .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
                .mode_i(s1_mode_q), .x_i(x_q), .qcode_i(qcode_q), .col_i(s1_col_q),
                .shift_i(out_fire), .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q),
                .out_o(beat_data[16*i +: 16])
            );
        end
    endgenerate
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_in_stall_q;  // in: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_in_stall_q <= 1'b0;
        else chk_in_stall_q <= in_valid_i && !in_ready_o;
    end
    wire [2559:0] chk_in_beat = {in_row_i, in_col_i};
    reg  [2559:0] chk_in_beat_q;
    always @(posedge clk_i) chk_in_beat_q <= chk_in_beat;
    reg chk_out_stall_q;  // out: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_out_stall_q <= 1'b0;
        else chk_out_stall_q <= out_valid_o && !out_ready_i;
    end
    wire [2054:0] chk_out_beat = {out_data_o, out_col_o, out_last_o, out_mode_o};
    reg  [2054:0] chk_out_beat_q;
    always @(posedge clk_i) chk_out_beat_q <= chk_out_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_in_stall_q && (!in_valid_i || chk_in_beat !== chk_in_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: in beat dropped or changed while stalled, t=%0t",
                         $time);
            if (in_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: in_valid_i unknown, t=%0t", $time);
            if (chk_out_stall_q && (!out_valid_o || chk_out_beat !== chk_out_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: out beat dropped or changed while stalled, t=%0t",
                         $time);
            if (out_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: out_valid_o unknown, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
