//! The disassembler behind `gilpy --dis`: one line per instruction, with its line number, offset,
//! name and a readable operand, then every nested code object.

use super::{Code, Op};
use crate::objects::Value;
use std::fmt::Write;

pub(crate) fn operand_text(code: &Code, op: &Op) -> String {
    let name = |i: &u32| code.names.get(*i as usize).map(|n| n.as_str().to_string()).unwrap_or_default();
    let var = |i: &u32| code.varnames.get(*i as usize).map(|n| n.as_str().to_string()).unwrap_or_default();
    let cell = |i: &u32| {
        let i = *i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].as_str().to_string()
        } else {
            code.freevars.get(i - code.cellvars.len()).map(|n| n.as_str().to_string()).unwrap_or_default()
        }
    };
    match op {
        Op::LoadConst(i) => match &code.consts[*i as usize] {
            Value::Code(c) => format!("<code object {}>", c.name.as_str()),
            v => crate::objects::repr::const_repr(v),
        },
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => var(i),
        Op::LoadFastAttr(l, i) => format!("{}.{}", var(&(*l as u32)), name(&(*i as u32))),
        Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => cell(i),
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i)
        | Op::LoadClassDeref(i) => name(i),
        _ => op.jump_target().map(|t| format!("to {t}")).unwrap_or_default(),
    }
}

fn op_name(op: &Op) -> String {
    let dbg = format!("{op:?}");
    match dbg.find('(') {
        Some(_) if matches!(op, Op::Binary(_) | Op::Inplace(_) | Op::Unary(_) | Op::Compare(_)) => dbg,
        Some(p) => {
            let arg = &dbg[p + 1..dbg.len() - 1];
            format!("{} {}", &dbg[..p], arg)
        }
        None => dbg,
    }
}

pub fn disassemble(code: &Code, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {} at line {}>:", code.qualname, code.first_line);
    let mut last_line = 0;
    for (i, op) in code.ops.iter().map(|op| op.unfused()).enumerate() {
        let op = &op;
        let line = code.lines[i];
        let line_col = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
        last_line = line;
        let operand = operand_text(code, op);
        let name = op_name(op);
        if operand.is_empty() {
            let _ = writeln!(out, "{line_col} {i:>6} {name}");
        } else {
            let _ = writeln!(out, "{line_col} {i:>6} {name:<24} ({operand})");
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            disassemble(inner, out);
        }
    }
}
