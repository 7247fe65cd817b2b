//! sqlite3's exception classes (Warning, Error and its DB-API subclasses, all in module
//! `sqlite3`) and the one place a failure of the database becomes one of them, with
//! CPython's choice of class by result code and its `sqlite_errorcode`/`sqlite_errorname`.

use crate::objects::Arc;
use crate::objects::class::{Class, Kind};
use crate::objects::exceptions::new_exception;
use crate::objects::types::{make_class_in, types};
use crate::objects::{ExcKind, PyErr, Value};
use std::sync::OnceLock;

/// The DB-API exception classes, in the order `classes()` builds them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DbExc {
    Warning,
    Error,
    InterfaceError,
    DatabaseError,
    InternalError,
    OperationalError,
    ProgrammingError,
    IntegrityError,
    DataError,
    NotSupportedError,
}

impl DbExc {
    pub const ALL: [DbExc; 10] = [
        DbExc::Warning,
        DbExc::Error,
        DbExc::InterfaceError,
        DbExc::DatabaseError,
        DbExc::InternalError,
        DbExc::OperationalError,
        DbExc::ProgrammingError,
        DbExc::IntegrityError,
        DbExc::DataError,
        DbExc::NotSupportedError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DbExc::Warning => "Warning",
            DbExc::Error => "Error",
            DbExc::InterfaceError => "InterfaceError",
            DbExc::DatabaseError => "DatabaseError",
            DbExc::InternalError => "InternalError",
            DbExc::OperationalError => "OperationalError",
            DbExc::ProgrammingError => "ProgrammingError",
            DbExc::IntegrityError => "IntegrityError",
            DbExc::DataError => "DataError",
            DbExc::NotSupportedError => "NotSupportedError",
        }
    }

    /// The class this one derives from (None: a built-in base).
    fn parent(self) -> Option<DbExc> {
        match self {
            DbExc::Warning | DbExc::Error => None,
            DbExc::InterfaceError | DbExc::DatabaseError => Some(DbExc::Error),
            _ => Some(DbExc::DatabaseError),
        }
    }

    pub fn class(self) -> Arc<Class> {
        classes()[self as usize].clone()
    }
}

fn classes() -> &'static Vec<Arc<Class>> {
    static C: OnceLock<Vec<Arc<Class>>> = OnceLock::new();
    C.get_or_init(|| {
        let mut made: Vec<Arc<Class>> = Vec::new();
        for e in DbExc::ALL {
            let base = match e.parent() {
                Some(p) => made[p as usize].clone(),
                None => types().exc(ExcKind::Exception),
            };
            let c = make_class_in("sqlite3", e.name(), vec![base], Kind::Exception);
            c.dict.set_str(crate::name!("__module__").clone(), Value::str("sqlite3"));
            made.push(c);
        }
        made
    })
}

/// A DB-API exception with one message.
pub fn db_error(kind: DbExc, msg: impl Into<String>) -> PyErr {
    PyErr::from_value(new_exception(kind.class(), vec![Value::string(msg.into())]))
}

/// What went wrong inside a database call, as plain data (it may come from another thread).
#[derive(Debug)]
pub enum Failure {
    /// The database refused: its extended result code and message.
    Sqlite { code: i32, message: String },
    /// A DB-API error raised by the module itself.
    Api(DbExc, String),
    /// A built-in exception (OverflowError for too large ints).
    Builtin(ExcKind, String),
    /// A parameter of a type SQLite cannot hold: its type name and 1-based position.
    Unbindable { type_name: String, pos: usize },
    /// An exception made while reading a parameter (MemoryError for a bytes-like one whose copy
    /// cannot be had).
    Raised(Raised),
}

/// An exception already made, carried by a `Failure`.
pub struct Raised(pub PyErr);

impl std::fmt::Debug for Raised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.class().name)
    }
}

impl Failure {
    pub fn into_err(self) -> PyErr {
        match self {
            Failure::Sqlite { code, message } => sqlite_error(code, message),
            Failure::Api(kind, msg) => db_error(kind, msg),
            Failure::Builtin(kind, msg) => PyErr::new(kind, msg),
            Failure::Raised(Raised(e)) => e,
            Failure::Unbindable { type_name, pos } => {
                db_error(DbExc::ProgrammingError, format!("Error binding parameter {pos}: type '{type_name}' is not supported"))
            }
        }
    }
}

