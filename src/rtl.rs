//! The design being generated: modules (tera leaves or Rust-written structure), their
//! dependencies, and the conventions every module shares (banner, reset style, names).

use crate::config::{Config, ResetStyle};
use std::collections::{BTreeMap, BTreeSet};

// Leaf templates (`templates/*.v.tera`), embedded by build.rs so the binary is self-contained.
// Each holds one module; tera tags are `[[ var ]]` and `[% block %]`.
include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// One generated module: its full name, its text (from `module` to `endmodule`) and the full
/// names of the modules it instantiates.
#[derive(Clone, Debug)]
pub struct Module {
    pub name: String,
    pub body: String,
    pub deps: Vec<String>,
}

/// A port of a generated module, as declared (`input wire [N:0] name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: String,
    pub input: bool,
    pub width: u32,
}

impl Module {
    /// Ports of the module from its header. Widths must be numeric (true of every module the
    /// emitters write out; parameterised leaves are not connected this way).
    pub fn ports(&self) -> Vec<Port> {
        let header = self.body.split(");").next().unwrap_or("");
        header
            .lines()
            .map(|l| l.split("//").next().unwrap_or("").trim())
            .filter(|l| l.starts_with("input") || l.starts_with("output"))
            .map(|l| {
                let input = l.starts_with("input");
                let width = match (l.find('['), l.find(']')) {
                    (Some(a), Some(b)) => {
                        let (hi, lo) = l[a + 1..b].split_once(':').expect("range");
                        let hi: u32 = hi.trim().parse().unwrap_or_else(|_| {
                            panic!("{}: non-numeric port width in `{l}`", self.name)
                        });
                        hi - lo.trim().parse::<u32>().unwrap_or(0) + 1
                    }
                    _ => 1,
                };
                let name = l
                    .trim_end_matches(',')
                    .split_whitespace()
                    .last()
                    .expect("port name")
                    .to_string();
                Port { name, input, width }
            })
            .collect()
    }
}

/// A shape of on-chip memory, listed in the output so an ASIC flow can swap in macros.
#[derive(Clone, Debug, serde::Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct SramShape {
    pub module: String,
    pub depth: u32,
    pub width: u32,
}

/// Everything emitted for one configuration.
pub struct Design<'a> {
    pub cfg: &'a Config,
    modules: BTreeMap<String, Module>,
    pub srams: BTreeSet<SramShape>,
    /// Top modules (roots of the hierarchy), in the order they were declared.
    pub tops: Vec<String>,
}

impl<'a> Design<'a> {
    pub fn new(cfg: &'a Config) -> Self {
        Design {
            cfg,
            modules: BTreeMap::new(),
            srams: BTreeSet::new(),
            tops: Vec::new(),
        }
    }

    /// Full module name of a short name: `lze` → `star_lze`.
    pub fn name(&self, short: &str) -> String {
        format!("{}{}", self.cfg.prefix, short)
    }

    /// Adds a tera leaf (once) and returns its full name. `deps` are short names of leaves it
    /// instantiates, which are added too.
    pub fn leaf(&mut self, short: &str, deps: &[&str]) -> String {
        let name = self.name(short);
        if !self.modules.contains_key(&name) {
            let body = self.render(short, &[]);
            let deps = deps.iter().map(|d| self.leaf(d, &[])).collect();
            self.modules.insert(
                name.clone(),
                Module {
                    name: name.clone(),
                    body,
                    deps,
                },
            );
        }
        name
    }

    /// Adds a tera leaf rendered with extra template variables (names of the SRAM modules it
    /// instantiates, widths); `deps` are full module names already added.
    pub fn leaf_with(
        &mut self,
        short: &str,
        extra: &[(&str, String)],
        deps: Vec<String>,
    ) -> String {
        let name = self.name(short);
        if !self.modules.contains_key(&name) {
            let body = self.render(short, extra);
            self.modules.insert(
                name.clone(),
                Module {
                    name: name.clone(),
                    body,
                    deps,
                },
            );
        }
        name
    }

    /// A behavioural 1-read 1-write SRAM of one shape (`<prefix>sram_<depth>x<width>`, one module
    /// per shape so an ASIC flow can swap each for a macro), listed in the manifest.
    pub fn sram(&mut self, depth: u32, width: u32) -> String {
        let short = format!("sram_{depth}x{width}");
        let name = self.name(&short);
        if !self.modules.contains_key(&name) {
            let aw = clog2(depth as u64);
            let body = self.render(
                "sram_1r1w",
                &[
                    ("name", name.clone()),
                    ("depth", depth.to_string()),
                    ("width", width.to_string()),
                    ("addr_w", aw.to_string()),
                ],
            );
            self.modules.insert(
                name.clone(),
                Module {
                    name: name.clone(),
                    body,
                    deps: vec![],
                },
            );
            self.srams.insert(SramShape {
                module: name.clone(),
                depth,
                width,
            });
        }
        name
    }

