// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// STAR core (spec sec. 1): DLZS predictor -> SADS sorter -> RASS -> K/V generation -> SU-FA.
// Streaming tile by tile. Phase 1.1 jobs return K-hat on khat_*; phase 1.2 jobs feed A-hat to
// the sorter (columns beyond S are dropped); O (or, with part_i, the partials (m, l, o)) leaves
// as T rows. X is read through x_* (1-cycle latency). A shard of a mesh row (spec sec. 6): local
// key k is global key key_base_i + k, the first keys_i exist.
module star_core (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire [5:0]    sh_kp_i,        // SH_KP
    input  wire [5:0]    sh_ap_i,        // SH_AP
    input  wire          select_mode_i,  // selection: 0 per tile, 1 global (spec 3.4)
    input  wire [6:0]    kq_i,           // kq: keys kept per tile and row
    input  wire [5:0]    tiles_i,        // Tc: tiles per key row
    input  wire [15:0]   radius_i,       // r: SADS radius
    input  wire [12:0]   seq_len_i,      // keys this core sorts: S, or Tc' * Bc for a shard
    input  wire [12:0]   hidden_i,       // H: hidden size
    input  wire [5:0]    sh_k_i,         // SH_K
    input  wire [5:0]    sh_v_i,         // SH_V
    input  wire [15:0]   mz_i,           // MZ
    input  wire [5:0]    sz_i,           // SZ
    input  wire [5:0]    ntiles_i,       // tiles that exist: ceil(S / Bc) (a shard: Tc')
    input  wire          causal_i,       // causal mask on
    input  wire [14:0]   base_pos_i,     // global position of query row 0
    input  wire [14:0]   key_base_i,     // global index of local key 0 (0 on one core)
    input  wire [12:0]   keys_i,         // local keys that exist (< S); the rest is padding
    input  wire          part_i,         // 1: p_row_o carries partials (m, l, o), no divide
    input  wire          head_i,         // head start: clears the K/V store (while idle_o)
    input  wire          pred_valid_i,   // predictor jobs, one beat per reduction step
    output wire          pred_ready_o,
    input  wire          pred_mode_i,    // 0: K-hat = X.Wk (phase 1.1), 1: A-hat = Q.K-hat^T (1.2)
    input  wire [12:0]   pred_len_i,     // reduction length of the job: H (mode 0) or d (mode 1)
    input  wire [2047:0] pred_row_i,     // T lanes x 16: x (INT8 in [7:0]) or q (INT16)
    input  wire [511:0]  pred_col_i,     // NC lanes x 16: Wk code {s,e[2:0]} or k-hat (INT16)
    output wire          khat_valid_o,   // K-hat columns of phase 1.1 jobs
    input  wire          khat_ready_i,
    output wire [2047:0] khat_data_o,    // one array column, T lanes
    output wire [4:0]    khat_col_o,     // array column of this beat
    output wire          khat_last_o,    // last column of the job
    input  wire          w_valid_i,      // weight load: one word, taken every cycle it is high
    input  wire [9:0]    w_addr_i,       // weight load: word address
    input  wire [4095:0] w_data_i,       // weight load: P hidden indices x 2d INT8 weights
    input  wire          b_valid_i,      // bias load: one bias, taken every cycle it is high
    input  wire [6:0]    b_idx_i,        // bias load: index 0..2d-1 (bk then bv)
    input  wire [31:0]   b_data_i,       // bias load: INT32 bias
    output wire          x_rd_o,         // token memory read
    output wire [21:0]   x_addr_o,       // its word address
    input  wire [31:0]   x_data_i,       // its data, one cycle after x_rd_o
    input  wire          q_valid_i,      // query rows of a block
    output wire          q_ready_o,
    input  wire [1023:0] q_row_i,        // one query row, d lanes x 16 (INT16)
    output wire          o_valid_o,      // output rows (or partials with part_i), row 0 first
    input  wire          o_ready_i,
    output wire [1023:0] o_row_o,        // one output row, d lanes x 16 (INT16)
    output wire [3226:0] p_row_o,        // partials (m, l, o) of the row on o_row_o, with part_i
    output wire [31:0]   kv_rows_o,      // K/V rows generated since head_i
    output wire          idle_o          // every engine idle
);

    wire             p_valid, p_ready, p_last, p_mode, p_idle;
    wire [2047:0] p_data;
    wire [4:0] p_col;
    reg  [12:0] kcnt_q;      // key index of the next A-hat column
    wire             a_keep = ({kcnt_q} < {seq_len_i});
    wire             s_in_valid, s_in_ready;
    assign s_in_valid   = p_valid && p_mode && a_keep;
    assign khat_valid_o = p_valid && !p_mode;
    assign p_ready      = p_mode ? (!a_keep || s_in_ready) : khat_ready_i;
    assign khat_data_o  = p_data;
    assign khat_col_o   = p_col;
    assign khat_last_o  = p_last;
    wire a_fire = p_valid && p_ready && p_mode;

    always @(posedge clk_i) begin
        if (rst_i) kcnt_q <= 13'd0;
        else if (a_fire)
            kcnt_q <= (p_last && (kcnt_q + 13'd1 >= {seq_len_i})) ? 13'd0 : kcnt_q + 13'd1;
    end
    wire [11:0] so_key;
    wire [4:0] so_tile;
    wire [127:0] so_mask_raw;
    wire so_valid, so_ready, so_last, s_idle;
    wire ro_valid, ro_ready, ro_last, r_idle;
    wire [11:0] ro_key;
    wire [4:0] ro_tile;
    wire [127:0] ro_mask;
    wire [11:0] sr_key;
    wire [4:0] sr_tile;
    wire [127:0] sr_mask;
    wire sr_valid, sr_ready, sr_last;
    wire kv_valid, kv_ready, kv_last, k_idle, f_idle, st_idle;
    wire g_valid, g_ready, g_last, gk_valid, gk_ready, gk_last;
    wire [11:0] kv_key;
    wire [11:0] gk_key;
    wire [127:0] kv_mask;
    wire [127:0] gk_mask;
    wire [1023:0] kv_k;
    wire [1023:0] gk_k;
    wire [1023:0] kv_v;
    wire [1023:0] gk_v;
    wire [11:0] g_key;
    wire [127:0] g_mask;
    wire [4:0] unused_ro_tile = ro_tile;

    localparam T = 128;
    localparam B = 16;
    localparam OW = 16;       // predictor lane width
    localparam DW = 17;       // signed key - position differences
    wire [DW-1:0] a_key   = {4'd0, kcnt_q};
    wire [DW-1:0] o_key   = {5'd0, so_key};
    wire [DW-1:0] a_diff  = a_key + {2'd0, key_base_i} - {2'd0, base_pos_i};
    wire [DW-1:0] o_diff  = o_key + {2'd0, key_base_i} - {2'd0, base_pos_i};
    wire          a_real  = (a_key < {4'd0, keys_i});
    wire          o_real  = (o_key < {4'd0, keys_i});
    wire [T*B-1:0] s_scores;
    wire [T-1:0]   so_mask;
    genvar gi;
    generate
        for (gi = 0; gi < T; gi = gi + 1) begin : g_elig
            localparam [DW-1:0] ROW = gi;
            wire a_ok = a_real && (!causal_i || ($signed(a_diff) <= $signed(ROW)));
            wire o_ok = o_real && (!causal_i || ($signed(o_diff) <= $signed(ROW)));
            assign s_scores[gi*B +: B] = a_ok ? p_data[gi*OW +: B] : {1'b1, {(B-1){1'b0}}};
            assign so_mask[gi] = so_mask_raw[gi] && o_ok;
        end
    endgenerate

    star_predictor u_predictor (
        .clk_i(clk_i), .rst_i(rst_i), .mode_i(pred_mode_i), .len_i(pred_len_i), .sh_kp_i(sh_kp_i),
        .sh_ap_i(sh_ap_i), .in_valid_i(pred_valid_i), .in_ready_o(pred_ready_o),
        .in_row_i(pred_row_i), .in_col_i(pred_col_i), .out_valid_o(p_valid), .out_ready_i(p_ready),
        .out_data_o(p_data), .out_col_o(p_col), .out_last_o(p_last), .out_mode_o(p_mode),
        .idle_o(p_idle)
    );
    star_sorter u_sorter (
        .clk_i(clk_i), .rst_i(rst_i), .select_mode_i(select_mode_i), .kq_i(kq_i), .tiles_i(tiles_i),
        .radius_i(radius_i), .seq_len_i(seq_len_i), .keys_i(keys_i), .causal_i(1'b0),
        .base_pos_i(13'd0), .in_valid_i(s_in_valid), .in_ready_o(s_in_ready),
        .in_scores_i(s_scores), .out_valid_o(so_valid), .out_ready_i(so_ready), .out_key_o(so_key),
        .out_tile_o(so_tile), .out_mask_o(so_mask_raw), .out_last_o(so_last), .idle_o(s_idle)
    );
    star_skid #(.W(146)) u_sort_slice (
        .clk_i(clk_i), .rst_i(rst_i), .in_valid_i(so_valid), .in_ready_o(so_ready),
        .in_data_i({so_key, so_tile, so_mask, so_last}), .out_valid_o(sr_valid),
        .out_ready_i(sr_ready), .out_data_o({sr_key, sr_tile, sr_mask, sr_last})
    );
    star_rass u_rass (
        .clk_i(clk_i), .rst_i(rst_i), .in_valid_i(sr_valid), .in_ready_o(sr_ready),
        .in_key_i(sr_key), .in_tile_i(sr_tile), .in_mask_i(sr_mask), .in_last_i(sr_last),
        .out_valid_o(ro_valid), .out_ready_i(ro_ready), .out_key_o(ro_key), .out_tile_o(ro_tile),
        .out_mask_o(ro_mask), .out_last_o(ro_last), .idle_o(r_idle)
    );
    star_kvstore u_kvstore (
        .clk_i(clk_i), .rst_i(rst_i), .head_i(head_i), .tok_valid_i(ro_valid),
        .tok_ready_o(ro_ready), .tok_key_i(ro_key), .tok_mask_i(ro_mask), .tok_last_i(ro_last),
        .gen_valid_o(g_valid), .gen_ready_i(g_ready), .gen_key_o(g_key), .gen_mask_o(g_mask),
        .gen_last_o(g_last), .gk_valid_i(gk_valid), .gk_ready_o(gk_ready), .gk_key_i(gk_key),
        .gk_mask_i(gk_mask), .gk_last_i(gk_last), .gk_k_i(gk_k), .gk_v_i(gk_v),
        .kv_valid_o(kv_valid), .kv_ready_i(kv_ready), .kv_key_o(kv_key), .kv_mask_o(kv_mask),
        .kv_last_o(kv_last), .kv_k_o(kv_k), .kv_v_o(kv_v), .kv_rows_o(kv_rows_o), .idle_o(st_idle)
    );
    star_kvgen u_kvgen (
        .clk_i(clk_i), .rst_i(rst_i), .hidden_i(hidden_i), .sh_k_i(sh_k_i), .sh_v_i(sh_v_i),
        .w_valid_i(w_valid_i), .w_addr_i(w_addr_i), .w_data_i(w_data_i), .b_valid_i(b_valid_i),
        .b_idx_i(b_idx_i), .b_data_i(b_data_i), .tok_valid_i(g_valid), .tok_ready_o(g_ready),
        .tok_key_i(g_key), .tok_mask_i(g_mask), .tok_last_i(g_last), .x_rd_o(x_rd_o),
        .x_addr_o(x_addr_o), .x_data_i(x_data_i), .kv_valid_o(gk_valid), .kv_ready_i(gk_ready),
        .kv_key_o(gk_key), .kv_mask_o(gk_mask), .kv_last_o(gk_last), .kv_k_o(gk_k), .kv_v_o(gk_v),
        .idle_o(k_idle)
    );
    star_sufa u_sufa (
        .clk_i(clk_i), .rst_i(rst_i), .mz_i(mz_i), .sz_i(sz_i), .tiles_i(ntiles_i), .part_i(part_i),
        .q_valid_i(q_valid_i), .q_ready_o(q_ready_o), .q_row_i(q_row_i), .kv_valid_i(kv_valid),
        .kv_ready_o(kv_ready), .kv_key_i(kv_key), .kv_mask_i(kv_mask), .kv_last_i(kv_last),
        .kv_k_i(kv_k), .kv_v_i(kv_v), .o_valid_o(o_valid_o), .o_ready_i(o_ready_i),
        .o_row_o(o_row_o), .p_row_o(p_row_o), .idle_o(f_idle)
    );

    assign idle_o = p_idle && s_idle && r_idle && st_idle && k_idle && f_idle
        && !p_valid && !sr_valid;
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_pred_stall_q;  // pred: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_pred_stall_q <= 1'b0;
        else chk_pred_stall_q <= pred_valid_i && !pred_ready_o;
    end
    wire [2573:0] chk_pred_beat = {pred_mode_i, pred_len_i, pred_row_i, pred_col_i};
    reg  [2573:0] chk_pred_beat_q;
    always @(posedge clk_i) chk_pred_beat_q <= chk_pred_beat;
    reg chk_khat_stall_q;  // khat: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_khat_stall_q <= 1'b0;
        else chk_khat_stall_q <= khat_valid_o && !khat_ready_i;
    end
    wire [2053:0] chk_khat_beat = {khat_data_o, khat_col_o, khat_last_o};
    reg  [2053:0] chk_khat_beat_q;
    always @(posedge clk_i) chk_khat_beat_q <= chk_khat_beat;
    reg chk_q_stall_q;  // q: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_q_stall_q <= 1'b0;
        else chk_q_stall_q <= q_valid_i && !q_ready_o;
    end
    wire [1023:0] chk_q_beat = {q_row_i};
    reg  [1023:0] chk_q_beat_q;
    always @(posedge clk_i) chk_q_beat_q <= chk_q_beat;
    reg chk_o_stall_q;  // o: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_o_stall_q <= 1'b0;
        else chk_o_stall_q <= o_valid_o && !o_ready_i;
    end
    wire [1023:0] chk_o_beat = {o_row_o};
    reg  [1023:0] chk_o_beat_q;
    always @(posedge clk_i) chk_o_beat_q <= chk_o_beat;
    always @(posedge clk_i) begin
        if (!(rst_i)) begin
            if (chk_pred_stall_q && (!pred_valid_i || chk_pred_beat !== chk_pred_beat_q))
                $display(
                    "STAR-PROTOCOL-ERROR %m: pred beat dropped or changed while stalled, t=%0t",
                    $time);
            if (pred_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: pred_valid_i unknown, t=%0t", $time);
            if (chk_khat_stall_q && (!khat_valid_o || chk_khat_beat !== chk_khat_beat_q))
                $display(
                    "STAR-PROTOCOL-ERROR %m: khat beat dropped or changed while stalled, t=%0t",
                    $time);
            if (khat_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: khat_valid_o unknown, t=%0t", $time);
            if (chk_q_stall_q && (!q_valid_i || chk_q_beat !== chk_q_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: q beat dropped or changed while stalled, t=%0t",
                         $time);
            if (q_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: q_valid_i unknown, t=%0t", $time);
            if (chk_o_stall_q && (!o_valid_o || chk_o_beat !== chk_o_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: o beat dropped or changed while stalled, t=%0t",
                         $time);
            if (o_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: o_valid_o unknown, t=%0t", $time);
            if (head_i && !idle_o)
                $display("STAR-PROTOCOL-ERROR %m: head_i while not idle, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
