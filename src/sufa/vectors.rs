//! Vectors for `testbenches/sufa/tb_sufa.cpp`: random blocks run through the golden model.
//!
//! Records: `C T d` once; per block `B mz sz tiles`, then T records `Q <d lanes>` (row 0 first),
//! then the K/V beats `K key last <T mask bits> <d K lanes> <d V lanes>` of every tile in order,
//! then T records `E <d lanes>`: the expected O, row 0 first.
//!
//! Each block draws its operands (full range with corners, small magnitudes, extreme V values
//! for saturation), MZ/SZ (random, realistic by the §7 rule, corners), its tile count (up to
//! Tc_max), the beats of each tile (up to the engine's limit, in random order, so the tile's
//! maximum is rarely its first beat; one scenario in four delivers keys in ascending score order
//! of row 0, so the maximum comes last), masks with at most kq_max keys per row and tile, rows
//! that select nothing in the whole block and tiles that select nothing.

use super::Geometry;
use super::model::{attend_row, log2_score, merge, score, tile_partial};
use crate::config::Config;
use crate::numerics::{div_round, exp2q};
use crate::vectors::{Rng, VecFile};

/// One selected-key beat.
struct Beat {
    key: i64,
    mask: Vec<bool>,
    k: Vec<i16>,
    v: Vec<i16>,
}

fn draw(rng: &mut Rng, mode: u64, amp: i64) -> i16 {
    match mode {
        0 => rng.corner_int(16) as i16,
        _ => rng.range(-amp, amp) as i16,
    }
}

pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let g = Geometry::of(cfg);
    let (t, d) = (g.rows as usize, g.d as usize);
    let kq = cfg.kq_max as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen sufa vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    f.rec("C", [t as i64, d as i64]);
    // About 2600 output values per scenario, at least 8 blocks.
    let blocks = (2600 / (t * d)).max(8);
    let mut key_id = 0i64;
    let (mut saturated, mut empty_rows, mut late_max, mut tiles_seen) = (0, 0, 0, 0);
    for sc in 0..scenarios {
        f.comment(&format!("scenario {sc}: {blocks} blocks"));
        for _ in 0..blocks {
            // Operand magnitudes and the run-time MZ/SZ.
            let mode = rng.next_u64() % 4;
            let amp = [32767, 32767, 2000, 40][mode as usize];
            let v_extreme = rng.chance(10);
            let (mz, sz) = match rng.next_u64() % 8 {
                0 => (rng.range(0, 65535) as u32, rng.range(0, 63) as u32),
                1 => (65535, 0),
                2 => (0, rng.range(0, 63) as u32),
                3 => (rng.range(1, 65535) as u32, 63),
                _ => {
                    // §7 with scales that put the logits in a realistic range of a few units.
                    let span = rng.range(1, 24) as f64;
                    let a = amp as f64;
                    let scale = (span / (a * a * (d as f64).sqrt() / 3.0)).sqrt();
                    crate::host::mz_sz(scale, scale, d)
                }
            };
            let ntiles = if rng.chance(30) {
                cfg.tiles_max as usize
            } else {
                rng.range(1, cfg.tiles_max as i64) as usize
            };
            let q: Vec<Vec<i16>> = (0..t)
                .map(|_| (0..d).map(|_| draw(&mut rng, mode, amp)).collect())
                .collect();
            let silent: Vec<bool> = (0..t).map(|_| rng.chance(12)).collect();
            let density = rng.range(10, 100) as u64;
            let ascending = sc % 4 == 3;
            let mut tiles: Vec<Vec<Beat>> = Vec::new();
            for _ in 0..ntiles {
                let nb = if rng.chance(10) {
                    0
                } else {
                    rng.range(1, g.tile_keys.min(3 * kq as u32 + 2) as i64) as usize
                };
                let mut count = vec![0usize; t];
                let mut beats = Vec::new();
                for _ in 0..nb {
                    let mut mask = vec![false; t];
                    for (i, m) in mask.iter_mut().enumerate() {
                        if !silent[i] && count[i] < kq && rng.chance(density) {
                            *m = true;
                            count[i] += 1;
                        }
                    }
                    if !mask.iter().any(|&b| b) {
                        continue;
                    }
                    let k = (0..d).map(|_| draw(&mut rng, mode, amp)).collect();
                    let v = (0..d)
                        .map(|_| {
                            if v_extreme {
                                if rng.chance(50) { 32767 } else { -32768 }
                            } else {
                                draw(&mut rng, mode, amp)
                            }
                        })
                        .collect();
                    key_id = (key_id + 1) % cfg.seq_max as i64;
                    beats.push(Beat {
                        key: key_id,
                        mask,
                        k,
                        v,
                    });
                }
                if ascending {
                    beats.sort_by_key(|b| score(&q[0], &b.k));
                }
                tiles.push(beats);
            }
            let (q, tiles, mz, sz, ntiles) = if kq >= 2 && cfg.tiles_max >= 3 && rng.chance(6) {
                let neg = rng.chance(50);
                let (q, tiles) = saturating_block(t, d, neg, &mut key_id, cfg.seq_max as i64);
                (q, tiles, 1, 0, 3)
            } else {
                (q, tiles, mz, sz, ntiles)
            };
            // Expected output, row by row.
            let mut expect = Vec::new();
            for (i, qi) in q.iter().enumerate() {
                let sel: Vec<Vec<(&[i16], &[i16])>> = tiles
                    .iter()
                    .map(|tb| {
                        tb.iter()
                            .filter(|b| b.mask[i])
                            .map(|b| (&b.k[..], &b.v[..]))
                            .collect()
                    })
                    .collect();
                for tile in sel.iter().filter(|x| x.len() > 1) {
                    let z: Vec<i64> = tile
                        .iter()
                        .map(|(k, _)| log2_score(score(qi, k), mz, sz))
                        .collect();
                    tiles_seen += 1;
                    if z[0] < *z.iter().max().unwrap() {
                        late_max += 1;
                    }
                }
                if sel.iter().all(|x| x.is_empty()) {
                    empty_rows += 1;
                }
                let o = attend_row(qi, &sel, mz, sz);
                let parts: Vec<_> = sel
                    .iter()
                    .filter_map(|x| tile_partial(qi, x, mz, sz))
                    .collect();
                if let Some(m) = merge(&parts) {
                    saturated +=
                        m.o.iter()
                            .map(|&oc| div_round(oc as i128, m.l as i128))
                            .filter(|&x| !(-32768..=32767).contains(&x))
                            .count();
                }
                expect.push(o);
            }
            f.rec("B", [mz as i64, sz as i64, ntiles as i64]);
            for qi in &q {
                f.rec("Q", qi.iter().map(|&x| x as i64));
            }
            for tb in &tiles {
                if tb.is_empty() {
                    f.rec(
                        "K",
                        [0i64, 1].into_iter().chain((0..t + 2 * d).map(|_| 0i64)),
                    );
                    continue;
                }
                for (n, b) in tb.iter().enumerate() {
                    let last = (n + 1 == tb.len()) as i64;
                    f.rec(
                        "K",
                        [b.key, last]
                            .into_iter()
                            .chain(b.mask.iter().map(|&m| m as i64))
                            .chain(b.k.iter().map(|&x| x as i64))
                            .chain(b.v.iter().map(|&x| x as i64)),
                    );
                }
            }
            for o in expect {
                f.expect("E", o.into_iter().map(|x| x as i64));
            }
        }
    }
    f.comment(&format!(
        "rows with no key: {empty_rows}; saturated outputs: {saturated}; \
         row tiles whose first key is not the maximum: {late_max} of {tiles_seen}"
    ));
    f
}

