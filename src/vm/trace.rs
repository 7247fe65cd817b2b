//! sys.settrace and sys.setprofile, as CPython 3.11 calls the hooks: 'call' when a frame starts
//! (or a generator resumes; what the trace function returns is the frame's local trace function),
//! 'line' when a new line starts or a jump goes back, 'return' (the value, or None when an
//! exception leaves), 'exception' (exception, value, traceback) where one is raised or comes in;
//! the profile function gets 'call', 'return', and 'c_call'/'c_return'/'c_exception' around calls
//! of built-in functions. The hooks run untraced.
//!
//! Costs nothing while no hook is set: a thread with a hook sets `switch_anywhere` and keeps its
//! instruction countdown at zero, so each instruction takes the eval loop's existing slow path
//! (the one the GIL checkpoint is on), which lands here.

use super::Vm;
use crate::code::{CodeKind, Op};
use crate::objects::frame::Frame;
use crate::objects::function::NO_KWARGS;
use crate::objects::{PyErr, PyResult, Value};
use std::collections::HashMap;

/// The events a hook is called with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Event {
    Call,
    Line,
    Return,
    Exception,
    CCall,
    CReturn,
    CException,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
            Event::CCall => "c_call",
            Event::CReturn => "c_return",
            Event::CException => "c_exception",
        }
    }
}

/// Which hook to call.
#[derive(Clone, Copy)]
enum Hook {
    Trace,
    Profile,
}

/// A frame's tracing state (kept from its first event until it leaves).
#[derive(Default)]
struct FrameTrace {
    /// The local trace function (`frame.f_trace`).
    local: Option<Value>,
    /// `frame.f_trace_lines`.
    no_lines: bool,
    last_line: u32,
    last_pc: Option<usize>,
    /// The frame object the hooks get (one per frame, as CPython's).
    object: Option<Value>,
    /// A built-in function called with the profile function told ('c_call'), until it returns.
    c_call: Option<Value>,
    /// The line frame objects show during a fresh frame's 'call' event: its `def` line.
    call_line: Option<u32>,
}

/// One thread's hooks.
#[derive(Default)]
pub struct TraceState {
    trace: Option<Value>,
    profile: Option<Value>,
    frames: HashMap<u64, FrameTrace>,
    /// A hook is running: nothing is traced.
    in_hook: bool,
}

impl Vm {
    /// `sys.settrace(f)` (None removes it) for this thread.
    pub fn set_trace(&mut self, f: Option<Value>) {
        self.trace.get_or_insert_with(Default::default).trace = f;
        self.update_trace_mode();
    }

    /// `sys.setprofile(f)` (None removes it) for this thread.
    pub fn set_profile(&mut self, f: Option<Value>) {
        self.trace.get_or_insert_with(Default::default).profile = f;
        self.update_trace_mode();
    }

    pub fn get_trace(&self) -> Value {
        self.trace.as_ref().and_then(|t| t.trace.clone()).unwrap_or(Value::None)
    }

    pub fn get_profile(&self) -> Value {
        self.trace.as_ref().and_then(|t| t.profile.clone()).unwrap_or(Value::None)
    }

    /// Puts the eval loop on its slow path while a hook is set, and back when none is.
    fn update_trace_mode(&mut self) {
        let active = self.trace.as_ref().is_some_and(|t| t.trace.is_some() || t.profile.is_some());
        if active {
            self.switch_anywhere = true;
            self.ticks = 0;
        } else {
            // Kept while a hook runs (it may remove itself): the state is dropped once it returns.
            if self.trace.as_ref().is_some_and(|t| !t.in_hook) {
                self.trace = None;
            }
            self.switch_anywhere = self.interp.gil.policy.switch_points() == crate::gil::SwitchPoints::Anywhere;
        }
    }

    fn hooks_active(&self) -> bool {
        self.trace.as_ref().is_some_and(|t| !t.in_hook && (t.trace.is_some() || t.profile.is_some()))
    }

