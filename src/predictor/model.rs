//! Golden model of the DLZS predictor, spec §2, at the level of whole matrices. The array
//! schedule in `vectors` slices these results; it never recomputes them another way.

use crate::numerics::{LzCode, lz_code, lz_term, rshift_round, sat};

/// Host-side conversion of INT8 Wk (H × d) to 4-bit leading-zero codes.
pub fn wk_codes(wk: &[Vec<i8>]) -> Vec<Vec<LzCode>> {
    wk.iter()
        .map(|r| r.iter().map(|&w| lz_code(w as i32, 8)).collect())
        .collect()
}

/// Phase 1.1 accumulators Σ_h ±(|x_h| << (e_h − 1)) (exact), X: S × H, codes: H × d.
pub fn key_acc(x: &[Vec<i8>], wk: &[Vec<LzCode>]) -> Vec<Vec<i128>> {
    let d = wk.first().map_or(0, Vec::len);
    x.iter()
        .map(|xr| {
            (0..d)
                .map(|c| {
                    xr.iter()
                        .zip(wk)
                        .map(|(&xv, wr)| lz_term(xv as i64, wr[c]) as i128)
                        .sum()
                })
                .collect()
        })
        .collect()
}

/// Phase 1.1: K̂ = sat16(rshift_round(acc, SH_KP)).
pub fn predict_keys(x: &[Vec<i8>], wk: &[Vec<LzCode>], sh_kp: u32) -> Vec<Vec<i16>> {
    key_acc(x, wk)
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|a| sat(rshift_round(a, sh_kp), 16) as i16)
                .collect()
        })
        .collect()
}

/// Phase 1.2 accumulators Σ_c ±(|k̂_c| << (e_qc − 1)) (exact), Q: T × d converted online to
/// 5-bit codes, K̂: S × d. Result T × S.
pub fn score_acc(q: &[Vec<i16>], khat: &[Vec<i16>]) -> Vec<Vec<i128>> {
    q.iter()
        .map(|qr| {
            let codes: Vec<LzCode> = qr.iter().map(|&v| lz_code(v as i32, 16)).collect();
            khat.iter()
                .map(|kr| {
                    kr.iter()
                        .zip(&codes)
                        .map(|(&k, &c)| lz_term(k as i64, c) as i128)
                        .sum()
                })
                .collect()
        })
        .collect()
}

/// Phase 1.2: Â = sat_B(rshift_round(acc, SH_AP)).
pub fn predict_scores(q: &[Vec<i16>], khat: &[Vec<i16>], sh_ap: u32, b: u32) -> Vec<Vec<i64>> {
    score_acc(q, khat)
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|a| sat(rshift_round(a, sh_ap), b))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example_and_saturation() {
        // SOFA's 24 × 6 = 144 is predicted as 96.
        let k = predict_keys(&[vec![24]], &wk_codes(&[vec![6]]), 0);
        assert_eq!(k, vec![vec![96]]);
        // −128 · code(−128) = +128 << 6; 4096 such terms overflow 16 bits and saturate.
        let x = vec![vec![-128i8; 4096]];
        let w = wk_codes(&vec![vec![-128i8]; 4096]);
        assert_eq!(predict_keys(&x, &w, 0), vec![vec![32767]]);
        assert_eq!(predict_keys(&x, &w, 13), vec![vec![4096]]);
        // Negative saturation and zero elimination.
        assert_eq!(
            predict_keys(&x, &wk_codes(&vec![vec![127i8]; 4096]), 0),
            vec![vec![-32768]]
        );
        assert_eq!(
            predict_keys(&[vec![0, 5]], &wk_codes(&[vec![9], vec![0]]), 0),
            vec![vec![0]]
        );
        // Q = −32768 saturates to 2^14; k̂ = −32768 gives +2^29 per term.
        let a = predict_scores(&[vec![-32768; 4]], &[vec![-32768; 4]], 0, 32);
        assert_eq!(a, vec![vec![(1i64 << 31) - 1]]);
        let a = predict_scores(&[vec![-32768; 4]], &[vec![-32768; 4]], 16, 16);
        assert_eq!(a, vec![vec![32767]]);
        let a = predict_scores(&[vec![-32768; 4]], &[vec![32767; 4]], 20, 16);
        assert_eq!(a, vec![vec![-2048]]);
        // Rounding half up: 3 · 2 = 6 (code of 3 is 2^1), 6 >> 2 rounds 1.5 up to 2.
        assert_eq!(predict_scores(&[vec![3]], &[vec![3]], 2, 16), vec![vec![2]]);
        assert_eq!(
            predict_scores(&[vec![3]], &[vec![-3]], 2, 16),
            vec![vec![-1]]
        );
    }
}
