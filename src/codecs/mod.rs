//! Text codecs as Python's `codecs` knows them: utf-8, utf-8-sig, latin-1, ascii, cp1252,
//! utf-16 and utf-32 (with and without a byte order), their aliases, and the error handlers
//! (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace). Errors carry
//! CPython's codec name, positions and reason, so the layers above raise UnicodeDecodeError /
//! UnicodeEncodeError with CPython's message. Pure Rust: it knows nothing of Values or the VM.
//!
//! Why not `encoding_rs`: it implements the WHATWG Encoding Standard, not Python's codecs. There
//! "latin-1" means windows-1252, cp1252's five holes decode to C1 controls, UTF-16 cannot be
//! encoded, UTF-32 does not exist, and malformed input is reported without Python's reasons
//! ("invalid continuation byte", "truncated data"...). Each codec here is a few lines.

mod decode;
mod encode;
pub mod source;

pub use decode::{decode, decode_prefix_len};
pub use encode::encode;

/// A codec: which bytes mean which characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte order mark: written first, skipped when read.
    Utf8Sig,
    Latin1,
    Ascii,
    Cp1252,
    /// UTF-16 with a byte order mark (written little-endian; read as the mark says).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Encoding {
    /// The codec a name means, as `codecs.lookup` normalises it (case, '-' vs '_', aliases).
    pub fn lookup(name: &str) -> Option<Encoding> {
        let norm: String = name.trim().to_ascii_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Encoding::Utf8,
            "utf_8_sig" | "utf8_sig" => Encoding::Utf8Sig,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859" | "cp819" | "iso_ir_100" | "csisolatin1"
            | "iso_8859_1:1987" => Encoding::Latin1,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" => Encoding::Ascii,
            "cp1252" | "windows_1252" | "1252" => Encoding::Cp1252,
            "utf_16" | "utf16" | "u16" => Encoding::Utf16,
            "utf_16_le" | "utf_16le" | "utf16le" => Encoding::Utf16Le,
            "utf_16_be" | "utf_16be" | "utf16be" => Encoding::Utf16Be,
            "utf_32" | "utf32" | "u32" => Encoding::Utf32,
            "utf_32_le" | "utf_32le" | "utf32le" => Encoding::Utf32Le,
            "utf_32_be" | "utf_32be" | "utf32be" => Encoding::Utf32Be,
            _ => return None,
        })
    }

    /// The name CPython's error messages and exceptions' `.encoding` use.
    fn error_name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Sig => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
            Encoding::Cp1252 => "charmap",
            Encoding::Utf16 | Encoding::Utf16Le => "utf-16-le",
            Encoding::Utf16Be => "utf-16-be",
            Encoding::Utf32 | Encoding::Utf32Le => "utf-32-le",
            Encoding::Utf32Be => "utf-32-be",
        }
    }
}

/// What a codec does with what it cannot decode or encode (`errors=`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    /// Lone surrogates (U+DC80..U+DCFF) in decoding. gilpy's str holds no lone surrogates, so
    /// decoding with it fails as strict does; encoding meets none, so it is strict there too.
    SurrogateEscape,
    /// Encoding lone surrogates: as for surrogateescape, gilpy's str has none.
    SurrogatePass,
    /// A name no handler has: python3 raises LookupError only when an error needs the handler.
    Unknown(String),
}

impl ErrorHandler {
    pub fn parse(name: &str) -> ErrorHandler {
        match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "namereplace" => ErrorHandler::NameReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            other => ErrorHandler::Unknown(other.to_string()),
        }
    }
}

/// Which way the codec was working when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Decode,
    Encode,
}

/// Why a codec stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeDecodeError / UnicodeEncodeError: `start..end` are byte (decode) or character
    /// (encode) positions in the input.
    Bad { direction: Direction, encoding: &'static str, start: usize, end: usize, reason: String },
    /// LookupError: unknown error handler name 'x'.
    UnknownHandler(String),
    /// TypeError: the handler cannot handle this direction (xmlcharrefreplace while decoding).
    HandlerCannot { handler: String, direction: Direction },
    /// MemoryError: the result's room could not be had (the input may be most of memory).
    NoMemory,
}

impl CodecError {
    /// CPython's message for a UnicodeDecodeError / UnicodeEncodeError; `object` is the input,
    /// as bytes (decode) or characters (encode).
    pub fn message(encoding: &str, direction: Direction, start: usize, end: usize, reason: &str, bytes: &[u8], chars: &[char]) -> String {
        match direction {
            Direction::Decode if end == start + 1 && start < bytes.len() => {
                format!("'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}", bytes[start])
            }
            Direction::Decode => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end.saturating_sub(1)),
            Direction::Encode if end == start + 1 && start < chars.len() => {
                format!("'{encoding}' codec can't encode character '{}' in position {start}: {reason}", escape_char(chars[start]))
            }
            Direction::Encode => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end.saturating_sub(1)),
        }
    }
}

/// A character as CPython's codec messages show it: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// cp1252's characters for bytes 0x80..=0x9F (None: undefined, as in Python's table).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(b: &[u8], e: &str, h: &str) -> Result<String, CodecError> {
        decode(Encoding::lookup(e).unwrap(), b, &ErrorHandler::parse(h))
    }

    #[test]
    fn utf8_errors_as_cpython() {
        let bad = |b: &[u8]| match dec(b, "utf-8", "strict") {
            Err(CodecError::Bad { start, end, reason, .. }) => (start, end, reason),
            other => panic!("{other:?}"),
        };
        assert_eq!(bad(b"ab\xe9"), (2, 3, "unexpected end of data".into()));
        assert_eq!(bad(b"\xe9ab"), (0, 1, "invalid continuation byte".into()));
        assert_eq!(bad(b"\xf0\x9f\x98x"), (0, 3, "invalid continuation byte".into()));
        assert_eq!(bad(b"\xed\xa0\x80"), (0, 1, "invalid continuation byte".into()));
        assert_eq!(bad(b"\x80"), (0, 1, "invalid start byte".into()));
        assert_eq!(dec(b"\xe0\x80", "utf-8", "replace").unwrap(), "\u{fffd}\u{fffd}");
        assert_eq!(dec(b"\xf0\x9f\x98x", "utf-8", "backslashreplace").unwrap(), "\\xf0\\x9f\\x98x");
    }

    #[test]
    fn round_trips() {
        for e in ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"] {
            let enc = Encoding::lookup(e).unwrap();
            let bytes = encode(enc, "é€😀a", &ErrorHandler::Strict).unwrap();
            assert_eq!(decode(enc, &bytes, &ErrorHandler::Strict).unwrap(), "é€😀a", "{e}");
        }
        assert_eq!(encode(Encoding::Cp1252, "€", &ErrorHandler::Strict).unwrap(), b"\x80");
        assert_eq!(encode(Encoding::Ascii, "é€😀a", &ErrorHandler::BackslashReplace).unwrap(), b"\\xe9\\u20ac\\U0001f600a");
        assert_eq!(encode(Encoding::Ascii, "é", &ErrorHandler::XmlCharRefReplace).unwrap(), b"&#233;");
        assert_eq!(encode(Encoding::Ascii, "é", &ErrorHandler::NameReplace).unwrap(), b"\\N{LATIN SMALL LETTER E WITH ACUTE}");
    }
}
