//! Bytes to text: one step per character or per malformed sequence, and the error handler
//! deciding what a malformed sequence becomes.

use super::{CP1252_HIGH, CodecError, Direction, Encoding, ErrorHandler};

/// One step of decoding: a character and the bytes it took, or a malformed sequence.
enum Step {
    Char(char, usize),
    Bad(usize, &'static str),
}

fn utf8_step(b: &[u8], pos: usize) -> Step {
    let lead = b[pos];
    let need = match lead {
        0x00..=0x7f => return Step::Char(lead as char, 1),
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return Step::Bad(1, "invalid start byte"),
    };
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    let second = match lead {
        0xe0 => 0xa0..=0xbf,
        0xed => 0x80..=0x9f,
        0xf0 => 0x90..=0xbf,
        0xf4 => 0x80..=0x8f,
        _ => 0x80..=0xbf,
    };
    for i in 1..=need {
        let Some(&c) = b.get(pos + i) else { return Step::Bad(i, "unexpected end of data") };
        let ok = if i == 1 { second.contains(&c) } else { (0x80..=0xbf).contains(&c) };
        if !ok {
            return Step::Bad(i, "invalid continuation byte");
        }
    }
    let len = need + 1;
    match std::str::from_utf8(&b[pos..pos + len]).ok().and_then(|s| s.chars().next()) {
        Some(c) => Step::Char(c, len),
        None => Step::Bad(1, "invalid start byte"),
    }
}

fn unit16(b: &[u8], pos: usize, big: bool) -> u32 {
    let pair = [b[pos], b[pos + 1]];
    (if big { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }) as u32
}

fn utf16_step(b: &[u8], pos: usize, big: bool) -> Step {
    if pos + 1 >= b.len() {
        return Step::Bad(b.len() - pos, "truncated data");
    }
    let u = unit16(b, pos, big);
    match u {
        0xdc00..=0xdfff => Step::Bad(2, "illegal encoding"),
        0xd800..=0xdbff => {
            if pos + 3 >= b.len() {
                return Step::Bad(b.len() - pos, "unexpected end of data");
            }
            let low = unit16(b, pos + 2, big);
            if !(0xdc00..=0xdfff).contains(&low) {
                return Step::Bad(2, "illegal UTF-16 surrogate");
            }
            let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
            Step::Char(char::from_u32(c).unwrap_or('\u{fffd}'), 4)
        }
        _ => Step::Char(char::from_u32(u).unwrap_or('\u{fffd}'), 2),
    }
}

fn utf32_step(b: &[u8], pos: usize, big: bool) -> Step {
    if pos + 3 >= b.len() {
        return Step::Bad(b.len() - pos, "truncated data");
    }
    let quad = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
    let v = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
    match v {
        0xd800..=0xdfff => Step::Bad(4, "code point in surrogate code point range(0xd800, 0xe000)"),
        0x110000.. => Step::Bad(4, "code point not in range(0x110000)"),
        _ => Step::Char(char::from_u32(v).unwrap_or('\u{fffd}'), 4),
    }
}

/// The encoding a byte order mark selects, and the mark's length (the BOM-reading codecs only).
fn resolve_bom(enc: Encoding, b: &[u8]) -> (Encoding, usize) {
    match enc {
        Encoding::Utf8Sig if b.starts_with(b"\xef\xbb\xbf") => (Encoding::Utf8, 3),
        Encoding::Utf8Sig => (Encoding::Utf8, 0),
        Encoding::Utf16 if b.starts_with(b"\xff\xfe") => (Encoding::Utf16Le, 2),
        Encoding::Utf16 if b.starts_with(b"\xfe\xff") => (Encoding::Utf16Be, 2),
        Encoding::Utf16 => (Encoding::Utf16Le, 0),
        Encoding::Utf32 if b.starts_with(b"\xff\xfe\x00\x00") => (Encoding::Utf32Le, 4),
        Encoding::Utf32 if b.starts_with(b"\x00\x00\xfe\xff") => (Encoding::Utf32Be, 4),
        Encoding::Utf32 => (Encoding::Utf32Le, 0),
        other => (other, 0),
    }
}

/// How many leading bytes of `b` an incremental decoder can decode now: all of them at the end
/// of the data, otherwise up to the start of an incomplete final character.
pub fn decode_prefix_len(enc: Encoding, b: &[u8], final_chunk: bool) -> usize {
    if final_chunk {
        return b.len();
    }
    match enc {
        Encoding::Latin1 | Encoding::Ascii | Encoding::Cp1252 => b.len(),
        Encoding::Utf8 | Encoding::Utf8Sig => {
            // Back up over a final lead byte whose continuation bytes have not arrived yet.
            for back in 1..=3.min(b.len()) {
                let c = b[b.len() - back];
                if c & 0xc0 == 0x80 {
                    continue;
                }
                let need = match c {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf7 => 4,
                    _ => return b.len(),
                };
                return if back < need { b.len() - back } else { b.len() };
            }
            b.len()
        }
        Encoding::Utf16 | Encoding::Utf16Le | Encoding::Utf16Be => {
            let even = b.len() & !1;
            if even >= 2 {
                let big = enc == Encoding::Utf16Be;
                let last = unit16(b, even - 2, big);
                if (0xd800..=0xdbff).contains(&last) {
                    return even - 2;
                }
            }
            even
        }
        Encoding::Utf32 | Encoding::Utf32Le | Encoding::Utf32Be => b.len() & !3,
    }
}

/// Decodes all of `b` (a byte order mark is read by the codecs that read one).
pub fn decode(enc: Encoding, b: &[u8], errors: &ErrorHandler) -> Result<String, CodecError> {
    let (enc, skip) = resolve_bom(enc, b);
    if enc == Encoding::Utf8
        && let Ok(s) = std::str::from_utf8(&b[skip..])
    {
        let mut out = String::new();
        out.try_reserve_exact(s.len()).map_err(|_| CodecError::NoMemory)?;
        out.push_str(s);
        return Ok(out);
    }
    let body = &b[skip..];
    // utf-8-sig reports positions after the mark, the utf-16/32 codecs from the start.
    let base = if matches!(enc, Encoding::Utf8) { 0 } else { skip };
    let data = if base == 0 { body } else { b };
    // Room for one byte a unit, asked for first: a result that cannot be had is MemoryError.
    let mut out = String::new();
    out.try_reserve(body.len()).map_err(|_| CodecError::NoMemory)?;
    let mut pos = base;
    while pos < data.len() {
        let step = match enc {
            Encoding::Utf8 | Encoding::Utf8Sig => utf8_step(data, pos),
            Encoding::Latin1 => Step::Char(data[pos] as char, 1),
            Encoding::Ascii if data[pos] < 0x80 => Step::Char(data[pos] as char, 1),
            Encoding::Ascii => Step::Bad(1, "ordinal not in range(128)"),
            Encoding::Cp1252 => match data[pos] {
                c @ 0x80..=0x9f => match CP1252_HIGH[(c - 0x80) as usize] {
                    Some(ch) => Step::Char(ch, 1),
                    None => Step::Bad(1, "character maps to <undefined>"),
                },
                c => Step::Char(c as char, 1),
            },
            Encoding::Utf16 | Encoding::Utf16Le => utf16_step(data, pos, false),
            Encoding::Utf16Be => utf16_step(data, pos, true),
            Encoding::Utf32 | Encoding::Utf32Le => utf32_step(data, pos, false),
            Encoding::Utf32Be => utf32_step(data, pos, true),
        };
        match step {
            Step::Char(c, n) => {
                out.push(c);
                pos += n;
            }
            Step::Bad(n, reason) => {
                let bad = CodecError::Bad { direction: Direction::Decode, encoding: enc.error_name(), start: pos, end: pos + n, reason: reason.to_string() };
                match errors {
                    ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => return Err(bad),
                    ErrorHandler::Ignore => {}
                    ErrorHandler::Replace => out.push('\u{fffd}'),
                    ErrorHandler::BackslashReplace => {
                        for byte in &data[pos..pos + n] {
                            out.push_str(&format!("\\x{byte:02x}"));
                        }
                    }
                    ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace => {
                        let handler = if *errors == ErrorHandler::NameReplace { "namereplace" } else { "xmlcharrefreplace" };
                        return Err(CodecError::HandlerCannot { handler: handler.to_string(), direction: Direction::Decode });
                    }
                    ErrorHandler::Unknown(name) => return Err(CodecError::UnknownHandler(name.clone())),
                }
                pos += n;
            }
        }
    }
    Ok(out)
}
