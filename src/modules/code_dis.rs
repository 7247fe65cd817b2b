//! `_gilpy_dis`: the native side of dis.py. gilpy runs its own bytecode (`code::Op`, one
//! instruction per slot, operands inline), not CPython's, so dis shows gilpy's instructions:
//! `instructions(code)` lists each as (offset, opname, arg, argrepr, line, jump target) and
//! `opnames()` names every instruction kind in the order of `Op`'s variants.

use crate::builtins::args::check_args;
use crate::code::{Code, Op, disasm};
use crate::objects::function::KwArgs;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Op's variants in declaration order (the test below keeps this in step with code/opcode.rs).
const VARIANTS: &[&str] = &[
    "PopTop",
    "DupTop",
    "DupTop2",
    "RotTwo",
    "RotThree",
    "LoadConst",
    "LoadFast",
    "StoreFast",
    "DeleteFast",
    "LoadDeref",
    "StoreDeref",
    "DeleteDeref",
    "LoadClosure",
    "LoadClassDeref",
    "LoadGlobal",
    "StoreGlobal",
    "DeleteGlobal",
    "LoadName",
    "StoreName",
    "DeleteName",
    "LoadAttr",
    "LoadFastAttr",
    "StoreAttr",
    "LoadFastLoadFast",
    "LoadFastLoadConst",
    "LoadConstLoadFast",
    "StoreFastLoadFast",
    "StoreFastStoreFast",
    "BinaryStoreFast",
    "InplaceStoreFast",
    "DeleteAttr",
    "LoadMethod",
    "CallMethod",
    "BinarySubscr",
    "StoreSubscr",
    "DeleteSubscr",
    "Binary",
    "Inplace",
    "Unary",
    "Compare",
    "CompareJumpIfFalse",
    "BuildTuple",
    "BuildList",
    "BuildSet",
    "BuildMap",
    "BuildSlice",
    "BuildString",
    "ListAppend",
    "SetAdd",
    "MapAdd",
    "ListExtend",
    "SetUpdate",
    "DictUpdate",
    "DictMerge",
    "ListToTuple",
    "UnpackSequence",
    "UnpackEx",
    "FormatValue",
    "Jump",
    "PopJumpIfFalse",
    "PopJumpIfTrue",
    "JumpIfFalseOrPop",
    "JumpIfTrueOrPop",
    "GetIter",
    "ForIter",
    "CallFunction",
    "CallFunctionKw",
    "CallFunctionEx",
    "MakeFunction",
    "SetupAnnotations",
    "LoadBuildClass",
    "ReturnValue",
    "YieldValue",
    "YieldFrom",
    "GetYieldFromIter",
    "GetAwaitable",
    "GetAIter",
    "GetANext",
    "EndAsyncFor",
    "BeforeAsyncWith",
    "SetupAsyncWith",
    "CallAsyncExitNone",
    "SetupExcept",
    "PopBlock",
    "PopExcept",
    "Reraise",
    "Raise",
    "CheckExcMatch",
    "CheckEgMatch",
    "PrepReraiseStar",
    "SetupWith",
    "WithExceptStart",
    "CallExitNone",
    "LoadAssertionError",
    "RotN",
    "MatchClass",
    "MatchMapping",
    "MatchSequence",
    "MatchKeys",
    "GetLen",
    "CopyDictWithoutKeys",
    "ImportName",
    "ImportFrom",
    "ImportStar",
    "PrintExpr",
];

/// `LoadConst` -> `LOAD_CONST`, the spelling dis users know.
fn upper_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// The variant's name and the text inside its parentheses (empty for ops without an operand).
fn split_debug(op: &Op) -> (String, String) {
    let dbg = format!("{op:?}");
    match dbg.find('(') {
        Some(p) => (dbg[..p].to_string(), dbg[p + 1..dbg.len() - 1].to_string()),
        None => (dbg, String::new()),
    }
}

fn one_instruction(code: &Code, offset: usize, op: &Op) -> Value {
    let (variant, inner) = split_debug(op);
    // The first numeric operand is the argument; an operator operand (Binary(Add)) has none.
    let first = inner.split(',').next().unwrap_or("").trim();
    let arg = first.parse::<i64>().map(Value::Int).unwrap_or(Value::None);
    let shown = disasm::operand_text(code, op);
    // An operator operand (Binary(Add), CompareJumpIfFalse(Lt, 9)) is named in the text.
    let argrepr = match (matches!(arg, Value::None), shown.is_empty()) {
        (true, true) => inner.clone(),
        (true, false) => format!("{first}, {shown}"),
        _ => shown,
    };
    let line = code.lines.get(offset).map(|l| Value::Int(*l as i64)).unwrap_or(Value::None);
    let target = op.jump_target().map(|t| Value::Int(t as i64)).unwrap_or(Value::None);
    Value::tuple(vec![Value::Int(offset as i64), Value::string(upper_snake(&variant)), arg, Value::string(argrepr), line, target])
}

fn instructions(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("instructions", a, k, 1, 1)?;
    let Value::Code(code) = &a[0] else {
        return Err(PyErr::type_error(format!("instructions() argument must be a code object, not {}", types().of(&a[0]).name)));
    };
    Ok(Value::list(code.ops.iter().enumerate().map(|(i, op)| one_instruction(code, i, &op.unfused())).collect()))
}

fn opnames(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("opnames", a, k, 0, 0)?;
    Ok(Value::list(VARIANTS.iter().map(|v| Value::string(upper_snake(v))).collect()))
}

pub fn create() -> Value {
    super::make_module("_gilpy_dis", &[("instructions", instructions), ("opnames", opnames)]).0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant declared in code/opcode.rs is named here, in the same order.
    #[test]
    fn variants_follow_opcode_rs() {
        let text = include_str!("../code/opcode.rs");
        let body = text.split("pub enum Op {").nth(1).unwrap().split("\n}").next().unwrap();
        let declared: Vec<&str> = body
            .lines()
            .map(str::trim)
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
            .map(|l| l.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap())
            .collect();
        assert_eq!(declared, VARIANTS);
    }

    #[test]
    fn names_are_upper_snake() {
        assert_eq!(upper_snake("LoadConst"), "LOAD_CONST");
        assert_eq!(upper_snake("DupTop2"), "DUP_TOP2");
    }
}
