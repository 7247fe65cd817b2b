//! Character predicates and case folding as CPython's `_sre` defines them: `\d`, `\w`, `\s` in their
//! Unicode (str default) and ASCII (`re.ASCII`, bytes patterns) forms, and the folding IGNORECASE uses.

use unicode_general_category::{GeneralCategory as G, get_general_category};

/// Which definition of `\d`, `\w`, `\s`, `\b` and case folding a part of a pattern uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CharMode {
    /// str patterns without `re.ASCII`: Python's str.isalnum / isdecimal / isspace.
    Unicode,
    /// `re.ASCII` and bytes patterns.
    Ascii,
}

/// The classes behind `\d \D \w \W \s \S`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_digit(c: u32, mode: CharMode) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    mode == CharMode::Unicode && as_char(c).is_some_and(|ch| get_general_category(ch) == G::DecimalNumber)
}

pub fn is_word(c: u32, mode: CharMode) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    mode == CharMode::Unicode
        && as_char(c).is_some_and(|ch| {
            matches!(
                get_general_category(ch),
                G::UppercaseLetter
                    | G::LowercaseLetter
                    | G::TitlecaseLetter
                    | G::ModifierLetter
                    | G::OtherLetter
                    | G::DecimalNumber
                    | G::LetterNumber
                    | G::OtherNumber
            )
        })
}

pub fn is_space(c: u32, mode: CharMode) -> bool {
    match c {
        0x20 | 0x09..=0x0D => true,
        _ if mode == CharMode::Ascii => false,
        0x1C..=0x1F | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 => true,
        _ => false,
    }
}

pub fn in_category(cat: Category, c: u32, mode: CharMode) -> bool {
    match cat {
        Category::Digit => is_digit(c, mode),
        Category::NotDigit => !is_digit(c, mode),
        Category::Word => is_word(c, mode),
        Category::NotWord => !is_word(c, mode),
        Category::Space => is_space(c, mode),
        Category::NotSpace => !is_space(c, mode),
    }
}

/// Simple (one character) lowercase, as Py_UNICODE_TOLOWER.
pub fn lower(c: u32, mode: CharMode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if mode == CharMode::Ascii {
        return c;
    }
    if c == 0x130 {
        return 'i' as u32;
    }
    match as_char(c) {
        Some(ch) => {
            let mut it = ch.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Simple (one character) uppercase, as Py_UNICODE_TOUPPER.
pub fn upper(c: u32, mode: CharMode) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if mode == CharMode::Ascii {
        return c;
    }
    match as_char(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Whether `a` and `b` are equal ignoring case.
pub fn eq_ignore_case(a: u32, b: u32, mode: CharMode) -> bool {
    if a == b {
        return true;
    }
    if a < 128 && b < 128 {
        return (a as u8).eq_ignore_ascii_case(&(b as u8));
    }
    lower(a, mode) == lower(b, mode) || upper(a, mode) == upper(b, mode)
}
