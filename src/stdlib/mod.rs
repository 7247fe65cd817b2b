//! The standard library written in the language itself, embedded in the binary: time (on the native `_time`), collections (on the native `_collections`), threading (on the
//! native `_thread`), queue (on threading), multiprocessing (on `_multiprocessing` and threading), traceback (on `_traceback`), and in plain gilpy functools, itertools, operator, heapq, bisect,
//! contextlib; concurrent.futures (on threading, queue and multiprocessing); socket (on `_socket`),
//! selectors (on `select`) and socketserver (on socket, selectors and threading); atexit; logging (a
//! package: logging, logging.handlers, logging.config); textwrap, argparse, pprint, shlex, fnmatch,
//! glob; re (on the native `_sre`); struct (on `_struct`), hashlib and hmac (on `_hashlib`), base64
//! (on `binascii`); datetime, calendar and _strptime (behind time.strptime and
//! datetime.strptime); os, posixpath (os.path) and stat (on the native `_os` and `_posixpath`),
//! _fdio (files over descriptors), pathlib, shutil, tempfile. Each is compiled on its
//! first import.

/// The source of an embedded module, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
        "queue" => include_str!("queue.py"),
        "collections" => include_str!("collections.py"),
        "time" => include_str!("time.py"),
        "multiprocessing" => include_str!("multiprocessing.py"),
        "traceback" => include_str!("traceback.py"),
        "functools" => include_str!("functools.py"),
        "itertools" => include_str!("itertools.py"),
        "operator" => include_str!("operator.py"),
        "heapq" => include_str!("heapq.py"),
        "bisect" => include_str!("bisect.py"),
        "contextlib" => include_str!("contextlib.py"),
        "types" => include_str!("types.py"),
        "typing" => include_str!("typing.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "fractions" => include_str!("fractions.py"),
        "copy" => include_str!("copy.py"),
        "json" => include_str!("json.py"),
        "io" => include_str!("io.py"),
        "string" => include_str!("string.py"),
        "statistics" => include_str!("statistics.py"),
        "socket" => include_str!("socket.py"),
        "selectors" => include_str!("selectors.py"),
        "socketserver" => include_str!("socketserver.py"),
        "atexit" => include_str!("atexit.py"),
        "logging" => include_str!("logging/__init__.py"),
        "logging.handlers" => include_str!("logging/handlers.py"),
        "logging.config" => include_str!("logging/config.py"),
        "textwrap" => include_str!("textwrap.py"),
        "argparse" => include_str!("argparse.py"),
        "pprint" => include_str!("pprint.py"),
        "shlex" => include_str!("shlex.py"),
        "fnmatch" => include_str!("fnmatch.py"),
        "glob" => include_str!("glob.py"),
        "re" => include_str!("re.py"),
        "struct" => include_str!("struct.py"),
        "hashlib" => include_str!("hashlib.py"),
        "hmac" => include_str!("hmac.py"),
        "base64" => include_str!("base64.py"),
        "abc" => include_str!("abc.py"),
        "enum" => include_str!("enum.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "datetime" => include_str!("datetime.py"),
        "_strptime" => include_str!("_strptime.py"),
        "calendar" => include_str!("calendar.py"),
        "os" => include_str!("os.py"),
        "posixpath" => include_str!("posixpath.py"),
        "stat" => include_str!("stat.py"),
        "_fdio" => include_str!("_fdio.py"),
        "pathlib" => include_str!("pathlib.py"),
        "shutil" => include_str!("shutil.py"),
        "tempfile" => include_str!("tempfile.py"),
        // CPython's private name for collections.abc: the same module under a second name.
        "_collections_abc" => "import sys\nimport collections.abc\nsys.modules['_collections_abc'] = collections.abc\n",
        // A package with nothing of its own: `import concurrent.futures` loads the next entry.
        "concurrent" => "",
        "concurrent.futures" => include_str!("concurrent_futures.py"),
        "concurrent.futures._base" => {
            "from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError, InvalidStateError, BrokenExecutor, Error, Future, Executor, wait, as_completed, DoneAndNotDoneFutures)\n"
        }
        "concurrent.futures.thread" => "from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool\n",
        "concurrent.futures.process" => "from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool\n",
        _ => return None,
    })
}
