//! Golden model of one STAR core and of a mesh row (spec §1, §6), composed from the engine
//! models only: predictor → SADS → RASS + K/V generation → SU-FA. No arithmetic lives here.

use crate::kvgen::model::{project, rass_order};
use crate::numerics::LzCode;
use crate::predictor::model::{predict_keys, predict_scores};
use crate::sorter::model::{SelectParams, select, tile_bounds};
use crate::sufa::model::{Partial, log2_score, merge, output, score, tile_partial};
use std::collections::BTreeMap;

/// One head as the core sees it: integers only.
#[derive(Clone, Debug)]
pub struct Head {
    /// X, S × H (INT8).
    pub x: Vec<Vec<i8>>,
    /// Wk as 4-bit leading-zero codes, H × d (host-converted).
    pub wk_codes: Vec<Vec<LzCode>>,
    /// Wk, Wv, H × d (INT8).
    pub wk: Vec<Vec<i8>>,
    pub wv: Vec<Vec<i8>>,
    /// bk, bv in accumulator units (INT32).
    pub bk: Vec<i32>,
    pub bv: Vec<i32>,
    /// Q, one row per query position (INT16).
    pub q: Vec<Vec<i16>>,
}

/// The run-time registers of a core.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Regs {
    pub sh_kp: u32,
    pub sh_ap: u32,
    pub sh_k: u32,
    pub sh_v: u32,
    pub mz: u32,
    pub sz: u32,
    pub kq: usize,
    pub tiles: usize,
    pub radius: u64,
    pub causal: bool,
    pub score_width: u32,
}

/// What one block of query rows produced, with the counts the reports need.
#[derive(Clone, Debug, Default)]
pub struct BlockOut {
    /// O rows (INT16), one per query row of the block.
    pub o: Vec<Vec<i16>>,
    /// Selected keys per row, all tiles together, sorted.
    pub selected: Vec<Vec<usize>>,
    /// Tokens whose K/V were generated (each once per block).
    pub generated: usize,
    /// K/V rows a per-row schedule would generate (Σ over rows of selected keys).
    pub per_row: usize,
    /// (row, tile) pairs with at least one selected key.
    pub row_tiles: usize,
    /// … of which the first key delivered (RASS order) was not the exact tile maximum.
    pub first_not_max: usize,
    /// Per row, each core's merged partial (m, l, o) of its shard (spec §6; None: the core
    /// selected no key for the row). One entry per core of the mesh row.
    pub partials: Vec<Vec<Option<Partial>>>,
}

/// K̂ for every token (phase 1.1; shared by every block of a head).
pub fn key_prediction(h: &Head, regs: &Regs) -> Vec<Vec<i16>> {
    predict_keys(&h.x, &h.wk_codes, regs.sh_kp)
}

/// Runs rows `rows` (query positions) through a mesh row of `mesh_cols` cores (1 = one core,
/// exactly spec §5). Selection is given by `select_override` when present (used for the
/// exact-top-k reference), else by the predictor and SADS.
pub fn run_block(
    h: &Head,
    khat: &[Vec<i16>],
    regs: &Regs,
    rows: std::ops::Range<usize>,
    mesh_cols: usize,
    select_override: Option<&[Vec<Vec<usize>>]>,
) -> BlockOut {
    let s = h.x.len();
    let q: Vec<Vec<i16>> = h.q[rows.clone()].to_vec();
    let sel: Vec<Vec<Vec<usize>>> = match select_override {
        Some(o) => o.to_vec(),
        None => {
            let ahat = predict_scores(&q, khat, regs.sh_ap, regs.score_width);
            select(
                &ahat,
                &SelectParams {
                    seq_len: s,
                    tiles: regs.tiles,
                    kq: regs.kq,
                    radius: regs.radius,
                    causal: regs.causal,
                    base_pos: rows.start,
                },
            )
        }
    };
    let bounds = tile_bounds(s, regs.tiles);
    let mut out = BlockOut::default();

    // Per tile: the union of the rows' selections in RASS order; each token generated once.
    let mut kv: BTreeMap<usize, (Vec<i16>, Vec<i16>)> = BTreeMap::new();
    let mut order: Vec<Vec<usize>> = Vec::with_capacity(bounds.len());
    for j in 0..bounds.len() {
        let mut need: BTreeMap<usize, usize> = BTreeMap::new();
        for r in &sel {
            for &t in &r[j] {
                *need.entry(t).or_default() += 1;
            }
        }
        out.per_row += need.values().sum::<usize>();
        let ord = rass_order(&need.into_iter().collect::<Vec<_>>());
        for &t in &ord {
            kv.entry(t).or_insert_with(|| {
                out.generated += 1;
                (
                    project(&h.x[t], &h.wk, &h.bk, regs.sh_k),
                    project(&h.x[t], &h.wv, &h.bv, regs.sh_v),
                )
            });
        }
        order.push(ord);
    }

    let tiles_per_core = regs.tiles.div_ceil(mesh_cols);
    for (i, qr) in q.iter().enumerate() {
        let mut core_parts: Vec<Vec<Partial>> = vec![Vec::new(); mesh_cols];
        for (j, ord) in order.iter().enumerate() {
            let mine: Vec<usize> = ord
                .iter()
                .copied()
                .filter(|t| sel[i][j].binary_search(t).is_ok())
                .collect();
            let keys: Vec<(&[i16], &[i16])> =
                mine.iter().map(|t| (&kv[t].0[..], &kv[t].1[..])).collect();
            if let Some(p) = tile_partial(qr, &keys, regs.mz, regs.sz) {
                out.row_tiles += 1;
                let first = log2_score(score(qr, keys[0].0), regs.mz, regs.sz);
                if first != p.m {
                    out.first_not_max += 1;
                }
                core_parts[(j / tiles_per_core).min(mesh_cols - 1)].push(p);
            }
        }
        let per_core: Vec<Option<Partial>> = core_parts.iter().map(|c| merge(c)).collect();
        let merged = if mesh_cols == 1 {
            per_core[0].clone()
        } else {
            // Each core merges its shard; the row's partials merge again by the same rule.
            let cores: Vec<Partial> = per_core.iter().flatten().cloned().collect();
            merge(&cores)
        };
        out.partials.push(per_core);
        out.o.push(output(merged.as_ref(), qr.len()));
        let mut all: Vec<usize> = sel[i].iter().flatten().copied().collect();
        all.sort_unstable();
        out.selected.push(all);
    }
    out
}

