//! Build-time generation: the parser from grammar/python.lalrpop, and the list of script fixtures
//! (tests/scripts/**/*.py and tests/tracebacks/*.py) as one `#[test]` each, so that a failing
//! fixture is named by the test harness and one can run alone: `cargo test --test fixtures core__basics`.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    lalrpop::Configuration::new().set_in_dir("grammar").emit_rerun_directives(true).process().expect("lalrpop failed to process grammar/");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write_test_list(Path::new("tests/scripts"), true, &out.join("fixture_tests.rs"));
    write_test_list(Path::new("tests/tracebacks"), false, &out.join("traceback_tests.rs"));
}

/// Writes one `fixture_test!(name, "relative/path.py");` line per script under `root`.
fn write_test_list(root: &Path, recurse: bool, dest: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut scripts = Vec::new();
    collect_scripts(root, recurse, &mut scripts);
    scripts.sort();
    let mut text = String::new();
    for script in &scripts {
        let rel = script.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
        let name: String =
            rel.trim_end_matches(".py").replace('/', "__").chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
        writeln!(text, "fixture_test!({name}, {rel:?});").expect("writing to a String");
    }
    std::fs::write(dest, text).expect("writing the fixture list");
}

/// Scripts are `*.py` files; `helper_*` files and folders are imported by scripts, never run.
fn collect_scripts(dir: &Path, recurse: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("helper_")) {
            continue;
        }
        if path.is_dir() {
            if recurse {
                collect_scripts(&path, recurse, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}
