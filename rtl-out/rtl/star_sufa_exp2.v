// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`default_nettype none

// exp2 unit of spec §5, two register stages: p = exp2q(-u) in UQ1.15 for u = min(-t, 16384).
// Stage 1 looks up LUT[a] and LUT[a+1]; stage 2 interpolates, rounds and shifts by i + 1.
// LUT is the 65-entry table (17 bits each, entry n at [n*17 +: 17]); the emitter passes it from
// the one Rust source of the table, so the default here is deliberately empty.
module star_sufa_exp2 #(
    parameter [65*17-1:0] LUT = {(65*17){1'b0}}
) (
    input  wire        clk_i,
    input  wire [14:0] u_i,
    output wire [15:0] p_o
);
    wire [10:0] ia = {5'd0, u_i[9:4]} * 11'd17;
    wire [10:0] ib = ia + 11'd17;
    reg  [16:0] la_q;
    reg  [16:0] lb_q;
    reg  [3:0]  w_q;
    reg  [4:0]  i_q;
    always @(posedge clk_i) begin
        la_q <= LUT[ia +: 17];
        lb_q <= LUT[ib +: 17];
        w_q  <= u_i[3:0];
        i_q  <= u_i[14:10];
    end
    // y = LUT[a] - rshift_round((LUT[a] - LUT[a+1]) * w, 4); the table falls, so diff >= 0.
    wire [16:0] diff = la_q - lb_q;
    wire [20:0] prod = {4'd0, diff} * {17'd0, w_q};
    wire [20:0] rnd  = prod + 21'd8;
    wire [16:0] y    = la_q - rnd[20:4];
    wire [16:0] ysh  = y >> ({1'b0, i_q} + 6'd1);
    reg  [15:0] p_q;
    always @(posedge clk_i) p_q <= (i_q >= 5'd16) ? 16'd0 : ysh[15:0];
    wire unused_bits = ysh[16] ^ (^rnd[3:0]);
    assign p_o = p_q;
endmodule
`default_nettype wire
