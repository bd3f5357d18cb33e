//! The core top (spec §1): predictor → sorter → RASS → K/V generation → SU-FA, all streaming, so
//! the stages overlap tile by tile (cross-stage tiling): tile j+1 is predicted and sorted while
//! tile j is generated and attended. Â and the selections never leave the core.
//!
//! The host (or the mesh's network interface) feeds the predictor's jobs: phase 1.1 jobs whose
//! K̂ columns leave on `khat_*`, and phase 1.2 jobs (Q codes against K̂) whose Â columns go
//! straight to the sorter; Q rows for SU-FA; the K/V weights once per head. X is read through a
//! synchronous token-memory port (`x_rd_o`/`x_addr_o`/`x_data_i`, one-cycle latency), because at
//! the default size it is 16 MB and lives beside the core.
//!
//! Ports are declared from the engines' own declarations, so an engine's widths are never
//! restated here; engines are connected by [`Instance`] (streams by one call).

use crate::rtl::{Design, Instance, Module, Stream, Width, bits_for};
use std::fmt::Write;

fn width(d: &Design, module: &str, port: &str) -> u32 {
    d.module(module).port_named(port).width
}

/// Connects each of `names` to the parent's signal of the same name.
fn same<'m>(mut i: Instance<'m>, names: &[&str]) -> Instance<'m> {
    for n in names {
        i = i.connect(n, n);
    }
    i
}

fn range(w: u32) -> String {
    if w == 1 {
        String::new()
    } else {
        format!("[{}:0] ", w - 1)
    }
}

