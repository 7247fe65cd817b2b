//! Finding a module, as CPython's meta path does it: the built-in modules first (CPython's
//! `sys.builtin_module_names`, plus gilpy's private helpers), then each entry of a search path in
//! order (sys.path for a top-level module, the package's `__path__` for a submodule). A folder entry
//! offers `NAME/__init__.py` (a package), then `NAME.py`, then `NAME/` (a namespace portion, kept
//! only if no entry has the module itself). The standard library's entry (`stdlib_place`) offers the
//! embedded modules and the native modules that CPython builds as extension modules. It only looks;
//! it runs nothing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Where a module was found.
pub enum Found {
    /// A native module (Rust), made by `modules::create`.
    Native,
    /// A module of the embedded standard library.
    Embedded { package: bool },
    /// A source file; `package` when it is a folder's `__init__.py`.
    Source { path: String, package: bool },
    /// A namespace package: the folders that make it up.
    Namespace(Vec<String>),
    /// The spec a path hook's finder gave for an archive entry (vm/import/archive.rs).
    Spec(crate::objects::Value),
}

/// gilpy's private helpers, found before sys.path as CPython's built-in modules are.
const PRIVATE_BUILTIN: &[&str] = &["_fdio", "_frozen_importlib", "_gil", "_os", "_posixpath", "_sysinfo", "_time", "_traceback", "gil"];

/// The names CPython 3.11 lists in `sys.builtin_module_names`: found before any search path,
/// so that a file beside the script never shadows them (those gilpy has not are not found).
const CPYTHON_BUILTIN: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_functools",
    "_imp",
    "_io",
    "_locale",
    "_operator",
    "_signal",
    "_sre",
    "_stat",
    "_string",
    "_symtable",
    "_thread",
    "_tokenize",
    "_tracemalloc",
    "_warnings",
    "_weakref",
    "atexit",
    "builtins",
    "errno",
    "faulthandler",
    "gc",
    "itertools",
    "marshal",
    "posix",
    "pwd",
    "sys",
    "time",
    "xxsubtype",
];

/// `sys.builtin_module_names`, sorted: every native module of gilpy (the module table), and each
/// of CPython's built-in names that gilpy serves from its embedded library instead (`time`,
/// `itertools`, `errno`...). A name gilpy cannot import is never listed.
pub fn builtin_module_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let served = CPYTHON_BUILTIN.iter().copied().filter(|n| find_builtin(n).is_some());
        let mut names: Vec<&'static str> = crate::modules::native_names().chain(served).collect();
        names.sort_unstable();
        names.dedup();
        names
    })
}

/// Whether `name` is one of CPython's built-in modules that gilpy can import (what
/// `_imp.is_builtin` answers, so that BuiltinImporter agrees with this finder).
pub fn is_cpython_builtin(name: &str) -> bool {
    CPYTHON_BUILTIN.contains(&name) && find_builtin(name).is_some()
}

/// The sys.path entry that stands for the embedded standard library: `lib/python3.11` beside the
/// executable (a folder that need not exist: its modules are inside the binary).
pub fn stdlib_place() -> &'static str {
    static PLACE: OnceLock<String> = OnceLock::new();
    PLACE.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let dir = exe.as_deref().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
        dir.join("lib").join("python3.11").to_string_lossy().into_owned()
    })
}

/// The `__path__` entry of an embedded package.
pub fn embedded_package_dir(name: &str) -> String {
    format!("{}/{}", stdlib_place(), name.replace('.', "/"))
}

/// A built-in module of that name (CPython's, or a private helper; looked at before any search
/// path).
pub fn find_builtin(name: &str) -> Option<Found> {
    if !CPYTHON_BUILTIN.contains(&name) && !PRIVATE_BUILTIN.contains(&name) {
        return None;
    }
    if crate::modules::is_native(name) {
        return Some(Found::Native);
    }
    crate::stdlib::source(name).map(|_| Found::Embedded { package: crate::stdlib::is_package(name) })
}

/// The package prefix an entry stands for inside the embedded standard library: `Some("")` for the
/// library's own entry, `Some("logging")` for `<place>/logging`, None for any other entry.
fn embedded_prefix(entry: &str) -> Option<String> {
    let place = stdlib_place();
    if entry == place {
        return Some(String::new());
    }
    entry.strip_prefix(place)?.strip_prefix('/').map(|rest| rest.trim_end_matches('/').replace('/', "."))
}

fn absolute(entry: &str) -> PathBuf {
    let p = Path::new(entry);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    if entry.is_empty() || entry == "." { cwd } else { cwd.join(p) }
}

/// Searches `entries` (already reduced to the str ones) for the module `name`.
pub fn find_in(name: &str, entries: &[String]) -> Option<Found> {
    let tail = name.rsplit('.').next().unwrap_or(name);
    let mut portions = Vec::new();
    for entry in entries {
        if let Some(prefix) = embedded_prefix(entry) {
            let full = if prefix.is_empty() { tail.to_string() } else { format!("{prefix}.{tail}") };
            if full == name {
                if crate::stdlib::source(name).is_some() {
                    return Some(Found::Embedded { package: crate::stdlib::is_package(name) });
                }
                if crate::modules::is_native(name) {
                    return Some(Found::Native);
                }
            }
            continue;
        }
        let dir = absolute(entry);
        let package = dir.join(tail);
        let init = package.join("__init__.py");
        if init.is_file() {
            return Some(Found::Source { path: init.to_string_lossy().into_owned(), package: true });
        }
        let file = dir.join(format!("{tail}.py"));
        if file.is_file() {
            return Some(Found::Source { path: file.to_string_lossy().into_owned(), package: false });
        }
        if package.is_dir() {
            portions.push(package.to_string_lossy().into_owned());
        }
    }
    if portions.is_empty() { None } else { Some(Found::Namespace(portions)) }
}
