//! The spatial mesh's network (spec §6): one router per core on an R × C mesh, ready/valid links,
//! XY routing, wormhole packets. `model` is the delivery contract (where and in which order
//! packets arrive), `rtl` the emitter (`<prefix>router` leaf, `<prefix>mesh` network), `vectors`
//! the stimulus and expected deliveries for `testbenches/mesh/`.

pub mod model;
pub mod rtl;
pub mod top;
pub mod topvec;
pub mod vectors;

use crate::config::Config;
use crate::rtl::clog2;

/// Payload bits per flit (the link carries this plus the header). 128 bits: a Q row of d = 64
/// INT16 is 8 flits, a partial (m, l, o) of d = 64 is 25; see docs/spec-decisions.md.
pub const LINK_DATA_W: u32 = 128;
/// Input FIFO depth of every router port: 2 gives full throughput (ready is the registered
/// "not full"); 4 lets a link keep streaming through two cycles of downstream stall.
pub const FIFO_DEPTH: u32 = 4;

/// Packet types (the flit's 2-bit `type` field).
pub const TYPE_Q: u32 = 0;
pub const TYPE_PARTIAL: u32 = 1;
pub const TYPE_OTHER: u32 = 2;

/// Sizes of the generated network, derived from the config in one place.
#[derive(Clone, Debug)]
pub struct Geometry {
    pub rows: u32,
    pub cols: u32,
    pub data_w: u32,
    /// Width of an x (column) coordinate: ⌈log2 C⌉, at least 1.
    pub xw: u32,
    /// Width of a y (row) coordinate.
    pub yw: u32,
    pub depth: u32,
    /// Flit width: payload, last, src (x, y), dst (x, y), type.
    pub fw: u32,
    /// Flits of a Q row (d × 16 bits).
    pub q_flits: u32,
    /// Flits of a row's partial: m (64) + l (32) + o (d × 48).
    pub partial_flits: u32,
}

impl Geometry {
    pub fn of(cfg: &Config) -> Geometry {
        let (rows, cols) = cfg.mesh_shape();
        let (xw, yw) = (clog2(cols as u64), clog2(rows as u64));
        let d = cfg.head_dim;
        Geometry {
            rows,
            cols,
            data_w: LINK_DATA_W,
            xw,
            yw,
            depth: FIFO_DEPTH,
            fw: LINK_DATA_W + 1 + 2 * (xw + yw) + 2,
            q_flits: (d * 16).div_ceil(LINK_DATA_W),
            partial_flits: (64 + 32 + d * 48).div_ceil(LINK_DATA_W),
        }
    }
    pub fn nodes(&self) -> u32 {
        self.rows * self.cols
    }
}
