//! The output tree: `rtl/`, `star.f`, `include/star_params.vh`, `manifest.json`, `README.md`.
//! Written to a temporary sibling directory and renamed into place, so a failure never leaves a
//! partial tree, and byte-identical for identical input (sorted maps, no timestamps).

use crate::UserError;
use crate::config::Config;
use crate::rtl::{Design, Module};
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Generates every engine that exists for this configuration.
pub fn build(cfg: &Config) -> Design<'_> {
    let mut d = Design::new(cfg);
    crate::predictor::rtl::emit(&mut d);
    crate::sorter::rtl::emit(&mut d);
    crate::sufa::rtl::emit(&mut d);
    crate::kvgen::rtl::emit(&mut d);
    crate::core::rtl::emit(&mut d);
    crate::mesh::rtl::emit(&mut d);
    d
}

pub(crate) fn banner(cfg: &Config, comment: &str) -> String {
    format!(
        "{c} star-gen {VERSION} | config {} | generated file, do not edit\n{c} Regenerate with star-gen from the config recorded in manifest.json.\n",
        cfg.hash(),
        c = comment
    )
}

/// Every generated Verilog file's timescale. The RTL has no delays; the directive is there so a
/// testbench with its own timescale compiles in any order in Verilator and slang (both refuse a
/// design where some modules have one and others do not).
pub const TIMESCALE: &str = "`timescale 1ns / 1ps";

/// A module's file text: banner, timescale, `default_nettype none`, the module, the nettype
/// restored.
pub fn module_file(cfg: &Config, m: &Module) -> String {
    format!(
        "{}{TIMESCALE}\n`default_nettype none\n\n{}\n`default_nettype wire\n",
        banner(cfg, "//"),
        m.body.trim_end()
    )
}

/// All files of the tree, by relative path.
pub fn render(design: &Design) -> BTreeMap<String, String> {
    let cfg = design.cfg;
    let mut files = BTreeMap::new();
    let ordered = design.ordered();
    let mut filelist = banner(cfg, "//");
    filelist.push_str("+incdir+include\n");
    for m in &ordered {
        let path = format!("rtl/{}.v", m.name);
        filelist.push_str(&path);
        filelist.push('\n');
        files.insert(path, module_file(cfg, m));
    }
    files.insert("star.f".into(), filelist);
    files.insert("include/star_params.vh".into(), params_vh(cfg));
    files.insert("README.md".into(), readme(design, &ordered));
    crate::handoff::insert(design, &mut files);
    let manifest = manifest(design, &files);
    files.insert("manifest.json".into(), manifest);
    files
}

fn params_vh(cfg: &Config) -> String {
    let up = cfg.prefix.to_uppercase();
    let mut s = banner(cfg, "//");
    s.push_str(&format!("`ifndef {up}PARAMS_VH\n`define {up}PARAMS_VH\n\n"));
    let v = serde_json::to_value(cfg).expect("config serialises");
    for (k, v) in v.as_object().expect("config is a map") {
        let val = match v {
            serde_json::Value::String(x) => format!("\"{x}\""),
            other => other.to_string(),
        };
        s.push_str(&format!("`define {up}{} {val}\n", k.to_uppercase()));
    }
    let (r, c) = cfg.mesh_shape();
    s.push_str(&format!(
        "`define {up}MESH_ROWS {r}\n`define {up}MESH_COLS {c}\n\n`endif\n"
    ));
    s
}

fn manifest(design: &Design, files: &BTreeMap<String, String>) -> String {
    let cfg = design.cfg;
    let hashes: BTreeMap<&String, String> = files
        .iter()
        .map(|(p, t)| {
            let d = sha2::Sha256::digest(t.as_bytes());
            (p, d.iter().map(|b| format!("{b:02x}")).collect())
        })
        .collect();
    let mems = memories(design);
    let (per, total) = memory_bits(&mems);
    let mut bits: serde_json::Map<String, serde_json::Value> = per
        .into_iter()
        .map(|(e, b)| (e.to_string(), b.into()))
        .collect();
    bits.insert("total".into(), total.into());
    let v = serde_json::json!({
        "generator": "star-gen",
        "version": VERSION,
        "config_hash": cfg.hash(),
        "config": cfg,
        "tops": design.tops,
        "modules": design.ordered().iter().map(|m| &m.name).collect::<Vec<_>>(),
        "srams": design.srams,
        "memories": mems,
        "sram_bits": bits,
        "files": hashes,
    });
    serde_json::to_string_pretty(&v).expect("manifest serialises") + "\n"
}

