//! An exception described but not made yet: what code running with the GIL released (the body
//! of `Vm::allow_threads`) returns when it fails. Making the exception there would change
//! reference counts (its class if not built in, its args, an OSError's attributes) on a thread
//! without the GIL, which the GIL's invariant forbids (gil_cell/rc.rs; `--features gil-audit`
//! checks it); the caller makes it once the GIL is back (`?` converts it into a PyErr).

use super::exceptions::{ExcKind, PyErr};

pub struct Unmade {
    make: Maker,
    msg: String,
}

enum Maker {
    Kind(ExcKind),
    /// A module's own exception class (zlib.error): the function that raises it.
    With(fn(String) -> PyErr),
}

impl Unmade {
    /// A built-in exception of `kind` with the message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Unmade {
        Unmade { make: Maker::Kind(kind), msg: msg.into() }
    }

    /// The exception `make(msg)` makes.
    pub fn with(make: fn(String) -> PyErr, msg: impl Into<String>) -> Unmade {
        Unmade { make: Maker::With(make), msg: msg.into() }
    }

    /// The exception itself (call with the GIL held).
    pub fn into_err(self) -> PyErr {
        match self.make {
            Maker::Kind(kind) => PyErr::new(kind, self.msg),
            Maker::With(make) => make(self.msg),
        }
    }
}

impl From<Unmade> for PyErr {
    fn from(u: Unmade) -> PyErr {
        u.into_err()
    }
}
