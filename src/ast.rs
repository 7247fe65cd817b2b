//! The syntax tree: plain enums and structs, every expression and statement with its byte span.

pub type Span = (usize, usize);

#[derive(Debug, Clone)]
pub struct Expr {
    pub node: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    /// Decimal, hex, octal or binary digits as written (underscores removed).
    Int(String),
    Float(f64),
    /// An imaginary literal's value (`2j` is `Imag(2.0)`).
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone)]
pub enum FPart {
    Lit(String),
    /// A replacement field; `token` is the range of the f-string literal it sits in (CPython's
    /// tree places a format spec there when adjacent literals are concatenated).
    Expr {
        expr: Box<Expr>,
        conversion: Option<char>,
        spec: Vec<FPart>,
        token: Span,
    },
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` (PEP 530).
    pub is_async: bool,
}

#[derive(Debug, Clone)]
pub struct Keyword {
    /// None for `**mapping`.
    pub name: Option<String>,
    pub value: Expr,
    /// From the name (or `**`) to the value's end.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Name(String),
    Const(Const),
    FString(Vec<FPart>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// Items; a None key is a `**mapping` spread.
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `and` (true) or `or` (false) over two or more operands.
    BoolOp(bool, Vec<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Box<Params>, Box<Expr>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GeneratorExp(Box<Expr>, Vec<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    NamedExpr(String, Box<Expr>),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
    /// The name and its annotation, without the default.
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub posonly: usize,
    pub args: Vec<Param>,
    pub vararg: Option<String>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<String>,
    /// Where `*args` and `**kwargs` stand (name and annotation), when present.
    pub vararg_span: Span,
    pub kwarg_span: Span,
    /// The annotations (`a: int`, `-> str` as "return"), in the order CPython's
    /// `__annotations__` lists them: positional-or-keyword, positional-only, *args, keyword-only,
    /// **kwargs, return.
    pub annotations: Vec<(String, Expr)>,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// An `except*` clause (PEP 654).
    pub star: bool,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub node: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    AnnAssign(Expr, Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    /// `for target in iter: body else: orelse`; the flag marks `async for`.
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>, bool),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef {
        name: String,
        params: Box<Params>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        /// `async def`: a coroutine function (or an async generator).
        is_async: bool,
    },
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Raise(Option<Expr>, Option<Expr>),
    /// `with` items and body; the flag marks `async with`.
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>, bool),
    Assert(Expr, Option<Expr>),
    Del(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `import a.b as c`: (dotted name, alias).
    Import(Vec<(String, Option<String>)>),
    /// `from ..m import x as y`: module, level, names (empty for `*`).
    ImportFrom(String, usize, Vec<(String, Option<String>)>),
    /// `match subject:` and its cases (PEP 634).
    Match(Expr, Vec<MatchCase>),
}

/// One `case pattern if guard: body` of a match statement.
#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub node: PatternKind,
    pub span: Span,
}

/// The patterns of PEP 634, as CPython's AST has them.
#[derive(Debug, Clone)]
pub enum PatternKind {
    /// A literal (number, string) or a dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared by identity.
    Singleton(Const),
    /// `[p, *rest, q]` / `(p, q)`: the items, at most one of them a `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` (or `*_`, None) inside a sequence pattern.
    Star(Option<String>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    /// `Cls(p, attr=q)`.
    Class { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `p as name`; with no pattern, a bare capture `name`; with neither, the wildcard `_`.
    As(Option<Box<Pattern>>, Option<String>),
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

impl Pattern {
    pub fn new(node: PatternKind, l: usize, r: usize) -> Pattern {
        Pattern { node, span: (l, r) }
    }

    /// The wildcard `_` (CPython's WILDCARD_CHECK).
    pub fn is_wildcard(&self) -> bool {
        matches!(self.node, PatternKind::As(None, None))
    }
}

impl Expr {
    pub fn new(node: ExprKind, l: usize, r: usize) -> Expr {
        Expr { node, span: (l, r) }
    }
}

impl Stmt {
    pub fn new(node: StmtKind, l: usize, r: usize) -> Stmt {
        Stmt { node, span: (l, r) }
    }
}
