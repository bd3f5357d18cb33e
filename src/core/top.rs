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
//! Ports are wired by name from the engines' own headers, so an engine's widths are never
//! restated here.

use crate::rtl::{Design, Module, Port, bits_for};
use std::fmt::Write;

/// Instance text: every port of `module` connected, by the expression `conn` gives for it.
fn instance(d: &Design, module: &str, inst: &str, conn: &dyn Fn(&Port) -> String) -> String {
    let ports = d.module(module).ports();
    let mut s = format!("    {module} {inst} (\n");
    let n = ports.len();
    for (i, p) in ports.iter().enumerate() {
        let _ = writeln!(
            s,
            "        .{}({}){}",
            p.name,
            conn(p),
            if i + 1 < n { "," } else { "" }
        );
    }
    s.push_str("    );\n");
    s
}

fn width(d: &Design, module: &str, port: &str) -> u32 {
    d.module(module)
        .ports()
        .into_iter()
        .find(|p| p.name == port)
        .unwrap_or_else(|| panic!("{module} has no port {port}"))
        .width
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
    let t = cfg.query_rows;
    let b = cfg.score_width;
    let ow = width(d, &pred, "out_data_o") / t;
    let seq_w = width(d, &sort, "seq_len_i");
    let kc_w = bits_for(cfg.seq_max as u64 + cfg.predictor_cols as u64);

    // Core ports: (direction, width, name, comment). Run-time registers first.
    let mut ports: Vec<(&str, u32, String, &str)> = vec![("input", 1, "clk_i".into(), "")];
    ports.push(("input", 1, r.port.into(), ""));
    // Global positions (key base, query position) span the whole sequence of a mesh row.
    let pos_w = bits_for(cfg.seq_max as u64 * cfg.mesh_shape().1 as u64);
    let regs: [(&str, &str, &str); 12] = [
        (&pred, "sh_kp_i", "SH_KP"),
        (&pred, "sh_ap_i", "SH_AP"),
        (
            &sort,
            "select_mode_i",
            "selection: 0 per tile, 1 global (spec 3.4)",
        ),
        (&sort, "kq_i", "kq: keys kept per tile and row"),
        (&sort, "tiles_i", "Tc: tiles per key row"),
        (&sort, "radius_i", "r: SADS radius"),
        (
            &sort,
            "seq_len_i",
            "keys this core sorts: S, or Tc' * Bc for a shard",
        ),
        (&kv, "hidden_i", "H: hidden size"),
        (&kv, "sh_k_i", "SH_K"),
        (&kv, "sh_v_i", "SH_V"),
        (&fa, "mz_i", "MZ"),
        (&fa, "sz_i", "SZ"),
    ];
    for (m, p, c) in regs {
        ports.push(("input", width(d, m, p), p.into(), c));
    }
    ports.push((
        "input",
        width(d, &fa, "tiles_i"),
        "ntiles_i".into(),
        "tiles that exist: ceil(S / Bc) (a shard: Tc')",
    ));
    ports.push(("input", 1, "causal_i".into(), "causal mask on"));
    ports.push((
        "input",
        pos_w,
        "base_pos_i".into(),
        "global position of query row 0",
    ));
    ports.push((
        "input",
        pos_w,
        "key_base_i".into(),
        "global index of local key 0 (0 on one core)",
    ));
    ports.push((
        "input",
        seq_w,
        "keys_i".into(),
        "local keys that exist (< S); the rest is padding",
    ));
    ports.push((
        "input",
        1,
        "part_i".into(),
        "1: p_row_o carries partials (m, l, o), no divide",
    ));
    let ext: [(&str, &str, &str, &str); 23] = [
        ("input", &pred, "in_valid_i", "pred_valid_i"),
        ("output", &pred, "in_ready_o", "pred_ready_o"),
        ("input", &pred, "mode_i", "pred_mode_i"),
        ("input", &pred, "len_i", "pred_len_i"),
        ("input", &pred, "in_row_i", "pred_row_i"),
        ("input", &pred, "in_col_i", "pred_col_i"),
        ("output", &pred, "out_data_o", "khat_data_o"),
        ("output", &pred, "out_col_o", "khat_col_o"),
        ("output", &pred, "out_last_o", "khat_last_o"),
        ("input", &kv, "w_valid_i", "w_valid_i"),
        ("input", &kv, "w_addr_i", "w_addr_i"),
        ("input", &kv, "w_data_i", "w_data_i"),
        ("input", &kv, "b_valid_i", "b_valid_i"),
        ("input", &kv, "b_idx_i", "b_idx_i"),
        ("input", &kv, "b_data_i", "b_data_i"),
        ("output", &kv, "x_rd_o", "x_rd_o"),
        ("output", &kv, "x_addr_o", "x_addr_o"),
        ("input", &kv, "x_data_i", "x_data_i"),
        ("input", &fa, "q_valid_i", "q_valid_i"),
        ("output", &fa, "q_ready_o", "q_ready_o"),
        ("input", &fa, "q_row_i", "q_row_i"),
        ("output", &fa, "o_row_o", "o_row_o"),
        ("output", &fa, "p_row_o", "p_row_o"),
    ];
    for (dir, m, p, n) in ext {
        ports.push((dir, width(d, m, p), n.into(), ""));
    }
    ports.push((
        "output",
        1,
        "khat_valid_o".into(),
        "K-hat column (phase 1.1 job)",
    ));
    ports.push(("input", 1, "khat_ready_i".into(), ""));
    ports.push(("output", 1, "o_valid_o".into(), "O row"));
    ports.push(("input", 1, "o_ready_i".into(), ""));
    ports.push(("output", 1, "idle_o".into(), "every engine idle"));

    let mut s = format!(
        "// STAR core (spec sec. 1): DLZS predictor -> SADS sorter -> RASS -> K/V generation -> SU-FA,
// streaming tile by tile. Phase 1.1 jobs return K-hat on khat_*; phase 1.2 jobs feed A-hat to
// the sorter (columns beyond S are dropped); O (or, with part_i, the partials (m, l, o)) leaves
// as T rows. X is read through x_* (1-cycle latency). A shard of a mesh row (spec sec. 6): local
// key k is global key key_base_i + k, the first keys_i exist.
module {name} (\n"
    );
    let n = ports.len();
    for (i, (dir, w, p, c)) in ports.iter().enumerate() {
        let comma = if i + 1 < n { "," } else { "" };
        let cmt = if c.is_empty() {
            String::new()
        } else {
            format!(" // {c}")
        };
        let _ = writeln!(s, "    {dir:<6} wire {}{p}{comma}{cmt}", range(*w));
    }
    s.push_str(");\n");

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
    let _ = writeln!(s, "    wire kv_valid, kv_ready, kv_last, k_idle, f_idle;");
    for p in ["key", "mask", "k", "v"] {
        let _ = writeln!(
            s,
            "    wire {}kv_{p};",
            range(width(d, &kv, &format!("kv_{p}_o")))
        );
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
    let pred_conn = |p: &Port| -> String {
        match p.name.as_str() {
            "clk_i" => "clk_i".into(),
            x if x == rst => rst.into(),
            "mode_i" => "pred_mode_i".into(),
            "len_i" => "pred_len_i".into(),
            "in_valid_i" => "pred_valid_i".into(),
            "in_ready_o" => "pred_ready_o".into(),
            "in_row_i" => "pred_row_i".into(),
            "in_col_i" => "pred_col_i".into(),
            "out_valid_o" => "p_valid".into(),
            "out_ready_i" => "p_ready".into(),
            "out_data_o" => "p_data".into(),
            "out_col_o" => "p_col".into(),
            "out_last_o" => "p_last".into(),
            "out_mode_o" => "p_mode".into(),
            "idle_o" => "p_idle".into(),
            other => other.into(),
        }
    };
    s.push_str(&instance(d, &pred, "u_predictor", &pred_conn));
    let sort_conn = |p: &Port| -> String {
        match p.name.as_str() {
            "in_valid_i" => "s_in_valid".into(),
            "in_ready_o" => "s_in_ready".into(),
            "in_scores_i" => "s_scores".into(),
            "causal_i" => "1'b0".into(),
            "base_pos_i" => format!("{seq_w}'d0"),
            "out_valid_o" => "so_valid".into(),
            "out_ready_i" => "so_ready".into(),
            "out_key_o" => "so_key".into(),
            "out_tile_o" => "so_tile".into(),
            "out_mask_o" => "so_mask_raw".into(),
            "out_last_o" => "so_last".into(),
            "idle_o" => "s_idle".into(),
            other => other.into(),
        }
    };
    s.push_str(&instance(d, &sort, "u_sorter", &sort_conn));
    let rass_conn = |p: &Port| -> String {
        match p.name.as_str() {
            "in_valid_i" => "so_valid".into(),
            "in_ready_o" => "so_ready".into(),
            "in_key_i" => "so_key".into(),
            "in_tile_i" => "so_tile".into(),
            "in_mask_i" => "so_mask".into(),
            "in_last_i" => "so_last".into(),
            "out_valid_o" => "ro_valid".into(),
            "out_ready_i" => "ro_ready".into(),
            "out_key_o" => "ro_key".into(),
            "out_tile_o" => "ro_tile".into(),
            "out_mask_o" => "ro_mask".into(),
            "out_last_o" => "ro_last".into(),
            "idle_o" => "r_idle".into(),
            other => other.into(),
        }
    };
    s.push_str(&instance(d, rass, "u_rass", &rass_conn));
    let kv_conn = |p: &Port| -> String {
        match p.name.as_str() {
            "tok_valid_i" => "ro_valid".into(),
            "tok_ready_o" => "ro_ready".into(),
            "tok_key_i" => "ro_key".into(),
            "tok_mask_i" => "ro_mask".into(),
            "tok_last_i" => "ro_last".into(),
            "kv_valid_o" => "kv_valid".into(),
            "kv_ready_i" => "kv_ready".into(),
            "kv_key_o" => "kv_key".into(),
            "kv_mask_o" => "kv_mask".into(),
            "kv_last_o" => "kv_last".into(),
            "kv_k_o" => "kv_k".into(),
            "kv_v_o" => "kv_v".into(),
            "idle_o" => "k_idle".into(),
            other => other.into(),
        }
    };
    s.push_str(&instance(d, &kv, "u_kvgen", &kv_conn));
    let fa_conn = |p: &Port| -> String {
        match p.name.as_str() {
            "kv_valid_i" => "kv_valid".into(),
            "kv_ready_o" => "kv_ready".into(),
            "kv_key_i" => "kv_key".into(),
            "kv_mask_i" => "kv_mask".into(),
            "kv_last_i" => "kv_last".into(),
            "kv_k_i" => "kv_k".into(),
            "kv_v_i" => "kv_v".into(),
            "tiles_i" => "ntiles_i".into(),
            "idle_o" => "f_idle".into(),
            other => other.into(),
        }
    };
    s.push_str(&instance(d, &fa, "u_sufa", &fa_conn));
    s.push_str(
        "
    assign idle_o = p_idle && s_idle && r_idle && k_idle && f_idle && !p_valid;
endmodule
",
    );
    let deps = vec![pred, sort, rass.to_string(), kv, fa];
    d.add(Module {
        name: name.clone(),
        body: s,
        deps,
        ..Default::default()
    });
    d.tops.retain(|t| {
        !t.ends_with("predictor")
            && !t.ends_with("sorter")
            && !t.ends_with("kvgen")
            && !t.ends_with("sufa")
    });
    d.tops.push(name);
}
