//! Compiles the provider knowledge (`src/lint/breadth/known/*.tsv`) into a sorted static table,
//! so a lint run looks names up by binary search instead of parsing 4,000 lines at start-up
//! (that parse was most of a small lint run). The files are validated by a unit test in
//! `src/lint/breadth/known.rs`; a line this script cannot read is left out, never a build error.

// Cargo reads a build script's instructions from its stdout.
#![allow(clippy::disallowed_macros)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/lint/breadth/known");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("src/lint/breadth/known is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut providers: Vec<String> = Vec::new();
    // scope -> (provider index, axis or "-", reason, source); `None` once two providers disagree.
    let mut entries: BTreeMap<String, Option<(usize, String, String, String)>> = BTreeMap::new();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let provider = path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name").to_owned();
        let p = providers.len();
        providers.push(provider);
        let text = std::fs::read_to_string(path).expect("a readable table file");
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [scope, verdict, axis, reason, source] = cols[..] else { continue };
            let axis = match (verdict, axis) {
                ("broad", "what" | "whose" | "power" | "oversight") => axis,
                ("narrow", "-") => "-",
                _ => continue,
            };
            let new = (p, axis.to_owned(), reason.to_owned(), source.to_owned());
            match entries.get_mut(scope) {
                None => {
                    entries.insert(scope.to_owned(), Some(new));
                }
                Some(slot) => {
                    let disagree = slot.as_ref().is_some_and(|old| (old.1 == "-") != (axis == "-"));
                    if disagree {
                        *slot = None;
                    }
                }
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "/// Providers, by index.\npub static PROVIDERS: &[&str] = &{providers:?};");
    // The files themselves, for the test that checks every line (`known.rs`).
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let _ = writeln!(
        out,
        "/// (provider, text) of every table file.\n#[cfg(test)]\npub static FILES: &[(&str, &str)] = &["
    );
    for (provider, path) in providers.iter().zip(&files) {
        let full = Path::new(&root).join(path);
        let _ = writeln!(out, "    ({provider:?}, include_str!({:?})),", full.display().to_string());
    }
    out.push_str("];\n");
    let conflicts = entries.values().filter(|e| e.is_none()).count();
    let _ = writeln!(
        out,
        "/// Names two providers document with different verdicts (left out).\npub const CONFLICTS: usize = {conflicts};"
    );
    let _ = writeln!(out, "/// (scope, provider index, axis or `-`, reason, source), sorted by scope.");
    let _ = writeln!(out, "pub static ENTRIES: &[(&str, u8, &str, &str, &str)] = &[");
    for (scope, entry) in &entries {
        if let Some((p, axis, reason, source)) = entry {
            let _ = writeln!(out, "    ({scope:?}, {p}, {axis:?}, {reason:?}, {source:?}),");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("known.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
