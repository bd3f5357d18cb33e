//! star-gen: a generator of synthesizable Verilog for a STAR/SOFA-style sparse-attention
//! accelerator, with a bit-exact golden model per engine. See `README.md` and the contract in
//! the project's spec (`docs/spec-decisions.md` lists the decisions taken where it says freeze).
//!
//! Layout: one folder per engine (`predictor`, …) holding its golden model (`model`), its RTL
//! emitter (`rtl`) and its vector writer (`vectors`); the C++ harness is `testbenches/<engine>/`.
//! Arithmetic shared by all engines is in `numerics`.

pub mod config;
pub mod core;
pub mod handoff;
pub mod host;
pub mod input;
pub mod kvgen;
pub mod mesh;
pub mod numerics;
pub mod predictor;
pub mod report;
pub mod rtl;
pub mod sorter;
pub mod sufa;
pub mod tree;
pub mod vectors;

/// Bad input from the user (config, flags, paths): reported on one line, exit code 2.
#[derive(Debug)]
pub struct UserError(pub String);

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UserError {}

impl UserError {
    /// A failed file operation: `WHAT PATH: REASON`, without Rust's `(os error N)` suffix.
    pub fn io(what: &str, path: &std::path::Path, e: &std::io::Error) -> UserError {
        UserError(format!("{what} {}: {}", path.display(), io_text(e)))
    }
}

/// An I/O error's text as a user reads it (`No such file or directory`), without the
/// `(os error N)` suffix Rust appends.
pub fn io_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
