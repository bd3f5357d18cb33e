// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Bitonic 16->4 network: the 4 largest of 16 unsigned W-bit keys, sorted (out lane 0 the
// largest). 64 compare-exchanges: the full 16-input bitonic sorter minus those that only order
// ranks below 4.
module star_sorter_net16 #(
    parameter W = 8
) (
    input  wire [16*W-1:0] in_i,
    output wire [4*W-1:0] out_o
);
    wire [W-1:0] c0_hi, c0_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c0 (.a_i(in_i[0*W +: W]), .b_i(in_i[1*W +: W]), .hi_o(c0_hi), .lo_o(c0_lo));
    wire [W-1:0] c1_hi, c1_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c1 (.a_i(in_i[3*W +: W]), .b_i(in_i[2*W +: W]), .hi_o(c1_hi), .lo_o(c1_lo));
    wire [W-1:0] c2_hi, c2_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c2 (.a_i(in_i[4*W +: W]), .b_i(in_i[5*W +: W]), .hi_o(c2_hi), .lo_o(c2_lo));
    wire [W-1:0] c3_hi, c3_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c3 (.a_i(in_i[7*W +: W]), .b_i(in_i[6*W +: W]), .hi_o(c3_hi), .lo_o(c3_lo));
    wire [W-1:0] c4_hi, c4_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c4 (.a_i(in_i[8*W +: W]), .b_i(in_i[9*W +: W]), .hi_o(c4_hi), .lo_o(c4_lo));
    wire [W-1:0] c5_hi, c5_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c5 (.a_i(in_i[11*W +: W]), .b_i(in_i[10*W +: W]), .hi_o(c5_hi), .lo_o(c5_lo));
    wire [W-1:0] c6_hi, c6_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c6 (.a_i(in_i[12*W +: W]), .b_i(in_i[13*W +: W]), .hi_o(c6_hi), .lo_o(c6_lo));
    wire [W-1:0] c7_hi, c7_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c7 (.a_i(in_i[15*W +: W]), .b_i(in_i[14*W +: W]), .hi_o(c7_hi), .lo_o(c7_lo));
    wire [W-1:0] c8_hi, c8_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c8 (.a_i(c0_hi), .b_i(c1_lo), .hi_o(c8_hi), .lo_o(c8_lo));
    wire [W-1:0] c9_hi, c9_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c9 (.a_i(c0_lo), .b_i(c1_hi), .hi_o(c9_hi), .lo_o(c9_lo));
    wire [W-1:0] c10_hi, c10_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c10 (.a_i(c3_lo), .b_i(c2_hi), .hi_o(c10_hi), .lo_o(c10_lo));
    wire [W-1:0] c11_hi, c11_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c11 (.a_i(c3_hi), .b_i(c2_lo), .hi_o(c11_hi), .lo_o(c11_lo));
    wire [W-1:0] c12_hi, c12_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c12 (.a_i(c4_hi), .b_i(c5_lo), .hi_o(c12_hi), .lo_o(c12_lo));
    wire [W-1:0] c13_hi, c13_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c13 (.a_i(c4_lo), .b_i(c5_hi), .hi_o(c13_hi), .lo_o(c13_lo));
    wire [W-1:0] c14_hi, c14_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c14 (.a_i(c7_lo), .b_i(c6_hi), .hi_o(c14_hi), .lo_o(c14_lo));
    wire [W-1:0] c15_hi, c15_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c15 (.a_i(c7_hi), .b_i(c6_lo), .hi_o(c15_hi), .lo_o(c15_lo));
    wire [W-1:0] c16_hi, c16_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c16 (.a_i(c8_hi), .b_i(c9_hi), .hi_o(c16_hi), .lo_o(c16_lo));
    wire [W-1:0] c17_hi, c17_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c17 (.a_i(c8_lo), .b_i(c9_lo), .hi_o(c17_hi), .lo_o(c17_lo));
    wire [W-1:0] c18_hi, c18_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c18 (.a_i(c11_lo), .b_i(c10_lo), .hi_o(c18_hi), .lo_o(c18_lo));
    wire [W-1:0] c19_hi, c19_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c19 (.a_i(c11_hi), .b_i(c10_hi), .hi_o(c19_hi), .lo_o(c19_lo));
    wire [W-1:0] c20_hi, c20_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c20 (.a_i(c12_hi), .b_i(c13_hi), .hi_o(c20_hi), .lo_o(c20_lo));
    wire [W-1:0] c21_hi, c21_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c21 (.a_i(c12_lo), .b_i(c13_lo), .hi_o(c21_hi), .lo_o(c21_lo));
    wire [W-1:0] c22_hi, c22_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c22 (.a_i(c15_lo), .b_i(c14_lo), .hi_o(c22_hi), .lo_o(c22_lo));
    wire [W-1:0] c23_hi, c23_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c23 (.a_i(c15_hi), .b_i(c14_hi), .hi_o(c23_hi), .lo_o(c23_lo));
    wire [W-1:0] c24_hi, c24_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c24 (.a_i(c16_hi), .b_i(c18_lo), .hi_o(c24_hi), .lo_o(c24_lo));
    wire [W-1:0] c25_hi, c25_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c25 (.a_i(c16_lo), .b_i(c18_hi), .hi_o(c25_hi), .lo_o(c25_lo));
    wire [W-1:0] c26_hi, c26_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c26 (.a_i(c17_hi), .b_i(c19_lo), .hi_o(c26_hi), .lo_o(c26_lo));
    wire [W-1:0] c27_hi, c27_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c27 (.a_i(c17_lo), .b_i(c19_hi), .hi_o(c27_hi), .lo_o(c27_lo));
    wire [W-1:0] c28_hi, c28_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c28 (.a_i(c22_lo), .b_i(c20_hi), .hi_o(c28_hi), .lo_o(c28_lo));
    wire [W-1:0] c29_hi, c29_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c29 (.a_i(c22_hi), .b_i(c20_lo), .hi_o(c29_hi), .lo_o(c29_lo));
    wire [W-1:0] c30_hi, c30_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c30 (.a_i(c23_lo), .b_i(c21_hi), .hi_o(c30_hi), .lo_o(c30_lo));
    wire [W-1:0] c31_hi, c31_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c31 (.a_i(c23_hi), .b_i(c21_lo), .hi_o(c31_hi), .lo_o(c31_lo));
    wire [W-1:0] c32_hi, c32_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c32 (.a_i(c24_hi), .b_i(c26_hi), .hi_o(c32_hi), .lo_o(c32_lo));
    wire [W-1:0] c33_hi, c33_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c33 (.a_i(c25_hi), .b_i(c27_hi), .hi_o(c33_hi), .lo_o(c33_lo));
    wire [W-1:0] c34_hi, c34_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c34 (.a_i(c24_lo), .b_i(c26_lo), .hi_o(c34_hi), .lo_o(c34_lo));
    wire [W-1:0] c35_hi, c35_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c35 (.a_i(c25_lo), .b_i(c27_lo), .hi_o(c35_hi), .lo_o(c35_lo));
    wire [W-1:0] c36_hi, c36_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c36 (.a_i(c30_lo), .b_i(c28_lo), .hi_o(c36_hi), .lo_o(c36_lo));
    wire [W-1:0] c37_hi, c37_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c37 (.a_i(c31_lo), .b_i(c29_lo), .hi_o(c37_hi), .lo_o(c37_lo));
    wire [W-1:0] c38_hi, c38_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c38 (.a_i(c30_hi), .b_i(c28_hi), .hi_o(c38_hi), .lo_o(c38_lo));
    wire [W-1:0] c39_hi, c39_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c39 (.a_i(c31_hi), .b_i(c29_hi), .hi_o(c39_hi), .lo_o(c39_lo));
    wire [W-1:0] c40_hi, c40_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c40 (.a_i(c32_hi), .b_i(c33_hi), .hi_o(c40_hi), .lo_o(c40_lo));
    wire [W-1:0] c41_hi, c41_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c41 (.a_i(c32_lo), .b_i(c33_lo), .hi_o(c41_hi), .lo_o(c41_lo));
    wire [W-1:0] c42_hi, c42_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c42 (.a_i(c34_hi), .b_i(c35_hi), .hi_o(c42_hi), .lo_o(c42_lo));
    wire [W-1:0] c43_hi, c43_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c43 (.a_i(c34_lo), .b_i(c35_lo), .hi_o(c43_hi), .lo_o(c43_lo));
    wire [W-1:0] c44_hi, c44_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c44 (.a_i(c37_lo), .b_i(c36_lo), .hi_o(c44_hi), .lo_o(c44_lo));
    wire [W-1:0] c45_hi, c45_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c45 (.a_i(c37_hi), .b_i(c36_hi), .hi_o(c45_hi), .lo_o(c45_lo));
    wire [W-1:0] c46_hi, c46_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c46 (.a_i(c39_lo), .b_i(c38_lo), .hi_o(c46_hi), .lo_o(c46_lo));
    wire [W-1:0] c47_hi, c47_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c47 (.a_i(c39_hi), .b_i(c38_hi), .hi_o(c47_hi), .lo_o(c47_lo));
    wire [W-1:0] c48_hi, unused_c48_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c48 (.a_i(c40_hi), .b_i(c44_lo), .hi_o(c48_hi), .lo_o(unused_c48_lo));
    wire [W-1:0] c49_hi, unused_c49_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c49 (.a_i(c40_lo), .b_i(c44_hi), .hi_o(c49_hi), .lo_o(unused_c49_lo));
    wire [W-1:0] c50_hi, unused_c50_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c50 (.a_i(c41_hi), .b_i(c45_lo), .hi_o(c50_hi), .lo_o(unused_c50_lo));
    wire [W-1:0] c51_hi, unused_c51_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c51 (.a_i(c41_lo), .b_i(c45_hi), .hi_o(c51_hi), .lo_o(unused_c51_lo));
    wire [W-1:0] c52_hi, unused_c52_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c52 (.a_i(c42_hi), .b_i(c46_lo), .hi_o(c52_hi), .lo_o(unused_c52_lo));
    wire [W-1:0] c53_hi, unused_c53_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c53 (.a_i(c42_lo), .b_i(c46_hi), .hi_o(c53_hi), .lo_o(unused_c53_lo));
    wire [W-1:0] c54_hi, unused_c54_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c54 (.a_i(c43_hi), .b_i(c47_lo), .hi_o(c54_hi), .lo_o(unused_c54_lo));
    wire [W-1:0] c55_hi, unused_c55_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c55 (.a_i(c43_lo), .b_i(c47_hi), .hi_o(c55_hi), .lo_o(unused_c55_lo));
    wire [W-1:0] c56_hi, unused_c56_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c56 (.a_i(c48_hi), .b_i(c52_hi), .hi_o(c56_hi), .lo_o(unused_c56_lo));
    wire [W-1:0] c57_hi, unused_c57_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c57 (.a_i(c49_hi), .b_i(c53_hi), .hi_o(c57_hi), .lo_o(unused_c57_lo));
    wire [W-1:0] c58_hi, unused_c58_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c58 (.a_i(c50_hi), .b_i(c54_hi), .hi_o(c58_hi), .lo_o(unused_c58_lo));
    wire [W-1:0] c59_hi, unused_c59_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c59 (.a_i(c51_hi), .b_i(c55_hi), .hi_o(c59_hi), .lo_o(unused_c59_lo));
    wire [W-1:0] c60_hi, c60_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c60 (.a_i(c56_hi), .b_i(c58_hi), .hi_o(c60_hi), .lo_o(c60_lo));
    wire [W-1:0] c61_hi, c61_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c61 (.a_i(c57_hi), .b_i(c59_hi), .hi_o(c61_hi), .lo_o(c61_lo));
    wire [W-1:0] c62_hi, c62_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c62 (.a_i(c60_hi), .b_i(c61_hi), .hi_o(c62_hi), .lo_o(c62_lo));
    wire [W-1:0] c63_hi, c63_lo;
    star_cmp_exchange #(.WIDTH(W)) u_c63 (.a_i(c60_lo), .b_i(c61_lo), .hi_o(c63_hi), .lo_o(c63_lo));
    assign out_o[0*W +: W] = c62_hi;
    assign out_o[1*W +: W] = c62_lo;
    assign out_o[2*W +: W] = c63_hi;
    assign out_o[3*W +: W] = c63_lo;
endmodule
`default_nettype wire
