// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Leading-zero counter of one byte: 8 for zero. Half of a 16-bit leading-zero encoder.
module star_lzc8 (
    input  wire [7:0] v_i,
    output reg  [3:0] lz_o
);
    always @(*) begin
        casez (v_i)
            8'b1???????: lz_o = 4'd0;
            8'b01??????: lz_o = 4'd1;
            8'b001?????: lz_o = 4'd2;
            8'b0001????: lz_o = 4'd3;
            8'b00001???: lz_o = 4'd4;
            8'b000001??: lz_o = 4'd5;
            8'b0000001?: lz_o = 4'd6;
            8'b00000001: lz_o = 4'd7;
            default:     lz_o = 4'd8;
        endcase
    end
endmodule
`default_nettype wire
