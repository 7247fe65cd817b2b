//! Sizes of str and bytes results, known before they are built: the length of a join, a replace
//! or an expandtabs, checked (MemoryError when the total cannot be had, never an allocation abort),
//! and the `int` arguments CPython converts to a C int (OverflowError past it).

use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::ops::{check_alloc, memory_error};

/// A total length from parts that may not add up within the address space.
fn total(sum: Option<usize>) -> PyResult<usize> {
    let n = sum.filter(|&n| n <= isize::MAX as usize).ok_or_else(memory_error)?;
    check_alloc(n)?;
    Ok(n)
}

/// The length of `parts` joined with a separator of `sep` units.
pub fn joined_len(parts: impl Iterator<Item = usize>, sep: usize) -> PyResult<usize> {
    let mut sum = Some(0usize);
    for (i, n) in parts.enumerate() {
        let gap = if i > 0 { sep } else { 0 };
        sum = sum.and_then(|s| s.checked_add(n)).and_then(|s| s.checked_add(gap));
    }
    total(sum)
}

/// The length after `count` replacements of `old` units by `new` units in `len` units.
pub fn replaced_len(len: usize, count: usize, old: usize, new: usize) -> PyResult<usize> {
    let removed = count.saturating_mul(old).min(len);
    total(count.checked_mul(new).and_then(|n| n.checked_add(len - removed)))
}

/// What one unit of text does to the column count of expandtabs.
pub enum Col {
    Tab,
    Line,
    /// Anything else, taking this many units of the result.
    Other(usize),
}

/// The length of the result of expandtabs with tabs `size` columns apart.
pub fn expanded_len(cols: impl Iterator<Item = Col>, size: usize) -> PyResult<usize> {
    let (mut sum, mut col) = (Some(0usize), 0usize);
    for c in cols {
        let add = match c {
            Col::Tab if size > 0 => {
                let n = size - col % size;
                col += n;
                n
            }
            Col::Tab => 0,
            Col::Line => {
                col = 0;
                1
            }
            Col::Other(n) => {
                col += 1;
                n
            }
        };
        sum = sum.and_then(|s| s.checked_add(add));
    }
    total(sum)
}

/// expandtabs' tabsize: a C int, as CPython's (a zero or negative size removes the tabs).
pub fn tab_size(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let too_large = || PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int");
    let n = match v {
        Value::BigInt(_) => return Err(too_large()),
        _ => vm.index_value(v).map_err(|e| {
            if e.matches(ExcKind::TypeError) { PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)) } else { e }
        })?,
    };
    let n = i32::try_from(n).map_err(|_| too_large())?;
    Ok(n.max(0) as usize)
}

/// An empty String with room for `n` bytes, or MemoryError.
pub fn reserved_text(n: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(s)
}

/// An empty byte vector with room for `n` bytes, or MemoryError.
pub fn reserved_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}
