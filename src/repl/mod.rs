//! The interactive prompt: rustyline for editing, history (~/.gilpy_history) and completion;
//! `>>> ` / `... ` prompts; a compound statement ends at an empty line; expressions echo their repr
//! (through the compiler's interactive mode) and set `_`. The GIL is released while the prompt
//! waits, so threads keep running. Ctrl-C cancels the line (or interrupts running code); Ctrl-D on
//! an empty line leaves. When stdin or stdout is not a terminal (`-i` with a pipe), lines are read
//! plainly and the prompts go to stderr, as python3 does.

pub mod complete;

use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::vm::Vm;
use complete::ReplHelper;
use rustyline::Editor;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;

/// How the REPL ended: an exit status for the process.
pub enum Exit {
    Eof,
    Status(i32),
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".gilpy_history"))
}

/// Whether `first_line` opens a compound statement (which only an empty line ends).
fn opens_block(first_line: &str) -> bool {
    let t = first_line.trim_start();
    if t.starts_with('@') {
        return true;
    }
    let word: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    // `match` is a keyword only where it opens a match statement (a line ending in a colon).
    let soft_keyword = word == "match" && t.trim_end().ends_with(':');
    soft_keyword || matches!(word.as_str(), "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async")
}

/// Whether the buffered input is ready to run after `line` was added to it.
fn ready(buffer: &str, line: &str) -> bool {
    let continuation = buffer.lines().count() > 1;
    if continuation && line.trim().is_empty() {
        return true;
    }
    if crate::parser::is_incomplete(buffer) {
        return false;
    }
    !opens_block(buffer.lines().next().unwrap_or(""))
}

/// Whether compile() with codeop's flags should ask for more lines: the parser wants more, or
/// (`open_block_needs_newline`, interactive mode) a compound statement has no closing newline yet.
pub fn awaits_more(source: &str, open_block_needs_newline: bool) -> bool {
    // A backslash ending the text joins the next line to it.
    if crate::parser::is_incomplete(source) || source.trim_end_matches(['\r', '\n']).ends_with('\\') {
        return true;
    }
    let first = source.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    open_block_needs_newline && !source.ends_with('\n') && first.is_some_and(opens_block)
}

pub fn banner(vm: &Vm) -> String {
    format!(
        "gilpy {} (GIL policy {}, switch interval {} instructions) on {}\nType Ctrl-D to leave; Tab completes.\n",
        env!("CARGO_PKG_VERSION"),
        vm.interp.gil.policy.name(),
        vm.interp.gil.interval(),
        std::env::consts::OS
    )
}

/// Where the prompt's lines come from: the line editor when stdin and stdout are terminals, else
/// plain lines of stdin with the prompts written to stderr (python3's `-i` with a pipe).
enum Lines {
    Editor(Box<Editor<ReplHelper, DefaultHistory>>),
    Piped(std::io::BufReader<std::io::Stdin>),
}

/// A line read at the prompt.
enum Read {
    /// A whole line (without its newline).
    Line(String),
    /// The last line of the input, which had no newline.
    Unterminated(String),
    Interrupted,
    Eof,
}

impl Lines {
    fn read(&mut self, vm: &mut Vm, prompt: &str) -> Result<Read, String> {
        match self {
            Lines::Editor(rl) => match vm.allow_threads(|| rl.readline(prompt)) {
                Ok(line) => Ok(Read::Line(line)),
                Err(ReadlineError::Interrupted) => Ok(Read::Interrupted),
                Err(ReadlineError::Eof) => Ok(Read::Eof),
                Err(e) => Err(e.to_string()),
            },
            Lines::Piped(input) => {
                vm.interp.stdio.write_err(prompt);
                let mut line = String::new();
                match vm.allow_threads(|| std::io::BufRead::read_line(input, &mut line)) {
                    Ok(0) => Ok(Read::Eof),
                    Ok(_) => match line.strip_suffix('\n') {
                        Some(whole) => Ok(Read::Line(whole.strip_suffix('\r').unwrap_or(whole).to_string())),
                        None => Ok(Read::Unterminated(line)),
                    },
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(Read::Interrupted),
                    Err(e) => Err(e.to_string()),
                }
            }
        }
    }
}

