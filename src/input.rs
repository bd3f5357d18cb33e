//! `eval`'s input, checked before anything runs: every `.npy` file's format, dtype, size, shape
//! against the others and values. Each problem is one line naming the file, what was expected
//! and what was found (a `UserError`, exit code 2).
//!
//! Shapes (docs/spec-decisions.md, "eval, reading of §7"): `L{l}/x.npy` is [S, H];
//! `wq`, `wk`, `wv` are [H, d] (C or Fortran order: the logical array the header describes);
//! `q`, `k`, `v`, `o` are [S, d]; `bq`, `bk`, `bv` are [d]. `wq`, `bq` and `v` are not used by the
//! core's model; when present they are checked all the same.

use crate::UserError;
use crate::config::Config;
use crate::host::Tensor;
use std::path::{Path, PathBuf};

/// The tensors of one head that the model uses, checked.
pub struct HeadInputs {
    pub x: Tensor,
    pub wk: Tensor,
    pub wv: Tensor,
    pub bk: Tensor,
    pub bv: Tensor,
    pub q: Tensor,
    pub k: Tensor,
    pub o: Tensor,
}

/// An `.npy` header: element size in bytes, byte order, Fortran order, shape.
struct Header {
    size: usize,
    big_endian: bool,
    fortran: bool,
    shape: Vec<usize>,
}

fn shape_text(s: &[usize]) -> String {
    match s {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            s.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Value of `'key':` in a numpy header dict (up to the next top-level comma).
fn dict_value<'a>(dict: &'a str, key: &str) -> Option<&'a str> {
    let pat = format!("'{key}':");
    let rest = dict[dict.find(&pat)? + pat.len()..].trim_start();
    if let Some(r) = rest.strip_prefix('(') {
        return Some(&r[..r.find(')')?]);
    }
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// Parses the header; returns it and the offset of the data.
fn parse_header(bytes: &[u8]) -> Result<(Header, usize), String> {
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err("not a .npy file (expected the \\x93NUMPY magic)".into());
    }
    let (len, start): (usize, usize) = match bytes[6] {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
        2 | 3 if bytes.len() >= 12 => (
            u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize,
            12,
        ),
        v => return Err(format!("unsupported .npy version {v} (expected 1, 2 or 3)")),
    };
    let end = start
        .checked_add(len)
        .filter(|&e| e <= bytes.len())
        .ok_or_else(|| {
            format!(
                "truncated header: expected {len} header bytes, found {}",
                bytes.len() - start
            )
        })?;
    let dict =
        std::str::from_utf8(&bytes[start..end]).map_err(|_| "header is not text".to_string())?;
    let descr = dict_value(dict, "descr")
        .ok_or("header has no 'descr'")?
        .trim_matches(['\'', '"']);
    let (big_endian, size) = match descr {
        "<f4" | "=f4" => (false, 4),
        "<f8" | "=f8" => (false, 8),
        ">f4" => (true, 4),
        ">f8" => (true, 8),
        other => {
            return Err(format!(
                "dtype: expected float32 or float64 ('<f4' or '<f8'), found '{other}'"
            ));
        }
    };
    let fortran = match dict_value(dict, "fortran_order") {
        Some("True") => true,
        Some("False") => false,
        _ => return Err("header has no valid 'fortran_order'".into()),
    };
    let shape_s = dict_value(dict, "shape").ok_or("header has no 'shape'")?;
    let shape = shape_s
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('L').parse::<usize>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| format!("header shape ({shape_s}) is not a list of sizes"))?;
    Ok((
        Header {
            size,
            big_endian,
            fortran,
            shape,
        },
        end,
    ))
}

