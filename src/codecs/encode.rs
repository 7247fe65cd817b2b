//! Text to bytes: each codec's bytes for a character, and the error handler for the runs of
//! characters a codec cannot represent.

use super::{CP1252_HIGH, CodecError, Direction, Encoding, ErrorHandler};

/// The bytes of `c`, or None when the codec has no bytes for it.
fn encode_char(enc: Encoding, c: char, out: &mut Vec<u8>) -> bool {
    let n = c as u32;
    match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        Encoding::Latin1 if n < 0x100 => out.push(n as u8),
        Encoding::Ascii if n < 0x80 => out.push(n as u8),
        Encoding::Cp1252 if n < 0x80 || (0xa0..0x100).contains(&n) => out.push(n as u8),
        Encoding::Cp1252 => match CP1252_HIGH.iter().position(|x| *x == Some(c)) {
            Some(i) => out.push(0x80 + i as u8),
            None => return false,
        },
        Encoding::Latin1 | Encoding::Ascii => return false,
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.extend_from_slice(&if enc == Encoding::Utf16Be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Encoding::Utf32 | Encoding::Utf32Le => out.extend_from_slice(&n.to_le_bytes()),
        Encoding::Utf32Be => out.extend_from_slice(&n.to_be_bytes()),
    }
    true
}

fn reason(enc: Encoding) -> &'static str {
    match enc {
        Encoding::Ascii => "ordinal not in range(128)",
        Encoding::Latin1 => "ordinal not in range(256)",
        _ => "character maps to <undefined>",
    }
}

/// Encodes `s` (with a byte order mark first for utf-8-sig, utf-16 and utf-32).
pub fn encode(enc: Encoding, s: &str, errors: &ErrorHandler) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(s.len());
    match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Utf8Sig => out.extend_from_slice(b"\xef\xbb\xbf"),
        Encoding::Utf16 => out.extend_from_slice(b"\xff\xfe"),
        Encoding::Utf32 => out.extend_from_slice(b"\xff\xfe\x00\x00"),
        _ => {}
    }
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if encode_char(enc, chars[i], &mut out) {
            i += 1;
            continue;
        }
        // A run of characters the codec cannot encode: one error for the run, as CPython's.
        let mut end = i + 1;
        let mut probe = Vec::new();
        while end < chars.len() && !encode_char(enc, chars[end], &mut probe) {
            end += 1;
        }
        let bad = || CodecError::Bad { direction: Direction::Encode, encoding: enc.error_name(), start: i, end, reason: reason(enc).to_string() };
        for &c in &chars[i..end] {
            match errors {
                ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => return Err(bad()),
                ErrorHandler::Ignore => {}
                ErrorHandler::Replace => out.push(b'?'),
                ErrorHandler::BackslashReplace => out.extend_from_slice(super::escape_char(c).as_bytes()),
                ErrorHandler::XmlCharRefReplace => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                ErrorHandler::NameReplace => match crate::ucd::name(c) {
                    Some(name) => out.extend_from_slice(format!("\\N{{{name}}}").as_bytes()),
                    None => out.extend_from_slice(super::escape_char(c).as_bytes()),
                },
                ErrorHandler::Unknown(name) => return Err(CodecError::UnknownHandler(name.clone())),
            }
        }
        i = end;
    }
    Ok(out)
}
