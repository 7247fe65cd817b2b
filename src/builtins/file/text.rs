//! The text layer of a file opened in text mode: bytes decoded with the file's codec as they
//! are read (an incomplete character waits for the next chunk), newlines translated as
//! `newline=` says, lines found, text encoded on write, and tell() as a byte position.

use super::fault::{Done, Fault};
use super::raw::Raw;
use crate::codecs::{Encoding, ErrorHandler};

/// `newline=`: how lines end when read and what '\n' becomes when written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// None: any of \n, \r, \r\n ends a line and reads as \n; \n is written as is (Linux).
    Universal,
    /// '': any of them ends a line; nothing is translated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    pub fn parse(s: Option<&str>) -> Option<Newline> {
        Some(match s {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            _ => return None,
        })
    }
}

pub struct Text {
    pub encoding: Encoding,
    pub errors: ErrorHandler,
    pub newline: Newline,
    pub line_buffering: bool,
    /// Decoded text not handed out yet (untranslated): `decoded[pos..]`.
    decoded: String,
    pos: usize,
    /// Bytes read but not decoded yet (an incomplete character).
    undecoded: Vec<u8>,
    eof: bool,
    /// A byte order mark is still to be read or written (utf-8-sig, utf-16, utf-32).
    bom_pending: bool,
    /// The line endings decoded so far (`newlines`), under universal newlines.
    pub seen: Seen,
}

/// Which line endings a text file has read (`f.newlines`): the bits of \n, \r and \r\n, and a
/// \r at the end of the text decoded so far, classed once the next character shows.
#[derive(Default)]
pub struct Seen {
    bits: u8,
    cr_held: bool,
}

const LF: u8 = 1;
const CR: u8 = 2;
const CRLF: u8 = 4;

impl Seen {
    /// Notes the endings in newly decoded text (`last`: no text follows).
    fn note(&mut self, text: &str, last: bool) {
        let mut bytes = text.as_bytes();
        if self.cr_held && (!bytes.is_empty() || last) {
            self.cr_held = false;
            if bytes.first() == Some(&b'\n') {
                self.bits |= CRLF;
                bytes = &bytes[1..];
            } else {
                self.bits |= CR;
            }
        }
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => self.bits |= LF,
                b'\r' if i + 1 == bytes.len() && !last => self.cr_held = true,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    self.bits |= CRLF;
                    i += 1;
                }
                b'\r' => self.bits |= CR,
                _ => {}
            }
            i += 1;
        }
    }

    /// What `newlines` shows: None, one ending, or a tuple of them in CPython's order.
    pub fn names(&self) -> Vec<&'static str> {
        [(CR, "\r"), (LF, "\n"), (CRLF, "\r\n")].into_iter().filter(|(b, _)| self.bits & b != 0).map(|(_, n)| n).collect()
    }
}

impl Text {
    pub fn new(encoding: Encoding, errors: ErrorHandler, newline: Newline, line_buffering: bool) -> Text {
        let bom_pending = matches!(encoding, Encoding::Utf8Sig | Encoding::Utf16 | Encoding::Utf32);
        Text {
            encoding,
            errors,
            newline,
            line_buffering,
            decoded: String::new(),
            pos: 0,
            undecoded: Vec::new(),
            eof: false,
            bom_pending,
            seen: Seen::default(),
        }
    }

    /// The codec without its byte order mark (once the mark has been read or written).
    fn settle(&mut self, first: &[u8]) {
        if !self.bom_pending {
            return;
        }
        self.bom_pending = false;
        self.encoding = match self.encoding {
            Encoding::Utf8Sig => Encoding::Utf8,
            Encoding::Utf16 if first.starts_with(b"\xfe\xff") => Encoding::Utf16Be,
            Encoding::Utf16 => Encoding::Utf16Le,
            Encoding::Utf32 if first.starts_with(b"\x00\x00\xfe\xff") => Encoding::Utf32Be,
            Encoding::Utf32 => Encoding::Utf32Le,
            other => other,
        };
    }

    fn pending(&self) -> &str {
        &self.decoded[self.pos..]
    }

    /// Reads and decodes one more chunk; false at the end of the file.
    fn fill(&mut self, raw: &mut Raw) -> Done<bool> {
        if self.eof {
            return Ok(false);
        }
        let chunk = raw.read_chunk()?;
        let last = chunk.is_empty();
        self.undecoded.extend_from_slice(&chunk);
        let enc = self.encoding;
        let n = crate::codecs::decode_prefix_len(enc, &self.undecoded, last);
        if n == 0 && !last {
            return Ok(true);
        }
        let bytes: Vec<u8> = self.undecoded.drain(..n).collect();
        let text = crate::codecs::decode(enc, &bytes, &self.errors).map_err(|e| Fault::Decode(e, bytes.clone()))?;
        self.settle(&bytes);
        if matches!(self.newline, Newline::Universal | Newline::Untranslated) {
            self.seen.note(&text, last);
        }
        if self.pos > 0 {
            self.decoded.drain(..self.pos);
            self.pos = 0;
        }
        self.decoded.push_str(&text);
        if last {
            self.eof = true;
        }
        Ok(!last)
    }