    /// The slow path of an instruction (the countdown is at zero on a switch point, or always
    /// while a hook is set): the GIL checkpoint where it is due, then the hooks.
    pub fn instruction_checkpoint(&mut self, frame: &mut Frame, op: Op, pc: usize) -> PyResult<()> {
        if self.trace.is_none() {
            return self.gil_checkpoint();
        }
        if self.interp.gil.policy.switch_points() == crate::gil::SwitchPoints::Anywhere || op.jumps_back(pc) {
            self.gil_checkpoint()?;
        }
        self.ticks = 0;
        if !self.hooks_active() {
            return Ok(());
        }
        self.trace_line(frame, pc)?;
        match op {
            Op::ReturnValue | Op::YieldValue => {
                let v = frame.stack.last().cloned().unwrap_or(Value::None);
                self.frame_event(frame, Event::Return, v)?;
            }
            Op::CallFunction(n) | Op::CallMethod(n) | Op::CallFunctionKw(n) | Op::CallFunctionEx(n) => {
                // How far below the top the callee is (see each op's stack effect).
                let below = match op {
                    Op::CallFunction(_) => 1 + n as usize,
                    _ => 2 + n as usize,
                };
                let callee = frame.stack.len().checked_sub(below).map(|i| frame.stack[i].clone());
                if let Some(f @ Value::Builtin(_)) = callee {
                    self.profile_c_event(frame, Event::CCall, f)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A frame starts or a generator resumes (the countdown is at zero on entry): the GIL
    /// checkpoint, then the 'call' event.
    pub fn entry_checkpoint(&mut self, frame: &mut Frame) -> PyResult<()> {
        self.gil_checkpoint()?;
        if self.trace.is_some() {
            self.ticks = 0;
            if self.hooks_active() {
                // A resumed generator shows the line it stopped at (its `lasti`).
                if frame.pc == 0 {
                    let first = frame.code.first_line;
                    if let Some(t) = self.trace.as_mut() {
                        t.frames.entry(frame.id).or_default().call_line = Some(first);
                    }
                }
                self.frame_event(frame, Event::Call, Value::None)?;
                if let Some(f) = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id)) {
                    f.call_line = None;
                }
            }
        }
        Ok(())
    }

    /// After a call returned (the countdown is at zero): the GIL checkpoint, then 'c_return' for a
    /// built-in function the profile function saw called.
    pub fn call_checkpoint(&mut self) -> PyResult<()> {
        self.gil_checkpoint()?;
        if self.trace.is_some() {
            self.ticks = 0;
            let id = self.frame_infos().last().map(|f| f.id);
            let called = id.and_then(|id| self.trace.as_mut()?.frames.get_mut(&id)?.c_call.take());
            if let (Some(f), Some(id)) = (called, id) {
                self.call_profile_c(id, Event::CReturn, f)?;
            }
        }
        Ok(())
    }

    /// An exception raised in (or come into) a frame with hooks set: 'c_exception' for the
    /// built-in function that raised it, then the 'exception' event.
    pub fn trace_exception(&mut self, frame: &mut Frame, err: &PyErr) -> PyResult<()> {
        if !self.hooks_active() {
            return Ok(());
        }
        let called = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id)?.c_call.take());
        if let Some(f) = called {
            self.call_profile_c(frame.id, Event::CException, f)?;
        }
        let kind = Value::Class(crate::objects::types::types().of(&err.value));
        let tb = self.get_attr(&err.value, &crate::objects::str::intern("__traceback__")).unwrap_or(Value::None);
        let arg = Value::tuple(vec![kind, err.value.clone(), tb]);
        self.call_hook(frame, Hook::Trace, Event::Exception, arg)
    }

    /// A frame left by an exception: its 'return' event (with None).
    pub fn trace_unwound(&mut self, frame: &mut Frame) {
        if self.hooks_active() {
            let _ = self.frame_event(frame, Event::Return, Value::None);
        }
        if let Some(t) = self.trace.as_mut() {
            t.frames.remove(&frame.id);
        }
    }

