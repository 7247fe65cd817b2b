//! Parsing a struct format string ("<2hxI", "@i c", "10s") into a layout: the byte order and
//! size mode, and one field per packed value with its code and offset. Sizes and alignment follow
//! CPython 3.11 on a 64-bit host: `@` uses native sizes and aligns each field to its size; the
//! other modes use standard sizes, no alignment, and refuse `n`, `N` and `P`.

/// How sizes, alignment and byte order are chosen (the format's first character).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    /// `<`, or `=` on a little-endian host: standard sizes, little-endian.
    Little,
    /// `>` and `!`, or `=` on a big-endian host: standard sizes, big-endian.
    Big,
}

impl Mode {
    pub fn little_endian(self) -> bool {
        match self {
            Mode::Native => cfg!(target_endian = "little"),
            Mode::Little => true,
            Mode::Big => false,
        }
    }
}

/// One format character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Code {
    Pad,
    Char,
    SChar,
    UChar,
    Bool,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    SSize,
    Size,
    Half,
    Float,
    Double,
    Str,
    PStr,
    Pointer,
}

impl Code {
    pub fn from_char(c: u8) -> Option<Code> {
        Some(match c {
            b'x' => Code::Pad,
            b'c' => Code::Char,
            b'b' => Code::SChar,
            b'B' => Code::UChar,
            b'?' => Code::Bool,
            b'h' => Code::Short,
            b'H' => Code::UShort,
            b'i' => Code::Int,
            b'I' => Code::UInt,
            b'l' => Code::Long,
            b'L' => Code::ULong,
            b'q' => Code::LongLong,
            b'Q' => Code::ULongLong,
            b'n' => Code::SSize,
            b'N' => Code::Size,
            b'e' => Code::Half,
            b'f' => Code::Float,
            b'd' => Code::Double,
            b's' => Code::Str,
            b'p' => Code::PStr,
            b'P' => Code::Pointer,
            _ => return None,
        })
    }

    pub fn letter(self) -> char {
        match self {
            Code::Pad => 'x',
            Code::Char => 'c',
            Code::SChar => 'b',
            Code::UChar => 'B',
            Code::Bool => '?',
            Code::Short => 'h',
            Code::UShort => 'H',
            Code::Int => 'i',
            Code::UInt => 'I',
            Code::Long => 'l',
            Code::ULong => 'L',
            Code::LongLong => 'q',
            Code::ULongLong => 'Q',
            Code::SSize => 'n',
            Code::Size => 'N',
            Code::Half => 'e',
            Code::Float => 'f',
            Code::Double => 'd',
            Code::Str => 's',
            Code::PStr => 'p',
            Code::Pointer => 'P',
        }
    }

    /// The size of one item in `mode`, or None if the code does not exist there.
    pub fn size(self, mode: Mode) -> Option<usize> {
        let native = mode == Mode::Native;
        Some(match self {
            Code::Pad | Code::Char | Code::SChar | Code::UChar | Code::Bool | Code::Str | Code::PStr => 1,
            Code::Short | Code::UShort | Code::Half => 2,
            Code::Int | Code::UInt | Code::Float => 4,
            Code::Long | Code::ULong => {
                if native {
                    8
                } else {
                    4
                }
            }
            Code::LongLong | Code::ULongLong | Code::Double => 8,
            Code::SSize | Code::Size | Code::Pointer => {
                if native {
                    8
                } else {
                    return None;
                }
            }
        })
    }

    pub fn is_signed_int(self) -> bool {
        matches!(self, Code::SChar | Code::Short | Code::Int | Code::Long | Code::LongLong | Code::SSize)
    }
}

/// A run of packed values of one code: where the first starts, how many there are (`repeat`),
/// and the size of each (`len`; for `s`/`p` the string's byte length, with `repeat` 1).
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub code: Code,
    pub offset: usize,
    pub repeat: usize,
    pub len: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub mode: Mode,
    pub fields: Vec<Field>,
    pub size: usize,
}

impl Layout {
    /// How many values pack takes and unpack returns.
    pub fn count(&self) -> usize {
        self.fields.iter().map(|f| f.repeat).sum()
    }
}

/// Why a format was refused (each is a struct.error with this message).
#[derive(Debug, PartialEq, Eq)]
pub enum FormatError {
    BadChar,
    CountWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::CountWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

pub fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    let (mode, rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=') => (if cfg!(target_endian = "little") { Mode::Little } else { Mode::Big }, &fmt[1..]),
        Some(b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((rest[i] - b'0') as usize)).ok_or(FormatError::TooLong)?;
                i += 1;
            }
            if i >= rest.len() {
                return Err(FormatError::CountWithoutCode);
            }
            count = Some(n);
        }
        let code = Code::from_char(rest[i]).ok_or(FormatError::BadChar)?;
        i += 1;
        let item = code.size(mode).ok_or(FormatError::BadChar)?;
        let n = count.unwrap_or(1);
        if mode == Mode::Native && item > 1 {
            size = size.checked_add(item - 1).ok_or(FormatError::TooLong)? / item * item;
        }
        match code {
            Code::Str | Code::PStr => {
                fields.push(Field { code, offset: size, repeat: 1, len: n });
                size = size.checked_add(n).ok_or(FormatError::TooLong)?;
            }
            Code::Pad => size = size.checked_add(n).ok_or(FormatError::TooLong)?,
            _ => {
                let bytes = n.checked_mul(item).ok_or(FormatError::TooLong)?;
                let end = size.checked_add(bytes).ok_or(FormatError::TooLong)?;
                if end > isize::MAX as usize {
                    return Err(FormatError::TooLong);
                }
                if n > 0 {
                    fields.push(Field { code, offset: size, repeat: n, len: item });
                }
                size = end;
            }
        }
        if size > isize::MAX as usize {
            return Err(FormatError::TooLong);
        }
    }
    Ok(Layout { mode, fields, size })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment() {
        assert_eq!(parse(b"ci").unwrap().size, 8);
        assert_eq!(parse(b"c0q").unwrap().size, 8);
        assert_eq!(parse(b"<ci").unwrap().size, 5);
        assert_eq!(parse(b"i 2").unwrap_err(), FormatError::CountWithoutCode);
        assert_eq!(parse(b"2 i").unwrap_err(), FormatError::BadChar);
        assert_eq!(parse(b"<n").unwrap_err(), FormatError::BadChar);
    }
}
