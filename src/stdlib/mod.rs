//! The standard library written in the language itself, embedded in the binary: time (on the native `_time`), collections (on the native `_collections`), threading (on the
//! native `_thread`), queue (on threading), multiprocessing (on `_multiprocessing` and threading), traceback (on `_traceback`), and in plain gilpy functools, itertools, operator, heapq, bisect,
//! contextlib. Each is compiled on its first import.

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
        _ => return None,
    })
}