/// Cycles of one head (all its blocks) on one core, from the engines' throughput (cycles per
/// job, per tile, per token, per key as the engines' benchmarks measure them), with the
/// cross-stage tiling of spec §1: per tile, prediction+sorting, K/V generation and SU-FA
/// overlap, so a tile costs the slowest of the three. Phase 1.1 runs once per head.
pub fn modelled_cycles(
    cfg: &crate::config::Config,
    h: &Head,
    regs: &Regs,
    blocks: &[BlockOut],
) -> u64 {
    let (t, nc) = (cfg.query_rows as u64, cfg.predictor_cols as u64);
    let s = h.x.len() as u64;
    let hid = h.x.first().map_or(0, Vec::len) as u64;
    let d = h.q.first().map_or(0, Vec::len) as u64;
    let p_kv = cfg.kv_pes as u64;
    let p_fa = cfg.sufa_pes as u64;
    let phase11 = s.div_ceil(t) * d.div_ceil(nc) * hid.max(nc + 1);
    let bounds = tile_bounds(h.x.len(), regs.tiles);
    let kv_token = (2 * d).div_ceil(t) * hid.div_ceil(p_kv) + 4;
    let fa_key = d.div_ceil(p_fa);
    let mut total = phase11;
    for b in blocks {
        // Keys per tile in the union (the K/V rows generated and streamed for this block).
        let mut union = vec![0u64; bounds.len()];
        for (j, &(lo, hi)) in bounds.iter().enumerate() {
            let mut keys: Vec<usize> = b
                .selected
                .iter()
                .flatten()
                .copied()
                .filter(|&k| k >= lo && k < hi)
                .collect();
            keys.sort_unstable();
            keys.dedup();
            union[j] = keys.len() as u64;
        }
        for (j, &(lo, hi)) in bounds.iter().enumerate() {
            let bc = (hi - lo) as u64;
            let predict = bc.div_ceil(nc) * d.max(nc + 1);
            let sort = bc + 4 * regs.kq as u64;
            let kv = union[j] * kv_token;
            let fa = union[j] * fa_key + 32;
            total += predict.max(sort).max(kv).max(fa);
        }
        // Merge over tiles and the divide: per row, on T parallel units.
        total += bounds.len() as u64 * 8 + 2 * d + 40;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::predictor::model::wk_codes;
    use crate::vectors::Rng;

    fn random_head(rng: &mut Rng, s: usize, hd: usize, d: usize) -> Head {
        let m8 = |rng: &mut Rng, r: usize, c: usize| -> Vec<Vec<i8>> {
            (0..r)
                .map(|_| (0..c).map(|_| rng.range(-128, 127) as i8).collect())
                .collect()
        };
        let x = m8(rng, s, hd);
        let wk = m8(rng, hd, d);
        let wv = m8(rng, hd, d);
        Head {
            wk_codes: wk_codes(&wk),
            x,
            wk,
            wv,
            bk: (0..d).map(|_| rng.range(-5000, 5000) as i32).collect(),
            bv: (0..d).map(|_| rng.range(-5000, 5000) as i32).collect(),
            q: (0..s)
                .map(|_| (0..d).map(|_| rng.range(-3000, 3000) as i16).collect())
                .collect(),
        }
    }

    fn regs() -> Regs {
        Regs {
            sh_kp: 8,
            sh_ap: 12,
            sh_k: 6,
            sh_v: 6,
            mz: 40000,
            sz: 30,
            kq: 3,
            tiles: 4,
            radius: 65535,
            causal: false,
            score_width: 16,
        }
    }

    #[test]
    fn each_token_generated_once_and_mesh_of_one_is_the_core() {
        let mut rng = Rng::new(7);
        let h = random_head(&mut rng, 40, 24, 8);
        let r = regs();
        let khat = key_prediction(&h, &r);
        let a = run_block(&h, &khat, &r, 0..6, 1, None);
        assert!(a.generated <= a.per_row);
        assert_eq!(a.per_row, a.selected.iter().map(Vec::len).sum::<usize>());
        // A 1 × 2 mesh differs at most by the second rounding.
        let b = run_block(&h, &khat, &r, 0..6, 2, None);
        for (x, y) in a.o.iter().flatten().zip(b.o.iter().flatten()) {
            assert!((x - y).abs() <= 2, "{x} vs {y}");
        }
    }

    #[test]
    fn causal_first_row_sees_only_key_zero() {
        let mut rng = Rng::new(3);
        let h = random_head(&mut rng, 16, 8, 4);
        let r = Regs {
            causal: true,
            ..regs()
        };
        let khat = key_prediction(&h, &r);
        let a = run_block(&h, &khat, &r, 0..2, 1, None);
        assert_eq!(a.selected[0], vec![0]);
        assert!(a.selected[1].iter().all(|&t| t <= 1));
    }
}