/// A module's description: its leading comment paragraph (or first comment line), on one line,
/// with `|` escaped for Markdown tables.
fn doc_text(m: &Module) -> String {
    if !m.doc.is_empty() {
        return m.doc.replace('|', "\\|");
    }
    let lines: Vec<&str> = m.body.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("// "))
        .unwrap_or(lines.len());
    let para: Vec<&str> = lines[start..]
        .iter()
        .take_while(|l| l.starts_with("//"))
        .map(|l| l.trim_start_matches('/').trim())
        .take_while(|l| !l.is_empty())
        .collect();
    para.join(" ").replace('|', "\\|")
}

/// Engines of the memory listing, in the core's order; memories outside them (the core's own
/// glue, a mesh's merge units) are `core/other`.
pub const MEMORY_ENGINES: [&str; 6] =
    ["predictor", "sorter", "rass", "kvgen", "sufa", "core/other"];

/// Engine of a module by its name without the prefix, or `None` for glue and shared leaves,
/// which belong to the engine that instantiates them.
fn memory_engine(short: &str) -> Option<&'static str> {
    let starts = |ks: &[&str]| ks.iter().any(|k| short.starts_with(k));
    if starts(&["predictor", "dlzs", "lz"]) {
        Some("predictor")
    } else if starts(&["sort", "cmp_exchange"]) {
        Some("sorter")
    } else if starts(&["rass"]) {
        Some("rass")
    } else if starts(&["kv"]) {
        Some("kvgen")
    } else if starts(&["sufa"]) {
        Some("sufa")
    } else {
        None
    }
}

/// One line of the memory listing: the instances of one SRAM shape in one engine.
#[derive(Clone, Debug, serde::Serialize, PartialEq, Eq)]
pub struct MemoryUse {
    pub module: String,
    pub depth: u32,
    pub width: u32,
    pub engine: &'static str,
    /// Instances in the whole hierarchy under the roots (generate loops multiplied out).
    pub instances: u64,
    pub bits_each: u64,
    pub bits: u64,
}

/// Roots of the hierarchy: the tops no other module instantiates (one `core`, or the mesh's
/// accelerator top holding every core).
pub fn roots(design: &Design) -> Vec<String> {
    let mods = design.ordered();
    design
        .tops
        .iter()
        .filter(|t| !mods.iter().any(|m| m.deps.contains(t)))
        .cloned()
        .collect()
}

/// Every memory of the design, from the module/instance model (not the emitted text): walks
/// the instance tree down from each root with the declared instance counts ([`Module::counts`]),
/// each memory charged to the outermost engine module above it. Ordered by engine, then shape.
pub fn memories(design: &Design) -> Vec<MemoryUse> {
    fn walk(
        d: &Design,
        name: &str,
        mult: u64,
        engine: Option<&'static str>,
        acc: &mut BTreeMap<(usize, String), u64>,
    ) {
        let m = d.module(name);
        for dep in &m.deps {
            let n = mult * m.count_of(dep);
            if d.srams.iter().any(|s| &s.module == dep) {
                let e = engine.unwrap_or("core/other");
                let i = MEMORY_ENGINES.iter().position(|x| *x == e).expect("engine");
                *acc.entry((i, dep.clone())).or_default() += n;
            } else {
                let short = dep.strip_prefix(d.cfg.prefix.as_str()).unwrap_or(dep);
                walk(d, dep, n, engine.or(memory_engine(short)), acc);
            }
        }
    }
    let mut acc = BTreeMap::new();
    for r in roots(design) {
        let short = r.strip_prefix(design.cfg.prefix.as_str()).unwrap_or(&r);
        walk(design, &r, 1, memory_engine(short), &mut acc);
    }
    acc.into_iter()
        .map(|((e, module), n)| {
            let s = design
                .srams
                .iter()
                .find(|s| s.module == module)
                .expect("shape");
            let each = u64::from(s.depth) * u64::from(s.width);
            MemoryUse {
                module,
                depth: s.depth,
                width: s.width,
                engine: MEMORY_ENGINES[e],
                instances: n,
                bits_each: each,
                bits: n * each,
            }
        })
        .collect()
}

