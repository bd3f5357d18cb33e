//! The `star-gen` command line.

use clap::{Args, Parser, Subcommand};
use star_gen::UserError;
use star_gen::config::{Config, Overrides};
use std::path::PathBuf;

/// Generates the synthesizable Verilog of a mesh of STAR sparse-attention cores.
///
/// Without a subcommand, writes the RTL tree for the configuration: defaults (spec §8), then
/// `--config FILE`, then the flags below, in that order of precedence.
#[derive(Parser)]
#[command(name = "star-gen", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    #[command(flatten)]
    generate: GenerateArgs,
}

#[derive(Args)]
struct ConfigArgs {
    /// YAML configuration file (unknown or duplicate keys are errors)
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(flatten)]
    over: Overrides,
}

impl ConfigArgs {
    fn load(&self) -> Result<Config, UserError> {
        Config::load(self.config.as_deref(), &self.over)
    }
}

#[derive(Args)]
struct GenerateArgs {
    #[command(flatten)]
    cfg: ConfigArgs,
    /// Output directory. An existing one is replaced only if every file in it is one star-gen
    /// wrote, unchanged (per its manifest.json); otherwise refused, naming the first other file
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Replace --out even if it holds files star-gen did not write (they are deleted)
    #[arg(long)]
    force: bool,
    /// Print the fully resolved configuration as YAML and exit
    #[arg(long)]
    dump_config: bool,
}

#[derive(Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run; size is irrelevant
enum Cmd {
    /// Write golden-model stimulus and expected results for one engine's testbench
    Vectors(VectorsArgs),
    /// Run real attention heads through the core's golden model and report accuracy (spec §7)
    Eval(EvalArgs),
    /// Summarise a scripts/synth.sh run: DIR/report.json and a table (docs/handoff.md)
    SynthReport {
        /// Output directory of scripts/synth.sh
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Engine {
    Predictor,
    Sorter,
    Sufa,
    Kvgen,
    Rass,
    Core,
    Mesh,
    /// The multi-core top (star_accel)
    Top,
}

#[derive(Args)]
struct VectorsArgs {
    /// Engine whose testbench reads the vectors
    #[arg(long, value_enum)]
    engine: Engine,
    #[command(flatten)]
    cfg: ConfigArgs,
    /// Seed of the random scenarios (a failing seed reproduces exactly)
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Number of random scenarios
    #[arg(long, default_value_t = 8)]
    scenarios: u32,
    /// Add 1 to the first expected value, so the testbench must fail (self-test)
    #[arg(long)]
    corrupt: bool,
    /// Write the engine's benchmark (one block at the configured size) instead of random tests
    #[arg(long)]
    bench: bool,
    /// Core benchmark: sequence length S of the block
    #[arg(long, default_value_t = 512)]
    seq: usize,
    /// Core benchmark: the dense baseline (every key selected, kq = Bc)
    #[arg(long)]
    dense: bool,
    /// Core benchmark: every block of one head (S/T blocks), back to back
    #[arg(long)]
    head: bool,
    /// Mesh benchmark (--engine top --bench): blocks of T queries in the head
    #[arg(long, default_value_t = 16)]
    blocks: usize,
    /// Vector file to write
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Args)]
struct EvalArgs {
    /// Directory of heads: L{l}/x.npy and L{l}H{h}/{q,k,v,o,wq,wk,wv,bq,bk,bv}.npy
    #[arg(long, value_name = "DIR")]
    data: PathBuf,
    /// Share of each tile's keys kept (kq = max(1, floor((P·Bc + 50) / 100)), P = round(keep·100))
    #[arg(long, default_value_t = 0.25)]
    keep: f64,
    /// Tc, tiles per key row
    #[arg(long, default_value_t = 4)]
    tiles: usize,
    /// SADS radius r (unsigned, score units); default: disabled (2^B − 1)
    #[arg(long)]
    radius: Option<u64>,
    /// Apply the causal mask (row i at position i sees keys ≤ i)
    #[arg(long)]
    causal: bool,
    /// Selection: kq keys per tile (tile, spec §3) or kq × tiles per row over each core's
    /// shard (global, §3.4)
    #[arg(long, value_enum, default_value_t = star_gen::sorter::model::SelectMode::Tile)]
    select: star_gen::sorter::model::SelectMode,
    /// Only these heads (comma-separated, e.g. L0H1,L3H5)
    #[arg(long, value_delimiter = ',')]
    heads: Vec<String>,
    #[command(flatten)]
    cfg: ConfigArgs,
    /// Also run the heads through the Verilator build of the core (the config's size) and check
    /// every K̂ and O value bit for bit against the model. One core runs each head as the
    /// hardware does: phase 1.1, then every block of T queries back to back, and prints
    /// `cycles L0H1: rtl=N model=M (+x.x%)` (first predictor beat to last O beat, against the
    /// cycle model on the same head); with --causal each block runs alone (base_pos per block)
    /// and no cycles are printed. A mesh config runs the multi-core top. Needs the
    /// repository's scripts/ and testbenches/ in the current directory, and Verilator.
    #[arg(long)]
    rtl: bool,
    /// With --rtl: only the first N blocks of T queries of each head (default: all)
    #[arg(long, value_name = "N")]
    rtl_blocks: Option<usize>,
    /// With --rtl: percent of cycles each input stream is withheld and each output stalled
    /// (the cycles then include the stalls)
    #[arg(long, value_name = "PCT", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=90))]
    rtl_stall: u32,
    /// Write each head's INT16 output (OUTDIR/L{l}H{h}/o_int16.npy) and registers (regs.json)
    #[arg(long, value_name = "OUTDIR")]
    dump: Option<PathBuf>,
    /// Write the figures as JSON
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
}

fn run() -> anyhow::Result<()> {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => return Err(UserError(clap_one_line(&e)).into()),
    };
    match cli.cmd {
        None => generate(cli.generate),
        Some(Cmd::Vectors(a)) => vectors(a),
        Some(Cmd::Eval(a)) => eval(a),
        Some(Cmd::SynthReport { dir }) => {
            print!("{}", star_gen::report::build(&dir)?.1);
            Ok(())
        }
    }
}

