//! Decoding bytes to str for `bytes.decode` / `bytearray.decode` / `str(b, encoding)`: the codecs
//! gilpy knows (UTF-8, ASCII, Latin-1) under CPython's names and aliases, the error handlers
//! strict, ignore, replace and backslashreplace, and UnicodeDecodeError in CPython's words.

use crate::objects::ExcKind;
use crate::objects::{PyErr, PyResult};

/// A codec gilpy can decode with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name means (case, '-' and '_' do not matter, as in CPython's lookup).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = name.trim().to_ascii_lowercase().replace('_', "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "iso-ir-100" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The name error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// What to do with bytes that do not decode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
}

fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        _ => return Err(PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{name}'"))),
    })
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 { format!("byte 0x{:02x} in position {start}", data[start]) } else { format!("bytes in position {start}-{}", end - 1) };
    PyErr::new(ExcKind::UnicodeDecodeError, format!("'{}' codec can't decode {what}: {reason}", codec.name()))
}

/// The text `data` spells in `encoding`, bad bytes handled as `errors` says.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding).ok_or_else(|| PyErr::new(ExcKind::LookupError, format!("unknown encoding: {encoding}")))?;
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let (good, bad_len, reason) = match codec {
            Codec::Latin1 => {
                out.extend(data[i..].iter().map(|&b| b as char));
                return Ok(out);
            }
            Codec::Ascii => match data[i..].iter().position(|b| !b.is_ascii()) {
                None => (data.len() - i, 0, ""),
                Some(p) => (p, 1, "ordinal not in range(128)"),
            },
            Codec::Utf8 => match std::str::from_utf8(&data[i..]) {
                Ok(_) => (data.len() - i, 0, ""),
                Err(e) => {
                    let at = i + e.valid_up_to();
                    match e.error_len() {
                        None => (e.valid_up_to(), data.len() - at, "unexpected end of data"),
                        Some(n) if (0xc2..=0xf4).contains(&data[at]) => (e.valid_up_to(), n, "invalid continuation byte"),
                        Some(n) => (e.valid_up_to(), n, "invalid start byte"),
                    }
                }
            },
        };
        // The good part is ASCII or valid UTF-8 by construction.
        out.push_str(&String::from_utf8_lossy(&data[i..i + good]));
        i += good;
        if bad_len == 0 {
            break;
        }
        match handler(errors)? {
            Handler::Strict => return Err(decode_error(codec, data, i, i + bad_len, reason)),
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in &data[i..i + bad_len] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
        }
        i += bad_len;
    }
    Ok(out)
}
