//! Loads that must hold under every GIL policy (handoff, legacy, cpython, off), through the real
//! binary: 100 producer and 100 consumer threads moving items through queue.Queue (none lost or
//! duplicated), hundreds of processes started and joined, a Pool worker killed in the middle of a
//! map, and fork() while 8 threads churn a shared list and dict (every child must run and exit).
//!
//! Short by default (a few seconds per policy, for CI); `GILPY_LOAD_FULL=1 cargo test --release
//! --test load` runs the full sizes (10^6 queue items, 200 processes, 200 forks). Every check is
//! a count or a sum; a run that does not finish within its deadline fails (it hung).

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const POLICIES: &[&str] = &["handoff", "legacy", "cpython", "off"];

fn full() -> bool {
    std::env::var("GILPY_LOAD_FULL").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The size to use: `short` in CI, `long` with GILPY_LOAD_FULL.
fn size(short: usize, long: usize) -> usize {
    if full() { long } else { short }
}

/// A script in a folder of its own, removed when the test ends.
struct TempScript {
    dir: PathBuf,
    path: PathBuf,
}

impl Drop for TempScript {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn temp_script(name: &str, source: &str) -> TempScript {
    let dir = std::env::temp_dir().join(format!("gilpy-load-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("load_{name}.py")); // not NAME.py: queue.py would shadow the queue module, as in CPython
    std::fs::write(&path, source).unwrap();
    TempScript { dir, path }
}

/// Runs the script under `policy` with `args`; its stdout, or a panic naming what went wrong
/// (a non-zero exit, or no end within `deadline`: a hang).
fn run(script: &TempScript, policy: &str, args: &[String], deadline: Duration) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["--gil", policy])
        .arg(&script.path)
        .args(args)
        .current_dir(&script.dir)
        .env_remove("GILPY_GIL")
        .env_remove("GILPY_SWITCH_INTERVAL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out_pipe.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    match status {
        None => panic!("--gil {policy}: no end within {deadline:?} (a hang); stdout: {out}\nstderr: {err}"),
        Some(s) if !s.success() => panic!("--gil {policy}: {s}; stdout: {out}\nstderr: {err}"),
        Some(_) => out,
    }
}

const QUEUE: &str = r#"
import queue, sys, threading
P = C = 100
per = int(sys.argv[1]) // P
q = queue.Queue(maxsize=1000)
got = [[] for _ in range(C)]

def producer(k):
    for i in range(k * per, (k + 1) * per):
        q.put(i)

def consumer(k):
    out = got[k]
    while True:
        x = q.get()
        if x is None:
            break
        out.append(x)

producers = [threading.Thread(target=producer, args=(k,)) for k in range(P)]
consumers = [threading.Thread(target=consumer, args=(k,)) for k in range(C)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in range(C):
    q.put(None)
for t in consumers:
    t.join()
items = [x for g in got for x in g]
n = per * P
print(len(items), len(set(items)), sum(items) == n * (n - 1) // 2, q.qsize())
"#;

#[test]
fn queue_threads_lose_and_duplicate_nothing() {
    let n = size(20_000, 1_000_000);
    let script = temp_script("queue", QUEUE);
    for policy in POLICIES {
        let out = run(&script, policy, &[n.to_string()], Duration::from_secs(if full() { 1200 } else { 120 }));
        assert_eq!(out.trim(), format!("{n} {n} True 0"), "--gil {policy}");
    }
}

const PROCESSES: &str = r#"
import multiprocessing as mp, sys

def work(q, i):
    q.put(i * i)

if __name__ == "__main__":
    n = int(sys.argv[1])
    q = mp.Queue()
    ps = [mp.Process(target=work, args=(q, i)) for i in range(n)]
    for p in ps:
        p.start()
    values = sorted(q.get(timeout=60) for _ in range(n))
    for p in ps:
        p.join(60)
    codes = [p.exitcode for p in ps]
    print(codes.count(0), values == [i * i for i in range(n)])
"#;

#[test]
fn processes_all_start_and_join() {
    let n = size(50, 200);
    let script = temp_script("processes", PROCESSES);
    for policy in POLICIES {
        let out = run(&script, policy, &[n.to_string()], Duration::from_secs(300));
        assert_eq!(out.trim(), format!("{n} True"), "--gil {policy}");
    }
}

/// A worker that kills itself (SIGKILL) on one item. gilpy's Pool notices the dead worker:
/// the map's result raises multiprocessing.ProcessError naming the exit code (CPython 3.11's Pool
/// replaces the worker and the map never returns; its ProcessPoolExecutor raises
/// BrokenProcessPool), and the pool goes on serving later work with a replacement worker.
const POOL_KILL: &str = r#"
import multiprocessing as mp, os, sys

def square(x):
    if x == 7:
        os.kill(os.getpid(), 9)
    return x * x

if __name__ == "__main__":
    n = int(sys.argv[1])
    with mp.Pool(4) as pool:
        try:
            pool.map(square, range(n), chunksize=1)
            print("no error")
        except mp.ProcessError as e:
            print("ProcessError", "exit code -9" in str(e))
        later = pool.map(abs, range(-n, 0))
        print(sum(later) == n * (n + 1) // 2)
"#;

#[test]
fn pool_worker_killed_mid_map() {
    let n = size(40, 400);
    let script = temp_script("pool_kill", POOL_KILL);
    for policy in POLICIES {
        let out = run(&script, policy, &[n.to_string()], Duration::from_secs(120));
        assert_eq!(out.trim(), "ProcessError True\nTrue", "--gil {policy}");
    }
}

/// fork() (through multiprocessing's fork start method) while 8 threads append to, pop from and
/// update a shared list and dict: every child must use them and exit 0 (a child that inherited
/// one of their locks held would hang), none may hang.
const FORK_CHURN: &str = r#"
import multiprocessing as mp, sys, threading
L = []
D = {}
stop = threading.Event()

def churn(k):
    i = 0
    while not stop.is_set():
        L.append(i)
        D[(k, i % 512)] = i
        if len(L) > 2000:
            try:
                L.pop(0)
            except IndexError:
                pass
        D.pop((k, (i + 256) % 512), None)
        i += 1

def child():
    L.append(-1)
    D["child"] = len(L)
    total = sum(1 for _ in list(D.items())) + len(L[:100])
    sys.exit(0 if total > 0 else 3)

if __name__ == "__main__":
    mp.set_start_method("fork")
    n = int(sys.argv[1])
    threads = [threading.Thread(target=churn, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    ok = hung = failed = 0
    for _ in range(n):
        p = mp.Process(target=child)
        p.start()
        p.join(20)
        if p.is_alive():
            hung += 1
            p.kill()
            p.join()
        elif p.exitcode == 0:
            ok += 1
        else:
            failed += 1
    stop.set()
    for t in threads:
        t.join()
    print(ok, hung, failed)
"#;

#[test]
fn fork_while_threads_churn_lists_and_dicts() {
    let n = size(30, 200);
    let script = temp_script("fork_churn", FORK_CHURN);
    for policy in POLICIES {
        let out = run(&script, policy, &[n.to_string()], Duration::from_secs(if full() { 1200 } else { 240 }));
        assert_eq!(out.trim(), format!("{n} 0 0"), "--gil {policy}");
    }
}
