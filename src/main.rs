//! gilpy's entry point: python3's command line (see cli/) run as python3 runs it: a script, `-c`
//! text, `-m` module or stdin, then the prompt with -i; `--dis` to disassemble; GIL options.

// Unsafe code lives in two modules, `unsafe_os` and `gil_cell`, each block with its invariant beside it (DESIGN.md).
#![deny(unsafe_code)]
// Index loops over several parallel slices read more plainly than zipped iterators here.
#![allow(clippy::needless_range_loop)]

mod ast;
mod builtins;
mod cli;
mod code;
mod codecs;
mod compare;
mod compiler;
mod config;
mod gil;
#[allow(unsafe_code)]
mod gil_cell;
mod lexer;
mod modules;
mod objects;
mod parser;
mod repl;
mod stack;
mod stdlib;
mod sync;
mod ucd;
#[allow(unsafe_code)]
mod unsafe_os;
mod vm;

use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::function::NO_KWARGS;
use gil::{Gil, Policy, ThreadStats};
use objects::{PyErr, Value};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

/// The absolute, lexically normalised path (as os.path.abspath): what tracebacks and __file__ show.
fn absolute(path: &std::path::Path) -> PathBuf {
    use std::path::Component;
    let joined = std::env::current_dir().unwrap_or_default().join(path);
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn exit_code_of(vmx: &mut vm::Vm, err: &PyErr) -> i32 {
    if err.matches(ExcKind::SystemExit) {
        let code = {
            let d = err.data();
            match d.args.len() {
                0 => Value::None,
                1 => d.args[0].clone(),
                _ => Value::tuple(d.args.clone()),
            }
        };
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vmx.str(&other).unwrap_or_default();
                vmx.interp.stdio.flush_out();
                vmx.interp.stdio.write_err(&format!("{text}\n"));
                1
            }
        };
    }
    vmx.report_uncaught(err);
    if err.matches(ExcKind::KeyboardInterrupt) {
        // As CPython: a process ended by Ctrl-C reports it; `main` then ends it by SIGINT itself
        // (`exit_by_sigint`), 130 only if that signal does not end it.
        UNHANDLED_INTERRUPT.store(true, std::sync::atomic::Ordering::SeqCst);
        return EXIT_SIGINT;
    }
    1
}

/// The status of a program ended by an uncaught KeyboardInterrupt (128 + SIGINT, as a shell shows).
const EXIT_SIGINT: i32 = 130;

/// The program ended by an uncaught KeyboardInterrupt (CPython's `_Py_UnhandledKeyboardInterrupt`).
static UNHANDLED_INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// As CPython's exit_sigint: a program that Ctrl-C ended dies by SIGINT with its default action,
/// so its parent (a shell, a `subprocess` caller) sees the signal, not a status (returncode -2).
fn exit_by_sigint() {
    let _ = unsafe_os::sig::set_default(nix::sys::signal::Signal::SIGINT as i32);
    let _ = nix::sys::signal::kill(nix::unistd::getpid(), nix::sys::signal::Signal::SIGINT);
}

/// As CPython at exit: if threading was imported, wait for its non-daemon threads.
fn wait_for_threads(machine: &mut vm::Vm) -> Result<(), PyErr> {
    // threading._shutdown, the atexit functions, then multiprocessing.util._exit_function (managers shut down, daemonic children terminated,
    // the others joined), as CPython's finalisation does.
    for (module, hook) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs"), ("multiprocessing.util", "_exit_function")] {
        let Some(Value::Module(m)) = machine.interp.modules.get_str(&objects::str::intern(module)) else { continue };
        let Some(f) = m.dict.get_str(&objects::str::intern(hook)) else { continue };
        machine.call(&f, &[], NO_KWARGS)?;
    }
    Ok(())
}

