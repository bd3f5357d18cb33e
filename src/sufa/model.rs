//! Golden model of SU-FA, spec §5 [frozen]: per row and tile the exact scores, the exact tile
//! maximum, exp2 weights, (m, l, o); one merge over tiles; the divide. The merge is also the
//! mesh's merge across cores (spec §6), so it is one function used at both levels.

use crate::numerics::{div_round, exp2q, rshift_round, sat};

/// An unnormalised partial result of one row: the maximum m (log2 domain, 10 fractional bits),
/// the weight sum l and the weighted value sums o (one per head dimension).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partial {
    pub m: i64,
    pub l: u64,
    pub o: Vec<i64>,
}

/// Exact score s = Σ_c q_c · k_c.
pub fn score(q: &[i16], k: &[i16]) -> i64 {
    q.iter().zip(k).map(|(&a, &b)| a as i64 * b as i64).sum()
}

/// Log2-domain score z = rshift_round(s · MZ, SZ).
pub fn log2_score(s: i64, mz: u32, sz: u32) -> i64 {
    rshift_round(s as i128 * mz as i128, sz) as i64
}

/// One tile of one row: `keys` are the (K, V) rows of the tile's selected keys, in any order.
/// `None` when the tile selected nothing for this row.
pub fn tile_partial(q: &[i16], keys: &[(&[i16], &[i16])], mz: u32, sz: u32) -> Option<Partial> {
    let z: Vec<i64> = keys
        .iter()
        .map(|(k, _)| log2_score(score(q, k), mz, sz))
        .collect();
    let m = *z.iter().max()?;
    let d = q.len();
    let mut l = 0u64;
    let mut o = vec![0i64; d];
    for (zt, (_, v)) in z.iter().zip(keys) {
        let p = exp2q(zt - m);
        l += p as u64;
        for (oc, &vc) in o.iter_mut().zip(v.iter()) {
            *oc += p as i64 * vc as i64;
        }
    }
    Some(Partial { m, l, o })
}

/// Merge of partials (tiles of a core, or cores of a mesh row): m = max m_j,
/// f_j = exp2q(m_j − m), l = Σ rshift_round(l_j · f_j, 15), o likewise. `None` if empty.
pub fn merge(parts: &[Partial]) -> Option<Partial> {
    let m = parts.iter().map(|p| p.m).max()?;
    let d = parts[0].o.len();
    let mut l = 0u64;
    let mut o = vec![0i64; d];
    for p in parts {
        let f = exp2q(p.m - m) as i128;
        l += rshift_round(p.l as i128 * f, 15) as u64;
        for (oc, &pc) in o.iter_mut().zip(&p.o) {
            *oc += rshift_round(pc as i128 * f, 15) as i64;
        }
    }
    Some(Partial { m, l, o })
}

/// O = sat16(div_round(o_c, l)); a row with no selected key outputs zeros.
pub fn output(p: Option<&Partial>, d: usize) -> Vec<i16> {
    match p {
        None => vec![0; d],
        Some(p) => {
            p.o.iter()
                .map(|&oc| sat(div_round(oc as i128, p.l as i128), 16) as i16)
                .collect()
        }
    }
}

