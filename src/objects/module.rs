//! Module objects: a name and a namespace dict, and the user subclass of `types.ModuleType`
//! the module is an instance of, when it is one (`class M(ModuleType)`, or `__class__` assigned).

use super::class::Class;
use super::dict::Dict;
use crate::gil_cell::SwapSlot;
use crate::objects::Arc;

pub struct Module {
    pub name: String,
    pub dict: Arc<Dict>,
    /// None: a plain module (its class is `types.ModuleType`).
    class: SwapSlot<Class>,
}

impl Module {
    pub fn new(name: &str, dict: Arc<Dict>) -> Arc<Module> {
        Arc::new(Module { name: name.to_string(), dict, class: SwapSlot::new(None) })
    }

    /// The user subclass of ModuleType this module is an instance of, if any.
    pub fn subclass(&self) -> Option<Arc<Class>> {
        self.class.get().cloned()
    }

    /// `subclass`, borrowed.
    pub fn subclass_ref(&self) -> Option<&Arc<Class>> {
        self.class.get()
    }

    /// Makes the module an instance of `class` (None: of ModuleType itself).
    pub fn set_subclass(&self, class: Option<Arc<Class>>) {
        self.class.set(class);
    }
}
