//! gilpy's bytecode as bytes, for `co_code` and the tables beside it (`co_lines`, `co_positions`,
//! `co_lnotab`, `co_linetable`). gilpy runs `Op`s, not CPython's code units, so the bytes are its
//! own encoding with CPython's shape: two bytes per instruction (the instruction kind, numbered
//! in the order `Op` declares its variants as `_gilpy_dis.opnames()` lists them, and the low byte of
//! its first operand), so instruction `i` starts at byte offset `2 * i` as `f_lasti` reports it.

use super::{Code, Op};
use std::sync::OnceLock;

/// The variant names of `Op`, in declaration order, read from the enum's own source.
fn variants() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let text: &'static str = include_str!("opcode.rs");
        let body = text.split("pub enum Op {").nth(1).and_then(|b| b.split("\n}").next()).unwrap_or("");
        body.lines()
            .map(str::trim)
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
            .filter_map(|l| l.split(|c: char| !c.is_ascii_alphanumeric()).next())
            .collect()
    })
}

/// The two bytes of one instruction: its kind and the low byte of its first numeric operand.
fn unit(op: &Op) -> [u8; 2] {
    let dbg = format!("{op:?}");
    let (name, inner) = match dbg.find('(') {
        Some(p) => (&dbg[..p], &dbg[p + 1..dbg.len() - 1]),
        None => (dbg.as_str(), ""),
    };
    let kind = variants().iter().position(|v| *v == name).unwrap_or(0) as u8;
    let arg = inner.split(',').next().and_then(|a| a.trim().parse::<u64>().ok()).unwrap_or(0);
    [kind, (arg & 0xff) as u8]
}

/// `co_code`: two bytes per instruction.
pub fn co_code(c: &Code) -> Vec<u8> {
    c.ops.iter().flat_map(unit).collect()
}

/// `co_lines()`: (start, end, line) byte ranges of consecutive instructions on one line.
pub fn lines(c: &Code) -> Vec<(usize, usize, Option<u32>)> {
    let mut out: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for (i, line) in c.lines.iter().enumerate() {
        let line = (*line > 0).then_some(*line);
        match out.last_mut() {
            Some(last) if last.2 == line => last.1 = 2 * i + 2,
            _ => out.push((2 * i, 2 * i + 2, line)),
        }
    }
    out
}

/// One instruction's source position: (line, end line, column, end column), the columns in
/// UTF-8 bytes from the start of their line as CPython counts them; None where not known.
pub type Span4 = (Option<u32>, Option<u32>, Option<u32>, Option<u32>);

/// `co_positions()`: one position per instruction.
pub fn positions(c: &Code) -> Vec<Span4> {
    let src = &c.source;
    let byte_col = |offset: usize, line: u32| src.offset_of_line(line).map(|start| offset.saturating_sub(start) as u32);
    (0..c.ops.len())
        .map(|i| {
            let line = c.lines.get(i).copied().filter(|l| *l > 0);
            match c.positions.get(i) {
                Some(p) if p.end > p.start && (p.end as usize) <= src.text.len() => {
                    let (l0, l1) = (src.line_of(p.start as usize), src.line_of(p.end as usize));
                    (Some(l0), Some(l1), byte_col(p.start as usize, l0), byte_col(p.end as usize, l1))
                }
                _ => (line, line, None, None),
            }
        })
        .collect()
}

/// `co_lnotab` (deprecated in 3.11, still there): pairs of (byte increment, line increment),
/// the line increment signed, each split into steps that fit a byte.
pub fn lnotab(c: &Code) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut addr, mut line) = (0usize, c.first_line as i64);
    for (start, _, l) in lines(c) {
        let Some(l) = l else { continue };
        let (mut da, mut dl) = (start - addr, l as i64 - line);
        while da > 255 {
            out.extend([255, 0]);
            da -= 255;
        }
        while dl > 127 {
            out.extend([da as u8, 127]);
            da = 0;
            dl -= 127;
        }
        while dl < -128 {
            out.extend([da as u8, (-128i8) as u8]);
            da = 0;
            dl += 128;
        }
        if da != 0 || dl != 0 {
            out.extend([da as u8, dl as i8 as u8]);
        }
        addr = start;
        line = l as i64;
    }
    out
}

/// `co_linetable`: gilpy's own line table, each instruction's line as 4 little-endian bytes.
pub fn linetable(c: &Code) -> Vec<u8> {
    c.lines.iter().flat_map(|l| l.to_le_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_read_in_order() {
        let v = variants();
        assert_eq!(v.first(), Some(&"PopTop"));
        assert_eq!(unit(&Op::PopTop), [0, 0]);
        assert_eq!(unit(&Op::LoadConst(3))[1], 3);
        assert_eq!(v[unit(&Op::LoadConst(3))[0] as usize], "LoadConst");
    }
}
