// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Compare-exchange of two unsigned WIDTH-bit keys: hi_o = the larger, lo_o = the smaller.
module star_cmp_exchange #(
    parameter WIDTH = 8
) (
    input  wire [WIDTH-1:0] a_i,
    input  wire [WIDTH-1:0] b_i,
    output wire [WIDTH-1:0] hi_o,  // the larger
    output wire [WIDTH-1:0] lo_o   // the smaller
);
    wire a_ge = (a_i >= b_i);
    assign hi_o = a_ge ? a_i : b_i;
    assign lo_o = a_ge ? b_i : a_i;
endmodule
`default_nettype wire