pub fn emit(d: &mut Design, rass: &str) {
    let cfg = d.cfg;
    let r = d.reset();
    let name = d.name("core");
    let pred = d.name("predictor");
    let sort = d.name("sorter");
    let kv = d.name("kvgen");
    let fa = d.name("sufa");
    let store = crate::kvgen::store::emit(d);
    let skid = d.leaf("skid", &[]);
    let t = cfg.query_rows;
    let b = cfg.score_width;
    let ow = width(d, &pred, "out_data_o") / t;
    let seq_w = width(d, &sort, "seq_len_i");
    let kc_w = bits_for(cfg.seq_max as u64 + cfg.predictor_cols as u64);
    // Global positions (key base, query position) span the whole sequence of a mesh row.
    let pos_w = bits_for(cfg.seq_max as u64 * cfg.mesh_shape().1 as u64);
    let w = |m: &str, p: &str| Width::bits(width(d, m, p));

    let pred_s = Stream::new("pred", "predictor jobs, one beat per reduction step")
        .field(
            "mode",
            1,
            "0: K-hat = X.Wk (phase 1.1), 1: A-hat = Q.K-hat^T (1.2)",
        )
        .field(
            "len",
            w(&pred, "len_i"),
            "reduction length of the job: H (mode 0) or d (mode 1)",
        )
        .field(
            "row",
            w(&pred, "in_row_i"),
            "T lanes x 16: x (INT8 in [7:0]) or q (INT16)",
        )
        .field(
            "col",
            w(&pred, "in_col_i"),
            "NC lanes x 16: Wk code {s,e[2:0]} or k-hat (INT16)",
        );
    let khat = Stream::new("khat", "K-hat columns of phase 1.1 jobs")
        .field("data", w(&pred, "out_data_o"), "one array column, T lanes")
        .field("col", w(&pred, "out_col_o"), "array column of this beat")
        .field("last", 1, "last column of the job");
    let q = Stream::new("q", "query rows of a block").field(
        "row",
        w(&fa, "q_row_i"),
        "one query row, d lanes x 16 (INT16)",
    );
    let o = Stream::new("o", "output rows (or partials with part_i), row 0 first").field(
        "row",
        w(&fa, "o_row_o"),
        "one output row, d lanes x 16 (INT16)",
    );
    let m = Module::new(
        &name,
        "STAR core (spec sec. 1): DLZS predictor -> SADS sorter -> RASS -> K/V generation -> SU-FA.",
    )
    .clock_reset(&r)
    .input("sh_kp_i", w(&pred, "sh_kp_i"), "SH_KP")
    .input("sh_ap_i", w(&pred, "sh_ap_i"), "SH_AP")
    .input("select_mode_i", 1, "selection: 0 per tile, 1 global (spec 3.4)")
    .input("kq_i", w(&sort, "kq_i"), "kq: keys kept per tile and row")
    .input("tiles_i", w(&sort, "tiles_i"), "Tc: tiles per key row")
    .input("radius_i", w(&sort, "radius_i"), "r: SADS radius")
    .input("seq_len_i", Width::bits(seq_w), "keys this core sorts: S, or Tc' * Bc for a shard")
    .input("hidden_i", w(&kv, "hidden_i"), "H: hidden size")
    .input("sh_k_i", w(&kv, "sh_k_i"), "SH_K")
    .input("sh_v_i", w(&kv, "sh_v_i"), "SH_V")
    .input("mz_i", w(&fa, "mz_i"), "MZ")
    .input("sz_i", w(&fa, "sz_i"), "SZ")
    .input("ntiles_i", w(&fa, "tiles_i"), "tiles that exist: ceil(S / Bc) (a shard: Tc')")
    .input("causal_i", 1, "causal mask on")
    .input("base_pos_i", Width::bits(pos_w), "global position of query row 0")
    .input("key_base_i", Width::bits(pos_w), "global index of local key 0 (0 on one core)")
    .input("keys_i", Width::bits(seq_w), "local keys that exist (< S); the rest is padding")
    .input("part_i", 1, "1: p_row_o carries partials (m, l, o), no divide")
    .input("head_i", 1, "head start: clears the K/V store (while idle_o)")
    .sink(&pred_s)
    .source(&khat)
    .input("w_valid_i", 1, "weight load: one word, taken every cycle it is high")
    .input("w_addr_i", w(&kv, "w_addr_i"), "weight load: word address")
    .input("w_data_i", w(&kv, "w_data_i"), "weight load: P hidden indices x 2d INT8 weights")
    .input("b_valid_i", 1, "bias load: one bias, taken every cycle it is high")
    .input("b_idx_i", w(&kv, "b_idx_i"), "bias load: index 0..2d-1 (bk then bv)")
    .input("b_data_i", w(&kv, "b_data_i"), "bias load: INT32 bias")
    .output("x_rd_o", 1, "token memory read")
    .output("x_addr_o", w(&kv, "x_addr_o"), "its word address")
    .input("x_data_i", w(&kv, "x_data_i"), "its data, one cycle after x_rd_o")
    .sink(&q)
    .source(&o)
    .output("p_row_o", w(&fa, "p_row_o"), "partials (m, l, o) of the row on o_row_o, with part_i")
    .output("kv_rows_o", w(&store, "kv_rows_o"), "K/V rows generated since head_i")
    .output("idle_o", 1, "every engine idle");
    let comment = "Streaming tile by tile. Phase 1.1 jobs return K-hat on khat_*; phase 1.2 jobs feed A-hat to\n\
the sorter (columns beyond S are dropped); O (or, with part_i, the partials (m, l, o)) leaves\n\
as T rows. X is read through x_* (1-cycle latency). A shard of a mesh row (spec sec. 6): local\n\
key k is global key key_base_i + k, the first keys_i exist.";
    let mut s = String::new();

    // Predictor output: mode 0 (K-hat) leaves; mode 1 (A-hat) goes to the sorter, key by key, except the
    // padding columns of the last job of a block (key index ≥ S).
    let cw = width(d, &pred, "out_col_o");
    let _ = write!(
        s,
        "
    wire             p_valid, p_ready, p_last, p_mode, p_idle;
    wire [{pdm}:0] p_data;
    wire [{cwm}:0] p_col;
    reg  [{kcm}:0] kcnt_q;      // key index of the next A-hat column
    wire             a_keep = ({{{pad}kcnt_q}} < {{{kpad}seq_len_i}});
    wire             s_in_valid, s_in_ready;
    assign s_in_valid   = p_valid && p_mode && a_keep;
    assign khat_valid_o = p_valid && !p_mode;
    assign p_ready      = p_mode ? (!a_keep || s_in_ready) : khat_ready_i;
    assign khat_data_o  = p_data;
    assign khat_col_o   = p_col;
    assign khat_last_o  = p_last;
    wire a_fire = p_valid && p_ready && p_mode;

    {ff} begin
        if ({act}) kcnt_q <= {kc}'d0;
        else if (a_fire)
            kcnt_q <= (p_last && (kcnt_q + {kc}'d1 >= {{{kpad}seq_len_i}})) ? {kc}'d0 : kcnt_q + {kc}'d1;
    end
",
        pdm = t * ow - 1,
        cwm = cw - 1,
        kcm = kc_w - 1,
        kc = kc_w,
        pad = if kc_w >= seq_w {
            String::new()
        } else {
            format!("{}'d0, ", seq_w - kc_w)
        },
        kpad = if kc_w > seq_w {
            format!("{}'d0, ", kc_w - seq_w)
        } else {
            String::new()
        },
        ff = r.always_ff(),
        act = r.active,
    );
    let link = |s: &mut String, pre: &str, m: &str, names: &[&str]| {
        for p in names {
            let _ = writeln!(
                s,
                "    wire {}{pre}_{p};",
                range(width(d, m, &format!("out_{p}_o")))
            );
        }
    };
    link(&mut s, "so", &sort, &["key", "tile"]);
    let _ = writeln!(s, "    wire [{}:0] so_mask_raw;", t - 1);
    let _ = writeln!(
        s,
        "    wire so_valid, so_ready, so_last, s_idle;\n    wire ro_valid, ro_ready, ro_last, r_idle;"
    );
    link(&mut s, "ro", rass, &["key", "tile", "mask"]);
    // sr: the sorter's output after the register slice, into RASS.
    link(&mut s, "sr", rass, &["key", "tile", "mask"]);
    let _ = writeln!(s, "    wire sr_valid, sr_ready, sr_last;");
    let _ = writeln!(
        s,
        "    wire kv_valid, kv_ready, kv_last, k_idle, f_idle, st_idle;"
    );
    let _ = writeln!(
        s,
        "    wire g_valid, g_ready, g_last, gk_valid, gk_ready, gk_last;"
    );
    for p in ["key", "mask", "k", "v"] {
        let r = range(width(d, &kv, &format!("kv_{p}_o")));
        let _ = writeln!(s, "    wire {r}kv_{p};\n    wire {r}gk_{p};");
    }
    for p in ["key", "mask"] {
        let r = range(width(d, &kv, &format!("tok_{p}_i")));
        let _ = writeln!(s, "    wire {r}g_{p};");
    }
    let _ = writeln!(
        s,
        "    wire {}unused_ro_tile = ro_tile;",
        range(width(d, rass, "out_tile_o"))
    );
    // Eligibility (spec sec. 3, sec. 6), applied around the sorter so that a shard's keys are global:
    // key k of this core is global key key_base + k; it exists if k < keys_i and a causal row
    // at position p sees it if key_base + k <= p. An ineligible key enters the sorter with the
    // lowest score: it ranks after every eligible candidate (lower score, or equal score and a
    // higher index), so it can only fill slots the eligible keys leave, and its mask bits are
    // cleared on the way out. The sorter itself runs without causal mask and base 0.
    let key_w = width(d, &sort, "out_key_o");
    let dw = pos_w.max(kc_w).max(key_w) + 2;
    let ext = |sig: &str, w: u32| {
        if w == dw {
            sig.to_string()
        } else {
            format!("{{{}'d0, {sig}}}", dw - w)
        }
    };
    let _ = write!(
        s,
        "
    localparam T = {t};
    localparam B = {b};
    localparam OW = {ow};       // predictor lane width
    localparam DW = {dw};       // signed key - position differences
    wire [DW-1:0] a_key   = {akey};
    wire [DW-1:0] o_key   = {okey};
    wire [DW-1:0] a_diff  = a_key + {kb} - {bp};
    wire [DW-1:0] o_diff  = o_key + {kb} - {bp};
    wire          a_real  = (a_key < {nk});
    wire          o_real  = (o_key < {nk});
    wire [T*B-1:0] s_scores;
    wire [T-1:0]   so_mask;
    genvar gi;
    generate
        for (gi = 0; gi < T; gi = gi + 1) begin : g_elig
            localparam [DW-1:0] ROW = gi;
            wire a_ok = a_real && (!causal_i || ($signed(a_diff) <= $signed(ROW)));
            wire o_ok = o_real && (!causal_i || ($signed(o_diff) <= $signed(ROW)));
            assign s_scores[gi*B +: B] = a_ok ? p_data[gi*OW +: B] : {{1'b1, {{(B-1){{1'b0}}}}}};
            assign so_mask[gi] = so_mask_raw[gi] && o_ok;
        end
    endgenerate
