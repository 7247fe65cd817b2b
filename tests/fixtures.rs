//! Runs every script under tests/scripts through the real binary and compares stdout, the last
//! stderr line and the exit code with the expected files (made from python3 by scripts/bless.sh).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            fixtures(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && !p.file_name().unwrap().to_string_lossy().starts_with("helper_") {
            out.push(p);
        }
    }
}

#[test]
fn script_fixtures_match_python3() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let mut all = Vec::new();
    fixtures(&root, &mut all);
    all.sort();
    assert!(!all.is_empty());
    let mut failures = Vec::new();
    for script in &all {
        let dir = script.parent().unwrap();
        let stem = script.file_stem().unwrap().to_string_lossy().to_string();
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
            .arg(script.file_name().unwrap())
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let want_out = std::fs::read_to_string(dir.join(format!("{stem}.out"))).unwrap_or_default();
        let want_code: i32 = std::fs::read_to_string(dir.join(format!("{stem}.code"))).map(|s| s.trim().parse().unwrap()).unwrap_or(0);
        let want_err = std::fs::read_to_string(dir.join(format!("{stem}.err"))).ok().map(|s| s.trim().to_string());
        let stderr = String::from_utf8_lossy(&out.stderr);
        let got_err = stderr.lines().filter(|l| !l.trim().is_empty()).last().map(|l| l.trim().to_string());
        let got_out = String::from_utf8_lossy(&out.stdout);
        if got_out != want_out || out.status.code() != Some(want_code) || got_err != want_err {
            failures.push(format!("{}: code {:?} (want {want_code}), stderr {:?} (want {:?})\n--- got\n{got_out}--- want\n{want_out}", script.display(), out.status.code(), got_err, want_err));
        }
    }
    assert!(failures.is_empty(), "{} fixture(s) differ; regenerate expectations with scripts/bless.sh\n{}", failures.len(), failures.join("\n"));
}