/// A child started by multiprocessing's spawn method: import the parent's main script as
/// `__mp_main__` (also seen as `__main__`), then run the Process object read from stdin.
fn run_spawned_child(machine: &mut vm::Vm, main_path: &str) -> i32 {
    let mut job = Vec::new();
    if std::io::stdin().read_to_end(&mut job).is_err() {
        eprintln!("gilpy: spawned child: cannot read its job");
        return 1;
    }
    let result = (|| -> Result<(), PyErr> {
        machine.import_module("multiprocessing")?;
        let mp = machine.import_module("multiprocessing.process")?;
        let set_flag = |m: &vm::Vm, v: bool| {
            if let Value::Module(module) = &mp {
                module.dict.set_str(objects::str::intern("_bootstrapping"), Value::Bool(v));
            }
            let _ = m;
        };
        set_flag(machine, true);
        if !main_path.is_empty() {
            let src = std::fs::read_to_string(main_path).map_err(|e| PyErr::new(ExcKind::FileNotFoundError, e.to_string()))?;
            let module = machine.exec_module("__mp_main__", &src, main_path, Some(main_path))?;
            machine.interp.modules.set_str(objects::str::intern("__main__"), module);
        }
        set_flag(machine, false);
        let Value::Module(m) = &mp else { return Ok(()) };
        let main = m.dict.get_str(&objects::str::intern("_spawn_main")).ok_or_else(|| PyErr::runtime("multiprocessing.process._spawn_main missing"))?;
        machine.call(&main, &[Value::Bytes(Arc::new(job))], NO_KWARGS)?;
        Ok(())
    })();
    match result {
        Ok(()) => 0,
        Err(e) => exit_code_of(machine, &e),
    }
}

/// The program to run, read and decoded.
struct MainProgram {
    source: String,
    /// What tracebacks show ("<string>", "<stdin>" or the absolute path).
    filename: String,
    /// `__file__`, when the program is a file.
    file: Option<String>,
    argv0: String,
    /// sys.path[0]: where imports look first.
    main_dir: PathBuf,
}

/// Why there is no program to run: what to print on stderr and the exit status.
struct Failure {
    message: String,
    status: i32,
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
}

/// Reads a script file; `Err` is python3's "can't open file" (exit 2).
fn read_script(script: &str, argv0: &str) -> Result<(Vec<u8>, PathBuf), Failure> {
    let path = PathBuf::from(script);
    let abs = absolute(&path);
    let failure = |e: std::io::Error| {
        let errno = e.raw_os_error().unwrap_or(2);
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => e.to_string(),
        };
        Failure { message: format!("{argv0}: can't open file '{}': [Errno {errno}] {msg}\n", abs.display()), status: 2 }
    };
    if abs.is_dir() {
        // python3 runs a directory's __main__.py; without one it says so.
        let main = abs.join("__main__.py");
        return match std::fs::read(&main) {
            Ok(b) => Ok((b, main)),
            Err(_) => Err(Failure { message: format!("{argv0}: can't find '__main__' module in '{}'\n", script), status: 1 }),
        };
    }
    std::fs::read(&path).map(|b| (b, abs.clone())).map_err(failure)
}

/// Finds the module `-m NAME` runs through sys.path as an import would (a package runs its
/// `__main__`); parent packages are imported first, as python3 does.
fn find_main_module(machine: &mut vm::Vm, name: &str, argv0: &str) -> Result<(MainProgram, Value), Failure> {
    match machine.find_main_module(name) {
        Ok(m) => {
            // sys.argv[0] is the module's file, as python3's runpy sets it; a module inside the
            // binary is named by its place in the standard library's folder on sys.path.
            let argv0 = match (&m.file, m.filename.strip_prefix("<frozen ")) {
                (Some(file), _) => file.clone(),
                (None, Some(_)) => {
                    let main = if stdlib::is_package(name) { format!("{name}.__main__") } else { name.to_string() };
                    format!("{}/{}.py", vm::import::finder::stdlib_place(), main.replace('.', "/"))
                }
                (None, None) => m.filename.clone(),
            };
            Ok((MainProgram { source: m.source, filename: m.filename, file: m.file, argv0, main_dir: cwd() }, m.spec))
        }
        Err(vm::import::MainModuleError::Message(message)) => Err(Failure { message: format!("{argv0}: {message}\n"), status: 1 }),
        Err(vm::import::MainModuleError::Source(line)) => Err(Failure { message: format!("{line}\n"), status: 1 }),
    }
}

