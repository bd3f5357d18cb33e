//! The `star-gen` command line.

use anyhow::Context;
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
    /// Output directory (replaced if it holds an earlier star-gen tree, refused otherwise)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print the fully resolved configuration as YAML and exit
    #[arg(long)]
    dump_config: bool,
}

#[derive(Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run; size is irrelevant
enum Cmd {
    /// Write golden-model stimulus and expected results for one engine's testbench
    Vectors(VectorsArgs),
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
    /// Vector file to write
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        None => generate(cli.generate),
        Some(Cmd::Vectors(a)) => vectors(a),
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
    star_gen::tree::write(&out, &files)?;
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
    let mut f = match a.engine {
        Engine::Predictor => star_gen::predictor::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Sorter => star_gen::sorter::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Sufa => star_gen::sufa::vectors::write(&cfg, a.seed, a.scenarios),
        Engine::Kvgen => star_gen::kvgen::vectors::write(&cfg, a.seed, a.scenarios),
    };
    if a.corrupt {
        f.corrupt_first("E");
    }
    let n = f.expected;
    std::fs::write(&a.out, f.into_string())
        .with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!("star-gen: {} expected values in {}", n, a.out.display());
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        let code = if e.downcast_ref::<UserError>().is_some() {
            2
        } else {
            1
        };
        eprintln!("error: {e:#}");
        std::process::exit(code);
    }
}
