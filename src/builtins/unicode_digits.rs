//! The text `int()` and `float()` parse: as CPython, any Unicode decimal digit (category Nd, such as
//! '٣' or '３') counts as its ASCII digit and any Unicode space as a space, before parsing.

use std::borrow::Cow;

/// `s` with Unicode decimal digits and spaces made ASCII; other non-ASCII characters become '?'
/// (never valid in a number). Borrowed when `s` is ASCII already.
pub fn ascii_number_text(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                _ if c.is_ascii() => c,
                _ if c.is_whitespace() => ' ',
                _ => decimal_value(c).map_or('?', |d| (b'0' + d) as char),
            })
            .collect(),
    )
}

/// The value of a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u8> {
    let cp = c as u32;
    let i = ZEROS.partition_point(|z| *z <= cp).checked_sub(1)?;
    let d = cp - ZEROS[i];
    (d < 10).then_some(d as u8)
}

/// The code point of each run's digit zero (Python 3.11's Unicode 14 data; each run is ten
/// consecutive digits).
static ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
    0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

#[cfg(test)]
mod tests {
    #[test]
    fn digits_of_other_scripts() {
        assert_eq!(super::ascii_number_text("\u{663}\u{ff14}"), "34");
        assert_eq!(super::ascii_number_text("\u{a0}7\u{2003}"), " 7 ");
        assert_eq!(super::ascii_number_text("\u{b2}"), "?");
    }
}
