//! `_time`, the native half of `time` (src/stdlib/time.py): clocks, sleep (which releases the
//! GIL), the calendar fields of local and UTC time, mktime, and strftime over time tuples.

use super::make_module;
use crate::builtins::args::{arg_f64, check_args};
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;
use chrono::{DateTime, Datelike, Local, NaiveDate, Offset, TimeZone, Timelike, Utc};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn time(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)))
}

/// The POSIX clock `id` now, as a TimeSpec (OSError from the kernel, e.g. EINVAL for an unknown id).
fn read_clock(id: i64) -> PyResult<nix::sys::time::TimeSpec> {
    let raw = nix::libc::clockid_t::try_from(id).map_err(|_| PyErr::overflow("signed integer is greater than maximum"))?;
    nix::time::clock_gettime(nix::time::ClockId::from_raw(raw)).map_err(crate::modules::socket::errors::errno_error)
}

fn float_seconds(t: nix::sys::time::TimeSpec) -> Value {
    Value::Float(t.tv_sec() as f64 + t.tv_nsec() as f64 * 1e-9)
}

fn nanoseconds(t: nix::sys::time::TimeSpec) -> Value {
    Value::Int(t.tv_sec() * 1_000_000_000 + t.tv_nsec())
}

/// The clock id argument of the clock_* functions.
fn clock_arg(fname: &str, a: &[Value], k: &KwArgs) -> PyResult<i64> {
    check_args(fname, a, k, 1, 1)?;
    match &a[0] {
        Value::Int(id) => Ok(*id),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", crate::objects::types::types().of(other).name))),
    }
}

/// monotonic() and perf_counter(): CLOCK_MONOTONIC, as CPython on Linux (one time base for
/// every process of the machine, so deadlines can be compared across processes).
fn monotonic(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(float_seconds(read_clock(nix::libc::CLOCK_MONOTONIC as i64)?))
}

fn clock_gettime(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(float_seconds(read_clock(clock_arg("clock_gettime", a, k)?)?))
}

fn clock_gettime_ns(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    Ok(nanoseconds(read_clock(clock_arg("clock_gettime_ns", a, k)?)?))
}

/// Sets the POSIX clock `id` (OSError from the kernel: EINVAL for a clock that cannot be set,
/// EPERM without the privilege).
fn set_clock(id: i64, secs: i64, nanos: i64) -> PyResult<Value> {
    let raw = nix::libc::clockid_t::try_from(id).map_err(|_| PyErr::overflow("signed integer is greater than maximum"))?;
    let ts = nix::sys::time::TimeSpec::new(secs, nanos);
    nix::time::clock_settime(nix::time::ClockId::from_raw(raw), ts).map_err(crate::modules::socket::errors::errno_error)?;
    Ok(Value::None)
}

/// time.clock_settime(clk_id, time): seconds as a float or int.
fn clock_settime(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("clock_settime", a, k, 2, 2)?;
    let id = clock_arg("clock_settime", &a[..1], k)?;
    let secs = match &a[1] {
        Value::Float(f) => *f,
        v => vm
            .index_value(v)
            .map_err(|_| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", crate::objects::types::types().of(v).name)))?
            as f64,
    };
    if !secs.is_finite() || secs.abs() > 9.2e9 {
        return Err(PyErr::overflow("timestamp too large to convert to C _PyTime_t"));
    }
    let whole = secs.floor();
    set_clock(id, whole as i64, ((secs - whole) * 1e9).round().min(999_999_999.0) as i64)
}

/// time.clock_settime_ns(clk_id, time): nanoseconds as an int.
fn clock_settime_ns(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("clock_settime_ns", a, k, 2, 2)?;
    let id = clock_arg("clock_settime_ns", &a[..1], k)?;
    let ns = match &a[1] {
        v @ (Value::Int(_) | Value::Bool(_)) => vm.index_value(v)?,
        Value::BigInt(_) => return Err(PyErr::overflow("timestamp too large to convert to C _PyTime_t")),
        v => return Err(PyErr::type_error(format!("expect int, got {}", crate::objects::types::types().of(v).name))),
    };
    set_clock(id, ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000))
}

