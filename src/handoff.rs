//! Hand-off to FPGA and ASIC flows (issue 7): timing constraints (`constraints/star.sdc`, its AMD
//! twin `constraints/star.xdc`) and a FuseSoC CAPI2 core (`star.core`) for the tree's top.
//! Rendered from the tera templates in the repository's `constraints/` directory. The core's `sim`
//! target runs `tb/`: a self-checking Verilog testbench and its golden vectors (issue 14).

use crate::rtl::{Design, Module};
use std::collections::BTreeMap;

const SDC: &str = include_str!("../constraints/star.sdc.tera");
const XDC: &str = include_str!("../constraints/star.xdc.tera");
const CORE: &str = include_str!("../constraints/star.core.tera");

/// The AMD part of the core's `vivado` target (the one docs/handoff.md measures on).
pub const VIVADO_PART: &str = "xc7a200tsbg484-1";

/// Golden vectors of the testbench.
const TB_VECTORS: usize = 256;

/// Share of the clock period given to the logic outside the block on every data input and output.
pub const IO_DELAY_FRACTION: f64 = 0.2;

/// A port of the top, as declared.
struct Port {
    name: String,
    output: bool,
    vector: bool,
}

/// Ports of a module, from its declared ports.
fn ports(m: &Module) -> Vec<Port> {
    m.ports
        .iter()
        .map(|p| Port {
            name: p.name.clone(),
            output: !p.input,
            vector: !p.msb.is_empty(),
        })
        .collect()
}

/// `parameter NAME = VALUE` declarations of a module, in order.
fn parameters(m: &Module) -> Vec<(String, String)> {
    m.params
        .iter()
        .map(|p| (p.name.clone(), p.value.clone()))
        .collect()
}

/// `{a b[*] c}`: a Tcl list of port patterns (vector bits as `name[*]`, which every tool matches).
fn port_list<'a>(ports: impl Iterator<Item = &'a Port>) -> String {
    let names: Vec<String> = ports
        .map(|p| {
            if p.vector {
                format!("{}[*]", p.name)
            } else {
                p.name.clone()
            }
        })
        .collect();
    format!("{{{}}}", names.join(" "))
}

fn render(name: &str, src: &str, ctx: &tera::Context) -> String {
    let mut t = tera::Tera::new();
    t.add_raw_template(name, src)
        .unwrap_or_else(|e| panic!("template {name}: {e}"));
    t.render(name, ctx)
        .unwrap_or_else(|e| panic!("template {name}: {e}"))
}

/// The hand-off files for the design's main top (the last of `tops`), by relative path.
pub fn files(design: &Design) -> Vec<(String, String)> {
    let cfg = design.cfg;
    let ordered = design.ordered();
    let Some(top) = design
        .tops
        .last()
        .and_then(|t| ordered.iter().find(|m| &m.name == t))
    else {
        return Vec::new();
    };
    let reset = design.reset();
    let ports = ports(top);
    // A synchronous reset is timed like any input; an asynchronous one is a false path.
    let reset_async = cfg.reset == crate::config::ResetStyle::AsyncLow;
    let data_in = ports
        .iter()
        .filter(|p| !p.output && p.name != "clk_i" && !(reset_async && p.name == reset.port));
    let period = cfg.clock_ns;
    let mut ctx = tera::Context::new();
    ctx.insert("top", &top.name);
    ctx.insert("vlnv", &vlnv(design, &top.name));
    ctx.insert("vivado_part", VIVADO_PART);
    let (tb_path, vec_path, tb_top) = tb_names(cfg);
    ctx.insert("tb_file", &tb_path);
    ctx.insert("tb_vectors", &vec_path);
    ctx.insert(
        "tb_vectors_name",
        vec_path.rsplit('/').next().unwrap_or(&vec_path),
    );
    ctx.insert("tb_top", &tb_top);
    ctx.insert("version", crate::tree::VERSION);
    ctx.insert("hash", &cfg.hash());
    ctx.insert("period", &format!("{period:.3}"));
    ctx.insert("mhz", &format!("{:.1}", 1000.0 / period));
    ctx.insert("io_percent", &format!("{:.0}", IO_DELAY_FRACTION * 100.0));
    ctx.insert("io_delay", &format!("{:.3}", period * IO_DELAY_FRACTION));
    ctx.insert("reset_port", reset.port);
    ctx.insert("reset_async", &reset_async);
    ctx.insert("inputs", &port_list(data_in));
    ctx.insert("outputs", &port_list(ports.iter().filter(|p| p.output)));
    let rtl: Vec<String> = ordered
        .iter()
        .map(|m| format!("rtl/{}.v", m.name))
        .collect();
    ctx.insert("rtl_files", &rtl);
    let params: Vec<BTreeMap<&str, String>> = parameters(top)
        .into_iter()
        .map(|(name, value)| {
            let int = value.parse::<i64>().is_ok();
            BTreeMap::from([
                ("name", name),
                ("datatype", if int { "int" } else { "str" }.to_string()),
                ("value", value),
            ])
        })
        .collect();
    let names: Vec<&str> = params.iter().map(|p| p["name"].as_str()).collect();
    ctx.insert("param_names", &names.join(", "));
    ctx.insert("params", &params);

    let hash_banner = crate::tree::banner(cfg, "#");
    let mut out = Vec::new();
    for (path, tmpl) in [
        ("constraints/star.sdc", SDC),
        ("constraints/star.xdc", XDC),
        ("star.core", CORE),
    ] {
        let mut c = ctx.clone();
        c.insert("banner", hash_banner.trim_end());
        // tera drops the template's final newline; POSIX text files end with one.
        let mut text = render(path, tmpl, &c);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        out.push((path.to_string(), text));
    }
    out.extend(testbench(design));
    out
}

