//! Whole tracebacks, compared line for line with python3's (tests/tracebacks/*.stderr, made by
//! scripts/bless.sh): the File/line entries, the source lines, 3.11's `^^^`/`~~^~~` position
//! lines under them, chaining texts and the last line. One test per script (listed by build.rs).

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let expected = std::fs::read_to_string(dir.join(name).with_extension("stderr")).unwrap_or_default();
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg(name).current_dir(&dir).output().unwrap();
    let prefix = format!("{}/", dir.display());
    let got = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
    assert!(
        got == expected,
        "tests/tracebacks/{name}: the traceback differs from python3's (regenerate the expectations with scripts/bless.sh, no arguments)\n--- python3\n{expected}--- gilpy\n{got}"
    );
}

macro_rules! fixture_test {
    ($name:ident, $rel:expr) => {
        #[test]
        #[allow(non_snake_case)]
        fn $name() {
            check($rel);
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/traceback_tests.rs"));