    /// Translates `s` as read (universal newlines turn \r\n and \r into \n).
    fn translate(&self, s: &str) -> String {
        if self.newline == Newline::Universal && s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s.to_string() }
    }

    /// `size` characters (all that is left when None).
    pub fn read(&mut self, raw: &mut Raw, size: Option<usize>) -> Done<String> {
        match size {
            None => {
                while self.fill(raw)? {}
                let out = self.translate(self.pending());
                self.decoded.clear();
                self.pos = 0;
                Ok(out)
            }
            Some(n) => {
                let mut out = String::new();
                let mut count = 0;
                while count < n {
                    // Two characters in hand (or the end): a \r may be the first half of \r\n.
                    if !self.eof && self.pending().chars().take(2).count() < 2 {
                        self.fill(raw)?;
                        continue;
                    }
                    let p = self.pending();
                    let Some(c) = p.chars().next() else { break };
                    if c == '\r' && self.newline == Newline::Universal {
                        self.pos += if p[1..].starts_with('\n') { 2 } else { 1 };
                        out.push('\n');
                    } else {
                        out.push(c);
                        self.pos += c.len_utf8();
                    }
                    count += 1;
                }
                Ok(out)
            }
        }
    }

    /// Where the line starting the pending text ends (byte index past its end), if it does.
    fn line_end(&self) -> Option<usize> {
        let p = self.pending();
        match self.newline {
            Newline::Lf => p.find('\n').map(|i| i + 1),
            Newline::Cr => p.find('\r').map(|i| i + 1),
            Newline::CrLf => p.find("\r\n").map(|i| i + 2),
            Newline::Universal | Newline::Untranslated => {
                let i = p.find(['\r', '\n'])?;
                if p.as_bytes()[i] == b'\n' {
                    return Some(i + 1);
                }
                match p.as_bytes().get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if self.eof => Some(i + 1),
                    // A final \r: \r\n or not is decided by the next chunk.
                    None => None,
                }
            }
        }
    }

    /// One line (with its ending, translated), at most `limit` characters.
    pub fn read_line(&mut self, raw: &mut Raw, limit: Option<usize>) -> Done<String> {
        loop {
            let end = self.line_end();
            let enough = limit.is_some_and(|l| self.pending().chars().count() >= l);
            if end.is_some() || enough || self.eof {
                let mut end = end.unwrap_or(self.pending().len());
                if let Some(l) = limit {
                    let cut = self.pending().char_indices().nth(l).map_or(self.pending().len(), |(i, _)| i);
                    end = end.min(cut);
                    // Under universal newlines \r\n is one character ('\n'): a limit that falls
                    // between the two takes both.
                    let p = self.pending().as_bytes();
                    if self.newline == Newline::Universal && end > 0 && p[end - 1] == b'\r' && p.get(end) == Some(&b'\n') {
                        end += 1;
                    }
                }
                let line = self.translate(&self.pending()[..end]);
                self.pos += end;
                return Ok(line);
            }
            self.fill(raw)?;
        }
    }

    /// Encodes text for writing ('\n' becomes what `newline=` says).
    pub fn encode(&mut self, raw: &mut Raw, s: &str) -> Done<Vec<u8>> {
        let text = match self.newline {
            Newline::Cr => s.replace('\n', "\r"),
            Newline::CrLf => s.replace('\n', "\r\n"),
            _ => s.to_string(),
        };
        // The byte order mark is written only at the start of the file.
        if self.bom_pending {
            let at_start = raw.tell().map(|p| p == 0).unwrap_or(true);
            let enc = self.encoding;
            self.settle(&[]);
            if at_start {
                return crate::codecs::encode(enc, &text, &self.errors).map_err(|e| Fault::Encode(e, text));
            }
        }
        crate::codecs::encode(self.encoding, &text, &self.errors).map_err(|e| Fault::Encode(e, text.clone()))
    }

    /// Forgets what was read ahead, putting the OS position where the program is (before a
    /// write, a seek or a truncate).
    pub fn sync(&mut self, raw: &mut Raw) -> Done<()> {
        if self.pending().is_empty() && self.undecoded.is_empty() {
            self.eof = false;
            self.seen = Seen::default();
            return Ok(());
        }
        let at = self.tell(raw)?;
        raw.seek(std::io::SeekFrom::Start(at))?;
        self.reset();
        Ok(())
    }

    pub fn reset(&mut self) {
        self.decoded.clear();
        self.pos = 0;
        self.undecoded.clear();
        self.eof = false;
        self.seen = Seen::default();
    }

    /// Whether decoded text is waiting to be read (the encoding or newline can then not change).
    pub fn has_pending(&self) -> bool {
        !self.pending().is_empty() || !self.undecoded.is_empty()
    }

    /// The byte position of the next character to be read.
    pub fn tell(&mut self, raw: &mut Raw) -> Done<u64> {
        let os = raw.tell()?;
        let pending = self.pending();
        let ahead = if self.encoding == Encoding::Utf8 {
            pending.len()
        } else if pending.is_empty() {
            0
        } else {
            crate::codecs::encode(self.encoding, pending, &ErrorHandler::Strict).map(|b| b.len()).unwrap_or(pending.len())
        };
        Ok(os - (ahead + self.undecoded.len()) as u64)
    }
}
