// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One K/V generation MAC PE (spec section 4): acc += x * w, INT8 x INT8, exact in ACC_W bits. The
// array holds one PE per (output row, hidden lane); a row's P partial sums are added outside.
module star_kv_pe #(
    parameter ACC_W = 26
) (
    input  wire             clk_i,
    input  wire             en_i,     // accumulate one product
    input  wire             first_i,  // the product starts a new sum
    input  wire [7:0]       x_i,      // INT8 token value
    input  wire [7:0]       w_i,      // INT8 weight
    output wire [ACC_W-1:0] acc_o
);
    // |x * w| <= 2^14: 16 signed bits hold every product (-128 * -128 = 16384).
    wire signed [15:0]      prod = $signed(x_i) * $signed(w_i);
    wire signed [ACC_W-1:0] term = {{(ACC_W-16){prod[15]}}, prod};
    reg  signed [ACC_W-1:0] acc_q;

    always @(posedge clk_i) begin
        if (en_i) acc_q <= (first_i ? {ACC_W{1'b0}} : acc_q) + term;
    end
    assign acc_o = acc_q;
endmodule
`default_nettype wire
