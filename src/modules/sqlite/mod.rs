//! `_sqlite3`: the native core under the `sqlite3` package, on SQLite itself (the rusqlite
//! crate with its bundled SQLite, so no system library is needed). It owns opening and
//! closing databases, running statements with bound parameters, scripts, user functions and
//! aggregates (bridge.rs), and the DB-API exception classes (errors.rs). The package
//! (src/stdlib/sqlite3/) owns the Python API: Connection, Cursor, Row, transactions by
//! isolation_level, adapters and converters, thread checks.
//!
//! Database calls release the interpreter lock, as CPython's do.

mod bridge;
mod errors;
mod run;
mod values;

use crate::builtins::args::check_args;
use crate::modules::convert::type_name;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::function::{KwArgs, NO_KWARGS};
use crate::objects::str::intern;
use crate::objects::types::{make_class_in, types};
use crate::objects::{Arc, PyErr, PyResult, Value};
use crate::vm::Vm;
use bridge::Bridge;
use errors::{DbExc, Failure, db_error, from_rusqlite};
use parking_lot::{Mutex, MutexGuard};
use run::Params;
use rusqlite::{Connection, OpenFlags};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc as StdArc, OnceLock};
use std::thread::ThreadId;
use values::{TextMode, to_sql};

/// An open (or closed) database connection.
struct Db {
    conn: Mutex<Option<Connection>>,
    bridge: StdArc<Bridge>,
    /// Python callbacks are registered: calls run on a helper thread (bridge.rs).
    has_callbacks: AtomicBool,
    /// Stops the running statement from any thread (Connection.interrupt).
    interrupter: rusqlite::InterruptHandle,
    /// The thread holding `conn`: a callback that uses its own connection is refused, not deadlocked.
    owner: Mutex<Option<ThreadId>>,
}

/// The connection's lock while held, with its holder recorded.
struct Held<'a> {
    guard: MutexGuard<'a, Option<Connection>>,
    owner: &'a Mutex<Option<ThreadId>>,
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        *self.owner.lock() = None;
    }
}

impl std::ops::Deref for Held<'_> {
    type Target = Option<Connection>;
    fn deref(&self) -> &Option<Connection> {
        &self.guard
    }
}

impl std::ops::DerefMut for Held<'_> {
    fn deref_mut(&mut self) -> &mut Option<Connection> {
        &mut self.guard
    }
}

fn db_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| make_class_in("_sqlite3", "Database", vec![types().object.clone()], Kind::Native))
}

fn db(v: &Value) -> PyResult<&Db> {
    if let Value::Instance(i) = v
        && let Payload::Native(n) = &i.payload
        && let Some(d) = n.downcast_ref::<Db>()
    {
        return Ok(d);
    }
    Err(PyErr::type_error("expected a _sqlite3 database"))
}

fn closed() -> PyErr {
    db_error(DbExc::ProgrammingError, "Cannot operate on a closed database.")
}

fn text<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", type_name(v))))
}

/// The connection's lock, waited for without the interpreter lock. A thread that already
/// holds it (a user function using its own connection) gets ProgrammingError.
fn lock<'a>(vm: &mut Vm, d: &'a Db) -> PyResult<Held<'a>> {
    let me = std::thread::current().id();
    let guard = match d.conn.try_lock() {
        Some(g) => g,
        None => {
            if *d.owner.lock() == Some(me) {
                return Err(db_error(DbExc::ProgrammingError, "Recursive use of cursors not allowed."));
            }
            vm.allow_threads(|| d.conn.lock())
        }
    };
    *d.owner.lock() = Some(me);
    Ok(Held { guard, owner: &d.owner })
}

/// Runs `work` on the open connection with the interpreter lock released (or on a helper
/// thread serving callbacks, when the connection has any).
fn with_conn<R: Send>(vm: &mut Vm, d: &Db, funcs: &Value, work: impl FnOnce(&Connection) -> R + Send) -> PyResult<R> {
    let mut guard = lock(vm, d)?;
    // `&mut`: a connection may move to the helper thread (it is Send, not Sync).
    let Some(conn) = guard.as_mut() else { return Err(closed()) };
    if d.has_callbacks.load(Ordering::Relaxed) { bridge::run_serving(vm, &d.bridge, funcs, move || work(conn)) } else { Ok(vm.allow_threads(|| work(conn))) }
}

