//! The standard library written in the language itself, embedded in the binary: time (on the native `_time`), collections (on the native `_collections`), threading (on the
//! native `_thread`), queue (on threading), multiprocessing (a package as CPython's: process, context, util,
//! connection, synchronize, queues, pool, sharedctypes, managers, dummy; on `_multiprocessing` and threading), traceback (on `_traceback`), and in plain gilpy functools, itertools, operator, heapq, bisect,
//! contextlib; concurrent.futures (on threading, queue and multiprocessing); socket (on `_socket`),
//! selectors (on `select`) and socketserver (on socket, selectors and threading); atexit; logging (a
//! package: logging, logging.handlers, logging.config); textwrap, argparse, pprint, shlex, fnmatch,
//! glob; re (on the native `_sre`); struct (on `_struct`), hashlib and hmac (on `_hashlib`), base64
//! (on `binascii`); datetime, calendar and _strptime (behind time.strptime and
//! datetime.strptime); os, posixpath (os.path) and stat (on the native `_os` and `_posixpath`),
//! _fdio (files over descriptors), pathlib, shutil, tempfile; difflib, inspect, unittest (a package as CPython's, with unittest.mock). Each is compiled on its
//! first import.

/// Embedded modules written as files here: the module's name, its file below src/stdlib/, its text.
macro_rules! embedded {
    ($($name:literal => $file:literal,)*) => {
        const FILES: &[(&str, &str, &str)] = &[$(($name, $file, include_str!($file)),)*];
    };
}

embedded! {
    "threading" => "threading.py",
    "_frozen_importlib" => "_frozen_importlib.py",
    "importlib" => "importlib/__init__.py",
    "importlib.abc" => "importlib/abc.py",
    "importlib.machinery" => "importlib/machinery.py",
    "importlib.util" => "importlib/util.py",
    "__future__" => "__future__.py",
    "_structseq" => "_structseq.py",
    "_sysinfo" => "_sysinfo.py",
    "queue" => "queue.py",
    "collections" => "collections.py",
    "_ast_type_comments" => "_ast_type_comments.py",
    "_ast_unparse" => "_ast_unparse.py",
    "_collections_chain" => "_collections_chain.py",
    "_collections_user" => "_collections_user.py",
    "time" => "time.py",
    "multiprocessing" => "multiprocessing/__init__.py",
    "multiprocessing.process" => "multiprocessing/process.py",
    "multiprocessing.context" => "multiprocessing/context.py",
    "multiprocessing.util" => "multiprocessing/util.py",
    "multiprocessing.connection" => "multiprocessing/connection.py",
    "multiprocessing.synchronize" => "multiprocessing/synchronize.py",
    "multiprocessing.queues" => "multiprocessing/queues.py",
    "multiprocessing.reduction" => "multiprocessing/reduction.py",
    "multiprocessing.pool" => "multiprocessing/pool.py",
    "multiprocessing.sharedctypes" => "multiprocessing/sharedctypes.py",
    "multiprocessing.managers" => "multiprocessing/managers.py",
    "multiprocessing.dummy" => "multiprocessing/dummy.py",
    "traceback" => "traceback.py",
    "linecache" => "linecache.py",
    "reprlib" => "reprlib.py",
    "functools" => "functools.py",
    "itertools" => "itertools.py",
    "operator" => "operator.py",
    "heapq" => "heapq.py",
    "bisect" => "bisect.py",
    "contextlib" => "contextlib.py",
    "types" => "types.py",
    "typing" => "typing.py",
    "unittest" => "unittest/__init__.py",
    "unittest.__main__" => "unittest/__main__.py",
    "unittest._contexts" => "unittest/_contexts.py",
    "unittest._log" => "unittest/_log.py",
    "unittest.async_case" => "unittest/async_case.py",
    "unittest.case" => "unittest/case.py",
    "unittest.loader" => "unittest/loader.py",
    "unittest.main" => "unittest/main.py",
    "unittest.mock" => "unittest/mock.py",
    "unittest.result" => "unittest/result.py",
    "unittest.runner" => "unittest/runner.py",
    "unittest.signals" => "unittest/signals.py",
    "unittest.suite" => "unittest/suite.py",
    "unittest.util" => "unittest/util.py",
    "dataclasses" => "dataclasses.py",
    "difflib" => "difflib.py",
    "fractions" => "fractions.py",
    "copy" => "copy.py",
    "contextvars" => "contextvars.py",
    "copyreg" => "copyreg.py",
    "csv" => "csv.py",
    "_csv" => "_csv.py",
    "configparser" => "configparser.py",
    "json" => "json/__init__.py",
    "json.decoder" => "json/decoder.py",
    "json.encoder" => "json/encoder.py",
    "json.scanner" => "json/scanner.py",
    "inspect" => "inspect.py",
    "io" => "io.py",
    "string" => "string.py",
    "statistics" => "statistics.py",
    "socket" => "socket.py",
    "selectors" => "selectors.py",
    "socketserver" => "socketserver.py",
    "ast" => "ast.py",
    "asyncio" => "asyncio/__init__.py",
    "asyncio.base_events" => "asyncio/base_events.py",
    "asyncio.coroutines" => "asyncio/coroutines.py",
    "asyncio.events" => "asyncio/events.py",
    "asyncio.exceptions" => "asyncio/exceptions.py",
    "asyncio.futures" => "asyncio/futures.py",
    "asyncio.locks" => "asyncio/locks.py",
    "asyncio.queues" => "asyncio/queues.py",
    "asyncio.runners" => "asyncio/runners.py",
    "asyncio.streams" => "asyncio/streams.py",
    "asyncio.subprocess" => "asyncio/subprocess.py",
    "asyncio.taskgroups" => "asyncio/taskgroups.py",
    "asyncio.tasks" => "asyncio/tasks.py",
    "asyncio.threads" => "asyncio/threads.py",
    "asyncio.timeouts" => "asyncio/timeouts.py",
    "atexit" => "atexit.py",
    "logging" => "logging/__init__.py",
    "logging.handlers" => "logging/handlers.py",
    "logging.config" => "logging/config.py",
    "textwrap" => "textwrap.py",
    "this" => "this.py",
    "argparse" => "argparse.py",
    "pickle" => "pickle.py",
    "pprint" => "pprint.py",
    "shlex" => "shlex.py",
    "signal" => "signal.py",
    "faulthandler" => "faulthandler.py",
    "filecmp" => "filecmp.py",
    "fileinput" => "fileinput.py",
    "fnmatch" => "fnmatch.py",
    "glob" => "glob.py",
    "grp" => "grp.py",
    "gzip" => "gzip.py",
    "gc" => "gc.py",
    "getopt" => "getopt.py",
    "getpass" => "getpass.py",
    "graphlib" => "graphlib.py",
    "random" => "random.py",
    "sched" => "sched.py",
    "secrets" => "secrets.py",
    "re" => "re.py",
    "resource" => "resource.py",
    "struct" => "struct.py",
    "subprocess" => "subprocess.py",
    "timeit" => "timeit.py",
    "hashlib" => "hashlib.py",
    "hmac" => "hmac.py",
    "html" => "html/__init__.py",
    "html.entities" => "html/entities.py",
    "html.parser" => "html/parser.py",
    "keyword" => "keyword.py",
    "base64" => "base64.py",
    "abc" => "abc.py",
    "enum" => "enum.py",
    "errno" => "errno.py",
    "collections.abc" => "collections_abc.py",
    "datetime" => "datetime.py",
    "decimal" => "decimal.py",
    "_strptime" => "_strptime.py",
    "calendar" => "calendar.py",
    "cmath" => "cmath.py",
    "cmd" => "cmd.py",
    "codecs" => "codecs.py",
    "colorsys" => "colorsys.py",
    "numbers" => "numbers.py",
    "os" => "os.py",
    "platform" => "platform.py",
    "posixpath" => "posixpath.py",
    "pwd" => "pwd.py",
    "pyexpat" => "pyexpat.py",
    "stat" => "stat.py",
    "_fdio" => "_fdio.py",
    "pathlib" => "pathlib.py",
    "shutil" => "shutil.py",
    "tempfile" => "tempfile.py",
    "uuid" => "uuid.py",
    "urllib" => "urllib/__init__.py",
    "urllib.parse" => "urllib/parse.py",
    "warnings" => "warnings.py",
    "weakref" => "weakref.py",
    "_weakref" => "_weakref.py",
    "_weakrefset" => "_weakrefset.py",
    "xml" => "xml/__init__.py",
    "xml.dom" => "xml/dom/__init__.py",
    "xml.dom.minidom" => "xml/dom/minidom.py",
    "xml.etree" => "xml/etree/__init__.py",
    "xml.etree.ElementPath" => "xml/etree/ElementPath.py",
    "xml.etree.ElementTree" => "xml/etree/ElementTree.py",
    "xml.parsers" => "xml/parsers/__init__.py",
    "xml.parsers.expat" => "xml/parsers/expat.py",
    "xml.sax" => "xml/sax/__init__.py",
    "xml.sax._exceptions" => "xml/sax/_exceptions.py",
    "xml.sax.handler" => "xml/sax/handler.py",
    "xml.sax.saxutils" => "xml/sax/saxutils.py",
    "xml.sax.xmlreader" => "xml/sax/xmlreader.py",
    "zipfile" => "zipfile.py",
    "zlib" => "zlib.py",
    "concurrent.futures" => "concurrent_futures.py",
}

