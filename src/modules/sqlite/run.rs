//! Running SQL on a connection, as plain data in and out (it may run on a helper thread):
//! one statement with one or more parameter sets (execute, executemany), or a script.
//! Results are read in full at once; the Python side hands them out row by row.

use super::errors::{DbExc, Failure, from_rusqlite};
use super::values::Field;
use rusqlite::Connection;
use rusqlite::fallible_iterator::FallibleIterator;
use rusqlite::types::Value as Sql;

/// One set of parameters, by position or by name (the name without its `:`/`$`/`@`).
pub enum Params {
    Positional(Vec<Result<Sql, Failure>>),
    Named(Vec<(String, Result<Sql, Failure>)>),
}

/// What running a statement gave.
#[derive(Default)]
pub struct Outcome {
    /// Each result column's name and declared type; empty when the statement returns none.
    pub columns: Vec<(String, Option<String>)>,
    pub rows: Vec<Vec<Field>>,
    /// Rows changed, summed over the parameter sets.
    pub changes: u64,
    pub lastrowid: i64,
}

fn api(msg: String) -> Failure {
    Failure::Api(DbExc::ProgrammingError, msg)
}

fn bind(stmt: &mut rusqlite::Statement<'_>, params: Params) -> Result<(), Failure> {
    let count = stmt.parameter_count();
    match params {
        Params::Positional(values) => {
            if values.len() != count {
                return Err(api(format!(
                    "Incorrect number of bindings supplied. The current statement uses {count}, and there are {} supplied.",
                    values.len()
                )));
            }
            for (i, v) in values.into_iter().enumerate() {
                stmt.raw_bind_parameter(i + 1, v?).map_err(from_rusqlite)?;
            }
        }
        Params::Named(mut values) => {
            for i in 1..=count {
                let Some(name) = stmt.parameter_name(i).map(str::to_string) else {
                    return Err(api(format!("Binding {i} has no name, but you supplied a dictionary (which has only names).")));
                };
                let key = &name[1..];
                let Some(at) = values.iter().position(|(k, _)| k == key) else {
                    return Err(api(format!("You did not supply a value for binding parameter {name}.")));
                };
                let v = match &values[at].1 {
                    Ok(s) => s.clone(),
                    Err(Failure::Unbindable { type_name, .. }) => return Err(Failure::Unbindable { type_name: type_name.clone(), pos: i }),
                    Err(_) => {
                        return Err(std::mem::replace(&mut values[at].1, Ok(Sql::Null)).err().unwrap_or(Failure::Api(DbExc::ProgrammingError, String::new())));
                    }
                };
                stmt.raw_bind_parameter(i, v).map_err(from_rusqlite)?;
            }
        }
    }
    Ok(())
}

/// Runs `sql` once per parameter set; `begin` (the BEGIN statement of the isolation level)
/// runs first when the database is in autocommit mode.
pub fn execute(conn: &Connection, sql: &str, sets: Vec<Params>, begin: Option<&str>) -> Result<Outcome, Failure> {
    if let Some(b) = begin
        && conn.is_autocommit()
    {
        conn.execute_batch(b).map_err(from_rusqlite)?;
    }
    let mut out = Outcome::default();
    let mut stmt = match conn.prepare_cached(sql) {
        Ok(s) => s,
        Err(rusqlite::Error::Empty) => return Ok(out),
        Err(e) => return Err(from_rusqlite(e)),
    };
    out.columns = stmt.columns().map(|c| (c.name().to_string(), c.decl_type().map(str::to_string))).collect();
    let width = out.columns.len();
    for params in sets {
        bind(&mut stmt, params)?;
        let mut rows = stmt.raw_query();
        while let Some(row) = rows.next().map_err(from_rusqlite)? {
            let mut fields = Vec::with_capacity(width);
            for i in 0..width {
                fields.push(Field::read(row.get_ref(i).map_err(from_rusqlite)?));
            }
            out.rows.push(fields);
        }
        drop(rows);
        out.changes += conn.changes();
    }
    out.lastrowid = conn.last_insert_rowid();
    Ok(out)
}

/// Runs a script of statements (after committing an open transaction, as CPython does).
pub fn script(conn: &Connection, sql: &str) -> Result<(), Failure> {
    if !conn.is_autocommit() {
        conn.execute_batch("COMMIT").map_err(from_rusqlite)?;
    }
    let mut batch = rusqlite::Batch::new(conn, sql);
    while let Some(mut stmt) = batch.next().map_err(from_rusqlite)? {
        let mut rows = stmt.raw_query();
        while rows.next().map_err(from_rusqlite)?.is_some() {}
    }
    Ok(())
}
