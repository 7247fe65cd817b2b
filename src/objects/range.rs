//! The `range` object's numbers: bounds that fit an i64 (the common, fast form) or big ints (CPython's
//! ranges take any int), and the arithmetic every range operation needs — length, item, membership,
//! position, slicing, reversal, the equality key, repr — exact for both forms (never an overflow).

use super::Value;
use crate::objects::iter_kind::IterKind;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range's start, stop and step. `Small` when all three fit an i64 (its length, up to 2**64 - 1,
/// and its items are then computed in i128); `Big` otherwise. `step` is never zero.
pub enum Range {
    Small { start: i64, stop: i64, step: i64 },
    Big(Box<BigBounds>),
}

pub struct BigBounds {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// Where an iterator over a range is: the next item, the step, and how many items are left.
pub enum RangeCursor {
    Small { next: i64, step: i64, left: u64 },
    Big(Box<(BigInt, BigInt, BigInt)>),
}

impl RangeCursor {
    pub fn next(&mut self) -> Option<Value> {
        match self {
            RangeCursor::Small { next, step, left } => {
                if *left == 0 {
                    return None;
                }
                let v = *next;
                *left -= 1;
                // Past the last item the sum may leave i64; it is never read then.
                *next = v.wrapping_add(*step);
                Some(Value::Int(v))
            }
            RangeCursor::Big(b) => {
                let (next, step, left) = &mut **b;
                if left.is_zero() {
                    return None;
                }
                let v = next.clone();
                *next += &*step;
                *left -= 1;
                Some(Value::bigint(v))
            }
        }
    }

    /// How many items are left: a size, or the exact count when it is past any size (see
    /// builtins/length_hint.rs).
    pub fn left(&self) -> Result<usize, BigInt> {
        use num_traits::ToPrimitive;
        match self {
            RangeCursor::Small { left, .. } => Ok(usize::try_from(*left).unwrap_or(0)),
            RangeCursor::Big(b) => b.2.to_usize().ok_or_else(|| b.2.clone()),
        }
    }

    /// CPython's name for the iterator type: a range whose numbers fit a C long iterates natively.
    pub fn kind(&self) -> IterKind {
        match self {
            RangeCursor::Small { .. } => IterKind::RangeIterator,
            RangeCursor::Big(_) => IterKind::LongRangeIterator,
        }
    }

    fn over(start: BigInt, step: BigInt, len: BigInt) -> RangeCursor {
        // CPython iterates natively when the start, the step, the length and the last item fit
        // a C long.
        let last: BigInt = &start + (&len - 1u8) * &step;
        match (start.to_i64(), step.to_i64(), len.to_i64(), last.to_i64()) {
            (Some(next), Some(step), Some(left), Some(_)) => RangeCursor::Small { next, step, left: left as u64 },
            _ if len.is_zero() => RangeCursor::Small { next: 0, step: 1, left: 0 },
            _ => RangeCursor::Big(Box::new((start, step, len))),
        }
    }
}

/// The error of a length that does not fit an index (`len()` of a huge range).
pub const TOO_LONG: &str = "Python int too large to convert to C ssize_t";

impl Range {
    /// A range from its three numbers (`step` not zero), in its smallest form.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => Range::Small { start, stop, step },
            _ => Range::Big(Box::new(BigBounds { start, stop, step })),
        }
    }

    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            Range::Small { start, stop, step } => (BigInt::from(*start), BigInt::from(*stop), BigInt::from(*step)),
            Range::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    pub fn start(&self) -> Value {
        match self {
            Range::Small { start, .. } => Value::Int(*start),
            Range::Big(b) => Value::bigint(b.start.clone()),
        }
    }

    pub fn stop(&self) -> Value {
        match self {
            Range::Small { stop, .. } => Value::Int(*stop),
            Range::Big(b) => Value::bigint(b.stop.clone()),
        }
    }

    pub fn step(&self) -> Value {
        match self {
            Range::Small { step, .. } => Value::Int(*step),
            Range::Big(b) => Value::bigint(b.step.clone()),
        }
    }

    fn small_len(start: i64, stop: i64, step: i64) -> i128 {
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }

    /// The number of items, exactly.
    pub fn len(&self) -> BigInt {
        match self {
            Range::Small { start, stop, step } => BigInt::from(Self::small_len(*start, *stop, *step)),
            Range::Big(b) => {
                let (start, stop, step) = (&b.start, &b.stop, &b.step);
                if step.is_positive() && start < stop {
                    (stop - start - 1) / step + 1
                } else if step.is_negative() && start > stop {
                    (start - stop - 1) / (-step) + 1
                } else {
                    BigInt::zero()
                }
            }
        }
    }

    /// The number of items as an index, or None past i64::MAX (`len()` raises OverflowError then).
    pub fn len_index(&self) -> Option<i64> {
        match self {
            Range::Small { start, stop, step } => i64::try_from(Self::small_len(*start, *stop, *step)).ok(),
            Range::Big(_) => self.len().to_i64(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Range::Small { start, stop, step } => Self::small_len(*start, *stop, *step) == 0,
            Range::Big(_) => self.len().is_zero(),
        }
    }

    /// Item `i` (negative counts from the end), or None out of range.
    pub fn item(&self, i: &BigInt) -> Option<Value> {
        if let (Range::Small { start, stop, step }, Some(i)) = (self, i.to_i128()) {
            let len = Self::small_len(*start, *stop, *step);
            let i = if i < 0 { i + len } else { i };
            // An item lies between start and stop, so it fits an i64.
            return (0..len).contains(&i).then(|| Value::Int((*start as i128 + i * *step as i128) as i64));
        }
        let len = self.len();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        if i.is_negative() || i >= len {
            return None;
        }
        let (start, _, step) = self.bounds();
        Some(Value::bigint(start + i * step))
    }

    /// The position of the int `x` among the items, or None when it is not one of them.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        if let (Range::Small { start, stop, step }, Some(x)) = (self, x.to_i64()) {
            let inside = if *step > 0 { x >= *start && x < *stop } else { x <= *start && x > *stop };
            let off = x as i128 - *start as i128;
            return (inside && off % *step as i128 == 0).then(|| BigInt::from(off / *step as i128));
        }
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() { x >= &start && x < &stop } else { x <= &start && x > &stop };
        let off = x - &start;
        (inside && (&off % &step).is_zero()).then(|| off / step)
    }

    /// The range of the items a slice picks; `start`, `stop` and `step` are the slice's indices
    /// (from `slice_indices`), as CPython's compute_slice.
    pub fn slice(&self, start: &BigInt, stop: &BigInt, step: &BigInt) -> Range {
        let (s, _, st) = self.bounds();
        Range::new(&s + start * &st, &s + stop * &st, st * step)
    }

    /// An iterator's state over the items, first to last.
    pub fn cursor(&self) -> RangeCursor {
        if let Range::Small { start, stop, step } = self
            && let Ok(left) = i64::try_from(Self::small_len(*start, *stop, *step))
        {
            return RangeCursor::Small { next: *start, step: *step, left: left as u64 };
        }
        let (start, _, step) = self.bounds();
        RangeCursor::over(start, step, self.len())
    }

    /// An iterator's state over the items, last to first.
    pub fn cursor_reversed(&self) -> RangeCursor {
        let (start, _, step) = self.bounds();
        let len = self.len();
        if len.is_zero() {
            return RangeCursor::Small { next: 0, step: 1, left: 0 };
        }
        let last = start + (&len - 1) * &step;
        RangeCursor::over(last, -step, len)
    }

    /// What identifies the numbers (equality and hash): the length, and the start and step
    /// where they matter (an empty range has neither, a range of one number no step).
    pub fn key(&self) -> (BigInt, Option<BigInt>, Option<BigInt>) {
        let len = self.len();
        let (start, _, step) = self.bounds();
        if len.is_zero() {
            (len, None, None)
        } else if len.is_one() {
            (len, Some(start), None)
        } else {
            (len, Some(start), Some(step))
        }
    }

    pub fn repr(&self) -> String {
        let (start, stop, step) = self.bounds();
        if step.is_one() { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") }
    }
}

