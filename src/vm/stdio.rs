//! The process's standard streams: stdout is buffered (line-buffered on a terminal, unbuffered with
//! `-u` or PYTHONUNBUFFERED, like CPython) and flushed at exit, before reading input and before a
//! fork; stderr is written through. A failed write is the program's OSError, as in CPython.

use crate::sync::Mutex;
use std::io::{IsTerminal, Write};

pub struct Stdio {
    out: Mutex<Vec<u8>>,
    out_tty: bool,
    /// `-u` / PYTHONUNBUFFERED: every write goes to the OS at once.
    unbuffered: std::sync::atomic::AtomicBool,
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
        Stdio { out: Mutex::new(Vec::with_capacity(8192)), out_tty: std::io::stdout().is_terminal(), unbuffered: Default::default(), os_write: Mutex::new(()) }
    }

    pub fn set_unbuffered(&self) {
        self.unbuffered.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Buffers `s`; true when the buffer should now go to the OS.
    pub fn append_out(&self, s: &str) -> bool {
        let mut buf = self.out.lock();
        buf.extend_from_slice(s.as_bytes());
        buf.len() >= 8192 || self.unbuffered.load(std::sync::atomic::Ordering::Relaxed) || (self.out_tty && s.contains('\n'))
    }

    pub fn write_out(&self, s: &str) {
        if self.append_out(s) {
            self.flush_out();
        }
    }

    /// Sends what stdout holds to the OS, ignoring a failure (the program's own writes see it
    /// through `try_flush_out`).
    pub fn flush_out(&self) {
        let _ = self.try_flush_out();
    }

    /// As `flush_out`, with the OS's answer: a closed pipe (EPIPE) or a full disk (ENOSPC) is an
    /// error the program gets as BrokenPipeError / OSError, as from CPython's sys.stdout. What
    /// could not be written is dropped, as CPython's buffer drops it.
    pub fn try_flush_out(&self) -> std::io::Result<()> {
        let _order = self.os_write.lock();
        self.flush_locked()
    }

    fn flush_locked(&self) -> std::io::Result<()> {
        let data = std::mem::take(&mut *self.out.lock());
        let mut out = std::io::stdout().lock();
        if !data.is_empty() {
            out.write_all(&data)?;
        }
        out.flush()
    }

    /// Flushes stdout, then runs `fork` with the stream locks held: no other thread is midway
    /// through a write at the instant of the fork (in the child it would not exist to finish it),
    /// and nothing buffered is printed twice.
    pub fn flush_and_hold<R>(&self, fork: impl FnOnce() -> R) -> R {
        let _order = self.os_write.lock();
        let _ = self.flush_locked();
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
        if crate::modules::sys_streams::is_closed(crate::objects::native::StdStream::Out) {
            return Err(crate::modules::sys_streams::closed_error());
        }
        if let Some(bytes) = crate::modules::sys_streams::transcode(s) {
            return self.write_stdout_bytes(&bytes?, s.contains('\n'));
        }
        if self.interp.stdio.append_out(s) || (crate::modules::sys_streams::line_buffered_out() && s.contains('\n')) {
            self.flush_stdout()?;
        }
        Ok(())
    }

    /// Writes bytes already encoded for stdout (after `sys.stdout.reconfigure(encoding=...)`).
    fn write_stdout_bytes(&mut self, b: &[u8], newline: bool) -> crate::objects::PyResult<()> {
        let full = {
            let mut buf = self.interp.stdio.out.lock();
            buf.extend_from_slice(b);
            buf.len() >= 8192
        };
        if full
            || self.interp.stdio.unbuffered.load(std::sync::atomic::Ordering::Relaxed)
            || (newline && (self.interp.stdio.out_tty || crate::modules::sys_streams::line_buffered_out()))
        {
            self.flush_stdout()?;
        }
        Ok(())
    }

    /// Flushes stdout with the GIL released; a failed write is the OSError CPython raises
    /// (`BrokenPipeError: [Errno 32] Broken pipe` when the reader has gone).
    pub fn flush_stdout(&mut self) -> crate::objects::PyResult<()> {
        let interp = self.interp.clone();
        self.allow_threads(|| interp.stdio.try_flush_out()).map_err(|e| stream_error(&e))
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

/// The OSError subclass for a failed write to a standard stream, as CPython words it.
pub fn stream_error(e: &std::io::Error) -> crate::objects::PyErr {
    use crate::objects::{ExcKind, PyErr, Value};
    let errno = e.raw_os_error().unwrap_or(0);
    let class = if e.kind() == std::io::ErrorKind::BrokenPipe { ExcKind::BrokenPipeError } else { ExcKind::OSError };
    let text = e.raw_os_error().map_or_else(|| e.to_string(), crate::objects::os_error::strerror);
    PyErr::with_args(class, vec![Value::Int(errno as i64), Value::string(text)])
}
