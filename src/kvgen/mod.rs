//! On-demand K/V generation (spec §1 step 4, §4): K = X·Wk + bk and V = X·Wv + bv for the
//! selected tokens only, each once, on a T × P array of INT8 MAC PEs. `model` is the bit-exact
//! golden model (and RASS), `rtl` the emitter, `vectors` the stimulus of `testbenches/kvgen/`.

pub mod model;
pub mod rtl;
pub mod store;
pub mod vectors;

use crate::config::Config;
use crate::numerics::signed_bits;
use crate::rtl::{bits_for, clog2};

/// Sizes of the generated K/V engine, derived from the config in one place.
///
/// Mapping: one token at a time; array row r computes output column `pass·T + r` of [K | V]
/// (2d outputs, `passes` = ⌈2d/T⌉ passes over the outputs per token), array column c takes the
/// hidden indices h ≡ c (mod P). A pass reads one X word (P values) per cycle, so a token costs
/// `passes · ⌈H/P⌉` issue cycles.
#[derive(Clone, Debug)]
pub struct Geometry {
    /// T: rows of the PE array.
    pub rows: u32,
    /// P: PEs per row (`kv_pes`), also the INT8 lanes of one X word.
    pub pes: u32,
    /// d: head dimension (K and V each have d lanes).
    pub dim: u32,
    /// 2d: output columns of [K | V].
    pub outs: u32,
    /// ⌈2d/T⌉: passes over the outputs per token.
    pub passes: u32,
    /// min(T, 2d): rows that ever compute (the rest of a T-row array would idle; not emitted).
    pub used_rows: u32,
    /// ⌈H_max/P⌉: words of the weight memory and of one token in the X memory.
    pub words: u32,
    /// Per-PE accumulator: exact for ⌈H_max/P⌉ products of magnitude ≤ 2^14.
    pub pe_w: u32,
    /// Row sum (P partial sums + bias): exact, at least 34 bits (spec §4).
    pub acc_w: u32,
    /// Width of `hidden_i` (holds H_max; at least 5 bits so that P ≤ 16 fits next to it).
    pub h_w: u32,
    /// Width of a word count (holds ⌈H_max/P⌉ itself).
    pub wh_w: u32,
    /// Weight memory address width.
    pub waddr_w: u32,
    /// Token index width.
    pub key_w: u32,
    /// X memory word address width.
    pub xaddr_w: u32,
    /// Bias index width (0..2d−1).
    pub bidx_w: u32,
    /// Pass counter width.
    pub pass_w: u32,
}

impl Geometry {
    pub fn of(cfg: &Config) -> Geometry {
        let (t, p, d, h) = (cfg.query_rows, cfg.kv_pes, cfg.head_dim, cfg.hidden);
        let words = h.div_ceil(p);
        let wh_w = bits_for(words as u64);
        Geometry {
            rows: t,
            pes: p,
            dim: d,
            outs: 2 * d,
            passes: (2 * d).div_ceil(t),
            used_rows: t.min(2 * d),
            words,
            pe_w: signed_bits(words as u128 * 16384),
            acc_w: signed_bits(h as u128 * 16384 + (1u128 << 31)).max(34),
            h_w: bits_for(h as u64).max(5),
            wh_w,
            waddr_w: clog2(words as u64),
            key_w: clog2(cfg.seq_max as u64),
            xaddr_w: clog2(cfg.seq_max as u64 * words as u64).max(wh_w),
            bidx_w: clog2(2 * d as u64),
            pass_w: clog2((2 * d).div_ceil(t) as u64),
        }
    }

    /// Rows computing in pass `p` (all T but possibly the last pass).
    pub fn pass_rows(&self, p: u32) -> u32 {
        self.rows.min(self.outs - p * self.rows)
    }

    /// Issue cycles of one token of run-time hidden size `h`.
    pub fn cycles_per_token(&self, h: u32) -> u32 {
        self.passes * h.div_ceil(self.pes)
    }
}
