//! gilpy's command line: run a script, `-c` text or stdin; `--dis` to disassemble; GIL options.

mod ast;
mod builtins;
mod code;
mod compare;
mod compiler;
mod gil;
mod lexer;
mod modules;
mod objects;
mod parser;
mod repl;
mod stdlib;
mod sync;
mod unsafe_os;
mod vm;

use crate::objects::ExcKind;
use clap::Parser;
use gil::{Gil, Policy, ThreadStats};
use objects::{PyErr, Value};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(name = "gilpy", version, about = "A Python-like language whose threads share one measurable GIL")]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CMD")]
    command: Option<String>,
    /// Print the bytecode of every code object instead of running.
    #[arg(long)]
    dis: bool,
    /// Inspect interactively after running the script.
    #[arg(short = 'i')]
    interactive: bool,
    /// Unbuffered stdout: every write goes to the OS at once (also PYTHONUNBUFFERED, as python3).
    #[arg(short = 'u')]
    unbuffered: bool,
    /// GIL policy: handoff, legacy, cpython or off (also GILPY_GIL).
    #[arg(long = "gil", value_name = "POLICY", env = "GILPY_GIL", default_value = "handoff")]
    gil: String,
    /// Switch interval: N instructions, or a time such as 5ms or 500us (also GILPY_SWITCH_INTERVAL).
    #[arg(long = "switch-interval", value_name = "N|TIME", env = "GILPY_SWITCH_INTERVAL")]
    switch_interval: Option<String>,
    /// Print per-thread GIL statistics on stderr at exit.
    #[arg(long = "gil-stats")]
    gil_stats: bool,
    /// Write the GIL timeline (Chrome trace-event JSON, for Perfetto) to FILE at exit.
    #[arg(long = "gil-trace", value_name = "FILE")]
    gil_trace: Option<String>,
    /// Write the per-thread GIL statistics as JSON to FILE at exit.
    #[arg(long = "gil-stats-json", value_name = "FILE")]
    gil_stats_json: Option<String>,
    /// Run the script once per setting (POLICY or POLICY@INTERVAL, comma-separated; `all` for the
    /// four policies; `python3` for CPython) and compare wall time and GIL statistics.
    #[arg(long = "compare", value_name = "SETTINGS")]
    compare: Option<String>,
    /// With --compare: runs per setting (interleaved); the median run is reported.
    #[arg(long = "repeat", value_name = "N", default_value_t = 1, requires = "compare")]
    repeat: usize,
    /// With --compare: write pictures (timelines, a summary chart), an HTML page and the numbers to DIR.
    #[arg(long = "report", value_name = "DIR", requires = "compare")]
    report: Option<String>,
    /// With --compare: run every combination of the values of NAME (repeatable), each passed to the
    /// script as the environment variable NAME.
    #[arg(long = "sweep", value_name = "NAME=v1,v2,...", requires = "compare")]
    sweep: Vec<String>,
    /// Internal: run as a multiprocessing child started with the spawn method (job on stdin).
    #[arg(long = "mp-spawn", value_name = "MAIN", hide = true)]
    mp_spawn: Option<String>,
    /// The script to run ('-' for stdin), then its arguments.
    #[arg(value_name = "SCRIPT")]
    script: Option<String>,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
    args: Vec<String>,
}

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
    vmx.print_exception(err);
    if err.matches(ExcKind::KeyboardInterrupt) {
        // As CPython: a process ended by Ctrl-C reports it (exit status 130 to the shell).
        return 130;
    }
    1
}

/// As CPython at exit: if threading was imported, wait for its non-daemon threads.
fn wait_for_threads(machine: &mut vm::Vm) -> Result<(), PyErr> {
    // threading._shutdown, the atexit functions, then multiprocessing._exit_function (daemonic children terminated,
    // the others joined), as CPython's finalisation does.
    for (module, hook) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs"), ("multiprocessing", "_exit_function")] {
        let Some(Value::Module(m)) = machine.interp.modules.get_str(&objects::str::intern(module)) else { continue };
        let Some(f) = m.dict.get_str(&objects::str::intern(hook)) else { continue };
        machine.call(&f, &[], &Vec::new())?;
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
        let mp = machine.import_module("multiprocessing")?;
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
        let main = m.dict.get_str(&objects::str::intern("_spawn_main")).ok_or_else(|| PyErr::runtime("multiprocessing._spawn_main missing"))?;
        machine.call(&main, &[Value::Bytes(Arc::new(job))], &Vec::new())?;
        Ok(())
    })();
    match result {
        Ok(()) => 0,
        Err(e) => exit_code_of(machine, &e),
    }
}

