//! Timeouts read as CPython reads them: a number of seconds (or milliseconds) becomes signed 64-bit
//! nanoseconds (its `_PyTime_t`), with its errors — a float NaN is ValueError, a float past the range
//! "timestamp out of range for platform time_t", an int past it "timestamp too large to convert to C
//! _PyTime_t" — and a deadline never overflows an `Instant` (a wait of centuries is a wait for ever).
//! Callers keep their own messages for the wrong types and for negative values.

use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_traits::ToPrimitive;
use std::time::{Duration, Instant};

/// What a timeout number counts.
#[derive(Clone, Copy)]
pub enum Unit {
    Seconds,
    Millis,
}

impl Unit {
    fn nanos(self) -> i64 {
        match self {
            Unit::Seconds => 1_000_000_000,
            Unit::Millis => 1_000_000,
        }
    }
}

fn too_large() -> PyErr {
    PyErr::overflow("timestamp too large to convert to C _PyTime_t")
}

/// The nanoseconds `v` stands for, rounded up; None when `v` is neither an int nor a float (the
/// caller raises its TypeError, or reads it another way).
pub fn to_nanos(v: &Value, unit: Unit) -> PyResult<Option<i64>> {
    Ok(Some(match v {
        Value::Float(f) => float_nanos(*f, unit)?,
        Value::Int(i) => i.checked_mul(unit.nanos()).ok_or_else(too_large)?,
        Value::Bool(b) => *b as i64 * unit.nanos(),
        Value::BigInt(b) => b.to_i64().and_then(|i| i.checked_mul(unit.nanos())).ok_or_else(too_large)?,
        _ => return Ok(None),
    }))
}

/// A float number of `unit`s as nanoseconds.
pub fn float_nanos(f: f64, unit: Unit) -> PyResult<i64> {
    if f.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    let ns = (f * unit.nanos() as f64).ceil();
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
        return Err(PyErr::overflow("timestamp out of range for platform time_t"));
    }
    Ok(ns as i64)
}

/// `v` as nanoseconds, as CPython's `_PyTime_FromSecondsObject` reads it: a float (or a float
/// subclass) as a float, anything else through `__index__` (TypeError "... cannot be interpreted
/// as an integer" without one; past 64 bits "timestamp too large to convert to C _PyTime_t").
pub fn nanos_arg(vm: &mut Vm, v: &Value, unit: Unit) -> PyResult<i64> {
    if let Some(ns) = to_nanos(v, unit)? {
        return Ok(ns);
    }
    if let Some(Value::Float(f)) = crate::vm::subclass::wrapped(v) {
        return float_nanos(*f, unit);
    }
    match vm.index_wide(v)? {
        Ok(n) => n.checked_mul(unit.nanos()).ok_or_else(too_large),
        Err(_) => Err(too_large()),
    }
}

/// The instant `ns` nanoseconds from now (0 for a negative count), at most a century away.
pub fn deadline_after(ns: i64) -> Instant {
    const CENTURY: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
    let wait = Duration::from_nanos(ns.max(0) as u64).min(CENTURY);
    Instant::now() + wait
}

/// The milliseconds a poll waits for `ns` nanoseconds, rounded up: OverflowError "timeout is too
/// large" past a C int, as CPython's poll and epoll say.
pub fn poll_millis(ns: i64) -> PyResult<i64> {
    let ms = ns.div_euclid(1_000_000) + (ns.rem_euclid(1_000_000) != 0) as i64;
    if ms > i32::MAX as i64 {
        return Err(PyErr::overflow("timeout is too large"));
    }
    Ok(ms)
}

/// A timeout of multiprocessing's waits (`Process.join`, `Connection.poll`), which CPython turns
/// into milliseconds with `math.ceil(timeout * 1000)` before polling: its messages for an
/// infinite or NaN float, then poll's. Negative waits are no wait; None is for ever.
pub fn selector_deadline(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Instant>> {
    let secs = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v) => crate::builtins::args::arg_f64(vm, v)?,
    };
    if secs <= 0.0 {
        return Ok(Some(Instant::now()));
    }
    if secs.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if secs.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let ms = (secs * 1000.0).ceil();
    if ms >= 9.223_372_036_854_776e12 {
        return Err(too_large());
    }
    let ms = poll_millis(ms as i64 * 1_000_000)?;
    Ok(Some(deadline_after(ms.saturating_mul(1_000_000))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_and_ints_past_the_range_are_errors_not_panics() {
        assert!(float_nanos(f64::NAN, Unit::Seconds).is_err());
        assert!(float_nanos(f64::INFINITY, Unit::Seconds).is_err());
        assert!(float_nanos(1e10, Unit::Seconds).is_err());
        assert_eq!(float_nanos(1.5, Unit::Seconds).ok(), Some(1_500_000_000));
        assert!(to_nanos(&Value::Int(i64::MAX), Unit::Seconds).is_err());
        assert_eq!(to_nanos(&Value::Int(2), Unit::Millis).ok(), Some(Some(2_000_000)));
        assert!(poll_millis(i64::MAX).is_err());
        assert_eq!(poll_millis(1).ok(), Some(1));
        // A deadline far away is capped, never an overflow.
        let _ = deadline_after(i64::MAX);
    }
}
