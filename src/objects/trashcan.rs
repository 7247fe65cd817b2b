//! Freeing deeply nested containers without deep recursion (CPython's "trashcan"): a list or dict
//! being freed hands the containers only it held to a queue of its thread, and the outermost
//! such drop empties the queue in a loop. Dropping `[[[...]]]` a million levels deep (or a
//! long chain of dicts, instances or tuples inside them) never overflows the stack of the thread
//! that lets go of it. Values that others still hold are only decremented, in place.

use super::value::Value;
use crate::objects::Arc;
use std::cell::{Cell, RefCell};

thread_local! {
    static QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Whether dropping `v` would free a container (its last reference).
fn frees_container(v: &Value) -> bool {
    match v {
        Value::List(a) => Arc::strong_count(a) == 1,
        Value::Dict(a) => Arc::strong_count(a) == 1,
        Value::Tuple(a) => Arc::strong_count(a) == 1,
        Value::Instance(a) => Arc::strong_count(a) == 1,
        _ => false,
    }
}

/// Drops the items of a container being freed (see the module's comment).
pub fn release(items: impl Iterator<Item = Value>) {
    let mut deferred: Vec<Value> = Vec::new();
    for v in items {
        if frees_container(&v) {
            deferred.push(v);
        } else {
            v.discard();
        }
    }
    if deferred.is_empty() {
        return;
    }
    let draining = DRAINING.try_with(|d| d.replace(true));
    match draining {
        // An outer drop on this thread empties the queue.
        Ok(true) => {
            if let Err(back) = QUEUE.try_with(|q| q.borrow_mut().append(&mut deferred)).map_err(|_| deferred) {
                drop(back);
            }
        }
        Ok(false) => {
            let mut next = deferred;
            loop {
                while let Some(v) = next.pop() {
                    match v {
                        // A tuple has no drop of its own: its items go to the queue here.
                        Value::Tuple(t) => match Arc::try_unwrap(t) {
                            Ok(items) => {
                                for x in items {
                                    if frees_container(&x) { next.push(x) } else { x.discard() }
                                }
                            }
                            Err(t) => drop(t),
                        },
                        other => drop(other),
                    }
                }
                let more = QUEUE.try_with(|q| std::mem::take(&mut *q.borrow_mut())).unwrap_or_default();
                if more.is_empty() {
                    break;
                }
                next = more;
            }
            let _ = DRAINING.try_with(|d| d.set(false));
        }
        // The thread is being torn down: no queue; drop as usual.
        Err(_) => drop(deferred),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::dict::Dict;

    #[test]
    fn deep_lists_dicts_and_tuples_free_on_a_small_stack() {
        let t = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let mut v = Value::list(Vec::new());
                for i in 0..200_000 {
                    v = match i % 3 {
                        0 => Value::list(vec![v]),
                        1 => Value::tuple(vec![v]),
                        _ => {
                            let d = Dict::new();
                            d.set_str(crate::objects::str::intern("k"), v);
                            Value::Dict(d)
                        }
                    };
                }
                drop(v);
            })
            .unwrap();
        assert!(t.join().is_ok());
    }
}
