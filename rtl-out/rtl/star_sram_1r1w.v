// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Behavioural SRAM of DEPTH words of WIDTH bits: one synchronous read port, one write port;
// infers block RAM. The design instantiates it only through one wrapper per shape
// (`star_sram_<depth>x<width>`, no parameters), which an ASIC flow replaces by a macro.
// A read of the address being written returns the old word.
module star_sram_1r1w #(
    parameter DEPTH = 1024,  // words
    parameter WIDTH = 32     // bits per word
) (
    input  wire                                         clk_i,
    input  wire                                         we_i,
    input  wire [((DEPTH > 1) ? $clog2(DEPTH) : 1)-1:0] waddr_i,
    input  wire [WIDTH-1:0]                             wdata_i,
    input  wire                                         re_i,
    input  wire [((DEPTH > 1) ? $clog2(DEPTH) : 1)-1:0] raddr_i,
    output wire [WIDTH-1:0]                             rdata_o   // read data, one cycle after re_i
);
    // The address width is derived from DEPTH in the port list: there is no ADDR_W to override.
    reg [WIDTH-1:0] mem [0:DEPTH-1];
    reg [WIDTH-1:0] rdata_q;
    always @(posedge clk_i) begin
        if (we_i) mem[waddr_i] <= wdata_i;
    end
    always @(posedge clk_i) begin
        if (re_i) rdata_q <= mem[raddr_i];
    end
    assign rdata_o = rdata_q;
endmodule
`default_nettype wire
