// star-gen 0.1.0 | config 37ea3d6679cd4d9b | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// SU-FA engine (spec §5): T = 128 rows, d = 64, 2 + 2 PEs per row; exact tile maxima, exp2, merge, divide.
// Q: T beats (row 0 first) per block; mz_i, sz_i, tiles_i are sampled with the Q beats and hold for
// the block. K/V: tiles_i tiles of selected-key beats, kv_last_i on each tile's last beat (an empty
// tile is one beat with mask 0). A tile carries at most 4096 beats and at most kq_max = 64 keys
// per row. O: T beats of d INT16 lanes, row 0 first.
module star_sufa (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire [15:0]       mz_i,
    input  wire [5:0]        sz_i,
    input  wire [5:0]        tiles_i,
    input  wire              q_valid_i,
    output wire              q_ready_o,
    input  wire [1023:0]   q_row_i,
    input  wire              kv_valid_i,
    output wire              kv_ready_o,
    input  wire [11:0]       kv_key_i,
    input  wire [127:0]        kv_mask_i,
    input  wire              kv_last_i,
    input  wire [1023:0]   kv_k_i,
    input  wire [1023:0]   kv_v_i,
    output wire              o_valid_o,
    input  wire              o_ready_i,
    output wire [1023:0]   o_row_o,
    output wire              idle_o
);
    localparam [2:0] ST_Q = 3'd0, ST_T = 3'd1, ST_M = 3'd2, ST_D = 3'd3, ST_O = 3'd4;
    // The key index is not needed: the key's K and V travel with it.
    wire unused_key = ^kv_key_i;

    reg  [2:0]       st_q;
    reg  [6:0]        q_cnt_q;
    reg  [15:0]      mz_q;
    reg  [5:0]       sz_q;
    reg  [5:0]        tiles_q;
    wire q_fire = (st_q == ST_Q) && q_valid_i;
    assign q_ready_o = (st_q == ST_Q);
    wire blk = q_fire && (q_cnt_q == 7'd0);

    // ---- pass A: one beat per 32 cycles; z of a beat is valid 3 cycles after its last cycle.
    reg  [1023:0] k_q;
    reg              a_busy_q;
    reg  [4:0]        a_cnt_q;
    reg  [127:0]        a_mask_q;
    reg              a_last_q;
    reg              a_tf_q;       // the beat in the array is its tile's first
    reg              a_tfirst_q;   // the next beat is a tile's first
    reg              a_wait_q;     // the tile is complete; wait for pass B to take it
    reg              a_rdy_q;      // its z values are all in the FIFOs
    reg  [5:0]        a_tiles_q;
    reg  [12:0]        a_n_q;        // beats of the tile
    reg  [12:0]        wa_q;
    reg  [2:0]       sd_v_q;
    reg  [127:0]        sd_m_q [0:2];
    reg  [2:0]       sd_tf_q;
    reg  [2:0]       sd_l_q;
    wire a_last_cyc = a_busy_q && (a_cnt_q == 5'd31);
    assign kv_ready_o = (st_q == ST_T) && !a_wait_q && (a_tiles_q != tiles_q) && (!a_busy_q || a_last_cyc);
    wire kv_fire = kv_valid_i && kv_ready_o;

    // ---- pass B: one key per 32 cycles through mask read, z pop, u, exp2 (2), p load, P·V.
    reg              b_busy_q;
    reg  [12:0]        b_left_q;
    reg  [4:0]        b_gap_q;
    reg  [12:0]        rb_q;
    reg  [5:0]        b_tiles_q;
    reg  [4:0]       i_q;          // issue pipeline valid bits (stages 1..5)
    reg  [12:0]        ia_q [0:3];
    wire [127:0]        mrd;          // mask of the key issued last cycle
    wire [1023:0]   vrd;          // V of the key whose p is loaded next cycle
    reg  [1023:0] v_q;
    reg  [5:0]        pv_left_q;
    wire hand = (st_q == ST_T) && a_rdy_q && !b_busy_q;
    wire iss  = b_busy_q && (b_left_q != 13'd0) && (b_gap_q == 5'd0);
    wire pv_load = i_q[4];
    wire pv_en = (pv_left_q != 6'd0);
    wire pw = b_busy_q && (b_left_q == 13'd0) && (i_q == 5'd0) && !pv_en;

    star_sram_8192x1024 u_vbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i(kv_v_i),
        .re_i(1'b1), .raddr_i(ia_q[3]), .rdata_o(vrd)
    );
    star_sram_8192x128 u_mbuf (
        .clk_i(clk_i), .we_i(kv_fire), .waddr_i(wa_q), .wdata_i(kv_mask_i),
        .re_i(1'b1), .raddr_i(rb_q), .rdata_o(mrd)
    );
    always @(posedge clk_i) begin
        ia_q[0] <= rb_q;
        ia_q[1] <= ia_q[0];
        ia_q[2] <= ia_q[1];
        ia_q[3] <= ia_q[2];
        if (kv_fire) k_q <= kv_k_i;
        else if (a_busy_q) k_q <= {k_q[31:0], k_q[1023:32]};
        if (pv_load) v_q <= vrd;
        else if (pv_en) v_q <= {v_q[31:0], v_q[1023:32]};
        if (kv_fire) begin
            a_mask_q <= kv_mask_i;
            a_last_q <= kv_last_i;
            a_tf_q   <= a_tfirst_q;
            a_n_q    <= a_tfirst_q ? 13'd1 : a_n_q + 13'd1;
        end
        sd_m_q[0] <= a_mask_q;
        sd_m_q[1] <= sd_m_q[0];
        sd_m_q[2] <= sd_m_q[1];
        sd_tf_q   <= {sd_tf_q[1:0], a_tf_q};
        sd_l_q    <= {sd_l_q[1:0], a_last_q};
        if (hand) b_left_q <= a_n_q;
        else if (iss) b_left_q <= b_left_q - 13'd1;
    end

    // ---- merge (32 + 5 cycles per tile) and divide (18 cycles per lane).
    reg  [4:0]        mg_j_q;
    reg  [5:0]        mg_t_q;
    reg  [5:0]        dv_c_q;
    reg  [4:0]       dv_t_q;
    reg  [6:0]        o_cnt_q;
    wire mg_rd   = (st_q == ST_M) && (mg_t_q == 6'd0);
    wire mg_load = (st_q == ST_M) && (mg_t_q == 6'd4);
    wire mg_en   = (st_q == ST_M) && (mg_t_q >= 6'd5);
    wire mg_last = (mg_t_q == 6'd36);
    wire dv_done = (st_q == ST_D) && (dv_t_q == 5'd18);
    wire dv_lastc = (dv_c_q == 6'd63);
    wire dv_start = (st_q == ST_D) && ((dv_t_q == 5'd0) || (dv_done && !dv_lastc));
    wire o_fire = (st_q == ST_O) && o_ready_i;
    wire [4:0] pidx = (st_q == ST_M) ? mg_j_q : b_tiles_q[4:0];

    always @(posedge clk_i) begin
        if (rst_i) begin
            st_q       <= ST_Q;
            q_cnt_q    <= 7'd0;
            a_busy_q   <= 1'b0;
            a_cnt_q    <= 5'd0;
            a_tfirst_q <= 1'b1;
            a_wait_q   <= 1'b0;
            a_rdy_q    <= 1'b0;
            a_tiles_q  <= 6'd0;
            wa_q       <= 13'd0;
            sd_v_q     <= 3'd0;
            b_busy_q   <= 1'b0;
            b_gap_q    <= 5'd0;
            rb_q       <= 13'd0;
            b_tiles_q  <= 6'd0;
            i_q        <= 5'd0;
            pv_left_q  <= 6'd0;
            mg_j_q     <= 5'd0;
            mg_t_q     <= 6'd0;
            dv_c_q     <= 6'd0;
            dv_t_q     <= 5'd0;
            o_cnt_q    <= 7'd0;
        end else begin
            if (q_fire) begin
                mz_q    <= mz_i;
                sz_q    <= sz_i;
                tiles_q <= tiles_i;
                q_cnt_q <= q_cnt_q + 7'd1;
                if (q_cnt_q == 7'd127) begin
                    q_cnt_q    <= 7'd0;
                    st_q       <= ST_T;
                    a_tfirst_q <= 1'b1;
                    a_wait_q   <= 1'b0;
                    a_rdy_q    <= 1'b0;
                    a_tiles_q  <= 6'd0;
                    b_busy_q   <= 1'b0;
                    b_tiles_q  <= 6'd0;
                end
            end
            // pass A
            if (kv_fire) begin
                a_busy_q   <= 1'b1;
                a_cnt_q    <= 5'd0;
                a_tfirst_q <= kv_last_i;
                wa_q       <= wa_q + 13'd1;
                if (kv_last_i) begin
                    a_wait_q  <= 1'b1;
                    a_tiles_q <= a_tiles_q + 6'd1;
                end
            end else if (a_last_cyc) begin
                a_busy_q <= 1'b0;
            end else if (a_busy_q) begin
                a_cnt_q <= a_cnt_q + 5'd1;
            end
            sd_v_q <= {sd_v_q[1:0], a_last_cyc};
            if (sd_v_q[2] && sd_l_q[2]) a_rdy_q <= 1'b1;
            else if (hand) a_rdy_q <= 1'b0;
            // pass B
            if (hand) begin
                a_wait_q <= 1'b0;
                b_busy_q <= 1'b1;
                b_gap_q  <= 5'd0;
            end
            if (iss) begin
                rb_q    <= rb_q + 13'd1;
                b_gap_q <= 5'd31;
            end else if (b_gap_q != 5'd0) begin
                b_gap_q <= b_gap_q - 5'd1;
            end
            i_q <= {i_q[3:0], iss};
            if (pv_load) pv_left_q <= 6'd32;
            else if (pv_en) pv_left_q <= pv_left_q - 6'd1;
            if (pw) begin
                b_busy_q  <= 1'b0;
                b_tiles_q <= b_tiles_q + 6'd1;
                if (b_tiles_q + 6'd1 == tiles_q) begin
                    st_q   <= ST_M;
                    mg_j_q <= 5'd0;
                    mg_t_q <= 6'd0;
                end
            end
            // merge
            if (st_q == ST_M) begin
                mg_t_q <= mg_t_q + 6'd1;
                if (mg_last) begin
                    mg_t_q <= 6'd0;
                    mg_j_q <= mg_j_q + 5'd1;
                    if ({1'd0, mg_j_q} + 6'd1 == tiles_q) begin
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
    star_sufa_row u_row_0 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd0)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][0]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[0]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[1]), .o_row_o(o_rows[0])
    );
    star_sufa_row u_row_1 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd1)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][1]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[1]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[2]), .o_row_o(o_rows[1])
    );
    star_sufa_row u_row_2 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd2)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][2]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[2]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[3]), .o_row_o(o_rows[2])
    );
    star_sufa_row u_row_3 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd3)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][3]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[3]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[4]), .o_row_o(o_rows[3])
    );
    star_sufa_row u_row_4 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd4)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][4]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[4]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[5]), .o_row_o(o_rows[4])
    );
    star_sufa_row u_row_5 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd5)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][5]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[5]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[6]), .o_row_o(o_rows[5])
    );
    star_sufa_row u_row_6 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd6)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][6]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[6]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[7]), .o_row_o(o_rows[6])
    );
    star_sufa_row u_row_7 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd7)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][7]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[7]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[8]), .o_row_o(o_rows[7])
    );
    star_sufa_row u_row_8 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd8)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][8]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[8]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[9]), .o_row_o(o_rows[8])
    );
    star_sufa_row u_row_9 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd9)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][9]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[9]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[10]), .o_row_o(o_rows[9])
    );
    star_sufa_row u_row_10 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd10)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][10]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[10]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[11]), .o_row_o(o_rows[10])
    );
    star_sufa_row u_row_11 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd11)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][11]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[11]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[12]), .o_row_o(o_rows[11])
    );
    star_sufa_row u_row_12 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd12)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][12]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[12]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[13]), .o_row_o(o_rows[12])
    );
    star_sufa_row u_row_13 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd13)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][13]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[13]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[14]), .o_row_o(o_rows[13])
    );
    star_sufa_row u_row_14 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd14)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][14]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[14]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[15]), .o_row_o(o_rows[14])
    );
    star_sufa_row u_row_15 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd15)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][15]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[15]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[16]), .o_row_o(o_rows[15])
    );
    star_sufa_row u_row_16 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd16)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][16]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[16]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[17]), .o_row_o(o_rows[16])
    );
    star_sufa_row u_row_17 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd17)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][17]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[17]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[18]), .o_row_o(o_rows[17])
    );
    star_sufa_row u_row_18 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd18)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][18]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[18]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[19]), .o_row_o(o_rows[18])
    );
    star_sufa_row u_row_19 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd19)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][19]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[19]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[20]), .o_row_o(o_rows[19])
    );
    star_sufa_row u_row_20 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd20)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][20]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[20]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[21]), .o_row_o(o_rows[20])
    );
    star_sufa_row u_row_21 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd21)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][21]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[21]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[22]), .o_row_o(o_rows[21])
    );
    star_sufa_row u_row_22 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd22)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][22]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[22]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[23]), .o_row_o(o_rows[22])
    );
    star_sufa_row u_row_23 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd23)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][23]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[23]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[24]), .o_row_o(o_rows[23])
    );
    star_sufa_row u_row_24 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd24)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][24]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[24]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[25]), .o_row_o(o_rows[24])
    );
    star_sufa_row u_row_25 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd25)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][25]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[25]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[26]), .o_row_o(o_rows[25])
    );
    star_sufa_row u_row_26 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd26)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][26]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[26]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[27]), .o_row_o(o_rows[26])
    );
    star_sufa_row u_row_27 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd27)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][27]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[27]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[28]), .o_row_o(o_rows[27])
    );
    star_sufa_row u_row_28 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd28)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][28]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[28]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[29]), .o_row_o(o_rows[28])
    );
    star_sufa_row u_row_29 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd29)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][29]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[29]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[30]), .o_row_o(o_rows[29])
    );
    star_sufa_row u_row_30 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd30)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][30]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[30]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[31]), .o_row_o(o_rows[30])
    );
    star_sufa_row u_row_31 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd31)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][31]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[31]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[32]), .o_row_o(o_rows[31])
    );
    star_sufa_row u_row_32 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd32)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][32]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[32]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[33]), .o_row_o(o_rows[32])
    );
    star_sufa_row u_row_33 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd33)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][33]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[33]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[34]), .o_row_o(o_rows[33])
    );
    star_sufa_row u_row_34 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd34)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][34]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[34]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[35]), .o_row_o(o_rows[34])
    );
    star_sufa_row u_row_35 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd35)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][35]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[35]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[36]), .o_row_o(o_rows[35])
    );
    star_sufa_row u_row_36 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd36)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][36]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[36]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[37]), .o_row_o(o_rows[36])
    );
    star_sufa_row u_row_37 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd37)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][37]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[37]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[38]), .o_row_o(o_rows[37])
    );
    star_sufa_row u_row_38 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd38)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][38]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[38]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[39]), .o_row_o(o_rows[38])
    );
    star_sufa_row u_row_39 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd39)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][39]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[39]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[40]), .o_row_o(o_rows[39])
    );
    star_sufa_row u_row_40 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd40)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][40]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[40]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[41]), .o_row_o(o_rows[40])
    );
    star_sufa_row u_row_41 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd41)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][41]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[41]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[42]), .o_row_o(o_rows[41])
    );
    star_sufa_row u_row_42 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd42)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][42]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[42]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[43]), .o_row_o(o_rows[42])
    );
    star_sufa_row u_row_43 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd43)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][43]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[43]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[44]), .o_row_o(o_rows[43])
    );
    star_sufa_row u_row_44 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd44)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][44]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[44]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[45]), .o_row_o(o_rows[44])
    );
    star_sufa_row u_row_45 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd45)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][45]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[45]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[46]), .o_row_o(o_rows[45])
    );
    star_sufa_row u_row_46 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd46)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][46]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[46]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[47]), .o_row_o(o_rows[46])
    );
    star_sufa_row u_row_47 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd47)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][47]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[47]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[48]), .o_row_o(o_rows[47])
    );
    star_sufa_row u_row_48 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd48)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][48]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[48]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[49]), .o_row_o(o_rows[48])
    );
    star_sufa_row u_row_49 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd49)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][49]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[49]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[50]), .o_row_o(o_rows[49])
    );
    star_sufa_row u_row_50 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd50)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][50]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[50]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[51]), .o_row_o(o_rows[50])
    );
    star_sufa_row u_row_51 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd51)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][51]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[51]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[52]), .o_row_o(o_rows[51])
    );
    star_sufa_row u_row_52 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd52)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][52]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[52]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[53]), .o_row_o(o_rows[52])
    );
    star_sufa_row u_row_53 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd53)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][53]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[53]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[54]), .o_row_o(o_rows[53])
    );
    star_sufa_row u_row_54 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd54)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][54]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[54]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[55]), .o_row_o(o_rows[54])
    );
    star_sufa_row u_row_55 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd55)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][55]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[55]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[56]), .o_row_o(o_rows[55])
    );
    star_sufa_row u_row_56 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd56)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][56]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[56]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[57]), .o_row_o(o_rows[56])
    );
    star_sufa_row u_row_57 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd57)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][57]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[57]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[58]), .o_row_o(o_rows[57])
    );
    star_sufa_row u_row_58 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd58)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][58]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[58]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[59]), .o_row_o(o_rows[58])
    );
    star_sufa_row u_row_59 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd59)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][59]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[59]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[60]), .o_row_o(o_rows[59])
    );
    star_sufa_row u_row_60 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd60)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][60]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[60]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[61]), .o_row_o(o_rows[60])
    );
    star_sufa_row u_row_61 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd61)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][61]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[61]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[62]), .o_row_o(o_rows[61])
    );
    star_sufa_row u_row_62 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd62)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][62]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[62]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[63]), .o_row_o(o_rows[62])
    );
    star_sufa_row u_row_63 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd63)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][63]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[63]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[64]), .o_row_o(o_rows[63])
    );
    star_sufa_row u_row_64 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd64)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][64]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[64]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[65]), .o_row_o(o_rows[64])
    );
    star_sufa_row u_row_65 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd65)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][65]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[65]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[66]), .o_row_o(o_rows[65])
    );
    star_sufa_row u_row_66 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd66)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][66]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[66]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[67]), .o_row_o(o_rows[66])
    );
    star_sufa_row u_row_67 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd67)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][67]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[67]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[68]), .o_row_o(o_rows[67])
    );
    star_sufa_row u_row_68 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd68)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][68]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[68]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[69]), .o_row_o(o_rows[68])
    );
    star_sufa_row u_row_69 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd69)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][69]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[69]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[70]), .o_row_o(o_rows[69])
    );
    star_sufa_row u_row_70 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd70)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][70]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[70]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[71]), .o_row_o(o_rows[70])
    );
    star_sufa_row u_row_71 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd71)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][71]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[71]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[72]), .o_row_o(o_rows[71])
    );
    star_sufa_row u_row_72 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd72)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][72]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[72]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[73]), .o_row_o(o_rows[72])
    );
    star_sufa_row u_row_73 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd73)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][73]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[73]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[74]), .o_row_o(o_rows[73])
    );
    star_sufa_row u_row_74 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd74)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][74]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[74]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[75]), .o_row_o(o_rows[74])
    );
    star_sufa_row u_row_75 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd75)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][75]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[75]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[76]), .o_row_o(o_rows[75])
    );
    star_sufa_row u_row_76 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd76)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][76]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[76]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[77]), .o_row_o(o_rows[76])
    );
    star_sufa_row u_row_77 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd77)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][77]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[77]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[78]), .o_row_o(o_rows[77])
    );
    star_sufa_row u_row_78 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd78)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][78]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[78]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[79]), .o_row_o(o_rows[78])
    );
    star_sufa_row u_row_79 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd79)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][79]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[79]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[80]), .o_row_o(o_rows[79])
    );
    star_sufa_row u_row_80 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd80)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][80]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[80]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[81]), .o_row_o(o_rows[80])
    );
    star_sufa_row u_row_81 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd81)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][81]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[81]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[82]), .o_row_o(o_rows[81])
    );
    star_sufa_row u_row_82 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd82)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][82]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[82]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[83]), .o_row_o(o_rows[82])
    );
    star_sufa_row u_row_83 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd83)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][83]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[83]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[84]), .o_row_o(o_rows[83])
    );
    star_sufa_row u_row_84 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd84)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][84]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[84]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[85]), .o_row_o(o_rows[84])
    );
    star_sufa_row u_row_85 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd85)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][85]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[85]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[86]), .o_row_o(o_rows[85])
    );
    star_sufa_row u_row_86 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd86)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][86]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[86]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[87]), .o_row_o(o_rows[86])
    );
    star_sufa_row u_row_87 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd87)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][87]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[87]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[88]), .o_row_o(o_rows[87])
    );
    star_sufa_row u_row_88 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd88)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][88]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[88]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[89]), .o_row_o(o_rows[88])
    );
    star_sufa_row u_row_89 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd89)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][89]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[89]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[90]), .o_row_o(o_rows[89])
    );
    star_sufa_row u_row_90 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd90)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][90]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[90]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[91]), .o_row_o(o_rows[90])
    );
    star_sufa_row u_row_91 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd91)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][91]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[91]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[92]), .o_row_o(o_rows[91])
    );
    star_sufa_row u_row_92 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd92)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][92]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[92]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[93]), .o_row_o(o_rows[92])
    );
    star_sufa_row u_row_93 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd93)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][93]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[93]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[94]), .o_row_o(o_rows[93])
    );
    star_sufa_row u_row_94 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd94)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][94]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[94]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[95]), .o_row_o(o_rows[94])
    );
    star_sufa_row u_row_95 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd95)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][95]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[95]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[96]), .o_row_o(o_rows[95])
    );
    star_sufa_row u_row_96 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd96)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][96]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[96]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[97]), .o_row_o(o_rows[96])
    );
    star_sufa_row u_row_97 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd97)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][97]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[97]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[98]), .o_row_o(o_rows[97])
    );
    star_sufa_row u_row_98 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd98)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][98]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[98]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[99]), .o_row_o(o_rows[98])
    );
    star_sufa_row u_row_99 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd99)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][99]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[99]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[100]), .o_row_o(o_rows[99])
    );
    star_sufa_row u_row_100 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd100)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][100]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[100]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[101]), .o_row_o(o_rows[100])
    );
    star_sufa_row u_row_101 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd101)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][101]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[101]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[102]), .o_row_o(o_rows[101])
    );
    star_sufa_row u_row_102 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd102)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][102]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[102]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[103]), .o_row_o(o_rows[102])
    );
    star_sufa_row u_row_103 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd103)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][103]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[103]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[104]), .o_row_o(o_rows[103])
    );
    star_sufa_row u_row_104 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd104)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][104]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[104]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[105]), .o_row_o(o_rows[104])
    );
    star_sufa_row u_row_105 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd105)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][105]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[105]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[106]), .o_row_o(o_rows[105])
    );
    star_sufa_row u_row_106 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd106)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][106]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[106]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[107]), .o_row_o(o_rows[106])
    );
    star_sufa_row u_row_107 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd107)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][107]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[107]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[108]), .o_row_o(o_rows[107])
    );
    star_sufa_row u_row_108 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd108)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][108]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[108]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[109]), .o_row_o(o_rows[108])
    );
    star_sufa_row u_row_109 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd109)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][109]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[109]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[110]), .o_row_o(o_rows[109])
    );
    star_sufa_row u_row_110 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd110)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][110]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[110]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[111]), .o_row_o(o_rows[110])
    );
    star_sufa_row u_row_111 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd111)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][111]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[111]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[112]), .o_row_o(o_rows[111])
    );
    star_sufa_row u_row_112 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd112)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][112]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[112]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[113]), .o_row_o(o_rows[112])
    );
    star_sufa_row u_row_113 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd113)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][113]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[113]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[114]), .o_row_o(o_rows[113])
    );
    star_sufa_row u_row_114 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd114)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][114]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[114]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[115]), .o_row_o(o_rows[114])
    );
    star_sufa_row u_row_115 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd115)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][115]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[115]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[116]), .o_row_o(o_rows[115])
    );
    star_sufa_row u_row_116 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd116)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][116]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[116]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[117]), .o_row_o(o_rows[116])
    );
    star_sufa_row u_row_117 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd117)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][117]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[117]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[118]), .o_row_o(o_rows[117])
    );
    star_sufa_row u_row_118 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd118)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][118]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[118]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[119]), .o_row_o(o_rows[118])
    );
    star_sufa_row u_row_119 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd119)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][119]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[119]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[120]), .o_row_o(o_rows[119])
    );
    star_sufa_row u_row_120 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd120)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][120]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[120]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[121]), .o_row_o(o_rows[120])
    );
    star_sufa_row u_row_121 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd121)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][121]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[121]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[122]), .o_row_o(o_rows[121])
    );
    star_sufa_row u_row_122 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd122)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][122]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[122]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[123]), .o_row_o(o_rows[122])
    );
    star_sufa_row u_row_123 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd123)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][123]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[123]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[124]), .o_row_o(o_rows[123])
    );
    star_sufa_row u_row_124 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd124)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][124]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[124]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[125]), .o_row_o(o_rows[124])
    );
    star_sufa_row u_row_125 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd125)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][125]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[125]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[126]), .o_row_o(o_rows[125])
    );
    star_sufa_row u_row_126 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd126)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][126]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[126]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[127]), .o_row_o(o_rows[126])
    );
    star_sufa_row u_row_127 (
        .clk_i(clk_i), .rst_i(rst_i), .q_we_i(q_fire && (q_cnt_q == 7'd127)), .q_i(q_row_i),
        .mz_i(mz_q), .sz_i(sz_q), .blk_i(blk),
        .qk_en_i(a_busy_q), .qk_first_i(a_cnt_q == 5'd0), .k_i(k_q[31:0]),
        .za_valid_i(sd_v_q[2]), .za_sel_i(sd_m_q[2][127]), .za_tfirst_i(sd_tf_q[2]), .hand_i(hand),
        .pb_rd_i(i_q[0]), .pb_sel_i(mrd[127]), .pv_load_i(pv_load), .pv_en_i(pv_en),
        .v_i(v_q[31:0]), .pw_i(pw), .pidx_i(pidx),
        .mg_i(st_q == ST_M), .mg_rd_i(mg_rd), .mg_load_i(mg_load), .mg_en_i(mg_en),
        .dv_start_i(dv_start), .dv_done_i(dv_done),
        .out_shift_i(o_fire), .o_next_i(o_rows[128]), .o_row_o(o_rows[127])
    );
endmodule
`default_nettype wire