/// One row through a whole core: per tile the selected (K, V) rows; merge; divide.
pub fn attend_row(q: &[i16], tiles: &[Vec<(&[i16], &[i16])>], mz: u32, sz: u32) -> Vec<i16> {
    let parts: Vec<Partial> = tiles
        .iter()
        .filter_map(|t| tile_partial(q, t, mz, sz))
        .collect();
    output(merge(&parts).as_ref(), q.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_key_returns_its_value() {
        let q = [100i16, -3];
        let k = [7i16, 1];
        let v = [-5i16, 32767];
        let t = vec![vec![(&k[..], &v[..])]];
        assert_eq!(attend_row(&q, &t, 1000, 10), vec![-5, 32767]);
    }

    #[test]
    fn merge_is_order_independent_and_single_merge_is_exact() {
        let q = [300i16, -200, 5];
        let ks: Vec<[i16; 3]> = vec![[1, 2, 3], [-40, 7, 9], [100, -100, 0], [3, 3, 3]];
        let vs: Vec<[i16; 3]> = vec![[10, 20, 30], [-1, -2, -3], [1000, 0, -1000], [5, 5, 5]];
        let kv: Vec<(&[i16], &[i16])> = ks.iter().zip(&vs).map(|(k, v)| (&k[..], &v[..])).collect();
        let a = tile_partial(&q, &kv, 3000, 12).unwrap();
        let mut rev = kv.clone();
        rev.reverse();
        assert_eq!(tile_partial(&q, &rev, 3000, 12).unwrap(), a);
        assert_eq!(merge(std::slice::from_ref(&a)).unwrap(), a);
        // Two tiles vs four tiles of the same keys: both valid, same to within rounding.
        let two = attend_row(&q, &[kv[..2].to_vec(), kv[2..].to_vec()], 3000, 12);
        let four = attend_row(
            &q,
            &kv.iter().map(|x| vec![*x]).collect::<Vec<_>>(),
            3000,
            12,
        );
        for (a, b) in two.iter().zip(&four) {
            assert!((a - b).abs() <= 2, "{two:?} vs {four:?}");
        }
    }

    #[test]
    fn empty_row_and_saturation() {
        assert_eq!(attend_row(&[1, 2], &[vec![], vec![]], 1, 0), vec![0, 0]);
        assert_eq!(output(None, 3), vec![0, 0, 0]);
        // o/l beyond INT16 saturates.
        let p = Partial {
            m: 0,
            l: 32768,
            o: vec![32768 * 40000, -32768 * 40000],
        };
        assert_eq!(output(Some(&p), 2), vec![32767, -32768]);
    }

    /// The generated exp2 unit against `exp2q` for every input u = 0…16384 (iverilog; skipped
    /// with a message when it is not installed), then with one expected value corrupted, which
    /// must fail. The unit's LUT parameter is taken from the SU-FA row that instantiates it.
    #[test]
    fn exp2_unit_matches_exp2q_for_every_input() {
        use std::fmt::Write as _;
        use std::process::Command;
        if Command::new("iverilog").arg("-V").output().is_err() {
            println!("exp2 unit: iverilog not installed, skipped");
            return;
        }
        let cfg = crate::config::Config::default();
        let files = crate::tree::render(&crate::tree::build(&cfg));
        let unit = files
            .iter()
            .find(|(k, _)| k.ends_with("sufa_exp2.v"))
            .unwrap();
        let row = files
            .iter()
            .find(|(k, _)| k.ends_with("sufa_row.v"))
            .unwrap();
        let lut = row
            .1
            .split("#(.LUT(")
            .nth(1)
            .unwrap()
            .split(')')
            .next()
            .unwrap();
        let module = unit.0.rsplit('/').next().unwrap().trim_end_matches(".v");
        let dir = std::env::temp_dir().join(format!("star_exp2_{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("unit.v"), unit.1).unwrap();
        let tb = format!(
            "`timescale 1ns/1ps
module tb;
    reg clk = 0;
    reg [14:0] u = 0;
    wire [15:0] p;
    reg [15:0] want [0:16384];
    integer n, bad;
    {module} #(.LUT({lut})) dut (.clk_i(clk), .u_i(u), .p_o(p));
    initial begin
        $readmemh(\"want.hex\", want);
        bad = 0;
        for (n = 0; n <= 16384; n = n + 1) begin
            u = n;
            #1 clk = 1; #1 clk = 0; #1 clk = 1; #1 clk = 0;
            if (p !== want[n]) begin
                if (bad < 5) $display(\"MISMATCH u=%0d p=%0d want=%0d\", n, p, want[n]);
                bad = bad + 1;
            end
        end
        $display(\"%0d passed, %0d failed\", 16385 - bad, bad);
        $finish;
    end
endmodule
"
        );
        std::fs::write(dir.join("tb.v"), tb).unwrap();
        let run = |corrupt: bool| -> String {
            let mut hex = String::new();
            for u in 0..=16384i64 {
                let v = exp2q(-u) + (corrupt && u == 53) as u32;
                let _ = writeln!(hex, "{v:04x}");
            }
            std::fs::write(dir.join("want.hex"), hex).unwrap();
            let c = Command::new("iverilog")
                .args(["-g2005", "-o", "sim", "tb.v", "unit.v"])
                .current_dir(&dir)
                .output()
                .unwrap();
            assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stderr));
            let r = Command::new("vvp")
                .arg("sim")
                .current_dir(&dir)
                .output()
                .unwrap();
            String::from_utf8_lossy(&r.stdout).into_owned()
        };
        let good = run(false);
        let bad = run(true);
        let _ = std::fs::remove_dir_all(&dir);
        println!("exp2 unit: {}", good.lines().last().unwrap_or(""));
        assert!(good.contains("16385 passed, 0 failed"), "{good}");
        assert!(
            bad.contains("16384 passed, 1 failed"),
            "the corrupted run must fail: {bad}"
        );
    }

    /// Independent spelling of §5's merge for checking `merge`.
    fn merge_ref(parts: &[Partial]) -> Partial {
        let m = parts.iter().map(|p| p.m).max().unwrap();
        let f: Vec<i128> = parts.iter().map(|p| exp2q(p.m - m) as i128).collect();
        let rr = |x: i128| (x + (1 << 14)) >> 15;
        Partial {
            m,
            l: parts
                .iter()
                .zip(&f)
                .map(|(p, f)| rr(p.l as i128 * f) as u64)
                .sum(),
            o: (0..parts[0].o.len())
                .map(|c| {
                    parts
                        .iter()
                        .zip(&f)
                        .map(|(p, f)| rr(p.o[c] as i128 * f) as i64)
                        .sum()
                })
                .collect(),
        }
    }

    #[test]
    fn merge_one_two_many_tiles() {
        let mut rng = crate::vectors::Rng::new(7);
        for n in [1usize, 2, 3, 17, 64] {
            for _ in 0..50 {
                let parts: Vec<Partial> = (0..n)
                    .map(|_| Partial {
                        m: rng.range(-40000, 40000),
                        l: rng.range(32768, 64 * 32768) as u64,
                        o: (0..5).map(|_| rng.range(-(1 << 40), 1 << 40)).collect(),
                    })
                    .collect();
                let got = merge(&parts).unwrap();
                assert_eq!(got, merge_ref(&parts));
                // The partial with the largest m enters with factor 1.0: l >= 32768.
                assert!(got.l >= 32768);
                if n == 1 {
                    assert_eq!(got, parts[0]);
                }
            }
        }
        assert_eq!(merge(&[]), None);
    }

    #[test]
    fn tile_max_is_exact_when_the_first_key_is_not_the_maximum() {
        let q = [1000i16, -2000, 300];
        let ks: Vec<[i16; 3]> = vec![[1, 1, 1], [-500, -900, 7], [30, 20, 10], [-1, -3000, 2]];
        let vs: Vec<[i16; 3]> = vec![[100, 0, 0], [0, 200, 0], [0, 0, 300], [7, 7, 7]];
        let kv: Vec<(&[i16], &[i16])> = ks.iter().zip(&vs).map(|(k, v)| (&k[..], &v[..])).collect();
        let (mz, sz) = (20000, 20);
        let z: Vec<i64> = ks
            .iter()
            .map(|k| log2_score(score(&q, k), mz, sz))
            .collect();
        let zmax = *z.iter().max().unwrap();
        assert!(z[0] < zmax, "the first key must not be the maximum: {z:?}");
        let p = tile_partial(&q, &kv, mz, sz).unwrap();
        assert_eq!(p.m, zmax);
        // Exactly the maximum key weighs 1.0; every weight is <= 1.0.
        let l: u64 = z.iter().map(|&x| exp2q(x - zmax) as u64).sum();
        assert_eq!(p.l, l);
        assert!(z.iter().filter(|&&x| x == zmax).count() >= 1);
    }

    #[test]
    fn rows_with_no_key_in_a_tile_or_in_all_tiles() {
        let q = [5i16, 6];
        let k = [7i16, -8];
        let v = [300i16, -400];
        assert_eq!(tile_partial(&q, &[], 1, 0), None);
        // An empty tile among full ones changes nothing.
        let full = vec![(&k[..], &v[..])];
        let a = attend_row(&q, std::slice::from_ref(&full), 4000, 10);
        let b = attend_row(&q, &[vec![], full.clone(), vec![]], 4000, 10);
        assert_eq!(a, b);
        assert_eq!(a, vec![300, -400]);
        assert_eq!(
            attend_row(&q, &[vec![], vec![], vec![]], 4000, 10),
            vec![0, 0]
        );
    }

    #[test]
    fn output_rounds_half_away_and_saturates() {
        let p = Partial {
            m: 0,
            l: 65536,
            o: vec![
                32768,
                -32768,
                32767,
                65536 * 32767 + 32768,
                -(65536 * 32768) - 32768,
                65536 * 32767 + 32767,
            ],
        };
        assert_eq!(output(Some(&p), 6), vec![1, -1, 0, 32767, -32768, 32767]);
    }

    /// Relative L2 errors on the real heads: MiniLM q, k, v quantised by §7 (INT16, MZ/SZ), every
    /// key selected, one tile (Bc = 512) and four tiles (Bc = 128); O · scale_v against float o.
    /// Returns (head, tiles, MZ, SZ, error).
    fn real_head_errors() -> Vec<(String, usize, u32, u32, f64)> {
        use crate::host::{mz_sz, quant, read_npy};
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/minilm-apache2-s512");
        let mut heads: Vec<_> = std::fs::read_dir(&root)
            .expect("testdata present")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.join("o.npy").exists())
            .collect();
        heads.sort();
        assert!(!heads.is_empty());
        let mut out = Vec::new();
        for h in &heads {
            let ld = |n: &str| read_npy(&h.join(format!("{n}.npy"))).unwrap();
            let (qf, kf, vf, of) = (ld("q"), ld("k"), ld("v"), ld("o"));
            let (s, d) = (qf.rows, qf.cols);
            let (q, k, v) = (
                quant(&qf.data, 16),
                quant(&kf.data, 16),
                quant(&vf.data, 16),
            );
            let (mz, sz) = mz_sz(q.scale, k.scale, d);
            let rows = |x: &[i64]| -> Vec<Vec<i16>> {
                x.chunks(d)
                    .map(|r| r.iter().map(|&y| y as i16).collect())
                    .collect()
            };
            let (q16, k16, v16) = (rows(&q.q), rows(&k.q), rows(&v.q));
            let name = h.file_name().unwrap().to_string_lossy().into_owned();
            let kv: Vec<(&[i16], &[i16])> = k16
                .iter()
                .zip(&v16)
                .map(|(a, b)| (&a[..], &b[..]))
                .collect();
            for ntiles in [1usize, 4] {
                let tiles: Vec<Vec<(&[i16], &[i16])>> =
                    kv.chunks(s.div_ceil(ntiles)).map(|c| c.to_vec()).collect();
                let (mut num, mut den) = (0f64, 0f64);
                for (i, qi) in q16.iter().enumerate() {
                    for (c, &x) in attend_row(qi, &tiles, mz, sz).iter().enumerate() {
                        let want = of.row(i)[c];
                        num += (x as f64 * v.scale - want).powi(2);
                        den += want * want;
                    }
                }
                let err = (num / den).sqrt();
                println!("{name} tiles {ntiles}: MZ {mz} SZ {sz} relative L2 error {err:.6}");
                out.push((name.clone(), ntiles, mz, sz, err));
            }
        }
        let w = out.iter().max_by(|a, b| a.4.total_cmp(&b.4)).unwrap();
        println!("worst head: {} ({} tiles) with {:.6}", w.0, w.1, w.4);
        out
    }

    /// The accuracy criterion of the SU-FA issue, literally: <= 0.002 on every head, one tile
    /// (512 keys) and four tiles. With v2's truncating exp2q L4H5 with one tile gave 0.00213;
    /// spec v3's rounded final shift fixed it (see docs/spec-decisions.md, "SU-FA (§5)").
    #[test]
    fn real_heads_accuracy_literal() {
        for (h, t, _, _, e) in real_head_errors() {
            assert!(e <= 0.002, "{h} with {t} tiles: error {e}");
        }
    }
}
