//! The eval loop: runs one frame's instructions until it returns or yields. Every instruction first
//! counts down the GIL tick; at zero the thread offers the lock (gil/). Exceptions unwind to the
//! innermost handler block, or leave the frame with a traceback line added.

use super::Vm;
use super::call::callable_description;
use super::fast_path::{builtin_fast_call, compare_fast_path, int_fast_path, subscript_fast_path};
use crate::code::{Code, Op};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::{Block, Frame};
use crate::objects::function::Function;
use crate::objects::types::types;
use crate::objects::value::Slice;
use crate::objects::{PyErr, PyResult, Value};

pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// How `execute` takes up a frame (a plain tag: what it carries is passed beside it).
#[derive(Clone, Copy)]
enum Entry {
    /// The frame starts, or a generator's resumes: a switch point.
    Start,
    /// The call it made, of a frame run in its place, returned (the result is on its stack):
    /// the end of a call instruction, a switch point.
    AfterCall,
    /// It raises the exception given beside (generator.throw, or a call it made raised).
    Raise,
}

/// Why `execute` stopped running a frame.
enum Step {
    /// The frame returned, yielded or raised.
    Done(PyResult<Exit>),
    /// Its call instruction calls a Python function, whose frame is ready (arguments bound):
    /// `run_frame_inner` runs it in place, then takes the caller up again with the result.
    Call(Arc<Function>, Box<Frame>),
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
    /// Runs a frame that is not a generator to completion.
    pub fn run_frame_boxed(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        // A module's (or exec's) frame counts towards the recursion limit, as every frame in CPython.
        self.depth += 1;
        if self.depth > self.recursion_limit() {
            self.depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let r = super::stack::for_frame(|| self.run_frame(&mut frame, None));
        self.depth -= 1;
        self.recycle_frame(frame);
        self.run_finalizers();
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs `frame` from its current position. `throw` starts by raising that exception there
    /// (generator.throw). Returns on `return` or `yield`.
    pub fn run_frame(&mut self, frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        let code = frame.code.clone();
        self.run_code_frame(frame, &code, throw)
    }

    /// `run_frame` for a caller that holds the frame's code already (a function call: its
    /// function's code), so the eval loop needs no reference of its own.
    #[inline(always)]
    pub fn run_code_frame(&mut self, frame: &mut Frame, code: &Arc<Code>, throw: Option<PyErr>) -> PyResult<Exit> {
        self.enter_frame(frame);
        let r = self.run_frame_inner(frame, code, throw);
        self.leave_frame();
        frame.note_stopped();
        r
    }

    /// Runs `frame` and, in its place, the frames of the Python functions it calls (and they
    /// call): a call of a plain Python function from a call instruction makes no native call,
    /// as in CPython 3.11. Returns when `frame` itself returns, yields or raises.
    fn run_frame_inner(&mut self, frame: &mut Frame, code: &Arc<Code>, throw: Option<PyErr>) -> PyResult<Exit> {
        let mut entry = if throw.is_some() { Entry::Raise } else { Entry::Start };
        let mut pending = throw;
        // The frames running in place of `frame`'s calls, innermost last, each with its function
        // (which holds its code).
        let mut calls: Vec<(Box<Frame>, Arc<Function>)> = Vec::new();
        loop {
            let (running, running_code) = match calls.last_mut() {
                None => (&mut *frame, code),
                Some((f, func)) => (&mut **f, &func.code),
            };
            match self.execute(running, running_code, entry, pending.take()) {
                Step::Call(func, callee) => {
                    self.depth += 1;
                    if self.depth > self.recursion_limit() {
                        self.depth -= 1;
                        self.recycle_frame(callee);
                        pending = Some(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                        entry = Entry::Raise;
                        continue;
                    }
                    self.enter_frame(&callee);
                    calls.push((callee, func));
                    entry = Entry::Start;
                }
                Step::Done(r) => {
                    let Some((callee, func)) = calls.pop() else { return r };
                    // As `run_code_frame` and `start_function` end a call.
                    self.leave_frame();
                    callee.note_stopped();
                    self.depth -= 1;
                    self.recycle_frame(callee);
                    drop(func);
                    self.run_finalizers();
                    match r {
                        Ok(Exit::Return(v) | Exit::Yield(v)) => {
                            let caller = match calls.last_mut() {
                                None => &mut *frame,
                                Some((f, _)) => &mut **f,
                            };
                            caller.stack.push(v);
                            entry = Entry::AfterCall;
                        }
                        Err(e) => {
                            pending = Some(e);
                            entry = Entry::Raise;
                        }
                    }
                }
            }
        }
    }

    /// The eval loop proper: runs one frame from where it stands (`entry`, with `pending` the
    /// exception it raises first) until it returns, yields, raises, or calls a Python function
    /// for `run_frame_inner` to run in its place.
    /// (Inlined into `run_frame_inner`: a call run in place and its return are jumps in one loop,
    /// not a native call of this large function each.)
    #[inline(always)]
    fn execute(&mut self, frame: &mut Frame, code_ref: &Arc<Code>, entry: Entry, mut pending: Option<PyErr>) -> Step {
        // The code itself, one pointer away, for the instruction fetch.
        let code: &Code = code_ref;
        match entry {
            // A frame's entry (and a generator's resumption) is a switch point, as CPython's RESUME.
            Entry::Start if self.ticks <= 0 => pending = self.entry_checkpoint(frame).err(),
            // The end of a call instruction whose callee ran in place: as `after_call!`.
            Entry::AfterCall if self.ticks <= 0 => pending = self.call_checkpoint().err(),
            _ => {}
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
                    frame.set_lasti(pc);
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
                                None => frame.namespace().and_then(|ns| ns.get_str(name)),
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
                            let v = tri!(self.load_global_hinted(frame, &code.names[i as usize], code.hints.get(i as usize)), 'dispatch);
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
                            } else if let Some(v) = frame.namespace().and_then(|ns| ns.get_str(name)) {
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
                            let ns = frame.namespace().unwrap_or(&frame.globals);
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
                            let ns = frame.namespace().unwrap_or(&frame.globals);
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
                            let ns = frame.namespace().unwrap_or(&frame.globals);
                            if ns.remove_str(name).is_none() {
                                break 'dispatch PyErr::name_error(name.as_str());
                            }
                            self.run_finalizers();
                        }
                        Op::LoadFastAttr(l, i) => {
                            let Some(obj) = &frame.locals[l as usize] else {
                                // The traceback marks just the name, as for a plain LoadFast.
                                let mut pos = code.positions.get(frame.lasti()).copied().unwrap_or_default();
                                pos.end = pos.start + code.varnames[l as usize].as_str().len() as u32;
                                pos.anchor = crate::code::Anchor::None;
                                self.error_position = Some(pos);
                                break 'dispatch self.unbound_local(code, l as usize);
                            };
                            let v = tri!(self.get_attr_hinted(obj, &code.names[i as usize], code.hints.get(i as usize)), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::LoadAttr(i) => {
                            let obj = frame.stack.pop().unwrap();
                            let v = tri!(self.get_attr_hinted(&obj, &code.names[i as usize], code.hints.get(i as usize)), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreAttr(i) => {
                            let obj = frame.stack.pop().unwrap();
                            let v = frame.stack.pop().unwrap();
                            tri!(self.set_attr_hinted(&obj, &code.names[i as usize], v, code.hints.get(i as usize)), 'dispatch);
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
                            let n = n as usize;
                            let len = frame.stack.len();
                            let base = len - n - 2;
                            let first = if let Value::Null = frame.stack[base + 1] { base + 2 } else { base + 1 };
                            // `sys._getframe()`: a module's function that needs this frame.
                            if first == base + 2
                                && let Value::Builtin(_) = &frame.stack[base]
                                && let Some(r) = self.call_with_frame(frame, base, first)
                            {
                                frame.stack.truncate(base);
                                frame.stack.push(tri!(r, 'dispatch));
                                after_call!(self, 'dispatch);
                                continue;
                            }
                            if let Some((func, callee)) = self.inline_call(&mut frame.stack, base, first) {
                                return Step::Call(func, callee);
                            }
                            // (the stack ends at `base` after it)
                            let result = self.call_from_stack(&mut frame.stack, base, first);
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
                        Op::Binary(bop) | Op::Inplace(bop) => {
                            if let Some(v) = int_fast_path(&frame.stack, bop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), v));
                                continue;
                            }
                            let b = frame.stack.pop().unwrap();
                            let a = frame.stack.pop().unwrap();
                            let r = if let Op::Inplace(_) = op { self.inplace_op(&a, &b, bop) } else { self.binary_op(&a, &b, bop) };
                            a.discard();
                            b.discard();
                            frame.stack.push(tri!(r, 'dispatch));
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
                            let v = tri!(self.compare_pop(&mut frame.stack, cop), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::CompareJumpIfFalse(cop, t) => {
                            let truth = if let Some(v) = compare_fast_path(&frame.stack, cop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(frame.stack.pop());
                                v
                            } else {
                                match tri!(self.compare_pop(&mut frame.stack, cop), 'dispatch) {
                                    Value::Bool(v) => v,
                                    other => {
                                        let truth = self.truthy(&other);
                                        other.discard();
                                        tri!(truth, 'dispatch)
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
                                tri!(crate::builtins::sizes::push_item(&mut l.items.lock(), v), 'dispatch);
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
                                // A call's `**m`: the callee is below the positional tuple and this dict.
                                let callee = match op {
                                    Op::DictMerge(_) => frame.stack.len().checked_sub(n as usize + 2).and_then(|i| frame.stack.get(i)),
                                    _ => None,
                                };
                                tri!(self.dict_merge(&d, &m, callee), 'dispatch);
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
                            let b = tri!(self.pop_truth(&mut frame.stack), 'dispatch);
                            if !b {
                                frame.pc = t as usize;
                            }
                        }
                        Op::PopJumpIfTrue(t) => {
                            let b = tri!(self.pop_truth(&mut frame.stack), 'dispatch);
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
                            let next = match frame.stack.last() {
                                Some(Value::Iter(pi)) => match pi.step_simple() {
                                    Some(v) => v,
                                    None => tri!(self.next(frame.stack.last().unwrap()), 'dispatch),
                                },
                                _ => tri!(self.next(frame.stack.last().unwrap()), 'dispatch),
                            };
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
                            let base = frame.stack.len() - n as usize - 1;
                            if let Value::Builtin(_) = &frame.stack[base] {
                                if let Some(v) = builtin_fast_call(&frame.stack, base) {
                                    super::call::drop_above(&mut frame.stack, base);
                                    self.run_finalizers();
                                    frame.stack.push(v);
                                    after_call!(self, 'dispatch);
                                    continue;
                                }
                                if let Some(r) = self.call_with_frame(frame, base, base + 1) {
                                    frame.stack.truncate(base);
                                    frame.stack.push(tri!(r, 'dispatch));
                                    after_call!(self, 'dispatch);
                                    continue;
                                }
                            }
                            if let Some((func, callee)) = self.inline_call(&mut frame.stack, base, base + 1) {
                                return Step::Call(func, callee);
                            }
                            // (the stack ends at `base` after it)
                            let result = self.call_from_stack(&mut frame.stack, base, base + 1);
                            frame.stack.push(tri!(result, 'dispatch));
                            after_call!(self, 'dispatch);
                        }
                        Op::CallFunctionKw(n) => {
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
                            let f = super::make_function::make_function(frame, flags);
                            frame.stack.push(f);
                        }
                        Op::LoadBuildClass => frame.stack.push(crate::builtins::build_class_value()),
                        Op::ReturnValue => {
                            let v = frame.stack.pop().unwrap_or(Value::None);
                            return Step::Done(Ok(Exit::Return(v)));
                        }
                        Op::YieldValue => {
                            let v = frame.stack.pop().unwrap();
                            return Step::Done(Ok(Exit::Yield(v)));
                        }
                        Op::YieldFrom => {
                            let sent = frame.stack.pop().unwrap();
                            let sub = frame.stack.last().unwrap().clone();
                            match tri!(self.delegate(&sub, sent), 'dispatch) {
                                Ok(yielded) => {
                                    frame.pc = pc; // come back here when resumed
                                    return Step::Done(Ok(Exit::Yield(yielded)));
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
                        Op::GetAwaitable(site) => {
                            let v = frame.stack.pop().unwrap();
                            let it = tri!(self.get_awaitable(v, site), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::GetAIter => {
                            let v = frame.stack.pop().unwrap();
                            let it = tri!(self.get_aiter(&v), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::GetANext => {
                            let aiter = frame.stack.last().unwrap().clone();
                            let it = tri!(self.get_anext(&aiter), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::EndAsyncFor => {
                            let exc = frame.stack.pop().unwrap();
                            if !types().of(&exc).is_subclass(types().exc_ref(ExcKind::StopAsyncIteration)) {
                                reraise = true;
                                break 'dispatch PyErr::from_value(exc);
                            }
                            frame.blocks.pop();
                            self.exc_stack.pop();
                            frame.stack.pop();
                        }
                        Op::BeforeAsyncWith => {
                            let mgr = frame.stack.pop().unwrap();
                            let (exit, this, entered) = tri!(self.before_async_with(mgr), 'dispatch);
                            frame.stack.push(exit);
                            frame.stack.push(this);
                            frame.stack.push(entered);
                        }
                        Op::SetupAsyncWith(t) => {
                            let entered = frame.stack.pop().unwrap();
                            frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32, cleanup: false });
                            frame.stack.push(entered);
                        }
                        Op::CallAsyncExitNone => {
                            let this = frame.stack.pop().unwrap();
                            let exit = frame.stack.pop().unwrap();
                            let r = tri!(self.call_exit(&exit, &this, [Value::None, Value::None, Value::None]), 'dispatch);
                            frame.stack.push(r);
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
                                    let cause = if cause.is_none() { None } else { Some(tri!(self.make_cause(cause), 'dispatch).value) };
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
                        Op::CheckEgMatch => {
                            let typ = frame.stack.pop().unwrap();
                            let rest = frame.stack.pop().unwrap();
                            let (rest, matched) = tri!(self.check_eg_match(rest, &typ), 'dispatch);
                            let found = !matched.is_none();
                            frame.stack.push(rest);
                            frame.stack.push(matched);
                            frame.stack.push(Value::Bool(found));
                        }
                        Op::PrepReraiseStar => {
                            let rest = frame.stack.pop().unwrap();
                            let raised = frame.stack.pop().unwrap();
                            let orig = frame.stack.pop().unwrap();
                            if let Some(e) = tri!(self.prep_reraise_star(&orig, &raised, rest), 'dispatch) {
                                reraise = true;
                                break 'dispatch PyErr::from_value(e);
                            }
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
                            let fromlist = frame.stack.pop().unwrap();
                            let locals = match code.kind {
                                crate::code::CodeKind::Function => None,
                                _ => Some(frame.namespace().unwrap_or(&frame.globals).clone()),
                            };
                            let m = tri!(self.import_name(code.names[i as usize].as_str(), &frame.globals, locals, fromlist), 'dispatch);
                            frame.stack.push(m);
                        }
                        Op::ImportFrom(i) => {
                            let m = frame.stack.last().unwrap().clone();
                            let v = tri!(self.import_from(&m, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::ImportStar => {
                            let m = frame.stack.pop().unwrap();
                            let ns = frame.namespace().unwrap_or(&frame.globals).clone();
                            tri!(self.import_star(&m, &ns), 'dispatch);
                        }
                        Op::PrintExpr => {
                            let v = frame.stack.pop().unwrap();
                            tri!(crate::modules::sys_extra::print_expr(self, v), 'dispatch);
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
                        return Step::Done(Err(err));
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
}
