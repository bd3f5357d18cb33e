// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// exp2 unit of spec v3 sec. 5, two register stages: p = exp2q(-u) in UQ1.15 for
// u = min(-t, 16384). Stage 1 looks up LUT[a] and LUT[a] - LUT[a+1] (a = u[9:3]); stage 2
// interpolates over w = u[2:0] and shifts by i + 2 with rounding (round half up). LUT is the
// 129-entry table (18 bits each, entry n at [n*18 +: 18]); the emitter passes it from the one
// Rust source of the table, so the default here is deliberately empty.
module star_sufa_exp2 #(
    parameter [129*18-1:0] LUT = {(129*18){1'b0}}   // 129 entries of 18 bits
) (
    input  wire        clk_i,
    input  wire [14:0] u_i,    // u = min(-t, 16384)
    output wire [15:0] p_o     // p, two cycles after u_i
);
    // The table as 129 entries: a lookup is a 129:1 mux on the index (a part-select at 18 * a
    // was a 12-bit shifter over the whole table, the ECP5 critical path).
    wire [17:0] lut [0:128];
    genvar gn;
    generate
        for (gn = 0; gn < 129; gn = gn + 1) begin : g_lut
            assign lut[gn] = LUT[gn*18 +: 18];
        end
    endgenerate
    // The differences LUT[n] - LUT[n+1] are constants too: looking one up beside LUT[a] takes
    // the subtraction out of stage 2 (synthesis folds the table and trims its zero high bits).
    wire [17:0] dlt [0:127];
    generate
        for (gn = 0; gn < 128; gn = gn + 1) begin : g_dlt
            assign dlt[gn] = lut[gn] - lut[gn+1];
        end
    endgenerate
    wire [6:0] ia = u_i[9:3];
    reg  [17:0] la_q;
    reg  [17:0] dl_q;
    reg  [2:0]  w_q;
    reg  [4:0]  i_q;
    always @(posedge clk_i) begin
        la_q <= lut[{1'b0, ia}];
        dl_q <= dlt[ia];
        w_q  <= u_i[2:0];
        i_q  <= u_i[14:10];
    end
    // y = LUT[a] - rshift_round(diff * w, 3); the table falls, so diff >= 0. diff * w is three
    // shifted terms of the 3-bit w (a '*' here became an ECP5 DSP, the critical path), and
    // rshift_round(y, i + 2) = (y + 2^(i+1)) >> (i + 2) is one sum: y <= 2^17 and i <= 16
    // fit 19 bits.
    wire [20:0] dw   = {3'd0, dl_q};
    wire [20:0] rnd  = (w_q[0] ? dw : 21'd0) + (w_q[1] ? dw << 1 : 21'd0)
                       + (w_q[2] ? dw << 2 : 21'd0) + 21'd4;
    wire [18:0] half = 19'd2 << i_q;
    wire [18:0] ysum = {1'b0, la_q} + half - {1'b0, rnd[20:3]};
    wire [18:0] ysh  = ysum >> ({1'b0, i_q} + 6'd2);
    reg  [15:0] p_q;
    always @(posedge clk_i) p_q <= (i_q >= 5'd16) ? 16'd0 : ysh[15:0];
    wire unused_bits = (^ysh[18:16]) ^ (^rnd[2:0]);
    assign p_o = p_q;
endmodule
`default_nettype wire
