//! The command line as a user meets it: GIL statistics and traces, Ctrl-C, usage errors.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn gilpy() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    c.env_remove("GILPY_GIL").env_remove("GILPY_SWITCH_INTERVAL");
    c
}

fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Two CPU-bound threads that must each be switched out by force at least once: each spins (running
/// bytecode, so holding the GIL) until both have arrived, and again until both have finished, so each
/// needs the other to run while it still wants the lock, however the OS schedules them.
const TWO_THREADS: &str = "import threading\n\
arrived = [0]\n\
finished = [0]\n\
lock = threading.Lock()\n\
def meet(count):\n    with lock:\n        count[0] += 1\n    while count[0] < 2:\n        pass\n\
def spin():\n    meet(arrived)\n    for _ in range(700000):\n        pass\n    meet(finished)\n\
ts = [threading.Thread(target=spin) for _ in range(2)]\n\
for t in ts: t.start()\n\
for t in ts: t.join()\n\
print('done')\n";

#[test]
fn gil_stats_prints_a_table_per_thread() {
    let out = gilpy().args(["--gil-stats", "--switch-interval", "100", "-c", TWO_THREADS]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("GIL statistics (policy handoff, interval 100 instructions"), "{err}");
    for name in ["MainThread", "Thread-1 (spin)", "Thread-2 (spin)"] {
        let row = err.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no row for {name}: {err}"));
        let cols: Vec<&str> = row[20..].split_whitespace().collect();
        let instructions: u64 = cols[0].parse().unwrap();
        assert!(instructions > 0, "{row}");
    }
    // Each thread must have been switched out by force (how often depends on the OS: a thread it
    // preempts between giving the GIL away and queueing for it again leaves the other running alone).
    for row in err.lines().filter(|l| l.starts_with("Thread-")) {
        let forced: u64 = row[20..].split_whitespace().nth(2).unwrap().parse().unwrap();
        assert!(forced >= 1, "{err}");
    }
}

#[test]
fn gil_trace_writes_chrome_trace_json() {
    let path = temp("trace.json");
    let out = gilpy().args(["--gil-trace", path.to_str().unwrap(), "--switch-interval", "1000", "-c", TWO_THREADS]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let events = doc["traceEvents"].as_array().unwrap();
    let names: Vec<&str> = events.iter().filter(|e| e["name"] == "thread_name").map(|e| e["args"]["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"MainThread") && names.contains(&"Thread-1 (spin)") && names.contains(&"Thread-2 (spin)"), "{names:?}");
    let slices: Vec<&serde_json::Value> = events.iter().filter(|e| e["ph"] == "X").collect();
    for state in ["running", "waiting", "blocked"] {
        assert!(slices.iter().any(|e| e["name"] == state), "no {state} slice");
    }
    assert!(slices.iter().all(|e| e["dur"].as_f64().unwrap() >= 0.0 && e["ts"].as_f64().unwrap() >= 0.0));
}

#[test]
fn ctrl_c_interrupts_a_blocked_main_thread() {
    let script = temp("blocked.py");
    std::fs::write(
        &script,
        "import queue, threading\nq = queue.Queue()\nthreading.Thread(target=threading.Event().wait, daemon=True).start()\nprint('ready', flush=True)\nq.get()\n",
    )
    .unwrap();
    let mut child = gilpy().arg(&script).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    let start = Instant::now();
    loop {
        Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
        if let Some(status) = child.try_wait().unwrap() {
            // As CPython: the program dies by SIGINT itself (a shell shows 130).
            assert_eq!(std::os::unix::process::ExitStatusExt::signal(&status), Some(2), "{status:?}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "Ctrl-C did not stop the program");
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let out = gilpy().args(["--gil", "nonsense", "-c", "pass"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown GIL policy 'nonsense'"));
    let out = gilpy().args(["--switch-interval", "0", "-c", "pass"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = gilpy().arg("/nonexistent/x.py").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // As python3: the message starts with the name the program was run by.
    let bin = env!("CARGO_BIN_EXE_gilpy");
    assert_eq!(String::from_utf8_lossy(&out.stderr), format!("{bin}: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n"));
}

#[test]
fn policy_and_interval_come_from_the_environment() {
    let out = gilpy()
        .env("GILPY_GIL", "legacy")
        .env("GILPY_SWITCH_INTERVAL", "2ms")
        .args(["-c", "import gil, sys\nprint(gil.policy(), sys.getswitchinterval())"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "legacy 0.002\n");
}

#[test]
fn a_program_piped_on_stdin_runs_as_a_script() {
    use std::io::Write;
    let mut child = gilpy().stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"x = 6\nprint(x * 7)\nraise SystemExit(4)\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn gil_stats_json_has_the_tables_numbers() {
    let path = temp("stats.json");
    let out = gilpy().args(["--gil-stats-json", path.to_str().unwrap(), "--switch-interval", "100", "-c", TWO_THREADS]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(doc["policy"], "handoff");
    assert_eq!(doc["interval"], 100);
    let threads = doc["threads"].as_array().unwrap();
    assert_eq!(threads.len(), 3);
    let acquired: u64 = threads.iter().map(|t| t["acquisitions"].as_u64().unwrap()).sum();
    assert!(doc["switches"].as_u64().unwrap() >= 2 && acquired >= doc["switches"].as_u64().unwrap(), "{doc}");
    assert!(threads.iter().skip(1).all(|t| t["forced_releases"].as_u64().unwrap() >= 1), "{doc}");
}

/// Writes to a full disk: at the print with `-u`/PYTHONUNBUFFERED (exit 1, a traceback), at the final
/// flush without (CPython's "Exception ignored" and exit 120).
#[test]
fn a_failed_stdout_write_is_an_oserror_as_in_cpython() {
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let run = |unbuffered: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_gilpy"));
        c.args(["-c", "print('x')"]).env_remove("PYTHONUNBUFFERED").stdout(full());
        if unbuffered {
            c.env("PYTHONUNBUFFERED", "1");
        }
        c.output().unwrap()
    };
    let out = run(true);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.ends_with("OSError: [Errno 28] No space left on device\n") && err.contains("line 1, in <module>"), "{err}");
    let out = run(false);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(120), "{err}");
    assert_eq!(err, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n");
}

/// `gilpy -c 'while True: print(1)' | head -1`: the write after the reader has gone raises
/// BrokenPipeError and the program ends (it printed for ever before).
#[test]
fn printing_into_a_closed_pipe_ends_the_program() {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["-c", "while True: print(1)"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first, "1\n");
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("still printing into a closed pipe after 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"), "{err}");
}

/// Runs gilpy with `args`; (stdout, stderr, exit code).
fn run(args: &[&str]) -> (String, String, i32) {
    let out = gilpy().args(args).env_remove("PYTHONWARNINGS").env_remove("PYTHONOPTIMIZE").output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn everything_after_the_program_belongs_to_it() {
    assert_eq!(run(&["-c", "-1"]), (String::new(), String::new(), 0));
    let (out, _, code) = run(&["-c", "import sys; print(sys.argv, sys.flags.verbose)", "-v", "--gil", "x"]);
    assert_eq!((out.as_str(), code), ("['-c', '-v', '--gil', 'x'] 0\n", 0));
    let (out, _, _) = run(&["-uc", "import sys; print(sys.argv[1:], sys.orig_argv[1:])", "-O"]);
    assert_eq!(out, "['-O'] ['-uc', 'import sys; print(sys.argv[1:], sys.orig_argv[1:])', '-O']\n");
    let script = temp("args.py");
    std::fs::write(&script, "import sys\nprint(sys.argv[1:])\n").unwrap();
    let (out, _, _) = run(&["-B", script.to_str().unwrap(), "-c", "x", "-m"]);
    assert_eq!(out, "['-c', 'x', '-m']\n");
}

#[test]
fn usage_errors_are_python3s() {
    let bin = env!("CARGO_BIN_EXE_gilpy");
    let usage = format!("usage: {bin} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n");
    for (args, first) in [
        (vec!["-Z"], "Unknown option: -Z"),
        (vec!["-c"], "Argument expected for the -c option"),
        (vec!["-m"], "Argument expected for the -m option"),
        (vec!["-W"], "Argument expected for the -W option"),
        (vec!["--nonsense"], "unknown option --nonsense"),
    ] {
        let (out, err, code) = run(&args);
        assert_eq!((out.as_str(), err, code), ("", format!("{first}\n{usage}"), 2), "{args:?}");
    }
    let (out, _, code) = run(&["-V"]);
    assert_eq!((out.as_str(), code), ("Python 3.11.7\n", 0));
    let (out, _, code) = run(&["--version"]);
    assert_eq!((out.as_str(), code), ("Python 3.11.7\n", 0));
    let (out, _, code) = run(&["-h"]);
    assert!(out.starts_with(&format!("usage: {bin} [option]")) && out.contains("-W arg : warning control") && out.contains("--gil POLICY"), "{out}");
    assert_eq!(code, 0);
}

#[test]
fn optimize_drops_asserts_and_docstrings() {
    let code = "def f():\n    'doc'\nassert False, 'kept'\nprint(__debug__, f.__doc__)\n";
    let (_, err, status) = run(&["-c", code]);
    assert!(err.ends_with("AssertionError: kept\n") && status == 1, "{err}");
    assert_eq!(run(&["-O", "-c", code]).0, "False doc\n");
    assert_eq!(run(&["-OO", "-c", code]).0, "False None\n");
    let out = gilpy().env("PYTHONOPTIMIZE", "1").args(["-c", "import sys; print(__debug__, sys.flags.optimize)"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "False 1\n");
    // -E: the PYTHON* variables are ignored.
    let out = gilpy().env("PYTHONOPTIMIZE", "1").args(["-E", "-c", "import sys; print(__debug__, sys.flags.ignore_environment)"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True 1\n");
}

#[test]
fn warning_options_become_filters() {
    let warn = "import warnings\nwarnings.warn('careful')\nwarnings.warn('old', DeprecationWarning)\nprint('end')\n";
    let (out, err, code) = run(&["-W", "error", "-c", warn]);
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(err.ends_with("UserWarning: careful\n"), "{err}");
    let (out, err, _) = run(&["-Wignore", "-c", warn]);
    assert_eq!((out.as_str(), err.as_str()), ("end\n", ""));
    let (out, err, code) = run(&["-W", "error::DeprecationWarning", "-c", warn]);
    assert!(out.is_empty() && code == 1 && err.contains("<string>:2: UserWarning: careful") && err.ends_with("DeprecationWarning: old\n"), "{err}");
    let (_, err, _) = run(&["-W", "ignore:care", "-c", warn]);
    assert!(!err.contains("careful"), "{err}");
    let (_, err, _) = run(&["-Wbogus", "-c", "pass"]);
    assert_eq!(err, "Invalid -W option ignored: invalid action: 'bogus'\n");
    let out = gilpy().env("PYTHONWARNINGS", "error").args(["-c", "import sys, warnings\nprint(sys.warnoptions)\nwarnings.warn('x')"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['error']\n");
    assert_eq!(out.status.code(), Some(1));
    let out = gilpy().env("PYTHONWARNINGS", "error").args(["-E", "-c", "import warnings\nwarnings.warn('x')\nprint('ran')"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ran\n");
}

#[test]
fn x_options_and_flags_are_recorded() {
    let (out, _, _) =
        run(&["-X", "dev", "-Xutf8", "-X", "importtime", "-X", "a=b", "-c", "import sys; print(sys._xoptions, sys.flags.dev_mode, sys.flags.utf8_mode)"]);
    assert_eq!(out, "{'dev': True, 'utf8': True, 'importtime': True, 'a': 'b'} True 1\n");
    let (out, _, _) = run(&[
        "-I",
        "-q",
        "-s",
        "-S",
        "-b",
        "-d",
        "-R",
        "-c",
        "import sys; f = sys.flags; print(f.isolated, f.no_user_site, f.no_site, f.quiet, f.bytes_warning, f.safe_path)",
    ]);
    assert_eq!(out, "1 1 1 1 1 True\n");
}

#[test]
fn m_runs_a_module_or_a_package_main() {
    let dir = temp("mdir");
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "print('init')\n").unwrap();
    std::fs::write(dir.join("pkg/__main__.py"), "import sys\nprint(__name__, sys.argv[0].endswith('pkg/__main__.py'), sys.argv[1:])\n").unwrap();
    std::fs::write(dir.join("plain.py"), "import sys\nprint(__name__, sys.argv[0] == __file__, sys.argv[1:])\n").unwrap();
    let m = |args: &[&str]| {
        let out = gilpy().current_dir(&dir).args(args).output().unwrap();
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap())
    };
    assert_eq!(m(&["-m", "pkg", "-v"]), ("init\n__main__ True ['-v']\n".into(), String::new(), 0));
    assert_eq!(m(&["-mplain", "a"]).0, "__main__ True ['a']\n");
    let bin = env!("CARGO_BIN_EXE_gilpy");
    assert_eq!(m(&["-m", "nosuch"]), (String::new(), format!("{bin}: No module named nosuch\n"), 1));
    assert_eq!(
        m(&["-m", "nosuch.sub"]).1,
        format!("{bin}: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n")
    );
    assert_eq!(m(&["-m", "sys"]).1, format!("{bin}: No code object available for sys\n"));
}

#[test]
fn m_and_imports_search_sys_path() {
    let dir = temp("mpath");
    let lib = temp("mpath_lib");
    std::fs::create_dir_all(dir.join("app/sub")).unwrap();
    std::fs::create_dir_all(lib.join("libpkg")).unwrap();
    std::fs::write(dir.join("app/__init__.py"), "").unwrap();
    std::fs::write(dir.join("app/helper.py"), "NAME = 'helper'\n").unwrap();
    std::fs::write(dir.join("app/sub/__init__.py"), "").unwrap();
    std::fs::write(
        dir.join("app/sub/tool.py"),
        "import sys\nfrom .. import helper\nfrom . import __name__ as pkgname\nprint(__name__, __package__, __spec__.name, helper.NAME, pkgname)\nprint(sys.argv[0].endswith('app/sub/tool.py'), sys.path[0] == __import__('os').getcwd())\n",
    )
    .unwrap();
    std::fs::write(lib.join("libpkg/__init__.py"), "WHERE = 'lib'\n").unwrap();
    std::fs::write(lib.join("libpkg/__main__.py"), "print('libpkg main', __package__)\n").unwrap();
    let m = |args: &[&str], pythonpath: Option<&std::path::Path>| {
        let mut cmd = gilpy();
        cmd.current_dir(&dir).args(args).env_remove("PYTHONPATH");
        if let Some(p) = pythonpath {
            cmd.env("PYTHONPATH", p);
        }
        let out = cmd.output().unwrap();
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap())
    };
    assert_eq!(m(&["-m", "app.sub.tool"], None), ("__main__ app.sub app.sub.tool helper app.sub\nTrue True\n".into(), String::new(), 0));
    assert_eq!(m(&["-m", "libpkg"], Some(&lib)).0, "libpkg main libpkg\n");
    let lib_text = lib.to_str().unwrap();
    let (out, _, _) = m(&["-c", "import sys, libpkg; print(repr(sys.path[0]), sys.path[1] == sys.argv[1], libpkg.WHERE)", lib_text], Some(&lib));
    assert_eq!(out, "'' True lib\n");
    // -E ignores PYTHONPATH; -P leaves out the script's folder.
    let (out, _, _) = m(&["-E", "-c", "import sys; print(sys.argv[1] in sys.path)", lib_text], Some(&lib));
    assert_eq!(out, "False\n");
    let (out, _, _) = m(&["-P", "-c", "import sys; print('' in sys.path)"], None);
    assert_eq!(out, "False\n");
    let bin = env!("CARGO_BIN_EXE_gilpy");
    assert_eq!(m(&["-m", "app"], None).1, format!("{bin}: No module named app.__main__; 'app' is a package and cannot be directly executed\n"));
    assert_eq!(m(&["-m", ".app"], None).1, format!("{bin}: Relative module names not supported\n"));
}

#[test]
fn source_files_are_decoded_as_pep_263_says() {
    let bad = temp("nonutf8.py");
    std::fs::write(&bad, b"print(1)\nx = 'caf\xe9'\n").unwrap();
    let (out, err, code) = run(&[bad.to_str().unwrap()]);
    let want = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        bad.display()
    );
    assert_eq!((out.as_str(), err, code), ("", want, 1));
    let latin = temp("latin.py");
    std::fs::write(&latin, b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\nprint(x, len(x))\n").unwrap();
    assert_eq!(run(&[latin.to_str().unwrap()]).0, "caf\u{e9} 4\n");
    let nul = temp("nul.py");
    std::fs::write(&nul, b"x = 1\x00\n").unwrap();
    let (_, err, code) = run(&[nul.to_str().unwrap()]);
    assert_eq!((err, code), (format!("  File \"{}\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n", nul.display()), 1));
    let cookie = temp("cookie.py");
    std::fs::write(&cookie, b"# coding: foobar\nprint(1)\n").unwrap();
    assert_eq!(run(&[cookie.to_str().unwrap()]).1, "SyntaxError: encoding problem: foobar\n");
    let skip = temp("skip.py");
    std::fs::write(&skip, b"this line is not Python\nimport sys\nprint(sys._getframe().f_lineno)\n").unwrap();
    assert_eq!(run(&["-x", skip.to_str().unwrap()]).0, "3\n");
}