",
        akey = ext("kcnt_q", kc_w),
        okey = ext("so_key", key_w),
        kb = ext("key_base_i", pos_w),
        bp = ext("base_pos_i", pos_w),
        nk = ext("keys_i", seq_w),
    );
    s.push('\n');

    let rst = r.port;
    let inst = Instance::new(d.module(&pred), "u_predictor")
        .connect("clk_i", "clk_i")
        .connect(rst, rst)
        .connect("mode_i", "pred_mode_i")
        .connect("len_i", "pred_len_i")
        .connect("in_valid_i", "pred_valid_i")
        .connect("in_ready_o", "pred_ready_o")
        .connect("in_row_i", "pred_row_i")
        .connect("in_col_i", "pred_col_i")
        .stream("out", "p")
        .connect("idle_o", "p_idle");
    s.push_str(&same(inst, &["sh_kp_i", "sh_ap_i"]).render(4));
    let inst = Instance::new(d.module(&sort), "u_sorter")
        .connect("in_valid_i", "s_in_valid")
        .connect("in_ready_o", "s_in_ready")
        .connect("in_scores_i", "s_scores")
        .connect("causal_i", "1'b0")
        .connect("base_pos_i", format!("{seq_w}'d0"))
        .connect("out_valid_o", "so_valid")
        .connect("out_ready_i", "so_ready")
        .connect("out_key_o", "so_key")
        .connect("out_tile_o", "so_tile")
        .connect("out_mask_o", "so_mask_raw")
        .connect("out_last_o", "so_last")
        .connect("idle_o", "s_idle");
    let regs = [
        "clk_i",
        rst,
        "select_mode_i",
        "kq_i",
        "tiles_i",
        "radius_i",
        "seq_len_i",
        "keys_i",
    ];
    s.push_str(&same(inst, &regs).render(4));
    // A register slice between the sorter (and the eligibility mask) and RASS: the sorter's
    // output key, the mask and RASS's histogram update in one cycle were the ECP5 critical path.
    let slice_w = width(d, &sort, "out_key_o") + width(d, &sort, "out_tile_o") + t + 1;
    let inst = Instance::new(d.module(&skid), "u_sort_slice")
        .param("W", slice_w)
        .connect("clk_i", "clk_i")
        .connect(rst, rst)
        .connect("in_valid_i", "so_valid")
        .connect("in_ready_o", "so_ready")
        .connect("in_data_i", "{so_key, so_tile, so_mask, so_last}")
        .connect("out_valid_o", "sr_valid")
        .connect("out_ready_i", "sr_ready")
        .connect("out_data_o", "{sr_key, sr_tile, sr_mask, sr_last}");
    s.push_str(&inst.render(4));
    let inst = Instance::new(d.module(rass), "u_rass")
        .stream("in", "sr")
        .stream("out", "ro")
        .connect("idle_o", "r_idle");
    s.push_str(&same(inst, &["clk_i", rst]).render(4));
    // The K/V store between RASS and K/V generation: hits leave from it, misses are generated.
    let inst = Instance::new(d.module(&store), "u_kvstore")
        .stream("tok", "ro")
        .stream("gen", "g")
        .stream("gk", "gk")
        .stream("kv", "kv")
        .connect("idle_o", "st_idle");
    s.push_str(&same(inst, &["clk_i", rst, "head_i", "kv_rows_o"]).render(4));
    let inst = Instance::new(d.module(&kv), "u_kvgen")
        .stream("tok", "g")
        .stream("kv", "gk")
        .connect("idle_o", "k_idle");
    let regs = [
        "clk_i",
        rst,
        "hidden_i",
        "sh_k_i",
        "sh_v_i",
        "w_valid_i",
        "w_addr_i",
        "w_data_i",
        "b_valid_i",
        "b_idx_i",
        "b_data_i",
        "x_rd_o",
        "x_addr_o",
        "x_data_i",
    ];
    s.push_str(&same(inst, &regs).render(4));
    let inst = Instance::new(d.module(&fa), "u_sufa")
        .connect("kv_valid_i", "kv_valid")
        .connect("kv_ready_o", "kv_ready")
        .connect("kv_key_i", "kv_key")
        .connect("kv_mask_i", "kv_mask")
        .connect("kv_last_i", "kv_last")
        .connect("kv_k_i", "kv_k")
        .connect("kv_v_i", "kv_v")
        .connect("tiles_i", "ntiles_i")
        .connect("idle_o", "f_idle");
    let regs = [
        "clk_i",
        rst,
        "mz_i",
        "sz_i",
        "part_i",
        "q_valid_i",
        "q_ready_o",
        "q_row_i",
        "o_valid_o",
        "o_ready_i",
        "o_row_o",
        "p_row_o",
    ];
    s.push_str(&same(inst, &regs).render(4));
    s.push_str(
        "\n    assign idle_o = p_idle && s_idle && r_idle && st_idle && k_idle && f_idle\n        && !p_valid && !sr_valid;\n",
    );
    s.push_str(&m.protocol_checks(&r, &[("head_i && !idle_o", "head_i while not idle")]));
    s.push_str("endmodule\n");
    let deps = vec![pred, sort, skid, rass.to_string(), store, kv, fa];
    d.add(m.finish(comment, &s, deps));
    d.tops.retain(|t| {
        !t.ends_with("predictor")
            && !t.ends_with("sorter")
            && !t.ends_with("kvgen")
            && !t.ends_with("sufa")
    });
    d.tops.push(name);
}
