//! Vectors of the core's blocks. RASS: random tiles of selected keys (in key order, as the
//! sorter delivers them, with empty tiles), expected in RASS order: rows needing the key
//! descending, arrival order among equals.
//!
//! Records: `P T WORDS` (mask words of 32 bits); per beat in `I key tile last <mask words>`;
//! per expected beat `E key tile last <mask words>`.

use super::model::{BlockOut, Head, KvStore, Regs, key_prediction, run_block_kv};
use super::rtl::RassGeometry;
use crate::config::Config;
use crate::host::smallest_shift;
use crate::kvgen::model::accumulate;
use crate::predictor::model::{key_acc, score_acc, wk_codes};
use crate::sorter::model::SelectMode;
use crate::sufa::model::score;
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

/// Shape of a random block: S tokens of H features, head dimension d, `q_rows` rows of Q;
/// `small` draws X and the weights from [-3, 3] instead of the corner-heavy INT8 range.
pub struct Dims {
    pub s: usize,
    pub h: usize,
    pub d: usize,
    pub q_rows: usize,
    pub small: bool,
}

/// SZ for the z scaler: the smallest shift keeping |s| · MZ >> SZ within 2^13 for every (query,
/// key) score of the head, so z never saturates on the test data.
fn z_shift(q: &[Vec<i16>], x: &[Vec<i8>], wk: &[Vec<i8>], bk: &[i32], regs: &Regs) -> u32 {
    let k_all: Vec<Vec<i16>> = x
        .iter()
        .map(|xr| crate::kvgen::model::project(xr, wk, bk, regs.sh_k))
        .collect();
    let smax = q
        .iter()
        .flat_map(|qr| k_all.iter().map(move |kr| score(qr, kr).unsigned_abs()))
        .max()
        .unwrap_or(0) as u128;
    (0..64u32)
        .find(|&n| (smax * regs.mz as u128) >> n <= 1 << 13)
        .unwrap_or(63)
}

/// A random head and its registers, calibrated as the host would (spec 7): shifts from the
/// head's own accumulators, SZ so that z spans about +-2^13 over the exact scores. Shared by the
/// core's and the multi-core top's vector writers; returns the head, its K-hat and the registers.
pub fn random_block(
    cfg: &Config,
    rng: &mut Rng,
    dims: &Dims,
    bc: usize,
    tiles: usize,
    mode: impl FnOnce(&mut Rng) -> SelectMode,
) -> (Head, Vec<Vec<i16>>, Regs) {
    let Dims {
        s,
        h,
        d,
        q_rows,
        small,
    } = *dims;
    let m8 = |rng: &mut Rng, r: usize, c: usize| -> Vec<Vec<i8>> {
        (0..r)
            .map(|_| {
                (0..c)
                    .map(|_| {
                        if small {
                            rng.range(-3, 3) as i8
                        } else {
                            rng.corner_int(8) as i8
                        }
                    })
                    .collect()
            })
            .collect()
    };
    let x = m8(rng, s, h);
    let wk = m8(rng, h, d);
    let wv = m8(rng, h, d);
    let bias = |rng: &mut Rng| -> Vec<i32> {
        (0..d)
            .map(|_| rng.range(-(1 << 20), 1 << 20) as i32)
            .collect()
    };
    let (bk, bv) = (bias(rng), bias(rng));
    let q: Vec<Vec<i16>> = (0..q_rows)
        .map(|_| (0..d).map(|_| rng.corner_int(16) as i16).collect())
        .collect();
    let head = Head {
        wk_codes: wk_codes(&wk),
        x,
        wk,
        wv,
        bk,
        bv,
        q,
    };
    let acc = |w: &[Vec<i8>], b: &[i32]| -> Vec<i128> {
        head.x
            .iter()
            .flat_map(|xr| accumulate(xr, w, b))
            .map(i128::from)
            .collect()
    };
    let mut regs = Regs {
        sh_kp: smallest_shift(key_acc(&head.x, &head.wk_codes).into_iter().flatten(), 16),
        sh_ap: 0,
        sh_k: smallest_shift(acc(&head.wk, &head.bk), 16),
        sh_v: smallest_shift(acc(&head.wv, &head.bv), 16),
        mz: rng.range(1, 65535) as u32,
        sz: 0,
        kq: rng.range(1, cfg.kq_max.min(bc as u32) as i64) as usize,
        tiles,
        radius: match rng.next_u64() % 4 {
            0 => 0,
            1 => rng.range(0, 64) as u64,
            _ => (1u64 << cfg.score_width) - 1,
        },
        causal: rng.chance(40),
        score_width: cfg.score_width,
        select_mode: mode(rng),
    };
    let khat = key_prediction(&head, &regs);
    regs.sh_ap = smallest_shift(
        score_acc(&head.q, &khat).into_iter().flatten(),
        cfg.score_width,
    );
    regs.sz = z_shift(&head.q, &head.x, &head.wk, &head.bk, &regs);
    (head, khat, regs)
}

