// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Multiply-accumulate PE of the SU-FA arrays: y = c + a * b, all signed. Combinational: the
// accumulator register belongs to the row that chains the PEs (Q.K^T: P PEs summed into s;
// P.V: one PE per output lane). C_W > A_W + B_W.
module star_sufa_mac #(
    parameter A_W = 16,
    parameter B_W = 16,
    parameter C_W = 40
) (
    input  wire [A_W-1:0] a_i,
    input  wire [B_W-1:0] b_i,
    input  wire [C_W-1:0] c_i,
    output wire [C_W-1:0] y_o
);
    // The product at its own width A_W + B_W (a C_W x C_W multiplier would be a fifth larger).
    localparam P_W = A_W + B_W;
    wire signed [P_W-1:0] a    = {{B_W{a_i[A_W-1]}}, a_i};
    wire signed [P_W-1:0] b    = {{A_W{b_i[B_W-1]}}, b_i};
    wire signed [P_W-1:0] prod = a * b;
    assign y_o = c_i + {{(C_W-P_W){prod[P_W-1]}}, prod};
endmodule
`default_nettype wire
