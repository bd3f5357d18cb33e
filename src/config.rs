//! The one resolved configuration. Everything the generator, the golden models, the manifest,
//! `include/star_params.vh` and the banner hash know about a build comes from [`Config`].

use crate::UserError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Reset style of every sequential block in the generated tree.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum ResetStyle {
    /// Synchronous, active-high `rst_i`.
    SyncHigh,
    /// Asynchronous assert, active-low `rst_ni`.
    AsyncLow,
}

/// The resolved configuration. Field order is the order of `--dump-config` and the manifest.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Number of STAR cores in the mesh.
    pub cores: u32,
    /// Mesh shape `RxC` (R·C = cores), or `auto` for the near-square default.
    pub mesh: String,
    /// T: query rows processed in parallel by one core.
    pub query_rows: u32,
    /// d: head dimension.
    pub head_dim: u32,
    /// H: largest hidden size (input width of the K/V projections).
    pub hidden: u32,
    /// S_max: largest sequence length per core.
    pub seq_max: u32,
    /// Tc_max: largest number of tiles per key row.
    pub tiles_max: u32,
    /// kq_max: largest number of keys selected per tile.
    pub kq_max: u32,
    /// B: width of the predicted scores Â (the sorter's score width).
    pub score_width: u32,
    /// Columns of the DLZS shift-add array (T rows × this).
    pub predictor_cols: u32,
    /// Inputs of the streaming bitonic sort network (it keeps a quarter of them).
    pub sort_width: u32,
    /// 16-bit PEs per row of the K/V generation array.
    pub kv_pes: u32,
    /// PEs per row of each SU-FA systolic array (Q·Kᵀ and P·V).
    pub sufa_pes: u32,
    /// Reset style of the generated RTL.
    pub reset: ResetStyle,
    /// Module and file name prefix.
    pub prefix: String,
    /// Target clock period in ns (constraints and timing reports).
    pub clock_ns: f64,
}

impl Default for Config {
    /// The paper-sized core of spec §8, on a 1×1 mesh.
    fn default() -> Self {
        Config {
            cores: 1,
            mesh: "auto".into(),
            query_rows: 128,
            head_dim: 64,
            hidden: 4096,
            seq_max: 4096,
            tiles_max: 32,
            kq_max: 64,
            score_width: 16,
            predictor_cols: 32,
            sort_width: 16,
            kv_pes: 4,
            sufa_pes: 2,
            reset: ResetStyle::SyncHigh,
            prefix: "star_".into(),
            clock_ns: 10.0,
        }
    }
}

/// Command-line overrides; each flag, when given, replaces the file's (or the default) value.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct Overrides {
    /// Number of cores in the mesh [1..=64]
    #[arg(long)]
    pub cores: Option<u32>,
    /// Mesh shape RxC with R·C = cores, or `auto` (near-square)
    #[arg(long)]
    pub mesh: Option<String>,
    /// T, query rows per core [1..=256]
    #[arg(long)]
    pub query_rows: Option<u32>,
    /// d, head dimension [1..=256]
    #[arg(long)]
    pub head_dim: Option<u32>,
    /// H, largest hidden size [1..=8192]
    #[arg(long)]
    pub hidden: Option<u32>,
    /// S_max, largest sequence length per core [1..=65536]
    #[arg(long)]
    pub seq_max: Option<u32>,
    /// Tc_max, largest tile count [1..=256, ≤ seq_max]
    #[arg(long)]
    pub tiles_max: Option<u32>,
    /// kq_max, largest keys kept per tile [1..=1024]
    #[arg(long)]
    pub kq_max: Option<u32>,
    /// B, predicted score width in bits [8..=32]
    #[arg(long)]
    pub score_width: Option<u32>,
    /// Columns of the DLZS shift-add array [1..=256]
    #[arg(long)]
    pub predictor_cols: Option<u32>,
    /// Sort network inputs: 8, 16 or 32 (keeps a quarter)
    #[arg(long)]
    pub sort_width: Option<u32>,
    /// K/V generation PEs per row [1..=16]
    #[arg(long)]
    pub kv_pes: Option<u32>,
    /// SU-FA PEs per row per array [1..=16]
    #[arg(long)]
    pub sufa_pes: Option<u32>,
    /// Reset style
    #[arg(long, value_enum)]
    pub reset: Option<ResetStyle>,
    /// Module/file prefix, lower-case, ending in `_`
    #[arg(long)]
    pub prefix: Option<String>,
    /// Target clock period in ns [0.5..=100]
    #[arg(long)]
    pub clock_ns: Option<f64>,
}

