//! Compiles every `scenarios/*.ron` into the binary, so built-in scenarios work from any
//! folder and on machines without the source tree.
//!
//! Paths are written relative to the package (`cargo:rerun-if-changed=../scenarios`) and
//! the generated `include_str!` names the file through `env!("CARGO_MANIFEST_DIR")`: cargo
//! tracks both per checkout, so two clones sharing one target folder (CI reusing a build)
//! each embed their own scenarios, never the other's.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scenarios");
    println!("cargo:rerun-if-changed=../scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    files.sort();
    let mut out = String::from(
        "/// (id, file name, source) of every built-in scenario.\npub const BUILTIN: &[(&str, &str, &str)] = &[\n",
    );
    for path in &files {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let name = path.file_name().unwrap().to_string_lossy();
        println!("cargo:rerun-if-changed=../scenarios/{name}");
        writeln!(
            out,
            "    ({stem:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../scenarios/{name}\"))),"
        )
        .unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin.rs");
    std::fs::write(target, out).unwrap();
}
