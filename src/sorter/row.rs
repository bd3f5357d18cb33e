//! The sorter's per-row module and its bitonic network (emitted from `super::network`).
//!
//! A row holds the network's kept keys and the thresholds of three jobs that share one
//! comparator per lane: the tile-mode passes (admit keys below the previous pass's threshold),
//! the global-mode counting passes (count candidates at or above a trial threshold) and the emit
//! scan (mark keys at or above the final threshold). Keys are compared as {valid, score with
//! flipped sign, ~key index}: one unsigned compare gives score descending, ties to the lower
//! index, invalid last; the radius becomes one more threshold in the same order, so every job
//! is a single compare.

use super::{Geometry, network};
use crate::rtl::{Design, Module, bits_for};
use std::fmt::Write;

pub fn emit_network(d: &mut Design, g: &Geometry, cx: &str) -> String {
    let (n, k) = (g.net_n as usize, g.keep as usize);
    let name = d.name(&format!("sorter_net{n}"));
    let cmps = network(n, k);
    let mut s = String::new();
    let _ = write!(
        s,
        "// Bitonic {n}->{k} network: the {k} largest of {n} unsigned W-bit keys, sorted (out lane 0 the
// largest). {c} compare-exchanges: the full {n}-input bitonic sorter minus those that only order
// ranks below {k}.
module {name} #(
    parameter W = 8
) (
    input  wire [{n}*W-1:0] in_i,
    output wire [{k}*W-1:0] out_o
);
",
        c = cmps.len()
    );
    let mut cur: Vec<String> = (0..n).map(|i| format!("in_i[{i}*W +: W]")).collect();
    // Which wires are read later (by a comparator or an output): unread outputs get `unused`
    // names so lint accepts them.
    let mut needed_after = vec![vec![false; n]; cmps.len() + 1];
    needed_after[cmps.len()][..k]
        .iter_mut()
        .for_each(|x| *x = true);
    for (c, &(h, l)) in cmps.iter().enumerate().rev() {
        let mut before = needed_after[c + 1].clone();
        before[h] = true;
        before[l] = true;
        needed_after[c] = before;
    }
    for (c, &(h, l)) in cmps.iter().enumerate() {
        let after = &needed_after[c + 1];
        let un = |x: bool| if x { "" } else { "unused_" };
        let (hn, ln) = (
            format!("{}c{c}_hi", un(after[h])),
            format!("{}c{c}_lo", un(after[l])),
        );
        let _ = writeln!(
            s,
            "    wire [W-1:0] {hn}, {ln};\n    {cx} #(.WIDTH(W)) u_c{c} (.a_i({a}), .b_i({b}),\n        \
             .hi_o({hn}), .lo_o({ln}));",
            a = cur[h],
            b = cur[l],
        );
        cur[h] = hn;
        cur[l] = ln;
    }
    for (i, w) in cur.iter().enumerate().take(k) {
        let _ = writeln!(s, "    assign out_o[{i}*W +: W] = {w};");
    }
    s.push_str("endmodule\n");
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![cx.into()],
    });
    name
}

/// Width of a counter of the keys a row may count (≤ S_max) compared with the budget n.
pub fn count_w(g: &Geometry) -> u32 {
    g.len_w.max(g.n_w)
}

