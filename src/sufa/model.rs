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
}
