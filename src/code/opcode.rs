//! The instruction set. Each instruction is one `Op` (8 bytes) with its operand inline. Stack effects
//! are written as `before -> after`, top of stack on the right.

pub use crate::ast::{BinOp, CmpOp, UnaryOp};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    // ---- stack shuffling
    /// `a -> `
    PopTop,
    /// `a -> a a`
    DupTop,
    /// `a b -> a b a b`
    DupTop2,
    /// `a b -> b a`
    RotTwo,
    /// `a b c -> c a b`
    RotThree,

    // ---- names
    /// ` -> consts[i]`
    LoadConst(u32),
    /// ` -> locals[i]` (UnboundLocalError if unset)
    LoadFast(u32),
    /// `v -> ` into locals[i]
    StoreFast(u32),
    /// Unsets locals[i].
    DeleteFast(u32),
    /// ` -> cells[i].value` (cellvars first, then freevars)
    LoadDeref(u32),
    /// `v -> ` into cells[i]
    StoreDeref(u32),
    /// Empties cells[i].
    DeleteDeref(u32),
    /// ` -> cells[i]` itself, to build a closure.
    LoadClosure(u32),
    /// In a class body: the class namespace's names[i] if set, else the free variable cells[i].
    LoadClassDeref(u32),
    /// ` -> globals[names[i]]` or builtins
    LoadGlobal(u32),
    /// `v -> ` into globals
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    // ---- attributes and items
    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// ` -> locals[l].names[i]`: LoadFast then LoadAttr in one (`self.x`), without taking a
    /// reference to the local.
    LoadFastAttr(u16, u16),
    /// `v obj -> ` (obj.names[i] = v)
    StoreAttr(u32),
    // ---- superinstructions (code/fuse.rs): the first of two adjacent instructions of one line,
    // doing the work of both and going on after the second, which stays in place (a jump to it
    // runs it alone; `unfused` gives the first alone). Operands: the two instructions' own.
    /// LoadFast(a) then LoadFast(b)
    LoadFastLoadFast(u16, u16),
    /// LoadFast(a) then LoadConst(c)
    LoadFastLoadConst(u16, u16),
    /// LoadConst(c) then LoadFast(a)
    LoadConstLoadFast(u16, u16),
    /// StoreFast(a) then LoadFast(b)
    StoreFastLoadFast(u16, u16),
    /// StoreFast(a) then StoreFast(b)
    StoreFastStoreFast(u16, u16),
    /// Binary(op) then StoreFast(a) (`c = a + b`)
    BinaryStoreFast(BinOp, u16),
    /// Inplace(op) then StoreFast(a) (`s += i`)
    InplaceStoreFast(BinOp, u16),
    /// `obj -> `
    DeleteAttr(u32),
    /// `obj -> method obj` when names[i] is a plain method, else `obj -> attr NULL`
    LoadMethod(u32),
    /// `method self_or_NULL arg1..argn -> result`
    CallMethod(u32),
    /// `container key -> container[key]`
    BinarySubscr,
    /// `v container key -> `
    StoreSubscr,
    /// `container key -> `
    DeleteSubscr,

    // ---- operators
    /// `a b -> a op b`
    Binary(BinOp),
    /// `a b -> a op= b` (in place where the type supports it)
    Inplace(BinOp),
    /// `a -> op a`
    Unary(UnaryOp),
    /// `a b -> a op b` for <, <=, ==, !=, >, >=, in, not in, is, is not
    Compare(CmpOp),
    /// `a b -> `, jumping to the target unless `a op b` is true: Compare then PopJumpIfFalse
    /// in one (`while n > 0`, `if x == y`).
    CompareJumpIfFalse(CmpOp, u32),

    // ---- building
    /// `a1..an -> (a1, .., an)`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    BuildMap(u32),
    /// `start stop [step] -> slice` (operand 2 or 3)
    BuildSlice(u32),
    /// `s1..sn -> s1 + .. + sn` (f-strings)
    BuildString(u32),
    /// `list ... v -> list ...`: appends v to the list n slots down (comprehensions)
    ListAppend(u32),
    SetAdd(u32),
    /// `dict ... k v -> dict ...`
    MapAdd(u32),
    /// `list ... it -> list ...`: extends the list n slots down with an iterable
    ListExtend(u32),
    SetUpdate(u32),
    /// `dict ... m -> dict ...`: update, as in `{**m}`
    DictUpdate(u32),
    /// Like DictUpdate, but a repeated key is a TypeError (keyword arguments).
    DictMerge(u32),
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> vn .. v1` (exactly n items)
    UnpackSequence(u32),
    /// `seq -> ...`: a, *b, c unpacking with `before` and `after` counts
    UnpackEx(u16, u16),
    /// `v [spec] -> str`: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2 = has spec
    FormatValue(u8),

    // ---- control flow
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Jump keeping the value if false, else pop it.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `obj -> iter(obj)`
    GetIter,
    /// `it -> it next` or, exhausted, `it -> ` and jump
    ForIter(u32),

    // ---- calls and functions
    /// `f a1..an -> result`
    CallFunction(u32),
    /// `f a1..an names -> result`: the last len(names) arguments are keywords
    CallFunctionKw(u32),
    /// `f args_tuple [kwargs_dict] -> result` (operand: has kwargs)
    CallFunctionEx(u32),
    /// `[defaults] [kwdefaults] [annotations] [closure] code -> function`; the flags say which are
    /// present
    MakeFunction(MakeFlags),
    /// ` -> `: a module or class body with annotated names gets an `__annotations__` dict (if it
    /// has none yet)
    SetupAnnotations,
    /// ` -> __build_class__`
    LoadBuildClass,
    /// `v -> ` and leave the frame
    ReturnValue,
    /// `v -> sent`: suspend the generator with v
    YieldValue,
    /// `it sent -> it` while delegating, then `-> result`
    YieldFrom,
    /// `obj -> iter(obj)` (a generator stays itself)
    GetYieldFromIter,

    // ---- coroutines (vm/coroutine.rs)
    /// `obj -> awaitable iterator` for `await` (operand: 0 await, 1 after `__aenter__`, 2 after
    /// `__aexit__`, which word the error differently)
    GetAwaitable(u8),
    /// `obj -> obj.__aiter__()` for `async for`
    GetAIter,
    /// `aiter -> aiter awaitable` of `aiter.__anext__()`
    GetANext,
    /// `aiter exc -> ` when exc is StopAsyncIteration (leaving its handler block), else re-raises
    EndAsyncFor,
    /// `mgr -> exit self aenter_result` for `async with` (exit kept as SetupWith keeps it)
    BeforeAsyncWith,
    /// `v -> v` and a handler block under v, like SetupWith's, once `__aenter__` was awaited
    SetupAsyncWith(u32),
    /// `exit self -> exit(None, None, None)` (an awaitable, for `async with`)
    CallAsyncExitNone,

    // ---- exceptions
    /// Pushes a handler block: on an exception, the stack is cut back and the exception pushed.
    SetupExcept(u32),
    /// Pops the innermost block.
    PopBlock,
    /// Leaves an except clause: pops its cleanup block, restoring the previously handled exception.
    PopExcept,
    /// `exc -> ` and raise it again, traceback kept
    Reraise,
    /// `[exc [cause]] -> ` raise (operand: 0 re-raise, 1 exc, 2 exc from cause)
    Raise(u32),
    /// `exc type -> exc bool`
    CheckExcMatch,
    /// `rest type -> rest' match bool`: splits an except* clause's type off the unhandled part
    /// (match is None and bool False when nothing matched); a match becomes the handled exception.
    CheckEgMatch,
    /// `orig raised rest -> `: raises what an except* handler leaves (raised and unhandled
    /// parts, combined as CPython does), or nothing when everything was handled.
    PrepReraiseStar,
    /// `mgr -> exit self enter_result`, and a handler block like SetupExcept. As after LoadMethod,
    /// `exit self` is the class's `__exit__` and the manager, or a bound exit and Null (no bound
    /// method is made for a plain `__exit__`).
    SetupWith(u32),
    /// `exit self exc -> exit self exc suppress`: calls exit(type, exc, tb)
    WithExceptStart,
    /// `exit self -> `: calls exit(None, None, None)
    CallExitNone,
    /// ` -> AssertionError`
    LoadAssertionError,

    // ---- pattern matching (match statements; see compiler/pattern.rs and vm/pattern.rs)
    /// `a1 .. an -> an a1 .. a(n-1)`: the top item moves n-1 places down.
    RotN(u32),
    /// `subject cls names -> attrs`: attrs is a tuple of the subject's attributes for the
    /// operand's number of positional sub-patterns (through `cls.__match_args__`, or the subject
    /// itself for int, str, list... ) then for each name in `names`; None when the subject is not
    /// an instance of cls or lacks one of the attributes.
    MatchClass(u32),
    /// `subject -> subject bool`: whether the subject is a mapping (dict, a dict subclass, or a
    /// collections.abc.Mapping).
    MatchMapping,
    /// `subject -> subject bool`: whether the subject is a sequence (list, tuple, range, a
    /// collections.abc.Sequence; never str, bytes or bytearray).
    MatchSequence,
    /// `subject keys -> subject keys values`: the values for a tuple of keys (through the
    /// subject's `get`), or None if one is missing.
    MatchKeys,
    /// `obj -> obj len(obj)`
    GetLen,
    /// `subject keys -> rest`: a new dict of the subject's items whose keys are not in `keys`.
    CopyDictWithoutKeys,

    // ---- modules
    /// `fromlist -> module` (names[i] is a dotted name, leading dots for a relative import; as
    /// `__import__`: the top-level package when fromlist is None, else the named module)
    ImportName(u32),
    /// `module -> module module.names[i]`
    ImportFrom(u32),
    /// `module -> `: copies public names into the namespace
    ImportStar,
    /// `v -> `: the REPL's echo of an expression statement
    PrintExpr,
}

