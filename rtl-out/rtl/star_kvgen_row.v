// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// P MAC PEs over the hidden lanes h = c (mod P); the sum of their partial sums and the bias
// (ACC_W bits, exact) is registered, then rshift_round and sat16 give the output, registered too
// (y_q, one cycle after sum_q): the variable rounding shift is the row's long path.
module star_kvgen_row #(
    parameter P     = 4,   // MAC PEs (hidden lanes)
    parameter PE_W  = 26,  // bits of one PE's partial sum
    parameter ACC_W = 34   // bits of the row sum plus bias (exact)
) (
    input  wire           clk_i,
    input  wire           en_i,      // one X word: accumulate P products
    input  wire           first_i,   // the word starts a pass
    input  wire [8*P-1:0] x_i,       // P INT8 lanes of X
    input  wire [8*P-1:0] w_i,       // P INT8 weights of this row's output
    input  wire           sum_en_i,  // the partial sums are final: register their total
    input  wire [31:0]    bias_i,
    input  wire [5:0]     sh_i,
    output wire [15:0]    y_o        // sat16(rshift_round(sum + bias, sh))
);
    // acc[PE_W*c +: PE_W] is PE c's partial sum.
    wire [P*PE_W-1:0] acc;
    genvar c;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_pe
            star_kv_pe #(.ACC_W(PE_W)) u_pe (
                .clk_i(clk_i), .en_i(en_i), .first_i(first_i),
                .x_i(x_i[8*c +: 8]), .w_i(w_i[8*c +: 8]), .acc_o(acc[PE_W*c +: PE_W])
            );
        end
    endgenerate

    // The bias plus the P partial sums, each sign-extended to ACC_W bits.
    reg [ACC_W-1:0] sum;
    integer k;
    always @(*) begin
        sum = {{(ACC_W-32){bias_i[31]}}, bias_i};
        for (k = 0; k < P; k = k + 1) begin
            sum = sum + {{(ACC_W-PE_W){acc[PE_W*k+PE_W-1]}}, acc[PE_W*k +: PE_W]};
        end
    end

    reg [ACC_W-1:0] sum_q;
    always @(posedge clk_i) begin
        if (sum_en_i) sum_q <= sum;
    end

    wire [ACC_W:0] rounded;
    star_rshift_round #(.IN_W(ACC_W)) u_round (.x_i(sum_q), .sh_i(sh_i), .y_o(rounded));
    wire [15:0] y;
    star_sat #(.IN_W(ACC_W+1), .OUT_W(16)) u_sat16 (.x_i(rounded), .y_o(y));
    reg [15:0] y_q;
    always @(posedge clk_i) y_q <= y;
    assign y_o = y_q;
endmodule
`default_nettype wire