/// CPython's class for a primary result code (`_pysqlite_seterror`).
fn class_for(code: i32) -> Result<DbExc, ExcKind> {
    Ok(match code & 0xff {
        2 | 12 => DbExc::InternalError,
        7 => return Err(ExcKind::MemoryError),
        1 | 3..=6 | 8..=10 | 13..=17 => DbExc::OperationalError,
        18 => DbExc::DataError,
        19 | 20 => DbExc::IntegrityError,
        21 | 25 => DbExc::InterfaceError,
        _ => DbExc::DatabaseError,
    })
}

fn sqlite_error(code: i32, message: String) -> PyErr {
    match class_for(code) {
        Err(kind) => PyErr::new(kind, message),
        Ok(kind) => {
            let name = error_name(code).unwrap_or("unknown");
            db_error(kind, message).with_field("sqlite_errorcode", Value::Int(code as i64)).with_field("sqlite_errorname", Value::str(name))
        }
    }
}

/// A failure of rusqlite as CPython would report it.
pub fn from_rusqlite(e: rusqlite::Error) -> Failure {
    use rusqlite::Error as E;
    match e {
        E::SqliteFailure(f, msg) => {
            let message = msg.unwrap_or_else(|| rusqlite::ffi::code_to_str(f.extended_code).to_string());
            Failure::Sqlite { code: f.extended_code, message }
        }
        E::MultipleStatement => Failure::Api(DbExc::ProgrammingError, "You can only execute one statement at a time.".into()),
        E::SqlInputError { error, msg, .. } => Failure::Sqlite { code: error.extended_code, message: msg },
        E::NulError(_) => Failure::Api(DbExc::ProgrammingError, "the query contains a null character".into()),
        E::InvalidPath(_) => Failure::Sqlite { code: 14, message: "unable to open database file".into() },
        other => Failure::Api(DbExc::OperationalError, other.to_string()),
    }
}

/// The symbolic name of an extended result code.
pub fn error_name(code: i32) -> Option<&'static str> {
    ERROR_NAMES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// Result codes and their names, as CPython 3.11's module constants give them.
