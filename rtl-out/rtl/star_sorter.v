// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// SADS sorter (spec 3 and 3.4): per row and tile, the exact selected set for 128 rows with
// 16->4 bitonic networks. select_mode_i = 0: at most kq keys per tile within radius r of the
// tile maximum (ties to the lower index); 1: at most n = kq x (tiles that exist) keys per row
// over the whole key range within r of the row maximum, delivered tile by tile.
// Input: one beat per key, keys 0..S-1, 128 lanes of 16-bit scores. Output per tile, in tile
// order: beats {key, tile, mask[128], last} for keys some row selected (mask bit i = row i), in
// increasing key order; a tile nobody selects from sends one beat with mask 0 and last 1.
// select_mode_i, kq_i, tiles_i, radius_i, seq_len_i, keys_i, causal_i, base_pos_i are sampled
// when a block's first beat is offered and must stay constant for the block (1 <= kq <= 64,
// 1 <= Tc <= 32, 1 <= S <= 4096; base_pos = position of row 0, rows see keys <= their
// position if causal).
module star_sorter (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire          select_mode_i,  // 0: kq per tile (spec 3); 1: global (spec 3.4)
    input  wire [6:0]    kq_i,           // kq: keys kept per tile and row
    input  wire [5:0]    tiles_i,        // Tc: tiles per key row
    input  wire [15:0]   radius_i,       // unsigned; 2^B-1 admits every eligible key
    input  wire [12:0]   seq_len_i,      // S: keys in the sequence
    input  wire [12:0]   keys_i,         // keys that exist (S; fewer on a padded shard)
    input  wire          causal_i,       // causal mask on
    input  wire [12:0]   base_pos_i,     // position of query row 0 (causal mask)
    input  wire          in_valid_i,     // one key: its scores
    output wire          in_ready_o,
    input  wire [2047:0] in_scores_i,    // 128 lanes x 16: the scores of one key, row 0 in lane 0
    output wire          out_valid_o,    // selected keys of a tile, increasing key order
    input  wire          out_ready_i,
    output wire [11:0]   out_key_o,      // key index
    output wire [4:0]    out_tile_o,     // its tile
    output wire [127:0]  out_mask_o,     // rows that selected the key (bit i = row i)
    output wire          out_last_o,     // last beat of the tile
    output wire          idle_o          // no block in progress, no beat waiting
);
    localparam T = 128, B = 16, NB = 12, LW = 12, LEN = 13, KX = 13, W = 29;
    localparam AW = 9, BKW = 4, KQW = 7, TCW = 6, TW = 5, NW = 12;
    localparam DW = 13, DCW = 4, PW = 4, PCW = 5, RK = 2, GBW = 5;
    localparam ST = 3;  // pipeline stages of the rows' word sorter

    localparam [BKW-1:0] NB_M1    = 4'd11;
    localparam [KX-1:0]  NB_X     = 13'd12;
    localparam [DCW-1:0] DIV_LAST = 4'd12;
    localparam [GBW-1:0] GB_TOP   = 5'd27;
    localparam [GBW-1:0] GB_LOW   = 5'd12;   // the lowest score bit: the search ends there
    localparam [1:0] S_IDLE = 2'd0, S_DIV = 2'd1, S_NT = 2'd2, S_RUN = 2'd3;
    localparam [3:0] P_IDLE = 4'd0, P_WAIT = 4'd1, P_READ = 4'd2, P_GAP = 4'd3, P_GAP2 = 4'd4,
                     P_DRAIN = 4'd5, P_HAND = 4'd6, P_GLOAD = 4'd7, P_CDRAIN = 4'd8,
                     P_GEND = 4'd9, P_GNEXT = 4'd10, P_SETTLE = 4'd11;
    localparam [1:0] C_IDLE = 2'd0, C_READ = 2'd1, C_WAIT = 2'd2;

    reg  [1:0]      state_q;   // block
    reg  [3:0]      ps_q;      // pass engine
    reg  [1:0]      sc_q;      // scan engine
    // Run-time parameters of the block.
    reg             mode_q;
    reg  [KQW-1:0]  kq_q;
    reg  [TCW-1:0]  tiles_q;
    reg  [B-1:0]    radius_q;
    reg  [LEN-1:0]  seq_q;
    reg  [LEN-1:0]  keys_q;
    reg             causal_q;
    reg  [LEN-1:0]  base_q;
    // Bc = ceil(S / Tc), one quotient bit per cycle; then n = kq x (tiles that exist).
    reg  [DW-1:0]   div_n_q;
    reg  [TCW-1:0]  div_r_q;
    reg  [DCW-1:0]  div_cnt_q;
    reg  [LEN-1:0]  bc_q;
    reg  [LEN:0]    nt_pos_q;
    reg  [NW-1:0]   n_q;
    // Load.
    reg  [LEN-1:0]  ld_key_q;
    reg  [BKW-1:0]  ld_bank_q;
    reg  [AW-1:0]   ld_addr_q;
    // Pass engine: keys [p_lo, p_hi) (the tile, or the whole range in global mode), whose first
    // word is p_addr0 (key p_base0 in lane 0).
    reg  [LEN-1:0]  p_lo_q, p_hi_q;
    reg  [TW-1:0]   p_tile_q;
    reg  [AW-1:0]   p_addr0_q, pr_addr_q;
    reg  [KX-1:0]   p_base0_q, pr_base_q;
    reg  [PW-1:0]   pass_q;    // pass being read
    reg  [PW-1:0]   pe_q;      // pass ending next
    reg             g_cnt_q, g_total_q;
    reg  [GBW-1:0]  gb_q;
    // Scan engine: keys [s_lo, s_hi) of tile s_tile.
    reg  [LEN-1:0]  s_lo_q, s_hi_q;
    reg  [TW-1:0]   s_tile_q;
    reg  [AW-1:0]   sc_addr_q;
    reg  [KX-1:0]   sc_base_q;
    // The word read last cycle, compared by the rows this cycle; the pass words in the rows'
    // window stage (ST cycles later), merge stage (ST + 1) and a pass's end (ST + 2).
    reg             cnt_step_q, scan_step_q, scan_last_q;
    reg  [ST:0]     wf_q;      // first pass
    reg  [ST+1:0]   stp_q;     // network pass word
    reg  [ST+2:0]   end_q;     // last word of a network pass
    reg  [LW-1:0]   rb_q;
    // Emitter: the scan's mask word, a pending beat (its last flag waits for the tile's end),
    // the output register.
    reg             mq_valid_q, mq_last_q;
    reg  [NB*T-1:0] mq_mask_q;     // lane j's row bits at [j*T +: T]
    reg  [NB-1:0]   mq_rem_q;      // lanes with a selected key still to send
    reg  [LW-1:0]   mq_base_q;
    reg             pend_valid_q;
    reg  [LW-1:0]   pend_key_q;
    reg  [T-1:0]    pend_mask_q;
    reg             out_valid_q, out_last_q;
    reg  [LW-1:0]   out_key_q;
    reg  [TW-1:0]   out_tile_q;
    reg  [T-1:0]    out_mask_q;

    // Block.
    wire           start    = (state_q == S_IDLE) && in_valid_i;
    wire [LEN:0]   seq_x    = {1'b0, seq_q};
    wire [LEN:0]   bc_x     = {1'b0, bc_q};
    // Global budget: tiles holding a real key (a mesh shard is padded to Tc' * Bc keys).
    wire           nt_last  = (nt_pos_q + bc_x >= {1'b0, keys_q});
    wire           run      = (state_q == S_NT) && (!mode_q || nt_last);
    wire [LEN-1:0] first_hi = (bc_q < seq_q) ? bc_q : seq_q;
    wire [TCW:0]   r2       = {div_r_q, div_n_q[DW-1]};
    wire           q_bit    = (r2 >= {1'b0, tiles_q});
    wire [TCW-1:0] r_sub    = r2[TCW-1:0] - tiles_q;
    wire           ld_ready = (state_q != S_IDLE) && (ld_key_q < seq_q);
    wire           in_fire  = in_valid_i && ld_ready;

    // Read port: the scan first (one word per up to NB beats), the passes in the other cycles.
    wire [KX-1:0] s_hi_k   = s_hi_q;
    wire [KX-1:0] p_hi_k   = p_hi_q;
    wire          sc_last  = (sc_base_q + NB_X >= s_hi_k);
    wire          pr_last  = (pr_base_q + NB_X >= p_hi_k);
    wire          scan_rd  = (sc_q == C_READ) && !scan_step_q && !mq_valid_q;
    wire          pass_rd  = (ps_q == P_READ) && !scan_rd;
    wire          re       = scan_rd || pass_rd;
    wire [AW-1:0] raddr    = scan_rd ? sc_addr_q : pr_addr_q;
    // The word being read: its base and key range. Each lane's index and range check are
    // registered with the read (the adds and compares ahead of the network were the ECP5 path).
    wire [KX-1:0] rb_n = scan_rd ? sc_base_q : pr_base_q;
    wire [KX-1:0] lo_n = scan_rd ? s_lo_q : p_lo_q;
    wire [KX-1:0] hi_n = scan_rd ? s_hi_k : p_hi_k;

    // Pass engine.
    wire           hand       = (ps_q == P_HAND) && (sc_q == C_IDLE);
    wire [LEN:0]   p_nxt      = {1'b0, p_hi_q} + bc_x;
    wire [LEN-1:0] p_hi_n     = (p_nxt < seq_x) ? p_nxt[LEN-1:0] : seq_q;
    wire           p_same     = (pr_base_q + NB_X > p_hi_k);  // next tile starts in this word
    wire [AW-1:0]  p_addr_n   = p_same ? pr_addr_q : pr_addr_q + 1'b1;
    wire [KX-1:0]  p_base_n   = p_same ? pr_base_q : pr_base_q + NB_X;
    wire           p_blk_last = (p_hi_q == seq_q);
    wire [KQW-1:0] kq_m1      = kq_q - 1'b1;
    wire [PCW-1:0] pass_last  = kq_m1[6:2];
    wire           last_pass  = mode_q || ({1'd0, pass_q} == pass_last);
    wire           first_pass = (pass_q == {PW{1'b0}});
    wire           end_pass   = end_q[ST+2];
    wire           end_last   = mode_q || ({1'd0, pe_q} == pass_last);
    wire           end_first  = (pe_q == {PW{1'b0}});
    wire [RK-1:0]  rank       = kq_m1[1:0];
    wire [T-1:0]   row_done;
    wire           gn_stop    = (&row_done) || (!g_total_q && gb_q == GB_LOW);
    wire           pr_restart = (ps_q == P_GAP) || (ps_q == P_GLOAD);
    wire [W-1:0]   g_bit      = g_total_q ? {W{1'b0}} : ({{(W-1){1'b0}}, 1'b1} << gb_q);

    // Scan engine and emitter.
    wire           advance    = !out_valid_q || out_ready_i;
    wire [NB*T-1:0] hits;
    wire [NB-1:0]  lane_any;
    wire [NB-1:0]  rem_n      = mq_rem_q & (mq_rem_q - 1'b1);  // the lowest lane sent
    wire           has_rem    = |mq_rem_q;
    wire           mv         = mq_valid_q && has_rem && (!pend_valid_q || advance);
    wire           flush      = mq_valid_q && !has_rem && mq_last_q && advance;
    wire           out_load   = (mv && pend_valid_q) || flush;
    wire           s_blk_last = (s_hi_q == seq_q);
    wire           s_next     = flush && mode_q && !s_blk_last;
    wire [LEN:0]   s_nxt      = {1'b0, s_hi_q} + bc_x;
    wire [LEN-1:0] s_hi_n     = (s_nxt < seq_x) ? s_nxt[LEN-1:0] : seq_q;
    wire           s_same     = (sc_base_q + NB_X > s_hi_k);
    reg  [BKW-1:0] pick;                                       // lowest lane left
    integer k;
    always @* begin
        pick = {BKW{1'b0}};
        for (k = NB - 1; k >= 0; k = k - 1)
            if (mq_rem_q[k]) pick = k[BKW-1:0];
    end
    wire [LW-1:0]  mv_key     = mq_base_q + {8'd0, pick};

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
            ps_q         <= P_IDLE;
            sc_q         <= C_IDLE;
            cnt_step_q   <= 1'b0;
            wf_q         <= {(ST+1){1'b0}};
            stp_q        <= {(ST+2){1'b0}};
            end_q        <= {(ST+3){1'b0}};
            scan_step_q  <= 1'b0;
            mq_valid_q   <= 1'b0;
            pend_valid_q <= 1'b0;
            out_valid_q  <= 1'b0;
        end else begin
            wf_q        <= {wf_q[ST-1:0], first_pass};
            stp_q       <= {stp_q[ST:0], pass_rd && !g_cnt_q};
            end_q       <= {end_q[ST+1:0], pass_rd && pr_last && !g_cnt_q};
            cnt_step_q  <= pass_rd && g_cnt_q;
            scan_step_q <= scan_rd;
            if (scan_step_q) mq_valid_q <= (|lane_any) || scan_last_q;
            else if ((mv && !mq_last_q && rem_n == {NB{1'b0}}) || flush) mq_valid_q <= 1'b0;
            if (mv) pend_valid_q <= 1'b1;
            else if (flush) pend_valid_q <= 1'b0;
            if (out_load) out_valid_q <= 1'b1;
            else if (out_ready_i) out_valid_q <= 1'b0;
            case (state_q)
                S_IDLE:  if (in_valid_i) state_q <= S_DIV;
                S_DIV:   if (div_cnt_q == DIV_LAST) state_q <= S_NT;
                S_NT:    if (run) state_q <= S_RUN;
                default: if (flush && s_blk_last) state_q <= S_IDLE;
            endcase
            case (ps_q)
                P_WAIT:  if (ld_key_q >= p_hi_q) ps_q <= P_READ;
                P_READ:  if (pass_rd && pr_last)
                             ps_q <= g_cnt_q ? P_CDRAIN : last_pass ? P_DRAIN : P_GAP;
                P_GAP:   ps_q <= P_GAP2;   // the next pass's first word meets the new threshold
                P_GAP2:  ps_q <= P_READ;
                P_DRAIN: if (end_pass && end_last) ps_q <= P_SETTLE;
                P_SETTLE: ps_q <= mode_q ? P_GLOAD : P_HAND;  // the rows' radius threshold
                P_HAND:  if (hand) ps_q <= (mode_q || p_blk_last) ? P_IDLE : P_WAIT;
                P_GLOAD: ps_q <= P_READ;
                P_CDRAIN: ps_q <= P_GEND;
                P_GEND:  ps_q <= P_GNEXT;
                P_GNEXT: ps_q <= gn_stop ? P_HAND : P_GLOAD;
                default: if (run) ps_q <= P_WAIT;
            endcase
            case (sc_q)
                C_READ:  if (scan_rd && sc_last) sc_q <= C_WAIT;
                C_WAIT:  if (flush) sc_q <= s_next ? C_READ : C_IDLE;
                default: if (hand) sc_q <= C_READ;
            endcase
        end
    end

    // Datapath and counters (qualified by the states, not reset).
    always @(posedge clk_i) begin
        if (start) begin
            mode_q    <= select_mode_i;
            kq_q      <= kq_i;
            tiles_q   <= tiles_i;
            radius_q  <= radius_i;
            seq_q     <= seq_len_i;
            keys_q    <= keys_i;
            causal_q  <= causal_i;
            base_q    <= base_pos_i;
            div_n_q   <= seq_len_i + {7'd0, tiles_i} - 1'b1;
            div_r_q   <= {TCW{1'b0}};
            div_cnt_q <= {DCW{1'b0}};
        end else if (state_q == S_DIV) begin
            div_n_q   <= div_n_q << 1;
            div_r_q   <= q_bit ? r_sub : r2[TCW-1:0];
            bc_q      <= {bc_q[LEN-2:0], q_bit};
            div_cnt_q <= div_cnt_q + 1'b1;
        end
        if (start) begin
            nt_pos_q <= {(LEN+1){1'b0}};
            n_q      <= {NW{1'b0}};
        end else if (state_q == S_NT) begin
            nt_pos_q <= nt_pos_q + bc_x;
            n_q      <= n_q + {5'd0, kq_q};
        end
        if (start) begin
            ld_key_q  <= {LEN{1'b0}};
            ld_bank_q <= {BKW{1'b0}};
            ld_addr_q <= {AW{1'b0}};
        end else if (in_fire) begin
            ld_key_q  <= ld_key_q + 1'b1;
            ld_bank_q <= (ld_bank_q == NB_M1) ? {BKW{1'b0}} : ld_bank_q + 1'b1;
            if (ld_bank_q == NB_M1) ld_addr_q <= ld_addr_q + 1'b1;
        end
        // Pass engine.
        if (run) begin
            p_lo_q    <= {LEN{1'b0}};
            p_hi_q    <= mode_q ? seq_q : first_hi;
            p_tile_q  <= {TW{1'b0}};
            p_addr0_q <= {AW{1'b0}};
            p_base0_q <= {KX{1'b0}};
        end else if (hand) begin
            p_lo_q    <= p_hi_q;
            p_hi_q    <= p_hi_n;
            p_tile_q  <= p_tile_q + 1'b1;
            p_addr0_q <= p_addr_n;
            p_base0_q <= p_base_n;
        end
        if (run) begin
            pr_addr_q <= {AW{1'b0}};
            pr_base_q <= {KX{1'b0}};
        end else if (hand) begin
            pr_addr_q <= p_addr_n;
            pr_base_q <= p_base_n;
        end else if (pr_restart) begin
            pr_addr_q <= p_addr0_q;
            pr_base_q <= p_base0_q;
        end else if (pass_rd && !pr_last) begin
            pr_addr_q <= pr_addr_q + 1'b1;
            pr_base_q <= pr_base_q + NB_X;
        end
        if (run || hand) pass_q <= {PW{1'b0}};
        else if (ps_q == P_GAP) pass_q <= pass_q + 1'b1;
        if (run || hand) pe_q <= {PW{1'b0}};
        else if (end_pass) pe_q <= pe_q + 1'b1;
        if (run) g_cnt_q <= 1'b0;
        else if (end_pass) g_cnt_q <= mode_q;
        if (end_pass) g_total_q <= 1'b1;
        else if (ps_q == P_GNEXT) g_total_q <= 1'b0;
        if (ps_q == P_GNEXT) gb_q <= g_total_q ? GB_TOP : gb_q - 1'b1;
        // Scan engine.
        if (hand) begin
            s_lo_q    <= p_lo_q;
            s_hi_q    <= mode_q ? first_hi : p_hi_q;
            s_tile_q  <= p_tile_q;
            sc_addr_q <= p_addr0_q;
            sc_base_q <= p_base0_q;
        end else if (s_next) begin
            s_lo_q    <= s_hi_q;
            s_hi_q    <= s_hi_n;
            s_tile_q  <= s_tile_q + 1'b1;
            sc_addr_q <= s_same ? sc_addr_q : sc_addr_q + 1'b1;
            sc_base_q <= s_same ? sc_base_q : sc_base_q + NB_X;
        end else if (scan_rd && !sc_last) begin
            sc_addr_q <= sc_addr_q + 1'b1;
            sc_base_q <= sc_base_q + NB_X;
        end
        if (re) begin
            rb_q        <= rb_n[LW-1:0];
            scan_last_q <= scan_rd && sc_last;
        end
        // Emitter.
        if (scan_step_q) begin
            mq_mask_q <= hits;
            mq_base_q <= rb_q;
            mq_last_q <= scan_last_q;
        end
        if (scan_step_q) mq_rem_q <= lane_any;
        else if (mv) mq_rem_q <= rem_n;
        if (mv) begin
            pend_key_q  <= mv_key;
            pend_mask_q <= mq_mask_q[pick*T +: T];
        end
        if (out_load) begin
            out_key_q  <= (flush && !pend_valid_q) ? s_lo_q[11:0] : pend_key_q;
            out_mask_q <= (flush && !pend_valid_q) ? {T{1'b0}} : pend_mask_q;
            out_last_q <= flush;
            out_tile_q <= s_tile_q;
        end
    end

    // Tile buffer and rows.
    wire [NB*T*B-1:0] rdata;
    wire [NB-1:0]     lane_ok;
    wire [NB*LW-1:0]  l_all;         // low bits of each lane's key index, registered
    wire [NB*KX-1:0]  l_next;        // ... of the word being read
    genvar gi, gj;
    generate
        for (gj = 0; gj < NB; gj = gj + 1) begin : g_bank
            localparam [BKW-1:0] BJ = gj;
            localparam [KX-1:0]  LJ = gj;
            wire [KX-1:0] l_n = rb_n + LJ;
            reg  [LW-1:0] l_q;
            reg           ok_q;
            always @(posedge clk_i) begin
                if (re) begin
                    l_q  <= l_n[LW-1:0];
                    ok_q <= (l_n >= lo_n) && (l_n < hi_n);
                end
            end
            assign l_all[gj*LW +: LW]  = l_q;
            assign l_next[gj*KX +: KX] = l_n;
            star_sram_342x2048 u_bank (
                .clk_i(clk_i), .we_i(in_fire && ld_bank_q == BJ), .waddr_i(ld_addr_q),
                .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr),
                .rdata_o(rdata[gj*T*B +: T*B])
            );
            assign lane_ok[gj]  = ok_q;
            assign lane_any[gj] = |hits[gj*T +: T];
        end
        for (gi = 0; gi < T; gi = gi + 1) begin : g_row
            wire [NB*B-1:0] lanes;
            wire [NB-1:0]   hit;
            for (gj = 0; gj < NB; gj = gj + 1) begin : g_lane
                assign lanes[gj*B +: B]  = rdata[(gj*T + gi)*B +: B];
                assign hits[gj*T + gi]   = hit[gj];
            end
            star_sorter_row #(.ROW(gi)) u_row (
                .clk_i(clk_i), .g_mode_i(mode_q), .causal_i(causal_q), .base_pos_i(base_q),
                .radius_i(radius_q), .n_i(n_q), .lane_ok_i(lane_ok), .l_i(l_all),
                .l_next_i(l_next), .ld_i(re),
                .new_i(lanes), .sel_scan_i(scan_step_q),
                .clear_i(ps_q == P_WAIT || end_pass), .win_first_i(wf_q[ST]),
                .step_i(stp_q[ST+1]), .end_pass_i(end_pass), .end_first_i(end_first),
                .last_pass_i(end_last), .rank_i(rank),
                .g_init_i(end_pass && mode_q), .g_load_i(ps_q == P_GLOAD),
                .count_i(cnt_step_q), .g_end_i(ps_q == P_GEND), .g_total_i(g_total_q),
                .g_bit_i(g_bit), .scan_load_i(hand), .hit_o(hit), .done_o(row_done[gi])
            );
        end
    endgenerate
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_in_stall_q;  // in: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_in_stall_q <= 1'b0;
        else chk_in_stall_q <= in_valid_i && !in_ready_o;
    end
    wire [2047:0] chk_in_beat = {in_scores_i};
    reg  [2047:0] chk_in_beat_q;
    always @(posedge clk_i) chk_in_beat_q <= chk_in_beat;
    reg chk_out_stall_q;  // out: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_out_stall_q <= 1'b0;
        else chk_out_stall_q <= out_valid_o && !out_ready_i;
    end
    wire [145:0] chk_out_beat = {out_key_o, out_tile_o, out_mask_o, out_last_o};
    reg  [145:0] chk_out_beat_q;
    always @(posedge clk_i) chk_out_beat_q <= chk_out_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_in_stall_q && (!in_valid_i || chk_in_beat !== chk_in_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: in beat dropped or changed while stalled, t=%0t",
                         $time);
            if (in_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: in_valid_i unknown, t=%0t", $time);
            if (chk_out_stall_q && (!out_valid_o || chk_out_beat !== chk_out_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: out beat dropped or changed while stalled, t=%0t",
                         $time);
            if (out_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: out_valid_o unknown, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
