//! Host tooling of spec §7 [frozen]: reading `.npy` tensors, quantisation, biases, the choice of
//! shifts, MZ/SZ and kq. Everything is f64 and follows the spec's order of evaluation, so any
//! implementation of the spec gets the same integers.

use crate::UserError;
use crate::numerics::rshift_round;
use std::path::Path;

/// log2(e) exactly as the spec writes it (the same f64 as std's LOG2_E, written out so the
/// spec's text can be checked against it).
#[allow(clippy::approx_constant)]
pub const LOG2_E: f64 = 1.4426950408889634;

/// A row-major 1-D or 2-D tensor read from a `.npy` file.
#[derive(Clone, Debug)]
pub struct Tensor {
    pub rows: usize,
    pub cols: usize,
    pub data: Vec<f64>,
}

impl Tensor {
    pub fn row(&self, r: usize) -> &[f64] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

/// Reads a float32 or float64 `.npy` file of rank 1 (one row) or 2.
pub fn read_npy(path: &Path) -> Result<Tensor, UserError> {
    let err = |e: &dyn std::fmt::Display| UserError(format!("{}: {e}", path.display()));
    let bytes = std::fs::read(path).map_err(|e| err(&e))?;
    let npy = npyz::NpyFile::new(&bytes[..]).map_err(|e| err(&e))?;
    let shape: Vec<usize> = npy.shape().iter().map(|&s| s as usize).collect();
    let (rows, cols) = match shape[..] {
        [n] => (1, n),
        [r, c] => (r, c),
        _ => return Err(err(&format!("expected rank 1 or 2, found shape {shape:?}"))),
    };
    let fortran = npy.order() == npyz::Order::Fortran;
    let data: Vec<f64> = match npy.dtype() {
        npyz::DType::Plain(t) if t.type_char() == npyz::TypeChar::Float && t.size_field() == 4 => {
            npy.into_vec::<f32>()
                .map_err(|e| err(&e))?
                .into_iter()
                .map(f64::from)
                .collect()
        }
        npyz::DType::Plain(t) if t.type_char() == npyz::TypeChar::Float && t.size_field() == 8 => {
            npy.into_vec::<f64>().map_err(|e| err(&e))?
        }
        other => return Err(err(&format!("expected float32/float64, found {other:?}"))),
    };
    // Fortran order (column-major, as PyTorch-style weights are often saved): transpose so that
    // Tensor is always row-major.
    let data = if fortran && rows > 1 {
        (0..rows * cols)
            .map(|i| data[(i % cols) * rows + i / cols])
            .collect()
    } else {
        data
    };
    Ok(Tensor { rows, cols, data })
}

/// Rounds half away from zero (f64::round does exactly this).
pub fn round_half_away(x: f64) -> f64 {
    x.round()
}

/// A quantised tensor: values and the scale (value ≈ q · scale).
#[derive(Clone, Debug)]
pub struct Quantised {
    pub scale: f64,
    pub q: Vec<i64>,
}

/// quant(f, W): scale = max|f| / (2^(W−1) − 1) (1 if max|f| = 0);
/// q = clamp(round_half_away(f / scale), ±(2^(W−1) − 1)).
pub fn quant(f: &[f64], w: u32) -> Quantised {
    let qmax = ((1i64 << (w - 1)) - 1) as f64;
    let maxabs = f.iter().fold(0f64, |m, v| m.max(v.abs()));
    let scale = if maxabs == 0.0 { 1.0 } else { maxabs / qmax };
    let q = f
        .iter()
        .map(|v| round_half_away(v / scale).clamp(-qmax, qmax) as i64)
        .collect();
    Quantised { scale, q }
}

/// b_int = sat32(round_half_away(b / (scale_x · scale_w))).
pub fn quant_bias(b: &[f64], scale_x: f64, scale_w: f64) -> Vec<i32> {
    b.iter()
        .map(|v| {
            round_half_away(v / (scale_x * scale_w)).clamp(i32::MIN as f64, i32::MAX as f64) as i32
        })
        .collect()
}

/// The smallest n ≥ 0 for which rshift_round(v, n) of every value fits in signed `bits` bits.
pub fn smallest_shift<I: IntoIterator<Item = i128>>(values: I, bits: u32) -> u32 {
    let (lo, hi) = (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1);
    let (mut vmin, mut vmax) = (0i128, 0i128);
    for v in values {
        vmin = vmin.min(v);
        vmax = vmax.max(v);
    }
    // rshift_round is monotonic, so the extremes decide.
    (0..127)
        .find(|&n| rshift_round(vmax, n) <= hi && rshift_round(vmin, n) >= lo)
        .expect("a shift below 127 always fits")
}

/// MZ and SZ of spec §7: c = scale_q · scale_k · log2(e) / sqrt(d) · 1024 (left to right);
/// SZ = the largest value in 0..=63 with round_half_away(c · 2^SZ) ≤ 65535.
pub fn mz_sz(scale_q: f64, scale_k: f64, d: usize) -> (u32, u32) {
    let c = scale_q * scale_k * LOG2_E / (d as f64).sqrt() * 1024.0;
    let mz = |sz: i32| round_half_away(c * 2f64.powi(sz));
    let sz = (0..=63).rev().find(|&sz| mz(sz) <= 65535.0).unwrap_or(0);
    (mz(sz) as u32, sz as u32)
}

/// kq = max(1, floor((P · Bc + 50) / 100)) with P = round(keep · 100).
pub fn kq_from_keep(keep: f64, bc: usize) -> usize {
    let p = round_half_away(keep * 100.0) as usize;
    ((p * bc + 50) / 100).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quant_rounds_half_away_and_clamps() {
        let q = quant(&[1.0, -0.5, 0.25, -1.0], 8);
        assert_eq!(q.scale, 1.0 / 127.0);
        assert_eq!(q.q, vec![127, -64, 32, -127]);
        assert_eq!(quant(&[0.0, 0.0], 16).scale, 1.0);
    }

    #[test]
    fn shifts_kq_and_mz() {
        assert_eq!(smallest_shift([32767, -32768], 16), 0);
        assert_eq!(smallest_shift([32768], 16), 1);
        assert_eq!(smallest_shift([-65536], 16), 1);
        // -65537 >> 1 rounds to -32768: still fits.
        assert_eq!(smallest_shift([-65537], 16), 1);
        // 65535 >> 1 rounds up to 32768: needs 2.
        assert_eq!(smallest_shift([65535], 16), 2);
        assert_eq!(kq_from_keep(0.25, 128), 32);
        assert_eq!(kq_from_keep(0.25, 3), 1);
        assert_eq!(kq_from_keep(0.5, 13), 7);
        let (mz, sz) = mz_sz(0.001, 0.002, 64);
        assert!(mz <= 65535 && mz > 32767, "{mz} {sz}");
    }
}
