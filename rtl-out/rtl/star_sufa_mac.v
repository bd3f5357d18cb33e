// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`default_nettype none

// Multiply-accumulate PE of the SU-FA arrays: y = c + a * b, all signed. Combinational: the
// accumulator register belongs to the row that chains the PEs (Q·Kᵀ: P PEs summed into s;
// P·V: one PE per output lane). Operands are sign-extended to C_W, so C_W >= A_W + B_W + 1.
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
    wire signed [C_W-1:0] a = {{(C_W-A_W){a_i[A_W-1]}}, a_i};
    wire signed [C_W-1:0] b = {{(C_W-B_W){b_i[B_W-1]}}, b_i};
    assign y_o = $signed(c_i) + a * b;
endmodule
`default_nettype wire
