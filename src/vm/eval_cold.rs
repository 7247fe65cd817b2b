//! The eval loop's rarely run instructions (names in class bodies and modules, building sets,
//! maps and strings, keyword and star calls, imports, `with` and `async` machinery, pattern
//! matching, exception-group matching), out of line: vm/eval.rs calls `cold_op` for them, so the
//! dispatch loop's native frame and register use stay those of its hot arms.

use super::Vm;
use super::call::callable_description;
use crate::code::{Code, Op};
use crate::objects::Arc;
use crate::objects::ExcKind;
use crate::objects::dict::Dict;
use crate::objects::frame::{Block, Frame};
use crate::objects::types::types;
use crate::objects::value::Slice;
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
            Op::LoadName(i) => {
                let name = &code.names[i as usize];
                if let Some(m) = &frame.mapping {
                    let v = self.mapping_load(&m.clone(), frame, name)?;
                    frame.stack.push(v);
                } else if let Some(v) = frame.namespace().and_then(|ns| ns.get_str(name)) {
                    frame.stack.push(v);
                } else {
                    let v = self.load_global(frame, name)?;
                    frame.stack.push(v);
                }
            }
            Op::StoreName(i) => {
                let v = frame.stack.pop().unwrap();
                if let Some(m) = &frame.mapping {
                    let m = m.clone();
                    self.setitem(&m, Value::Str(code.names[i as usize].clone()), v)?;
                    return Ok(());
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
            Op::BuildSet(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                let set = crate::objects::set::Set::new();
                for it in items {
                    set.add(self, it)?;
                }
                frame.stack.push(Value::Set(set));
            }
            Op::BuildMap(n) => {
                let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                let d = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    d.set(self, k, v)?;
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
            Op::SetAdd(n) => {
                let v = frame.stack.pop().unwrap();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                if let Value::Set(s) = target {
                    s.add(self, v)?;
                }
            }
            Op::MapAdd(n) => {
                let v = frame.stack.pop().unwrap();
                let k = frame.stack.pop().unwrap();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                if let Value::Dict(d) = target {
                    d.set(self, k, v)?;
                }
            }
            Op::ListExtend(n) => {
                let it = frame.stack.pop().unwrap();
                let items = self.collect(&it)?;
                if let Value::List(l) = &frame.stack[frame.stack.len() - n as usize] {
                    l.items.lock().extend(items);
                }
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
            Op::DictUpdate(n) | Op::DictMerge(n) => {
                let m = frame.stack.pop().unwrap();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                if let Value::Dict(d) = target {
                    // A call's `**m`: the callee is below the positional tuple and this dict.
                    let callee = match op {
                        Op::DictMerge(_) => frame.stack.len().checked_sub(n as usize + 2).and_then(|i| frame.stack.get(i)),
                        _ => None,
                    };
                    self.dict_merge(&d, &m, callee)?;
                }
            }
            Op::ListToTuple => {
                if let Some(Value::List(l)) = frame.stack.pop() {
                    let items = std::mem::take(&mut *l.items.lock());
                    frame.stack.push(Value::tuple(items));
                }
            }
            Op::UnpackEx(before, after) => {
                let seq = frame.stack.pop().unwrap();
                let items = self.unpack_ex(&seq, before as usize, after as usize)?;
                frame.stack.extend(items.into_iter().rev());
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { frame.stack.pop() } else { None };
                let v = frame.stack.pop().unwrap();
                let s = self.format_value(&v, flags & 3, spec.as_ref())?;
                frame.stack.push(Value::string(s));
            }
            Op::RotN(n) => super::pattern::rot_n(&mut frame.stack, n as usize),
            Op::MatchClass(n) => self.match_class_op(&mut frame.stack, n as usize)?,
            Op::MatchMapping => self.match_shape_op(&mut frame.stack, super::pattern::Shape::Mapping)?,
            Op::MatchSequence => self.match_shape_op(&mut frame.stack, super::pattern::Shape::Sequence)?,
            Op::MatchKeys => self.match_keys_op(&mut frame.stack)?,
            Op::GetLen => self.get_len_op(&mut frame.stack)?,
            Op::CopyDictWithoutKeys => self.copy_dict_without_keys_op(&mut frame.stack)?,
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
                frame.stack.push(result?);
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
                            return Err(PyErr::type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                callable_description(&func),
                                types().of(&other).name
                            )));
                        }
                        Err(e) => return Err(e),
                    },
                };
                let mut kw = Vec::new();
                if let Some(Value::Dict(d)) = kwargs {
                    for (k, v) in d.items() {
                        match k {
                            Value::Str(s) => kw.push((s, v)),
                            _ => return Err(PyErr::type_error("keywords must be strings")),
                        }
                    }
                }
                let r = self.call(&func, &args, &kw)?;
                frame.stack.push(r);
            }
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
