//! The design being generated: modules (tera leaves or Rust-written structure), their
//! dependencies, and the conventions every module shares (banner, reset style, names).
//!
//! A module's parameters, ports and streams are data ([`Param`], [`Port`], [`Stream`]): the
//! header is printed from them, instances are checked against them ([`Instance`]), and the
//! tree's README and the hand-off files read them. Nothing parses emitted Verilog.

use crate::config::{Config, ResetStyle};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

mod leaves;

// Leaf templates (`templates/*.v.tera`), embedded by build.rs so the binary is self-contained.
// Each holds one module; tera tags are `[[ var ]]` and `[% block %]`. A converted leaf prints its
// header from the Rust declaration in `rtl/leaves.rs` at `[[ header ]]`.
include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// Width of a port: the msb expression as printed (`ACC_W-1`, `15`; empty for one bit) and the
/// number of bits at the parameters' default values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Width {
    pub msb: String,
    pub bits: u32,
}

impl Width {
    /// A fixed width of `n` bits.
    pub fn bits(n: u32) -> Width {
        assert!(n >= 1, "zero-width port");
        Width {
            msb: if n == 1 {
                String::new()
            } else {
                (n - 1).to_string()
            },
            bits: n,
        }
    }

    /// `[expr-1:0]`, where `expr` (a parameter or an expression of them) is `n` by default.
    pub fn of(expr: &str, n: u32) -> Width {
        Width {
            msb: format!("{expr}-1"),
            bits: n,
        }
    }

    /// `[msb:0]` with an explicit msb expression.
    pub fn msb(msb: &str, n: u32) -> Width {
        Width {
            msb: msb.into(),
            bits: n,
        }
    }

    fn range(&self) -> String {
        if self.msb.is_empty() {
            String::new()
        } else {
            format!("[{}:0]", self.msb)
        }
    }
}

impl From<u32> for Width {
    fn from(n: u32) -> Width {
        Width::bits(n)
    }
}

/// A port of a generated module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: String,
    pub input: bool,
    /// Bits at the parameters' default values.
    pub width: u32,
    /// Msb expression as printed (empty for one bit).
    pub msb: String,
    /// An `output reg` (the module assigns it in an `always` block).
    pub reg: bool,
    pub doc: String,
}

impl Port {
    /// The declaration as printed in the header, without comma or comment.
    pub fn decl(&self) -> String {
        let range = if self.msb.is_empty() {
            String::new()
        } else {
            format!("[{}:0] ", self.msb)
        };
        format!(
            "{} {} {range}{}",
            if self.input { "input " } else { "output" },
            if self.reg { "reg " } else { "wire" },
            self.name
        )
    }
}

/// A parameter of a generated module (`parameter NAME = VALUE`), its default and its doc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    /// Declaration prefix between `parameter` and the name (`[65*17-1:0]`), usually empty.
    pub kind: String,
    pub value: String,
    pub doc: String,
}

/// A ready/valid stream: `<prefix>_valid`, `<prefix>_ready` and one port per data field
/// (`<prefix>_<field>`). A beat moves in a cycle where valid and ready are both high.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stream {
    pub prefix: String,
    pub fields: Vec<(String, Width, String)>,
    pub doc: String,
}

impl Stream {
    pub fn new(prefix: &str, doc: &str) -> Stream {
        Stream {
            prefix: prefix.into(),
            fields: Vec::new(),
            doc: doc.into(),
        }
    }

    pub fn field(mut self, name: &str, w: impl Into<Width>, doc: &str) -> Stream {
        self.fields.push((name.into(), w.into(), doc.into()));
        self
    }

    /// Ports of the stream on a module that consumes it (`sink`) or produces it.
    pub fn ports(&self, sink: bool) -> Vec<Port> {
        let (din, dout) = if sink { ("i", "o") } else { ("o", "i") };
        let mut v = vec![
            Port {
                name: format!("{}_valid_{din}", self.prefix),
                input: sink,
                width: 1,
                msb: String::new(),
                reg: false,
                doc: self.doc.clone(),
            },
            Port {
                name: format!("{}_ready_{dout}", self.prefix),
                input: !sink,
                width: 1,
                msb: String::new(),
                reg: false,
                doc: String::new(),
            },
        ];
        for (n, w, doc) in &self.fields {
            v.push(Port {
                name: format!("{}_{n}_{din}", self.prefix),
                input: sink,
                width: w.bits,
                msb: w.msb.clone(),
                reg: false,
                doc: doc.clone(),
            });
        }
        v
    }
}

