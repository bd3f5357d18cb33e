// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Merge scaling of spec section 5 in two register stages: y = rshift_round(a * f, 15) for a signed
// A_W-bit partial sum and an exp2 factor f in UQ1.15 (f <= 32768, so |y| <= |a|), y_o two clock
// edges after a_i and f_i. Stage 1 registers four partial products (the low 24 bits of a,
// unsigned, and the rest of a, each times one unsigned byte of f); stage 2 registers their sum
// plus the rounding bias, of which y_o is a slice. The whole A_W x 16 multiply and its rounding
// in one cycle were SU-FA's longest path.
module star_sufa_pscale #(
    parameter A_W = 48
) (
    input  wire           clk_i,
    input  wire [A_W-1:0] a_i,
    input  wire [15:0]    f_i,
    output wire [A_W-1:0] y_o
);
    localparam AH_W = A_W - 24;       // bits of a above the low 24
    localparam L_W  = 34;             // 25-bit unsigned times 9-bit unsigned, signed
    localparam H_W  = AH_W + 9;       // a's high part times 9-bit unsigned, signed
    localparam X_W  = A_W + 17;       // a * f and the bias: H_W + 32
    wire signed [L_W-1:0] al  = {10'd0, a_i[23:0]};
    wire signed [L_W-1:0] fl  = {{(L_W-8){1'b0}}, f_i[7:0]};
    wire signed [L_W-1:0] fh  = {{(L_W-8){1'b0}}, f_i[15:8]};
    wire signed [H_W-1:0] ah  = {{9{a_i[A_W-1]}}, a_i[A_W-1:24]};
    wire signed [H_W-1:0] fl2 = {{(H_W-8){1'b0}}, f_i[7:0]};
    wire signed [H_W-1:0] fh2 = {{(H_W-8){1'b0}}, f_i[15:8]};
    reg  [L_W-1:0] ll_q;
    reg  [L_W-1:0] lh_q;
    reg  [H_W-1:0] hl_q;
    reg  [H_W-1:0] hh_q;
    reg  [X_W-1:0] sum_q;
    always @(posedge clk_i) begin
        ll_q  <= al * fl;
        lh_q  <= al * fh;
        hl_q  <= ah * fl2;
        hh_q  <= ah * fh2;
        sum_q <= {{(X_W-L_W){1'b0}}, ll_q}
               + {{(X_W-L_W-8){1'b0}}, lh_q, 8'd0}
               + {{(X_W-H_W-24){hl_q[H_W-1]}}, hl_q, 24'd0}
               + {hh_q, 32'd0}
               + {{(X_W-15){1'b0}}, 15'h4000};
    end
    wire [16:0] unused_sum = {sum_q[X_W-1:A_W+15], sum_q[14:0]};
    assign y_o = sum_q[A_W+14:15];
endmodule
`default_nettype wire
