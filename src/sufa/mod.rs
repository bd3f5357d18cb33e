//! SU-FA (spec §5): exact scores, exact tile maxima, exp2 weights, per-tile (m, l, o), the merge
//! over tiles and the divide. `model` is the bit-exact golden model, `rtl` the emitter, `vectors`
//! the stimulus and expected results for `testbenches/sufa/`.

pub mod model;
pub mod rtl;
pub mod vectors;

use crate::config::Config;
use crate::numerics::signed_bits;
use crate::rtl::{bits_for, clog2};

/// Sizes of the generated SU-FA engine, derived from the config in one place.
#[derive(Clone, Debug)]
pub struct Geometry {
    /// T: query rows.
    pub rows: u32,
    /// d: head dimension.
    pub d: u32,
    /// P: PEs per row in each array.
    pub pes: u32,
    /// ceil(d / P): cycles per key in each array.
    pub chunks: u32,
    /// Lanes of the rotating operand registers: chunks · P (d padded with zero lanes).
    pub lanes: u32,
    /// Exact score width (at least 40, spec).
    pub s_w: u32,
    /// z width: rshift_round of the (s_w + 17)-bit product.
    pub z_w: u32,
    /// l width (unsigned, at least 32) and o width (signed, at least 48).
    pub l_w: u32,
    pub o_w: u32,
    /// Most selected-key beats one tile may carry: min(Bc_max, T · kq_max) (Bc_max ≤ S_max).
    pub tile_keys: u32,
    /// Depth of the key buffer (two tiles in flight) and its address width.
    pub kbuf_depth: u32,
    pub kbuf_aw: u32,
    /// Depth of each row's z FIFO (two tiles of at most kq_max keys) and its address width.
    pub fifo_depth: u32,
    pub fifo_aw: u32,
    /// Tile partials stored per row (Tc_max), their address width, the width of `tiles_i`.
    pub tiles: u32,
    pub tile_aw: u32,
    pub tiles_w: u32,
    /// Width of `kv_key_i`.
    pub key_w: u32,
    /// Depth of each row's K and V queues (a power of two) and its address width.
    pub queue_depth: u32,
    pub queue_aw: u32,
}

impl Geometry {
    pub fn of(cfg: &Config) -> Geometry {
        let (t, d, p) = (cfg.query_rows, cfg.head_dim, cfg.sufa_pes);
        let chunks = d.div_ceil(p);
        let s_w = signed_bits(d as u128 * (1u128 << 30)).max(40);
        let l_w = bits_for(cfg.tiles_max as u64 * cfg.kq_max as u64 * 32768).max(32);
        let tile_keys = cfg.bc_max().min(t * cfg.kq_max);
        let kbuf_depth = (2 * tile_keys).next_power_of_two();
        let fifo_depth = (2 * cfg.kq_max).next_power_of_two();
        Geometry {
            rows: t,
            d,
            pes: p,
            chunks,
            lanes: chunks * p,
            s_w,
            z_w: s_w + 18,
            l_w,
            // |o| <= l · 32768 plus the merge's rounding: one spare bit.
            o_w: (l_w + 17).max(48),
            tile_keys,
            kbuf_depth,
            kbuf_aw: clog2(kbuf_depth as u64),
            fifo_depth,
            fifo_aw: clog2(fifo_depth as u64),
            tiles: cfg.tiles_max,
            tile_aw: clog2(cfg.tiles_max as u64),
            tiles_w: bits_for(cfg.tiles_max as u64),
            key_w: clog2(cfg.seq_max as u64),
            queue_depth: cfg.sufa_queue_depth,
            queue_aw: clog2(cfg.sufa_queue_depth as u64),
        }
    }
}