pub fn emit_row(d: &mut Design, g: &Geometry, net: &str) -> String {
    let name = d.name("sorter_row");
    let (b, nb, k, lw, len, kx, w) = (
        g.score_w, g.banks, g.keep, g.key_w, g.len_w, g.kx_w, g.enc_w,
    );
    let rk = k.trailing_zeros().max(1);
    let pc = bits_for(nb as u64);
    let mut s = String::new();
    let _ = write!(
        s,
        "// One SADS row (spec 3, 3.4): the streaming bitonic {n}->{k} network with its {k} kept keys
// (tile mode: pass p admits eligible keys below the threshold of pass p-1 and finds ranks
// {k}p+1..{k}p+{k}), the global-mode threshold search (counting passes: the largest threshold
// that at least n candidates reach, one key bit per pass, stopping once exactly n reach it) and
// the emit threshold of the scan. Lane j of a word holds key base_l_i + j.
module {name} #(
    parameter ROW = 0
) (
    input  wire              clk_i,
    input  wire              g_mode_i,     // 1: global selection (the scan uses the search)
    input  wire              causal_i,
    input  wire [{lenm}:0]        base_pos_i,   // position of row 0; this row is at + ROW
    input  wire [{bm}:0]       radius_i,
    input  wire [{nwm}:0]        n_i,          // global budget kq x tiles
    input  wire [{nbm}:0]       lane_ok_i,    // lane within the job's key range and < S
    input  wire [{kxm}:0]       base_l_i,
    input  wire [{nsm}:0]   new_i,        // {nb} scores of the word read, lane 0 lowest
    input  wire              sel_scan_i,   // compare against the emit threshold
    input  wire              clear_i,      // empty the kept keys (a pass starts)
    input  wire              step_i,       // a network step on new_i
    input  wire              first_pass_i, // admit every eligible key
    input  wire              end_pass_i,   // kept keys final: update the pass threshold
    input  wire              last_pass_i,
    input  wire [{rkm}:0]        rank_i,       // (kq-1) mod {k}: rank taken in the last pass
    input  wire              g_init_i,     // search starts: no key bit decided
    input  wire              g_load_i,     // counting pass starts with trial pre | g_bit
    input  wire              count_i,      // count the hits of new_i
    input  wire              g_end_i,      // counting pass ends: keep or drop the trial bit
    input  wire              g_total_i,    // this pass counts every candidate
    input  wire [{wm}:0]       g_bit_i,      // key bit tried (0 in the total pass)
    input  wire              scan_load_i,  // final threshold to the emit scan
    output wire [{nbm}:0]       hit_o,        // eligible lanes at or above the threshold
    output wire              done_o        // search over: exactly n reach pre (or fewer exist)
);
    localparam B = {b}, NB = {nb}, G = {k}, LW = {lw}, LEN = {len}, KX = {kx}, W = {w};
    localparam PX = {px}, NW = {nw}, CW = {cw}, PC = {pc};
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

    wire [W-1:0]    thr = sel_scan_i ? scan_q : theta_q;
    wire [NB*W-1:0] adm;
    wire [NB-1:0]   elig, lt;
    genvar j;
    generate
        for (j = 0; j < NB; j = j + 1) begin : g_lane
            localparam [KX-1:0] LJ = j;
            wire [KX-1:0] l = base_l_i + LJ;
            wire [B-1:0]  sc = new_i[j*B +: B];
            wire [W-1:0]  key = {{1'b1, ~sc[B-1], sc[B-2:0], ~l[LW-1:0]}};
            assign elig[j] = lane_ok_i[j] && (!causal_i || {{{{(PX-KX){{1'b0}}}}, l}} < pos1);
            assign lt[j]   = (key < thr);
            assign adm[j*W +: W] = (elig[j] && (first_pass_i || lt[j])) ? key : {{W{{1'b0}}}};
        end
    endgenerate
    assign hit_o  = elig & ~lt;
    assign done_o = done_q;

    wire [G*W-1:0] net_out;
    {net} #(.W(W)) u_net (.in_i({{adm, kept_q}}), .out_o(net_out));

    // Threshold of the radius: keys of score >= M - r, i.e. {{1, max(M - r, min), 0}}.
    wire [B:0]   floor_u = {{1'b0, m_q}} - {{1'b0, radius_i}};
    wire [W-1:0] thr_r   = {{1'b1, floor_u[B] ? {{B{{1'b0}}}} : floor_u[B-1:0], {{LW{{1'b0}}}}}};
    wire [W-1:0] sel     = last_pass_i ? kept_q[rank_i*W +: W] : kept_q[(G-1)*W +: W];
    wire [W-1:0] trial   = pre_q | g_bit_i;
    wire [W-1:0] fin     = g_mode_i ? pre_q : theta_q;
    wire [CW-1:0] n_x    = {n_ext};
    reg  [PC-1:0] pop;
    integer i;
    always @* begin
        pop = {{PC{{1'b0}}}};
        for (i = 0; i < NB; i = i + 1) pop = pop + {{{{(PC-1){{1'b0}}}}, hit_o[i]}};
    end

    always @(posedge clk_i) begin
        if (clear_i) kept_q <= {{(G*W){{1'b0}}}};
        else if (step_i) kept_q <= net_out;
        if (end_pass_i) theta_q <= sel[W-1] ? sel : {{W{{1'b0}}}};
        else if (g_load_i) theta_q <= (trial > thr_r) ? trial : thr_r;
        if (end_pass_i && first_pass_i) m_q <= kept_q[W-2 -: B];
        if (g_init_i) pre_q <= {{1'b1, {{(W-1){{1'b0}}}}}};
        else if (g_end_i && !done_q && cnt_q >= n_x) pre_q <= trial;
        if (g_init_i) done_q <= 1'b0;
        else if (g_end_i) done_q <= done_q || (cnt_q == n_x) || (g_total_i && cnt_q < n_x);
        if (g_load_i) cnt_q <= {{CW{{1'b0}}}};
        else if (count_i) cnt_q <= cnt_q + {cnt_add};
        if (scan_load_i) scan_q <= (fin > thr_r) ? fin : thr_r;
    end
endmodule
",
        n = g.net_n,
        lenm = len - 1,
        bm = b - 1,
        nwm = g.n_w - 1,
        nbm = nb - 1,
        kxm = kx - 1,
        nsm = nb * b - 1,
        rkm = rk - 1,
        wm = w - 1,
        px = g.px_w,
        nw = g.n_w,
        cw = count_w(g),
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
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![net.into()],
    });
    name
}