/// One generated module: its name, doc line, parameters, ports and streams, its text (from the
/// first comment line to `endmodule`) and the full names of the modules it instantiates.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub name: String,
    pub body: String,
    pub deps: Vec<String>,
    /// One line saying what the module is (the README's module table).
    pub doc: String,
    pub params: Vec<Param>,
    pub ports: Vec<Port>,
    /// Streams among `ports`: (stream, true when the module consumes it).
    pub streams: Vec<(Stream, bool)>,
    /// Instances of a module of `deps` in one instance of this one, generate loops multiplied
    /// out (rows x per-row instances); a dep not listed here is instantiated once. The memory
    /// listing walks these counts from the top.
    pub counts: BTreeMap<String, u64>,
}

impl Module {
    /// A module declared port by port; finish it with [`Module::finish`].
    pub fn new(name: &str, doc: &str) -> Module {
        Module {
            name: name.into(),
            doc: doc.into(),
            ..Module::default()
        }
    }

    pub fn param(mut self, name: &str, value: impl std::fmt::Display, doc: &str) -> Module {
        self.params.push(Param {
            name: name.into(),
            kind: String::new(),
            value: value.to_string(),
            doc: doc.into(),
        });
        self
    }

    fn port(mut self, name: &str, input: bool, reg: bool, w: Width, doc: &str) -> Module {
        assert!(
            !self.ports.iter().any(|p| p.name == name),
            "{}: port {name} declared twice",
            self.name
        );
        let suffix_ok = if input {
            name.ends_with("_i") || name.ends_with("_ni")
        } else {
            name.ends_with("_o")
        };
        assert!(
            suffix_ok,
            "{}: port {name} breaks the _i/_o rule",
            self.name
        );
        self.ports.push(Port {
            name: name.into(),
            input,
            width: w.bits,
            msb: w.msb,
            reg,
            doc: doc.into(),
        });
        self
    }

    pub fn input(self, name: &str, w: impl Into<Width>, doc: &str) -> Module {
        self.port(name, true, false, w.into(), doc)
    }

    pub fn output(self, name: &str, w: impl Into<Width>, doc: &str) -> Module {
        self.port(name, false, false, w.into(), doc)
    }

    /// An output assigned in an `always` block of the module.
    pub fn output_reg(self, name: &str, w: impl Into<Width>, doc: &str) -> Module {
        self.port(name, false, true, w.into(), doc)
    }

    /// Clock and the configured reset.
    pub fn clock_reset(self, r: &Reset) -> Module {
        self.input("clk_i", 1, "").input(r.port, 1, "")
    }

    /// The ports of a stream this module consumes.
    pub fn sink(mut self, s: &Stream) -> Module {
        for p in s.ports(true) {
            self = self.port(&p.name, p.input, false, Width::msb(&p.msb, p.width), &p.doc);
        }
        self.streams.push((s.clone(), true));
        self
    }

    /// The ports of a stream this module produces.
    pub fn source(mut self, s: &Stream) -> Module {
        for p in s.ports(false) {
            self = self.port(&p.name, p.input, false, Width::msb(&p.msb, p.width), &p.doc);
        }
        self.streams.push((s.clone(), false));
        self
    }

    /// A port by name.
    pub fn port_named(&self, name: &str) -> &Port {
        self.ports
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{} has no port {name}", self.name))
    }