/// connect(path, timeout, uri) -> a database.
fn connect(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("connect", a, k, 3, 3)?;
    let path = text(&a[0], "database")?.to_string();
    let timeout = match &a[1] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        other => return Err(PyErr::type_error(format!("must be real number, not {}", type_name(other)))),
    };
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_FULL_MUTEX;
    if matches!(a[2], Value::Bool(true)) {
        flags |= OpenFlags::SQLITE_OPEN_URI;
    }
    let opened = vm.allow_threads(|| {
        let conn = Connection::open_with_flags(&path, flags).map_err(from_rusqlite)?;
        let ms = (timeout * 1000.0).clamp(0.0, i32::MAX as f64);
        conn.busy_timeout(std::time::Duration::from_millis(ms as u64)).map_err(from_rusqlite)?;
        // As CPython: statements are cached per connection (128 by default).
        conn.set_prepared_statement_cache_capacity(128);
        Ok::<_, Failure>(conn)
    });
    let conn = opened.map_err(|e| match e {
        Failure::Sqlite { .. } => Failure::Sqlite { code: 14, message: "unable to open database file".into() }.into_err(),
        other => other.into_err(),
    })?;
    let interrupter = conn.get_interrupt_handle();
    let d = Db {
        interrupter,
        conn: Mutex::new(Some(conn)),
        bridge: StdArc::new(Bridge::default()),
        has_callbacks: AtomicBool::new(false),
        owner: Mutex::new(None),
    };
    Ok(Value::Instance(Instance::new(db_class().clone(), Payload::Native(Box::new(d)))))
}

/// One parameter set from Python: a tuple or list by position, a dict by name.
fn params_of(v: &Value) -> PyResult<Params> {
    let positional = |items: &[Value]| Params::Positional(items.iter().enumerate().map(|(i, v)| to_sql(v, i + 1)).collect());
    Ok(match v {
        Value::Tuple(t) => positional(t),
        Value::List(l) => positional(&l.items.lock().clone()),
        Value::Dict(d) => {
            Params::Named(d.items().into_iter().enumerate().filter_map(|(i, (k, v))| k.as_str().map(|k| (k.to_string(), to_sql(&v, i + 1)))).collect())
        }
        _ => return Err(db_error(DbExc::ProgrammingError, "parameters are of unsupported type")),
    })
}

fn sequence(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.items.lock().clone(),
        _ => Vec::new(),
    }
}

/// execute(db, funcs, sql, param_sets, begin, text_factory, pick) ->
/// (columns or None, rows, changes, lastrowid). `pick(columns)` (when not None) gives
/// each column's converter or None; `begin` is None or the BEGIN statement to run first
/// outside a transaction.
fn execute(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("execute", a, k, 7, 7)?;
    let d = db(&a[0])?;
    let sql = text(&a[2], "sql")?.to_string();
    let sets = sequence(&a[3]).iter().map(params_of).collect::<PyResult<Vec<_>>>()?;
    let begin = match &a[4] {
        Value::None => None,
        v => Some(text(v, "begin")?.to_string()),
    };
    let out = with_conn(vm, d, &a[1], |c| run::execute(c, &sql, sets, begin.as_deref()))?.map_err(Failure::into_err)?;
    let columns = if out.columns.is_empty() {
        Value::None
    } else {
        Value::tuple(out.columns.iter().map(|(n, t)| Value::tuple(vec![Value::str(n), t.as_deref().map(Value::str).unwrap_or(Value::None)])).collect())
    };
    let converters = match &a[6] {
        Value::None => Vec::new(),
        pick if !out.columns.is_empty() => {
            let chosen = vm.call(pick, std::slice::from_ref(&columns), NO_KWARGS)?;
            sequence(&chosen)
        }
        _ => Vec::new(),
    };
    let mode = TextMode::of(&a[5]);
    let mut rows = Vec::with_capacity(out.rows.len());
    for row in out.rows {
        let mut items = Vec::with_capacity(row.len());
        for (i, field) in row.into_iter().enumerate() {
            let conv = converters.get(i).filter(|c| !matches!(c, Value::None));
            let v = match (conv, field.as_bytes()) {
                (Some(f), Some(bytes)) => vm.call(f, &[Value::Bytes(Arc::new(bytes))], NO_KWARGS)?,
                _ => field.into_py(vm, &mode, &out.columns[i].0)?,
            };
            items.push(v);
        }
        rows.push(Value::tuple(items));
    }
    Ok(Value::tuple(vec![columns, Value::list(rows), Value::Int(out.changes as i64), Value::Int(out.lastrowid)]))
}

