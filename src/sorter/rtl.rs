//! RTL emitter of the SADS sorter: one sort core per row around a streaming N→N/4 bitonic
//! network (the network wiring is written here from `super::network`; the compare-exchange is a
//! tera leaf), a shared tile buffer and one controller.
//!
//! Exact set for every kq ≤ kq_max, including kq > G = N/4 (the network's outputs): the tile is
//! buffered (N − G banks, so one step reads the N − G new scores of every row at once) and the
//! network makes ceil(kq / G) passes over it. Pass p admits only keys strictly below the
//! threshold θ left by pass p − 1 in the order (score desc, index asc), so it finds ranks
//! pG+1..pG+G; the last pass leaves θ = the kq-th largest eligible key (or "none" when fewer
//! exist). Pass 0 also yields M, the maximum. A final scan of the buffer then emits key k with
//! mask[i] = eligible_i(k) ∧ (Â, k) ⪰ θ_i ∧ Â ≥ M_i − r: the radius only cuts a prefix of the
//! same order, so this is exactly §3's set, and no per-row key list is needed to form the
//! per-key mask beats. Cost: a tile buffer of S_max × T × B bits (Bc can be S_max when Tc = 1)
//! and, per tile, ceil(kq/G)·(ceil(Bc/(N−G)) + 2) pass cycles + Bc scan cycles (the next tile
//! loads during the scan; the block's first tile costs Bc load cycles more).

use super::{Geometry, network};
use crate::rtl::{Design, Module};
use std::fmt::Write;

pub fn emit(d: &mut Design) {
    let g = Geometry::of(d.cfg);
    let cx = d.leaf("cmp_exchange", &[]);
    let sram = d.sram(g.depth, g.rows * g.score_w);
    let net = emit_network(d, &g, &cx);
    let core = emit_core(d, &g, &net);
    emit_top(d, &g, &core, &sram);
}

fn emit_network(d: &mut Design, g: &Geometry, cx: &str) -> String {
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
    let mut needed_after = vec![vec![false; n]; cmps.len() + 1];
    // Which wires are read later (by a comparator or an output): unread outputs get `unused`
    // names so lint accepts them.
    let mut live = vec![false; n];
    live[..k].iter_mut().for_each(|x| *x = true);
    needed_after[cmps.len()] = live.clone();
    for (c, &(h, l)) in cmps.iter().enumerate().rev() {
        let mut before = needed_after[c + 1].clone();
        before[h] = true;
        before[l] = true;
        needed_after[c] = before;
    }
    for (c, &(h, l)) in cmps.iter().enumerate() {
        let after = &needed_after[c + 1];
        let hn = if after[h] {
            format!("c{c}_hi")
        } else {
            format!("unused_c{c}_hi")
        };
        let ln = if after[l] {
            format!("c{c}_lo")
        } else {
            format!("unused_c{c}_lo")
        };
        let _ = writeln!(
            s,
            "    wire [W-1:0] {hn}, {ln};\n    {cx} #(.WIDTH(W)) u_c{c} (.a_i({a}), .b_i({b}), .hi_o({hn}), .lo_o({ln}));",
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
        ..Default::default()
    });
    name
}

