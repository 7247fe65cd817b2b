//! Bytecode generation: walks the syntax tree with the symbol table beside it and emits `Op`s into one
//! code unit per scope. `break`, `continue` and `return` leave enclosing `try`/`with`/`except` blocks
//! by emitting those blocks' exit code inline (the "frame block" stack below).

use super::scope::{NameKind, ScopeKind, ScopeTable, analyze};
use crate::ast::*;
use crate::code::{Anchor, Code, CodeKind, MakeFlags, Op, Position, Source};
use crate::lexer::SyntaxErrorInfo;
use crate::lexer::SyntaxKind;
use crate::objects::Arc;
use crate::objects::Value;
use crate::objects::str::{PyStr, intern};
use std::collections::HashMap;

type CResult<T> = Result<T, SyntaxErrorInfo>;

// The match statement's compiler: a child module, so it shares this one's private helpers.
#[path = "pattern.rs"]
mod pattern;

// except* (PEP 654): a child module for the same reason.
#[path = "except_star.rs"]
mod except_star;

// async for / async with / await: a child module for the same reason.
#[path = "async_.rs"]
mod async_;

#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    TryExcept,
    TryFinally(&'a [Stmt]),
    With,
    /// Inside an `async with` body: leaving it awaits `__aexit__`.
    AsyncWith,
    /// Inside an except clause: the exception is no longer on the stack.
    HandlerBody,
    /// Inside a finally clause run for an exception: the exception is on the stack.
    FinallyHandler,
    /// Inside the body of an except* clause (nothing may jump out of it).
    ExceptStarBody,
    /// Inside a finally body run inline by a `return`: the value it returns is on the stack.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    ops: Vec<Op>,
    lines: Vec<u32>,
    positions: Vec<Position>,
    consts: Vec<Value>,
    names: Vec<Arc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cells: Vec<String>,
    ncellvars: usize,
    fblocks: Vec<FBlock<'a>>,
    first_line: u32,
}

pub struct Compiler<'a> {
    source: std::sync::Arc<Source>,
    scopes: ScopeTable,
    units: Vec<Unit<'a>>,
    line: u32,
    /// The source range the next instructions come from.
    pos: Position,
    interactive: bool,
    /// eval/exec: module-level names go through the frame's namespace (their `locals`) first.
    namespace_names: bool,
    /// What the module's `from __future__ import ...` statements switched on.
    future: super::future::Features,
}

/// A SyntaxError about a whole node: its span gives CPython's `offset` and `end_offset`.
fn syntax_over(msg: &str, span: (usize, usize)) -> SyntaxErrorInfo {
    SyntaxErrorInfo { end: Some(span.1), ..syntax(msg, span.0) }
}

fn syntax(msg: &str, offset: usize) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.to_string(), offset, end: None }
}

/// Whether a module or class body has an annotated assignment of its own (looking into compound
/// statements, not into nested functions or classes), so needs an `__annotations__` dict.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.node {
        StmtKind::AnnAssign(..) => true,
        StmtKind::If(_, a, b) | StmtKind::While(_, a, b) => has_annotations(a) || has_annotations(b),
        StmtKind::For(_, _, body, orelse, _) => has_annotations(body) || has_annotations(orelse),
        StmtKind::With(_, body, _) => has_annotations(body),
        StmtKind::Match(_, cases) => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            has_annotations(body) || handlers.iter().any(|h| has_annotations(&h.body)) || has_annotations(orelse) || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// Compiles a parsed module. `interactive` makes expression statements echo their value (the REPL).
pub fn compile_module(module: &[Stmt], source: std::sync::Arc<Source>, interactive: bool) -> CResult<Arc<Code>> {
    compile_statements(module, source, interactive, false)
}

/// Compiles `exec`'s input: a module whose top-level names live in the frame's namespace.
pub fn compile_exec(module: &[Stmt], source: std::sync::Arc<Source>) -> CResult<Arc<Code>> {
    compile_statements(module, source, false, true)
}

fn compile_statements(module: &[Stmt], source: std::sync::Arc<Source>, interactive: bool, namespace_names: bool) -> CResult<Arc<Code>> {
    let future = super::future::features(module)?;
    let scopes = analyze(module)?;
    let mut c = Compiler { source, scopes, units: Vec::new(), line: 1, pos: Position::default(), interactive, namespace_names, future };
    c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    if has_annotations(module) {
        c.emit(Op::SetupAnnotations);
    }
    // A module's docstring is its __doc__ (not under -OO).
    if let Some(Stmt { node: StmtKind::Expr(Expr { node: ExprKind::Const(Const::Str(d)), .. }), .. }) = module.first()
        && !interactive
        && crate::config::optimize() < 2
    {
        c.load_const(Value::str(d));
        let dn = c.name("__doc__");
        c.emit(Op::StoreName(dn));
    }
    c.stmts(module)?;
    c.emit(Op::LoadConst(0));
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit(Arity::default(), None))
}

/// Compiles `eval`'s input: a module of exactly one expression statement, whose value the code
/// object returns.
pub fn compile_eval(module: &[Stmt], source: std::sync::Arc<Source>) -> CResult<Arc<Code>> {
    let [Stmt { node: StmtKind::Expr(e), .. }] = module else {
        let at = module.first().map_or(0, |s| s.span.0);
        return Err(syntax("invalid syntax", at));
    };
    let scopes = analyze(module)?;
    let mut c = Compiler {
        source,
        scopes,
        units: Vec::new(),
        line: 1,
        pos: Position::default(),
        interactive: false,
        namespace_names: true,
        future: Default::default(),
    };
    c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    c.expr(e)?;
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit(Arity::default(), None))
}