fn run(cli: Cli) -> i32 {
    if let Some(spec) = cli.compare {
        let Some(script) = cli.script else {
            eprintln!("gilpy: --compare needs a script file");
            return 2;
        };
        let report = cli.report.map(PathBuf::from);
        return compare::main(compare::Options {
            spec,
            default_interval: cli.switch_interval,
            repeat: cli.repeat,
            report,
            sweeps: cli.sweep,
            script,
            args: cli.args,
        });
    }
    let policy = match Policy::parse(&cli.gil) {
        Some(p) => p,
        None => {
            eprintln!("gilpy: unknown GIL policy '{}' (use handoff, legacy, cpython or off)", cli.gil);
            return 2;
        }
    };
    let (interval, interval_time) = match cli.switch_interval.as_deref().map(gil::parse_interval) {
        None => (gil::DEFAULT_INTERVAL, None),
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            eprintln!("gilpy: {e}");
            return 2;
        }
    };
    let interval_ns = (interval_time.unwrap_or(0.005) * 1e9) as u64;

    // Where the program comes from.
    let interactive_only = cli.mp_spawn.is_none() && cli.command.is_none() && cli.script.is_none() && std::io::stdin().is_terminal();
    let (source, filename, argv0, main_dir) = if let Some(main) = &cli.mp_spawn {
        // A spawned multiprocessing child: the job comes on stdin, the main script is imported later.
        let dir = std::path::Path::new(main).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        (String::new(), "<spawn>".to_string(), main.clone(), dir)
    } else if let Some(cmd) = &cli.command {
        (cmd.clone(), "<string>".to_string(), "-c".to_string(), std::env::current_dir().unwrap_or_default())
    } else if let Some(script) = cli.script.as_deref().filter(|s| *s != "-") {
        let path = PathBuf::from(script);
        let abs = absolute(&path);
        match std::fs::read_to_string(&path) {
            Ok(s) => {
                let dir = abs.parent().map(|p| p.to_path_buf()).unwrap_or_default();
                (s, abs.to_string_lossy().into_owned(), script.to_string(), dir)
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("gilpy: can't open file '{}': [Errno {errno}] {msg}", abs.display());
                return 2;
            }
        }
    } else if std::io::stdin().is_terminal() && cli.script.is_none() {
        // No program: the interactive prompt.
        (String::new(), "<stdin>".to_string(), String::new(), std::env::current_dir().unwrap_or_default())
    } else {
        let mut s = String::new();
        if std::io::stdin().read_to_string(&mut s).is_err() {
            eprintln!("gilpy: cannot read stdin");
            return 2;
        }
        (s, "<stdin>".to_string(), "-".to_string(), std::env::current_dir().unwrap_or_default())
    };

    if cli.dis {
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

    let mut argv = vec![argv0];
    argv.extend(cli.args.iter().cloned());
    let gil = Gil::new(policy, interval, interval_ns);
    if let Some(path) = &cli.gil_trace {
        gil.enable_trace(path);
    }
    modules::signals::install();
    modules::process::raise_descriptor_limit();
    let interp = vm::Interp::new(gil, argv, main_dir);
    if cli.unbuffered || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
        interp.stdio.set_unbuffered();
    }
    builtins::install(&interp.builtins);
    let stats = Arc::new(ThreadStats::new(1, "MainThread"));
    interp.gil.register(stats.clone());
    interp.gil.acquire(&stats);
    let mut machine = vm::Vm::new(interp.clone(), stats);
    if let Err(e) = machine.import_module("sys") {
        machine.print_exception(&e);
        return 1;
    }
    if let Some(main_path) = &cli.mp_spawn {
        let status = run_spawned_child(&mut machine, main_path);
        interp.stdio.flush_out();
        return status;
    }
    let code = match vm::compile_source(&source, &filename, false) {
        Ok(c) => c,
        Err((e, src)) => {
            let err = machine.syntax_error(&e, &src);
            machine.print_exception(&err);
            return 1;
        }
    };
    let globals = machine.new_module_dict("__main__");
    if filename != "<string>" && filename != "<stdin>" {
        globals.set_str(crate::name!("__file__").clone(), Value::str(&filename));
    }
    let module = Value::Module(objects::module::Module::new("__main__", globals.clone()));
    interp.modules.set_str(crate::name!("__main__").clone(), module);
    let mut status = if interactive_only {
        0
    } else {
        match machine.run_code(code, globals.clone()) {
            Ok(_) => 0,
            Err(e) if cli.interactive && !e.matches(ExcKind::SystemExit) => {
                machine.print_exception(&e);
                1
            }
            Err(e) => exit_code_of(&mut machine, &e),
        }
    };
    if interactive_only || (cli.interactive && std::io::stdin().is_terminal()) {
        if interactive_only {
            interp.stdio.write_err(&repl::banner(&machine));
        }
        status = match repl::run(&mut machine, globals, exit_code_of) {
            repl::Exit::Eof => 0,
            repl::Exit::Status(s) => s,
        };
    }
    if let Err(e) = wait_for_threads(&mut machine) {
        status = exit_code_of(&mut machine, &e);
    }
    machine.flush_ticks();
    if let Err(e) = interp.stdio.try_flush_out() {
        // As CPython when stdout cannot be flushed at exit (a closed pipe, a full disk).
        let err = vm::stdio::stream_error(&e);
        interp.stdio.write_err("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
        machine.print_exception(&err);
        if status == 0 {
            status = 120;
        }
    }
    if cli.gil_stats {
        interp.stdio.write_err(&gil::report::table(&interp.gil));
    }
    if let Some(path) = &cli.gil_stats_json {
        if let Err(e) = gil::report::write_json(&interp.gil, path) {
            eprintln!("gilpy: cannot write the GIL statistics to {path}: {e}");
        }
    }
    if let Some(Err(e)) = interp.gil.finish_trace() {
        eprintln!("gilpy: cannot write the GIL trace: {e}");
    }
    status
}

fn main() {
    let cli = Cli::parse();
    vm::panic_guard::install_hook();
    // The interpreter runs on a thread with a large stack; deep recursion is bounded by the recursion
    // limit and `stacker` grows the stack further when needed.
    let handle = std::thread::Builder::new().name("MainThread".into()).stack_size(256 << 20).spawn(move || run(cli));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => {
            eprintln!("{}", vm::panic_guard::fatal_message());
            1
        }
        Err(_) => 70,
    };
    std::process::exit(code);
}
