//! The process's standard streams: stdout is buffered (line-buffered on a terminal, like CPython) and
//! flushed at exit, before reading input and before a fork; stderr is written through.

use crate::sync::Mutex;
use std::io::{IsTerminal, Write};

pub struct Stdio {
    out: Mutex<Vec<u8>>,
    out_tty: bool,
    /// Held while bytes go to the OS, so that output keeps its order even though the writes
    /// themselves happen with the GIL released.
    os_write: Mutex<()>,
}

impl Default for Stdio {
    fn default() -> Self {
        Self::new()
    }
}

impl Stdio {
    pub fn new() -> Stdio {
        Stdio { out: Mutex::new(Vec::with_capacity(8192)), out_tty: std::io::stdout().is_terminal(), os_write: Mutex::new(()) }
    }

    /// Buffers `s`; true when the buffer should now go to the OS.
    pub fn append_out(&self, s: &str) -> bool {
        let mut buf = self.out.lock();
        buf.extend_from_slice(s.as_bytes());
        buf.len() >= 8192 || (self.out_tty && s.contains('\n'))
    }

    pub fn write_out(&self, s: &str) {
        if self.append_out(s) {
            self.flush_out();
        }
    }

    pub fn flush_out(&self) {
        let _order = self.os_write.lock();
        self.flush_locked();
    }

    fn flush_locked(&self) {
        let data = std::mem::take(&mut *self.out.lock());
        let mut out = std::io::stdout().lock();
        if !data.is_empty() {
            let _ = out.write_all(&data);
        }
        let _ = out.flush();
    }

    /// Flushes stdout, then runs `fork` with the stream locks held: no other thread is midway
    /// through a write at the instant of the fork (in the child it would not exist to finish it),
    /// and nothing buffered is printed twice.
    pub fn flush_and_hold<R>(&self, fork: impl FnOnce() -> R) -> R {
        let _order = self.os_write.lock();
        self.flush_locked();
        let _buffer = self.out.lock();
        fork()
    }

    pub fn write_err(&self, s: &str) {
        let _order = self.os_write.lock();
        let _ = std::io::stderr().write_all(s.as_bytes());
        let _ = std::io::stderr().flush();
    }
}

impl super::Vm {
    /// Writes to stdout; when the buffer goes to the OS, the GIL is released around the write.
    pub fn write_stdout(&mut self, s: &str) -> crate::objects::PyResult<()> {
        if self.interp.stdio.append_out(s) {
            let interp = self.interp.clone();
            self.allow_threads(|| interp.stdio.flush_out());
        }
        Ok(())
    }

    /// Writes to stderr (after stdout, so the two interleave as written) with the GIL released.
    pub fn write_stderr(&mut self, s: &str) {
        let interp = self.interp.clone();
        self.allow_threads(|| {
            interp.stdio.flush_out();
            interp.stdio.write_err(s);
        });
    }
}
