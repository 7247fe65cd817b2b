//! Stepping the iterators native modules implement that run user code as they go (itertools'
//! `IterState::Tool`): the VM lends itself to them as their `StepContext`.

use super::Vm;
use crate::ast::BinOp;
use crate::objects::Arc;
use crate::objects::function::NO_KWARGS;
use crate::objects::iter::{IterState, PyIter, StepContext, ToolIter};
use crate::objects::{PyResult, Value};

impl StepContext for Vm {
    fn iter_of(&mut self, v: &Value) -> PyResult<Value> {
        self.get_iter(v)
    }

    fn next_of(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.next(it)
    }

    fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        Vm::call(self, f, args, NO_KWARGS)
    }

    fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Vm::truthy(self, v)
    }

    fn add(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op(a, b, BinOp::Add)
    }

    fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        Vm::collect(self, v)
    }

    fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        self.repr(v)
    }

    fn equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq(a, b)
    }
}

impl Vm {
    /// One step of a tool iterator whose state the caller took out of `pi` (leaving it
    /// `Running`, so a re-entrant `next` is refused): the state goes back after the step, or
    /// `Exhausted` once it ended.
    pub(super) fn step_tool(&mut self, pi: &Arc<PyIter>, mut tool: Box<dyn ToolIter>) -> PyResult<Option<Value>> {
        let result = tool.step(self);
        *pi.state.lock() = match result {
            Ok(None) if !tool.keeps_state_at_end() => IterState::Exhausted,
            _ => IterState::Tool(tool),
        };
        result
    }

    /// The repr a tool iterator gives itself (`repeat(1, 3)`), None for the default one.
    pub fn tool_repr(&mut self, pi: &Arc<PyIter>) -> Option<PyResult<String>> {
        let tool = {
            let mut st = pi.state.lock();
            if !matches!(&*st, IterState::Tool(_)) {
                return None;
            }
            let IterState::Tool(tool) = std::mem::replace(&mut *st, IterState::Running) else { unreachable!() };
            tool
        };
        let shown = tool.repr(self);
        *pi.state.lock() = IterState::Tool(tool);
        shown
    }
}
