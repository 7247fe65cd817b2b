//! Switch points as CPython 3.11 (see `gil::SwitchPoints`): under `handoff` and `cpython` a thread
//! is never switched out inside `n += 1`, `items[0] += 1` or `d[k] += 1`, whatever the interval,
//! so unlocked counters are exact, as under python3; a read-modify-write across a call can be
//! split (the callee's entry is a switch point), so it loses updates there, as under python3.

use std::process::Command;

/// Four threads meet (each spins, running bytecode, until all have arrived, so that all of them
/// contend for the GIL from the first iteration on), then each does N unlocked increments of the
/// kind named by argv[1]; prints the total and the number of GIL switches.
const SCRIPT: &str = r#"
import sys, threading, gil
kind, N, T = sys.argv[1], int(sys.argv[2]), 4
n = 0
items = [0]
d = {"k": 0}
class Box:
    pass
box = Box()
box.count = 0
def add_one(x):
    return x + 1
arrived = [0]
arrival = threading.Lock()
def work():
    global n
    with arrival:
        arrived[0] += 1
    while arrived[0] < T:
        pass
    if kind == "global":
        for _ in range(N):
            n += 1
    elif kind == "item":
        for _ in range(N):
            items[0] += 1
    elif kind == "dict":
        for _ in range(N):
            d["k"] += 1
    elif kind == "attr":
        for _ in range(N):
            box.count += 1
    elif kind == "call":
        for _ in range(N):
            n = add_one(n)
ts = [threading.Thread(target=work) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(n + items[0] + d["k"] + box.count, gil.stats()["switches"])
"#;

/// The total the threads reached, and how many times the GIL changed hands.
fn total(policy: &str, interval: &str, kind: &str, n: u64) -> (u64, u64) {
    let dir = std::env::temp_dir().join(format!("gilpy-switch-points-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("counter.py");
    std::fs::write(&script, SCRIPT).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["--gil", policy, "--switch-interval", interval])
        .arg(&script)
        .args([kind, &n.to_string()])
        .env_remove("GILPY_GIL")
        .env_remove("GILPY_SWITCH_INTERVAL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{policy}@{interval} {kind}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let nums: Vec<u64> = text.split_whitespace().map(|w| w.parse().unwrap()).collect();
    (nums[0], nums[1])
}

#[test]
fn unlocked_increments_are_never_split_under_handoff_and_cpython() {
    // Interval 1: a switch at every switch point where another thread waits, so any switch point
    // inside a statement would lose updates at once.
    // handoff counts instructions; cpython's interval is a time (the count only polls for a
    // drop request), so it gets short times.
    let settings = [
        ("handoff", "1", 3000),
        ("handoff", "3", 3000),
        ("handoff", "50", 50_000),
        ("handoff", "5000", 50_000),
        ("cpython", "1us", 100_000),
        ("cpython", "50us", 100_000),
    ];
    for (policy, interval, n) in settings {
        for kind in ["global", "item", "dict", "attr"] {
            let (got, switches) = total(policy, interval, kind, n);
            assert_eq!(got, 4 * n, "{policy}@{interval}: unlocked {kind} increments lost updates");
            // The threads did take turns while they counted (else exactness proves nothing).
            assert!(switches >= 10, "{policy}@{interval} {kind}: only {switches} switches");
        }
    }
}

#[test]
fn a_read_modify_write_across_a_call_can_be_split() {
    // n = add_one(n): the switch at add_one's entry comes between the read of n and the write.
    // (Measured: 3,000 increments per thread lost updates in most runs, 30,000 in every run.)
    let n = 30_000;
    let (got, switches) = total("handoff", "1", "call", n);
    assert!(got < 4 * n, "handoff@1 never switched inside n = add_one(n) ({switches} switches)");
}
