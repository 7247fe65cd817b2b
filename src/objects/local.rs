//! `threading.local` state: one attribute dict per thread. The VM gives an instance whose payload is
//! `Local` the calling thread's dict wherever other instances use their own dict; a thread that
//! touches the object first gets a fresh dict and, for a subclass with `__init__`, a fresh call of
//! `__init__` with the arguments the object was made with (as CPython does).

use super::Value;
use super::dict::Dict;
use super::function::KwArgs;
use crate::objects::Arc;
use parking_lot::Mutex;
use std::collections::HashMap;

#[derive(Default)]
pub struct LocalState {
    pub dicts: Mutex<HashMap<u64, Arc<Dict>>>,
    /// The constructor's arguments, replayed into `__init__` in every new thread.
    pub init_args: Mutex<Option<(Vec<Value>, KwArgs)>>,
}

impl LocalState {
    /// The dict of thread `id`, and whether it was just made. Making one first drops the dicts
    /// of threads that have finished (`alive` lists the running ones), as CPython frees a
    /// thread's locals when it ends.
    pub fn dict_for(&self, id: u64, alive: impl FnOnce() -> Vec<u64>) -> (Arc<Dict>, bool) {
        let mut dicts = self.dicts.lock();
        if let Some(d) = dicts.get(&id) {
            return (d.clone(), false);
        }
        let running = alive();
        let finished: Vec<Arc<Dict>> = {
            let gone: Vec<u64> = dicts.keys().copied().filter(|k| !running.contains(k)).collect();
            gone.iter().filter_map(|k| dicts.remove(k)).collect()
        };
        let d = Dict::new();
        dicts.insert(id, d.clone());
        drop(dicts);
        drop(finished);
        (d, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finished_threads_dict_is_dropped_when_another_thread_arrives() {
        let state = LocalState::default();
        let (first, fresh) = state.dict_for(2, || vec![1, 2]);
        assert!(fresh);
        assert!(!state.dict_for(2, || unreachable!("known threads need no census")).1);
        let _ = state.dict_for(3, || vec![1, 3]);
        assert!(!state.dicts.lock().contains_key(&2), "thread 2 finished: its dict goes");
        assert_eq!(Arc::strong_count(&first), 1);
        assert!(state.dicts.lock().contains_key(&3));
    }
}