/// Reads a float32/float64 `.npy` of rank 1 or 2 into a row-major tensor, checking its size.
pub fn read(path: &Path) -> Result<(Tensor, Vec<usize>), UserError> {
    let err = |m: String| UserError(format!("{}: {m}", path.display()));
    let bytes = std::fs::read(path).map_err(|e| UserError::io("cannot read", path, &e))?;
    let (h, off) = parse_header(&bytes).map_err(err)?;
    let (rows, cols) = match h.shape[..] {
        [n] => (1, n),
        [r, c] => (r, c),
        _ => {
            return Err(err(format!(
                "expected a 1-D or 2-D array, found shape {}",
                shape_text(&h.shape)
            )));
        }
    };
    let n = rows
        .checked_mul(cols)
        .filter(|n| n.checked_mul(h.size).is_some())
        .ok_or_else(|| err(format!("shape {} is too large", shape_text(&h.shape))))?;
    let found = bytes.len() - off;
    if found != n * h.size {
        return Err(err(format!(
            "{}: expected {} data bytes for shape {} of {}-byte floats, found {found}",
            if found < n * h.size {
                "truncated"
            } else {
                "trailing data"
            },
            n * h.size,
            shape_text(&h.shape),
            h.size
        )));
    }
    let data = &bytes[off..];
    let mut v: Vec<f64> = if h.size == 4 {
        data.chunks_exact(4)
            .map(|c| {
                let b = [c[0], c[1], c[2], c[3]];
                f64::from(if h.big_endian {
                    f32::from_be_bytes(b)
                } else {
                    f32::from_le_bytes(b)
                })
            })
            .collect()
    } else {
        data.chunks_exact(8)
            .map(|c| {
                let b: [u8; 8] = c.try_into().expect("8 bytes");
                if h.big_endian {
                    f64::from_be_bytes(b)
                } else {
                    f64::from_le_bytes(b)
                }
            })
            .collect()
    };
    if h.fortran && rows > 1 {
        v = (0..n).map(|i| v[(i % cols) * rows + i / cols]).collect();
    }
    if let Some(i) = v.iter().position(|x| !x.is_finite()) {
        let at = if h.shape.len() == 1 {
            format!("[{i}]")
        } else {
            format!("[{}, {}]", i / cols, i % cols)
        };
        return Err(err(format!(
            "expected finite values, found {} at {at}",
            v[i]
        )));
    }
    Ok((
        Tensor {
            rows,
            cols,
            data: v,
        },
        h.shape,
    ))
}

/// The head's files, checked against each other. `layer` selects `L{layer}/x.npy`.
pub fn load_head(dir: &Path, name: &str, layer: usize) -> Result<HeadInputs, UserError> {
    let xp = dir.join(format!("L{layer}")).join("x.npy");
    let hd = dir.join(name);
    let (x, xs) = read(&xp)?;
    if xs.len() != 2 || x.rows == 0 || x.cols == 0 {
        return Err(UserError(format!(
            "{}: expected shape [S, H] with S, H >= 1, found {}",
            xp.display(),
            shape_text(&xs)
        )));
    }
    let (s, h) = (x.rows, x.cols);
    let wkp = hd.join("wk.npy");
    let (wk, wks) = read(&wkp)?;
    if wks.len() != 2 || wk.rows != h || wk.cols == 0 {
        return Err(UserError(format!(
            "{}: expected shape [H, d] = ({h}, d) with d >= 1 (H from {}), found {}",
            wkp.display(),
            xp.display(),
            shape_text(&wks)
        )));
    }
    let d = wk.cols;
    let expect = |f: &str, want: &[usize], what: &str| -> Result<Tensor, UserError> {
        let p: PathBuf = hd.join(format!("{f}.npy"));
        let (t, shape) = read(&p)?;
        if shape != want {
            return Err(UserError(format!(
                "{}: expected shape {what} = {} (S, H from x.npy, d from wk.npy), found {}",
                p.display(),
                shape_text(want),
                shape_text(&shape)
            )));
        }
        Ok(t)
    };
    let optional = |f: &str, want: &[usize], what: &str| -> Result<(), UserError> {
        if hd.join(format!("{f}.npy")).exists() {
            expect(f, want, what)?;
        }
        Ok(())
    };
    let inputs = HeadInputs {
        wv: expect("wv", &[h, d], "[H, d]")?,
        bk: expect("bk", &[d], "[d]")?,
        bv: expect("bv", &[d], "[d]")?,
        q: expect("q", &[s, d], "[S, d]")?,
        k: expect("k", &[s, d], "[S, d]")?,
        o: expect("o", &[s, d], "[S, d]")?,
        x,
        wk,
    };
    optional("wq", &[h, d], "[H, d]")?;
    optional("bq", &[d], "[d]")?;
    optional("v", &[s, d], "[S, d]")?;
    Ok(inputs)
}

