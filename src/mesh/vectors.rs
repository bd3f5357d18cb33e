//! Vectors for `testbenches/mesh/tb_mesh.cpp`: scenarios of multi-flit packets from every node
//! (uniform random destinations, a hotspot, the Q-row broadcast and partial gather of §6,
//! local→local included), each source's packets in injection order.
//!
//! Records: `P R C DATA_W XW YW` once; per packet `I src dst type nflits gap` (gap: idle
//! cycles the source waits before the head, 0 for bursts), its `nflits` payloads as
//! `F <DATA_W/32 words>`, then the flits it must deliver as `E <words>` (the golden model:
//! the same payload at `dst`, in order per source). A harness checks arrivals against the E
//! records of each (dst, src) pair in order.

use super::model::{Packet, deliveries};
use super::{Geometry, TYPE_OTHER, TYPE_PARTIAL, TYPE_Q};
use crate::config::Config;
use crate::vectors::{Rng, VecFile};

#[derive(Clone, Copy, Debug)]
enum Pattern {
    /// Uniform random destinations (including the source itself).
    Uniform,
    /// Every node sends to one node: the most contended eject port and links.
    Hotspot,
    /// Each row's column-0 core sends Q rows to the cores of its mesh row.
    QBroadcast,
    /// Every core sends its partials to its row's merging core (column 0).
    PartialGather,
}

pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let g = Geometry::of(cfg);
    let n = g.nodes();
    let words = (g.data_w / 32) as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen mesh vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    f.rec(
        "P",
        [g.rows, g.cols, g.data_w, g.xw, g.yw].map(|v| v as i64),
    );
    // Enough traffic per scenario that small meshes are stressed as much as large ones.
    let per_node = (384 / n).max(12);
    let max_len = g.partial_flits.max(8) as i64;
    let mut packets: Vec<(Packet, u32)> = Vec::new();
    for sc in 0..scenarios {
        let pat = [
            Pattern::Uniform,
            Pattern::Hotspot,
            Pattern::QBroadcast,
            Pattern::PartialGather,
        ][sc as usize % 4];
        let hot = rng.range(0, n as i64 - 1) as u32;
        for src in 0..n {
            let (sy, sx) = (src / g.cols, src % g.cols);
            for k in 0..per_node {
                let (dst, kind, len) = match pat {
                    Pattern::Uniform => (
                        rng.range(0, n as i64 - 1) as u32,
                        TYPE_OTHER,
                        rng.range(1, max_len),
                    ),
                    Pattern::Hotspot => (hot, TYPE_OTHER, rng.range(1, 4)),
                    // Non-broadcasting cores meanwhile send random traffic.
                    Pattern::QBroadcast if sx == 0 => {
                        (sy * g.cols + k % g.cols, TYPE_Q, g.q_flits as i64)
                    }
                    Pattern::QBroadcast => (
                        rng.range(0, n as i64 - 1) as u32,
                        TYPE_OTHER,
                        rng.range(1, 4),
                    ),
                    Pattern::PartialGather => (sy * g.cols, TYPE_PARTIAL, g.partial_flits as i64),
                };
                let flits = (0..len)
                    .map(|_| (0..words).map(|_| rng.next_u64() as u32).collect())
                    .collect();
                // Mostly back-to-back (bursts); sometimes a pause.
                let gap = if rng.chance(80) {
                    0
                } else {
                    rng.range(1, 20) as u32
                };
                packets.push((
                    Packet {
                        src,
                        dst,
                        kind,
                        flits,
                    },
                    gap,
                ));
            }
        }
    }
    // Every packet appears in exactly one delivery list (the model's contract).
    let pk: Vec<Packet> = packets.iter().map(|(p, _)| p.clone()).collect();
    debug_assert_eq!(
        deliveries(&pk).values().map(Vec::len).sum::<usize>(),
        pk.len()
    );
    for (p, gap) in &packets {
        f.rec(
            "I",
            [p.src, p.dst, p.kind, p.flits.len() as u32, *gap].map(|v| v as i64),
        );
        for fl in &p.flits {
            f.rec("F", fl.iter().map(|&w| w as i64));
        }
        for fl in &p.flits {
            f.expect("E", fl.iter().map(|&w| w as i64));
        }
    }
    f
}
