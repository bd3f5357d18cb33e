//! Vectors for `testbenches/sorter/tb_sorter.cpp`: corner-case blocks, then random blocks,
//! each run through the golden model.
//!
//! Records: `P T B` once; per block `J kq tiles radius seq_len causal base_pos select_mode`, then
//! seq_len
//! records `I <T scores>` (key order), then per existing tile `K tile n` followed by n records
//! `E key tile <T mask bits>` (the keys some row selected, increasing). The harness compares
//! sets per (row, tile); corrupting the first field of the first `E` record moves a selected
//! key, which a correct harness reports.

use super::model::{SelectMode, SelectParams, select, tile_bounds, tile_len};
use crate::config::Config;
use crate::vectors::{Rng, VecFile};

/// How a block draws its scores.
#[derive(Clone, Copy, Debug)]
enum Dist {
    /// Full range with corner values mixed in.
    Corners,
    /// A handful of values: many ties.
    Ties,
    /// Every score equal.
    Equal,
    /// Every score the most negative value.
    MostNegative,
    /// Uniform over the full range.
    Uniform,
}

struct Block {
    p: SelectParams,
    dist: Dist,
}

fn scores(rng: &mut Rng, dist: Dist, b: u32, t: usize, s: usize) -> Vec<Vec<i64>> {
    let (lo, hi) = (-(1i64 << (b - 1)), (1i64 << (b - 1)) - 1);
    let c = rng.range(lo, hi);
    (0..t)
        .map(|_| {
            (0..s)
                .map(|_| match dist {
                    Dist::Corners => rng.corner_int(b),
                    Dist::Ties => rng.range(-2, 2),
                    Dist::Equal => c,
                    Dist::MostNegative => lo,
                    Dist::Uniform => rng.range(lo, hi),
                })
                .collect()
        })
        .collect()
}

fn random_block(rng: &mut Rng, cfg: &Config) -> Block {
    let smax = cfg.seq_max as i64;
    let b = cfg.score_width;
    let rmax = (1i64 << b) - 1;
    let seq_len = if rng.chance(20) {
        smax
    } else {
        rng.range(1, smax)
    } as usize;
    let tiles = rng.range(1, cfg.tiles_max as i64) as usize;
    let bc = tile_len(seq_len, tiles);
    let kq = match rng.next_u64() % 6 {
        0 => 1,
        1 => bc.min(cfg.kq_max as usize),
        2 => cfg.kq_max as usize,
        _ => rng.range(1, cfg.kq_max as i64) as usize,
    };
    let radius = match rng.next_u64() % 6 {
        0 => rmax,
        1 => 0,
        2 => rng.range(0, 8),
        3 => rng.range(0, rmax),
        _ => rng.range(0, 1i64 << (b / 2 + 2)).min(rmax),
    } as u64;
    let causal = rng.chance(40);
    let pos_max = (1i64 << crate::rtl::bits_for(smax as u64)) - 1;
    let base_pos = if rng.chance(10) {
        rng.range(0, pos_max)
    } else {
        rng.range(0, seq_len as i64)
    } as usize;
    let dist =
        [Dist::Corners, Dist::Ties, Dist::Uniform, Dist::Uniform][rng.next_u64() as usize % 4];
    let mode = if rng.chance(50) {
        SelectMode::Global
    } else {
        SelectMode::Tile
    };
    Block {
        p: SelectParams {
            seq_len,
            tiles,
            kq,
            radius,
            causal,
            base_pos,
            mode,
            cores: 1,
        },
        dist,
    }
}