/// SRAM bits per engine (every engine of [`MEMORY_ENGINES`], zeros included) and the total.
pub fn memory_bits(mems: &[MemoryUse]) -> (Vec<(&'static str, u64)>, u64) {
    let per: Vec<(&'static str, u64)> = MEMORY_ENGINES
        .iter()
        .map(|e| {
            (
                *e,
                mems.iter().filter(|m| m.engine == *e).map(|m| m.bits).sum(),
            )
        })
        .collect();
    let total = per.iter().map(|(_, b)| b).sum();
    (per, total)
}

/// The memory listing as Markdown: one table line per shape and engine, then the bits per
/// engine and the total (the tree's README; `star-gen --memories` prints the same).
pub fn memory_table(design: &Design) -> String {
    let mems = memories(design);
    let roots = roots(design)
        .iter()
        .map(|r| format!("`{r}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = format!(
        "Behavioural wrappers that infer block RAM; swap in macros of these shapes. Instances are\n\
         counted in the whole hierarchy under {roots}, generate loops multiplied out.\n\n\
         | module | depth | width | engine | instances | bits each | bits |\n\
         |---|---|---|---|---|---|---|\n"
    );
    for m in &mems {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} |\n",
            m.module, m.depth, m.width, m.engine, m.instances, m.bits_each, m.bits
        ));
    }
    let (per, total) = memory_bits(&mems);
    s.push_str("\n| engine | SRAM bits | Mbit |\n|---|---|---|\n");
    for (e, b) in per.iter().chain(std::iter::once(&("total", total))) {
        s.push_str(&format!("| {e} | {b} | {:.2} |\n", *b as f64 / 1e6));
    }
    s
}

/// The meaning and protocol of a top's port, by name (prefix-free), for the tree's README.
/// Ports not listed fall back to their RTL comment.
fn port_doc(port: &str) -> Option<&'static str> {
    Some(match port {
        "clk_i" => "clock, rising edge",
        "rst_i" => "reset, synchronous, active high",
        "rst_ni" => "reset, asynchronous assertion, active low",
        "sh_kp_i" => "SH_KP: K-hat = sat16(rshift_round(acc, SH_KP)); run-time register",
        "sh_ap_i" => "SH_AP: A-hat = sat_B(rshift_round(acc, SH_AP)); run-time register",
        "kq_i" => "kq: keys kept per tile and row; run-time register",
        "tiles_i" => "Tc: tiles per key row; run-time register",
        "radius_i" => "r: SADS radius (2^B - 1 disables it); run-time register",
        "seq_len_i" => "S: keys in the sequence; run-time register",
        "causal_i" => "causal mask on (row i sees keys <= base_pos + i); run-time register",
        "base_pos_i" => "position of query row 0 (causal mask); run-time register",
        "hidden_i" => "H: run-time hidden size; run-time register",
        "sh_k_i" => "SH_K: K = sat16(rshift_round(acc, SH_K)); run-time register",
        "sh_v_i" => "SH_V: V = sat16(rshift_round(acc, SH_V)); run-time register",
        "mz_i" => "MZ: score scaling multiplier; run-time register",
        "sz_i" => "SZ: score scaling shift; run-time register",
        "ntiles_i" => "tiles that exist, ceil(S / Bc); run-time register",
        "pred_valid_i" | "pred_ready_o" => "stream `pred` (valid/ready): predictor jobs",
        "pred_mode_i" => {
            "stream `pred`: 0 = phase 1.1 (K-hat = X Wk), 1 = phase 1.2 (A-hat = Q K-hat^T)"
        }
        "pred_len_i" => "stream `pred`: reduction length of the job, H (mode 0) or d (mode 1)",
        "pred_row_i" => "stream `pred`: T lanes x 16, x (INT8 in [7:0]) or q (INT16)",
        "pred_col_i" => {
            "stream `pred`: NC lanes x 16, Wk code {s, e[2:0]} in [3:0] or k-hat (INT16)"
        }
        "khat_valid_o" | "khat_ready_i" => "stream `khat` (valid/ready): K-hat of phase 1.1 jobs",
        "khat_data_o" => "stream `khat`: one array column, T lanes x 16 (INT16)",
        "khat_col_o" => "stream `khat`: array column of this beat",
        "khat_last_o" => "stream `khat`: last column of the job",
        "w_valid_i" => {
            "weight load, no handshake: a word is taken every cycle it is high; only while idle_o"
        }
        "w_addr_i" => "weight load: word address (P hidden indices per word)",
        "w_data_i" => "weight load: P hidden indices x 2d INT8 weights (Wk then Wv)",
        "b_valid_i" => "bias load, no handshake: taken every cycle it is high; only while idle_o",
        "b_idx_i" => "bias load: index 0..2d-1 (bk then bv)",
        "b_data_i" => "bias load: INT32 bias",
        "x_rd_o" => {
            "token-memory read strobe: x_data_i must hold the addressed word one cycle later"
        }
        "x_addr_o" => "token-memory read address (fixed 1-cycle read latency, no stall)",
        "x_data_i" => "token-memory read data, the word at x_addr_o one cycle after x_rd_o",
        "q_valid_i" | "q_ready_o" => "stream `q` (valid/ready): query rows of a block",
        "q_row_i" => "stream `q`: one query row, d lanes x 16 (INT16)",
        "o_valid_o" | "o_ready_i" => "stream `o` (valid/ready): output rows, row 0 first",
        "o_row_o" => "stream `o`: one output row, d lanes x 16 (INT16)",
        "idle_o" => "every engine idle, nothing in flight (w_*, b_* load only while high)",
        "in_valid_i" | "in_ready_o" => {
            "per node (bit n = node n): stream into the network (valid/ready)"
        }
        "in_flit_i" => "per node: flit into the network (format in star_router's description)",
        "out_valid_o" | "out_ready_i" => "per node: stream out of the network (valid/ready)",
        "out_flit_o" => "per node: flit out of the network",
        _ => return None,
    })
}