    fn trace_line(&mut self, frame: &mut Frame, pc: usize) -> PyResult<()> {
        let Some(state) = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id)) else { return Ok(()) };
        let line = frame.code.lines.get(pc).copied().unwrap_or(0);
        let new_line = line != state.last_line || state.last_pc.is_none_or(|last| pc < last);
        state.last_pc = Some(pc);
        state.last_line = line;
        if line == 0 || !new_line || state.no_lines || state.local.is_none() {
            return Ok(());
        }
        self.call_hook(frame, Hook::Trace, Event::Line, Value::None)
    }

    /// 'call' and 'return' go to both hooks (the trace function's local function for 'return').
    fn frame_event(&mut self, frame: &mut Frame, event: Event, arg: Value) -> PyResult<()> {
        self.call_hook(frame, Hook::Profile, event, arg.clone())?;
        self.call_hook(frame, Hook::Trace, event, arg)?;
        if event == Event::Return
            && matches!(frame.code.ops.get(frame.lasti()), Some(Op::ReturnValue))
            && let Some(t) = self.trace.as_mut()
        {
            t.frames.remove(&frame.id);
        }
        Ok(())
    }

    fn profile_c_event(&mut self, frame: &mut Frame, event: Event, f: Value) -> PyResult<()> {
        if self.trace.as_ref().is_none_or(|t| t.profile.is_none()) {
            return Ok(());
        }
        self.call_hook(frame, Hook::Profile, event, f.clone())?;
        if let Some(state) = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id)) {
            state.c_call = Some(f);
        }
        Ok(())
    }

    /// 'c_return' / 'c_exception' for the frame with that id (the innermost one).
    fn call_profile_c(&mut self, id: u64, event: Event, f: Value) -> PyResult<()> {
        let Some(profile) = self.trace.as_ref().and_then(|t| t.profile.clone()) else { return Ok(()) };
        let Some(object) = self.trace.as_ref().and_then(|t| t.frames.get(&id)?.object.clone()) else { return Ok(()) };
        self.run_hook(&profile, object, event, f).map(|_| ())
    }

    /// Calls one hook about `frame`: the profile function, or the trace function ('call': the
    /// global one, whose answer becomes the frame's local function; else the local one).
    fn call_hook(&mut self, frame: &mut Frame, hook: Hook, event: Event, arg: Value) -> PyResult<()> {
        let Some(state) = self.trace.as_ref() else { return Ok(()) };
        let local = state.frames.get(&frame.id).and_then(|f| f.local.clone());
        let func = match (hook, event) {
            (Hook::Profile, _) => state.profile.clone(),
            (Hook::Trace, Event::Call) => state.trace.clone(),
            (Hook::Trace, _) => local,
        };
        let Some(func) = func else { return Ok(()) };
        let object = self.frame_object_for(frame);
        let result = self.run_hook(&func, object, event, arg);
        let result = match result {
            Ok(v) => v,
            Err(e) => {
                // A hook that raises is removed, as CPython does.
                match hook {
                    Hook::Trace => {
                        if let Some(f) = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id)) {
                            f.local = None;
                        }
                        self.set_trace(None);
                    }
                    Hook::Profile => self.set_profile(None),
                }
                return Err(e);
            }
        };
        if let Hook::Trace = hook
            && (event == Event::Call || !matches!(result, Value::None))
            && let Some(f) = self.trace.as_mut().and_then(|t| t.frames.get_mut(&frame.id))
        {
            f.local = (!matches!(result, Value::None)).then_some(result);
        }
        Ok(())
    }

    /// Runs a hook with tracing off.
    fn run_hook(&mut self, func: &Value, object: Value, event: Event, arg: Value) -> PyResult<Value> {
        if let Some(t) = self.trace.as_mut() {
            t.in_hook = true;
        }
        let r = self.call(func, &[object, Value::str(event.name()), arg], NO_KWARGS);
        if let Some(t) = self.trace.as_mut() {
            t.in_hook = false;
        }
        // The hook may have removed the last hook while it ran.
        self.update_trace_mode();
        r
    }

    /// The frame object the hooks get for `frame` (made once), its f_locals refreshed.
    fn frame_object_for(&mut self, frame: &mut Frame) -> Value {
        let locals = self.frame_locals(frame);
        if let Some(v) = self.trace.as_ref().and_then(|t| t.frames.get(&frame.id)?.object.clone()) {
            return v;
        }
        let locals = (frame.code.kind == CodeKind::Function).then_some(locals);
        let object = super::frame_object::running_frame(self, locals);
        if let Some(t) = self.trace.as_mut() {
            t.frames.entry(frame.id).or_default().object = Some(object.clone());
        }
        object
    }

    /// The line a frame object shows while its frame's 'call' event runs.
    pub fn traced_call_line(&self, id: u64) -> Option<u32> {
        self.trace.as_ref()?.frames.get(&id)?.call_line
    }

    /// `frame.f_trace` of a running frame of this thread.
    pub fn frame_local_trace(&self, id: u64) -> Value {
        self.trace.as_ref().and_then(|t| t.frames.get(&id)?.local.clone()).unwrap_or(Value::None)
    }

    /// Sets `frame.f_trace` (None clears it).
    /// `frame.f_trace = f`. `at` is the running frame's (line, instruction): a frame first traced
    /// this way is in the middle of that line, so it reports 'line' only when a new one starts
    /// (as CPython: pdb.set_trace() stops on the line after the call).
    pub fn set_frame_local_trace(&mut self, id: u64, f: Value, at: Option<(u32, usize)>) {
        let local = (!matches!(f, Value::None)).then_some(f);
        let frames = &mut self.trace.get_or_insert_with(Default::default).frames;
        let fresh = !frames.contains_key(&id);
        let state = frames.entry(id).or_default();
        if fresh && let Some((line, pc)) = at {
            state.last_line = line;
            state.last_pc = Some(pc);
        }
        state.local = local;
    }

    /// `frame.f_trace_lines`.
    pub fn frame_trace_lines(&self, id: u64) -> bool {
        self.trace.as_ref().and_then(|t| t.frames.get(&id)).is_none_or(|f| !f.no_lines)
    }

    pub fn set_frame_trace_lines(&mut self, id: u64, on: bool) {
        self.trace.get_or_insert_with(Default::default).frames.entry(id).or_default().no_lines = !on;
    }
}

/// The hook argument of sys.settrace / sys.setprofile: None removes the hook.
fn hook_arg(name: &str, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Option<Value>> {
    crate::builtins::args::check_args(name, a, k, 1, 1)?;
    Ok((!matches!(a[0], Value::None)).then(|| a[0].clone()))
}

/// `sys.settrace(function)`.
pub fn sys_settrace(vm: &mut Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    let f = hook_arg("settrace", a, k)?;
    vm.set_trace(f);
    Ok(Value::None)
}

/// `sys.setprofile(function)`.
pub fn sys_setprofile(vm: &mut Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    let f = hook_arg("setprofile", a, k)?;
    vm.set_profile(f);
    Ok(Value::None)
}

/// `sys.gettrace()`.
pub fn sys_gettrace(vm: &mut Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("gettrace", a, k, 0, 0)?;
    Ok(vm.get_trace())
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &mut Vm, a: &[Value], k: &crate::objects::function::KwArgs) -> PyResult<Value> {
    crate::builtins::args::check_args("getprofile", a, k, 0, 0)?;
    Ok(vm.get_profile())
}
