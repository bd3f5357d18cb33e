// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// SRAM 16 x 1024, one synchronous read port and one write port.
// A shape wrapper without parameters: an ASIC flow replaces this module by a macro
// with the same ports (see manifest.json, "srams").
module star_sram_16x1024 (
    input  wire          clk_i,
    input  wire          we_i,
    input  wire [3:0]    waddr_i,
    input  wire [1023:0] wdata_i,
    input  wire          re_i,
    input  wire [3:0]    raddr_i,
    output wire [1023:0] rdata_o   // read data, one cycle after re_i
);
    star_sram_1r1w #(.DEPTH(16), .WIDTH(1024)) u_mem (
        .clk_i(clk_i), .we_i(we_i), .waddr_i(waddr_i), .wdata_i(wdata_i), .re_i(re_i),
        .raddr_i(raddr_i), .rdata_o(rdata_o)
    );
endmodule
`default_nettype wire
