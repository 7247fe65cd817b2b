//! The state of a `bytearray`: its bytes behind the object's own lock (as `list` keeps its items),
//! and the count of live buffer exports (memoryviews) that forbid a change of size. Never hold the
//! lock across a call into the VM: take a snapshot, or finish the change, then call.

use parking_lot::{Mutex, MutexGuard};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct ByteArray {
    data: Mutex<Vec<u8>>,
    exports: AtomicUsize,
}

/// Why a bytearray refused a change of size.
pub struct Exported;

impl ByteArray {
    pub fn new(data: Vec<u8>) -> ByteArray {
        ByteArray { data: Mutex::new(data), exports: AtomicUsize::new(0) }
    }

    /// The bytes, locked for reading or writing in place (no change of size: see `resize`).
    pub fn lock(&self) -> MutexGuard<'_, Vec<u8>> {
        self.data.lock()
    }

    /// A copy of the bytes as they are now.
    pub fn snapshot(&self) -> Vec<u8> {
        self.data.lock().clone()
    }

    pub fn len(&self) -> usize {
        self.data.lock().len()
    }

    /// The bytes, locked for a change that may alter their length; refused while a view exports them.
    pub fn resize(&self) -> Result<MutexGuard<'_, Vec<u8>>, Exported> {
        if self.exports.load(Ordering::Acquire) > 0 {
            return Err(Exported);
        }
        Ok(self.data.lock())
    }
}

// Held as an instance's native payload; memoryviews count their exports of it.
impl crate::objects::native::NativeData for ByteArray {
    fn buffer_exports(&self) -> Option<&AtomicUsize> {
        Some(&self.exports)
    }
}