/// Set to src/stdlib while developing the standard library: modules are then read from that folder at
/// import, so an edit to a `.py` file needs no rebuild. Unset (always, for users), the embedded text runs.
const DEV_DIR_VARIABLE: &str = "GILPY_STDLIB_DIR";

/// The source of an embedded module, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    if let Some(&(_, file, text)) = FILES.iter().find(|(n, _, _)| *n == name) {
        return Some(dev_source(file).unwrap_or(text));
    }
    Some(match name {
        // CPython's private name for collections.abc: the same module under a second name.
        "_collections_abc" => "import sys\nimport collections.abc\nsys.modules['_collections_abc'] = collections.abc\n",
        // A package with nothing of its own: `import concurrent.futures` loads the next entry.
        "concurrent" => "",
        "concurrent.futures._base" => {
            "from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError, InvalidStateError, BrokenExecutor, Error, Future, Executor, wait, as_completed, DoneAndNotDoneFutures)\n"
        }
        "concurrent.futures.thread" => "from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool\n",
        "concurrent.futures.process" => "from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool\n",
        _ => return None,
    })
}

/// Embedded packages whose submodules are written inline in `source` rather than as files.
const INLINE_PACKAGES: &[&str] = &["concurrent", "concurrent.futures"];

/// Whether an embedded module is a package: other embedded modules live under its name.
pub fn is_package(name: &str) -> bool {
    let prefix = format!("{name}.");
    INLINE_PACKAGES.contains(&name) || FILES.iter().any(|(n, _, _)| n.starts_with(&prefix))
}

/// The module's text read from GILPY_STDLIB_DIR, when that is set and holds the file.
fn dev_source(file: &str) -> Option<&'static str> {
    let dir = std::env::var_os(DEV_DIR_VARIABLE)?;
    let text = std::fs::read_to_string(std::path::Path::new(&dir).join(file)).ok()?;
    // Read once per import of a module; the text lives as long as the code compiled from it.
    Some(Box::leak(text.into_boxed_str()))
}