/// `M <useful SU-FA MACs> <MAC slots per cycle>`: the harness's SU-FA utilisation figure for
/// the blocks `outs` (each selected (row, key) pair costs 2·d MACs).
pub(crate) fn write_utilisation(f: &mut VecFile, cfg: &Config, outs: &[BlockOut], d: usize) {
    let useful: usize = outs
        .iter()
        .flat_map(|o| &o.selected)
        .map(|r| r.len() * 2 * d)
        .sum();
    let slots = cfg.query_rows as usize * 2 * cfg.sufa_pes as usize;
    f.rec("M", [useful as i64, slots as i64]);
}

/// `H <S> <dense bound>` switches the harness to whole-head mode (the blocks `outs` back to
/// back, cycle-stamped); the cycle model's figure for the same head follows as the comment
/// `model cycles=N`, which `scripts/bench-core.sh` prints. Returns that figure.
pub(crate) fn write_whole_head(
    f: &mut VecFile,
    cfg: &Config,
    head: &Head,
    regs: &Regs,
    outs: &[BlockOut],
) -> u64 {
    let seq = head.x.len();
    f.rec("H", [seq as i64, dense_bound(cfg, seq) as i64]);
    // The harness runs one core whatever the config's mesh: model a 1 x 1 mesh.
    let one = Config {
        cores: 1,
        mesh: "1x1".into(),
        ..cfg.clone()
    };
    let model = super::model::modelled_cycles(&one, head, regs, outs);
    f.comment(&format!(
        "model cycles={model} (eval's cycle model, the same head)"
    ));
    // Where the model ends each block, to set against the harness's TB_STAMPS=1 stamps
    // (`stamp: o last block b C`).
    for b in 1..=outs.len() {
        let end = super::model::modelled_cycles(&one, head, regs, &outs[..b]);
        f.comment(&format!("model: o last block {} {end}", b - 1));
    }
    let bound = one_block_bound(cfg, head, outs);
    f.comment(&format!(
        "bound cycles={bound} speedup<={:.2} (one block in SU-FA at a time: the first block \
         waits for its keys' K/V, each later block for its busiest row)",
        dense_bound(cfg, seq) as f64 / bound.max(1) as f64
    ));
    model
}

/// The largest Bc a random scenario of `tl` tiles per core may draw within `cap` keys: the tile
/// buffers hold `tile_keys_max` keys, and global mode needs the core's Tc' tiles in the sorter's
/// buffer (its ring when `tile_keys_max` bounds it). Unbounded configs get `cap / tl`.
pub(crate) fn bc_limit(cfg: &Config, cap: usize, tl: usize, global: bool) -> usize {
    let mut hi = (cap / tl).min(cfg.bc_max() as usize);
    if global {
        hi = hi.min(crate::sorter::Geometry::of(cfg).global_keys as usize / tl);
    }
    hi.max(1)
}