/// `(name, direction, width, RTL comment)` of each port of a module's header.
fn port_rows(m: &Module) -> Vec<(String, &'static str, u32, String)> {
    let comments: BTreeMap<String, String> = m
        .body
        .lines()
        .filter_map(|l| {
            let (code, c) = l.split_once("//")?;
            let name = code
                .trim()
                .trim_end_matches(',')
                .split_whitespace()
                .last()?;
            Some((name.to_string(), c.trim().to_string()))
        })
        .collect();
    m.ports()
        .into_iter()
        .map(|p| {
            let c = if p.doc.is_empty() {
                comments.get(&p.name).cloned().unwrap_or_default()
            } else {
                p.doc.clone()
            };
            (p.name, if p.input { "in" } else { "out" }, p.width, c)
        })
        .collect()
}

fn readme(design: &Design, ordered: &[&Module]) -> String {
    let cfg = design.cfg;
    let r = design.reset();
    let mut s = format!(
        "# STAR RTL tree\n\n{}\nGenerated by star-gen {VERSION} (config hash `{}`). The resolved configuration is in\n`manifest.json` and, as Verilog macros, in `include/star_params.vh`.\n\n",
        banner(cfg, "<!-- -->")
            .replace("<!-- --> ", "")
            .replace('\n', "  \n"),
        cfg.hash()
    );
    s.push_str(&format!(
        "## Conventions\n\n- Verilog-2005, one module per file named after the module, prefix `{}`; `star.f` lists them\n  in dependency order (relative paths, run your tool from this directory).\n- Clock `clk_i`, rising edge. Reset `{}`: {}. Only control state is reset; datapath registers\n  are qualified by valid bits.\n- Ports: `_i` inputs, `_o` outputs; registers `_q`. Streams are ready/valid: a beat moves when\n  `valid` and `ready` are both high in a cycle; a producer holds its beat until it moves.\n- Vector ports are flat: lane `n` of a `W`-bit lane array is bits `[n*W +: W]`.\n- Run-time registers (`sh_*`, sizes, modes) are plain input ports sampled with the beats they\n  apply to.\n\n",
        cfg.prefix,
        r.port,
        match cfg.reset {
            crate::config::ResetStyle::SyncHigh => "synchronous, active high",
            crate::config::ResetStyle::AsyncLow =>
                "asynchronous assertion, active low (synchronise its release outside)",
        }
    ));
    s.truncate(s.trim_end().len());
    s.push('\n');
    s.push_str(&format!(
        "- Every file sets `` {TIMESCALE} `` (the RTL has no delays): a testbench with a timescale\n  \
         compiles before or after `star.f`. A testbench without one needs the tool's default, e.g.\n  \
         `verilator --timescale 1ns/1ps`, `slang --timescale 1ns/1ps`.\n\
         - Ports without a handshake: loads (`w_*`, `b_*`) are taken every cycle their valid is high\n  \
         and only while `idle_o` is high; the token-memory port (`x_*`) has a fixed one-cycle read\n  \
         latency and no stall.\n\
         - `include/star_params.vh` holds the configuration as Verilog macros for your own code; the\n  \
         generated RTL does not include it (every width is a localparam or parameter).\n\
         - License: Apache-2.0, as star-gen (the generator's `LICENSE`); FuseSoC core `star.core`\n  \
         states it too.\n\n"
    ));
    s.push_str("## Top modules\n\n");
    let strip = |n: &str| n.strip_prefix(cfg.prefix.as_str()).unwrap_or(n).to_string();
    for t in &design.tops {
        if let Some(m) = ordered.iter().find(|m| &m.name == t) {
            s.push_str(&format!(
                "### `{}`\n\n{}\n\n| port | dir | width | meaning and protocol |\n|---|---|---|---|\n",
                m.name,
                doc_text(m)
            ));
            for (name, dir, w, c) in port_rows(m) {
                let doc = port_doc(&strip(&name)).map(str::to_string).unwrap_or(c);
                let doc = if doc.is_empty() {
                    "see the module's RTL".to_string()
                } else {
                    doc
                };
                s.push_str(&format!(
                    "| `{name}` | {dir} | {w} | {} |\n",
                    doc.replace('|', "\\|")
                ));
            }
            s.push('\n');
        }
    }
    s.push_str("## Modules\n\n| module | description |\n|---|---|\n");
    for m in ordered {
        s.push_str(&format!("| `{}` | {} |\n", m.name, doc_text(m)));
    }
    if !design.srams.is_empty() {
        s.push_str("\n## Memories\n\n");
        s.push_str(&memory_table(design));
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Writing the tree. The new tree is written to a temporary directory beside `--out` and renamed
// into place, so a failure never leaves a partial tree. An existing `--out` is replaced only when
// every file in it is one star-gen wrote (listed in its manifest.json with the same SHA-256):
// regeneration never deletes a file star-gen did not write, unless `--force`.
//
// Temporaries are `.STEM.star-gen-{tmp,old}-PID-N` (STEM is the output's name, shortened with a
// hash when long so that the name stays under NAME_MAX). Those of dead processes are removed by
// the next run on the same output; an `old` directory of a run killed between its two renames
// is the last complete tree and is renamed back when `--out` is missing.

/// Unique temporary names within one process (tests write several trees concurrently).
static SEQ: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Writes the files under `out`. `out` may be missing (its parent must exist), an empty
/// directory, or a tree star-gen wrote and nobody changed; anything else needs `force`.
/// A symbolic link is followed (the link is kept and the tree is written at its target); `--out .`
/// (or any directory containing the current one) is replaced entry by entry in place.
pub fn write(out: &Path, files: &BTreeMap<String, String>, force: bool) -> Result<(), UserError> {
    let real = resolve(out)?;
    // Never, not even with --force: a tree does not replace the root or the home directory.
    let home = std::env::var_os("HOME").and_then(|h| std::fs::canonicalize(h).ok());
    if real.parent().is_none() || home.as_deref() == Some(real.as_path()) {
        return Err(UserError(format!(
            "--out {}: is the root or home directory; give a directory for the tree",
            out.display()
        )));
    }
    match std::fs::metadata(&real) {
        Ok(m) if !m.is_dir() => {
            return Err(UserError(format!(
                "--out {}: exists and is not a directory",
                out.display()
            )));
        }
        Ok(_) | Err(_) => {}
    }
    let cwd = std::env::current_dir().ok();
    let in_place = real.parent().is_none() || cwd.as_deref().is_some_and(|c| c.starts_with(&real));
    if in_place {
        return write_in_place(out, &real, files, force);
    }
    let parent = real.parent().expect("not the root").to_path_buf();
    // Refuse before writing anything (checked again under the lock just before the swap). A
    // failure without the lock may be another writer's swap in progress: decide under the lock.
    if real.exists() && check_owned(out, &real, force, |_| false).is_err() {
        let _lock = lock_dir(&parent);
        if real.exists() {
            check_owned(out, &real, force, |_| false)?;
        }
    }
    let stem = temp_stem(&real);
    let tag = format!(
        "{}-{}",
        std::process::id(),
        SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let tmp = parent.join(format!(".{stem}.star-gen-tmp-{tag}"));
    let old = parent.join(format!(".{stem}.star-gen-old-{tag}"));
    if let Err(e) = write_files(out, &tmp, files) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let lock = lock_dir(&parent);
    let result = (|| -> Result<bool, UserError> {
        clean_stale(&parent, &stem, Some(&real));
        // Another writer may swap a tree in between our renames (without a working lock): retry.
        for _ in 0..64 {
            match std::fs::symlink_metadata(&real) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(UserError::io("--out", out, &e)),
                Ok(_) => {
                    check_owned(out, &real, force, |_| false)?;
                    match std::fs::rename(&real, &old) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                        // A mount point or a directory in use: replace its entries instead.
                        Err(e) if e.kind() == std::io::ErrorKind::ResourceBusy => return Ok(false),
                        Err(e) => return Err(UserError::io("--out: cannot move", out, &e)),
                    }
                }
            }
            match std::fs::rename(&tmp, &real) {
                Ok(()) => {
                    if old.exists()
                        && let Err(e) = std::fs::remove_dir_all(&old)
                    {
                        eprintln!(
                            "star-gen: warning: cannot remove the previous tree {}: {}",
                            old.display(),
                            crate::io_text(&e)
                        );
                    }
                    return Ok(true);
                }
                Err(e) => {
                    if old.exists() {
                        // Put the previous tree back; a tree that appeared meanwhile stays.
                        let _ = std::fs::rename(&old, &real);
                    }
                    if real.exists() {
                        continue;
                    }
                    return Err(UserError::io("--out: cannot rename into", out, &e));
                }
            }
        }
        Err(UserError(format!(
            "--out {}: other processes keep replacing it; giving up",
            out.display()
        )))
    })();
    let _ = std::fs::remove_dir_all(&tmp);
    drop(lock);
    match result {
        Ok(true) => Ok(()),
        Ok(false) => write_in_place(out, &real, files, force),
        Err(e) => Err(e),
    }
}

/// Replaces the entries of the directory `real` one by one (for `--out .`, a mount point, or a
/// directory that cannot be renamed). The new tree is first written completely inside `real`,
/// then the old entries are moved aside and the new ones moved in; a failure moves them back.
fn write_in_place(
    out: &Path,
    real: &Path,
    files: &BTreeMap<String, String>,
    force: bool,
) -> Result<(), UserError> {
    let stem = "in-place";
    let tag = format!(
        "{}-{}",
        std::process::id(),
        SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let tmp = real.join(format!(".{stem}.star-gen-tmp-{tag}"));
    let old = real.join(format!(".{stem}.star-gen-old-{tag}"));
    let is_temp = |n: &str| n.starts_with(".in-place.star-gen-");
    let lock = lock_dir(real);
    clean_stale(real, stem, None);
    check_owned(out, real, force, is_temp)?;
    if let Err(e) = write_files(out, &tmp, files) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let entries = |dir: &Path| -> Result<Vec<std::ffi::OsString>, UserError> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| UserError::io("--out: cannot read", dir, &e))?
            .filter_map(|e| e.ok().map(|e| e.file_name()))
            .filter(|n| !is_temp(&n.to_string_lossy()))
            .collect();
        v.sort();
        Ok(v)
    };
    let result = (|| -> Result<(), UserError> {
        std::fs::create_dir(&old).map_err(|e| UserError::io("--out: cannot create", &old, &e))?;
        let mut moved_old = Vec::new();
        let mut moved_new = Vec::new();
        let mv = |a: &Path, b: &Path| {
            std::fs::rename(a, b).map_err(|e| UserError::io("--out: cannot move", a, &e))
        };
        let r = (|| {
            for n in entries(real)? {
                mv(&real.join(&n), &old.join(&n))?;
                moved_old.push(n);
            }
            for n in entries(&tmp)? {
                mv(&tmp.join(&n), &real.join(&n))?;
                moved_new.push(n);
            }
            Ok(())
        })();
        if r.is_err() {
            for n in &moved_new {
                let _ = std::fs::rename(real.join(n), tmp.join(n));
            }
            for n in &moved_old {
                let _ = std::fs::rename(old.join(n), real.join(n));
            }
        }
        r
    })();
    let _ = std::fs::remove_dir_all(&tmp);
    let _ = std::fs::remove_dir_all(&old);
    drop(lock);
    result
}

