//! The int constants of native modules (fcntl, termios, mmap, select, socket): a table written
//! with `int_constants!` (libc's value by name, or a literal one) and put into the module's
//! namespace by `install`.

use crate::objects::Value;
use crate::objects::dict::Dict;
use crate::objects::str::intern;

/// A module's table of int constants: `NAME` takes libc's value of that name, `NAME = n` a
/// value written out (for the few the libc crate lacks).
macro_rules! int_constants {
    (@value $name:ident) => { nix::libc::$name as i64 };
    (@value $name:ident = $value:expr) => { $value };
    ($($name:ident $(= $value:expr)?),* $(,)?) => {
        &[$((stringify!($name), $crate::modules::int_constants::int_constants!(@value $name $(= $value)?))),*]
    };
}
pub(crate) use int_constants;

/// Puts a table of int constants into a module's namespace.
pub fn install(d: &Dict, table: &[(&str, i64)]) {
    for (name, value) in table {
        d.set_str(intern(name), Value::Int(*value));
    }
}