/// time.pthread_getcpuclockid(thread_id): the CPU-time clock of a live thread.
fn pthread_getcpuclockid(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("pthread_getcpuclockid", a, k, 1, 1)?;
    let ident = match &a[0] {
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => vm.index_value(v)? as u64,
        v => return Err(PyErr::type_error(format!("pthread_getcpuclockid() argument 1 must be int, not {}", crate::objects::types::types().of(v).name))),
    };
    let handle = crate::modules::signals::thread_handle(ident).ok_or_else(|| crate::modules::socket::errors::errno_error(nix::errno::Errno::ESRCH))?;
    let id = crate::unsafe_os::posix_calls::pthread_cpuclock(handle).map_err(crate::modules::socket::errors::errno_error)?;
    Ok(Value::Int(id))
}

fn clock_getres(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let id = clock_arg("clock_getres", a, k)?;
    let raw = nix::libc::clockid_t::try_from(id).map_err(|_| PyErr::overflow("signed integer is greater than maximum"))?;
    let res = nix::time::clock_getres(nix::time::ClockId::from_raw(raw)).map_err(crate::modules::socket::errors::errno_error)?;
    Ok(float_seconds(res))
}

/// thread_time(): the CPU time of the calling thread.
fn thread_time(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(float_seconds(read_clock(nix::libc::CLOCK_THREAD_CPUTIME_ID as i64)?))
}

fn thread_time_ns(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(nanoseconds(read_clock(nix::libc::CLOCK_THREAD_CPUTIME_ID as i64)?))
}

fn monotonic_ns(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(nanoseconds(read_clock(nix::libc::CLOCK_MONOTONIC as i64)?))
}

/// The local zone now: (offset east of UTC in seconds, its name), for tzset().
fn zone_now(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let off = Local::now().offset().local_minus_utc();
    Ok(Value::tuple(vec![Value::Int(off as i64), Value::string(zone_name(off))]))
}

/// process_time(): CPU time (user + system) of the whole process, not wall time: sleeping and
/// waiting do not count, as CPython's.
fn process_time(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    use nix::sys::resource::{UsageWho, getrusage};
    let usage = getrusage(UsageWho::RUSAGE_SELF).map_err(crate::modules::socket::errors::errno_error)?;
    let secs = |t: nix::sys::time::TimeVal| t.tv_sec() as f64 + t.tv_usec() as f64 * 1e-6;
    Ok(Value::Float(secs(usage.user_time()) + secs(usage.system_time())))
}

fn time_ns(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)))
}

fn sleep(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("sleep", a, k, 1, 1)?;
    let ns = super::timeout::nanos_arg(vm, &a[0], super::timeout::Unit::Seconds)?;
    if ns < 0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let deadline = super::timeout::deadline_after(ns);
    vm.blocking(Some(deadline), |until| {
        if let Some(u) = until {
            std::thread::sleep(u.saturating_duration_since(Instant::now()));
        }
        None::<()>
    })?;
    Ok(Value::None)
}

/// The eleven fields of a struct_time: year, month, day, hour, minute, second, weekday (Monday
/// is 0), day of the year (from 1), DST flag, zone name and offset east of UTC in seconds.
fn fields<Tz: TimeZone>(t: &DateTime<Tz>, zone: String) -> Value {
    let off = t.offset().fix().local_minus_utc() as i64;
    Value::tuple(vec![
        Value::Int(t.year() as i64),
        Value::Int(t.month() as i64),
        Value::Int(t.day() as i64),
        Value::Int(t.hour() as i64),
        Value::Int(t.minute() as i64),
        Value::Int(t.second() as i64),
        Value::Int(t.weekday().num_days_from_monday() as i64),
        Value::Int(t.ordinal() as i64),
        Value::Int(0),
        Value::string(zone),
        Value::Int(off),
    ])
}

