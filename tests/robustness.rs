//! Issue 14: star-gen as a new user meets it with bad or edge input. Every case checks the exit
//! code, the one-line message, that nothing star-gen did not write was deleted and that no
//! temporary was left behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_star-gen"))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("star-gen-rob-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A small configuration: trees of a few hundred kB, written in milliseconds.
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

fn run(args: &[&str], out: Option<&Path>, cwd: Option<&Path>) -> Output {
    let mut c = bin();
    c.args(args);
    if let Some(o) = out {
        c.arg("--out").arg(o);
    }
    if let Some(d) = cwd {
        c.current_dir(d);
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2, one line on stderr containing every needle, no panic or Rust internals.
fn user_error(o: &Output, needles: &[&str]) -> String {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "exit code, stderr: {e}");
    assert_eq!(e.trim_end().lines().count(), 1, "not one line: {e}");
    for n in needles {
        assert!(e.contains(n), "{e:?} lacks {n:?}");
    }
    for bad in [
        "os error",
        "panicked",
        "TypeStr",
        "Plain(",
        "DuplicateKeyPolicy",
    ] {
        assert!(!e.contains(bad), "internals in {e:?}");
    }
    e
}

fn generate(out: &Path, cwd: Option<&Path>) {
    let o = run(TINY, Some(out), cwd);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Every file under `root` (relative path, bytes), sorted.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            if m.is_dir() {
                v.push((rel + "/", Vec::new()));
                stack.push(p);
            } else {
                v.push((rel, std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    v.sort();
    v
}

/// No `star-gen-` temporary in `dir`.
fn no_litter(dir: &Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".star-gen-"))
        .collect();
    assert!(
        left.is_empty(),
        "left behind in {}: {left:?}",
        dir.display()
    );
}

#[test]
fn a_tree_with_foreign_or_edited_files_is_refused_and_kept() {
    let d = tmp("foreign");
    let out = d.join("t");
    generate(&out, None);
    // Files a user adds (FuseSoC's own files included) are never deleted.
    for (rel, text) in [
        ("rtl/my_top.v", "module my_top; endmodule\n"),
        ("NOTES.md", "mine\n"),
        ("fusesoc.conf", "[library.star]\n"),
        ("build/x/log.txt", "log\n"),
    ] {
        let p = out.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        let before = snapshot(&out);
        let o = run(TINY, Some(&out), None);
        let first = rel.split('/').next().unwrap();
        let shown = if rel.starts_with("rtl/") { rel } else { first };
        user_error(&o, &[shown, "was not written by star-gen", "--force"]);
        assert_eq!(snapshot(&out), before, "{rel}: tree changed");
        no_litter(&d);
        std::fs::remove_dir_all(out.join(first))
            .or_else(|_| std::fs::remove_file(out.join(first)))
            .unwrap();
        if rel.starts_with("rtl/") {
            // rtl/ itself was star-gen's: put the generated files back.
            generate(&d.join("fresh"), None);
            std::fs::rename(d.join("fresh/rtl"), out.join("rtl")).unwrap();
            std::fs::remove_dir_all(d.join("fresh")).unwrap();
        }
    }
    // An edited file is refused too.
    let readme = out.join("README.md");
    let mut text = std::fs::read_to_string(&readme).unwrap();
    text.push_str("my note\n");
    std::fs::write(&readme, &text).unwrap();
    let o = run(TINY, Some(&out), None);
    user_error(&o, &["README.md", "was changed since star-gen wrote it"]);
    assert_eq!(std::fs::read_to_string(&readme).unwrap(), text);
    // --force replaces it.
    let o = run(&[TINY, &["--force"]].concat(), Some(&out), None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !std::fs::read_to_string(&readme)
            .unwrap()
            .contains("my note")
    );
    // Unchanged, it is replaced.
    generate(&out, None);
    no_litter(&d);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_fake_manifest_is_not_a_licence_to_delete() {
    let d = tmp("fake");
    let out = d.join("t");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("manifest.json"), "{\"generator\": \"star-gen\"}\n").unwrap();
    std::fs::write(out.join("keep.txt"), "mine").unwrap();
    let before = snapshot(&out);
    user_error(
        &run(TINY, Some(&out), None),
        &["manifest.json", "is not a manifest star-gen wrote"],
    );
    assert_eq!(snapshot(&out), before);
    // Text that merely mentions the generator, listing no hashes of the other files.
    std::fs::write(
        out.join("manifest.json"),
        "{\"generator\": \"star-gen\", \"files\": {\"README.md\": \"00\"}}\n",
    )
    .unwrap();
    let before = snapshot(&out);
    user_error(&run(TINY, Some(&out), None), &["keep.txt"]);
    assert_eq!(snapshot(&out), before);
    // A directory with no manifest at all names its first file.
    let plain = d.join("plain");
    std::fs::create_dir_all(&plain).unwrap();
    std::fs::write(plain.join("a.txt"), "x").unwrap();
    user_error(
        &run(TINY, Some(&plain), None),
        &["a.txt", "no manifest.json"],
    );
    assert_eq!(std::fs::read_to_string(plain.join("a.txt")).unwrap(), "x");
    // An existing file is not a directory.
    let file = d.join("file");
    std::fs::write(&file, "x").unwrap();
    user_error(&run(TINY, Some(&file), None), &["not a directory"]);
    no_litter(&d);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn out_dot_symlinks_and_long_names_work() {
    let d = tmp("paths");
    // --out . in an empty directory, then again over its own tree.
    let here = d.join("here");
    std::fs::create_dir_all(&here).unwrap();
    generate(Path::new("."), Some(&here));
    generate(Path::new("."), Some(&here));
    assert!(here.join("manifest.json").is_file());
    no_litter(&here);
    no_litter(&d);
    // --out . in a directory holding a user's file: refused, nothing touched.
    std::fs::write(here.join("mine.txt"), "x").unwrap();
    let o = run(TINY, Some(Path::new(".")), Some(&here));
    user_error(&o, &["mine.txt"]);
    assert!(here.join("mine.txt").exists() && here.join("star.f").exists());
    // Through a symbolic link: the link stays, the tree is written at its target.
    let target = d.join("target");
    let link = d.join("link");
    std::os::unix::fs::symlink("target", &link).unwrap();
    generate(&link, None);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(target.join("manifest.json").is_file());
    generate(&link, None);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // A 240-character output name (the temporary's name stays within NAME_MAX).
    let long = d.join("n".repeat(240));
    generate(&long, None);
    generate(&long, None);
    assert!(long.join("manifest.json").is_file());
    no_litter(&d);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn io_errors_name_their_path() {
    let d = tmp("io");
    user_error(
        &run(TINY, Some(Path::new("/proc/x")), None),
        &["/proc/x", "No such file or directory"],
    );
    user_error(
        &run(TINY, Some(&d.join("missing/sub")), None),
        &["missing", "No such file or directory"],
    );
    // Not even --force replaces the root directory.
    user_error(
        &run(&[TINY, &["--force"]].concat(), Some(Path::new("/")), None),
        &["root or home directory"],
    );
    let dangling = d.join("dangling");
    std::os::unix::fs::symlink("nowhere/deeper", &dangling).unwrap();
    user_error(&run(TINY, Some(&dangling), None), &["dangling"]);
    let o = run(
        &["vectors", "--engine", "sorter", "--out", "/proc/nope/v.txt"],
        None,
        None,
    );
    user_error(&o, &["/proc/nope/v.txt"]);
    let o = run(&["--config", "/proc/nope.yaml"], Some(&d.join("t")), None);
    user_error(&o, &["/proc/nope.yaml", "cannot read"]);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn stale_temporaries_of_dead_runs_are_cleaned() {
    let d = tmp("stale");
    let out = d.join("out");
    generate(&out, None);
    // Process ids above any pid_max belong to no process.
    for n in [
        ".out.star-gen-tmp-4000000001",
        ".out.star-gen-old-4000000002",
        ".out.star-gen-tmp-4000000003-7",
    ] {
        std::fs::create_dir_all(d.join(n).join("rtl")).unwrap();
    }
    // A temporary of a live process (this test) is not touched, nor a look-alike user directory.
    let live = format!(".out.star-gen-tmp-{}-99", std::process::id());
    std::fs::create_dir_all(d.join(&live)).unwrap();
    std::fs::create_dir_all(d.join(".out.star-gen-mine")).unwrap();
    generate(&out, None);
    let mut left: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut want = vec![live.clone(), ".out.star-gen-mine".into(), "out".into()];
    want.sort();
    assert_eq!(left, want);
    // A run killed between its renames left the previous tree as `old` and no `out`: restored.
    std::fs::remove_dir_all(d.join(&live)).unwrap();
    std::fs::rename(&out, d.join(".out.star-gen-old-4000000004-0")).unwrap();
    generate(&out, None);
    assert!(out.join("manifest.json").is_file());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn concurrent_writers_neither_fail_nor_litter() {
    let d = tmp("race");
    let out = d.join("out");
    generate(&out, None);
    let kids: Vec<_> = (0..6)
        .map(|_| {
            bin()
                .args(TINY)
                .arg("--out")
                .arg(&out)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for k in kids {
        let o = k.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    no_litter(&d);
    let fresh = d.join("fresh");
    generate(&fresh, None);
    assert_eq!(snapshot(&out), snapshot(&fresh));
    // The same with `--out .` (entries replaced in place).
    let kids: Vec<_> = (0..4)
        .map(|_| {
            bin()
                .args(TINY)
                .args(["--out", "."])
                .current_dir(&out)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for k in kids {
        let o = k.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    no_litter(&out);
    assert_eq!(snapshot(&out), snapshot(&fresh));
    let _ = std::fs::remove_dir_all(&d);
}

/// Nine levels of ten aliases each: 10^9 nodes if expanded.
const BOMB: &str = "a0: &a0 [x,x,x,x,x,x,x,x,x,x]
a1: &a1 [*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0]
a2: &a2 [*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1]
a3: &a3 [*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2]
a4: &a4 [*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3]
a5: &a5 [*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4]
a6: &a6 [*a5,*a5,*a5,*a5,*a5,*a5,*a5,*a5,*a5,*a5]
a7: &a7 [*a6,*a6,*a6,*a6,*a6,*a6,*a6,*a6,*a6,*a6]
a8: &a8 [*a7,*a7,*a7,*a7,*a7,*a7,*a7,*a7,*a7,*a7]
mesh: *a8
";

#[test]
fn config_and_flag_errors_name_the_field() {
    let d = tmp("cfg");
    let out = d.join("t");
    let o = run(&["--cores=-1"], Some(&out), None);
    user_error(&o, &["--cores", "1..=64", "-1"]);
    assert!(!stderr(&o).contains("4294967295"));
    let o = run(&["--clock-ns", "abc"], Some(&out), None);
    user_error(&o, &["clock_ns", "0.5..=100"]);
    for (yaml, needles) in [
        ("cores: abc\n", &["`cores`", "whole number", "\"abc\""][..]),
        ("cores: 2\ncores: 3\n", &["`cores`", "twice"]),
        ("reset: maybe\n", &["`reset`", "sync_high"]),
        ("clock_ns: fast\n", &["`clock_ns`", "number"]),
        ("- 1\n- 2\n", &["mapping"]),
        ("corez: 2\n", &["corez", "cores"]),
        ("mesh: [1, 2]\n", &["`mesh`", "text"]),
        (BOMB, &["size limit"]),
    ] {
        let y = d.join("c.yaml");
        std::fs::write(&y, yaml).unwrap();
        user_error(
            &run(&["--config", y.to_str().unwrap()], Some(&out), None),
            needles,
        );
        assert!(!out.exists());
    }
    // --mesh RxC alone sets the core count.
    let o = run(&["--mesh", "2x8", "--dump-config"], None, None);
    let y = String::from_utf8_lossy(&o.stdout);
    assert!(y.contains("cores: 16") && y.contains("mesh: 2x8"), "{y}");
    // --help states defaults.
    let h = String::from_utf8_lossy(&run(&["--help"], None, None).stdout).into_owned();
    for want in [
        "default 1",
        "default 128",
        "default: sync_high",
        "default 10]",
    ] {
        assert!(h.contains(want), "--help lacks {want}");
    }
    // The example config of the README exists and loads.
    let ex = concat!(env!("CARGO_MANIFEST_DIR"), "/configs/example.yaml");
    let o = run(&["--config", ex, "--dump-config"], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&d);
}

// ---- eval ----

fn npy(descr: &str, fortran: bool, shape: &[usize], data: &[u8]) -> Vec<u8> {
    let f = if fortran { "True" } else { "False" };
    let s = match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut h = format!("{{'descr': '{descr}', 'fortran_order': {f}, 'shape': {s}, }}");
    while (10 + h.len() + 1) % 64 != 0 {
        h.push(' ');
    }
    h.push('\n');
    let mut v = b"\x93NUMPY\x01\x00".to_vec();
    v.extend_from_slice(&(h.len() as u16).to_le_bytes());
    v.extend_from_slice(h.as_bytes());
    v.extend_from_slice(data);
    v
}

fn f32npy(shape: &[usize], seed: u32) -> Vec<u8> {
    let n: usize = shape.iter().product();
    let data: Vec<u8> = (0..n)
        .flat_map(|i| {
            let v = (((i as u32).wrapping_mul(2654435761) ^ seed) % 1000) as f32 / 500.0 - 1.0;
            v.to_le_bytes()
        })
        .collect();
    npy("<f4", false, shape, &data)
}

const S: usize = 8;
const H: usize = 16;
const D: usize = 4;

/// A valid data directory: one layer, one head, S = 8, H = 16, d = 4.
fn data_dir(d: &Path) -> PathBuf {
    let data = d.join("data");
    std::fs::create_dir_all(data.join("L0")).unwrap();
    std::fs::create_dir_all(data.join("L0H0")).unwrap();
    std::fs::write(data.join("L0/x.npy"), f32npy(&[S, H], 1)).unwrap();
    for (i, (f, shape)) in [
        ("wq", vec![H, D]),
        ("wk", vec![H, D]),
        ("wv", vec![H, D]),
        ("bq", vec![D]),
        ("bk", vec![D]),
        ("bv", vec![D]),
        ("q", vec![S, D]),
        ("k", vec![S, D]),
        ("v", vec![S, D]),
        ("o", vec![S, D]),
    ]
    .into_iter()
    .enumerate()
    {
        std::fs::write(
            data.join(format!("L0H0/{f}.npy")),
            f32npy(&shape, i as u32 + 2),
        )
        .unwrap();
    }
    data
}

fn eval(data: &Path, extra: &[&str]) -> Output {
    let mut a = vec!["eval", "--data", data.to_str().unwrap()];
    a.extend_from_slice(extra);
    run(&a, None, None)
}

#[test]
fn eval_checks_every_input_before_running() {
    let d = tmp("eval");
    let data = data_dir(&d);
    let o = eval(&data, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.starts_with("settings: keep 0.25, tiles 4, kq 1"),
        "{out}"
    );
    assert!(out.contains("legend: recall"), "{out}");

    let head = data.join("L0H0");
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "wv",
            f32npy(&[H, D + 1], 3),
            vec!["wv.npy", "(16, 4)", "found (16, 5)"],
        ),
        (
            "bv",
            f32npy(&[D + 2], 3),
            vec!["bv.npy", "(4,)", "found (6,)"],
        ),
        (
            "o",
            f32npy(&[S, 16], 3),
            vec!["o.npy", "(8, 4)", "found (8, 16)"],
        ),
        (
            "k",
            f32npy(&[H, D], 3),
            vec!["k.npy", "(8, 4)", "found (16, 4)"],
        ),
        ("bk", f32npy(&[D - 1], 3), vec!["bk.npy", "found (3,)"]),
        (
            "wq",
            f32npy(&[H + 1, D], 3),
            vec!["wq.npy", "found (17, 4)"],
        ),
        (
            "q",
            npy(
                "<f4",
                false,
                &[S, D],
                &[f32::NAN.to_le_bytes(); S * D].concat(),
            ),
            vec!["q.npy", "finite", "NaN at [0, 0]"],
        ),
        (
            "q",
            npy("<i8", false, &[S, D], &[0u8; S * D * 8]),
            vec!["q.npy", "float32 or float64", "'<i8'"],
        ),
        (
            "q",
            f32npy(&[S, D], 3)[..164].to_vec(),
            vec!["q.npy", "truncated", "expected 128 data bytes", "found 36"],
        ),
        (
            "q",
            b"\x93NUMPY\x01\x00\xff\x7f{".to_vec(),
            vec!["q.npy", "truncated header"],
        ),
        ("q", Vec::new(), vec!["q.npy", "not a .npy file"]),
    ];
    for (f, bytes, needles) in cases {
        let p = head.join(format!("{f}.npy"));
        let good = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes).unwrap();
        let e = user_error(&eval(&data, &[]), &needles);
        assert!(
            e.contains("expected") && e.contains("found") || e.contains("not a .npy"),
            "{e}"
        );
        std::fs::write(&p, good).unwrap();
    }
    // Inf in x, a missing file.
    let x = data.join("L0/x.npy");
    let good = std::fs::read(&x).unwrap();
    let mut bad = f32npy(&[S, H], 1);
    let n = bad.len();
    bad[n - 4..].copy_from_slice(&f32::INFINITY.to_le_bytes());
    std::fs::write(&x, bad).unwrap();
    user_error(&eval(&data, &[]), &["x.npy", "finite", "inf at [7, 15]"]);
    std::fs::write(&x, good).unwrap();
    std::fs::remove_file(head.join("bv.npy")).unwrap();
    user_error(&eval(&data, &[]), &["bv.npy", "No such file"]);
    std::fs::write(head.join("bv.npy"), f32npy(&[D], 3)).unwrap();
    // Fortran-order weights are read as the logical array their header describes.
    let wt: Vec<u8> = f32npy(&[H, D], 4)[128..].to_vec();
    std::fs::write(head.join("wk.npy"), npy("<f4", true, &[H, D], &wt)).unwrap();
    assert!(eval(&data, &[]).status.success());

    // Output paths are checked before the run; flags that do not apply are refused.
    user_error(
        &eval(&data, &["--json", "/proc/nope/e.json"]),
        &["--json", "/proc/nope"],
    );
    user_error(
        &eval(&data, &["--json", d.to_str().unwrap()]),
        &["--json", "directory"],
    );
    let file = d.join("file");
    std::fs::write(&file, "x").unwrap();
    user_error(
        &eval(&data, &["--dump", file.to_str().unwrap()]),
        &["--dump", "not a directory"],
    );
    user_error(&eval(&data, &["--prefix", "a_"]), &["--prefix"]);
    user_error(
        &eval(&data, &["--radius", "65536"]),
        &["--radius", "0..=65535"],
    );
    user_error(&eval(&data, &["--keep", "nan"]), &["--keep"]);
    user_error(&eval(&data, &["--heads", "L9H9"]), &["L9H9"]);
    user_error(&eval(&d.join("nowhere"), &[]), &["--data", "nowhere"]);
    let _ = std::fs::remove_dir_all(&d);
}

// ---- generated input: nothing panics ----

mod generated {
    use super::*;
    use proptest::prelude::*;
    use star_gen::config::{Config, Overrides, ResetStyle};

    fn small_overrides() -> impl Strategy<Value = Overrides> {
        (
            (
                prop::option::of(0u32..6),
                prop::option::of(prop::sample::select(vec![
                    "auto", "1x1", "2x1", "1x2", "2x2", "3x1", "0x4", "x", "2x", "4x4",
                ])),
                prop::option::of(0u32..6),
                prop::option::of(0u32..9),
                prop::option::of(0u32..40),
            ),
            (
                prop::option::of(0u32..80),
                prop::option::of(0u32..6),
                prop::option::of(0u32..9),
                prop::option::of(6u32..34),
                prop::option::of(0u32..6),
                prop::option::of(0u32..100),
            ),
            (
                prop::option::of(prop::sample::select(vec![4u32, 8, 12, 16, 32])),
                prop::option::of(0u32..5),
                prop::option::of(0u32..4),
                prop::option::of(any::<bool>()),
                prop::option::of("[a-z_0-9A-Z]{0,18}"),
                prop::option::of(prop::sample::select(vec![0.1f64, 0.5, 3.3, 100.0, 1e9])),
            ),
        )
            .prop_map(
                |((c, m, t, d, h), (s, tl, kq, b, pc, tk), (sw, kv, sp, r, p, ck))| Overrides {
                    cores: c,
                    mesh: m.map(String::from),
                    query_rows: t,
                    head_dim: d,
                    hidden: h,
                    seq_max: s,
                    kv_store_rows: None,
                    tiles_max: tl,
                    tile_keys_max: tk,
                    kq_max: kq,
                    score_width: b,
                    predictor_cols: pc,
                    sort_width: sw,
                    kv_pes: kv,
                    sufa_pes: sp,
                    sufa_queue_depth: None,
                    reset: r.map(|a| {
                        if a {
                            ResetStyle::AsyncLow
                        } else {
                            ResetStyle::SyncHigh
                        }
                    }),
                    prefix: p,
                    clock_ns: ck,
                },
            )
    }

    /// YAML built from config keys, other keys and awkward values (lists, maps, anchors, tags).
    fn yaml_text() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "cores",
            "mesh",
            "query_rows",
            "head_dim",
            "hidden",
            "seq_max",
            "tiles_max",
            "tile_keys_max",
            "kq_max",
            "score_width",
            "sort_width",
            "reset",
            "prefix",
            "clock_ns",
            "corez",
            "",
            "? x",
        ]);
        let val = prop::sample::select(vec![
            "1",
            "-1",
            "0",
            "2",
            "1.5",
            "1e400",
            ".nan",
            "abc",
            "[1, 2]",
            "{a: 1}",
            "~",
            "null",
            "''",
            "\"2x2\"",
            "2x2",
            "auto",
            "sync_high",
            "async_low",
            "&a 3",
            "*a",
            "*b",
            "!!str 4",
            "!!binary aGk=",
            "99999999999999999999",
            "0x10",
            "0o7",
            "true",
            "|\n  x",
            "[[[[[[[[",
            "}",
            "star_",
            "\"\\u0000\"",
        ]);
        prop_oneof![
            prop::collection::vec((key, val), 0..8).prop_map(|kv| {
                kv.into_iter()
                    .map(|(k, v)| format!("{k}: {v}\n"))
                    .collect::<String>()
            }),
            "\\PC{0,80}",
            prop::collection::vec(any::<u8>(), 0..80)
                .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Random flags either resolve or are a one-line error; resolved small configs render.
        #[test]
        fn random_configs_never_panic(o in small_overrides()) {
            match Config::load(None, &o) {
                Err(e) => prop_assert!(!e.0.contains('\n'), "{}", e.0),
                Ok(cfg) => {
                    let design = star_gen::tree::build(&cfg);
                    let files = star_gen::tree::render(&design);
                    prop_assert!(files.contains_key("manifest.json"));
                }
            }
        }

        #[test]
        fn random_yaml_never_panics(text in yaml_text()) {
            if let Err(e) = Config::from_yaml(&text) {
                prop_assert!(!e.0.contains('\n'), "{}", e.0);
                prop_assert!(!e.0.contains("DuplicateKeyPolicy"), "{}", e.0);
                prop_assert!(!e.0.contains("budget"), "{}", e.0);
            }
        }

        /// A valid .npy with bytes changed, cut or appended: read() answers, never panics.
        #[test]
        fn corrupt_npy_never_panics(
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
            cut in prop::option::of(any::<prop::sample::Index>()),
            fortran in any::<bool>(),
            extra in prop::collection::vec(any::<u8>(), 0..3),
        ) {
            let mut b = f32npy(&[3, 5], 9);
            if fortran {
                b = npy("<f4", true, &[3, 5], &b[128..]);
            }
            for (i, v) in edits {
                let i = i.index(b.len());
                b[i] = v;
            }
            if let Some(c) = cut {
                b.truncate(c.index(b.len() + 1));
            }
            b.extend(extra);
            let p = std::env::temp_dir().join(format!(
                "star-gen-rob-npy-{}-{:?}",
                std::process::id(),
                std::thread::current().id()
            ));
            std::fs::write(&p, &b).unwrap();
            let r = star_gen::input::read(&p);
            let _ = std::fs::remove_file(&p);
            if let Err(e) = r {
                prop_assert!(!e.0.contains('\n'), "{}", e.0);
            }
        }
    }

    /// The binary itself, on random argument lists: never exit code 101 (a panic).
    #[test]
    fn random_command_lines_never_panic() {
        let words = [
            "--cores",
            "--mesh",
            "--query-rows",
            "--seq-max",
            "--tiles-max",
            "--prefix",
            "--clock-ns",
            "--reset",
            "--config",
            "--dump-config",
            "-1",
            "0",
            "3",
            "2x8",
            "x",
            "nan",
            "inf",
            "1e3",
            "/proc/x",
            "eval",
            "vectors",
            "--engine",
            "sorter",
            "--data",
            "--keep",
            "--tiles",
            "2",
            "--bench",
            "--seq",
            "synth-report",
            "--dir",
            "--out",
        ];
        let mut st = 0x2545_f491_4f6c_dd1du64;
        let d = tmp("cmd");
        for _ in 0..48 {
            let n = (st % 6) as usize + 1;
            let mut args: Vec<String> = Vec::new();
            for _ in 0..n {
                st ^= st << 13;
                st ^= st >> 7;
                st ^= st << 17;
                args.push(words[(st % words.len() as u64) as usize].to_string());
            }
            // Never write outside the scratch directory.
            if let Some(i) = args.iter().position(|a| a == "--out") {
                args.truncate(i);
            }
            args.push("--out".into());
            args.push(d.join("o").to_string_lossy().into_owned());
            let o = bin().args(&args).current_dir(&d).output().unwrap();
            assert_ne!(o.status.code(), Some(101), "{args:?}: {}", stderr(&o));
            let _ = std::fs::remove_dir_all(d.join("o"));
        }
        let _ = std::fs::remove_dir_all(&d);
    }
}

// ---- the tree integrates ----

#[test]
fn the_tree_carries_what_flows_need() {
    let d = tmp("integ");
    let out = d.join("t");
    let o = run(&[TINY, &["--cores", "4"]].concat(), Some(&out), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let read = |rel: &str| std::fs::read_to_string(out.join(rel)).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&read("manifest.json")).unwrap();
    let hash = manifest["config_hash"].as_str().unwrap().to_string();
    // `timescale in every Verilog file, right after the banner.
    let files: Vec<String> = manifest["files"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let verilog: Vec<&String> = files.iter().filter(|f| f.ends_with(".v")).collect();
    assert!(verilog.iter().any(|f| f.starts_with("tb/")));
    for f in &verilog {
        assert_eq!(
            read(f).lines().nth(2),
            Some("`timescale 1ns / 1ps"),
            "{f}: no timescale"
        );
    }
    // The FuseSoC core: named by the config hash, flow API, separate SDC and XDC targets.
    let core = read("star.core");
    assert!(
        core.contains(&format!("name: star-gen:star:star_core_{hash}:")),
        "{core}"
    );
    assert!(core.contains("license: Apache-2.0"));
    assert!(!core.contains("default_tool") && !core.contains("\n    tools:"));
    for t in ["  default:", "  lint:", "  sim:", "  synth:", "  vivado:"] {
        assert!(core.contains(t), "target {t}");
    }
    let synth = &core[core.find("\n  synth:\n").unwrap()..core.find("\n  vivado:\n").unwrap()];
    assert!(
        synth.contains("[rtl, sdc]") && !synth.contains("xdc"),
        "{synth}"
    );
    let vivado = &core[core.find("\n  vivado:\n").unwrap()..];
    assert!(
        vivado.contains("[rtl, xdc]") && !vivado.contains("sdc"),
        "{vivado}"
    );
    // The sim target's vectors: one per line after the comment, as many as the testbench reads.
    let hex = read("tb/output_stage.hex");
    assert_eq!(hex.lines().filter(|l| !l.starts_with("//")).count(), 256);
    // README: every port of every top described, tables intact, license stated.
    let readme = read("README.md");
    assert!(readme.contains("Apache-2.0"));
    let tops = manifest["tops"].as_array().unwrap();
    assert!(tops.len() >= 2, "{tops:?}");
    for t in tops {
        let t = t.as_str().unwrap();
        let body = read(&format!("rtl/{t}.v"));
        let m = body.find("\nmodule ").unwrap();
        let header = &body[m..m + body[m..].find(");").unwrap()];
        for l in header.lines() {
            let code = l.split("//").next().unwrap();
            if code.trim_start().starts_with("input") || code.trim_start().starts_with("output") {
                let name = code
                    .trim()
                    .trim_end_matches(',')
                    .split_whitespace()
                    .last()
                    .unwrap();
                let row = readme
                    .lines()
                    .find(|r| r.starts_with(&format!("| `{name}` |")))
                    .unwrap_or_else(|| panic!("{t}: port {name} not in README"));
                assert!(!row.contains("see the module's RTL"), "{row}");
            }
        }
    }
    // Every table row has as many cells as its header (a stray `|` would add one).
    let pipes = |l: &str| l.replace("\\|", "").matches('|').count();
    let mut header = 0;
    for l in readme.lines() {
        if l.starts_with("|---") || l.starts_with("| `") {
            assert_eq!(pipes(l), header, "broken table row: {l}");
        } else if l.starts_with('|') {
            header = pipes(l);
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}
