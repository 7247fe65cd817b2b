//! str.format: `{}` / `{0}` / `{name}` fields with `.attr` and `[key]` lookups, `!r`/`!s`/`!a`, and
//! specs that may themselves contain fields. Parsing follows CPython's grammar and errors: a `}`
//! inside `[...]` belongs to the key, a spec may nest fields one level deep, and a format string
//! numbers its fields either automatically or by hand, never both.

use crate::objects::function::KwArgs;
use crate::objects::str::intern;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Where `{name}` fields find their values: the keyword arguments of `format`, or the mapping
/// of `format_map` (looked up with `[]`, so a dict subclass's `__missing__` takes part).
pub enum Names<'a> {
    Keywords(&'a KwArgs),
    Mapping(&'a Value),
}

/// How the fields of one format string are numbered: fixed by the first numeric field.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    /// `{}` fields; the next one takes this index.
    Auto(usize),
    /// `{0}` fields.
    Manual,
}

/// Everything one `format` call shares across its fields and nested specs.
struct Formatter<'a> {
    /// None for `format_map`, which has no positional arguments.
    args: Option<&'a [Value]>,
    names: Names<'a>,
    numbering: Numbering,
}

/// Nesting allowed for fields inside specs: `{0:{1}}` is fine, `{0:{1:{2}}}` is not.
const MAX_DEPTH: u32 = 2;

pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    Formatter { args: Some(args), names: Names::Keywords(kwargs), numbering: Numbering::Unset }.render(vm, &chars, MAX_DEPTH)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    Formatter { args: None, names: Names::Mapping(mapping), numbering: Numbering::Unset }.render(vm, &chars, MAX_DEPTH)
}

/// One replacement field, split into its parts (still unparsed text).
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_has_fields: bool,
}

