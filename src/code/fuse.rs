//! Superinstructions: after a code object is emitted, the first of two adjacent instructions that
//! often run together (two local loads, a local and a constant, a store then a load, an operator
//! whose result is stored in a local) on the same line becomes one instruction doing both (see the superinstructions of `Op`). The second stays
//! where it is, so jump targets, line numbers and positions keep their indices; the pair is one
//! dispatch instead of two. Pairs of one line only: a line event never falls between them.

use super::Op;

/// The superinstruction doing `first` then `second`, if that pair has one.
fn pair(first: Op, second: Op) -> Option<Op> {
    let small = |i: u32| u16::try_from(i).ok();
    Some(match (first, second) {
        (Op::LoadFast(a), Op::LoadFast(b)) => Op::LoadFastLoadFast(small(a)?, small(b)?),
        (Op::LoadFast(a), Op::LoadConst(c)) => Op::LoadFastLoadConst(small(a)?, small(c)?),
        (Op::LoadConst(c), Op::LoadFast(a)) => Op::LoadConstLoadFast(small(c)?, small(a)?),
        (Op::StoreFast(a), Op::LoadFast(b)) => Op::StoreFastLoadFast(small(a)?, small(b)?),
        (Op::StoreFast(a), Op::StoreFast(b)) => Op::StoreFastStoreFast(small(a)?, small(b)?),
        (Op::Binary(op), Op::StoreFast(a)) => Op::BinaryStoreFast(op, small(a)?),
        (Op::Inplace(op), Op::StoreFast(a)) => Op::InplaceStoreFast(op, small(a)?),
        _ => return None,
    })
}

/// Replaces in `ops` each instruction that starts a fusable pair on one line (`lines`: each
/// instruction's line) by its superinstruction. Every instruction is looked at with its plain
/// successor, so the second of a pair may itself start another (it runs that way when jumped to).
pub fn fuse(ops: &mut [Op], lines: &[u32]) {
    for i in 0..ops.len().saturating_sub(1) {
        if lines.get(i) != lines.get(i + 1) {
            continue;
        }
        if let Some(f) = pair(ops[i], ops[i + 1].unfused()) {
            ops[i] = f;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_on_one_line_fuse_and_keep_the_second() {
        let mut ops = vec![Op::LoadFast(0), Op::LoadFast(1), Op::LoadConst(2), Op::PopTop];
        fuse(&mut ops, &[1, 1, 1, 1]);
        assert_eq!(ops, vec![Op::LoadFastLoadFast(0, 1), Op::LoadFastLoadConst(1, 2), Op::LoadConst(2), Op::PopTop]);
        assert_eq!(ops[0].unfused(), Op::LoadFast(0));
    }

    #[test]
    fn pairs_across_lines_or_with_wide_operands_stay_apart() {
        let mut ops = vec![Op::StoreFast(0), Op::LoadFast(1), Op::StoreFast(70_000), Op::StoreFast(1)];
        fuse(&mut ops, &[1, 2, 2, 2]);
        assert_eq!(ops, vec![Op::StoreFast(0), Op::LoadFast(1), Op::StoreFast(70_000), Op::StoreFast(1)]);
    }
}
