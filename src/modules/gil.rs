//! `_gil` (also importable as `gil`): the GIL seen from the language. stats() returns the exact
//! per-thread counters, reset() zeroes them, policy() names the policy, interval()/set_interval()
//! read and change the instruction interval, report() gives the `--gil-stats` table as a string.

use super::make_module;
use crate::builtins::args::check_args;
use crate::gil::stats::Snapshot;
use crate::objects::Arc;
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

fn set(d: &Arc<Dict>, k: &str, v: Value) {
    d.set_str(intern(k), v);
}

fn thread_dict(t: &Snapshot) -> Value {
    let d = Dict::new();
    set(&d, "ident", Value::Int(t.id as i64));
    set(&d, "name", Value::string(t.name.clone()));
    set(&d, "alive", Value::Bool(t.alive));
    for (k, v) in [
        ("instructions", t.instructions),
        ("acquisitions", t.acquisitions),
        ("forced_releases", t.forced_releases),
        ("voluntary_releases", t.voluntary_releases),
        ("switches", t.switches),
    ] {
        set(&d, k, Value::Int(v as i64));
    }
    for (k, ns) in [("wait_total", t.wait_ns), ("wait_max", t.wait_max_ns), ("wait_p50", t.wait_p50_ns), ("wait_p99", t.wait_p99_ns), ("hold_total", t.hold_ns)]
    {
        set(&d, k, Value::Float(ns as f64 / 1e9));
    }
    Value::Dict(d)
}

/// stats() -> {"policy", "interval", "switch_interval", "switches", "instructions", "threads": [...]};
/// times are in seconds.
fn stats(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("stats", a, k, 0, 0)?;
    vm.flush_ticks();
    let gil = &vm.interp.gil;
    let snaps = gil.snapshots();
    let d = Dict::new();
    set(&d, "policy", Value::str(gil.policy.name()));
    set(&d, "interval", Value::Int(gil.interval() as i64));
    set(&d, "switch_interval", Value::Float(gil.interval_seconds()));
    set(&d, "switches", Value::Int(snaps.iter().map(|t| t.switches).sum::<u64>() as i64));
    set(&d, "instructions", Value::Int(snaps.iter().map(|t| t.instructions).sum::<u64>() as i64));
    set(&d, "forced_releases", Value::Int(snaps.iter().map(|t| t.forced_releases).sum::<u64>() as i64));
    set(&d, "voluntary_releases", Value::Int(snaps.iter().map(|t| t.voluntary_releases).sum::<u64>() as i64));
    set(&d, "threads", Value::list(snaps.iter().map(thread_dict).collect()));
    Ok(Value::Dict(d))
}

fn reset(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("reset", a, k, 0, 0)?;
    vm.flush_ticks();
    vm.interp.gil.reset_stats();
    Ok(Value::None)
}

fn policy(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("policy", a, k, 0, 0)?;
    Ok(Value::str(vm.interp.gil.policy.name()))
}

fn interval(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("interval", a, k, 0, 0)?;
    Ok(Value::Int(vm.interp.gil.interval() as i64))
}

fn set_interval(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("set_interval", a, k, 1, 1)?;
    set_interval_from(vm, &a[0], "interval must be at least 1 instruction")
}

/// Sets the instruction interval from a Python int (at least 1, else ValueError(`below_one`);
/// clamped to i32): `_gil.set_interval` and `sys.setcheckinterval`.
pub fn set_interval_from(vm: &mut Vm, n: &Value, below_one: &str) -> PyResult<Value> {
    let n = vm.index_value(n)?;
    if n < 1 {
        return Err(PyErr::value_error(below_one));
    }
    vm.interp.gil.set_interval(n.min(i32::MAX as i64) as i32);
    Ok(Value::None)
}

/// `_gil._panic_for_tests(msg)`: a Rust panic on purpose, so that tests can show that a panic
/// becomes a SystemError in the calling thread and never hangs or kills the process.
fn panic_for_tests(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let msg = match a.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "injected".to_string(),
    };
    panic!("{msg}");
}

fn report(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("report", a, k, 0, 0)?;
    vm.flush_ticks();
    Ok(Value::string(crate::gil::report::table(&vm.interp.gil)))
}

pub fn create(name: &str) -> Value {
    make_module(
        if name == "gil" { "gil" } else { "_gil" },
        &[
            ("stats", stats),
            ("reset", reset),
            ("policy", policy),
            ("interval", interval),
            ("set_interval", set_interval),
            ("report", report),
            ("_panic_for_tests", panic_for_tests),
        ],
    )
    .0
}