/// Turns `-W` / PYTHONWARNINGS entries into warnings filters (the last given wins, as python3's
/// filters put later ones first); an invalid entry is reported and skipped, as python3 does.
fn apply_warnoptions(machine: &mut vm::Vm, options: &[String]) {
    for spec in options {
        if let Err(message) = modules::warnings::add_option_filter(machine, spec) {
            machine.interp.stdio.write_err(&format!("Invalid -W option ignored: {message}\n"));
        }
    }
}

/// Runs the main program; the exit status.
/// What python3's site module adds to builtins at start-up (`exit`, `quit`, `copyright`, `credits`,
/// `license`, `help`: stdlib/_sitebuiltins.py); gilpy runs only this part of site (as `-S` would
/// skip it all).
fn install_site_builtins(machine: &mut vm::Vm) {
    let installed = machine.import_module("_sitebuiltins").and_then(|m| {
        let builtins = machine.import_module("builtins")?;
        machine.call_method(&m, "_install", &[builtins])
    });
    if let Err(e) = installed {
        machine.print_exception(&e);
    }
}

fn run(opts: cli::Options, argv0: String) -> i32 {
    let g = opts.gilpy.clone();
    let gil_name = g.gil.clone().or_else(|| std::env::var("GILPY_GIL").ok()).unwrap_or_else(|| "handoff".into());
    let switch_interval = g.switch_interval.clone().or_else(|| std::env::var("GILPY_SWITCH_INTERVAL").ok());
    if g.compare.is_none() {
        for (given, name) in [(g.repeat.is_some(), "--repeat"), (g.report.is_some(), "--report"), (!g.sweep.is_empty(), "--sweep")] {
            if given {
                eprintln!("gilpy: {name} needs --compare");
                return 2;
            }
        }
    }
    if let Some(spec) = g.compare {
        let cli::Program::Script(script) = opts.program else {
            eprintln!("gilpy: --compare needs a script file");
            return 2;
        };
        let repeat = match g.repeat.as_deref().map(str::parse::<usize>) {
            None => 1,
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                eprintln!("gilpy: --repeat needs a number");
                return 2;
            }
        };
        return compare::main(compare::Options {
            spec,
            default_interval: switch_interval,
            repeat,
            report: g.report.map(PathBuf::from),
            sweeps: g.sweep,
            script,
            args: opts.args,
        });
    }
    let policy = match Policy::parse(&gil_name) {
        Some(p) => p,
        None => {
            eprintln!("gilpy: unknown GIL policy '{gil_name}' (use handoff, legacy, cpython or off)");
            return 2;
        }
    };
    let (interval, interval_time) = match switch_interval.as_deref().map(gil::parse_interval) {
        None => (gil::DEFAULT_INTERVAL, None),
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            eprintln!("gilpy: {e}");
            return 2;
        }
    };
    let interval_ns = (interval_time.unwrap_or(0.005) * 1e9) as u64;
    let inspect = opts.flags.inspect != 0;

    // Where the program comes from (a -m module is found once the interpreter runs).
    let stdin_tty = std::io::stdin().is_terminal();
    // python3 reads stdin at its prompt when it is a terminal, or under -i (not PYTHONINSPECT) however
    // stdin is connected.
    let interactive_only = g.mp_spawn.is_none()
        && match opts.program {
            cli::Program::Stdin { named } => (stdin_tty && !named) || opts.flags.interactive != 0,
            _ => false,
        };
    let mut raw: Option<(Vec<u8>, String)> = None;
    let mut main_from_dir = false;
    let mut program = if let Some(main) = &g.mp_spawn {
        // A spawned multiprocessing child: the job comes on stdin, the main script is imported later.
        let dir = std::path::Path::new(main).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        MainProgram { source: String::new(), filename: "<spawn>".into(), file: None, argv0: main.clone(), main_dir: dir }
    } else {
        match &opts.program {
            cli::Program::Command(cmd) => {
                MainProgram { source: cmd.clone(), filename: "<string>".into(), file: None, argv0: "-c".into(), main_dir: PathBuf::new() }
            }
            cli::Program::Module(_) => MainProgram { source: String::new(), filename: String::new(), file: None, argv0: "-m".into(), main_dir: cwd() },
            cli::Program::Script(script) => match read_script(script, &argv0) {
                Ok((bytes, path)) => {
                    // A directory's __main__.py runs with a spec named '__main__' (so `__package__`
                    // is ''), as python3's runpy gives it.
                    main_from_dir = path.file_name().is_some_and(|n| n == "__main__.py") && absolute(std::path::Path::new(script)).is_dir();
                    let text = path.to_string_lossy().into_owned();
                    // sys.path[0]: the script's folder, symbolic links resolved (as python3).
                    let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                    let dir = real.parent().map(|p| p.to_path_buf()).unwrap_or_default();
                    raw = Some((bytes, text.clone()));
                    MainProgram { source: String::new(), filename: text.clone(), file: Some(text), argv0: script.clone(), main_dir: dir }
                }
                Err(f) => {
                    eprint!("{}", f.message);
                    return f.status;
                }
            },
            cli::Program::Stdin { .. } if interactive_only => {
                MainProgram { source: String::new(), filename: "<stdin>".into(), file: None, argv0: String::new(), main_dir: PathBuf::new() }
            }
            cli::Program::Stdin { named } => {
                let mut bytes = Vec::new();
                if std::io::stdin().read_to_end(&mut bytes).is_err() {
                    eprintln!("gilpy: cannot read stdin");
                    return 2;
                }
                raw = Some((bytes, "<stdin>".into()));
                let arg0 = if *named { "-" } else { "" };
                MainProgram { source: String::new(), filename: "<stdin>".into(), file: None, argv0: arg0.into(), main_dir: PathBuf::new() }
            }
        }
    };

    let mut argv = vec![program.argv0.clone()];
    argv.extend(opts.args.iter().cloned());
    let gil = Gil::new(policy, interval, interval_ns);
    if let Some(path) = &g.gil_trace {
        gil.enable_trace(path);
    }
    modules::signals::install();
    modules::process::raise_descriptor_limit();
    let interp = vm::Interp::new(gil, argv, program.main_dir.clone());
    // The interpreter lives until the process exits: a thread still finishing when the program
    // ends must never be the one that frees it (and its objects) without the GIL (gil_cell/rc.rs).
    std::mem::forget(interp.clone());
    if opts.flags.unbuffered {
        interp.stdio.set_unbuffered();
    }
    builtins::install(&interp.builtins);
    let stats = std::sync::Arc::new(ThreadStats::new(1, "MainThread"));
    interp.gil.register(stats.clone());
    interp.gil.acquire(&stats);
    // Objects' cells and reference counts: plain under a GIL policy, atomic under `off`
    // (gil_cell/). Chosen once this thread holds the GIL, before a second thread exists.
    gil_cell::set_gil_mode(policy != Policy::Off);
    let mut machine = vm::Vm::new(interp.clone(), stats);
    if let Err(e) = machine.import_module("sys") {
        machine.print_exception(&e);
        return 1;
    }
    apply_warnoptions(&mut machine, &opts.warnoptions);
    if opts.flags.no_site == 0 {
        install_site_builtins(&mut machine);
    }
    if let Some(main_path) = &g.mp_spawn {
        let status = run_spawned_child(&mut machine, main_path);
        interp.stdio.flush_out();
        return status;
    }
    let mut main_spec = Value::None;
    if let cli::Program::Module(name) = &opts.program {
        match find_main_module(&mut machine, name, &argv0) {
            Ok((p, spec)) => {
                main_spec = spec;
                interp.argv.lock()[0] = p.argv0.clone();
                if let Ok(Value::Module(sys)) = machine.import_module("sys")
                    && let Some(Value::List(l)) = sys.dict.get_str(&objects::str::intern("argv"))
                    && let Some(first) = l.items.lock().first_mut()
                {
                    *first = Value::str(&p.argv0);
                }
                program = p;
            }
            Err(f) => {
                interp.stdio.flush_out();
                interp.stdio.write_err(&f.message);
                return f.status;
            }
        }
    }
    if let Some((bytes, filename)) = raw {
        match codecs::source::decode_source(&bytes) {
            Ok(text) => program.source = text,
            Err(e) => {
                let err = machine.source_error(&e, &filename, false);
                machine.print_exception(&err);
                return 1;
            }
        }
    }
    if opts.skip_first_line {
        // -x: the first line is skipped, yet line numbers still count it (as python3's do).
        program.source = match program.source.find('\n') {
            Some(i) => program.source[i..].to_string(),
            None => String::new(),
        };
    }
    let (source, filename) = (program.source, program.filename);

    if g.dis {
        return match vm::compile_source(&source, &filename, false) {
            Ok(code) => {
                let mut out = String::new();
                code::disasm::disassemble(&code, &mut out);
                print!("{out}");
                0
            }
            Err((e, src)) => {
                let line = src.line_of(e.offset);
                eprintln!("  File \"{}\", line {line}\n{}: {}", src.filename, e.kind.name(), e.msg);
                1
            }
        };
    }

    if main_from_dir && let Some(file) = &program.file {
        let spec = machine.import_module(vm::import::spec::BOOTSTRAP).and_then(|boot| {
            let args = [Value::str("source"), Value::str("__main__"), Value::str(file), Value::None];
            machine.call_method(&boot, "_spec_for", &args)
        });
        match spec {
            Ok(spec) => main_spec = spec,
            Err(e) => {
                machine.print_exception(&e);
                return 1;
            }
        }
    }
    let globals = match machine.main_namespace(program.file.as_deref(), &main_spec) {
        Ok(g) => g,
        Err(e) => {
            machine.print_exception(&e);
            return 1;
        }
    };
    let module = Value::Module(objects::module::Module::new("__main__", globals.clone()));
    interp.modules.set_str(crate::name!("__main__").clone(), module);
    let mut status = if interactive_only {
        0
    } else {
        match vm::compile_source(&source, &filename, false) {
            Err((mut e, src)) => {
                if matches!(opts.program, cli::Program::Script(_) | cli::Program::Stdin { .. }) {
                    parser::at_file_end(&mut e, &src.text);
                }
                let err = machine.syntax_error(&e, &src);
                machine.print_exception(&err);
                if inspect { 1 } else { return 1 }
            }
            Ok(code) => match machine.issue_syntax_warnings(&code.source).and_then(|()| machine.run_code(code, globals.clone())) {
                Ok(_) => 0,
                // Under -i / PYTHONINSPECT even SystemExit is reported as a traceback (status 1).
                Err(e) if inspect => {
                    machine.report_uncaught(&e);
                    1
                }
                Err(e) => exit_code_of(&mut machine, &e),
            },
        }
    };
    // After a program, python3 prompts only when stdin is a terminal or -i was given (PYTHONINSPECT
    // with a pipe does not prompt).
    if interactive_only || (inspect && (stdin_tty || opts.flags.interactive != 0)) {
        if interactive_only && opts.flags.quiet == 0 {
            interp.stdio.write_err(&repl::banner(&machine));
        }
        status = match repl::run(&mut machine, globals.clone(), exit_code_of) {
            repl::Exit::Eof => 0,
            repl::Exit::Status(s) => s,
        };
    }
    // As CPython: the main module's output goes out before the program waits for its threads
    // and runs the atexit functions (a child forked earlier prints after it, not before).
    let mut flushed = flush_at_exit(&mut machine, &mut status);
    if let Err(e) = wait_for_threads(&mut machine) {
        status = exit_code_of(&mut machine, &e);
    }
    machine.finalize_main(&globals);
    machine.flush_ticks();
    if flushed {
        flushed = flush_at_exit(&mut machine, &mut status);
    }
    let _ = flushed;
    if g.gil_stats {
        interp.stdio.write_err(&gil::report::table(&interp.gil));
    }
    if let Some(path) = &g.gil_stats_json
        && let Err(e) = gil::report::write_json(&interp.gil, path)
    {
        eprintln!("gilpy: cannot write the GIL statistics to {path}: {e}");
    }
    if let Some(Err(e)) = interp.gil.finish_trace() {
        eprintln!("gilpy: cannot write the GIL trace: {e}");
    }
    status
}