macro_rules! apply_overrides {
    ($cfg:expr, $o:expr, $($f:ident),*) => {
        $( if let Some(v) = $o.$f.clone() { $cfg.$f = v; } )*
    };
}

impl Config {
    /// Reads a YAML file (unknown and duplicate keys are errors), applies the overrides and
    /// validates. `None` starts from the defaults.
    pub fn load(path: Option<&Path>, over: &Overrides) -> Result<Config, UserError> {
        let mut cfg = match path {
            None => Config::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| {
                    UserError(format!("--config {}: cannot read: {e}", p.display()))
                })?;
                Config::from_yaml(&text)
                    .map_err(|e| UserError(format!("--config {}: {}", p.display(), e.0)))?
            }
        };
        apply_overrides!(
            cfg,
            over,
            cores,
            mesh,
            query_rows,
            head_dim,
            hidden,
            seq_max,
            tiles_max,
            kq_max,
            score_width,
            predictor_cols,
            sort_width,
            kv_pes,
            sufa_pes,
            reset,
            prefix,
            clock_ns
        );
        cfg.resolve()?;
        Ok(cfg)
    }

    /// Parses YAML without resolving; errors are flattened to one line.
    pub fn from_yaml(text: &str) -> Result<Config, UserError> {
        serde_saphyr::from_str::<Config>(text).map_err(|e| {
            // The parser's message is followed by a rendered source snippet; keep the message.
            let msg = e.to_string();
            let first = msg.split(" --> ").next().unwrap_or(&msg);
            let line = first
                .lines()
                .map(str::trim)
                .take_while(|l| !l.starts_with("-->"))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            UserError(line.trim_start_matches("error: ").to_string())
        })
    }

    /// Checks every field against its range and fills in derived values (`mesh: auto`).
    pub fn resolve(&mut self) -> Result<(), UserError> {
        range("cores", self.cores, 1, 64)?;
        range("query_rows", self.query_rows, 1, 256)?;
        range("head_dim", self.head_dim, 1, 256)?;
        range("hidden", self.hidden, 1, 8192)?;
        range("seq_max", self.seq_max, 1, 65536)?;
        range("tiles_max", self.tiles_max, 1, 256.min(self.seq_max))?;
        range("kq_max", self.kq_max, 1, 1024)?;
        range("score_width", self.score_width, 8, 32)?;
        range("predictor_cols", self.predictor_cols, 1, 256)?;
        if ![8, 16, 32].contains(&self.sort_width) {
            return Err(UserError(format!(
                "config field `sort_width` = {} is not allowed (allowed: 8, 16, 32)",
                self.sort_width
            )));
        }
        range("kv_pes", self.kv_pes, 1, 16)?;
        range("sufa_pes", self.sufa_pes, 1, 16)?;
        if !(self.clock_ns.is_finite() && (0.5..=100.0).contains(&self.clock_ns)) {
            return Err(UserError(format!(
                "config field `clock_ns` = {} is out of range (allowed 0.5..=100)",
                self.clock_ns
            )));
        }
        let p = &self.prefix;
        let ok = p.len() <= 16
            && p.ends_with('_')
            && p.starts_with(|c: char| c.is_ascii_lowercase())
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return Err(UserError(format!(
                "config field `prefix` = {p:?} is not allowed (allowed: [a-z][a-z0-9_]*_ , at most 16 characters)"
            )));
        }
        let (r, c) = if self.mesh == "auto" {
            near_square(self.cores)
        } else {
            parse_mesh(&self.mesh).ok_or_else(|| {
                UserError(format!(
                    "config field `mesh` = {:?} is not allowed (allowed: `auto` or RxC with R·C = cores = {})",
                    self.mesh, self.cores
                ))
            })?
        };
        if r * c != self.cores {
            return Err(UserError(format!(
                "config field `mesh` = {:?} has {} cores (allowed: RxC with R·C = cores = {})",
                self.mesh,
                r * c,
                self.cores
            )));
        }
        self.mesh = format!("{r}x{c}");
        Ok(())
    }

    /// Mesh rows and columns (after [`Config::resolve`]).
    pub fn mesh_shape(&self) -> (u32, u32) {
        parse_mesh(&self.mesh).unwrap_or((1, self.cores))
    }

    /// The resolved config as YAML (what `--dump-config` prints).
    pub fn to_yaml(&self) -> String {
        serde_saphyr::to_string(self).expect("config serialises")
    }

    /// First 16 hex digits of the SHA-256 of the canonical JSON of the config.
    pub fn hash(&self) -> String {
        use sha2::Digest;
        let json = serde_json::to_string(self).expect("config serialises");
        let d = sha2::Sha256::digest(json.as_bytes());
        d.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }
}