const ERROR_NAMES: &[(i32, &str)] = &[
    (1, "SQLITE_ERROR"),
    (2, "SQLITE_INTERNAL"),
    (3, "SQLITE_PERM"),
    (4, "SQLITE_ABORT"),
    (5, "SQLITE_BUSY"),
    (6, "SQLITE_LOCKED"),
    (7, "SQLITE_NOMEM"),
    (8, "SQLITE_READONLY"),
    (9, "SQLITE_INTERRUPT"),
    (10, "SQLITE_IOERR"),
    (11, "SQLITE_CORRUPT"),
    (12, "SQLITE_NOTFOUND"),
    (13, "SQLITE_FULL"),
    (14, "SQLITE_CANTOPEN"),
    (15, "SQLITE_PROTOCOL"),
    (16, "SQLITE_EMPTY"),
    (17, "SQLITE_SCHEMA"),
    (18, "SQLITE_TOOBIG"),
    (19, "SQLITE_CONSTRAINT"),
    (20, "SQLITE_MISMATCH"),
    (21, "SQLITE_MISUSE"),
    (22, "SQLITE_NOLFS"),
    (23, "SQLITE_AUTH"),
    (24, "SQLITE_FORMAT"),
    (25, "SQLITE_RANGE"),
    (26, "SQLITE_NOTADB"),
    (27, "SQLITE_NOTICE"),
    (28, "SQLITE_WARNING"),
    (256, "SQLITE_OK_LOAD_PERMANENTLY"),
    (257, "SQLITE_ERROR_MISSING_COLLSEQ"),
    (261, "SQLITE_BUSY_RECOVERY"),
    (262, "SQLITE_LOCKED_SHAREDCACHE"),
    (264, "SQLITE_READONLY_RECOVERY"),
    (266, "SQLITE_IOERR_READ"),
    (267, "SQLITE_CORRUPT_VTAB"),
    (270, "SQLITE_CANTOPEN_NOTEMPDIR"),
    (275, "SQLITE_CONSTRAINT_CHECK"),
    (279, "SQLITE_AUTH_USER"),
    (283, "SQLITE_NOTICE_RECOVER_WAL"),
    (284, "SQLITE_WARNING_AUTOINDEX"),
    (512, "SQLITE_OK_SYMLINK"),
    (513, "SQLITE_ERROR_RETRY"),
    (516, "SQLITE_ABORT_ROLLBACK"),
    (517, "SQLITE_BUSY_SNAPSHOT"),
    (518, "SQLITE_LOCKED_VTAB"),
    (520, "SQLITE_READONLY_CANTLOCK"),
    (522, "SQLITE_IOERR_SHORT_READ"),
    (523, "SQLITE_CORRUPT_SEQUENCE"),
    (526, "SQLITE_CANTOPEN_ISDIR"),
    (531, "SQLITE_CONSTRAINT_COMMITHOOK"),
    (539, "SQLITE_NOTICE_RECOVER_ROLLBACK"),
    (769, "SQLITE_ERROR_SNAPSHOT"),
    (773, "SQLITE_BUSY_TIMEOUT"),
    (776, "SQLITE_READONLY_ROLLBACK"),
    (778, "SQLITE_IOERR_WRITE"),
    (779, "SQLITE_CORRUPT_INDEX"),
    (782, "SQLITE_CANTOPEN_FULLPATH"),
    (787, "SQLITE_CONSTRAINT_FOREIGNKEY"),
    (1032, "SQLITE_READONLY_DBMOVED"),
    (1034, "SQLITE_IOERR_FSYNC"),
    (1038, "SQLITE_CANTOPEN_CONVPATH"),
    (1043, "SQLITE_CONSTRAINT_FUNCTION"),
    (1288, "SQLITE_READONLY_CANTINIT"),
    (1290, "SQLITE_IOERR_DIR_FSYNC"),
    (1294, "SQLITE_CANTOPEN_DIRTYWAL"),
    (1299, "SQLITE_CONSTRAINT_NOTNULL"),
    (1544, "SQLITE_READONLY_DIRECTORY"),
    (1546, "SQLITE_IOERR_TRUNCATE"),
    (1550, "SQLITE_CANTOPEN_SYMLINK"),
    (1555, "SQLITE_CONSTRAINT_PRIMARYKEY"),
    (1802, "SQLITE_IOERR_FSTAT"),
    (1811, "SQLITE_CONSTRAINT_TRIGGER"),
    (2058, "SQLITE_IOERR_UNLOCK"),
    (2067, "SQLITE_CONSTRAINT_UNIQUE"),
    (2314, "SQLITE_IOERR_RDLOCK"),
    (2323, "SQLITE_CONSTRAINT_VTAB"),
    (2570, "SQLITE_IOERR_DELETE"),
    (2579, "SQLITE_CONSTRAINT_ROWID"),
    (2826, "SQLITE_IOERR_BLOCKED"),
    (2835, "SQLITE_CONSTRAINT_PINNED"),
    (3082, "SQLITE_IOERR_NOMEM"),
    (3338, "SQLITE_IOERR_ACCESS"),
    (3594, "SQLITE_IOERR_CHECKRESERVEDLOCK"),
    (3850, "SQLITE_IOERR_LOCK"),
    (4106, "SQLITE_IOERR_CLOSE"),
    (4362, "SQLITE_IOERR_DIR_CLOSE"),
    (4618, "SQLITE_IOERR_SHMOPEN"),
    (4874, "SQLITE_IOERR_SHMSIZE"),
    (5130, "SQLITE_IOERR_SHMLOCK"),
    (5386, "SQLITE_IOERR_SHMMAP"),
    (5642, "SQLITE_IOERR_SEEK"),
    (5898, "SQLITE_IOERR_DELETE_NOENT"),
    (6154, "SQLITE_IOERR_MMAP"),
    (6410, "SQLITE_IOERR_GETTEMPPATH"),
    (6666, "SQLITE_IOERR_CONVPATH"),
    (6922, "SQLITE_IOERR_VNODE"),
    (7178, "SQLITE_IOERR_AUTH"),
    (7434, "SQLITE_IOERR_BEGIN_ATOMIC"),
    (7690, "SQLITE_IOERR_COMMIT_ATOMIC"),
    (7946, "SQLITE_IOERR_ROLLBACK_ATOMIC"),
    (8202, "SQLITE_IOERR_DATA"),
    (8458, "SQLITE_IOERR_CORRUPTFS"),
];
