//! The run-time half of `except*` (PEP 654): splitting the unhandled part of an exception group by a
//! clause's types, and combining what the clauses raised with what none of them handled, as
//! CPython's `exception_group_match` and `_PyExc_PrepReraiseStar` do (compiler/except_star.rs
//! emits the code around them).

use super::Vm;
use crate::builtins::exception_group::{Matcher, collect_leaf_ids, is_group, make_group, same_metadata, split};
use crate::objects::types::types;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use std::collections::HashSet;

impl Vm {
    /// The types of an except* clause: exception classes, never exception groups.
    fn check_star_types(&self, typ: &Value) -> PyResult<()> {
        let items: Vec<Value> = match typ {
            Value::Tuple(t) => t.to_vec(),
            v => vec![v.clone()],
        };
        let base = types().exc(ExcKind::BaseException);
        let group = types().exc(ExcKind::BaseExceptionGroup);
        for t in &items {
            match t {
                Value::Class(c) if c.is_subclass(&base) => {
                    if c.is_subclass(&group) {
                        return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                    }
                }
                _ => return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        }
        Ok(())
    }

    /// `(rest', match)` for the unhandled part `rest` and a clause's types; a match becomes the
    /// exception being handled (`sys.exc_info()`, the context of what the clause raises).
    pub fn check_eg_match(&mut self, rest: Value, typ: &Value) -> PyResult<(Value, Value)> {
        self.check_star_types(typ)?;
        if rest.is_none() {
            return Ok((Value::None, Value::None));
        }
        let (rest, matched) = if self.exception_matches(&rest, typ)? {
            if is_group(&rest) {
                (Value::None, rest)
            } else {
                // A naked exception: wrapped in a group that carries its traceback.
                let wrapped = make_group("", vec![rest.clone()], false);
                if let (Value::Instance(w), Value::Instance(r)) = (&wrapped, &rest)
                    && let (Some(we), Some(re)) = (w.exc(), r.exc())
                {
                    we.lock().traceback = re.lock().traceback.clone();
                }
                (Value::None, wrapped)
            }
        } else if is_group(&rest) {
            let parts = self.call_method(&rest, "split", std::slice::from_ref(typ))?;
            match &parts {
                Value::Tuple(t) if t.len() == 2 => (t[1].clone(), t[0].clone()),
                _ => return Err(PyErr::type_error("split must return a 2-tuple")),
            }
        } else {
            (rest, Value::None)
        };
        if !matched.is_none()
            && let Some(top) = self.exc_stack.last_mut()
        {
            *top = matched.clone();
        }
        Ok((rest, matched))
    }

    /// What leaves an except* handler: None when everything was handled, else the exception to
    /// raise (the original, a part of it, or a new group of what the clauses raised).
    pub fn prep_reraise_star(&mut self, orig: &Value, raised: &Value, rest: Value) -> PyResult<Option<Value>> {
        let mut excs = match raised {
            Value::List(l) => l.items.lock().clone(),
            _ => Vec::new(),
        };
        if !is_group(orig) {
            // A naked exception was wrapped: at most one clause ran.
            return Ok(excs.into_iter().next().or(if rest.is_none() { None } else { Some(rest) }));
        }
        excs.push(rest);
        let (mut new, mut reraised) = (Vec::new(), Vec::new());
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) { reraised.push(e) } else { new.push(e) }
        }
        let kept = if reraised.is_empty() {
            None
        } else {
            let mut ids = HashSet::new();
            for e in &reraised {
                collect_leaf_ids(e, &mut ids);
            }
            split(self, orig, &Matcher::Leaves(ids), false)?.0
        };
        if new.is_empty() {
            return Ok(kept);
        }
        new.extend(kept);
        Ok(Some(if new.len() > 1 { make_group("", new, true) } else { new.pop().unwrap() }))
    }
}
