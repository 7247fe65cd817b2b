//! JSON string literals: a str written with its quotes and escapes, as `_json`'s
//! `encode_basestring_ascii` (everything outside printable ASCII as `\uXXXX`, astral characters
//! as surrogate pairs) and `encode_basestring` (only quotes, backslashes and control characters).
//! Runs of characters that need no escape are copied as one slice.

/// Which characters a JSON string literal escapes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Escaping {
    /// `ensure_ascii=True`: all but printable ASCII.
    Ascii,
    /// `ensure_ascii=False`: quotes, backslashes and control characters only.
    Unicode,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u16(out: &mut String, n: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((n >> shift) & 0xf) as usize] as char);
    }
}

/// The escape of one ASCII character that is not copied as is.
fn push_ascii_escape(out: &mut String, b: u8) {
    match b {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => push_u16(out, b as u32),
    }
}

/// Whether byte `b` of a UTF-8 text is copied unchanged under `mode`.
#[inline(always)]
fn plain(b: u8, mode: Escaping) -> bool {
    match mode {
        Escaping::Ascii => (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\',
        Escaping::Unicode => b >= 0x20 && b != b'"' && b != b'\\',
    }
}

/// Appends `s` as a quoted JSON string literal.
pub fn write_string(out: &mut String, s: &str, mode: Escaping) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if plain(b, mode) {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if b < 0x80 {
            push_ascii_escape(out, b);
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a char starts here");
            let n = c as u32;
            if n > 0xffff {
                let v = n - 0x10000;
                push_u16(out, 0xd800 | (v >> 10));
                push_u16(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u16(out, n);
            }
            i += c.len_utf8();
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str, mode: Escaping) -> String {
        let mut out = String::new();
        write_string(&mut out, s, mode);
        out
    }

    #[test]
    fn escapes_as_cpython() {
        assert_eq!(lit("a\"b\\c\n\x7f", Escaping::Ascii), "\"a\\\"b\\\\c\\n\\u007f\"");
        assert_eq!(lit("é😀\x01", Escaping::Ascii), "\"\\u00e9\\ud83d\\ude00\\u0001\"");
        assert_eq!(lit("é😀\x01\x7f", Escaping::Unicode), "\"é😀\\u0001\x7f\"");
    }
}
