//! RTL emitter of the core's own blocks: the reuse-aware scheduler (RASS) between the sorter and
//! K/V generation.

use crate::config::Config;
use crate::rtl::{Design, clog2};

/// Sizes of the RASS unit.
pub struct RassGeometry {
    pub rows: u32,
    /// Largest number of selected keys in one tile: min(Bc_max, T · kq_max) (Bc_max ≤ S_max).
    pub depth: u32,
    pub key_w: u32,
    pub tile_w: u32,
    pub cnt_w: u32,
    pub ptr_w: u32,
}

impl RassGeometry {
    /// Key and tile index widths are those of the sorter's output when it exists (the RASS sits
    /// right after it), else ⌈log2 S_max⌉ and ⌈log2 Tc_max⌉.
    pub fn of(cfg: &Config) -> RassGeometry {
        Self::with_widths(cfg, clog2(cfg.seq_max as u64), clog2(cfg.tiles_max as u64))
    }

    pub fn with_widths(cfg: &Config, key_w: u32, tile_w: u32) -> RassGeometry {
        let depth = cfg.bc_max().min(cfg.query_rows * cfg.kq_max);
        RassGeometry {
            rows: cfg.query_rows,
            depth,
            key_w,
            tile_w,
            cnt_w: clog2(cfg.query_rows as u64 + 1),
            ptr_w: clog2(depth as u64 + 1),
        }
    }
    /// Bits of one buffered entry: tile, key, mask, row count.
    pub fn entry_w(&self) -> u32 {
        self.tile_w + self.key_w + self.rows + self.cnt_w
    }
}

pub fn emit_rass(d: &mut Design, g: &RassGeometry) -> String {
    let aw = clog2(g.depth as u64);
    let sram = d.sram(g.depth, g.entry_w());
    let addr_sel = if g.ptr_w > aw {
        format!("[{}:0]", aw - 1)
    } else {
        String::new()
    };
    let name = d.leaf_with(
        "rass",
        &[
            ("sram", sram.clone()),
            ("addr_sel", addr_sel),
            ("t", g.rows.to_string()),
            ("n", g.depth.to_string()),
            ("key_w", g.key_w.to_string()),
            ("tile_w", g.tile_w.to_string()),
            ("cnt_w", g.cnt_w.to_string()),
            ("ptr_w", g.ptr_w.to_string()),
        ],
        vec![sram.clone()],
    );
    d.set_instances(&name, &sram, 2); // u_buf_a, u_buf_b: the memory listing's count
    name
}

/// The core's own blocks, after the engines: the RASS unit and, when every engine exists, the
/// core top joining them.
pub fn emit(d: &mut Design) {
    let sorter = d.name("sorter");
    let g = if d.contains(&sorter) {
        let ports = d.module(&sorter).ports();
        let w = |n: &str| ports.iter().find(|p| p.name == n).map(|p| p.width);
        match (w("out_key_o"), w("out_tile_o")) {
            (Some(k), Some(t)) => RassGeometry::with_widths(d.cfg, k, t),
            _ => RassGeometry::of(d.cfg),
        }
    } else {
        RassGeometry::of(d.cfg)
    };
    let rass = emit_rass(d, &g);
    let engines = ["predictor", "sorter", "kvgen", "sufa"].map(|e| d.name(e));
    if engines.iter().all(|e| d.contains(e)) {
        super::top::emit(d, &rass);
    } else {
        d.tops.push(rass);
    }
}
