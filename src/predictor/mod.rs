//! DLZS predictor (spec §1 steps 1–2, §2): leading-zero (log-domain) prediction with shifts and
//! adds only. `model` is the bit-exact golden model, `rtl` the emitter, `vectors` the stimulus
//! and expected results for `testbenches/predictor/`.

pub mod model;
pub mod rtl;
pub mod vectors;

use crate::config::Config;
use crate::numerics::signed_bits;

/// Sizes of the generated predictor, derived from the config in one place.
#[derive(Clone, Debug)]
pub struct Geometry {
    /// T: rows of the array (tokens in phase 1.1, queries in phase 1.2).
    pub rows: u32,
    /// NC: columns of the array (output dims in phase 1.1, keys in phase 1.2).
    pub cols: u32,
    /// B: score width of Â.
    pub score_w: u32,
    /// Output lane width, max(16, B): K̂ and Â share the output port.
    pub out_w: u32,
    /// Accumulator width: exact for H terms of 2^13 and d terms of 2^29, at least 40 (spec).
    pub acc_w: u32,
    /// Width of `len_i` (holds max(H, d)).
    pub len_w: u32,
    /// Width of the output column index.
    pub col_idx_w: u32,
}

impl Geometry {
    pub fn of(cfg: &Config) -> Geometry {
        let kp = signed_bits(cfg.hidden as u128 * (128u128 << 6));
        let ap = signed_bits(cfg.head_dim as u128 * (32768u128 << 14));
        Geometry {
            rows: cfg.query_rows,
            cols: cfg.predictor_cols,
            score_w: cfg.score_width,
            out_w: cfg.score_width.max(16),
            acc_w: kp.max(ap).max(40),
            len_w: crate::rtl::bits_for(cfg.hidden.max(cfg.head_dim) as u64),
            col_idx_w: crate::rtl::clog2(cfg.predictor_cols as u64),
        }
    }
}
