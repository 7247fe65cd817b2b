//! The process's standard streams: stdout is buffered (line-buffered on a terminal, like CPython) and
//! flushed at exit, before reading input and before a fork; stderr is written through.

use parking_lot::Mutex;
use std::io::{IsTerminal, Write};

pub struct Stdio {
    out: Mutex<Vec<u8>>,
    out_tty: bool,
}

impl Default for Stdio {
    fn default() -> Self {
        Self::new()
    }
}

impl Stdio {
    pub fn new() -> Stdio {
        Stdio { out: Mutex::new(Vec::with_capacity(8192)), out_tty: std::io::stdout().is_terminal() }
    }

    pub fn write_out(&self, s: &str) {
        let mut buf = self.out.lock();
        buf.extend_from_slice(s.as_bytes());
        if buf.len() >= 8192 || (self.out_tty && s.contains('\n')) {
            let _ = std::io::stdout().write_all(&buf);
            let _ = std::io::stdout().flush();
            buf.clear();
        }
    }

    pub fn flush_out(&self) {
        let mut buf = self.out.lock();
        if !buf.is_empty() {
            let _ = std::io::stdout().write_all(&buf);
            buf.clear();
        }
        let _ = std::io::stdout().flush();
    }

    pub fn write_err(&self, s: &str) {
        let _ = std::io::stderr().write_all(s.as_bytes());
        let _ = std::io::stderr().flush();
    }
}

impl super::Vm {
    pub fn write_stdout(&mut self, s: &str) -> crate::objects::PyResult<()> {
        self.interp.stdio.write_out(s);
        Ok(())
    }
}
