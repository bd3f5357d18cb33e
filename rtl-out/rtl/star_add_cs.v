// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// y = a + b + ci (mod 2^W), carry-select over two halves: the upper half is summed for both
// carries and picked by the lower half's carry, so no carry chain is longer than about W / 2.
// With this flow's ripple adders a W-bit chain was the long path of each user (the rounding
// increment, the divider's load, SU-FA's o adds).
module star_add_cs #(
    parameter W = 32   // at least 4
) (
    input  wire [W-1:0] a_i,
    input  wire [W-1:0] b_i,
    input  wire         ci_i,  // carry into bit 0
    output wire [W-1:0] y_o
);
    localparam LO_W = W / 2;
    localparam HI_W = W - LO_W;
    wire [LO_W:0]   lo  = {1'b0, a_i[LO_W-1:0]} + {1'b0, b_i[LO_W-1:0]}
                        + {{LO_W{1'b0}}, ci_i};
    wire [HI_W-1:0] hi0 = a_i[W-1:LO_W] + b_i[W-1:LO_W];
    wire [HI_W-1:0] hi1 = a_i[W-1:LO_W] + b_i[W-1:LO_W] + {{(HI_W-1){1'b0}}, 1'b1};
    assign y_o = {lo[LO_W] ? hi1 : hi0, lo[LO_W-1:0]};
endmodule
`default_nettype wire
