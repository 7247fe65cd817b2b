//! Printing exceptions as CPython does: "Traceback (most recent call last):", one `File ..., line ...,
//! in ...` entry per frame with its source line, chained exceptions (cause and context), and
//! SyntaxError's own layout with a caret.

use super::Vm;
use crate::code::{Anchor, Code, Position, Source};
use crate::objects::ExcKind;
use crate::objects::exceptions::TbEntry;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, Value};

/// An exception class as a traceback names it: qualified by its module, except builtins' and
/// `__main__`'s.
fn shown_name(cls: &crate::objects::class::Class) -> String {
    if cls.module == "builtins" || cls.module == "__main__" { cls.qualname.clone() } else { format!("{}.{}", cls.module, cls.qualname) }
}

impl Vm {
    /// The last line of a traceback: `KeyError: 'port'`.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let name = shown_name(&types().of(exc));
        let text = self.str(exc).unwrap_or_else(|_| "<exception str() failed>".into());
        if text.is_empty() { name } else { format!("{name}: {text}") }
    }

    /// The `__notes__` of an exception, printed under its last line (3.11's `add_note`).
    fn notes_lines(&mut self, inst: &crate::objects::class::Instance, out: &mut String) {
        let Some(notes) = inst.attr(&intern("__notes__")) else { return };
        let items = match &notes {
            Value::List(l) => l.items.lock().clone(),
            Value::Tuple(t) => t.to_vec(),
            other => {
                let r = self.repr(other).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
                return;
            }
        };
        for note in items {
            let text = match &note {
                Value::Str(s) => s.as_str().to_string(),
                other => self.str(other).unwrap_or_else(|_| "<note str() failed>".into()),
            };
            for line in text.split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
    }

    fn syntax_error_lines(&mut self, exc: &Value, out: &mut String) -> bool {
        let Value::Instance(inst) = exc else { return false };
        if !inst.class().is_subclass(&types().exc(ExcKind::SyntaxError)) {
            return false;
        }
        let get = |k: &str| inst.attr(&intern(k));
        if let (Some(Value::Str(file)), Some(Value::Int(line))) = (get("filename"), get("lineno")) {
            out.push_str(&format!("  File \"{}\", line {}\n", file.as_str(), line));
            if let Some(Value::Str(text)) = get("text") {
                let t = text.as_str();
                let stripped = t.trim_start();
                let indent = t.chars().count() - stripped.chars().count();
                let stripped = stripped.trim_end();
                if stripped.is_empty() {
                    // As CPython's print_error_text: a blank line is still shown (indented).
                    out.push_str("    \n");
                } else {
                    out.push_str(&format!("    {stripped}\n"));
                    if let Some(Value::Int(off)) = get("offset") {
                        let len = stripped.chars().count();
                        // As CPython's print_error_text: no caret left of the text (an unexpected
                        // indent), a caret past the end clipped to it; IndentationError and TabError
                        // get one caret; a range running onto later lines is marked to the line's end.
                        if let Some(col) = (off - 1).checked_sub(indent as i64).filter(|c| *c >= 0).map(|c| (c as usize).min(len)) {
                            let one = inst.class().is_subclass(&types().exc(ExcKind::IndentationError));
                            let end_line = match get("end_lineno") {
                                Some(Value::Int(e)) => e,
                                _ => line,
                            };
                            let width = match get("end_offset") {
                                _ if one => 1,
                                _ if end_line > line => len.saturating_sub(col).max(1),
                                Some(Value::Int(e)) if e > off => ((e - off) as usize).min(len.saturating_sub(col).max(1)),
                                _ => 1,
                            };
                            out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
                        }
                    }
                }
            }
        }
        let msg = match get("msg") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => self.str(exc).unwrap_or_default(),
        };
        out.push_str(&format!("{}: {}\n", shown_name(&inst.class()), msg));
        true
    }

    /// The full text CPython prints for an uncaught exception (sys.excepthook's default), with
    /// a "Did you mean" hint under a NameError or AttributeError (vm/suggestions.rs).
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut ctx = GroupCtx { suggestions: true, ..GroupCtx::default() };
        self.format_chain(&err.value, None, &mut out, &mut Vec::new(), None, true, &mut ctx);
        out
    }

    /// As `format_exception`, with the `traceback` module's options: `limit` keeps that many
    /// entries of each traceback, the outermost (or with a negative limit the innermost) ones;
    /// `chain` false leaves out the causes and contexts.
    pub fn format_exception_with(&mut self, exc: &Value, limit: Option<i64>, chain: bool) -> String {
        self.format_exception_tb(exc, None, limit, chain)
    }

    /// As `format_exception_with`; `tb` (entries innermost first) replaces the traceback of
    /// `exc` itself (`traceback.print_exception(type, value, tb)`).
    pub fn format_exception_tb(&mut self, exc: &Value, tb: Option<Vec<TbEntry>>, limit: Option<i64>, chain: bool) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        let mut ctx = GroupCtx::default();
        self.format_chain(exc, tb, &mut out, &mut seen, limit, chain, &mut ctx);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn format_chain(
        &mut self,
        exc: &Value,
        tb: Option<Vec<TbEntry>>,
        out: &mut String,
        seen: &mut Vec<usize>,
        limit: Option<i64>,
        chain: bool,
        ctx: &mut GroupCtx,
    ) {
        seen.push(exc.ptr().unwrap_or(0));
        let Value::Instance(inst) = exc else { return };
        let Some(data) = inst.exc() else { return };
        let (cause, context, suppress, own_tb) = {
            let d = data.lock();
            (d.cause.clone(), d.context.clone(), d.suppress_context, if tb.is_some() { Vec::new() } else { d.traceback.clone() })
        };
        let tb = tb.unwrap_or(own_tb);
        if !chain {
        } else if let Some(c) = &cause {
            if !seen.contains(&c.ptr().unwrap_or(0)) {
                self.format_chain(c, None, out, seen, limit, chain, ctx);
                ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            }
        } else if let (Some(c), false) = (&context, suppress)
            && !seen.contains(&c.ptr().unwrap_or(0))
        {
            self.format_chain(c, None, out, seen, limit, chain, ctx);
            ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        // Stored innermost first; printed outermost first.
        let entries: Vec<&TbEntry> = tb.iter().rev().collect();
        let entries = match limit {
            Some(n) if n >= 0 => &entries[..entries.len().min(n as usize)],
            Some(n) => &entries[entries.len().saturating_sub(n.unsigned_abs() as usize)..],
            None => &entries[..],
        };
        let mut stack = String::new();
        let mut repeats = Repeats::default();
        for entry in entries {
            if repeats.next(&mut stack, entry.code.filename(), entry.line, entry.code.name.as_str()) {
                format_entry(&mut stack, &entry.code, entry.line, Some(&entry.pos));
            }
        }
        repeats.finish(&mut stack);
        let group = crate::builtins::exception_group::is_group(exc);
        if group && ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let toplevel = group && ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !entries.is_empty() {
            let title = if group { "Exception Group Traceback (most recent call last):\n" } else { "Traceback (most recent call last):\n" };
            ctx.emit(out, title, if toplevel { '+' } else { '|' });
            ctx.emit(out, &stack, '|');
        }
        let mut last = String::new();
        if !self.syntax_error_lines(exc, &mut last) {
            last.push_str(&self.exception_line(exc));
            if ctx.suggestions
                && let Some(hint) = self.suggestion_for(exc)
            {
                last.push_str(&format!(". Did you mean: '{hint}'?"));
            }
            last.push('\n');
        }
        self.notes_lines(inst, &mut last);
        ctx.emit(out, &last, '|');
        if group {
            self.format_members(exc, out, seen, limit, chain, ctx);
            if toplevel {
                ctx.depth = 0;
            }
        }
    }

    /// The boxes of a group's sub-exceptions, as CPython 3.11 prints them.
    fn format_members(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>, limit: Option<i64>, chain: bool, ctx: &mut GroupCtx) {
        let members = crate::builtins::exception_group::members(exc);
        let n = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
            } else {
                self.format_chain(&members[i], None, out, seen, limit, chain, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
    }

    /// The running frames as `traceback.format_stack` shows them, outermost first, leaving out
    /// the innermost `skip`.
    pub fn format_stack(&self, skip: usize, limit: Option<i64>) -> String {
        let frames = self.frame_infos();
        let frames = &frames[..frames.len().saturating_sub(skip)];
        let frames = match limit {
            // A positive limit keeps the innermost entries here, as CPython's extract_stack.
            Some(n) if n >= 0 => &frames[frames.len().saturating_sub(n as usize)..],
            Some(n) => &frames[..frames.len().min(n.unsigned_abs() as usize)],
            None => frames,
        };
        let mut out = String::new();
        let mut repeats = Repeats::default();
        for f in frames {
            let line = f.code.lines.get(f.running_lasti()).copied().unwrap_or(f.code.first_line);
            if repeats.next(&mut out, f.code.filename(), line, f.code.name.as_str()) {
                format_entry(&mut out, &f.code, line, None);
            }
        }
        repeats.finish(&mut out);
        out
    }

    /// The frames of a frame object and its callers (outermost first) as `traceback.format_stack(f)`.
    pub fn format_frame_chain(&self, frames: &[(crate::objects::Arc<Code>, u32)], limit: Option<i64>) -> String {
        let frames = match limit {
            Some(n) if n >= 0 => &frames[frames.len().saturating_sub(n as usize)..],
            Some(n) => &frames[..frames.len().min(n.unsigned_abs() as usize)],
            None => frames,
        };
        let mut out = String::new();
        let mut repeats = Repeats::default();
        for (code, line) in frames {
            if repeats.next(&mut out, code.filename(), *line, code.name.as_str()) {
                format_entry(&mut out, code, *line, None);
            }
        }
        repeats.finish(&mut out);
        out
    }

    pub fn print_exception(&mut self, err: &PyErr) {
        self.interp.stdio.flush_out();
        let text = self.format_exception(err);
        self.interp.stdio.write_err(&text);
    }
}

/// Sub-exceptions shown per group, and groups nested, before CPython elides the rest.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where an exception group's printing is: how deep in nested groups, and whether the last box
/// still needs its closing line; and whether this display adds "Did you mean" hints.
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
    suggestions: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text`, each line behind the margin of the current depth (none at depth 0).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// Entries printed after this many identical ones (same file, line and function) are folded
/// into one `[Previous line repeated N more times]` line, as CPython's `TB_RECURSIVE_CUTOFF`.
pub const RECURSIVE_CUTOFF: usize = 3;

/// Counts runs of identical traceback entries (see `RECURSIVE_CUTOFF`).
#[derive(Default)]
pub struct Repeats {
    last: Option<(String, u32, String)>,
    count: usize,
}

impl Repeats {
    /// Whether the entry is to be printed; ends a finished run with its fold line.
    pub fn next(&mut self, out: &mut String, file: &str, line: u32, name: &str) -> bool {
        let same = self.last.as_ref().is_some_and(|(f, l, n)| f == file && *l == line && n == name);
        if !same {
            self.finish(out);
            self.last = Some((file.to_string(), line, name.to_string()));
            self.count = 0;
        }
        self.count += 1;
        self.count <= RECURSIVE_CUTOFF
    }

    /// The fold line of the run just ended, if it was folded.
    pub fn finish(&mut self, out: &mut String) {
        if self.count > RECURSIVE_CUTOFF {
            let n = self.count - RECURSIVE_CUTOFF;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
        }
        self.count = 0;
    }
}

/// One traceback entry: `  File "...", line N, in name`, the source line and (given the running
/// instruction's position) the carets under it.
pub fn format_entry(out: &mut String, code: &Code, line: u32, pos: Option<&Position>) {
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename(), line, code.name.as_str()));
    // Like linecache, no source for "<string>", "<stdin>" or frozen modules.
    let has_source = !code.filename().starts_with('<');
    if let Some(text) = code.source.line(line).filter(|_| has_source) {
        let t = text.trim();
        if !t.is_empty() {
            out.push_str(&format!("    {t}\n"));
            if let Some(carets) = pos.and_then(|p| caret_line(&code.source, line, text, p)) {
                out.push_str(&carets);
            }
        }
    }
}

/// The line of `^` (and `~` around the operator of a binary operation or the brackets of a
/// subscript) under a traceback's source line, as CPython 3.11 draws it; None where it would
/// underline the whole line with nothing to anchor.
fn caret_line(source: &Source, lineno: u32, line: &str, pos: &Position) -> Option<String> {
    let (start, end) = (pos.start as usize, pos.end as usize);
    if end <= start || source.line_of(start) != lineno {
        return None;
    }
    let line_start = source.offset_of_line(lineno)?;
    let chars = |from: usize, to: usize| source.text.get(from..to).map_or(0, |t| t.chars().count());
    let start_col = chars(line_start, start);
    let one_line = source.line_of(end.saturating_sub(1).max(start)) == lineno;
    let end_col = if one_line { chars(line_start, end) } else { line.chars().count() };
    let indent = line.chars().count() - line.trim_start().chars().count();
    let stripped_len = line.trim().chars().count();
    let width = end_col.saturating_sub(start_col);
    let anchors = if one_line { anchors(source, pos) } else { None };
    if width == 0 || (width >= stripped_len && anchors.is_none()) {
        return None;
    }
    let mut out = format!("    {}", " ".repeat(start_col.saturating_sub(indent)));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// Where the `^` part starts and ends within the highlighted segment (in characters), found the
/// way CPython 3.11's `_extract_caret_anchors_from_line_segment` does.
fn anchors(source: &Source, pos: &Position) -> Option<(usize, usize)> {
    let seg_text = source.text.get(pos.start as usize..pos.end as usize)?;
    let seg: Vec<char> = seg_text.chars().collect();
    let at = |byte: u32| -> Option<usize> { seg_text.get(..(byte as usize).checked_sub(pos.start as usize)?).map(|t| t.chars().count()) };
    match pos.anchor {
        Anchor::None => None,
        Anchor::BinOp { left_end, right_start } => {
            let (l, r) = (at(left_end)?, at(right_start)?);
            let op: &[char] = seg.get(l..r)?;
            let lead = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = l + lead;
            let mut right = left + 1;
            if lead + 1 < op.len() && !op[lead + 1].is_whitespace() {
                right += 1;
            }
            while left < seg.len() && (seg[left].is_whitespace() || seg[left] == ')' || seg[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Anchor::Subscript { value_end, slice_end } => {
            let mut left = at(value_end)?;
            let mut right = at(slice_end)? + 1;
            while left < seg.len() && seg[left] != '[' {
                left += 1;
            }
            while right < seg.len() && seg[right] != ']' {
                right += 1;
            }
            if right < seg.len() {
                right += 1;
            }
            Some((left, right))
        }
    }
}
