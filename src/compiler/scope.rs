//! The symbol table: for every function, lambda, comprehension and class body, which names are local,
//! global, free (from an enclosing function) or cells (captured by an inner function). Scopes are keyed
//! by the address of their AST node, so the code generator finds them while walking the same tree.

use crate::ast::*;
use crate::lexer::SyntaxErrorInfo;
use crate::lexer::SyntaxKind;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameKind {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// A class body's own name (namespace dict).
    ClassLocal,
}

#[derive(Default, Debug, Clone)]
struct Sym {
    bound: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// Where a `nonlocal` declaration of the name stands (for "no binding ... found").
    nonlocal_at: (usize, usize),
    /// Bound other than by an import (imports before `global` are allowed).
    assigned: bool,
    /// Read somewhere in the scope (a load; `used` also counts augmented assignments).
    loaded: bool,
    /// The target of an annotated assignment (`x: int`).
    annotated: bool,
    /// The first `global` or `nonlocal` statement naming it (CPython reports conflicts there).
    directive_at: Option<(usize, usize)>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    syms: HashMap<String, Sym>,
    order: Vec<String>,
    pub params: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub generator: bool,
    /// An `async def` (a coroutine, or an async generator if `generator`), or a comprehension that
    /// awaits (PEP 530).
    pub is_async: bool,
    /// A comprehension's own scope.
    pub comprehension: bool,
    /// Where the first `return value` is: an error if this turns out to be an async generator.
    return_value_at: Option<(usize, usize)>,
    /// A method that uses `super` (or `__class__`) gets `__class__` as a free variable.
    pub uses_class_cell: bool,
    children: Vec<usize>,
    parent: Option<usize>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            syms: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            generator: false,
            is_async: false,
            comprehension: false,
            return_value_at: None,
            uses_class_cell: false,
            children: Vec::new(),
            parent,
        }
    }

    fn sym(&mut self, name: &str) -> &mut Sym {
        if !self.syms.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.syms.entry(name.to_string()).or_default()
    }

    pub fn kind_of(&self, name: &str) -> NameKind {
        if self.freevars.iter().any(|n| n == name) && self.kind != ScopeKind::Class {
            return NameKind::Free;
        }
        if self.cellvars.iter().any(|n| n == name) {
            return NameKind::Cell;
        }
        let s = self.syms.get(name);
        match self.kind {
            ScopeKind::Module => {
                if s.is_some_and(|s| s.global) {
                    NameKind::GlobalExplicit
                } else {
                    NameKind::GlobalImplicit
                }
            }
            ScopeKind::Class => match s {
                Some(s) if s.global => NameKind::GlobalExplicit,
                Some(s) if s.nonlocal => NameKind::Free,
                Some(s) if s.bound => NameKind::ClassLocal,
                _ if self.freevars.iter().any(|n| n == name) => NameKind::Free,
                _ => NameKind::ClassLocal,
            },
            ScopeKind::Function => match s {
                Some(s) if s.global => NameKind::GlobalExplicit,
                Some(s) if s.bound || s.param => NameKind::Local,
                _ => NameKind::GlobalImplicit,
            },
        }
    }

    /// Local variable slots in order: parameters first, then other locals as first bound.
    pub fn varnames(&self) -> Vec<String> {
        let mut v = self.params.clone();
        for n in &self.order {
            let s = &self.syms[n];
            if (s.bound || s.param) && !s.global && !s.nonlocal && !v.contains(n) && self.kind == ScopeKind::Function && !self.cellvars.contains(n) {
                v.push(n.clone());
            }
        }
        v
    }
}

pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl ScopeTable {
    pub fn of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
    in_loop: Vec<bool>,
    /// How deep in nested expressions the walk is (see `MAX_NESTING`).
    depth: usize,
    /// Whether the expression whose parts are being walked nests to the right.
    in_right_nesting: bool,
    /// Inside a comprehension's iterable expression (no assignment expressions there).
    in_comp_iter: usize,
    /// The iteration variables of the comprehensions we are in (an assignment expression may not
    /// rebind them).
    comp_targets: Vec<String>,
    /// What each comprehension being walked is ("list comprehension"...), innermost last.
    comp_kinds: Vec<&'static str>,
    /// An error CPython finds only once a scope is complete ("is nonlocal and global"): raised
    /// after the walk if the walk itself found none.
    deferred: Option<SyntaxErrorInfo>,
}

