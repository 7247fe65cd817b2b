//! The eval loop: runs one frame's instructions until it returns or yields. Every instruction first
//! counts down the GIL tick; at zero the thread offers the lock (gil/). Exceptions unwind to the
//! innermost handler block, or leave the frame with a traceback line added.

use super::Vm;
use super::frame::{Block, Frame};
use crate::code::{Code, CodeKind, Op};
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::exceptions::TbEntry;
use crate::objects::function::Function;
use crate::objects::types::types;
use crate::objects::value::{Cell, List, Slice};
use crate::objects::{PyErr, PyResult, Value};
use parking_lot::Mutex;
use std::sync::Arc;

pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// The end of a call instruction: a switch point (see `gil::SwitchPoints`), acted on if the
/// countdown has run out.
macro_rules! after_call {
    ($vm:expr, $label:lifetime) => {
        if $vm.ticks <= 0 {
            tri!($vm.call_checkpoint(), $label);
        }
    };
}

macro_rules! tri {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label e,
        }
    };
}

impl Vm {
    pub fn new_frame(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, namespace: Option<Arc<Dict>>) -> Box<Frame> {
        let id = self.next_frame_id;
        self.next_frame_id += 1;
        let nlocals = code.varnames.len();
        if let Some(mut f) = self.frame_pool.pop() {
            // A recycled frame keeps its vectors' capacity: no allocation per call.
            f.locals.resize(nlocals, None);
            f.pc = 0;
            f.lasti = 0;
            // A loop calling one function gets its own last frame back: the same code and
            // globals need no new references.
            if !Arc::ptr_eq(&f.globals, globals) {
                f.globals = globals.clone();
            }
            f.namespace = namespace;
            f.mapping = None;
            f.id = id;
            f.started = false;
            f.locals_dict = None;
            if !Arc::ptr_eq(&f.code, code) {
                f.code = code.clone();
            }
            return f;
        }
        Box::new(Frame {
            pc: 0,
            lasti: 0,
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells: Vec::new(),
            blocks: Vec::new(),
            globals: globals.clone(),
            namespace,
            mapping: None,
            id,
            started: false,
            locals_dict: None,
            code: code.clone(),
        })
    }

