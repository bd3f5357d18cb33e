// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Merge scaling of spec section 5: y = rshift_round(a * f, 15) for a signed A_W-bit partial sum and
// an exp2 factor f in UQ1.15 (f <= 32768, so |y| <= |a| and y fits A_W bits).
module star_sufa_scale #(
    parameter A_W = 48
) (
    input  wire [A_W-1:0] a_i,
    input  wire [15:0]    f_i,
    output wire [A_W-1:0] y_o
);
    wire signed [A_W+16:0] a    = {{17{a_i[A_W-1]}}, a_i};
    wire signed [A_W+16:0] f    = {{(A_W+1){1'b0}}, f_i};
    wire signed [A_W+16:0] bias = {{(A_W+2){1'b0}}, 15'h4000};
    wire signed [A_W+16:0] sum  = a * f + bias;
    wire signed [A_W+16:0] sh   = sum >>> 15;
    wire [16:0] unused_sh_hi = sh[A_W+16:A_W];
    assign y_o = sh[A_W-1:0];
endmodule
`default_nettype wire
