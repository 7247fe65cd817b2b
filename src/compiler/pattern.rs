//! The match statement (PEP 634) to bytecode, the way CPython 3.11's compiler does it.
//!
//! Each pattern finds its subject on top of the stack and consumes it. Values a pattern captures are
//! not stored at once: they are rotated down the stack, below the items still being matched, and
//! stored only when the whole case pattern has matched (so a failed case binds nothing). On a
//! failure a pattern jumps to a "fail pop" label that first pops whatever the match left on the
//! stack (items in flight plus captures so far): `fail_pop[n]` pops n items, then falls through to
//! `fail_pop[n - 1]` ... down to `fail_pop[0]`, the start of the next case.

use super::{CResult, Compiler};
use crate::ast::*;
use crate::code::{Anchor, Op, Position};
use crate::lexer::{SyntaxErrorInfo, SyntaxKind};
use crate::objects::Value;
use crate::objects::str::intern;

/// The state of one case pattern's compilation.
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack (the first on top).
    stores: Vec<String>,
    /// Whether a capture or wildcard may stand here (else it would hide the patterns after it).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the jumps that fail with n items to pop.
    fail_pop: Vec<Vec<usize>>,
    /// Items above the current subject that the pattern being compiled must leave in place.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0 }
    }
}

fn error(msg: impl Into<String>, span: Span) -> SyntaxErrorInfo {
    SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg: msg.into(), offset: span.0, end: Some(span.1) }
}

/// A literal mapping key as a comparable text (1, 1.0 and True are one key, as in a dict), for
/// A complex literal as patterns allow it: `2j`, `-2j`, `1+2j`, `-1-2j`.
fn is_complex_literal(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Const(Const::Imag(_)) => true,
        ExprKind::Unary(UnaryOp::Neg, inner) => is_complex_literal(inner),
        ExprKind::BinOp(_, BinOp::Add | BinOp::Sub, b) => is_complex_literal(b),
        _ => false,
    }
}

/// CPython's compile-time check of duplicate keys; None for a dotted name (checked at run time).
fn literal_key(e: &Expr) -> Option<(String, Value)> {
    let v = match &e.node {
        ExprKind::Const(c) => super::const_value(c).ok()?,
        ExprKind::Unary(UnaryOp::Neg, inner) => match &inner.node {
            ExprKind::Const(Const::Int(d)) => match super::const_value(&Const::Int(d.clone())).ok()? {
                Value::Int(i) => Value::Int(-i),
                Value::BigInt(b) => Value::bigint(-(*b).clone()),
                other => other,
            },
            ExprKind::Const(Const::Float(f)) => Value::Float(-f),
            _ => return None,
        },
        _ => return None,
    };
    let text = match &v {
        Value::Bool(b) => format!("n{}", *b as i64),
        Value::Int(i) => format!("n{i}"),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("n{}", *f as i64),
        Value::Float(f) => format!("f{f}"),
        Value::BigInt(b) => format!("n{b}"),
        Value::Str(s) => format!("s{}", s.as_str()),
        Value::Bytes(b) => format!("b{b:?}"),
        Value::None => "None".to_string(),
        _ => return None,
    };
    Some((text, v))
}