/// FuseSoC VLNV of the tree: the config hash in the name keeps trees of different
/// configurations apart in one library.
pub fn vlnv(design: &Design, top: &str) -> String {
    format!(
        "star-gen:star:{top}_{}:{}",
        design.cfg.hash(),
        crate::tree::VERSION
    )
}

/// (testbench file, vectors file, testbench module) of a configuration.
fn tb_names(cfg: &crate::config::Config) -> (String, String, String) {
    let top = format!("{}tb_output_stage", cfg.prefix);
    (
        format!("tb/{top}.v"),
        "tb/output_stage.hex".to_string(),
        top,
    )
}

/// splitmix64: the testbench's vectors are a fixed function of the configuration.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The `sim` target's testbench: the K/V generation's output stage (`rshift_round` by a run-time
/// shift, then saturation to INT16) at this configuration's accumulator width, checked against
/// vectors from the golden model (`numerics::rshift_round`, `numerics::sat`). It prints
/// `N passed, N failed` and ends with `$fatal` on any mismatch, so the simulator fails.
fn testbench(design: &Design) -> Vec<(String, String)> {
    use crate::numerics::{rshift_round, sat};
    let cfg = design.cfg;
    let w = crate::kvgen::Geometry::of(cfg).acc_w;
    let (tb_path, vec_path, tb_top) = tb_names(cfg);
    let vec_name = vec_path.rsplit('/').next().unwrap_or(&vec_path);
    let p = &cfg.prefix;
    let lo = -(1i128 << (w - 1));
    let hi = (1i128 << (w - 1)) - 1;
    // Edges first (extremes, rounding ties, the saturation bounds), then random values of random
    // magnitude with shifts across 0..=63.
    let mut xs: Vec<(i128, u32)> = vec![
        (0, 0),
        (1, 1),
        (-1, 1),
        (3, 1),
        (-3, 1),
        (hi, 0),
        (lo, 0),
        (hi, 1),
        (lo, 1),
        (32767, 0),
        (32768, 0),
        (-32768, 0),
        (-32769, 0),
        (65535, 1),
        (65536, 1),
        (hi, w - 1),
        (lo, w - 1),
        (lo, w),
        (hi, 63),
        (lo, 63),
    ];
    let mut st = u64::from_str_radix(&cfg.hash()[..16], 16).unwrap_or(1);
    while xs.len() < TB_VECTORS {
        let mag = (splitmix(&mut st) % u64::from(w)) as u32;
        let r = splitmix(&mut st) as i128 & ((1i128 << mag) - 1);
        let x = if splitmix(&mut st) & 1 == 1 {
            -r - 1
        } else {
            r
        };
        let sh = (splitmix(&mut st) % 64) as u32;
        xs.push((x.clamp(lo, hi), sh));
    }
    let bits = w as usize + 6 + 16;
    let digits = bits.div_ceil(4);
    let mask = |v: i128, b: u32| (v as u128) & ((1u128 << b) - 1);
    let mut hex = format!(
        "// star-gen {} | config {} | {{x, sh, y}} per line, y = sat16(rshift_round(x, sh))\n",
        crate::tree::VERSION,
        cfg.hash()
    );
    for &(x, sh) in &xs {
        let y = sat(rshift_round(x, sh), 16) as i128;
        let word = (mask(x, w) << 22) | ((sh as u128) << 16) | mask(y, 16);
        hex.push_str(&format!("{word:0digits$x}\n"));
    }
    let n = xs.len();
    let tb = format!(
        "{banner}`timescale 1ns / 1ps
`default_nettype none

// Self-checking testbench of the K/V output stage at this configuration's accumulator width
// ({w} bits): y = sat16(rshift_round(x, sh)), against {n} golden vectors {{x, sh, y}} that
// star-gen wrote from its model into {vec_path}. Prints `N passed, N failed` and stops with
// $fatal on a mismatch. The vectors file is read from the simulator's working directory
// (FuseSoC copies it there) or from +vectors=PATH.
module {tb_top};
    localparam IN_W = {w};
    localparam N    = {n};
    reg  [IN_W+21:0]  vec_q [0:N-1];
    reg  [IN_W-1:0]   x;
    reg  [5:0]        sh;
    reg  [15:0]       want;
    wire [IN_W:0]     rounded;
    wire [15:0]       y;
    reg  [8*256-1:0]  path;
    integer           i;
    integer           fails;

    {p}rshift_round #(.IN_W(IN_W)) u_round (.x_i(x), .sh_i(sh), .y_o(rounded));
    {p}sat #(.IN_W(IN_W+1), .OUT_W(16)) u_sat (.x_i(rounded), .y_o(y));

    initial begin
        if (!$value$plusargs(\"vectors=%s\", path)) path = \"{vec_name}\";
        for (i = 0; i < N; i = i + 1) vec_q[i] = {{(IN_W+22){{1'bx}}}};
        $readmemh(path, vec_q);
        fails = 0;
        for (i = 0; i < N; i = i + 1) begin
            {{x, sh, want}} = vec_q[i];
            #1;
            if (y !== want) begin
                fails = fails + 1;
                $display(\"MISMATCH vector %0d: x=%h sh=%0d y=%h expected %h\", i, x, sh, y, want);
            end
        end
        $display(\"{tb_top}: %0d passed, %0d failed\", N - fails, fails);
        if (fails != 0) $fatal(1, \"{tb_top}: %0d mismatches\", fails);
        $finish;
    end
endmodule

`default_nettype wire
",
        banner = crate::tree::banner(cfg, "//"),
    );
    vec![(tb_path, tb), (vec_path, hex)]
}

