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
use super::model::{attend_row, log2_score, score};
use crate::config::Config;
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
                saturated += o.iter().filter(|&&x| x == 32767 || x == -32768).count();
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
        "rows with no key: {empty_rows}; outputs at an INT16 limit: {saturated}; \
         row tiles whose first key is not the maximum: {late_max} of {tiles_seen}"
    ));
    f
}
