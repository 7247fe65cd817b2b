//! Issuing the SyntaxWarnings the compiler recorded (compiler/syntax_warnings.rs) once a source
//! has compiled: each goes through the `warnings` filters as CPython's compiler sends it
//! (`file:line: SyntaxWarning: text` and the source line); one the filters turn into an error
//! (`-W error`) becomes the SyntaxError CPython raises in its place.

use crate::code::Source;
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};
use crate::modules::warnings::{Warning, source_line_of, warn_explicit};
use crate::objects::types::types;
use crate::objects::{ExcKind, PyResult, Value};
use crate::vm::Vm;

impl Vm {
    /// Issues the warnings recorded while compiling `source` (each once).
    pub fn issue_syntax_warnings(&mut self, source: &Source) -> PyResult<()> {
        let mut recorded = std::mem::take(&mut *source.warnings.lock());
        if recorded.is_empty() {
            return Ok(());
        }
        recorded.sort_by_key(|(span, _)| *span);
        recorded.dedup();
        let module = source.filename.strip_suffix(".py").unwrap_or(&source.filename).to_string();
        for ((start, end), text) in recorded {
            let lineno = source.line_of(start) as usize;
            let warning = Warning {
                category: types().exc(ExcKind::SyntaxWarning),
                message: Value::str(&text),
                text: text.clone(),
                filename: source.filename.clone(),
                lineno,
                module: module.clone(),
                source_line: source_line_of(&source.filename, lineno as i64),
                registry: false,
            };
            if let Err(e) = warn_explicit(self, warning) {
                if !e.matches(ExcKind::SyntaxWarning) {
                    return Err(e);
                }
                let info = SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: text, offset: start, end: Some(end) };
                return Err(self.syntax_error(&info, source));
            }
        }
        Ok(())
    }
}
