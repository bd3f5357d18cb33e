//! Shared arithmetic of spec §2–§5, used by every golden model and, where the hardware needs a
//! constant (the exp2 table), by the RTL emitters. Nothing here is duplicated elsewhere.

/// `rshift_round(x, n)` = floor((x + 2^(n−1)) / 2^n) for n ≥ 1, x for n = 0 (round half up).
pub fn rshift_round(x: i128, n: u32) -> i128 {
    if n == 0 {
        x
    } else if n >= 120 {
        // Every operand here is far below 2^119, so the rounded value is 0.
        0
    } else {
        (x + (1i128 << (n - 1))) >> n
    }
}

/// Clamps to the signed `bits`-bit range.
pub fn sat(x: i128, bits: u32) -> i64 {
    let hi = (1i128 << (bits - 1)) - 1;
    let lo = -(1i128 << (bits - 1));
    x.clamp(lo, hi) as i64
}

/// `div_round(n, d)`: n / d rounded to nearest, halves away from zero (d > 0).
pub fn div_round(n: i128, d: i128) -> i128 {
    assert!(d > 0, "div_round by {d}");
    let q = (n.abs() * 2 + d) / (2 * d);
    if n < 0 { -q } else { q }
}

/// A leading-zero (log-domain) code `{s, e}`: e = 0 is zero, otherwise ±2^(e−1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LzCode {
    pub s: bool,
    pub e: u32,
}

impl LzCode {
    /// Packed as `{s, e}` with `e_bits` exponent bits (4-bit Wk codes: 3, 5-bit Q codes: 4).
    pub fn pack(self, e_bits: u32) -> u32 {
        ((self.s as u32) << e_bits) | self.e
    }
    pub fn unpack(v: u32, e_bits: u32) -> LzCode {
        LzCode {
            s: (v >> e_bits) & 1 == 1,
            e: v & ((1 << e_bits) - 1),
        }
    }
}

/// Leading zeros of an 8-bit value (8 for zero): the hardware's `lzc8`.
pub fn lzc8(b: u8) -> u32 {
    b.leading_zeros()
}

/// Code of a signed `width`-bit value (8 or 16), built like the hardware LZE: magnitude |v|
/// (2^(W−1) for the most negative value), e = W − LZ(|v|), saturated to e = W − 1.
/// The 16-bit LZ is `hi == 0 ? 8 + lzc8(lo) : lzc8(hi)`.
pub fn lz_code(v: i32, width: u32) -> LzCode {
    let mag = v.unsigned_abs();
    let lz = match width {
        8 => lzc8(mag as u8),
        16 => {
            let (hi, lo) = ((mag >> 8) as u8, mag as u8);
            if hi == 0 { 8 + lzc8(lo) } else { lzc8(hi) }
        }
        _ => panic!("LZE width {width}"),
    };
    let e = (width - lz).min(width - 1);
    LzCode { s: v < 0, e }
}

/// One shift-add term of the predictor: ±(|data| << (e − 1)), sign = s_data XOR s_code.
/// Zero elimination: a zero code or a zero operand contributes nothing.
pub fn lz_term(data: i64, code: LzCode) -> i64 {
    if code.e == 0 || data == 0 {
        return 0;
    }
    let mag = (data.unsigned_abs() as i64) << (code.e - 1);
    if (data < 0) ^ code.s { -mag } else { mag }
}

/// Number of bits of a signed integer that holds every value of magnitude ≤ `max_mag`.
pub fn signed_bits(max_mag: u128) -> u32 {
    (128 - max_mag.leading_zeros()) + 1
}

/// Entries of the exp2 table (spec v3 §5): LUT[n] = round(2^(−n/128) · 131072), n = 0…128.
pub const EXP2_LUT_LEN: usize = 129;
/// Bits of one exp2 table entry (LUT[0] = 131072 = 2^17 needs 18).
pub const EXP2_LUT_BITS: u32 = 18;

/// The exp2 table of spec §5, the single source for the golden model and the RTL emitter.
pub fn exp2_lut() -> [u32; EXP2_LUT_LEN] {
    let mut t = [0u32; EXP2_LUT_LEN];
    for (n, v) in t.iter_mut().enumerate() {
        *v = (131072.0 * (-(n as f64) / 128.0).exp2()).round() as u32;
    }
    t
}

