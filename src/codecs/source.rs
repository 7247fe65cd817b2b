//! The text of a source file from its bytes, as PEP 263 says: a UTF-8 byte order mark, a coding
//! cookie (`# -*- coding: latin-1 -*-`) on the first or second line, UTF-8 otherwise; NUL bytes
//! refused. The errors carry what CPython's SyntaxError says.

use super::{Encoding, ErrorHandler};

/// Why source bytes are not source text.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceError {
    /// Bytes that are not UTF-8 in a file without a cookie: the first such byte, its line, its
    /// column and what is wrong with it.
    NonUtf8 { byte: u8, line: usize, column: usize, reason: String },
    /// A NUL byte: its line and the line's text before it.
    NullByte { line: usize, text: String },
    /// An unknown cookie, or a cookie other than utf-8 after a UTF-8 byte order mark.
    EncodingProblem(String),
    /// Bytes the declared codec cannot decode.
    Undecodable { encoding: String, reason: String },
}

impl SourceError {
    /// The SyntaxError message CPython gives.
    pub fn message(&self, filename: &str) -> String {
        match self {
            SourceError::NonUtf8 { byte, line, .. } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            SourceError::NullByte { .. } => "source code cannot contain null bytes".to_string(),
            SourceError::EncodingProblem(what) => format!("encoding problem: {what}"),
            SourceError::Undecodable { encoding, reason } => format!("(unicode error) '{encoding}' codec can't decode: {reason}"),
        }
    }

    /// The SyntaxError message CPython gives when the file is imported rather than run.
    pub fn import_message(&self, filename: &str) -> String {
        match self {
            SourceError::NonUtf8 { byte, column, reason, .. } => {
                format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {column}: {reason}")
            }
            SourceError::NullByte { .. } => "source code string cannot contain null bytes".to_string(),
            SourceError::EncodingProblem(what) if !what.ends_with(" with BOM") => format!("unknown encoding: {what}"),
            other => other.message(filename),
        }
    }
}

/// The encoding name in a `coding[:=]` comment line, if the line is one.
fn cookie_of(line: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(line);
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = trimmed.find("coding")?;
    let rest = &trimmed[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's tokenizer's normal names: utf-8 and latin-1 spellings (with suffixes) collapse.
fn normal_name(name: &str) -> String {
    let low = name.to_ascii_lowercase().replace('_', "-");
    if low == "utf-8" || low.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if low == latin || low.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_string()
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    let t: Vec<u8> = line.iter().copied().skip_while(|c| matches!(c, b' ' | b'\t' | b'\x0c')).collect();
    t.is_empty() || t[0] == b'#' || t[0] == b'\n' || t[0] == b'\r'
}

/// The declared encoding: a cookie on line 1, or on line 2 when line 1 is blank or a comment.
fn declared(b: &[u8]) -> Option<String> {
    let mut lines = b.split_inclusive(|c| *c == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_of(first) {
        return Some(name);
    }
    if is_blank_or_comment(first) { lines.next().and_then(cookie_of) } else { None }
}

fn line_at(b: &[u8], offset: usize) -> usize {
    b[..offset].iter().filter(|c| **c == b'\n').count() + 1
}

/// Decodes a source file's bytes.
pub fn decode_source(bytes: &[u8]) -> Result<String, SourceError> {
    let (bom, b) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let cookie = declared(b).map(|n| normal_name(&n));
    if bom && cookie.as_deref().is_some_and(|c| c != "utf-8") {
        return Err(SourceError::EncodingProblem(format!("{} with BOM", cookie.unwrap_or_default())));
    }
    let encoding = match cookie.as_deref() {
        None | Some("utf-8") => Encoding::Utf8,
        Some(name) => Encoding::lookup(name).ok_or_else(|| SourceError::EncodingProblem(name.to_string()))?,
    };
    let utf8_error = if encoding == Encoding::Utf8 { std::str::from_utf8(b).err().map(|e| e.valid_up_to()) } else { None };
    let nul = b.iter().position(|c| *c == 0);
    match (nul, utf8_error) {
        (Some(n), bad) if bad.is_none_or(|x| n < x) => {
            let start = b[..n].iter().rposition(|c| *c == b'\n').map_or(0, |i| i + 1);
            return Err(SourceError::NullByte { line: line_at(b, n), text: String::from_utf8_lossy(&b[start..n]).into_owned() });
        }
        (_, Some(bad)) => {
            let start = b[..bad].iter().rposition(|c| *c == b'\n').map_or(0, |i| i + 1);
            let end = b[bad..].iter().position(|c| *c == b'\n').map_or(b.len(), |i| bad + i);
            let reason = match super::decode(Encoding::Utf8, &b[bad..end], &ErrorHandler::Strict) {
                Err(super::CodecError::Bad { reason, .. }) => reason,
                _ => "invalid start byte".to_string(),
            };
            return Err(SourceError::NonUtf8 { byte: b[bad], line: line_at(b, bad), column: bad - start, reason });
        }
        _ => {}
    }
    super::decode(encoding, b, &ErrorHandler::Strict).map_err(|e| match e {
        super::CodecError::Bad { encoding, reason, .. } => SourceError::Undecodable { encoding: encoding.to_string(), reason },
        other => SourceError::EncodingProblem(format!("{other:?}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_boms_and_errors() {
        assert_eq!(decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").unwrap(), "# -*- coding: latin-1 -*-\nx = 'é'\n");
        assert_eq!(decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx='\x80'\n").unwrap().chars().nth(58), Some('€'));
        assert_eq!(decode_source(b"\xef\xbb\xbfprint(1)\n").unwrap(), "print(1)\n");
        assert_eq!(
            decode_source(b"print(1)\nx = '\xe9'\n"),
            Err(SourceError::NonUtf8 { byte: 0xe9, line: 2, column: 5, reason: "invalid continuation byte".into() })
        );
        assert_eq!(decode_source(b"x = 1\x00\n"), Err(SourceError::NullByte { line: 1, text: "x = 1".into() }));
        assert_eq!(decode_source(b"# coding: foobar\n"), Err(SourceError::EncodingProblem("foobar".into())));
        assert_eq!(decode_source(b"\xef\xbb\xbf# coding: latin-1\n"), Err(SourceError::EncodingProblem("iso-8859-1 with BOM".into())));
        assert_eq!(
            decode_source(b"x = 1\n# coding: latin-1\ny='\xe9'\n"),
            Err(SourceError::NonUtf8 { byte: 0xe9, line: 3, column: 3, reason: "invalid continuation byte".into() })
        );
    }
}