/// `__debug__` is a constant: no statement or expression may bind it (CPython's compiler checks
/// each binding place and reports the enclosing node).
fn forbid_debug(name: &str, span: Span) -> Result<(), SyntaxErrorInfo> {
    if name == "__debug__" {
        return Err(err_over("cannot assign to __debug__".into(), span));
    }
    Ok(())
}

fn forbid_debug_params(p: &Params, span: Span) -> Result<(), SyntaxErrorInfo> {
    let names = p.args.iter().chain(&p.kwonly).map(|a| a.name.as_str());
    for n in names.chain(p.vararg.as_deref()).chain(p.kwarg.as_deref()) {
        forbid_debug(n, span)?;
    }
    Ok(())
}

/// `x.__debug__ = ...` (an attribute target of a plain assignment, `for` or `with`; not `del`
/// nor augmented assignment, as CPython).
fn forbid_debug_attribute(t: &Expr) -> Result<(), SyntaxErrorInfo> {
    match &t.node {
        ExprKind::Attribute(_, attr) => forbid_debug(attr, t.span),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(forbid_debug_attribute),
        ExprKind::Starred(inner) => forbid_debug_attribute(inner),
        _ => Ok(()),
    }
}

/// `del __debug__`, also inside a tuple or list of targets.
fn forbid_debug_delete(t: &Expr) -> Result<(), SyntaxErrorInfo> {
    match &t.node {
        ExprKind::Name(n) if n == "__debug__" => Err(err_over("cannot delete __debug__".into(), t.span)),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(forbid_debug_delete),
        _ => Ok(()),
    }
}

/// Where a statement ends as CPython counts it: a compound one at the end of its last inner
/// statement (our spans of compound statements run to the token after them).
pub fn statement_end(s: &Stmt) -> usize {
    let last = |blocks: &[&[Stmt]]| blocks.iter().rev().find_map(|b| b.last()).map(statement_end);
    let end = match &s.node {
        StmtKind::If(_, body, orelse) | StmtKind::While(_, body, orelse) | StmtKind::For(_, _, body, orelse, _) => last(&[body, orelse]),
        StmtKind::FunctionDef { body, .. } | StmtKind::ClassDef { body, .. } | StmtKind::With(_, body, _) => last(&[body]),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let h: &[Stmt] = handlers.last().map_or(&[], |h| &h.body);
            last(&[body, h, orelse, finalbody])
        }
        StmtKind::Match(_, cases) => cases.last().and_then(|c| last(&[&c.body])),
        _ => None,
    };
    end.unwrap_or(s.span.1)
}

/// The names an assignment target binds.
fn collect_names(t: &Expr, out: &mut Vec<String>) {
    match &t.node {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| collect_names(i, out)),
        ExprKind::Starred(inner) => collect_names(inner, out),
        _ => {}
    }
}

/// Expressions nested deeper than this are refused, as CPython's parser and compiler refuse them
/// (its parser's stack holds 6,000 rule levels, its compiler's recursion limit is 3x the
/// interpreter's): MemoryError for the forms that nest to the right (unary operators, `not`,
/// `**`, lambdas, conditional expressions: CPython's parser runs out), RecursionError "during
/// compilation" for the rest. This also bounds the compiler's own recursion and the memory of
/// nested lambdas' qualified names.
pub const MAX_NESTING: usize = 3000;

/// Whether an expression nests to the right (see `MAX_NESTING`).
fn nests_right(e: &Expr) -> bool {
    matches!(e.node, ExprKind::Unary(..) | ExprKind::Lambda(..) | ExprKind::IfExp(..) | ExprKind::BinOp(_, crate::ast::BinOp::Pow, _))
}