fn emit_core(d: &mut Design, g: &Geometry, net: &str) -> String {
    let name = d.name("sorter_core");
    let (b, k, nb, w, lw, len) = (
        g.score_w,
        g.keep as usize,
        g.banks as usize,
        g.enc_w,
        g.key_w,
        g.len_w,
    );
    let pw = len + 1; // row position + 1, may reach S_max + 1 and beyond
    let rk = (k as u64).trailing_zeros();
    let mut s = String::new();
    let _ = write!(
        s,
        "// One SADS sort core (one row): streaming bitonic {n}->{k} network with {k} kept keys, the
// clipping unit (admits only eligible keys below the previous pass's threshold), the threshold
// and tile-maximum registers, and the mask bit of the emit scan. Keys are compared as
// {{valid, score with flipped sign, ~local index}}: one unsigned compare gives score descending,
// ties to the lower index, invalid last.
module {name} (
    input  wire              clk_i,
    input  wire              tile_init_i,  // tile_start_i / tile_len_i / pos_i valid: latch elen
    input  wire [{lenm}:0]        tile_start_i,
    input  wire [{lenm}:0]        tile_len_i,
    input  wire              causal_i,
    input  wire [{pwm}:0]        pos1_i,       // this row's query position + 1
    input  wire              clear_i,      // empty the kept keys (a pass starts)
    input  wire              step_i,       // a network step on new_i
    input  wire              first_pass_i,
    input  wire              end_pass_i,   // kept keys are final: update the threshold
    input  wire              last_pass_i,
    input  wire [{rkm}:0]        rank_i,       // (kq-1) mod {k}: rank taken in the last pass
    input  wire [{lwp}:0]        base_l_i,     // local index of new lane 0
    input  wire [{nsm}:0]   new_i,        // {nb} scores
    input  wire [{bm}:0]        radius_i,
    input  wire [{bm}:0]        em_score_i,   // emit scan: score of local key em_l_i
    input  wire [{lwm}:0]        em_l_i,
    output wire              em_mask_o
);
    // Keys of the tile this row may see: causal rows see keys <= position, i.e. local < elen.
    reg  [{lenm}:0] elen_q;
    wire [{pwm}:0] start_x = {{{{{px}{{1'b0}}}}, tile_start_i}};
    wire [{pwm}:0] len_x   = {{{{{px}{{1'b0}}}}, tile_len_i}};
    wire [{pwm}:0] ahead   = pos1_i - start_x;
    wire [{lenm}:0] elen_c  = !causal_i ? tile_len_i
                          : (pos1_i <= start_x) ? {len}'d0
                          : (ahead >= len_x) ? tile_len_i : ahead[{lenm}:0];

{kept_decl}    reg  [{wm}:0] theta_q;     // 0 = no key passes below it (fewer eligible keys than kq)
    reg  [{bm}:0] m_q;         // tile maximum over eligible keys
    wire [{nw}:0] net_in;
    wire [{kw}:0] net_out;
",
        n = g.net_n,
        lenm = len - 1,
        pwm = pw - 1,
        px = pw - len,
        rkm = rk.max(1) - 1,
        lwp = lw,
        lwm = lw - 1,
        nsm = nb as u32 * b - 1,
        bm = b - 1,
        wm = w - 1,
        nw = g.net_n * w - 1,
        kw = k as u32 * w - 1,
        kept_decl = (0..k)
            .map(|i| format!("    reg  [{}:0] kept{i}_q;\n", w - 1))
            .collect::<String>(),
    );
    for i in 0..k {
        let _ = writeln!(s, "    assign net_in[{i}*{w} +: {w}] = kept{i}_q;");
    }
    for j in 0..nb {
        let _ = write!(
            s,
            "    wire [{lw}:0] l{j} = base_l_i + {lw1}'d{j};
    wire [{wm}:0] key{j} = {{1'b1, ~new_i[{hi}], new_i[{lo}+:{bm}], ~l{j}[{lwm}:0]}};
    wire admit{j} = (l{j} < {el}) && (first_pass_i || key{j} < theta_q);
    assign net_in[{p}*{w} +: {w}] = admit{j} ? key{j} : {w}'d0;
",
            lw1 = lw + 1,
            wm = w - 1,
            lwm = lw - 1,
            hi = j as u32 * b + b - 1,
            lo = j as u32 * b,
            bm = b - 1,
            p = k + j,
            el = zext("elen_q", len, lw + 1),
        );
    }
    let _ = write!(
        s,
        "    {net} #(.W({w})) u_net (.in_i(net_in), .out_o(net_out));

    wire [{wm}:0] sel = !last_pass_i ? kept{km}_q
{ranked};
    always @(posedge clk_i) begin
        if (tile_init_i) elen_q <= elen_c;
        if (end_pass_i) begin
            theta_q <= sel[{wm}] ? sel : {w}'d0;
            if (first_pass_i) m_q <= {{~kept0_q[{wm1}], kept0_q[{wm2}:{lw}]}};
        end
",
        wm = w - 1,
        km = k - 1,
        wm1 = w - 2,
        wm2 = w - 3,
        ranked = (0..k)
            .map(|i| if i + 1 < k {
                format!("                      : (rank_i == {rk}'d{i}) ? kept{i}_q\n")
            } else {
                format!("                      : kept{i}_q")
            })
            .collect::<String>(),
    );
    for i in 0..k {
        let _ = writeln!(
            s,
            "        if (clear_i) kept{i}_q <= {w}'d0;\n        else if (step_i) kept{i}_q <= net_out[{i}*{w} +: {w}];"
        );
    }
    let bx = b + 2;
    let _ = write!(
        s,
        "    end

    // Emit scan: eligible, at or above the threshold, within the radius (B+2-bit signed compare).
    wire [{wm}:0] em_key = {{1'b1, ~em_score_i[{bm}], em_score_i[{bm1}:0], ~em_l_i}};
    wire signed [{bxm}:0] s_x     = {{{{2{{em_score_i[{bm}]}}}}, em_score_i}};
    wire signed [{bxm}:0] floor_x = {{{{2{{m_q[{bm}]}}}}, m_q}} - {{2'b00, radius_i}};
    assign em_mask_o = ({{1'b0, em_l_i}} < {el}) && (em_key >= theta_q) && (s_x >= floor_x);
endmodule
",
        wm = w - 1,
        bm = b - 1,
        bm1 = b - 2,
        bxm = bx - 1,
        el = zext("elen_q", len, lw + 1),
    );
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![net.into()],
        ..Default::default()
    });
    name
}

/// `sig` (`from` bits) zero-extended to `to` bits.
fn zext(sig: &str, from: u32, to: u32) -> String {
    assert!(to >= from);
    if to == from {
        sig.into()
    } else {
        format!("{{{}'d0, {sig}}}", to - from)
    }
}

fn emit_top(d: &mut Design, g: &Geometry, core: &str, sram: &str) {
    let cfg = d.cfg;
    let name = d.name("sorter");
    let r = d.reset();
    let (t, b, k, nb) = (g.rows, g.score_w, g.keep, g.banks);
    let (lw, len, aw) = (g.key_w, g.len_w, g.addr_w);
    let tb = t * b;
    let bkw = crate::rtl::clog2(nb as u64);
    let nw = crate::rtl::bits_for((cfg.seq_max + cfg.tiles_max - 1) as u64);
    let dcw = crate::rtl::clog2(nw as u64);
    let rk = k.trailing_zeros();
    let pw = len + 1;
    let xw = len.max(9) + 2;
    let tcw = g.tc_w;
    // Last pass index = (kq-1) >> log2(G), compared in the wider of the two widths.
    let plw = (g.kq_w - rk).max(1);
    let pcw = plw.max(g.pass_w);
    let mut s = String::new();
    let _ = write!(
        s,
        "// SADS sorter (spec §3): per row and tile, the exact set of at most kq keys within radius r of
// the tile maximum (ties to the lower index), for {t} rows with {n}->{k} bitonic sort cores.
// Input: one beat per key, keys 0..S-1, {t} lanes of {b}-bit scores. Output per tile, in tile
// order: beats {{key, tile, mask[{t}], last}} for keys some row selected (mask bit i = row i), in
// increasing key order; a tile nobody selects from sends one beat with mask 0 and last 1.
// kq_i, tiles_i, radius_i, seq_len_i, causal_i, base_pos_i are sampled when a block's first
// beat is offered and must stay constant for the block (1 <= kq <= {kqm}, 1 <= Tc <= {tcm},
// 1 <= S <= {sm}; base_pos = position of row 0, rows see keys <= their position if causal).
// Per tile: load into a {nb}-bank tile buffer, ceil(kq/{k}) network passes of ceil(Bc/{nb}) + 2
// cycles (pass p finds ranks {k}p+1..{k}p+{k} below the previous threshold), then a Bc-cycle scan
// that emits each key with mask = (key >= row threshold) & within radius & eligible. The next
// tile of the block loads during the scan (all but its last key). Bc = ceil(S/Tc) comes from a
// {nw}-cycle divider at block start.
module {name} (
    input  wire              clk_i,
    input  wire              {rst},
    input  wire [{kqm1}:0]        kq_i,
    input  wire [{tcm1}:0]        tiles_i,
    input  wire [{bm}:0]       radius_i,     // unsigned; 2^B-1 admits every eligible key
    input  wire [{lenm}:0]       seq_len_i,
    input  wire              causal_i,
    input  wire [{lenm}:0]       base_pos_i,
    input  wire              in_valid_i,
    output wire              in_ready_o,
    input  wire [{tbm}:0]   in_scores_i,  // {t} lanes x {b}: the scores of one key, row 0 in lane 0
    output wire              out_valid_o,
    input  wire              out_ready_i,
    output wire [{lwm}:0]       out_key_o,
    output wire [{twm}:0]        out_tile_o,
    output wire [{tm}:0]   out_mask_o,
    output wire              out_last_o,
    output wire              idle_o        // no block in progress, no beat waiting
);
    localparam [2:0] S_IDLE = 3'd0, S_DIV = 3'd1, S_LOAD = 3'd2, S_PASS = 3'd3,
                     S_DRAIN = 3'd4, S_PEND = 3'd5, S_EMIT = 3'd6, S_FLUSH = 3'd7;
    reg  [2:0]        state_q;
    // Run-time parameters of the block.
    reg  [{kqm1}:0]        kq_q;
    reg  [{tcm1}:0]        tiles_q;
    reg  [{bm}:0]       radius_q;
    reg  [{lenm}:0]       seq_q;
    reg               causal_q;
    reg  [{lenm}:0]       base_q;
    // Divider: bc_q = ceil(S / Tc), one quotient bit per cycle.
    reg  [{nwm}:0]       div_n_q;
    reg  [{tcm1}:0]        div_r_q;
    reg  [{dcm}:0]        div_cnt_q;
    reg  [{lenm}:0]       bc_q;
    // Tile.
    reg  [{lwm}:0]       tile_start_q;
    reg  [{twm}:0]        tile_q;
    reg  [{lenm}:0]       ld_cnt_q;
    reg  [{bkm}:0]        ld_bank_q;
    reg  [{awm}:0]        ld_addr_q;
    reg  [{awm}:0]        last_addr_q;
    // Passes and scan.
    reg  [{pwm}:0]        pass_q;
    reg  [{awm}:0]        rd_addr_q;
    reg  [{lw}:0]       rd_base_q;
    reg               step_q;
    reg  [{lw}:0]       step_base_q;
    reg  [{lenm}:0]       em_l_q;
    reg  [{bkm}:0]        em_bank_q;
    reg               s1_valid_q;
    reg               s1_last_q;
    reg  [{lwm}:0]       s1_l_q;
    reg  [{bkm}:0]        s1_bank_q;
    reg               pend_valid_q;
    reg  [{lwm}:0]       pend_key_q;
    reg  [{tm}:0]   pend_mask_q;
    reg               out_valid_q;
    reg  [{lwm}:0]       out_key_q;
    reg  [{twm}:0]        out_tile_q;
    reg  [{tm}:0]   out_mask_q;
    reg               out_last_q;

    wire [{lenm}:0] rest     = seq_q - {ts_len};
    wire [{lenm}:0] tile_len = (bc_q < rest) ? bc_q : rest;
    wire [{len}:0] next_start = {{1'b0, {ts_len}}} + {{1'b0, bc_q}};
    wire       blk_done   = (next_start >= {{1'b0, seq_q}});

    // The next tile of the block loads while this one is scanned: key l may overwrite its slot
    // once the scan has read key l, and its last key waits for the scan to end (it starts the
    // passes and re-times the cores). The next tile is never longer than this one.
    wire [{len}:0] next_rest = {{1'b0, seq_q}} - next_start;
    wire [{len}:0] next_len  = ({{1'b0, bc_q}} < next_rest) ? {{1'b0, bc_q}} : next_rest;
    wire ovl_ok   = (state_q == S_EMIT || state_q == S_FLUSH) && !blk_done
                    && ({{1'b0, ld_cnt_q}} + {lenp1}'d1 < next_len) && (ld_cnt_q < em_l_q);
    wire ld_ready = (state_q == S_LOAD) || ovl_ok;
    wire in_fire  = in_valid_i && ld_ready;
    wire ld_last  = (ld_cnt_q == tile_len - {len}'d1);
    wire ld_done  = in_fire && ld_last && (state_q == S_LOAD);
    wire [{kqm1}:0] kq_m1 = kq_q - {kqw}'d1;
    wire [{pcm}:0] pass_last = {pl_ext};
    wire last_pass  = ({pass_ext} == pass_last);
    wire first_pass = (pass_q == {pw_}'d0);
    wire [{rkm}:0] rank = {rank_ext};

    wire [{tcw}:0] r2    = {{div_r_q, div_n_q[{nwm}]}};
    wire [{tcm1}:0] r2_lo = r2[{tcm1}:0];
    wire       q_bit = (r2 >= {{1'b0, tiles_q}});
    wire [{tcm1}:0] r_sub = r2_lo - tiles_q;

    wire advance  = !out_valid_q || out_ready_i;
    wire issuing  = (em_l_q < tile_len);
    wire em_adv   = (state_q == S_EMIT) && advance;
    wire fl_adv   = (state_q == S_FLUSH) && advance;
    wire [{tm}:0] mask;
    wire hit      = s1_valid_q && (|mask);
    wire out_load = (em_adv && hit && pend_valid_q) || fl_adv;
    wire re       = (state_q == S_PASS) || (em_adv && issuing);
    wire [{awm}:0] raddr = rd_addr_q;
    wire [{lwm}:0] em_key_l = tile_start_q + s1_l_q;

    assign in_ready_o  = ld_ready;
    assign out_valid_o = out_valid_q;
    assign out_key_o   = out_key_q;
    assign out_tile_o  = out_tile_q;
    assign out_mask_o  = out_mask_q;
    assign out_last_o  = out_last_q;
    assign idle_o      = (state_q == S_IDLE) && !out_valid_q;

    {ff} begin
        if ({act}) begin
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
                S_DIV:   if (div_cnt_q == {dcw}'d{nwm}) state_q <= S_LOAD;
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
            div_n_q   <= {nw_seq} + {nw_tiles} - {nw}'d1;
            div_r_q   <= {tcw}'d0;
            div_cnt_q <= {dcw}'d0;
        end
        if (state_q == S_DIV) begin
            div_n_q   <= div_n_q << 1;
            div_r_q   <= q_bit ? r_sub : r2_lo;
            bc_q      <= {{bc_q[{lenm2}:0], q_bit}};
            div_cnt_q <= div_cnt_q + {dcw}'d1;
            tile_start_q <= {lw}'d0;
            tile_q       <= {tw}'d0;
            ld_cnt_q     <= {len}'d0;
            ld_bank_q    <= {bkw}'d0;
            ld_addr_q    <= {aw}'d0;
        end
        if (in_fire) begin
            ld_cnt_q <= ld_cnt_q + {len}'d1;
            ld_bank_q <= (ld_bank_q == {bkw}'d{nbm}) ? {bkw}'d0 : ld_bank_q + {bkw}'d1;
            if (ld_bank_q == {bkw}'d{nbm}) ld_addr_q <= ld_addr_q + {aw}'d1;
            if (ld_done) begin
                ld_cnt_q    <= {len}'d0;
                ld_bank_q   <= {bkw}'d0;
                ld_addr_q   <= {aw}'d0;
                last_addr_q <= ld_addr_q;
                pass_q      <= {pw_}'d0;
                rd_addr_q   <= {aw}'d0;
                rd_base_q   <= {lw1}'d0;
            end
        end
        if (state_q == S_PASS) begin
            rd_addr_q   <= rd_addr_q + {aw}'d1;
            rd_base_q   <= rd_base_q + {lw1}'d{nb};
            step_base_q <= rd_base_q;
        end
        if (state_q == S_PEND) begin
            pass_q    <= pass_q + {pw_}'d1;
            rd_addr_q <= {aw}'d0;
            rd_base_q <= {lw1}'d0;
            em_l_q    <= {len}'d0;
            em_bank_q <= {bkw}'d0;
        end
        if (em_adv) begin
            s1_last_q <= (em_l_q == tile_len - {len}'d1);
            s1_l_q    <= em_l_q[{lwm}:0];
            s1_bank_q <= em_bank_q;
            if (issuing) begin
                em_l_q    <= em_l_q + {len}'d1;
                em_bank_q <= (em_bank_q == {bkw}'d{nbm}) ? {bkw}'d0 : em_bank_q + {bkw}'d1;
                if (em_bank_q == {bkw}'d{nbm}) rd_addr_q <= rd_addr_q + {aw}'d1;
            end
            if (hit) begin
                pend_key_q  <= em_key_l;
                pend_mask_q <= mask;
            end
        end
        if (out_load) begin
            out_key_q  <= (fl_adv && !pend_valid_q) ? tile_start_q : pend_key_q;
            out_mask_q <= (fl_adv && !pend_valid_q) ? {t}'d0 : pend_mask_q;
            out_last_q <= fl_adv;
            out_tile_q <= tile_q;
        end
        if (fl_adv) begin
            tile_start_q <= next_start[{lwm}:0];
            tile_q       <= tile_q + {tw}'d1;
        end
    end

    // Tile buffer: key l of the tile in bank l mod {nb}, word l / {nb}.
    wire [{tbm}:0] rdata [0:{nbm}];
",
        n = g.net_n,
        rst = r.port,
        act = r.active,
        ff = r.always_ff(),
        kqm = cfg.kq_max,
        tcm = cfg.tiles_max,
        sm = cfg.seq_max,
        kqm1 = g.kq_w - 1,
        kqw = g.kq_w,
        tcm1 = tcw - 1,
        bm = b - 1,
        lenm = len - 1,
        lenm2 = len.max(2) - 2,
        tbm = tb - 1,
        lwm = lw - 1,
        lw1 = lw + 1,
        twm = g.tile_w - 1,
        lenp1 = len + 1,
        tw = g.tile_w,
        tm = t - 1,
        nwm = nw - 1,
        dcm = dcw - 1,
        bkm = bkw - 1,
        awm = aw - 1,
        pwm = g.pass_w - 1,
        pw_ = g.pass_w,
        nbm = nb - 1,
        pcm = pcw - 1,
        rkm = rk - 1,
        ts_len = zext("tile_start_q", lw, len),
        pl_ext = if g.kq_w > rk {
            zext(&format!("kq_m1[{}:{rk}]", g.kq_w - 1), g.kq_w - rk, pcw)
        } else {
            format!("{pcw}'d0")
        },
        rank_ext = if g.kq_w >= rk {
            format!("kq_m1[{}:0]", rk - 1)
        } else {
            zext("kq_m1", g.kq_w, rk)
        },
        pass_ext = zext("pass_q", g.pass_w, pcw),
        nw_seq = zext("seq_len_i", len, nw),
        nw_tiles = zext("tiles_i", tcw, nw),
    );
    for j in 0..nb {
        let _ = writeln!(
            s,
            "    {sram} u_bank_{j} (
        .clk_i(clk_i), .we_i(in_fire && ld_bank_q == {bkw}'d{j}), .waddr_i(ld_addr_q),
        .wdata_i(in_scores_i), .re_i(re), .raddr_i(raddr), .rdata_o(rdata[{j}])
    );",
        );
    }
    let _ = writeln!(
        s,
        "    wire [{tbm}:0] em_word = rdata[s1_bank_q];\n    wire [{nbtb}:0] step_word = {{{words}}};\n",
        tbm = tb - 1,
        nbtb = nb * tb - 1,
        words = (0..nb)
            .rev()
            .map(|j| format!("rdata[{j}]"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    for i in 0..t {
        let mut lanes: Vec<String> = (0..nb)
            .map(|j| format!("step_word[{}+:{b}]", j * tb + i * b))
            .collect();
        lanes.reverse();
        let _ = writeln!(
            s,
            "    wire [{xwm}:0] pos1_x{i} = {bx} + {xw}'d{i1};
    {core} u_core_{i} (
        .clk_i(clk_i), .tile_init_i(ld_done), .tile_start_i({ts_len}),
        .tile_len_i(tile_len), .causal_i(causal_q),
        .pos1_i((pos1_x{i} >= {xw}'d{sat}) ? {{{pw}{{1'b1}}}} : pos1_x{i}[{pwm}:0]),
        .clear_i(ld_done || state_q == S_PEND), .step_i(step_q),
        .first_pass_i(first_pass), .end_pass_i(state_q == S_PEND), .last_pass_i(last_pass),
        .rank_i(rank), .base_l_i(step_base_q), .new_i({{{lanes}}}), .radius_i(radius_q),
        .em_score_i(em_word[{lo}+:{b}]), .em_l_i(s1_l_q), .em_mask_o(mask[{i}])
    );",
            xwm = xw - 1,
            bx = zext("base_q", len, xw),
            i1 = i + 1,
            sat = (1u64 << pw) - 1,
            pwm = pw - 1,
            ts_len = zext("tile_start_q", lw, len),
            lanes = lanes.join(", "),
            lo = i * b,
        );
    }
    s.push_str("endmodule\n");
    d.add(Module {
        name: name.clone(),
        body: s,
        deps: vec![core.into(), sram.into()],
        ..Default::default()
    });
    d.tops.push(name);
}