    /// The `module ... );` header printed from the declarations, columns aligned.
    pub fn header(&self) -> String {
        let mut s = format!("module {}", self.name);
        if !self.params.is_empty() {
            s.push_str(" #(\n");
            let nw = self.params.iter().map(|p| p.name.len()).max().unwrap_or(0);
            let lines: Vec<String> = self
                .params
                .iter()
                .map(|p| {
                    let kind = if p.kind.is_empty() {
                        String::new()
                    } else {
                        format!("{} ", p.kind)
                    };
                    format!("    parameter {kind}{:<nw$} = {}", p.name, p.value)
                })
                .collect();
            push_list(&mut s, &lines, self.params.iter().map(|p| p.doc.as_str()));
            s.push_str(") (\n");
        } else {
            s.push_str(" (\n");
        }
        let dw = self
            .ports
            .iter()
            .map(|p| Width::msb(&p.msb, p.width).range().len())
            .max()
            .unwrap_or(0);
        let lines: Vec<String> = self
            .ports
            .iter()
            .map(|p| {
                let r = Width::msb(&p.msb, p.width).range();
                format!(
                    "    {} {} {r:<dw$} {}",
                    if p.input { "input " } else { "output" },
                    if p.reg { "reg " } else { "wire" },
                    p.name
                )
            })
            .collect();
        push_list(&mut s, &lines, self.ports.iter().map(|p| p.doc.as_str()));
        s.push_str(");\n");
        s
    }

    /// Completes a declared module: `comment` (lines after the doc line, without `//`), the
    /// header, then `rest` (the module's items and `endmodule`).
    pub fn finish(mut self, comment: &str, rest: &str, deps: Vec<String>) -> Module {
        let mut s = format!("// {}\n", self.doc);
        for l in comment.lines() {
            s.push_str(if l.is_empty() { "//" } else { "// " });
            s.push_str(l);
            s.push('\n');
        }
        s.push_str(&self.header());
        s.push_str(rest);
        self.body = s;
        self.deps = deps;
        self
    }

    /// Ports of the module, as declared.
    pub fn ports(&self) -> Vec<Port> {
        self.ports.clone()
    }

    /// Declares `n` instances of `child` (one of `deps`) in one instance of this module: every
    /// instance statement times the iterations of the generate loops around it.
    pub fn instances(mut self, child: &str, n: u64) -> Module {
        self.counts.insert(child.into(), n);
        self
    }

    /// Instances of `child` in one instance of this module (0 when it is not a dep).
    pub fn count_of(&self, child: &str) -> u64 {
        if self.deps.iter().any(|d| d == child) {
            self.counts.get(child).copied().unwrap_or(1)
        } else {
            0
        }
    }
}

/// Tag of every simulation-only protocol check message; the harnesses count lines with it as
/// failures (testbenches/common/tb_print.h).
pub const PROTOCOL_TAG: &str = "STAR-PROTOCOL-ERROR";

