// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// K/V generation (spec section 4): K, V = sat16(rshift_round(X.W + b, SH)) on 128 x 4 MAC PEs.
// 1 pass(es) over the 128 outputs per token. A beat with mask 0 passes through with
// K = V = 0. X is read from the core's token memory: word key*ceil(H/P) + h/P (P INT8
// lanes, lanes at or beyond H are ignored), data one cycle after x_rd_o. Weights (word a:
// lane c*2d + o = W[a*P + c][o], Wk then Wv) and biases (bk then bv) load through their
// ports while idle_o is high. hidden_i (1..4096) and the shifts are sampled with each
// token beat.
module star_kvgen (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire [12:0]   hidden_i,     // H, the run-time hidden size
    input  wire [5:0]    sh_k_i,       // SH_K
    input  wire [5:0]    sh_v_i,       // SH_V
    input  wire          w_valid_i,    // weight load: one word (P hidden indices x 2d weights)
    input  wire [9:0]    w_addr_i,
    input  wire [4095:0] w_data_i,
    input  wire          b_valid_i,    // bias load: index 0..2d-1 (bk then bv), INT32
    input  wire [6:0]    b_idx_i,
    input  wire [31:0]   b_data_i,
    input  wire          tok_valid_i,  // token beats {key, mask, last}, in RASS order
    output wire          tok_ready_o,
    input  wire [11:0]   tok_key_i,    // token index
    input  wire [127:0]  tok_mask_i,   // query rows that selected the token
    input  wire          tok_last_i,   // last token of the tile
    output wire          x_rd_o,       // token memory read
    output wire [21:0]   x_addr_o,     // its word address
    input  wire [31:0]   x_data_i,     // its data, one cycle after x_rd_o
    output wire          kv_valid_o,   // the same beats with K and V, in the same order
    input  wire          kv_ready_i,
    output wire [11:0]   kv_key_o,
    output wire [127:0]  kv_mask_o,
    output wire          kv_last_o,
    output wire [1023:0] kv_k_o,       // d lanes of INT16 K
    output wire [1023:0] kv_v_o,       // d lanes of INT16 V
    output wire          idle_o        // nothing accepted is still in flight
);
    localparam P = 4;  // MAC PEs per row (kv_pes)
    localparam D = 64;  // head dimension d

    // ---- Control state (reset) ----
    reg [1:0]  pend_q;      // tokens accepted and not yet in the output register (at most 2)
    reg        is_busy_q;   // the issue stage holds a token
    reg        s1_v_q;
    reg        s2_v_q;
    reg        s3_v_q;
    reg        s4_v_q;
    reg        res_full_q;  // res_q holds a finished token
    reg        out_valid_q;
    reg        wr_ptr_q;    // two-entry FIFO of {key, mask, last}: accepted, not yet output
    reg        rd_ptr_q;

    // ---- Issue stage: one token, passes x words ----
    reg              is_null_q;
    reg [12:0]        is_h_q;
    reg [10:0]        is_wh_q;
    reg [21:0]        is_base_q;
    reg [9:0]        is_word_q;
    reg [12:0]        is_h0_q;    // first hidden index of the word
    reg [0:0]        is_pass_q;
    reg [5:0]        is_shk_q;
    reg [5:0]        is_shv_q;

    wire [13:0] h_plus  = {1'b0, hidden_i} + 14'd3;
    wire [13:0] wh_full = h_plus >> 2;
    wire [10:0] wh_now = wh_full[10:0];
    wire [21:0] base_now = {{10{1'b0}}, tok_key_i} * {{11{1'b0}}, wh_now};
    wire is_last_word = ({{1{1'b0}}, is_word_q} == is_wh_q - 11'd1);
    wire is_last      = is_null_q || is_last_word;
    wire is_final     = is_null_q || (is_last_word && is_pass_q == 1'd0);
    wire is_rd        = is_busy_q && !is_null_q;

    // A token may enter when nothing is pending, or when the only pending token issues its last
    // beat (or has issued it) and the output register is empty: that token then reaches the
    // output register no later than the new token's first write of res_q.
    wire take     = (pend_q == 2'd0)
                 || (pend_q == 2'd1 && (!is_busy_q || is_final) && !out_valid_q);
    wire tok_fire = tok_valid_i && take;
    wire move     = res_full_q && (!out_valid_q || kv_ready_i);
    assign tok_ready_o = take;

    // Lanes of the word that lie below H (the token memory's padding is not relied upon).
    wire [3:0] is_lanes;
    wire [2:0] unused_wh = wh_full[13:11];
    genvar c, i;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_lane
            localparam [13:0] C = c;
            assign is_lanes[c] = ({1'b0, is_h0_q} + C) < {1'b0, is_h_q};
        end
    endgenerate
    assign x_rd_o   = is_rd;
    assign x_addr_o = is_base_q + {{12{1'b0}}, is_word_q};

    // ---- Pipeline registers ----
    reg              s1_first_q;
    reg              s1_last_q;
    reg              s1_final_q;
    reg              s1_null_q;
    reg [0:0]        s1_pass_q;
    reg [3:0]        s1_lanes_q;
    reg [5:0]        s1_shk_q;
    reg [5:0]        s1_shv_q;
    reg              s2_last_q;
    reg              s2_final_q;
    reg              s2_null_q;
    reg [0:0]        s2_pass_q;
    reg [5:0]        s2_shk_q;
    reg [5:0]        s2_shv_q;
    reg              s3_final_q;
    reg              s3_null_q;
    reg [0:0]        s3_pass_q;
    reg              s4_final_q;
    reg              s4_null_q;
    reg [0:0]        s4_pass_q;
    reg [11:0]        meta_key_q [0:1];
    reg [127:0]   meta_mask_q [0:1];
    reg              meta_last_q [0:1];
    reg [2047:0]   res_q;      // lane n: K[n] for n < 64, V[n-64] above
    reg [2047:0]   out_q;
    reg [11:0]        out_key_q;
    reg [127:0]   out_mask_q;
    reg              out_last_q;

    always @(posedge clk_i) begin
        if (rst_i) begin
            pend_q      <= 2'd0;
            is_busy_q   <= 1'b0;
            s1_v_q      <= 1'b0;
            s2_v_q      <= 1'b0;
            s3_v_q      <= 1'b0;
            s4_v_q      <= 1'b0;
            res_full_q  <= 1'b0;
            out_valid_q <= 1'b0;
            wr_ptr_q    <= 1'b0;
            rd_ptr_q    <= 1'b0;
        end else begin
            pend_q <= pend_q + {1'b0, tok_fire} - {1'b0, move};
            if (tok_fire) is_busy_q <= 1'b1;
            else if (is_final) is_busy_q <= 1'b0;
            s1_v_q <= is_busy_q;
            s2_v_q <= s1_v_q;
            s3_v_q <= s2_v_q && s2_last_q;
            s4_v_q <= s3_v_q;
            // A token's final s4 and the move of the previous one may share a cycle: set wins.
            if (s4_v_q && s4_final_q) res_full_q <= 1'b1;
            else if (move) res_full_q <= 1'b0;
            if (move) out_valid_q <= 1'b1;
            else if (kv_ready_i) out_valid_q <= 1'b0;
            if (tok_fire) wr_ptr_q <= !wr_ptr_q;
            if (move) rd_ptr_q <= !rd_ptr_q;
        end
    end

    always @(posedge clk_i) begin
        if (tok_fire) begin
            is_null_q <= (tok_mask_i == 128'd0);
            is_h_q    <= hidden_i;
            is_wh_q   <= wh_now;
            is_base_q <= base_now;
            is_word_q <= 10'd0;
            is_h0_q   <= 13'd0;
            is_pass_q <= 1'd0;
            is_shk_q  <= sh_k_i;
            is_shv_q  <= sh_v_i;
            meta_key_q[wr_ptr_q]  <= tok_key_i;
            meta_mask_q[wr_ptr_q] <= tok_mask_i;
            meta_last_q[wr_ptr_q] <= tok_last_i;
        end else if (is_busy_q) begin
            if (is_last_word) begin
                is_word_q <= 10'd0;
                is_h0_q   <= 13'd0;
                is_pass_q <= is_pass_q + 1'd1;
            end else begin
                is_word_q <= is_word_q + 10'd1;
                is_h0_q   <= is_h0_q + 13'd4;
            end
        end
        s1_first_q <= (is_word_q == 10'd0);
        s1_last_q  <= is_last;
        s1_final_q <= is_final;
        s1_null_q  <= is_null_q;
        s1_pass_q  <= is_pass_q;
        s1_lanes_q <= is_lanes;
        s1_shk_q   <= is_shk_q;
        s1_shv_q   <= is_shv_q;
        s2_last_q  <= s1_last_q;
        s2_final_q <= s1_final_q;
        s2_null_q  <= s1_null_q;
        s2_pass_q  <= s1_pass_q;
        s2_shk_q   <= s1_shk_q;
        s2_shv_q   <= s1_shv_q;
        s3_final_q <= s2_final_q;
        s3_null_q  <= s2_null_q;
        s3_pass_q  <= s2_pass_q;
        s4_final_q <= s3_final_q;
        s4_null_q  <= s3_null_q;
        s4_pass_q  <= s3_pass_q;
    end


    // ---- Weight memory: one bank per pass and hidden lane, 1024 words of a pass's rows ----
    localparam T    = 128;  // rows of the array (query_rows)
    localparam UR   = 128;  // rows that compute an output: min(T, 2d)
    localparam NP   = 1;  // passes over the 2d outputs
    wire [8*UR-1:0] w_pass [0:P-1];  // lane c's weights of the current pass, every row
    genvar ps;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_wlane
            wire [8*UR-1:0] rd [0:NP-1];
            for (ps = 0; ps < NP; ps = ps + 1) begin : g_pass
                localparam [0:0] PS = ps;
                    star_sram_1024x1024 u_bank (
                        .clk_i(clk_i), .we_i(w_valid_i), .waddr_i(w_addr_i),
                        .wdata_i(w_data_i[8*(2*D*c + T*ps) +: 1024]),
                        .re_i(is_rd && (is_pass_q == PS)), .raddr_i(is_word_q), .rdata_o(rd[ps])
                    );
            end
            assign w_pass[c] = rd[0];
        end
    endgenerate

    // ---- Bias registers; bias_of[p]: the biases of pass p's rows ----
    reg [32*2*D-1:0] bias_q;
    integer n;
    always @(posedge clk_i) begin
        if (b_valid_i) begin
            for (n = 0; n < 2*D; n = n + 1) begin
                if (b_idx_i == n[6:0]) bias_q[32*n +: 32] <= b_data_i;
            end
        end
    end
    wire [32*UR-1:0] bias_of [0:NP-1];
    wire [31:0]      krows_of [0:NP-1];  // rows of pass p below this compute K, the rest V
    generate
        for (ps = 0; ps < NP; ps = ps + 1) begin : g_bias
            assign bias_of[ps] = bias_q[32*T*ps +: 32*UR];
            assign krows_of[ps] = (D > T*ps) ? ((D - T*ps < T) ? D - T*ps : T) : 0;
        end
    endgenerate
    wire [32*UR-1:0] bias_pass = bias_of[0];
    wire [31:0]      s2_krows  = krows_of[0];
    // Each row's shift (K or V) for s3, chosen a stage early: the pass -> row count -> compare
    // -> shift -> round chain in one cycle was the ECP5 critical path.
    reg  [6*UR-1:0]  s3_sh_q;
    integer r;
    always @(posedge clk_i) begin
        for (r = 0; r < UR; r = r + 1) s3_sh_q[6*r +: 6] <= (r < s2_krows) ? s2_shk_q : s2_shv_q;
    end

    // ---- Array ----
    wire [8*P-1:0] x_lanes;
    generate
        for (c = 0; c < P; c = c + 1) begin : g_x
            assign x_lanes[8*c +: 8] = s1_lanes_q[c] ? x_data_i[8*c +: 8] : 8'd0;
        end
    endgenerate
    wire pe_en  = s1_v_q && !s1_null_q;
    wire sum_en = s2_v_q && s2_last_q && !s2_null_q;
    wire [16*UR-1:0] y_all;
    generate
        for (i = 0; i < UR; i = i + 1) begin : g_row
            wire [8*P-1:0] w_row;
            for (c = 0; c < P; c = c + 1) begin : g_w
                assign w_row[8*c +: 8] = w_pass[c][8*i +: 8];
            end
            star_kvgen_row #(.P(P), .PE_W(26), .ACC_W(34)) u_row (
                .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes), .w_i(w_row),
                .sum_en_i(sum_en), .bias_i(bias_pass[32*i +: 32]), .sh_i(s3_sh_q[6*i +: 6]),
                .y_o(y_all[16*i +: 16])
            );
        end
    endgenerate

    // ---- Result and output registers: row k of pass p is output p*T + k ----
    wire [31:0] s4_pass = 32'd0;
    reg [16*2*D-1:0] res_d;
    integer k;
    always @(*) begin
        // Output n is row n mod T of pass n / T: constant positions, one compare per output.
        res_d = res_q;
        for (k = 0; k < 2*D; k = k + 1) begin
            if (s4_pass == k / T) res_d[16*k +: 16] = y_all[16*(k % T) +: 16];
        end
    end
    always @(posedge clk_i) begin
        if (s4_v_q && s4_null_q) begin
            res_q <= 2048'd0;
        end else if (s4_v_q) begin
            res_q <= res_d;
        end
        if (move) begin
            out_q      <= res_q;
            out_key_q  <= meta_key_q[rd_ptr_q];
            out_mask_q <= meta_mask_q[rd_ptr_q];
            out_last_q <= meta_last_q[rd_ptr_q];
        end
    end

    assign kv_valid_o = out_valid_q;
    assign kv_key_o   = out_key_q;
    assign kv_mask_o  = out_mask_q;
    assign kv_last_o  = out_last_q;
    assign kv_k_o     = out_q[1023:0];
    assign kv_v_o     = out_q[2047:1024];
    assign idle_o     = (pend_q == 2'd0) && !out_valid_q;
    // One pass: the pass index is constant, and the s2-s4 final flags are implied.
    wire unused_pass = ^{is_pass_q, s1_pass_q, s2_pass_q, s3_pass_q, s4_pass_q};
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_tok_stall_q;  // tok: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_tok_stall_q <= 1'b0;
        else chk_tok_stall_q <= tok_valid_i && !tok_ready_o;
    end
    wire [140:0] chk_tok_beat = {tok_key_i, tok_mask_i, tok_last_i};
    reg  [140:0] chk_tok_beat_q;
    always @(posedge clk_i) chk_tok_beat_q <= chk_tok_beat;
    reg chk_kv_stall_q;  // kv: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_kv_stall_q <= 1'b0;
        else chk_kv_stall_q <= kv_valid_o && !kv_ready_i;
    end
    wire [2188:0] chk_kv_beat = {kv_key_o, kv_mask_o, kv_last_o, kv_k_o, kv_v_o};
    reg  [2188:0] chk_kv_beat_q;
    always @(posedge clk_i) chk_kv_beat_q <= chk_kv_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_tok_stall_q && (!tok_valid_i || chk_tok_beat !== chk_tok_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: tok beat dropped or changed while stalled, t=%0t",
                         $time);
            if (tok_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: tok_valid_i unknown, t=%0t", $time);
            if (chk_kv_stall_q && (!kv_valid_o || chk_kv_beat !== chk_kv_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: kv beat dropped or changed while stalled, t=%0t",
                         $time);
            if (kv_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: kv_valid_o unknown, t=%0t", $time);
            if (tok_fire && pend_q == 2'd2 && !move)
                $display("STAR-PROTOCOL-ERROR %m: token buffer overflow, t=%0t", $time);
            if (pend_q == 2'd3)
                $display("STAR-PROTOCOL-ERROR %m: more than two tokens pending, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
