// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Leading-zero encoder (spec section 2): the code {s, e} of a signed value's magnitude, e = 0 for
// zero, otherwise |v| is floored to 2^(e-1). Two 8-bit counters: in 16-bit mode they form hi == 0 ?
// 8 + lzc8(lo) : lzc8(hi) for one INT16; in 8-bit mode each encodes one INT8 byte. The most
// negative value saturates to the top code (e = 15 for INT16, e = 7 for INT8).
module star_lze (
    input  wire [15:0] v_i,
    input  wire        mode8_i,     // 0: one INT16, 1: two INT8 (v_i[15:8], v_i[7:0])
    output wire [4:0]  code16_o,    // 16-bit mode: {s, e[3:0]}
    output wire [3:0]  code8_hi_o,  // 8-bit mode: {s, e[2:0]} of v_i[15:8]
    output wire [3:0]  code8_lo_o   // 8-bit mode: {s, e[2:0]} of v_i[7:0]
);
    // Magnitudes: -v in 16 (or 8) bits maps the most negative value to 0x8000 (0x80).
    wire [15:0] mag16   = v_i[15] ? (~v_i + 16'd1) : v_i;
    wire [7:0]  mag8_hi = v_i[15] ? (~v_i[15:8] + 8'd1) : v_i[15:8];
    wire [7:0]  mag8_lo = v_i[7]  ? (~v_i[7:0] + 8'd1)  : v_i[7:0];

    wire [3:0] lz_hi;
    wire [3:0] lz_lo;
    star_lzc8 u_lzc_hi (.v_i(mode8_i ? mag8_hi : mag16[15:8]), .lz_o(lz_hi));
    star_lzc8 u_lzc_lo (.v_i(mode8_i ? mag8_lo : mag16[7:0]),  .lz_o(lz_lo));

    // 16-bit: e = 16 - LZ16, saturated at 15 (only 0x8000 has LZ16 = 0).
    wire [4:0] lz16 = lz_hi[3] ? (5'd8 + {1'b0, lz_lo}) : {1'b0, lz_hi};
    wire [4:0] e16  = 5'd16 - lz16;
    assign code16_o = {v_i[15], (e16[4] ? 4'd15 : e16[3:0])};

    // 8-bit: e = 8 - LZ8, saturated at 7 (only 0x80 has LZ8 = 0).
    wire [3:0] e8_hi = 4'd8 - lz_hi;
    wire [3:0] e8_lo = 4'd8 - lz_lo;
    assign code8_hi_o = {v_i[15], (e8_hi[3] ? 3'd7 : e8_hi[2:0])};
    assign code8_lo_o = {v_i[7],  (e8_lo[3] ? 3'd7 : e8_lo[2:0])};
endmodule
`default_nettype wire
