//! Parameters and ports of the tera leaves (`templates/*.v.tera`), declared here next to the
//! templates' names; each template prints the header at `[[ header ]]`. Widths are written
//! with the leaf's parameters, so an instance with other parameter values stays correct.

use super::{Module, Reset, Width};

/// Value of a template variable passed by the emitter (`leaf_with`).
fn var(extra: &[(&str, String)], key: &str) -> String {
    extra
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("leaf needs template variable {key}"))
}

fn num(extra: &[(&str, String)], key: &str) -> u32 {
    var(extra, key).parse().expect("numeric template variable")
}

/// The declared module of leaf `short` (full name `name`); `None` for an unknown leaf (every
/// template prints its header from here).
pub(super) fn declare(
    short: &str,
    name: &str,
    extra: &[(&str, String)],
    r: &Reset,
) -> Option<Module> {
    let m = match short {
        "cmp_exchange" => Module::new(name, "Compare-exchange of two unsigned keys.")
            .param("WIDTH", 8, "")
            .input("a_i", Width::of("WIDTH", 8), "")
            .input("b_i", Width::of("WIDTH", 8), "")
            .output("hi_o", Width::of("WIDTH", 8), "the larger")
            .output("lo_o", Width::of("WIDTH", 8), "the smaller"),
        "dlzs_pe" => Module::new(
            name,
            "DLZS shift-add PE: one term per cycle, no multiplier.",
        )
        .param("ACC_W", 40, "")
        .input("clk_i", 1, "")
        .input("en_i", 1, "accumulate one term")
        .input("first_i", 1, "the term starts a new sum")
        .input("last_i", 1, "the term ends the sum: load it into hold")
        .input("mode_i", 1, "0: phase 1.1, 1: phase 1.2")
        .input("x_i", 8, "phase 1.1 data (INT8)")
        .input("wcode_i", 4, "phase 1.1 code {s, e[2:0]}")
        .input("k_i", 16, "phase 1.2 data (INT16)")
        .input("qcode_i", 5, "phase 1.2 code {s, e[3:0]}")
        .input("shift_i", 1, "drain: hold <= hold_next_i")
        .input("hold_next_i", Width::of("ACC_W", 40), "")
        .output("hold_o", Width::of("ACC_W", 40), ""),
        "predictor_row" => {
            let (nc, acc, b) = (num(extra, "nc"), num(extra, "acc_w"), num(extra, "b"));
            Module::new(
                name,
                "One row of the DLZS predictor: NC shift-add PEs and the output stage.",
            )
            .param("NC", nc, "PEs (array columns)")
            .param("ACC_W", acc, "accumulator bits")
            .param("B", b, "A-hat score bits")
            .input("clk_i", 1, "")
            .input("en_i", 1, "accumulate one term in every PE")
            .input("first_i", 1, "the term starts a new sum")
            .input("last_i", 1, "the term ends the sum")
            .input("mode_i", 1, "0: K-hat = X.Wk, 1: A-hat = Q.K-hat^T")
            .input("x_i", 8, "phase 1.1 row operand (INT8)")
            .input(
                "qcode_i",
                5,
                "phase 1.2 row operand, leading-zero code {s, e}",
            )
            .input(
                "col_i",
                Width::of("16*NC", 16 * nc),
                "NC column lanes of 16 bits",
            )
            .input("shift_i", 1, "output beat: the hold chain shifts")
            .input("out_mode_i", 1, "mode of the job being output")
            .input("out_sh_i", 6, "its shift")
            .output(
                "out_o",
                Width::of("((B > 16) ? B : 16)", b.max(16)),
                "PE 0's sum",
            )
        }
        "kvgen_row" => {
            let (p, pw, aw) = (num(extra, "p"), num(extra, "pe_w"), num(extra, "acc_w"));
            assert!(
                aw > pw && aw > 32,
                "kvgen_row: ACC_W must exceed PE_W and 32"
            );
            Module::new(
                name,
                "One row of the K/V array: P MAC PEs, their sum plus bias, rounded.",
            )
            .param("P", p, "MAC PEs (hidden lanes)")
            .param("PE_W", pw, "bits of one PE's partial sum")
            .param("ACC_W", aw, "bits of the row sum plus bias (exact)")
            .input("clk_i", 1, "")
            .input("en_i", 1, "one X word: accumulate P products")
            .input("first_i", 1, "the word starts a pass")
            .input("x_i", Width::of("8*P", 8 * p), "P INT8 lanes of X")
            .input(
                "w_i",
                Width::of("8*P", 8 * p),
                "P INT8 weights of this row's output",
            )
            .input(
                "sum_en_i",
                1,
                "the partial sums are final: register their total",
            )
            .input("bias_i", 32, "")
            .input("sh_i", 6, "")
            .output("y_o", 16, "sat16(rshift_round(sum + bias, sh))")
        }
        "kv_pe" => Module::new(
            name,
            "K/V generation MAC PE: INT8 x INT8, exact accumulation.",
        )
        .param("ACC_W", 26, "")
        .input("clk_i", 1, "")
        .input("en_i", 1, "accumulate one product")
        .input("first_i", 1, "the product starts a new sum")
        .input("x_i", 8, "INT8 token value")
        .input("w_i", 8, "INT8 weight")
        .output("acc_o", Width::of("ACC_W", 26), ""),
        "lzc8" => Module::new(name, "Leading-zero counter of one byte (8 for zero).")
            .input("v_i", 8, "")
            .output_reg("lz_o", 4, ""),
        "lze" => Module::new(
            name,
            "Leading-zero encoder: code {s, e} of INT16 or two INT8.",
        )
        .input("v_i", 16, "")
        .input(
            "mode8_i",
            1,
            "0: one INT16, 1: two INT8 (v_i[15:8], v_i[7:0])",
        )
        .output("code16_o", 5, "16-bit mode: {s, e[3:0]}")
        .output("code8_hi_o", 4, "8-bit mode: {s, e[2:0]} of v_i[15:8]")
        .output("code8_lo_o", 4, "8-bit mode: {s, e[2:0]} of v_i[7:0]"),
        "add_cs" => Module::new(name, "Carry-select adder: y = a + b + ci (mod 2^W).")
            .param("W", 32, "at least 4")
            .input("a_i", Width::of("W", 32), "")
            .input("b_i", Width::of("W", 32), "")
            .input("ci_i", 1, "carry into bit 0")
            .output("y_o", Width::of("W", 32), ""),
        "rshift_round" => Module::new(name, "Rounding right shift by a run-time amount.")
            .param("IN_W", 40, "")
            .input("x_i", Width::of("IN_W", 40), "")
            .input("sh_i", 6, "")
            .output("y_o", Width::msb("IN_W", 41), "one bit wider than x_i"),
        "sat" => Module::new(
            name,
            "Saturation of a signed value to a narrower signed range.",
        )
        .param("IN_W", 41, "")
        .param("OUT_W", 16, "")
        .input("x_i", Width::of("IN_W", 41), "")
        .output("y_o", Width::of("OUT_W", 16), ""),
        "skid" => Module::new(
            name,
            "Register slice (skid buffer) on a valid/ready stream: full throughput.",
        )
        .param("W", 8, "data bits of a beat")
        .clock_reset(r)
        .input("in_valid_i", 1, "")
        .output("in_ready_o", 1, "a register: no path from out_ready_i")
        .input("in_data_i", Width::of("W", 8), "")
        .output("out_valid_o", 1, "")
        .input("out_ready_i", 1, "")
        .output("out_data_o", Width::of("W", 8), "registered"),
        "sram_1r1w" => Module::new(
            name,
            "Behavioural 1-read 1-write SRAM (the one memory model).",
        )
        .param("DEPTH", 1024, "words")
        .param("WIDTH", 32, "bits per word")
        .input("clk_i", 1, "")
        .input("we_i", 1, "")
        .input(
            "waddr_i",
            Width::of("((DEPTH > 1) ? $clog2(DEPTH) : 1)", 10),
            "",
        )
        .input("wdata_i", Width::of("WIDTH", 32), "")
        .input("re_i", 1, "")
        .input(
            "raddr_i",
            Width::of("((DEPTH > 1) ? $clog2(DEPTH) : 1)", 10),
            "",
        )
        .output(
            "rdata_o",
            Width::of("WIDTH", 32),
            "read data, one cycle after re_i",
        ),
        "sufa_div" => Module::new(
            name,
            "SU-FA divider: q = sat16(div_round(n, d)), 18 cycles.",
        )
        .param("N_W", 48, "")
        .param("D_W", 32, "")
        .input("clk_i", 1, "")
        .input("start_i", 1, "")
        .input("n_i", Width::of("N_W", 48), "")
        .input("d_i", Width::of("D_W", 32), "")
        .output("q_o", 16, ""),
        "sufa_exp2" => {
            let mut m = Module::new(
                name,
                "SU-FA exp2 unit: p = exp2q(-u) in UQ1.15, two register stages.",
            )
            .param("LUT", "{(129*18){1'b0}}", "129 entries of 18 bits")
            .input("clk_i", 1, "")
            .input("u_i", 15, "u = min(-t, 16384)")
            .output("p_o", 16, "p, two cycles after u_i");
            m.params[0].kind = "[129*18-1:0]".into();
            m
        }
        "sufa_mac" => Module::new(name, "SU-FA multiply-accumulate PE: y = c + a * b, signed.")
            .param("A_W", 16, "")
            .param("B_W", 16, "")
            .param("C_W", 40, "")
            .input("a_i", Width::of("A_W", 16), "")
            .input("b_i", Width::of("B_W", 16), "")
            .input("c_i", Width::of("C_W", 40), "")
            .output("y_o", Width::of("C_W", 40), ""),
        "sufa_scale" => Module::new(name, "SU-FA merge scaling: y = rshift_round(a * f, 15).")
            .param("A_W", 48, "")
            .input("a_i", Width::of("A_W", 48), "")
            .input("f_i", 16, "")
            .output("y_o", Width::of("A_W", 48), ""),
        "sufa_pscale" => Module::new(
            name,
            "SU-FA merge scaling in two stages: y = rshift_round(a * f, 15), two edges later.",
        )
        .param("A_W", 48, "")
        .input("clk_i", 1, "")
        .input("a_i", Width::of("A_W", 48), "")
        .input("f_i", 16, "")
        .output("y_o", Width::of("A_W", 48), ""),
        "sufa_zscale" => Module::new(
            name,
            "SU-FA log2-domain score z = rshift_round(s * MZ, SZ), four register stages.",
        )
        .param("S_W", 40, "")
        .input("clk_i", 1, "")
        .input("s_i", Width::of("S_W", 40), "")
        .input("mz_i", 16, "")
        .input("sz_i", 6, "")
        .output("z_o", Width::msb("S_W+17", 58), ""),
        "rass" => {
            let (t, n) = (num(extra, "t"), num(extra, "n"));
            let (kw, tw) = (num(extra, "key_w"), num(extra, "tile_w"));
            let tile = super::Stream::new("in", "one selected key of a tile")
                .field("key", Width::of("KEY_W", kw), "")
                .field("tile", Width::of("TILE_W", tw), "")
                .field("mask", Width::of("T", t), "rows that selected the key")
                .field("last", 1, "last key of the tile");
            let mut out = tile.clone();
            out.prefix = "out".into();
            out.doc = "the tile's keys, most-needed first".into();
            Module::new(
                name,
                "Reuse-aware schedule (RASS): a tile's keys, most-needed first.",
            )
            .param("T", t, "rows (mask width)")
            .param("N", n, "largest number of selected keys in one tile")
            .param("KEY_W", kw, "")
            .param("TILE_W", tw, "")
            .clock_reset(r)
            .sink(&tile)
            .source(&out)
            .output("idle_o", 1, "nothing accepted is still in flight")
        }
        "router" => {
            let (dw, xw, yw) = (num(extra, "data_w"), num(extra, "xw"), num(extra, "yw"));
            let fw = dw + 2 * (xw + yw) + 3;
            let flit = Width::of("DATA_W+2*(XW+YW)+3", fw);
            let mut m = Module::new(name, "Mesh router: 5 ports, XY routing, wormhole outputs.")
                .param("DATA_W", dw, "payload bits per flit")
                .param("XW", xw, "x coordinate width")
                .param("YW", yw, "y coordinate width")
                .param("X", 0, "this router's column")
                .param("Y", 0, "this router's row")
                .param(
                    "DEPTH",
                    var(extra, "depth"),
                    "input FIFO depth (power of two, >= 2)",
                )
                .clock_reset(r);
            for p in ["l", "n", "e", "s", "w"] {
                let fin =
                    super::Stream::new(&format!("{p}_in"), "").field("flit", flit.clone(), "");
                let fout =
                    super::Stream::new(&format!("{p}_out"), "").field("flit", flit.clone(), "");
                m = m.sink(&fin).source(&fout);
            }
            m
        }
        _ => return None,
    };
    Some(m)
}
