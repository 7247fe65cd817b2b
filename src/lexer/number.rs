//! The checks CPython's tokenizer makes on a numeric literal that the token patterns alone let
//! through: underscores only between digits, digits of the literal's base, no leading zeros in
//! a decimal integer, and no letter right after the number ("invalid decimal literal"), except
//! the keywords that may follow one (`1if x else y`). Reported where CPython reports them.

use super::{SyntaxErrorInfo, SyntaxKind};

struct Scan<'a> {
    b: &'a [u8],
    /// The next byte to read (CPython's `tok->cur`).
    cur: usize,
}

type Checked = Result<(), SyntaxErrorInfo>;

impl Scan<'_> {
    fn peek(&self) -> u8 {
        self.b.get(self.cur).copied().unwrap_or(0)
    }

    /// Reads one byte (0 at the end).
    fn next(&mut self) -> u8 {
        let c = self.peek();
        self.cur += 1;
        c
    }

    fn back(&mut self) {
        self.cur -= 1;
    }

    /// An error CPython shows at column `cur` (its offset counts from the byte before).
    fn fail(&self, msg: String) -> SyntaxErrorInfo {
        let at = self.cur.saturating_sub(1);
        SyntaxErrorInfo { kind: SyntaxKind::Syntax, msg, offset: at, end: Some(at) }
    }

    fn looks_ahead(&self, rest: &str) -> bool {
        self.b[self.cur.min(self.b.len())..].starts_with(rest.as_bytes())
    }

    /// `c` was just read after a number: a letter there is an error unless a keyword that may
    /// follow a number starts there.
    fn end_of_number(&mut self, c: u8, kind: &str) -> Checked {
        let keyword = match c {
            b'a' => self.looks_ahead("nd"),
            b'e' => self.looks_ahead("lse"),
            b'f' => self.looks_ahead("or"),
            b'i' => matches!(self.peek(), b'f' | b'n' | b's'),
            b'o' => self.looks_ahead("r"),
            b'n' => self.looks_ahead("ot"),
            _ => false,
        };
        if !keyword && (c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80) {
            self.back();
            return Err(self.fail(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Digits after a first digit, with single underscores between them; the byte after them.
    fn decimal_tail(&mut self) -> Result<u8, SyntaxErrorInfo> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            if !self.next().is_ascii_digit() {
                self.back();
                return Err(self.fail("invalid decimal literal".into()));
            }
        }
    }

    /// A `0x` / `0o` / `0b` literal after its prefix.
    fn radix(&mut self, kind: &str, is_digit: fn(u8) -> bool, checks_decimal: bool) -> Checked {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                if checks_decimal && c.is_ascii_digit() {
                    return Err(self.fail(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                self.back();
                return Err(self.fail(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if checks_decimal && c.is_ascii_digit() {
            return Err(self.fail(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.end_of_number(c, kind)
    }

    /// The fraction, exponent and imaginary suffix of a decimal number; `c` is the byte after
    /// its integer part.
    fn rest_of_decimal(&mut self, mut c: u8) -> Checked {
        if c == b'.' {
            c = self.next();
            if c.is_ascii_digit() {
                c = self.decimal_tail()?;
            }
        }
        if c == b'e' || c == b'E' {
            c = self.next();
            if c == b'+' || c == b'-' {
                if !self.next().is_ascii_digit() {
                    self.back();
                    return Err(self.fail("invalid decimal literal".into()));
                }
            } else if !c.is_ascii_digit() {
                // Not an exponent after all: `1else` is the number 1 and the keyword.
                self.back();
                self.cur -= 1;
                let e = self.next();
                return self.end_of_number(e, "decimal");
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' || c == b'J' {
            let after = self.next();
            return self.end_of_number(after, "imaginary");
        }
        self.end_of_number(c, "decimal")
    }
}

/// Checks the numeric literal starting at byte `start` of `src`.
pub fn check(src: &str, start: usize) -> Checked {
    let mut s = Scan { b: src.as_bytes(), cur: start };
    let first = s.next();
    if first == b'.' {
        let c = s.decimal_tail()?;
        return s.rest_of_decimal(c);
    }
    if first != b'0' {
        let c = s.decimal_tail()?;
        return s.rest_of_decimal(c);
    }
    let c = s.next();
    match c {
        b'x' | b'X' => return s.radix("hexadecimal", |c| c.is_ascii_hexdigit(), false),
        b'o' | b'O' => return s.radix("octal", |c| (b'0'..b'8').contains(&c), true),
        b'b' | b'B' => return s.radix("binary", |c| c == b'0' || c == b'1', true),
        _ => {}
    }
    // Zeros, perhaps with underscores, then perhaps other digits (an error unless a fraction,
    // exponent or `j` follows).
    let mut c = c;
    loop {
        if c == b'_' {
            c = s.next();
            if !c.is_ascii_digit() {
                s.back();
                return Err(s.fail("invalid decimal literal".into()));
            }
        }
        if c != b'0' {
            break;
        }
        c = s.next();
    }
    let zeros_end = s.cur;
    let nonzero = c.is_ascii_digit();
    if nonzero {
        c = s.decimal_tail()?;
    }
    if matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
        return s.rest_of_decimal(c);
    }
    if nonzero {
        return Err(SyntaxErrorInfo {
            kind: SyntaxKind::Syntax,
            msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
            offset: start,
            end: Some(zeros_end - 1),
        });
    }
    s.end_of_number(c, "decimal")
}

#[cfg(test)]
mod tests {
    use super::check;

    fn message(src: &str) -> Option<(String, usize)> {
        check(src, 0).err().map(|e| (e.msg, e.offset + 1))
    }

    #[test]
    fn good_numbers_pass() {
        for src in ["0", "00", "0_0", "1_000", "0x_ff", "0o17", "0b1_0", "1.5", ".5", "1e10", "1E+5", "3j", "1.5J", "1if", "0.5", "1_0.5e-1_0", "7 "] {
            assert_eq!(message(src), None, "{src}");
        }
    }

    #[test]
    fn bad_numbers_are_reported_as_cpython_does() {
        let cases = [
            ("1a", "invalid decimal literal", 1),
            ("1__0", "invalid decimal literal", 2),
            ("0b2", "invalid digit '2' in binary literal", 3),
            ("0x", "invalid hexadecimal literal", 2),
            ("1.e_1", "invalid decimal literal", 2),
            ("0o1__2", "invalid octal literal", 4),
            ("1e+", "invalid decimal literal", 3),
            ("1jx", "invalid imaginary literal", 2),
            ("123abc", "invalid decimal literal", 3),
        ];
        for (src, msg, col) in cases {
            assert_eq!(message(src), Some((msg.to_string(), col)), "{src}");
        }
        assert!(message("0777").unwrap().0.starts_with("leading zeros"));
    }
}
