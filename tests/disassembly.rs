//! Disassembler golden tests: `gilpy --dis` of every tests/golden/dis/NAME.py against NAME.dis.
//! `GILPY_BLESS=1 cargo test` rewrites the expectations (review the diff: it is the compiler's output).

use std::path::Path;
use std::process::Command;

#[test]
fn disassembly_matches_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/dis");
    let bless = std::env::var_os("GILPY_BLESS").is_some();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg("--dis").arg(path.file_name().unwrap()).current_dir(&dir).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let got = String::from_utf8(out.stdout).unwrap();
        let golden = path.with_extension("dis");
        if bless {
            std::fs::write(&golden, &got).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| panic!("missing {}; run with GILPY_BLESS=1", golden.display()));
        assert_eq!(got, want, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 1);
}
