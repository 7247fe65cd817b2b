//! `gilpy -m unittest` as a user runs it: named test modules, classes and methods, `-v`, the exit
//! code, and `discover` with a start folder and a pattern. The run's time varies, so only the
//! stable parts of the report are compared (expectations checked against python3 by hand).

use std::path::{Path, PathBuf};
use std::process::Command;

const PASS_AND_FAIL: &str = "import unittest\n\nclass Alpha(unittest.TestCase):\n    def test_one(self):\n        self.assertEqual(1, 1)\n\n    def test_two(self):\n        self.assertEqual(1, 2)\n";
const PASS: &str = "import unittest\n\nclass Beta(unittest.TestCase):\n    def test_b(self):\n        pass\n";

fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-unittest-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("tests/pkg")).unwrap();
    std::fs::write(dir.join("test_top.py"), PASS_AND_FAIL).unwrap();
    std::fs::write(dir.join("tests/test_alpha.py"), PASS_AND_FAIL).unwrap();
    std::fs::write(dir.join("tests/test_beta.py"), PASS).unwrap();
    std::fs::write(dir.join("tests/check_gamma.py"), PASS.replace("Beta", "Gamma")).unwrap();
    std::fs::write(dir.join("tests/__init__.py"), "").unwrap();
    std::fs::write(dir.join("tests/pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("tests/pkg/test_inner.py"), PASS.replace("Beta", "Inner")).unwrap();
    dir
}

/// Runs `gilpy ARGS` in `dir`: (stderr, exit code). unittest reports on stderr.
fn run(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .current_dir(dir)
        .args(args)
        .env_remove("GILPY_GIL")
        .env_remove("GILPY_SWITCH_INTERVAL")
        .env_remove("PYTHONWARNINGS")
        .output()
        .unwrap();
    (String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn m_unittest_runs_named_tests() {
    let dir = project("named");
    let (err, code) = run(&dir, &["-m", "unittest", "test_top"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with(".F\n======================================================================\nFAIL: test_two (test_top.Alpha.test_two)\n"), "{err}");
    assert!(
        err.contains(
            "    self.assertEqual(1, 2)\nAssertionError: 1 != 2\n\n----------------------------------------------------------------------\nRan 2 tests in "
        ),
        "{err}"
    );
    assert!(err.ends_with("s\n\nFAILED (failures=1)\n"), "{err}");

    let (err, code) = run(&dir, &["-m", "unittest", "-v", "test_top.Alpha.test_one"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("test_one (test_top.Alpha.test_one) ... ok\n\n------"), "{err}");
    assert!(err.ends_with("s\n\nOK\n"), "{err}");

    let (err, code) = run(&dir, &["-m", "unittest", "test_top.Alpha.test_nothing"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("ERROR: test_nothing (unittest.loader._FailedTest.test_nothing)"), "{err}");
}

#[test]
fn m_unittest_discovers_tests() {
    let dir = project("discover");
    // tests/ is a package under the top-level folder: its modules import as tests.NAME.
    let (err, code) = run(&dir, &["-m", "unittest", "discover", "-s", "tests", "-t", "."]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("..F.\n"), "{err}");
    assert!(err.contains("FAIL: test_two (tests.test_alpha.Alpha.test_two)"), "{err}");
    assert!(err.contains("Ran 4 tests in "), "{err}");

    let (err, code) = run(&dir, &["-m", "unittest", "discover", "-s", "tests", "-t", ".", "-p", "check_*.py", "-v"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("test_b (tests.check_gamma.Gamma.test_b) ... ok\n"), "{err}");
    assert!(err.ends_with("s\n\nOK\n"), "{err}");
}
