//! The command line as a user meets it: bad input, determinism, the tree's shape, snapshots.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_star-gen"))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("star-gen-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs star-gen expecting exit code 2 and a one-line error naming `needle`; checks that no
/// output tree was left behind.
fn rejects(args: &[&str], out: &Path, needle: &str) {
    let o = bin().args(args).arg("--out").arg(out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(err.contains(needle), "{args:?}: {err} lacks {needle}");
    assert!(!out.exists(), "{args:?} left {}", out.display());
    let parent = out.parent().unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("star-gen-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary tree left behind");
}

#[test]
fn bad_input_is_one_line_exit_2_and_no_tree() {
    let d = tmp("bad");
    let out = d.join("out");
    rejects(
        &["--cores", "0"],
        &out,
        "`cores` takes a whole number in 1..=64, found \"0\"",
    );
    rejects(&["--score-width", "33"], &out, "`score_width`");
    rejects(&["--cores", "6", "--mesh", "4x4"], &out, "`mesh`");
    rejects(&["--sort-width", "12"], &out, "`sort_width`");
    rejects(&["--prefix", "Star"], &out, "`prefix`");
    let dup = d.join("dup.yaml");
    std::fs::write(&dup, "cores: 2\ncores: 3\n").unwrap();
    rejects(&["--config", dup.to_str().unwrap()], &out, "given twice");
    let unk = d.join("unk.yaml");
    std::fs::write(&unk, "cores: 2\nsorter_width: 16\n").unwrap();
    rejects(&["--config", unk.to_str().unwrap()], &out, "sorter_width");
    rejects(
        &["--config", "/nonexistent/star.yaml"],
        &out,
        "/nonexistent/star.yaml",
    );
    // A directory star-gen did not write is refused and left untouched.
    let foreign = d.join("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
    let o = bin().arg("--out").arg(&foreign).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(foreign.join("keep.txt")).unwrap(),
        "mine"
    );
    let _ = std::fs::remove_dir_all(&d);
}

fn generate(out: &Path, args: &[&str]) {
    let o = bin().args(args).arg("--out").arg(out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn read_tree(root: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                v.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    v.sort();
    v
}

const TINY: &[&str] = &[
    "--query-rows",
    "2",
    "--predictor-cols",
    "2",
    "--head-dim",
    "4",
    "--hidden",
    "8",
    "--seq-max",
    "16",
    "--tiles-max",
    "2",
    "--kq-max",
    "2",
];

#[test]
fn output_is_deterministic_and_regenerates_in_place() {
    let d = tmp("det");
    generate(&d.join("a"), &["--cores", "16"]);
    generate(&d.join("b"), &["--cores", "16"]);
    assert_eq!(read_tree(&d.join("a")), read_tree(&d.join("b")));
    // Regenerating over an earlier tree replaces it.
    generate(&d.join("a"), TINY);
    generate(&d.join("a"), &["--cores", "16"]);
    assert_eq!(read_tree(&d.join("a")), read_tree(&d.join("b")));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn every_module_file_follows_the_conventions() {
    let d = tmp("conv");
    generate(&d.join("t"), &["--cores", "4", "--reset", "async_low"]);
    let tree = read_tree(&d.join("t"));
    let filelist = &tree.iter().find(|(p, _)| p == "star.f").unwrap().1;
    let manifest = &tree.iter().find(|(p, _)| p == "manifest.json").unwrap().1;
    for (path, text) in tree.iter().filter(|(p, _)| p.starts_with("rtl/")) {
        let module = path.trim_start_matches("rtl/").trim_end_matches(".v");
        assert!(module.starts_with("star_"), "{path}");
        assert!(text.starts_with("// star-gen "), "{path}: banner");
        assert!(text.contains("`default_nettype none"), "{path}");
        assert!(text.trim_end().ends_with("`default_nettype wire"), "{path}");
        assert_eq!(
            text.matches("\nmodule ").count(),
            1,
            "{path}: one module per file"
        );
        assert!(
            text.contains(&format!("module {module} "))
                || text.contains(&format!("module {module}("))
                || text.contains(&format!("module {module}\n")),
            "{path}: named after its module"
        );
        assert!(!text.contains("initial"), "{path}: initial");
        assert!(filelist.contains(path.as_str()), "{path} not in star.f");
        assert!(manifest.contains(path.as_str()), "{path} not in manifest");
    }
}

#[test]
fn snapshot_of_a_tiny_tree() {
    let d = tmp("snap");
    generate(&d.join("t"), TINY);
    for (path, text) in read_tree(&d.join("t")) {
        if path.ends_with(".v") || path == "star.f" || path.ends_with(".vh") {
            insta::assert_snapshot!(path.replace('/', "__"), text);
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}
