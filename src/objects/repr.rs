//! Reprs that need no interpreter: a float's shortest round-trip form, str and bytes literals as
//! CPython writes them, and constants (for the disassembler and the compiler's messages).

use crate::objects::Value;

/// Python's repr of a float.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let shortest = format!("{:e}", f);
    // The shortest digits, rounded as CPython's dtoa rounds them: when two strings of that length
    // both read back as f (its exact value is a tie between them), the one closest to it, half
    // to even, which is what formatting to that many digits gives.
    let len = shortest.split_once('e').map_or(0, |(m, _)| m.chars().filter(|c| c.is_ascii_digit()).count());
    let closest = format!("{:.*e}", len.saturating_sub(1), f);
    let sci = if closest.parse::<f64>().ok() == Some(f) { closest } else { shortest };
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits = even_at_tie(f, mant.chars().filter(|c| c.is_ascii_digit()).collect(), exp);
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        return format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    if exp >= 0 {
        let e = exp as usize;
        if digits.len() > e + 1 {
            format!("{sign}{}.{}", &digits[..e + 1], &digits[e + 1..])
        } else {
            format!("{sign}{}{}.0", digits, "0".repeat(e + 1 - digits.len()))
        }
    } else {
        format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    }
}

/// The shortest digits of `f` (scientific exponent `exp`) as CPython chooses them: when `f` lies
/// exactly halfway between two shortest candidates that both read back as `f`, the one with the
/// even last digit (Rust's formatter takes the upper one).
fn even_at_tie(f: f64, digits: String, exp: i32) -> String {
    let bytes = digits.as_bytes();
    let last = bytes[bytes.len() - 1];
    if bytes.len() < 2 || (last - b'0').is_multiple_of(2) {
        return digits;
    }
    let mut lower = digits.clone();
    lower.pop();
    lower.push((last - 1) as char);
    // A midpoint has n + 1 significant digits, the last a 5 at 10^(exp - n); |f| = m * 2^e with
    // m odd ends its decimal expansion exactly at 10^e (in a 5 when e <= 0): they must agree.
    let bits = f.abs().to_bits();
    let biased = (bits >> 52) as i32;
    let (mut m, mut e) = if biased == 0 { (bits, -1074) } else { ((bits & ((1 << 52) - 1)) | (1 << 52), biased - 1075) };
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    if e != exp - bytes.len() as i32 {
        return digits;
    }
    let midpoint = format!("{lower}5");
    // Then exactly (a double has fewer than 770 significant digits).
    let exact = format!("{:.800e}", f.abs());
    let (exact_mant, exact_exp) = exact.split_once('e').unwrap_or((&exact, "0"));
    if exact_exp.parse::<i32>().ok() != Some(exp) {
        return digits;
    }
    let exact_digits: String = exact_mant.chars().filter(|c| c.is_ascii_digit()).collect();
    if exact_digits.trim_end_matches('0') != midpoint {
        return digits;
    }
    let reread: Option<f64> = format!("{}.{}e{exp}", &lower[..1], &lower[1..]).parse().ok();
    if reread == Some(f.abs()) { lower } else { digits }
}

/// Whether repr() shows `c` as itself, as CPython's `str.isprintable` decides: every character
/// but controls, format characters, surrogates, private-use and unassigned code points, and
/// separators other than the space.
pub fn is_printable(c: char) -> bool {
    crate::ucd::is_printable(c)
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                out.push_str(&if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                })
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// The `b'...'` inside a bytearray's repr: CPython escapes every `'` there, even between double quotes.
pub fn bytearray_body_repr(b: &[u8]) -> String {
    quoted_bytes(b, true)
}

fn quoted_bytes(b: &[u8], escape_single: bool) -> String {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = if has_single && !has_double { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

/// The repr of a value that holds no other values and whose text is small: None, NotImplemented,
/// Ellipsis, bools, ints, floats. None for any other value. Shared by `const_repr` and the VM's
/// `builtin_repr` (vm/format.rs).
pub fn atom_repr(v: &Value) -> Option<String> {
    Some(match v {
        Value::None | Value::Null => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        _ => return None,
    })
}

/// Repr of a constant, for the disassembler (no VM needed).
pub fn const_repr(v: &Value) -> String {
    if let Some(s) = atom_repr(v) {
        return s;
    }
    match v {
        Value::Str(s) => str_repr(s.as_str()),
        Value::Bytes(b) => bytes_repr(b),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        _ => "<object>".into(),
    }
}

/// Whether the method `name` of the built-in type `owner` implements one of the type's slots:
/// CPython shows those as `<slot wrapper ...>` on the type and `<method-wrapper ...>` bound,
/// where ordinary methods are `<method ...>` and `<built-in method ...>`. A few types also
/// define some slot names as ordinary methods (`list.__getitem__`, `dict.__contains__`).
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__aiter__",
        "__and__",
        "__anext__",
        "__await__",
        "__bool__",
        "__call__",
        "__contains__",
        "__del__",
        "__delattr__",
        "__delete__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__get__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__ifloordiv__",
        "__ilshift__",
        "__imatmul__",
        "__imod__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__ipow__",
        "__irshift__",
        "__isub__",
        "__iter__",
        "__itruediv__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__matmul__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__next__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__set__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ];
    const PLAIN_METHODS: &[(&str, &str)] =
        &[("dict", "__contains__"), ("dict", "__getitem__"), ("frozenset", "__contains__"), ("list", "__getitem__"), ("set", "__contains__")];
    !owner.is_empty() && SLOTS.contains(&name) && !PLAIN_METHODS.contains(&(owner, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
        // Exactly halfway between two shortest candidates: the even one, as CPython.
        let quarter = |n: f64| n / 4.0;
        assert_eq!(float_repr(quarter(7674366569865081.0)), "1918591642466270.2");
        assert_eq!(float_repr(-quarter(7674366569865081.0)), "-1918591642466270.2");
        assert_eq!(float_repr(quarter(7674366569865083.0)), "1918591642466270.8");
        assert_eq!(float_repr(0.125), "0.125");
        assert_eq!(float_repr(2.5), "2.5");
    }
}