/// The corner cases every run includes.
fn corner_blocks(cfg: &Config) -> Vec<Block> {
    let smax = cfg.seq_max as usize;
    let tmax = cfg.tiles_max as usize;
    let kqmax = cfg.kq_max as usize;
    let rmax = (1u64 << cfg.score_width) - 1;
    let g = (cfg.sort_width / 4) as usize;
    let base = SelectParams {
        seq_len: smax,
        tiles: tmax,
        kq: kqmax,
        radius: rmax,
        causal: false,
        base_pos: 0,
        mode: SelectMode::Tile,
        cores: 1,
    };
    let bc = tile_len(smax, tmax);
    let mut v = vec![
        (base, Dist::Equal),
        (SelectParams { kq: 1, ..base }, Dist::Equal),
        (base, Dist::MostNegative),
        (SelectParams { radius: 0, ..base }, Dist::MostNegative),
        (SelectParams { radius: 0, ..base }, Dist::Ties),
        (SelectParams { radius: 0, ..base }, Dist::Corners),
        (SelectParams { kq: 1, ..base }, Dist::Uniform),
        (
            SelectParams {
                kq: bc.min(kqmax),
                ..base
            },
            Dist::Uniform,
        ),
        (
            SelectParams {
                kq: (g + 1).min(kqmax),
                ..base
            },
            Dist::Ties,
        ),
        (SelectParams { radius: 3, ..base }, Dist::Ties),
        // Short last tile: S one less than a multiple of Tc, and S < Tc (tiles of one key).
        (
            SelectParams {
                seq_len: (smax - 1).max(1),
                ..base
            },
            Dist::Corners,
        ),
        (
            SelectParams {
                seq_len: (tmax - 1).max(1),
                ..base
            },
            Dist::Uniform,
        ),
        (
            SelectParams {
                seq_len: 1,
                tiles: 1,
                kq: 1,
                ..base
            },
            Dist::Uniform,
        ),
        (SelectParams { tiles: 1, ..base }, Dist::Uniform),
    ];
    for pos in [0, 1, bc.saturating_sub(1), bc, smax / 2, smax - 1, smax + 7] {
        v.push((
            SelectParams {
                causal: true,
                base_pos: pos,
                kq: (g + 1).min(kqmax),
                ..base
            },
            Dist::Ties,
        ));
    }
    // Global mode (spec 3.4): every corner again, then a radius that leaves fewer candidates
    // than n = kq x tiles, and a budget n above S.
    let global: Vec<(SelectParams, Dist)> = v
        .iter()
        .map(|&(p, dist)| {
            (
                SelectParams {
                    mode: SelectMode::Global,
                    ..p
                },
                dist,
            )
        })
        .collect();
    v.extend(global);
    let g = SelectParams {
        mode: SelectMode::Global,
        ..base
    };
    v.push((
        SelectParams {
            radius: 2,
            kq: 1,
            ..g
        },
        Dist::Uniform,
    ));
    v.push((SelectParams { radius: 5, ..g }, Dist::Corners));
    v.push((SelectParams { kq: 1, ..g }, Dist::Ties));
    v.push((
        SelectParams {
            causal: true,
            base_pos: bc,
            radius: 1,
            ..g
        },
        Dist::Ties,
    ));
    v.into_iter().map(|(p, dist)| Block { p, dist }).collect()
}

/// The block made legal for the tile buffers (issue 12): every tile at most Bc_max keys (more
/// tiles, else a shorter S), and global mode over at most the keys the buffer holds.
fn fit(cfg: &Config, mut p: SelectParams) -> SelectParams {
    let g = super::Geometry::of(cfg);
    let bcm = cfg.bc_max() as usize;
    if p.mode == SelectMode::Global {
        p.seq_len = p.seq_len.min(g.global_keys as usize);
    }
    if tile_len(p.seq_len, p.tiles) > bcm {
        p.tiles = p.seq_len.div_ceil(bcm).min(cfg.tiles_max as usize);
        p.seq_len = p.seq_len.min(bcm * p.tiles);
    }
    p
}

pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let t = cfg.query_rows as usize;
    let b = cfg.score_width;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen sorter vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    f.rec("P", [t as i64, b as i64]);
    let mut blocks = corner_blocks(cfg);
    for _ in 0..scenarios as usize * 60 {
        blocks.push(random_block(&mut rng, cfg));
    }
    for blk in blocks {
        let p = fit(cfg, blk.p);
        let sc = scores(&mut rng, blk.dist, b, t, p.seq_len);
        f.rec(
            "J",
            [
                p.kq as i64,
                p.tiles as i64,
                p.radius as i64,
                p.seq_len as i64,
                p.causal as i64,
                p.base_pos as i64,
                p.mode.code() as i64,
            ],
        );
        for k in 0..p.seq_len {
            f.rec("I", sc.iter().map(|r| r[k]));
        }
        let sel = select(&sc, &p);
        for (j, &(s, e)) in tile_bounds(p.seq_len, p.tiles).iter().enumerate() {
            let keys: Vec<usize> = (s..e)
                .filter(|k| (0..t).any(|i| sel[i][j].contains(k)))
                .collect();
            f.rec("K", [j as i64, keys.len() as i64]);
            for k in keys {
                let mask = (0..t).map(|i| sel[i][j].contains(&k) as i64);
                let n_sel = (0..t).filter(|&i| sel[i][j].contains(&k)).count();
                let fields: Vec<i64> = [k as i64, j as i64].into_iter().chain(mask).collect();
                f.rec("E", fields);
                f.expected += n_sel;
            }
        }
    }
    f
}