/// Seconds since the epoch from an optional argument (None: now), floored as CPython does.
fn seconds(vm: &mut Vm, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None | Some(Value::None) => Ok(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)),
        Some(v) => {
            let f = arg_f64(vm, v)?;
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            Ok(f.floor() as i64)
        }
    }
}

fn zone_name(off: i32) -> String {
    if off == 0 { "UTC".to_string() } else { offset_text(off as i64) }
}

fn offset_text(off: i64) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.abs();
    format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
}

fn out_of_range() -> PyErr {
    PyErr::overflow("timestamp out of range for platform time_t")
}

fn localtime_fields(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("localtime", a, k, 0, 1)?;
    let secs = seconds(vm, a)?;
    let t = crate::unsafe_os::local_time(secs).ok_or_else(out_of_range)?;
    let mut items: Vec<Value> = t.fields.iter().map(|v| Value::Int(*v)).collect();
    items.push(Value::string(t.zone));
    items.push(Value::Int(t.gmtoff));
    Ok(Value::tuple(items))
}

/// The zone as CPython's time module reports it, from January's and July's local times of
/// this year: (timezone, altzone, daylight, (standard name, summer name)).
fn zone_info(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(zone_values())
}

fn zone_values() -> Value {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let year = crate::unsafe_os::local_time(now).map_or(1970, |t| t.fields[0]);
    let at = |month: u32| {
        NaiveDate::from_ymd_opt(year as i32, month, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|n| crate::unsafe_os::local_time(n.and_utc().timestamp()))
            .map_or((0, "UTC".to_string()), |t| (t.gmtoff, t.zone))
    };
    let (jan, jul) = (at(1), at(7));
    // In the southern hemisphere summer time is January's.
    let (standard, summer) = if jan.0 <= jul.0 { (jan, jul) } else { (jul, jan) };
    let daylight = standard.0 != summer.0;
    Value::tuple(vec![
        Value::Int(-standard.0),
        Value::Int(-summer.0),
        Value::Int(daylight as i64),
        Value::tuple(vec![Value::string(standard.1), Value::string(summer.1)]),
    ])
}

/// tzset(): the C library reads TZ again; the new zone_info() follows.
fn tzset(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("tzset", a, k, 0, 0)?;
    crate::unsafe_os::tzset();
    Ok(zone_values())
}

fn gmtime_fields(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("gmtime", a, k, 0, 1)?;
    let secs = seconds(vm, a)?;
    let t = Utc.timestamp_opt(secs, 0).earliest().ok_or_else(out_of_range)?;
    Ok(fields(&t, "GMT".to_string()))
}

/// The items of a time tuple (a tuple or a struct_time).
fn tuple_items(v: &Value) -> PyResult<Vec<Value>> {
    match crate::vm::subclass::wrapped(v).unwrap_or(v) {
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => Err(PyErr::type_error("Tuple or struct_time argument required")),
    }
}