impl Op {
    /// The instruction this one may jump to, for the ops that can jump (what the disassemblers
    /// print as their target).
    pub fn jump_target(&self) -> Option<u32> {
        match self {
            Op::CompareJumpIfFalse(_, t)
            | Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t)
            | Op::SetupWith(t)
            | Op::SetupAsyncWith(t) => Some(*t),
            _ => None,
        }
    }

    /// A superinstruction's first instruction alone (any other instruction is itself): what the
    /// disassembler shows, and what the eval loop runs on its slow path (hooks, switches
    /// anywhere), where each instruction must be met one by one.
    #[inline(always)]
    pub fn unfused(self) -> Op {
        match self {
            Op::LoadFastLoadFast(a, _) | Op::LoadFastLoadConst(a, _) => Op::LoadFast(a as u32),
            Op::LoadConstLoadFast(c, _) => Op::LoadConst(c as u32),
            Op::StoreFastLoadFast(a, _) | Op::StoreFastStoreFast(a, _) => Op::StoreFast(a as u32),
            Op::BinaryStoreFast(op, _) => Op::Binary(op),
            Op::InplaceStoreFast(op, _) => Op::Inplace(op),
            other => other,
        }
    }

    /// Whether this instruction at `pc` may jump backward (the end of a loop body, or a
    /// comprehension's filter going back for the next item): one of CPython 3.11's switch points
    /// (see `gil::SwitchPoints`).
    #[inline(always)]
    pub fn jumps_back(self, pc: usize) -> bool {
        match self {
            Op::Jump(t) | Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) | Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) | Op::CompareJumpIfFalse(_, t) => {
                (t as usize) <= pc
            }
            _ => false,
        }
    }
}

/// MakeFunction's operand: which of the optional parts the compiler pushed under the code object
/// (bits 1, 2, 4, 8 as in CPython 3.11, which is what the disassembler prints).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct MakeFlags(u32);

impl MakeFlags {
    /// A tuple of positional defaults.
    pub const DEFAULTS: MakeFlags = MakeFlags(1);
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: MakeFlags = MakeFlags(2);
    /// A dict of annotations.
    pub const ANNOTATIONS: MakeFlags = MakeFlags(4);
    /// A tuple of the cells the function closes over.
    pub const CLOSURE: MakeFlags = MakeFlags(8);

    pub fn has(self, part: MakeFlags) -> bool {
        self.0 & part.0 != 0
    }
}

impl std::ops::BitOrAssign for MakeFlags {
    fn bitor_assign(&mut self, part: MakeFlags) {
        self.0 |= part.0;
    }
}

impl std::fmt::Debug for MakeFlags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}
