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
    /// Number of cores in the mesh [1..=64; default 1, or R·C of --mesh RxC]
    #[arg(long, value_name = "N", value_parser = u32_in("cores", 1, 64))]
    pub cores: Option<u32>,
    /// Mesh shape RxC (R·C = cores; alone it sets cores), or `auto` (near-square) [default: auto]
    #[arg(long, value_name = "RxC")]
    pub mesh: Option<String>,
    /// T, query rows per core [1..=256; default 128]
    #[arg(long, value_name = "N", value_parser = u32_in("query_rows", 1, 256))]
    pub query_rows: Option<u32>,
    /// d, head dimension [1..=256; default 64]
    #[arg(long, value_name = "N", value_parser = u32_in("head_dim", 1, 256))]
    pub head_dim: Option<u32>,
    /// H, largest hidden size [1..=8192; default 4096]
    #[arg(long, value_name = "N", value_parser = u32_in("hidden", 1, 8192))]
    pub hidden: Option<u32>,
    /// S_max, largest sequence length per core [1..=65536; default 4096]
    #[arg(long, value_name = "N", value_parser = u32_in("seq_max", 1, 65536))]
    pub seq_max: Option<u32>,
    /// Tc_max, largest tile count [1..=256, ≤ seq_max; default 32]
    #[arg(long, value_name = "N", value_parser = u32_in("tiles_max", 1, 256))]
    pub tiles_max: Option<u32>,
    /// kq_max, largest keys kept per tile [1..=1024; default 64]
    #[arg(long, value_name = "N", value_parser = u32_in("kq_max", 1, 1024))]
    pub kq_max: Option<u32>,
    /// B, predicted score width in bits [8..=32; default 16]
    #[arg(long, value_name = "BITS", value_parser = u32_in("score_width", 8, 32))]
    pub score_width: Option<u32>,
    /// Columns of the DLZS shift-add array [1..=256; default 32]
    #[arg(long, value_name = "N", value_parser = u32_in("predictor_cols", 1, 256))]
    pub predictor_cols: Option<u32>,
    /// Sort network inputs: 8, 16 or 32 (keeps a quarter) [default 16]
    #[arg(long, value_name = "N", value_parser = u32_in("sort_width", 8, 32))]
    pub sort_width: Option<u32>,
    /// K/V generation PEs per row [1..=16; default 4]
    #[arg(long, value_name = "N", value_parser = u32_in("kv_pes", 1, 16))]
    pub kv_pes: Option<u32>,
    /// SU-FA PEs per row per array [1..=16; default 2]
    #[arg(long, value_name = "N", value_parser = u32_in("sufa_pes", 1, 16))]
    pub sufa_pes: Option<u32>,
    /// Reset style [default: sync_high]
    #[arg(long, value_enum)]
    pub reset: Option<ResetStyle>,
    /// Module/file prefix, lower-case, ending in `_` [default: star_]
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Target clock period in ns [0.5..=100; default 10]
    #[arg(long, value_name = "NS", value_parser = f64_in("clock_ns", 0.5, 100.0))]
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
        let mut cores_given = over.cores.is_some();
        let mut cfg = match path {
            None => Config::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| {
                    UserError(format!(
                        "--config {}: cannot read: {}",
                        p.display(),
                        crate::io_text(&e)
                    ))
                })?;
                let (c, keys) = Config::from_yaml_keys(&text)
                    .map_err(|e| UserError(format!("--config {}: {}", p.display(), e.0)))?;
                cores_given |= keys.iter().any(|k| k == "cores");
                c
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
        // A mesh shape given without a core count sets it: `--mesh 2x8` alone is 16 cores.
        if !cores_given && let Some((r, c)) = parse_mesh(&cfg.mesh) {
            cfg.cores = r.saturating_mul(c);
        }
        cfg.resolve()?;
        Ok(cfg)
    }

    /// Parses YAML without resolving; errors are one line naming the field and what it expects.
    pub fn from_yaml(text: &str) -> Result<Config, UserError> {
        Config::from_yaml_keys(text).map(|(c, _)| c)
    }

    /// [`Config::from_yaml`], also returning the keys the file sets.
    fn from_yaml_keys(text: &str) -> Result<(Config, Vec<String>), UserError> {
        use serde_json::Value;
        let v: Value = serde_saphyr::from_str(text).map_err(|e| UserError(yaml_error(&e)))?;
        let map = match v {
            Value::Null => serde_json::Map::new(),
            Value::Object(m) => m,
            other => {
                return Err(UserError(format!(
                    "expected a mapping of config fields (`key: value` lines), found {}",
                    kind_of(&other)
                )));
            }
        };
        let mut out = serde_json::Map::new();
        for (k, v) in map {
            let Some(f) = FIELDS.iter().find(|f| f.name == k) else {
                let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
                return Err(UserError(format!(
                    "unknown config field `{k}` (expected one of: {})",
                    names.join(", ")
                )));
            };
            out.insert(k.clone(), f.kind.check(&k, v)?);
        }
        let keys: Vec<String> = out.keys().cloned().collect();
        let cfg: Config = serde_json::from_value(Value::Object(out))
            .map_err(|e| UserError(format!("config: {e}")))?;
        Ok((cfg, keys))
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

/// What a YAML field holds (for one-line type errors).
#[derive(Clone, Copy)]
enum Kind {
    /// An integer; the range is checked in [`Config::resolve`] (some bounds depend on others).
    U32,
    F64,
    Str,
    Reset,
}

struct Field {
    name: &'static str,
    kind: Kind,
}

/// Every YAML key, in the order of [`Config`].
const FIELDS: &[Field] = &[
    Field {
        name: "cores",
        kind: Kind::U32,
    },
    Field {
        name: "mesh",
        kind: Kind::Str,
    },
    Field {
        name: "query_rows",
        kind: Kind::U32,
    },
    Field {
        name: "head_dim",
        kind: Kind::U32,
    },
    Field {
        name: "hidden",
        kind: Kind::U32,
    },
    Field {
        name: "seq_max",
        kind: Kind::U32,
    },
    Field {
        name: "tiles_max",
        kind: Kind::U32,
    },
    Field {
        name: "kq_max",
        kind: Kind::U32,
    },
    Field {
        name: "score_width",
        kind: Kind::U32,
    },
    Field {
        name: "predictor_cols",
        kind: Kind::U32,
    },
    Field {
        name: "sort_width",
        kind: Kind::U32,
    },
    Field {
        name: "kv_pes",
        kind: Kind::U32,
    },
    Field {
        name: "sufa_pes",
        kind: Kind::U32,
    },
    Field {
        name: "reset",
        kind: Kind::Reset,
    },
    Field {
        name: "prefix",
        kind: Kind::Str,
    },
    Field {
        name: "clock_ns",
        kind: Kind::F64,
    },
];

fn kind_of(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "nothing (null)".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}

impl Kind {
    /// The value if it has this kind (scalars are taken as text for text fields).
    fn check(self, name: &str, v: serde_json::Value) -> Result<serde_json::Value, UserError> {
        use serde_json::Value;
        let bad = |want: &str, v: &Value| {
            Err(UserError(format!(
                "config field `{name}`: expected {want}, found {}",
                kind_of(v)
            )))
        };
        match self {
            Kind::U32 => match v.as_u64() {
                Some(n) if n <= u32::MAX as u64 => Ok(v),
                _ => bad("a whole number (see `star-gen --help` for its range)", &v),
            },
            Kind::F64 => match v.as_f64() {
                Some(x) if x.is_finite() => Ok(Value::from(x)),
                _ => bad("a number of nanoseconds", &v),
            },
            Kind::Str => match v {
                Value::String(_) => Ok(v),
                Value::Number(n) => Ok(Value::String(n.to_string())),
                _ => bad("text", &v),
            },
            Kind::Reset => match v.as_str() {
                Some("sync_high" | "async_low") => Ok(v),
                _ => bad("`sync_high` or `async_low`", &v),
            },
        }
    }
}

/// The YAML parser's error on one line, without its source snippet or API advice.
fn yaml_error(e: &impl std::fmt::Display) -> String {
    let msg = e.to_string();
    let first = msg.split(" --> ").next().unwrap_or(&msg);
    let line = first
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("-->"))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let line = line.trim_start_matches("error: ");
    // Duplicate keys: "<pos>: duplicate mapping key: K, set DuplicateKeyPolicy ..."
    if let Some(i) = line.find("duplicate mapping key: ") {
        let key = line[i + 23..].split(',').next().unwrap_or("").trim();
        let pos = line[..i].trim_end_matches([':', ' ']);
        return format!("config field `{key}` is given twice ({pos}); give each field once");
    }
    let line = line.split(", set ").next().unwrap_or(line);
    let line = line.split("; use ").next().unwrap_or(line);
    format!("invalid YAML: {line}")
}

