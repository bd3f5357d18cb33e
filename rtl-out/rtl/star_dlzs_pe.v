// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One DLZS shift-add PE (spec section 2). Phase 1.1 (mode 0): term = +/-(|x| << (e_w - 1)) with x
// the INT8 row operand and e_w the column's 4-bit Wk code. Phase 1.2 (mode 1): term = +/-(|k| <<
// (e_q - 1)) with k the INT16 column operand and e_q the row's 5-bit Q code. The sign is s_data XOR
// s_code; a zero code contributes nothing. No multiplier anywhere. The finished sum moves to
// hold_o, which shifts along the row while the next sum accumulates.
module star_dlzs_pe #(
    parameter ACC_W = 40
) (
    input  wire             clk_i,
    input  wire             en_i,         // accumulate one term
    input  wire             first_i,      // the term starts a new sum
    input  wire             last_i,       // the term ends the sum: load it into hold
    input  wire             mode_i,       // 0: phase 1.1, 1: phase 1.2
    input  wire [7:0]       x_i,          // phase 1.1 data (INT8)
    input  wire [3:0]       wcode_i,      // phase 1.1 code {s, e[2:0]}
    input  wire [15:0]      k_i,          // phase 1.2 data (INT16)
    input  wire [4:0]       qcode_i,      // phase 1.2 code {s, e[3:0]}
    input  wire             shift_i,      // drain: hold <= hold_next_i
    input  wire [ACC_W-1:0] hold_next_i,
    output wire [ACC_W-1:0] hold_o
);
    wire [15:0] x_mag = x_i[7] ? {8'd0, ~x_i + 8'd1} : {8'd0, x_i};
    wire [15:0] k_mag = k_i[15] ? (~k_i + 16'd1) : k_i;
    wire [15:0] mag   = mode_i ? k_mag : x_mag;
    wire [3:0]  e     = mode_i ? qcode_i[3:0] : {1'b0, wcode_i[2:0]};
    wire        neg   = mode_i ? (k_i[15] ^ qcode_i[4]) : (x_i[7] ^ wcode_i[3]);

    // |term| < 2^30 (|k| <= 2^15 shifted by at most 14).
    wire [29:0] mag_sh = (e == 4'd0) ? 30'd0 : ({14'd0, mag} << (e - 4'd1));
    wire signed [ACC_W-1:0] term_abs = {{(ACC_W-30){1'b0}}, mag_sh};
    wire signed [ACC_W-1:0] term     = neg ? -term_abs : term_abs;

    reg  signed [ACC_W-1:0] acc_q;
    reg         [ACC_W-1:0] hold_q;
    wire signed [ACC_W-1:0] sum = (first_i ? {ACC_W{1'b0}} : acc_q) + term;

    always @(posedge clk_i) begin
        if (en_i) acc_q <= sum;
    end
    always @(posedge clk_i) begin
        if (en_i && last_i) hold_q <= sum;
        else if (shift_i)   hold_q <= hold_next_i;
    end
    assign hold_o = hold_q;
endmodule
`default_nettype wire
