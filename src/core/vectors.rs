//! Vectors of the core's blocks. RASS: random tiles of selected keys (in key order, as the
//! sorter delivers them, with empty tiles), expected in RASS order: rows needing the key
//! descending, arrival order among equals.
//!
//! Records: `P T WORDS` (mask words of 32 bits); per beat in `I key tile last <mask words>`;
//! per expected beat `E key tile last <mask words>`.

use super::rtl::RassGeometry;
use crate::config::Config;
use crate::vectors::{Rng, VecFile};

fn mask_words(mask: &[bool]) -> Vec<i64> {
    mask.chunks(32)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0i64, |w, (b, &on)| w | ((on as i64) << b))
        })
        .collect()
}

pub fn write_rass(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let g = RassGeometry::of(cfg);
    let t = g.rows as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!("star-gen rass vectors, seed {seed}"));
    f.rec("P", [t as i64, t.div_ceil(32) as i64]);
    let tiles = 1usize << g.tile_w.min(6);
    let keys = 1usize << g.key_w.min(16);
    for sc in 0..scenarios.max(1) * 8 {
        let tile = sc as usize % tiles;
        // Mostly full-size tiles; some empty; some with every mask equal.
        let n = match rng.next_u64() % 6 {
            0 => 0,
            1 => g.depth as usize,
            _ => rng.range(1, g.depth as i64) as usize,
        };
        let density = rng.range(1, 100) as u64;
        let same = rng.chance(15);
        let mut entries: Vec<(usize, Vec<bool>)> = Vec::new();
        let first = rng.range(0, (keys / 4) as i64) as usize;
        let base: Vec<bool> = (0..t).map(|_| rng.chance(density)).collect();
        for key in first..first + n {
            let mut m: Vec<bool> = if same {
                base.clone()
            } else {
                (0..t).map(|_| rng.chance(density)).collect()
            };
            if !m.iter().any(|&b| b) {
                m[rng.range(0, t as i64 - 1) as usize] = true;
            }
            entries.push((key % keys, m));
        }
        if entries.is_empty() {
            let k = rng.range(0, keys as i64 - 1);
            f.rec(
                "I",
                [k, tile as i64, 1]
                    .into_iter()
                    .chain(mask_words(&vec![false; t])),
            );
            f.expect(
                "E",
                [k, tile as i64, 1]
                    .into_iter()
                    .chain(mask_words(&vec![false; t])),
            );
            continue;
        }
        for (i, (k, m)) in entries.iter().enumerate() {
            let last = (i + 1 == entries.len()) as i64;
            f.rec(
                "I",
                [*k as i64, tile as i64, last]
                    .into_iter()
                    .chain(mask_words(m)),
            );
        }
        let mut order: Vec<usize> = (0..entries.len()).collect();
        let cnt = |i: usize| entries[i].1.iter().filter(|&&b| b).count();
        order.sort_by(|&a, &b| cnt(b).cmp(&cnt(a)).then(a.cmp(&b)));
        for (i, &e) in order.iter().enumerate() {
            let last = (i + 1 == order.len()) as i64;
            f.expect(
                "E",
                [entries[e].0 as i64, tile as i64, last]
                    .into_iter()
                    .chain(mask_words(&entries[e].1)),
            );
        }
    }
    f
}
