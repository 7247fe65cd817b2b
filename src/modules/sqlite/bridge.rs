//! Python callbacks (create_function, create_aggregate) called from inside SQLite.
//!
//! SQLite calls a user function in the middle of stepping a statement, where no `&mut Vm` can
//! be reached. So a connection with callbacks runs each database call on a scoped helper
//! thread, while the calling thread (which holds the interpreter) serves the callbacks the
//! helper sends it over a channel: plain values go both ways, Python objects never leave the
//! interpreter's thread. Connections without callbacks never pay for this.

use super::values::{Field, TextMode, result_to_sql};
use crate::objects::str::intern;
use crate::objects::{PyResult, Value};
use crate::vm::Vm;
use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::types::Value as Sql;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc as StdArc, Mutex as StdMutex};

/// One request from SQLite to the interpreter.
enum Call {
    Scalar { func: usize, args: Vec<Field> },
    AggInit { func: usize },
    AggStep { obj: usize, args: Vec<Field> },
    AggFinal { obj: Option<usize> },
    Collate { func: usize, a: String, b: String },
}

/// What a served call gives back.
enum Reply {
    Value(Sql),
    Object(usize),
    Done,
}

/// Which part of a callback failed: CPython's message for each.
#[derive(Clone, Copy)]
enum Stage {
    Scalar,
    Init,
    Step,
    Final,
}

impl Stage {
    fn message(self) -> &'static str {
        match self {
            Stage::Scalar => "user-defined function raised exception",
            Stage::Init => "user-defined aggregate's '__init__' method raised error",
            Stage::Step => "user-defined aggregate's 'step' method raised error",
            Stage::Final => "user-defined aggregate's 'finalize' method raised error",
        }
    }
}

struct Request {
    call: Call,
    reply: Sender<Option<Reply>>,
}

/// The line from SQLite's callbacks to the thread serving them, open while a call runs.
#[derive(Default)]
pub struct Bridge {
    line: StdMutex<Option<Sender<Request>>>,
}

