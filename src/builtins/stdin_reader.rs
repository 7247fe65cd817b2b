//! The process's standard input as the text layer reads it (input(), `sys.stdin.readline`,
//! `read`, iteration): one byte buffer all readers share, filled by a read(2) that is made only
//! once poll(2) says descriptor 0 has something. The wait goes through `select::wait_poll`
//! (`Vm::blocking`), so Ctrl-C in the main thread runs its handler there and raises
//! KeyboardInterrupt, as CPython's EINTR does; a plain read would restart after the signal
//! (SIGINT is caught with SA_RESTART) and wait for ever on a silent pipe or terminal.

use crate::objects::PyResult;
use crate::vm::Vm;
use parking_lot::Mutex;

/// Bytes read from descriptor 0 and not yet handed out.
static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// How much one read(2) asks for.
const CHUNK: usize = 64 * 1024;

/// What a fill found.
#[derive(Debug, PartialEq, Eq)]
enum Fill {
    /// More bytes are in the buffer.
    More,
    /// End of file (or no descriptor 0 at all, which Rust's stdin also reads as empty).
    Eof,
}

/// Waits until descriptor 0 is readable (raising what a signal handler raises meanwhile), then
/// appends one read's bytes to the buffer.
fn fill(vm: &mut Vm) -> PyResult<Fill> {
    use crate::modules::select::{READ_EVENTS, wait_poll};
    wait_poll(vm, &[(0, READ_EVENTS)], None)?;
    let mut chunk = vec![0u8; CHUNK];
    let got = vm.allow_threads(|| crate::unsafe_os::with_borrowed_fds(&[0], |fds| nix::unistd::read(fds[0], &mut chunk)));
    match got {
        Ok(0) | Err(nix::errno::Errno::EBADF) => Ok(Fill::Eof),
        Ok(n) => {
            PENDING.lock().extend_from_slice(&chunk[..n]);
            Ok(Fill::More)
        }
        Err(e) => Err(crate::modules::socket::errors::errno_error(e)),
    }
}

/// Takes the first `n` buffered bytes.
fn take(n: usize) -> Vec<u8> {
    let mut p = PENDING.lock();
    let n = n.min(p.len());
    p.drain(..n).collect()
}

/// One line with its `\n`; empty at end of file.
pub fn read_line(vm: &mut Vm) -> PyResult<Vec<u8>> {
    let mut searched = 0;
    loop {
        {
            let p = PENDING.lock();
            if let Some(i) = p[searched.min(p.len())..].iter().position(|&b| b == b'\n') {
                let end = searched.min(p.len()) + i + 1;
                drop(p);
                return Ok(take(end));
            }
            searched = p.len();
        }
        if fill(vm)? == Fill::Eof {
            return Ok(take(usize::MAX));
        }
    }
}

/// Everything up to end of file.
pub fn read_all(vm: &mut Vm) -> PyResult<Vec<u8>> {
    while fill(vm)? == Fill::More {}
    Ok(take(usize::MAX))
}

/// `chars` characters (a UTF-8 sequence whole), fewer at end of file.
pub fn read_chars(vm: &mut Vm, chars: usize) -> PyResult<Vec<u8>> {
    let mut at_eof = false;
    loop {
        let end = {
            let p = PENDING.lock();
            utf8_prefix(&p, chars, at_eof)
        };
        if let Some(end) = end {
            return Ok(take(end));
        }
        at_eof = fill(vm)? == Fill::Eof;
    }
}

/// The length of the first `chars` characters of `b`, or None when `b` may still be too short
/// (more bytes could complete them); at end of file whatever there is.
fn utf8_prefix(b: &[u8], chars: usize, at_eof: bool) -> Option<usize> {
    let mut at = 0;
    for _ in 0..chars {
        let Some(&first) = b.get(at) else { return at_eof.then_some(at) };
        let width = match first {
            0xF0..=0xF7 => 4,
            0xE0..=0xEF => 3,
            0xC0..=0xDF => 2,
            _ => 1,
        };
        // A sequence ends early at a byte that cannot continue it (left for the decoder).
        let mut len = 1;
        while len < width {
            match b.get(at + len) {
                Some(&c) if c & 0xC0 == 0x80 => len += 1,
                Some(_) => break,
                None if at_eof => break,
                None => return None,
            }
        }
        at += len;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::utf8_prefix;

    #[test]
    fn prefixes_count_characters_not_bytes() {
        assert_eq!(utf8_prefix(b"abc", 2, false), Some(2));
        assert_eq!(utf8_prefix("é!".as_bytes(), 1, false), Some(2));
        assert_eq!(utf8_prefix(&"é".as_bytes()[..1], 1, false), None);
        assert_eq!(utf8_prefix(&"é".as_bytes()[..1], 1, true), Some(1));
        assert_eq!(utf8_prefix(b"ab", 5, false), None);
        assert_eq!(utf8_prefix(b"ab", 5, true), Some(2));
        assert_eq!(utf8_prefix(b"\xc3a", 1, false), Some(1));
    }
}
