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
    // Shift by sh - 1, then round the last bit away: floor((t + 1) / 2) with t = x >> (sh - 1) is
    // floor((x + 2^(sh-1)) / 2^sh). One shifter and a carry-select increment, no IN_W-bit add
    // of a decoded bias ahead of the shifter (that add was a long path of every user).
    wire signed [IN_W:0] x_ext = {x_i[IN_W-1], x_i};
    wire        [5:0]    sh_m1 = sh_i - 6'd1;
    wire signed [IN_W:0] t     = x_ext >>> sh_m1;
    wire        [IN_W:0] t_inc;
    star_add_cs #(.W(IN_W+1)) u_inc (
        .a_i(t), .b_i({(IN_W+1){1'b0}}), .ci_i(1'b1), .y_o(t_inc)
    );
    wire signed [IN_W:0] halved = $signed(t_inc) >>> 1;
    // From sh >= IN_W on, |x| < 2^(sh-1) and the rounded value is 0; sh = 0 passes x.
    wire big = ({26'd0, sh_i} >= IN_W);
    assign y_o = (sh_i == 6'd0) ? x_ext : big ? {(IN_W+1){1'b0}} : halved;
endmodule
`default_nettype wire
