// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Radix-2 restoring divider of spec section 5: q = sat16(div_round(n, d)), halves away from zero,
// for a signed N_W-bit n and an unsigned D_W-bit d (d = 0 gives 0: a row with no selected key).
// div_round(n, d) = sign(n) * floor((2|n| + d) / (2d)). A quotient of 2^17 or more saturates, so 17
// quotient bits suffice: start_i loads, 17 steps follow, q_o is valid 18 cycles after start_i (and
// stays valid until the next start_i).
module star_sufa_div #(
    parameter N_W = 48,
    parameter D_W = 32
) (
    input  wire           clk_i,
    input  wire           start_i,
    input  wire [N_W-1:0] n_i,
    input  wire [D_W-1:0] d_i,
    output wire [15:0]    q_o
);
    localparam R_W = ((N_W > D_W + 17) ? N_W : D_W + 17) + 2;
    // 2|n| + d without a separate negation: 2|n| = 2 * ~n + 2 for a negative n, the 2 entering
    // as bit 0 of one operand and the carry-in. A negation, then an R_W-bit ripple add, in the
    // loading cycle was a long path.
    wire           neg = n_i[N_W-1];
    wire [R_W-1:0] n2  = {{(R_W-N_W-1){1'b0}}, n_i ^ {N_W{neg}}, neg};
    wire [R_W-1:0] dx  = {{(R_W-D_W){1'b0}}, d_i};
    wire [R_W-1:0] num;
    star_add_cs #(.W(R_W)) u_load (.a_i(n2), .b_i(dx), .ci_i(neg), .y_o(num));
    wire [R_W-1:0] den = {{(R_W-D_W-1){1'b0}}, d_i, 1'b0};
    reg  [R_W-1:0] rem_q;
    reg  [R_W-1:0] dsh_q;
    reg  [16:0]    q_q;
    reg  [4:0]     cnt_q;
    reg            neg_q;
    reg            sat_q;
    reg            zero_q;
    always @(posedge clk_i) begin
        if (start_i) begin
            rem_q  <= num;
            dsh_q  <= den << 16;
            q_q    <= 17'd0;
            cnt_q  <= 5'd17;
            neg_q  <= neg;
            zero_q <= (d_i == {D_W{1'b0}});
        end else if (cnt_q != 5'd0) begin
            // The quotient saturates when num >= 2d * 2^17, decided in the first step from the
            // registered num (rem_q) and 2d * 2^16 (dsh_q), not in the loading cycle.
            if (cnt_q == 5'd17) sat_q <= (rem_q >= {dsh_q[R_W-2:0], 1'b0});
            if (rem_q >= dsh_q) begin
                rem_q <= rem_q - dsh_q;
                q_q   <= {q_q[15:0], 1'b1};
            end else begin
                q_q   <= {q_q[15:0], 1'b0};
            end
            dsh_q <= dsh_q >> 1;
            cnt_q <= cnt_q - 5'd1;
        end
    end
    wire [15:0] qneg = ~q_q[15:0] + 16'd1;
    assign q_o = zero_q ? 16'd0
               : neg_q ? ((sat_q || q_q > 17'd32768) ? 16'h8000 : qneg)
               : ((sat_q || q_q > 17'd32767) ? 16'h7fff : q_q[15:0]);
endmodule
`default_nettype wire
