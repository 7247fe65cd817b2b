//! The runtime fuzzer: tests/fuzz/runtime_calls.py calls every builtin function, every method of
//! the built-in types, and every function and native class method of each module gilpy can
//! import (the targets themselves found by introspection: the driver's `list`) with edge
//! arguments; mutations of the fixtures run as whole programs. Each
//! runs in a child process with a memory limit (`ulimit -v`) and a time limit. A run fails on any
//! Rust panic report, any death by a signal (an abort on allocation failure, a stack overflow) and
//! any hang that python3 does not share (a call that also hangs python3, or takes it seconds, is
//! skipped, and the run goes on with the next call).
//!
//! `cargo test --release --test fuzz` makes a short run. A long run: `GILPY_FUZZ_MINUTES=30 cargo
//! test --release --test fuzz -- --nocapture` goes on with new seeds until the time is up and
//! prints how many calls and programs it ran. `GILPY_FUZZ_SEED=N` starts from another seed (default 1).
//! `GILPY_FUZZ_BIN=/path/to/gilpy` fuzzes that binary instead of the one cargo built (a copy, so a
//! long run goes on while the tree is rebuilt).

use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Virtual memory each child may use, in KiB (threads reserve stacks, so not too tight).
const MEMORY_LIMIT_KIB: u64 = 3 * 1024 * 1024;
/// How long one child may run before it counts as hanging.
const TIME_LIMIT: Duration = Duration::from_secs(20);
/// A call python3 itself needs this long for is heavy by nature: gilpy exceeding the limit on it
/// is not counted as a hang.
const HEAVY_FOR_PYTHON: Duration = Duration::from_millis(2500);

/// Targets every build must have (the driver's `list` finds the rest by introspection): a run
/// that stops reaching one of these has lost its introspection, not gained a quick pass.
const REQUIRED_TARGETS: &[&str] = &["builtins", "type:str", "type:bytearray", "type:memoryview", "module:itertools", "module:_io", "module:math"];

/// Calls per target in one round: the built-in namespace and types get more than a module.
fn calls_for(target: &str) -> usize {
    if target.starts_with("module:") { 100 } else { 400 }
}

/// What the driver, run under gilpy, finds to call: the builtins, every built-in type and every
/// module it can import (tests/fuzz/runtime_calls.py `list_targets`).
fn discover_targets(gilpy: &str) -> Vec<String> {
    let out = Command::new(gilpy).arg(driver()).env("FUZZ_TARGET", "list").stdin(Stdio::null()).output().expect("gilpy runs");
    assert!(out.status.success(), "listing the fuzz targets failed: {}", String::from_utf8_lossy(&out.stderr));
    let targets: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect();
    for t in REQUIRED_TARGETS {
        assert!(targets.iter().any(|x| x == t), "the driver no longer finds {t}");
    }
    targets
}

#[derive(Debug)]
enum Outcome {
    Finished { stdout: String },
    Failed { why: String, stdout: String, stderr: String },
    TimedOut { stdout: String },
}

fn driver() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/runtime_calls.py")
}

