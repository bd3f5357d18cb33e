// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Log2-domain score of spec section 5, two register stages: z = rshift_round(s * MZ, SZ) with the
// exact S_W-bit score s, the unsigned 16-bit MZ and the 6-bit SZ (product S_W+17 bits).
module star_sufa_zscale #(
    parameter S_W = 40
) (
    input  wire            clk_i,
    input  wire [S_W-1:0]  s_i,
    input  wire [15:0]     mz_i,
    input  wire [5:0]      sz_i,
    output wire [S_W+17:0] z_o
);
    wire signed [S_W+16:0] s  = {{17{s_i[S_W-1]}}, s_i};
    wire signed [S_W+16:0] mz = {{(S_W+1){1'b0}}, mz_i};
    reg  [S_W+16:0] prod_q;
    reg  [5:0]      sz_q;
    always @(posedge clk_i) begin
        prod_q <= s * mz;
        sz_q   <= sz_i;
    end
    wire [S_W+17:0] z;
    star_rshift_round #(.IN_W(S_W+17)) u_round (.x_i(prod_q), .sh_i(sz_q), .y_o(z));
    reg  [S_W+17:0] z_q;
    always @(posedge clk_i) z_q <= z;
    assign z_o = z_q;
endmodule
`default_nettype wire