#[derive(Debug)]
struct CallbackError(&'static str);

impl std::fmt::Display for CallbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for CallbackError {}

impl Bridge {
    /// Sends a call to the interpreter's thread and waits for its answer.
    fn ask(&self, call: Call, stage: Stage) -> rusqlite::Result<Reply> {
        let fail = || rusqlite::Error::UserFunctionError(Box::new(CallbackError(stage.message())));
        let line = self.line.lock().map_err(|_| fail())?.clone().ok_or_else(fail)?;
        let (tx, rx) = channel();
        line.send(Request { call, reply: tx }).map_err(|_| fail())?;
        rx.recv().ok().flatten().ok_or_else(fail)
    }

    fn open(&self, tx: Sender<Request>) {
        if let Ok(mut l) = self.line.lock() {
            *l = Some(tx);
        }
    }

    fn close(&self) {
        if let Ok(mut l) = self.line.lock() {
            *l = None;
        }
    }
}

fn args_of(ctx: &Context<'_>) -> Vec<Field> {
    (0..ctx.len()).map(|i| Field::read(ctx.get_raw(i))).collect()
}

/// Registers Python function number `func` (in the connection's list) as an SQL function.
pub fn scalar(conn: &rusqlite::Connection, bridge: &StdArc<Bridge>, name: &str, narg: i32, func: usize, flags: FunctionFlags) -> rusqlite::Result<()> {
    let bridge = bridge.clone();
    conn.create_scalar_function(name, narg, flags, move |ctx| match bridge.ask(Call::Scalar { func, args: args_of(ctx) }, Stage::Scalar)? {
        Reply::Value(v) => Ok(v),
        _ => Ok(Sql::Null),
    })
}

struct PyAggregate {
    bridge: StdArc<Bridge>,
    func: usize,
}

impl Aggregate<usize, Sql> for PyAggregate {
    fn init(&self, _ctx: &mut Context<'_>) -> rusqlite::Result<usize> {
        match self.bridge.ask(Call::AggInit { func: self.func }, Stage::Init)? {
            Reply::Object(o) => Ok(o),
            _ => Err(rusqlite::Error::UserFunctionError(Box::new(CallbackError(Stage::Init.message())))),
        }
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut usize) -> rusqlite::Result<()> {
        self.bridge.ask(Call::AggStep { obj: *acc, args: args_of(ctx) }, Stage::Step).map(|_| ())
    }

    fn finalize(&self, _ctx: &mut Context<'_>, acc: Option<usize>) -> rusqlite::Result<Sql> {
        match self.bridge.ask(Call::AggFinal { obj: acc }, Stage::Final)? {
            Reply::Value(v) => Ok(v),
            _ => Ok(Sql::Null),
        }
    }
}

/// Registers Python callable number `func` as a collation (its result's sign orders two texts).
pub fn collation(conn: &rusqlite::Connection, bridge: &StdArc<Bridge>, name: &str, func: usize) -> rusqlite::Result<()> {
    let bridge = bridge.clone();
    conn.create_collation(name, move |a, b| match bridge.ask(Call::Collate { func, a: a.to_string(), b: b.to_string() }, Stage::Scalar) {
        Ok(Reply::Value(Sql::Integer(n))) => n.cmp(&0),
        _ => std::cmp::Ordering::Equal,
    })
}

/// Registers Python class number `func` as an SQL aggregate (instances with step/finalize).
pub fn aggregate(conn: &rusqlite::Connection, bridge: &StdArc<Bridge>, name: &str, narg: i32, func: usize) -> rusqlite::Result<()> {
    conn.create_aggregate_function(name, narg, FunctionFlags::SQLITE_UTF8, PyAggregate { bridge: bridge.clone(), func })
}

/// Runs `work` on a helper thread while this thread serves the callbacks it makes.
/// `funcs` is the connection's list of registered Python callables.
pub fn run_serving<R: Send>(vm: &mut Vm, bridge: &Bridge, funcs: &Value, work: impl FnOnce() -> R + Send) -> PyResult<R> {
    let (tx, rx) = channel::<Request>();
    bridge.open(tx);
    let mut objects: Vec<Value> = Vec::new();
    let result = std::thread::scope(|s| {
        let helper = s.spawn(|| {
            let r = work();
            bridge.close();
            r
        });
        serve(vm, &rx, funcs, &mut objects);
        helper.join()
    });
    bridge.close();
    match result {
        Ok(r) => Ok(r),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// Answers requests until the helper closes the line.
fn serve(vm: &mut Vm, rx: &Receiver<Request>, funcs: &Value, objects: &mut Vec<Value>) {
    loop {
        let next = match rx.try_recv() {
            Ok(r) => Ok(r),
            Err(std::sync::mpsc::TryRecvError::Empty) => vm.allow_threads(|| rx.recv()),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => return,
        };
        let Ok(req) = next else { return };
        let answer = answer(vm, req.call, funcs, objects).ok().flatten();
        let _ = req.reply.send(answer);
    }
}

fn py_args(vm: &mut Vm, args: Vec<Field>) -> PyResult<Vec<Value>> {
    args.into_iter().map(|a| a.into_py(vm, &TextMode::Str, "")).collect()
}

fn func_at(vm: &mut Vm, funcs: &Value, i: usize) -> PyResult<Value> {
    vm.getitem(funcs, &Value::Int(i as i64))
}

/// One callback run in the interpreter: None when it raised or returned what SQLite cannot hold.
fn answer(vm: &mut Vm, call: Call, funcs: &Value, objects: &mut Vec<Value>) -> PyResult<Option<Reply>> {
    let none = Vec::new();
    Ok(match call {
        Call::Scalar { func, args } => {
            let f = func_at(vm, funcs, func)?;
            let args = py_args(vm, args)?;
            let r = vm.call(&f, &args, &none)?;
            result_to_sql(&r).map(Reply::Value)
        }
        Call::AggInit { func } => {
            let cls = func_at(vm, funcs, func)?;
            let obj = vm.call(&cls, &[], &none)?;
            objects.push(obj);
            Some(Reply::Object(objects.len() - 1))
        }
        Call::AggStep { obj, args } => {
            let o = objects[obj].clone();
            let m = vm.get_attr(&o, &intern("step"))?;
            let args = py_args(vm, args)?;
            vm.call(&m, &args, &none)?;
            Some(Reply::Done)
        }
        Call::AggFinal { obj: None } => Some(Reply::Value(Sql::Null)),
        Call::Collate { func, a, b } => {
            let f = func_at(vm, funcs, func)?;
            let r = vm.call(&f, &[Value::string(a), Value::string(b)], &none)?;
            let sign = match r {
                Value::Int(n) => n.signum(),
                Value::Bool(b) => b as i64,
                Value::BigInt(n) => num_traits::Signed::signum(&*n).try_into().unwrap_or(0),
                _ => return Ok(None),
            };
            Some(Reply::Value(Sql::Integer(sign)))
        }
        Call::AggFinal { obj: Some(obj) } => {
            let o = objects[obj].clone();
            let m = vm.get_attr(&o, &intern("finalize"))?;
            let r = vm.call(&m, &[], &none)?;
            result_to_sql(&r).map(Reply::Value)
        }
    })
}
