//! SADS sorter (spec §1 step 3, §3): per row and tile, the exact top-kq set within radius r of
//! the tile maximum. `model` is the golden model, `rtl` the emitter, `vectors` the stimulus and
//! expected sets for `testbenches/sorter/`; `sortnet` builds the pipelined bitonic word sorter
//! so the emitter and the tests share one definition.

pub mod model;
mod row;
pub mod rtl;
pub mod sortnet;
pub mod vectors;

use crate::config::Config;
use crate::rtl::{bits_for, clog2};

/// Sizes of the generated sorter, derived from the config in one place.
#[derive(Clone, Debug)]
pub struct Geometry {
    /// T: rows (one sort core each).
    pub rows: u32,
    /// B: score width.
    pub score_w: u32,
    /// N: network inputs.
    pub net_n: u32,
    /// G = N/4: network outputs (kept per step).
    pub keep: u32,
    /// N − G: new scores per network step = tile-buffer banks.
    pub banks: u32,
    /// Words per bank: ceil(S_max / banks), or a ring of ceil(2 Bc_max / banks) + 1 words when
    /// that is smaller (tile mode then loads tile j + 2 while tile j is scanned and j + 1 sorted).
    pub depth: u32,
    /// The buffer is a ring smaller than the block: loads wait for room.
    pub ring: bool,
    /// Longest S global mode takes (its passes need the whole range in the buffer): S_max, or
    /// the ring's depth x banks keys.
    pub global_keys: u32,
    /// Bank address width.
    pub addr_w: u32,
    /// Key index width (keys 0..S_max−1; also the local index inside a tile).
    pub key_w: u32,
    /// Width of lengths that may equal S_max (S, Bc, tile length, base position).
    pub len_w: u32,
    /// Sort key width: {valid, score with flipped sign, inverted local index}.
    pub enc_w: u32,
    /// Width of kq_i.
    pub kq_w: u32,
    /// Width of tiles_i.
    pub tc_w: u32,
    /// Width of out_tile_o.
    pub tile_w: u32,
    /// Passes at kq_max: ceil(kq_max / G); pass counter width.
    pub passes_max: u32,
    pub pass_w: u32,
    /// Width of a key position inside a word: keys 0..S_max + N − G (lane indices, ranges).
    pub kx_w: u32,
    /// Width of a row's position + 1 (causal compare).
    pub px_w: u32,
    /// Width of the global budget n = kq × tiles.
    pub n_w: u32,
}

impl Geometry {
    pub fn of(cfg: &Config) -> Geometry {
        let n = cfg.sort_width;
        let g = n / 4;
        let banks = n - g;
        let whole = cfg.seq_max.div_ceil(banks);
        // Two tiles anywhere in the words: 2 Bc_max keys span at most ceil(2 Bc_max / banks) + 1.
        let depth = whole.min((2 * cfg.bc_max()).div_ceil(banks) + 1);
        let ring = depth < whole;
        let key_w = clog2(cfg.seq_max as u64);
        let passes_max = cfg.kq_max.div_ceil(g);
        Geometry {
            rows: cfg.query_rows,
            score_w: cfg.score_width,
            net_n: n,
            keep: g,
            banks,
            depth,
            ring,
            global_keys: if ring { depth * banks } else { cfg.seq_max },
            addr_w: clog2(depth as u64),
            key_w,
            len_w: bits_for(cfg.seq_max as u64),
            enc_w: 1 + cfg.score_width + key_w,
            kq_w: bits_for(cfg.kq_max as u64),
            tc_w: bits_for(cfg.tiles_max as u64),
            tile_w: clog2(cfg.tiles_max as u64),
            passes_max,
            pass_w: clog2(passes_max as u64),
            kx_w: bits_for((cfg.seq_max + banks) as u64),
            px_w: bits_for(cfg.seq_max as u64).max(bits_for(cfg.query_rows as u64)) + 2,
            n_w: bits_for(cfg.kq_max as u64 * cfg.tiles_max as u64),
        }
    }
}
