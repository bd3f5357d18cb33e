//! Snapshots of whole small trees, one per configuration and feature (issue 10): the mesh, an
//! asynchronous active-low reset with odd sizes, wide scores with a 32-key sort network, and a
//! K/V array with several passes. Each snapshot is every `rtl/*.v` file of the tree, in `star.f`
//! order, so a change to any emitter shows as a reviewable diff (`cargo insta review`).

use star_gen::config::Config;

fn tree(yaml: &str) -> String {
    let cfg = Config::from_yaml(yaml).expect("valid config");
    let design = star_gen::tree::build(&cfg);
    let files = star_gen::tree::render(&design);
    let mut s = String::new();
    for m in design.ordered() {
        let path = format!("rtl/{}.v", m.name);
        s.push_str(&format!("==== {path}\n{}", files[&path]));
    }
    s
}

#[test]
fn mesh_2x2() {
    insta::assert_snapshot!(tree(
        "cores: 4\nmesh: 2x2\nquery_rows: 2\nhead_dim: 4\nhidden: 8\nseq_max: 16\ntiles_max: 4\n\
         kq_max: 2\npredictor_cols: 2\nkv_pes: 1\nsufa_pes: 1\nsort_width: 8\n"
    ));
}

#[test]
fn async_low_odd_sizes() {
    insta::assert_snapshot!(tree(
        "reset: async_low\nquery_rows: 3\nhead_dim: 5\nhidden: 7\nseq_max: 20\ntiles_max: 3\n\
         kq_max: 3\npredictor_cols: 3\nkv_pes: 3\nsufa_pes: 1\nsort_width: 8\nscore_width: 12\n"
    ));
}

#[test]
fn wide_scores_sort32() {
    insta::assert_snapshot!(tree(
        "query_rows: 2\nhead_dim: 4\nhidden: 8\nseq_max: 64\ntiles_max: 2\nkq_max: 8\n\
         predictor_cols: 2\nkv_pes: 1\nsufa_pes: 1\nsort_width: 32\nscore_width: 32\n"
    ));
}

#[test]
fn kvgen_three_passes() {
    insta::assert_snapshot!(tree(
        "query_rows: 5\nhead_dim: 7\nhidden: 13\nseq_max: 50\ntiles_max: 5\nkq_max: 3\n\
         predictor_cols: 3\nkv_pes: 3\nsufa_pes: 1\nsort_width: 8\n"
    ));
}