fn generate(a: GenerateArgs) -> anyhow::Result<()> {
    let cfg = a.cfg.load()?;
    if a.dump_config {
        print!("{}", cfg.to_yaml());
        return Ok(());
    }
    let out = a
        .out
        .ok_or_else(|| UserError("--out DIR is required to generate RTL".into()))?;
    let design = star_gen::tree::build(&cfg);
    let files = star_gen::tree::render(&design);
    star_gen::tree::write(&out, &files, a.force)?;
    eprintln!(
        "star-gen: wrote {} files ({} modules) to {} [config {}]",
        files.len(),
        design.ordered().len(),
        out.display(),
        cfg.hash()
    );
    Ok(())
}

fn vectors(a: VectorsArgs) -> anyhow::Result<()> {
    let cfg = a.cfg.load()?;
    star_gen::input::check_out_file("--out", &a.out)?;
    let mut f = match a.engine {
        Engine::Predictor if a.bench => star_gen::predictor::vectors::write_bench(&cfg, a.seed),
        Engine::Core if a.bench => {
            if a.seq < 1 || a.seq > cfg.seq_max as usize {
                return Err(UserError(format!(
                    "--seq {} is out of range (allowed 1..={} = seq_max)",
                    a.seq, cfg.seq_max
                ))
                .into());
            }
            // The tiles write_core_bench uses: its largest tile must fit the tile buffers.
            let tiles = 8.min(cfg.tiles_max as usize);
            cfg.check_tile(&format!("--seq {} over {tiles} tiles", a.seq), a.seq, tiles)?;
            star_gen::core::vectors::write_core_bench(&cfg, a.seed, a.seq, a.dense, a.head)
        }
        Engine::Top if a.bench => {
            // The mesh benchmark's Tc = 64 (src/mesh/topvec.rs).
            cfg.check_tile(&format!("--seq {} over 64 tiles", a.seq), a.seq, 64)?;
            star_gen::mesh::topvec::write_bench(&cfg, a.seed, a.seq, a.blocks)
        }
        _ if a.bench => {
            return Err(UserError("--bench: this engine has no vector benchmark".into()).into());
        }
        Engine::Predictor => star_gen::predictor::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Sorter => star_gen::sorter::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Sufa => star_gen::sufa::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Kvgen => star_gen::kvgen::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Rass => star_gen::core::vectors::write_rass(&cfg, a.seed, a.scenarios),
        Engine::Core => star_gen::core::vectors::write_core(&cfg, a.seed, a.scenarios),
        Engine::Mesh => star_gen::mesh::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Top => star_gen::mesh::topvec::write(&cfg, a.seed, a.scenarios),
    };
    if a.corrupt {
        f.corrupt_first("E");
    }
    let n = f.expected;
    std::fs::write(&a.out, f.into_string())
        .map_err(|e| UserError::io("--out: cannot write", &a.out, &e))?;
    eprintln!("star-gen: {} expected values in {}", n, a.out.display());
    Ok(())
}