/// A clap value parser for a u32 flag with its range: `--cores=-1` says what `--cores` takes.
pub fn u32_in(
    field: &'static str,
    lo: u32,
    hi: u32,
) -> impl Fn(&str) -> Result<u32, String> + Clone + Send + Sync + 'static {
    move |s: &str| match s.trim().parse::<i128>() {
        Ok(v) if (lo as i128..=hi as i128).contains(&v) => Ok(v as u32),
        _ => Err(format!(
            "`{field}` takes a whole number in {lo}..={hi}, found {s:?}"
        )),
    }
}

/// A clap value parser for an f64 flag with its range.
pub fn f64_in(
    field: &'static str,
    lo: f64,
    hi: f64,
) -> impl Fn(&str) -> Result<f64, String> + Clone + Send + Sync + 'static {
    move |s: &str| match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && (lo..=hi).contains(&v) => Ok(v),
        _ => Err(format!(
            "`{field}` takes a number in {lo}..={hi}, found {s:?}"
        )),
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
        assert!(e.contains("`cores` is given twice"), "{e}");
        assert!(!e.contains("DuplicateKeyPolicy"), "{e}");
        let e = Config::from_yaml("cores: abc\n").unwrap_err().0;
        assert!(e.contains("`cores`: expected a whole number"), "{e}");
    }

    /// `--help` states each field's default: it must be the default of [`Config`].
    #[test]
    fn help_defaults_are_the_defaults() {
        use clap::Args;
        let cmd = Overrides::augment_args(clap::Command::new("t"));
        let def = serde_json::to_value(Config::default()).unwrap();
        for a in cmd.get_arguments() {
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let id = a.get_id().as_str();
            let i = help
                .find("default")
                .unwrap_or_else(|| panic!("--{id}: no default"));
            let shown = help[i + 7..]
                .trim_start_matches(':')
                .trim_start()
                .split([',', ';', ']'])
                .next()
                .unwrap()
                .trim();
            let want = match &def[id] {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string().trim_end_matches(".0").to_string(),
            };
            assert_eq!(shown, want, "--{id}: {help}");
        }
    }

    #[test]
    fn mesh_alone_sets_cores() {
        let o = Overrides {
            mesh: Some("2x8".into()),
            ..Default::default()
        };
        let c = Config::load(None, &o).unwrap();
        assert_eq!((c.cores, c.mesh.as_str()), (16, "2x8"));
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
