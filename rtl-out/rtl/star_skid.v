// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Register slice on a valid/ready stream of W data bits (a skid buffer, like common_cells'
// spill_register): the output beat comes from a register and in_ready_o is a register, so
// neither data, valid nor ready passes combinationally through it. Full throughput: one beat
// a cycle while the consumer takes one; a beat accepted while the output stalls waits in the
// skid register (in_ready_o then drops until the output moves). Latency one cycle.
module star_skid #(
    parameter W = 8   // data bits of a beat
) (
    input  wire         clk_i,
    input  wire         rst_i,
    input  wire         in_valid_i,
    output wire         in_ready_o,   // a register: no path from out_ready_i
    input  wire [W-1:0] in_data_i,
    output wire         out_valid_o,
    input  wire         out_ready_i,
    output wire [W-1:0] out_data_o    // registered
);
    reg         out_valid_q;
    reg [W-1:0] out_data_q;
    reg         skid_valid_q;
    reg [W-1:0] skid_data_q;

    wire out_free = !out_valid_q || out_ready_i;   // the output register may take a beat
    wire in_fire  = in_valid_i && !skid_valid_q;

    always @(posedge clk_i) begin
        if (rst_i) begin
            out_valid_q  <= 1'b0;
            skid_valid_q <= 1'b0;
        end else if (out_free) begin
            out_valid_q  <= skid_valid_q || in_valid_i;
            skid_valid_q <= 1'b0;
        end else if (in_fire) begin
            skid_valid_q <= 1'b1;
        end
    end

    always @(posedge clk_i) begin
        if (out_free && (skid_valid_q || in_valid_i))
            out_data_q <= skid_valid_q ? skid_data_q : in_data_i;
        if (!out_free && in_fire) skid_data_q <= in_data_i;
    end

    assign in_ready_o  = !skid_valid_q;
    assign out_valid_o = out_valid_q;
    assign out_data_o  = out_data_q;
endmodule
`default_nettype wire