fn range(field: &str, v: u32, lo: u32, hi: u32) -> Result<(), UserError> {
    if v < lo || v > hi {
        return Err(UserError(format!(
            "config field `{field}` = {v} is out of range (allowed {lo}..={hi})"
        )));
    }
    Ok(())
}

fn parse_mesh(s: &str) -> Option<(u32, u32)> {
    let (r, c) = s.split_once('x')?;
    let (r, c) = (r.parse().ok()?, c.parse().ok()?);
    (r >= 1 && c >= 1).then_some((r, c))
}

/// R = the largest divisor of n not above √n, C = n / R (so 16 → 4x4, 8 → 2x4, 2 → 1x2).
fn near_square(n: u32) -> (u32, u32) {
    let r = (1..=n)
        .filter(|r| n.is_multiple_of(*r) && r * r <= n)
        .max()
        .unwrap_or(1);
    (r, n / r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_resolve() {
        let cfg = Config::load(None, &Overrides::default()).unwrap();
        assert_eq!(cfg.mesh, "1x1");
        let o = Overrides {
            cores: Some(16),
            ..Default::default()
        };
        assert_eq!(Config::load(None, &o).unwrap().mesh, "4x4");
        assert_eq!(near_square(8), (2, 4));
        assert_eq!(near_square(7), (1, 7));
    }

    #[test]
    fn yaml_rejects_unknown_and_duplicate_keys() {
        assert!(Config::from_yaml("cores: 2\n").is_ok());
        let e = Config::from_yaml("corez: 2\n").unwrap_err().0;
        assert!(e.contains("corez"), "{e}");
        assert!(!e.contains('\n'));
        let e = Config::from_yaml("cores: 2\ncores: 3\n").unwrap_err().0;
        assert!(e.to_lowercase().contains("duplicate"), "{e}");
    }

    #[test]
    fn out_of_range_names_field_and_range() {
        let o = Overrides {
            cores: Some(0),
            ..Default::default()
        };
        let e = Config::load(None, &o).unwrap_err().0;
        assert_eq!(
            e,
            "config field `cores` = 0 is out of range (allowed 1..=64)"
        );
        let o = Overrides {
            cores: Some(6),
            mesh: Some("4x4".into()),
            ..Default::default()
        };
        assert!(Config::load(None, &o).unwrap_err().0.contains("`mesh`"));
    }

    #[test]
    fn yaml_roundtrip() {
        let cfg = Config::load(None, &Overrides::default()).unwrap();
        assert_eq!(Config::from_yaml(&cfg.to_yaml()).unwrap(), cfg);
    }
}