/// Flushes stdout at exit; a failure (a closed pipe, a full disk) is reported as CPython reports
/// it, once, and makes the exit status 120. False when it failed.
fn flush_at_exit(machine: &mut vm::Vm, status: &mut i32) -> bool {
    let interp = machine.interp.clone();
    match interp.stdio.try_flush_out() {
        Ok(()) => true,
        Err(e) => {
            let err = vm::stdio::stream_error(&e);
            interp.stdio.write_err("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
            machine.print_exception(&err);
            if *status == 0 {
                *status = 120;
            }
            false
        }
    }
}

fn main() {
    unsafe_os::tune_allocator();
    // The reserve that turns running out of memory in a small allocation into MemoryError.
    unsafe_os::set_memory_reserve_aside();
    let orig_argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let argv0 = orig_argv.first().cloned().unwrap_or_else(|| "gilpy".into());
    let mut opts = match cli::parse(&orig_argv[1.min(orig_argv.len())..]) {
        Ok(o) => o,
        Err(cli::Usage(message)) => {
            eprint!("{}", cli::help::usage_error(&argv0, &message));
            std::process::exit(2);
        }
    };
    if let Some(info) = opts.info {
        print!("{}", cli::help::text(info, &argv0));
        std::process::exit(0);
    }
    cli::apply_environment(&mut opts, |name| std::env::var(name).ok());
    cli::apply_xoptions(&mut opts);
    let digits_env = std::env::var("PYTHONINTMAXSTRDIGITS").ok().filter(|_| opts.flags.ignore_environment == 0);
    match cli::int_digits::configured(digits_env.as_deref(), &opts.xoptions) {
        Ok(limit) => opts.flags.int_max_str_digits = limit,
        Err(invalid) => {
            eprint!("{}", invalid.fatal_text());
            std::process::exit(1);
        }
    }
    if let Some(limit) = opts.flags.int_max_str_digits {
        // Validated above: 0 or at least the threshold.
        let _ = objects::int_text::set_limit(limit);
    }
    config::set(config::Config { flags: opts.flags.clone(), orig_argv, warnoptions: opts.warnoptions.clone(), xoptions: opts.xoptions.clone() });
    vm::panic_guard::install_hook();
    // The interpreter runs on a thread with a large stack; deep recursion is bounded by the recursion
    // limit and `stacker` grows the stack further when needed.
    let handle = std::thread::Builder::new().name("MainThread".into()).stack_size(256 << 20).spawn(move || run(opts, argv0));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => {
            eprintln!("{}", vm::panic_guard::fatal_message());
            1
        }
        Err(_) => 70,
    };
    if code == EXIT_SIGINT && UNHANDLED_INTERRUPT.load(std::sync::atomic::Ordering::SeqCst) {
        exit_by_sigint();
    }
    std::process::exit(code);
}
