// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// K/V store (spec v3 sec. 4): 4096 tokens x 2d INT16, K/V once per head.
// A token beat with mask 0 leaves with K = V = 0 and is not generated. Token k < 4096 is
// a hit when generated earlier in the head (its valid bit is set when its miss is taken;
// the in-order output writes the store before any later beat reads it); a miss, and
// every beat of a token k >= 4096, goes to gen_* and is counted in kv_rows_o.
module star_kvstore (
    input  wire          clk_i,
    input  wire          rst_i,
    input  wire          head_i,       // head start: clear the store, kv_rows_o (while idle_o)
    input  wire          tok_valid_i,  // token beats {key, mask, last}, in RASS order
    output wire          tok_ready_o,
    input  wire [11:0]   tok_key_i,    // token index
    input  wire [127:0]  tok_mask_i,   // query rows that selected the token
    input  wire          tok_last_i,   // last token of the tile
    output wire          gen_valid_o,  // misses, to K/V generation
    input  wire          gen_ready_i,
    output wire [11:0]   gen_key_o,    // token index
    output wire [127:0]  gen_mask_o,
    output wire          gen_last_o,
    input  wire          gk_valid_i,   // K/V generation's results, in the order of gen
    output wire          gk_ready_o,
    input  wire [11:0]   gk_key_i,
    input  wire [127:0]  gk_mask_i,
    input  wire          gk_last_i,
    input  wire [1023:0] gk_k_i,
    input  wire [1023:0] gk_v_i,
    output wire          kv_valid_o,   // the same beats with K and V, in the same order
    input  wire          kv_ready_i,
    output wire [11:0]   kv_key_o,
    output wire [127:0]  kv_mask_o,
    output wire          kv_last_o,
    output wire [1023:0] kv_k_o,       // d lanes of INT16 K
    output wire [1023:0] kv_v_o,       // d lanes of INT16 V
    output wire [31:0]   kv_rows_o,    // K/V rows sent to generation since head_i
    output wire          idle_o        // no beat in flight
);
    localparam D     = 64;  // head dimension d
    localparam T     = 128;  // query rows (mask bits)
    localparam DEPTH = 4096;  // tokens held (kv_store_rows)
    localparam KW    = 12;  // token index width
    localparam AW    = 12;  // store address width
    localparam NT    = 4;  // tag FIFO entries

    // ---- Classification of the incoming beat ----
    reg  [DEPTH-1:0] vld_q;  // token generated (or being generated) in this head
    wire [AW-1:0]    tok_idx  = tok_key_i;
    wire             tok_in   = 1'b1;
    wire             tok_null = (tok_mask_i == {T{1'b0}});
    wire             tok_hit  = !tok_null && tok_in && vld_q[tok_idx];
    wire             tok_miss = !tok_null && !tok_hit;

    // ---- Tag FIFO: every accepted beat, in order ----
    reg  [KW-1:0] tf_key_q  [0:NT-1];
    reg  [T-1:0]  tf_mask_q [0:NT-1];
    reg           tf_last_q [0:NT-1];
    reg           tf_miss_q [0:NT-1];
    reg           tf_null_q [0:NT-1];
    reg  [1:0]    tf_wr_q;
    reg  [1:0]    tf_rd_q;
    reg  [2:0]    tf_cnt_q;
    wire          tf_full  = (tf_cnt_q == 3'd4);
    wire          tf_empty = (tf_cnt_q == 3'd0);

    assign tok_ready_o = !tf_full && (!tok_miss || gen_ready_i);
    assign gen_valid_o = tok_valid_i && tok_miss && !tf_full;
    assign gen_key_o   = tok_key_i;
    assign gen_mask_o  = tok_mask_i;
    assign gen_last_o  = tok_last_i;
    wire tok_fire = tok_valid_i && tok_ready_o;
    wire gen_fire = gen_valid_o && gen_ready_i;

    // ---- Output: the head of the FIFO. A hit (or null beat) is read from the store into the
    // store's output register (hv_q); a miss passes K/V generation's beat straight through. ----
    reg           hv_q;      // a hit or null beat is offered from the store's read port
    reg  [KW-1:0] hk_key_q;
    reg  [T-1:0]  hk_mask_q;
    reg           hk_last_q;
    reg           hk_null_q;
    wire [32*D-1:0] rd_data;
    wire h_miss   = !tf_empty && tf_miss_q[tf_rd_q];
    wire h_read   = !tf_empty && !tf_miss_q[tf_rd_q];
    wire pop_hit  = h_read && (!hv_q || kv_ready_i);
    assign gk_ready_o = !hv_q && h_miss && kv_ready_i;
    wire miss_fire = gk_valid_i && gk_ready_o;
    wire pop      = pop_hit || miss_fire;
    wire gk_in    = 1'b1;
    wire [32*D-1:0] hit_kv = hk_null_q ? {(32*D){1'b0}} : rd_data;

    assign kv_valid_o = hv_q || (h_miss && gk_valid_i);
    assign kv_key_o   = hv_q ? hk_key_q : gk_key_i;
    assign kv_mask_o  = hv_q ? hk_mask_q : gk_mask_i;
    assign kv_last_o  = hv_q ? hk_last_q : gk_last_i;
    assign kv_k_o     = hv_q ? hit_kv[16*D-1:0] : gk_k_i;
    assign kv_v_o     = hv_q ? hit_kv[32*D-1:16*D] : gk_v_i;
    assign idle_o     = tf_empty && !hv_q;

    reg [31:0] rows_q;
    assign kv_rows_o = rows_q;

    always @(posedge clk_i) begin
        if (rst_i) begin
            vld_q    <= {DEPTH{1'b0}};
            rows_q   <= 32'd0;
            tf_wr_q  <= 2'd0;
            tf_rd_q  <= 2'd0;
            tf_cnt_q <= 3'd0;
            hv_q     <= 1'b0;
        end else begin
            if (head_i) vld_q <= {DEPTH{1'b0}};
            else if (gen_fire && tok_in) vld_q[tok_idx] <= 1'b1;
            if (head_i) rows_q <= 32'd0;
            else if (gen_fire) rows_q <= rows_q + 32'd1;
            if (tok_fire) tf_wr_q <= tf_wr_q + 2'd1;
            if (pop) tf_rd_q <= tf_rd_q + 2'd1;
            tf_cnt_q <= tf_cnt_q + {2'b0, tok_fire} - {2'b0, pop};
            if (pop_hit) hv_q <= 1'b1;
            else if (kv_ready_i) hv_q <= 1'b0;
        end
    end

    always @(posedge clk_i) begin
        if (tok_fire) begin
            tf_key_q[tf_wr_q]  <= tok_key_i;
            tf_mask_q[tf_wr_q] <= tok_mask_i;
            tf_last_q[tf_wr_q] <= tok_last_i;
            tf_miss_q[tf_wr_q] <= tok_miss;
            tf_null_q[tf_wr_q] <= tok_null;
        end
        if (pop_hit) begin
            hk_key_q  <= tf_key_q[tf_rd_q];
            hk_mask_q <= tf_mask_q[tf_rd_q];
            hk_last_q <= tf_last_q[tf_rd_q];
            hk_null_q <= tf_null_q[tf_rd_q];
        end
    end

    // ---- The store: one word {V, K} per token ----
    star_sram_4096x2048 u_mem (
        .clk_i(clk_i), .we_i(miss_fire && gk_in), .waddr_i(gk_key_i), .wdata_i({gk_v_i, gk_k_i}),
        .re_i(pop_hit && !tf_null_q[tf_rd_q]), .raddr_i(tf_key_q[tf_rd_q]), .rdata_o(rd_data)
    );
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
    reg chk_gen_stall_q;  // gen: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_gen_stall_q <= 1'b0;
        else chk_gen_stall_q <= gen_valid_o && !gen_ready_i;
    end
    wire [140:0] chk_gen_beat = {gen_key_o, gen_mask_o, gen_last_o};
    reg  [140:0] chk_gen_beat_q;
    always @(posedge clk_i) chk_gen_beat_q <= chk_gen_beat;
    reg chk_gk_stall_q;  // gk: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_gk_stall_q <= 1'b0;
        else chk_gk_stall_q <= gk_valid_i && !gk_ready_o;
    end
    wire [2188:0] chk_gk_beat = {gk_key_i, gk_mask_i, gk_last_i, gk_k_i, gk_v_i};
    reg  [2188:0] chk_gk_beat_q;
    always @(posedge clk_i) chk_gk_beat_q <= chk_gk_beat;
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
            if (chk_gen_stall_q && (!gen_valid_o || chk_gen_beat !== chk_gen_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: gen beat dropped or changed while stalled, t=%0t",
                         $time);
            if (gen_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: gen_valid_o unknown, t=%0t", $time);
            if (chk_gk_stall_q && (!gk_valid_i || chk_gk_beat !== chk_gk_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: gk beat dropped or changed while stalled, t=%0t",
                         $time);
            if (gk_valid_i === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: gk_valid_i unknown, t=%0t", $time);
            if (chk_kv_stall_q && (!kv_valid_o || chk_kv_beat !== chk_kv_beat_q))
                $display("STAR-PROTOCOL-ERROR %m: kv beat dropped or changed while stalled, t=%0t",
                         $time);
            if (kv_valid_o === 1'bx)
                $display("STAR-PROTOCOL-ERROR %m: kv_valid_o unknown, t=%0t", $time);
            if (head_i && !idle_o)
                $display("STAR-PROTOCOL-ERROR %m: head_i while beats are in flight, t=%0t", $time);
            if (tok_fire && tf_full)
                $display("STAR-PROTOCOL-ERROR %m: tag FIFO overflow, t=%0t", $time);
            if (gk_valid_i && tf_empty)
                $display("STAR-PROTOCOL-ERROR %m: K/V result with no beat pending, t=%0t", $time);
        end
    end
`endif
endmodule
`default_nettype wire
