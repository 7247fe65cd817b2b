//! Runs every script under tests/scripts through the real binary and compares stdout, the last
//! stderr line and the exit code with the expected files. Expectations come from python3 through
//! scripts/bless.sh, except under tests/scripts/gilpy/ (gilpy-only features, written by hand).
//! Scripts under tests/scripts/threads/ run under every GIL policy, and once more with a tiny
//! switch interval, so that races show up. Every run has a time limit: a hang is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(60);

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        let helper = p.file_name().unwrap().to_string_lossy().starts_with("helper_");
        if p.is_dir() && !helper {
            fixtures(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && !helper {
            out.push(p);
        }
    }
}

/// The GIL settings a fixture runs under: (label, extra command-line arguments).
fn settings(script: &Path) -> Vec<(&'static str, Vec<&'static str>)> {
    let threaded = script.components().any(|c| c.as_os_str() == "threads" || c.as_os_str() == "gilpy");
    if !threaded {
        return vec![("default", vec![])];
    }
    vec![
        ("handoff", vec!["--gil", "handoff"]),
        ("legacy", vec!["--gil", "legacy"]),
        ("cpython", vec!["--gil", "cpython"]),
        ("off", vec!["--gil", "off"]),
        ("handoff/50", vec!["--gil", "handoff", "--switch-interval", "50"]),
        ("cpython/50", vec!["--gil", "cpython", "--switch-interval", "50"]),
    ]
}

struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

fn run(script: &Path, args: &[&str]) -> Result<Run, String> {
    let dir = script.parent().unwrap();
    let out_path = std::env::temp_dir().join(format!("gilpy-fixture-{}-{}.out", std::process::id(), script.file_stem().unwrap().to_string_lossy()));
    let err_path = out_path.with_extension("err");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .arg(script.file_name().unwrap())
        .current_dir(dir)
        .env_remove("GILPY_GIL")
        .env_remove("GILPY_SWITCH_INTERVAL")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{} {args:?}: still running after {LIMIT:?} (killed)", script.display()));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = std::fs::read_to_string(&out_path).unwrap_or_default();
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    Ok(Run { stdout, stderr, code: status.code() })
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
        let want_out = std::fs::read_to_string(dir.join(format!("{stem}.out"))).unwrap_or_default();
        let want_code: i32 = std::fs::read_to_string(dir.join(format!("{stem}.code"))).map(|s| s.trim().parse().unwrap()).unwrap_or(0);
        let want_err = std::fs::read_to_string(dir.join(format!("{stem}.err"))).ok().map(|s| s.trim().to_string());
        for (label, args) in settings(script) {
            let got = match run(script, &args) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(e);
                    continue;
                }
            };
            let got_err = got.stderr.lines().filter(|l| !l.trim().is_empty()).last().map(|l| l.trim().to_string());
            if got.stdout != want_out || got.code != Some(want_code) || got_err != want_err {
                failures.push(format!(
                    "{} [{label}]: code {:?} (want {want_code}), stderr {:?} (want {:?})\n--- got\n{}--- want\n{want_out}",
                    script.display(),
                    got.code,
                    got_err,
                    want_err,
                    got.stdout
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} fixture run(s) differ; regenerate python3 expectations with scripts/bless.sh\n{}", failures.len(), failures.join("\n"));
}