/// Core vectors: per scenario one random head and one block of T query rows, registers chosen
/// by the host rules (spec §7) where they apply, expected K̂ columns (`K`) and O rows (`E`) from
/// the core's golden model.
///
/// Records: `P T NC OW d P_KV MW`; per scenario `R sh_kp sh_ap kq tiles radius seq_len causal
/// base_pos hidden sh_k sh_v mz sz ntiles select_mode key_base keys part head` (head: 1 on the
/// first block of a head, which clears the K/V store), `W addr <P·2d weights>`, `B <2d biases>`,
/// `X token <⌈H/P⌉·P values>`, predictor jobs (`J mode len sh_kp sh_ap` + `I` beats, as the
/// predictor's vectors), `K <T lanes>`, `Q <d>`, `E <d>` (or `F` partials), and `G rows`: the K/V
/// rows the core generates for the block (spec v3 §4, its store of `kv_store_rows`).
pub fn write_core(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    use crate::predictor::Geometry;

    let g = Geometry::of(cfg);
    let (t, nc, d) = (g.rows as usize, g.cols as usize, cfg.head_dim as usize);
    let p = cfg.kv_pes as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen core vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    // The partial's field widths (p_row_o = {any, m, l, o[d]}) follow the P fields.
    let fg = crate::sufa::Geometry::of(cfg);
    f.rec(
        "P",
        [t, nc, g.out_w as usize, d, p, t.div_ceil(32)]
            .into_iter()
            .chain([fg.z_w, fg.l_w, fg.o_w].map(|v| v as usize))
            .map(|v| v as i64),
    );
    let mesh_cols = cfg.mesh_shape().1 as usize;
    for sc in 0..scenarios {
        // A mesh row of `cols` cores (up to the config's mesh columns): this core runs shard
        // `core` of Tc' = `tl` tiles of Bc keys; S is the whole row's sequence (spec §6).
        // Scenario 0 is one whole core emitting O (the corrupted-vector self-test alters an O).
        let cols = 1 + (rng.next_u64() % mesh_cols.min(3) as u64) as usize;
        let cols = if sc == 0 { 1 } else { cols };
        let cap = cfg.seq_max.min(3 * t as u32 + 20) as usize;
        let tl = rng.range(1, cfg.tiles_max.min(cap as u32) as i64) as usize;
        let bc = rng.range(1, bc_limit(cfg, cap, tl, sc % 2 == 1) as i64) as usize;
        let tiles = tl * cols;
        let s = rng.range(((bc - 1) * tiles + 1) as i64, (bc * tiles) as i64) as usize;
        let core = (rng.next_u64() % cols as u64) as usize;
        let part = cols > 1 || (sc > 0 && rng.chance(50));
        let h = rng.range(1, cfg.hidden.min(40) as i64) as usize;
        let mode = |_: &mut Rng| {
            // Every other scenario selects globally (spec 3.4).
            if sc % 2 == 1 {
                SelectMode::Global
            } else {
                SelectMode::Tile
            }
        };
        // A head of 1 to 3 blocks (consecutive query positions): later blocks reuse the K/V
        // store the first one filled (spec v3 §4).
        let blocks = if sc == 0 {
            1
        } else {
            1 + (rng.next_u64() % 3) as usize
        };
        let dims = Dims {
            s,
            h,
            d,
            q_rows: t * blocks,
            small: sc % 3 == 2,
        };
        let (head, khat, regs) = random_block(cfg, &mut rng, &dims, bc, tiles, mode);
        let q = head.q.clone();
        let base_pos = rng.range(0, s as i64 - 1) as usize;
        // The blocks' rows are query positions base_pos.. (the model reads them from head.q).
        let mut hq = head.clone();
        hq.q = vec![vec![0; d]; base_pos];
        hq.q.extend(q.iter().cloned());
        f.comment(&format!(
            "scenario {sc}: S={s} H={h} tiles={tiles} kq={} radius={} causal={} base={base_pos} \
             core {core} of {cols} (Tc'={tl}, Bc={bc}) part={part} select={:?} blocks={blocks}",
            regs.kq, regs.radius, regs.causal, regs.select_mode
        ));
        // The core's own tokens: its shard, padded with zero tokens to Tc' · Bc (one core: S).
        let (key_base, len) = if cols == 1 {
            (0, s)
        } else {
            (core * tl * bc, tl * bc)
        };
        let keys = s.saturating_sub(key_base).min(len);
        let local = |v: &[Vec<i8>]| -> Vec<Vec<i8>> {
            (key_base..key_base + len)
                .map(|k| v.get(k).cloned().unwrap_or_else(|| vec![0; h]))
                .collect()
        };
        let mut hl = hq.clone();
        hl.x = local(&hq.x);
        hl.wk_codes = hq.wk_codes.clone();
        let kl: Vec<Vec<i16>> = (key_base..key_base + len)
            .map(|k| khat.get(k).cloned().unwrap_or_else(|| vec![0; d]))
            .collect();
        let rl = Regs { tiles: tl, ..regs };
        let shard = Shard {
            key_base,
            keys,
            part,
            core,
            p11: 0..len,
        };
        let mut store = KvStore::of(cfg);
        for b in 0..blocks {
            let base = base_pos + b * t;
            let out = run_block_kv(&hq, &khat, &regs, base..base + t, cols, None, &mut store);
            write_block_shard(&mut f, &g, &hl, &kl, &rl, base, b == 0, p, &out, &shard);
        }
    }
    f
}

