//! `try ... except* T as e:` (PEP 654) to bytecode.
//!
//! The handler keeps three values on the stack: the original exception, the list of exceptions the
//! clauses raised, and the part not matched yet (`rest`). Each clause splits `rest` with
//! `CheckEgMatch`; a clause whose body raises has that exception appended to the list by an inner
//! handler. `PrepReraiseStar` finally combines the raised exceptions and the unhandled rest, as
//! CPython's `_PyExc_PrepReraiseStar`, and raises the result (or nothing, when all was handled).
//! `break`, `continue` and `return` may not leave an except* body (checked by `check_star_exit`).

use super::NameOp;
use super::{CResult, Compiler, FBlock, syntax};
use crate::ast::*;
use crate::code::Op;
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};
use crate::objects::Value;

const EXIT_MESSAGE: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    /// A `try` whose handlers are all `except*` clauses (the caller checks that they are not mixed).
    pub(super) fn try_except_star(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt]) -> CResult<()> {
        let end = self.try_body(body, orelse)?;
        // orig -> orig raised rest
        self.emit(Op::DupTop);
        self.emit(Op::BuildList(0));
        self.emit(Op::RotTwo);
        for h in handlers {
            self.set_line(h.span.0);
            let Some(t) = &h.typ else { continue };
            self.expr(t)?;
            self.emit(Op::CheckEgMatch);
            let no_match = self.emit(Op::PopJumpIfFalse(0));
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop);
                }
            }
            let raised = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            let done = self.emit(Op::Jump(0));
            // The body raised: orig raised rest exc -> orig raised rest, exc kept in the list.
            self.patch(raised);
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            self.patch(done);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.name_op(n, NameOp::Delete);
            }
            let next = self.emit(Op::Jump(0));
            self.patch(no_match);
            self.emit(Op::PopTop);
            self.patch(next);
        }
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::PopExcept);
        self.patch(end);
        Ok(())
    }

    /// `break`/`continue` (`to_loop`) or `return` at `span`: a SyntaxError when it would leave an
    /// except* body.
    pub(super) fn check_star_exit(&mut self, to_loop: bool, span: Span) -> CResult<()> {
        for b in self.unit().fblocks.iter().rev() {
            match b {
                FBlock::Loop { .. } if to_loop => return Ok(()),
                FBlock::ExceptStarBody => {
                    return Err(SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: EXIT_MESSAGE.to_string(), offset: span.0, end: Some(span.1) });
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The SyntaxErrors of a `try` that mixes `except` and `except*`.
    pub(super) fn check_star_handlers(handlers: &[Handler]) -> CResult<bool> {
        let star = handlers.first().is_some_and(|h| h.star);
        if let Some(h) = handlers.iter().find(|h| h.star != star) {
            let mut e = syntax("cannot have both 'except' and 'except*' on the same 'try'", h.span.0);
            e.end = Some(h.span.0 + if h.star { "except*".len() } else { "except".len() });
            return Err(e);
        }
        Ok(star)
    }
}
