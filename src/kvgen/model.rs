//! Golden model of on-demand K/V generation, spec §4 [frozen], and of the reuse-aware schedule
//! (RASS, spec §1 step 4): which tokens are generated, in which order, once per block.

use crate::numerics::{rshift_round, sat};

/// acc = Σ_h x_h · w_h + b for every output column (X INT8, W INT8 H × d, b INT32).
pub fn accumulate(x: &[i8], w: &[Vec<i8>], b: &[i32]) -> Vec<i64> {
    b.iter()
        .enumerate()
        .map(|(c, &bc)| {
            x.iter()
                .zip(w)
                .map(|(&xh, wr)| xh as i64 * wr[c] as i64)
                .sum::<i64>()
                + bc as i64
        })
        .collect()
}

/// K (or V) row of one token: sat16(rshift_round(acc, SH)).
pub fn project(x: &[i8], w: &[Vec<i8>], b: &[i32], sh: u32) -> Vec<i16> {
    accumulate(x, w, b)
        .into_iter()
        .map(|a| sat(rshift_round(a as i128, sh), 16) as i16)
        .collect()
}

/// RASS order of one tile's selected keys: `(key, rows needing it)` sorted by the number of rows
/// descending, ties to the lower key index. Each key appears once, however many rows need it.
pub fn rass_order(keys: &[(usize, usize)]) -> Vec<usize> {
    let mut k = keys.to_vec();
    k.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    k.into_iter().map(|(key, _)| key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_rounds_and_saturates() {
        let w = vec![vec![127i8, -128], vec![127, -128]];
        assert_eq!(accumulate(&[-128, -128], &w, &[5, -5]), vec![-32507, 32763]);
        assert_eq!(project(&[-128, -128], &w, &[5, -5], 0), vec![-32507, 32763]);
        assert_eq!(
            project(&[-128, -128], &w, &[0, 100], 0),
            vec![-32512, 32767]
        );
        assert_eq!(project(&[3], &[vec![1]], &[0], 1), vec![2]);
        assert_eq!(project(&[-3], &[vec![1]], &[0], 1), vec![-1]);
    }

    #[test]
    fn rass_puts_most_shared_keys_first() {
        assert_eq!(
            rass_order(&[(4, 1), (2, 3), (9, 3), (1, 2)]),
            vec![2, 9, 1, 4]
        );
    }
}
