//! Golden model of the network's delivery contract. The network does not transform data, so the
//! model says only where and in which order packets arrive: every packet exactly once, intact, at
//! its destination's eject port; packets of one source to one destination in injection order
//! (XY routing gives every such pair one path, and links and FIFOs keep order); the flits of one
//! packet contiguous on the eject port (wormhole). Packets of different sources to one
//! destination may arrive in any interleaving of whole packets.

use std::collections::BTreeMap;

/// One packet as injected: node numbers are y·C + x.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packet {
    pub src: u32,
    pub dst: u32,
    pub kind: u32,
    /// Payload of each flit, as 32-bit words (LSB word first).
    pub flits: Vec<Vec<u32>>,
}

/// Nodes visited from `src` to `dst` under XY routing (both ends included): first along the
/// row to the destination's column, then along that column.
pub fn xy_path(src: u32, dst: u32, cols: u32) -> Vec<u32> {
    let (mut x, mut y) = (src % cols, src / cols);
    let (dx, dy) = (dst % cols, dst / cols);
    let mut path = vec![src];
    while x != dx {
        x = if dx > x { x + 1 } else { x - 1 };
        path.push(y * cols + x);
    }
    while y != dy {
        y = if dy > y { y + 1 } else { y - 1 };
        path.push(y * cols + x);
    }
    path
}

/// Expected arrivals: for each (destination, source), the indices of `packets` in the order
/// they must arrive.
pub fn deliveries(packets: &[Packet]) -> BTreeMap<(u32, u32), Vec<usize>> {
    let mut m: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for (i, p) in packets.iter().enumerate() {
        m.entry((p.dst, p.src)).or_default().push(i);
    }
    m
}

/// Cycles from a head flit's injection to its tail's ejection with no contention: one cycle in
/// each router's input FIFO on the path, then one per further flit.
pub fn min_latency(p: &Packet, cols: u32) -> u64 {
    xy_path(p.src, p.dst, cols).len() as u64 + p.flits.len() as u64 - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xy_goes_along_the_row_first() {
        // 3 × 4 mesh: node 1 is (1, 0), node 10 is (2, 2).
        assert_eq!(xy_path(1, 10, 4), vec![1, 2, 6, 10]);
        assert_eq!(xy_path(10, 1, 4), vec![10, 9, 5, 1]);
        assert_eq!(xy_path(5, 5, 4), vec![5]);
    }

    #[test]
    fn deliveries_keep_per_pair_order() {
        let p = |src, dst| Packet {
            src,
            dst,
            kind: 0,
            flits: vec![vec![0]],
        };
        let d = deliveries(&[p(0, 3), p(1, 3), p(0, 3), p(0, 2)]);
        assert_eq!(d[&(3, 0)], vec![0, 2]);
        assert_eq!(d[&(3, 1)], vec![1]);
        assert_eq!(d[&(2, 0)], vec![3]);
    }
}
