// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Behavioural SRAM 342 x 2048: one synchronous read port, one write port; infers block RAM.
// One module per shape (listed in manifest.json) so an ASIC flow can swap in a macro.
// A read of the address being written returns the old word.
module star_sram_342x2048 #(
    parameter DEPTH  = 342,
    parameter WIDTH  = 2048,
    parameter ADDR_W = 9
) (
    input  wire              clk_i,
    input  wire              we_i,
    input  wire [ADDR_W-1:0] waddr_i,
    input  wire [WIDTH-1:0]  wdata_i,
    input  wire              re_i,
    input  wire [ADDR_W-1:0] raddr_i,
    output reg  [WIDTH-1:0]  rdata_o
);
    reg [WIDTH-1:0] mem [0:DEPTH-1];
    always @(posedge clk_i) begin
        if (we_i) mem[waddr_i] <= wdata_i;
        if (re_i) rdata_o <= mem[raddr_i];
    end
endmodule
`default_nettype wire
