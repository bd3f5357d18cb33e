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

/// Declares every configuration field once: the [`Config`] field and its doc, its default, its
/// YAML kind, its check (run by [`Config::resolve`], in table order), and its flag in
/// [`Overrides`] with the help text (range and default; `help_defaults_are_the_defaults` checks
/// the default stated there) and the flag's value parser.
macro_rules! config_fields {
    ($(
        $(#[doc = $doc:literal])*
        $field:ident: $ty:ty = $default:expr;
        yaml $kind:ident, check $check:expr;
        flag $help:literal $(, #[$arg:meta])*;
    )*) => {
        /// The resolved configuration. Field order is the order of `--dump-config` and the
        /// manifest.
        #[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
        #[serde(deny_unknown_fields, default)]
        pub struct Config {
            $( $(#[doc = $doc])* pub $field: $ty, )*
        }

        /// The paper-sized core of spec §8, on a 1×1 mesh.
        impl Default for Config {
            fn default() -> Self {
                Config { $( $field: $default, )* }
            }
        }

        /// Command-line overrides; each flag, when given, replaces the file's (or the default)
        /// value.
        #[derive(clap::Args, Debug, Default, Clone)]
        pub struct Overrides {
            $( #[doc = $help] $(#[$arg])* pub $field: Option<$ty>, )*
        }

        impl Overrides {
            fn apply(&self, cfg: &mut Config) {
                $( if let Some(v) = self.$field.clone() { cfg.$field = v; } )*
            }
        }

        /// Every YAML key, in the order of [`Config`].
        const FIELDS: &[Field] = &[ $( Field { name: stringify!($field), kind: Kind::$kind }, )* ];

        impl Config {
            /// Each field's own check, in table order.
            fn check_fields(&self) -> Result<(), UserError> {
                $( ($check)(self)?; )*
                Ok(())
            }
        }
    };
}

type Check = fn(&Config) -> Result<(), UserError>;
const NONE: Check = |_| Ok(());

config_fields! {
    /// Number of STAR cores in the mesh.
    cores: u32 = 1;
    yaml U32, check |c: &Config| range("cores", c.cores, 1, 64);
    flag "Number of cores in the mesh [1..=64; default 1, or R·C of --mesh RxC]",
        #[arg(long, value_name = "N", value_parser = u32_in("cores", 1, 64))];
    /// Mesh shape `RxC` (R·C = cores), or `auto` for the near-square default.
    mesh: String = "auto".into();
    yaml Str, check NONE; // resolved with `cores` in Config::resolve
    flag "Mesh shape RxC (R·C = cores; alone it sets cores), or `auto` (near-square) [default: auto]",
        #[arg(long, value_name = "RxC")];
    /// T: query rows processed in parallel by one core.
    query_rows: u32 = 128;
    yaml U32, check |c: &Config| range("query_rows", c.query_rows, 1, 256);
    flag "T, query rows per core [1..=256; default 128]",
        #[arg(long, value_name = "N", value_parser = u32_in("query_rows", 1, 256))];
    /// d: head dimension.
    head_dim: u32 = 64;
    yaml U32, check |c: &Config| range("head_dim", c.head_dim, 1, 256);
    flag "d, head dimension [1..=256; default 64]",
        #[arg(long, value_name = "N", value_parser = u32_in("head_dim", 1, 256))];
    /// H: largest hidden size (input width of the K/V projections).
    hidden: u32 = 4096;
    yaml U32, check |c: &Config| range("hidden", c.hidden, 1, 8192);
    flag "H, largest hidden size [1..=8192; default 4096]",
        #[arg(long, value_name = "N", value_parser = u32_in("hidden", 1, 8192))];
    /// S_max: largest sequence length per core.
    seq_max: u32 = 4096;
    yaml U32, check |c: &Config| range("seq_max", c.seq_max, 1, 65536);
    flag "S_max, largest sequence length per core [1..=65536; default 4096]",
        #[arg(long, value_name = "N", value_parser = u32_in("seq_max", 1, 65536))];
    /// K/V store depth in tokens (spec v3 §4); 0 = seq_max. Tokens at or beyond it regenerate.
    kv_store_rows: u32 = 0;
    yaml U32, check |c: &Config| range("kv_store_rows", c.kv_store_rows, 0, c.seq_max);
    flag "K/V store depth in tokens [0 = seq_max, 1..=seq_max; default 0]",
        #[arg(long, value_name = "N", value_parser = u32_in("kv_store_rows", 0, 65536))];
    /// Tc_max: largest number of tiles per key row.
    tiles_max: u32 = 32;
    yaml U32, check |c: &Config| range("tiles_max", c.tiles_max, 1, 256.min(c.seq_max));
    flag "Tc_max, largest tile count [1..=256, ≤ seq_max; default 32]",
        #[arg(long, value_name = "N", value_parser = u32_in("tiles_max", 1, 256))];
    /// Bc_max: largest tile, in keys, that the tile buffers hold (the sorter's score buffer,
    /// SU-FA's K/V and mask buffers, RASS's buffers); the effective bound is
    /// min(tile_keys_max, seq_max) ([`Config::bc_max`]). A run whose Bc = ceil(S / Tc) exceeds it
    /// is refused; it must be at least ceil(seq_max / tiles_max). The default bounds nothing
    /// below seq_max, so every S and Tc legal without the field stays legal and the sizes stay
    /// as they were; a core with a memory budget sets it (for example 512 at seq_max 4096 for
    /// Tc >= 8, docs/architecture.md "Memories").
    tile_keys_max: u32 = 65536;
    yaml U32, check check_tile_keys;
    flag "Bc_max, largest tile in keys the tile buffers hold [ceil(seq_max/tiles_max)..=65536; default 65536]",
        #[arg(long, value_name = "N", value_parser = u32_in("tile_keys_max", 1, 65536))];
    /// kq_max: largest number of keys selected per tile.
    kq_max: u32 = 64;
    yaml U32, check |c: &Config| range("kq_max", c.kq_max, 1, 1024);
    flag "kq_max, largest keys kept per tile [1..=1024; default 64]",
        #[arg(long, value_name = "N", value_parser = u32_in("kq_max", 1, 1024))];
    /// B: width of the predicted scores Â (the sorter's score width).
    score_width: u32 = 16;
    yaml U32, check |c: &Config| range("score_width", c.score_width, 8, 32);
    flag "B, predicted score width in bits [8..=32; default 16]",
        #[arg(long, value_name = "BITS", value_parser = u32_in("score_width", 8, 32))];
    /// Columns of the DLZS shift-add array (T rows × this).
    predictor_cols: u32 = 32;
    yaml U32, check |c: &Config| range("predictor_cols", c.predictor_cols, 1, 256);
    flag "Columns of the DLZS shift-add array [1..=256; default 32]",
        #[arg(long, value_name = "N", value_parser = u32_in("predictor_cols", 1, 256))];
    /// Inputs of the streaming bitonic sort network (it keeps a quarter of them).
    sort_width: u32 = 16;
    yaml U32, check |c: &Config| one_of("sort_width", c.sort_width, &[8, 16, 32]);
    flag "Sort network inputs: 8, 16 or 32 (keeps a quarter) [default 16]",
        #[arg(long, value_name = "N", value_parser = u32_in("sort_width", 8, 32))];
    /// 16-bit PEs per row of the K/V generation array.
    kv_pes: u32 = 4;
    yaml U32, check |c: &Config| range("kv_pes", c.kv_pes, 1, 16);
    flag "K/V generation PEs per row [1..=16; default 4]",
        #[arg(long, value_name = "N", value_parser = u32_in("kv_pes", 1, 16))];
    /// PEs per row of each SU-FA systolic array (Q·Kᵀ and P·V).
    sufa_pes: u32 = 2;
    yaml U32, check |c: &Config| range("sufa_pes", c.sufa_pes, 1, 16);
    flag "SU-FA PEs per row per array [1..=16; default 2]",
        #[arg(long, value_name = "N", value_parser = u32_in("sufa_pes", 1, 16))];
    /// Depth of each SU-FA row's K and V queues (entries of d INT16 lanes), a power of two.
    /// 16 by default: at S = 2048 (64 selected keys per row and tile) depth 8 stalled the
    /// broadcast 14 % of the head; 32 gains 2 % more for twice the bits (make bench-core).
    sufa_queue_depth: u32 = 16;
    yaml U32, check |c: &Config| one_of("sufa_queue_depth", c.sufa_queue_depth, &[2, 4, 8, 16, 32, 64]);
    flag "SU-FA per-row K/V queue depth: 2, 4, 8, 16, 32 or 64 [default 16]",
        #[arg(long, value_name = "N", value_parser = u32_in("sufa_queue_depth", 2, 64))];
    /// Reset style of the generated RTL.
    reset: ResetStyle = ResetStyle::SyncHigh;
    yaml Reset, check NONE;
    flag "Reset style [default: sync_high]", #[arg(long, value_enum)];
    /// Module and file name prefix.
    prefix: String = "star_".into();
    yaml Str, check |c: &Config| check_prefix(&c.prefix);
    flag "Module/file prefix, lower-case, ending in `_` [default: star_]",
        #[arg(long, value_name = "PREFIX")];
    /// Target clock period in ns (constraints and timing reports).
    clock_ns: f64 = 10.0;
    yaml F64, check |c: &Config| check_clock(c.clock_ns);
    flag "Target clock period in ns [0.5..=100; default 10]",
        #[arg(long, value_name = "NS", value_parser = f64_in("clock_ns", 0.5, 100.0))];
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
        over.apply(&mut cfg);
        // A mesh shape given without a core count sets it: `--mesh 2x8` alone is 16 cores.
        if !cores_given && let Some((r, c)) = parse_mesh(&cfg.mesh) {
            let n = u64::from(r) * u64::from(c);
            if n > 64 {
                return Err(UserError(format!(
                    "config field `mesh` = {:?} has {n} cores (allowed: at most 64)",
                    cfg.mesh
                )));
            }
            cfg.cores = n as u32;
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
        self.check_fields()?;
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
        let n = u64::from(r) * u64::from(c);
        if n != u64::from(self.cores) {
            return Err(UserError(format!(
                "config field `mesh` = {:?} has {n} cores (allowed: RxC with R·C = cores = {})",
                self.mesh, self.cores
            )));
        }
        self.mesh = format!("{r}x{c}");
        Ok(())
    }

    /// Bc_max: the largest tile the tile buffers hold, min(tile_keys_max, seq_max).
    pub fn bc_max(&self) -> u32 {
        self.tile_keys_max.min(self.seq_max)
    }

    /// Checks that a run of `s` keys in `tiles` tiles fits the tile buffers: its largest tile,
    /// Bc = ceil(S / Tc), is at most [`Config::bc_max`]. `what` names the run in the message.
    pub fn check_tile(&self, what: &str, s: usize, tiles: usize) -> Result<(), UserError> {
        let bc = s.div_ceil(tiles.max(1));
        if bc > self.bc_max() as usize {
            return Err(UserError(format!(
                "{what}: largest tile Bc = ceil({s} / {tiles}) = {bc} keys exceeds tile_keys_max = {} \
                 (the tile buffers' size): use more tiles or a larger tile_keys_max",
                self.bc_max()
            )));
        }
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
    // Resource limits (YAML bombs): say what happened, not the parser's internal counters.
    if let Some(i) = line.find("budget breached") {
        let pos = line[..i].trim_end_matches([':', ' ']);
        return format!(
            "invalid YAML: {pos}: the document expands beyond the size limit (aliases or nesting)"
        );
    }
    let line = line.split(", set ").next().unwrap_or(line);
    let line = line.split("; use ").next().unwrap_or(line);
    let line = line
        .replace(" rejected by the configured policy", " is not allowed")
        .replace("cannot deserialize null into string", "a key is empty");
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

fn one_of(field: &str, v: u32, allowed: &[u32]) -> Result<(), UserError> {
    if !allowed.contains(&v) {
        let a: Vec<String> = allowed.iter().map(|x| x.to_string()).collect();
        return Err(UserError(format!(
            "config field `{field}` = {v} is not allowed (allowed: {})",
            a.join(", ")
        )));
    }
    Ok(())
}

fn check_clock(v: f64) -> Result<(), UserError> {
    if !(v.is_finite() && (0.5..=100.0).contains(&v)) {
        return Err(UserError(format!(
            "config field `clock_ns` = {v} is out of range (allowed 0.5..=100)"
        )));
    }
    Ok(())
}

fn check_prefix(p: &str) -> Result<(), UserError> {
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
    Ok(())
}

fn range(field: &str, v: u32, lo: u32, hi: u32) -> Result<(), UserError> {
    if v < lo || v > hi {
        return Err(UserError(format!(
            "config field `{field}` = {v} is out of range (allowed {lo}..={hi})"
        )));
    }
    Ok(())
}

/// tile_keys_max in range, and large enough that S = seq_max fits some Tc <= tiles_max.
fn check_tile_keys(c: &Config) -> Result<(), UserError> {
    range("tile_keys_max", c.tile_keys_max, 1, 65536)?;
    let need = c.seq_max.div_ceil(c.tiles_max.max(1));
    if c.tile_keys_max < need {
        return Err(UserError(format!(
            "config field `tile_keys_max` = {} is below ceil(seq_max / tiles_max) = {need}: no tile \
             count fits S = seq_max (allowed {need}..=65536)",
            c.tile_keys_max
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