    /// Returns a finished frame to the pool (its values are dropped now, as CPython would).
    pub fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        const POOL: usize = 64;
        if self.frame_pool.len() < POOL {
            frame.stack.drain(..).for_each(Value::discard);
            frame.locals.drain(..).flatten().for_each(Value::discard);
            frame.cells.clear();
            frame.blocks.clear();
            frame.namespace = None;
            frame.mapping = None;
            frame.locals_dict = None;
            self.frame_pool.push(frame);
        }
    }

    /// Runs a frame that is not a generator to completion.
    pub fn run_frame_boxed(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        // A module's (or exec's) frame counts towards the recursion limit, as every frame in CPython.
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let r = stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || self.run_frame(&mut frame, None));
        self.depth -= 1;
        self.recycle_frame(frame);
        self.run_finalizers();
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    fn unbound_local(&self, code: &Code, i: usize) -> PyErr {
        let name = code.varnames[i].as_str();
        PyErr::new(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    fn unbound_cell(&self, code: &Code, i: usize) -> PyErr {
        if i < code.cellvars.len() {
            let name = code.cellvars[i].as_str();
            PyErr::new(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
        } else {
            let name = code.freevars[i - code.cellvars.len()].as_str();
            PyErr::new(ExcKind::NameError, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    /// LoadName in a class body whose namespace is a mapping: its `__getitem__`, then the
    /// globals and builtins when it raises KeyError.
    fn mapping_load(&mut self, m: &Value, frame: &Frame, name: &Arc<crate::objects::str::PyStr>) -> PyResult<Value> {
        match self.getitem(m, &Value::Str(name.clone())) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::KeyError) => self.load_global(frame, name),
            Err(e) => Err(e),
        }
    }

    fn load_global(&self, frame: &Frame, name: &crate::objects::str::PyStr) -> PyResult<Value> {
        if frame.globals.may_contain_str(name)
            && let Some(v) = frame.globals.get_str(name)
        {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins.get_str(name) {
            return Ok(v);
        }
        Err(PyErr::name_error(name.as_str()))
    }

    /// Records this frame in the exception's traceback, as CPython's `PyTraceBack_Here`: once
    /// for each time the exception reaches the frame other than by a bare `raise` or the end of
    /// a handler that did not match (a re-raise).
    fn note_traceback(&mut self, frame: &Frame, err: &PyErr) {
        let pos = self.error_position.take().or_else(|| frame.code.positions.get(frame.lasti).copied()).unwrap_or_default();
        let entry =
            TbEntry { code: frame.code.clone(), line: frame.line(), pos, lasti: frame.lasti as u32, globals: frame.globals.clone(), frame_id: frame.id };
        err.data().traceback.push(entry);
    }

    /// Sets the implicit `__context__` of an exception raised by native code here.
    fn chain_context(&self, err: &PyErr) {
        if let Some(handled) = self.exc_stack.last() {
            if handled.is(&err.value) {
                return;
            }
            let mut data = err.data();
            if data.context.is_none() && data.traceback.is_empty() {
                data.context = Some(handled.clone());
            }
        }
    }

    /// Sets the `__context__` of an exception a `raise` statement raises: the exception being
    /// handled, as CPython's `_PyErr_SetObject` (cutting the handled exception's context chain
    /// where it reaches the raised one, so that no cycle is made).
    fn raise_context(&self, err: &PyErr) {
        let Some(handled) = self.exc_stack.last() else { return };
        if handled.is(&err.value) {
            return;
        }
        let mut at = handled.clone();
        for _ in 0..100_000 {
            let Value::Instance(inst) = &at else { break };
            let Some(data) = inst.exc() else { break };
            let next = data.lock().context.clone();
            match next {
                Some(c) if c.is(&err.value) => {
                    data.lock().context = None;
                    break;
                }
                Some(c) => at = c,
                None => break,
            }
        }
        err.data().context = Some(handled.clone());
    }

    /// `locals()`, `vars()`, and `eval`/`exec` with only their source, called from this frame: they
    /// need the frame's local variables (a snapshot, as in CPython). None for any other call.
    /// The callee is at `base`, its arguments from `first` on.
    fn call_with_frame(&mut self, frame: &mut Frame, base: usize, first: usize) -> Option<PyResult<Value>> {
        use crate::objects::function::FrameBuiltin;
        let Value::Builtin(b) = &frame.stack[base] else { return None };
        let kind = b.frame?;
        let nargs = frame.stack.len() - first;
        if matches!(kind, FrameBuiltin::Locals | FrameBuiltin::Vars) && nargs == 0 {
            return Some(Ok(Value::Dict(self.frame_locals(frame))));
        }
        if kind == FrameBuiltin::GetFrame && nargs == 0 {
            let locals = self.frame_locals(frame);
            return Some(Ok(super::frame_object::running_frame(self, Some(locals))));
        }
        if matches!(kind, FrameBuiltin::Eval | FrameBuiltin::Exec) && nargs == 1 && frame.code.kind == CodeKind::Function {
            let func = frame.stack[base].clone();
            let locals = self.frame_locals(frame);
            let call_args = [frame.stack[first].clone(), Value::Dict(frame.globals.clone()), Value::Dict(locals)];
            return Some(self.call(&func, &call_args, &Vec::new()));
        }
        None
    }

    /// The frame's local namespace: a snapshot of a function's variables (its cells included), or
    /// the namespace of a class body or module.
    pub(super) fn frame_locals(&self, frame: &mut Frame) -> Arc<Dict> {
        if frame.code.kind != CodeKind::Function {
            return frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
        }
        let d = frame.locals_dict.get_or_insert_with(Dict::new).clone();
        let set = |name: &Arc<crate::objects::str::PyStr>, v: Option<Value>| match v {
            Some(v) => d.set_str(name.clone(), v),
            None => {
                d.remove_str(name);
            }
        };
        for (name, v) in frame.code.varnames.iter().zip(frame.locals.iter()) {
            set(name, v.clone());
        }
        let cell_names = frame.code.cellvars.iter().chain(frame.code.freevars.iter());
        for (name, cell) in cell_names.zip(frame.cells.iter()) {
            set(name, cell.0.lock().clone());
        }
        d
    }

    /// Runs `frame` from its current position. `throw` starts by raising that exception there
    /// (generator.throw). Returns on `return` or `yield`.
    pub fn run_frame(&mut self, frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        let code = frame.code.clone();
        self.run_code_frame(frame, &code, throw)
    }

    /// `run_frame` for a caller that holds the frame's code already (a function call: its
    /// function's code), so the eval loop needs no reference of its own.
    pub fn run_code_frame(&mut self, frame: &mut Frame, code: &Arc<Code>, throw: Option<PyErr>) -> PyResult<Exit> {
        self.enter_frame(&frame.code, &frame.globals, frame.id);
        let r = self.run_frame_inner(frame, code, throw);
        self.leave_frame();
        r
    }

    fn run_frame_inner(&mut self, frame: &mut Frame, code_ref: &Arc<Code>, throw: Option<PyErr>) -> PyResult<Exit> {
        // The code itself, one pointer away, for the instruction fetch.
        let code: &Code = code_ref;
        let mut pending = throw;
        // A frame's entry (and a generator's resumption) is a switch point, as CPython's RESUME.
        if pending.is_none() && self.ticks <= 0 {
            pending = self.entry_checkpoint(frame).err();
        }
        // The exception being unwound is a re-raise (a bare `raise`, the end of a handler):
        // it gets no new traceback entry.
        let mut reraise = false;
        loop {
            let err: PyErr = 'dispatch: {
                if let Some(e) = pending.take() {
                    break 'dispatch e;
                }
                loop {
                    let pc = frame.pc;
                    let op = code.ops[pc];
                    frame.lasti = pc;
                    frame.pc = pc + 1;
                    self.ticks -= 1;
                    if self.ticks <= 0 && (self.switch_anywhere || op.jumps_back(pc)) {
                        tri!(self.instruction_checkpoint(frame, op, pc), 'dispatch);
                    }
                    match op {
                        Op::PopTop => {
                            if let Some(v) = frame.stack.pop() {
                                v.discard();
                            }
                            self.run_finalizers();
                        }
                        Op::DupTop => {
                            let v = frame.stack.last().unwrap().clone();
                            frame.stack.push(v);
                        }
                        Op::DupTop2 => {
                            let n = frame.stack.len();
                            let a = frame.stack[n - 2].clone();
                            let b = frame.stack[n - 1].clone();
                            frame.stack.push(a);
                            frame.stack.push(b);
                        }
                        Op::RotTwo => {
                            let n = frame.stack.len();
                            frame.stack.swap(n - 1, n - 2);
                        }
                        Op::RotThree => {
                            let v = frame.stack.pop().unwrap();
                            let n = frame.stack.len();
                            frame.stack.insert(n - 2, v);
                        }
                        Op::LoadConst(i) => frame.stack.push(code.consts[i as usize].clone()),
                        Op::LoadFast(i) => match &frame.locals[i as usize] {
                            Some(v) => frame.stack.push(v.clone()),
                            None => break 'dispatch self.unbound_local(code, i as usize),
                        },
                        Op::StoreFast(i) => {
                            let v = frame.stack.pop();
                            if let Some(old) = std::mem::replace(&mut frame.locals[i as usize], v) {
                                old.discard();
                                self.run_finalizers();
                            }
                        }
                        Op::DeleteFast(i) => {
                            match frame.locals[i as usize].take() {
                                Some(v) => v.discard(),
                                None => break 'dispatch self.unbound_local(code, i as usize),
                            }
                            self.run_finalizers();
                        }
                        Op::LoadDeref(i) => {
                            let v = frame.cells[i as usize].0.lock().clone();
                            match v {
                                Some(v) => frame.stack.push(v),
                                None => break 'dispatch self.unbound_cell(code, i as usize),
                            }
                        }
                        Op::StoreDeref(i) => {
                            let v = frame.stack.pop();
                            *frame.cells[i as usize].0.lock() = v;
                        }
                        Op::DeleteDeref(i) => {
                            if frame.cells[i as usize].0.lock().take().is_none() {
                                break 'dispatch self.unbound_cell(code, i as usize);
                            }
                        }
                        Op::LoadClosure(i) => frame.stack.push(Value::Cell(frame.cells[i as usize].clone())),
                        Op::LoadClassDeref(i) => {
                            let idx = i as usize;
                            let name = if idx < code.cellvars.len() { &code.cellvars[idx] } else { &code.freevars[idx - code.cellvars.len()] };
                            let from_ns = match &frame.mapping {
                                Some(m) => match self.getitem(&m.clone(), &Value::Str(name.clone())) {
                                    Ok(v) => Some(v),
                                    Err(e) if e.matches(ExcKind::KeyError) => None,
                                    Err(e) => break 'dispatch e,
                                },
                                None => frame.namespace.as_ref().and_then(|ns| ns.get_str(name)),
                            };
                            if let Some(v) = from_ns {
                                frame.stack.push(v);
                            } else {
                                let v = frame.cells[idx].0.lock().clone();
                                match v {
                                    Some(v) => frame.stack.push(v),
                                    None => break 'dispatch self.unbound_cell(code, idx),
                                }
                            }
                        }
                        Op::LoadGlobal(i) => {
                            let v = tri!(self.load_global(frame, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreGlobal(i) => {
                            let v = frame.stack.pop().unwrap();
                            frame.globals.set_str(code.names[i as usize].clone(), v);
                            self.run_finalizers();
                        }
                        Op::DeleteGlobal(i) => {
                            let name = &code.names[i as usize];
                            if frame.globals.remove_str(name).is_none() {
                                break 'dispatch PyErr::name_error(name.as_str());
                            }
                            self.run_finalizers();
                        }
                        Op::LoadName(i) => {
                            let name = &code.names[i as usize];
                            if let Some(m) = &frame.mapping {
                                let v = tri!(self.mapping_load(&m.clone(), frame, name), 'dispatch);
                                frame.stack.push(v);
                            } else if let Some(v) = frame.namespace.as_ref().and_then(|ns| ns.get_str(name)) {
                                frame.stack.push(v);
                            } else {
                                let v = tri!(self.load_global(frame, name), 'dispatch);
                                frame.stack.push(v);
                            }
                        }
                        Op::StoreName(i) => {
                            let v = frame.stack.pop().unwrap();
                            if let Some(m) = &frame.mapping {
                                let m = m.clone();
                                tri!(self.setitem(&m, Value::Str(code.names[i as usize].clone()), v), 'dispatch);
                                continue;
                            }
                            let ns = frame.namespace.as_ref().unwrap_or(&frame.globals);
                            ns.set_str(code.names[i as usize].clone(), v);
                            self.run_finalizers();
                        }
                        Op::SetupAnnotations => {
                            if let Some(m) = &frame.mapping {
                                let m = m.clone();
                                let key = Value::Str(crate::name!("__annotations__").clone());
                                match self.getitem(&m, &key) {
                                    Ok(_) => {}
                                    Err(e) if e.matches(ExcKind::KeyError) => tri!(self.setitem(&m, key, Value::Dict(Dict::new())), 'dispatch),
                                    Err(e) => break 'dispatch e,
                                }
                                continue;
                            }
                            let ns = frame.namespace.as_ref().unwrap_or(&frame.globals);
                            if ns.get_str(crate::name!("__annotations__")).is_none() {
                                ns.set_str(crate::name!("__annotations__").clone(), Value::Dict(Dict::new()));
                            }
                        }
                        Op::DeleteName(i) => {
                            let name = &code.names[i as usize];
                            if let Some(m) = &frame.mapping {
                                let m = m.clone();
                                match self.delitem(&m, &Value::Str(name.clone())) {
                                    Ok(()) => continue,
                                    Err(e) if e.matches(ExcKind::KeyError) => break 'dispatch PyErr::name_error(name.as_str()),
                                    Err(e) => break 'dispatch e,
                                }
                            }
                            let ns = frame.namespace.as_ref().unwrap_or(&frame.globals);
                            if ns.remove_str(name).is_none() {
                                break 'dispatch PyErr::name_error(name.as_str());
                            }
                            self.run_finalizers();
                        }
                        Op::LoadFastAttr(l, i) => {
                            let Some(obj) = &frame.locals[l as usize] else {
                                // The traceback marks just the name, as for a plain LoadFast.
                                let mut pos = code.positions.get(frame.lasti).copied().unwrap_or_default();
                                pos.end = pos.start + code.varnames[l as usize].as_str().len() as u32;
                                pos.anchor = crate::code::Anchor::None;
                                self.error_position = Some(pos);
                                break 'dispatch self.unbound_local(code, l as usize);
                            };
                            let v = tri!(self.get_attr(obj, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::LoadAttr(i) => {
                            let obj = frame.stack.pop().unwrap();
                            let v = tri!(self.get_attr(&obj, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreAttr(i) => {
                            let obj = frame.stack.pop().unwrap();
                            let v = frame.stack.pop().unwrap();
                            tri!(self.set_attr(&obj, &code.names[i as usize], v), 'dispatch);
                            drop(obj);
                            self.run_finalizers();
                        }
                        Op::DeleteAttr(i) => {
                            let obj = frame.stack.pop().unwrap();
                            tri!(self.del_attr(&obj, &code.names[i as usize]), 'dispatch);
                            drop(obj);
                            self.run_finalizers();
                        }
                        Op::LoadMethod(i) => {
                            let obj = frame.stack.pop().unwrap();
                            let (f, s) = tri!(self.load_method(obj, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(f);
                            frame.stack.push(s);
                        }
                        Op::CallMethod(n) => {
                            self.note_call_site(pc);
                            let n = n as usize;
                            let len = frame.stack.len();
                            let base = len - n - 2;
                            let first = if let Value::Null = frame.stack[base + 1] { base + 2 } else { base + 1 };
                            // `sys._getframe()`: a module's function that needs this frame.
                            if first == base + 2
                                && let Some(r) = self.call_with_frame(frame, base, first)
                            {
                                frame.stack.truncate(base);
                                frame.stack.push(tri!(r, 'dispatch));
                                after_call!(self, 'dispatch);
                                continue;
                            }
                            let result = self.call_from_stack(&mut frame.stack, base, first);
                            frame.stack.truncate(base);
                            frame.stack.push(tri!(result, 'dispatch));
                            after_call!(self, 'dispatch);
                        }
                        Op::BinarySubscr => {
                            if let Some(v) = subscript_fast_path(&frame.stack) {
                                std::mem::forget(frame.stack.pop());
                                *frame.stack.last_mut().unwrap() = v;
                                continue;
                            }
                            let key = frame.stack.pop().unwrap();
                            let obj = frame.stack.pop().unwrap();
                            let v = tri!(self.getitem(&obj, &key), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreSubscr => {
                            let key = frame.stack.pop().unwrap();
                            let obj = frame.stack.pop().unwrap();
                            let v = frame.stack.pop().unwrap();
                            // `items[i] = v` on a list, in range: one lock, the old item dropped after it.
                            if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                                let mut items = l.items.lock();
                                let n = items.len() as i64;
                                let j = if *i < 0 { *i + n } else { *i };
                                if (0..n).contains(&j) {
                                    let old = std::mem::replace(&mut items[j as usize], v);
                                    drop(items);
                                    drop(old);
                                    self.run_finalizers();
                                    continue;
                                }
                            }
                            tri!(self.setitem(&obj, key, v), 'dispatch);
                            drop(obj);
                            self.run_finalizers();
                        }
                        Op::DeleteSubscr => {
                            let key = frame.stack.pop().unwrap();
                            let obj = frame.stack.pop().unwrap();
                            tri!(self.delitem(&obj, &key), 'dispatch);
                            drop((obj, key));
                            self.run_finalizers();
                        }
                        Op::Binary(bop) => {
                            if let Some(v) = int_fast_path(&frame.stack, bop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), v));
                                continue;
                            }
                            let b = frame.stack.pop().unwrap();
                            let a = frame.stack.pop().unwrap();
                            let v = tri!(self.binary_op(&a, &b, bop), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::Inplace(bop) => {
                            if let Some(v) = int_fast_path(&frame.stack, bop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), v));
                                continue;
                            }
                            let b = frame.stack.pop().unwrap();
                            let a = frame.stack.pop().unwrap();
                            let v = tri!(self.inplace_op(&a, &b, bop), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::Unary(uop) => {
                            let a = frame.stack.pop().unwrap();
                            let v = tri!(self.unary_op(&a, uop), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::Compare(cop) => {
                            if let Some(v) = compare_fast_path(&frame.stack, cop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), Value::Bool(v)));
                                continue;
                            }
                            let b = frame.stack.pop().unwrap();
                            let a = frame.stack.pop().unwrap();
                            let v = tri!(self.compare_op(&a, &b, cop), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::CompareJumpIfFalse(cop, t) => {
                            let truth = match compare_fast_path(&frame.stack, cop) {
                                Some(v) => {
                                    // Both operands are immediates: nothing to drop.
                                    std::mem::forget(frame.stack.pop());
                                    std::mem::forget(frame.stack.pop());
                                    v
                                }
                                None => {
                                    let b = frame.stack.pop().unwrap();
                                    let a = frame.stack.pop().unwrap();
                                    match tri!(self.compare_op(&a, &b, cop), 'dispatch) {
                                        Value::Bool(v) => v,
                                        other => tri!(self.truthy(&other), 'dispatch),
                                    }
                                }
                            };
                            if !truth {
                                frame.pc = t as usize;
                            }
                        }
                        Op::BuildTuple(n) => {
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            frame.stack.push(Value::tuple(items));
                        }
                        Op::BuildList(n) => {
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            frame.stack.push(Value::list(items));
                        }
                        Op::BuildSet(n) => {
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            let set = crate::objects::set::Set::new();
                            for it in items {
                                tri!(set.add(self, it), 'dispatch);
                            }
                            frame.stack.push(Value::Set(set));
                        }
                        Op::BuildMap(n) => {
                            let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                            let d = Dict::new();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(d.set(self, k, v), 'dispatch);
                            }
                            frame.stack.push(Value::Dict(d));
                        }
                        Op::BuildSlice(n) => {
                            let step = if n == 3 { frame.stack.pop().unwrap() } else { Value::None };
                            let stop = frame.stack.pop().unwrap();
                            let start = frame.stack.pop().unwrap();
                            frame.stack.push(Value::Slice(Arc::new(Slice { start, stop, step })));
                        }
                        Op::BuildString(n) => {
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            let mut s = String::new();
                            for it in &items {
                                if let Value::Str(p) = it {
                                    s.push_str(p.as_str());
                                }
                            }
                            frame.stack.push(Value::string(s));
                        }
                        Op::ListAppend(n) => {
                            let v = frame.stack.pop().unwrap();
                            let target = &frame.stack[frame.stack.len() - n as usize];
                            if let Value::List(l) = target {
                                l.items.lock().push(v);
                            }
                        }
                        Op::SetAdd(n) => {
                            let v = frame.stack.pop().unwrap();
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Set(s) = target {
                                tri!(s.add(self, v), 'dispatch);
                            }
                        }
                        Op::MapAdd(n) => {
                            let v = frame.stack.pop().unwrap();
                            let k = frame.stack.pop().unwrap();
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = target {
                                tri!(d.set(self, k, v), 'dispatch);
                            }
                        }
                        Op::ListExtend(n) => {
                            let it = frame.stack.pop().unwrap();
                            let items = tri!(self.collect(&it), 'dispatch);
                            if let Value::List(l) = &frame.stack[frame.stack.len() - n as usize] {
                                l.items.lock().extend(items);
                            }
                        }
                        Op::SetUpdate(n) => {
                            let it = frame.stack.pop().unwrap();
                            let items = tri!(self.collect(&it), 'dispatch);
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Set(s) = target {
                                for v in items {
                                    tri!(s.add(self, v), 'dispatch);
                                }
                            }
                        }
                        Op::DictUpdate(n) | Op::DictMerge(n) => {
                            let m = frame.stack.pop().unwrap();
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = target {
                                tri!(self.dict_merge(&d, &m, matches!(op, Op::DictMerge(_))), 'dispatch);
                            }
                        }
                        Op::ListToTuple => {
                            if let Some(Value::List(l)) = frame.stack.pop() {
                                let items = std::mem::take(&mut *l.items.lock());
                                frame.stack.push(Value::tuple(items));
                            }
                        }
                        Op::UnpackSequence(n) => {
                            let seq = frame.stack.pop().unwrap();
                            // Tuples and lists of the right length go straight onto the stack.
                            match &seq {
                                Value::Tuple(t) if t.len() == n as usize => {
                                    frame.stack.extend(t.iter().rev().cloned());
                                    continue;
                                }
                                Value::List(l) => {
                                    let items = l.items.lock();
                                    if items.len() == n as usize {
                                        frame.stack.extend(items.iter().rev().cloned());
                                        continue;
                                    }
                                }
                                _ => {}
                            }
                            let items = tri!(self.unpack(&seq, n as usize), 'dispatch);
                            frame.stack.extend(items.into_iter().rev());
                        }
                        Op::UnpackEx(before, after) => {
                            let seq = frame.stack.pop().unwrap();
                            let items = tri!(self.unpack_ex(&seq, before as usize, after as usize), 'dispatch);
                            frame.stack.extend(items.into_iter().rev());
                        }
                        Op::FormatValue(flags) => {
                            let spec = if flags & 4 != 0 { frame.stack.pop() } else { None };
                            let v = frame.stack.pop().unwrap();
                            let s = tri!(self.format_value(&v, flags & 3, spec.as_ref()), 'dispatch);
                            frame.stack.push(Value::string(s));
                        }
                        Op::Jump(t) => frame.pc = t as usize,
                        Op::RotN(n) => super::pattern::rot_n(&mut frame.stack, n as usize),
                        Op::MatchClass(n) => tri!(self.match_class_op(&mut frame.stack, n as usize), 'dispatch),
                        Op::MatchMapping => tri!(self.match_shape_op(&mut frame.stack, super::pattern::Shape::Mapping), 'dispatch),
                        Op::MatchSequence => tri!(self.match_shape_op(&mut frame.stack, super::pattern::Shape::Sequence), 'dispatch),
                        Op::MatchKeys => tri!(self.match_keys_op(&mut frame.stack), 'dispatch),
                        Op::GetLen => tri!(self.get_len_op(&mut frame.stack), 'dispatch),
                        Op::CopyDictWithoutKeys => tri!(self.copy_dict_without_keys_op(&mut frame.stack), 'dispatch),
                        Op::PopJumpIfFalse(t) => {
                            let v = frame.stack.pop().unwrap();
                            let b = match v {
                                Value::Bool(b) => b,
                                other => {
                                    let b = tri!(self.truthy(&other), 'dispatch);
                                    other.discard();
                                    b
                                }
                            };
                            if !b {
                                frame.pc = t as usize;
                            }
                        }
                        Op::PopJumpIfTrue(t) => {
                            let v = frame.stack.pop().unwrap();
                            let b = match v {
                                Value::Bool(b) => b,
                                other => {
                                    let b = tri!(self.truthy(&other), 'dispatch);
                                    other.discard();
                                    b
                                }
                            };
                            if b {
                                frame.pc = t as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop(t) => {
                            let b = tri!(self.truthy(frame.stack.last().unwrap()), 'dispatch);
                            if !b {
                                frame.pc = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        }
                        Op::JumpIfTrueOrPop(t) => {
                            let b = tri!(self.truthy(frame.stack.last().unwrap()), 'dispatch);
                            if b {
                                frame.pc = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        }
                        Op::GetIter => {
                            let v = frame.stack.pop().unwrap();
                            let it = tri!(self.get_iter(&v), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::ForIter(t) => {
                            let next = tri!(self.next(frame.stack.last().unwrap()), 'dispatch);
                            match next {
                                Some(v) => frame.stack.push(v),
                                None => {
                                    frame.stack.pop();
                                    frame.pc = t as usize;
                                    self.run_finalizers();
                                }
                            }
                        }
                        Op::CallFunction(n) => {
                            self.note_call_site(pc);
                            let base = frame.stack.len() - n as usize - 1;
                            if let Some(r) = self.call_with_frame(frame, base, base + 1) {
                                frame.stack.truncate(base);
                                frame.stack.push(tri!(r, 'dispatch));
                                after_call!(self, 'dispatch);
                                continue;
                            }
                            let result = self.call_from_stack(&mut frame.stack, base, base + 1);
                            frame.stack.truncate(base);
                            frame.stack.push(tri!(result, 'dispatch));
                            after_call!(self, 'dispatch);
                        }
                        Op::CallFunctionKw(n) => {
                            self.note_call_site(pc);
                            let names = frame.stack.pop().unwrap();
                            let Value::Tuple(names) = names else { unreachable!() };
                            let base = frame.stack.len() - n as usize - 1;
                            let npos = n as usize - names.len();
                            let kwargs: Vec<_> = names
                                .iter()
                                .zip(frame.stack[base + 1 + npos..].iter())
                                .map(|(k, v)| match k {
                                    Value::Str(s) => (s.clone(), v.clone()),
                                    _ => unreachable!(),
                                })
                                .collect();
                            let result = self.call(&frame.stack[base], &frame.stack[base + 1..base + 1 + npos], &kwargs);
                            frame.stack.truncate(base);
                            frame.stack.push(tri!(result, 'dispatch));
                            after_call!(self, 'dispatch);
                        }
                        Op::CallFunctionEx(has_kw) => {
                            self.note_call_site(pc);
                            let kwargs = if has_kw != 0 { frame.stack.pop() } else { None };
                            let args = frame.stack.pop().unwrap();
                            let func = frame.stack.pop().unwrap();
                            let args = match args {
                                Value::Tuple(t) => t,
                                other => match self.collect(&other) {
                                    Ok(items) => Arc::new(items),
                                    Err(e) if e.matches(ExcKind::TypeError) && self.class_lookup(&types().of(&other), crate::name!("__iter__")).is_none() => {
                                        break 'dispatch PyErr::type_error(format!(
                                            "{} argument after * must be an iterable, not {}",
                                            callable_description(&func),
                                            types().of(&other).name
                                        ));
                                    }
                                    Err(e) => break 'dispatch e,
                                },
                            };
                            let mut kw = Vec::new();
                            if let Some(Value::Dict(d)) = kwargs {
                                for (k, v) in d.items() {
                                    match k {
                                        Value::Str(s) => kw.push((s, v)),
                                        _ => break 'dispatch PyErr::type_error("keywords must be strings"),
                                    }
                                }
                            }
                            let r = tri!(self.call(&func, &args, &kw), 'dispatch);
                            frame.stack.push(r);
                            after_call!(self, 'dispatch);
                        }
                        Op::MakeFunction(flags) => {
                            let Some(Value::Code(fcode)) = frame.stack.pop() else { unreachable!() };
                            let closure = if flags & 8 != 0 {
                                match frame.stack.pop() {
                                    Some(Value::Tuple(t)) => t
                                        .iter()
                                        .map(|c| match c {
                                            Value::Cell(c) => c.clone(),
                                            _ => Cell::new(None),
                                        })
                                        .collect(),
                                    _ => Vec::new(),
                                }
                            } else {
                                Vec::new()
                            };
                            let annotations = if flags & 4 != 0 { frame.stack.pop() } else { None };
                            let kwdefaults = if flags & 2 != 0 {
                                match frame.stack.pop() {
                                    Some(Value::Dict(d)) => d
                                        .items()
                                        .into_iter()
                                        .filter_map(|(k, v)| match k {
                                            Value::Str(s) => Some((s, v)),
                                            _ => None,
                                        })
                                        .collect(),
                                    _ => Vec::new(),
                                }
                            } else {
                                Vec::new()
                            };
                            let defaults = if flags & 1 != 0 {
                                match frame.stack.pop() {
                                    Some(Value::Tuple(t)) => t.to_vec(),
                                    _ => Vec::new(),
                                }
                            } else {
                                Vec::new()
                            };
                            let doc = fcode.doc.as_ref().map_or(Value::None, |d| Value::str(d));
                            let f = Function {
                                name: Mutex::new(fcode.name.clone()),
                                qualname: fcode.qualname.clone(),
                                globals: frame.globals.clone(),
                                defaults,
                                kwdefaults,
                                closure,
                                dict: Dict::new(),
                                doc,
                                code: fcode,
                                annotations: parking_lot::Mutex::new(annotations),
                            };
                            frame.stack.push(Value::Function(Arc::new(f)));
                        }
                        Op::LoadBuildClass => frame.stack.push(crate::builtins::build_class_value()),
                        Op::ReturnValue => {
                            let v = frame.stack.pop().unwrap_or(Value::None);
                            return Ok(Exit::Return(v));
                        }
                        Op::YieldValue => {
                            let v = frame.stack.pop().unwrap();
                            return Ok(Exit::Yield(v));
                        }
                        Op::YieldFrom => {
                            let sent = frame.stack.pop().unwrap();
                            let sub = frame.stack.last().unwrap().clone();
                            match tri!(self.delegate(&sub, sent), 'dispatch) {
                                Ok(yielded) => {
                                    frame.pc = pc; // come back here when resumed
                                    return Ok(Exit::Yield(yielded));
                                }
                                Err(result) => {
                                    frame.stack.pop();
                                    frame.stack.push(result);
                                }
                            }
                        }
                        Op::GetYieldFromIter => {
                            let v = frame.stack.pop().unwrap();
                            let it = tri!(self.get_iter(&v), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::SetupExcept(t) => frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32, cleanup: false }),
                        Op::PopBlock => {
                            frame.blocks.pop();
                        }
                        Op::PopExcept => {
                            if let Some(b) = frame.blocks.pop() {
                                debug_assert!(b.cleanup);
                            }
                            self.exc_stack.pop();
                        }
                        Op::Reraise => {
                            let exc = frame.stack.pop().unwrap();
                            reraise = true;
                            break 'dispatch PyErr::from_value(exc);
                        }
                        Op::Raise(n) => {
                            let e = match n {
                                0 => match self.exc_stack.last() {
                                    Some(e) => {
                                        reraise = true;
                                        PyErr::from_value(e.clone())
                                    }
                                    None => PyErr::runtime("No active exception to reraise"),
                                },
                                1 => {
                                    let v = frame.stack.pop().unwrap();
                                    tri!(self.make_exception(v), 'dispatch)
                                }
                                _ => {
                                    let cause = frame.stack.pop().unwrap();
                                    let v = frame.stack.pop().unwrap();
                                    let e = tri!(self.make_exception(v), 'dispatch);
                                    let cause = if cause.is_none() { None } else { Some(tri!(self.make_exception(cause), 'dispatch).value) };
                                    {
                                        let mut d = e.data();
                                        d.cause = cause;
                                        d.suppress_context = true;
                                    }
                                    e
                                }
                            };
                            if n > 0 {
                                // The exception keeps the traceback it has (as CPython: `raise e`
                                // adds this frame to it).
                                self.raise_context(&e);
                            }
                            break 'dispatch e;
                        }
                        Op::CheckExcMatch => {
                            let typ = frame.stack.pop().unwrap();
                            let exc = frame.stack.last().unwrap().clone();
                            let m = tri!(self.exception_matches(&exc, &typ), 'dispatch);
                            frame.stack.push(Value::Bool(m));
                        }
                        Op::SetupWith(t) => {
                            let mgr = frame.stack.pop().unwrap();
                            let (exit, this, entered) = tri!(self.enter_context(mgr), 'dispatch);
                            frame.stack.push(exit);
                            frame.stack.push(this);
                            frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32, cleanup: false });
                            frame.stack.push(entered);
                        }
                        Op::WithExceptStart => {
                            let n = frame.stack.len();
                            let exc = frame.stack[n - 1].clone();
                            let typ = Value::Class(types().of(&exc));
                            let tb = super::traceback_object::traceback_of(self, &exc);
                            let r = tri!(self.call_exit(&frame.stack[n - 3], &frame.stack[n - 2], [typ, exc, tb]), 'dispatch);
                            frame.stack.push(r);
                        }
                        Op::CallExitNone => {
                            let this = frame.stack.pop().unwrap();
                            let exit = frame.stack.pop().unwrap();
                            tri!(self.call_exit(&exit, &this, [Value::None, Value::None, Value::None]), 'dispatch);
                            after_call!(self, 'dispatch);
                        }
                        Op::LoadAssertionError => frame.stack.push(Value::Class(types().exc(ExcKind::AssertionError))),
                        Op::ImportName(i) => {
                            let m = tri!(self.import_name(code.names[i as usize].as_str(), &frame.globals), 'dispatch);
                            frame.stack.push(m);
                        }
                        Op::ImportFrom(i) => {
                            let m = frame.stack.last().unwrap().clone();
                            let v = tri!(self.import_from(&m, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::ImportStar => {
                            let m = frame.stack.pop().unwrap();
                            let ns = frame.namespace.as_ref().unwrap_or(&frame.globals).clone();
                            tri!(self.import_star(&m, &ns), 'dispatch);
                        }
                        Op::PrintExpr => {
                            let v = frame.stack.pop().unwrap();
                            if !v.is_none() {
                                let r = tri!(self.repr(&v), 'dispatch);
                                tri!(self.write_stdout(&format!("{r}\n")), 'dispatch);
                                self.interp.builtins.set_str(crate::name!("_").clone(), v);
                            }
                        }
                    }
                }
            };
            // An exception: find a handler in this frame, or leave it.
            if !std::mem::take(&mut reraise) {
                self.chain_context(&err);
                self.note_traceback(frame, &err);
                if self.trace.is_some()
                    && let Err(e) = self.trace_exception(frame, &err)
                {
                    pending = Some(e);
                    continue;
                }
            }
            loop {
                match frame.blocks.pop() {
                    None => {
                        if self.trace.is_some() {
                            self.trace_unwound(frame);
                        }
                        return Err(err);
                    }
                    Some(b) if b.cleanup => {
                        self.exc_stack.pop();
                    }
                    Some(b) => {
                        frame.stack.truncate(b.level as usize);
                        frame.blocks.push(Block { handler: 0, level: b.level, cleanup: true });
                        self.exc_stack.push(err.value.clone());
                        frame.stack.push(err.value.clone());
                        frame.pc = b.handler as usize;
                        break;
                    }
                }
            }
        }
    }

    /// `raise X`: X may be an exception instance or class.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc().is_some() => Ok(PyErr::from_value(v)),
            Value::Class(c) if c.is_subclass(&types().exc(ExcKind::BaseException)) => {
                let inst = self.call(&v, &[], &Vec::new())?;
                Ok(PyErr::from_value(inst))
            }
            _ => Err(PyErr::type_error("exceptions must derive from BaseException")),
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = types().of(exc);
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&types().exc(ExcKind::BaseException)) {
                    return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// `with mgr:`: looks `__enter__` and `__exit__` up on the type (as CPython), calls
    /// `__enter__`, and returns `__exit__` as SetupWith keeps it (`exit self`, see there) with
    /// what `__enter__` returned.
    fn enter_context(&mut self, mgr: Value) -> PyResult<(Value, Value, Value)> {
        let cls = types().of(&mgr);
        let protocol = |missed: &str| PyErr::type_error(format!("'{}' object does not support the context manager protocol{missed}", cls.name));
        let Some(enter) = self.class_lookup(&cls, crate::name!("__enter__")) else {
            return Err(protocol(""));
        };
        let Some(exit) = self.class_lookup(&cls, crate::name!("__exit__")) else {
            return Err(protocol(" (missed __exit__ method)"));
        };
        let entered = match enter {
            Value::Function(_) | Value::Builtin(_) if is_plain_method(&enter) => self.call(&enter, std::slice::from_ref(&mgr), &Vec::new())?,
            other => {
                let enter = self.bind(other, &mgr, &cls)?;
                self.call(&enter, &[], &Vec::new())?
            }
        };
        if is_plain_method(&exit) {
            return Ok((exit, mgr, entered));
        }
        let exit = self.bind(exit, &mgr, &cls)?;
        Ok((exit, Value::Null, entered))
    }

    /// Calls a context manager's exit as SetupWith keeps it, with (type, value, traceback).
    fn call_exit(&mut self, exit: &Value, this: &Value, args: [Value; 3]) -> PyResult<Value> {
        match this {
            Value::Null => self.call(exit, &args, &Vec::new()),
            _ => {
                let [a, b, c] = args;
                self.call(exit, &[this.clone(), a, b, c], &Vec::new())
            }
        }
    }

    fn dict_merge(&mut self, d: &Arc<Dict>, m: &Value, strict: bool) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            _ => {
                let keys_fn =
                    self.get_attr(m, crate::name!("keys")).map_err(|_| PyErr::type_error(format!("'{}' object is not a mapping", types().of(m).name)))?;
                let keys = self.call(&keys_fn, &[], &Vec::new())?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if strict && d.contains(self, &k)? {
                let name = k.as_str().unwrap_or("?").to_string();
                return Err(PyErr::type_error(format!("got multiple values for keyword argument '{name}'")));
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }

    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.items.lock().clone(),
            _ => {
                let it = self.get_iter(seq)?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        Ok(items)
    }

    fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let mut items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let mut out = items;
        out.push(Value::List(List::new(middle)));
        out.extend(tail);
        Ok(out)
    }

    /// Remembers where the running frame is calling from (read by warnings and stack inspection).
    #[inline(always)]
    pub(super) fn note_call_site(&mut self, pc: usize) {
        if let Some(f) = self.frames[..self.frame_depth].last_mut() {
            f.lasti = pc;
        }
    }

    /// The GIL checkpoint, reached every `interval` instructions.
    pub fn gil_checkpoint(&mut self) -> PyResult<()> {
        self.flush_ticks();
        self.interp.gil.checkpoint(&self.stats);
        self.ticks = self.interp.gil.interval_ticks();
        if self.trace.is_some() {
            // A hook is set (trace.rs): every instruction takes the slow path.
            self.ticks = 0;
        }
        self.tick_budget = self.ticks;
        crate::modules::signals::check_interrupt(self)
    }
}

/// `seq[i]` for a list or tuple and a small int index, without leaving the eval loop.
#[inline(always)]
fn subscript_fast_path(stack: &[Value]) -> Option<Value> {
    let n = stack.len();
    let Value::Int(i) = stack[n - 1] else { return None };
    let at = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match &stack[n - 2] {
        Value::List(l) => {
            let items = l.items.lock();
            at(items.len()).map(|j| items[j].clone())
        }
        Value::Tuple(t) => at(t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// Float arithmetic (and int/int true division) inline; None: take the general path.
#[inline(always)]
fn float_fast_path(a: &Value, b: &Value, op: crate::ast::BinOp) -> Option<Value> {
    use crate::ast::BinOp;
    // Ints convert exactly below 2**53, which keeps the results identical to CPython's.
    const EXACT: i64 = 1 << 53;
    let as_f = |v: &Value| match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if (-EXACT..=EXACT).contains(i) => Some(*i as f64),
        _ => None,
    };
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) && op != BinOp::Div {
        return None;
    }
    let (x, y) = (as_f(a)?, as_f(b)?);
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// `a op b` for two small ints (or floats) without leaving the eval loop (None: take the general path).
#[inline(always)]
fn int_fast_path(stack: &[Value], op: crate::ast::BinOp) -> Option<Value> {
    use crate::ast::BinOp;
    let n = stack.len();
    let (Value::Int(a), Value::Int(b)) = (&stack[n - 2], &stack[n - 1]) else {
        return float_fast_path(&stack[n - 2], &stack[n - 1], op);
    };
    if op == BinOp::Div {
        return float_fast_path(&stack[n - 2], &stack[n - 1], op);
    }
    let r = match op {
        BinOp::Add => a.checked_add(*b),
        BinOp::Sub => a.checked_sub(*b),
        BinOp::Mul => a.checked_mul(*b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Mod if *b > 0 => Some(a.rem_euclid(*b)),
        BinOp::FloorDiv if *b > 0 => Some(a.div_euclid(*b)),
        _ => None,
    };
    r.map(Value::Int)
}

/// An ordering comparison of two small ints or two floats without leaving the eval loop.
#[inline(always)]
fn compare_fast_path(stack: &[Value], op: crate::ast::CmpOp) -> Option<bool> {
    use crate::ast::CmpOp;
    let n = stack.len();
    fn ord<T: PartialOrd>(x: T, y: T, op: CmpOp) -> Option<bool> {
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            _ => return None,
        })
    }
    match (&stack[n - 2], &stack[n - 1]) {
        (Value::Int(a), Value::Int(b)) => ord(*a, *b, op),
        (Value::Float(a), Value::Float(b)) => ord(*a, *b, op),
        _ => None,
    }
}

/// A class attribute that, looked up through an instance, is just called with the instance first:
/// a Python function or a native method not yet bound.
fn is_plain_method(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Builtin(b) => b.bound.is_none() && !b.owner.is_empty(),
        _ => false,
    }
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname()`
/// for functions and classes (`__main__.f()`), `name()` for built-ins, else the type's name
/// with " object".
fn callable_description(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let module = match func.globals.get_str(crate::name!("__name__")) {
                Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                _ => String::new(),
            };
            format!("{module}{}()", func.qualname)
        }
        Value::BoundMethod(m) => callable_description(&m.func),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Class(c) if c.module == "builtins" => format!("{}()", c.qualname),
        Value::Class(c) => format!("{}.{}()", c.module, c.qualname),
        other => format!("{} object", types().of(other).name),
    }
}