/// Follows symbolic links (the link itself is kept) and makes the path absolute and canonical.
fn resolve(out: &Path) -> Result<PathBuf, UserError> {
    let mut p = out.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let t = std::fs::read_link(&p).map_err(|e| UserError::io("--out", &p, &e))?;
                p = match p.parent() {
                    Some(d) if t.is_relative() => d.join(t),
                    _ => t,
                };
            }
            Ok(_) => {
                return std::fs::canonicalize(&p).map_err(|e| UserError::io("--out", out, &e));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let Some(name) = p.file_name() else {
                    return Err(UserError(format!(
                        "--out {}: not a directory name",
                        out.display()
                    )));
                };
                let parent = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let cp = std::fs::canonicalize(&parent).map_err(|e| {
                    UserError(format!(
                        "--out {}: parent directory {}: {}",
                        out.display(),
                        parent.display(),
                        crate::io_text(&e)
                    ))
                })?;
                if !cp.is_dir() {
                    return Err(UserError(format!(
                        "--out {}: parent {} is not a directory",
                        out.display(),
                        parent.display()
                    )));
                }
                return Ok(cp.join(name));
            }
            Err(e) => return Err(UserError::io("--out", out, &e)),
        }
    }
    Err(UserError(format!(
        "--out {}: too many levels of symbolic links",
        out.display()
    )))
}