/// One block of T query rows starting at position `base`: registers, and with `first` the K/V
/// memories and the phase 1.1 jobs (K̂ once per head), then the phase 1.2 jobs, Q rows and the
/// expected O rows.
#[allow(clippy::too_many_arguments)]
pub fn write_block(
    f: &mut VecFile,
    g: &crate::predictor::Geometry,
    head: &super::model::Head,
    khat: &[Vec<i16>],
    regs: &super::model::Regs,
    base: usize,
    first: bool,
    kv_pes: usize,
    out: &super::model::BlockOut,
) {
    let one = Shard {
        key_base: 0,
        keys: head.x.len(),
        part: false,
        core: 0,
        p11: 0..head.x.len(),
    };
    write_block_shard(f, g, head, khat, regs, base, first, kv_pes, out, &one);
}

/// What one core of a mesh row runs (spec §6): its tokens start at global key `key_base`, the
/// first `keys` of them exist (the rest pad its shard to Tc' · Bc), and with `part` it emits the
/// merged partial of core `core` instead of O.
#[derive(Clone, Debug)]
pub struct Shard {
    pub key_base: usize,
    pub keys: usize,
    pub part: bool,
    pub core: usize,
    /// The local tokens whose K̂ this core computes (phase 1.1): all of them on one core; on a
    /// mesh the cores of a column may share their shard's phase 1.1 (the host gathers K̂).
    pub p11: std::ops::Range<usize>,
}

/// `write_block` for one core of a mesh row: `head` and `khat` hold the core's own tokens
/// (local key k = global key key_base + k), `regs.tiles` its Tc', `base` the global position;
/// `out` is the mesh row's model output. Adds `key_base keys part` to the `R` record and
/// expects `F any m l o[d]` records (the core's partials) when `part`, else `E` (O rows).
#[allow(clippy::too_many_arguments)]
pub fn write_block_shard(
    f: &mut VecFile,
    g: &crate::predictor::Geometry,
    head: &super::model::Head,
    khat: &[Vec<i16>],
    regs: &super::model::Regs,
    base: usize,
    first: bool,
    kv_pes: usize,
    out: &super::model::BlockOut,
    shard: &Shard,
) {
    let s = head.x.len();
    let d = head.bk.len();
    let q = &head.q[base..base + out.o.len()];
    let ntiles = crate::sorter::model::tile_bounds(s, regs.tiles).len();
    f.rec(
        "R",
        [
            regs.sh_kp as i64,
            regs.sh_ap as i64,
            regs.kq as i64,
            regs.tiles as i64,
            regs.radius as i64,
            s as i64,
            regs.causal as i64,
            base as i64,
            head.wk.len() as i64,
            regs.sh_k as i64,
            regs.sh_v as i64,
            regs.mz as i64,
            regs.sz as i64,
            ntiles as i64,
            regs.select_mode.code() as i64,
            shard.key_base as i64,
            shard.keys as i64,
            shard.part as i64,
            first as i64,
        ],
    );
    assert_eq!(q.len(), g.rows as usize, "a block is T rows (pad Q)");
    let tokens: &[Vec<i8>] = if first {
        write_kv_memories(f, &head.x, &head.wk, &head.wv, &head.bk, &head.bv, kv_pes);
        &head.x[shard.p11.clone()]
    } else {
        &[]
    };
    crate::predictor::vectors::jobs(
        f,
        ("K", None),
        g,
        tokens,
        &head.wk_codes,
        q,
        khat,
        d,
        regs.sh_kp,
        regs.sh_ap,
        // Also on the mesh top: tb_top feeds a phase 1.2 beat once the core's K-hat of the
        // phase 1.1 jobs ahead of it is read (its old all-K-hat gate deadlocked on this order).
        tokens.len() == khat.len(),
    );
    for qr in q {
        f.rec("Q", qr.iter().map(|&v| v as i64));
    }
    if shard.part {
        for row in &out.partials {
            let rec: Vec<i64> = match &row[shard.core] {
                None => std::iter::repeat_n(0, 3 + d).collect(),
                Some(p) => [1, p.m, p.l as i64]
                    .into_iter()
                    .chain(p.o.iter().copied())
                    .collect(),
            };
            f.expect("F", rec);
        }
    } else {
        for o in &out.o {
            f.expect("E", o.iter().map(|&v| v as i64));
        }
    }
    // K/V rows this core generated for the block (its shard's tiles), with the head's store.
    let tiles = shard.core * regs.tiles..(shard.core + 1) * regs.tiles;
    let rows: usize = tiles.filter_map(|j| out.kv_new.get(j)).sum();
    f.expect("G", [rows as i64]);
}

