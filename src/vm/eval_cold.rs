//! The eval loop's rarely run instructions (deletions, class-body names, annotations, imports,
//! `with` and `async` machinery, pattern matching, exception matching, `raise`), out of line: vm/eval.rs calls `cold_op` for them, so the
//! dispatch loop's native frame and register use stay those of its hot arms.

use super::Vm;
use crate::code::{Code, Op};
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::{Block, Frame};
use crate::objects::types::types;
use crate::objects::{PyErr, PyResult, Value};

impl Vm {
    /// Runs one of the instructions listed beside its call in vm/eval.rs (`lasti` is set, the
    /// frame's `pc` is not read). An error is raised at this instruction.
    #[inline(never)]
    pub(super) fn cold_op(&mut self, frame: &mut Frame, code: &Code, op: Op) -> PyResult<()> {
        match op {
            Op::DupTop2 => {
                let n = frame.stack.len();
                let a = frame.stack[n - 2].clone();
                let b = frame.stack[n - 1].clone();
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Op::RotThree => {
                let v = frame.stack.pop().unwrap();
                let n = frame.stack.len();
                frame.stack.insert(n - 2, v);
            }
            Op::DeleteFast(i) => {
                match frame.locals[i as usize].take() {
                    Some(v) => v.discard(),
                    None => return Err(self.unbound_local(code, i as usize)),
                }
                self.run_finalizers();
            }
            Op::DeleteDeref(i) => {
                if frame.cells[i as usize].0.lock().take().is_none() {
                    return Err(self.unbound_cell(code, i as usize));
                }
            }
            Op::LoadClassDeref(i) => {
                let idx = i as usize;
                let name = if idx < code.cellvars.len() { &code.cellvars[idx] } else { &code.freevars[idx - code.cellvars.len()] };
                let from_ns = match &frame.mapping {
                    Some(m) => match self.getitem(&m.clone(), &Value::Str(name.clone())) {
                        Ok(v) => Some(v),
                        Err(e) if e.matches(ExcKind::KeyError) => None,
                        Err(e) => return Err(e),
                    },
                    None => frame.namespace().and_then(|ns| ns.get_str(name)),
                };
                if let Some(v) = from_ns {
                    frame.stack.push(v);
                } else {
                    let v = frame.cells[idx].0.lock().clone();
                    match v {
                        Some(v) => frame.stack.push(v),
                        None => return Err(self.unbound_cell(code, idx)),
                    }
                }
            }
            Op::StoreGlobal(i) => {
                let v = frame.stack.pop().unwrap();
                frame.globals.set_str(code.names[i as usize].clone(), v);
                self.run_finalizers();
            }
            Op::DeleteGlobal(i) => {
                let name = &code.names[i as usize];
                if frame.globals.remove_str(name).is_none() {
                    return Err(PyErr::name_error(name.as_str()));
                }
                self.run_finalizers();
            }
            Op::SetupAnnotations => {
                if let Some(m) = &frame.mapping {
                    let m = m.clone();
                    let key = Value::Str(crate::name!("__annotations__").clone());
                    match self.getitem(&m, &key) {
                        Ok(_) => {}
                        Err(e) if e.matches(ExcKind::KeyError) => self.setitem(&m, key, Value::Dict(Dict::new()))?,
                        Err(e) => return Err(e),
                    }
                    return Ok(());
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
                        Ok(()) => return Ok(()),
                        Err(e) if e.matches(ExcKind::KeyError) => return Err(PyErr::name_error(name.as_str())),
                        Err(e) => return Err(e),
                    }
                }
                let ns = frame.namespace().unwrap_or(&frame.globals);
                if ns.remove_str(name).is_none() {
                    return Err(PyErr::name_error(name.as_str()));
                }
                self.run_finalizers();
            }
            Op::DeleteSubscr => {
                let key = frame.stack.pop().unwrap();
                let obj = frame.stack.pop().unwrap();
                self.delitem(&obj, &key)?;
                drop((obj, key));
                self.run_finalizers();
            }
            Op::SetUpdate(n) => {
                let it = frame.stack.pop().unwrap();
                let items = self.collect(&it)?;
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                if let Value::Set(s) = target {
                    for v in items {
                        s.add(self, v)?;
                    }
                }
            }
            Op::RotN(n) => super::pattern::rot_n(&mut frame.stack, n as usize),
            Op::MatchClass(n) => self.match_class_op(&mut frame.stack, n as usize)?,
            Op::MatchMapping => self.match_shape_op(&mut frame.stack, super::pattern::Shape::Mapping)?,
            Op::MatchSequence => self.match_shape_op(&mut frame.stack, super::pattern::Shape::Sequence)?,
            Op::MatchKeys => self.match_keys_op(&mut frame.stack)?,
            Op::GetLen => self.get_len_op(&mut frame.stack)?,
            Op::CopyDictWithoutKeys => self.copy_dict_without_keys_op(&mut frame.stack)?,
            Op::LoadBuildClass => frame.stack.push(crate::builtins::build_class_value()),
            Op::GetYieldFromIter => {
                let v = frame.stack.pop().unwrap();
                let it = self.get_iter(&v)?;
                frame.stack.push(it);
            }
            Op::GetAwaitable(site) => {
                let v = frame.stack.pop().unwrap();
                let it = self.get_awaitable(v, site)?;
                frame.stack.push(it);
            }
            Op::GetAIter => {
                let v = frame.stack.pop().unwrap();
                let it = self.get_aiter(&v)?;
                frame.stack.push(it);
            }
            Op::GetANext => {
                let aiter = frame.stack.last().unwrap().clone();
                let it = self.get_anext(&aiter)?;
                frame.stack.push(it);
            }
            Op::BeforeAsyncWith => {
                let mgr = frame.stack.pop().unwrap();
                let (exit, this, entered) = self.before_async_with(mgr)?;
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
                let r = self.call_exit(&exit, &this, [Value::None, Value::None, Value::None])?;
                frame.stack.push(r);
            }
            Op::CheckEgMatch => {
                let typ = frame.stack.pop().unwrap();
                let rest = frame.stack.pop().unwrap();
                let (rest, matched) = self.check_eg_match(rest, &typ)?;
                let found = !matched.is_none();
                frame.stack.push(rest);
                frame.stack.push(matched);
                frame.stack.push(Value::Bool(found));
            }
            Op::CheckExcMatch => {
                let typ = frame.stack.pop().unwrap();
                let exc = frame.stack.last().unwrap().clone();
                let m = self.exception_matches(&exc, &typ)?;
                frame.stack.push(Value::Bool(m));
            }
            Op::SetupWith(t) => {
                let mgr = frame.stack.pop().unwrap();
                let (exit, this, entered) = self.enter_context(mgr)?;
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
                let r = self.call_exit(&frame.stack[n - 3], &frame.stack[n - 2], [typ, exc, tb])?;
                frame.stack.push(r);
            }
            Op::CallExitNone => {
                let this = frame.stack.pop().unwrap();
                let exit = frame.stack.pop().unwrap();
                self.call_exit(&exit, &this, [Value::None, Value::None, Value::None])?;
            }
            Op::LoadAssertionError => frame.stack.push(Value::Class(types().exc(ExcKind::AssertionError))),
            Op::ImportName(i) => {
                let fromlist = frame.stack.pop().unwrap();
                let locals = match code.kind {
                    crate::code::CodeKind::Function => None,
                    _ => Some(frame.namespace().unwrap_or(&frame.globals).clone()),
                };
                let m = self.import_name(code.names[i as usize].as_str(), &frame.globals, locals, fromlist)?;
                frame.stack.push(m);
            }
            Op::ImportFrom(i) => {
                let m = frame.stack.last().unwrap().clone();
                let v = self.import_from(&m, &code.names[i as usize])?;
                frame.stack.push(v);
            }
            Op::ImportStar => {
                let m = frame.stack.pop().unwrap();
                let ns = frame.namespace().unwrap_or(&frame.globals).clone();
                self.import_star(&m, &ns)?;
            }
            Op::PrintExpr => {
                let v = frame.stack.pop().unwrap();
                crate::modules::sys_extra::print_expr(self, v)?;
            }
            _ => unreachable!("{op:?} is run by the dispatch loop itself"),
        }
        Ok(())
    }

    /// `raise` (n = 0, with no exception being handled), `raise X` (1) or `raise X from Y` (2):
    /// the exception to raise (or the error met making it).
    #[inline(never)]
    pub(super) fn raise_op(&mut self, frame: &mut Frame, n: u32) -> PyErr {
        let made = match n {
            0 => return PyErr::runtime("No active exception to reraise"),
            1 => {
                let v = frame.stack.pop().unwrap();
                self.make_exception(v)
            }
            _ => {
                let cause = frame.stack.pop().unwrap();
                let v = frame.stack.pop().unwrap();
                self.make_exception(v).and_then(|e| {
                    let cause = if cause.is_none() { None } else { Some(self.make_cause(cause)?.value) };
                    {
                        let mut d = e.data();
                        d.cause = cause;
                        d.suppress_context = true;
                    }
                    Ok(e)
                })
            }
        };
        match made {
            Ok(e) => {
                // The exception keeps the traceback it has (as CPython: `raise e` adds this
                // frame to it).
                self.raise_context(&e);
                e
            }
            Err(e) => e,
        }
    }
}
