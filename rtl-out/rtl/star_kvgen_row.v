// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One row of the K/V array: 4 MAC PEs over the hidden lanes h = c (mod 4), the sum of their
// partial sums and the bias (34 bits, exact), then rshift_round and sat16 of that sum.
module star_kvgen_row (
    input  wire          clk_i,
    input  wire          en_i,      // one X word: accumulate P products
    input  wire          first_i,   // the word starts a pass
    input  wire [31:0]   x_i,       // P INT8 lanes of X
    input  wire [31:0]   w_i,       // P INT8 weights of this row's output column
    input  wire          sum_en_i,  // the partial sums are final: register their total
    input  wire [31:0]   bias_i,
    input  wire [5:0]    sh_i,
    output wire [15:0]   y_o        // sat16(rshift_round(sum + bias, sh)) of the registered sum
);
    wire [25:0] acc_0;
    star_kv_pe #(.ACC_W(26)) u_pe_0 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i),
        .x_i(x_i[0+:8]), .w_i(w_i[0+:8]), .acc_o(acc_0)
    );
    wire [25:0] acc_1;
    star_kv_pe #(.ACC_W(26)) u_pe_1 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i),
        .x_i(x_i[8+:8]), .w_i(w_i[8+:8]), .acc_o(acc_1)
    );
    wire [25:0] acc_2;
    star_kv_pe #(.ACC_W(26)) u_pe_2 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i),
        .x_i(x_i[16+:8]), .w_i(w_i[16+:8]), .acc_o(acc_2)
    );
    wire [25:0] acc_3;
    star_kv_pe #(.ACC_W(26)) u_pe_3 (
        .clk_i(clk_i), .en_i(en_i), .first_i(first_i),
        .x_i(x_i[24+:8]), .w_i(w_i[24+:8]), .acc_o(acc_3)
    );

    wire [33:0] sum = {{2{bias_i[31]}}, bias_i}
               + {{8{acc_0[25]}}, acc_0}
               + {{8{acc_1[25]}}, acc_1}
               + {{8{acc_2[25]}}, acc_2}
               + {{8{acc_3[25]}}, acc_3};
    reg  [33:0] sum_q;
    always @(posedge clk_i) begin
        if (sum_en_i) sum_q <= sum;
    end

    wire [34:0] rounded;
    star_rshift_round #(.IN_W(34)) u_round (.x_i(sum_q), .sh_i(sh_i), .y_o(rounded));
    star_sat #(.IN_W(35), .OUT_W(16)) u_sat16 (.x_i(rounded), .y_o(y_o));
endmodule
`default_nettype wire