/// Checks that a head fits the configuration and the requested kq does too.
pub fn check_fit(
    name: &str,
    inp: &HeadInputs,
    cfg: &Config,
    keep: f64,
    tiles: usize,
) -> Result<(), UserError> {
    let (s, h, d) = (inp.x.rows, inp.x.cols, inp.wk.cols);
    if h > cfg.hidden as usize || d > cfg.head_dim as usize || s > cfg.seq_max as usize {
        return Err(UserError(format!(
            "{name}: H = {h}, d = {d}, S = {s} do not fit the config (hidden {}, head_dim {}, seq_max {})",
            cfg.hidden, cfg.head_dim, cfg.seq_max
        )));
    }
    cfg.check_tile(&format!("{name}: S = {s}, Tc = {tiles}"), s, tiles)?;
    let bc = crate::sorter::model::tile_bounds(s, tiles)[0].1;
    let kq = crate::host::kq_from_keep(keep, bc);
    if kq > cfg.kq_max as usize {
        return Err(UserError(format!(
            "{name}: kq = {kq} (keep {keep}, Bc = {bc}) exceeds kq_max = {}: raise --kq-max",
            cfg.kq_max
        )));
    }
    Ok(())
}

/// Global selection (spec 3.4) needs a core's whole key range in the sorter's tile buffer: a
/// mesh column's shard of Tc/C tiles of Bc keys must fit the keys it holds (S_max, or less when
/// tile_keys_max makes the buffer a ring).
pub fn check_global(name: &str, s: usize, cfg: &Config, tiles: usize) -> Result<(), UserError> {
    let cols = cfg.mesh_shape().1 as usize;
    let shard = s.min(s.div_ceil(tiles.max(1)) * (tiles / cols).max(1));
    let cap = crate::sorter::Geometry::of(cfg).global_keys as usize;
    if shard > cap {
        return Err(UserError(format!(
            "{name}: global selection over {shard} keys per core exceeds the sorter's buffer of {cap} \
             keys (tile_keys_max = {}): use --select tile, more cores or a larger tile_keys_max",
            cfg.bc_max()
        )));
    }
    Ok(())
}

/// Checks an output file path before a long run: its directory exists and it can be written.
/// Nothing is left behind.
pub fn check_out_file(flag: &str, p: &Path) -> Result<(), UserError> {
    let e = |m: String| UserError(format!("{flag} {}: {m}", p.display()));
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => return Err(e("is a directory (expected a file name)".into())),
        Ok(_) => {
            std::fs::OpenOptions::new()
                .append(true)
                .open(p)
                .map_err(|x| e(format!("cannot write: {}", crate::io_text(&x))))?;
        }
        Err(_) => {
            let parent = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            if !parent.is_dir() {
                return Err(e(format!("directory {} does not exist", parent.display())));
            }
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(p)
                .map_err(|x| e(format!("cannot create: {}", crate::io_text(&x))))?;
            let _ = std::fs::remove_file(p);
        }
    }
    Ok(())
}

/// Checks (and creates) an output directory before a long run.
pub fn check_out_dir(flag: &str, p: &Path) -> Result<(), UserError> {
    let e = |m: String| UserError(format!("{flag} {}: {m}", p.display()));
    match std::fs::metadata(p) {
        Ok(m) if !m.is_dir() => Err(e("exists and is not a directory".into())),
        Ok(_) => Ok(()),
        Err(_) => std::fs::create_dir_all(p)
            .map_err(|x| e(format!("cannot create: {}", crate::io_text(&x)))),
    }
}

