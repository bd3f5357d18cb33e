//! The memory listing of the tree's README and manifest (issue 12): every SRAM shape with its
//! instance count in the hierarchy and its engine, the bits per engine. The listing is computed
//! from the module/instance model; the test below checks that model against the emitted text, so
//! an emitter that replicates a memory in a generate loop without declaring the count fails here.

use star_gen::config::Config;
use star_gen::tree::{build, memories, memory_bits, memory_table};

const SMALL: &str = "query_rows: 5\nhead_dim: 7\nhidden: 13\nseq_max: 50\ntiles_max: 5\n\
                     kq_max: 3\npredictor_cols: 3\nkv_pes: 3\nsufa_pes: 1\nsort_width: 8\n";
const MESH: &str = "cores: 4\nmesh: 2x2\nquery_rows: 2\nhead_dim: 4\nhidden: 8\nseq_max: 16\n\
                    tiles_max: 4\nkq_max: 2\npredictor_cols: 2\nkv_pes: 1\nsufa_pes: 1\n\
                    sort_width: 8\n";

fn cfg(yaml: &str) -> Config {
    let mut c = Config::from_yaml(yaml).expect("valid config");
    c.resolve().expect("resolves");
    c
}

#[test]
fn listing_of_a_small_core() {
    let c = cfg(SMALL);
    insta::assert_snapshot!(memory_table(&build(&c)));
}

#[test]
fn readme_and_manifest_carry_the_listing() {
    let c = cfg(SMALL);
    let d = build(&c);
    let files = star_gen::tree::render(&d);
    assert!(files["README.md"].contains(&memory_table(&d)));
    let m: serde_json::Value = serde_json::from_str(&files["manifest.json"]).expect("json");
    let (per, total) = memory_bits(&memories(&d));
    assert_eq!(m["sram_bits"]["total"], total);
    for (e, b) in per {
        assert_eq!(m["sram_bits"][e], b, "{e}");
    }
    assert_eq!(
        m["memories"].as_array().map(Vec::len),
        Some(memories(&d).len())
    );
}

#[test]
fn listing_of_a_mesh_counts_every_core() {
    let c = cfg(MESH);
    let d = build(&c);
    insta::assert_snapshot!(memory_table(&d));
    // Four cores: each engine's bits are four times those of one core.
    let one = cfg(&MESH.replace("cores: 4\nmesh: 2x2\n", ""));
    let (per_mesh, _) = memory_bits(&memories(&d));
    let (per_core, _) = memory_bits(&memories(&build(&one)));
    for ((e, m), (_, c1)) in per_mesh.iter().zip(&per_core) {
        if *e != "core/other" {
            assert_eq!(*m, 4 * c1, "{e}");
        }
    }
}

/// Every memory-bearing module instantiated more than once, or inside a generate block (deeper
/// than the module's own items), has its count declared, and at least as many as the text has
/// instance statements.
#[test]
fn declared_counts_cover_every_replicated_memory() {
    for yaml in [SMALL, MESH, "", "kv_pes: 3\nhead_dim: 70\n"] {
        let c = cfg(yaml);
        let d = build(&c);
        let mods = d.ordered();
        let holds_memory = |name: &str| -> bool {
            fn go(d: &star_gen::rtl::Design, n: &str) -> bool {
                d.srams.iter().any(|s| s.module == n) || d.module(n).deps.iter().any(|x| go(d, x))
            }
            go(&d, name)
        };
        for m in &mods {
            for dep in m.deps.iter().filter(|x| holds_memory(x)) {
                let stmts: Vec<usize> = m
                    .body
                    .lines()
                    .filter(|l| {
                        let t = l.trim_start();
                        t.starts_with(&format!("{dep} ")) || t.starts_with(&format!("{dep} #("))
                    })
                    .map(|l| l.len() - l.trim_start().len())
                    .collect();
                if m.name.contains("sram_") {
                    continue;
                }
                let replicated = stmts.len() > 1 || stmts.iter().any(|&i| i > 4);
                if replicated {
                    assert!(
                        m.counts.contains_key(dep),
                        "{}: {dep} is replicated in the text but its count is not declared \
                         (Module::instances / Design::set_instances)",
                        m.name
                    );
                }
                assert!(
                    m.count_of(dep) >= stmts.len() as u64,
                    "{}: {dep} declared {} < {} statements",
                    m.name,
                    m.count_of(dep),
                    stmts.len()
                );
            }
        }
        // Every shape is reached from a root.
        let listed = memories(&d);
        for s in &d.srams {
            assert!(
                listed
                    .iter()
                    .any(|m| m.module == s.module && m.instances > 0),
                "{} not reached",
                s.module
            );
        }
    }
}

/// `tile_keys_max` sizes the tile buffers and refuses runs whose largest tile exceeds it.
#[test]
fn tile_keys_max_bounds_the_tile_buffers_and_refuses_longer_tiles() {
    let unbounded = cfg("seq_max: 256\ntiles_max: 8\nquery_rows: 4\nsort_width: 8\n");
    let bounded =
        cfg("seq_max: 256\ntiles_max: 8\nquery_rows: 4\nsort_width: 8\ntile_keys_max: 32\n");
    let bits = |c: &Config| memory_bits(&memories(&build(c))).0;
    for ((e, a), (_, b)) in bits(&unbounded).iter().zip(&bits(&bounded)) {
        if ["sorter", "sufa"].contains(e) {
            assert!(b < a, "{e}: {b} not below {a}");
        }
    }
    let g = star_gen::sorter::Geometry::of(&bounded);
    assert!(g.ring && g.depth == 64_u32.div_ceil(6) + 1, "{g:?}");
    assert!(bounded.check_tile("x", 256, 8).is_ok());
    let e = bounded.check_tile("x", 256, 7).unwrap_err().0;
    assert!(
        e.contains("Bc = ceil(256 / 7) = 37") && !e.contains('\n'),
        "{e}"
    );
    assert!(star_gen::input::check_global("h", 72, &bounded, 8).is_ok());
    assert!(star_gen::input::check_global("h", 73, &bounded, 8).is_err());
    // The sorter's RTL flags such a run in simulation.
    let d = build(&bounded);
    let body = &d.module("star_sorter").body;
    assert!(body.contains("run && bc_q > 9'd32"), "no tile check");
    assert!(body.contains("tile Bc above tile_keys_max"));
    // `vectors --bench` refuses it with one line and exit 2.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_star-gen"))
        .args([
            "vectors",
            "--engine",
            "core",
            "--bench",
            "--seq",
            "64",
            "--query-rows",
            "2",
        ])
        .args([
            "--seq-max",
            "64",
            "--tiles-max",
            "16",
            "--tile-keys-max",
            "4",
            "--out",
        ])
        .arg(std::env::temp_dir().join(format!("star-gen-tk-{}.hex", std::process::id())))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("exceeds tile_keys_max = 4"), "{err}");
    // A bound no tile count reaches S = seq_max with is refused at configuration time.
    let e = Config::from_yaml("seq_max: 64\ntiles_max: 4\ntile_keys_max: 15\n")
        .and_then(|mut c| c.resolve().map(|_| c))
        .unwrap_err()
        .0;
    assert!(e.contains("below ceil(seq_max / tiles_max) = 16"), "{e}");
}