/// executescript(db, funcs, sql).
fn executescript(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("executescript", a, k, 3, 3)?;
    let d = db(&a[0])?;
    let sql = text(&a[2], "sql_script")?.to_string();
    with_conn(vm, d, &a[1], |c| run::script(c, &sql))?.map_err(Failure::into_err)?;
    Ok(Value::None)
}

/// Reads the open connection (a quick call: the interpreter lock is kept).
fn inspect<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&Connection) -> R) -> PyResult<R> {
    let d = db(v)?;
    let guard = lock(vm, d)?;
    guard.as_ref().map(f).ok_or_else(closed)
}

fn total_changes(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("total_changes", a, k, 1, 1)?;
    inspect(vm, &a[0], |c| Value::Int(c.total_changes() as i64))
}

fn in_transaction(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("in_transaction", a, k, 1, 1)?;
    inspect(vm, &a[0], |c| Value::Bool(!c.is_autocommit()))
}

/// close(db): closes the database (again: nothing).
fn close(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("close", a, k, 1, 1)?;
    let d = db(&a[0])?;
    let conn = lock(vm, d)?.take();
    if let Some(conn) = conn {
        vm.allow_threads(|| conn.close().map_err(|(_, e)| from_rusqlite(e))).map_err(Failure::into_err)?;
    }
    Ok(Value::None)
}

fn narg(v: &Value) -> PyResult<i32> {
    match v {
        Value::Int(i) => Ok((*i).clamp(-1, 1000) as i32),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
    }
}

/// create_function(db, name, narg, index, deterministic): SQL function `name` calls the
/// connection's callable number `index`.
fn create_function(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("create_function", a, k, 5, 5)?;
    let d = db(&a[0])?;
    let name = text(&a[1], "name")?.to_string();
    let (n, index) = (narg(&a[2])?, narg(&a[3])? as usize);
    let mut flags = rusqlite::functions::FunctionFlags::SQLITE_UTF8;
    if matches!(a[4], Value::Bool(true)) {
        flags |= rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC;
    }
    let guard = lock(vm, d)?;
    let conn = guard.as_ref().ok_or_else(closed)?;
    bridge::scalar(conn, &d.bridge, &name, n, index, flags).map_err(|_| db_error(DbExc::OperationalError, "Error creating function"))?;
    d.has_callbacks.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

/// interrupt(db): makes the statement running on the connection fail with "interrupted".
fn interrupt(_vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("interrupt", a, k, 1, 1)?;
    db(&a[0])?.interrupter.interrupt();
    Ok(Value::None)
}

/// create_collation(db, name, index): collation `name` orders text with callable number
/// `index` (None: the collation is removed).
fn create_collation(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("create_collation", a, k, 3, 3)?;
    let d = db(&a[0])?;
    let name = text(&a[1], "name")?.to_string();
    let guard = lock(vm, d)?;
    let conn = guard.as_ref().ok_or_else(closed)?;
    let done = match &a[2] {
        Value::None => conn.remove_collation(name.as_str()),
        index => bridge::collation(conn, &d.bridge, &name, narg(index)? as usize),
    };
    done.map_err(|e| from_rusqlite(e).into_err())?;
    d.has_callbacks.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

/// create_aggregate(db, name, narg, index).
fn create_aggregate(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    check_args("create_aggregate", a, k, 4, 4)?;
    let d = db(&a[0])?;
    let name = text(&a[1], "name")?.to_string();
    let (n, index) = (narg(&a[2])?, narg(&a[3])? as usize);
    let guard = lock(vm, d)?;
    let conn = guard.as_ref().ok_or_else(closed)?;
    bridge::aggregate(conn, &d.bridge, &name, n, index).map_err(|_| db_error(DbExc::OperationalError, "Error creating aggregate"))?;
    d.has_callbacks.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

pub fn create() -> Value {
    let (m, d) = super::make_module(
        "_sqlite3",
        &[
            ("connect", connect),
            ("execute", execute),
            ("executescript", executescript),
            ("total_changes", total_changes),
            ("in_transaction", in_transaction),
            ("close", close),
            ("create_function", create_function),
            ("create_aggregate", create_aggregate),
            ("create_collation", create_collation),
            ("interrupt", interrupt),
        ],
    );
    for e in DbExc::ALL {
        d.set_str(intern(e.name()), Value::Class(e.class()));
    }
    d.set_str(intern("sqlite_version"), Value::str(rusqlite::version()));
    m
}

// Held as an instance's native payload; it answers none of the protocols the VM serves directly.
impl crate::objects::native::NativeData for Db {}