/// The error for an expression nested past `MAX_NESTING` (inside `parent`).
fn too_deep(e: &Expr, parent_nests_right: bool) -> SyntaxErrorInfo {
    if parent_nests_right || nests_right(e) {
        SyntaxErrorInfo { kind: SyntaxKind::Memory, msg: String::new(), offset: e.span.0, end: None }
    } else {
        SyntaxErrorInfo { kind: SyntaxKind::Recursion, msg: "maximum recursion depth exceeded during compilation".into(), offset: e.span.0, end: None }
    }
}

fn err(msg: String, offset: usize) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset, end: None }
}

/// An error about a whole node: its span gives CPython's `offset` and `end_offset`.
fn err_over(msg: String, span: (usize, usize)) -> SyntaxErrorInfo {
    SyntaxErrorInfo { end: Some(span.1), ..err(msg, span.0) }
}

impl Builder {
    fn push<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.scopes[self.current].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.current = id;
        id
    }

    /// The checks of a `global` or `nonlocal` declaration of `n` (CPython's messages).
    fn declare(&mut self, n: &str, what: &str, at: (usize, usize)) -> Result<(), SyntaxErrorInfo> {
        let sc = &mut self.scopes[self.current];
        let sym = sc.sym(n);
        if sym.param {
            return Err(err_over(format!("name '{n}' is parameter and {what}"), at));
        }
        if sym.loaded {
            return Err(err_over(format!("name '{n}' is used prior to {what} declaration"), at));
        }
        if sym.annotated {
            return Err(err_over(format!("annotated name '{n}' can't be {what}"), at));
        }
        if sym.assigned || sym.used {
            return Err(err_over(format!("name '{n}' is assigned to before {what} declaration"), at));
        }
        if (what == "global" && sym.nonlocal) || (what == "nonlocal" && sym.global) {
            // Found by CPython when the scope is analysed, at the name's first declaration.
            let first = sym.directive_at.unwrap_or(at);
            self.deferred.get_or_insert_with(|| err_over(format!("name '{n}' is nonlocal and global"), first));
        }
        sym.directive_at.get_or_insert(at);
        Ok(())
    }

    fn bind(&mut self, name: &str) {
        let sym = self.scopes[self.current].sym(name);
        sym.bound = true;
        sym.assigned = true;
    }

    fn bind_import(&mut self, name: &str) {
        self.scopes[self.current].sym(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.scopes[self.current].sym(name).used = true;
        if name == "super" || name == "__class__" {
            self.scopes[self.current].uses_class_cell = true;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxErrorInfo> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &Params) -> Result<(), SyntaxErrorInfo> {
        for a in p.args.iter().chain(p.kwonly.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for (_, a) in &p.annotations {
            self.expr(a)?;
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &Params) {
        let scope = &mut self.scopes[self.current];
        let mut names: Vec<String> = p.args.iter().map(|a| a.name.clone()).collect();
        names.extend(p.kwonly.iter().map(|a| a.name.clone()));
        if let Some(v) = &p.vararg {
            names.insert(p.args.len(), v.clone());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.clone());
        }
        // Order of slots: positional, keyword-only, *args, **kwargs (as CPython's co_varnames).
        let mut ordered: Vec<String> = p.args.iter().map(|a| a.name.clone()).collect();
        ordered.extend(p.kwonly.iter().map(|a| a.name.clone()));
        if let Some(v) = &p.vararg {
            ordered.push(v.clone());
        }
        if let Some(k) = &p.kwarg {
            ordered.push(k.clone());
        }
        for n in &ordered {
            scope.sym(n).param = true;
        }
        scope.params = ordered;
        let _ = names;
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxErrorInfo> {
        match &s.node {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign(targets, v) => {
                self.expr(v)?;
                for t in targets {
                    forbid_debug_attribute(t)?;
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign(t, _, v) => {
                self.expr(v)?;
                if let ExprKind::Name(n) = &t.node {
                    self.use_name(n);
                }
                self.target(t)?;
            }
            StmtKind::AnnAssign(t, a, v) => {
                forbid_debug_attribute(t)?;
                if let ExprKind::Name(n) = &t.node
                    && self.scopes[self.current].kind != ScopeKind::Module
                {
                    let sym = self.scopes[self.current].sym(n);
                    sym.annotated = true;
                    if sym.global || sym.nonlocal {
                        let what = if sym.global { "global" } else { "nonlocal" };
                        return Err(err_over(format!("annotated name '{n}' can't be {what}"), s.span));
                    }
                }
                // Module and class bodies evaluate the annotation (see the compiler).
                if self.scopes[self.current].kind != ScopeKind::Function {
                    self.expr(a)?;
                }
                if let Some(v) = v {
                    self.expr(v)?;
                    self.target(t)?;
                } else if !matches!(t.node, ExprKind::Name(_)) {
                    self.expr(t)?;
                } else if let ExprKind::Name(n) = &t.node
                    && self.scopes[self.current].kind == ScopeKind::Function
                {
                    self.bind(n);
                }
            }
            StmtKind::If(t, b, o) | StmtKind::While(t, b, o) => {
                self.expr(t)?;
                let is_loop = matches!(s.node, StmtKind::While(..));
                self.in_loop.push(is_loop || *self.in_loop.last().unwrap_or(&false));
                self.stmts(b)?;
                self.in_loop.pop();
                self.stmts(o)?;
            }
            StmtKind::For(t, i, b, o, is_async) => {
                if *is_async {
                    self.check_async_statement("'async for' outside async function", (s.span.0, statement_end(s)))?;
                }
                forbid_debug_attribute(t)?;
                self.expr(i)?;
                self.target(t)?;
                self.in_loop.push(true);
                self.stmts(b)?;
                self.in_loop.pop();
                self.stmts(o)?;
            }
            StmtKind::Break | StmtKind::Continue => {
                if !*self.in_loop.last().unwrap_or(&false) {
                    let what = if matches!(s.node, StmtKind::Break) { "'break' outside loop" } else { "'continue' not properly in loop" };
                    return Err(SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: what.into(), offset: s.span.0, end: Some(s.span.1) });
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if self.scopes[self.current].kind != ScopeKind::Function {
                    return Err(SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "'return' outside function".into(), offset: s.span.0, end: Some(s.span.1) });
                }
                if let Some(v) = v {
                    let sc = &mut self.scopes[self.current];
                    sc.return_value_at = sc.return_value_at.or(Some(s.span));
                    self.expr(v)?;
                }
            }
            StmtKind::FunctionDef { name, params, body, decorators, is_async } => {
                let whole = (s.span.0, statement_end(s));
                forbid_debug(name, whole)?;
                forbid_debug_params(params, whole)?;
                for d in decorators {
                    self.expr(d)?;
                }
                self.params(params)?;
                self.bind(name);
                self.push(s, ScopeKind::Function);
                self.scopes[self.current].is_async = *is_async;
                self.declare_params(params);
                self.in_loop.push(false);
                self.stmts(body)?;
                self.in_loop.pop();
                let sc = &self.scopes[self.current];
                if let (true, true, Some((l, r))) = (sc.is_async, sc.generator, sc.return_value_at) {
                    return Err(SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "'return' with value in async generator".into(), offset: l, end: Some(r) });
                }
                self.current = self.scopes[self.current].parent.unwrap();
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorators } => {
                let whole = (s.span.0, statement_end(s));
                forbid_debug(name, whole)?;
                for k in keywords {
                    forbid_debug(k.name.as_deref().unwrap_or(""), whole)?;
                }
                for d in decorators {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.bind(name);
                self.push(s, ScopeKind::Class);
                self.in_loop.push(false);
                self.stmts(body)?;
                self.in_loop.pop();
                self.current = self.scopes[self.current].parent.unwrap();
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        forbid_debug(n, (h.span.0, h.body.last().map_or(h.span.1, statement_end)))?;
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Raise(e, c) => {
                if let Some(e) = e {
                    self.expr(e)?;
                }
                if let Some(c) = c {
                    self.expr(c)?;
                }
            }
            StmtKind::With(items, body, is_async) => {
                if *is_async {
                    self.check_async_statement("'async with' outside async function", (s.span.0, statement_end(s)))?;
                }
                for (e, t) in items {
                    self.expr(e)?;
                    if let Some(t) = t {
                        forbid_debug_attribute(t)?;
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Assert(t, m) => {
                self.expr(t)?;
                if let Some(m) = m {
                    self.expr(m)?;
                }
            }
            StmtKind::Del(ts) => {
                for t in ts {
                    forbid_debug_delete(t)?;
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, "global", s.span)?;
                    self.scopes[self.current].sym(n).global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    return Err(err_over("nonlocal declaration not allowed at module level".into(), s.span));
                }
                for n in names {
                    self.declare(n, "nonlocal", s.span)?;
                    let sym = self.scopes[self.current].sym(n);
                    sym.nonlocal = true;
                    sym.nonlocal_at = s.span;
                }
            }
            StmtKind::Import(names) => {
                for (n, alias) in names {
                    let bound = alias.clone().unwrap_or_else(|| n.split('.').next().unwrap().to_string());
                    forbid_debug(&bound, s.span)?;
                    self.bind_import(&bound);
                }
            }
            StmtKind::ImportFrom(_, _, names) => {
                if names.is_empty() && self.scopes[self.current].kind != ScopeKind::Module {
                    // CPython marks the `*`, the statement's last character.
                    return Err(err_over("import * only allowed at module level".into(), (s.span.1 - 1, s.span.1)));
                }
                for (n, alias) in names {
                    forbid_debug(alias.as_ref().unwrap_or(n), s.span)?;
                    self.bind_import(alias.as_ref().unwrap_or(n));
                }
            }
            StmtKind::Match(subject, cases) => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
        }
        Ok(())
    }

    /// A pattern's names are bound; its values and classes are expressions.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxErrorInfo> {
        match &p.node {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for i in items {
                    self.pattern(i)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for i in patterns {
                    self.pattern(i)?;
                }
                if let Some(n) = rest {
                    self.bind(n);
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for i in patterns.iter().chain(kwd_patterns) {
                    self.pattern(i)?;
                }
            }
            PatternKind::As(inner, name) => {
                if let Some(i) = inner {
                    self.pattern(i)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxErrorInfo> {
        match &t.node {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(e) => self.target(e)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(&mut self, node: &Expr, gens: &[Comprehension], elts: &[&Expr], is_gen: bool) -> Result<(), SyntaxErrorInfo> {
        let span = node.span;
        self.comp_kinds.push(match node.node {
            ExprKind::ListComp(..) => "list comprehension",
            ExprKind::SetComp(..) => "set comprehension",
            ExprKind::DictComp(..) => "dict comprehension",
            _ => "generator expression",
        });
        // The first iterable is evaluated outside; the rest in the comprehension's own scope.
        self.comp_iter(&gens[0].iter)?;
        self.push(node, ScopeKind::Function);
        let sc = &mut self.scopes[self.current];
        sc.sym(".0").param = true;
        sc.params = vec![".0".to_string()];
        sc.generator = is_gen;
        sc.comprehension = true;
        sc.is_async = gens.iter().any(|g| g.is_async);
        let outer_targets = self.comp_targets.len();
        for g in gens {
            collect_names(&g.target, &mut self.comp_targets);
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.comp_iter(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.comp_targets.truncate(outer_targets);
        self.comp_kinds.pop();
        let awaits = self.scopes[self.current].is_async && !is_gen;
        self.current = self.scopes[self.current].parent.unwrap();
        if awaits {
            // A list/set/dict comprehension that awaits is awaited where it stands.
            let outer = &mut self.scopes[self.current];
            if outer.comprehension {
                outer.is_async = true;
            } else if !(outer.kind == ScopeKind::Function && outer.is_async) {
                return Err(err_over("asynchronous comprehension outside of an asynchronous function".into(), span));
            }
        }
        Ok(())
    }

    /// `async for` / `async with` statements belong in an `async def` only.
    fn check_async_statement(&self, msg: &str, span: Span) -> Result<(), SyntaxErrorInfo> {
        let sc = &self.scopes[self.current];
        if sc.kind == ScopeKind::Function && sc.is_async && !sc.comprehension {
            return Ok(());
        }
        Err(SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.into(), offset: span.0, end: Some(span.1) })
    }

    fn comp_iter(&mut self, e: &Expr) -> Result<(), SyntaxErrorInfo> {
        self.in_comp_iter += 1;
        let r = self.expr(e);
        self.in_comp_iter -= 1;
        r
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxErrorInfo> {
        if self.depth >= MAX_NESTING {
            return Err(too_deep(e, self.in_right_nesting));
        }
        self.depth += 1;
        let saved = std::mem::replace(&mut self.in_right_nesting, nests_right(e));
        let r = crate::stack::SYNTAX_TREE.run(|| self.expr_inner(e));
        self.in_right_nesting = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxErrorInfo> {
        match &e.node {
            ExprKind::Name(n) => {
                self.use_name(n);
                self.scopes[self.current].sym(n).loaded = true;
            }
            ExprKind::Const(_) => {}
            ExprKind::FString(parts) => self.fparts(parts)?,
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                for x in v {
                    self.expr(x)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Starred(x) | ExprKind::Unary(_, x) => self.expr(x)?,
            ExprKind::BinOp(a, _, b) => {
                self.expr(a)?;
                self.expr(b)?;
            }
            ExprKind::BoolOp(_, v) => {
                for x in v {
                    self.expr(x)?;
                }
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                for (_, x) in rest {
                    self.expr(x)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                for k in keywords {
                    forbid_debug(k.name.as_deref().unwrap_or(""), e.span)?;
                }
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute(x, _) => self.expr(x)?,
            ExprKind::Subscript(a, b) => {
                self.expr(a)?;
                self.expr(b)?;
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::IfExp(a, b, c) => {
                self.expr(a)?;
                self.expr(b)?;
                self.expr(c)?;
            }
            ExprKind::Lambda(params, body) => {
                forbid_debug_params(params, e.span)?;
                self.params(params)?;
                self.push(e, ScopeKind::Function);
                self.declare_params(params);
                self.expr(body)?;
                self.current = self.scopes[self.current].parent.unwrap();
            }
            ExprKind::ListComp(elt, gens) | ExprKind::SetComp(elt, gens) => self.comprehension(e, gens, &[elt], false)?,
            ExprKind::GeneratorExp(elt, gens) => self.comprehension(e, gens, &[elt], true)?,
            ExprKind::DictComp(k, v, gens) => self.comprehension(e, gens, &[k, v], false)?,
            ExprKind::Yield(v) => {
                if self.scopes[self.current].kind != ScopeKind::Function {
                    return Err(err_over("'yield' outside function".into(), e.span));
                }
                if let Some(what) = self.comp_kinds.last().filter(|_| self.scopes[self.current].comprehension) {
                    return Err(err_over(format!("'yield' inside {what}"), e.span));
                }
                self.scopes[self.current].generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                if self.scopes[self.current].kind != ScopeKind::Function {
                    return Err(err_over("'yield' outside function".into(), e.span));
                }
                if let Some(what) = self.comp_kinds.last().filter(|_| self.scopes[self.current].comprehension) {
                    return Err(err_over(format!("'yield' inside {what}"), e.span));
                }
                if self.scopes[self.current].is_async && !self.scopes[self.current].comprehension {
                    return Err(err_over("'yield from' inside async function".into(), e.span));
                }
                self.scopes[self.current].generator = true;
                self.expr(v)?;
            }
            ExprKind::Await(v) => {
                let sc = &mut self.scopes[self.current];
                if sc.kind != ScopeKind::Function {
                    return Err(err_over("'await' outside function".into(), e.span));
                }
                if sc.comprehension {
                    sc.is_async = true;
                } else if !sc.is_async {
                    return Err(err_over("'await' outside async function".into(), e.span));
                }
                self.expr(v)?;
            }
            ExprKind::NamedExpr(n, v) => {
                if self.in_comp_iter > 0 {
                    return Err(err_over("assignment expression cannot be used in a comprehension iterable expression".into(), e.span));
                }
                if self.comp_targets.iter().any(|t| t == n) {
                    // CPython marks the name alone.
                    return Err(err_over(
                        format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                        (e.span.0, e.span.0 + n.len()),
                    ));
                }
                forbid_debug(n, (e.span.0, e.span.0 + n.len()))?;
                self.expr(v)?;
                // In a comprehension, the name binds in the enclosing function or module.
                let mut sc = self.current;
                while self.scopes[sc].params == [".0".to_string()] {
                    sc = self.scopes[sc].parent.unwrap();
                }
                if sc != self.current && self.scopes[sc].kind == ScopeKind::Class {
                    return Err(err_over("assignment expression within a comprehension cannot be used in a class body".into(), (e.span.0, e.span.0 + n.len())));
                }
                let saved = self.current;
                self.current = sc;
                self.bind(n);
                self.current = saved;
                if sc != saved {
                    self.scopes[saved].sym(n).used = true;
                }
            }
        }
        Ok(())
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), SyntaxErrorInfo> {
        for p in parts {
            if let FPart::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                self.fparts(spec)?;
            }
        }
        Ok(())
    }
}

/// Decides free and cell variables: a name used (or declared nonlocal) in a function but not bound
/// there comes from the nearest enclosing function that binds it; class bodies are skipped.
fn resolve(scopes: &mut Vec<Scope>, id: usize) -> Result<(), SyntaxErrorInfo> {
    let children = scopes[id].children.clone();
    for c in children {
        crate::stack::SYNTAX_TREE.run(|| resolve(scopes, c))?;
    }
    let kind = scopes[id].kind;
    if kind == ScopeKind::Module {
        return Ok(());
    }
    // (name, where its `nonlocal` declaration stands, if it has one)
    let mut wanted: Vec<(String, Option<(usize, usize)>)> = Vec::new();
    for n in &scopes[id].order {
        let s = &scopes[id].syms[n];
        let local = (s.bound || s.param) && !s.nonlocal && !s.global;
        if s.nonlocal {
            wanted.push((n.clone(), Some(s.nonlocal_at)));
        } else if s.used && !local && !s.global {
            wanted.push((n.clone(), None));
        }
    }
    // Names free in children but not local here pass through this scope too.
    for f in scopes[id].freevars.clone() {
        let s = scopes[id].syms.get(&f).cloned().unwrap_or_default();
        let local = (s.bound || s.param) && !s.nonlocal && !s.global;
        if !local && !wanted.iter().any(|(w, _)| *w == f) {
            wanted.push((f, None));
        }
    }
    if scopes[id].uses_class_cell && kind == ScopeKind::Function {
        wanted.push(("__class__".to_string(), None));
    }
    for (name, nonlocal_at) in wanted {
        let mut p = scopes[id].parent;
        let mut found = None;
        while let Some(pid) = p {
            let ps = &scopes[pid];
            if ps.kind == ScopeKind::Module {
                break;
            }
            if ps.kind == ScopeKind::Class {
                if name == "__class__" {
                    found = Some(pid);
                    break;
                }
                p = ps.parent;
                continue;
            }
            if let Some(s) = ps.syms.get(&name) {
                if (s.bound || s.param) && !s.global && !s.nonlocal {
                    found = Some(pid);
                    break;
                }
                if s.global {
                    break;
                }
            }
            p = ps.parent;
        }
        match found {
            Some(owner) => {
                if !scopes[owner].cellvars.contains(&name) {
                    scopes[owner].cellvars.push(name.clone());
                }
                // Every scope between the user and the owner passes the cell through.
                let mut q = Some(id);
                while let Some(qid) = q {
                    if qid == owner {
                        break;
                    }
                    if !scopes[qid].freevars.contains(&name) {
                        scopes[qid].freevars.push(name.clone());
                    }
                    q = scopes[qid].parent;
                }
            }
            None => {
                if let Some(at) = nonlocal_at {
                    return Err(err_over(format!("no binding for nonlocal '{name}' found"), at));
                }
            }
        }
    }
    Ok(())
}

pub fn analyze(module: &[Stmt]) -> Result<ScopeTable, SyntaxErrorInfo> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: HashMap::new(),
        current: 0,
        in_loop: vec![false],
        depth: 0,
        in_right_nesting: false,
        in_comp_iter: 0,
        comp_targets: Vec::new(),
        comp_kinds: Vec::new(),
        deferred: None,
    };
    b.stmts(module)?;
    if let Some(e) = b.deferred {
        return Err(e);
    }
    let mut scopes = b.scopes;
    resolve(&mut scopes, 0)?;
    Ok(ScopeTable { scopes, by_node: b.by_node })
}
