//! Vectors for `testbenches/kvgen/tb_kvgen.cpp`: random scenarios (weights, biases, run-time H
//! and shifts, a token memory, tiles of selected-key beats in RASS order) run through the golden
//! model.
//!
//! Records: `P T P d WMAX MW` once (MW = 32-bit words of a mask); per scenario
//! `S H SH_K SH_V`, then `W addr <P·2d weights>` (word a, lane c·2d + o = W[a·P + c][o], Wk then
//! Wv), `B <2d biases>` (bk then bv), `X token <⌈H/P⌉·P values>` (the token memory, word-major),
//! `T key last <MW mask words>` (token beats) and `E key last <MW mask words> <K[d]> <V[d]>`
//! (expected output beats, in order). Weight and X lanes at or beyond H hold garbage: the engine
//! must ignore them.

use super::Geometry;
use super::model::{project, rass_order};
use crate::config::Config;
use crate::vectors::{Rng, VecFile};

/// How a scenario draws X and W.
#[derive(Clone, Copy, Debug)]
enum Dist {
    /// Every operand −128: the largest products (positive), saturating K and V.
    Extreme,
    /// Uniform over the full range with corners mixed in.
    Corners,
    /// Mostly zeros.
    Sparse,
    /// Small magnitudes (rounding rather than saturation).
    Small,
}

fn draw(rng: &mut Rng, dist: Dist) -> i8 {
    match dist {
        Dist::Extreme => -128,
        Dist::Corners => rng.corner_int(8) as i8,
        Dist::Sparse => {
            if rng.chance(75) {
                0
            } else {
                rng.corner_int(8) as i8
            }
        }
        Dist::Small => rng.range(-7, 7) as i8,
    }
}

/// Smallest shift for which every accumulator fits 16 bits (the host's choice, spec §7).
fn fitting_shift(accs: &[i64]) -> u32 {
    (0..64)
        .find(|&n| {
            accs.iter().all(|&a| {
                let r = crate::numerics::rshift_round(a as i128, n);
                (-32768..=32767).contains(&r)
            })
        })
        .unwrap_or(63)
}

fn pick_shift(rng: &mut Rng, fit: u32) -> u32 {
    match rng.next_u64() % 8 {
        0 => 0,
        1 => 63,
        2 | 3 => fit,
        4 => fit.saturating_sub(rng.range(1, 4) as u32),
        _ => rng.range(0, 40) as u32,
    }
}

/// A T-bit mask as 32-bit words; never zero.
fn draw_mask(rng: &mut Rng, t: usize) -> Vec<u32> {
    let mut m = vec![0u32; t.div_ceil(32)];
    match rng.next_u64() % 4 {
        0 => {
            let i = rng.range(0, t as i64 - 1) as usize;
            m[i / 32] |= 1 << (i % 32);
        }
        1 => (0..t).for_each(|i| m[i / 32] |= 1 << (i % 32)),
        _ => {
            for i in 0..t {
                if rng.chance(40) {
                    m[i / 32] |= 1 << (i % 32);
                }
            }
            if m.iter().all(|&w| w == 0) {
                m[0] = 1;
            }
        }
    }
    m
}

pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let g = Geometry::of(cfg);
    let (t, p, d) = (g.rows as usize, g.pes as usize, g.dim as usize);
    let mw = t.div_ceil(32);
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen kvgen vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    f.rec(
        "P",
        [t, p, d, g.words as usize, mw]
            .into_iter()
            .map(|v| v as i64),
    );
    for sc in 0..scenarios {
        let dist = [Dist::Extreme, Dist::Corners, Dist::Sparse, Dist::Small][sc as usize % 4];
        // Scenarios 0 and 1 run the largest H (worst-case accumulator growth, the longest
        // tokens); the rest draw H, half of them small so that many beats fit the budget.
        let h = match sc {
            0 | 1 => cfg.hidden as usize,
            _ if rng.chance(50) => rng.range(1, cfg.hidden.min(3 * g.pes) as i64) as usize,
            _ => rng.range(1, cfg.hidden as i64) as usize,
        };
        let wh = h.div_ceil(p);
        // Budgets per scenario: ~40k issue cycles, ~200k X values, at most 400 beats.
        let cyc = g.cycles_per_token(h as u32) as usize;
        let beats_max = (40_000 / cyc).clamp(2, 400);
        let s = (200_000 / (wh * p))
            .clamp(1, 64)
            .min(cfg.seq_max as usize)
            .min(beats_max);
        let x: Vec<Vec<i8>> = (0..s)
            .map(|_| (0..h).map(|_| draw(&mut rng, dist)).collect())
            .collect();
        let wk: Vec<Vec<i8>> = (0..h)
            .map(|_| (0..d).map(|_| draw(&mut rng, dist)).collect())
            .collect();
        let wv: Vec<Vec<i8>> = (0..h)
            .map(|_| (0..d).map(|_| draw(&mut rng, dist)).collect())
            .collect();
        let bias = |rng: &mut Rng| -> Vec<i32> {
            (0..d)
                .map(|_| match dist {
                    Dist::Small => rng.range(-300, 300) as i32,
                    _ => rng.corner_int(32) as i32,
                })
                .collect()
        };
        let bk = bias(&mut rng);
        let bv = bias(&mut rng);
        let accs = |w: &[Vec<i8>], b: &[i32]| -> Vec<i64> {
            x.iter()
                .flat_map(|xr| super::model::accumulate(xr, w, b))
                .collect()
        };
        let sh_k = pick_shift(&mut rng, fitting_shift(&accs(&wk, &bk)));
        let sh_v = pick_shift(&mut rng, fitting_shift(&accs(&wv, &bv)));
        f.comment(&format!(
            "scenario {sc}: {dist:?}, H={h} S={s} SH_K={sh_k} SH_V={sh_v}"
        ));
        f.rec("S", [h as i64, sh_k as i64, sh_v as i64]);
        for a in 0..wh {
            let lanes: Vec<i64> = (0..p)
                .flat_map(|c| (0..2 * d).map(move |o| (c, o)))
                .map(|(c, o)| {
                    let hh = a * p + c;
                    if hh >= h {
                        rng.range(-128, 127)
                    } else if o < d {
                        wk[hh][o] as i64
                    } else {
                        wv[hh][o - d] as i64
                    }
                })
                .collect();
            f.rec("W", std::iter::once(a as i64).chain(lanes));
        }
        f.rec("B", bk.iter().chain(&bv).map(|&b| b as i64));
        for (tok, xr) in x.iter().enumerate() {
            let vals: Vec<i64> = (0..wh * p)
                .map(|hh| {
                    if hh < h {
                        xr[hh] as i64
                    } else {
                        rng.range(-128, 127)
                    }
                })
                .collect();
            f.rec("X", std::iter::once(tok as i64).chain(vals));
        }
        let kv: Vec<(Vec<i16>, Vec<i16>)> = x
            .iter()
            .map(|xr| (project(xr, &wk, &bk, sh_k), project(xr, &wv, &bv, sh_v)))
            .collect();
        // Tiles of selected-key beats: distinct keys within a tile, repeats across tiles, an
        // empty tile as one mask-0 beat, keys in RASS order (most rows first).
        let mut beats = 0;
        while beats < beats_max {
            let empty = rng.chance(15);
            let tile: Vec<(usize, Vec<u32>)> = if empty {
                vec![(rng.range(0, s as i64 - 1) as usize, vec![0; mw])]
            } else {
                let n = rng.range(1, s.min(8).min(beats_max - beats) as i64) as usize;
                let mut keys: Vec<usize> = Vec::new();
                while keys.len() < n {
                    let k = rng.range(0, s as i64 - 1) as usize;
                    if !keys.contains(&k) {
                        keys.push(k);
                    }
                }
                let masked: Vec<(usize, Vec<u32>)> =
                    keys.iter().map(|&k| (k, draw_mask(&mut rng, t))).collect();
                let pop: Vec<(usize, usize)> = masked
                    .iter()
                    .map(|(k, m)| (*k, m.iter().map(|w| w.count_ones() as usize).sum()))
                    .collect();
                rass_order(&pop)
                    .into_iter()
                    .map(|k| masked.iter().find(|(kk, _)| *kk == k).unwrap().clone())
                    .collect()
            };
            let n = tile.len();
            for (i, (key, mask)) in tile.into_iter().enumerate() {
                let last = (i + 1 == n) as i64;
                let head = [key as i64, last]
                    .into_iter()
                    .chain(mask.iter().map(|&w| w as i64));
                f.rec("T", head.clone());
                let zero = mask.iter().all(|&w| w == 0);
                let (k, v) = if zero {
                    (vec![0i16; d], vec![0i16; d])
                } else {
                    kv[key].clone()
                };
                f.expect(
                    "E",
                    head.chain(k.iter().chain(&v).map(|&e| e as i64))
                        .collect::<Vec<_>>(),
                );
                beats += 1;
            }
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_deterministic_and_expect_every_lane() {
        let c =
            Config::from_yaml("query_rows: 4\nkv_pes: 2\nhead_dim: 2\nhidden: 8\nseq_max: 64\n")
                .expect("valid config");
        let a = write(&c, 7, 3);
        let n = a.expected;
        let b = write(&c, 7, 3).into_string();
        let text = a.into_string();
        assert_eq!(text, b);
        let beats = text.lines().filter(|l| l.starts_with("E ")).count();
        // key, last, one mask word, K[2], V[2].
        assert_eq!(n, beats * 7);
        assert_eq!(beats, text.lines().filter(|l| l.starts_with("T ")).count());
        assert!(
            text.lines()
                .any(|l| l.starts_with("T ") && l.ends_with(" 0"))
        );
    }

    #[test]
    fn fitting_shift_is_the_smallest_that_fits() {
        assert_eq!(fitting_shift(&[32767, -32768]), 0);
        assert_eq!(fitting_shift(&[32768]), 1);
        assert_eq!(fitting_shift(&[65534]), 1);
        assert_eq!(fitting_shift(&[65535]), 2);
    }
}