impl<'a> Compiler<'a> {
    /// An annotation's value: evaluated, or under `from __future__ import annotations` its
    /// source text (CPython stores its own unparsing, which differs only in spacing).
    fn annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if !self.future.annotations {
            return self.expr(ann);
        }
        let text = self.source.text.get(ann.span.0..ann.span.1).unwrap_or("").trim().to_string();
        self.load_const(Value::Str(intern(&text)));
        Ok(())
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: String, qualname: String, first_line: u32) {
        let sc = &self.scopes.scopes[scope];
        let varnames = if sc.kind == ScopeKind::Function { sc.varnames() } else { Vec::new() };
        let mut cells = sc.cellvars.clone();
        let ncellvars = cells.len();
        cells.extend(sc.freevars.iter().cloned());
        let mut u = Unit {
            scope,
            kind,
            name,
            qualname,
            ops: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cells,
            ncellvars,
            fblocks: Vec::new(),
            first_line,
        };
        u.consts.push(Value::None);
        self.units.push(u);
    }

    fn pop_unit(&mut self, arity: Arity, doc: Option<String>) -> Arc<Code> {
        let u = self.units.pop().unwrap();
        let sc = &self.scopes.scopes[u.scope];
        let cellvars: Vec<Arc<PyStr>> = u.cells[..u.ncellvars].iter().map(|n| intern(n)).collect();
        let cell2arg = u.cells[..u.ncellvars].iter().map(|n| sc.params.iter().position(|p| p == n).map(|i| i as u32)).collect();
        let mut varnames: Vec<Arc<PyStr>> = u.varnames.iter().map(|n| intern(n)).collect();
        // Parameters that are cells still get a slot (arguments land there, then move to the cell).
        for p in &sc.params {
            if !u.varnames.contains(p) {
                varnames.push(intern(p));
            }
        }
        let mut ops = u.ops;
        crate::code::fuse::fuse(&mut ops, &u.lines);
        Arc::new(Code {
            name: intern(&u.name),
            qualname: u.qualname,
            source: self.source.clone(),
            kind: u.kind,
            ops,
            lines: u.lines,
            positions: u.positions,
            first_line: u.first_line,
            consts: u.consts,
            hints: crate::code::hints::Hints::new(u.names.len()),
            names: u.names,
            varnames,
            cellvars,
            freevars: u.cells[u.ncellvars..].iter().map(|n| intern(n)).collect(),
            cell2arg,
            argcount: arity.argcount,
            posonlyargcount: arity.posonly,
            kwonlyargcount: arity.kwonly,
            varargs: arity.varargs,
            varkw: arity.varkw,
            generator: sc.generator || sc.is_async,
            flavor: match (sc.is_async, sc.generator) {
                (false, _) => crate::code::Flavor::Generator,
                (true, false) => crate::code::Flavor::Coroutine,
                (true, true) => crate::code::Flavor::AsyncGenerator,
            },
            doc,
        })
    }

    fn emit(&mut self, op: Op) -> usize {
        let (line, pos) = (self.line, self.pos);
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(line);
        u.positions.push(pos);
        u.ops.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().ops.len()
    }

    /// Points the jump at `at` to the current position.
    /// Evaluates `test` and jumps (to be patched) when it is false; `not x` tests `x` and jumps
    /// when it is true, one instruction fewer.
    fn jump_unless(&mut self, test: &'a Expr) -> CResult<usize> {
        if let ExprKind::Unary(UnaryOp::Not, inner) = &test.node {
            self.expr(inner)?;
            return Ok(self.emit(Op::PopJumpIfTrue(0)));
        }
        self.expr(test)?;
        let lone_comparison = matches!(&test.node, ExprKind::Compare(_, rest) if rest.len() == 1);
        if let (true, Some(&Op::Compare(op))) = (lone_comparison, self.unit().ops.last()) {
            // A lone comparison (no jumps inside it) decides the jump itself, keeping its position.
            let at = self.here() - 1;
            self.unit().ops[at] = Op::CompareJumpIfFalse(op, 0);
            return Ok(at);
        }
        Ok(self.emit(Op::PopJumpIfFalse(0)))
    }

    fn patch(&mut self, at: usize) {
        let target = self.here() as u32;
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        let op = &mut self.unit().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::CompareJumpIfFalse(op, _) => Op::CompareJumpIfFalse(op, target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            Op::SetupAsyncWith(_) => Op::SetupAsyncWith(target),
            other => other,
        };
    }

    fn konst(&mut self, v: Value) -> u32 {
        let u = self.unit();
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::Str(a), Value::Str(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Instance(_), Value::Instance(_)) => match (crate::objects::complex::complex_parts(c), crate::objects::complex::complex_parts(&v)) {
                    (Some(a), Some(b)) => a.re.to_bits() == b.re.to_bits() && a.im.to_bits() == b.im.to_bits(),
                    _ => false,
                },
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.konst(v);
        self.emit(Op::LoadConst(i));
    }

    fn name(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.name_index.get(n) {
            return *i;
        }
        let i = u.names.len() as u32;
        u.names.push(intern(n));
        u.name_index.insert(n.to_string(), i);
        i
    }

    fn set_line(&mut self, offset: usize) {
        self.line = self.source.line_of(offset);
    }

    // ------------------------------------------------------------------ names

    fn name_op(&mut self, name: &str, mode: NameOp) {
        let scope = self.unit().scope;
        let kind = self.scopes.scopes[scope].kind_of(name);
        let skind = self.scopes.scopes[scope].kind;
        if skind == ScopeKind::Class && name == "__class__" {
            // The implicit __class__ cell of a class body is not a namespace
            // name: `__class__ = property(...)` in the body binds an attribute.
            let i = self.name(name);
            self.emit(match mode {
                NameOp::Load => Op::LoadName(i),
                NameOp::Store => Op::StoreName(i),
                NameOp::Delete => Op::DeleteName(i),
            });
            return;
        }
        match (skind, kind) {
            (_, NameKind::Cell) | (_, NameKind::Free) => {
                let idx = self.unit().cells.iter().position(|c| c == name).unwrap() as u32;
                // In a class body, a free variable is looked up in the namespace first (by the cell's name).
                self.emit(match mode {
                    NameOp::Load if skind == ScopeKind::Class => Op::LoadClassDeref(idx),
                    NameOp::Load => Op::LoadDeref(idx),
                    NameOp::Store => Op::StoreDeref(idx),
                    NameOp::Delete => Op::DeleteDeref(idx),
                });
            }
            (ScopeKind::Function, NameKind::Local) => {
                let idx = self.unit().varnames.iter().position(|c| c == name).unwrap() as u32;
                self.emit(match mode {
                    NameOp::Load => Op::LoadFast(idx),
                    NameOp::Store => Op::StoreFast(idx),
                    NameOp::Delete => Op::DeleteFast(idx),
                });
            }
            (ScopeKind::Class, NameKind::ClassLocal) | (ScopeKind::Module, _) if skind == ScopeKind::Class || self.namespace_names => {
                let i = self.name(name);
                self.emit(match mode {
                    NameOp::Load => Op::LoadName(i),
                    NameOp::Store => Op::StoreName(i),
                    NameOp::Delete => Op::DeleteName(i),
                });
            }
            _ => {
                let i = self.name(name);
                self.emit(match mode {
                    NameOp::Load => Op::LoadGlobal(i),
                    NameOp::Store => Op::StoreGlobal(i),
                    NameOp::Delete => Op::DeleteGlobal(i),
                });
            }
        }
    }

    fn load_name(&mut self, n: &str) {
        self.name_op(n, NameOp::Load)
    }
    fn store_name(&mut self, n: &str) {
        self.name_op(n, NameOp::Store)
    }

    // ------------------------------------------------------------------ statements

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span.0);
        self.pos = Position { start: s.span.0 as u32, end: s.span.1 as u32, anchor: Anchor::None };
        match &s.node {
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if let ExprKind::Const(_) = e.node {
                    // A bare constant (a docstring, say) does nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Assign(targets, value) => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::DupTop);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign(t, op, v) => self.aug_assign(t, *op, v)?,
            StmtKind::AnnAssign(t, ann, v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    self.store(t)?;
                }
                // Module and class bodies record `name: ann` in __annotations__ (and evaluate the
                // annotation of any other target); function bodies evaluate nothing.
                if self.units.last().unwrap().kind != CodeKind::Function {
                    self.annotation(ann)?;
                    match &t.node {
                        ExprKind::Name(n) => {
                            let a = self.name("__annotations__");
                            self.emit(Op::LoadName(a));
                            self.load_const(Value::Str(intern(n)));
                            self.emit(Op::StoreSubscr);
                        }
                        _ => {
                            self.emit(Op::PopTop);
                        }
                    }
                }
            }
            StmtKind::If(test, body, orelse) => {
                let j = self.jump_unless(test)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(j);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.patch(j);
                    self.stmts(orelse)?;
                    self.patch(end);
                }
            }
            StmtKind::While(test, body, orelse) => {
                let start = self.here();
                let exit = self.jump_unless(test)?;
                self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: false });
                self.stmts(body)?;
                self.emit(Op::Jump(start as u32));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
                self.patch(exit);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For(target, iter, body, orelse, true) => self.async_for(target, iter, body, orelse)?,
            StmtKind::For(target, iter, body, orelse, false) => {
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let fi = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: true });
                self.store(target)?;
                self.stmts(body)?;
                self.emit(Op::Jump(start as u32));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else { unreachable!() };
                self.patch(fi);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.node, StmtKind::Break);
                self.check_star_exit(true, s.span)?;
                let Some(li) = self.unwind(true, false)? else {
                    return Err(syntax_over(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, s.span));
                };
                let FBlock::Loop { start, is_for, .. } = self.unit().fblocks[li].clone() else { unreachable!() };
                if is_break {
                    if is_for {
                        self.emit(Op::PopTop);
                    }
                    let j = self.emit(Op::Jump(0));
                    if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[li] {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Op::Jump(start as u32));
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                self.check_star_exit(false, v.as_ref().map_or(s.span, |e| e.span))?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind(false, true)?;
                self.emit(Op::ReturnValue);
            }
            StmtKind::FunctionDef { name, params, body, decorators, .. } => {
                for d in decorators {
                    self.expr(d)?;
                }
                self.set_line(s.span.0);
                let doc = match body.first().map(|s| &s.node) {
                    // -OO drops docstrings.
                    _ if crate::config::optimize() >= 2 => None,
                    Some(StmtKind::Expr(Expr { node: ExprKind::Const(Const::Str(d)), .. })) => Some(d.clone()),
                    _ => None,
                };
                self.make_function(s, name, params, FuncBody::Stmts(body), doc)?;
                for d in decorators.iter().rev() {
                    self.emit_at(d, Op::CallFunction(1));
                }
                self.store_name(name);
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorators } => {
                self.class_def(s, name, bases, keywords, body, decorators)?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } if Self::check_star_handlers(handlers)? => {
                if finalbody.is_empty() {
                    self.try_except_star(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::With(items, body, false) => self.with(items, body)?,
            StmtKind::With(items, body, true) => self.async_with(items, body)?,
            // -O: assert statements are not compiled.
            StmtKind::Assert(..) if crate::config::optimize() > 0 => {}
            StmtKind::Match(subject, cases) => self.match_stmt(subject, cases)?,
            StmtKind::Assert(test, msg) => {
                if let Some(w) = super::syntax_warnings::assert(test) {
                    self.source.warn(s.span, w);
                }
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction(1));
                }
                self.emit_at(test, Op::Raise(1));
                self.patch(j);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(names) => {
                for (dotted, alias) in names {
                    // `import a.b.c` binds the top-level package `a` (what `__import__` returns
                    // with no fromlist); `import a.b.c as d` then walks down to `a.b.c`.
                    self.load_const(Value::None);
                    let i = self.name(dotted);
                    self.emit(Op::ImportName(i));
                    let mut parts = dotted.split('.');
                    let top = parts.next().unwrap_or_default().to_string();
                    match alias {
                        Some(a) => {
                            for part in parts {
                                let p = self.name(part);
                                self.emit(Op::ImportFrom(p));
                                self.emit(Op::RotTwo);
                                self.emit(Op::PopTop);
                            }
                            self.store_name(a)
                        }
                        None => self.store_name(&top),
                    }
                }
            }
            StmtKind::ImportFrom(module, level, names) => {
                // A relative import's level travels as leading dots (see `Vm::import_name`).
                let m = self.name(&format!("{}{module}", ".".repeat(*level)));
                let fromlist = if names.is_empty() { vec![Value::str("*")] } else { names.iter().map(|(n, _)| Value::str(n)).collect() };
                self.load_const(Value::tuple(fromlist));
                self.emit(Op::ImportName(m));
                if names.is_empty() {
                    self.emit(Op::ImportStar);
                } else {
                    for (n, alias) in names {
                        let i = self.name(n);
                        self.emit(Op::ImportFrom(i));
                        self.store_name(alias.as_ref().unwrap_or(n));
                    }
                    self.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    /// Emits the exits of the blocks that `break`/`continue` (to the nearest loop) or `return` (all of
    /// them, with the return value kept on top) leave. Returns the loop's index for break/continue.
    fn unwind(&mut self, to_loop: bool, keep_top: bool) -> CResult<Option<usize>> {
        let blocks = self.unit().fblocks.clone();
        for i in (0..blocks.len()).rev() {
            match &blocks[i] {
                FBlock::Loop { is_for, .. } => {
                    if to_loop {
                        return Ok(Some(i));
                    }
                    if *is_for {
                        self.emit(Op::RotTwo);
                        self.emit(Op::PopTop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::TryFinally(body) => {
                    self.emit(Op::PopBlock);
                    // The finally body runs inline, under the blocks outside its `try`; a
                    // `break`/`continue`/`return` in it drops the value being returned first.
                    let saved = std::mem::take(&mut self.unit().fblocks);
                    self.unit().fblocks = saved[..i].to_vec();
                    if keep_top {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    let line = self.line;
                    self.stmts(body)?;
                    self.line = line;
                    if keep_top {
                        self.unit().fblocks.pop();
                    }
                    // Breaks out of the inline body jump to the end of a loop outside it: keep
                    // them for that loop's patching.
                    let inline = std::mem::replace(&mut self.unit().fblocks, saved);
                    for (k, block) in inline.into_iter().enumerate() {
                        if let (FBlock::Loop { breaks, .. }, FBlock::Loop { breaks: kept, .. }) = (block, &mut self.unit().fblocks[k]) {
                            *kept = breaks;
                        }
                    }
                }
                FBlock::PopValue => {
                    if keep_top {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if keep_top {
                        // Below the exit and its self.
                        self.emit(Op::RotThree);
                    }
                    self.emit(Op::CallExitNone);
                }
                FBlock::AsyncWith => {
                    self.emit(Op::PopBlock);
                    if keep_top {
                        self.emit(Op::RotThree);
                    }
                    self.emit(Op::CallAsyncExitNone);
                    self.await_top(2);
                    self.emit(Op::PopTop);
                }
                FBlock::HandlerBody => {
                    self.emit(Op::PopExcept);
                }
                FBlock::ExceptStarBody => {}
                FBlock::FinallyHandler => {
                    if keep_top {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::PopTop);
                    self.emit(Op::PopExcept);
                }
            }
        }
        Ok(None)
    }

    /// A `try:` body under its handler block, then the `else:` clause; returns the jump past the
    /// handlers (which start right after it).
    fn try_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<usize> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        Ok(end)
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt]) -> CResult<()> {
        let mut ends = vec![self.try_body(body, orelse)?];
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span.0);
            if h.typ.is_none() && i + 1 < handlers.len() {
                let end = h.body.last().map_or(h.span.1, crate::compiler::scope::statement_end);
                return Err(syntax_over("default 'except:' must be last", (h.span.0, end)));
            }
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop);
                }
            }
            self.unit().fblocks.push(FBlock::HandlerBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.name_op(n, NameOp::Delete);
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(j) = next {
                self.patch(j);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, body: &'a [Stmt], handlers: &'a [Handler], orelse: &'a [Stmt], finalbody: &'a [Stmt]) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if handlers[0].star {
            self.try_except_star(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [(Expr, Option<Expr>)], body: &'a [Stmt]) -> CResult<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.stmts(body);
        };
        // The exit call belongs to the `with` line (as in CPython's tracebacks), not to the
        // body's last statement.
        let at_with = (self.line, self.pos);
        self.expr(ctx)?;
        let setup = self.emit(Op::SetupWith(0));
        self.unit().fblocks.push(FBlock::With);
        match target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        (self.line, self.pos) = at_with;
        self.emit(Op::PopBlock);
        self.emit(Op::CallExitNone);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExceptStart);
        self.with_exit_tail(end);
        Ok(())
    }

    /// The end of a `with` (or `async with`) handler: `exit self exc suppress` on the stack;
    /// re-raises unless the exit's result is true, then continues at `end`.
    fn with_exit_tail(&mut self, end: usize) {
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch(suppress);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.emit(Op::PopTop);
        self.patch(end);
    }

    fn aug_assign(&mut self, t: &'a Expr, op: BinOp, v: &'a Expr) -> CResult<()> {
        match &t.node {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj)?;
                self.emit(Op::DupTop);
                let i = self.name(attr);
                self.emit_at(t, Op::LoadAttr(i));
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::RotTwo);
                self.emit_at(t, Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit(Op::DupTop2);
                self.emit_at(t, Op::BinarySubscr);
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::RotThree);
                self.emit_at(t, Op::StoreSubscr);
            }
            _ => return Err(syntax_over("illegal expression for augmented assignment", t.span)),
        }
        Ok(())
    }

    fn store(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.node {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj)?;
                let i = self.name(attr);
                self.emit_at(t, Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit_at(t, Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                match items.iter().position(|e| matches!(e.node, ExprKind::Starred(_))) {
                    Some(star) => {
                        let after = items.len() - star - 1;
                        self.emit_at(t, Op::UnpackEx(star as u16, after as u16));
                    }
                    None => {
                        self.emit_at(t, Op::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.node {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(item)?,
                    }
                }
            }
            _ => return Err(syntax_over("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.node {
            ExprKind::Name(n) => self.name_op(n, NameOp::Delete),
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj)?;
                let i = self.name(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit_at(t, Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            ExprKind::Starred(_) => return Err(syntax_over("cannot delete starred", t.span)),
            _ => return Err(syntax_over(&format!("cannot delete {}", crate::parser::helpers::expr_kind_name(t)), t.span)),
        }
        Ok(())
    }

    // ------------------------------------------------------------------ functions and classes

    /// Pushes the closure tuple for a child scope; returns whether it had free variables.
    fn closure_for(&mut self, child_scope: usize) -> bool {
        let free = self.scopes.scopes[child_scope].freevars.clone();
        if free.is_empty() {
            return false;
        }
        for f in &free {
            let idx = self.unit().cells.iter().position(|c| c == f).expect("free variable has a cell") as u32;
            self.emit(Op::LoadClosure(idx));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        true
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            CodeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn make_function<T>(&mut self, node: &T, name: &str, params: &'a Params, body: FuncBody<'a>, doc: Option<String>) -> CResult<()> {
        let mut flags = MakeFlags::default();
        let defaults: Vec<&Expr> = params.args.iter().filter_map(|a| a.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= MakeFlags::DEFAULTS;
        }
        let kwdefaults: Vec<&Param> = params.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kwdefaults.is_empty() {
            for k in &kwdefaults {
                self.load_const(Value::Str(intern(&k.name)));
                self.expr(k.default.as_ref().unwrap())?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= MakeFlags::KWDEFAULTS;
        }
        if !params.annotations.is_empty() {
            for (name, a) in &params.annotations {
                self.load_const(Value::Str(intern(name)));
                self.annotation(a)?;
            }
            self.emit(Op::BuildMap(params.annotations.len() as u32));
            flags |= MakeFlags::ANNOTATIONS;
        }
        let scope = self.scopes.of(node);
        if self.closure_for(scope) {
            flags |= MakeFlags::CLOSURE;
        }
        let qualname = self.qualname_for(name);
        let line = self.line;
        self.push_unit(scope, CodeKind::Function, name.to_string(), qualname, line);
        match body {
            FuncBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::ReturnValue);
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue);
            }
        }
        let arity = Arity {
            argcount: params.args.len() as u32,
            posonly: params.posonly as u32,
            kwonly: params.kwonly.len() as u32,
            varargs: params.vararg.is_some(),
            varkw: params.kwarg.is_some(),
        };
        let code = self.pop_unit(arity, doc);
        self.line = line;
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn class_def(&mut self, s: &'a Stmt, name: &str, bases: &'a [Expr], keywords: &'a [Keyword], body: &'a [Stmt], decorators: &'a [Expr]) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.set_line(s.span.0);
        self.emit(Op::LoadBuildClass);
        let scope = self.scopes.of(s);
        let mut flags = MakeFlags::default();
        if self.closure_for(scope) {
            flags |= MakeFlags::CLOSURE;
        }
        let qualname = self.qualname_for(name);
        let line = self.line;
        self.push_unit(scope, CodeKind::Class, name.to_string(), qualname.clone(), line);
        self.load_const(Value::string(qualname));
        let q = self.name("__qualname__");
        self.emit(Op::StoreName(q));
        if let Some(Stmt { node: StmtKind::Expr(Expr { node: ExprKind::Const(Const::Str(d)), .. }), .. }) =
            body.first().filter(|_| crate::config::optimize() < 2)
        {
            self.load_const(Value::str(d));
            let dn = self.name("__doc__");
            self.emit(Op::StoreName(dn));
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations);
        }
        self.stmts(body)?;
        if let Some(idx) = self.unit().cells.iter().position(|c| c == "__class__") {
            self.emit(Op::LoadClosure(idx as u32));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(Arity::default(), None);
        self.line = line;
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
        self.load_const(Value::str(name));
        self.call_args(bases, keywords, 2)?;
        for d in decorators.iter().rev() {
            self.emit_at(d, Op::CallFunction(1));
        }
        self.store_name(name);
        Ok(())
    }

    // ------------------------------------------------------------------ expressions

    /// Emits `op` as coming from expression `e` (its line and source range).
    fn emit_at(&mut self, e: &Expr, op: Op) -> usize {
        let (line, pos) = (self.line, self.pos);
        self.line = self.source.line_of(e.span.0);
        self.pos = position_of(e);
        let at = self.emit(op);
        (self.line, self.pos) = (line, pos);
        at
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let (saved, saved_pos) = (self.line, self.pos);
        let line = self.source.line_of(e.span.0);
        self.line = line;
        self.pos = position_of(e);
        let r = crate::stack::SYNTAX_TREE.run(|| self.expr_inner(e));
        self.line = saved;
        self.pos = saved_pos;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.node {
            // `__debug__` is a constant: False under -O.
            ExprKind::Name(n) if n == "__debug__" => self.load_const(Value::Bool(crate::config::optimize() == 0)),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Const(c) => {
                let v = const_value(c).map_err(|m| syntax_over(&m, e.span))?;
                self.load_const(v);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Tuple(items) => {
                if let Some(t) = const_tuple(items) {
                    // A tuple of constants is one constant, as CPython folds it.
                    self.load_const(t);
                } else if items.iter().any(|i| matches!(i.node, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.node, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.node, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        if let ExprKind::Starred(inner) = &i.node {
                            self.expr(inner)?;
                            self.emit(Op::SetUpdate(1));
                        } else {
                            self.expr(i)?;
                            self.emit(Op::SetAdd(1));
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict(items) => {
                if items.iter().any(|(k, _)| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in items {
                        self.expr(k.as_ref().unwrap())?;
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                }
            }
            ExprKind::Starred(_) => return Err(syntax_over("can't use starred expression here", e.span)),
            ExprKind::BinOp(a, op, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::Unary(op, a) => {
                // Fold negative number literals, as CPython does.
                if let (UnaryOp::Neg, ExprKind::Const(Const::Int(digits))) = (op, &a.node) {
                    let v = const_value(&Const::Int(digits.clone())).map_err(|m| syntax_over(&m, e.span))?;
                    let neg = match v {
                        Value::Int(i) if i != i64::MIN => Value::Int(-i),
                        Value::Int(i) => Value::bigint(-num_bigint::BigInt::from(i)),
                        Value::BigInt(b) => Value::bigint(-(*b).clone()),
                        other => other,
                    };
                    self.load_const(neg);
                    return Ok(());
                }
                if let (UnaryOp::Neg, ExprKind::Const(Const::Float(f))) = (op, &a.node) {
                    self.load_const(Value::Float(-f));
                    return Ok(());
                }
                self.expr(a)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp(is_and, values) => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(if *is_and { Op::JumpIfFalseOrPop(0) } else { Op::JumpIfTrueOrPop(0) }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare(first, rest) => {
                if let Some(w) = super::syntax_warnings::compare(first, rest) {
                    self.source.warn(e.span, w);
                }
                self.expr(first)?;
                if rest.len() == 1 {
                    // `x in [a, b]` of constants tests a constant tuple, as CPython folds it.
                    match (&rest[0], &rest[0].1.node) {
                        ((CmpOp::In | CmpOp::NotIn, _), ExprKind::List(items)) if let Some(t) = const_tuple(items) => self.load_const(t),
                        _ => self.expr(&rest[0].1)?,
                    }
                    self.emit(Op::Compare(rest[0].0));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in rest.iter().enumerate() {
                        self.expr(right)?;
                        if i + 1 < rest.len() {
                            self.emit(Op::DupTop);
                            self.emit(Op::RotThree);
                            self.emit(Op::Compare(*op));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Op::RotTwo);
                    self.emit(Op::PopTop);
                    self.patch(end);
                }
            }
            ExprKind::Call { func, args, keywords } => {
                if let Some(w) = super::syntax_warnings::call(func) {
                    self.source.warn(e.span, w);
                }
                self.call(func, args, keywords)?
            }
            ExprKind::Attribute(obj, attr) => {
                let before = self.here();
                self.expr(obj)?;
                let i = self.name(attr);
                // `local.attr`: one instruction.
                let just_one = self.here() == before + 1;
                let fused = match self.unit().ops.last() {
                    Some(&Op::LoadFast(l)) if just_one && l <= u16::MAX as u32 && i <= u16::MAX as u32 => Some(l as u16),
                    _ => None,
                };
                match fused {
                    Some(l) => {
                        let u = self.unit();
                        u.ops.pop();
                        u.lines.pop();
                        u.positions.pop();
                        self.emit(Op::LoadFastAttr(l, i as u16));
                    }
                    None => {
                        self.emit(Op::LoadAttr(i));
                    }
                }
            }
            ExprKind::Subscript(obj, key) => {
                if let Some(w) = super::syntax_warnings::subscript(obj, key) {
                    self.source.warn(e.span, w);
                }
                self.expr(obj)?;
                self.expr(key)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                if let Some(c) = c {
                    self.expr(c)?;
                    self.emit(Op::BuildSlice(3));
                } else {
                    self.emit(Op::BuildSlice(2));
                }
            }
            ExprKind::IfExp(test, body, orelse) => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(j);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::Lambda(params, body) => self.make_function(e, "<lambda>", params, FuncBody::Expr(body), None)?,
            ExprKind::ListComp(elt, gens) => self.comprehension(e, "<listcomp>", gens, CompKind::List(elt))?,
            ExprKind::SetComp(elt, gens) => self.comprehension(e, "<setcomp>", gens, CompKind::Set(elt))?,
            ExprKind::DictComp(k, v, gens) => self.comprehension(e, "<dictcomp>", gens, CompKind::Dict(k, v))?,
            ExprKind::GeneratorExp(elt, gens) => self.comprehension(e, "<genexpr>", gens, CompKind::Gen(elt))?,
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_top(0);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::NamedExpr(name, v) => {
                self.expr(v)?;
                self.emit(Op::DupTop);
                // Inside a comprehension, the name belongs to the enclosing scope.
                let scope = self.unit().scope;
                if self.scopes.scopes[scope].params == [".0".to_string()] {
                    let kind = self.scopes.scopes[scope].kind_of(name);
                    if kind == NameKind::Free {
                        self.store_name(name);
                    } else {
                        let i = self.name(name);
                        self.emit(Op::StoreGlobal(i));
                    }
                } else {
                    self.store_name(name);
                }
            }
        }
        Ok(())
    }

    fn starred_list(&mut self, items: &'a [Expr]) -> CResult<()> {
        self.emit(Op::BuildList(0));
        for i in items {
            if let ExprKind::Starred(inner) = &i.node {
                self.expr(inner)?;
                self.emit(Op::ListExtend(1));
            } else {
                self.expr(i)?;
                self.emit(Op::ListAppend(1));
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> CResult<()> {
        if parts.is_empty() {
            self.load_const(Value::str(""));
            return Ok(());
        }
        for p in parts {
            match p {
                FPart::Lit(s) => self.load_const(Value::str(s)),
                FPart::Expr { expr, conversion, spec, .. } => {
                    self.expr(expr)?;
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    let has_spec = !spec.is_empty();
                    if has_spec {
                        self.fstring(spec)?;
                    }
                    self.emit(Op::FormatValue(conv | if has_spec { 4 } else { 0 }));
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Op::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        // super() with no arguments becomes super(__class__, <first argument>).
        if let (ExprKind::Name(n), true, true) = (&func.node, args.is_empty(), keywords.is_empty()) {
            let scope = self.unit().scope;
            let first = self.scopes.scopes[scope].params.first().cloned();
            let class_cell = self.unit().cells.iter().position(|c| c == "__class__");
            if let (true, Some(first), Some(cell)) = (n == "super", first, class_cell) {
                self.load_name("super");
                self.emit(Op::LoadDeref(cell as u32));
                self.load_name(&first);
                self.emit(Op::CallFunction(2));
                return Ok(());
            }
        }
        let simple = !args.iter().any(|a| matches!(a.node, ExprKind::Starred(_))) && keywords.is_empty();
        if let (ExprKind::Attribute(obj, attr), true) = (&func.node, simple) {
            self.expr(obj)?;
            let i = self.name(attr);
            self.emit_at(func, Op::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0)
    }

    /// Compiles arguments for a callable already on the stack (plus `extra` positional values pushed
    /// before them, for `__build_class__`) and the call itself.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> CResult<()> {
        let starred = args.iter().any(|a| matches!(a.node, ExprKind::Starred(_)));
        let double = keywords.iter().any(|k| k.name.is_none());
        if !starred && !double {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Op::CallFunction(args.len() as u32 + extra));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::Str(intern(k.name.as_ref().unwrap())));
                }
                self.load_const(Value::tuple(names));
                self.emit(Op::CallFunctionKw((args.len() + keywords.len()) as u32 + extra));
            }
            return Ok(());
        }
        // `f(*args)` alone: the iterable itself becomes the arguments (CallFunctionEx makes it a tuple).
        if let ([Expr { node: ExprKind::Starred(inner), .. }], [], 0) = (args, keywords, extra) {
            self.expr(inner)?;
            self.emit(Op::CallFunctionEx(0));
            return Ok(());
        }
        // General form: build the positional tuple and the keyword dict.
        self.emit(Op::BuildList(extra));
        for a in args {
            if let ExprKind::Starred(inner) = &a.node {
                self.expr(inner)?;
                self.emit(Op::ListExtend(1));
            } else {
                self.expr(a)?;
                self.emit(Op::ListAppend(1));
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit(Op::CallFunctionEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.name {
                Some(n) => {
                    self.load_const(Value::Str(intern(n)));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.emit(Op::CallFunctionEx(1));
        Ok(())
    }

    fn comprehension(&mut self, node: &'a Expr, name: &str, gens: &'a [Comprehension], kind: CompKind<'a>) -> CResult<()> {
        let scope = self.scopes.of(node);
        let mut flags = MakeFlags::default();
        if self.closure_for(scope) {
            flags |= MakeFlags::CLOSURE;
        }
        let qualname = self.qualname_for(name);
        let line = self.line;
        self.push_unit(scope, CodeKind::Function, name.to_string(), qualname, line);
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
            }
            let start = self.here();
            let fi = if g.is_async { self.async_next() } else { self.emit(Op::ForIter(0)) };
            self.store(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Op::PopJumpIfFalse(start as u32));
            }
            loops.push((start, fi, g.is_async));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(elt) => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth));
            }
            CompKind::Set(elt) => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Op::YieldValue);
                self.emit(Op::PopTop);
            }
        }
        for (start, fi, is_async) in loops.into_iter().rev() {
            self.emit(Op::Jump(start as u32));
            self.patch(fi);
            if is_async {
                self.emit(Op::EndAsyncFor);
            }
        }
        if let CompKind::Gen(_) = kind {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(Arity { argcount: 1, ..Arity::default() }, None);
        self.line = line;
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction(flags));
        self.expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Op::GetAIter } else { Op::GetIter });
        self.emit(Op::CallFunction(1));
        // A list, set or dict comprehension that awaits is a coroutine, awaited here.
        if self.scopes.scopes[scope].is_async && !matches!(kind, CompKind::Gen(_)) {
            self.await_top(0);
        }
        Ok(())
    }
}

/// What a name instruction does with the name (`name_op` picks the Fast, Deref, Name or Global form).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum NameOp {
    Load,
    Store,
    Delete,
}

/// The parameters a code object takes (its `co_argcount` and friends), given when its unit ends.
#[derive(Clone, Copy, Default)]
struct Arity {
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// The value of a literal.
/// The tuple that `items` make when every one is a constant (or a tuple of constants), as
/// CPython's compiler folds it; None if one is not (or a constant is refused).
fn const_tuple(items: &[Expr]) -> Option<Value> {
    let mut values = Vec::with_capacity(items.len());
    for item in items {
        values.push(match &item.node {
            ExprKind::Name(n) if n == "__debug__" => return None,
            ExprKind::Const(c) => const_value(c).ok()?,
            ExprKind::Tuple(inner) => const_tuple(inner)?,
            _ => return None,
        });
    }
    Some(Value::tuple(values))
}

pub fn const_value(c: &Const) -> Result<Value, String> {
    Ok(match c {
        Const::None => Value::None,
        Const::True => Value::Bool(true),
        Const::False => Value::Bool(false),
        Const::Ellipsis => Value::Ellipsis,
        Const::Float(f) => Value::Float(*f),
        Const::Imag(f) => crate::objects::complex::new_complex(0.0, *f),
        // As CPython, constants made only of name characters are interned: `'abc' is 'abc'`
        // across code objects, and a pickle of them memoises them as one string.
        Const::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => Value::Str(crate::objects::str::intern(s)),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::Bytes(Arc::new(b.clone())),
        Const::Int(digits) => {
            let lower = digits.to_ascii_lowercase();
            let (radix, body) = if let Some(r) = lower.strip_prefix("0x") {
                (16, r)
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r)
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r)
            } else {
                if lower.len() > 1 && lower.starts_with('0') && lower.bytes().any(|b| b != b'0') {
                    return Err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
                }
                (10, lower.as_str())
            };
            let decimal_digits = body.bytes().filter(u8::is_ascii_digit).count();
            if radix == 10
                && let Some(why) = crate::objects::int_text::parse_refusal(decimal_digits, 10)
            {
                return Err(format!("{why} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."));
            }
            match i64::from_str_radix(body, radix) {
                Ok(i) => Value::Int(i),
                Err(_) => match num_bigint::BigInt::parse_bytes(body.as_bytes(), radix) {
                    Some(b) => Value::bigint(b),
                    None => return Err("invalid integer literal".into()),
                },
            }
        }
    })
}

/// The source range of an expression, with the anchors of a binary operation or a subscript.
fn position_of(e: &Expr) -> Position {
    let anchor = match &e.node {
        ExprKind::BinOp(left, _, right) => Anchor::BinOp { left_end: left.span.1 as u32, right_start: right.span.0 as u32 },
        ExprKind::Subscript(value, slice) => Anchor::Subscript { value_end: value.span.1 as u32, slice_end: slice.span.1 as u32 },
        _ => Anchor::None,
    };
    Position { start: e.span.0 as u32, end: e.span.1 as u32, anchor }
}