/// The K/V generation engine's memories, as its load ports and token-memory port see them:
/// weight words (word a, lane c·2d + o = [Wk | Wv][a·P + c][o]), biases (bk then bv), and the
/// token memory (word token·⌈H/P⌉ + h/P, lane c = x[token][h + c]).
fn write_kv_memories(
    f: &mut VecFile,
    x: &[Vec<i8>],
    wk: &[Vec<i8>],
    wv: &[Vec<i8>],
    bk: &[i32],
    bv: &[i32],
    p: usize,
) {
    let h = wk.len();
    let d = bk.len();
    let words = h.div_ceil(p);
    for a in 0..words {
        let lanes = (0..p).flat_map(|c| {
            (0..2 * d).map(move |o| {
                let hh = a * p + c;
                if hh >= h {
                    0
                } else if o < d {
                    wk[hh][o] as i64
                } else {
                    wv[hh][o - d] as i64
                }
            })
        });
        f.rec("W", std::iter::once(a as i64).chain(lanes));
    }
    f.rec("B", bk.iter().chain(bv).map(|&v| v as i64));
    for (tok, xr) in x.iter().enumerate() {
        let vals = (0..words * p).map(|i| xr.get(i).map_or(0, |&v| v as i64));
        f.rec("X", std::iter::once(tok as i64).chain(vals));
    }
}

/// The core benchmark: T random queries (or, `head`, every block of S/T blocks of one head)
/// over `seq` random tokens at keep 25 % and Tc = 8 tiles (or, `dense`, every key of every
/// tile: kq = Bc), radius off, no causal mask. Adds a record `M <useful SU-FA MACs> <MAC slots
/// per cycle>` for the utilisation; with `head`, also `H <S> <dense bound>`, the cycles an ideal
/// dense core with the same multipliers needs for the head, (S·H·2d + 2·S²·d) / (T·P_kv +
/// 2·T·P_fa) rounded up (issue 12): the harness then runs the blocks back to back.
pub fn write_core_bench(cfg: &Config, seed: u64, seq: usize, dense: bool, head: bool) -> VecFile {
    use crate::host::kq_from_keep;
    use crate::predictor::Geometry;

    let g = Geometry::of(cfg);
    let (t, d, h) = (g.rows as usize, cfg.head_dim as usize, cfg.hidden as usize);
    let p = cfg.kv_pes as usize;
    let blocks = if head { seq.div_ceil(t) } else { 1 };
    let mut rng = Rng::new(seed);
    let mut m8 = |r: usize, c: usize| -> Vec<Vec<i8>> {
        (0..r)
            .map(|_| (0..c).map(|_| rng.range(-128, 127) as i8).collect())
            .collect()
    };
    let (x, wk, wv) = (m8(seq, h), m8(h, d), m8(h, d));
    let q: Vec<Vec<i16>> = (0..t * blocks)
        .map(|_| (0..d).map(|_| rng.range(-32767, 32767) as i16).collect())
        .collect();
    let head_data = Head {
        wk_codes: wk_codes(&wk),
        x: x.clone(),
        wk: wk.clone(),
        wv: wv.clone(),
        bk: vec![0; d],
        bv: vec![0; d],
        q: q.clone(),
    };
    let acc = |w: &[Vec<i8>]| -> Vec<i128> {
        x.iter()
            .flat_map(|xr| accumulate(xr, w, &vec![0; d]))
            .map(i128::from)
            .collect()
    };
    let tiles = 8.min(cfg.tiles_max as usize);
    let bc = seq.div_ceil(tiles);
    let mut regs = Regs {
        sh_kp: smallest_shift(key_acc(&x, &head_data.wk_codes).into_iter().flatten(), 16),
        sh_ap: 0,
        sh_k: smallest_shift(acc(&wk), 16),
        sh_v: smallest_shift(acc(&wv), 16),
        mz: 40000,
        sz: 0,
        kq: if dense { bc } else { kq_from_keep(0.25, bc) },
        tiles,
        radius: (1u64 << cfg.score_width) - 1,
        causal: false,
        score_width: cfg.score_width,
        select_mode: Default::default(),
    };
    assert!(regs.kq <= cfg.kq_max as usize, "kq {} > kq_max", regs.kq);
    let khat = key_prediction(&head_data, &regs);
    regs.sh_ap = smallest_shift(score_acc(&q, &khat).into_iter().flatten(), cfg.score_width);
    regs.sz = z_shift(&q, &x, &wk, &head_data.bk, &regs);
    let mut store = KvStore::of(cfg);
    let outs: Vec<_> = (0..blocks)
        .map(|b| {
            let rows = b * t..(b + 1) * t;
            run_block_kv(&head_data, &khat, &regs, rows, 1, None, &mut store)
        })
        .collect();
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen core benchmark: T={t} S={seq} H={h} d={d} tiles={tiles} kq={} ({}), {blocks} \
         block(s)",
        regs.kq,
        if dense { "dense" } else { "keep 25%" }
    ));
    f.rec(
        "P",
        [t, g.cols as usize, g.out_w as usize, d, p, t.div_ceil(32)].map(|v| v as i64),
    );
    write_utilisation(&mut f, cfg, &outs, d);
    if head {
        write_whole_head(&mut f, cfg, &head_data, &regs, &outs);
    }
    for (b, out) in outs.iter().enumerate() {
        write_block(&mut f, &g, &head_data, &khat, &regs, b * t, b == 0, p, out);
    }
    f
}