/// Adds the hand-off files to a rendered tree and lists them in its README.
pub fn insert(design: &Design, files: &mut BTreeMap<String, String>) {
    let new = self::files(design);
    if new.is_empty() {
        return;
    }
    let cfg = design.cfg;
    let top = design.tops.last().cloned().unwrap_or_default();
    let (tb_path, vec_path, _) = tb_names(cfg);
    if let Some(readme) = files.get_mut("README.md") {
        readme.push_str(&format!(
            "\n## Hand-off to FPGA and ASIC flows\n\n| file | use |\n|---|---|\n\
             | `constraints/star.sdc` | SDC timing constraints (OpenSTA, Synopsys/Cadence, Quartus) |\n\
             | `constraints/star.xdc` | the same for AMD Vivado |\n\
             | `star.core` | FuseSoC CAPI2 core `{vlnv}` (license Apache-2.0) |\n\
             | `{tb_path}`, `{vec_path}` | self-checking testbench of the core's `sim` target |\n\n\
             FuseSoC targets (FuseSoC 2.x flow API): `default` (the RTL: what a core that depends on\n\
             this one gets), `lint` (Verilator `--lint-only -Wall`), `sim` (Icarus: the K/V output\n\
             stage at this configuration's widths against {n} golden vectors star-gen wrote; prints\n\
             `N passed, N failed` and fails on a mismatch), `synth` (RTL + SDC, the generic target:\n\
             yosys `synth_ecp5` through FuseSoC's generic flow; the SDC serves SDC-reading tools),\n\
             `vivado` (RTL + XDC, part `{part}`). The name carries the config hash, so trees of\n\
             several configurations can sit in one library. Keep FuseSoC's own files (`fusesoc.conf`,\n\
             `build/`) outside this directory: star-gen refuses to replace a tree holding files it\n\
             did not write. For example, from the directory above the tree:\n\n\
             ```sh\n\
             fusesoc --cores-root TREE run --target lint {vlnv}\n\
             fusesoc --cores-root TREE run --target sim {vlnv}\n\
             ```\n\n\
             Without FuseSoC, from this directory: `iverilog -g2005 -o /tmp/star_tb -c star.f {tb_path}`,\n\
             then `vvp -n /tmp/star_tb +vectors={vec_path}`.\n\
             See star-gen's `docs/handoff.md` for the flows and measured figures.\n",
            vlnv = vlnv(design, &top),
            part = VIVADO_PART,
            n = TB_VECTORS,
        ));
    }
    files.extend(new);
}
