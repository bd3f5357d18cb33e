//! Golden model of SADS selection, spec §3 [frozen]: per row and tile, the keys within radius r
//! of the tile maximum over eligible keys, at most kq of them, largest first, ties to the lower
//! index; and the `global` mode of §3.4: the same budget chosen per row over the core's whole
//! key range. Only the set is contract; results are returned sorted by key index.

/// Selection mode, the run-time `select_mode` input (0 = per tile §3, 1 = global §3.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum SelectMode {
    /// kq keys per tile (the paper's SADS, §3).
    #[default]
    Tile,
    /// kq × tiles keys per row over the core's range (§3.4).
    Global,
}

impl SelectMode {
    /// The value of the `select_mode` input.
    pub fn code(self) -> u32 {
        match self {
            SelectMode::Tile => 0,
            SelectMode::Global => 1,
        }
    }
}

/// Run-time parameters of one selection (one block of rows over one key sequence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectParams {
    /// S: keys in the sequence.
    pub seq_len: usize,
    /// Tc: tiles per key row (tiles that would start at or beyond S do not exist).
    pub tiles: usize,
    /// kq: keys kept per tile and row at most (≥ 1).
    pub kq: usize,
    /// r: unsigned B-bit radius; 2^B − 1 admits every eligible key.
    pub radius: u64,
    /// Causal mask: key t is eligible for the row at position p only if t ≤ p.
    pub causal: bool,
    /// Position of row 0 (row i is at base_pos + i).
    pub base_pos: usize,
    /// Per tile (§3) or per row over the core's range (§3.4).
    pub mode: SelectMode,
    /// C: cores of a mesh row; core c's range is the tiles of [`shard_tiles`] (§6).
    pub cores: usize,
}

/// Bc = ceil(S / Tc).
pub fn tile_len(seq_len: usize, tiles: usize) -> usize {
    seq_len.div_ceil(tiles)
}

/// Key ranges [start, end) of the tiles that exist.
pub fn tile_bounds(seq_len: usize, tiles: usize) -> Vec<(usize, usize)> {
    let bc = tile_len(seq_len, tiles);
    (0..tiles)
        .map(|j| (j * bc, ((j + 1) * bc).min(seq_len)))
        .filter(|&(s, _)| s < seq_len)
        .collect()
}

/// Tiles [c·Tc/C, (c+1)·Tc/C) of core c of a mesh row (spec §6; Tc a multiple of C). With Tc not
/// a multiple of C (not a legal run-time setting) the last core takes the remainder.
pub fn shard_tiles(tiles: usize, cores: usize, c: usize) -> std::ops::Range<usize> {
    let per = tiles.div_ceil(cores);
    let lo = (c * per).min(tiles);
    let hi = if c + 1 == cores {
        tiles
    } else {
        ((c + 1) * per).min(tiles)
    };
    lo..hi
}

/// Core of a mesh row that holds tile j.
pub fn shard_of(j: usize, tiles: usize, cores: usize) -> usize {
    (0..cores)
        .find(|&c| shard_tiles(tiles, cores, c).contains(&j))
        .unwrap_or(cores - 1)
}

/// Selection of one row: `scores` holds the row's S predicted scores. Returns, per existing
/// tile, the selected key indices in increasing order.
pub fn select_row(scores: &[i64], row: usize, p: &SelectParams) -> Vec<Vec<usize>> {
    assert!(p.kq >= 1 && p.tiles >= 1 && p.cores >= 1 && scores.len() == p.seq_len);
    if p.mode == SelectMode::Global {
        let bounds = tile_bounds(p.seq_len, p.tiles);
        let mut out = vec![Vec::new(); bounds.len()];
        for c in 0..p.cores {
            // The tiles of this core that exist for this S.
            let mine: Vec<usize> = shard_tiles(p.tiles, p.cores, c)
                .filter(|&j| j < bounds.len())
                .collect();
            let (Some(&first), Some(&last)) = (mine.first(), mine.last()) else {
                continue;
            };
            let keys = bounds[first].0..bounds[last].1;
            for t in select_range(scores, row, p, keys, p.kq * mine.len()) {
                out[(first..=last).find(|&j| t < bounds[j].1).unwrap()].push(t);
            }
        }
        return out;
    }
    tile_bounds(p.seq_len, p.tiles)
        .into_iter()
        .map(|(s, e)| select_range(scores, row, p, s..e, p.kq))
        .collect()
}

