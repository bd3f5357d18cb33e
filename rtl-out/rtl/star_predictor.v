// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// DLZS predictor (spec §2): 128 x 32 shift-add array for K̂ = X·Wk (mode 0) and Â = Q·K̂ᵀ (mode 1).
// A job is len_i input beats, then 32 output beats (array column 0 first), 128 lanes of 16 bits
// each. mode_i, len_i and the shift of the job's phase are sampled with every input beat and must
// stay constant within a job; len_i >= 1.
module star_predictor (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire              mode_i,      // 0: K̂ = X·Wk (phase 1.1), 1: Â = Q·K̂ᵀ (phase 1.2)
    input  wire [12:0]        len_i,       // reduction length of a job: H (mode 0) or d (mode 1)
    input  wire [5:0]        sh_kp_i,     // SH_KP: K̂ = sat16(rshift_round(acc, SH_KP))
    input  wire [5:0]        sh_ap_i,     // SH_AP: Â = sat_B(rshift_round(acc, SH_AP))
    input  wire              in_valid_i,
    output wire              in_ready_o,
    input  wire [2047:0]   in_row_i,    // T lanes x 16: x (INT8 in [7:0]) or q (INT16)
    input  wire [511:0]   in_col_i,    // NC lanes x 16: Wk code {s,e[2:0]} in [3:0], or k̂ (INT16)
    output wire              out_valid_o,
    input  wire              out_ready_i,
    output wire [2047:0]   out_data_o,  // T lanes x 16: one array column, sign-extended
    output wire [4:0]        out_col_o,   // array column of this beat
    output wire              out_last_o,  // last column of the job
    output wire              out_mode_o,  // mode of the job being output (0: K̂, 1: Â)
    output wire              idle_o       // nothing accepted is still in flight
);
    // s1: the accepted beat, presented to the PEs. Its last beat may only enter the array when
    // the hold registers are free (the previous job fully drained).
    reg              s1_valid_q;
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_mode_q;
    reg [5:0]        s1_sh_q;
    reg [2047:0]   s1_row_q;
    reg [511:0]   s1_col_q;
    reg [12:0]        cnt_q;       // beats of the current job accepted so far
    reg              hold_full_q;
    reg              hold_mode_q;
    reg [5:0]        hold_sh_q;
    reg [4:0]        drain_q;     // column being output

    wire s1_fire    = s1_valid_q && !(s1_last_q && hold_full_q);
    assign in_ready_o = !s1_valid_q || s1_fire;
    wire in_fire    = in_valid_i && in_ready_o;
    wire in_first   = (cnt_q == 13'd0);
    wire in_last    = (cnt_q == len_i - 13'd1);
    wire load       = s1_fire && s1_last_q;
    wire out_fire   = hold_full_q && out_ready_i;
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
            s1_row_q   <= in_row_i;
            s1_col_q   <= in_col_i;
        end
        if (load) begin
            hold_mode_q <= s1_mode_q;
            hold_sh_q   <= s1_sh_q;
        end
    end

    assign out_valid_o = hold_full_q;
    assign out_col_o   = drain_q;
    assign out_last_o  = drain_last;
    assign out_mode_o  = hold_mode_q;
    assign idle_o      = !s1_valid_q && !hold_full_q && in_first;

    star_predictor_row u_row_0 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[0+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[0+:16])
    );
    star_predictor_row u_row_1 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[16+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[16+:16])
    );
    star_predictor_row u_row_2 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[32+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[32+:16])
    );
    star_predictor_row u_row_3 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[48+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[48+:16])
    );
    star_predictor_row u_row_4 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[64+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[64+:16])
    );
    star_predictor_row u_row_5 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[80+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[80+:16])
    );
    star_predictor_row u_row_6 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[96+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[96+:16])
    );
    star_predictor_row u_row_7 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[112+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[112+:16])
    );
    star_predictor_row u_row_8 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[128+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[128+:16])
    );
    star_predictor_row u_row_9 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[144+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[144+:16])
    );
    star_predictor_row u_row_10 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[160+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[160+:16])
    );
    star_predictor_row u_row_11 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[176+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[176+:16])
    );
    star_predictor_row u_row_12 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[192+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[192+:16])
    );
    star_predictor_row u_row_13 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[208+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[208+:16])
    );
    star_predictor_row u_row_14 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[224+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[224+:16])
    );
    star_predictor_row u_row_15 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[240+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[240+:16])
    );
    star_predictor_row u_row_16 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[256+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[256+:16])
    );
    star_predictor_row u_row_17 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[272+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[272+:16])
    );
    star_predictor_row u_row_18 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[288+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[288+:16])
    );
    star_predictor_row u_row_19 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[304+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[304+:16])
    );
    star_predictor_row u_row_20 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[320+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[320+:16])
    );
    star_predictor_row u_row_21 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[336+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[336+:16])
    );
    star_predictor_row u_row_22 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[352+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[352+:16])
    );
    star_predictor_row u_row_23 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[368+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[368+:16])
    );
    star_predictor_row u_row_24 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[384+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[384+:16])
    );
    star_predictor_row u_row_25 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[400+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[400+:16])
    );
    star_predictor_row u_row_26 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[416+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[416+:16])
    );
    star_predictor_row u_row_27 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[432+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[432+:16])
    );
    star_predictor_row u_row_28 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[448+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[448+:16])
    );
    star_predictor_row u_row_29 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[464+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[464+:16])
    );
    star_predictor_row u_row_30 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[480+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[480+:16])
    );
    star_predictor_row u_row_31 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[496+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[496+:16])
    );
    star_predictor_row u_row_32 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[512+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[512+:16])
    );
    star_predictor_row u_row_33 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[528+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[528+:16])
    );
    star_predictor_row u_row_34 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[544+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[544+:16])
    );
    star_predictor_row u_row_35 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[560+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[560+:16])
    );
    star_predictor_row u_row_36 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[576+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[576+:16])
    );
    star_predictor_row u_row_37 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[592+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[592+:16])
    );
    star_predictor_row u_row_38 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[608+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[608+:16])
    );
    star_predictor_row u_row_39 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[624+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[624+:16])
    );
    star_predictor_row u_row_40 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[640+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[640+:16])
    );
    star_predictor_row u_row_41 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[656+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[656+:16])
    );
    star_predictor_row u_row_42 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[672+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[672+:16])
    );
    star_predictor_row u_row_43 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[688+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[688+:16])
    );
    star_predictor_row u_row_44 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[704+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[704+:16])
    );
    star_predictor_row u_row_45 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[720+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[720+:16])
    );
    star_predictor_row u_row_46 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[736+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[736+:16])
    );
    star_predictor_row u_row_47 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[752+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[752+:16])
    );
    star_predictor_row u_row_48 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[768+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[768+:16])
    );
    star_predictor_row u_row_49 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[784+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[784+:16])
    );
    star_predictor_row u_row_50 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[800+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[800+:16])
    );
    star_predictor_row u_row_51 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[816+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[816+:16])
    );
    star_predictor_row u_row_52 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[832+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[832+:16])
    );
    star_predictor_row u_row_53 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[848+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[848+:16])
    );
    star_predictor_row u_row_54 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[864+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[864+:16])
    );
    star_predictor_row u_row_55 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[880+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[880+:16])
    );
    star_predictor_row u_row_56 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[896+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[896+:16])
    );
    star_predictor_row u_row_57 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[912+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[912+:16])
    );
    star_predictor_row u_row_58 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[928+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[928+:16])
    );
    star_predictor_row u_row_59 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[944+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[944+:16])
    );
    star_predictor_row u_row_60 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[960+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[960+:16])
    );
    star_predictor_row u_row_61 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[976+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[976+:16])
    );
    star_predictor_row u_row_62 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[992+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[992+:16])
    );
    star_predictor_row u_row_63 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1008+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1008+:16])
    );
    star_predictor_row u_row_64 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1024+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1024+:16])
    );
    star_predictor_row u_row_65 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1040+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1040+:16])
    );
    star_predictor_row u_row_66 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1056+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1056+:16])
    );
    star_predictor_row u_row_67 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1072+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1072+:16])
    );
    star_predictor_row u_row_68 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1088+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1088+:16])
    );
    star_predictor_row u_row_69 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1104+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1104+:16])
    );
    star_predictor_row u_row_70 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1120+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1120+:16])
    );
    star_predictor_row u_row_71 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1136+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1136+:16])
    );
    star_predictor_row u_row_72 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1152+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1152+:16])
    );
    star_predictor_row u_row_73 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1168+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1168+:16])
    );
    star_predictor_row u_row_74 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1184+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1184+:16])
    );
    star_predictor_row u_row_75 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1200+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1200+:16])
    );
    star_predictor_row u_row_76 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1216+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1216+:16])
    );
    star_predictor_row u_row_77 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1232+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1232+:16])
    );
    star_predictor_row u_row_78 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1248+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1248+:16])
    );
    star_predictor_row u_row_79 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1264+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1264+:16])
    );
    star_predictor_row u_row_80 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1280+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1280+:16])
    );
    star_predictor_row u_row_81 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1296+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1296+:16])
    );
    star_predictor_row u_row_82 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1312+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1312+:16])
    );
    star_predictor_row u_row_83 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1328+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1328+:16])
    );
    star_predictor_row u_row_84 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1344+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1344+:16])
    );
    star_predictor_row u_row_85 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1360+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1360+:16])
    );
    star_predictor_row u_row_86 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1376+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1376+:16])
    );
    star_predictor_row u_row_87 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1392+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1392+:16])
    );
    star_predictor_row u_row_88 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1408+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1408+:16])
    );
    star_predictor_row u_row_89 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1424+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1424+:16])
    );
    star_predictor_row u_row_90 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1440+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1440+:16])
    );
    star_predictor_row u_row_91 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1456+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1456+:16])
    );
    star_predictor_row u_row_92 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1472+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1472+:16])
    );
    star_predictor_row u_row_93 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1488+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1488+:16])
    );
    star_predictor_row u_row_94 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1504+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1504+:16])
    );
    star_predictor_row u_row_95 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1520+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1520+:16])
    );
    star_predictor_row u_row_96 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1536+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1536+:16])
    );
    star_predictor_row u_row_97 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1552+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1552+:16])
    );
    star_predictor_row u_row_98 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1568+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1568+:16])
    );
    star_predictor_row u_row_99 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1584+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1584+:16])
    );
    star_predictor_row u_row_100 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1600+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1600+:16])
    );
    star_predictor_row u_row_101 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1616+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1616+:16])
    );
    star_predictor_row u_row_102 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1632+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1632+:16])
    );
    star_predictor_row u_row_103 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1648+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1648+:16])
    );
    star_predictor_row u_row_104 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1664+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1664+:16])
    );
    star_predictor_row u_row_105 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1680+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1680+:16])
    );
    star_predictor_row u_row_106 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1696+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1696+:16])
    );
    star_predictor_row u_row_107 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1712+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1712+:16])
    );
    star_predictor_row u_row_108 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1728+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1728+:16])
    );
    star_predictor_row u_row_109 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1744+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1744+:16])
    );
    star_predictor_row u_row_110 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1760+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1760+:16])
    );
    star_predictor_row u_row_111 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1776+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1776+:16])
    );
    star_predictor_row u_row_112 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1792+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1792+:16])
    );
    star_predictor_row u_row_113 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1808+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1808+:16])
    );
    star_predictor_row u_row_114 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1824+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1824+:16])
    );
    star_predictor_row u_row_115 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1840+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1840+:16])
    );
    star_predictor_row u_row_116 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1856+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1856+:16])
    );
    star_predictor_row u_row_117 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1872+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1872+:16])
    );
    star_predictor_row u_row_118 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1888+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1888+:16])
    );
    star_predictor_row u_row_119 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1904+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1904+:16])
    );
    star_predictor_row u_row_120 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1920+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1920+:16])
    );
    star_predictor_row u_row_121 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1936+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1936+:16])
    );
    star_predictor_row u_row_122 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1952+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1952+:16])
    );
    star_predictor_row u_row_123 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1968+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1968+:16])
    );
    star_predictor_row u_row_124 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[1984+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[1984+:16])
    );
    star_predictor_row u_row_125 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[2000+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[2000+:16])
    );
    star_predictor_row u_row_126 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[2016+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[2016+:16])
    );
    star_predictor_row u_row_127 (
        .clk_i(clk_i), .en_i(s1_fire), .first_i(s1_first_q), .last_i(s1_last_q),
        .mode_i(s1_mode_q), .row_i(s1_row_q[2032+:16]), .col_i(s1_col_q), .shift_i(out_fire),
        .out_mode_i(hold_mode_q), .out_sh_i(hold_sh_q), .out_o(out_data_o[2032+:16])
    );
endmodule
`default_nettype wire
