//! `threading.local` state: one attribute dict per thread. The VM gives an instance whose payload is
//! `Local` the calling thread's dict wherever other instances use their own dict; a thread that
//! touches the object first gets a fresh dict and, for a subclass with `__init__`, a fresh call of
//! `__init__` with the arguments the object was made with (as CPython does).

use super::Value;
use super::dict::Dict;
use super::function::KwArgs;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Default)]
pub struct LocalState {
    pub dicts: Mutex<HashMap<u64, Arc<Dict>>>,
    /// The constructor's arguments, replayed into `__init__` in every new thread.
    pub init_args: Mutex<Option<(Vec<Value>, KwArgs)>>,
}

impl LocalState {
    /// The dict of thread `id`, and whether it was just made.
    pub fn dict_for(&self, id: u64) -> (Arc<Dict>, bool) {
        let mut dicts = self.dicts.lock();
        if let Some(d) = dicts.get(&id) {
            return (d.clone(), false);
        }
        let d = Dict::new();
        dicts.insert(id, d.clone());
        (d, true)
    }

}
