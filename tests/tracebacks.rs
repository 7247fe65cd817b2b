//! Whole tracebacks, compared line for line with python3's (tests/tracebacks/*.stderr, made by
//! scripts/bless.sh): the File/line entries, the source lines, 3.11's `^^^`/`~~^~~` position
//! lines under them, chaining texts and the last line.

use std::path::Path;
use std::process::Command;

#[test]
fn tracebacks_match_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    let mut failures = Vec::new();
    for script in &scripts {
        let name = script.file_name().unwrap().to_str().unwrap();
        let expected = std::fs::read_to_string(script.with_extension("stderr")).unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg(name).current_dir(&dir).output().unwrap();
        let prefix = format!("{}/", dir.display());
        let got = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
        if got != expected {
            failures.push(format!("{name}:\n--- python3\n{expected}--- gilpy\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{} traceback(s) differ:\n{}", failures.len(), failures.join("\n"));
}
