//! sufa engine: golden model (`model`), RTL emitter (`rtl`), testbench vectors (`vectors`).
//! Not yet implemented: see the open issue.

pub mod model;
pub mod rtl;
pub mod vectors;
