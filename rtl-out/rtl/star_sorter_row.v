// star-gen 0.1.0 | config 3c2626383f29acfe | generated file, do not edit
// Regenerate with star-gen from the config recorded in manifest.json.
`timescale 1ns / 1ps
`default_nettype none

// One SADS row (spec 3, 3.4): the network passes with 4 kept keys (pass p takes eligible
// keys below the threshold of pass p-1 and finds ranks 4p+1..4p+4: a pipelined sort of each
// word, a window of the 4 largest keys below the threshold, a merge with the kept keys), the
// global-mode threshold search (counting passes: the largest score
// that at least n candidates reach, one score bit per pass, stopping once exactly n reach it)
// and the emit threshold of the scan, which in global mode takes the ties at the final score
// in key order up to the budget. Lane j of a word holds key l_next_i[j] while it is read (l_i
// then holds its low bits, the tie order of equal scores). The causal compare is made
// while the word is read and registered with it, as the top registers l_i and lane_ok_i: the
// lane indices' adds and compares ahead of the network were the sorter's long path.
module star_sorter_row #(
    parameter ROW = 0   // this row's index
) (
    input  wire         clk_i,
    input  wire         g_mode_i,     // 1: global selection (the scan uses the search)
    input  wire         causal_i,     // causal mask on
    input  wire [12:0]  base_pos_i,   // position of row 0; this row is at + ROW
    input  wire [15:0]  radius_i,     // r: SADS radius
    input  wire [11:0]  n_i,          // global budget kq x tiles
    input  wire [11:0]  lane_ok_i,    // lane within the job's key range and < S
    input  wire [143:0] l_i,          // low bits of each lane's key index, registered with the read
    input  wire [155:0] l_next_i,     // key index of each lane of the word being read
    input  wire         ld_i,         // a word is being read: register its causal compare
    input  wire [191:0] new_i,        // 12 scores of the word read, lane 0 lowest
    input  wire         sel_scan_i,   // compare against the emit threshold
    input  wire         clear_i,      // empty the kept keys (a pass starts)
    input  wire         win_first_i,  // the window stage's word: a first pass (take all)
    input  wire         step_i,       // the merge stage's word is a pass's
    input  wire         end_pass_i,   // kept keys final: update the pass threshold
    input  wire         end_first_i,  // ... of a first pass: and the maximum
    input  wire         last_pass_i,  // the last pass: take rank_i + 1 keys
    input  wire [1:0]   rank_i,       // (kq-1) mod 4: rank taken in the last pass
    input  wire         g_init_i,     // search starts: no key bit decided
    input  wire         g_load_i,     // counting pass starts with trial pre | g_bit
    input  wire         count_i,      // count the hits of new_i
    input  wire         g_end_i,      // counting pass ends: keep or drop the trial bit
    input  wire         g_total_i,    // this pass counts every candidate
    input  wire [28:0]  g_bit_i,      // key bit tried (0 in the total pass)
    input  wire         scan_load_i,  // final threshold to the emit scan
    output wire [11:0]  hit_o,        // eligible lanes at or above the threshold
    output wire         done_o        // search over: exactly n reach pre (or fewer exist)
);
    localparam B = 16, NB = 12, G = 4, LW = 12, LEN = 13, KX = 13, W = 29;
    localparam PX = 15, NW = 12, CW = 13, PC = 4, RW = 13;
    localparam [PX-1:0] ROW1 = ROW + 1;
    // Causal rows see keys below their position + 1.
    wire [PX-1:0] pos1 = {{(PX-LEN){1'b0}}, base_pos_i} + ROW1;

    reg  [G*W-1:0] kept_q;     // kept keys, lane 0 the largest
    reg  [W-1:0]   theta_q;    // pass threshold (tile) or trial threshold (global)
    reg  [B-1:0]   m_q;        // maximum eligible score, offset binary
    reg  [W-1:0]   scan_q;     // emit threshold: radius included
    reg  [W-1:0]   pre_q;      // global: key bits decided so far
    reg            done_q;
    reg  [CW-1:0]  cnt_q;
    // Global search over the score bits only: c1 = candidates above the final score s (the
    // count of the last trial that failed, which is s + 1); the scan then takes every candidate
    // above s and the first n - c1 candidates equal to s in key order (ties to the lower index).
    reg  [CW-1:0]  c1_q;
    reg            tie_q;      // the scan applies the tie quota (global, not exact)
    reg  [RW-1:0]  rem_q;      // ties still to take

    wire [W-1:0]    thr = sel_scan_i ? scan_q : theta_q;
    wire [NB*W-1:0] ekey;
    wire [NB-1:0]   elig, lt, eq;
    genvar j;
    generate
        for (j = 0; j < NB; j = j + 1) begin : g_lane
            wire [LW-1:0] l  = l_i[j*LW +: LW];
            wire [KX-1:0] ln = l_next_i[j*KX +: KX];
            reg           cz_q;  // key below the row's position + 1
            always @(posedge clk_i) if (ld_i) cz_q <= ({{(PX-KX){1'b0}}, ln} < pos1);
            wire [B-1:0]  sc = new_i[j*B +: B];
            wire [W-1:0]  key = {1'b1, ~sc[B-1], sc[B-2:0], ~l[LW-1:0]};
            assign elig[j] = lane_ok_i[j] && (!causal_i || cz_q);
            assign lt[j]   = (key < thr);
            assign eq[j]   = (key[W-2:LW] == scan_q[W-2:LW]);
            assign ekey[j*W +: W] = elig[j] ? key : {W{1'b0}};
        end
    endgenerate
    wire [NB-1:0] hit  = elig & ~lt;
    wire          tmode = sel_scan_i && tie_q;
    wire [NB-1:0] tie  = hit & eq;  // a hit is at or above the score: equal is a tie
    // Rank of each tie lane among the word's ties (1-based), and the word's tie count.
    reg  [NB*PC-1:0] trank;
    reg  [PC-1:0]    tacc;
    integer q;
    always @* begin
        tacc = {PC{1'b0}};
        for (q = 0; q < NB; q = q + 1) begin
            tacc = tacc + {{(PC-1){1'b0}}, tie[q]};
            trank[q*PC +: PC] = tacc;
        end
    end
    // The quota clamped to NB: a rank never exceeds NB, so the compare needs only PC bits.
    wire [PC-1:0] rem_c = (rem_q >= 13'd12) ? 4'd12 : rem_q[PC-1:0];
    wire [NB-1:0] take;
    generate
        for (j = 0; j < NB; j = j + 1) begin : g_take
            assign take[j] = !tie[j] || (trank[j*PC +: PC] <= rem_c);
        end
    endgenerate
    wire [RW-1:0] tpop = {{(RW-PC){1'b0}}, tacc};
    assign hit_o  = tmode ? (hit & take) : hit;
    assign done_o = done_q;

    // Sort stage: the word's eligible keys (zero if not eligible), descending.
    wire [NB*W-1:0] srt;
    star_sorter_sort12 #(.W(W)) u_sort (.clk_i(clk_i), .in_i(ekey), .out_o(srt));
    // Window stage: the sorted keys at or above theta_q form a prefix; the G keys after it are
    // the next ranks (a first pass takes the G largest).
    wire [NB:0] adm_x;
    assign adm_x[0] = 1'b0;
    generate
        for (j = 0; j < NB; j = j + 1) begin : g_adm
            assign adm_x[j+1] = win_first_i || (srt[j*W +: W] < theta_q);
        end
    endgenerate
    reg  [G*W-1:0] win, win_q;
    integer m, i;
    always @* begin
        win = {(G*W){1'b0}};
        for (m = 0; m < G; m = m + 1)
            for (i = m; i < NB; i = i + 1)
                if (adm_x[i-m+1] && !adm_x[i-m]) win[m*W +: W] = win[m*W +: W] | srt[i*W +: W];
    end
    always @(posedge clk_i) win_q <= win;
    // Merge stage (the only loop): the larger of kept i and window G-1-i is the top G of both,
    // a bitonic sequence that the merger sorts.
    wire [G*W-1:0] mx, merged;
    generate
        for (j = 0; j < G; j = j + 1) begin : g_mx
            wire [W-1:0] a = kept_q[j*W +: W];
            wire [W-1:0] b = win_q[(G-1-j)*W +: W];
            assign mx[j*W +: W] = (a >= b) ? a : b;
        end
    endgenerate
    wire [W-1:0] mg0_hi, mg0_lo;
    star_cmp_exchange #(.WIDTH(W)) u_mg0 (.a_i(mx[0*W +: W]), .b_i(mx[2*W +: W]),
        .hi_o(mg0_hi), .lo_o(mg0_lo));
    wire [W-1:0] mg1_hi, mg1_lo;
    star_cmp_exchange #(.WIDTH(W)) u_mg1 (.a_i(mx[1*W +: W]), .b_i(mx[3*W +: W]),
        .hi_o(mg1_hi), .lo_o(mg1_lo));
    wire [W-1:0] mg2_hi, mg2_lo;
    star_cmp_exchange #(.WIDTH(W)) u_mg2 (.a_i(mg0_hi), .b_i(mg1_hi),
        .hi_o(mg2_hi), .lo_o(mg2_lo));
    wire [W-1:0] mg3_hi, mg3_lo;
    star_cmp_exchange #(.WIDTH(W)) u_mg3 (.a_i(mg0_lo), .b_i(mg1_lo),
        .hi_o(mg3_hi), .lo_o(mg3_lo));
    assign merged = {mg3_lo, mg3_hi, mg2_lo, mg2_hi};
    // Threshold of the radius: keys of score >= M - r, i.e. {1, max(M - r, min), 0}.
    // Registered: it settles the cycle after m_q, before any use.
    wire [B:0]   floor_u = {1'b0, m_q} - {1'b0, radius_i};
    reg  [W-1:0] thr_r;
    always @(posedge clk_i)
        thr_r <= {1'b1, floor_u[B] ? {B{1'b0}} : floor_u[B-1:0], {LW{1'b0}}};
    wire [W-1:0] sel     = last_pass_i ? kept_q[rank_i*W +: W] : kept_q[(G-1)*W +: W];
    wire [W-1:0] trial   = pre_q | g_bit_i;
    wire [W-1:0] fin     = g_mode_i ? pre_q : theta_q;
    wire [CW-1:0] n_x    = {{(CW-NW){1'b0}}, n_i};
    reg  [PC-1:0] pop;
    integer p;
    always @* begin
        pop = {PC{1'b0}};
        for (p = 0; p < NB; p = p + 1) pop = pop + {{(PC-1){1'b0}}, hit_o[p]};
    end

    always @(posedge clk_i) begin
        if (clear_i) kept_q <= {(G*W){1'b0}};
        else if (step_i) kept_q <= merged;
        if (end_pass_i) theta_q <= sel[W-1] ? sel : {W{1'b0}};
        else if (g_load_i) theta_q <= (trial > thr_r) ? trial : thr_r;
        if (end_pass_i && end_first_i) m_q <= kept_q[W-2 -: B];
        if (g_init_i) pre_q <= {1'b1, {(W-1){1'b0}}};
        else if (g_end_i && !done_q && cnt_q >= n_x) pre_q <= trial;
        if (g_init_i) c1_q <= {CW{1'b0}};
        else if (g_end_i && !done_q && !g_total_i && cnt_q < n_x) c1_q <= cnt_q;
        if (scan_load_i) tie_q <= g_mode_i && !done_q;
        if (scan_load_i) rem_q <= n_x - c1_q;
        else if (tmode) rem_q <= (tpop >= rem_q) ? {RW{1'b0}} : rem_q - tpop;
        if (g_init_i) done_q <= 1'b0;
        else if (g_end_i) done_q <= done_q || (cnt_q == n_x) || (g_total_i && cnt_q < n_x);
        if (g_load_i) cnt_q <= {CW{1'b0}};
        else if (count_i) cnt_q <= cnt_q + {{(CW-PC){1'b0}}, pop};
        if (scan_load_i) scan_q <= (fin > thr_r) ? fin : thr_r;
    end
endmodule
`default_nettype wire