fn eval(a: EvalArgs) -> anyhow::Result<()> {
    use star_gen::core::eval;
    let cfg = a.cfg.load()?;
    if !(a.keep > 0.0 && a.keep <= 1.0) {
        return Err(UserError(format!(
            "--keep {} is out of range (allowed (0, 1])",
            a.keep
        ))
        .into());
    }
    if a.tiles < 1 || a.tiles > cfg.tiles_max as usize {
        return Err(UserError(format!(
            "--tiles {} is out of range (allowed 1..={} = tiles_max)",
            a.tiles, cfg.tiles_max
        ))
        .into());
    }
    // Spec §6: the C mesh columns split the Tc tiles into C equal shards.
    let mesh_c = cfg.mesh_shape().1 as usize;
    if !a.tiles.is_multiple_of(mesh_c) {
        return Err(UserError(format!(
            "--tiles {} is not a multiple of the mesh's {mesh_c} columns (mesh {}; spec §6)",
            a.tiles, cfg.mesh
        ))
        .into());
    }
    let rmax = (1u64 << cfg.score_width) - 1;
    if let Some(r) = a.radius.filter(|&r| r > rmax) {
        return Err(UserError(format!(
            "--radius {r} is out of range (allowed 0..={rmax} = 2^score_width - 1)"
        ))
        .into());
    }
    let o = &a.cfg.over;
    if o.prefix.is_some() || o.reset.is_some() || o.clock_ns.is_some() {
        return Err(UserError(
            "--prefix, --reset and --clock-ns do not affect eval (they shape the generated RTL only)"
                .into(),
        )
        .into());
    }
    // Output paths are checked before the run, not after it.
    if let Some(j) = &a.json {
        star_gen::input::check_out_file("--json", j)?;
    }
    if let Some(d) = &a.dump {
        star_gen::input::check_out_dir("--dump", d)?;
    }
    if a.rtl && !std::path::Path::new("scripts/cosim.sh").exists() {
        return Err(UserError(
            "--rtl needs the star-gen repository (scripts/cosim.sh, testbenches/) as the current directory".into(),
        )
        .into());
    }
    let mut rtl_fail = false;
    let opt = eval::EvalOptions {
        data: a.data.clone(),
        keep: a.keep,
        tiles: a.tiles,
        radius: a.radius,
        causal: a.causal,
        heads: a.heads.clone(),
        select: a.select,
    };
    if !a.data.is_dir() {
        return Err(UserError(format!(
            "--data {}: not a directory (expected L<l>/x.npy and L<l>H<h>/*.npy under it)",
            a.data.display()
        ))
        .into());
    }
    let mut heads = eval::list_heads(&a.data)?;
    if !a.heads.is_empty() {
        heads.retain(|(n, _, _)| a.heads.contains(n));
        if heads.len() != a.heads.len() {
            return Err(UserError(format!(
                "--heads {}: not all found in {}",
                a.heads.join(","),
                a.data.display()
            ))
            .into());
        }
    }
    // Every input of every head is checked before anything runs (src/input.rs).
    for (name, layer, _) in &heads {
        let inp = star_gen::input::load_head(&a.data, name, *layer)?;
        star_gen::input::check_fit(name, &inp, &cfg, a.keep, a.tiles)?;
        if a.select == star_gen::sorter::model::SelectMode::Global {
            star_gen::input::check_global(name, inp.x.rows, &cfg, a.tiles)?;
        }
    }
    let mut reports = Vec::new();
    for (i, (name, layer, _)) in heads.iter().enumerate() {
        eprintln!("eval: {name} ({}/{})", i + 1, heads.len());
        let p = eval::prepare(&a.data, name, *layer, &cfg, &opt)?;
        if p.regs.kq > cfg.kq_max as usize {
            return Err(UserError(format!(
                "kq = {} (keep {}, Bc = {}) exceeds kq_max = {}: raise --kq-max",
                p.regs.kq,
                a.keep,
                p.head.q.len().div_ceil(a.tiles),
                cfg.kq_max
            ))
            .into());
        }
        let r = eval::eval_head(&p, &cfg);
        if a.rtl {
            let ro = eval::RtlOptions {
                blocks: a.rtl_blocks,
                stall: a.rtl_stall,
            };
            let run = eval::run_rtl(&p, &cfg, ro)?;
            let (passed, failed) = (run.passed, run.failed);
            eprintln!("eval --rtl: {name}: {passed} passed, {failed} failed");
            println!("rtl {name}: {passed} passed, {failed} failed");
            if let Some(l) = run.cycles_line(name, a.rtl_stall) {
                println!("{l}");
            }
            rtl_fail |= failed > 0 || passed == 0;
        }
        if let Some(dir) = &a.dump {
            let hd = dir.join(name);
            std::fs::create_dir_all(&hd)
                .map_err(|e| UserError::io("--dump: cannot create", &hd, &e))?;
            let blocks = eval::run_head(&p, &cfg, None);
            let o: Vec<Vec<i16>> = blocks.into_iter().flat_map(|b| b.o).collect();
            let op = hd.join("o_int16.npy");
            eval::write_npy_i16(&op, &o)
                .map_err(|e| UserError::io("--dump: cannot write", &op, &e))?;
            let regs = serde_json::json!({
                "regs": p.regs, "scale_q": p.scale_q, "scale_k": p.scale_k, "scale_v": p.scale_v,
            });
            let rp = hd.join("regs.json");
            std::fs::write(&rp, serde_json::to_string_pretty(&regs)? + "\n")
                .map_err(|e| UserError::io("--dump: cannot write", &rp, &e))?;
        }
        reports.push(r);
    }
    print!("{}", eval::settings(&opt, &cfg, &reports));
    print!("{}", eval::table(&reports));
    print!("{}", star_gen::input::LEGEND);
    if rtl_fail {
        anyhow::bail!("eval --rtl: the core RTL disagrees with the golden model");
    }
    if let Some(j) = &a.json {
        let v = serde_json::json!({
            "keep": a.keep, "tiles": a.tiles, "radius": a.radius, "causal": a.causal,
            "select": a.select, "mesh": cfg.mesh, "cores": cfg.cores,
            "heads": reports,
        });
        std::fs::write(j, serde_json::to_string_pretty(&v)? + "\n")
            .map_err(|e| UserError::io("--json: cannot write", j, &e))?;
    }
    Ok(())
}

/// A clap error on one line, without its usage block and `--help` hint.
fn clap_one_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let body: Vec<&str> = text
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .collect();
    body.join(" ")
        .trim_start_matches("error: ")
        .replace("  ", " ")
}

fn main() {
    if let Err(e) = run() {
        let code = if e.downcast_ref::<UserError>().is_some() {
            2
        } else {
            1
        };
        // Rust's ` (os error N)` suffix means nothing to a user; the text before it says it all.
        let mut msg = format!("{e:#}");
        while let Some(i) = msg.find(" (os error ") {
            let end = msg[i..].find(')').map_or(msg.len(), |j| i + j + 1);
            msg.replace_range(i..end, "");
        }
        eprintln!("error: {msg}");
        std::process::exit(code);
    }
}