/// The output's name as used in temporary names: at most 80 bytes (long names are cut and
/// suffixed with a hash of the whole name), so `.STEM.star-gen-old-PID-N` stays under 255.
fn temp_stem(real: &Path) -> String {
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    if name.len() <= 80 {
        return name;
    }
    let mut cut = 60;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let d = sha2::Sha256::digest(name.as_bytes());
    let h: String = d.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{}~{h}", &name[..cut])
}

/// The process id in a temporary's name `.STEM.star-gen-{tmp,old}-PID[-N]`, with its kind.
fn temp_owner<'a>(name: &'a str, stem: &str) -> Option<(&'a str, u32)> {
    let rest = name.strip_prefix('.')?.strip_prefix(stem)?;
    let rest = rest.strip_prefix(".star-gen-")?;
    let (kind, rest) = rest.split_once('-')?;
    if kind != "tmp" && kind != "old" {
        return None;
    }
    let pid = rest.split('-').next()?.parse().ok()?;
    Some((kind, pid))
}

/// Whether process `pid` is alive; without /proc every process is assumed alive (nothing is
/// cleaned).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    !Path::new("/proc/self").exists() || Path::new("/proc").join(pid.to_string()).exists()
}

/// Removes the temporaries of dead runs in `dir`; restores a dead run's previous tree when the
/// output (`real`) is missing.
fn clean_stale(dir: &Path, stem: &str, real: Option<&Path>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut stale: Vec<(String, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let (kind, pid) = temp_owner(&n, stem)?;
            (!alive(pid)).then(|| (kind.to_string(), e.path()))
        })
        .collect();
    stale.sort();
    for (kind, p) in stale {
        if let Some(real) = real
            && kind == "old"
            && std::fs::symlink_metadata(real).is_err()
            && std::fs::rename(&p, real).is_ok()
        {
            continue;
        }
        let _ = std::fs::remove_dir_all(&p);
    }
}

