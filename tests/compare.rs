//! `gilpy --compare`: one script under several GIL settings side by side, with a report.

use std::path::{Path, PathBuf};
use std::process::Command;

fn gilpy() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    c.env_remove("GILPY_GIL").env_remove("GILPY_SWITCH_INTERVAL");
    c
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-compare-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Two threads counting under a lock: the same output under every setting.
const SCRIPT: &str = "import threading\n\
lock = threading.Lock()\n\
total = [0]\n\
def work():\n    for _ in range(20000):\n        with lock:\n            total[0] += 1\n\
ts = [threading.Thread(target=work) for _ in range(2)]\n\
for t in ts: t.start()\n\
for t in ts: t.join()\n\
print(total[0])\n";

fn write_script(dir: &Path, text: &str) -> String {
    let path = dir.join("script.py");
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_line_per_setting_and_a_report_with_pictures() {
    let dir = temp_dir("report");
    let script = write_script(&dir, SCRIPT);
    let report = dir.join("out");
    let out = gilpy().args(["--compare", "handoff,off,legacy@100", "--repeat", "2", "--report", report.to_str().unwrap(), &script]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with(&format!("GIL experiment: {script}, median of 2 runs per setting\n")), "{stdout}");
    for label in ["handoff", "off", "legacy@100"] {
        let row = stdout.lines().find(|l| l.split_whitespace().next() == Some(label)).unwrap_or_else(|| panic!("no row for {label}: {stdout}"));
        assert!(row.ends_with(" 0"), "exit status column: {row}");
    }
    assert!(stdout.contains("stdout: the same in every run\n"), "{stdout}");

    let results: serde_json::Value = serde_json::from_slice(&std::fs::read(report.join("results.json")).unwrap()).unwrap();
    let settings = results["settings"].as_array().unwrap();
    assert_eq!(settings.len(), 3);
    for s in settings {
        assert_eq!(s["wall_s"].as_array().unwrap().len(), 2);
        let threads = s["gil"]["threads"].as_array().unwrap();
        let names: Vec<&str> = threads.iter().map(|t| t["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["MainThread", "Thread-1 (work)", "Thread-2 (work)"]);
        assert!(threads.iter().all(|t| t["instructions"].as_u64().unwrap() > 0));
    }
    assert_eq!(settings[1]["gil"]["switches"], 0, "no GIL, no switches");
    assert_eq!(settings[2]["gil"]["interval"], 100);

    for file in ["index.html", "summary.svg", "timeline-handoff.svg", "timeline-off.svg", "timeline-legacy-100.svg", "handoff.trace.json", "off.stdout.txt"] {
        assert!(report.join(file).is_file(), "{file} missing");
    }
    assert_eq!(std::fs::read_to_string(report.join("off.stdout.txt")).unwrap(), "40000\n");
    let leftovers: Vec<_> =
        std::fs::read_dir(&report).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.contains(".run")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let svg = std::fs::read_to_string(report.join("timeline-handoff.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Thread-1 (work)") && svg.contains("waiting for the GIL"));
    let html = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(html.contains("legacy@100") && html.contains("timeline-legacy-100.svg") && html.contains("summary.svg"));
}

#[test]
fn python3_runs_alongside_and_outputs_are_compared() {
    let dir = temp_dir("python3");
    let script = write_script(&dir, "import sys\nprint(hasattr(sys, 'setcheckinterval'))\n");
    let out = gilpy().args(["--compare", "handoff,python3", &script]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let row = stdout.lines().find(|l| l.starts_with("python3 ")).unwrap();
    assert_eq!(row.split_whitespace().filter(|c| *c == "-").count(), 6, "range and GIL columns empty: {row}");
    assert!(stdout.contains("stdout: 2 different outputs (of the reported runs)\n  handoff:\n    | True\n  python3:\n    | False\n"), "{stdout}");
}

#[test]
fn a_failing_run_is_reported() {
    let dir = temp_dir("failing");
    let script = write_script(&dir, "import gil\nif gil.policy() == 'off':\n    raise ValueError('no lock here')\nprint('ok')\n");
    let out = gilpy().args(["--compare", "handoff,off", &script]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("gilpy: under off the script exited with status 1:") && stderr.contains("ValueError: no lock here"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp_dir("usage");
    let script = write_script(&dir, "pass\n");
    let cases: [(&[&str], &str); 4] = [
        (&["--compare", "fifo", &script], "unknown setting 'fifo'"),
        (&["--compare", "off,off", &script], "setting 'off' given twice"),
        (&["--compare", "handoff@0", &script], "bad switch interval"),
        (&["--compare", "off", "-c", "pass"], "--compare needs a script file"),
    ];
    for (args, message) in cases {
        let out = gilpy().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(message), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = gilpy().args(["--report", dir.to_str().unwrap(), &script]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "--report needs --compare");
}

#[test]
fn a_sweep_runs_every_value_under_every_setting_and_writes_a_csv_and_line_charts() {
    let dir = temp_dir("sweep");
    let script = write_script(&dir, "import os\nprint('threads', os.environ['THREADS'], 'mode', os.environ['MODE'])\n");
    let report = dir.join("out");
    let out = gilpy()
        .args(["--compare", "handoff,off", "--sweep", "THREADS=1,2,4", "--sweep", "MODE=a,b", "--repeat", "2", "--report", report.to_str().unwrap(), &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let header = stdout.lines().nth(1).unwrap();
    assert!(header.starts_with("setting") && header.contains(" THREADS MODE "), "{header}");
    // One table row per setting and combination: 2 x 3 x 2.
    let rows: Vec<&str> = stdout.lines().filter(|l| l.starts_with("handoff ") || l.starts_with("off ")).collect();
    assert_eq!(rows.len(), 12, "{stdout}");
    assert!(stdout.contains("at THREADS=4 MODE=b: stdout: the same in every run\n"), "{stdout}");

    let csv = std::fs::read_to_string(report.join("results.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), "setting,policy,interval,THREADS,MODE,run,wall_s,switches,forced,voluntary,gil_wait_ms,max_wait_ms,exit");
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 24, "a row per run: 2 settings x 6 points x 2 repeats");
    for r in &rows {
        assert_eq!(r.len(), 13);
        assert!(r[6].parse::<f64>().unwrap() > 0.0 && r[12] == "0");
    }
    assert!(rows.iter().any(|r| r[..6] == ["off", "off", "", "4", "b", "2"]));
    // Each run saw its own values: the stdout kept for each point says so.
    let kept = std::fs::read_to_string(report.join("handoff.THREADS-2_MODE-a.stdout.txt")).unwrap();
    assert_eq!(kept, "threads 2 mode a\n");
    for var in ["THREADS", "MODE"] {
        let svg = std::fs::read_to_string(report.join(format!("sweep-{var}.svg"))).unwrap();
        assert!(svg.contains("<polyline") && svg.contains(var) && svg.contains("wall time (s)"), "sweep-{var}.svg");
    }
    let html = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(html.contains("sweep-THREADS.svg") && html.contains("results.csv"));
}

#[test]
fn bad_sweeps_are_usage_errors() {
    let dir = temp_dir("bad-sweep");
    let script = write_script(&dir, "print(1)\n");
    for bad in ["THREADS", "1X=2", "N=1,,2", "N=1,1"] {
        let out = gilpy().args(["--compare", "handoff", "--sweep", bad, &script]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "--sweep {bad}");
    }
}
