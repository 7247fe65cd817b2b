//! The standard library written in the language itself, embedded in the binary: time (on the native `_time`), collections (on the native `_collections`), threading (on the
//! native `_thread`), queue (on threading), multiprocessing (a package as CPython's: process, context, util,
//! connection, synchronize, queues, pool, sharedctypes, managers, dummy; on `_multiprocessing` and threading), traceback (on `_traceback`), and in plain gilpy functools, itertools, operator, heapq, bisect,
//! contextlib; concurrent.futures (on threading, queue and multiprocessing); socket (on `_socket`),
//! selectors (on `select`) and socketserver (on socket, selectors and threading); atexit; logging (a
//! package: logging, logging.handlers, logging.config); textwrap, argparse, pprint, shlex, fnmatch,
//! glob; re (on the native `_sre`); struct (on `_struct`), hashlib and hmac (on `_hashlib`), base64
//! (on `binascii`). Each is compiled on its
//! first import.

/// The source of an embedded module, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
        "__future__" => include_str!("__future__.py"),
        "_sysinfo" => include_str!("_sysinfo.py"),
        "queue" => include_str!("queue.py"),
        "collections" => include_str!("collections.py"),
        "time" => include_str!("time.py"),
        "multiprocessing" => include_str!("multiprocessing/__init__.py"),
        "multiprocessing.process" => include_str!("multiprocessing/process.py"),
        "multiprocessing.context" => include_str!("multiprocessing/context.py"),
        "multiprocessing.util" => include_str!("multiprocessing/util.py"),
        "multiprocessing.connection" => include_str!("multiprocessing/connection.py"),
        "multiprocessing.synchronize" => include_str!("multiprocessing/synchronize.py"),
        "multiprocessing.queues" => include_str!("multiprocessing/queues.py"),
        "multiprocessing.pool" => include_str!("multiprocessing/pool.py"),
        "multiprocessing.sharedctypes" => include_str!("multiprocessing/sharedctypes.py"),
        "multiprocessing.managers" => include_str!("multiprocessing/managers.py"),
        "multiprocessing.dummy" => include_str!("multiprocessing/dummy.py"),
        "traceback" => include_str!("traceback.py"),
        "linecache" => include_str!("linecache.py"),
        "reprlib" => include_str!("reprlib.py"),
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
