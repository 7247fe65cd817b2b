//! The `_io` class hierarchy as CPython 3.11 has it: the four bases (`_IOBase`, `_RawIOBase`,
//! `_BufferedIOBase`, `_TextIOBase`, which io.py extends into the public ABCs with their mixin
//! methods) and the five classes of the objects open() returns (FileIO, BufferedReader,
//! BufferedWriter, BufferedRandom, TextIOWrapper), each with the methods its kind of file has.

use super::*;
use crate::objects::function::Owner;

/// Which class a native file object belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    FileIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    TextIOWrapper,
}

impl FileKind {
    pub(super) fn name(self) -> &'static str {
        match self {
            FileKind::FileIO => "FileIO",
            FileKind::BufferedReader => "BufferedReader",
            FileKind::BufferedWriter => "BufferedWriter",
            FileKind::BufferedRandom => "BufferedRandom",
            FileKind::TextIOWrapper => "TextIOWrapper",
        }
    }
}

/// The abstract bases of `_io`.
#[derive(Clone, Copy)]
pub enum Base {
    IO,
    Raw,
    Buffered,
    Text,
}

fn base_cell(b: Base) -> &'static OnceLock<Arc<Class>> {
    static CELLS: [OnceLock<Arc<Class>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    &CELLS[b as usize]
}

/// `_io._IOBase` and the three bases below it (instantiable and subclassable, as CPython's).
pub fn base(b: Base) -> Arc<Class> {
    base_cell(b)
        .get_or_init(|| {
            let (name, parent) = match b {
                Base::IO => {
                    let c = make_class_in("_io", "_IOBase", vec![types().object.clone()], Kind::Object);
                    c.dict.set_str(intern("__del__"), Builtin::method(Owner::Named("_IOBase"), "__del__", super::reconfigure::finalize));
                    return c;
                }
                Base::Raw => ("_RawIOBase", base(Base::IO)),
                Base::Buffered => ("_BufferedIOBase", base(Base::IO)),
                Base::Text => ("_TextIOBase", base(Base::IO)),
            };
            make_class_in("_io", name, vec![parent], Kind::Object)
        })
        .clone()
}

type Table = &'static [(&'static str, NativeFn)];

const COMMON: Table = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("flush", flush),
    ("close", close),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("__repr__", repr),
];
const COMMON_PROPS: Table = &[("closed", closed), ("name", name), ("mode", mode)];

const BINARY: Table = &[("readinto", readinto)];
const BUFFERED: Table = &[("read1", read1), ("readinto1", readinto), ("detach", super::reconfigure::detach)];
/// Only the classes that read ahead can peek.
const PEEK: Table = &[("peek", peek)];
const BUFFERED_PROPS: Table = &[("raw", raw_of)];
const FILEIO: Table = &[("readall", readall)];
const FILEIO_PROPS: Table = &[("closefd", closefd)];
const TEXT: Table = &[("detach", super::reconfigure::detach), ("reconfigure", super::reconfigure::reconfigure)];
const TEXT_PROPS: Table = &[
    ("encoding", encoding),
    ("errors", errors),
    ("line_buffering", line_buffering),
    ("buffer", buffer_of),
    ("newlines", super::reconfigure::newlines),
    ("write_through", super::reconfigure::write_through),
];

fn make(kind: FileKind) -> Arc<Class> {
    let owner = kind.name();
    let parent = match kind {
        FileKind::FileIO => base(Base::Raw),
        FileKind::TextIOWrapper => base(Base::Text),
        _ => base(Base::Buffered),
    };
    let c = make_class_in("_io", owner, vec![parent], Kind::Native);
    let (methods, props): (Vec<Table>, Vec<Table>) = match kind {
        FileKind::FileIO => (vec![COMMON, BINARY, FILEIO], vec![COMMON_PROPS, FILEIO_PROPS]),
        FileKind::TextIOWrapper => (vec![COMMON, TEXT], vec![COMMON_PROPS, TEXT_PROPS]),
        FileKind::BufferedWriter => (vec![COMMON, BINARY, BUFFERED], vec![COMMON_PROPS, BUFFERED_PROPS]),
        _ => (vec![COMMON, BINARY, BUFFERED, PEEK], vec![COMMON_PROPS, BUFFERED_PROPS]),
    };
    for (n, f) in methods.into_iter().flatten() {
        c.dict.set_str(intern(n), Builtin::method(Owner::Named(owner), n, *f));
    }
    for (n, f) in props.into_iter().flatten() {
        c.dict.set_str(intern(n), crate::builtins::object::native_property(Builtin::method(Owner::Named(owner), n, *f)));
    }
    if kind == FileKind::FileIO {
        c.dict.set_str(crate::name!("__new__").clone(), Builtin::new("__new__", fileio_new));
    }
    c
}

/// The class of the file objects of `kind`.
pub fn class(kind: FileKind) -> Arc<Class> {
    static CELLS: [OnceLock<Arc<Class>>; 5] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CELLS[kind as usize].get_or_init(|| make(kind)).clone()
}

/// Every class `_io` exports by name: the bases and the file classes.
pub fn exported() -> Vec<(&'static str, Arc<Class>)> {
    let mut out =
        vec![("_IOBase", base(Base::IO)), ("_RawIOBase", base(Base::Raw)), ("_BufferedIOBase", base(Base::Buffered)), ("_TextIOBase", base(Base::Text))];
    for k in [FileKind::FileIO, FileKind::BufferedReader, FileKind::BufferedWriter, FileKind::BufferedRandom, FileKind::TextIOWrapper] {
        out.push((k.name(), class(k)));
    }
    out
}
