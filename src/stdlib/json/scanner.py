"""json.scanner: make_scanner, which binds a decoder's settings (strict and the parse hooks) to
gilpy's native `_json.scan_once` and returns the resulting `scan_once(string, idx)` callable."""

from _json import scan_once as _native_scan_once

__all__ = ['make_scanner']


def make_scanner(context):
    """A `scan(string, idx)` function reading the JSON value that starts at `idx` of `string`:
    returns (value, index after it), raises StopIteration(idx) when no value starts there and
    json.decoder.JSONDecodeError on malformed input. `context` supplies strict, object_hook,
    object_pairs_hook, parse_float, parse_int and parse_constant (read once, here)."""
    settings = (
        context.strict,
        context.object_hook,
        context.object_pairs_hook,
        context.parse_float,
        context.parse_int,
        context.parse_constant,
    )

    def scan_once(string, idx):
        return _native_scan_once(string, idx, *settings)

    return scan_once


# Both names exist in CPython's module; there is one scanner here, the native one.
c_make_scanner = make_scanner
py_make_scanner = make_scanner
