//! Data and source nested deeply enough to overflow a Rust stack end as CPython ends them: an
//! exception (RecursionError, MemoryError, SyntaxError) and a normal exit status, never a signal
//! (SIGSEGV / SIGABRT "stack overflow"). Each case runs the real binary in a child process and
//! checks its exit status and the last line of its stderr.

use std::os::unix::process::ExitStatusExt;
use std::process::Command;

fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Runs `source` as a script; returns (exit code, stdout, last non-blank line of stderr).
fn run(name: &str, source: &str) -> (i32, String, String) {
    let path = temp(name);
    std::fs::write(&path, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).arg(&path).env_remove("GILPY_GIL").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.signal().is_none(), "{name}: killed by signal {:?}\n{stderr}", out.status.signal());
    assert!(!stderr.contains("overflowed its stack") && !stderr.contains("panicked at"), "{name}: {stderr}");
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).to_string(), last)
}

#[test]
fn source_nested_a_million_deep_is_an_error_not_a_crash() {
    let n = 1_000_000;
    let cases = [
        ("parens.py", format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)), "SyntaxError: too many nested parentheses"),
        ("brackets.py", format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)), "SyntaxError: too many nested parentheses"),
        ("plus.py", format!("x = {}\n", vec!["1"; n].join("+")), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("minus.py", format!("x = {}1\n", "-".repeat(n)), "MemoryError"),
        ("lambdas.py", format!("x = {}1\n", "lambda: ".repeat(n / 10)), "MemoryError"),
    ];
    for (name, src, want) in cases {
        let (code, _, last) = run(name, &src);
        assert_eq!((code, last.as_str()), (1, want), "{name}");
    }
}

#[test]
fn ten_thousand_nested_lambdas_compile_in_little_memory() {
    // Each lambda's qualified name holds its parents' (quadratic in the depth): the nesting
    // limit stops it long before that costs memory. The limit of the child's address space
    // makes a regression fail instead of swapping.
    let path = temp("lambdas_mem.py");
    std::fs::write(&path, format!("x = {}1\n", "lambda: ".repeat(10_000))).unwrap();
    let out = Command::new("sh").arg("-c").arg(format!("ulimit -v 1000000; exec '{}' '{}'", env!("CARGO_BIN_EXE_gilpy"), path.display())).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.trim_end().lines().last(), Some("MemoryError"));
}

#[test]
fn deep_data_in_a_thread_raises_or_frees_without_crashing() {
    let src = r#"import threading
def nest(n, make):
    x = make()
    for _ in range(n):
        x = make(x)
    return x
def lst(*a):
    return list(a)
def tup(*a):
    return a
def dct(*a):
    return {'k': a[0]} if a else {}
out = []
def work():
    a = nest(100000, lst)
    b = nest(100000, lst)
    for f in (lambda: a == b, lambda: a < b, lambda: repr(a)):
        try:
            f()
            out.append('no error')
        except RecursionError as e:
            out.append(str(e))
    for make in (lst, tup, dct):
        x = nest(1000000, make)
        del x
    out.append('freed')
t = threading.Thread(target=work)
t.start()
t.join()
print('\n'.join(out))
"#;
    let (code, stdout, last) = run("thread_data.py", src);
    assert_eq!(code, 0, "{last}");
    assert_eq!(
        stdout,
        "maximum recursion depth exceeded in comparison\nmaximum recursion depth exceeded in comparison\n\
         maximum recursion depth exceeded while getting the repr of an object\nfreed\n"
    );
}

#[test]
fn comparing_self_referencing_containers_uncaught_is_a_recursion_error() {
    for (name, src) in
        [("self_lists.py", "a = []\na.append(a)\nb = []\nb.append(b)\na == b\n"), ("self_dicts.py", "a = {}\na[1] = a\nb = {}\nb[1] = b\na == b\n")]
    {
        let (code, _, last) = run(name, src);
        assert_eq!((code, last.as_str()), (1, "RecursionError: maximum recursion depth exceeded in comparison"), "{name}");
    }
}

#[test]
fn self_referencing_containers_print() {
    let (code, stdout, _) = run("self_print.py", "d = {}\nd['d'] = d\nl = [d]\nl.append(l)\nprint(d, l)\n");
    assert_eq!(code, 0);
    assert_eq!(stdout, "{'d': {...}} [{'d': {...}}, [...]]\n");
}
