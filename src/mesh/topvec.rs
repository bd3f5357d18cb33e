//! Vectors for the multi-core top (`testbenches/top/`): per scenario one head and one block of
//! T queries per mesh row, every core fed its shard (spec §6), O rows from the golden model's
//! mesh (`core::model::run_block(.., C, ..)`).
//!
//! Records (a per-core or per-row index is the LAST field, so the corrupted-vector self-test,
//! which alters the first field of the first `E`, alters a value):
//! - `P R C T NC OW d P_KV LEN_W XADDR_W POS_W`
//! - `R sh_kp sh_ap kq radius causal hidden sh_k sh_v mz sz S Tc' Bc`, `BP base y` per row
//! - `W addr <weights>`, `B <biases>` (broadcast)
//! - `X token <values> n`, `J mode len sh_kp sh_ap n`, `I <T + NC lanes> n`, `K <T lanes> n`
//!   per core n = y * C + x (local keys of its shard)
//! - `Q <d> y` (T per row), expected `E <d> y` (T per row).

use crate::config::Config;
use crate::core::model::{BlockOut, Head, KvStore, Regs, key_prediction, run_block, run_block_kv};
use crate::core::vectors::{Dims, Shard, bc_limit, random_block, write_block_shard};
use crate::sorter::model::SelectMode;
use crate::vectors::{Rng, VecFile};

/// Appends `idx` as the last field of every record of `sub` that the top's harness reads per
/// core or per row, and copies the broadcast ones once.
fn retag(f: &mut VecFile, sub: VecFile, core: usize, x: usize, y: usize) {
    for line in sub.into_string().lines() {
        let mut it = line.split(' ');
        let tag = it.next().unwrap_or("");
        let fields = || -> Vec<i64> {
            line.split(' ')
                .skip(1)
                .map(|v| v.parse().expect("numeric field"))
                .collect()
        };
        let with = |idx: usize| fields().into_iter().chain([idx as i64]);
        match tag {
            "W" | "B" if core == 0 => f.rec(tag, fields()),
            "X" | "J" | "I" => f.rec(tag, with(core)),
            "K" => f.expect(tag, with(core)),
            "Q" if x == 0 => f.rec(tag, with(y)),
            _ => {}
        }
    }
}

/// One round of blocks through an R × C top: block `bases[y]`..+T on mesh row y. `regs.tiles`
/// is the global Tc (a multiple of C); `first` loads the weights and the token memories and
/// runs phase 1.1 (once per head; with `split_p11` the R cores of a column each compute 1/R
/// of their shard's K̂, which the host gathers for phase 1.2). Returns the model's output per
/// row.
#[allow(clippy::too_many_arguments)]
pub fn write_round(
    f: &mut VecFile,
    cfg: &Config,
    head: &Head,
    khat: &[Vec<i16>],
    regs: &Regs,
    bases: &[usize],
    first: bool,
    split_p11: bool,
) -> Vec<BlockOut> {
    let (rows, cols) = cfg.mesh_shape();
    let (rows, cols) = (rows as usize, cols as usize);
    let g = crate::predictor::Geometry::of(cfg);
    let t = cfg.query_rows as usize;
    let s = head.x.len();
    let d = head.bk.len();
    let h = head.wk.len();
    assert_eq!(regs.tiles % cols, 0, "Tc must be a multiple of C");
    let tl = regs.tiles / cols;
    let bc = s.div_ceil(regs.tiles);
    assert!(tl * bc <= cfg.seq_max as usize, "Tc' * Bc must fit S_max");
    assert!(
        !split_p11 || bases.len() == rows,
        "a split phase 1.1 needs every mesh row"
    );
    f.rec(
        "R",
        [
            regs.sh_kp as i64,
            regs.sh_ap as i64,
            regs.kq as i64,
            regs.radius as i64,
            regs.causal as i64,
            h as i64,
            regs.sh_k as i64,
            regs.sh_v as i64,
            regs.mz as i64,
            regs.sz as i64,
            s as i64,
            tl as i64,
            bc as i64,
            regs.select_mode.code() as i64,
        ],
    );
    let mut outs = Vec::new();
    for (y, &base) in bases.iter().enumerate().take(rows) {
        f.rec("BP", [base as i64, y as i64]);
        let out = run_block(head, khat, regs, base..base + t, cols, None);
        for x in 0..cols {
            let key_base = x * tl * bc;
            let len = tl * bc;
            let mut hl = head.clone();
            hl.x = (key_base..key_base + len)
                .map(|k| head.x.get(k).cloned().unwrap_or_else(|| vec![0; h]))
                .collect();
            let kl: Vec<Vec<i16>> = (key_base..key_base + len)
                .map(|k| khat.get(k).cloned().unwrap_or_else(|| vec![0; d]))
                .collect();
            let rl = Regs { tiles: tl, ..*regs };
            let shard = Shard {
                key_base,
                keys: s.saturating_sub(key_base).min(len),
                part: true,
                core: x,
                p11: if split_p11 {
                    let part = len.div_ceil(rows).div_ceil(t) * t;
                    (y * part).min(len)..((y + 1) * part).min(len)
                } else {
                    0..len
                },
            };
            let mut sub = VecFile::default();
            let p = cfg.kv_pes as usize;
            write_block_shard(&mut sub, &g, &hl, &kl, &rl, base, first, p, &out, &shard);
            retag(f, sub, y * cols + x, x, y);
        }
        for o in &out.o {
            f.expect("E", o.iter().map(|&v| v as i64).chain([y as i64]));
        }
        outs.push(out);
    }
    outs
}

