//! Vectors for `testbenches/predictor/tb_predictor.cpp`: random scenarios (full range, corner
//! values, sparse, saturating) run through the golden model, then cut into array jobs.
//!
//! Records: `P T NC OW` once; per job `J mode len sh_kp sh_ap`, then `len` records
//! `I <T row lanes> <NC column lanes>`, then NC records `E <T expected lanes>` (column 0 first).

use super::Geometry;
use super::model::{predict_keys, predict_scores, wk_codes};
use crate::config::Config;
use crate::vectors::{Rng, VecFile};

/// How a scenario draws its operands.
#[derive(Clone, Copy, Debug)]
enum Dist {
    /// Uniform over the full range with corner values mixed in.
    Corners,
    /// Mostly zeros (zero elimination).
    Sparse,
    /// Every operand at its most negative value (largest magnitudes, saturated codes).
    Extreme,
    /// Small magnitudes (exercises rounding more than saturation).
    Small,
}

fn draw(rng: &mut Rng, dist: Dist, bits: u32) -> i64 {
    match dist {
        Dist::Corners => rng.corner_int(bits),
        Dist::Sparse => {
            if rng.chance(80) {
                0
            } else {
                rng.corner_int(bits)
            }
        }
        Dist::Extreme => -(1i64 << (bits - 1)),
        Dist::Small => rng.range(-7, 7),
    }
}

/// The benchmark of one T × S block at the configured size: phase 1.2 over S = seq_max keys,
/// and phase 1.1 for one block of T tokens at H = hidden (every such block costs the same).
pub fn write_bench(cfg: &Config, seed: u64) -> VecFile {
    let g = Geometry::of(cfg);
    let (t, nc, d) = (g.rows as usize, g.cols as usize, cfg.head_dim as usize);
    let (s, h) = (cfg.seq_max as usize, cfg.hidden as usize);
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen predictor benchmark: T={t} S={s} H={h} d={d} NC={nc}"
    ));
    f.rec("P", [g.rows as i64, g.cols as i64, g.out_w as i64]);
    let x: Vec<Vec<i8>> = (0..t.min(s))
        .map(|_| (0..h).map(|_| rng.corner_int(8) as i8).collect())
        .collect();
    let wk: Vec<Vec<i8>> = (0..h)
        .map(|_| (0..d).map(|_| rng.corner_int(8) as i8).collect())
        .collect();
    let q: Vec<Vec<i16>> = (0..t)
        .map(|_| (0..d).map(|_| rng.corner_int(16) as i16).collect())
        .collect();
    let khat_all: Vec<Vec<i16>> = (0..s)
        .map(|_| (0..d).map(|_| rng.corner_int(16) as i16).collect())
        .collect();
    jobs(
        &mut f,
        ("E", Some("E")),
        &g,
        &x,
        &wk_codes(&wk),
        &q,
        &khat_all,
        d,
        12,
        20,
        false,
    );
    f
}

pub fn write(cfg: &Config, seed: u64, scenarios: u32) -> VecFile {
    let g = Geometry::of(cfg);
    let (t, nc) = (g.rows as usize, g.cols as usize);
    let dmax = cfg.head_dim as usize;
    let mut rng = Rng::new(seed);
    let mut f = VecFile::default();
    f.comment(&format!(
        "star-gen predictor vectors, seed {seed}, config {}",
        cfg.hash()
    ));
    f.rec("P", [g.rows as i64, g.cols as i64, g.out_w as i64]);
    for sc in 0..scenarios {
        let dist = [Dist::Extreme, Dist::Corners, Dist::Sparse, Dist::Small][sc as usize % 4];
        // Scenarios 0 and 1 run the largest hidden size (worst-case accumulator growth) on few
        // tokens; the rest run short reductions over more tokens, keys and odd run-time sizes.
        let (h, s, d) = match sc {
            0 => (cfg.hidden as usize, rng.range(1, t as i64) as usize, dmax),
            1 => (
                cfg.hidden as usize,
                rng.range(1, t as i64) as usize,
                dmax.min(nc),
            ),
            _ => (
                rng.range(1, cfg.hidden.min(96) as i64) as usize,
                rng.range(1, (3 * t + nc + 1) as i64) as usize,
                rng.range(1, dmax as i64) as usize,
            ),
        };
        let s = s.min(cfg.seq_max as usize);
        let sh_kp = match rng.next_u64() % 8 {
            0 => 0,
            1 => 63,
            _ => rng.range(0, 20),
        } as u32;
        let sh_ap = match rng.next_u64() % 8 {
            0 => 0,
            1 => 63,
            _ => rng.range(0, 40),
        } as u32;
        let x: Vec<Vec<i8>> = (0..s)
            .map(|_| (0..h).map(|_| draw(&mut rng, dist, 8) as i8).collect())
            .collect();
        let wk: Vec<Vec<i8>> = (0..h)
            .map(|_| (0..d).map(|_| draw(&mut rng, dist, 8) as i8).collect())
            .collect();
        let q: Vec<Vec<i16>> = (0..t)
            .map(|_| (0..d).map(|_| draw(&mut rng, dist, 16) as i16).collect())
            .collect();
        f.comment(&format!(
            "scenario {sc}: {dist:?}, S={s} H={h} d={d} SH_KP={sh_kp} SH_AP={sh_ap}"
        ));
        let codes = wk_codes(&wk);
        let khat = predict_keys(&x, &codes, sh_kp);
        jobs(
            &mut f,
            ("E", Some("E")),
            &g,
            &x,
            &codes,
            &q,
            &khat,
            d,
            sh_kp,
            sh_ap,
            false,
        );
    }
    f
}