/// The first nine fields of a time tuple as ints.
fn tuple_fields(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<[i64; 9]> {
    let items = tuple_items(v)?;
    if items.len() != 9 && items.len() != 11 {
        return Err(PyErr::type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (slot, v) in out.iter_mut().zip(items.iter()) {
        *slot = vm.index_value(v)?;
    }
    Ok(out)
}

fn mktime(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("mktime", a, k, 1, 1)?;
    let f = tuple_fields(vm, &a[0], "mktime")?;
    let t = crate::unsafe_os::make_time(&f).ok_or_else(|| PyErr::overflow("mktime argument out of range"))?;
    Ok(Value::Float(t as f64))
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// C's strftime in the C locale over a time tuple's fields, zone name and offset.
fn format_time(fmt: &str, f: &[i64; 9], zone: &str, gmtoff: i64) -> String {
    let day = DAYS[f[6].rem_euclid(7) as usize];
    let month = MONTHS[(f[1] - 1).rem_euclid(12) as usize];
    let hour12 = if f[3] % 12 == 0 { 12 } else { f[3] % 12 };
    let yday0 = f[7] - 1;
    let sunday_based = (f[6] + 1) % 7;
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(code) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match code {
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'c' => format!("{} {} {:>2} {:02}:{:02}:{:02} {}", &day[..3], &month[..3], f[2], f[3], f[4], f[5], f[0]),
            'C' => format!("{:02}", f[0] / 100),
            'd' => format!("{:02}", f[2]),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100)),
            'e' => format!("{:>2}", f[2]),
            'F' => format!("{}-{:02}-{:02}", f[0], f[1], f[2]),
            'H' => format!("{:02}", f[3]),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", f[7]),
            'm' => format!("{:02}", f[1]),
            'M' => format!("{:02}", f[4]),
            'n' => "\n".to_string(),
            'p' => (if f[3] < 12 { "AM" } else { "PM" }).to_string(),
            'R' => format!("{:02}:{:02}", f[3], f[4]),
            'S' => format!("{:02}", f[5]),
            't' => "\t".to_string(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'u' => format!("{}", f[6] + 1),
            'U' => format!("{:02}", (yday0 + 7 - sunday_based) / 7),
            'w' => format!("{sunday_based}"),
            'W' => format!("{:02}", (yday0 + 7 - f[6]) / 7),
            'y' => format!("{:02}", f[0].rem_euclid(100)),
            'Y' => format!("{}", f[0]),
            'Z' => zone.to_string(),
            'z' => offset_text(gmtoff),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

/// `_time.format(fmt, tuple)`: strftime over a 9- or 11-item time tuple (time.py passes
/// localtime() when the caller gives none), with C's range checks.
fn format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("strftime", a, k, 2, 2)?;
    let fmt = crate::builtins::args::arg_str(&a[0], "strftime")?.to_string();
    let f = tuple_fields(vm, &a[1], "strftime")?;
    let checks: [(usize, i64, i64, &str); 6] = [
        (1, 1, 12, "month out of range"),
        (2, 1, 31, "day of month out of range"),
        (3, 0, 23, "hour out of range"),
        (4, 0, 59, "minute out of range"),
        (5, 0, 61, "seconds out of range"),
        (7, 0, 366, "day of year out of range"),
    ];
    for (i, lo, hi, msg) in checks {
        if f[i] < lo || f[i] > hi {
            return Err(PyErr::value_error(msg));
        }
    }
    let items = tuple_items(&a[1])?;
    let (zone, gmtoff) = match (items.get(9), items.get(10)) {
        (Some(Value::Str(z)), Some(Value::Int(off))) => (z.as_str().to_string(), *off),
        _ => {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
            crate::unsafe_os::local_time(now).map_or(("UTC".to_string(), 0), |t| (t.zone, t.gmtoff))
        }
    };
    Ok(Value::string(format_time(&fmt, &f, &zone, gmtoff)))
}

pub fn create() -> Value {
    let (m, d) = make_module(
        "_time",
        &[
            ("time", time),
            ("monotonic", monotonic),
            ("perf_counter", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("clock_gettime", clock_gettime),
            ("clock_gettime_ns", clock_gettime_ns),
            ("clock_settime", clock_settime),
            ("clock_settime_ns", clock_settime_ns),
            ("pthread_getcpuclockid", pthread_getcpuclockid),
            ("clock_getres", clock_getres),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("zone_now", zone_now),
            ("process_time", process_time),
            ("time_ns", time_ns),
            ("sleep", sleep),
            ("localtime", localtime_fields),
            ("gmtime", gmtime_fields),
            ("mktime", mktime),
            ("format", format),
            ("zone_info", zone_info),
            ("tzset", tzset),
        ],
    );
    crate::unsafe_os::tzset();
    if let Value::Tuple(zone) = zone_values() {
        for (name, v) in ["timezone", "altzone", "daylight", "tzname"].iter().zip(zone.iter()) {
            d.set_str(intern(name), v.clone());
        }
    }
    for (clock, id) in [
        ("CLOCK_REALTIME", nix::libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", nix::libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", nix::libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", nix::libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", nix::libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", nix::libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", nix::libc::CLOCK_TAI),
    ] {
        d.set_str(intern(clock), Value::Int(id as i64));
    }
    m
}
