// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One SADS sort core (one row): streaming bitonic 16->4 network with 4 kept keys, the
// clipping unit (admits only eligible keys below the previous pass's threshold), the threshold
// and tile-maximum registers, and the mask bit of the emit scan. Keys are compared as
// {valid, score with flipped sign, ~local index}: one unsigned compare gives score descending,
// ties to the lower index, invalid last.
module star_sorter_core (
    input  wire              clk_i,
    input  wire              tile_init_i,  // tile_start_i / tile_len_i / pos_i valid: latch elen
    input  wire [12:0]        tile_start_i,
    input  wire [12:0]        tile_len_i,
    input  wire              causal_i,
    input  wire [13:0]        pos1_i,       // this row's query position + 1
    input  wire              clear_i,      // empty the kept keys (a pass starts)
    input  wire              step_i,       // a network step on new_i
    input  wire              first_pass_i,
    input  wire              end_pass_i,   // kept keys are final: update the threshold
    input  wire              last_pass_i,
    input  wire [1:0]        rank_i,       // (kq-1) mod 4: rank taken in the last pass
    input  wire [12:0]        base_l_i,     // local index of new lane 0
    input  wire [191:0]   new_i,        // 12 scores
    input  wire [15:0]        radius_i,
    input  wire [15:0]        em_score_i,   // emit scan: score of local key em_l_i
    input  wire [11:0]        em_l_i,
    output wire              em_mask_o
);
    // Keys of the tile this row may see: causal rows see keys <= position, i.e. local < elen.
    reg  [12:0] elen_q;
    wire [13:0] start_x = {{1{1'b0}}, tile_start_i};
    wire [13:0] len_x   = {{1{1'b0}}, tile_len_i};
    wire [13:0] ahead   = pos1_i - start_x;
    wire [12:0] elen_c  = !causal_i ? tile_len_i
                          : (pos1_i <= start_x) ? 13'd0
                          : (ahead >= len_x) ? tile_len_i : ahead[12:0];

    reg  [28:0] kept0_q;
    reg  [28:0] kept1_q;
    reg  [28:0] kept2_q;
    reg  [28:0] kept3_q;
    reg  [28:0] theta_q;     // 0 = no key passes below it (fewer eligible keys than kq)
    reg  [15:0] m_q;         // tile maximum over eligible keys
    wire [463:0] net_in;
    wire [115:0] net_out;
    assign net_in[0*29 +: 29] = kept0_q;
    assign net_in[1*29 +: 29] = kept1_q;
    assign net_in[2*29 +: 29] = kept2_q;
    assign net_in[3*29 +: 29] = kept3_q;
    wire [12:0] l0 = base_l_i + 13'd0;
    wire [28:0] key0 = {1'b1, ~new_i[15], new_i[0+:15], ~l0[11:0]};
    wire admit0 = (l0 < elen_q) && (first_pass_i || key0 < theta_q);
    assign net_in[4*29 +: 29] = admit0 ? key0 : 29'd0;
    wire [12:0] l1 = base_l_i + 13'd1;
    wire [28:0] key1 = {1'b1, ~new_i[31], new_i[16+:15], ~l1[11:0]};
    wire admit1 = (l1 < elen_q) && (first_pass_i || key1 < theta_q);
    assign net_in[5*29 +: 29] = admit1 ? key1 : 29'd0;
    wire [12:0] l2 = base_l_i + 13'd2;
    wire [28:0] key2 = {1'b1, ~new_i[47], new_i[32+:15], ~l2[11:0]};
    wire admit2 = (l2 < elen_q) && (first_pass_i || key2 < theta_q);
    assign net_in[6*29 +: 29] = admit2 ? key2 : 29'd0;
    wire [12:0] l3 = base_l_i + 13'd3;
    wire [28:0] key3 = {1'b1, ~new_i[63], new_i[48+:15], ~l3[11:0]};
    wire admit3 = (l3 < elen_q) && (first_pass_i || key3 < theta_q);
    assign net_in[7*29 +: 29] = admit3 ? key3 : 29'd0;
    wire [12:0] l4 = base_l_i + 13'd4;
    wire [28:0] key4 = {1'b1, ~new_i[79], new_i[64+:15], ~l4[11:0]};
    wire admit4 = (l4 < elen_q) && (first_pass_i || key4 < theta_q);
    assign net_in[8*29 +: 29] = admit4 ? key4 : 29'd0;
    wire [12:0] l5 = base_l_i + 13'd5;
    wire [28:0] key5 = {1'b1, ~new_i[95], new_i[80+:15], ~l5[11:0]};
    wire admit5 = (l5 < elen_q) && (first_pass_i || key5 < theta_q);
    assign net_in[9*29 +: 29] = admit5 ? key5 : 29'd0;
    wire [12:0] l6 = base_l_i + 13'd6;
    wire [28:0] key6 = {1'b1, ~new_i[111], new_i[96+:15], ~l6[11:0]};
    wire admit6 = (l6 < elen_q) && (first_pass_i || key6 < theta_q);
    assign net_in[10*29 +: 29] = admit6 ? key6 : 29'd0;
    wire [12:0] l7 = base_l_i + 13'd7;
    wire [28:0] key7 = {1'b1, ~new_i[127], new_i[112+:15], ~l7[11:0]};
    wire admit7 = (l7 < elen_q) && (first_pass_i || key7 < theta_q);
    assign net_in[11*29 +: 29] = admit7 ? key7 : 29'd0;
    wire [12:0] l8 = base_l_i + 13'd8;
    wire [28:0] key8 = {1'b1, ~new_i[143], new_i[128+:15], ~l8[11:0]};
    wire admit8 = (l8 < elen_q) && (first_pass_i || key8 < theta_q);
    assign net_in[12*29 +: 29] = admit8 ? key8 : 29'd0;
    wire [12:0] l9 = base_l_i + 13'd9;
    wire [28:0] key9 = {1'b1, ~new_i[159], new_i[144+:15], ~l9[11:0]};
    wire admit9 = (l9 < elen_q) && (first_pass_i || key9 < theta_q);
    assign net_in[13*29 +: 29] = admit9 ? key9 : 29'd0;
    wire [12:0] l10 = base_l_i + 13'd10;
    wire [28:0] key10 = {1'b1, ~new_i[175], new_i[160+:15], ~l10[11:0]};
    wire admit10 = (l10 < elen_q) && (first_pass_i || key10 < theta_q);
    assign net_in[14*29 +: 29] = admit10 ? key10 : 29'd0;
    wire [12:0] l11 = base_l_i + 13'd11;
    wire [28:0] key11 = {1'b1, ~new_i[191], new_i[176+:15], ~l11[11:0]};
    wire admit11 = (l11 < elen_q) && (first_pass_i || key11 < theta_q);
    assign net_in[15*29 +: 29] = admit11 ? key11 : 29'd0;
    star_sorter_net16 #(.W(29)) u_net (.in_i(net_in), .out_o(net_out));

    wire [28:0] sel = !last_pass_i ? kept3_q
                      : (rank_i == 2'd0) ? kept0_q
                      : (rank_i == 2'd1) ? kept1_q
                      : (rank_i == 2'd2) ? kept2_q
                      : kept3_q;
    always @(posedge clk_i) begin
        if (tile_init_i) elen_q <= elen_c;
        if (end_pass_i) begin
            theta_q <= sel[28] ? sel : 29'd0;
            if (first_pass_i) m_q <= {~kept0_q[27], kept0_q[26:12]};
        end
        if (clear_i) kept0_q <= 29'd0;
        else if (step_i) kept0_q <= net_out[0*29 +: 29];
        if (clear_i) kept1_q <= 29'd0;
        else if (step_i) kept1_q <= net_out[1*29 +: 29];
        if (clear_i) kept2_q <= 29'd0;
        else if (step_i) kept2_q <= net_out[2*29 +: 29];
        if (clear_i) kept3_q <= 29'd0;
        else if (step_i) kept3_q <= net_out[3*29 +: 29];
    end

    // Emit scan: eligible, at or above the threshold, within the radius (B+2-bit signed compare).
    wire [28:0] em_key = {1'b1, ~em_score_i[15], em_score_i[14:0], ~em_l_i};
    wire signed [17:0] s_x     = {{2{em_score_i[15]}}, em_score_i};
    wire signed [17:0] floor_x = {{2{m_q[15]}}, m_q} - {2'b00, radius_i};
    assign em_mask_o = ({1'b0, em_l_i} < elen_q) && (em_key >= theta_q) && (s_x >= floor_x);
endmodule
`default_nettype wire