/// The value of a decimal field-name part (`0`, `12`, Unicode digits too); None when the text is
/// empty or not all digits.
fn decimal_index(text: &[char]) -> PyResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in text {
        let digit = if c.is_ascii() { c.to_digit(10) } else { crate::ucd::numeric(c).and_then(|n| n.0).map(u32::from) };
        let Some(d) = digit else { return Ok(None) };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parses the field starting just after its `{`; returns it and the position after its `}`.
fn parse_field(s: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let start = i;
    let mut stop = None;
    while i < s.len() {
        let c = s[i];
        i += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            // A key in brackets may hold any character but ']'.
            '[' => {
                while i < s.len() && s[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else { return Err(PyErr::value_error("expected '}' before end of string")) };
    let name = s[start..i - 1].to_vec();
    let mut field = Field { name, conversion: None, spec: Vec::new(), spec_has_fields: false };
    if stop == '}' {
        return Ok((field, i));
    }
    if stop == '!' {
        let Some(&conv) = s.get(i) else { return Err(PyErr::value_error("end of string while looking for conversion specifier")) };
        field.conversion = Some(conv);
        i += 1;
        if let Some(&c) = s.get(i) {
            i += 1;
            match c {
                '}' => return Ok((field, i)),
                ':' => {}
                _ => return Err(PyErr::value_error("expected ':' after conversion specifier")),
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < s.len() {
        let c = s[i];
        i += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = s[spec_start..i - 1].to_vec();
                    return Ok((field, i));
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// One `.attr` or `[key]` step after a field's first name.
enum Step {
    Attr(String),
    Index(usize),
    Key(String),
}

/// The next `.attr` or `[key]` step of `rest` from `*i` (None at its end). Steps are read one at
/// a time: a lookup fails before a malformed step after it is noticed, as in CPython.
fn next_step(rest: &[char], i: &mut usize) -> PyResult<Option<Step>> {
    let Some(&c) = rest.get(*i) else { return Ok(None) };
    *i += 1;
    let start = *i;
    let part: &[char] = match c {
        '.' => {
            while *i < rest.len() && !matches!(rest[*i], '.' | '[') {
                *i += 1;
            }
            &rest[start..*i]
        }
        '[' => {
            while *i < rest.len() && rest[*i] != ']' {
                *i += 1;
            }
            if *i >= rest.len() {
                return Err(PyErr::value_error("Missing ']' in format string"));
            }
            *i += 1;
            &rest[start..*i - 1]
        }
        _ => return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier")),
    };
    if part.is_empty() {
        return Err(PyErr::value_error("Empty attribute in format string"));
    }
    Ok(Some(match (c, decimal_index(part)?) {
        ('.', _) => Step::Attr(part.iter().collect()),
        (_, Some(n)) => Step::Index(n),
        (_, None) => Step::Key(part.iter().collect()),
    }))
}

impl Formatter<'_> {
    /// Formats `s`; `depth` is how many more levels of fields-in-specs are allowed.
    fn render(&mut self, vm: &mut Vm, s: &[char], depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            match c {
                '{' | '}' if s.get(i + 1) == Some(&c) => {
                    out.push(c);
                    i += 2;
                }
                '}' => return Err(PyErr::value_error("Single '}' encountered in format string")),
                '{' if i + 1 == s.len() => return Err(PyErr::value_error("Single '{' encountered in format string")),
                '{' => {
                    let (field, next) = parse_field(s, i + 1)?;
                    let text = self.field(vm, &field, depth)?;
                    out.try_reserve(text.len()).map_err(|_| crate::vm::ops::memory_error())?;
                    out.push_str(&text);
                    i = next;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// The index a numeric or empty first name stands for, keeping the numbering consistent.
    fn position(&mut self, explicit: Option<usize>) -> PyResult<usize> {
        match (self.numbering, explicit) {
            (Numbering::Unset, None) => {
                self.numbering = Numbering::Auto(1);
                Ok(0)
            }
            (Numbering::Unset, Some(n)) => {
                self.numbering = Numbering::Manual;
                Ok(n)
            }
            (Numbering::Auto(next), None) => {
                self.numbering = Numbering::Auto(next + 1);
                Ok(next)
            }
            (Numbering::Manual, Some(n)) => Ok(n),
            (Numbering::Manual, None) => Err(PyErr::value_error("cannot switch from manual field specification to automatic field numbering")),
            (Numbering::Auto(_), Some(_)) => Err(PyErr::value_error("cannot switch from automatic field numbering to manual field specification")),
        }
    }

    /// The object a field name designates.
    fn lookup(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let first_end = name.iter().position(|c| matches!(c, '.' | '[')).unwrap_or(name.len());
        let first = &name[..first_end];
        let number = decimal_index(first)?;
        let mut value = if first.is_empty() || number.is_some() {
            let n = self.position(number)?;
            let args = self.args.ok_or_else(|| PyErr::value_error("Format string contains positional fields"))?;
            args.get(n).cloned().ok_or_else(|| PyErr::index_error(format!("Replacement index {n} out of range for positional args tuple")))?
        } else {
            let key: String = first.iter().collect();
            match &self.names {
                Names::Keywords(k) => k.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v.clone()).ok_or_else(|| PyErr::key_error(Value::string(key)))?,
                Names::Mapping(m) => vm.getitem(m, &Value::string(key))?,
            }
        };
        let rest = &name[first_end..];
        let mut at = 0;
        while let Some(step) = next_step(rest, &mut at)? {
            value = match step {
                Step::Attr(a) => vm.get_attr(&value, &intern(&a))?,
                Step::Index(n) => vm.getitem(&value, &Value::Int(n as i64))?,
                Step::Key(k) => vm.getitem(&value, &Value::string(k))?,
            };
        }
        Ok(value)
    }

    fn field(&mut self, vm: &mut Vm, field: &Field, depth: u32) -> PyResult<String> {
        let value = self.lookup(vm, &field.name)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::string(vm.repr(&value)?),
            Some('s') => Value::string(vm.str(&value)?),
            Some('a') => super::functions::ascii(vm, std::slice::from_ref(&value), crate::objects::function::NO_KWARGS)?,
            Some(c) if ('!'..='~').contains(&c) => return Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
            Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec = if field.spec_has_fields { self.render(vm, &field.spec, depth - 1)? } else { field.spec.iter().collect() };
        vm.format(&value, &spec)
    }
}