impl Module {
    /// Simulation-only protocol checks (`ifndef SYNTHESIS) of every declared stream: a beat
    /// offered and not taken stays offered and unchanged until it moves, and valid is never
    /// unknown out of reset; plus `overflow` conditions `(expression, what)` that must never
    /// hold. Each violation prints [`PROTOCOL_TAG`], the instance and the time.
    pub fn protocol_checks(&self, r: &Reset, overflow: &[(&str, &str)]) -> String {
        let mut s = String::from(
            "`ifndef SYNTHESIS
    // ---- Protocol checks (simulation only) ----
    // A beat offered and not taken stays offered, unchanged, until it moves; valid is never
    // unknown out of reset; no buffer overflows. Violations print the tag the harnesses count.
",
        );
        let mut body = String::new();
        for (st, sink) in &self.streams {
            let ports = st.ports(*sink);
            let (valid, ready) = (&ports[0].name, &ports[1].name);
            let pre = &st.prefix;
            let data: Vec<&str> = ports[2..].iter().map(|p| p.name.as_str()).collect();
            let w: u32 = ports[2..].iter().map(|p| p.width).sum();
            let _ = write!(
                s,
                "    reg chk_{pre}_stall_q;  // {pre}: a beat was offered and not taken
    {ff} begin
        if ({act}) chk_{pre}_stall_q <= 1'b0;
        else chk_{pre}_stall_q <= {valid} && !{ready};
    end
",
                ff = r.always_ff(),
                act = r.active,
            );
            let held = if data.is_empty() {
                format!("!{valid}")
            } else {
                let _ = writeln!(
                    s,
                    "{}",
                    wrap_list(
                        &format!("    wire [{}:0] chk_{pre}_beat = {{", w - 1),
                        &data,
                        "};"
                    )
                );
                let _ = writeln!(s, "    reg  [{}:0] chk_{pre}_beat_q;", w - 1);
                let _ = writeln!(
                    s,
                    "    always @(posedge clk_i) chk_{pre}_beat_q <= chk_{pre}_beat;"
                );
                format!("!{valid} || chk_{pre}_beat !== chk_{pre}_beat_q")
            };
            let msg = format!(
                "\"{PROTOCOL_TAG} %m: {pre} beat dropped or changed while stalled, t=%0t\""
            );
            // A long stream prefix would pass 100 columns: the message then gets its own line.
            let display = if 16 + 9 + msg.len() < 100 {
                format!("$display({msg},\n                         $time);")
            } else {
                format!("$display(\n                    {msg},\n                    $time);")
            };
            let _ = write!(
                body,
                "            if (chk_{pre}_stall_q && ({held}))
                {display}
            if ({valid} === 1'bx)
                $display(\"{PROTOCOL_TAG} %m: {valid} unknown, t=%0t\", $time);
"
            );
        }
        for (cond, what) in overflow {
            let _ = write!(
                body,
                "            if ({cond})
                $display(\"{PROTOCOL_TAG} %m: {what}, t=%0t\", $time);
"
            );
        }
        let _ = write!(
            s,
            "    {ff} begin
        if (!({act})) begin
{body}        end
    end
`endif
",
            ff = r.always_ff(),
            act = r.active
        );
        s
    }
}

/// `head` + items joined by ", " + `tail`, continued under the first item when a line would pass
/// 100 columns.
pub fn wrap_list(head: &str, items: &[&str], tail: &str) -> String {
    let indent = " ".repeat(head.len());
    let mut s = String::new();
    let mut line = head.to_string();
    for (i, it) in items.iter().enumerate() {
        let item = format!("{it}{}", if i + 1 < items.len() { "," } else { tail });
        if line.len() > head.len() && line.len() + 1 + item.len() > 100 {
            s.push_str(line.trim_end());
            s.push('\n');
            line = indent.clone();
        } else if line.len() > head.len() {
            line.push(' ');
        }
        line.push_str(&item);
    }
    s.push_str(&line);
    s
}

/// Lines of a parameter or port list: commas, then `// doc` comments aligned when they fit.
fn push_list<'d>(s: &mut String, lines: &[String], docs: impl Iterator<Item = &'d str>) {
    let n = lines.len();
    let w = lines.iter().map(|l| l.len()).max().unwrap_or(0) + 1;
    for (i, (l, doc)) in lines.iter().zip(docs).enumerate() {
        let l = format!("{l}{}", if i + 1 < n { "," } else { "" });
        if doc.is_empty() {
            s.push_str(l.trim_end());
        } else if w + 4 + doc.len() <= 100 {
            let _ = write!(s, "{l:<w$}  // {doc}");
        } else if l.trim_end().len() + 4 + doc.len() <= 100 {
            let _ = write!(s, "{}  // {doc}", l.trim_end());
        } else {
            // Too long beside the declaration: the comment goes on the line above.
            let indent = l.len() - l.trim_start().len();
            let _ = write!(s, "{:indent$}// {doc}\n{}", "", l.trim_end());
        }
        s.push('\n');
    }
}

/// An instance of a declared module: parameters, then every port connected exactly once
/// (checked when printed), streams by one call.
pub struct Instance<'m> {
    module: &'m Module,
    name: String,
    params: Vec<(String, String)>,
    conns: Vec<(String, String)>,
}

impl<'m> Instance<'m> {
    pub fn new(module: &'m Module, name: &str) -> Instance<'m> {
        Instance {
            module,
            name: name.into(),
            params: Vec::new(),
            conns: Vec::new(),
        }
    }

    pub fn param(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        assert!(
            self.module.params.iter().any(|p| p.name == name),
            "{} has no parameter {name}",
            self.module.name
        );
        self.params.push((name.into(), value.to_string()));
        self
    }

    pub fn connect(mut self, port: &str, expr: impl std::fmt::Display) -> Self {
        self.module.port_named(port);
        assert!(
            !self.conns.iter().any(|(p, _)| p == port),
            "{}: port {port} connected twice",
            self.name
        );
        self.conns.push((port.into(), expr.to_string()));
        self
    }

    /// Connects a stream of the module (by its prefix) to wires `<wire>_valid`, `<wire>_ready`
    /// and `<wire>_<field>`.
    pub fn stream(mut self, prefix: &str, wire: &str) -> Self {
        let (st, sink) = self
            .module
            .streams
            .iter()
            .find(|(s, _)| s.prefix == prefix)
            .unwrap_or_else(|| panic!("{} has no stream {prefix}", self.module.name));
        for p in st.ports(*sink) {
            let field = p.name[prefix.len() + 1..]
                .rsplit_once('_')
                .expect("suffix")
                .0;
            self = self.connect(&p.name, format!("{wire}_{field}"));
        }
        self
    }

    /// The instance text at `indent` spaces, connections packed into lines of at most 100
    /// columns.
    pub fn render(&self, indent: usize) -> String {
        for p in &self.module.ports {
            assert!(
                self.conns.iter().any(|(n, _)| *n == p.name),
                "{}: port {} of {} not connected",
                self.name,
                p.name,
                self.module.name
            );
        }
        let pad = " ".repeat(indent);
        let mut s = format!("{pad}{}", self.module.name);
        if !self.params.is_empty() {
            let ps: Vec<String> = self
                .params
                .iter()
                .map(|(n, v)| format!(".{n}({v})"))
                .collect();
            let _ = write!(s, " #({})", ps.join(", "));
        }
        let _ = writeln!(s, " {} (", self.name);
        let items: Vec<String> = self
            .module
            .ports
            .iter()
            .map(|p| {
                let e = &self
                    .conns
                    .iter()
                    .find(|(n, _)| *n == p.name)
                    .expect("checked")
                    .1;
                format!(".{}({e})", p.name)
            })
            .collect();
        let inner = format!("{pad}    ");
        let mut line = inner.clone();
        let n = items.len();
        for (i, it) in items.iter().enumerate() {
            let item = format!("{it}{}", if i + 1 < n { "," } else { "" });
            if line.len() > inner.len() && line.len() + 1 + item.len() > 100 {
                s.push_str(line.trim_end());
                s.push('\n');
                line = inner.clone();
            }
            if line.len() > inner.len() {
                line.push(' ');
            }
            line.push_str(&item);
        }
        s.push_str(line.trim_end());
        let _ = write!(s, "\n{pad});\n");
        s
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

    /// Full module name of a short name: `lze` -> `star_lze`.
    pub fn name(&self, short: &str) -> String {
        format!("{}{}", self.cfg.prefix, short)
    }

    /// Adds a tera leaf (once) and returns its full name. `deps` are short names of leaves it
    /// instantiates, which are added too.
    pub fn leaf(&mut self, short: &str, deps: &[&str]) -> String {
        let deps = deps.iter().map(|d| self.leaf(d, &[])).collect();
        self.leaf_with(short, &[], deps)
    }

    /// Adds a tera leaf rendered with extra template variables (names of the modules it
    /// instantiates, widths); `deps` are full module names already added.
    pub fn leaf_with(
        &mut self,
        short: &str,
        extra: &[(&str, String)],
        deps: Vec<String>,
    ) -> String {
        let name = self.name(short);
        if !self.modules.contains_key(&name) {
            let m = leaves::declare(short, &name, extra, &self.reset())
                .unwrap_or_else(|| panic!("leaf {short} has no port declaration in rtl/leaves.rs"));
            let mut ex = extra.to_vec();
            ex.push(("header", m.header().trim_end().to_string()));
            ex.push(("checks", m.protocol_checks(&self.reset(), &[])));
            let body = self.render(short, &ex);
            let m = Module { body, deps, ..m };
            self.modules.insert(name.clone(), m);
        }
        name
    }

    /// A 1-read 1-write SRAM of one shape: a wrapper `<prefix>sram_<depth>x<width>` without
    /// parameters around the one memory model `<prefix>sram_1r1w`, listed in the manifest, so
    /// an ASIC flow replaces exactly the wrappers with macros of the same ports.
    pub fn sram(&mut self, depth: u32, width: u32) -> String {
        let short = format!("sram_{depth}x{width}");
        let name = self.name(&short);
        if !self.modules.contains_key(&name) {
            let model = self.leaf("sram_1r1w", &[]);
            // The model's ports at this shape: address ports of clog2(depth) bits, data ports of
            // `width`, each connected to the wrapper's port of the same name.
            let aw = clog2(depth as u64);
            let mut m = Module::new(
                &name,
                &format!("SRAM {depth} x {width}, one synchronous read port and one write port."),
            );
            let model_m = self.module(&model);
            let mut inst = Instance::new(model_m, "u_mem")
                .param("DEPTH", depth)
                .param("WIDTH", width);
            for p in &model_m.ports {
                let w = match p.msb.as_str() {
                    "" => 1,
                    "WIDTH-1" => width,
                    _ => aw,
                };
                m = m.port(&p.name, p.input, false, Width::bits(w), &p.doc);
                inst = inst.connect(&p.name, &p.name);
            }
            let inst = inst.render(4);
            let m = m.finish(
                "A shape wrapper without parameters: an ASIC flow replaces this module by a macro\n\
                 with the same ports (see manifest.json, \"srams\").",
                &format!("{inst}endmodule\n"),
                vec![model],
            );
            self.modules.insert(name.clone(), m);
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

    /// Adds a module written by Rust code, declared port by port ([`Module::finish`]).
    pub fn add(&mut self, m: Module) {
        assert!(
            !self.modules.contains_key(&m.name),
            "module {} emitted twice",
            m.name
        );
        assert!(
            !m.ports.is_empty(),
            "module {} has no declared ports",
            m.name
        );
        self.modules.insert(m.name.clone(), m);
    }

    /// Declares, after the module was added (a tera leaf, a module written by another
    /// function), that one `parent` holds `n` instances of `child`; see [`Module::instances`].
    pub fn set_instances(&mut self, parent: &str, child: &str, n: u64) {
        let m = self
            .modules
            .get_mut(parent)
            .unwrap_or_else(|| panic!("module {parent} not emitted"));
        assert!(
            m.deps.iter().any(|d| d == child),
            "{parent} does not instantiate {child}"
        );
        m.counts.insert(child.into(), n);
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

    fn leaf() -> Module {
        let s = Stream::new("in", "a beat")
            .field("key", Width::of("KW", 12), "")
            .field("last", 1, "");
        Module::new("m", "A module.")
            .param("KW", 12, "key bits")
            .input("clk_i", 1, "")
            .sink(&s)
            .output("n_o", Width::bits(4), "count")
    }

    #[test]
    fn header_is_printed_from_the_declarations() {
        let h = leaf().header();
        assert!(h.starts_with("module m #(\n    parameter KW = 12   // key bits\n) (\n"));
        assert!(h.contains("    input  wire [KW-1:0] in_key_i,\n"));
        assert!(h.contains("    output wire          in_ready_o,\n"));
        assert!(h.ends_with("    output wire [3:0]    n_o          // count\n);\n"));
        let m = leaf();
        assert_eq!(m.port_named("in_key_i").width, 12);
        assert_eq!(m.ports().len(), 6);
    }

    #[test]
    fn instances_connect_streams_in_one_call_and_check_every_port() {
        let m = leaf();
        let text = Instance::new(&m, "u_m")
            .param("KW", 8)
            .connect("clk_i", "clk_i")
            .stream("in", "a")
            .connect("n_o", "n")
            .render(4);
        assert!(text.starts_with("    m #(.KW(8)) u_m (\n"));
        assert!(text.contains(".in_valid_i(a_valid), .in_ready_o(a_ready), .in_key_i(a_key)"));
        let missing =
            std::panic::catch_unwind(|| Instance::new(&m, "u_m").connect("clk_i", "c").render(0));
        assert!(missing.is_err(), "an unconnected port must be refused");
    }

    #[test]
    #[should_panic(expected = "breaks the _i/_o rule")]
    fn port_names_follow_the_suffix_rule() {
        let _ = Module::new("m", "").input("data", 8, "");
    }
}
