// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// K/V generation (spec §4): K = sat16(rshift_round(X·Wk + bk, SH_K)), V likewise with SH_V,
// once per token beat, on 128 rows x 4 INT8 MAC PEs (1 pass(es) over the 128 outputs per token).
// Token beats {key, mask, last} in, {key, mask, last, K[64], V[64]} out in the same order; a beat
// with mask 0 passes through with K = V = 0. X is read from the core's token memory: word
// key*ceil(H/P) + h/P (P INT8 lanes, lanes at or beyond H are ignored), data one cycle after
// x_rd_o. Weights (word a: lane c*2d + o = W[a*P + c][o], Wk then Wv) and biases (bk then bv)
// load through their ports while idle_o is high. hidden_i (1..4096) and the shifts are
// sampled with each token beat.
module star_kvgen (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire [12:0]        hidden_i,   // H, the run-time hidden size
    input  wire [5:0]        sh_k_i,     // SH_K
    input  wire [5:0]        sh_v_i,     // SH_V
    input  wire              w_valid_i,  // weight load: one word (P hidden indices x 2d weights)
    input  wire [9:0]        w_addr_i,
    input  wire [4095:0]   w_data_i,
    input  wire              b_valid_i,  // bias load: index 0..127 (bk then bv), INT32
    input  wire [6:0]        b_idx_i,
    input  wire [31:0]       b_data_i,
    input  wire              tok_valid_i,
    output wire              tok_ready_o,
    input  wire [11:0]        tok_key_i,
    input  wire [127:0]   tok_mask_i,
    input  wire              tok_last_i,
    output wire              x_rd_o,
    output wire [21:0]        x_addr_o,
    input  wire [31:0]   x_data_i,
    output wire              kv_valid_o,
    input  wire              kv_ready_i,
    output wire [11:0]        kv_key_o,
    output wire [127:0]   kv_mask_o,
    output wire              kv_last_o,
    output wire [1023:0]   kv_k_o,
    output wire [1023:0]   kv_v_o,
    output wire              idle_o      // nothing accepted is still in flight
);
    // ---- Control state (reset) ----
    reg [1:0]  pend_q;      // tokens accepted and not yet in the output register (at most 2)
    reg        is_busy_q;   // the issue stage holds a token
    reg        s1_v_q;
    reg        s2_v_q;
    reg        s3_v_q;
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
    wire take     = (pend_q == 2'd0) || (pend_q == 2'd1 && (!is_busy_q || is_final) && !out_valid_q);
    wire tok_fire = tok_valid_i && take;
    wire move     = res_full_q && (!out_valid_q || kv_ready_i);
    assign tok_ready_o = take;

    // Lanes of the word that lie below H (the token memory's padding is not relied upon).
    wire [3:0] is_lanes;
    wire [2:0] unused_wh = wh_full[13:11];
    assign is_lanes[0] = ({1'b0, is_h0_q} + 14'd0) < {1'b0, is_h_q};
    assign is_lanes[1] = ({1'b0, is_h0_q} + 14'd1) < {1'b0, is_h_q};
    assign is_lanes[2] = ({1'b0, is_h0_q} + 14'd2) < {1'b0, is_h_q};
    assign is_lanes[3] = ({1'b0, is_h0_q} + 14'd3) < {1'b0, is_h_q};
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
    reg [5:0]        s3_shk_q;
    reg [5:0]        s3_shv_q;
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
            // A token's final s3 and the move of the previous one may share a cycle: set wins.
            if (s3_v_q && s3_final_q) res_full_q <= 1'b1;
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
        s3_shk_q   <= s2_shk_q;
        s3_shv_q   <= s2_shv_q;
    end

    // ---- Weight memory: one bank per pass and hidden lane, 1024 words of a pass's rows x 8 bits ----
    wire [1023:0] bank0_0_rdata;
    star_sram_1024x1024 u_bank0_0 (
        .clk_i(clk_i), .we_i(w_valid_i), .waddr_i(w_addr_i), .wdata_i(w_data_i[0+:1024]),
        .re_i(is_rd && is_pass_q == 1'd0), .raddr_i(is_word_q), .rdata_o(bank0_0_rdata)
    );
    wire [1023:0] bank0_1_rdata;
    star_sram_1024x1024 u_bank0_1 (
        .clk_i(clk_i), .we_i(w_valid_i), .waddr_i(w_addr_i), .wdata_i(w_data_i[1024+:1024]),
        .re_i(is_rd && is_pass_q == 1'd0), .raddr_i(is_word_q), .rdata_o(bank0_1_rdata)
    );
    wire [1023:0] bank0_2_rdata;
    star_sram_1024x1024 u_bank0_2 (
        .clk_i(clk_i), .we_i(w_valid_i), .waddr_i(w_addr_i), .wdata_i(w_data_i[2048+:1024]),
        .re_i(is_rd && is_pass_q == 1'd0), .raddr_i(is_word_q), .rdata_o(bank0_2_rdata)
    );
    wire [1023:0] bank0_3_rdata;
    star_sram_1024x1024 u_bank0_3 (
        .clk_i(clk_i), .we_i(w_valid_i), .waddr_i(w_addr_i), .wdata_i(w_data_i[3072+:1024]),
        .re_i(is_rd && is_pass_q == 1'd0), .raddr_i(is_word_q), .rdata_o(bank0_3_rdata)
    );

    // ---- Bias registers ----
    reg [4095:0] bias_q;
    always @(posedge clk_i) begin
        if (b_valid_i) begin
            case (b_idx_i)
                7'd0: bias_q[0+:32] <= b_data_i;
                7'd1: bias_q[32+:32] <= b_data_i;
                7'd2: bias_q[64+:32] <= b_data_i;
                7'd3: bias_q[96+:32] <= b_data_i;
                7'd4: bias_q[128+:32] <= b_data_i;
                7'd5: bias_q[160+:32] <= b_data_i;
                7'd6: bias_q[192+:32] <= b_data_i;
                7'd7: bias_q[224+:32] <= b_data_i;
                7'd8: bias_q[256+:32] <= b_data_i;
                7'd9: bias_q[288+:32] <= b_data_i;
                7'd10: bias_q[320+:32] <= b_data_i;
                7'd11: bias_q[352+:32] <= b_data_i;
                7'd12: bias_q[384+:32] <= b_data_i;
                7'd13: bias_q[416+:32] <= b_data_i;
                7'd14: bias_q[448+:32] <= b_data_i;
                7'd15: bias_q[480+:32] <= b_data_i;
                7'd16: bias_q[512+:32] <= b_data_i;
                7'd17: bias_q[544+:32] <= b_data_i;
                7'd18: bias_q[576+:32] <= b_data_i;
                7'd19: bias_q[608+:32] <= b_data_i;
                7'd20: bias_q[640+:32] <= b_data_i;
                7'd21: bias_q[672+:32] <= b_data_i;
                7'd22: bias_q[704+:32] <= b_data_i;
                7'd23: bias_q[736+:32] <= b_data_i;
                7'd24: bias_q[768+:32] <= b_data_i;
                7'd25: bias_q[800+:32] <= b_data_i;
                7'd26: bias_q[832+:32] <= b_data_i;
                7'd27: bias_q[864+:32] <= b_data_i;
                7'd28: bias_q[896+:32] <= b_data_i;
                7'd29: bias_q[928+:32] <= b_data_i;
                7'd30: bias_q[960+:32] <= b_data_i;
                7'd31: bias_q[992+:32] <= b_data_i;
                7'd32: bias_q[1024+:32] <= b_data_i;
                7'd33: bias_q[1056+:32] <= b_data_i;
                7'd34: bias_q[1088+:32] <= b_data_i;
                7'd35: bias_q[1120+:32] <= b_data_i;
                7'd36: bias_q[1152+:32] <= b_data_i;
                7'd37: bias_q[1184+:32] <= b_data_i;
                7'd38: bias_q[1216+:32] <= b_data_i;
                7'd39: bias_q[1248+:32] <= b_data_i;
                7'd40: bias_q[1280+:32] <= b_data_i;
                7'd41: bias_q[1312+:32] <= b_data_i;
                7'd42: bias_q[1344+:32] <= b_data_i;
                7'd43: bias_q[1376+:32] <= b_data_i;
                7'd44: bias_q[1408+:32] <= b_data_i;
                7'd45: bias_q[1440+:32] <= b_data_i;
                7'd46: bias_q[1472+:32] <= b_data_i;
                7'd47: bias_q[1504+:32] <= b_data_i;
                7'd48: bias_q[1536+:32] <= b_data_i;
                7'd49: bias_q[1568+:32] <= b_data_i;
                7'd50: bias_q[1600+:32] <= b_data_i;
                7'd51: bias_q[1632+:32] <= b_data_i;
                7'd52: bias_q[1664+:32] <= b_data_i;
                7'd53: bias_q[1696+:32] <= b_data_i;
                7'd54: bias_q[1728+:32] <= b_data_i;
                7'd55: bias_q[1760+:32] <= b_data_i;
                7'd56: bias_q[1792+:32] <= b_data_i;
                7'd57: bias_q[1824+:32] <= b_data_i;
                7'd58: bias_q[1856+:32] <= b_data_i;
                7'd59: bias_q[1888+:32] <= b_data_i;
                7'd60: bias_q[1920+:32] <= b_data_i;
                7'd61: bias_q[1952+:32] <= b_data_i;
                7'd62: bias_q[1984+:32] <= b_data_i;
                7'd63: bias_q[2016+:32] <= b_data_i;
                7'd64: bias_q[2048+:32] <= b_data_i;
                7'd65: bias_q[2080+:32] <= b_data_i;
                7'd66: bias_q[2112+:32] <= b_data_i;
                7'd67: bias_q[2144+:32] <= b_data_i;
                7'd68: bias_q[2176+:32] <= b_data_i;
                7'd69: bias_q[2208+:32] <= b_data_i;
                7'd70: bias_q[2240+:32] <= b_data_i;
                7'd71: bias_q[2272+:32] <= b_data_i;
                7'd72: bias_q[2304+:32] <= b_data_i;
                7'd73: bias_q[2336+:32] <= b_data_i;
                7'd74: bias_q[2368+:32] <= b_data_i;
                7'd75: bias_q[2400+:32] <= b_data_i;
                7'd76: bias_q[2432+:32] <= b_data_i;
                7'd77: bias_q[2464+:32] <= b_data_i;
                7'd78: bias_q[2496+:32] <= b_data_i;
                7'd79: bias_q[2528+:32] <= b_data_i;
                7'd80: bias_q[2560+:32] <= b_data_i;
                7'd81: bias_q[2592+:32] <= b_data_i;
                7'd82: bias_q[2624+:32] <= b_data_i;
                7'd83: bias_q[2656+:32] <= b_data_i;
                7'd84: bias_q[2688+:32] <= b_data_i;
                7'd85: bias_q[2720+:32] <= b_data_i;
                7'd86: bias_q[2752+:32] <= b_data_i;
                7'd87: bias_q[2784+:32] <= b_data_i;
                7'd88: bias_q[2816+:32] <= b_data_i;
                7'd89: bias_q[2848+:32] <= b_data_i;
                7'd90: bias_q[2880+:32] <= b_data_i;
                7'd91: bias_q[2912+:32] <= b_data_i;
                7'd92: bias_q[2944+:32] <= b_data_i;
                7'd93: bias_q[2976+:32] <= b_data_i;
                7'd94: bias_q[3008+:32] <= b_data_i;
                7'd95: bias_q[3040+:32] <= b_data_i;
                7'd96: bias_q[3072+:32] <= b_data_i;
                7'd97: bias_q[3104+:32] <= b_data_i;
                7'd98: bias_q[3136+:32] <= b_data_i;
                7'd99: bias_q[3168+:32] <= b_data_i;
                7'd100: bias_q[3200+:32] <= b_data_i;
                7'd101: bias_q[3232+:32] <= b_data_i;
                7'd102: bias_q[3264+:32] <= b_data_i;
                7'd103: bias_q[3296+:32] <= b_data_i;
                7'd104: bias_q[3328+:32] <= b_data_i;
                7'd105: bias_q[3360+:32] <= b_data_i;
                7'd106: bias_q[3392+:32] <= b_data_i;
                7'd107: bias_q[3424+:32] <= b_data_i;
                7'd108: bias_q[3456+:32] <= b_data_i;
                7'd109: bias_q[3488+:32] <= b_data_i;
                7'd110: bias_q[3520+:32] <= b_data_i;
                7'd111: bias_q[3552+:32] <= b_data_i;
                7'd112: bias_q[3584+:32] <= b_data_i;
                7'd113: bias_q[3616+:32] <= b_data_i;
                7'd114: bias_q[3648+:32] <= b_data_i;
                7'd115: bias_q[3680+:32] <= b_data_i;
                7'd116: bias_q[3712+:32] <= b_data_i;
                7'd117: bias_q[3744+:32] <= b_data_i;
                7'd118: bias_q[3776+:32] <= b_data_i;
                7'd119: bias_q[3808+:32] <= b_data_i;
                7'd120: bias_q[3840+:32] <= b_data_i;
                7'd121: bias_q[3872+:32] <= b_data_i;
                7'd122: bias_q[3904+:32] <= b_data_i;
                7'd123: bias_q[3936+:32] <= b_data_i;
                7'd124: bias_q[3968+:32] <= b_data_i;
                7'd125: bias_q[4000+:32] <= b_data_i;
                7'd126: bias_q[4032+:32] <= b_data_i;
                7'd127: bias_q[4064+:32] <= b_data_i;
                default: ;
            endcase
        end
    end

    // ---- Array ----
    wire [31:0] x_lanes;
    assign x_lanes[0+:8] = s1_lanes_q[0] ? x_data_i[0+:8] : 8'd0;
    assign x_lanes[8+:8] = s1_lanes_q[1] ? x_data_i[8+:8] : 8'd0;
    assign x_lanes[16+:8] = s1_lanes_q[2] ? x_data_i[16+:8] : 8'd0;
    assign x_lanes[24+:8] = s1_lanes_q[3] ? x_data_i[24+:8] : 8'd0;
    wire pe_en  = s1_v_q && !s1_null_q;
    wire sum_en = s2_v_q && s2_last_q && !s2_null_q;
    wire [15:0] y_0;
    star_kvgen_row u_row_0 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[0+:8]),
             (bank0_2_rdata[0+:8]),
             (bank0_1_rdata[0+:8]),
             (bank0_0_rdata[0+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[0+:32]),
        .sh_i(s3_shk_q), .y_o(y_0)
    );
    wire [15:0] y_1;
    star_kvgen_row u_row_1 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[8+:8]),
             (bank0_2_rdata[8+:8]),
             (bank0_1_rdata[8+:8]),
             (bank0_0_rdata[8+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[32+:32]),
        .sh_i(s3_shk_q), .y_o(y_1)
    );
    wire [15:0] y_2;
    star_kvgen_row u_row_2 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[16+:8]),
             (bank0_2_rdata[16+:8]),
             (bank0_1_rdata[16+:8]),
             (bank0_0_rdata[16+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[64+:32]),
        .sh_i(s3_shk_q), .y_o(y_2)
    );
    wire [15:0] y_3;
    star_kvgen_row u_row_3 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[24+:8]),
             (bank0_2_rdata[24+:8]),
             (bank0_1_rdata[24+:8]),
             (bank0_0_rdata[24+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[96+:32]),
        .sh_i(s3_shk_q), .y_o(y_3)
    );
    wire [15:0] y_4;
    star_kvgen_row u_row_4 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[32+:8]),
             (bank0_2_rdata[32+:8]),
             (bank0_1_rdata[32+:8]),
             (bank0_0_rdata[32+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[128+:32]),
        .sh_i(s3_shk_q), .y_o(y_4)
    );
    wire [15:0] y_5;
    star_kvgen_row u_row_5 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[40+:8]),
             (bank0_2_rdata[40+:8]),
             (bank0_1_rdata[40+:8]),
             (bank0_0_rdata[40+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[160+:32]),
        .sh_i(s3_shk_q), .y_o(y_5)
    );
    wire [15:0] y_6;
    star_kvgen_row u_row_6 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[48+:8]),
             (bank0_2_rdata[48+:8]),
             (bank0_1_rdata[48+:8]),
             (bank0_0_rdata[48+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[192+:32]),
        .sh_i(s3_shk_q), .y_o(y_6)
    );
    wire [15:0] y_7;
    star_kvgen_row u_row_7 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[56+:8]),
             (bank0_2_rdata[56+:8]),
             (bank0_1_rdata[56+:8]),
             (bank0_0_rdata[56+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[224+:32]),
        .sh_i(s3_shk_q), .y_o(y_7)
    );
    wire [15:0] y_8;
    star_kvgen_row u_row_8 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[64+:8]),
             (bank0_2_rdata[64+:8]),
             (bank0_1_rdata[64+:8]),
             (bank0_0_rdata[64+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[256+:32]),
        .sh_i(s3_shk_q), .y_o(y_8)
    );
    wire [15:0] y_9;
    star_kvgen_row u_row_9 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[72+:8]),
             (bank0_2_rdata[72+:8]),
             (bank0_1_rdata[72+:8]),
             (bank0_0_rdata[72+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[288+:32]),
        .sh_i(s3_shk_q), .y_o(y_9)
    );
    wire [15:0] y_10;
    star_kvgen_row u_row_10 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[80+:8]),
             (bank0_2_rdata[80+:8]),
             (bank0_1_rdata[80+:8]),
             (bank0_0_rdata[80+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[320+:32]),
        .sh_i(s3_shk_q), .y_o(y_10)
    );
    wire [15:0] y_11;
    star_kvgen_row u_row_11 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[88+:8]),
             (bank0_2_rdata[88+:8]),
             (bank0_1_rdata[88+:8]),
             (bank0_0_rdata[88+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[352+:32]),
        .sh_i(s3_shk_q), .y_o(y_11)
    );
    wire [15:0] y_12;
    star_kvgen_row u_row_12 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[96+:8]),
             (bank0_2_rdata[96+:8]),
             (bank0_1_rdata[96+:8]),
             (bank0_0_rdata[96+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[384+:32]),
        .sh_i(s3_shk_q), .y_o(y_12)
    );
    wire [15:0] y_13;
    star_kvgen_row u_row_13 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[104+:8]),
             (bank0_2_rdata[104+:8]),
             (bank0_1_rdata[104+:8]),
             (bank0_0_rdata[104+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[416+:32]),
        .sh_i(s3_shk_q), .y_o(y_13)
    );
    wire [15:0] y_14;
    star_kvgen_row u_row_14 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[112+:8]),
             (bank0_2_rdata[112+:8]),
             (bank0_1_rdata[112+:8]),
             (bank0_0_rdata[112+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[448+:32]),
        .sh_i(s3_shk_q), .y_o(y_14)
    );
    wire [15:0] y_15;
    star_kvgen_row u_row_15 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[120+:8]),
             (bank0_2_rdata[120+:8]),
             (bank0_1_rdata[120+:8]),
             (bank0_0_rdata[120+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[480+:32]),
        .sh_i(s3_shk_q), .y_o(y_15)
    );
    wire [15:0] y_16;
    star_kvgen_row u_row_16 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[128+:8]),
             (bank0_2_rdata[128+:8]),
             (bank0_1_rdata[128+:8]),
             (bank0_0_rdata[128+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[512+:32]),
        .sh_i(s3_shk_q), .y_o(y_16)
    );
    wire [15:0] y_17;
    star_kvgen_row u_row_17 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[136+:8]),
             (bank0_2_rdata[136+:8]),
             (bank0_1_rdata[136+:8]),
             (bank0_0_rdata[136+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[544+:32]),
        .sh_i(s3_shk_q), .y_o(y_17)
    );
    wire [15:0] y_18;
    star_kvgen_row u_row_18 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[144+:8]),
             (bank0_2_rdata[144+:8]),
             (bank0_1_rdata[144+:8]),
             (bank0_0_rdata[144+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[576+:32]),
        .sh_i(s3_shk_q), .y_o(y_18)
    );
    wire [15:0] y_19;
    star_kvgen_row u_row_19 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[152+:8]),
             (bank0_2_rdata[152+:8]),
             (bank0_1_rdata[152+:8]),
             (bank0_0_rdata[152+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[608+:32]),
        .sh_i(s3_shk_q), .y_o(y_19)
    );
    wire [15:0] y_20;
    star_kvgen_row u_row_20 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[160+:8]),
             (bank0_2_rdata[160+:8]),
             (bank0_1_rdata[160+:8]),
             (bank0_0_rdata[160+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[640+:32]),
        .sh_i(s3_shk_q), .y_o(y_20)
    );
    wire [15:0] y_21;
    star_kvgen_row u_row_21 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[168+:8]),
             (bank0_2_rdata[168+:8]),
             (bank0_1_rdata[168+:8]),
             (bank0_0_rdata[168+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[672+:32]),
        .sh_i(s3_shk_q), .y_o(y_21)
    );
    wire [15:0] y_22;
    star_kvgen_row u_row_22 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[176+:8]),
             (bank0_2_rdata[176+:8]),
             (bank0_1_rdata[176+:8]),
             (bank0_0_rdata[176+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[704+:32]),
        .sh_i(s3_shk_q), .y_o(y_22)
    );
    wire [15:0] y_23;
    star_kvgen_row u_row_23 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[184+:8]),
             (bank0_2_rdata[184+:8]),
             (bank0_1_rdata[184+:8]),
             (bank0_0_rdata[184+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[736+:32]),
        .sh_i(s3_shk_q), .y_o(y_23)
    );
    wire [15:0] y_24;
    star_kvgen_row u_row_24 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[192+:8]),
             (bank0_2_rdata[192+:8]),
             (bank0_1_rdata[192+:8]),
             (bank0_0_rdata[192+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[768+:32]),
        .sh_i(s3_shk_q), .y_o(y_24)
    );
    wire [15:0] y_25;
    star_kvgen_row u_row_25 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[200+:8]),
             (bank0_2_rdata[200+:8]),
             (bank0_1_rdata[200+:8]),
             (bank0_0_rdata[200+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[800+:32]),
        .sh_i(s3_shk_q), .y_o(y_25)
    );
    wire [15:0] y_26;
    star_kvgen_row u_row_26 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[208+:8]),
             (bank0_2_rdata[208+:8]),
             (bank0_1_rdata[208+:8]),
             (bank0_0_rdata[208+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[832+:32]),
        .sh_i(s3_shk_q), .y_o(y_26)
    );
    wire [15:0] y_27;
    star_kvgen_row u_row_27 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[216+:8]),
             (bank0_2_rdata[216+:8]),
             (bank0_1_rdata[216+:8]),
             (bank0_0_rdata[216+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[864+:32]),
        .sh_i(s3_shk_q), .y_o(y_27)
    );
    wire [15:0] y_28;
    star_kvgen_row u_row_28 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[224+:8]),
             (bank0_2_rdata[224+:8]),
             (bank0_1_rdata[224+:8]),
             (bank0_0_rdata[224+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[896+:32]),
        .sh_i(s3_shk_q), .y_o(y_28)
    );
    wire [15:0] y_29;
    star_kvgen_row u_row_29 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[232+:8]),
             (bank0_2_rdata[232+:8]),
             (bank0_1_rdata[232+:8]),
             (bank0_0_rdata[232+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[928+:32]),
        .sh_i(s3_shk_q), .y_o(y_29)
    );
    wire [15:0] y_30;
    star_kvgen_row u_row_30 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[240+:8]),
             (bank0_2_rdata[240+:8]),
             (bank0_1_rdata[240+:8]),
             (bank0_0_rdata[240+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[960+:32]),
        .sh_i(s3_shk_q), .y_o(y_30)
    );
    wire [15:0] y_31;
    star_kvgen_row u_row_31 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[248+:8]),
             (bank0_2_rdata[248+:8]),
             (bank0_1_rdata[248+:8]),
             (bank0_0_rdata[248+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[992+:32]),
        .sh_i(s3_shk_q), .y_o(y_31)
    );
    wire [15:0] y_32;
    star_kvgen_row u_row_32 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[256+:8]),
             (bank0_2_rdata[256+:8]),
             (bank0_1_rdata[256+:8]),
             (bank0_0_rdata[256+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1024+:32]),
        .sh_i(s3_shk_q), .y_o(y_32)
    );
    wire [15:0] y_33;
    star_kvgen_row u_row_33 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[264+:8]),
             (bank0_2_rdata[264+:8]),
             (bank0_1_rdata[264+:8]),
             (bank0_0_rdata[264+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1056+:32]),
        .sh_i(s3_shk_q), .y_o(y_33)
    );
    wire [15:0] y_34;
    star_kvgen_row u_row_34 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[272+:8]),
             (bank0_2_rdata[272+:8]),
             (bank0_1_rdata[272+:8]),
             (bank0_0_rdata[272+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1088+:32]),
        .sh_i(s3_shk_q), .y_o(y_34)
    );
    wire [15:0] y_35;
    star_kvgen_row u_row_35 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[280+:8]),
             (bank0_2_rdata[280+:8]),
             (bank0_1_rdata[280+:8]),
             (bank0_0_rdata[280+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1120+:32]),
        .sh_i(s3_shk_q), .y_o(y_35)
    );
    wire [15:0] y_36;
    star_kvgen_row u_row_36 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[288+:8]),
             (bank0_2_rdata[288+:8]),
             (bank0_1_rdata[288+:8]),
             (bank0_0_rdata[288+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1152+:32]),
        .sh_i(s3_shk_q), .y_o(y_36)
    );
    wire [15:0] y_37;
    star_kvgen_row u_row_37 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[296+:8]),
             (bank0_2_rdata[296+:8]),
             (bank0_1_rdata[296+:8]),
             (bank0_0_rdata[296+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1184+:32]),
        .sh_i(s3_shk_q), .y_o(y_37)
    );
    wire [15:0] y_38;
    star_kvgen_row u_row_38 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[304+:8]),
             (bank0_2_rdata[304+:8]),
             (bank0_1_rdata[304+:8]),
             (bank0_0_rdata[304+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1216+:32]),
        .sh_i(s3_shk_q), .y_o(y_38)
    );
    wire [15:0] y_39;
    star_kvgen_row u_row_39 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[312+:8]),
             (bank0_2_rdata[312+:8]),
             (bank0_1_rdata[312+:8]),
             (bank0_0_rdata[312+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1248+:32]),
        .sh_i(s3_shk_q), .y_o(y_39)
    );
    wire [15:0] y_40;
    star_kvgen_row u_row_40 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[320+:8]),
             (bank0_2_rdata[320+:8]),
             (bank0_1_rdata[320+:8]),
             (bank0_0_rdata[320+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1280+:32]),
        .sh_i(s3_shk_q), .y_o(y_40)
    );
    wire [15:0] y_41;
    star_kvgen_row u_row_41 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[328+:8]),
             (bank0_2_rdata[328+:8]),
             (bank0_1_rdata[328+:8]),
             (bank0_0_rdata[328+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1312+:32]),
        .sh_i(s3_shk_q), .y_o(y_41)
    );
    wire [15:0] y_42;
    star_kvgen_row u_row_42 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[336+:8]),
             (bank0_2_rdata[336+:8]),
             (bank0_1_rdata[336+:8]),
             (bank0_0_rdata[336+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1344+:32]),
        .sh_i(s3_shk_q), .y_o(y_42)
    );
    wire [15:0] y_43;
    star_kvgen_row u_row_43 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[344+:8]),
             (bank0_2_rdata[344+:8]),
             (bank0_1_rdata[344+:8]),
             (bank0_0_rdata[344+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1376+:32]),
        .sh_i(s3_shk_q), .y_o(y_43)
    );
    wire [15:0] y_44;
    star_kvgen_row u_row_44 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[352+:8]),
             (bank0_2_rdata[352+:8]),
             (bank0_1_rdata[352+:8]),
             (bank0_0_rdata[352+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1408+:32]),
        .sh_i(s3_shk_q), .y_o(y_44)
    );
    wire [15:0] y_45;
    star_kvgen_row u_row_45 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[360+:8]),
             (bank0_2_rdata[360+:8]),
             (bank0_1_rdata[360+:8]),
             (bank0_0_rdata[360+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1440+:32]),
        .sh_i(s3_shk_q), .y_o(y_45)
    );
    wire [15:0] y_46;
    star_kvgen_row u_row_46 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[368+:8]),
             (bank0_2_rdata[368+:8]),
             (bank0_1_rdata[368+:8]),
             (bank0_0_rdata[368+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1472+:32]),
        .sh_i(s3_shk_q), .y_o(y_46)
    );
    wire [15:0] y_47;
    star_kvgen_row u_row_47 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[376+:8]),
             (bank0_2_rdata[376+:8]),
             (bank0_1_rdata[376+:8]),
             (bank0_0_rdata[376+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1504+:32]),
        .sh_i(s3_shk_q), .y_o(y_47)
    );
    wire [15:0] y_48;
    star_kvgen_row u_row_48 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[384+:8]),
             (bank0_2_rdata[384+:8]),
             (bank0_1_rdata[384+:8]),
             (bank0_0_rdata[384+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1536+:32]),
        .sh_i(s3_shk_q), .y_o(y_48)
    );
    wire [15:0] y_49;
    star_kvgen_row u_row_49 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[392+:8]),
             (bank0_2_rdata[392+:8]),
             (bank0_1_rdata[392+:8]),
             (bank0_0_rdata[392+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1568+:32]),
        .sh_i(s3_shk_q), .y_o(y_49)
    );
    wire [15:0] y_50;
    star_kvgen_row u_row_50 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[400+:8]),
             (bank0_2_rdata[400+:8]),
             (bank0_1_rdata[400+:8]),
             (bank0_0_rdata[400+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1600+:32]),
        .sh_i(s3_shk_q), .y_o(y_50)
    );
    wire [15:0] y_51;
    star_kvgen_row u_row_51 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[408+:8]),
             (bank0_2_rdata[408+:8]),
             (bank0_1_rdata[408+:8]),
             (bank0_0_rdata[408+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1632+:32]),
        .sh_i(s3_shk_q), .y_o(y_51)
    );
    wire [15:0] y_52;
    star_kvgen_row u_row_52 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[416+:8]),
             (bank0_2_rdata[416+:8]),
             (bank0_1_rdata[416+:8]),
             (bank0_0_rdata[416+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1664+:32]),
        .sh_i(s3_shk_q), .y_o(y_52)
    );
    wire [15:0] y_53;
    star_kvgen_row u_row_53 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[424+:8]),
             (bank0_2_rdata[424+:8]),
             (bank0_1_rdata[424+:8]),
             (bank0_0_rdata[424+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1696+:32]),
        .sh_i(s3_shk_q), .y_o(y_53)
    );
    wire [15:0] y_54;
    star_kvgen_row u_row_54 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[432+:8]),
             (bank0_2_rdata[432+:8]),
             (bank0_1_rdata[432+:8]),
             (bank0_0_rdata[432+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1728+:32]),
        .sh_i(s3_shk_q), .y_o(y_54)
    );
    wire [15:0] y_55;
    star_kvgen_row u_row_55 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[440+:8]),
             (bank0_2_rdata[440+:8]),
             (bank0_1_rdata[440+:8]),
             (bank0_0_rdata[440+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1760+:32]),
        .sh_i(s3_shk_q), .y_o(y_55)
    );
    wire [15:0] y_56;
    star_kvgen_row u_row_56 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[448+:8]),
             (bank0_2_rdata[448+:8]),
             (bank0_1_rdata[448+:8]),
             (bank0_0_rdata[448+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1792+:32]),
        .sh_i(s3_shk_q), .y_o(y_56)
    );
    wire [15:0] y_57;
    star_kvgen_row u_row_57 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[456+:8]),
             (bank0_2_rdata[456+:8]),
             (bank0_1_rdata[456+:8]),
             (bank0_0_rdata[456+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1824+:32]),
        .sh_i(s3_shk_q), .y_o(y_57)
    );
    wire [15:0] y_58;
    star_kvgen_row u_row_58 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[464+:8]),
             (bank0_2_rdata[464+:8]),
             (bank0_1_rdata[464+:8]),
             (bank0_0_rdata[464+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1856+:32]),
        .sh_i(s3_shk_q), .y_o(y_58)
    );
    wire [15:0] y_59;
    star_kvgen_row u_row_59 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[472+:8]),
             (bank0_2_rdata[472+:8]),
             (bank0_1_rdata[472+:8]),
             (bank0_0_rdata[472+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1888+:32]),
        .sh_i(s3_shk_q), .y_o(y_59)
    );
    wire [15:0] y_60;
    star_kvgen_row u_row_60 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[480+:8]),
             (bank0_2_rdata[480+:8]),
             (bank0_1_rdata[480+:8]),
             (bank0_0_rdata[480+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1920+:32]),
        .sh_i(s3_shk_q), .y_o(y_60)
    );
    wire [15:0] y_61;
    star_kvgen_row u_row_61 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[488+:8]),
             (bank0_2_rdata[488+:8]),
             (bank0_1_rdata[488+:8]),
             (bank0_0_rdata[488+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1952+:32]),
        .sh_i(s3_shk_q), .y_o(y_61)
    );
    wire [15:0] y_62;
    star_kvgen_row u_row_62 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[496+:8]),
             (bank0_2_rdata[496+:8]),
             (bank0_1_rdata[496+:8]),
             (bank0_0_rdata[496+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[1984+:32]),
        .sh_i(s3_shk_q), .y_o(y_62)
    );
    wire [15:0] y_63;
    star_kvgen_row u_row_63 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[504+:8]),
             (bank0_2_rdata[504+:8]),
             (bank0_1_rdata[504+:8]),
             (bank0_0_rdata[504+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2016+:32]),
        .sh_i(s3_shk_q), .y_o(y_63)
    );
    wire [15:0] y_64;
    star_kvgen_row u_row_64 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[512+:8]),
             (bank0_2_rdata[512+:8]),
             (bank0_1_rdata[512+:8]),
             (bank0_0_rdata[512+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2048+:32]),
        .sh_i(s3_shv_q), .y_o(y_64)
    );
    wire [15:0] y_65;
    star_kvgen_row u_row_65 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[520+:8]),
             (bank0_2_rdata[520+:8]),
             (bank0_1_rdata[520+:8]),
             (bank0_0_rdata[520+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2080+:32]),
        .sh_i(s3_shv_q), .y_o(y_65)
    );
    wire [15:0] y_66;
    star_kvgen_row u_row_66 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[528+:8]),
             (bank0_2_rdata[528+:8]),
             (bank0_1_rdata[528+:8]),
             (bank0_0_rdata[528+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2112+:32]),
        .sh_i(s3_shv_q), .y_o(y_66)
    );
    wire [15:0] y_67;
    star_kvgen_row u_row_67 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[536+:8]),
             (bank0_2_rdata[536+:8]),
             (bank0_1_rdata[536+:8]),
             (bank0_0_rdata[536+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2144+:32]),
        .sh_i(s3_shv_q), .y_o(y_67)
    );
    wire [15:0] y_68;
    star_kvgen_row u_row_68 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[544+:8]),
             (bank0_2_rdata[544+:8]),
             (bank0_1_rdata[544+:8]),
             (bank0_0_rdata[544+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2176+:32]),
        .sh_i(s3_shv_q), .y_o(y_68)
    );
    wire [15:0] y_69;
    star_kvgen_row u_row_69 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[552+:8]),
             (bank0_2_rdata[552+:8]),
             (bank0_1_rdata[552+:8]),
             (bank0_0_rdata[552+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2208+:32]),
        .sh_i(s3_shv_q), .y_o(y_69)
    );
    wire [15:0] y_70;
    star_kvgen_row u_row_70 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[560+:8]),
             (bank0_2_rdata[560+:8]),
             (bank0_1_rdata[560+:8]),
             (bank0_0_rdata[560+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2240+:32]),
        .sh_i(s3_shv_q), .y_o(y_70)
    );
    wire [15:0] y_71;
    star_kvgen_row u_row_71 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[568+:8]),
             (bank0_2_rdata[568+:8]),
             (bank0_1_rdata[568+:8]),
             (bank0_0_rdata[568+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2272+:32]),
        .sh_i(s3_shv_q), .y_o(y_71)
    );
    wire [15:0] y_72;
    star_kvgen_row u_row_72 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[576+:8]),
             (bank0_2_rdata[576+:8]),
             (bank0_1_rdata[576+:8]),
             (bank0_0_rdata[576+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2304+:32]),
        .sh_i(s3_shv_q), .y_o(y_72)
    );
    wire [15:0] y_73;
    star_kvgen_row u_row_73 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[584+:8]),
             (bank0_2_rdata[584+:8]),
             (bank0_1_rdata[584+:8]),
             (bank0_0_rdata[584+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2336+:32]),
        .sh_i(s3_shv_q), .y_o(y_73)
    );
    wire [15:0] y_74;
    star_kvgen_row u_row_74 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[592+:8]),
             (bank0_2_rdata[592+:8]),
             (bank0_1_rdata[592+:8]),
             (bank0_0_rdata[592+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2368+:32]),
        .sh_i(s3_shv_q), .y_o(y_74)
    );
    wire [15:0] y_75;
    star_kvgen_row u_row_75 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[600+:8]),
             (bank0_2_rdata[600+:8]),
             (bank0_1_rdata[600+:8]),
             (bank0_0_rdata[600+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2400+:32]),
        .sh_i(s3_shv_q), .y_o(y_75)
    );
    wire [15:0] y_76;
    star_kvgen_row u_row_76 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[608+:8]),
             (bank0_2_rdata[608+:8]),
             (bank0_1_rdata[608+:8]),
             (bank0_0_rdata[608+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2432+:32]),
        .sh_i(s3_shv_q), .y_o(y_76)
    );
    wire [15:0] y_77;
    star_kvgen_row u_row_77 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[616+:8]),
             (bank0_2_rdata[616+:8]),
             (bank0_1_rdata[616+:8]),
             (bank0_0_rdata[616+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2464+:32]),
        .sh_i(s3_shv_q), .y_o(y_77)
    );
    wire [15:0] y_78;
    star_kvgen_row u_row_78 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[624+:8]),
             (bank0_2_rdata[624+:8]),
             (bank0_1_rdata[624+:8]),
             (bank0_0_rdata[624+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2496+:32]),
        .sh_i(s3_shv_q), .y_o(y_78)
    );
    wire [15:0] y_79;
    star_kvgen_row u_row_79 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[632+:8]),
             (bank0_2_rdata[632+:8]),
             (bank0_1_rdata[632+:8]),
             (bank0_0_rdata[632+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2528+:32]),
        .sh_i(s3_shv_q), .y_o(y_79)
    );
    wire [15:0] y_80;
    star_kvgen_row u_row_80 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[640+:8]),
             (bank0_2_rdata[640+:8]),
             (bank0_1_rdata[640+:8]),
             (bank0_0_rdata[640+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2560+:32]),
        .sh_i(s3_shv_q), .y_o(y_80)
    );
    wire [15:0] y_81;
    star_kvgen_row u_row_81 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[648+:8]),
             (bank0_2_rdata[648+:8]),
             (bank0_1_rdata[648+:8]),
             (bank0_0_rdata[648+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2592+:32]),
        .sh_i(s3_shv_q), .y_o(y_81)
    );
    wire [15:0] y_82;
    star_kvgen_row u_row_82 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[656+:8]),
             (bank0_2_rdata[656+:8]),
             (bank0_1_rdata[656+:8]),
             (bank0_0_rdata[656+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2624+:32]),
        .sh_i(s3_shv_q), .y_o(y_82)
    );
    wire [15:0] y_83;
    star_kvgen_row u_row_83 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[664+:8]),
             (bank0_2_rdata[664+:8]),
             (bank0_1_rdata[664+:8]),
             (bank0_0_rdata[664+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2656+:32]),
        .sh_i(s3_shv_q), .y_o(y_83)
    );
    wire [15:0] y_84;
    star_kvgen_row u_row_84 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[672+:8]),
             (bank0_2_rdata[672+:8]),
             (bank0_1_rdata[672+:8]),
             (bank0_0_rdata[672+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2688+:32]),
        .sh_i(s3_shv_q), .y_o(y_84)
    );
    wire [15:0] y_85;
    star_kvgen_row u_row_85 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[680+:8]),
             (bank0_2_rdata[680+:8]),
             (bank0_1_rdata[680+:8]),
             (bank0_0_rdata[680+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2720+:32]),
        .sh_i(s3_shv_q), .y_o(y_85)
    );
    wire [15:0] y_86;
    star_kvgen_row u_row_86 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[688+:8]),
             (bank0_2_rdata[688+:8]),
             (bank0_1_rdata[688+:8]),
             (bank0_0_rdata[688+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2752+:32]),
        .sh_i(s3_shv_q), .y_o(y_86)
    );
    wire [15:0] y_87;
    star_kvgen_row u_row_87 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[696+:8]),
             (bank0_2_rdata[696+:8]),
             (bank0_1_rdata[696+:8]),
             (bank0_0_rdata[696+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2784+:32]),
        .sh_i(s3_shv_q), .y_o(y_87)
    );
    wire [15:0] y_88;
    star_kvgen_row u_row_88 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[704+:8]),
             (bank0_2_rdata[704+:8]),
             (bank0_1_rdata[704+:8]),
             (bank0_0_rdata[704+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2816+:32]),
        .sh_i(s3_shv_q), .y_o(y_88)
    );
    wire [15:0] y_89;
    star_kvgen_row u_row_89 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[712+:8]),
             (bank0_2_rdata[712+:8]),
             (bank0_1_rdata[712+:8]),
             (bank0_0_rdata[712+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2848+:32]),
        .sh_i(s3_shv_q), .y_o(y_89)
    );
    wire [15:0] y_90;
    star_kvgen_row u_row_90 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[720+:8]),
             (bank0_2_rdata[720+:8]),
             (bank0_1_rdata[720+:8]),
             (bank0_0_rdata[720+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2880+:32]),
        .sh_i(s3_shv_q), .y_o(y_90)
    );
    wire [15:0] y_91;
    star_kvgen_row u_row_91 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[728+:8]),
             (bank0_2_rdata[728+:8]),
             (bank0_1_rdata[728+:8]),
             (bank0_0_rdata[728+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2912+:32]),
        .sh_i(s3_shv_q), .y_o(y_91)
    );
    wire [15:0] y_92;
    star_kvgen_row u_row_92 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[736+:8]),
             (bank0_2_rdata[736+:8]),
             (bank0_1_rdata[736+:8]),
             (bank0_0_rdata[736+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2944+:32]),
        .sh_i(s3_shv_q), .y_o(y_92)
    );
    wire [15:0] y_93;
    star_kvgen_row u_row_93 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[744+:8]),
             (bank0_2_rdata[744+:8]),
             (bank0_1_rdata[744+:8]),
             (bank0_0_rdata[744+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[2976+:32]),
        .sh_i(s3_shv_q), .y_o(y_93)
    );
    wire [15:0] y_94;
    star_kvgen_row u_row_94 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[752+:8]),
             (bank0_2_rdata[752+:8]),
             (bank0_1_rdata[752+:8]),
             (bank0_0_rdata[752+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3008+:32]),
        .sh_i(s3_shv_q), .y_o(y_94)
    );
    wire [15:0] y_95;
    star_kvgen_row u_row_95 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[760+:8]),
             (bank0_2_rdata[760+:8]),
             (bank0_1_rdata[760+:8]),
             (bank0_0_rdata[760+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3040+:32]),
        .sh_i(s3_shv_q), .y_o(y_95)
    );
    wire [15:0] y_96;
    star_kvgen_row u_row_96 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[768+:8]),
             (bank0_2_rdata[768+:8]),
             (bank0_1_rdata[768+:8]),
             (bank0_0_rdata[768+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3072+:32]),
        .sh_i(s3_shv_q), .y_o(y_96)
    );
    wire [15:0] y_97;
    star_kvgen_row u_row_97 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[776+:8]),
             (bank0_2_rdata[776+:8]),
             (bank0_1_rdata[776+:8]),
             (bank0_0_rdata[776+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3104+:32]),
        .sh_i(s3_shv_q), .y_o(y_97)
    );
    wire [15:0] y_98;
    star_kvgen_row u_row_98 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[784+:8]),
             (bank0_2_rdata[784+:8]),
             (bank0_1_rdata[784+:8]),
             (bank0_0_rdata[784+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3136+:32]),
        .sh_i(s3_shv_q), .y_o(y_98)
    );
    wire [15:0] y_99;
    star_kvgen_row u_row_99 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[792+:8]),
             (bank0_2_rdata[792+:8]),
             (bank0_1_rdata[792+:8]),
             (bank0_0_rdata[792+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3168+:32]),
        .sh_i(s3_shv_q), .y_o(y_99)
    );
    wire [15:0] y_100;
    star_kvgen_row u_row_100 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[800+:8]),
             (bank0_2_rdata[800+:8]),
             (bank0_1_rdata[800+:8]),
             (bank0_0_rdata[800+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3200+:32]),
        .sh_i(s3_shv_q), .y_o(y_100)
    );
    wire [15:0] y_101;
    star_kvgen_row u_row_101 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[808+:8]),
             (bank0_2_rdata[808+:8]),
             (bank0_1_rdata[808+:8]),
             (bank0_0_rdata[808+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3232+:32]),
        .sh_i(s3_shv_q), .y_o(y_101)
    );
    wire [15:0] y_102;
    star_kvgen_row u_row_102 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[816+:8]),
             (bank0_2_rdata[816+:8]),
             (bank0_1_rdata[816+:8]),
             (bank0_0_rdata[816+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3264+:32]),
        .sh_i(s3_shv_q), .y_o(y_102)
    );
    wire [15:0] y_103;
    star_kvgen_row u_row_103 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[824+:8]),
             (bank0_2_rdata[824+:8]),
             (bank0_1_rdata[824+:8]),
             (bank0_0_rdata[824+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3296+:32]),
        .sh_i(s3_shv_q), .y_o(y_103)
    );
    wire [15:0] y_104;
    star_kvgen_row u_row_104 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[832+:8]),
             (bank0_2_rdata[832+:8]),
             (bank0_1_rdata[832+:8]),
             (bank0_0_rdata[832+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3328+:32]),
        .sh_i(s3_shv_q), .y_o(y_104)
    );
    wire [15:0] y_105;
    star_kvgen_row u_row_105 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[840+:8]),
             (bank0_2_rdata[840+:8]),
             (bank0_1_rdata[840+:8]),
             (bank0_0_rdata[840+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3360+:32]),
        .sh_i(s3_shv_q), .y_o(y_105)
    );
    wire [15:0] y_106;
    star_kvgen_row u_row_106 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[848+:8]),
             (bank0_2_rdata[848+:8]),
             (bank0_1_rdata[848+:8]),
             (bank0_0_rdata[848+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3392+:32]),
        .sh_i(s3_shv_q), .y_o(y_106)
    );
    wire [15:0] y_107;
    star_kvgen_row u_row_107 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[856+:8]),
             (bank0_2_rdata[856+:8]),
             (bank0_1_rdata[856+:8]),
             (bank0_0_rdata[856+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3424+:32]),
        .sh_i(s3_shv_q), .y_o(y_107)
    );
    wire [15:0] y_108;
    star_kvgen_row u_row_108 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[864+:8]),
             (bank0_2_rdata[864+:8]),
             (bank0_1_rdata[864+:8]),
             (bank0_0_rdata[864+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3456+:32]),
        .sh_i(s3_shv_q), .y_o(y_108)
    );
    wire [15:0] y_109;
    star_kvgen_row u_row_109 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[872+:8]),
             (bank0_2_rdata[872+:8]),
             (bank0_1_rdata[872+:8]),
             (bank0_0_rdata[872+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3488+:32]),
        .sh_i(s3_shv_q), .y_o(y_109)
    );
    wire [15:0] y_110;
    star_kvgen_row u_row_110 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[880+:8]),
             (bank0_2_rdata[880+:8]),
             (bank0_1_rdata[880+:8]),
             (bank0_0_rdata[880+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3520+:32]),
        .sh_i(s3_shv_q), .y_o(y_110)
    );
    wire [15:0] y_111;
    star_kvgen_row u_row_111 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[888+:8]),
             (bank0_2_rdata[888+:8]),
             (bank0_1_rdata[888+:8]),
             (bank0_0_rdata[888+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3552+:32]),
        .sh_i(s3_shv_q), .y_o(y_111)
    );
    wire [15:0] y_112;
    star_kvgen_row u_row_112 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[896+:8]),
             (bank0_2_rdata[896+:8]),
             (bank0_1_rdata[896+:8]),
             (bank0_0_rdata[896+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3584+:32]),
        .sh_i(s3_shv_q), .y_o(y_112)
    );
    wire [15:0] y_113;
    star_kvgen_row u_row_113 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[904+:8]),
             (bank0_2_rdata[904+:8]),
             (bank0_1_rdata[904+:8]),
             (bank0_0_rdata[904+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3616+:32]),
        .sh_i(s3_shv_q), .y_o(y_113)
    );
    wire [15:0] y_114;
    star_kvgen_row u_row_114 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[912+:8]),
             (bank0_2_rdata[912+:8]),
             (bank0_1_rdata[912+:8]),
             (bank0_0_rdata[912+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3648+:32]),
        .sh_i(s3_shv_q), .y_o(y_114)
    );
    wire [15:0] y_115;
    star_kvgen_row u_row_115 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[920+:8]),
             (bank0_2_rdata[920+:8]),
             (bank0_1_rdata[920+:8]),
             (bank0_0_rdata[920+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3680+:32]),
        .sh_i(s3_shv_q), .y_o(y_115)
    );
    wire [15:0] y_116;
    star_kvgen_row u_row_116 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[928+:8]),
             (bank0_2_rdata[928+:8]),
             (bank0_1_rdata[928+:8]),
             (bank0_0_rdata[928+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3712+:32]),
        .sh_i(s3_shv_q), .y_o(y_116)
    );
    wire [15:0] y_117;
    star_kvgen_row u_row_117 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[936+:8]),
             (bank0_2_rdata[936+:8]),
             (bank0_1_rdata[936+:8]),
             (bank0_0_rdata[936+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3744+:32]),
        .sh_i(s3_shv_q), .y_o(y_117)
    );
    wire [15:0] y_118;
    star_kvgen_row u_row_118 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[944+:8]),
             (bank0_2_rdata[944+:8]),
             (bank0_1_rdata[944+:8]),
             (bank0_0_rdata[944+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3776+:32]),
        .sh_i(s3_shv_q), .y_o(y_118)
    );
    wire [15:0] y_119;
    star_kvgen_row u_row_119 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[952+:8]),
             (bank0_2_rdata[952+:8]),
             (bank0_1_rdata[952+:8]),
             (bank0_0_rdata[952+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3808+:32]),
        .sh_i(s3_shv_q), .y_o(y_119)
    );
    wire [15:0] y_120;
    star_kvgen_row u_row_120 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[960+:8]),
             (bank0_2_rdata[960+:8]),
             (bank0_1_rdata[960+:8]),
             (bank0_0_rdata[960+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3840+:32]),
        .sh_i(s3_shv_q), .y_o(y_120)
    );
    wire [15:0] y_121;
    star_kvgen_row u_row_121 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[968+:8]),
             (bank0_2_rdata[968+:8]),
             (bank0_1_rdata[968+:8]),
             (bank0_0_rdata[968+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3872+:32]),
        .sh_i(s3_shv_q), .y_o(y_121)
    );
    wire [15:0] y_122;
    star_kvgen_row u_row_122 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[976+:8]),
             (bank0_2_rdata[976+:8]),
             (bank0_1_rdata[976+:8]),
             (bank0_0_rdata[976+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3904+:32]),
        .sh_i(s3_shv_q), .y_o(y_122)
    );
    wire [15:0] y_123;
    star_kvgen_row u_row_123 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[984+:8]),
             (bank0_2_rdata[984+:8]),
             (bank0_1_rdata[984+:8]),
             (bank0_0_rdata[984+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3936+:32]),
        .sh_i(s3_shv_q), .y_o(y_123)
    );
    wire [15:0] y_124;
    star_kvgen_row u_row_124 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[992+:8]),
             (bank0_2_rdata[992+:8]),
             (bank0_1_rdata[992+:8]),
             (bank0_0_rdata[992+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[3968+:32]),
        .sh_i(s3_shv_q), .y_o(y_124)
    );
    wire [15:0] y_125;
    star_kvgen_row u_row_125 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[1000+:8]),
             (bank0_2_rdata[1000+:8]),
             (bank0_1_rdata[1000+:8]),
             (bank0_0_rdata[1000+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[4000+:32]),
        .sh_i(s3_shv_q), .y_o(y_125)
    );
    wire [15:0] y_126;
    star_kvgen_row u_row_126 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[1008+:8]),
             (bank0_2_rdata[1008+:8]),
             (bank0_1_rdata[1008+:8]),
             (bank0_0_rdata[1008+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[4032+:32]),
        .sh_i(s3_shv_q), .y_o(y_126)
    );
    wire [15:0] y_127;
    star_kvgen_row u_row_127 (
        .clk_i(clk_i), .en_i(pe_en), .first_i(s1_first_q), .x_i(x_lanes),
        .w_i({(bank0_3_rdata[1016+:8]),
             (bank0_2_rdata[1016+:8]),
             (bank0_1_rdata[1016+:8]),
             (bank0_0_rdata[1016+:8])}),
        .sum_en_i(sum_en), .bias_i(bias_q[4064+:32]),
        .sh_i(s3_shv_q), .y_o(y_127)
    );

    // ---- Result and output registers ----
    always @(posedge clk_i) begin
        if (s3_v_q && s3_null_q) begin
            res_q <= 2048'd0;
        end else if (s3_v_q) begin
            if (s3_pass_q == 1'd0) begin
                res_q[0+:16] <= y_0;
                res_q[16+:16] <= y_1;
                res_q[32+:16] <= y_2;
                res_q[48+:16] <= y_3;
                res_q[64+:16] <= y_4;
                res_q[80+:16] <= y_5;
                res_q[96+:16] <= y_6;
                res_q[112+:16] <= y_7;
                res_q[128+:16] <= y_8;
                res_q[144+:16] <= y_9;
                res_q[160+:16] <= y_10;
                res_q[176+:16] <= y_11;
                res_q[192+:16] <= y_12;
                res_q[208+:16] <= y_13;
                res_q[224+:16] <= y_14;
                res_q[240+:16] <= y_15;
                res_q[256+:16] <= y_16;
                res_q[272+:16] <= y_17;
                res_q[288+:16] <= y_18;
                res_q[304+:16] <= y_19;
                res_q[320+:16] <= y_20;
                res_q[336+:16] <= y_21;
                res_q[352+:16] <= y_22;
                res_q[368+:16] <= y_23;
                res_q[384+:16] <= y_24;
                res_q[400+:16] <= y_25;
                res_q[416+:16] <= y_26;
                res_q[432+:16] <= y_27;
                res_q[448+:16] <= y_28;
                res_q[464+:16] <= y_29;
                res_q[480+:16] <= y_30;
                res_q[496+:16] <= y_31;
                res_q[512+:16] <= y_32;
                res_q[528+:16] <= y_33;
                res_q[544+:16] <= y_34;
                res_q[560+:16] <= y_35;
                res_q[576+:16] <= y_36;
                res_q[592+:16] <= y_37;
                res_q[608+:16] <= y_38;
                res_q[624+:16] <= y_39;
                res_q[640+:16] <= y_40;
                res_q[656+:16] <= y_41;
                res_q[672+:16] <= y_42;
                res_q[688+:16] <= y_43;
                res_q[704+:16] <= y_44;
                res_q[720+:16] <= y_45;
                res_q[736+:16] <= y_46;
                res_q[752+:16] <= y_47;
                res_q[768+:16] <= y_48;
                res_q[784+:16] <= y_49;
                res_q[800+:16] <= y_50;
                res_q[816+:16] <= y_51;
                res_q[832+:16] <= y_52;
                res_q[848+:16] <= y_53;
                res_q[864+:16] <= y_54;
                res_q[880+:16] <= y_55;
                res_q[896+:16] <= y_56;
                res_q[912+:16] <= y_57;
                res_q[928+:16] <= y_58;
                res_q[944+:16] <= y_59;
                res_q[960+:16] <= y_60;
                res_q[976+:16] <= y_61;
                res_q[992+:16] <= y_62;
                res_q[1008+:16] <= y_63;
                res_q[1024+:16] <= y_64;
                res_q[1040+:16] <= y_65;
                res_q[1056+:16] <= y_66;
                res_q[1072+:16] <= y_67;
                res_q[1088+:16] <= y_68;
                res_q[1104+:16] <= y_69;
                res_q[1120+:16] <= y_70;
                res_q[1136+:16] <= y_71;
                res_q[1152+:16] <= y_72;
                res_q[1168+:16] <= y_73;
                res_q[1184+:16] <= y_74;
                res_q[1200+:16] <= y_75;
                res_q[1216+:16] <= y_76;
                res_q[1232+:16] <= y_77;
                res_q[1248+:16] <= y_78;
                res_q[1264+:16] <= y_79;
                res_q[1280+:16] <= y_80;
                res_q[1296+:16] <= y_81;
                res_q[1312+:16] <= y_82;
                res_q[1328+:16] <= y_83;
                res_q[1344+:16] <= y_84;
                res_q[1360+:16] <= y_85;
                res_q[1376+:16] <= y_86;
                res_q[1392+:16] <= y_87;
                res_q[1408+:16] <= y_88;
                res_q[1424+:16] <= y_89;
                res_q[1440+:16] <= y_90;
                res_q[1456+:16] <= y_91;
                res_q[1472+:16] <= y_92;
                res_q[1488+:16] <= y_93;
                res_q[1504+:16] <= y_94;
                res_q[1520+:16] <= y_95;
                res_q[1536+:16] <= y_96;
                res_q[1552+:16] <= y_97;
                res_q[1568+:16] <= y_98;
                res_q[1584+:16] <= y_99;
                res_q[1600+:16] <= y_100;
                res_q[1616+:16] <= y_101;
                res_q[1632+:16] <= y_102;
                res_q[1648+:16] <= y_103;
                res_q[1664+:16] <= y_104;
                res_q[1680+:16] <= y_105;
                res_q[1696+:16] <= y_106;
                res_q[1712+:16] <= y_107;
                res_q[1728+:16] <= y_108;
                res_q[1744+:16] <= y_109;
                res_q[1760+:16] <= y_110;
                res_q[1776+:16] <= y_111;
                res_q[1792+:16] <= y_112;
                res_q[1808+:16] <= y_113;
                res_q[1824+:16] <= y_114;
                res_q[1840+:16] <= y_115;
                res_q[1856+:16] <= y_116;
                res_q[1872+:16] <= y_117;
                res_q[1888+:16] <= y_118;
                res_q[1904+:16] <= y_119;
                res_q[1920+:16] <= y_120;
                res_q[1936+:16] <= y_121;
                res_q[1952+:16] <= y_122;
                res_q[1968+:16] <= y_123;
                res_q[1984+:16] <= y_124;
                res_q[2000+:16] <= y_125;
                res_q[2016+:16] <= y_126;
                res_q[2032+:16] <= y_127;
            end
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
    // One pass: the pass index is constant, and the s2/s3 final flags are implied.
    wire unused_pass = ^{is_pass_q, s1_pass_q, s2_pass_q, s3_pass_q};
endmodule
`default_nettype wire