/// The python3 to compare hangs with, if there is one.
fn python3() -> Option<String> {
    let out = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Runs `program script` with the environment given, under the memory and time limits, in a
/// fresh working directory (calls may create files).
fn run_limited(program: &str, script: &Path, env: &[(&str, String)], limit: Duration) -> Outcome {
    let work = std::env::temp_dir().join(format!("gilpy-fuzz-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&work).unwrap();
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(format!("ulimit -v {MEMORY_LIMIT_KIB}; exec \"$0\" \"$1\"")).arg(program).arg(script);
    // Its own process group: whatever it starts (a multiprocessing child left waiting, a
    // subprocess) is killed with it, and cannot keep the output pipes open after it is gone.
    cmd.current_dir(&work).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).env("GILPY_RUST_PANICS", "1").process_group(0);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("sh runs");
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out_pipe.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err_pipe.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = Instant::now();
    let group = Pid::from_raw(child.id() as i32);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > limit {
            let _ = killpg(group, Signal::SIGKILL);
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // Processes the program left behind (still holding the pipes) go too.
    let _ = killpg(group, Signal::SIGKILL);
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    let _ = std::fs::remove_dir_all(&work);
    let Some(status) = status else { return Outcome::TimedOut { stdout } };
    if stderr.contains("panicked at") {
        return Outcome::Failed { why: "a Rust panic".into(), stdout, stderr };
    }
    if let Some(sig) = status.signal() {
        return Outcome::Failed { why: format!("killed by signal {sig}"), stdout, stderr };
    }
    Outcome::Finished { stdout }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The number and callable of the last call the driver announced.
fn last_call(stdout: &str) -> Option<(usize, String)> {
    let rest = stdout.lines().rev().find_map(|l| l.strip_prefix("call "))?;
    let (n, label) = rest.split_once(' ')?;
    Some((n.parse().ok()?, label.to_string()))
}

fn last_line(stdout: &str) -> &str {
    stdout.lines().last().unwrap_or("")
}

/// Fuzzes one target with one seed. Returns the calls made, or the failures found.
fn fuzz_target(gilpy: &str, python: Option<&str>, target: &str, seed: u64, calls: usize) -> Result<usize, String> {
    let mut start = 0;
    let mut made = 0;
    loop {
        let env = [("FUZZ_TARGET", target.to_string()), ("FUZZ_SEED", seed.to_string()), ("FUZZ_CALLS", calls.to_string()), ("FUZZ_START", start.to_string())];
        match run_limited(gilpy, &driver(), &env, TIME_LIMIT) {
            Outcome::Finished { stdout } => {
                if !last_line(&stdout).starts_with("done ") {
                    return Err(format!("{target} seed {seed}: the driver did not finish (last line {:?})", last_line(&stdout)));
                }
                return Ok(made + calls - start);
            }
            Outcome::Failed { why, stdout, stderr } => {
                let tail: Vec<&str> = stderr.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
                return Err(format!("{target} seed {seed}: {why} at {:?}\n  stderr: {}", last_line(&stdout), tail.join("\n  ")));
            }
            Outcome::TimedOut { stdout } => {
                let Some((hung, label)) = last_call(&stdout) else {
                    return Err(format!("{target} seed {seed}: hung before the first call"));
                };
                // Does python3 hang on the same call, or need seconds for it too (a string of
                // 2 GiB is slow to make everywhere, and more so on a loaded machine)? Then it is
                // not a gilpy bug: go on after it.
                let shared = python.is_some_and(|py| {
                    let env = [
                        ("FUZZ_TARGET", target.to_string()),
                        ("FUZZ_SEED", seed.to_string()),
                        ("FUZZ_CALLS", calls.to_string()),
                        ("FUZZ_ONLY", hung.to_string()),
                        ("FUZZ_LABEL", label.clone()),
                    ];
                    let started = Instant::now();
                    let outcome = run_limited(py, &driver(), &env, TIME_LIMIT);
                    matches!(outcome, Outcome::TimedOut { .. }) || started.elapsed() > HEAVY_FOR_PYTHON
                });
                if !shared {
                    return Err(format!("{target} seed {seed}: gilpy hangs at {:?} where python3 does not", last_line(&stdout)));
                }
                made += hung - start;
                start = hung + 1;
            }
        }
    }
}

/// The interpreter under test: `GILPY_FUZZ_BIN` if set, else the one cargo built.
fn gilpy_bin() -> String {
    std::env::var("GILPY_FUZZ_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_gilpy").to_string())
}

fn long_run_minutes() -> Option<u64> {
    std::env::var("GILPY_FUZZ_MINUTES").ok().and_then(|m| m.parse().ok())
}

/// The first seed (`GILPY_FUZZ_SEED`, default 1): another seed makes other calls and mutants.
fn first_seed() -> u64 {
    std::env::var("GILPY_FUZZ_SEED").ok().and_then(|m| m.parse().ok()).unwrap_or(1)
}

#[test]
fn runtime_calls_never_panic_abort_or_hang() {
    let gilpy = &gilpy_bin();
    let python = python3();
    let deadline = long_run_minutes().map(|m| Instant::now() + Duration::from_secs(m * 60));
    let mut failures = Vec::new();
    let mut total = 0;
    let first = first_seed();
    let mut seed = first;
    let targets = discover_targets(gilpy);
    loop {
        for target in &targets {
            match fuzz_target(gilpy, python.as_deref(), target, seed, calls_for(target)) {
                Ok(n) => total += n,
                Err(e) => failures.push(e),
            }
        }
        seed += 1;
        if deadline.is_none_or(|d| Instant::now() > d) {
            break;
        }
    }
    println!("runtime fuzzer: {total} calls over {} targets, seeds {first}..{seed}", targets.len());
    assert!(failures.is_empty(), "{} fuzz failure(s):\n{}", failures.len(), failures.join("\n"));
}

/// A small deterministic generator for the mutations.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Fixtures that make good seeds for whole-program mutation: single-process, quick scripts.
/// Fixtures left out of the mutation seeds (see `mutation_seeds`).
const SLOW_SEEDS: &[&str] = &["errors/memory_limit.py"];

fn mutation_seeds() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let mut out = Vec::new();
    for area in ["core", "errors", "stdlib"] {
        let Ok(entries) = std::fs::read_dir(root.join(area)) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            // Fixtures that are not UTF-8 (the source-decoding ones) are no seeds for text edits;
            // nor are those that exhaust memory on purpose (seconds of allocation under
            // python3 too: on a loaded machine their mutants only measure the load).
            let slow_by_design = SLOW_SEEDS.iter().any(|s| p.ends_with(s));
            if p.extension().is_some_and(|x| x == "py") && !name.starts_with("helper_") && !slow_by_design && std::fs::read_to_string(&p).is_ok() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

const EDGE_LITERALS: &[&str] = &["0", "-1", "2**63", "-2**63", "10**100", "2**64 - 1", "1e308", "float('nan')", "''", "None", "[]", "()"];
const NOISE: &[&str] = &["(", ")", "[", "]", ":", "*", "**", ",", "lambda", "not", "-", "~", "[0]", ".x", "()", "* 2**40", "<< 10**6"];

/// One to three random edits of a program: delete, duplicate or swap lines, replace a number,
/// swap a name for another of the file's, insert a token.
fn mutate(src: &str, rng: &mut Lcg) -> String {
    let mut lines: Vec<String> = src.lines().map(String::from).collect();
    if lines.is_empty() {
        return String::new();
    }
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 => {
                lines.remove(i);
                if lines.is_empty() {
                    break;
                }
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            2 if i + 1 < lines.len() => lines.swap(i, i + 1),
            3 => {
                let l = &lines[i];
                if let Some(pos) = l.find(|c: char| c.is_ascii_digit()) {
                    let end = l[pos..].find(|c: char| !c.is_ascii_digit()).map_or(l.len(), |e| pos + e);
                    lines[i] = format!("{}{}{}", &l[..pos], EDGE_LITERALS[rng.below(EDGE_LITERALS.len())], &l[end..]);
                }
            }
            4 => {
                let words: Vec<&str> =
                    src.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| w.len() > 2 && !w.starts_with(|c: char| c.is_ascii_digit())).collect();
                if !words.is_empty() {
                    let from = words[rng.below(words.len())];
                    let to = words[rng.below(words.len())];
                    lines[i] = lines[i].replacen(from, to, 1);
                }
            }
            _ => {
                let l = &lines[i];
                let at = l.char_indices().map(|(k, _)| k).nth(rng.below(l.chars().count() + 1)).unwrap_or(l.len());
                lines[i] = format!("{}{}{}", &l[..at], NOISE[rng.below(NOISE.len())], &l[at..]);
            }
        }
    }
    lines.join("\n") + "\n"
}

/// Runs one mutated program in a fresh folder holding the fixture's helper files.
fn run_mutant(program: &str, fixture: &Path, text: &str, limit: Duration) -> Outcome {
    let dir = std::env::temp_dir().join(format!("gilpy-mutant-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&dir).unwrap();
    if let Ok(entries) = std::fs::read_dir(fixture.parent().unwrap()) {
        for e in entries.flatten() {
            let p = e.path();
            if p.file_name().unwrap().to_string_lossy().starts_with("helper_") && p.is_file() {
                let _ = std::fs::copy(&p, dir.join(p.file_name().unwrap()));
            }
        }
    }
    let script = dir.join("mutant.py");
    std::fs::write(&script, text).unwrap();
    let outcome = run_limited(program, &script, &[], limit);
    let _ = std::fs::remove_dir_all(&dir);
    outcome
}

#[test]
fn mutated_programs_never_panic_abort_or_hang() {
    let gilpy = &gilpy_bin();
    let python = python3();
    let seeds = mutation_seeds();
    assert!(!seeds.is_empty());
    let deadline = long_run_minutes().map(|m| Instant::now() + Duration::from_secs(m * 60));
    let limit = Duration::from_secs(10);
    let mut rng = Lcg(2023 + first_seed());
    let mut failures = Vec::new();
    let mut ran = 0;
    loop {
        for _ in 0..60 {
            let fixture = &seeds[rng.below(seeds.len())];
            let text = mutate(&std::fs::read_to_string(fixture).unwrap(), &mut rng);
            ran += 1;
            match run_mutant(gilpy, fixture, &text, limit) {
                Outcome::Finished { .. } => {}
                // A program that sends itself a signal with no handler for it (a mutant that
                // moved `os.kill` before `signal.signal`) dies of it under python3 too.
                Outcome::Failed { why, .. }
                    if why.starts_with("killed by signal")
                        && python
                            .as_deref()
                            .is_some_and(|py| matches!(run_mutant(py, fixture, &text, limit), Outcome::Failed { why: same, .. } if same == why)) => {}
                Outcome::Failed { why, stderr, .. } => {
                    let tail: Vec<&str> = stderr.lines().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
                    failures.push(format!("{why} in a mutant of {}:\n{text}\n  stderr: {}", fixture.display(), tail.join("\n  ")));
                }
                // Slow is not hung: a mutant that repeats a heavy fixture's work (every time zone
                // twice, 100-million-character paddings) can pass the limit on a loaded machine;
                // given six times as long it finishes cleanly. Only a run that still does not is a hang.
                Outcome::TimedOut { .. } if matches!(run_mutant(gilpy, fixture, &text, limit * 6), Outcome::Finished { .. }) => {}
                Outcome::TimedOut { .. } => {
                    // A mutant may race (a socket closed while another thread accepts on it) and
                    // hang only now and then, under python3 too; one that keeps python3 busy for
                    // half the limit is too slow to tell on a loaded machine. Either is shared.
                    let shared = python.as_deref().is_some_and(|py| {
                        (0..3).any(|_| {
                            let started = Instant::now();
                            let outcome = run_mutant(py, fixture, &text, limit);
                            matches!(outcome, Outcome::TimedOut { .. }) || started.elapsed() > limit / 2
                        })
                    });
                    if !shared {
                        failures.push(format!("a mutant of {} hangs under gilpy, not python3:\n{text}", fixture.display()));
                    }
                }
            }
        }
        if deadline.is_none_or(|d| Instant::now() > d) {
            break;
        }
    }
    println!("mutation fuzzer: {ran} programs from {} fixtures", seeds.len());
    assert!(failures.is_empty(), "{} mutant failure(s):\n{}", failures.len(), failures.join("\n\n"));
}

/// Running out of memory one small allocation at a time (items of a list that grows without end)
/// is MemoryError under the fuzzer's memory limit, and the program goes on (the allocator's
/// reserve, src/unsafe_os.rs); before it, whichever allocation failed first aborted the process.
#[test]
fn exhausting_memory_is_memory_error() {
    let gilpy = env!("CARGO_BIN_EXE_gilpy");
    let script = std::env::temp_dir().join(format!("gilpy-oom-{}.py", std::process::id()));
    // The script limits itself to 256 MiB more than it has mapped at the start (the fuzzer's
    // 3 GiB took minutes to fill on a loaded machine).
    let text = "import collections, itertools, resource\n\
        with open('/proc/self/status') as status:\n\
        \x20   mapped = [int(l.split()[1]) * 1024 for l in status if l.startswith('VmSize:')][0]\n\
        resource.setrlimit(resource.RLIMIT_AS, (mapped + (256 << 20), resource.getrlimit(resource.RLIMIT_AS)[1]))\n\
        cases = [lambda: collections.namedtuple('a', range(0, 2**70, 3)), lambda: list(map(str, itertools.count())),\n\
        \x20        lambda: [str(i) for i in itertools.count()], lambda: {i: str(i) for i in itertools.count()}]\n\
        for f in cases:\n\
        \x20   try:\n\
        \x20       f()\n\
        \x20   except MemoryError:\n\
        \x20       print('MemoryError')\n\
        print('alive', len([1] * 1000))\n";
    std::fs::write(&script, text).unwrap();
    let outcome = run_limited(gilpy, &script, &[], Duration::from_secs(240));
    let _ = std::fs::remove_file(&script);
    match outcome {
        Outcome::Finished { stdout } => assert_eq!(stdout, "MemoryError\n".repeat(4) + "alive 1000\n"),
        other => panic!("memory exhaustion: {other:?}"),
    }
}
