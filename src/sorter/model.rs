//! Golden model of SADS selection, spec §3 [frozen]: per row and tile, the keys within radius r
//! of the tile maximum over eligible keys, at most kq of them, largest first, ties to the lower
//! index. Only the set is contract; results are returned sorted by key index.

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

/// Selection of one row: `scores` holds the row's S predicted scores. Returns, per existing
/// tile, the selected key indices in increasing order.
pub fn select_row(scores: &[i64], row: usize, p: &SelectParams) -> Vec<Vec<usize>> {
    assert!(p.kq >= 1 && p.tiles >= 1 && scores.len() == p.seq_len);
    let pos = p.base_pos + row;
    tile_bounds(p.seq_len, p.tiles)
        .into_iter()
        .map(|(s, e)| {
            let eligible: Vec<usize> = (s..e).filter(|&t| !p.causal || t <= pos).collect();
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
            cand.truncate(p.kq);
            cand.sort_unstable();
            cand
        })
        .collect()
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
}
