//! Embeds every leaf template under `templates/` (sorted by name, so the binary and its output
//! do not depend on directory order) as `TEMPLATES: &[(name, text)]`.
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=templates");
    let mut names: Vec<String> = std::fs::read_dir("templates")
        .expect("templates/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".v.tera"))
        .collect();
    names.sort();
    let mut out = String::from("pub const TEMPLATES: &[(&str, &str)] = &[\n");
    for n in &names {
        let short = n.trim_end_matches(".v.tera");
        let _ = writeln!(
            out,
            "    ({short:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/templates/{n}\"))),"
        );
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(dest, out).unwrap();
}
