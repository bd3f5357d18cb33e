//! Text rules of the generated Verilog (issue 10), checked on the default tree and on every
//! testbench configuration: ASCII only, lines of at most 100 columns, files of at most 600
//! lines, `_i`/`_ni`/`_o` port names, and every register (`<=` target) assigned in one
//! `always` block only.
//!
//! Modules whose emitters are still being converted are listed in `KNOWN_OFFENDERS` with the
//! rule they break; the rule itself is never weakened. Remove an entry when its module is
//! fixed: the test also fails on an entry that no longer offends, so the list only shrinks.

use star_gen::config::Config;
use std::collections::{BTreeMap, BTreeSet};

/// (module without prefix, rule) pairs known to break a rule today: none. Keep it empty.
const KNOWN_OFFENDERS: &[(&str, &str)] = &[];

const MAX_COLS: usize = 100;
const MAX_LINES: usize = 600;

/// Rules a module's text breaks.
fn violations(name: &str, text: &str, ports: &[star_gen::rtl::Port]) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut add = |rule: &str, what: String| v.push((rule.to_string(), what));
    if let Some((n, l)) = text.lines().enumerate().find(|(_, l)| !l.is_ascii()) {
        add("ascii", format!("line {}: {l}", n + 1));
    }
    if let Some((n, l)) = text.lines().enumerate().find(|(_, l)| l.len() > MAX_COLS) {
        add(
            "line-length",
            format!("line {} has {} columns", n + 1, l.len()),
        );
    }
    let lines = text.lines().count();
    if lines > MAX_LINES {
        add("file-length", format!("{lines} lines"));
    }
    for p in ports {
        let ok = if p.input {
            p.name.ends_with("_i") || p.name.ends_with("_ni")
        } else {
            p.name.ends_with("_o")
        };
        if !ok {
            add("port-naming", format!("port {}", p.name));
        }
    }
    // One assignment site per register: the `always` blocks that assign each `<=` target.
    let mut sites: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut block = 0usize;
    for l in text.lines() {
        let code = l.split("//").next().unwrap_or("");
        if code.trim_start().starts_with("always") {
            block += 1;
        }
        if let Some((lhs, _)) = code.split_once("<=") {
            // `a <= b` as an assignment, not a comparison inside an expression.
            let lhs = lhs.trim();
            let target = lhs.rsplit([' ', '(', ')']).next().unwrap_or("");
            let base = target.split('[').next().unwrap_or("");
            let is_assign = !lhs.contains('=') && !lhs.contains('<') && !lhs.contains('>');
            if is_assign && !base.is_empty() && block > 0 {
                sites.entry(base.to_string()).or_default().insert(block);
            }
        }
    }
    for (reg, blocks) in sites {
        if blocks.len() > 1 {
            add(
                "one-assignment-site",
                format!("{reg} in {} always blocks", blocks.len()),
            );
        }
    }
    let _ = name;
    v
}

fn configs() -> Vec<(String, Config)> {
    let mut out = vec![(
        "default --cores 16".to_string(),
        Config::from_yaml("cores: 16\n").expect("default config"),
    )];
    let root = env!("CARGO_MANIFEST_DIR");
    let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/testbenches"))
        .expect("testbenches/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .flat_map(|e| std::fs::read_dir(e.path()).expect("engine dir"))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("config readable");
        let cfg = Config::from_yaml(&text).expect("testbench config valid");
        out.push((p.display().to_string(), cfg));
    }
    out
}

#[test]
fn generated_verilog_follows_the_text_rules() {
    let mut found: BTreeMap<(String, String), String> = BTreeMap::new();
    for (label, cfg) in configs() {
        let design = star_gen::tree::build(&cfg);
        let files = star_gen::tree::render(&design);
        for m in design.ordered() {
            let text = &files[&format!("rtl/{}.v", m.name)];
            // Keyed by the name without the config's prefix (`star_`, `sf_`, ...).
            let short = m.name.strip_prefix(&cfg.prefix).unwrap_or(&m.name);
            for (rule, what) in violations(&m.name, text, &m.ports) {
                found
                    .entry((short.to_string(), rule))
                    .or_insert_with(|| format!("{label}: {what}"));
            }
        }
    }
    let known: BTreeSet<(String, String)> = KNOWN_OFFENDERS
        .iter()
        .map(|(m, r)| (m.to_string(), r.to_string()))
        .collect();
    let mut errors = Vec::new();
    for ((m, rule), what) in &found {
        if !known.contains(&(m.clone(), rule.clone())) {
            errors.push(format!("{m} breaks {rule} ({what})"));
        }
    }
    for (m, rule) in &known {
        if !found.contains_key(&(m.clone(), rule.clone())) {
            errors.push(format!(
                "{m} no longer breaks {rule}: remove it from KNOWN_OFFENDERS"
            ));
        }
    }
    let offenders: Vec<String> = found
        .keys()
        .filter(|k| known.contains(*k))
        .map(|(m, r)| format!("{m}: {r}"))
        .collect();
    eprintln!(
        "text rules: known offenders still listed: {}",
        offenders.join(", ")
    );
    assert!(errors.is_empty(), "text rules:\n  {}", errors.join("\n  "));
}

#[test]
fn the_checker_catches_each_rule() {
    let p = |name: &str, input: bool| star_gen::rtl::Port {
        name: name.into(),
        input,
        width: 1,
        msb: String::new(),
        reg: false,
        doc: String::new(),
    };
    let long = "x".repeat(101);
    let text = format!(
        "// caf\u{e9}\n// {long}\nmodule m;\n  always @(posedge c) a_q <= 1;\n  always @(posedge c) a_q <= 0;\n  wire w = (b <= c);\nendmodule\n"
    );
    let v = violations(
        "m",
        &text,
        &[p("a", true), p("b_o", false), p("c_i", false)],
    );
    let rules: BTreeSet<&str> = v.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(
        rules,
        BTreeSet::from(["ascii", "line-length", "port-naming", "one-assignment-site"])
    );
    assert_eq!(v.iter().filter(|(r, _)| r == "port-naming").count(), 2);
    let big = "wire a;\n".repeat(MAX_LINES + 1);
    assert!(
        violations("m", &big, &[])
            .iter()
            .any(|(r, _)| r == "file-length")
    );
}
