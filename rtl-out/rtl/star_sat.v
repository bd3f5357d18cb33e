// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Saturation of a signed IN_W-bit value to the signed OUT_W-bit range (IN_W > OUT_W).
module star_sat #(
    parameter IN_W  = 41,
    parameter OUT_W = 16
) (
    input  wire [IN_W-1:0]  x_i,
    output wire [OUT_W-1:0] y_o
);
    // In range iff every bit from OUT_W-1 up equals the sign bit.
    wire [IN_W-OUT_W:0] top = x_i[IN_W-1:OUT_W-1];
    wire pos_ovf = ~x_i[IN_W-1] & (|top);
    wire neg_ovf =  x_i[IN_W-1] & ~(&top);
    assign y_o = pos_ovf ? {1'b0, {(OUT_W-1){1'b1}}}
               : neg_ovf ? {1'b1, {(OUT_W-1){1'b0}}}
               : x_i[OUT_W-1:0];
endmodule
`default_nettype wire
