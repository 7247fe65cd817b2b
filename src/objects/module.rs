//! Module objects: a name and a namespace dict.

use super::dict::Dict;
use std::sync::Arc;

pub struct Module {
    pub name: String,
    pub dict: Arc<Dict>,
}

impl Module {
    pub fn new(name: &str, dict: Arc<Dict>) -> Arc<Module> {
        Arc::new(Module { name: name.to_string(), dict })
    }
}
