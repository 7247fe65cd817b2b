//! What can go wrong in a file operation that runs with the GIL released (`FileObj::with`), kept
//! as plain data: the exception is made from it once the GIL is back. Making one without the
//! GIL changes reference counts (the OSError's attributes, the UnicodeDecodeError's bytes),
//! which the GIL's invariant forbids (gil_cell/rc.rs; the `gil-audit` feature checks it).

use crate::codecs::CodecError;
use crate::objects::PyErr;

pub enum Fault {
    /// The OS refused: the OSError (subclass) of its errno, no file name (CPython gives none).
    Io(std::io::Error),
    /// The bytes read did not decode (the bytes of the chunk that failed).
    Decode(CodecError, Vec<u8>),
    /// The text written did not encode.
    Encode(CodecError, String),
}

pub type Done<T> = Result<T, Fault>;

impl From<std::io::Error> for Fault {
    fn from(e: std::io::Error) -> Fault {
        Fault::Io(e)
    }
}

impl Fault {
    /// The exception CPython raises for it (call with the GIL held).
    pub fn into_err(self) -> PyErr {
        use crate::builtins::codec_args::codec_error;
        match self {
            Fault::Io(e) => super::os_error(&e, ""),
            Fault::Decode(e, bytes) => codec_error(e, Some(&bytes), None),
            Fault::Encode(e, text) => codec_error(e, None, Some(&text)),
        }
    }
}
