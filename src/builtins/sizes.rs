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

/// An argument CPython converts to a C int: TypeError for a non-integer, OverflowError past
/// 32 bits (before any size derived from it is allocated).
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_large = || PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int");
    let n = match vm.index_wide(v) {
        Ok(Ok(n)) => n,
        Ok(Err(_)) => return Err(too_large()),
        Err(e) if e.matches(ExcKind::TypeError) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", types().of(v).name)));
        }
        Err(e) => return Err(e),
    };
    i32::try_from(n).map_err(|_| too_large())
}

/// An argument CPython converts to a C ssize_t (a length, a count): OverflowError past 64 bits
/// rather than the IndexError of a subscript.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v)
}

/// An int argument saturated to 64 bits (round's ndigits: past them the answer no longer changes).
pub fn saturated_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_wide(v)? {
        Ok(n) => Ok(n),
        Err(negative) => Ok(if negative { i64::MIN } else { i64::MAX }),
    }
}

/// expandtabs' tabsize: a C int, as CPython's (a zero or negative size removes the tabs).
pub fn tab_size(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(c_int(vm, v)?.max(0) as usize)
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

/// Room for `additional` more items in `v`, or MemoryError (a vector that would outgrow memory
/// in one step: `extend`, `+=`, a write past the end of a buffer).
pub fn grow<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    v.try_reserve(additional).map_err(|_| memory_error())
}

/// `a` followed by `b` in a new vector sized once, or MemoryError (`+` of lists, tuples, bytes).
pub fn concat<T: Clone>(a: &[T], b: &[T]) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(a.len().checked_add(b.len()).ok_or_else(memory_error)?).map_err(|_| memory_error())?;
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    Ok(out)
}

/// `a` followed by `b` in a new String sized once, or MemoryError (`+` of str).
pub fn concat_text(a: &str, b: &str) -> PyResult<String> {
    let mut out = reserved_text(a.len().checked_add(b.len()).ok_or_else(memory_error)?)?;
    out.push_str(a);
    out.push_str(b);
    Ok(out)
}

/// A copy of `items`, or MemoryError (a list or deque copied before it is extended by itself).
pub fn copied<T: Clone>(items: &[T]) -> PyResult<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(items.len()).map_err(|_| memory_error())?;
    out.extend_from_slice(items);
    Ok(out)
}

/// Appends an item to a list's items: when the room runs out it is doubled with `try_reserve`,
/// so a list that outgrows memory is MemoryError (list.append, comprehensions), not an abort.
pub fn push_item<T>(items: &mut Vec<T>, item: T) -> PyResult<()> {
    if items.len() == items.capacity() {
        items.try_reserve(items.len().max(4)).map_err(|_| memory_error())?;
    }
    items.push(item);
    Ok(())
}

/// Appends `count` copies of `fill`'s UTF-8 bytes (a memset for ASCII, doubling copies
/// otherwise); the room is the caller's to reserve.
pub fn push_fill(out: &mut Vec<u8>, fill: char, count: usize) {
    let mut buf = [0u8; 4];
    let unit = fill.encode_utf8(&mut buf).as_bytes();
    if unit.len() == 1 {
        out.resize(out.len() + count, unit[0]);
        return;
    }
    let (start, total) = (out.len(), unit.len() * count);
    if count > 0 {
        out.extend_from_slice(unit);
    }
    while out.len() - start < total {
        let done = out.len() - start;
        out.extend_from_within(start..start + done.min(total - done));
    }
}

/// `unit` repeated `n` times (str, bytes, list, tuple, bytearray, array `*`): an empty unit or
/// count makes an empty result at once, whatever the count; a total past the address space is
/// OverflowError with `overflow` (CPython's message for str and bytes) or MemoryError (lists,
/// tuples), and one the allocator refuses is MemoryError, all before anything is copied. The
/// copies double, so a huge result costs a few memcpys.
pub fn repeated<T: Clone>(unit: &[T], n: usize, overflow: Option<&str>) -> PyResult<Vec<T>> {
    if unit.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = unit.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize).ok_or_else(|| match overflow {
        Some(msg) => PyErr::new(ExcKind::OverflowError, msg),
        None => memory_error(),
    })?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    out.extend_from_slice(unit);
    while out.len() < total {
        let more = out.len().min(total - out.len());
        out.extend_from_within(..more);
    }
    Ok(out)
}

/// The text `unit` repeated `n` times, as `repeated` (OverflowError "repeated string is too long").
pub fn repeated_text(unit: &str, n: usize) -> PyResult<String> {
    let bytes = repeated(unit.as_bytes(), n, Some("repeated string is too long"))?;
    Ok(String::from_utf8(bytes).expect("copies of a str are UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_doubles_to_the_exact_count() {
        for n in 0..40 {
            assert_eq!(repeated(&[1u8, 2, 3], n, None).ok().unwrap(), [1u8, 2, 3].repeat(n));
        }
        assert_eq!(repeated_text("é", 5).ok().unwrap(), "ééééé");
        for count in 0..9 {
            let mut out = b"x".to_vec();
            push_fill(&mut out, '€', count);
            assert_eq!(String::from_utf8(out).unwrap(), format!("x{}", "€".repeat(count)));
        }
    }

    #[test]
    fn repeated_refuses_before_copying() {
        assert!(repeated::<u8>(&[], usize::MAX, None).ok().unwrap().is_empty());
        assert!(repeated(&[0u8; 2], usize::MAX, Some("too long")).unwrap_err().matches(ExcKind::OverflowError));
        assert!(repeated(&[0u64; 2], isize::MAX as usize / 2, None).unwrap_err().matches(ExcKind::MemoryError));
    }
}
