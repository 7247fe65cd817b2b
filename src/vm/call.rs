//! Calling: Python functions (argument binding with CPython's error messages, closures, generators),
//! built-ins, bound methods, classes (instantiation) and objects with `__call__`.

use super::Vm;
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::class::{Class, Instance, Kind, Payload};
use crate::objects::dict::Dict;
use crate::objects::exceptions::new_exception;
use crate::objects::frame::Frame;
use crate::objects::function::NO_KWARGS;
use crate::objects::function::Owner;
use crate::objects::function::{Function, KwArgs};
use crate::objects::iter::PyIter;
use crate::objects::str::intern;
use crate::objects::types::types;
use crate::objects::value::Cell;
use crate::objects::{PyErr, PyResult, Value};

/// A method of a built-in type other than `object` (its methods take any instance as it is).
fn is_type_method(b: &crate::objects::function::Builtin) -> bool {
    b.owner.is_method() && b.owner != Owner::Object
}

/// `first` followed by `args`, on the stack for the usual few arguments (no allocation per call).
fn with_first(first: &Value, args: &[Value]) -> smallvec::SmallVec<[Value; 6]> {
    let mut v = smallvec::SmallVec::with_capacity(args.len() + 1);
    v.push(first.clone());
    v.extend(args.iter().cloned());
    v
}

/// Whether a call with `nargs` positional arguments (and no keywords when `no_kwargs`) binds by
/// position alone, the parameters after them taking their defaults (`q.put(item)`).
fn binds_simply(func: &Function, nargs: usize, no_kwargs: bool) -> bool {
    let code = &func.code;
    let argcount = code.argcount as usize;
    no_kwargs && !code.varargs && !code.varkw && code.kwonlyargcount == 0 && nargs <= argcount && nargs + func.defaults.len() >= argcount
}

/// Gives the parameters after the first `nargs` their defaults (see `binds_simply`).
fn fill_defaults(func: &Function, locals: &mut [Option<Value>], nargs: usize) {
    let argcount = func.code.argcount as usize;
    if nargs < argcount {
        let first_default = func.defaults.len() - (argcount - nargs);
        for (slot, v) in locals[nargs..argcount].iter_mut().zip(func.defaults[first_default..].iter()) {
            fill_empty(slot, v.clone());
        }
    }
}

/// Puts `v` in a new frame's slot, which is empty (so there is nothing to drop).
#[inline(always)]
fn fill_empty(slot: &mut Option<Value>, v: Value) {
    let old = slot.replace(v);
    debug_assert!(old.is_none());
    std::mem::forget(old);
}

/// Gives a function's frame (arguments bound) its cells: its own, and those it closes over.
#[inline(always)]
fn make_cells(func: &Function, frame: &mut Frame) {
    let code = &func.code;
    if !code.cellvars.is_empty() || !func.closure.is_empty() {
        frame.cells.reserve(code.cellvars.len() + func.closure.len());
        for c2a in code.cell2arg.iter() {
            let init = c2a.and_then(|i| frame.locals[i as usize].clone());
            frame.cells.push(Cell::new(init));
        }
        frame.cells.extend(func.closure.iter().cloned());
    }
}

/// Drops the values above `stack[base]` (a call's callee and arguments, after the call), first
/// to last as CPython's call instructions do.
pub(super) fn drop_above(stack: &mut Vec<Value>, base: usize) {
    // The usual one to three values (callee, receiver, an argument) without a drain.
    match stack.len() - base {
        1 => pop_discard(stack),
        2 => {
            let b = stack.pop();
            pop_discard(stack);
            discard_opt(b);
        }
        3 => {
            let c = stack.pop();
            let b = stack.pop();
            pop_discard(stack);
            discard_opt(b);
            discard_opt(c);
        }
        _ => stack.drain(base..).for_each(Value::discard),
    }
}

#[inline(always)]
fn pop_discard(stack: &mut Vec<Value>) {
    discard_opt(stack.pop());
}

#[inline(always)]
fn discard_opt(v: Option<Value>) {
    if let Some(v) = v {
        v.discard();
    }
}

