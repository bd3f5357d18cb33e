// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// rshift_round(x, sh) = floor((x + 2^(sh-1)) / 2^sh) for sh >= 1, x for sh = 0 (spec section 2),
// with a run-time shift. The result needs one bit more than x (x + 2^(sh-1) may carry).
module star_rshift_round #(
    parameter IN_W = 40
) (
    input  wire [IN_W-1:0] x_i,
    input  wire [5:0]      sh_i,
    output wire [IN_W:0]   y_o    // one bit wider than x_i
);
    wire signed [IN_W:0] x_ext   = {x_i[IN_W-1], x_i};
    wire        [IN_W:0] one     = {{IN_W{1'b0}}, 1'b1};
    wire        [IN_W:0] bias    = (sh_i == 6'd0) ? {(IN_W+1){1'b0}} : (one << (sh_i - 6'd1));
    wire signed [IN_W:0] sum     = x_ext + $signed(bias);
    wire signed [IN_W:0] shifted = sum >>> sh_i;
    // From sh >= IN_W on, |x| < 2^(sh-1) and the rounded value is 0 (the bias itself would no
    // longer fit, so this case is decided here rather than by the adder).
    wire big = ({26'd0, sh_i} >= IN_W);
    assign y_o = big ? {(IN_W+1){1'b0}} : shifted;
endmodule
`default_nettype wire
