//! Values crossing between Python and SQLite: Python's None/int/float/str/bytes-like as the
//! SQLite storage classes (CPython's binding rules and errors), and a result column's value
//! back as a Python object (text through the connection's text_factory).

use super::errors::{DbExc, Failure, Raised};
use crate::modules::convert::{buffer_bytes, type_name};
use crate::objects::{Arc, ExcKind, PyResult, Value};
use crate::vm::Vm;
use rusqlite::types::Value as Sql;

/// A Python value (already adapted) as an SQLite value; `pos` is the 1-based parameter
/// number for the message CPython gives an unsupported type.
pub fn to_sql(v: &Value, pos: usize) -> Result<Sql, Failure> {
    Ok(match v {
        Value::None => Sql::Null,
        Value::Bool(b) => Sql::Integer(*b as i64),
        Value::Int(i) => Sql::Integer(*i),
        Value::BigInt(_) => return Err(too_large()),
        Value::Float(f) => Sql::Real(*f),
        Value::Str(s) => Sql::Text(s.as_str().to_string()),
        other => match other.as_str() {
            Some(s) => Sql::Text(s.to_string()),
            None => match buffer_bytes(other).map_err(|e| Failure::Raised(Raised(e)))? {
                Some(b) => Sql::Blob(b),
                None => return Err(unsupported(other, pos)),
            },
        },
    })
}

/// A callback's result as an SQLite value (None when CPython would reject it).
pub fn result_to_sql(v: &Value) -> Option<Sql> {
    to_sql(v, 0).ok()
}

fn too_large() -> Failure {
    Failure::Builtin(ExcKind::OverflowError, "Python int too large to convert to SQLite INTEGER".into())
}

fn unsupported(v: &Value, pos: usize) -> Failure {
    Failure::Unbindable { type_name: type_name(v), pos }
}

/// How TEXT results become Python objects.
pub enum TextMode {
    /// Decoded as UTF-8 (the default `str`).
    Str,
    /// Passed as bytes to the connection's text_factory.
    Factory(Value),
}

impl TextMode {
    pub fn of(factory: &Value) -> TextMode {
        match factory {
            Value::Class(c) if Arc::ptr_eq(c, &crate::objects::types::types().str_) => TextMode::Str,
            other => TextMode::Factory(other.clone()),
        }
    }
}

/// A result column's value as read from a row (text kept as bytes until the text mode says).
#[derive(Debug, Clone)]
pub enum Field {
    Null,
    Int(i64),
    Real(f64),
    Text(Vec<u8>),
    Blob(Vec<u8>),
}

impl Field {
    pub fn read(v: rusqlite::types::ValueRef<'_>) -> Field {
        use rusqlite::types::ValueRef as R;
        match v {
            R::Null => Field::Null,
            R::Integer(i) => Field::Int(i),
            R::Real(f) => Field::Real(f),
            R::Text(t) => Field::Text(t.to_vec()),
            R::Blob(b) => Field::Blob(b.to_vec()),
        }
    }

    /// The bytes a converter is given: SQLite's text form of numbers (None for NULL).
    pub fn as_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Field::Null => None,
            Field::Int(i) => Some(i.to_string().into_bytes()),
            Field::Real(f) => Some(real_text(*f).into_bytes()),
            Field::Text(b) | Field::Blob(b) => Some(b.clone()),
        }
    }

    /// As an SQLite value (for a callback's arguments: text is SQLite's UTF-8).
    pub fn into_py(self, vm: &mut Vm, text: &TextMode, column: &str) -> PyResult<Value> {
        Ok(match self {
            Field::Null => Value::None,
            Field::Int(i) => Value::Int(i),
            Field::Real(f) => Value::Float(f),
            Field::Blob(b) => Value::Bytes(Arc::new(b)),
            Field::Text(b) => match text {
                TextMode::Str => match String::from_utf8(b) {
                    Ok(s) => Value::string(s),
                    Err(e) => {
                        let shown = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        return Err(super::errors::db_error(
                            DbExc::OperationalError,
                            format!("Could not decode to UTF-8 column '{column}' with text '{shown}'"),
                        ));
                    }
                },
                TextMode::Factory(f) => {
                    let f = f.clone();
                    vm.call(&f, &[Value::Bytes(Arc::new(b))], crate::objects::function::NO_KWARGS)?
                }
            },
        })
    }
}

/// A REAL as SQLite prints it (`%!.15g`: 15 significant digits, always a decimal point).
fn real_text(f: f64) -> String {
    if !f.is_finite() {
        return if f.is_nan() {
            "NaN".into()
        } else if f > 0.0 {
            "Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let exp = if f == 0.0 { 0 } else { f.abs().log10().floor() as i32 };
    if (-4..15).contains(&exp) {
        let decimals = (14 - exp).max(0) as usize;
        let mut s = format!("{f:.decimals$}");
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.push('0');
            }
        } else {
            s.push_str(".0");
        }
        s
    } else {
        let s = format!("{f:.14e}");
        let (mant, e) = s.split_once('e').unwrap_or((&s, "0"));
        let mut mant = mant.trim_end_matches('0').to_string();
        if mant.ends_with('.') {
            mant.push('0');
        }
        let e: i32 = e.parse().unwrap_or(0);
        format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    }
}