/// Call depth up to which no thread can run short of stack (each thread has at least
/// THREAD_STACK bytes; a Python call takes a few KiB of it), so stacker is not consulted.
pub(super) const SHALLOW_CALLS: usize = 32;

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    }
}

/// Shows a function's current `__qualname__` (argument errors name it, as CPython does).
struct QualName<'a>(&'a Function);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.current_qualname())
    }
}

impl Vm {
    pub fn call(&mut self, f: &Value, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwargs),
            // A method of a built-in type called on an instance of a user subclass works on the
            // built-in value the instance wraps (the owner test runs only for such instances).
            // A panic in native code is a SystemError here (see panic_guard), never a crash; the
            // records of Python frames it unwound through are dropped (their frames are gone).
            Value::Builtin(b) => {
                let depth = self.frame_depth;
                super::panic_guard::catch(|| {
                    if let Some(ar) = b.arity {
                        match &b.bound {
                            None => crate::builtins::arity::check(b, ar, args.first(), args.len().saturating_sub(1), kwargs)?,
                            Some(s) => crate::builtins::arity::check(b, ar, Some(s), args.len(), kwargs)?,
                        }
                    } else if b.bound.is_none() && args.is_empty() {
                        crate::builtins::arity::check_self_given(b)?;
                    }
                    match &b.bound {
                        None => match args.first().and_then(super::subclass::wrapped) {
                            Some(inner) if is_type_method(b) => (b.func)(self, &with_first(inner, &args[1..]), kwargs),
                            _ => (b.func)(self, args, kwargs),
                        },
                        Some(s) => {
                            let this = match super::subclass::wrapped(s) {
                                Some(inner) if is_type_method(b) => inner,
                                _ => s,
                            };
                            (b.func)(self, &with_first(this, args), kwargs)
                        }
                    }
                })
                .inspect_err(|_| self.frame_depth = self.frame_depth.min(depth))
            }
            Value::BoundMethod(m) => match &m.func {
                Value::Function(func) => self.call_function_with_first(func, &m.self_, args, kwargs),
                other => self.call(other, &with_first(&m.self_, args), kwargs),
            },
            // Calling a class of the program or an object with `__call__` is one level of
            // recursion more than the frame it runs (CPython's `tp_call` counts as a C call).
            Value::Class(c) if !c.is_builtin => self.nested(super::protocol::CALLING, |vm| vm.call_class(c, args, kwargs)),
            Value::Class(c) => self.call_class(c, args, kwargs),
            Value::Instance(i) => {
                let cls = i.class_ref();
                match self.class_lookup(cls, crate::name!("__call__")) {
                    Some(call) => {
                        let v = with_first(f, args);
                        self.nested(super::protocol::CALLING, |vm| vm.call(&call, &v, kwargs))
                    }
                    None => Err(PyErr::type_error(format!("'{}' object is not callable", cls.tp_name()))),
                }
            }
            _ => Err(PyErr::type_error(format!("'{}' object is not callable", types().of(f).tp_name()))),
        }
    }

    pub fn call0(&mut self, f: &Value) -> PyResult<Value> {
        self.call(f, &[], NO_KWARGS)
    }

    pub fn call1(&mut self, f: &Value, a: Value) -> PyResult<Value> {
        self.call(f, &[a], NO_KWARGS)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let (f, s) = self.load_method(obj.clone(), &intern(name))?;
        if let Value::Null = s {
            self.call(&f, args, NO_KWARGS)
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(s);
            v.extend_from_slice(args);
            self.call(&f, &v, NO_KWARGS)
        }
    }

    fn bind_args(&mut self, func: &Function, locals: &mut [Option<Value>], args: &[Value], kwargs: &KwArgs) -> PyResult<()> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        // Looked up only when an error names the function (it may have been renamed).
        let qual = QualName(func);
        let n = args.len();
        let ndefaults = func.defaults.len();
        if n > argcount && !code.varargs {
            let given_kw = kwargs.iter().filter(|(k, _)| code.varnames[argcount..argcount + kwonly].iter().any(|v| v == k)).count();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                plural(argcount, "positional argument")
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    n,
                    if n == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{n}")
            };
            let verb = if n == 1 && given_kw == 0 { "was" } else { "were" };
            return Err(PyErr::type_error(format!("{qual}() takes {takes} but {given} {verb} given")));
        }
        let npos = n.min(argcount);
        for (slot, v) in locals.iter_mut().zip(args[..npos].iter()) {
            *slot = Some(v.clone());
        }
        let mut slot = argcount + kwonly;
        if code.varargs {
            let rest = if n > argcount { args[argcount..].to_vec() } else { Vec::new() };
            locals[slot] = Some(Value::tuple(rest));
            slot += 1;
        }
        let kwdict = if code.varkw {
            let d = Dict::new();
            locals[slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        for (k, v) in kwargs {
            let found = code.varnames[..argcount + kwonly].iter().position(|name| name == k);
            match found {
                Some(i) if i >= posonly => {
                    if locals[i].is_some() {
                        return Err(PyErr::type_error(format!("{qual}() got multiple values for argument '{}'", k.as_str())));
                    }
                    locals[i] = Some(v.clone());
                }
                _ => match &kwdict {
                    Some(d) => d.set_str(k.clone(), v.clone()),
                    None => {
                        if found.is_some() {
                            // Every positional-only parameter passed by keyword, in parameter order.
                            let names: Vec<&str> =
                                code.varnames[..posonly].iter().filter(|p| kwargs.iter().any(|(k, _)| k == *p)).map(|p| p.as_str()).collect();
                            return Err(PyErr::type_error(format!(
                                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                                names.join(", ")
                            )));
                        }
                        return Err(PyErr::type_error(format!("{qual}() got an unexpected keyword argument '{}'", k.as_str())));
                    }
                },
            }
        }
        if n < argcount {
            let mut missing = Vec::new();
            for i in n..argcount {
                if locals[i].is_none() {
                    if i >= argcount - ndefaults {
                        locals[i] = Some(func.defaults[i - (argcount - ndefaults)].clone());
                    } else {
                        missing.push(code.varnames[i].as_str().to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{qual}() missing {} required positional {}: {}",
                    missing.len(),
                    if missing.len() == 1 { "argument" } else { "arguments" },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if locals[i].is_none() {
                    let name = &code.varnames[i];
                    match func.kwdefaults.iter().find(|(k, _)| k == name) {
                        Some((_, v)) => locals[i] = Some(v.clone()),
                        None => missing.push(name.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{qual}() missing {} required keyword-only {}: {}",
                    missing.len(),
                    if missing.len() == 1 { "argument" } else { "arguments" },
                    name_list(&missing)
                )));
            }
        }
        Ok(())
    }

    pub fn call_function(&mut self, func: &Arc<Function>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if binds_simply(func, args.len(), kwargs.is_empty()) {
            for (slot, v) in frame.locals.iter_mut().zip(args.iter()) {
                fill_empty(slot, v.clone());
            }
            fill_defaults(func, &mut frame.locals, args.len());
        } else if let Err(e) = self.bind_args(func, &mut frame.locals, args, kwargs) {
            self.recycle_frame(frame);
            return Err(e);
        }
        self.start_function(func, frame)
    }

    /// `call_function(func, [first, *args])` (a method with its `self`, `__init__` with the new
    /// instance) without building that argument list when the arguments bind by position.
    pub fn call_function_with_first(&mut self, func: &Arc<Function>, first: &Value, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        let n = args.len() + 1;
        if !binds_simply(func, n, kwargs.is_empty()) {
            return self.call_function(func, &with_first(first, args), kwargs);
        }
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        fill_empty(&mut frame.locals[0], first.clone());
        for (slot, v) in frame.locals[1..n].iter_mut().zip(args) {
            fill_empty(slot, v.clone());
        }
        if n < func.code.argcount as usize {
            fill_defaults(func, &mut frame.locals, n);
        }
        self.start_function(func, frame)
    }

    /// A call instruction's call: the callee at `stack[base]`, its positional arguments at
    /// `stack[first..]` (`stack[base + 1]` is a method call's "no self" marker when `first` is
    /// `base + 2`). The stack ends at `base` afterwards. A Python function takes its arguments
    /// by move: no new references, and none to drop after the call.
    #[inline(always)]
    pub fn call_from_stack(&mut self, stack: &mut Vec<Value>, base: usize, first: usize) -> PyResult<Value> {
        if let Value::Function(_) = &stack[base] {
            return self.call_function_from_stack(stack, base, first);
        }
        let r = self.call(&stack[base], &stack[first..], NO_KWARGS);
        drop_above(stack, base);
        r
    }

    /// `call_from_stack` of a Python function.
    fn call_function_from_stack(&mut self, stack: &mut Vec<Value>, base: usize, first: usize) -> PyResult<Value> {
        let Value::Function(func) = std::mem::replace(&mut stack[base], Value::None) else { unreachable!("a function") };
        let n = stack.len() - first;
        if !binds_simply(&func, n, true) {
            let r = self.call_function(&func, &stack[first..], NO_KWARGS);
            drop_above(stack, base);
            return r;
        }
        let frame = self.frame_from_stack(&func, stack, base, n);
        self.start_function(&func, frame)
    }

    /// A call instruction's call (as `call_from_stack`) of a Python function that is not a
    /// generator, with arguments that bind by position: its frame, ready to run (arguments moved
    /// in, cells made), for the eval loop to run in place of the caller. None for any other
    /// call, which takes `call_from_stack`.
    #[inline(always)]
    pub(super) fn inline_call(&mut self, stack: &mut Vec<Value>, base: usize, first: usize) -> Option<(Arc<Function>, Box<Frame>)> {
        let Value::Function(func) = &stack[base] else { return None };
        let n = stack.len() - first;
        if func.code.generator || !binds_simply(func, n, true) {
            return None;
        }
        let Value::Function(func) = std::mem::replace(&mut stack[base], Value::None) else { unreachable!("a function") };
        let mut frame = self.frame_from_stack(&func, stack, base, n);
        make_cells(&func, &mut frame);
        Some((func, frame))
    }

    /// A new frame for `func`, its `n` arguments (which bind simply) moved off the top of
    /// `stack`, which then ends at `base` (the callee's place, already emptied).
    #[inline(always)]
    fn frame_from_stack(&mut self, func: &Arc<Function>, stack: &mut Vec<Value>, base: usize, n: usize) -> Box<Frame> {
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        // Popped last argument first, a move per argument into a slot new_frame left empty.
        for slot in frame.locals[..n].iter_mut().rev() {
            if let Some(v) = stack.pop() {
                fill_empty(slot, v);
            }
        }
        // What is left above `base`: the callee's place, and a method call's "no self" marker.
        while stack.len() > base {
            std::mem::forget(stack.pop());
        }
        if n < func.code.argcount as usize {
            fill_defaults(func, &mut frame.locals, n);
        }
        frame
    }

    /// Runs a function's frame whose arguments are bound: makes its cells, or a generator.
    fn start_function(&mut self, func: &Arc<Function>, mut frame: Box<Frame>) -> PyResult<Value> {
        let code = &func.code;
        make_cells(func, &mut frame);
        if code.generator {
            // A generator is known by its function's qualified name (`Executor.map.<locals>.gen`).
            let name = func.current_qualname();
            return Ok(Value::Iter(PyIter::of_frame(frame, name)));
        }
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        // Every thread starts with a deep enough stack for the first calls; past them, stacker
        // grows it (checking costs a little on every call).
        let r = if self.depth < SHALLOW_CALLS {
            self.run_code_frame(&mut frame, code, None)
        } else {
            super::stack::for_frame(|| self.run_code_frame(&mut frame, code, None))
        };
        self.depth -= 1;
        self.recycle_frame(frame);
        self.run_finalizers();
        match r? {
            super::eval::Exit::Return(v) | super::eval::Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs a class body function with `ns` as its namespace; returns the `__class__` cell if any.
    /// `mapping` is the namespace when a metaclass `__prepare__` made a dict subclass or another
    /// mapping (`ns` is then the dict inside it, if any).
    pub fn run_class_body(&mut self, func: &Arc<Function>, ns: Option<Arc<Dict>>, mapping: Option<Value>) -> PyResult<Value> {
        let code = func.code.clone();
        let mut frame = self.new_frame(&code, &func.globals, ns);
        frame.mapping = mapping;
        for _ in &code.cellvars {
            frame.cells.push(Cell::new(None));
        }
        frame.cells.extend(func.closure.iter().cloned());
        self.depth += 1;
        let r = super::stack::for_frame(|| self.run_frame(&mut frame, None));
        self.depth -= 1;
        match r? {
            super::eval::Exit::Return(v) | super::eval::Exit::Yield(v) => Ok(v),
        }
    }

    pub fn call_class(&mut self, cls: &Arc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if cls.metaclass.is_some() {
            let this = Value::Class(cls.clone());
            if let Some(call) = self.meta_method(&this, crate::name!("__call__")) {
                return self.call(&call, &with_first(&this, args), kwargs);
            }
        }
        self.call_class_default(cls, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__` when `__new__` made an
    /// instance of `cls`.
    pub fn call_class_default(&mut self, cls: &Arc<Class>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if Arc::ptr_eq(cls, &types().type_) {
            return crate::builtins::type_call(self, args, kwargs);
        }
        if cls.is_builtin && !matches!(cls.kind, Kind::Object | Kind::Exception | Kind::Local) {
            // A built-in type: its constructor is the `__new__` stored in its dict.
            // (value types keep their own constructor in `base_new`, under the `__new__`
            // that also serves subclasses: calling it directly saves a step.)
            let plain_args = args.first().and_then(super::subclass::wrapped).is_none();
            let direct = if plain_args { cls.base_new.get().cloned() } else { None };
            let ctor = direct.or_else(|| cls.dict.get_str(crate::name!("__new__")));
            return match ctor {
                Some(new) => {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Value::Class(cls.clone()));
                    v.extend_from_slice(args);
                    self.call(&new, &v, kwargs)
                }
                None => Err(PyErr::type_error(format!("cannot create '{}' instances", cls.name))),
            };
        }
        // A user-defined __new__?
        let new = self.class_lookup(cls, crate::name!("__new__"));
        let mut default_new = false;
        let inst = match new {
            Some(Value::Function(_)) | Some(Value::Instance(_)) => {
                let new_fn = match new.unwrap() {
                    Value::Instance(i) => match &i.payload {
                        Payload::Wrapped(f) => f.clone(),
                        _ => Value::Instance(i.clone()),
                    },
                    f => f,
                };
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(Value::Class(cls.clone()));
                v.extend_from_slice(args);
                let inst = self.call(&new_fn, &v, kwargs)?;
                if !types().of(&inst).is_subclass(cls) {
                    return Ok(inst);
                }
                inst
            }
            // A metaclass: its instances are classes, made by type.__new__.
            Some(Value::Builtin(_)) if cls.is_subclass(&types().type_) => {
                let inst = crate::builtins::type_::type_new(self, &with_first(&Value::Class(cls.clone()), args), kwargs)?;
                if !types().of(&inst).is_subclass(cls) {
                    return Ok(inst);
                }
                inst
            }
            Some(Value::Builtin(_)) if super::subclass::value_base(cls).is_some() => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(Value::Class(cls.clone()));
                v.extend_from_slice(args);
                super::subclass::value_new(self, &v, kwargs)?
            }
            // A user subclass of a native type (array.array, _struct.Struct): the native
            // `__new__` makes the instance, with the subclass as its class.
            Some(new_fn @ Value::Builtin(_)) if cls.mro.iter().any(|c| c.is_builtin && c.kind == Kind::Native) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(Value::Class(cls.clone()));
                v.extend_from_slice(args);
                let inst = self.call(&new_fn, &v, kwargs)?;
                if !types().of(&inst).is_subclass(cls) {
                    return Ok(inst);
                }
                inst
            }
            // A user subclass of super or property: the native `__new__` makes it, with the
            // subclass as its class.
            Some(new_fn @ Value::Builtin(_)) if cls.is_subclass(&types().super_) || cls.is_subclass(&types().property) => {
                self.call(&new_fn, &with_first(&Value::Class(cls.clone()), args), kwargs)?
            }
            // A user subclass of ModuleType: module.__new__ makes a module of that class.
            Some(new_fn @ Value::Builtin(_)) if cls.is_subclass(&types().module) => {
                self.call(&new_fn, &with_first(&Value::Class(cls.clone()), args), kwargs)?
            }
            // BaseExceptionGroup and its subclasses: the native `__new__` checks the arguments.
            Some(new_fn @ Value::Builtin(_)) if matches!(&new_fn, Value::Builtin(b) if b.owner == Owner::BaseExceptionGroup) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(Value::Class(cls.clone()));
                v.extend_from_slice(args);
                self.call(&new_fn, &v, kwargs)?
            }
            _ => {
                self.check_abstract(cls)?;
                default_new = true;
                self.new_instance(cls, args)
            }
        };
        if cls.kind == Kind::Local {
            self.local_created(&inst, args, kwargs)?;
        }
        let init = self.class_lookup(cls, crate::name!("__init__"));
        match init {
            Some(Value::Function(init)) => {
                let r = self.call_function_with_first(&init, &inst, args, kwargs)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", types().of(&r).name)));
                }
            }
            Some(init @ Value::Builtin(_)) => {
                // object's own __new__ and __init__ take no arguments (CPython's excess-args check).
                let object_init = matches!(&init, Value::Builtin(b) if b.owner == Owner::Object);
                if object_init && default_new && cls.kind == Kind::Object && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(PyErr::type_error(format!("{}() takes no arguments", cls.name)));
                }
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(inst.clone());
                v.extend_from_slice(args);
                self.call(&init, &v, kwargs)?;
            }
            _ => {
                if (!args.is_empty() || !kwargs.is_empty()) && cls.kind == Kind::Object {
                    return Err(PyErr::type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
        }
        Ok(inst)
    }

    /// object.__new__: a bare instance with the payload its built-in base needs.
    /// A new threading.local: the creating thread's dict exists already (its `__init__` runs
    /// next, from call_class), and the arguments are kept for the other threads.
    fn local_created(&mut self, inst: &Value, args: &[Value], kwargs: &KwArgs) -> PyResult<()> {
        let Value::Instance(i) = inst else { return Ok(()) };
        let Payload::Local(state) = &i.payload else { return Ok(()) };
        let has_init = matches!(self.instance_lookup(i, crate::name!("__init__")), Some(Value::Function(_)));
        if !has_init && (!args.is_empty() || !kwargs.is_empty()) {
            return Err(PyErr::type_error("Initialization arguments are not supported"));
        }
        let gil = &self.interp.gil;
        state.dict_for(self.stats.id, || gil.alive_ids());
        *state.init_args.lock() = Some((args.to_vec(), kwargs.clone()));
        Ok(())
    }

    /// The attribute dict of a threading.local for this thread, running `__init__` in a thread
    /// that meets the object for the first time.
    pub fn local_dict(&mut self, obj: &Value) -> PyResult<Option<Arc<crate::objects::dict::Dict>>> {
        let Value::Instance(i) = obj else { return Ok(None) };
        let Payload::Local(state) = &i.payload else { return Ok(i.dict()) };
        let gil = &self.interp.gil;
        let (dict, fresh) = state.dict_for(self.stats.id, || gil.alive_ids());
        if fresh {
            let saved = state.init_args.lock().clone();
            if let (Some((args, kwargs)), Some(init @ Value::Function(_))) = (saved, self.instance_lookup(i, crate::name!("__init__"))) {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj.clone());
                v.extend(args);
                self.call(&init, &v, &kwargs)?;
            }
        }
        Ok(Some(dict))
    }

    pub fn new_instance(&mut self, cls: &Arc<Class>, args: &[Value]) -> Value {
        match cls.kind {
            Kind::Exception => new_exception(cls.clone(), args.to_vec()),
            Kind::Local => Value::Instance(Instance::new(cls.clone(), Payload::Local(Default::default()))),
            _ => Value::Instance(Instance::new(cls.clone(), Payload::None)),
        }
    }
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname()`
/// for functions and classes (`__main__.f()`), `name()` for built-ins, else the type's name
/// with " object".
pub(super) fn callable_description(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let module = match func.globals.get_str(crate::name!("__name__")) {
                Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                _ => String::new(),
            };
            format!("{module}{}()", func.qualname())
        }
        Value::BoundMethod(m) => callable_description(&m.func),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Class(c) if c.module == "builtins" => format!("{}()", c.qualname),
        Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
        other => format!("{} object", types().of(other).name),
    }
}
