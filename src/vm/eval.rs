//! The eval loop: runs one frame's instructions until it returns or yields. Every instruction first
//! counts down the GIL tick; at zero the thread offers the lock (gil/). Exceptions unwind to the
//! innermost handler block, or leave the frame with a traceback line added.

use super::Vm;
use super::call::callable_description;
use super::fast_path::{builtin_fast_call, compare_fast_path, immediate_truth, int_fast_path, method_fast_call, subscript_fast_path, unary_fast_path};
use crate::code::{Code, Op};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::{Block, Frame};
use crate::objects::function::Function;
use crate::objects::iter::pending::any as finalizers_pending;
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

/// `LoadFast`'s body: pushes local `$i`, or leaves the dispatch with UnboundLocalError placed at
/// instruction `$at` (a superinstruction's second part places it at its own index).
macro_rules! load_fast {
    ($vm:expr, $frame:expr, $code:expr, $i:expr, $at:expr, $label:lifetime) => {
        match &$frame.locals[$i as usize] {
            Some(v) => $frame.stack.push(v.clone()),
            None => {
                $frame.set_lasti($at);
                break $label $vm.unbound_local($code, $i as usize);
            }
        }
    };
}

/// `StoreFast`'s body: puts `$v` (an `Option<Value>`, the popped top) in local `$i`; the old
/// value is dropped, and finalizers it made pending run with `lasti` at `$at`.
macro_rules! store_fast {
    ($vm:expr, $frame:expr, $i:expr, $v:expr, $at:expr) => {
        let v = $v;
        if let Some(old) = std::mem::replace(&mut $frame.locals[$i as usize], v) {
            old.discard();
            if finalizers_pending() {
                $frame.set_lasti($at);
                $vm.run_finalizers();
            }
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
        // The next instruction's index, kept here (not in the frame) while the frame runs: it is
        // written back to `frame.pc` only when `execute` stops (nothing reads a running frame's
        // `pc`). `lasti` (what tracebacks, frame objects and other threads read) is written
        // before every instruction that can call out, raise, or reach a checkpoint; the pure fast
        // paths below skip that store.
        let mut next = frame.pc;
        loop {
            let err: PyErr = 'dispatch: {
                if let Some(e) = pending.take() {
                    break 'dispatch e;
                }
                loop {
                    let pc = next;
                    let mut op = code.ops[pc];
                    next = pc + 1;
                    self.ticks -= 1;
                    if self.ticks <= 0 && (self.switch_anywhere || op.jumps_back(pc)) {
                        frame.set_lasti(pc);
                        tri!(self.instruction_checkpoint(frame, op, pc), 'dispatch);
                        // Hooks and switches anywhere meet every instruction: a superinstruction
                        // runs its first alone here, and the second comes next.
                        if self.switch_anywhere {
                            op = op.unfused();
                        }
                    }
                    // One dispatch. The pure fast paths (nothing there calls out, raises or drops a value
                    // whose finaliser could run, else it sets `lasti` first) leave `lasti` lagging; every
                    // other path sets it first.
                    match op {
                        // The rarely run instructions, out of line (vm/eval_cold.rs): the loop's own
                        // frame and registers stay those of the hot arms.
                        Op::CallFunctionKw(n) => {
                            frame.set_lasti(pc);
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
                            frame.set_lasti(pc);
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
                        Op::DictUpdate(n) | Op::DictMerge(n) => {
                            frame.set_lasti(pc);
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
                        Op::BuildMap(n) => {
                            frame.set_lasti(pc);
                            let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                            let d = Dict::new();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(d.set(self, k, v), 'dispatch);
                            }
                            frame.stack.push(Value::Dict(d));
                        }
                        Op::ListToTuple => {
                            frame.set_lasti(pc);
                            if let Some(Value::List(l)) = frame.stack.pop() {
                                let items = std::mem::take(&mut *l.items.lock());
                                frame.stack.push(Value::tuple(items));
                            }
                        }
                        Op::ListExtend(n) => {
                            frame.set_lasti(pc);
                            let it = frame.stack.pop().unwrap();
                            let items = tri!(self.collect(&it), 'dispatch);
                            tri!(super::build::extend_display(&frame.stack[frame.stack.len() - n as usize], items), 'dispatch);
                        }
                        Op::BuildString(n) => {
                            frame.set_lasti(pc);
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            let s = tri!(super::build::joined_parts(&items), 'dispatch);
                            frame.stack.push(s);
                        }
                        Op::FormatValue(flags) => {
                            frame.set_lasti(pc);
                            let spec = if flags & 4 != 0 { frame.stack.pop() } else { None };
                            let v = frame.stack.pop().unwrap();
                            let s = tri!(self.format_value(&v, flags & 3, spec.as_ref()), 'dispatch);
                            frame.stack.push(Value::string(s));
                        }
                        Op::LoadName(i) => {
                            frame.set_lasti(pc);
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
                            frame.set_lasti(pc);
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
                        Op::BuildSlice(n) => {
                            frame.set_lasti(pc);
                            let step = if n == 3 { frame.stack.pop().unwrap() } else { Value::None };
                            let stop = frame.stack.pop().unwrap();
                            let start = frame.stack.pop().unwrap();
                            frame.stack.push(Value::Slice(Arc::new(Slice { start, stop, step })));
                        }
                        Op::BuildSet(n) => {
                            frame.set_lasti(pc);
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            let set = crate::objects::set::Set::new();
                            for it in items {
                                tri!(set.add(self, it), 'dispatch);
                            }
                            frame.stack.push(Value::Set(set));
                        }
                        Op::SetAdd(n) => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap();
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Set(s) = target {
                                tri!(s.add(self, v), 'dispatch);
                            }
                        }
                        Op::MapAdd(n) => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap();
                            let k = frame.stack.pop().unwrap();
                            let target = frame.stack[frame.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = target {
                                tri!(d.set(self, k, v), 'dispatch);
                            }
                        }
                        Op::UnpackEx(before, after) => {
                            frame.set_lasti(pc);
                            let seq = frame.stack.pop().unwrap();
                            let items = tri!(self.unpack_ex(&seq, before as usize, after as usize), 'dispatch);
                            frame.stack.extend(items.into_iter().rev());
                        }
                        Op::DupTop2
                        | Op::RotThree
                        | Op::DeleteFast(_)
                        | Op::DeleteDeref(_)
                        | Op::LoadClassDeref(_)
                        | Op::StoreGlobal(_)
                        | Op::DeleteGlobal(_)
                        | Op::SetupAnnotations
                        | Op::DeleteName(_)
                        | Op::DeleteSubscr
                        | Op::SetUpdate(_)
                        | Op::RotN(_)
                        | Op::MatchClass(_)
                        | Op::MatchMapping
                        | Op::MatchSequence
                        | Op::MatchKeys
                        | Op::GetLen
                        | Op::CopyDictWithoutKeys
                        | Op::LoadBuildClass
                        | Op::GetYieldFromIter
                        | Op::GetAwaitable(_)
                        | Op::GetAIter
                        | Op::GetANext
                        | Op::BeforeAsyncWith
                        | Op::SetupAsyncWith(_)
                        | Op::CallAsyncExitNone
                        | Op::CheckEgMatch
                        | Op::CheckExcMatch
                        | Op::SetupWith(_)
                        | Op::WithExceptStart
                        | Op::LoadAssertionError
                        | Op::ImportName(_)
                        | Op::ImportFrom(_)
                        | Op::ImportStar
                        | Op::PrintExpr => {
                            frame.set_lasti(pc);
                            tri!(self.cold_op(frame, code, op), 'dispatch);
                        }
                        Op::CallExitNone => {
                            frame.set_lasti(pc);
                            tri!(self.cold_op(frame, code, op), 'dispatch);
                            after_call!(self, 'dispatch);
                        }
                        Op::PopTop => {
                            if let Some(v) = frame.stack.pop() {
                                v.discard();
                            }
                            if finalizers_pending() {
                                frame.set_lasti(pc);
                                self.run_finalizers();
                            }
                            continue;
                        }
                        Op::DupTop => {
                            let v = frame.stack.last().unwrap().clone();
                            frame.stack.push(v);
                        }
                        Op::RotTwo => {
                            let n = frame.stack.len();
                            frame.stack.swap(n - 1, n - 2);
                        }
                        Op::LoadConst(i) => {
                            frame.stack.push(code.consts[i as usize].clone());
                            continue;
                        }
                        Op::LoadFast(i) => load_fast!(self, frame, code, i, pc, 'dispatch),
                        Op::StoreFast(i) => {
                            store_fast!(self, frame, i, frame.stack.pop(), pc);
                            continue;
                        }
                        // Superinstructions (code/fuse.rs): both instructions' work, each part as
                        // its plain arm; an error in the second part is placed at the second.
                        Op::LoadFastLoadFast(a, b) => {
                            load_fast!(self, frame, code, a, pc, 'dispatch);
                            next = pc + 2;
                            load_fast!(self, frame, code, b, pc + 1, 'dispatch);
                            continue;
                        }
                        Op::LoadFastLoadConst(a, c) => {
                            load_fast!(self, frame, code, a, pc, 'dispatch);
                            frame.stack.push(code.consts[c as usize].clone());
                            next = pc + 2;
                            continue;
                        }
                        Op::LoadConstLoadFast(c, a) => {
                            frame.stack.push(code.consts[c as usize].clone());
                            next = pc + 2;
                            load_fast!(self, frame, code, a, pc + 1, 'dispatch);
                            continue;
                        }
                        Op::StoreFastLoadFast(a, b) => {
                            store_fast!(self, frame, a, frame.stack.pop(), pc);
                            next = pc + 2;
                            load_fast!(self, frame, code, b, pc + 1, 'dispatch);
                            continue;
                        }
                        Op::StoreFastStoreFast(a, b) => {
                            store_fast!(self, frame, a, frame.stack.pop(), pc);
                            store_fast!(self, frame, b, frame.stack.pop(), pc + 1);
                            next = pc + 2;
                            continue;
                        }
                        Op::LoadDeref(i) => {
                            let v = frame.cells[i as usize].0.lock().clone();
                            if let Some(v) = v {
                                frame.stack.push(v);
                                continue;
                            }
                            frame.set_lasti(pc);
                            let v = frame.cells[i as usize].0.lock().clone();
                            match v {
                                Some(v) => frame.stack.push(v),
                                None => break 'dispatch self.unbound_cell(code, i as usize),
                            }
                        }
                        Op::StoreDeref(i) => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop();
                            *frame.cells[i as usize].0.lock() = v;
                        }
                        Op::LoadClosure(i) => frame.stack.push(Value::Cell(frame.cells[i as usize].clone())),
                        Op::LoadGlobal(i) => {
                            frame.set_lasti(pc);
                            let v = tri!(self.load_global_hinted(frame, &code.names[i as usize], code.hints.get(i as usize)), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::LoadFastAttr(l, i) => {
                            frame.set_lasti(pc);
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
                            frame.set_lasti(pc);
                            let obj = frame.stack.pop().unwrap();
                            let v = tri!(self.get_attr_hinted(&obj, &code.names[i as usize], code.hints.get(i as usize)), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreAttr(i) => {
                            frame.set_lasti(pc);
                            let obj = frame.stack.pop().unwrap();
                            let v = frame.stack.pop().unwrap();
                            tri!(self.set_attr_hinted(&obj, &code.names[i as usize], v, code.hints.get(i as usize)), 'dispatch);
                            drop(obj);
                            self.run_finalizers();
                        }
                        Op::DeleteAttr(i) => {
                            frame.set_lasti(pc);
                            let obj = frame.stack.pop().unwrap();
                            tri!(self.del_attr(&obj, &code.names[i as usize]), 'dispatch);
                            drop(obj);
                            self.run_finalizers();
                        }
                        Op::LoadMethod(i) => {
                            frame.set_lasti(pc);
                            let obj = frame.stack.pop().unwrap();
                            let (f, s) = tri!(self.load_method(obj, &code.names[i as usize]), 'dispatch);
                            frame.stack.push(f);
                            frame.stack.push(s);
                        }
                        Op::CallMethod(n) => {
                            frame.set_lasti(pc);
                            let n = n as usize;
                            let len = frame.stack.len();
                            let base = len - n - 2;
                            let first = if let Value::Null = frame.stack[base + 1] { base + 2 } else { base + 1 };
                            if first == base + 1
                                && let Some(v) = method_fast_call(&frame.stack, base)
                            {
                                super::call::drop_above(&mut frame.stack, base);
                                self.run_finalizers();
                                frame.stack.push(v);
                                after_call!(self, 'dispatch);
                                continue;
                            }
                            // A core type's method on a value of that very type (vm/native_method.rs).
                            if first == base + 1
                                && let Some(r) = self.native_method_call(&frame.stack, base)
                            {
                                super::call::drop_above(&mut frame.stack, base);
                                frame.stack.push(tri!(r, 'dispatch));
                                after_call!(self, 'dispatch);
                                continue;
                            }
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
                                frame.pc = next;
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
                            frame.set_lasti(pc);
                            let key = frame.stack.pop().unwrap();
                            let obj = frame.stack.pop().unwrap();
                            let v = tri!(self.getitem(&obj, &key), 'dispatch);
                            frame.stack.push(v);
                        }
                        Op::StoreSubscr => {
                            frame.set_lasti(pc);
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
                        Op::Binary(bop) | Op::Inplace(bop) => {
                            if let Some(v) = int_fast_path(&frame.stack, bop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), v));
                                continue;
                            }
                            frame.set_lasti(pc);
                            let r = self.binary_pop_to_local(&mut frame.stack, &mut frame.locals, code.ops.get(next), bop, matches!(op, Op::Inplace(_)));
                            frame.stack.push(tri!(r, 'dispatch));
                        }
                        Op::BinaryStoreFast(bop, l) | Op::InplaceStoreFast(bop, l) => {
                            if let Some(v) = int_fast_path(&frame.stack, bop) {
                                // Both operands are immediates: nothing to drop.
                                std::mem::forget(frame.stack.pop());
                                std::mem::forget(frame.stack.pop());
                                next = pc + 2;
                                store_fast!(self, frame, l, Some(v), pc + 1);
                                continue;
                            }
                            // The operator alone, by the general path; its StoreFast runs next.
                            frame.set_lasti(pc);
                            let r =
                                self.binary_pop_to_local(&mut frame.stack, &mut frame.locals, code.ops.get(next), bop, matches!(op, Op::InplaceStoreFast(..)));
                            frame.stack.push(tri!(r, 'dispatch));
                        }
                        Op::Unary(uop) => {
                            if let Some(v) = unary_fast_path(frame.stack.last().unwrap(), uop) {
                                // The operand is an immediate: nothing to drop.
                                std::mem::forget(std::mem::replace(frame.stack.last_mut().unwrap(), v));
                                continue;
                            }
                            frame.set_lasti(pc);
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
                            frame.set_lasti(pc);
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
                                frame.set_lasti(pc);
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
                                next = t as usize;
                            }
                        }
                        Op::BuildTuple(n) => {
                            // `a, b = b, a`, `(x, y), z = p, q`: a tuple unpacked at once by the
                            // next instruction is never made; its items change order on the stack
                            // (CPython's compiler emits a SWAP there). Not while every instruction
                            // is a switch point or hook event: the unpack keeps its own turn then.
                            if let Some(&Op::UnpackSequence(m)) = code.ops.get(next)
                                && m == n
                                && !self.switch_anywhere
                            {
                                let len = frame.stack.len();
                                frame.stack[len - n as usize..].reverse();
                                next = pc + 2;
                                continue;
                            }
                            frame.set_lasti(pc);
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            frame.stack.push(Value::tuple(items));
                        }
                        Op::BuildList(n) => {
                            frame.set_lasti(pc);
                            let items = frame.stack.split_off(frame.stack.len() - n as usize);
                            frame.stack.push(Value::list(items));
                        }
                        Op::ListAppend(n) => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap();
                            let target = &frame.stack[frame.stack.len() - n as usize];
                            if let Value::List(l) = target {
                                tri!(crate::builtins::sizes::push_item(&mut l.items.lock(), v), 'dispatch);
                            }
                        }
                        Op::UnpackSequence(n) => {
                            frame.set_lasti(pc);
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
                        Op::Jump(t) => {
                            next = t as usize;
                            continue;
                        }
                        Op::PopJumpIfFalse(t) => {
                            // A bool (as a comparison leaves), small int, float or None: read
                            // where it lies, and nothing to drop.
                            if let Some(b) = frame.stack.last().and_then(immediate_truth) {
                                if !b {
                                    next = t as usize;
                                }
                                std::mem::forget(frame.stack.pop());
                                continue;
                            }
                            frame.set_lasti(pc);
                            let b = tri!(self.pop_truth(&mut frame.stack), 'dispatch);
                            if !b {
                                next = t as usize;
                            }
                        }
                        Op::PopJumpIfTrue(t) => {
                            // A bool (as a comparison leaves), small int, float or None: read
                            // where it lies, and nothing to drop.
                            if let Some(b) = frame.stack.last().and_then(immediate_truth) {
                                if b {
                                    next = t as usize;
                                }
                                std::mem::forget(frame.stack.pop());
                                continue;
                            }
                            frame.set_lasti(pc);
                            let b = tri!(self.pop_truth(&mut frame.stack), 'dispatch);
                            if b {
                                next = t as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop(t) => {
                            if let Some(b) = frame.stack.last().and_then(immediate_truth) {
                                if !b {
                                    next = t as usize;
                                } else {
                                    std::mem::forget(frame.stack.pop());
                                }
                                continue;
                            }
                            frame.set_lasti(pc);
                            let b = tri!(self.truthy(frame.stack.last().unwrap()), 'dispatch);
                            if !b {
                                next = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        }
                        Op::JumpIfTrueOrPop(t) => {
                            if let Some(b) = frame.stack.last().and_then(immediate_truth) {
                                if b {
                                    next = t as usize;
                                } else {
                                    std::mem::forget(frame.stack.pop());
                                }
                                continue;
                            }
                            frame.set_lasti(pc);
                            let b = tri!(self.truthy(frame.stack.last().unwrap()), 'dispatch);
                            if b {
                                next = t as usize;
                            } else {
                                frame.stack.pop();
                            }
                        }
                        Op::GetIter => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap();
                            let it = tri!(self.get_iter(&v), 'dispatch);
                            frame.stack.push(it);
                        }
                        Op::ForIter(t) => {
                            let step = match frame.stack.last() {
                                Some(Value::Iter(pi)) => pi.step_simple(),
                                _ => None,
                            };
                            match step {
                                Some(Some(v)) => {
                                    frame.stack.push(v);
                                    continue;
                                }
                                Some(None) => {
                                    frame.stack.pop();
                                    next = t as usize;
                                    if finalizers_pending() {
                                        frame.set_lasti(pc);
                                        self.run_finalizers();
                                    }
                                    continue;
                                }
                                None => {}
                            }
                            frame.set_lasti(pc);
                            // (range, list and tuple iterators took the pure path above)
                            let item = tri!(self.next(frame.stack.last().unwrap()), 'dispatch);
                            match item {
                                Some(v) => frame.stack.push(v),
                                None => {
                                    frame.stack.pop();
                                    next = t as usize;
                                    self.run_finalizers();
                                }
                            }
                        }
                        Op::CallFunction(n) => {
                            frame.set_lasti(pc);
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
                                frame.pc = next;
                                return Step::Call(func, callee);
                            }
                            // (the stack ends at `base` after it)
                            let result = self.call_from_stack(&mut frame.stack, base, base + 1);
                            frame.stack.push(tri!(result, 'dispatch));
                            after_call!(self, 'dispatch);
                        }
                        Op::MakeFunction(flags) => {
                            frame.set_lasti(pc);
                            let f = super::make_function::make_function(frame, flags);
                            frame.stack.push(f);
                        }
                        Op::ReturnValue => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap_or(Value::None);
                            frame.pc = next;
                            return Step::Done(Ok(Exit::Return(v)));
                        }
                        Op::YieldValue => {
                            frame.set_lasti(pc);
                            let v = frame.stack.pop().unwrap();
                            frame.pc = next;
                            return Step::Done(Ok(Exit::Yield(v)));
                        }
                        Op::YieldFrom => {
                            frame.set_lasti(pc);
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
                        Op::EndAsyncFor => {
                            frame.set_lasti(pc);
                            let exc = frame.stack.pop().unwrap();
                            if !types().of(&exc).is_subclass(types().exc_ref(ExcKind::StopAsyncIteration)) {
                                reraise = true;
                                break 'dispatch PyErr::from_value(exc);
                            }
                            frame.blocks.pop();
                            self.exc_stack.pop();
                            frame.stack.pop();
                        }
                        Op::SetupExcept(t) => frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32, cleanup: false }),
                        Op::PopBlock => {
                            frame.blocks.pop();
                        }
                        Op::PopExcept => {
                            frame.set_lasti(pc);
                            if let Some(b) = frame.blocks.pop() {
                                debug_assert!(b.cleanup);
                            }
                            self.exc_stack.pop();
                        }
                        Op::Reraise => {
                            frame.set_lasti(pc);
                            let exc = frame.stack.pop().unwrap();
                            reraise = true;
                            break 'dispatch PyErr::from_value(exc);
                        }
                        Op::Raise(n) => {
                            frame.set_lasti(pc);
                            // A bare `raise` of the exception being handled: a re-raise.
                            if n == 0
                                && let Some(e) = self.exc_stack.last()
                            {
                                reraise = true;
                                break 'dispatch PyErr::from_value(e.clone());
                            }
                            break 'dispatch self.raise_op(frame, n);
                        }
                        Op::PrepReraiseStar => {
                            frame.set_lasti(pc);
                            let rest = frame.stack.pop().unwrap();
                            let raised = frame.stack.pop().unwrap();
                            let orig = frame.stack.pop().unwrap();
                            if let Some(e) = tri!(self.prep_reraise_star(&orig, &raised, rest), 'dispatch) {
                                reraise = true;
                                break 'dispatch PyErr::from_value(e);
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
                        frame.pc = next;
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
                        next = b.handler as usize;
                        break;
                    }
                }
            }
        }
    }
}