/// The `P` record of a top vector file.
pub fn header(f: &mut VecFile, cfg: &Config) {
    let (rows, cols) = cfg.mesh_shape();
    let g = crate::predictor::Geometry::of(cfg);
    let pos_w = crate::rtl::bits_for(cfg.seq_max as u64 * cols as u64);
    let p = cfg.kv_pes as usize;
    // Token-memory address: token * ceil(H_max / P) words (as star_kvgen's x_addr_o).
    let design = crate::tree::build(cfg);
    let core = design.module(&design.name("core")).ports();
    let w = |n: &str| core.iter().find(|p| p.name == n).map_or(0, |p| p.width) as i64;
    f.rec(
        "P",
        [
            rows as i64,
            cols as i64,
            g.rows as i64,
            g.cols as i64,
            g.out_w as i64,
            cfg.head_dim as i64,
            p as i64,
            w("pred_len_i"),
            w("x_addr_o"),
            pos_w as i64,
        ],
    );
}

/// Random heads through the top: per scenario one round (a block per mesh row); every second
/// scenario runs its blocks twice back to back, to exercise the merge unit's Q gate and its two
/// partial banks.
pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let (rows, cols) = cfg.mesh_shape();
    let (rows, cols) = (rows as usize, cols as usize);
    let t = cfg.query_rows as usize;
    let d = cfg.head_dim as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen top vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    header(&mut f, cfg);
    for sc in 0..scenarios {
        let cap = cfg.seq_max.min(2 * t as u32 + 12) as usize;
        let tl = rng.range(1, cfg.tiles_max.min(cap as u32) as i64) as usize;
        // Either mode may be drawn below, so Bc fits global mode's buffer too.
        let bc = rng.range(1, bc_limit(cfg, cap, tl, true) as i64) as usize;
        let tiles = tl * cols;
        let s = rng.range(((bc - 1) * tiles + 1) as i64, (bc * tiles) as i64) as usize;
        let h = rng.range(1, cfg.hidden.min(24) as i64) as usize;
        // Global mode selects within each core's shard (spec 3.4, 6).
        let mode = |rng: &mut Rng| {
            if rng.chance(40) {
                SelectMode::Global
            } else {
                SelectMode::Tile
            }
        };
        let dims = Dims {
            s,
            h,
            d,
            q_rows: s + t,
            small: false,
        };
        let (head, khat, regs) = random_block(cfg, &mut rng, &dims, bc, tiles, mode);
        let bases: Vec<usize> = (0..rows)
            .map(|_| rng.range(0, s as i64 - 1) as usize)
            .collect();
        f.comment(&format!(
            "scenario {sc}: S={s} H={h} Tc={tiles} (Tc'={tl}, Bc={bc}) kq={} radius={} \
             causal={} bases={bases:?}",
            regs.kq, regs.radius, regs.causal
        ));
        write_round(&mut f, cfg, &head, &khat, &regs, &bases, true, false);
        if sc % 2 == 1 {
            // The same blocks again, back to back in the same scenario: each row's second block
            // is offered at once and waits for the Q gate while the first is being merged.
            let mut again = VecFile::default();
            write_round(&mut again, cfg, &head, &khat, &regs, &bases, false, false);
            for line in again.into_string().lines() {
                let mut it = line.split(' ');
                let tag = it.next().unwrap_or("");
                let v: Vec<i64> = it.map(|x| x.parse().expect("numeric field")).collect();
                match tag {
                    "R" | "BP" | "" => {}
                    "K" | "E" => f.expect(tag, v),
                    _ => f.rec(tag, v),
                }
            }
        }
    }
    f
}

