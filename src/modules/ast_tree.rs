//! `_ast`: the native side of `ast.py`. `parse(source, mode, filename)` runs gilpy's own parser
//! and hands the syntax tree to Python as plain data: every node is a tuple
//! `(class name, (field values in _fields order), position)` where position is
//! `(lineno, col_offset, end_lineno, end_col_offset)` (columns in UTF-8 bytes, as CPython) or
//! None for the nodes without one. Lists of nodes are lists; identifiers and constants are
//! plain values. `ast.py` turns the tuples into instances of its node classes.
//!
//! The tree is CPython 3.11's: compound statements end where their last statement ends,
//! decorated definitions start at `def`/`class`, f-string pieces carry the whole literal's position. What our tree does not
//! keep (an import alias's range, a string's `u` prefix, where `def` stands after decorators)
//! is read back from the source text.

use crate::ast::*;
use crate::builtins::args::check_args;
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};
use crate::objects::function::KwArgs;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Which top-level node `parse` builds (the `mode` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// The context of a target expression (ast.Load / ast.Store / ast.Del).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn node(self) -> Value {
        leaf(match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        })
    }
}

/// A node with no fields and no position (operators, contexts).
fn leaf(name: &str) -> Value {
    Value::tuple(vec![Value::str(name), Value::tuple(Vec::new()), Value::None])
}

fn opt<T>(v: &Option<T>, f: impl FnOnce(&T) -> Value) -> Value {
    v.as_ref().map_or(Value::None, f)
}

fn text(s: &str) -> Value {
    Value::str(s)
}

fn int(n: usize) -> Value {
    Value::Int(n as i64)
}

struct Conv<'a> {
    src: &'a str,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// The first syntax error only the tree shows (CPython's parser finds it).
    error: std::cell::RefCell<Option<SyntaxErrorInfo>>,
}

impl<'a> Conv<'a> {
    fn new(src: &'a str) -> Conv<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(src.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Conv { src, line_starts, error: Default::default() }
    }