/// The settings `eval` ran with, printed above its table: `(name, value)` pairs, one line.
pub fn settings(items: &[(&str, String)]) -> String {
    let body: Vec<String> = items.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!("settings: {}\n", body.join(", "))
}

/// What the columns of `eval`'s table mean, printed below it.
pub const LEGEND: &str = "\
legend: recall    share of the float top-n keys (n = kq x tiles) that the core selected
        cosine    cosine similarity of the dequantised output and o.npy
        rel_l2    relative L2 error of the dequantised output against o.npy
        selected  share of (query, key) pairs attended
        1st!=max  share of (row, tile) pairs whose first delivered key was not the tile maximum
        kv_saved  K/V rows not generated thanks to RASS, against a per-row schedule
        kv_rows   K/V rows generated for the head (each token at most once per core, spec 4;
                  a token beyond kv_store_rows once per block that selects it)
        cycles    modelled core cycles of the head
        exact     the same budget with the exact float top-n keys instead of the prediction
";

#[cfg(test)]
mod tests {
    use super::*;

    fn npy(descr: &str, fortran: bool, shape: &str, data: &[u8]) -> Vec<u8> {
        let f = if fortran { "True" } else { "False" };
        let mut h = format!("{{'descr': '{descr}', 'fortran_order': {f}, 'shape': {shape}, }}");
        while (10 + h.len() + 1) % 64 != 0 {
            h.push(' ');
        }
        h.push('\n');
        let mut v = b"\x93NUMPY\x01\x00".to_vec();
        v.extend_from_slice(&(h.len() as u16).to_le_bytes());
        v.extend_from_slice(h.as_bytes());
        v.extend_from_slice(data);
        v
    }

    fn f32s(v: &[f32]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_le_bytes()).collect()
    }

    fn read_bytes(name: &str, b: &[u8]) -> Result<Tensor, String> {
        let p = std::env::temp_dir().join(format!("star-gen-input-{}-{name}", std::process::id()));
        std::fs::write(&p, b).unwrap();
        let r = read(&p).map(|t| t.0).map_err(|e| e.0);
        let _ = std::fs::remove_file(&p);
        r
    }

    #[test]
    fn reads_c_and_fortran_order() {
        let c = read_bytes(
            "c",
            &npy("<f4", false, "(2, 3)", &f32s(&[1., 2., 3., 4., 5., 6.])),
        );
        assert_eq!(c.unwrap().data, vec![1., 2., 3., 4., 5., 6.]);
        let f = read_bytes(
            "f",
            &npy("<f4", true, "(2, 3)", &f32s(&[1., 4., 2., 5., 3., 6.])),
        );
        assert_eq!(f.unwrap().data, vec![1., 2., 3., 4., 5., 6.]);
        let b = read_bytes("b", &npy("<f4", false, "(3,)", &f32s(&[1., 2., 3.])));
        assert_eq!(b.unwrap().cols, 3);
    }

    #[test]
    fn rejects_with_one_line() {
        let e = read_bytes("t", &npy("<f4", false, "(2, 3)", &f32s(&[1., 2.]))).unwrap_err();
        assert!(e.contains("truncated: expected 24 data bytes"), "{e}");
        let e = read_bytes("i", &npy("<i8", false, "(1,)", &[0; 8])).unwrap_err();
        assert!(e.contains("found '<i8'"), "{e}");
        let e = read_bytes("n", &npy("<f4", false, "(2,)", &f32s(&[1., f32::NAN]))).unwrap_err();
        assert!(e.contains("finite values, found NaN at [1]"), "{e}");
        let e = read_bytes("m", b"hello").unwrap_err();
        assert!(e.contains("not a .npy file"), "{e}");
        let e = read_bytes("h", &npy("<f4", false, "(2, 3)", &[])[..20]).unwrap_err();
        assert!(e.contains("truncated header"), "{e}");
        let e = read_bytes("r", &npy("<f4", false, "(2, 2, 2)", &[])).unwrap_err();
        assert!(e.contains("1-D or 2-D"), "{e}");
    }
}
