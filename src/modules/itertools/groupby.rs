//! `groupby(iterable, key=None)` and its `_grouper`s, as CPython's: the groupby and the group
//! it handed out last share one state (the current item and key); a group stops being read
//! once the groupby has moved on (a newer generation). The state is locked only between the
//! calls into user code (`next`, the key function, `==`), never across them.

use crate::objects::iter::{StepContext, ToolIter};
use crate::objects::{PyResult, Value};
use parking_lot::Mutex;
use std::sync::Arc;

pub struct Shared {
    source: Value,
    key: Option<Value>,
    /// The key of the group being handed out.
    target: Option<Value>,
    /// The item read last and its key; None once a group took it.
    current: Option<(Value, Value)>,
    /// Bumped each time the groupby moves to the next group: older groupers are over.
    generation: u64,
}

/// Reads the next item and its key into the state; false at the end of the source.
fn advance(shared: &Mutex<Shared>, cx: &mut dyn StepContext) -> PyResult<bool> {
    let (source, key) = {
        let s = shared.lock();
        (s.source.clone(), s.key.clone())
    };
    let Some(item) = cx.next_of(&source)? else { return Ok(false) };
    let k = match &key {
        Some(f) => cx.call(f, std::slice::from_ref(&item))?,
        None => item.clone(),
    };
    shared.lock().current = Some((item, k));
    Ok(true)
}

pub struct GroupBy {
    pub shared: Arc<Mutex<Shared>>,
}

impl GroupBy {
    pub fn new(source: Value, key: Option<Value>) -> GroupBy {
        GroupBy { shared: Arc::new(Mutex::new(Shared { source, key, target: None, current: None, generation: 0 })) }
    }
}

impl ToolIter for GroupBy {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        let shared = self.shared.clone();
        shared.lock().generation += 1;
        // Skip what is left of the current group.
        loop {
            let (target, current_key) = {
                let s = shared.lock();
                (s.target.clone(), s.current.as_ref().map(|(_, k)| k.clone()))
            };
            match (current_key, target) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(k), Some(t)) => {
                    if !cx.equal(&t, &k)? {
                        break;
                    }
                }
            }
            if !advance(&shared, cx)? {
                return Ok(None);
            }
        }
        let mut s = shared.lock();
        let key = s.current.as_ref().map(|(_, k)| k.clone()).expect("an item was read");
        s.target = Some(key.clone());
        let group = Grouper { shared: shared.clone(), generation: s.generation, target: key.clone() };
        drop(s);
        Ok(Some(Value::tuple(vec![key, super::grouper_value(group)])))
    }
}

/// One group of a groupby: the items while their key equals `target`.
pub struct Grouper {
    shared: Arc<Mutex<Shared>>,
    generation: u64,
    target: Value,
}

impl ToolIter for Grouper {
    fn step(&mut self, cx: &mut dyn StepContext) -> PyResult<Option<Value>> {
        if self.shared.lock().generation != self.generation {
            return Ok(None);
        }
        let has_current = self.shared.lock().current.is_some();
        if !has_current && !advance(&self.shared, cx)? {
            return Ok(None);
        }
        let key = self.shared.lock().current.as_ref().map(|(_, k)| k.clone()).expect("an item was read");
        if !cx.equal(&self.target, &key)? {
            return Ok(None);
        }
        Ok(self.shared.lock().current.take().map(|(item, _)| item))
    }
}