/// A lower bound on a whole head's cycles for any schedule that, like this core's, has one block
/// of T queries in SU-FA at a time (spec §5's merge needs every tile partial of a block, so each
/// block in flight holds T·Tc partials) and generates K/V at most once on the K/V engine:
/// max(G_0·kv_token, A_0) + Σ_{b≥1} A_b, G_0 the tokens the first block generates, A_b the
/// busiest row's selected keys · ⌈d/P_fa⌉. Phase 1.1, prediction, merge, divide and O beats
/// are left out, so the bound is optimistic (issue 12).
pub fn one_block_bound(cfg: &Config, head: &Head, outs: &[BlockOut]) -> u64 {
    let (t, d) = (cfg.query_rows as u64, head.bk.len() as u64);
    let hid = head.wk.len() as u64;
    let kv_token = (2 * d).div_ceil(t) * hid.div_ceil(cfg.kv_pes as u64);
    let fa_key = d.div_ceil(cfg.sufa_pes as u64);
    let sufa = |b: &BlockOut| b.selected.iter().map(Vec::len).max().unwrap_or(0) as u64 * fa_key;
    outs.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                (b.generated as u64 * kv_token).max(sufa(b))
            } else {
                sufa(b)
            }
        })
        .sum()
}

/// Cycles of an ideal dense core with the same multipliers for one head of S tokens: the K/V
/// projection of every token once, then full attention (issue 12):
/// ⌈(S·H·2d + 2·S²·d) / (T·P_kv + 2·T·P_fa)⌉.
pub fn dense_bound(cfg: &Config, seq: usize) -> u64 {
    let (s, h, d) = (seq as u64, cfg.hidden as u64, cfg.head_dim as u64);
    let t = cfg.query_rows as u64;
    let work = s * h * 2 * d + 2 * s * s * d;
    work.div_ceil(t * cfg.kv_pes as u64 + 2 * t * cfg.sufa_pes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-block bound leaves out phase 1.1 and every block's drain, so the cycle model of
    /// the same head (which tracks the RTL within a few per cent) never goes below it.
    #[test]
    fn one_block_bound_is_below_the_cycle_model() {
        let cfg = Config {
            query_rows: 8,
            predictor_cols: 4,
            head_dim: 8,
            hidden: 32,
            seq_max: 64,
            kq_max: 8,
            ..Config::default()
        };
        let text = write_core_bench(&cfg, 3, 64, false, true).into_string();
        let figure = |tag: &str| -> u64 {
            let line = text.lines().find(|l| l.starts_with(tag)).expect(tag);
            let n = line[tag.len()..].split(' ').next().unwrap();
            n.parse().unwrap()
        };
        let (model, bound) = (figure("# model cycles="), figure("# bound cycles="));
        assert!(bound > 0 && bound < model, "bound {bound}, model {model}");
    }
}
