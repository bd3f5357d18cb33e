// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// SU-FA engine (spec sec. 5): T = 128 rows, d = 64, 2 + 2 PEs per row; exact tile maxima,
// exp2, merge, divide; each row works only on the keys it selected.
// Q: T beats (row 0 first) per block; mz_i, sz_i, tiles_i are sampled with the Q beats and hold for
// the block. K/V: tiles_i tiles of selected-key beats, kv_last_i on each tile's last beat (an empty
// tile is one beat with mask 0). A tile carries at most 4096 beats and at most kq_max = 64 keys
// per row. O: T beats of d INT16 lanes, row 0 first. With part_i (sampled with the Q beats) the
// divide is skipped and the T beats carry each row's merged partial on p_row_o instead:
// {any, m, l, o[d]} (spec sec. 6: the merge without the divide), o_row_o then being meaningless.
// A K/V beat is broadcast to the rows' K queues (queue depth 16) from one register; its V and mask
// wait in the tile buffer (two tiles) and are replayed into the rows' V queues once the tile is
// complete.
module star_sufa (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire [15:0]   mz_i,        // MZ: score scaling multiplier
    input  wire [5:0]    sz_i,        // SZ: score scaling shift
    input  wire [5:0]    tiles_i,     // tiles of the block
    input  wire          part_i,      // 1: emit partials (m, l, o), no divide
    input  wire          q_valid_i,   // Q rows, T per block, row 0 first
    output wire          q_ready_o,
    input  wire [1023:0] q_row_i,     // d lanes x 16 (INT16)
    input  wire          kv_valid_i,  // selected-key beats, kv_last_i on each tile's last
    output wire          kv_ready_o,
    input  wire [11:0]   kv_key_i,    // key index (not needed: K and V travel with it)
    input  wire [127:0]  kv_mask_i,   // rows that selected the key
    input  wire          kv_last_i,   // last beat of the tile
    input  wire [1023:0] kv_k_i,      // d lanes of INT16 K
    input  wire [1023:0] kv_v_i,      // d lanes of INT16 V
    output wire          o_valid_o,   // O rows (or partials with part_i), T per block, row 0 first
    input  wire          o_ready_i,
    output wire [1023:0] o_row_o,     // d lanes x 16 (INT16)
    output wire [3226:0] p_row_o,     // with part_i: the row's merged partial {any, m, l, o[d]}
    output wire          idle_o       // nothing accepted is still in flight
);
    localparam [2:0] ST_Q = 3'd0, ST_T = 3'd1, ST_M = 3'd2, ST_D = 3'd3, ST_O = 3'd4;
    localparam T = 128;
    // The key index is not needed: the key's K and V travel with it.
    wire unused_key = ^kv_key_i;

    reg  [2:0] st_q;
    reg  [6:0] q_cnt_q;
    reg  [15:0] mz_q;
    reg  [5:0] sz_q;
    reg  [5:0] tiles_q;
    reg        part_q;
    wire q_fire = (st_q == ST_Q) && q_valid_i;
    assign q_ready_o = (st_q == ST_Q);
    wire blk = q_fire && (q_cnt_q == 7'd0);
    wire [127:0] k_room;         // row r's K queue has room
    wire [127:0] v_room;         // row r's V queue has room
    wire [127:0] row_idle;

    // ---- pass A: the beat in the broadcast register moves when every row that must push it
    // (selected it, or it ends the tile) has room. Two tiles at most wait in the tile buffer.
    reg        a_v_q;
    reg  [1023:0] a_k_q;
    reg  [127:0] a_mask_q;
    reg        a_last_q;
    reg  [5:0] a_tiles_q;      // tiles of the block accepted
    reg  [1:0] buf_n_q;        // complete tiles in the buffer not yet replayed
    reg  [12:0] wa_q;
    wire [127:0] k_need = a_mask_q | {T{a_last_q}};
    wire a_go = a_v_q && ((k_need & ~k_room) == 128'd0);
    assign kv_ready_o = (st_q == ST_T) && (a_tiles_q != tiles_q) && (buf_n_q != 2'd2)
                        && (!a_v_q || a_go);
    wire kv_fire = kv_valid_i && kv_ready_o;
    always @(posedge clk_i) begin
        if (kv_fire) begin
            a_k_q    <= kv_k_i;
            a_mask_q <= kv_mask_i;
            a_last_q <= kv_last_i;
        end
    end

    // ---- pass B: a complete tile is replayed from the buffer, one key a cycle when every row
    // that selected it has room in its V queue. The buffer's read address is the next one, so
    // its output is always the key at rb_q.
    reg        r_run_q;
    reg  [12:0] rb_q;
    wire [128:0] mrd;            // {last, mask} of the key at rb_q
    wire [1023:0] vrd;            // its V
    wire [127:0] r_mask = mrd[127:0];
    wire r_go  = r_run_q && ((r_mask & ~v_room) == 128'd0);
    wire r_end = r_go && mrd[128];
    wire [12:0] rb_n = (r_go ? rb_q + 13'd1 : rb_q);
    star_sram_8192x1024 u_vbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i(kv_v_i), .re_i(1'b1),
        .raddr_i(rb_n), .rdata_o(vrd)
    );
    star_sram_8192x129 u_mbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i({kv_last_i, kv_mask_i}),
        .re_i(1'b1), .raddr_i(rb_n), .rdata_o(mrd)
    );
    wire all_idle = &row_idle;
    wire t_done = (st_q == ST_T) && (a_tiles_q == tiles_q) && !a_v_q && (buf_n_q == 2'd0)
                  && !r_run_q && all_idle;

    // ---- merge (32 + 7 cycles per tile) and divide (18 cycles per lane).
    reg  [4:0] mg_j_q;
    reg  [5:0] mg_t_q;
    reg  [5:0] dv_c_q;
    reg  [4:0] dv_t_q;
    reg  [6:0] o_cnt_q;
    wire mg_rd   = (st_q == ST_M) && (mg_t_q == 6'd0);
    wire mg_load = (st_q == ST_M) && (mg_t_q == 6'd4);
    wire mg_en   = (st_q == ST_M) && (mg_t_q >= 6'd5) && (mg_t_q <= 6'd36);
    wire mg_last = (mg_t_q == 6'd38);  // the last merge cycle's add
    wire dv_done = (st_q == ST_D) && (dv_t_q == 5'd18);
    wire dv_lastc = (dv_c_q == 6'd63);
    wire dv_start = (st_q == ST_D) && ((dv_t_q == 5'd0) || (dv_done && !dv_lastc));
    wire o_fire = (st_q == ST_O) && o_ready_i;

    always @(posedge clk_i) begin
        if (rst_i) begin
            st_q      <= ST_Q;
            q_cnt_q   <= 7'd0;
            a_v_q     <= 1'b0;
            a_tiles_q <= 6'd0;
            buf_n_q   <= 2'd0;
            wa_q      <= 13'd0;
            r_run_q   <= 1'b0;
            rb_q      <= 13'd0;
            mg_j_q    <= 5'd0;
            mg_t_q    <= 6'd0;
            dv_c_q    <= 6'd0;
            dv_t_q    <= 5'd0;
            o_cnt_q   <= 7'd0;
        end else begin
            if (q_fire) begin
                mz_q    <= mz_i;
                sz_q    <= sz_i;
                tiles_q <= tiles_i;
                part_q  <= part_i;
                q_cnt_q <= q_cnt_q + 7'd1;
                if (q_cnt_q == 7'd127) begin
                    q_cnt_q   <= 7'd0;
                    st_q      <= ST_T;
                    a_tiles_q <= 6'd0;
                end
            end
            // pass A
            if (kv_fire) begin
                a_v_q <= 1'b1;
                wa_q  <= wa_q + 13'd1;
                if (kv_last_i) a_tiles_q <= a_tiles_q + 6'd1;
            end else if (a_go) begin
                a_v_q <= 1'b0;
            end
            buf_n_q <= buf_n_q + {1'b0, kv_fire && kv_last_i} - {1'b0, r_end};
            // pass B replay
            rb_q <= rb_n;
            if (r_end) r_run_q <= (buf_n_q == 2'd2);
            else if (!r_run_q && (buf_n_q != 2'd0)) r_run_q <= 1'b1;
            if (t_done) begin
                st_q   <= ST_M;
                mg_j_q <= 5'd0;
                mg_t_q <= 6'd0;
            end
            // merge
            if (st_q == ST_M) begin
                mg_t_q <= mg_t_q + 6'd1;
                if (mg_last) begin
                    mg_t_q <= 6'd0;
                    mg_j_q <= mg_j_q + 5'd1;
                    if (({1'd0, mg_j_q} + 6'd1 == tiles_q) && part_q) begin
                        st_q    <= ST_O;
                        o_cnt_q <= 7'd0;
                    end else if ({1'd0, mg_j_q} + 6'd1 == tiles_q) begin
                        st_q   <= ST_D;
                        dv_t_q <= 5'd0;
                        dv_c_q <= 6'd0;
                    end
                end
            end
            // divide
            if (st_q == ST_D) begin
                dv_t_q <= dv_t_q + 5'd1;
                if (dv_done) begin
                    dv_t_q <= 5'd1;
                    dv_c_q <= dv_c_q + 6'd1;
                    if (dv_lastc) begin
                        st_q    <= ST_O;
                        o_cnt_q <= 7'd0;
                    end
                end
            end
            // output
            if (o_fire) begin
                o_cnt_q <= o_cnt_q + 7'd1;
                if (o_cnt_q == 7'd127) st_q <= ST_Q;
            end
        end
    end

    assign o_valid_o = (st_q == ST_O);
    assign idle_o = (st_q == ST_Q) && (q_cnt_q == 7'd0);

    wire [1023:0] o_rows [0:128];
    assign o_rows[128] = 1024'd0;
    assign o_row_o = o_rows[0];
    // Partial mode: the rows' merged (any, m, l, o) shift out through their own registers.
    wire [3226:0] p_rows [0:128];
    assign p_rows[128] = 3227'd0;
    assign p_row_o = {p_rows[0][3226:3136], p_rows[0][3135:0]};
    wire po_shift = o_fire && part_q;

    genvar gi;
    generate
        for (gi = 0; gi < T; gi = gi + 1) begin : g_row
            localparam [6:0] ROW = gi;
            star_sufa_row u_row (
                .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == ROW)), .q_i(q_row_i),
                .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk), .k_valid_i(a_go && k_need[gi]),
                .k_ready_o(k_room[gi]), .k_last_i(a_last_q), .k_has_i(a_mask_q[gi]),
                .k_data_i(a_k_q), .v_valid_i(r_go && r_mask[gi]), .v_ready_o(v_room[gi]),
                .v_data_i(vrd), .idle_o(row_idle[gi]), .mg_i(st_q == ST_M), .mg_rd_i(mg_rd),
                .mg_load_i(mg_load), .mg_en_i(mg_en), .pidx_i(mg_j_q), .dv_start_i(dv_start),
                .dv_done_i(dv_done), .out_shift_i(o_fire && !part_q), .o_next_i(o_rows[gi+1]),
                .o_row_o(o_rows[gi]), .po_shift_i(po_shift), .p_next_i(p_rows[gi+1]),
                .p_row_o(p_rows[gi])
            );
        end
    endgenerate
`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_q_stall_q;  // q: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_q_stall_q <= 1'b0;
        else chk_q_stall_q <= q_valid_i && !q_ready_o;
    end
    wire [1023:0] chk_q_beat = {q_row_i};
    reg  [1023:0] chk_q_beat_q;
    always @(posedge clk_i) chk_q_beat_q <= chk_q_beat;
    reg chk_kv_stall_q;  // kv: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_kv_stall_q <= 1'b0;
        else chk_kv_stall_q <= kv_valid_i && !kv_ready_o;
    end
    wire [2188:0] chk_kv_beat = {kv_key_i, kv_mask_i, kv_last_i, kv_k_i, kv_v_i};
    reg  [2188:0] chk_kv_beat_q;
    always @(posedge clk_i) chk_kv_beat_q <= chk_kv_beat;
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
            if (chk_q_stall_q && (!q_valid_i || chk_q_beat !== chk_q_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: q beat dropped or changed while stalled, t=%0t",
                         $time);
            if (q_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: q_valid_i unknown, t=%0t", $time);
            if (chk_kv_stall_q && (!kv_valid_i || chk_kv_beat !== chk_kv_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: kv beat dropped or changed while stalled, t=%0t",
                         $time);
            if (kv_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: kv_valid_i unknown, t=%0t", $time);
            if (chk_o_stall_q && (!o_valid_o || chk_o_beat !== chk_o_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: o beat dropped or changed while stalled, t=%0t",
                         $time);
            if (o_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: o_valid_o unknown, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