    /// Renders template `short` with the common context plus `extra`.
    fn render(&self, short: &str, extra: &[(&str, String)]) -> String {
        let src = TEMPLATES
            .iter()
            .find(|(n, _)| *n == short)
            .unwrap_or_else(|| panic!("no template {short}"))
            .1;
        let mut tera = tera::Tera::new();
        // Verilog's replication `{{n{b}}}` collides with tera's default `{{`.
        tera.set_delimiters(tera::Delimiters {
            block_start: "[%".into(),
            block_end: "%]".into(),
            variable_start: "[[".into(),
            variable_end: "]]".into(),
            comment_start: "[#".into(),
            comment_end: "#]".into(),
        })
        .expect("valid delimiters");
        tera.add_raw_template(short, src)
            .unwrap_or_else(|e| panic!("template {short}: {e}"));
        let mut ctx = self.template_context();
        for (k, v) in extra {
            ctx.insert(k.to_string(), v);
        }
        tera.render(short, &ctx)
            .unwrap_or_else(|e| panic!("template {short}: {e}"))
    }

    /// Adds a module written by Rust code.
    pub fn add(&mut self, m: Module) {
        assert!(
            !self.modules.contains_key(&m.name),
            "module {} emitted twice",
            m.name
        );
        self.modules.insert(m.name.clone(), m);
    }

    pub fn contains(&self, name: &str) -> bool {
        self.modules.contains_key(name)
    }

    /// A module already emitted.
    pub fn module(&self, name: &str) -> &Module {
        self.modules
            .get(name)
            .unwrap_or_else(|| panic!("module {name} not emitted"))
    }

    /// Modules in dependency order (every module after what it instantiates), ties by name.
    pub fn ordered(&self) -> Vec<&Module> {
        let mut done: BTreeSet<&str> = BTreeSet::new();
        let mut out = Vec::new();
        fn visit<'m>(
            n: &'m str,
            mods: &'m BTreeMap<String, Module>,
            done: &mut BTreeSet<&'m str>,
            out: &mut Vec<&'m Module>,
        ) {
            if done.contains(n) {
                return;
            }
            done.insert(n);
            let m = mods
                .get(n)
                .unwrap_or_else(|| panic!("module {n} used but not emitted"));
            for d in &m.deps {
                visit(d, mods, done, out);
            }
            out.push(m);
        }
        for n in self.modules.keys() {
            visit(n, &self.modules, &mut done, &mut out);
        }
        out
    }

    fn template_context(&self) -> tera::Context {
        let mut ctx = tera::Context::new();
        let r = Reset::of(self.cfg);
        ctx.insert("prefix", &self.cfg.prefix);
        ctx.insert("rst_port", r.port);
        ctx.insert("always_ff", &r.always_ff());
        ctx.insert("rst_active", r.active);
        ctx
    }

    pub fn reset(&self) -> Reset {
        Reset::of(self.cfg)
    }
}

/// Spelling of the configured reset style.
#[derive(Clone, Copy)]
pub struct Reset {
    /// Port name: `rst_i` or `rst_ni`.
    pub port: &'static str,
    /// Condition that is true while reset is asserted.
    pub active: &'static str,
    asynchronous: bool,
}

impl Reset {
    pub fn of(cfg: &Config) -> Reset {
        match cfg.reset {
            ResetStyle::SyncHigh => Reset {
                port: "rst_i",
                active: "rst_i",
                asynchronous: false,
            },
            ResetStyle::AsyncLow => Reset {
                port: "rst_ni",
                active: "!rst_ni",
                asynchronous: true,
            },
        }
    }

    /// Sensitivity list of a register with reset.
    pub fn always_ff(&self) -> String {
        if self.asynchronous {
            "always @(posedge clk_i or negedge rst_ni)".into()
        } else {
            "always @(posedge clk_i)".into()
        }
    }
}

/// ⌈log2 n⌉ with a minimum of 1: the width of a counter over 0..n-1.
pub fn clog2(n: u64) -> u32 {
    if n <= 2 {
        1
    } else {
        64 - (n - 1).leading_zeros()
    }
}

/// Width of a counter that must hold the value n itself.
pub fn bits_for(n: u64) -> u32 {
    clog2(n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_are_read_from_the_header() {
        let m = Module {
            name: "m".into(),
            body: "module m (\n    input  wire        clk_i,\n    input  wire [15:0] a_i, // x\n    output wire [3:0]  b_o\n);\n    wire [7:0] c;\nendmodule\n".into(),
            deps: vec![],
        };
        let p = m.ports();
        assert_eq!(p.len(), 3);
        assert_eq!(
            p[1],
            Port {
                name: "a_i".into(),
                input: true,
                width: 16
            }
        );
        assert_eq!(
            p[2],
            Port {
                name: "b_o".into(),
                input: false,
                width: 4
            }
        );
    }
}