/// Steps 1–3 of §3 (and of §3.4) over one key range: the eligible keys within r of the range's
/// maximum, the `n` largest of them, ties to the lower index; sorted by key index.
fn select_range(
    scores: &[i64],
    row: usize,
    p: &SelectParams,
    keys: std::ops::Range<usize>,
    n: usize,
) -> Vec<usize> {
    let pos = p.base_pos + row;
    let eligible: Vec<usize> = keys.filter(|&t| !p.causal || t <= pos).collect();
    let Some(m) = eligible.iter().map(|&t| scores[t]).max() else {
        return Vec::new();
    };
    // M − r needs B+1 bits; i64 holds it exactly for every B ≤ 32.
    let floor = m - p.radius as i64;
    let mut cand: Vec<usize> = eligible
        .into_iter()
        .filter(|&t| scores[t] >= floor)
        .collect();
    cand.sort_by(|&a, &b| scores[b].cmp(&scores[a]).then(a.cmp(&b)));
    cand.truncate(n);
    cand.sort_unstable();
    cand
}

/// Selection of every row: result `[row][tile]` → sorted key indices.
pub fn select(scores: &[Vec<i64>], p: &SelectParams) -> Vec<Vec<Vec<usize>>> {
    scores
        .iter()
        .enumerate()
        .map(|(i, r)| select_row(r, i, p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(seq_len: usize, tiles: usize, kq: usize, radius: u64) -> SelectParams {
        SelectParams {
            seq_len,
            tiles,
            kq,
            radius,
            causal: false,
            base_pos: 0,
            mode: SelectMode::Tile,
            cores: 1,
        }
    }

    #[test]
    fn tiles_short_last_and_missing() {
        assert_eq!(tile_bounds(10, 4), vec![(0, 3), (3, 6), (6, 9), (9, 10)]);
        // Bc = 2: tiles start at 0, 2, 4; a fourth would start at 6 ≥ S.
        assert_eq!(tile_bounds(5, 4), vec![(0, 2), (2, 4), (4, 5)]);
    }

    #[test]
    fn radius_kq_and_ties() {
        let s = [5, 9, 9, 1, 8, 9];
        let p = params(6, 1, 2, 65535);
        assert_eq!(select_row(&s, 0, &p), vec![vec![1, 2]]);
        let p = params(6, 1, 10, 1);
        assert_eq!(select_row(&s, 0, &p), vec![vec![1, 2, 4, 5]]);
        let p = params(6, 1, 10, 0);
        assert_eq!(select_row(&s, 0, &p), vec![vec![1, 2, 5]]);
        let p = params(6, 2, 1, 0);
        assert_eq!(select_row(&s, 0, &p), vec![vec![1], vec![5]]);
    }

    #[test]
    fn causal_mask_empties_future_tiles() {
        let s = [3, 1, 4, 1, 5, 9, 2, 6];
        let mut p = params(8, 4, 1, 65535);
        p.causal = true;
        p.base_pos = 2;
        // Row 0 is at position 2: keys 0..=2 eligible.
        assert_eq!(
            select_row(&s, 0, &p),
            vec![vec![0], vec![2], vec![], vec![]]
        );
        // Row 1 at position 3.
        assert_eq!(
            select_row(&s, 1, &p),
            vec![vec![0], vec![2], vec![], vec![]]
        );
        assert_eq!(
            select_row(&s, 3, &p),
            vec![vec![0], vec![2], vec![5], vec![]]
        );
    }

    #[test]
    fn most_negative_scores_and_full_radius() {
        let b = 16;
        let s = vec![-(1i64 << (b - 1)); 7];
        let p = params(7, 2, 3, (1 << b) - 1);
        assert_eq!(select_row(&s, 0, &p), vec![vec![0, 1, 2], vec![4, 5, 6]]);
    }

    use proptest::prelude::*;

    /// Rank-based reference, written independently of the sort in `select_row`: key t is
    /// selected iff it is an eligible candidate and fewer than kq candidates beat it (higher
    /// score, or equal score and lower index).
    fn reference(scores: &[i64], row: usize, p: &SelectParams) -> Vec<Vec<usize>> {
        let bc = p.seq_len.div_ceil(p.tiles);
        let pos = p.base_pos + row;
        let mut out = Vec::new();
        for j in 0..p.tiles {
            let s = j * bc;
            if s >= p.seq_len {
                break;
            }
            let e = (s + bc).min(p.seq_len);
            let elig = |t: usize| !p.causal || t <= pos;
            let m = (s..e).filter(|&t| elig(t)).map(|t| scores[t]).max();
            let cand = |t: usize| elig(t) && m.is_some_and(|m| scores[t] + p.radius as i64 >= m);
            let beats =
                |a: usize, t: usize| scores[a] > scores[t] || (scores[a] == scores[t] && a < t);
            out.push(
                (s..e)
                    .filter(|&t| {
                        cand(t) && (s..e).filter(|&a| cand(a) && beats(a, t)).count() < p.kq
                    })
                    .collect(),
            );
        }
        out
    }

    /// §3.4 written as a plain sort, independently of `select_row`: per core, order the
    /// range's candidates by (score descending, index ascending) and keep the first
    /// kq × (existing tiles of the core); then split the keys by tile.
    fn reference_global(scores: &[i64], row: usize, p: &SelectParams) -> Vec<Vec<usize>> {
        let bc = p.seq_len.div_ceil(p.tiles);
        let existing = p.seq_len.div_ceil(bc);
        let per = p.tiles / p.cores;
        let mut keep = vec![false; p.seq_len];
        for c in 0..p.cores {
            let tiles = (c * per..(c + 1) * per).filter(|&j| j < existing).count();
            let (lo, hi) = (
                (c * per * bc).min(p.seq_len),
                ((c + 1) * per * bc).min(p.seq_len),
            );
            let elig: Vec<usize> = (lo..hi)
                .filter(|&t| !p.causal || t <= p.base_pos + row)
                .collect();
            let Some(m) = elig.iter().map(|&t| scores[t] as i128).max() else {
                continue;
            };
            let mut cand: Vec<(i64, usize)> = elig
                .into_iter()
                .filter(|&t| scores[t] as i128 >= m - p.radius as i128)
                .map(|t| (-scores[t], t))
                .collect();
            cand.sort();
            for &(_, t) in cand.iter().take(p.kq * tiles) {
                keep[t] = true;
            }
        }
        (0..existing)
            .map(|j| {
                (j * bc..((j + 1) * bc).min(p.seq_len))
                    .filter(|&t| keep[t])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn global_budget_moves_between_tiles() {
        // Tile 0 holds the three best keys: per tile keeps 1 + 1, global keeps the best 2.
        let s = [9, 8, 7, 1, 2, 0];
        let mut p = params(6, 2, 1, 65535);
        assert_eq!(select_row(&s, 0, &p), vec![vec![0], vec![4]]);
        p.mode = SelectMode::Global;
        assert_eq!(select_row(&s, 0, &p), vec![vec![0, 1], vec![]]);
        // Fewer candidates than n = 2 within radius 1 of the maximum: only key 0 and 1.
        p.radius = 1;
        p.kq = 3;
        assert_eq!(select_row(&s, 0, &p), vec![vec![0, 1], vec![]]);
        // On a 1 × 2 mesh each core selects within its own tile: n = 3 per core.
        p.radius = 65535;
        p.cores = 2;
        assert_eq!(select_row(&s, 0, &p), vec![vec![0, 1, 2], vec![3, 4, 5]]);
        // Causal: row at position 1 sees keys 0 and 1 only; S = 7 is not a multiple of Tc = 2.
        let s = [1, 1, 5, 5, 5, 5, 5];
        let mut p = params(7, 2, 4, 65535);
        p.mode = SelectMode::Global;
        p.causal = true;
        p.base_pos = 1;
        assert_eq!(select_row(&s, 0, &p), vec![vec![0, 1], vec![]]);
    }

    /// Rows drawn the ways that break selection: full range, a few values (ties), all equal,
    /// all the most negative value.
    fn row(b: u32, len: usize) -> impl Strategy<Value = Vec<i64>> {
        let (lo, hi) = (-(1i64 << (b - 1)), (1i64 << (b - 1)) - 1);
        prop_oneof![
            proptest::collection::vec(lo..=hi, len),
            proptest::collection::vec(-2i64..=2, len),
            (lo..=hi).prop_map(move |c| vec![c; len]),
            Just(vec![lo; len]),
        ]
    }

    fn case() -> impl Strategy<Value = (Vec<i64>, SelectParams, usize, u32)> {
        (
            prop_oneof![Just(8u32), Just(16u32)],
            1usize..=40,
            1usize..=9,
        )
            .prop_flat_map(|(b, s, tiles)| {
                let bc = s.div_ceil(tiles);
                let rmax = (1u64 << b) - 1;
                (
                    row(b, s),
                    prop_oneof![Just(1usize), Just(bc), Just(bc + 1), 1usize..=12],
                    prop_oneof![Just(0u64), Just(rmax), 0..=rmax, 0u64..=4],
                    any::<bool>(),
                    0usize..=48,
                    0usize..4,
                    Just((s, tiles, b)),
                )
            })
            .prop_map(
                |(scores, kq, radius, causal, base_pos, row, (s, tiles, b))| {
                    let p = SelectParams {
                        seq_len: s,
                        tiles,
                        kq,
                        radius,
                        causal,
                        base_pos,
                        mode: SelectMode::Tile,
                        cores: 1,
                    };
                    (scores, p, row, b)
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn matches_rank_reference((scores, p, row, _b) in case()) {
            let got = select_row(&scores, row, &p);
            prop_assert_eq!(&got, &reference(&scores, row, &p));
            // Never more than kq, never padded, only keys of their own tile.
            for (sel, (s, e)) in got.iter().zip(tile_bounds(p.seq_len, p.tiles)) {
                prop_assert!(sel.len() <= p.kq);
                prop_assert!(sel.iter().all(|&t| (s..e).contains(&t)));
            }
        }

        #[test]
        fn disabled_radius_and_large_kq_keep_every_eligible_key((scores, p, row, b) in case()) {
            let p = SelectParams { radius: (1u64 << b) - 1, kq: tile_len(p.seq_len, p.tiles), ..p };
            let pos = p.base_pos + row;
            for (sel, (s, e)) in select_row(&scores, row, &p).iter().zip(tile_bounds(p.seq_len, p.tiles)) {
                let want: Vec<usize> = (s..e).filter(|&t| !p.causal || t <= pos).collect();
                prop_assert_eq!(sel, &want);
            }
        }

        #[test]
        fn global_matches_plain_sort((scores, p, row, _b) in case(), cores in 1usize..=3) {
            // Tc a multiple of C (spec §6): shrink C to a divisor of Tc.
            let cores = (1..=cores).rev().find(|c| p.tiles % c == 0).unwrap();
            let p = SelectParams { mode: SelectMode::Global, cores, ..p };
            let got = select_row(&scores, row, &p);
            prop_assert_eq!(&got, &reference_global(&scores, row, &p));
        }

        #[test]
        fn zero_radius_keeps_only_the_maximum((scores, p, row, _b) in case()) {
            let p = SelectParams { radius: 0, ..p };
            for sel in select_row(&scores, row, &p) {
                if let Some(&first) = sel.first() {
                    prop_assert!(sel.iter().all(|&t| scores[t] == scores[first]));
                }
            }
        }
    }
}