/// `exp2q(t)` for t ≤ 0 with 10 fractional bits: 2^(t/1024) in UQ1.15 (1.0 = 32768), spec v3:
/// 3 interpolation bits and a rounded final shift (v2's truncating shift biased every weight
/// down by about half an LSB).
pub fn exp2q(t: i64) -> u32 {
    assert!(t <= 0, "exp2q of a positive argument {t}");
    // Built once: eval calls this for every (row, key) pair.
    static LUT: std::sync::OnceLock<[u32; EXP2_LUT_LEN]> = std::sync::OnceLock::new();
    let lut = LUT.get_or_init(exp2_lut);
    let u = (-t).min(16384) as u32;
    let i = u >> 10;
    let a = ((u >> 3) & 127) as usize;
    let w = (u & 7) as i128;
    let (la, lb) = (lut[a] as i128, lut[a + 1] as i128);
    let y = la - rshift_round((la - lb) * w, 3);
    if i >= 16 {
        0
    } else {
        rshift_round(y, i + 2) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rshift_round_is_half_up() {
        assert_eq!(rshift_round(5, 1), 3);
        assert_eq!(rshift_round(-5, 1), -2);
        assert_eq!(rshift_round(-6, 2), -1);
        assert_eq!(rshift_round(7, 0), 7);
        assert_eq!(rshift_round(-(1 << 39), 63), 0);
    }

    #[test]
    fn div_round_half_away() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(-4, 3), -1);
    }

    #[test]
    fn lz_codes_and_saturation() {
        assert_eq!(lz_code(0, 8), LzCode { s: false, e: 0 });
        assert_eq!(lz_code(6, 8), LzCode { s: false, e: 3 });
        assert_eq!(lz_code(-128, 8), LzCode { s: true, e: 7 });
        assert_eq!(lz_code(127, 8), LzCode { s: false, e: 7 });
        assert_eq!(lz_code(-32768, 16), LzCode { s: true, e: 15 });
        assert_eq!(lz_code(32767, 16), LzCode { s: false, e: 15 });
        assert_eq!(lz_code(1, 16), LzCode { s: false, e: 1 });
        assert_eq!(lz_code(256, 16), LzCode { s: false, e: 9 });
        // Every 16-bit value: the two-counter structure equals floor(log2|v|) + 1.
        for v in -32768..=32767i32 {
            let c = lz_code(v, 16);
            let want = if v == 0 {
                0
            } else {
                (32 - v.unsigned_abs().leading_zeros()).min(15)
            };
            assert_eq!(c.e, want, "v = {v}");
        }
    }

    #[test]
    fn spec_worked_example_24_times_6() {
        // SOFA: 24 × 6 is predicted as 24 << 2 = 96.
        assert_eq!(lz_term(24, lz_code(6, 8)), 96);
        assert_eq!(lz_term(-24, lz_code(6, 8)), -96);
        assert_eq!(lz_term(24, lz_code(-6, 8)), -96);
        assert_eq!(lz_term(0, lz_code(6, 8)), 0);
        assert_eq!(lz_term(24, lz_code(0, 8)), 0);
        assert_eq!(lz_term(-32768, lz_code(-32768, 16)), 32768 << 14);
    }

    #[test]
    fn exp2_table_and_error() {
        let lut = exp2_lut();
        assert_eq!(lut[0], 131072);
        assert_eq!(lut[128], 65536);
        assert!(lut.iter().all(|&e| e < 1 << EXP2_LUT_BITS));
        assert!(lut.windows(2).all(|w| w[0] > w[1]), "the table falls");
        assert_eq!(exp2q(0), 32768);
        assert_eq!(exp2q(-1024), 16384);
        assert_eq!(exp2q(-16384), 0);
        assert_eq!(exp2q(-1 << 40), 0);
        // Spec v3 §5: worst 0.740 LSB at t = −53, mean +0.034 LSB over every t in [−16384, 0].
        let (mut worst, mut at, mut sum) = (0f64, 0i64, 0f64);
        for t in -16 * 1024..=0i64 {
            let e = exp2q(t) as f64 - (t as f64 / 1024.0).exp2() * 32768.0;
            sum += e;
            if e.abs() > worst {
                (worst, at) = (e.abs(), t);
            }
        }
        let mean = sum / 16385.0;
        println!("exp2q v3: worst error {worst:.4} LSB at t = {at}, mean {mean:+.4} LSB");
        assert_eq!(at, -53);
        assert!((worst - 0.740).abs() < 0.0005, "worst {worst}");
        assert!((mean - 0.034).abs() < 0.0005, "mean {mean}");
    }
}
