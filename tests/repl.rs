//! The REPL driven as a person would, through a pseudo-terminal (rexpect): define and call a
//! function, see an error's traceback and the prompt come back, keep a thread printing while the
//! prompt waits, complete with Tab, cancel a line with Ctrl-C, leave with Ctrl-D (exit status 0).

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;
use std::process::Command;

fn start(args: &[&str]) -> PtySession {
    start_at("shared", args)
}

/// Starts the REPL with its own HOME (so its history file is its own).
fn start_at(home: &str, args: &[&str]) -> PtySession {
    let home = std::env::temp_dir().join(format!("gilpy-repl-home-{}-{home}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.args(args).env("HOME", &home).env("TERM", "xterm").env_remove("GILPY_GIL");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(">>> ").unwrap();
    p
}

fn leave(mut p: PtySession) {
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(p.process().wait().unwrap(), WaitStatus::Exited(_, 0)));
}

#[test]
fn define_call_and_error() {
    let mut p = start(&[]);
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    return 2 * x").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("_ + 1").unwrap();
    p.exp_string("43").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("None").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("1/0").unwrap();
    p.exp_string("File \"<stdin>\", line 1, in <module>").unwrap();
    p.exp_string("ZeroDivisionError: division by zero").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double('ab')").unwrap();
    p.exp_string("'abab'").unwrap();
    p.exp_string(">>> ").unwrap();
    leave(p);
}

#[test]
fn threads_print_while_the_prompt_waits() {
    let mut p = start(&[]);
    p.send_line("import threading, time").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t = threading.Thread(target=lambda: [print('tick', i, flush=True) or time.sleep(0.05) for i in range(5)], daemon=True)").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t.start()").unwrap();
    // The prompt is waiting for input now; the thread's output keeps coming.
    p.exp_string("tick 4").unwrap();
    p.send_line("t.join(); print('joined')").unwrap();
    p.exp_string("joined").unwrap();
    p.exp_string(">>> ").unwrap();
    leave(p);
}

#[test]
fn tab_completes_attributes_and_ctrl_c_cancels() {
    let mut p = start(&[]);
    p.send_line("import threading").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("print(threading.Ev").unwrap();
    p.flush().unwrap();
    p.exp_string("threading.Ev").unwrap();
    p.send("\t").unwrap();
    p.flush().unwrap();
    p.exp_string("threading.Event").unwrap();
    p.send_line(".__name__)").unwrap();
    p.exp_string("Event").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("this line is cancelled").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("n = 0").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("while True:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    n += 1; n == 1 and print('spinning', flush=True)").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    // The code is running (the terminal is back in cooked mode): Ctrl-C is SIGINT now.
    p.exp_string("spinning").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("print('still here')").unwrap();
    p.exp_string("still here").unwrap();
    leave(p);
}

#[test]
fn interactive_after_a_script_keeps_its_globals() {
    let script = std::env::temp_dir().join(format!("gilpy-repl-{}.py", std::process::id()));
    std::fs::write(&script, "answer = 6 * 7\n").unwrap();
    let mut p = start(&["-i", script.to_str().unwrap()]);
    p.send_line("answer").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("import sys; sys.exit(3)").unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(p.process().wait().unwrap(), WaitStatus::Exited(_, 3)));
}

#[test]
fn history_is_kept_across_sessions() {
    let mut p = start_at("history", &[]);
    p.send_line("remembered = 'from the first session'").unwrap();
    p.exp_string(">>> ").unwrap();
    leave(p);
    let mut p = start_at("history", &[]);
    // Up arrow recalls the line typed in the previous session; Enter runs it again.
    p.send("\x1b[A").unwrap();
    p.flush().unwrap();
    p.exp_string("remembered = 'from the first session'").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("remembered").unwrap();
    p.exp_string("'from the first session'").unwrap();
    leave(p);
}

#[test]
fn match_statements_are_blocks_and_match_is_still_a_name() {
    let mut p = start(&[]);
    p.send_line("match [1, 2]:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    case [a, b]:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("        print('sum', a + b)").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string("sum 3").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("match = 40").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("match + 2").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    leave(p);
}

#[test]
fn complex_literals_and_except_star_blocks() {
    let mut p = start(&[]);
    p.send_line("(1+2j) * 2j").unwrap();
    p.exp_string("(-4+2j)").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("try:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("except* ValueError as e:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    print('caught', repr(e))").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string("caught ExceptionGroup('eg', [ValueError(1)])").unwrap();
    p.exp_string("| KeyError: 2").unwrap();
    p.exp_string(">>> ").unwrap();
    leave(p);
}
