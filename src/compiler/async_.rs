//! The coroutine constructs to bytecode: `await`, `async for` (statements and comprehension
//! clauses) and `async with`.
//!
//! Every await is the same pair: `GetAwaitable` turns the value into the iterator its `__await__`
//! gives (a coroutine stays itself), then `YieldFrom` runs it, passing the values it yields up to
//! whoever drives the outermost coroutine (an event loop) and sending back what that one sends.
//! An `async for` asks for the next item with `GetANext` under a handler block; the handler's
//! `EndAsyncFor` ends the loop on StopAsyncIteration and re-raises anything else.

use super::{CResult, Compiler, FBlock};
use crate::ast::*;
use crate::code::Op;
use crate::objects::Value;

impl<'a> Compiler<'a> {
    /// `v -> await v`. `site`: 0 a plain await, 1 `__aenter__`'s result, 2 `__aexit__`'s (the
    /// errors name which).
    pub(super) fn await_top(&mut self, site: u8) {
        self.emit(Op::GetAwaitable(site));
        self.load_const(Value::None);
        self.emit(Op::YieldFrom);
    }

    /// `aiter -> aiter item`, or, at the end, a jump to the handler the caller patches at the
    /// returned position (where it emits `EndAsyncFor`).
    pub(super) fn async_next(&mut self) -> usize {
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        setup
    }

    pub(super) fn async_for(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        let handler = self.async_next();
        self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: true });
        self.store(target)?;
        self.stmts(body)?;
        self.emit(Op::Jump(start as u32));
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
        self.patch(handler);
        self.emit(Op::EndAsyncFor);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// `async with a as x, b:` nests as `with` does; entering and leaving await.
    pub(super) fn async_with(&mut self, items: &'a [(Expr, Option<Expr>)], body: &'a [Stmt]) -> CResult<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(ctx)?;
        self.emit(Op::BeforeAsyncWith);
        self.await_top(1);
        let setup = self.emit(Op::SetupAsyncWith(0));
        self.unit().fblocks.push(FBlock::AsyncWith);
        match target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        self.async_with(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::CallAsyncExitNone);
        self.await_top(2);
        self.emit(Op::PopTop);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExceptStart);
        self.await_top(2);
        self.with_exit_tail(end);
        Ok(())
    }
}