/// An advisory lock on a directory, held while a tree is swapped, so that concurrent writers of
/// one output take turns. Best effort: where locking is unsupported the swap retries instead.
fn lock_dir(dir: &Path) -> Option<std::fs::File> {
    let f = std::fs::File::open(dir).ok()?;
    f.lock().ok()?;
    Some(f)
}

fn hex_sha256(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes every file under `dir` (created; must not exist).
fn write_files(out: &Path, dir: &Path, files: &BTreeMap<String, String>) -> Result<(), UserError> {
    std::fs::create_dir(dir).map_err(|e| {
        UserError(format!(
            "--out {}: cannot create {}: {}",
            out.display(),
            dir.display(),
            crate::io_text(&e)
        ))
    })?;
    for (rel, text) in files {
        let p = dir.join(rel);
        let d = p.parent().expect("file has a parent");
        std::fs::create_dir_all(d).map_err(|e| {
            UserError(format!(
                "--out {}: cannot create {}: {}",
                out.display(),
                d.display(),
                crate::io_text(&e)
            ))
        })?;
        std::fs::write(&p, text).map_err(|e| {
            UserError(format!(
                "--out {}: cannot write {}: {}",
                out.display(),
                p.display(),
                crate::io_text(&e)
            ))
        })?;
    }
    Ok(())
}

/// Visits every entry under `dir`, depth first in name order, as (relative path, kind: `d`
/// directory, `f` file, `o` other), stopping at the first error `f` returns.
fn walk(
    dir: &Path,
    rel: &str,
    skip: &dyn Fn(&str) -> bool,
    f: &mut dyn FnMut(&str, char) -> Result<(), UserError>,
) -> Result<(), UserError> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !(rel.is_empty() && skip(n)))
        .collect();
    names.sort();
    for n in names {
        let r = if rel.is_empty() {
            n.clone()
        } else {
            format!("{rel}/{n}")
        };
        let p = dir.join(&n);
        let kind = match std::fs::symlink_metadata(&p) {
            Ok(m) if m.is_dir() => 'd',
            Ok(m) if m.is_file() => 'f',
            _ => 'o',
        };
        f(&r, kind)?;
        if kind == 'd' {
            walk(&p, &r, skip, f)?;
        }
    }
    Ok(())
}