/// The mesh benchmark (`scripts/bench-mesh.sh`): one head of `seq` random tokens, `blocks`
/// blocks of T random queries spread over the sequence, Tc = 64 tiles, kq = 4 per tile, radius
/// off, no causal mask. One core (`cores: 1`) writes core vectors (`scripts/cosim.sh core`);
/// a mesh writes top vectors in rounds of R blocks, phase 1.1 split over the R cores of each
/// column. A comment line `# links ...` gives the router-to-router flits of the run (XY
/// routes are fixed, so they are exact): total, links, and the busiest link.
pub fn write_bench(cfg: &Config, seed: u64, seq: usize, blocks: usize) -> VecFile {
    use crate::host::smallest_shift;
    use crate::kvgen::model::accumulate;
    use crate::predictor::model::{key_acc, score_acc, wk_codes};

    let (rows, cols) = cfg.mesh_shape();
    let (rows, cols) = (rows as usize, cols as usize);
    let t = cfg.query_rows as usize;
    let d = cfg.head_dim as usize;
    let h = cfg.hidden as usize;
    let mut rng = Rng::new(seed);
    let m8 = |rng: &mut Rng, r: usize, c: usize| -> Vec<Vec<i8>> {
        (0..r)
            .map(|_| (0..c).map(|_| rng.range(-128, 127) as i8).collect())
            .collect()
    };
    let x = m8(&mut rng, seq, h);
    let wk = m8(&mut rng, h, d);
    let wv = m8(&mut rng, h, d);
    let bias = |rng: &mut Rng| -> Vec<i32> {
        (0..d)
            .map(|_| rng.range(-(1 << 12), 1 << 12) as i32)
            .collect()
    };
    let (bk, bv) = (bias(&mut rng), bias(&mut rng));
    let q: Vec<Vec<i16>> = (0..seq.max(blocks * t))
        .map(|_| (0..d).map(|_| rng.range(-2000, 2000) as i16).collect())
        .collect();
    let head = Head {
        wk_codes: wk_codes(&wk),
        x: x.clone(),
        wk: wk.clone(),
        wv: wv.clone(),
        bk: bk.clone(),
        bv: bv.clone(),
        q: q.clone(),
    };
    let acc = |w: &[Vec<i8>], b: &[i32]| -> Vec<i128> {
        x.iter()
            .flat_map(|xr| accumulate(xr, w, b))
            .map(i128::from)
            .collect()
    };
    let tiles = 64;
    let mut regs = Regs {
        sh_kp: smallest_shift(key_acc(&x, &head.wk_codes).into_iter().flatten(), 16),
        sh_ap: 0,
        sh_k: smallest_shift(acc(&wk, &bk), 16),
        sh_v: smallest_shift(acc(&wv, &bv), 16),
        mz: 40000,
        sz: 40,
        kq: 4,
        tiles,
        radius: (1u64 << cfg.score_width) - 1,
        causal: false,
        score_width: cfg.score_width,
        select_mode: SelectMode::Tile,
    };
    let khat = key_prediction(&head, &regs);
    regs.sh_ap = smallest_shift(score_acc(&q, &khat).into_iter().flatten(), cfg.score_width);
    // Block b starts at query position b * (seq / blocks).
    let base = |b: usize| b * (seq / blocks).max(t);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen mesh benchmark, seed {seed}, S={seq}, {blocks} blocks of T={t}, Tc={tiles}, \
         kq={}, {rows}x{cols} mesh",
        regs.kq
    ));
    if rows * cols == 1 {
        let g = crate::predictor::Geometry::of(cfg);
        f.rec(
            "P",
            [
                t,
                g.cols as usize,
                g.out_w as usize,
                d,
                cfg.kv_pes as usize,
                t.div_ceil(32),
            ]
            .map(|v| v as i64),
        );
        // One head: the K/V store persists over its blocks (spec v3 §4).
        let mut store = KvStore::of(cfg);
        for b in 0..blocks {
            let rows = base(b)..base(b) + t;
            let out = run_block_kv(&head, &khat, &regs, rows, 1, None, &mut store);
            let p = cfg.kv_pes as usize;
            crate::core::vectors::write_block(
                &mut f,
                &g,
                &head,
                &khat,
                &regs,
                base(b),
                b == 0,
                p,
                &out,
            );
        }
        f.comment("links total=0 links=0 busiest=none busiest_flits=0");
        return f;
    }
    header(&mut f, cfg);
    for round in 0..blocks.div_ceil(rows) {
        let bases: Vec<usize> = (round * rows..((round + 1) * rows).min(blocks))
            .map(base)
            .collect();
        write_round(&mut f, cfg, &head, &khat, &regs, &bases, round == 0, true);
    }
    // Router-to-router flits: per block of mesh row y, Q rows from (y, 0) to every (y, x) and
    // partials from every (y, x) to (y, 0); XY routing keeps them on row y's links.
    let net = super::Geometry::of(cfg);
    let sg = crate::sufa::Geometry::of(cfg);
    let fp = crate::sufa::rtl::partial_out_w(&sg).div_ceil(net.data_w) as u64;
    let fq = net.q_flits as u64;
    let mut east = vec![0u64; rows * cols];
    let mut west = vec![0u64; rows * cols];
    for b in 0..blocks {
        let y = b % rows;
        for xd in 1..cols {
            for l in 0..xd {
                east[y * cols + l] += t as u64 * fq;
                west[y * cols + l] += t as u64 * fp;
            }
        }
    }
    let links = 2 * (rows * (cols - 1) + cols * (rows - 1));
    let total: u64 = east.iter().chain(&west).sum();
    let (mut best, mut name) = (0u64, String::from("none"));
    for y in 0..rows {
        for l in 0..cols.saturating_sub(1) {
            if west[y * cols + l] > best {
                best = west[y * cols + l];
                name = format!("({y},{})->({y},{l})", l + 1);
            }
            if east[y * cols + l] > best {
                best = east[y * cols + l];
                name = format!("({y},{l})->({y},{})", l + 1);
            }
        }
    }
    f.comment(&format!(
        "links total={total} links={links} busiest={name} busiest_flits={best}"
    ));
    f
}
