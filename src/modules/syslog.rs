//! `syslog`: the system logger, as CPython's syslogmodule.c — openlog (ident, options,
//! facility), syslog([priority,] message), closelog, setlogmask, the LOG_MASK/LOG_UPTO
//! helpers and the LOG_* numbers of Linux's <syslog.h>. The C calls (and the ident string
//! openlog keeps a pointer to) live in `unsafe_os::syslog`. Until openlog is called, the
//! first message opens the log as CPython does: ident is the base name of sys.argv[0].

use crate::builtins::args::check_args;
use crate::builtins::sizes::c_int;
use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};
use crate::unsafe_os::syslog as sys_log;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};

/// Priorities, facilities and options, by <syslog.h>'s names and Linux's numbers.
const CONSTANTS: &[(&str, i64)] = &[
    ("LOG_EMERG", 0),
    ("LOG_ALERT", 1),
    ("LOG_CRIT", 2),
    ("LOG_ERR", 3),
    ("LOG_WARNING", 4),
    ("LOG_NOTICE", 5),
    ("LOG_INFO", 6),
    ("LOG_DEBUG", 7),
    ("LOG_KERN", 0),
    ("LOG_USER", 8),
    ("LOG_MAIL", 16),
    ("LOG_DAEMON", 24),
    ("LOG_AUTH", 32),
    ("LOG_SYSLOG", 40),
    ("LOG_LPR", 48),
    ("LOG_NEWS", 56),
    ("LOG_UUCP", 64),
    ("LOG_CRON", 72),
    ("LOG_AUTHPRIV", 80),
    ("LOG_LOCAL0", 128),
    ("LOG_LOCAL1", 136),
    ("LOG_LOCAL2", 144),
    ("LOG_LOCAL3", 152),
    ("LOG_LOCAL4", 160),
    ("LOG_LOCAL5", 168),
    ("LOG_LOCAL6", 176),
    ("LOG_LOCAL7", 184),
    ("LOG_PID", 1),
    ("LOG_CONS", 2),
    ("LOG_ODELAY", 4),
    ("LOG_NDELAY", 8),
    ("LOG_NOWAIT", 16),
    ("LOG_PERROR", 32),
];

const LOG_USER: i32 = 8;
const LOG_INFO: i32 = 6;

/// Whether openlog has been called (by the program or by the first message) since the last
/// closelog.
static OPENED: AtomicBool = AtomicBool::new(false);

/// The default ident: what follows the last '/' of sys.argv[0], when there is one.
fn program_name(vm: &mut Vm) -> PyResult<Option<String>> {
    let Some(argv) = vm.sys_attr("argv") else { return Ok(None) };
    let items = vm.collect(&argv)?;
    let Some(first) = items.first() else { return Ok(None) };
    let Some(path) = first.as_str() else { return Ok(None) };
    if path.is_empty() {
        return Ok(None);
    }
    Ok(Some(path.rsplit('/').next().unwrap_or(path).to_string()))
}

fn open_with(ident: Option<String>, option: i32, facility: i32) {
    sys_log::open(ident.as_deref(), option, facility);
    OPENED.store(true, Ordering::SeqCst);
}

const OPENLOG_PARAMS: [&str; 3] = ["ident", "logoption", "facility"];

fn openlog(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("openlog() takes at most 3 arguments ({} given)", a.len() + k.len())));
    }
    // Each parameter with the number its type error names (CPython numbers keywords too).
    let mut given: [Option<(Value, String)>; 3] = [None, None, None];
    for (i, v) in a.iter().enumerate() {
        given[i] = Some((v.clone(), (i + 1).to_string()));
    }
    for (name, v) in k {
        let Some(i) = OPENLOG_PARAMS.iter().position(|p| *p == name.as_str()) else {
            return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for openlog()", name.as_str())));
        };
        if given[i].is_some() {
            return Err(PyErr::type_error(format!("argument for openlog() given by name ('{}') and position ({})", name.as_str(), i + 1)));
        }
        given[i] = Some((v.clone(), (i + 1).to_string()));
    }
    let ident = match &given[0] {
        None => None,
        Some((Value::None, _)) => None,
        Some((v, label)) => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => return Err(PyErr::type_error(format!("openlog() argument {label} must be str, not {}", types().of(v).name))),
        },
    };
    let option = match &given[1] {
        Some((v, _)) => c_int(vm, v)?,
        None => 0,
    };
    let facility = match &given[2] {
        Some((v, _)) => c_int(vm, v)?,
        None => LOG_USER,
    };
    let ident = match ident {
        Some(s) => Some(s),
        None => program_name(vm)?,
    };
    open_with(ident, option, facility);
    Ok(Value::None)
}

fn syslog(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let usage = || PyErr::type_error("[priority,] message string");
    if !k.is_empty() {
        return Err(PyErr::type_error("syslog.syslog() takes no keyword arguments"));
    }
    let (priority, message) = match a {
        [m] => (LOG_INFO, m),
        [p, m] => {
            // Any priority that is not a C int gets the usage message, as CPython's "is;..." parse.
            let p = c_int(vm, p).map_err(|_| usage())?;
            (p, m)
        }
        _ => return Err(usage()),
    };
    let Some(text) = message.as_str() else { return Err(usage()) };
    let text = text.to_string();
    if !OPENED.load(Ordering::SeqCst) {
        let ident = program_name(vm)?;
        open_with(ident, 0, LOG_USER);
    }
    sys_log::log(priority, &text);
    Ok(Value::None)
}

fn closelog(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("syslog.closelog", a, k, 0, 0)?;
    if OPENED.swap(false, Ordering::SeqCst) {
        sys_log::close();
    }
    Ok(Value::None)
}

fn setlogmask(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("setlogmask", a, k, 1, 1)?;
    // A C long, cut to the C int setlogmask takes, as CPython passes it.
    let mask = crate::builtins::sizes::ssize_arg(vm, &a[0])? as i32;
    Ok(Value::Int(i64::from(sys_log::set_mask(mask))))
}

fn log_mask(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("syslog.LOG_MASK", a, k, 1, 1)?;
    let pri = c_int(vm, &a[0])?;
    Ok(Value::Int(i64::from(1i32.wrapping_shl(pri as u32))))
}

fn log_upto(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("syslog.LOG_UPTO", a, k, 1, 1)?;
    let pri = c_int(vm, &a[0])?;
    Ok(Value::Int(i64::from(1i32.wrapping_shl(pri.wrapping_add(1) as u32).wrapping_sub(1))))
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "syslog",
        &[("openlog", openlog), ("syslog", syslog), ("closelog", closelog), ("setlogmask", setlogmask), ("LOG_MASK", log_mask), ("LOG_UPTO", log_upto)],
    );
    for (name, value) in CONSTANTS {
        d.set_str(intern(name), Value::Int(*value));
    }
    m
}
