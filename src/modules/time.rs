//! The `time` module: clocks and sleep (which releases the GIL).

use super::make_module;
use crate::builtins::args::{arg_f64, check_args};
use crate::objects::function::KwArgs;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> &'static Instant {
    static E: OnceLock<Instant> = OnceLock::new();
    E.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)))
}

fn monotonic(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(epoch().elapsed().as_secs_f64() + 1000.0))
}

fn time_ns(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)))
}

fn sleep(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sleep", a, k, 1, 1)?;
    let secs = arg_f64(vm, &a[0])?;
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    vm.blocking(Some(deadline), |until| {
        if let Some(u) = until {
            std::thread::sleep(u.saturating_duration_since(Instant::now()));
        }
        None::<()>
    })?;
    Ok(Value::None)
}

fn strftime(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("strftime", a, k, 1, 2)?;
    let fmt = crate::builtins::args::arg_str(&a[0], "strftime")?;
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let _ = vm;
    let (y, mo, d, h, mi, s) = civil(secs);
    let out = fmt
        .replace("%Y", &format!("{y:04}"))
        .replace("%m", &format!("{mo:02}"))
        .replace("%d", &format!("{d:02}"))
        .replace("%H", &format!("{h:02}"))
        .replace("%M", &format!("{mi:02}"))
        .replace("%S", &format!("{s:02}"))
        .replace("%%", "%");
    Ok(Value::string(out))
}

/// UTC calendar fields of a Unix time.
fn civil(secs: i64) -> (i64, i64, i64, i64, i64, i64) {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d, rem / 3600, (rem % 3600) / 60, rem % 60)
}

pub fn create() -> Value {
    epoch();
    let (m, _) = make_module(
        "time",
        &[
            ("time", time),
            ("monotonic", monotonic),
            ("perf_counter", monotonic),
            ("process_time", monotonic),
            ("time_ns", time_ns),
            ("sleep", sleep),
            ("strftime", strftime),
        ],
    );
    m
}