    /// (lineno, col_offset) of a byte offset.
    fn place(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.src.len());
        let line = self.line_starts.partition_point(|&s| s <= at);
        (line, at - self.line_starts[line - 1])
    }

    fn pos(&self, (l, r): Span) -> Value {
        let (a, b) = self.place(l);
        let (c, d) = self.place(r.max(l));
        Value::tuple(vec![int(a), int(b), int(c), int(d)])
    }

    fn node(&self, name: &str, fields: Vec<Value>, span: Span) -> Value {
        Value::tuple(vec![Value::str(name), Value::tuple(fields), self.pos(span)])
    }

    fn plain(&self, name: &str, fields: Vec<Value>) -> Value {
        Value::tuple(vec![Value::str(name), Value::tuple(fields), Value::None])
    }

    fn bytes_at(&self, at: usize) -> &[u8] {
        &self.src.as_bytes()[at.min(self.src.len())..]
    }

    /// Past spaces, tabs, line continuations, newlines and comments from `at`.
    fn skip_blank(&self, mut at: usize) -> usize {
        let b = self.src.as_bytes();
        while at < b.len() {
            match b[at] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => at += 1,
                b'#' => {
                    while at < b.len() && b[at] != b'\n' {
                        at += 1;
                    }
                }
                _ => break,
            }
        }
        at
    }

    /// The end of the identifier starting at `at`.
    fn word_end(&self, mut at: usize) -> usize {
        let b = self.src.as_bytes();
        while at < b.len() && (b[at] == b'_' || b[at].is_ascii_alphanumeric() || b[at] >= 0x80) {
            at += 1;
        }
        at
    }

    // ------------------------------------------------------------ statements

    fn body(&self, stmts: &[Stmt]) -> Value {
        Value::list(stmts.iter().map(|s| self.stmt(s)).collect())
    }

    /// Where a statement ends: a compound one at the end of its last inner statement.
    fn stmt_end(&self, s: &Stmt) -> usize {
        crate::compiler::scope::statement_end(s)
    }

    /// Where `def`/`class` (or `async`) stands after a definition's decorators.
    fn definition_start(&self, s: &Stmt, decorators: &[Expr]) -> usize {
        match decorators.last() {
            // Past the rest of the last decorator's line (a closing parenthesis, a comment).
            Some(d) => {
                let line_end = self.src[d.span.1.min(self.src.len())..].find('\n').map_or(self.src.len(), |i| d.span.1 + i);
                self.skip_blank(line_end)
            }
            None => s.span.0,
        }
    }

    fn stmt(&self, s: &Stmt) -> Value {
        crate::vm::stack::for_nested(|| self.stmt_inner(s))
    }

    fn stmt_inner(&self, s: &Stmt) -> Value {
        let span = (s.span.0, self.stmt_end(s));
        let n = |name: &str, fields: Vec<Value>| self.node(name, fields, span);
        match &s.node {
            StmtKind::Expr(e) => n("Expr", vec![self.expr(e)]),
            StmtKind::Assign(targets, value) => {
                n("Assign", vec![Value::list(targets.iter().map(|t| self.target(t, Ctx::Store)).collect()), self.expr(value), Value::None])
            }
            StmtKind::AugAssign(t, op, v) => n("AugAssign", vec![self.target(t, Ctx::Store), leaf(binop_name(*op)), self.expr(v)]),
            StmtKind::AnnAssign(t, ann, v) => {
                let simple = matches!(t.node, ExprKind::Name(_)) && t.span.0 == s.span.0;
                n("AnnAssign", vec![self.target(t, Ctx::Store), self.expr(ann), opt(v, |v| self.expr(v)), int(simple as usize)])
            }
            StmtKind::If(test, body, orelse) => n("If", vec![self.expr(test), self.body(body), self.body(orelse)]),
            StmtKind::While(test, body, orelse) => n("While", vec![self.expr(test), self.body(body), self.body(orelse)]),
            StmtKind::For(t, iter, body, orelse, is_async) => n(
                if *is_async { "AsyncFor" } else { "For" },
                vec![self.target(t, Ctx::Store), self.expr(iter), self.body(body), self.body(orelse), Value::None],
            ),
            StmtKind::Break => n("Break", vec![]),
            StmtKind::Continue => n("Continue", vec![]),
            StmtKind::Pass => n("Pass", vec![]),
            StmtKind::Return(v) => n("Return", vec![opt(v, |v| self.expr(v))]),
            StmtKind::FunctionDef { name, params, body, decorators, is_async } => {
                let start = self.definition_start(s, decorators);
                let returns = params.annotations.iter().find(|(n, _)| n == "return").map(|(_, e)| self.expr(e));
                let fields = vec![
                    text(name),
                    self.arguments(params),
                    self.body(body),
                    Value::list(decorators.iter().map(|d| self.expr(d)).collect()),
                    returns.unwrap_or(Value::None),
                    Value::None,
                ];
                self.node(if *is_async { "AsyncFunctionDef" } else { "FunctionDef" }, fields, (start, span.1))
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorators } => {
                let start = self.definition_start(s, decorators);
                let fields = vec![
                    text(name),
                    Value::list(bases.iter().map(|b| self.expr(b)).collect()),
                    self.keywords(keywords),
                    self.body(body),
                    Value::list(decorators.iter().map(|d| self.expr(d)).collect()),
                ];
                self.node("ClassDef", fields, (start, span.1))
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let star = handlers.first().is_some_and(|h| h.star);
                if let Some(h) = handlers.iter().find(|h| h.star != star) {
                    let msg = "cannot have both 'except' and 'except*' on the same 'try'".to_string();
                    let found = SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset: h.span.0, end: Some(h.span.0 + "except".len()) };
                    self.error.borrow_mut().get_or_insert(found);
                }
                let hs = handlers
                    .iter()
                    .map(|h| {
                        let end = h.body.last().map_or(h.span.1, |b| self.stmt_end(b));
                        let fields = vec![opt(&h.typ, |t| self.expr(t)), opt(&h.name, |n| text(n)), self.body(&h.body)];
                        self.node("ExceptHandler", fields, (h.span.0, end))
                    })
                    .collect();
                n(if star { "TryStar" } else { "Try" }, vec![self.body(body), Value::list(hs), self.body(orelse), self.body(finalbody)])
            }
            StmtKind::Raise(exc, cause) => n("Raise", vec![opt(exc, |e| self.expr(e)), opt(cause, |e| self.expr(e))]),
            StmtKind::With(items, body, is_async) => {
                let items = items.iter().map(|(e, t)| self.plain("withitem", vec![self.expr(e), opt(t, |t| self.target(t, Ctx::Store))])).collect();
                n(if *is_async { "AsyncWith" } else { "With" }, vec![Value::list(items), self.body(body), Value::None])
            }
            StmtKind::Assert(test, msg) => n("Assert", vec![self.expr(test), opt(msg, |m| self.expr(m))]),
            StmtKind::Del(targets) => n("Delete", vec![Value::list(targets.iter().map(|t| self.target(t, Ctx::Del)).collect())]),
            StmtKind::Global(names) => n("Global", vec![Value::list(names.iter().map(|s| text(s)).collect())]),
            StmtKind::Nonlocal(names) => n("Nonlocal", vec![Value::list(names.iter().map(|s| text(s)).collect())]),
            StmtKind::Import(names) => {
                let after = self.keyword_end(s.span.0, "import");
                n("Import", vec![self.aliases(names, after)])
            }
            StmtKind::ImportFrom(module, level, names) => {
                let after = self.find_import_keyword(s.span.0, s.span.1);
                let names = if names.is_empty() {
                    let star = self.skip_blank_parens(after);
                    Value::list(vec![self.node("alias", vec![text("*"), Value::None], (star, star + 1))])
                } else {
                    self.aliases(names, after)
                };
                let module = if module.is_empty() { Value::None } else { text(module) };
                n("ImportFrom", vec![module, names, int(*level)])
            }
            StmtKind::Match(subject, cases) => {
                let cases = cases
                    .iter()
                    .map(|c| self.plain("match_case", vec![self.pattern(&c.pattern), opt(&c.guard, |g| self.expr(g)), self.body(&c.body)]))
                    .collect();
                n("Match", vec![self.expr(subject), Value::list(cases)])
            }
        }
    }

    /// Past a keyword that starts at (or after blanks from) `at`.
    fn keyword_end(&self, at: usize, word: &str) -> usize {
        let at = self.skip_blank(at);
        if self.bytes_at(at).starts_with(word.as_bytes()) { at + word.len() } else { at }
    }

    /// Past the `import` of `from X import ...`, scanning the statement's tokens.
    fn find_import_keyword(&self, start: usize, end: usize) -> usize {
        let mut at = self.keyword_end(start, "from");
        while at < end {
            at = self.skip_blank(at);
            if self.bytes_at(at).starts_with(b"import") && !self.bytes_at(at + 6).first().is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
                return at + 6;
            }
            let w = self.word_end(at);
            at = if w > at { w } else { at + 1 };
        }
        end
    }

    fn skip_blank_parens(&self, mut at: usize) -> usize {
        loop {
            at = self.skip_blank(at);
            if self.bytes_at(at).first() == Some(&b'(') {
                at += 1;
            } else {
                return at;
            }
        }
    }

    /// The aliases of an import, their ranges found in the text after `import`.
    fn aliases(&self, names: &[(String, Option<String>)], mut at: usize) -> Value {
        let mut out = Vec::new();
        for (name, asname) in names {
            at = self.skip_blank_parens(at);
            if self.bytes_at(at).first() == Some(&b',') {
                at = self.skip_blank_parens(at + 1);
            }
            let start = at;
            // The dotted name: words and dots, blanks allowed between them.
            let mut end = self.word_end(at);
            loop {
                let next = self.skip_blank(end);
                if self.bytes_at(next).first() == Some(&b'.') {
                    end = self.word_end(self.skip_blank(next + 1));
                } else {
                    break;
                }
            }
            if asname.is_some() {
                let as_at = self.skip_blank(end);
                end = self.word_end(self.skip_blank(as_at + 2));
            }
            at = end;
            out.push(self.node("alias", vec![text(name), opt(asname, |a| text(a))], (start, end)));
        }
        Value::list(out)
    }

    fn keywords(&self, keywords: &[Keyword]) -> Value {
        Value::list(keywords.iter().map(|k| self.node("keyword", vec![opt(&k.name, |n| text(n)), self.expr(&k.value)], k.span)).collect())
    }

    fn arg(&self, name: &str, span: Span, params: &Params) -> Value {
        let ann = params.annotations.iter().find(|(n, _)| n == name).map(|(_, e)| self.expr(e));
        self.node("arg", vec![text(name), ann.unwrap_or(Value::None), Value::None], span)
    }

    fn arguments(&self, p: &Params) -> Value {
        let args = |ps: &[Param]| Value::list(ps.iter().map(|a| self.arg(&a.name, a.span, p)).collect());
        let defaults = p.args.iter().filter_map(|a| a.default.as_ref()).map(|d| self.expr(d)).collect();
        let kw_defaults = p.kwonly.iter().map(|a| opt(&a.default, |d| self.expr(d))).collect();
        self.plain(
            "arguments",
            vec![
                args(&p.args[..p.posonly]),
                args(&p.args[p.posonly..]),
                opt(&p.vararg, |v| self.arg(v, p.vararg_span, p)),
                args(&p.kwonly),
                Value::list(kw_defaults),
                opt(&p.kwarg, |k| self.arg(k, p.kwarg_span, p)),
                Value::list(defaults),
            ],
        )
    }

    // ------------------------------------------------------------ expressions

    fn expr(&self, e: &Expr) -> Value {
        self.target(e, Ctx::Load)
    }

    fn exprs(&self, es: &[Expr], ctx: Ctx) -> Value {
        Value::list(es.iter().map(|e| self.target(e, ctx)).collect())
    }

    fn target(&self, e: &Expr, ctx: Ctx) -> Value {
        crate::vm::stack::for_nested(|| self.expr_inner(e, ctx))
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        let one = |c: &Comprehension| {
            let ifs = Value::list(c.ifs.iter().map(|i| self.expr(i)).collect());
            self.plain("comprehension", vec![self.target(&c.target, Ctx::Store), self.expr(&c.iter), ifs, int(c.is_async as usize)])
        };
        Value::list(gens.iter().map(one).collect())
    }

    fn expr_inner(&self, e: &Expr, ctx: Ctx) -> Value {
        let n = |name: &str, fields: Vec<Value>| self.node(name, fields, e.span);
        match &e.node {
            ExprKind::Name(id) => n("Name", vec![text(id), ctx.node()]),
            ExprKind::Const(c) => n("Constant", vec![self.literal(c, e.span), self.string_kind(c, e.span.0)]),
            ExprKind::FString(parts) => self.joined(parts, e.span),
            ExprKind::List(items) => n("List", vec![self.exprs(items, ctx), ctx.node()]),
            ExprKind::Tuple(items) => n("Tuple", vec![self.exprs(items, ctx), ctx.node()]),
            ExprKind::Set(items) => n("Set", vec![self.exprs(items, Ctx::Load)]),
            ExprKind::Dict(items) => {
                let keys = items.iter().map(|(k, _)| opt(k, |k| self.expr(k))).collect();
                let values = items.iter().map(|(_, v)| self.expr(v)).collect();
                n("Dict", vec![Value::list(keys), Value::list(values)])
            }
            ExprKind::Starred(inner) => n("Starred", vec![self.target(inner, ctx), ctx.node()]),
            ExprKind::BinOp(a, op, b) => n("BinOp", vec![self.expr(a), leaf(binop_name(*op)), self.expr(b)]),
            ExprKind::Unary(op, a) => {
                let op = match op {
                    UnaryOp::Neg => "USub",
                    UnaryOp::Pos => "UAdd",
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                };
                n("UnaryOp", vec![leaf(op), self.expr(a)])
            }
            ExprKind::BoolOp(and, values) => n("BoolOp", vec![leaf(if *and { "And" } else { "Or" }), self.exprs(values, Ctx::Load)]),
            ExprKind::Compare(left, rest) => {
                let ops = rest.iter().map(|(op, _)| leaf(cmpop_name(*op))).collect();
                let comparators = rest.iter().map(|(_, c)| self.expr(c)).collect();
                n("Compare", vec![self.expr(left), Value::list(ops), Value::list(comparators)])
            }
            ExprKind::Call { func, args, keywords } => n("Call", vec![self.expr(func), self.exprs(args, Ctx::Load), self.keywords(keywords)]),
            ExprKind::Attribute(value, attr) => n("Attribute", vec![self.expr(value), text(attr), ctx.node()]),
            ExprKind::Subscript(value, index) => n("Subscript", vec![self.expr(value), self.expr(index), ctx.node()]),
            ExprKind::Slice(a, b, c) => {
                let part = |x: &Option<Box<Expr>>| opt(x, |x| self.expr(x));
                n("Slice", vec![part(a), part(b), part(c)])
            }
            ExprKind::IfExp(test, body, orelse) => n("IfExp", vec![self.expr(test), self.expr(body), self.expr(orelse)]),
            ExprKind::Lambda(params, body) => n("Lambda", vec![self.arguments(params), self.expr(body)]),
            ExprKind::ListComp(elt, gens) => n("ListComp", vec![self.expr(elt), self.comprehensions(gens)]),
            ExprKind::SetComp(elt, gens) => n("SetComp", vec![self.expr(elt), self.comprehensions(gens)]),
            ExprKind::GeneratorExp(elt, gens) => n("GeneratorExp", vec![self.expr(elt), self.comprehensions(gens)]),
            ExprKind::DictComp(k, v, gens) => n("DictComp", vec![self.expr(k), self.expr(v), self.comprehensions(gens)]),
            ExprKind::Yield(v) => n("Yield", vec![opt(v, |v| self.expr(v))]),
            ExprKind::YieldFrom(v) => n("YieldFrom", vec![self.expr(v)]),
            ExprKind::Await(v) => n("Await", vec![self.expr(v)]),
            ExprKind::NamedExpr(name, value) => {
                let target = self.node("Name", vec![text(name), Ctx::Store.node()], (e.span.0, e.span.0 + name.len()));
                n("NamedExpr", vec![target, self.expr(value)])
            }
        }
    }

    fn constant(&self, c: &Const) -> Value {
        crate::compiler::emit::const_value(c).unwrap_or(Value::None)
    }

    /// A literal's value; one the int digit limit refuses is a SyntaxError, as in CPython.
    fn literal(&self, c: &Const, span: Span) -> Value {
        crate::compiler::emit::const_value(c).unwrap_or_else(|msg| {
            let found = SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset: span.0, end: Some(span.1) };
            self.error.borrow_mut().get_or_insert(found);
            Value::None
        })
    }

    /// `'u'` for a string literal written with a u prefix, else None.
    fn string_kind(&self, c: &Const, at: usize) -> Value {
        match c {
            Const::Str(_) if matches!(self.bytes_at(at).first(), Some(b'u' | b'U')) => text("u"),
            _ => Value::None,
        }
    }

    /// An f-string: its literal pieces and fields all carry the literal's whole range; a format
    /// spec sits where its own literal does (when adjacent literals were joined), and so do its
    /// pieces when it is plain text (CPython 3.11's placement).
    fn joined(&self, parts: &[FPart], span: Span) -> Value {
        self.joined_at(parts, span, span)
    }

    fn joined_at(&self, parts: &[FPart], own: Span, pieces: Span) -> Value {
        let values = parts
            .iter()
            .map(|p| match p {
                FPart::Lit(s) => self.node("Constant", vec![text(s), Value::None], pieces),
                FPart::Expr { expr, conversion, spec, token } => {
                    let conv = conversion.map_or(Value::Int(-1), |c| Value::Int(c as i64));
                    let at = if *token == (0, 0) { pieces } else { *token };
                    let plain = spec.iter().all(|q| matches!(q, FPart::Lit(_)));
                    let spec = if spec.is_empty() { Value::None } else { self.joined_at(spec, at, if plain { at } else { pieces }) };
                    self.node("FormattedValue", vec![self.expr(expr), conv, spec], pieces)
                }
            })
            .collect();
        self.node("JoinedStr", vec![Value::list(values)], own)
    }

    // ------------------------------------------------------------ patterns

    fn patterns(&self, ps: &[Pattern]) -> Value {
        Value::list(ps.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        crate::vm::stack::for_nested(|| self.pattern_inner(p))
    }

    fn pattern_inner(&self, p: &Pattern) -> Value {
        let n = |name: &str, fields: Vec<Value>| self.node(name, fields, p.span);
        let name = |s: &Option<String>| opt(s, |s| text(s));
        match &p.node {
            PatternKind::Value(e) => n("MatchValue", vec![self.expr(e)]),
            PatternKind::Singleton(c) => n("MatchSingleton", vec![self.constant(c)]),
            PatternKind::Sequence(items) => n("MatchSequence", vec![self.patterns(items)]),
            PatternKind::Star(s) => n("MatchStar", vec![name(s)]),
            PatternKind::Mapping { keys, patterns, rest } => n("MatchMapping", vec![self.exprs(keys, Ctx::Load), self.patterns(patterns), name(rest)]),
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => n(
                "MatchClass",
                vec![self.expr(cls), self.patterns(patterns), Value::list(kwd_attrs.iter().map(|a| text(a)).collect()), self.patterns(kwd_patterns)],
            ),
            PatternKind::As(inner, s) => n("MatchAs", vec![opt(inner, |i| self.pattern(i)), name(s)]),
            PatternKind::Or(items) => n("MatchOr", vec![self.patterns(items)]),
        }
    }
}

fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mult",
        BinOp::MatMul => "MatMult",
        BinOp::Div => "Div",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// parse(source, mode, filename): the tree as nested tuples (see the module comment).
fn parse(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("parse", a, k, 3, 3)?;
    let filename = a[2].as_str().unwrap_or("<unknown>").to_string();
    let src = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        // Bytes are source as a file holds it: a BOM, a coding cookie (PEP 263).
        Value::Bytes(b) if !b.contains(&0) => crate::codecs::source::decode_source(b).map_err(|e| vm.source_error(&e, &filename, false))?,
        Value::Bytes(_) => String::from("\0"),
        _ => return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let mode = match a[1].as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
    };
    if src.contains('\0') {
        return Err(PyErr::new(ExcKind::SyntaxError, "source code string cannot contain null bytes"));
    }
    let source = crate::code::Source::new(&filename, &src);
    let tree = crate::parser::parse_unmangled(&src).map_err(|e| vm.syntax_error(&e, &source))?;
    let conv = Conv::new(&src);
    let result = match mode {
        Mode::Exec => Ok(conv.plain("Module", vec![conv.body(&tree), Value::list(Vec::new())])),
        Mode::Single => Ok(conv.plain("Interactive", vec![conv.body(&tree)])),
        Mode::Eval => match tree.as_slice() {
            [Stmt { node: StmtKind::Expr(e), .. }] => Ok(conv.plain("Expression", vec![conv.expr(e)])),
            _ => {
                let at = tree.first().map_or(src.len(), |s| s.span.0);
                let info = SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: "invalid syntax".into(), offset: at, end: None };
                Err(vm.syntax_error(&info, &source))
            }
        },
    };
    let result = match conv.error.into_inner() {
        Some(info) => Err(vm.syntax_error(&info, &source)),
        None => result,
    };
    // A deeply nested tree is dropped on a stack big enough for it.
    crate::stack::drop_deep(tree, src.len());
    result
}

pub fn create() -> Value {
    super::make_module("_ast", &[("parse", parse)]).0
}

#[cfg(test)]
mod tests {
    use super::Conv;

    #[test]
    fn places_are_lines_and_byte_columns() {
        let c = Conv::new("ab\nçd\n");
        assert_eq!(c.place(0), (1, 0));
        assert_eq!(c.place(3), (2, 0));
        assert_eq!(c.place(6), (2, 3));
        assert_eq!(c.place(7), (3, 0));
    }
}
