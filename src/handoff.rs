//! Hand-off to FPGA and ASIC flows (issue 7): timing constraints (`constraints/star.sdc`, its AMD
//! twin `constraints/star.xdc`) and a FuseSoC CAPI2 core (`star.core`) for the tree's top.
//! Rendered from the tera templates in the repository's `constraints/` directory.

use crate::rtl::{Design, Module};
use std::collections::BTreeMap;

const SDC: &str = include_str!("../constraints/star.sdc.tera");
const XDC: &str = include_str!("../constraints/star.xdc.tera");
const CORE: &str = include_str!("../constraints/star.core.tera");

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
    out
}

/// Adds the hand-off files to a rendered tree and lists them in its README.
pub fn insert(design: &Design, files: &mut BTreeMap<String, String>) {
    let new = self::files(design);
    if new.is_empty() {
        return;
    }
    if let Some(readme) = files.get_mut("README.md") {
        readme.push_str(
            "\n## Hand-off to FPGA and ASIC flows\n\n| file | use |\n|---|---|\n\
             | `constraints/star.sdc` | SDC timing constraints (OpenSTA, Synopsys/Cadence, Quartus) |\n\
             | `constraints/star.xdc` | the same for AMD Vivado |\n\
             | `star.core` | FuseSoC CAPI2 core: targets `default`, `lint` (Verilator), `sim` (Icarus) |\n\n\
             See star-gen's `docs/handoff.md` for the flows and measured figures.\n",
        );
    }
    files.extend(new);
}
