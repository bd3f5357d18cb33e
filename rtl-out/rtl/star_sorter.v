// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// SADS sorter (spec §3): per row and tile, the exact set of at most kq keys within radius r of
// the tile maximum (ties to the lower index), for 128 rows with 16->4 bitonic sort cores.
// Input: one beat per key, keys 0..S-1, 128 lanes of 16-bit scores. Output per tile, in tile
// order: beats {key, tile, mask[128], last} for keys some row selected (mask bit i = row i), in
// increasing key order; a tile nobody selects from sends one beat with mask 0 and last 1.
// kq_i, tiles_i, radius_i, seq_len_i, causal_i, base_pos_i are sampled when a block's first
// beat is offered and must stay constant for the block (1 <= kq <= 64, 1 <= Tc <= 32,
// 1 <= S <= 4096; base_pos = position of row 0, rows see keys <= their position if causal).
// Per tile: load into a 12-bank tile buffer, ceil(kq/4) network passes of ceil(Bc/12) + 2
// cycles (pass p finds ranks 4p+1..4p+4 below the previous threshold), then a Bc-cycle scan
// that emits each key with mask = (key >= row threshold) & within radius & eligible. The next
// tile of the block loads during the scan (all but its last key). Bc = ceil(S/Tc) comes from a
// 13-cycle divider at block start.
module star_sorter (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire [6:0]        kq_i,
    input  wire [5:0]        tiles_i,
    input  wire [15:0]       radius_i,     // unsigned; 2^B-1 admits every eligible key
    input  wire [12:0]       seq_len_i,
    input  wire              causal_i,
    input  wire [12:0]       base_pos_i,
    input  wire              in_valid_i,
    output wire              in_ready_o,
    input  wire [2047:0]   in_scores_i,  // 128 lanes x 16: the scores of one key, row 0 in lane 0
    output wire              out_valid_o,
    input  wire              out_ready_i,
    output wire [11:0]       out_key_o,
    output wire [4:0]        out_tile_o,
    output wire [127:0]   out_mask_o,
    output wire              out_last_o,
    output wire              idle_o        // no block in progress, no beat waiting
);
    localparam [2:0] S_IDLE = 3'd0, S_DIV = 3'd1, S_LOAD = 3'd2, S_PASS = 3'd3,
                     S_DRAIN = 3'd4, S_PEND = 3'd5, S_EMIT = 3'd6, S_FLUSH = 3'd7;
    reg  [2:0]        state_q;
    // Run-time parameters of the block.
    reg  [6:0]        kq_q;
    reg  [5:0]        tiles_q;
    reg  [15:0]       radius_q;
    reg  [12:0]       seq_q;
    reg               causal_q;
    reg  [12:0]       base_q;
    // Divider: bc_q = ceil(S / Tc), one quotient bit per cycle.
    reg  [12:0]       div_n_q;
    reg  [5:0]        div_r_q;
    reg  [3:0]        div_cnt_q;
    reg  [12:0]       bc_q;
    // Tile.
    reg  [11:0]       tile_start_q;
    reg  [4:0]        tile_q;
    reg  [12:0]       ld_cnt_q;
    reg  [3:0]        ld_bank_q;
    reg  [8:0]        ld_addr_q;
    reg  [8:0]        last_addr_q;
    // Passes and scan.
    reg  [3:0]        pass_q;
    reg  [8:0]        rd_addr_q;
    reg  [12:0]       rd_base_q;
    reg               step_q;
    reg  [12:0]       step_base_q;
    reg  [12:0]       em_l_q;
    reg  [3:0]        em_bank_q;
    reg               s1_valid_q;
    reg               s1_last_q;
    reg  [11:0]       s1_l_q;
    reg  [3:0]        s1_bank_q;
    reg               pend_valid_q;
    reg  [11:0]       pend_key_q;
    reg  [127:0]   pend_mask_q;
    reg               out_valid_q;
    reg  [11:0]       out_key_q;
    reg  [4:0]        out_tile_q;
    reg  [127:0]   out_mask_q;
    reg               out_last_q;

    wire [12:0] rest     = seq_q - {1'd0, tile_start_q};
    wire [12:0] tile_len = (bc_q < rest) ? bc_q : rest;
    wire [13:0] next_start = {1'b0, {1'd0, tile_start_q}} + {1'b0, bc_q};
    wire       blk_done   = (next_start >= {1'b0, seq_q});

    // The next tile of the block loads while this one is scanned: key l may overwrite its slot
    // once the scan has read key l, and its last key waits for the scan to end (it starts the
    // passes and re-times the cores). The next tile is never longer than this one.
    wire [13:0] next_rest = {1'b0, seq_q} - next_start;
    wire [13:0] next_len  = ({1'b0, bc_q} < next_rest) ? {1'b0, bc_q} : next_rest;
    wire ovl_ok   = (state_q == S_EMIT || state_q == S_FLUSH) && !blk_done
                    && ({1'b0, ld_cnt_q} + 14'd1 < next_len) && (ld_cnt_q < em_l_q);
    wire ld_ready = (state_q == S_LOAD) || ovl_ok;
    wire in_fire  = in_valid_i && ld_ready;
    wire ld_last  = (ld_cnt_q == tile_len - 13'd1);
    wire ld_done  = in_fire && ld_last && (state_q == S_LOAD);
    wire [6:0] kq_m1 = kq_q - 7'd1;
    wire [4:0] pass_last = kq_m1[6:2];
    wire last_pass  = ({1'd0, pass_q} == pass_last);
    wire first_pass = (pass_q == 4'd0);
    wire [1:0] rank = kq_m1[1:0];

    wire [6:0] r2    = {div_r_q, div_n_q[12]};
    wire [5:0] r2_lo = r2[5:0];
    wire       q_bit = (r2 >= {1'b0, tiles_q});
    wire [5:0] r_sub = r2_lo - tiles_q;

    wire advance  = !out_valid_q || out_ready_i;
    wire issuing  = (em_l_q < tile_len);
    wire em_adv   = (state_q == S_EMIT) && advance;
    wire fl_adv   = (state_q == S_FLUSH) && advance;
    wire [127:0] mask;
    wire hit      = s1_valid_q && (|mask);
    wire out_load = (em_adv && hit && pend_valid_q) || fl_adv;
    wire re       = (state_q == S_PASS) || (em_adv && issuing);
    wire [8:0] raddr = rd_addr_q;
    wire [11:0] em_key_l = tile_start_q + s1_l_q;

    assign in_ready_o  = ld_ready;
    assign out_valid_o = out_valid_q;
    assign out_key_o   = out_key_q;
    assign out_tile_o  = out_tile_q;
    assign out_mask_o  = out_mask_q;
    assign out_last_o  = out_last_q;
    assign idle_o      = (state_q == S_IDLE) && !out_valid_q;

    always @(posedge clk_i) begin
        if (rst_i) begin
            state_q      <= S_IDLE;
            step_q       <= 1'b0;
            s1_valid_q   <= 1'b0;
            pend_valid_q <= 1'b0;
            out_valid_q  <= 1'b0;
        end else begin
            step_q <= (state_q == S_PASS);
            if (out_load) out_valid_q <= 1'b1;
            else if (out_ready_i) out_valid_q <= 1'b0;
            if (em_adv && hit) pend_valid_q <= 1'b1;
            else if (fl_adv) pend_valid_q <= 1'b0;
            if (em_adv) s1_valid_q <= issuing;
            else if (state_q != S_EMIT) s1_valid_q <= 1'b0;
            case (state_q)
                S_IDLE:  if (in_valid_i) state_q <= S_DIV;
                S_DIV:   if (div_cnt_q == 4'd12) state_q <= S_LOAD;
                S_LOAD:  if (ld_done) state_q <= S_PASS;
                S_PASS:  if (rd_addr_q == last_addr_q) state_q <= S_DRAIN;
                S_DRAIN: state_q <= S_PEND;
                S_PEND:  state_q <= last_pass ? S_EMIT : S_PASS;
                S_EMIT:  if (em_adv && s1_valid_q && s1_last_q) state_q <= S_FLUSH;
                default: if (fl_adv) state_q <= blk_done ? S_IDLE : S_LOAD;
            endcase
        end
    end

    // Datapath and counters (qualified by the state, not reset).
    always @(posedge clk_i) begin
        if (state_q == S_IDLE && in_valid_i) begin
            kq_q      <= kq_i;
            tiles_q   <= tiles_i;
            radius_q  <= radius_i;
            seq_q     <= seq_len_i;
            causal_q  <= causal_i;
            base_q    <= base_pos_i;
            div_n_q   <= seq_len_i + {7'd0, tiles_i} - 13'd1;
            div_r_q   <= 6'd0;
            div_cnt_q <= 4'd0;
        end
        if (state_q == S_DIV) begin
            div_n_q   <= div_n_q << 1;
            div_r_q   <= q_bit ? r_sub : r2_lo;
            bc_q      <= {bc_q[11:0], q_bit};
            div_cnt_q <= div_cnt_q + 4'd1;
            tile_start_q <= 12'd0;
            tile_q       <= 5'd0;
            ld_cnt_q     <= 13'd0;
            ld_bank_q    <= 4'd0;
            ld_addr_q    <= 9'd0;
        end
        if (in_fire) begin
            ld_cnt_q <= ld_cnt_q + 13'd1;
            ld_bank_q <= (ld_bank_q == 4'd11) ? 4'd0 : ld_bank_q + 4'd1;
            if (ld_bank_q == 4'd11) ld_addr_q <= ld_addr_q + 9'd1;
            if (ld_done) begin
                ld_cnt_q    <= 13'd0;
                ld_bank_q   <= 4'd0;
                ld_addr_q   <= 9'd0;
                last_addr_q <= ld_addr_q;
                pass_q      <= 4'd0;
                rd_addr_q   <= 9'd0;
                rd_base_q   <= 13'd0;
            end
        end
        if (state_q == S_PASS) begin
            rd_addr_q   <= rd_addr_q + 9'd1;
            rd_base_q   <= rd_base_q + 13'd12;
            step_base_q <= rd_base_q;
        end
        if (state_q == S_PEND) begin
            pass_q    <= pass_q + 4'd1;
            rd_addr_q <= 9'd0;
            rd_base_q <= 13'd0;
            em_l_q    <= 13'd0;
            em_bank_q <= 4'd0;
        end
        if (em_adv) begin
            s1_last_q <= (em_l_q == tile_len - 13'd1);
            s1_l_q    <= em_l_q[11:0];
            s1_bank_q <= em_bank_q;
            if (issuing) begin
                em_l_q    <= em_l_q + 13'd1;
                em_bank_q <= (em_bank_q == 4'd11) ? 4'd0 : em_bank_q + 4'd1;
                if (em_bank_q == 4'd11) rd_addr_q <= rd_addr_q + 9'd1;
            end
            if (hit) begin
                pend_key_q  <= em_key_l;
                pend_mask_q <= mask;
            end
        end
        if (out_load) begin
            out_key_q  <= (fl_adv && !pend_valid_q) ? tile_start_q : pend_key_q;
            out_mask_q <= (fl_adv && !pend_valid_q) ? 128'd0 : pend_mask_q;
            out_last_q <= fl_adv;
            out_tile_q <= tile_q;
        end
        if (fl_adv) begin
            tile_start_q <= next_start[11:0];
            tile_q       <= tile_q + 5'd1;
        end
    end

    // Tile buffer: key l of the tile in bank l mod 12, word l / 12.
    wire [2047:0] rdata [0:11];
    star_sram_342x2048 u_bank_0 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd0), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[0])
    );
    star_sram_342x2048 u_bank_1 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd1), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[1])
    );
    star_sram_342x2048 u_bank_2 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd2), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[2])
    );
    star_sram_342x2048 u_bank_3 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd3), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[3])
    );
    star_sram_342x2048 u_bank_4 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd4), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[4])
    );
    star_sram_342x2048 u_bank_5 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd5), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[5])
    );
    star_sram_342x2048 u_bank_6 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd6), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[6])
    );
    star_sram_342x2048 u_bank_7 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd7), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[7])
    );
    star_sram_342x2048 u_bank_8 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd8), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[8])
    );
    star_sram_342x2048 u_bank_9 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd9), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[9])
    );
    star_sram_342x2048 u_bank_10 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd10), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[10])
    );
    star_sram_342x2048 u_bank_11 (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == 4'd11), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[11])
    );
    wire [2047:0] em_word = rdata[s1_bank_q];
    wire [24575:0] step_word = {rdata[11], rdata[10], rdata[9], rdata[8], rdata[7], rdata[6], rdata[5], rdata[4], rdata[3], rdata[2], rdata[1], rdata[0]};

    wire [14:0] pos1_x0 = {2'd0, base_q} + 15'd1;
    star_sorter_core u_core_0 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x0 >= 15'd16383) ? {14{1'b1}} : pos1_x0[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22528+:16], step_word[20480+:16], step_word[18432+:16], step_word[16384+:16], step_word[14336+:16], step_word[12288+:16], step_word[10240+:16], step_word[8192+:16], step_word[6144+:16], step_word[4096+:16], step_word[2048+:16], step_word[0+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[0+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[0])
    );
    wire [14:0] pos1_x1 = {2'd0, base_q} + 15'd2;
    star_sorter_core u_core_1 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x1 >= 15'd16383) ? {14{1'b1}} : pos1_x1[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22544+:16], step_word[20496+:16], step_word[18448+:16], step_word[16400+:16], step_word[14352+:16], step_word[12304+:16], step_word[10256+:16], step_word[8208+:16], step_word[6160+:16], step_word[4112+:16], step_word[2064+:16], step_word[16+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[16+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[1])
    );
    wire [14:0] pos1_x2 = {2'd0, base_q} + 15'd3;
    star_sorter_core u_core_2 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x2 >= 15'd16383) ? {14{1'b1}} : pos1_x2[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22560+:16], step_word[20512+:16], step_word[18464+:16], step_word[16416+:16], step_word[14368+:16], step_word[12320+:16], step_word[10272+:16], step_word[8224+:16], step_word[6176+:16], step_word[4128+:16], step_word[2080+:16], step_word[32+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[32+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[2])
    );
    wire [14:0] pos1_x3 = {2'd0, base_q} + 15'd4;
    star_sorter_core u_core_3 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x3 >= 15'd16383) ? {14{1'b1}} : pos1_x3[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22576+:16], step_word[20528+:16], step_word[18480+:16], step_word[16432+:16], step_word[14384+:16], step_word[12336+:16], step_word[10288+:16], step_word[8240+:16], step_word[6192+:16], step_word[4144+:16], step_word[2096+:16], step_word[48+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[48+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[3])
    );
    wire [14:0] pos1_x4 = {2'd0, base_q} + 15'd5;
    star_sorter_core u_core_4 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x4 >= 15'd16383) ? {14{1'b1}} : pos1_x4[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22592+:16], step_word[20544+:16], step_word[18496+:16], step_word[16448+:16], step_word[14400+:16], step_word[12352+:16], step_word[10304+:16], step_word[8256+:16], step_word[6208+:16], step_word[4160+:16], step_word[2112+:16], step_word[64+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[64+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[4])
    );
    wire [14:0] pos1_x5 = {2'd0, base_q} + 15'd6;
    star_sorter_core u_core_5 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x5 >= 15'd16383) ? {14{1'b1}} : pos1_x5[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22608+:16], step_word[20560+:16], step_word[18512+:16], step_word[16464+:16], step_word[14416+:16], step_word[12368+:16], step_word[10320+:16], step_word[8272+:16], step_word[6224+:16], step_word[4176+:16], step_word[2128+:16], step_word[80+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[80+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[5])
    );
    wire [14:0] pos1_x6 = {2'd0, base_q} + 15'd7;
    star_sorter_core u_core_6 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x6 >= 15'd16383) ? {14{1'b1}} : pos1_x6[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22624+:16], step_word[20576+:16], step_word[18528+:16], step_word[16480+:16], step_word[14432+:16], step_word[12384+:16], step_word[10336+:16], step_word[8288+:16], step_word[6240+:16], step_word[4192+:16], step_word[2144+:16], step_word[96+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[96+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[6])
    );
    wire [14:0] pos1_x7 = {2'd0, base_q} + 15'd8;
    star_sorter_core u_core_7 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x7 >= 15'd16383) ? {14{1'b1}} : pos1_x7[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22640+:16], step_word[20592+:16], step_word[18544+:16], step_word[16496+:16], step_word[14448+:16], step_word[12400+:16], step_word[10352+:16], step_word[8304+:16], step_word[6256+:16], step_word[4208+:16], step_word[2160+:16], step_word[112+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[112+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[7])
    );
    wire [14:0] pos1_x8 = {2'd0, base_q} + 15'd9;
    star_sorter_core u_core_8 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x8 >= 15'd16383) ? {14{1'b1}} : pos1_x8[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22656+:16], step_word[20608+:16], step_word[18560+:16], step_word[16512+:16], step_word[14464+:16], step_word[12416+:16], step_word[10368+:16], step_word[8320+:16], step_word[6272+:16], step_word[4224+:16], step_word[2176+:16], step_word[128+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[128+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[8])
    );
    wire [14:0] pos1_x9 = {2'd0, base_q} + 15'd10;
    star_sorter_core u_core_9 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x9 >= 15'd16383) ? {14{1'b1}} : pos1_x9[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22672+:16], step_word[20624+:16], step_word[18576+:16], step_word[16528+:16], step_word[14480+:16], step_word[12432+:16], step_word[10384+:16], step_word[8336+:16], step_word[6288+:16], step_word[4240+:16], step_word[2192+:16], step_word[144+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[144+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[9])
    );
    wire [14:0] pos1_x10 = {2'd0, base_q} + 15'd11;
    star_sorter_core u_core_10 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x10 >= 15'd16383) ? {14{1'b1}} : pos1_x10[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22688+:16], step_word[20640+:16], step_word[18592+:16], step_word[16544+:16], step_word[14496+:16], step_word[12448+:16], step_word[10400+:16], step_word[8352+:16], step_word[6304+:16], step_word[4256+:16], step_word[2208+:16], step_word[160+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[160+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[10])
    );
    wire [14:0] pos1_x11 = {2'd0, base_q} + 15'd12;
    star_sorter_core u_core_11 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x11 >= 15'd16383) ? {14{1'b1}} : pos1_x11[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22704+:16], step_word[20656+:16], step_word[18608+:16], step_word[16560+:16], step_word[14512+:16], step_word[12464+:16], step_word[10416+:16], step_word[8368+:16], step_word[6320+:16], step_word[4272+:16], step_word[2224+:16], step_word[176+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[176+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[11])
    );
    wire [14:0] pos1_x12 = {2'd0, base_q} + 15'd13;
    star_sorter_core u_core_12 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x12 >= 15'd16383) ? {14{1'b1}} : pos1_x12[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22720+:16], step_word[20672+:16], step_word[18624+:16], step_word[16576+:16], step_word[14528+:16], step_word[12480+:16], step_word[10432+:16], step_word[8384+:16], step_word[6336+:16], step_word[4288+:16], step_word[2240+:16], step_word[192+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[192+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[12])
    );
    wire [14:0] pos1_x13 = {2'd0, base_q} + 15'd14;
    star_sorter_core u_core_13 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x13 >= 15'd16383) ? {14{1'b1}} : pos1_x13[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22736+:16], step_word[20688+:16], step_word[18640+:16], step_word[16592+:16], step_word[14544+:16], step_word[12496+:16], step_word[10448+:16], step_word[8400+:16], step_word[6352+:16], step_word[4304+:16], step_word[2256+:16], step_word[208+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[208+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[13])
    );
    wire [14:0] pos1_x14 = {2'd0, base_q} + 15'd15;
    star_sorter_core u_core_14 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x14 >= 15'd16383) ? {14{1'b1}} : pos1_x14[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22752+:16], step_word[20704+:16], step_word[18656+:16], step_word[16608+:16], step_word[14560+:16], step_word[12512+:16], step_word[10464+:16], step_word[8416+:16], step_word[6368+:16], step_word[4320+:16], step_word[2272+:16], step_word[224+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[224+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[14])
    );
    wire [14:0] pos1_x15 = {2'd0, base_q} + 15'd16;
    star_sorter_core u_core_15 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x15 >= 15'd16383) ? {14{1'b1}} : pos1_x15[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22768+:16], step_word[20720+:16], step_word[18672+:16], step_word[16624+:16], step_word[14576+:16], step_word[12528+:16], step_word[10480+:16], step_word[8432+:16], step_word[6384+:16], step_word[4336+:16], step_word[2288+:16], step_word[240+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[240+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[15])
    );
    wire [14:0] pos1_x16 = {2'd0, base_q} + 15'd17;
    star_sorter_core u_core_16 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x16 >= 15'd16383) ? {14{1'b1}} : pos1_x16[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22784+:16], step_word[20736+:16], step_word[18688+:16], step_word[16640+:16], step_word[14592+:16], step_word[12544+:16], step_word[10496+:16], step_word[8448+:16], step_word[6400+:16], step_word[4352+:16], step_word[2304+:16], step_word[256+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[256+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[16])
    );
    wire [14:0] pos1_x17 = {2'd0, base_q} + 15'd18;
    star_sorter_core u_core_17 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x17 >= 15'd16383) ? {14{1'b1}} : pos1_x17[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22800+:16], step_word[20752+:16], step_word[18704+:16], step_word[16656+:16], step_word[14608+:16], step_word[12560+:16], step_word[10512+:16], step_word[8464+:16], step_word[6416+:16], step_word[4368+:16], step_word[2320+:16], step_word[272+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[272+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[17])
    );
    wire [14:0] pos1_x18 = {2'd0, base_q} + 15'd19;
    star_sorter_core u_core_18 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x18 >= 15'd16383) ? {14{1'b1}} : pos1_x18[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22816+:16], step_word[20768+:16], step_word[18720+:16], step_word[16672+:16], step_word[14624+:16], step_word[12576+:16], step_word[10528+:16], step_word[8480+:16], step_word[6432+:16], step_word[4384+:16], step_word[2336+:16], step_word[288+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[288+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[18])
    );
    wire [14:0] pos1_x19 = {2'd0, base_q} + 15'd20;
    star_sorter_core u_core_19 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x19 >= 15'd16383) ? {14{1'b1}} : pos1_x19[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22832+:16], step_word[20784+:16], step_word[18736+:16], step_word[16688+:16], step_word[14640+:16], step_word[12592+:16], step_word[10544+:16], step_word[8496+:16], step_word[6448+:16], step_word[4400+:16], step_word[2352+:16], step_word[304+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[304+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[19])
    );
    wire [14:0] pos1_x20 = {2'd0, base_q} + 15'd21;
    star_sorter_core u_core_20 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x20 >= 15'd16383) ? {14{1'b1}} : pos1_x20[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22848+:16], step_word[20800+:16], step_word[18752+:16], step_word[16704+:16], step_word[14656+:16], step_word[12608+:16], step_word[10560+:16], step_word[8512+:16], step_word[6464+:16], step_word[4416+:16], step_word[2368+:16], step_word[320+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[320+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[20])
    );
    wire [14:0] pos1_x21 = {2'd0, base_q} + 15'd22;
    star_sorter_core u_core_21 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x21 >= 15'd16383) ? {14{1'b1}} : pos1_x21[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22864+:16], step_word[20816+:16], step_word[18768+:16], step_word[16720+:16], step_word[14672+:16], step_word[12624+:16], step_word[10576+:16], step_word[8528+:16], step_word[6480+:16], step_word[4432+:16], step_word[2384+:16], step_word[336+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[336+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[21])
    );
    wire [14:0] pos1_x22 = {2'd0, base_q} + 15'd23;
    star_sorter_core u_core_22 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x22 >= 15'd16383) ? {14{1'b1}} : pos1_x22[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22880+:16], step_word[20832+:16], step_word[18784+:16], step_word[16736+:16], step_word[14688+:16], step_word[12640+:16], step_word[10592+:16], step_word[8544+:16], step_word[6496+:16], step_word[4448+:16], step_word[2400+:16], step_word[352+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[352+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[22])
    );
    wire [14:0] pos1_x23 = {2'd0, base_q} + 15'd24;
    star_sorter_core u_core_23 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x23 >= 15'd16383) ? {14{1'b1}} : pos1_x23[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22896+:16], step_word[20848+:16], step_word[18800+:16], step_word[16752+:16], step_word[14704+:16], step_word[12656+:16], step_word[10608+:16], step_word[8560+:16], step_word[6512+:16], step_word[4464+:16], step_word[2416+:16], step_word[368+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[368+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[23])
    );
    wire [14:0] pos1_x24 = {2'd0, base_q} + 15'd25;
    star_sorter_core u_core_24 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x24 >= 15'd16383) ? {14{1'b1}} : pos1_x24[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22912+:16], step_word[20864+:16], step_word[18816+:16], step_word[16768+:16], step_word[14720+:16], step_word[12672+:16], step_word[10624+:16], step_word[8576+:16], step_word[6528+:16], step_word[4480+:16], step_word[2432+:16], step_word[384+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[384+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[24])
    );
    wire [14:0] pos1_x25 = {2'd0, base_q} + 15'd26;
    star_sorter_core u_core_25 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x25 >= 15'd16383) ? {14{1'b1}} : pos1_x25[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22928+:16], step_word[20880+:16], step_word[18832+:16], step_word[16784+:16], step_word[14736+:16], step_word[12688+:16], step_word[10640+:16], step_word[8592+:16], step_word[6544+:16], step_word[4496+:16], step_word[2448+:16], step_word[400+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[400+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[25])
    );
    wire [14:0] pos1_x26 = {2'd0, base_q} + 15'd27;
    star_sorter_core u_core_26 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x26 >= 15'd16383) ? {14{1'b1}} : pos1_x26[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22944+:16], step_word[20896+:16], step_word[18848+:16], step_word[16800+:16], step_word[14752+:16], step_word[12704+:16], step_word[10656+:16], step_word[8608+:16], step_word[6560+:16], step_word[4512+:16], step_word[2464+:16], step_word[416+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[416+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[26])
    );
    wire [14:0] pos1_x27 = {2'd0, base_q} + 15'd28;
    star_sorter_core u_core_27 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x27 >= 15'd16383) ? {14{1'b1}} : pos1_x27[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22960+:16], step_word[20912+:16], step_word[18864+:16], step_word[16816+:16], step_word[14768+:16], step_word[12720+:16], step_word[10672+:16], step_word[8624+:16], step_word[6576+:16], step_word[4528+:16], step_word[2480+:16], step_word[432+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[432+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[27])
    );
    wire [14:0] pos1_x28 = {2'd0, base_q} + 15'd29;
    star_sorter_core u_core_28 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x28 >= 15'd16383) ? {14{1'b1}} : pos1_x28[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22976+:16], step_word[20928+:16], step_word[18880+:16], step_word[16832+:16], step_word[14784+:16], step_word[12736+:16], step_word[10688+:16], step_word[8640+:16], step_word[6592+:16], step_word[4544+:16], step_word[2496+:16], step_word[448+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[448+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[28])
    );
    wire [14:0] pos1_x29 = {2'd0, base_q} + 15'd30;
    star_sorter_core u_core_29 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x29 >= 15'd16383) ? {14{1'b1}} : pos1_x29[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[22992+:16], step_word[20944+:16], step_word[18896+:16], step_word[16848+:16], step_word[14800+:16], step_word[12752+:16], step_word[10704+:16], step_word[8656+:16], step_word[6608+:16], step_word[4560+:16], step_word[2512+:16], step_word[464+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[464+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[29])
    );
    wire [14:0] pos1_x30 = {2'd0, base_q} + 15'd31;
    star_sorter_core u_core_30 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x30 >= 15'd16383) ? {14{1'b1}} : pos1_x30[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23008+:16], step_word[20960+:16], step_word[18912+:16], step_word[16864+:16], step_word[14816+:16], step_word[12768+:16], step_word[10720+:16], step_word[8672+:16], step_word[6624+:16], step_word[4576+:16], step_word[2528+:16], step_word[480+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[480+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[30])
    );
    wire [14:0] pos1_x31 = {2'd0, base_q} + 15'd32;
    star_sorter_core u_core_31 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x31 >= 15'd16383) ? {14{1'b1}} : pos1_x31[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23024+:16], step_word[20976+:16], step_word[18928+:16], step_word[16880+:16], step_word[14832+:16], step_word[12784+:16], step_word[10736+:16], step_word[8688+:16], step_word[6640+:16], step_word[4592+:16], step_word[2544+:16], step_word[496+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[496+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[31])
    );
    wire [14:0] pos1_x32 = {2'd0, base_q} + 15'd33;
    star_sorter_core u_core_32 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x32 >= 15'd16383) ? {14{1'b1}} : pos1_x32[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23040+:16], step_word[20992+:16], step_word[18944+:16], step_word[16896+:16], step_word[14848+:16], step_word[12800+:16], step_word[10752+:16], step_word[8704+:16], step_word[6656+:16], step_word[4608+:16], step_word[2560+:16], step_word[512+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[512+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[32])
    );
    wire [14:0] pos1_x33 = {2'd0, base_q} + 15'd34;
    star_sorter_core u_core_33 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x33 >= 15'd16383) ? {14{1'b1}} : pos1_x33[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23056+:16], step_word[21008+:16], step_word[18960+:16], step_word[16912+:16], step_word[14864+:16], step_word[12816+:16], step_word[10768+:16], step_word[8720+:16], step_word[6672+:16], step_word[4624+:16], step_word[2576+:16], step_word[528+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[528+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[33])
    );
    wire [14:0] pos1_x34 = {2'd0, base_q} + 15'd35;
    star_sorter_core u_core_34 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x34 >= 15'd16383) ? {14{1'b1}} : pos1_x34[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23072+:16], step_word[21024+:16], step_word[18976+:16], step_word[16928+:16], step_word[14880+:16], step_word[12832+:16], step_word[10784+:16], step_word[8736+:16], step_word[6688+:16], step_word[4640+:16], step_word[2592+:16], step_word[544+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[544+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[34])
    );
    wire [14:0] pos1_x35 = {2'd0, base_q} + 15'd36;
    star_sorter_core u_core_35 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x35 >= 15'd16383) ? {14{1'b1}} : pos1_x35[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23088+:16], step_word[21040+:16], step_word[18992+:16], step_word[16944+:16], step_word[14896+:16], step_word[12848+:16], step_word[10800+:16], step_word[8752+:16], step_word[6704+:16], step_word[4656+:16], step_word[2608+:16], step_word[560+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[560+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[35])
    );
    wire [14:0] pos1_x36 = {2'd0, base_q} + 15'd37;
    star_sorter_core u_core_36 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x36 >= 15'd16383) ? {14{1'b1}} : pos1_x36[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23104+:16], step_word[21056+:16], step_word[19008+:16], step_word[16960+:16], step_word[14912+:16], step_word[12864+:16], step_word[10816+:16], step_word[8768+:16], step_word[6720+:16], step_word[4672+:16], step_word[2624+:16], step_word[576+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[576+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[36])
    );
    wire [14:0] pos1_x37 = {2'd0, base_q} + 15'd38;
    star_sorter_core u_core_37 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x37 >= 15'd16383) ? {14{1'b1}} : pos1_x37[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23120+:16], step_word[21072+:16], step_word[19024+:16], step_word[16976+:16], step_word[14928+:16], step_word[12880+:16], step_word[10832+:16], step_word[8784+:16], step_word[6736+:16], step_word[4688+:16], step_word[2640+:16], step_word[592+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[592+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[37])
    );
    wire [14:0] pos1_x38 = {2'd0, base_q} + 15'd39;
    star_sorter_core u_core_38 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x38 >= 15'd16383) ? {14{1'b1}} : pos1_x38[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23136+:16], step_word[21088+:16], step_word[19040+:16], step_word[16992+:16], step_word[14944+:16], step_word[12896+:16], step_word[10848+:16], step_word[8800+:16], step_word[6752+:16], step_word[4704+:16], step_word[2656+:16], step_word[608+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[608+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[38])
    );
    wire [14:0] pos1_x39 = {2'd0, base_q} + 15'd40;
    star_sorter_core u_core_39 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x39 >= 15'd16383) ? {14{1'b1}} : pos1_x39[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23152+:16], step_word[21104+:16], step_word[19056+:16], step_word[17008+:16], step_word[14960+:16], step_word[12912+:16], step_word[10864+:16], step_word[8816+:16], step_word[6768+:16], step_word[4720+:16], step_word[2672+:16], step_word[624+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[624+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[39])
    );
    wire [14:0] pos1_x40 = {2'd0, base_q} + 15'd41;
    star_sorter_core u_core_40 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x40 >= 15'd16383) ? {14{1'b1}} : pos1_x40[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23168+:16], step_word[21120+:16], step_word[19072+:16], step_word[17024+:16], step_word[14976+:16], step_word[12928+:16], step_word[10880+:16], step_word[8832+:16], step_word[6784+:16], step_word[4736+:16], step_word[2688+:16], step_word[640+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[640+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[40])
    );
    wire [14:0] pos1_x41 = {2'd0, base_q} + 15'd42;
    star_sorter_core u_core_41 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x41 >= 15'd16383) ? {14{1'b1}} : pos1_x41[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23184+:16], step_word[21136+:16], step_word[19088+:16], step_word[17040+:16], step_word[14992+:16], step_word[12944+:16], step_word[10896+:16], step_word[8848+:16], step_word[6800+:16], step_word[4752+:16], step_word[2704+:16], step_word[656+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[656+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[41])
    );
    wire [14:0] pos1_x42 = {2'd0, base_q} + 15'd43;
    star_sorter_core u_core_42 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x42 >= 15'd16383) ? {14{1'b1}} : pos1_x42[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23200+:16], step_word[21152+:16], step_word[19104+:16], step_word[17056+:16], step_word[15008+:16], step_word[12960+:16], step_word[10912+:16], step_word[8864+:16], step_word[6816+:16], step_word[4768+:16], step_word[2720+:16], step_word[672+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[672+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[42])
    );
    wire [14:0] pos1_x43 = {2'd0, base_q} + 15'd44;
    star_sorter_core u_core_43 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x43 >= 15'd16383) ? {14{1'b1}} : pos1_x43[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23216+:16], step_word[21168+:16], step_word[19120+:16], step_word[17072+:16], step_word[15024+:16], step_word[12976+:16], step_word[10928+:16], step_word[8880+:16], step_word[6832+:16], step_word[4784+:16], step_word[2736+:16], step_word[688+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[688+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[43])
    );
    wire [14:0] pos1_x44 = {2'd0, base_q} + 15'd45;
    star_sorter_core u_core_44 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x44 >= 15'd16383) ? {14{1'b1}} : pos1_x44[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23232+:16], step_word[21184+:16], step_word[19136+:16], step_word[17088+:16], step_word[15040+:16], step_word[12992+:16], step_word[10944+:16], step_word[8896+:16], step_word[6848+:16], step_word[4800+:16], step_word[2752+:16], step_word[704+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[704+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[44])
    );
    wire [14:0] pos1_x45 = {2'd0, base_q} + 15'd46;
    star_sorter_core u_core_45 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x45 >= 15'd16383) ? {14{1'b1}} : pos1_x45[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23248+:16], step_word[21200+:16], step_word[19152+:16], step_word[17104+:16], step_word[15056+:16], step_word[13008+:16], step_word[10960+:16], step_word[8912+:16], step_word[6864+:16], step_word[4816+:16], step_word[2768+:16], step_word[720+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[720+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[45])
    );
    wire [14:0] pos1_x46 = {2'd0, base_q} + 15'd47;
    star_sorter_core u_core_46 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x46 >= 15'd16383) ? {14{1'b1}} : pos1_x46[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23264+:16], step_word[21216+:16], step_word[19168+:16], step_word[17120+:16], step_word[15072+:16], step_word[13024+:16], step_word[10976+:16], step_word[8928+:16], step_word[6880+:16], step_word[4832+:16], step_word[2784+:16], step_word[736+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[736+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[46])
    );
    wire [14:0] pos1_x47 = {2'd0, base_q} + 15'd48;
    star_sorter_core u_core_47 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x47 >= 15'd16383) ? {14{1'b1}} : pos1_x47[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23280+:16], step_word[21232+:16], step_word[19184+:16], step_word[17136+:16], step_word[15088+:16], step_word[13040+:16], step_word[10992+:16], step_word[8944+:16], step_word[6896+:16], step_word[4848+:16], step_word[2800+:16], step_word[752+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[752+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[47])
    );
    wire [14:0] pos1_x48 = {2'd0, base_q} + 15'd49;
    star_sorter_core u_core_48 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x48 >= 15'd16383) ? {14{1'b1}} : pos1_x48[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23296+:16], step_word[21248+:16], step_word[19200+:16], step_word[17152+:16], step_word[15104+:16], step_word[13056+:16], step_word[11008+:16], step_word[8960+:16], step_word[6912+:16], step_word[4864+:16], step_word[2816+:16], step_word[768+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[768+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[48])
    );
    wire [14:0] pos1_x49 = {2'd0, base_q} + 15'd50;
    star_sorter_core u_core_49 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x49 >= 15'd16383) ? {14{1'b1}} : pos1_x49[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23312+:16], step_word[21264+:16], step_word[19216+:16], step_word[17168+:16], step_word[15120+:16], step_word[13072+:16], step_word[11024+:16], step_word[8976+:16], step_word[6928+:16], step_word[4880+:16], step_word[2832+:16], step_word[784+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[784+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[49])
    );
    wire [14:0] pos1_x50 = {2'd0, base_q} + 15'd51;
    star_sorter_core u_core_50 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x50 >= 15'd16383) ? {14{1'b1}} : pos1_x50[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23328+:16], step_word[21280+:16], step_word[19232+:16], step_word[17184+:16], step_word[15136+:16], step_word[13088+:16], step_word[11040+:16], step_word[8992+:16], step_word[6944+:16], step_word[4896+:16], step_word[2848+:16], step_word[800+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[800+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[50])
    );
    wire [14:0] pos1_x51 = {2'd0, base_q} + 15'd52;
    star_sorter_core u_core_51 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x51 >= 15'd16383) ? {14{1'b1}} : pos1_x51[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23344+:16], step_word[21296+:16], step_word[19248+:16], step_word[17200+:16], step_word[15152+:16], step_word[13104+:16], step_word[11056+:16], step_word[9008+:16], step_word[6960+:16], step_word[4912+:16], step_word[2864+:16], step_word[816+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[816+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[51])
    );
    wire [14:0] pos1_x52 = {2'd0, base_q} + 15'd53;
    star_sorter_core u_core_52 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x52 >= 15'd16383) ? {14{1'b1}} : pos1_x52[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23360+:16], step_word[21312+:16], step_word[19264+:16], step_word[17216+:16], step_word[15168+:16], step_word[13120+:16], step_word[11072+:16], step_word[9024+:16], step_word[6976+:16], step_word[4928+:16], step_word[2880+:16], step_word[832+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[832+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[52])
    );
    wire [14:0] pos1_x53 = {2'd0, base_q} + 15'd54;
    star_sorter_core u_core_53 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x53 >= 15'd16383) ? {14{1'b1}} : pos1_x53[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23376+:16], step_word[21328+:16], step_word[19280+:16], step_word[17232+:16], step_word[15184+:16], step_word[13136+:16], step_word[11088+:16], step_word[9040+:16], step_word[6992+:16], step_word[4944+:16], step_word[2896+:16], step_word[848+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[848+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[53])
    );
    wire [14:0] pos1_x54 = {2'd0, base_q} + 15'd55;
    star_sorter_core u_core_54 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x54 >= 15'd16383) ? {14{1'b1}} : pos1_x54[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23392+:16], step_word[21344+:16], step_word[19296+:16], step_word[17248+:16], step_word[15200+:16], step_word[13152+:16], step_word[11104+:16], step_word[9056+:16], step_word[7008+:16], step_word[4960+:16], step_word[2912+:16], step_word[864+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[864+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[54])
    );
    wire [14:0] pos1_x55 = {2'd0, base_q} + 15'd56;
    star_sorter_core u_core_55 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x55 >= 15'd16383) ? {14{1'b1}} : pos1_x55[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23408+:16], step_word[21360+:16], step_word[19312+:16], step_word[17264+:16], step_word[15216+:16], step_word[13168+:16], step_word[11120+:16], step_word[9072+:16], step_word[7024+:16], step_word[4976+:16], step_word[2928+:16], step_word[880+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[880+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[55])
    );
    wire [14:0] pos1_x56 = {2'd0, base_q} + 15'd57;
    star_sorter_core u_core_56 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x56 >= 15'd16383) ? {14{1'b1}} : pos1_x56[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23424+:16], step_word[21376+:16], step_word[19328+:16], step_word[17280+:16], step_word[15232+:16], step_word[13184+:16], step_word[11136+:16], step_word[9088+:16], step_word[7040+:16], step_word[4992+:16], step_word[2944+:16], step_word[896+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[896+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[56])
    );
    wire [14:0] pos1_x57 = {2'd0, base_q} + 15'd58;
    star_sorter_core u_core_57 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x57 >= 15'd16383) ? {14{1'b1}} : pos1_x57[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23440+:16], step_word[21392+:16], step_word[19344+:16], step_word[17296+:16], step_word[15248+:16], step_word[13200+:16], step_word[11152+:16], step_word[9104+:16], step_word[7056+:16], step_word[5008+:16], step_word[2960+:16], step_word[912+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[912+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[57])
    );
    wire [14:0] pos1_x58 = {2'd0, base_q} + 15'd59;
    star_sorter_core u_core_58 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x58 >= 15'd16383) ? {14{1'b1}} : pos1_x58[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23456+:16], step_word[21408+:16], step_word[19360+:16], step_word[17312+:16], step_word[15264+:16], step_word[13216+:16], step_word[11168+:16], step_word[9120+:16], step_word[7072+:16], step_word[5024+:16], step_word[2976+:16], step_word[928+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[928+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[58])
    );
    wire [14:0] pos1_x59 = {2'd0, base_q} + 15'd60;
    star_sorter_core u_core_59 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x59 >= 15'd16383) ? {14{1'b1}} : pos1_x59[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23472+:16], step_word[21424+:16], step_word[19376+:16], step_word[17328+:16], step_word[15280+:16], step_word[13232+:16], step_word[11184+:16], step_word[9136+:16], step_word[7088+:16], step_word[5040+:16], step_word[2992+:16], step_word[944+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[944+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[59])
    );
    wire [14:0] pos1_x60 = {2'd0, base_q} + 15'd61;
    star_sorter_core u_core_60 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x60 >= 15'd16383) ? {14{1'b1}} : pos1_x60[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23488+:16], step_word[21440+:16], step_word[19392+:16], step_word[17344+:16], step_word[15296+:16], step_word[13248+:16], step_word[11200+:16], step_word[9152+:16], step_word[7104+:16], step_word[5056+:16], step_word[3008+:16], step_word[960+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[960+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[60])
    );
    wire [14:0] pos1_x61 = {2'd0, base_q} + 15'd62;
    star_sorter_core u_core_61 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x61 >= 15'd16383) ? {14{1'b1}} : pos1_x61[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23504+:16], step_word[21456+:16], step_word[19408+:16], step_word[17360+:16], step_word[15312+:16], step_word[13264+:16], step_word[11216+:16], step_word[9168+:16], step_word[7120+:16], step_word[5072+:16], step_word[3024+:16], step_word[976+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[976+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[61])
    );
    wire [14:0] pos1_x62 = {2'd0, base_q} + 15'd63;
    star_sorter_core u_core_62 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x62 >= 15'd16383) ? {14{1'b1}} : pos1_x62[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23520+:16], step_word[21472+:16], step_word[19424+:16], step_word[17376+:16], step_word[15328+:16], step_word[13280+:16], step_word[11232+:16], step_word[9184+:16], step_word[7136+:16], step_word[5088+:16], step_word[3040+:16], step_word[992+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[992+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[62])
    );
    wire [14:0] pos1_x63 = {2'd0, base_q} + 15'd64;
    star_sorter_core u_core_63 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x63 >= 15'd16383) ? {14{1'b1}} : pos1_x63[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23536+:16], step_word[21488+:16], step_word[19440+:16], step_word[17392+:16], step_word[15344+:16], step_word[13296+:16], step_word[11248+:16], step_word[9200+:16], step_word[7152+:16], step_word[5104+:16], step_word[3056+:16], step_word[1008+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1008+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[63])
    );
    wire [14:0] pos1_x64 = {2'd0, base_q} + 15'd65;
    star_sorter_core u_core_64 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x64 >= 15'd16383) ? {14{1'b1}} : pos1_x64[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23552+:16], step_word[21504+:16], step_word[19456+:16], step_word[17408+:16], step_word[15360+:16], step_word[13312+:16], step_word[11264+:16], step_word[9216+:16], step_word[7168+:16], step_word[5120+:16], step_word[3072+:16], step_word[1024+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1024+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[64])
    );
    wire [14:0] pos1_x65 = {2'd0, base_q} + 15'd66;
    star_sorter_core u_core_65 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x65 >= 15'd16383) ? {14{1'b1}} : pos1_x65[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23568+:16], step_word[21520+:16], step_word[19472+:16], step_word[17424+:16], step_word[15376+:16], step_word[13328+:16], step_word[11280+:16], step_word[9232+:16], step_word[7184+:16], step_word[5136+:16], step_word[3088+:16], step_word[1040+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1040+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[65])
    );
    wire [14:0] pos1_x66 = {2'd0, base_q} + 15'd67;
    star_sorter_core u_core_66 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x66 >= 15'd16383) ? {14{1'b1}} : pos1_x66[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23584+:16], step_word[21536+:16], step_word[19488+:16], step_word[17440+:16], step_word[15392+:16], step_word[13344+:16], step_word[11296+:16], step_word[9248+:16], step_word[7200+:16], step_word[5152+:16], step_word[3104+:16], step_word[1056+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1056+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[66])
    );
    wire [14:0] pos1_x67 = {2'd0, base_q} + 15'd68;
    star_sorter_core u_core_67 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x67 >= 15'd16383) ? {14{1'b1}} : pos1_x67[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23600+:16], step_word[21552+:16], step_word[19504+:16], step_word[17456+:16], step_word[15408+:16], step_word[13360+:16], step_word[11312+:16], step_word[9264+:16], step_word[7216+:16], step_word[5168+:16], step_word[3120+:16], step_word[1072+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1072+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[67])
    );
    wire [14:0] pos1_x68 = {2'd0, base_q} + 15'd69;
    star_sorter_core u_core_68 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x68 >= 15'd16383) ? {14{1'b1}} : pos1_x68[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23616+:16], step_word[21568+:16], step_word[19520+:16], step_word[17472+:16], step_word[15424+:16], step_word[13376+:16], step_word[11328+:16], step_word[9280+:16], step_word[7232+:16], step_word[5184+:16], step_word[3136+:16], step_word[1088+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1088+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[68])
    );
    wire [14:0] pos1_x69 = {2'd0, base_q} + 15'd70;
    star_sorter_core u_core_69 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x69 >= 15'd16383) ? {14{1'b1}} : pos1_x69[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23632+:16], step_word[21584+:16], step_word[19536+:16], step_word[17488+:16], step_word[15440+:16], step_word[13392+:16], step_word[11344+:16], step_word[9296+:16], step_word[7248+:16], step_word[5200+:16], step_word[3152+:16], step_word[1104+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1104+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[69])
    );
    wire [14:0] pos1_x70 = {2'd0, base_q} + 15'd71;
    star_sorter_core u_core_70 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x70 >= 15'd16383) ? {14{1'b1}} : pos1_x70[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23648+:16], step_word[21600+:16], step_word[19552+:16], step_word[17504+:16], step_word[15456+:16], step_word[13408+:16], step_word[11360+:16], step_word[9312+:16], step_word[7264+:16], step_word[5216+:16], step_word[3168+:16], step_word[1120+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1120+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[70])
    );
    wire [14:0] pos1_x71 = {2'd0, base_q} + 15'd72;
    star_sorter_core u_core_71 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x71 >= 15'd16383) ? {14{1'b1}} : pos1_x71[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23664+:16], step_word[21616+:16], step_word[19568+:16], step_word[17520+:16], step_word[15472+:16], step_word[13424+:16], step_word[11376+:16], step_word[9328+:16], step_word[7280+:16], step_word[5232+:16], step_word[3184+:16], step_word[1136+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1136+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[71])
    );
    wire [14:0] pos1_x72 = {2'd0, base_q} + 15'd73;
    star_sorter_core u_core_72 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x72 >= 15'd16383) ? {14{1'b1}} : pos1_x72[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23680+:16], step_word[21632+:16], step_word[19584+:16], step_word[17536+:16], step_word[15488+:16], step_word[13440+:16], step_word[11392+:16], step_word[9344+:16], step_word[7296+:16], step_word[5248+:16], step_word[3200+:16], step_word[1152+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1152+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[72])
    );
    wire [14:0] pos1_x73 = {2'd0, base_q} + 15'd74;
    star_sorter_core u_core_73 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x73 >= 15'd16383) ? {14{1'b1}} : pos1_x73[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23696+:16], step_word[21648+:16], step_word[19600+:16], step_word[17552+:16], step_word[15504+:16], step_word[13456+:16], step_word[11408+:16], step_word[9360+:16], step_word[7312+:16], step_word[5264+:16], step_word[3216+:16], step_word[1168+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1168+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[73])
    );
    wire [14:0] pos1_x74 = {2'd0, base_q} + 15'd75;
    star_sorter_core u_core_74 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x74 >= 15'd16383) ? {14{1'b1}} : pos1_x74[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23712+:16], step_word[21664+:16], step_word[19616+:16], step_word[17568+:16], step_word[15520+:16], step_word[13472+:16], step_word[11424+:16], step_word[9376+:16], step_word[7328+:16], step_word[5280+:16], step_word[3232+:16], step_word[1184+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1184+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[74])
    );
    wire [14:0] pos1_x75 = {2'd0, base_q} + 15'd76;
    star_sorter_core u_core_75 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x75 >= 15'd16383) ? {14{1'b1}} : pos1_x75[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23728+:16], step_word[21680+:16], step_word[19632+:16], step_word[17584+:16], step_word[15536+:16], step_word[13488+:16], step_word[11440+:16], step_word[9392+:16], step_word[7344+:16], step_word[5296+:16], step_word[3248+:16], step_word[1200+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1200+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[75])
    );
    wire [14:0] pos1_x76 = {2'd0, base_q} + 15'd77;
    star_sorter_core u_core_76 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x76 >= 15'd16383) ? {14{1'b1}} : pos1_x76[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23744+:16], step_word[21696+:16], step_word[19648+:16], step_word[17600+:16], step_word[15552+:16], step_word[13504+:16], step_word[11456+:16], step_word[9408+:16], step_word[7360+:16], step_word[5312+:16], step_word[3264+:16], step_word[1216+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1216+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[76])
    );
    wire [14:0] pos1_x77 = {2'd0, base_q} + 15'd78;
    star_sorter_core u_core_77 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x77 >= 15'd16383) ? {14{1'b1}} : pos1_x77[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23760+:16], step_word[21712+:16], step_word[19664+:16], step_word[17616+:16], step_word[15568+:16], step_word[13520+:16], step_word[11472+:16], step_word[9424+:16], step_word[7376+:16], step_word[5328+:16], step_word[3280+:16], step_word[1232+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1232+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[77])
    );
    wire [14:0] pos1_x78 = {2'd0, base_q} + 15'd79;
    star_sorter_core u_core_78 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x78 >= 15'd16383) ? {14{1'b1}} : pos1_x78[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23776+:16], step_word[21728+:16], step_word[19680+:16], step_word[17632+:16], step_word[15584+:16], step_word[13536+:16], step_word[11488+:16], step_word[9440+:16], step_word[7392+:16], step_word[5344+:16], step_word[3296+:16], step_word[1248+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1248+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[78])
    );
    wire [14:0] pos1_x79 = {2'd0, base_q} + 15'd80;
    star_sorter_core u_core_79 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x79 >= 15'd16383) ? {14{1'b1}} : pos1_x79[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23792+:16], step_word[21744+:16], step_word[19696+:16], step_word[17648+:16], step_word[15600+:16], step_word[13552+:16], step_word[11504+:16], step_word[9456+:16], step_word[7408+:16], step_word[5360+:16], step_word[3312+:16], step_word[1264+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1264+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[79])
    );
    wire [14:0] pos1_x80 = {2'd0, base_q} + 15'd81;
    star_sorter_core u_core_80 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x80 >= 15'd16383) ? {14{1'b1}} : pos1_x80[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23808+:16], step_word[21760+:16], step_word[19712+:16], step_word[17664+:16], step_word[15616+:16], step_word[13568+:16], step_word[11520+:16], step_word[9472+:16], step_word[7424+:16], step_word[5376+:16], step_word[3328+:16], step_word[1280+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1280+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[80])
    );
    wire [14:0] pos1_x81 = {2'd0, base_q} + 15'd82;
    star_sorter_core u_core_81 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x81 >= 15'd16383) ? {14{1'b1}} : pos1_x81[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23824+:16], step_word[21776+:16], step_word[19728+:16], step_word[17680+:16], step_word[15632+:16], step_word[13584+:16], step_word[11536+:16], step_word[9488+:16], step_word[7440+:16], step_word[5392+:16], step_word[3344+:16], step_word[1296+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1296+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[81])
    );
    wire [14:0] pos1_x82 = {2'd0, base_q} + 15'd83;
    star_sorter_core u_core_82 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x82 >= 15'd16383) ? {14{1'b1}} : pos1_x82[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23840+:16], step_word[21792+:16], step_word[19744+:16], step_word[17696+:16], step_word[15648+:16], step_word[13600+:16], step_word[11552+:16], step_word[9504+:16], step_word[7456+:16], step_word[5408+:16], step_word[3360+:16], step_word[1312+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1312+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[82])
    );
    wire [14:0] pos1_x83 = {2'd0, base_q} + 15'd84;
    star_sorter_core u_core_83 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x83 >= 15'd16383) ? {14{1'b1}} : pos1_x83[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23856+:16], step_word[21808+:16], step_word[19760+:16], step_word[17712+:16], step_word[15664+:16], step_word[13616+:16], step_word[11568+:16], step_word[9520+:16], step_word[7472+:16], step_word[5424+:16], step_word[3376+:16], step_word[1328+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1328+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[83])
    );
    wire [14:0] pos1_x84 = {2'd0, base_q} + 15'd85;
    star_sorter_core u_core_84 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x84 >= 15'd16383) ? {14{1'b1}} : pos1_x84[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23872+:16], step_word[21824+:16], step_word[19776+:16], step_word[17728+:16], step_word[15680+:16], step_word[13632+:16], step_word[11584+:16], step_word[9536+:16], step_word[7488+:16], step_word[5440+:16], step_word[3392+:16], step_word[1344+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1344+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[84])
    );
    wire [14:0] pos1_x85 = {2'd0, base_q} + 15'd86;
    star_sorter_core u_core_85 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x85 >= 15'd16383) ? {14{1'b1}} : pos1_x85[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23888+:16], step_word[21840+:16], step_word[19792+:16], step_word[17744+:16], step_word[15696+:16], step_word[13648+:16], step_word[11600+:16], step_word[9552+:16], step_word[7504+:16], step_word[5456+:16], step_word[3408+:16], step_word[1360+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1360+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[85])
    );
    wire [14:0] pos1_x86 = {2'd0, base_q} + 15'd87;
    star_sorter_core u_core_86 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x86 >= 15'd16383) ? {14{1'b1}} : pos1_x86[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23904+:16], step_word[21856+:16], step_word[19808+:16], step_word[17760+:16], step_word[15712+:16], step_word[13664+:16], step_word[11616+:16], step_word[9568+:16], step_word[7520+:16], step_word[5472+:16], step_word[3424+:16], step_word[1376+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1376+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[86])
    );
    wire [14:0] pos1_x87 = {2'd0, base_q} + 15'd88;
    star_sorter_core u_core_87 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x87 >= 15'd16383) ? {14{1'b1}} : pos1_x87[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23920+:16], step_word[21872+:16], step_word[19824+:16], step_word[17776+:16], step_word[15728+:16], step_word[13680+:16], step_word[11632+:16], step_word[9584+:16], step_word[7536+:16], step_word[5488+:16], step_word[3440+:16], step_word[1392+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1392+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[87])
    );
    wire [14:0] pos1_x88 = {2'd0, base_q} + 15'd89;
    star_sorter_core u_core_88 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x88 >= 15'd16383) ? {14{1'b1}} : pos1_x88[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23936+:16], step_word[21888+:16], step_word[19840+:16], step_word[17792+:16], step_word[15744+:16], step_word[13696+:16], step_word[11648+:16], step_word[9600+:16], step_word[7552+:16], step_word[5504+:16], step_word[3456+:16], step_word[1408+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1408+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[88])
    );
    wire [14:0] pos1_x89 = {2'd0, base_q} + 15'd90;
    star_sorter_core u_core_89 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x89 >= 15'd16383) ? {14{1'b1}} : pos1_x89[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23952+:16], step_word[21904+:16], step_word[19856+:16], step_word[17808+:16], step_word[15760+:16], step_word[13712+:16], step_word[11664+:16], step_word[9616+:16], step_word[7568+:16], step_word[5520+:16], step_word[3472+:16], step_word[1424+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1424+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[89])
    );
    wire [14:0] pos1_x90 = {2'd0, base_q} + 15'd91;
    star_sorter_core u_core_90 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x90 >= 15'd16383) ? {14{1'b1}} : pos1_x90[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23968+:16], step_word[21920+:16], step_word[19872+:16], step_word[17824+:16], step_word[15776+:16], step_word[13728+:16], step_word[11680+:16], step_word[9632+:16], step_word[7584+:16], step_word[5536+:16], step_word[3488+:16], step_word[1440+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1440+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[90])
    );
    wire [14:0] pos1_x91 = {2'd0, base_q} + 15'd92;
    star_sorter_core u_core_91 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x91 >= 15'd16383) ? {14{1'b1}} : pos1_x91[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[23984+:16], step_word[21936+:16], step_word[19888+:16], step_word[17840+:16], step_word[15792+:16], step_word[13744+:16], step_word[11696+:16], step_word[9648+:16], step_word[7600+:16], step_word[5552+:16], step_word[3504+:16], step_word[1456+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1456+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[91])
    );
    wire [14:0] pos1_x92 = {2'd0, base_q} + 15'd93;
    star_sorter_core u_core_92 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x92 >= 15'd16383) ? {14{1'b1}} : pos1_x92[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24000+:16], step_word[21952+:16], step_word[19904+:16], step_word[17856+:16], step_word[15808+:16], step_word[13760+:16], step_word[11712+:16], step_word[9664+:16], step_word[7616+:16], step_word[5568+:16], step_word[3520+:16], step_word[1472+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1472+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[92])
    );
    wire [14:0] pos1_x93 = {2'd0, base_q} + 15'd94;
    star_sorter_core u_core_93 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x93 >= 15'd16383) ? {14{1'b1}} : pos1_x93[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24016+:16], step_word[21968+:16], step_word[19920+:16], step_word[17872+:16], step_word[15824+:16], step_word[13776+:16], step_word[11728+:16], step_word[9680+:16], step_word[7632+:16], step_word[5584+:16], step_word[3536+:16], step_word[1488+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1488+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[93])
    );
    wire [14:0] pos1_x94 = {2'd0, base_q} + 15'd95;
    star_sorter_core u_core_94 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x94 >= 15'd16383) ? {14{1'b1}} : pos1_x94[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24032+:16], step_word[21984+:16], step_word[19936+:16], step_word[17888+:16], step_word[15840+:16], step_word[13792+:16], step_word[11744+:16], step_word[9696+:16], step_word[7648+:16], step_word[5600+:16], step_word[3552+:16], step_word[1504+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1504+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[94])
    );
    wire [14:0] pos1_x95 = {2'd0, base_q} + 15'd96;
    star_sorter_core u_core_95 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x95 >= 15'd16383) ? {14{1'b1}} : pos1_x95[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24048+:16], step_word[22000+:16], step_word[19952+:16], step_word[17904+:16], step_word[15856+:16], step_word[13808+:16], step_word[11760+:16], step_word[9712+:16], step_word[7664+:16], step_word[5616+:16], step_word[3568+:16], step_word[1520+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1520+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[95])
    );
    wire [14:0] pos1_x96 = {2'd0, base_q} + 15'd97;
    star_sorter_core u_core_96 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x96 >= 15'd16383) ? {14{1'b1}} : pos1_x96[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24064+:16], step_word[22016+:16], step_word[19968+:16], step_word[17920+:16], step_word[15872+:16], step_word[13824+:16], step_word[11776+:16], step_word[9728+:16], step_word[7680+:16], step_word[5632+:16], step_word[3584+:16], step_word[1536+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1536+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[96])
    );
    wire [14:0] pos1_x97 = {2'd0, base_q} + 15'd98;
    star_sorter_core u_core_97 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x97 >= 15'd16383) ? {14{1'b1}} : pos1_x97[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24080+:16], step_word[22032+:16], step_word[19984+:16], step_word[17936+:16], step_word[15888+:16], step_word[13840+:16], step_word[11792+:16], step_word[9744+:16], step_word[7696+:16], step_word[5648+:16], step_word[3600+:16], step_word[1552+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1552+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[97])
    );
    wire [14:0] pos1_x98 = {2'd0, base_q} + 15'd99;
    star_sorter_core u_core_98 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x98 >= 15'd16383) ? {14{1'b1}} : pos1_x98[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24096+:16], step_word[22048+:16], step_word[20000+:16], step_word[17952+:16], step_word[15904+:16], step_word[13856+:16], step_word[11808+:16], step_word[9760+:16], step_word[7712+:16], step_word[5664+:16], step_word[3616+:16], step_word[1568+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1568+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[98])
    );
    wire [14:0] pos1_x99 = {2'd0, base_q} + 15'd100;
    star_sorter_core u_core_99 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x99 >= 15'd16383) ? {14{1'b1}} : pos1_x99[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24112+:16], step_word[22064+:16], step_word[20016+:16], step_word[17968+:16], step_word[15920+:16], step_word[13872+:16], step_word[11824+:16], step_word[9776+:16], step_word[7728+:16], step_word[5680+:16], step_word[3632+:16], step_word[1584+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1584+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[99])
    );
    wire [14:0] pos1_x100 = {2'd0, base_q} + 15'd101;
    star_sorter_core u_core_100 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x100 >= 15'd16383) ? {14{1'b1}} : pos1_x100[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24128+:16], step_word[22080+:16], step_word[20032+:16], step_word[17984+:16], step_word[15936+:16], step_word[13888+:16], step_word[11840+:16], step_word[9792+:16], step_word[7744+:16], step_word[5696+:16], step_word[3648+:16], step_word[1600+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1600+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[100])
    );
    wire [14:0] pos1_x101 = {2'd0, base_q} + 15'd102;
    star_sorter_core u_core_101 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x101 >= 15'd16383) ? {14{1'b1}} : pos1_x101[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24144+:16], step_word[22096+:16], step_word[20048+:16], step_word[18000+:16], step_word[15952+:16], step_word[13904+:16], step_word[11856+:16], step_word[9808+:16], step_word[7760+:16], step_word[5712+:16], step_word[3664+:16], step_word[1616+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1616+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[101])
    );
    wire [14:0] pos1_x102 = {2'd0, base_q} + 15'd103;
    star_sorter_core u_core_102 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x102 >= 15'd16383) ? {14{1'b1}} : pos1_x102[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24160+:16], step_word[22112+:16], step_word[20064+:16], step_word[18016+:16], step_word[15968+:16], step_word[13920+:16], step_word[11872+:16], step_word[9824+:16], step_word[7776+:16], step_word[5728+:16], step_word[3680+:16], step_word[1632+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1632+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[102])
    );
    wire [14:0] pos1_x103 = {2'd0, base_q} + 15'd104;
    star_sorter_core u_core_103 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x103 >= 15'd16383) ? {14{1'b1}} : pos1_x103[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24176+:16], step_word[22128+:16], step_word[20080+:16], step_word[18032+:16], step_word[15984+:16], step_word[13936+:16], step_word[11888+:16], step_word[9840+:16], step_word[7792+:16], step_word[5744+:16], step_word[3696+:16], step_word[1648+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1648+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[103])
    );
    wire [14:0] pos1_x104 = {2'd0, base_q} + 15'd105;
    star_sorter_core u_core_104 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x104 >= 15'd16383) ? {14{1'b1}} : pos1_x104[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24192+:16], step_word[22144+:16], step_word[20096+:16], step_word[18048+:16], step_word[16000+:16], step_word[13952+:16], step_word[11904+:16], step_word[9856+:16], step_word[7808+:16], step_word[5760+:16], step_word[3712+:16], step_word[1664+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1664+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[104])
    );
    wire [14:0] pos1_x105 = {2'd0, base_q} + 15'd106;
    star_sorter_core u_core_105 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x105 >= 15'd16383) ? {14{1'b1}} : pos1_x105[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24208+:16], step_word[22160+:16], step_word[20112+:16], step_word[18064+:16], step_word[16016+:16], step_word[13968+:16], step_word[11920+:16], step_word[9872+:16], step_word[7824+:16], step_word[5776+:16], step_word[3728+:16], step_word[1680+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1680+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[105])
    );
    wire [14:0] pos1_x106 = {2'd0, base_q} + 15'd107;
    star_sorter_core u_core_106 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x106 >= 15'd16383) ? {14{1'b1}} : pos1_x106[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24224+:16], step_word[22176+:16], step_word[20128+:16], step_word[18080+:16], step_word[16032+:16], step_word[13984+:16], step_word[11936+:16], step_word[9888+:16], step_word[7840+:16], step_word[5792+:16], step_word[3744+:16], step_word[1696+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1696+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[106])
    );
    wire [14:0] pos1_x107 = {2'd0, base_q} + 15'd108;
    star_sorter_core u_core_107 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x107 >= 15'd16383) ? {14{1'b1}} : pos1_x107[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24240+:16], step_word[22192+:16], step_word[20144+:16], step_word[18096+:16], step_word[16048+:16], step_word[14000+:16], step_word[11952+:16], step_word[9904+:16], step_word[7856+:16], step_word[5808+:16], step_word[3760+:16], step_word[1712+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1712+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[107])
    );
    wire [14:0] pos1_x108 = {2'd0, base_q} + 15'd109;
    star_sorter_core u_core_108 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x108 >= 15'd16383) ? {14{1'b1}} : pos1_x108[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24256+:16], step_word[22208+:16], step_word[20160+:16], step_word[18112+:16], step_word[16064+:16], step_word[14016+:16], step_word[11968+:16], step_word[9920+:16], step_word[7872+:16], step_word[5824+:16], step_word[3776+:16], step_word[1728+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1728+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[108])
    );
    wire [14:0] pos1_x109 = {2'd0, base_q} + 15'd110;
    star_sorter_core u_core_109 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x109 >= 15'd16383) ? {14{1'b1}} : pos1_x109[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24272+:16], step_word[22224+:16], step_word[20176+:16], step_word[18128+:16], step_word[16080+:16], step_word[14032+:16], step_word[11984+:16], step_word[9936+:16], step_word[7888+:16], step_word[5840+:16], step_word[3792+:16], step_word[1744+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1744+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[109])
    );
    wire [14:0] pos1_x110 = {2'd0, base_q} + 15'd111;
    star_sorter_core u_core_110 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x110 >= 15'd16383) ? {14{1'b1}} : pos1_x110[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24288+:16], step_word[22240+:16], step_word[20192+:16], step_word[18144+:16], step_word[16096+:16], step_word[14048+:16], step_word[12000+:16], step_word[9952+:16], step_word[7904+:16], step_word[5856+:16], step_word[3808+:16], step_word[1760+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1760+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[110])
    );
    wire [14:0] pos1_x111 = {2'd0, base_q} + 15'd112;
    star_sorter_core u_core_111 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x111 >= 15'd16383) ? {14{1'b1}} : pos1_x111[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24304+:16], step_word[22256+:16], step_word[20208+:16], step_word[18160+:16], step_word[16112+:16], step_word[14064+:16], step_word[12016+:16], step_word[9968+:16], step_word[7920+:16], step_word[5872+:16], step_word[3824+:16], step_word[1776+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1776+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[111])
    );
    wire [14:0] pos1_x112 = {2'd0, base_q} + 15'd113;
    star_sorter_core u_core_112 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x112 >= 15'd16383) ? {14{1'b1}} : pos1_x112[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24320+:16], step_word[22272+:16], step_word[20224+:16], step_word[18176+:16], step_word[16128+:16], step_word[14080+:16], step_word[12032+:16], step_word[9984+:16], step_word[7936+:16], step_word[5888+:16], step_word[3840+:16], step_word[1792+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1792+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[112])
    );
    wire [14:0] pos1_x113 = {2'd0, base_q} + 15'd114;
    star_sorter_core u_core_113 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x113 >= 15'd16383) ? {14{1'b1}} : pos1_x113[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24336+:16], step_word[22288+:16], step_word[20240+:16], step_word[18192+:16], step_word[16144+:16], step_word[14096+:16], step_word[12048+:16], step_word[10000+:16], step_word[7952+:16], step_word[5904+:16], step_word[3856+:16], step_word[1808+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1808+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[113])
    );
    wire [14:0] pos1_x114 = {2'd0, base_q} + 15'd115;
    star_sorter_core u_core_114 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x114 >= 15'd16383) ? {14{1'b1}} : pos1_x114[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24352+:16], step_word[22304+:16], step_word[20256+:16], step_word[18208+:16], step_word[16160+:16], step_word[14112+:16], step_word[12064+:16], step_word[10016+:16], step_word[7968+:16], step_word[5920+:16], step_word[3872+:16], step_word[1824+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1824+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[114])
    );
    wire [14:0] pos1_x115 = {2'd0, base_q} + 15'd116;
    star_sorter_core u_core_115 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x115 >= 15'd16383) ? {14{1'b1}} : pos1_x115[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24368+:16], step_word[22320+:16], step_word[20272+:16], step_word[18224+:16], step_word[16176+:16], step_word[14128+:16], step_word[12080+:16], step_word[10032+:16], step_word[7984+:16], step_word[5936+:16], step_word[3888+:16], step_word[1840+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1840+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[115])
    );
    wire [14:0] pos1_x116 = {2'd0, base_q} + 15'd117;
    star_sorter_core u_core_116 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x116 >= 15'd16383) ? {14{1'b1}} : pos1_x116[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24384+:16], step_word[22336+:16], step_word[20288+:16], step_word[18240+:16], step_word[16192+:16], step_word[14144+:16], step_word[12096+:16], step_word[10048+:16], step_word[8000+:16], step_word[5952+:16], step_word[3904+:16], step_word[1856+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1856+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[116])
    );
    wire [14:0] pos1_x117 = {2'd0, base_q} + 15'd118;
    star_sorter_core u_core_117 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x117 >= 15'd16383) ? {14{1'b1}} : pos1_x117[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24400+:16], step_word[22352+:16], step_word[20304+:16], step_word[18256+:16], step_word[16208+:16], step_word[14160+:16], step_word[12112+:16], step_word[10064+:16], step_word[8016+:16], step_word[5968+:16], step_word[3920+:16], step_word[1872+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1872+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[117])
    );
    wire [14:0] pos1_x118 = {2'd0, base_q} + 15'd119;
    star_sorter_core u_core_118 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x118 >= 15'd16383) ? {14{1'b1}} : pos1_x118[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24416+:16], step_word[22368+:16], step_word[20320+:16], step_word[18272+:16], step_word[16224+:16], step_word[14176+:16], step_word[12128+:16], step_word[10080+:16], step_word[8032+:16], step_word[5984+:16], step_word[3936+:16], step_word[1888+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1888+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[118])
    );
    wire [14:0] pos1_x119 = {2'd0, base_q} + 15'd120;
    star_sorter_core u_core_119 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x119 >= 15'd16383) ? {14{1'b1}} : pos1_x119[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24432+:16], step_word[22384+:16], step_word[20336+:16], step_word[18288+:16], step_word[16240+:16], step_word[14192+:16], step_word[12144+:16], step_word[10096+:16], step_word[8048+:16], step_word[6000+:16], step_word[3952+:16], step_word[1904+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1904+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[119])
    );
    wire [14:0] pos1_x120 = {2'd0, base_q} + 15'd121;
    star_sorter_core u_core_120 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x120 >= 15'd16383) ? {14{1'b1}} : pos1_x120[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24448+:16], step_word[22400+:16], step_word[20352+:16], step_word[18304+:16], step_word[16256+:16], step_word[14208+:16], step_word[12160+:16], step_word[10112+:16], step_word[8064+:16], step_word[6016+:16], step_word[3968+:16], step_word[1920+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1920+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[120])
    );
    wire [14:0] pos1_x121 = {2'd0, base_q} + 15'd122;
    star_sorter_core u_core_121 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x121 >= 15'd16383) ? {14{1'b1}} : pos1_x121[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24464+:16], step_word[22416+:16], step_word[20368+:16], step_word[18320+:16], step_word[16272+:16], step_word[14224+:16], step_word[12176+:16], step_word[10128+:16], step_word[8080+:16], step_word[6032+:16], step_word[3984+:16], step_word[1936+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1936+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[121])
    );
    wire [14:0] pos1_x122 = {2'd0, base_q} + 15'd123;
    star_sorter_core u_core_122 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x122 >= 15'd16383) ? {14{1'b1}} : pos1_x122[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24480+:16], step_word[22432+:16], step_word[20384+:16], step_word[18336+:16], step_word[16288+:16], step_word[14240+:16], step_word[12192+:16], step_word[10144+:16], step_word[8096+:16], step_word[6048+:16], step_word[4000+:16], step_word[1952+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1952+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[122])
    );
    wire [14:0] pos1_x123 = {2'd0, base_q} + 15'd124;
    star_sorter_core u_core_123 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x123 >= 15'd16383) ? {14{1'b1}} : pos1_x123[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24496+:16], step_word[22448+:16], step_word[20400+:16], step_word[18352+:16], step_word[16304+:16], step_word[14256+:16], step_word[12208+:16], step_word[10160+:16], step_word[8112+:16], step_word[6064+:16], step_word[4016+:16], step_word[1968+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1968+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[123])
    );
    wire [14:0] pos1_x124 = {2'd0, base_q} + 15'd125;
    star_sorter_core u_core_124 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x124 >= 15'd16383) ? {14{1'b1}} : pos1_x124[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24512+:16], step_word[22464+:16], step_word[20416+:16], step_word[18368+:16], step_word[16320+:16], step_word[14272+:16], step_word[12224+:16], step_word[10176+:16], step_word[8128+:16], step_word[6080+:16], step_word[4032+:16], step_word[1984+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[1984+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[124])
    );
    wire [14:0] pos1_x125 = {2'd0, base_q} + 15'd126;
    star_sorter_core u_core_125 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x125 >= 15'd16383) ? {14{1'b1}} : pos1_x125[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24528+:16], step_word[22480+:16], step_word[20432+:16], step_word[18384+:16], step_word[16336+:16], step_word[14288+:16], step_word[12240+:16], step_word[10192+:16], step_word[8144+:16], step_word[6096+:16], step_word[4048+:16], step_word[2000+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[2000+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[125])
    );
    wire [14:0] pos1_x126 = {2'd0, base_q} + 15'd127;
    star_sorter_core u_core_126 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x126 >= 15'd16383) ? {14{1'b1}} : pos1_x126[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24544+:16], step_word[22496+:16], step_word[20448+:16], step_word[18400+:16], step_word[16352+:16], step_word[14304+:16], step_word[12256+:16], step_word[10208+:16], step_word[8160+:16], step_word[6112+:16], step_word[4064+:16], step_word[2016+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[2016+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[126])
    );
    wire [14:0] pos1_x127 = {2'd0, base_q} + 15'd128;
    star_sorter_core u_core_127 (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({1'd0, tile_start_q}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x127 >= 15'd16383) ? {14{1'b1}} : pos1_x127[13:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({step_word[24560+:16], step_word[22512+:16], step_word[20464+:16], step_word[18416+:16], step_word[16368+:16], step_word[14320+:16], step_word[12272+:16], step_word[10224+:16], step_word[8176+:16], step_word[6128+:16], step_word[4080+:16], step_word[2032+:16]}), .radius_i(radius_q),
        .em_score_i(em_word[2032+:16]), .em_l_i(s1_l_q), .em_mask_o(mask[127])
    );
endmodule
`default_nettype wire
