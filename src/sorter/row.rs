//! The sorter's per-row module.
//!
//! A row holds the kept keys of the network passes and the thresholds of three jobs: the
//! tile-mode passes (pipelined: sort the word's eligible keys, take the G largest below the
//! previous pass's threshold, merge them with the kept keys), the global-mode counting passes
//! (count candidates at or above a trial threshold) and the emit scan (mark keys at or above the
//! final threshold); the last two share one comparator per lane. Keys are compared as {valid, score with
//! flipped sign, ~key index}: one unsigned compare gives score descending, ties to the lower
//! index, invalid last; the radius becomes one more threshold in the same order, so every job
//! is a single compare.

use super::Geometry;
use crate::rtl::{Design, Module, bits_for};
use std::fmt::Write;

/// Width of a counter of the keys a row may count (≤ S_max) compared with the budget n.
pub fn count_w(g: &Geometry) -> u32 {
    g.len_w.max(g.n_w)
}

pub fn emit_row(d: &mut Design, g: &Geometry, sort: &str, cx: &str) -> String {
    let name = d.name("sorter_row");
    let (b, nb, k, lw, len, kx, w) = (
        g.score_w, g.banks, g.keep, g.key_w, g.len_w, g.kx_w, g.enc_w,
    );
    let rk = k.trailing_zeros().max(1);
    let pc = bits_for(nb as u64);
    let m = Module::new(
        &name,
        &format!("One SADS row (spec 3, 3.4): the network passes with {k} kept keys (pass p takes eligible"),
    )
    .param("ROW", 0, "this row's index")
    .input("clk_i", 1, "")
    .input("g_mode_i", 1, "1: global selection (the scan uses the search)")
    .input("causal_i", 1, "causal mask on")
    .input("base_pos_i", len, "position of row 0; this row is at + ROW")
    .input("radius_i", b, "r: SADS radius")
    .input("n_i", g.n_w, "global budget kq x tiles")
    .input("lane_ok_i", nb, "lane within the job's key range and < S")
    .input("l_i", nb * lw, "low bits of each lane's key index, registered with the read")
    .input("l_next_i", nb * kx, "key index of each lane of the word being read")
    .input("ld_i", 1, "a word is being read: register its causal compare")
    .input("new_i", nb * b, &format!("{nb} scores of the word read, lane 0 lowest"))
    .input("sel_scan_i", 1, "compare against the emit threshold")
    .input("clear_i", 1, "empty the kept keys (a pass starts)")
    .input("win_first_i", 1, "the window stage's word: a first pass (take all)")
    .input("step_i", 1, "the merge stage's word is a pass's")
    .input("end_pass_i", 1, "kept keys final: update the pass threshold")
    .input("end_first_i", 1, "... of a first pass: and the maximum")
    .input("last_pass_i", 1, "the last pass: take rank_i + 1 keys")
    .input("rank_i", rk, &format!("(kq-1) mod {k}: rank taken in the last pass"))
    .input("g_init_i", 1, "search starts: no key bit decided")
    .input("g_load_i", 1, "counting pass starts with trial pre | g_bit")
    .input("count_i", 1, "count the hits of new_i")
    .input("g_end_i", 1, "counting pass ends: keep or drop the trial bit")
    .input("g_total_i", 1, "this pass counts every candidate")
    .input("g_bit_i", w, "key bit tried (0 in the total pass)")
    .input("scan_load_i", 1, "final threshold to the emit scan")
    .output("hit_o", nb, "eligible lanes at or above the threshold")
    .output("done_o", 1, "search over: exactly n reach pre (or fewer exist)");
    // NB as literals of the quota's and the ranks' widths.
    let nb_rw = format!("{}'d{nb}", count_w(g).max(pc));
    let nb_pc = format!("{pc}'d{nb}");
    let mut s = String::new();
    let _ = write!(
        s,
        "// keys below the threshold of pass p-1 and finds ranks {k}p+1..{k}p+{k}: a pipelined sort of each
// word, a window of the {k} largest keys below the threshold, a merge with the kept keys), the
// global-mode threshold search (counting passes: the largest score
// that at least n candidates reach, one score bit per pass, stopping once exactly n reach it)
// and the emit threshold of the scan, which in global mode takes the ties at the final score
// in key order up to the budget. Lane j of a word holds key l_next_i[j] while it is read (l_i
// then holds its low bits, the tie order of equal scores). The causal compare is made
// while the word is read and registered with it, as the top registers l_i and lane_ok_i: the
// lane indices' adds and compares ahead of the network were the sorter's long path.
    localparam B = {b}, NB = {nb}, G = {k}, LW = {lw}, LEN = {len}, KX = {kx}, W = {w};
    localparam PX = {px}, NW = {nw}, CW = {cw}, PC = {pc}, RW = {rw};
    localparam [PX-1:0] ROW1 = ROW + 1;
    // Causal rows see keys below their position + 1.
    wire [PX-1:0] pos1 = {{{{(PX-LEN){{1'b0}}}}, base_pos_i}} + ROW1;

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
            always @(posedge clk_i) if (ld_i) cz_q <= ({{{{(PX-KX){{1'b0}}}}, ln}} < pos1);
            wire [B-1:0]  sc = new_i[j*B +: B];
            wire [W-1:0]  key = {{1'b1, ~sc[B-1], sc[B-2:0], ~l[LW-1:0]}};
            assign elig[j] = lane_ok_i[j] && (!causal_i || cz_q);
            assign lt[j]   = (key < thr);
            assign eq[j]   = (key[W-2:LW] == scan_q[W-2:LW]);
            assign ekey[j*W +: W] = elig[j] ? key : {{W{{1'b0}}}};
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
        tacc = {{PC{{1'b0}}}};
        for (q = 0; q < NB; q = q + 1) begin
            tacc = tacc + {{{{(PC-1){{1'b0}}}}, tie[q]}};
            trank[q*PC +: PC] = tacc;
        end
    end
    // The quota clamped to NB: a rank never exceeds NB, so the compare needs only PC bits.
    wire [PC-1:0] rem_c = (rem_q >= {nb_rw}) ? {nb_pc} : rem_q[PC-1:0];
    wire [NB-1:0] take;
    generate
        for (j = 0; j < NB; j = j + 1) begin : g_take
            assign take[j] = !tie[j] || (trank[j*PC +: PC] <= rem_c);
        end
    endgenerate
    wire [RW-1:0] tpop = {tpop_x};
    assign hit_o  = tmode ? (hit & take) : hit;
    assign done_o = done_q;

    // Sort stage: the word's eligible keys (zero if not eligible), descending.
    wire [NB*W-1:0] srt;
    {sort} #(.W(W)) u_sort (.clk_i(clk_i), .in_i(ekey), .out_o(srt));
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
        win = {{(G*W){{1'b0}}}};
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
{merger}
    // Threshold of the radius: keys of score >= M - r, i.e. {{1, max(M - r, min), 0}}.
    // Registered: it settles the cycle after m_q, before any use.
    wire [B:0]   floor_u = {{1'b0, m_q}} - {{1'b0, radius_i}};
    reg  [W-1:0] thr_r;
    always @(posedge clk_i)
        thr_r <= {{1'b1, floor_u[B] ? {{B{{1'b0}}}} : floor_u[B-1:0], {{LW{{1'b0}}}}}};
    wire [W-1:0] sel     = last_pass_i ? kept_q[rank_i*W +: W] : kept_q[(G-1)*W +: W];
    wire [W-1:0] trial   = pre_q | g_bit_i;
    wire [W-1:0] fin     = g_mode_i ? pre_q : theta_q;
    wire [CW-1:0] n_x    = {n_ext};
    reg  [PC-1:0] pop;
    integer p;
    always @* begin
        pop = {{PC{{1'b0}}}};
        for (p = 0; p < NB; p = p + 1) pop = pop + {{{{(PC-1){{1'b0}}}}, hit_o[p]}};
    end

    always @(posedge clk_i) begin
        if (clear_i) kept_q <= {{(G*W){{1'b0}}}};
        else if (step_i) kept_q <= merged;
        if (end_pass_i) theta_q <= sel[W-1] ? sel : {{W{{1'b0}}}};
        else if (g_load_i) theta_q <= (trial > thr_r) ? trial : thr_r;
        if (end_pass_i && end_first_i) m_q <= kept_q[W-2 -: B];
        if (g_init_i) pre_q <= {{1'b1, {{(W-1){{1'b0}}}}}};
        else if (g_end_i && !done_q && cnt_q >= n_x) pre_q <= trial;
        if (g_init_i) c1_q <= {{CW{{1'b0}}}};
        else if (g_end_i && !done_q && !g_total_i && cnt_q < n_x) c1_q <= cnt_q;
        if (scan_load_i) tie_q <= g_mode_i && !done_q;
        if (scan_load_i) rem_q <= {rem_init};
        else if (tmode) rem_q <= (tpop >= rem_q) ? {{RW{{1'b0}}}} : rem_q - tpop;
        if (g_init_i) done_q <= 1'b0;
        else if (g_end_i) done_q <= done_q || (cnt_q == n_x) || (g_total_i && cnt_q < n_x);
        if (g_load_i) cnt_q <= {{CW{{1'b0}}}};
        else if (count_i) cnt_q <= cnt_q + {cnt_add};
        if (scan_load_i) scan_q <= (fin > thr_r) ? fin : thr_r;
    end
endmodule
",
        px = g.px_w,
        nw = g.n_w,
        cw = count_w(g),
        rw = count_w(g).max(pc),
        nb_rw = nb_rw,
        nb_pc = nb_pc,
        tpop_x = if count_w(g) > pc {
            "{{(RW-PC){1'b0}}, tacc}".to_string()
        } else {
            "tacc".to_string()
        },
        rem_init = if pc > count_w(g) {
            "{{(RW-CW){1'b0}}, n_x - c1_q}".to_string()
        } else {
            "n_x - c1_q".to_string()
        },
        merger = merger(k as usize, cx),
        n_ext = if count_w(g) > g.n_w {
            "{{(CW-NW){1'b0}}, n_i}".to_string()
        } else {
            "n_i[NW-1:0]".into()
        },
        cnt_add = if count_w(g) > pc {
            "{{(CW-PC){1'b0}}, pop}".to_string()
        } else {
            "pop".to_string()
        },
    );
    // The text so far is the comment after the doc line, then the module's items.
    let at = s.find("    localparam B = ").expect("items");
    let comment: Vec<&str> = s[..at]
        .lines()
        .map(|l| l.strip_prefix("// ").unwrap_or(l))
        .collect();
    let comment = comment.join("\n");
    let s = s[at..].to_string();
    d.add(m.finish(&comment, &s, vec![sort.into(), cx.into()]));
    name
}

/// The bitonic merger of the G keys `mx` (a bitonic sequence) into `merged`, descending.
fn merger(g: usize, cx: &str) -> String {
    let mut s = String::new();
    let mut cur: Vec<String> = (0..g).map(|i| format!("mx[{i}*W +: W]")).collect();
    let mut j = g / 2;
    let mut c = 0;
    while j >= 1 {
        for i in (0..g).filter(|i| i & j == 0) {
            let _ = writeln!(
                s,
                "    wire [W-1:0] mg{c}_hi, mg{c}_lo;\n    {cx} #(.WIDTH(W)) u_mg{c} (.a_i({}), .b_i({}),\n        \
                 .hi_o(mg{c}_hi), .lo_o(mg{c}_lo));",
                cur[i],
                cur[i + j]
            );
            cur[i] = format!("mg{c}_hi");
            cur[i + j] = format!("mg{c}_lo");
            c += 1;
        }
        j /= 2;
    }
    cur.reverse();
    let _ = write!(s, "    assign merged = {{{}}};", cur.join(", "));
    s
}