/// Refuses to replace `real` unless it is empty or every entry in it is a file star-gen wrote,
/// unchanged (listed with its SHA-256 in `manifest.json`), or a directory holding such files.
fn check_owned(
    out: &Path,
    real: &Path,
    force: bool,
    skip: impl Fn(&str) -> bool,
) -> Result<(), UserError> {
    if force {
        return Ok(());
    }
    // The first entry in name order, if any (an empty directory is simply replaced).
    let mut first = None;
    let _ = walk(real, "", &skip, &mut |r, _| {
        first = Some(r.to_string());
        Err(UserError(String::new()))
    });
    let Some(first) = first else {
        return Ok(());
    };
    let shown = |rel: &str| out.join(rel).display().to_string();
    let refuse = |what: String| {
        Err(UserError(format!(
            "--out {}: {what}; refusing to replace it (move it away, or pass --force to replace it anyway)",
            out.display()
        )))
    };
    let listed: BTreeMap<String, String> = match std::fs::read(real.join("manifest.json")) {
        Err(_) => {
            return refuse(format!(
                "{} was not written by star-gen (no manifest.json)",
                shown(&first)
            ));
        }
        Ok(bytes) => {
            let v: Option<BTreeMap<String, String>> = serde_json::from_slice(&bytes)
                .ok()
                .filter(|v: &serde_json::Value| v["generator"] == "star-gen")
                .and_then(|v| serde_json::from_value(v["files"].clone()).ok());
            match v {
                Some(m) => m,
                None => {
                    return refuse(format!(
                        "{} is not a manifest star-gen wrote (no `files` with their SHA-256)",
                        shown("manifest.json")
                    ));
                }
            }
        }
    };
    walk(real, "", &skip, &mut |rel, kind| match kind {
        'f' if rel == "manifest.json" => Ok(()),
        'f' => match listed.get(rel) {
            None => refuse(format!(
                "{} was not written by star-gen (not in its manifest.json)",
                shown(rel)
            )),
            Some(h) => {
                let bytes = std::fs::read(real.join(rel))
                    .map_err(|e| UserError::io("--out: cannot read", &out.join(rel), &e))?;
                if &hex_sha256(&bytes) != h {
                    return refuse(format!(
                        "{} was changed since star-gen wrote it (SHA-256 differs from manifest.json)",
                        shown(rel)
                    ));
                }
                Ok(())
            }
        },
        'd' if listed.keys().any(|k| k.starts_with(&format!("{rel}/"))) => Ok(()),
        _ => refuse(format!(
            "{} was not written by star-gen (not in its manifest.json)",
            shown(rel)
        )),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_stay_short_and_parse_back() {
        let long = PathBuf::from("/x").join("é".repeat(120));
        let stem = temp_stem(&long);
        let name = format!(".{stem}.star-gen-old-4294967295-4294967295");
        assert!(name.len() <= 255, "{}", name.len());
        assert_eq!(temp_owner(&name, &stem), Some(("old", 4294967295)));
        assert_eq!(temp_stem(Path::new("/x/out")), "out");
        assert_eq!(temp_owner(".out.star-gen-tmp-12", "out"), Some(("tmp", 12)));
        assert_eq!(temp_owner(".out.star-gen-mine", "out"), None);
        assert_eq!(temp_owner(".outx.star-gen-tmp-12", "out"), None);
        assert_eq!(temp_owner(".out.star-gen-new-12", "out"), None);
    }
}