/// A slice's (start, stop, step) over a sequence of `len` items, at full precision, as CPython's
/// `_PySlice_GetLongIndices` (None for an omitted part). Err when the step is zero.
pub fn slice_indices(start: Option<BigInt>, stop: Option<BigInt>, step: Option<BigInt>, len: &BigInt) -> Result<(BigInt, BigInt, BigInt), &'static str> {
    let step = step.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err("slice step cannot be zero");
    }
    let back = step.is_negative();
    let (lower, upper) = if back { (BigInt::from(-1), len - 1) } else { (BigInt::zero(), len.clone()) };
    let clip = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(v) if v.is_negative() => {
                let v = v + len;
                if v < lower { lower.clone() } else { v }
            }
            Some(v) => {
                if v > upper {
                    upper.clone()
                } else {
                    v
                }
            }
        }
    };
    let start = clip(start, if back { &upper } else { &lower });
    let stop = clip(stop, if back { &lower } else { &upper });
    Ok((start, stop, step))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn lengths_never_overflow() {
        let r = Range::new(BigInt::from(i64::MIN), BigInt::from(i64::MAX), BigInt::one());
        assert_eq!(r.len(), big("18446744073709551615"));
        assert_eq!(r.len_index(), None);
        assert!(!r.is_empty());
        let r = Range::new(BigInt::zero(), big("1180591620717411303424"), BigInt::from(3));
        assert_eq!(r.len(), big("393530540239137101142"));
        assert_eq!(r.item(&BigInt::from(-1)).map(|v| matches!(v, Value::BigInt(_))), Some(true));
    }

    #[test]
    fn positions_and_slices() {
        let r = Range::new(BigInt::zero(), big("1180591620717411303424"), BigInt::from(3));
        assert_eq!(r.position(&BigInt::from(6)), Some(BigInt::from(2)));
        assert_eq!(r.position(&BigInt::from(7)), None);
        let (a, b, c) = slice_indices(None, None, Some(BigInt::from(-1)), &r.len()).unwrap();
        assert_eq!(r.slice(&a, &b, &c).repr(), "range(1180591620717411303423, -3, -3)");
        assert!(slice_indices(None, None, Some(BigInt::zero()), &r.len()).is_err());
    }

    #[test]
    fn cursors_cross_the_i64_edge() {
        let r = Range::new(BigInt::from(i64::MAX - 1), BigInt::from(i64::MAX) + 3, BigInt::one());
        let mut c = r.cursor();
        let mut n = 0;
        while c.next().is_some() {
            n += 1;
        }
        assert_eq!(n, 4);
        let r = Range::new(BigInt::from(i64::MIN), BigInt::from(i64::MIN + 3), BigInt::one());
        let mut c = r.cursor_reversed();
        let mut last = None;
        while let Some(v) = c.next() {
            last = Some(v);
        }
        assert!(matches!(last, Some(Value::Int(i64::MIN))));
    }
}
