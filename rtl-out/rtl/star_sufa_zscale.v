// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Log2-domain score of spec section 5, four register stages: z = rshift_round(s * MZ, SZ) with
// the exact S_W-bit score s, the unsigned 16-bit MZ and the 6-bit SZ (product S_W+17 bits).
// 1: four partial products (s's low 20 bits, unsigned, and the rest of s, times each byte of
//    MZ) and the rounding bias 2^(SZ-1), split at bit 37 between the two sums of stage 2;
// 2: the low and the high sum, each of two products and its part of the bias;
// 3: the high sum above the low one (a 38-bit add: the low 20 bits pass);
// 4: the arithmetic shift by SZ.
// A whole S_W x 16 multiply, or any add of the full width, in one cycle was SU-FA's longest path.
module star_sufa_zscale #(
    parameter S_W = 40
) (
    input  wire            clk_i,
    input  wire [S_W-1:0]  s_i,
    input  wire [15:0]     mz_i,
    input  wire [5:0]      sz_i,
    output wire [S_W+17:0] z_o
);
    localparam SH_W = S_W - 20;  // bits of s above the low 20
    localparam PL_W = 30;        // 21-bit unsigned times 9-bit unsigned, signed
    localparam PH_W = SH_W + 9;  // s's high part times 9-bit unsigned, signed
    localparam L_W  = 39;        // low sum: < 2^38
    localparam H_W  = S_W - 1;   // high sum, signed
    localparam X_W  = S_W + 18;  // the product plus the bias (the bias may carry)
    wire signed [PL_W-1:0] sl  = {10'd0, s_i[19:0]};
    wire signed [PL_W-1:0] ml  = {{(PL_W-8){1'b0}}, mz_i[7:0]};
    wire signed [PL_W-1:0] mh  = {{(PL_W-8){1'b0}}, mz_i[15:8]};
    wire signed [PH_W-1:0] sh  = {{9{s_i[S_W-1]}}, s_i[S_W-1:20]};
    wire signed [PH_W-1:0] ml2 = {{(PH_W-8){1'b0}}, mz_i[7:0]};
    wire signed [PH_W-1:0] mh2 = {{(PH_W-8){1'b0}}, mz_i[15:8]};
    wire        [5:0]      b   = sz_i - 6'd1;  // the bias is 2^b (none for SZ = 0)
    wire        [L_W-1:0]  one_l = {{(L_W-1){1'b0}}, 1'b1};
    wire        [H_W-1:0]  one_h = {{(H_W-1){1'b0}}, 1'b1};
    reg  [PL_W-1:0] ll_q;
    reg  [PL_W-1:0] lh_q;
    reg  [PH_W-1:0] hl_q;
    reg  [PH_W-1:0] hh_q;
    reg  [L_W-1:0]  bl_q;
    reg  [H_W-1:0]  bh_q;
    reg  [5:0]      sz1_q;
    reg  [L_W-1:0]  lsum_q;
    reg  [H_W-1:0]  hsum_q;
    reg  [5:0]      sz2_q;
    reg  [X_W-1:0]  sum_q;
    reg  [5:0]      sz_q;
    reg  [X_W-1:0]  z_q;
    wire signed [X_W-1:0] sum_s  = sum_q;
    wire signed [X_W-1:0] sum_sh = sum_s >>> sz_q;
    always @(posedge clk_i) begin
        ll_q   <= sl * ml;
        lh_q   <= sl * mh;
        hl_q   <= sh * ml2;
        hh_q   <= sh * mh2;
        bl_q   <= (sz_i != 6'd0 && b < 6'd37) ? (one_l << b) : {L_W{1'b0}};
        bh_q   <= (sz_i != 6'd0 && b >= 6'd37) ? (one_h << (b - 6'd20)) : {H_W{1'b0}};
        sz1_q  <= sz_i;
        lsum_q <= {{(L_W-PL_W){1'b0}}, ll_q} + {{(L_W-PL_W-8){1'b0}}, lh_q, 8'd0} + bl_q;
        hsum_q <= {{(H_W-PH_W){hl_q[PH_W-1]}}, hl_q}
                + {{(H_W-PH_W-8){hh_q[PH_W-1]}}, hh_q, 8'd0} + bh_q;
        sz2_q  <= sz1_q;
        sum_q  <= {hsum_q[X_W-21:0], 20'd0} + {{(X_W-L_W){1'b0}}, lsum_q};
        sz_q   <= sz2_q;
        // From SZ >= S_W+17 on, |s * MZ| < 2^(SZ-1) and the rounded value is 0.
        z_q    <= ({26'd0, sz_q} >= S_W + 17) ? {X_W{1'b0}} : sum_sh;
    end
    wire unused_hsum = hsum_q[H_W-1];
    assign z_o = z_q;
endmodule
`default_nettype wire
