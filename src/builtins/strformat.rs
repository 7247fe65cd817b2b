//! str.format: `{}` / `{0}` / `{name}` fields with `.attr` and `[key]` lookups, `!r`/`!s`, and specs
//! that may themselves contain fields.

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

pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<String> {
    format_with(vm, fmt, args, &Names::Keywords(kwargs), &mut 0)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    format_with(vm, fmt, &[], &Names::Mapping(mapping), &mut 0)
}

/// Formats `fmt`, numbering `{}` fields from `*auto` on (nested spec fields share the count).
fn format_with(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &Names, auto: &mut usize) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(vm, &field, args, kwargs, auto)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(vm: &mut Vm, field: &str, args: &[Value], kwargs: &Names, auto: &mut usize) -> PyResult<String> {
    let (name_part, spec) = match field.find(':') {
        Some(p) => (&field[..p], &field[p + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_part.find('!') {
        Some(p) => (&name_part[..p], name_part[p + 1..].chars().next()),
        None => (name_part, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    if matches!(kwargs, Names::Mapping(_)) && (head.is_empty() || head.parse::<usize>().is_ok()) {
        return Err(PyErr::value_error("Format string contains positional fields"));
    }
    let mut value = if head.is_empty() {
        let v = args.get(*auto).cloned().ok_or_else(|| PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", *auto)))?;
        *auto += 1;
        v
    } else if let Ok(n) = head.parse::<usize>() {
        args.get(n).cloned().ok_or_else(|| PyErr::index_error(format!("Replacement index {n} out of range for positional args tuple")))?
    } else {
        match kwargs {
            Names::Keywords(k) => k.iter().find(|(k, _)| k.as_str() == head).map(|(_, v)| v.clone()).ok_or_else(|| PyErr::key_error(Value::str(head)))?,
            Names::Mapping(m) => vm.getitem(m, &Value::str(head))?,
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.get_attr(&value, &intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            break;
        }
    }
    let value = match conv {
        Some('r') => Value::string(vm.repr(&value)?),
        Some('a') => super::functions::ascii(vm, std::slice::from_ref(&value), crate::objects::function::NO_KWARGS)?,
        Some('s') => Value::string(vm.str(&value)?),
        _ => value,
    };
    let spec = if spec.contains('{') { format_with(vm, spec, args, kwargs, auto)? } else { spec.to_string() };
    vm.format(&value, &spec)
}