/// A block whose outputs saturate (spec §5's merge rounds l and o apart): MZ = 1, SZ = 0 and
/// q = e_0, so z = K[0]. Tile 0: one key, the block maximum. Tiles 1 and 2: a key 15 units of
/// log2 below (f = exp2q(−15360) = 1) and one whose p ≈ 0.4 · 32768, so each adds
/// a = l_j · f / 2^15 ≈ 1.4 to l as 1 but ≈ 1.4 · V to o; with every V at +32767 (or −32768),
/// o / l ≈ 32767.8 (−32768.8) and the output saturates. Every row selects every key.
fn saturating_block(
    t: usize,
    d: usize,
    neg: bool,
    key_id: &mut i64,
    seq_max: i64,
) -> (Vec<Vec<i16>>, Vec<Vec<Beat>>) {
    let q: Vec<Vec<i16>> = (0..t)
        .map(|_| (0..d).map(|c| (c == 0) as i16).collect())
        .collect();
    let vv = if neg { -32768 } else { 32767 };
    let mut beat = |k0: i16| {
        *key_id = (*key_id + 1) % seq_max;
        Beat {
            key: *key_id,
            mask: vec![true; t],
            k: (0..d).map(|c| if c == 0 { k0 } else { 0 }).collect(),
            v: vec![vv; d],
        }
    };
    let top = 20000;
    let low = top - 15 * 1024;
    // exp2q(−1354) = 13100, 0.4 · 32768.
    let tiles = vec![
        vec![beat(top)],
        vec![beat(low), beat(low - 1354)],
        vec![beat(low - 1354), beat(low)],
    ];
    debug_assert_eq!(exp2q(-(15 * 1024)), 1);
    (q, tiles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saturating_block_saturates() {
        for neg in [false, true] {
            let mut id = 0;
            let (q, tiles) = saturating_block(1, 3, neg, &mut id, 100);
            let sel: Vec<Vec<(&[i16], &[i16])>> = tiles
                .iter()
                .map(|tb| tb.iter().map(|b| (&b.k[..], &b.v[..])).collect())
                .collect();
            let parts: Vec<_> = sel
                .iter()
                .filter_map(|x| tile_partial(&q[0], x, 1, 0))
                .collect();
            let m = merge(&parts).unwrap();
            let raw = div_round(m.o[0] as i128, m.l as i128);
            assert!(
                if neg { raw < -32768 } else { raw > 32767 },
                "raw quotient {raw}"
            );
            let o = attend_row(&q[0], &sel, 1, 0);
            assert_eq!(o, vec![if neg { -32768 } else { 32767 }; 3]);
        }
    }
}