/// Runs the prompt in `globals` until end of input or SystemExit.
pub fn run(vm: &mut Vm, globals: Arc<Dict>, exit_code: impl Fn(&mut Vm, &crate::objects::PyErr) -> i32) -> Exit {
    use std::io::IsTerminal;
    let history = history_path();
    let mut lines = if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        let mut rl: Editor<ReplHelper, DefaultHistory> = match Editor::new() {
            Ok(rl) => rl,
            Err(e) => {
                eprintln!("gilpy: cannot start the prompt: {e}");
                return Exit::Status(1);
            }
        };
        rl.set_helper(Some(ReplHelper { globals: globals.clone(), builtins: vm.interp.builtins.clone(), gil: Some((vm.interp.clone(), vm.stats.clone())) }));
        if let Some(h) = &history {
            let _ = rl.load_history(h);
        }
        Lines::Editor(Box::new(rl))
    } else {
        Lines::Piped(std::io::BufReader::new(std::io::stdin()))
    };
    let mut buffer = String::new();
    let result = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        vm.interp.stdio.flush_out();
        let (line, at_end) = match lines.read(vm, prompt) {
            Ok(Read::Line(line)) => (line, false),
            Ok(Read::Unterminated(line)) => {
                // python3 asks for the rest of the line, meets the end of input, and runs what it has.
                vm.interp.stdio.write_err("... \n");
                (line, true)
            }
            Ok(Read::Interrupted) => {
                vm.interp.stdio.write_err("KeyboardInterrupt\n");
                buffer.clear();
                continue;
            }
            Ok(Read::Eof) => {
                // python3 ends the prompt's line before leaving.
                vm.interp.stdio.write_err("\n");
                break Exit::Eof;
            }
            Err(e) => {
                eprintln!("gilpy: {e}");
                break Exit::Status(1);
            }
        };
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        if let Lines::Editor(rl) = &mut lines {
            let _ = rl.add_history_entry(line.as_str());
        }
        buffer.push_str(&line);
        buffer.push('\n');
        if !at_end && !ready(&buffer, &line) {
            continue;
        }
        let source = std::mem::take(&mut buffer);
        if let Some(status) = execute(vm, &source, &globals, &exit_code) {
            break Exit::Status(status);
        }
    };
    if let (Lines::Editor(rl), Some(h)) = (&mut lines, &history) {
        let _ = rl.save_history(h);
    }
    result
}

/// Compiles and runs one input; Some(status) when it raised SystemExit.
fn execute(vm: &mut Vm, source: &str, globals: &Arc<Dict>, exit_code: &impl Fn(&mut Vm, &crate::objects::PyErr) -> i32) -> Option<i32> {
    let code = match crate::vm::compile_source(source, "<stdin>", true) {
        Ok(c) => c,
        Err((e, src)) => {
            let err = vm.syntax_error(&e, &src);
            vm.print_exception(&err);
            return None;
        }
    };
    if let Err(err) = vm.issue_syntax_warnings(&code.source) {
        vm.print_exception(&err);
        return None;
    }
    // A Ctrl-C typed at the prompt must not interrupt the next input.
    crate::modules::signals::clear_pending();
    vm.exc_stack.clear();
    match vm.run_code(code, globals.clone()) {
        Ok(_) => None,
        Err(e) if e.matches(ExcKind::SystemExit) => Some(exit_code(vm, &e)),
        Err(e) => {
            vm.report_uncaught(&e);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_end_at_an_empty_line() {
        assert!(ready("x = 1\n", "x = 1"));
        assert!(!ready("def f():\n", "def f():"));
        assert!(!ready("def f():\n    return 1\n", "    return 1"));
        assert!(ready("def f():\n    return 1\n\n", ""));
        assert!(!ready("x = (1,\n", "x = (1,"));
        assert!(ready("x = (1,\n2)\n", "2)"));
        assert!(!ready("if x: pass\n", "if x: pass"));
        assert!(!ready("match x:\n", "match x:"));
        assert!(!ready("match x:\n    case 1:\n", "    case 1:"));
        assert!(!ready("match x:\n    case 1:\n        pass\n", "        pass"));
        assert!(ready("match x:\n    case 1:\n        pass\n\n", ""));
        assert!(ready("match = 1\n", "match = 1"));
        assert!(ready("match(1)\n", "match(1)"));
    }
}
