//! The start-up limit on int/str conversions: `PYTHONINTMAXSTRDIGITS` (unless -E/-I) and then
//! `-X int_max_str_digits=N` (the first such option wins), read with C's `strtol` rules as
//! python3 reads them, and refused with python3's fatal start-up message when out of range.

use crate::objects::int_text::THRESHOLD;

/// A bad value: python3 stops before running anything, with this message, and exits 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid(pub &'static str);

impl Invalid {
    /// The text python3 writes to stderr.
    pub fn fatal_text(&self) -> String {
        format!(
            "Fatal Python error: config_init_int_max_str_digits: {}: invalid limit; must be >= {THRESHOLD} or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
            self.0
        )
    }
}

/// C's `strtol` in base 10 with python3's check that nothing follows the number and that it fits
/// a C int: leading white space and one sign are allowed; the empty text reads as 0.
fn c_int(text: &str) -> Option<i64> {
    let rest = text.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, digits) = match rest.as_bytes().first() {
        Some(b'-') => (true, &rest[1..]),
        Some(b'+') => (false, &rest[1..]),
        _ => (false, rest),
    };
    if digits.is_empty() {
        // strtol converted nothing: the end pointer is the start, valid only when that is the end.
        return text.is_empty().then_some(0);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Past i64 is past a C int too.
    let magnitude: i64 = digits.parse().ok()?;
    let value = if negative { -magnitude } else { magnitude };
    i32::try_from(value).ok().map(i64::from)
}

fn checked(text: &str, source: &'static str) -> Result<i64, Invalid> {
    match c_int(text) {
        Some(n) if n == 0 || n >= THRESHOLD as i64 => Ok(n),
        _ => Err(Invalid(source)),
    }
}

/// The limit the command line and environment ask for (None: python3's default, shown as -1 in
/// `sys.flags`). `env` is None under -E/-I or when the variable is unset or empty.
pub fn configured(env: Option<&str>, xoptions: &[String]) -> Result<Option<i64>, Invalid> {
    let mut limit = None;
    if let Some(text) = env.filter(|t| !t.is_empty()) {
        limit = Some(checked(text, "PYTHONINTMAXSTRDIGITS")?);
    }
    let first = xoptions.iter().find(|x| x.split_once('=').map_or(x.as_str(), |(name, _)| name) == "int_max_str_digits");
    if let Some(x) = first {
        let source = "-X int_max_str_digits";
        let value = x.split_once('=').map(|(_, v)| v).ok_or(Invalid(source))?;
        limit = Some(checked(value, source)?);
    }
    Ok(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_strtol() {
        assert_eq!(c_int(" +700"), Some(700));
        assert_eq!(c_int("0700"), Some(700));
        assert_eq!(c_int("-0"), Some(0));
        assert_eq!(c_int(""), Some(0));
        assert_eq!(c_int(" "), None);
        assert_eq!(c_int("700 "), None);
        assert_eq!(c_int("0x300"), None);
        assert_eq!(c_int("2147483647"), Some(2147483647));
        assert_eq!(c_int("99999999999999999999"), None);
    }

    #[test]
    fn environment_first_then_the_first_x_option() {
        let x = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(configured(Some("700"), &x(&["int_max_str_digits=800", "int_max_str_digits=900"])), Ok(Some(800)));
        assert_eq!(configured(Some("5"), &x(&["int_max_str_digits=800"])), Err(Invalid("PYTHONINTMAXSTRDIGITS")));
        assert_eq!(configured(None, &x(&["int_max_str_digits"])), Err(Invalid("-X int_max_str_digits")));
        assert_eq!(configured(None, &x(&["int_max_str_digits="])), Ok(Some(0)));
        assert_eq!(configured(Some(""), &[]), Ok(None));
    }
}