impl<'a> Compiler<'a> {
    /// `match subject:` with its cases.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let n = cases.len();
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let looped = n - has_default as usize;
        let mut ends = Vec::new();
        for (i, case) in cases[..looped].iter().enumerate() {
            self.at_pattern(&case.pattern);
            // Every case but the last one that tests works on a copy of the subject.
            let last = i + 1 == looped;
            if !last {
                self.emit(Op::DupTop);
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            // It's a match: store the captured names (their values are on the stack, first on top).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(guard) = &case.guard {
                let j = self.jump_unless(guard)?;
                Self::add_fail_jump(&mut pc, 0, j);
            }
            if !last {
                self.emit(Op::PopTop);
            }
            self.stmts(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            self.at_pattern(&case.pattern);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject: the case before it consumed it.
            let case = &cases[n - 1];
            self.at_pattern(&case.pattern);
            if let Some(guard) = &case.guard {
                let j = self.jump_unless(guard)?;
                ends.push(j);
            }
            self.stmts(&case.body)?;
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// The following instructions come from pattern `p` (its line and source range).
    fn at_pattern(&mut self, p: &Pattern) {
        self.set_line(p.span.0);
        self.pos = Position { start: p.span.0 as u32, end: p.span.1 as u32, anchor: Anchor::None };
    }

    fn add_fail_jump(pc: &mut PatternContext, pops: usize, at: usize) {
        if pc.fail_pop.len() <= pops {
            pc.fail_pop.resize(pops + 1, Vec::new());
        }
        pc.fail_pop[pops].push(at);
    }

    /// Emits `op` (a jump, to be patched) to the fail label that pops the items in flight and
    /// the captures so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        let at = self.emit(op);
        Self::add_fail_jump(pc, pops, at);
    }

    /// Emits the fail labels: `fail_pop[n]` pops one item and falls into `fail_pop[n - 1]`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            for &j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Op::PopTop);
            }
        }
    }

    /// Moves the top item `n - 1` places down.
    fn rotate(&mut self, n: usize) {
        if n > 1 {
            self.emit(Op::RotN(n as u32));
        }
    }

    /// A capture: the value on top goes down below everything in flight and the captures so far.
    fn store_capture(&mut self, name: Option<&str>, p: &Pattern, pc: &mut PatternContext) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(error("cannot assign to __debug__", p.span));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(error(format!("multiple assignments to name '{name}' in pattern"), p.span));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// A sub-pattern of a sequence, mapping or class pattern: captures are allowed there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.at_pattern(p);
        match &p.node {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::Singleton(c) => {
                let v = super::const_value(c).map_err(|m| error(m, p.span))?;
                self.load_const(v);
                self.emit(Op::Compare(CmpOp::Is));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::As(None, name) => {
                if !pc.allow_irrefutable {
                    return Err(match name {
                        Some(n) => error(format!("name capture '{n}' makes remaining patterns unreachable"), p.span),
                        None => error("wildcard makes remaining patterns unreachable", p.span),
                    });
                }
                self.store_capture(name.as_deref(), p, pc)?;
            }
            PatternKind::As(Some(inner), name) => {
                // A copy of the subject to store if the inner pattern matches.
                pc.on_top += 1;
                self.emit(Op::DupTop);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.at_pattern(p);
                self.store_capture(name.as_deref(), p, pc)?;
            }
            PatternKind::Star(name) => self.store_capture(name.as_deref(), p, pc)?,
            PatternKind::Sequence(items) => self.sequence_pattern(p, items, pc)?,
            PatternKind::Mapping { keys, patterns, rest } => self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::Or(alts) => self.or_pattern(p, alts, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, p: &'a Pattern, items: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let size = items.len();
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::Star(_) = item.node {
                if star.is_some() {
                    return Err(error("multiple starred names in sequence pattern", p.span));
                }
                star = Some(i);
            }
        }
        let star_wildcard = star.is_some_and(|i| matches!(items[i].node, PatternKind::Star(None)));
        let only_wildcard = items.iter().all(|i| i.is_wildcard() || matches!(i.node, PatternKind::Star(None)));
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        match star {
            None => {
                self.emit(Op::GetLen);
                self.load_const(Value::Int(size as i64));
                self.emit(Op::Compare(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Op::Compare(CmpOp::GtE));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop);
        } else if star_wildcard {
            // `[a, *_, b]`: index the items needed instead of unpacking them all.
            pc.on_top += 1;
            let star = star.unwrap_or(size);
            for (i, item) in items.iter().enumerate() {
                if item.is_wildcard() || i == star {
                    continue;
                }
                self.emit(Op::DupTop);
                let index = if i < star { i as i64 } else { i as i64 - size as i64 };
                self.load_const(Value::Int(index));
                self.emit(Op::BinarySubscr);
                self.subpattern(item, pc)?;
            }
            pc.on_top -= 1;
            self.at_pattern(p);
            self.emit(Op::PopTop);
        } else {
            match star {
                Some(s) => self.emit(Op::UnpackEx(s as u16, (size - s - 1) as u16)),
                None => self.emit(Op::UnpackSequence(size as u32)),
            };
            // The items are on the stack, the first on top; each sub-pattern consumes one.
            pc.on_top += size;
            for item in items {
                pc.on_top -= 1;
                self.subpattern(item, pc)?;
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, p: &'a Pattern, keys: &'a [Expr], patterns: &'a [Pattern], rest: Option<&str>, pc: &mut PatternContext) -> CResult<()> {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Op::Compare(CmpOp::GtE));
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        }
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            match literal_key(k) {
                Some((text, v)) => {
                    if seen.contains(&text) {
                        let repr = crate::objects::repr::const_repr(&v);
                        return Err(error(format!("mapping pattern checks duplicate key ({repr})"), p.span));
                    }
                    seen.push(text);
                }
                None if matches!(k.node, ExprKind::Attribute(..)) || is_complex_literal(k) => {}
                None => return Err(error("mapping pattern keys may only match literals and attribute lookups", k.span)),
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // The keys and the values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Op::DupTop);
        self.load_const(Value::None);
        self.emit(Op::Compare(CmpOp::IsNot));
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top -= 1;
        pc.on_top += size;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // Whatever comes next consumes the keys and the subject.
        pc.on_top -= 2;
        self.at_pattern(p);
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys);
                self.store_capture(Some(name), p, pc)?;
            }
            None => {
                self.emit(Op::PopTop);
                self.emit(Op::PopTop);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|n| Value::Str(intern(n))).collect();
        self.load_const(Value::tuple(names));
        self.emit(Op::MatchClass(patterns.len() as u32));
        // A tuple of the attributes, or None.
        self.emit(Op::DupTop);
        self.load_const(Value::None);
        self.emit(Op::Compare(CmpOp::IsNot));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0));
        let n = patterns.len() + kwd_patterns.len();
        self.emit(Op::UnpackSequence(n as u32));
        pc.on_top -= 1;
        pc.on_top += n;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if sub.is_wildcard() {
                self.emit(Op::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let outer = PatternContext {
            stores: std::mem::take(&mut pc.stores),
            allow_irrefutable: pc.allow_irrefutable,
            fail_pop: std::mem::take(&mut pc.fail_pop),
            on_top: pc.on_top,
        };
        let mut control: Option<Vec<String>> = None;
        let mut ends = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            // Each alternative matches a copy of the subject, on a clean stack of its own.
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alts.len() && outer.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.at_pattern(alt);
            self.emit(Op::DupTop);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if ctrl.len() != pc.stores.len() || ctrl.iter().any(|n| !pc.stores.contains(n)) {
                        return Err(error("alternative patterns bind different names", alt.span));
                    }
                    self.reorder_captures(&mut pc.stores, ctrl);
                }
            }
            ends.push(self.emit(Op::Jump(0)));
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer.stores;
        pc.allow_irrefutable = outer.allow_irrefutable;
        pc.fail_pop = outer.fail_pop;
        pc.on_top = outer.on_top;
        // No alternative matched: drop the subject and fail.
        self.at_pattern(p);
        self.emit(Op::PopTop);
        self.jump_to_fail_pop(pc, Op::Jump(0));
        for e in ends {
            self.patch(e);
        }
        // The alternative's captures sit above the subject: move each below the items in flight
        // and the captures made before this or-pattern.
        let control = control.unwrap_or_default();
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(error(format!("multiple assignments to name '{name}' in pattern"), p.span));
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop);
        Ok(())
    }

    /// Rotates an alternative's captures (the first of `stores` on top) into the order of the
    /// first alternative's (`control`), so that all alternatives leave them alike.
    fn reorder_captures(&mut self, stores: &mut Vec<String>, control: &[String]) {
        if stores.as_slice() == control {
            return;
        }
        // An insertion sort: the top item goes down into the sorted part below the unsorted ones.
        let rank = |n: &String| control.iter().position(|c| c == n).unwrap_or(0);
        let mut stack = stores.clone();
        let k = stack.len();
        for unsorted in (1..=k).rev() {
            let top = stack.remove(0);
            let r = rank(&top);
            let above = stack[unsorted - 1..].iter().filter(|n| rank(n) < r).count();
            let depth = unsorted + above;
            self.rotate(depth);
            stack.insert(depth - 1, top);
        }
        *stores = stack;
    }
}
