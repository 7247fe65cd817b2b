//! OSError's constructor arguments as CPython 3.11 reads them: `OSError(errno, strerror[,
//! filename[, winerror[, filename2]]])` becomes the subclass its errno names (FileNotFoundError
//! for ENOENT...), keeps `errno`, `strerror`, `filename`, `filename2` as attributes (in the
//! instance dict) and only `(errno, strerror)` in `args` once a file name is given;
//! BlockingIOError's third argument, when a number, is `characters_written`.

use super::class::Class;
use super::dict::Dict;
use super::str::intern;
use super::types::types;
use super::{ExcKind, Value};
use crate::objects::Arc;

/// The attributes this module sets, cleared before the arguments are read again.
pub const FIELDS: [&str; 5] = ["errno", "strerror", "filename", "filename2", "characters_written"];

/// Whether `class` is OSError or one of its subclasses.
pub fn is_os_error(class: &Arc<Class>) -> bool {
    class.is_subclass(types().exc_ref(ExcKind::OSError))
}

/// The class an exception made as `class(*args)` gets: OSError itself with a known errno
/// becomes that errno's subclass; every other class stays.
pub fn class_for_args(class: Arc<Class>, args: &[Value]) -> Arc<Class> {
    if !Arc::ptr_eq(&class, types().exc_ref(ExcKind::OSError)) || !(2..=5).contains(&args.len()) {
        return class;
    }
    match args[0] {
        Value::Int(n) if i32::try_from(n).is_ok() => {
            let kind = crate::modules::socket::errors::class_for(nix::errno::Errno::from_raw(n as i32));
            types().exc(kind)
        }
        _ => class,
    }
}

/// Reads the arguments into `dict` (after clearing what an earlier reading set) and returns the
/// `args` CPython keeps.
pub fn read_args(class: &Arc<Class>, dict: &Dict, args: Vec<Value>) -> Vec<Value> {
    for f in FIELDS {
        dict.remove_str(&intern(f));
    }
    if !(2..=5).contains(&args.len()) {
        return args;
    }
    let set = |name: &str, v: &Value| dict.set_str(intern(name), v.clone());
    set("errno", &args[0]);
    set("strerror", &args[1]);
    let Some(filename) = args.get(2).filter(|v| !v.is_none()) else { return args };
    let blocking = Arc::ptr_eq(class, types().exc_ref(ExcKind::BlockingIOError));
    if blocking && let Value::Int(_) | Value::Bool(_) = filename {
        let written = match filename {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        };
        set("characters_written", &written);
        return args;
    }
    set("filename", filename);
    if let Some(filename2) = args.get(4).filter(|v| !v.is_none()) {
        set("filename2", filename2);
    }
    args[..2].to_vec()
}

/// The C library's text for the error number `code` (strerror: "Unknown error N" for numbers
/// it does not know), without the " (os error N)" std's text adds. Every `[Errno N] text` and
/// `.strerror` gilpy makes takes its text from here.
pub fn strerror(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.strip_suffix(&format!(" (os error {code})")) {
        Some(t) => t.to_string(),
        None => text,
    }
}
