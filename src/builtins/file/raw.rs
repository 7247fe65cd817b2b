//! The byte layer under every file object: an OS file with a read-ahead buffer and a write
//! buffer (or none, for `buffering=0`), kept consistent so reads, writes, seeks and tell can be
//! mixed on one file (`r+`, `w+`, `a+`). It knows nothing of text or of Python values.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

const CHUNK: usize = 8192;

pub struct Raw {
    pub file: File,
    /// Bytes read from the OS and not yet handed out: `read_buf[read_pos..]`.
    read_buf: Vec<u8>,
    read_pos: usize,
    /// Bytes written and not yet given to the OS.
    write_buf: Vec<u8>,
    /// `buffering=0`: every write goes to the OS at once.
    unbuffered: bool,
}

impl Raw {
    pub fn new(file: File, unbuffered: bool) -> Raw {
        Raw { file, read_buf: Vec::new(), read_pos: 0, write_buf: Vec::new(), unbuffered }
    }

    fn unread(&self) -> usize {
        self.read_buf.len() - self.read_pos
    }

    /// Gives the OS what was written.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if !self.write_buf.is_empty() {
            let data = std::mem::take(&mut self.write_buf);
            self.file.write_all(&data)?;
        }
        Ok(())
    }

    /// Drops the read-ahead, moving the OS position back to where the reader is.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.unread();
        self.read_buf.clear();
        self.read_pos = 0;
        if unread > 0 {
            self.file.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// Up to one buffer of bytes (empty at the end of the file).
    pub fn read_chunk(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        if self.unread() > 0 {
            let out = self.read_buf[self.read_pos..].to_vec();
            self.read_buf.clear();
            self.read_pos = 0;
            return Ok(out);
        }
        let mut buf = vec![0u8; CHUNK];
        let n = loop {
            match self.file.read(&mut buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        buf.truncate(n);
        Ok(buf)
    }

    /// `size` bytes (fewer at the end), or everything left when `size` is None.
    pub fn read(&mut self, size: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        let mut out = Vec::new();
        loop {
            let want = size.map(|s| s - out.len());
            if want == Some(0) {
                return Ok(out);
            }
            if self.unread() == 0 {
                if self.unbuffered || size.is_none_or(|s| s >= CHUNK) {
                    // Large reads go straight to the OS.
                    let start = out.len();
                    match want {
                        Some(w) => {
                            out.resize(start + w, 0);
                            let n = self.file.read(&mut out[start..])?;
                            out.truncate(start + n);
                            return Ok(out);
                        }
                        None => {
                            self.file.read_to_end(&mut out)?;
                            return Ok(out);
                        }
                    }
                }
                let chunk = self.read_chunk()?;
                if chunk.is_empty() {
                    return Ok(out);
                }
                self.read_buf = chunk;
                self.read_pos = 0;
            }
            let take = want.unwrap_or(usize::MAX).min(self.unread());
            out.extend_from_slice(&self.read_buf[self.read_pos..self.read_pos + take]);
            self.read_pos += take;
        }
    }

    /// The bytes a reader gets next, without moving: what is buffered, or one OS read's worth
    /// when nothing is (empty at the end of the file).
    pub fn peek(&mut self) -> std::io::Result<Vec<u8>> {
        if self.unread() == 0 {
            let chunk = self.read_chunk()?;
            self.read_buf = chunk;
            self.read_pos = 0;
        }
        Ok(self.read_buf[self.read_pos..].to_vec())
    }

    /// At most `size` bytes with at most one OS read (buffered bytes first).
    pub fn read1(&mut self, size: Option<usize>) -> std::io::Result<Vec<u8>> {
        if size == Some(0) {
            return Ok(Vec::new());
        }
        let avail = self.peek()?;
        let n = size.map_or(avail.len(), |s| s.min(avail.len()));
        self.read_pos += n;
        Ok(avail[..n].to_vec())
    }

    /// One line (through b'\n'), at most `limit` bytes.
    pub fn read_line(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        let mut out = Vec::new();
        loop {
            if limit.is_some_and(|l| out.len() >= l) {
                return Ok(out);
            }
            if self.unread() == 0 {
                let chunk = self.read_chunk()?;
                if chunk.is_empty() {
                    return Ok(out);
                }
                self.read_buf = chunk;
                self.read_pos = 0;
            }
            let avail = &self.read_buf[self.read_pos..];
            let room = limit.map_or(avail.len(), |l| (l - out.len()).min(avail.len()));
            match avail[..room].iter().position(|b| *b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&avail[..=i]);
                    self.read_pos += i + 1;
                    return Ok(out);
                }
                None => {
                    out.extend_from_slice(&avail[..room]);
                    self.read_pos += room;
                }
            }
        }
    }

    pub fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_read_ahead()?;
        if self.unbuffered {
            return self.file.write_all(data);
        }
        self.write_buf.extend_from_slice(data);
        if self.write_buf.len() >= CHUNK { self.flush() } else { Ok(()) }
    }

    /// The position the program sees.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        let os = self.file.stream_position()?;
        Ok(os + self.write_buf.len() as u64 - self.unread() as u64)
    }

    pub fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        let pos = match pos {
            SeekFrom::Current(n) => SeekFrom::Current(n - self.unread() as i64),
            other => other,
        };
        self.read_buf.clear();
        self.read_pos = 0;
        self.file.seek(pos)
    }

    /// The descriptor a reader would wait on (a pipe, a terminal, a socket: not a regular file or
    /// a block device, which are always ready), when nothing is buffered to read first.
    pub fn read_would_wait(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        use std::os::fd::AsFd;
        if self.unread() > 0 {
            return None;
        }
        // A descriptor open only for writing (say fd 2 opened for reading) is never readable:
        // the read fails at once with EBADF, as CPython's does, instead of waiting for ever.
        let flags = nix::fcntl::fcntl(&self.file, nix::fcntl::FcntlArg::F_GETFL).ok()?;
        if nix::fcntl::OFlag::from_bits_truncate(flags) & nix::fcntl::OFlag::O_ACCMODE == nix::fcntl::OFlag::O_WRONLY {
            return None;
        }
        let kind = self.file.metadata().ok()?.file_type();
        (!kind.is_file() && !std::os::unix::fs::FileTypeExt::is_block_device(&kind)).then(|| self.file.as_fd())
    }

    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        self.flush()?;
        self.drop_read_ahead()?;
        self.file.set_len(size)
    }
}
