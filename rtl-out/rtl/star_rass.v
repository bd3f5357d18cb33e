// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// Reuse-aware schedule (RASS, spec section 1 step 4): reorders one tile's selected keys so that the
// keys needed by the most rows come first (ties keep arrival order). A counting sort over the
// number of rows: FILL writes the tile into buffer A and counts each row count; PREFIX turns the
// counts into start positions (one count per cycle); SCATTER moves A into buffer B at those
// positions; the back end drains B while the front end fills A with the next tile (a tile is
// scattered only once B has drained the previous one). A tile with no selected key (one beat, mask
// 0, last 1) passes as one such beat.
module star_rass #(
    parameter T      = 128,   // rows (mask width)
    parameter N      = 4096,  // largest number of selected keys in one tile
    parameter KEY_W  = 12,
    parameter TILE_W = 5
) (
    input  wire              clk_i,
    input  wire              rst_i,
    input  wire              in_valid_i,   // one selected key of a tile
    output wire              in_ready_o,
    input  wire [KEY_W-1:0]  in_key_i,
    input  wire [TILE_W-1:0] in_tile_i,
    input  wire [T-1:0]      in_mask_i,    // rows that selected the key
    input  wire              in_last_i,    // last key of the tile
    output wire              out_valid_o,  // the tile's keys, most-needed first
    input  wire              out_ready_i,
    output wire [KEY_W-1:0]  out_key_o,
    output wire [TILE_W-1:0] out_tile_o,
    output wire [T-1:0]      out_mask_o,   // rows that selected the key
    output wire              out_last_o,   // last key of the tile
    output wire              idle_o        // nothing accepted is still in flight
);
    // Dependent parameters: do not override.
    localparam CNT_W = $clog2(T + 1);  // holds 0..T
    localparam PTR_W = $clog2(N + 1);  // holds 0..N
    localparam EW    = TILE_W + KEY_W + T + CNT_W;
    localparam [1:0] F_FILL = 2'd0, F_PREFIX = 2'd1, F_WAIT = 2'd2, F_SCATTER = 2'd3;

    function [CNT_W-1:0] popcount;
        input [T-1:0] m;
        integer k;
        begin
            popcount = {CNT_W{1'b0}};
            for (k = 0; k < T; k = k + 1) popcount = popcount + {{(CNT_W-1){1'b0}}, m[k]};
        end
    endfunction

    // ---- front end: fill A, prefix, scatter into B ----
    reg [1:0]             fstate_q;
    reg [PTR_W-1:0]       n_q;          // entries in A
    reg [PTR_W-1:0]       rd_q;         // scatter read pointer
    reg                   sc_valid_q;   // A's read data is valid this cycle
    reg [CNT_W-1:0]       c_q;          // prefix counter, T down to 1
    reg [PTR_W-1:0]       acc_q;        // running prefix sum
    wire [(T+1)*PTR_W-1:0] hist;        // per row count: occurrences, then next write position
    reg [KEY_W-1:0]       last_key_q;
    reg [TILE_W-1:0]      tile_q;

    // ---- back end: drain B ----
    reg                   busy_q;       // B holds a tile being drained
    reg [PTR_W-1:0]       bn_q;         // entries in B (0: an empty tile's single beat)
    reg [PTR_W-1:0]       brd_q;        // next B entry to read
    reg                   rvalid_q;     // B's read data is presented on the output
    reg [KEY_W-1:0]       bkey_q;
    reg [TILE_W-1:0]      btile_q;

    wire in_fire = in_valid_i && in_ready_o;
    assign in_ready_o = (fstate_q == F_FILL);
    wire [CNT_W-1:0] in_cnt = popcount(in_mask_i);
    wire in_keep = in_fire && (in_cnt != {CNT_W{1'b0}});

    wire [EW-1:0] a_rdata;
    wire [EW-1:0] b_rdata;
    wire [CNT_W-1:0] sc_cnt = a_rdata[CNT_W-1:0];
    wire [PTR_W-1:0] sc_pos = hist[sc_cnt*PTR_W +: PTR_W];
    wire [PTR_W-1:0] unused_sc_pos = sc_pos;  // its top bit may exceed B's address
    wire [PTR_W-1:0] c_hist = hist[c_q*PTR_W +: PTR_W];
    wire sc_issue = (fstate_q == F_SCATTER) && (rd_q != n_q);
    wire sc_done  = (fstate_q == F_SCATTER) && (rd_q == n_q) && !sc_valid_q;

    // The histogram, one register per row count with its own decoded enables (an indexed
    // read-modify-write of the whole vector was the ECP5 critical path): FILL counts a kept
    // key, PREFIX writes the start position, SCATTER advances the position of the entry moved;
    // the states are exclusive.
    genvar gh;
    generate
        for (gh = 0; gh <= T; gh = gh + 1) begin : g_hist
            localparam [CNT_W-1:0] CNT = gh;
            reg  [PTR_W-1:0] hist_q;
            wire inc = (in_keep && (in_cnt == CNT)) || (sc_valid_q && (sc_cnt == CNT));
            always @(posedge clk_i) begin
                if (rst_i) hist_q <= {PTR_W{1'b0}};
                else if (sc_done) hist_q <= {PTR_W{1'b0}};
                else if ((fstate_q == F_PREFIX) && (c_q == CNT)) hist_q <= acc_q;
                else if (inc) hist_q <= hist_q + {{(PTR_W-1){1'b0}}, 1'b1};
            end
            assign hist[gh*PTR_W +: PTR_W] = hist_q;
        end
    endgenerate

    star_sram_4096x153 u_buf_a (
        .clk_i(clk_i), .we_i(in_keep), .waddr_i(n_q[11:0]),
        .wdata_i({in_tile_i, in_key_i, in_mask_i, in_cnt}),
        .re_i(sc_issue), .raddr_i(rd_q[11:0]), .rdata_o(a_rdata)
    );

    wire out_fire = out_valid_o && out_ready_i;
    wire b_issue  = busy_q && (brd_q != bn_q) && (!rvalid_q || out_fire);
    star_sram_4096x153 u_buf_b (
        .clk_i(clk_i), .we_i(sc_valid_q), .waddr_i(sc_pos[11:0]), .wdata_i(a_rdata),
        .re_i(b_issue), .raddr_i(brd_q[11:0]), .rdata_o(b_rdata)
    );

    // The row count travels with the entry for the scatter; the output does not need it.
    wire [CNT_W-1:0] unused_b_cnt = b_rdata[CNT_W-1:0];

    // The empty tile's beat is presented without a read.
    wire empty_beat = busy_q && (bn_q == {PTR_W{1'b0}});
    assign out_valid_o = rvalid_q || empty_beat;
    assign out_key_o   = empty_beat ? bkey_q : b_rdata[EW-TILE_W-1 -: KEY_W];
    assign out_tile_o  = empty_beat ? btile_q : b_rdata[EW-1 -: TILE_W];
    assign out_mask_o  = empty_beat ? {T{1'b0}} : b_rdata[T+CNT_W-1 -: T];
    assign out_last_o  = empty_beat || (brd_q == bn_q && rvalid_q);
    wire drain_done    = out_fire && out_last_o;
    // B passes to the back end when its previous tile has drained: an empty tile at once, a
    // sorted tile when its scatter completes.
    wire handoff       = ((fstate_q == F_WAIT) && !busy_q && (n_q == {PTR_W{1'b0}})) || sc_done;
    assign idle_o = (fstate_q == F_FILL) && (n_q == {PTR_W{1'b0}}) && !busy_q;

    always @(posedge clk_i) begin
        if (rst_i) begin
            fstate_q   <= F_FILL;
            n_q        <= {PTR_W{1'b0}};
            rd_q       <= {PTR_W{1'b0}};
            sc_valid_q <= 1'b0;
            c_q        <= {CNT_W{1'b0}};
            acc_q      <= {PTR_W{1'b0}};
            busy_q     <= 1'b0;
            bn_q       <= {PTR_W{1'b0}};
            brd_q      <= {PTR_W{1'b0}};
            rvalid_q   <= 1'b0;
        end else begin
            case (fstate_q)
                F_FILL: if (in_fire) begin
                    if (in_keep) n_q <= n_q + {{(PTR_W-1){1'b0}}, 1'b1};
                    if (in_last_i) begin
                        // An empty tile skips the sort and goes straight to the back end.
                        fstate_q <= (in_keep || n_q != {PTR_W{1'b0}}) ? F_PREFIX : F_WAIT;
                        c_q      <= T[CNT_W-1:0];
                        acc_q    <= {PTR_W{1'b0}};
                    end
                end
                F_PREFIX: begin
                    acc_q <= acc_q + c_hist;
                    c_q   <= c_q - {{(CNT_W-1){1'b0}}, 1'b1};
                    if (c_q == {{(CNT_W-1){1'b0}}, 1'b1}) fstate_q <= F_WAIT;
                end
                F_WAIT: if (!busy_q) begin
                    fstate_q <= (n_q == {PTR_W{1'b0}}) ? F_FILL : F_SCATTER;
                    rd_q     <= {PTR_W{1'b0}};
                end
                default: begin // F_SCATTER
                    if (sc_issue) rd_q <= rd_q + {{(PTR_W-1){1'b0}}, 1'b1};
                    if (sc_done) begin
                        fstate_q <= F_FILL;
                        n_q      <= {PTR_W{1'b0}};
                    end
                end
            endcase
            sc_valid_q <= sc_issue;

            // Back end: B is handed over when the front end has a sorted (or empty) tile.
            if (handoff) begin
                busy_q <= 1'b1;
                bn_q   <= n_q;
                brd_q  <= {PTR_W{1'b0}};
            end else if (drain_done) begin
                busy_q <= 1'b0;
            end
            if (b_issue) begin
                brd_q    <= brd_q + {{(PTR_W-1){1'b0}}, 1'b1};
                rvalid_q <= 1'b1;
            end else if (out_fire) begin
                rvalid_q <= 1'b0;
            end
        end
    end

    always @(posedge clk_i) begin
        if (in_fire && in_last_i) begin
            last_key_q <= in_key_i;
            tile_q     <= in_tile_i;
        end
        if (handoff) begin
            bkey_q  <= last_key_q;
            btile_q <= tile_q;
        end
    end

`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
    reg chk_in_stall_q;  // in: a beat was offered and not taken
    always @(posedge clk_i) begin
        if (rst_i) chk_in_stall_q <= 1'b0;
        else chk_in_stall_q <= in_valid_i && !in_ready_o;
    end
    wire [145:0] chk_in_beat = {in_key_i, in_tile_i, in_mask_i, in_last_i};
    reg  [145:0] chk_in_beat_q;
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
`ifndef SYNTHESIS
    always @(posedge clk_i) begin
        if (!(rst_i) && in_keep && (n_q == 13'd4096))
            $display("STAR-PROTOCOL-ERROR %m: tile buffer overflow (more than N keys), t=%0t",
                     $time);
    end
`endif
endmodule
`default_nettype wire