/// Cuts one scenario into array jobs: phase 1.1 over the tokens of `x` (T tokens × NC dims,
/// reduction over h), then phase 1.2 of `q` against every key of `khat` (T queries × NC keys,
/// reduction over c). Expected values come from the golden model.
/// `tags`: the record tags of expected phase 1.1 and phase 1.2 outputs (`None`: not written,
/// as in the core, where Â stays inside).
/// `interleave` (the core, whose phase 1.1 tokens are its keys): each chunk of T tokens' phase
/// 1.1 jobs comes just ahead of the phase 1.2 job that first reads the chunk after it, so the
/// first tile is predicted after two chunks, not after every token, and the host has each K̂
/// a whole chunk before it feeds it back.
#[allow(clippy::too_many_arguments)]
pub(crate) fn jobs(
    f: &mut VecFile,
    tags: (&str, Option<&str>),
    g: &Geometry,
    x: &[Vec<i8>],
    codes: &[Vec<crate::numerics::LzCode>],
    q: &[Vec<i16>],
    khat: &[Vec<i16>],
    d: usize,
    sh_kp: u32,
    sh_ap: u32,
    interleave: bool,
) {
    let (t, nc) = (g.rows as usize, g.cols as usize);
    let h = codes.len();
    let khat_x = predict_keys(x, codes, sh_kp);
    let ahat = predict_scores(q, khat, sh_ap, g.score_w);
    let chunks = x.len().div_ceil(t);
    // Phase 1.1 of tokens s0.. (chunk s0 / T): one job per NC columns of K̂.
    let key_chunk = |f: &mut VecFile, s0: usize| {
        for c0 in (0..d).step_by(nc) {
            f.rec("J", [0, h as i64, sh_kp as i64, sh_ap as i64]);
            for hh in 0..h {
                let rows = (0..t).map(|i| x.get(s0 + i).map_or(0, |r| r[hh] as i64));
                let cols = (0..nc).map(|j| codes[hh].get(c0 + j).map_or(0, |c| c.pack(3) as i64));
                f.rec("I", rows.chain(cols));
            }
            for j in 0..nc {
                f.expect(
                    tags.0,
                    (0..t).map(|i| {
                        khat_x
                            .get(s0 + i)
                            .and_then(|r| r.get(c0 + j))
                            .map_or(0, |&v| v as i64)
                    }),
                );
            }
        }
    };
    let mut done = 0;
    for k0 in (0..khat.len()).step_by(nc) {
        let need = if interleave {
            p11_chunks_before(k0 + nc, t, chunks)
        } else {
            chunks
        };
        while done < need {
            key_chunk(f, done * t);
            done += 1;
        }
        f.rec("J", [1, d as i64, sh_kp as i64, sh_ap as i64]);
        for c in 0..d {
            let rows = (0..t).map(|i| q[i][c] as i64);
            let cols = (0..nc).map(|j| khat.get(k0 + j).map_or(0, |r| r[c] as i64));
            f.rec("I", rows.chain(cols));
        }
        if let Some(tag) = tags.1 {
            for j in 0..nc {
                f.expect(
                    tag,
                    (0..t).map(|i| ahat[i].get(k0 + j).copied().unwrap_or(0)),
                );
            }
        }
    }
    while done < chunks {
        key_chunk(f, done * t);
        done += 1;
    }
}

/// Interleaved phase 1.1 (see [`jobs`]): how many chunks of T tokens' K̂ jobs precede the
/// phase 1.2 work on keys below `keys`: the chunk of its last key and the one after, of
/// `chunks` in all. The cycle model places phase 1.1 by the same rule.
pub fn p11_chunks_before(keys: usize, t: usize, chunks: usize) -> usize {
    if keys == 0 {
        0
    } else {
        ((keys - 1) / t + 2).min(chunks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The interleaved order: every Â job comes after the K̂ jobs of the chunk holding its last
    /// key and of the chunk after it (the host has each K̂ a chunk ahead), every chunk once.
    #[test]
    fn interleaved_phase11_runs_a_chunk_ahead_of_its_keys() {
        let cfg = Config {
            query_rows: 4,
            predictor_cols: 2,
            head_dim: 2,
            hidden: 3,
            ..Config::default()
        };
        let g = Geometry::of(&cfg);
        let (t, nc, s) = (4usize, 2usize, 14usize);
        let x = vec![vec![1i8; 3]; s];
        let codes = wk_codes(&vec![vec![1i8; 2]; 3]);
        let q = vec![vec![1i16; 2]; t];
        let khat = vec![vec![1i16; 2]; s];
        let mut f = VecFile::default();
        jobs(
            &mut f,
            ("K", None),
            &g,
            &x,
            &codes,
            &q,
            &khat,
            2,
            0,
            0,
            true,
        );
        let modes: Vec<char> = f
            .into_string()
            .lines()
            .filter(|l| l.starts_with("J "))
            .map(|l| l.as_bytes()[2] as char)
            .collect();
        // Interleaved, not up front: two of the four chunks before the first Â job.
        assert_eq!(modes.iter().position(|&m| m == '1'), Some(2));
        // One K̂ job per chunk (d = NC), one Â job per NC keys.
        let (mut chunks, mut keys) = (0usize, 0usize);
        for m in modes {
            if m == '0' {
                chunks += 1;
            } else {
                keys += nc;
                let need = ((keys.min(s) - 1) / t + 2).min(s.div_ceil(t));
                assert!(
                    chunks >= need,
                    "Â job up to key {keys} after {chunks} K̂ chunks"
                );
            }
        }
        assert_eq!((chunks, keys), (s.div_ceil(t), s.div_ceil(nc) * nc));
        assert_eq!(p11_chunks_before(0, t, 4), 0);
        assert_eq!(p11_chunks_before(1, t, 4), 2);
        assert_eq!(p11_chunks_before(9, t, 4), 4);
    }
}
