"""codecs: the codec registry and its helpers, as CPython 3.11's module presents them.

Text codecs are the interpreter's own (str.encode / bytes.decode); this module owns
lookup() and CodecInfo, the incremental encoders and decoders (keeping incomplete UTF-8,
UTF-16 and UTF-32 sequences, and the byte-order marks, across calls), stream readers and
writers, codecs.open, the BOM constants, registered search functions, the error-handler
registry (handlers registered here are used by codecs.encode/decode and by the objects
made here; str.encode knows only the built-in ones), and the bytes-to-bytes and
text-to-text codecs CPython reaches only through codecs: hex, base64, zlib, rot13, and
unicode_escape / raw_unicode_escape.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE

# The per-codec functions (ascii_encode, utf_16_ex_decode, charmap_build...) are native.
from _codecs import *
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ------------------------------------------------------------- error handlers

def strict_errors(exc):
    """Raises the error it is given."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError(f"codec must pass exception instance")


def _check_unicode_error(exc, kinds=(UnicodeEncodeError, UnicodeDecodeError,
                                     UnicodeTranslateError)):
    if not isinstance(exc, kinds):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def ignore_errors(exc):
    """Skips what cannot be encoded or decoded."""
    _check_unicode_error(exc)
    return '', exc.end


def replace_errors(exc):
    """'?' for each unencodable character, U+FFFD for undecodable bytes."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    return '\ufffd' * (exc.end - exc.start), exc.end


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    """Python backslash escapes for the characters (or bytes) that failed."""
    _check_unicode_error(exc)
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in bad), exc.end
    return ''.join(_escape(ord(c)) for c in bad), exc.end


def xmlcharrefreplace_errors(exc):
    """XML character references for the characters that could not be encoded."""
    _check_unicode_error(exc, UnicodeEncodeError)
    bad = exc.object[exc.start:exc.end]
    return ''.join('&#%d;' % ord(c) for c in bad), exc.end


def namereplace_errors(exc):
    """\\N{NAME} escapes for the characters that could not be encoded."""
    _check_unicode_error(exc, UnicodeEncodeError)
    try:
        from unicodedata import name as _name
    except ImportError:
        _name = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        found = _name(c, None) if _name else None
        out.append('\\N{%s}' % found if found else _escape(ord(c)))
    return ''.join(out), exc.end


_BUILTIN_HANDLERS = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}
# Handled by the interpreter's codecs; lookup_error still finds them.
_NATIVE_ONLY = ('surrogateescape', 'surrogatepass')
_handlers = dict(_BUILTIN_HANDLERS)


def register_error(name, error_handler):
    """Registers `error_handler(exc) -> (replacement, resume position)` under `name`."""
    if not isinstance(name, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(name).__name__}")
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under `name`; LookupError if there is none."""
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    if name in _handlers:
        return _handlers[name]
    if name in _NATIVE_ONLY:
        def native(exc, _name=name):
            raise TypeError(f"the {_name!r} handler is applied by the codecs themselves")
        return native
    raise LookupError(f"unknown error handler name {name!r}")


def _native_errors(errors):
    """Whether the interpreter's codecs apply this handler themselves."""
    return errors in _BUILTIN_HANDLERS or errors in _NATIVE_ONLY


def _encode_with(text, encoding, errors):
    """str.encode, with handlers registered here applied at each failure."""
    if _native_errors(errors) and _handlers.get(errors) is _BUILTIN_HANDLERS.get(errors):
        return text.encode(encoding, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(text[pos:].encode(encoding, 'strict'))
            return b''.join(out)
        except UnicodeEncodeError as e:
            exc = UnicodeEncodeError(e.encoding, text, pos + e.start, pos + e.end, e.reason)
            out.append(text[pos:pos + e.start].encode(encoding, 'strict'))
            replacement, resume = _check_result(handler(exc), len(text))
            out.append(replacement.encode(encoding, 'strict') if isinstance(replacement, str)
                       else bytes(replacement))
            pos = resume


def _decode_with(data, encoding, errors):
    """bytes.decode, with handlers registered here applied at each failure."""
    if _native_errors(errors) and _handlers.get(errors) is _BUILTIN_HANDLERS.get(errors):
        return data.decode(encoding, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding, 'strict'))
            return ''.join(out)
        except UnicodeDecodeError as e:
            exc = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
            out.append(data[pos:pos + e.start].decode(encoding, 'strict'))
            replacement, resume = _check_result(handler(exc), len(data))
            out.append(replacement)
            pos = resume


def _check_result(result, length):
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    replacement, resume = result
    if resume < 0:
        resume += length
    if not 0 <= resume <= length:
        raise IndexError(f"position {resume} from error handler out of bounds")
    return replacement, resume


# ------------------------------------------------------------ base classes

class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, StreamReader, StreamWriter) with names
    for those and the incremental classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            type(self).__module__, type(self).__qualname__, self.name, id(self))


class Codec:
    """Stateless encode(input, errors) -> (output, consumed) and decode likewise."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text given in pieces; `errors` may change between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forgets any state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restores a state getstate() returned."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps input it cannot encode yet in `buffer`."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes bytes given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forgets any state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Restores a state getstate() returned."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecodable-yet bytes in `buffer`."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ------------------------------------------------------------------ streams

class _WrapsStream:
    """Passes unknown attributes to the wrapped `stream`; closes it on leaving a with."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_WrapsStream, Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        """Ends the encoder's state (nothing to do for stateless codecs)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_WrapsStream, Codec):
    """Reads and decodes text from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to `chars` characters (all when negative), reading `size` bytes at a time."""
        if self.linebuffer:
            self.charbuffer = "".join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            raw = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + raw
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    text, used = self.decode(data[:exc.start], self.errors)
                    lines = text.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not raw:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """One line (with its end unless keepends is false)."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(keepends=False)[0]
        wanted = size or 72
        line = ""
        while True:
            data = self.read(wanted, firstline=True)
            if data and data.endswith("\r"):
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    rest = "".join(lines[1:])
                    self.charbuffer = rest + self.charbuffer
                    break
                first = lines[0]
                stripped = first.splitlines(keepends=False)[0]
                if first != stripped:
                    break
            if not data or size is not None:
                break
            if wanted < 8000:
                wanted *= 2
        if not keepends and line:
            line = line.splitlines(keepends=False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_WrapsStream):
    """A stream that reads with one codec class and writes with another."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_WrapsStream):
    """Reads and writes a stream in one encoding while the caller sees another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data, _ = self.encode(self.reader.read(size), self.errors)
        return data

    def readline(self, size=None):
        data, _ = self.encode(self.reader.readline() if size is None
                              else self.reader.readline(size), self.errors)
        return data

    def readlines(self, sizehint=None):
        data, _ = self.encode(self.reader.read(), self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data, _ = self.encode(next(self.reader), self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        text, _ = self.decode(data, self.errors)
        return self.writer.write(text)

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()


# ----------------------------------------------------- the text codecs

def _incomplete_tail(data, kind):
    """How many bytes at the end of `data` start a character not complete yet."""
    if kind == 'utf-8':
        for back in range(1, min(4, len(data)) + 1):
            byte = data[-back]
            if byte & 0xC0 != 0x80:
                need = 2 if 0xC0 <= byte < 0xE0 else 3 if 0xE0 <= byte < 0xF0 else \
                    4 if 0xF0 <= byte < 0xF8 else 1
                return back if back < need else 0
        return 0
    if kind in ('utf-16-le', 'utf-16-be'):
        odd = len(data) % 2
        whole = len(data) - odd
        if whole >= 2:
            unit = data[whole - 2:whole]
            high = unit[1] if kind == 'utf-16-le' else unit[0]
            if 0xD8 <= high <= 0xDB:
                return odd + 2
        return odd
    if kind in ('utf-32-le', 'utf-32-be'):
        return len(data) % 4
    return 0


class _TextIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.started = False

    def encode(self, input, final=False):
        encoding = self.codec_name
        if self.started and encoding in ('utf-16', 'utf-32', 'utf-8-sig'):
            encoding = {'utf-16': 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be',
                        'utf-32': 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be',
                        'utf-8-sig': 'utf-8'}[encoding]
        if not input and not self.started:
            return b''
        self.started = True
        return _encode_with(input, encoding, self.errors)

    def reset(self):
        self.started = False

    def getstate(self):
        return 2 if self.started else 0

    def setstate(self, state):
        self.started = bool(state)


class _TextIncrementalDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self.detected = None

    def _resolve(self, data, final):
        """The concrete encoding (after a BOM, for the BOM-using codecs) and bytes to skip;
        None when more bytes are needed to decide."""
        name = self.codec_name
        if self.detected is not None:
            return self.detected, 0
        if name == 'utf-8-sig':
            if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                return None
            self.detected = 'utf-8'
            return 'utf-8', 3 if data.startswith(BOM_UTF8) else 0
        if name in ('utf-16', 'utf-32'):
            size = 2 if name == 'utf-16' else 4
            if len(data) < size and not final:
                return None
            le, be = (BOM_UTF16_LE, BOM_UTF16_BE) if size == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
            if data.startswith(le):
                self.detected = name + '-le'
                return self.detected, size
            if data.startswith(be):
                self.detected = name + '-be'
                return self.detected, size
            self.detected = name + ('-le' if sys.byteorder == 'little' else '-be')
            return self.detected, 0
        self.detected = name
        return name, 0

    def _buffer_decode(self, data, errors, final):
        resolved = self._resolve(data, final)
        if resolved is None:
            return '', 0
        encoding, skip = resolved
        body = data[skip:]
        keep = 0 if final else _incomplete_tail(body, encoding)
        usable = body[:len(body) - keep]
        return _decode_with(usable, encoding, errors), skip + len(usable)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.detected = None


class _TextStreamWriter(StreamWriter):
    def __init__(self, stream, errors='strict'):
        StreamWriter.__init__(self, stream, errors)
        self._encoder = self._incremental(errors)

    def encode(self, input, errors='strict'):
        self._encoder.errors = errors
        return self._encoder.encode(input), len(input)

    def reset(self):
        self._encoder.reset()


class _TextStreamReader(StreamReader):
    def __init__(self, stream, errors='strict'):
        StreamReader.__init__(self, stream, errors)
        self._decoder = self._incremental(errors)

    def decode(self, input, errors='strict'):
        self._decoder.errors = errors
        before = self._decoder.buffer
        text = self._decoder.decode(input[len(before):] if input.startswith(before) else input)
        used = len(input) - len(self._decoder.buffer)
        self._decoder.buffer = b''
        return text, used

    def reset(self):
        StreamReader.reset(self)
        self._decoder.reset()


_CANONICAL = {
    'utf8': 'utf-8', 'utf-8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8-ucs2': 'utf-8', 'utf8-ucs4': 'utf-8',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'ansi-x3.4-1968': 'ascii',
    'iso646-us': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1', 'iso8859': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso-ir-100': 'iso8859-1', 'iso-8859-1:1987': 'iso8859-1',
    'utf-16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le', 'unicodelittleunmarked': 'utf-16-le',
    'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'unicodebigunmarked': 'utf-16-be',
    'utf-32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le',
    'utf-32-be': 'utf-32-be', 'utf-32be': 'utf-32-be',
    'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
    'cp1252': 'cp1252', 'windows-1252': 'cp1252', '1252': 'cp1252',
}

# The interpreter's own spelling of each canonical name, for str.encode.
_NATIVE_NAME = {'iso8859-1': 'latin-1'}


def _text_codec(canonical):
    native = _NATIVE_NAME.get(canonical, canonical)

    def encode(input, errors='strict'):
        return _encode_with(input, native, errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(input)
        return _decode_with(data, native, errors), len(data)

    attrs = {'codec_name': native}
    enc = type('IncrementalEncoder', (_TextIncrementalEncoder,), dict(attrs))
    dec = type('IncrementalDecoder', (_TextIncrementalDecoder,), dict(attrs))
    writer = type('StreamWriter', (_TextStreamWriter,), {'_incremental': enc})
    reader = type('StreamReader', (_TextStreamReader,), {'_incremental': dec})
    return CodecInfo(encode, decode, reader, writer, enc, dec, name=canonical)


# ------------------------------------------------- codecs beyond the text ones

def _bytes_arg(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _bytes_codec(module, function, text_ok=False):
    """A bytes-to-bytes codec function: module.function applied to the whole input."""
    def run(input, errors='strict'):
        import importlib
        data = input if text_ok and isinstance(input, str) else _bytes_arg(input)
        return getattr(importlib.import_module(module), function)(data), len(data)
    run.__name__ = f'{module}_{function}'
    return run


_hex_encode = _bytes_codec('binascii', 'b2a_hex')
_hex_decode = _bytes_codec('binascii', 'a2b_hex', text_ok=True)
_base64_encode = _bytes_codec('base64', 'encodebytes')
_base64_decode = _bytes_codec('base64', 'decodebytes')
_zlib_encode = _bytes_codec('zlib', 'compress')
_zlib_decode = _bytes_codec('zlib', 'decompress')


def _rot13(input, errors='strict'):
    lower = 'abcdefghijklmnopqrstuvwxyz'
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return str.translate(input, table), len(input)


_SIMPLE_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def _unicode_escape_encode(input, errors='strict'):
    out = []
    for c in input:
        code = ord(c)
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif 0x20 <= code < 0x7f:
            out.append(c)
        else:
            out.append(_escape(code))
    return ''.join(out).encode('ascii'), len(input)


def _raw_unicode_escape_encode(input, errors='strict'):
    out = bytearray()
    for c in input:
        code = ord(c)
        if code < 0x100:
            out.append(code)
        else:
            out += _escape(code).encode('ascii')
    return bytes(out), len(input)


_SINGLE = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
           'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}


def _escape_decode_error(codec, data, start, end, reason, errors):
    exc = UnicodeDecodeError(codec, data, start, end, reason)
    replacement, resume = _check_result(lookup_error(errors)(exc), len(data))
    return replacement, resume


def _unicode_escape_decode(input, errors='strict', raw=False):
    data = _bytes_arg(input)
    codec = 'rawunicodeescape' if raw else 'unicodeescape'
    text = data.decode('latin-1')
    out = []
    at = 0
    n = len(text)
    while at < n:
        c = text[at]
        if c != '\\':
            out.append(c)
            at += 1
            continue
        if raw:
            kind = text[at + 1:at + 2]
            if kind not in ('u', 'U'):
                out.append(c)
                at += 1
                continue
        else:
            kind = text[at + 1:at + 2]
            if kind == '':
                replacement, at = _escape_decode_error(codec, data, at, n, '\\ at end of string', errors)
                out.append(replacement)
                continue
            if kind in _SINGLE:
                out.append(_SINGLE[kind])
                at += 2
                continue
            if kind in '01234567':
                digits = kind
                for extra in text[at + 2:at + 4]:
                    if extra in '01234567' and len(digits) < 3:
                        digits += extra
                    else:
                        break
                out.append(chr(int(digits, 8)))
                at += 1 + len(digits)
                continue
        width = {'x': 2, 'u': 4, 'U': 8}.get(kind)
        if width is None:
            out.append('\\' + kind)
            at += 2
            continue
        digits = text[at + 2:at + 2 + width]
        if len(digits) < width or not all(d in '0123456789abcdefABCDEF' for d in digits):
            good = 0
            while good < len(digits) and digits[good] in '0123456789abcdefABCDEF':
                good += 1
            reason = {'x': 'truncated \\xXX escape', 'u': 'truncated \\uXXXX escape',
                      'U': 'truncated \\UXXXXXXXX escape'}[kind]
            replacement, at = _escape_decode_error(codec, data, at, at + 2 + good, reason, errors)
            out.append(replacement)
            continue
        code = int(digits, 16)
        if code > 0x10FFFF:
            replacement, at = _escape_decode_error(codec, data, at, at + 2 + width,
                                                   'illegal Unicode character', errors)
            out.append(replacement)
            continue
        out.append(chr(code))
        at += 2 + width
    return ''.join(out), len(data)


def _raw_unicode_escape_decode(input, errors='strict'):
    return _unicode_escape_decode(input, errors, raw=True)


def _stateless(name, encode, decode, text):
    class _Enc(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Dec(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    for cls, label in ((_Enc, 'IncrementalEncoder'), (_Dec, 'IncrementalDecoder'),
                       (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = label
    return CodecInfo(encode, decode, _Reader, _Writer, _Enc, _Dec, name=name,
                     _is_text_encoding=text)


_SPECIAL = {
    'hex': ('hex', _hex_encode, _hex_decode, False),
    'hex-codec': ('hex', _hex_encode, _hex_decode, False),
    'base64': ('base64', _base64_encode, _base64_decode, False),
    'base-64': ('base64', _base64_encode, _base64_decode, False),
    'base64-codec': ('base64', _base64_encode, _base64_decode, False),
    'zlib': ('zlib', _zlib_encode, _zlib_decode, False),
    'zip': ('zlib', _zlib_encode, _zlib_decode, False),
    'zlib-codec': ('zlib', _zlib_encode, _zlib_decode, False),
    'rot13': ('rot-13', _rot13, _rot13, False),
    'rot-13': ('rot-13', _rot13, _rot13, False),
    'unicode-escape': ('unicode-escape', _unicode_escape_encode, _unicode_escape_decode, True),
    'raw-unicode-escape': ('raw-unicode-escape', _raw_unicode_escape_encode,
                           _raw_unicode_escape_decode, True),
}

# ------------------------------------------------------------- the registry

_search_functions = []
_cache = {}


def _normalize(encoding):
    return encoding.strip().lower().replace('_', '-').replace(' ', '-')


def register(search_function):
    """Adds a function name -> CodecInfo (or None) consulted by lookup()."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function registered with register()."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError when none is known."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    search_key = encoding.lower().replace(' ', '_')
    for search in _search_functions:
        info = search(search_key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    if info is None:
        if key in _SPECIAL:
            name, enc, dec, text = _SPECIAL[key]
            info = _stateless(name, enc, dec, text)
        else:
            canonical = _CANONICAL.get(key)
            if canonical is None:
                try:
                    ''.encode(key)
                except LookupError:
                    raise LookupError(f"unknown encoding: {encoding}") from None
                canonical = key
            info = _text_codec(canonical)
        # One CodecInfo per codec, whichever alias finds it (encodings.* hand out its classes).
        info = _cache.setdefault(_normalize(info.name), info)
    _cache[key] = info
    return info


def _codec_error(exc, action, encoding):
    """CPython's wrapping of a codec's failure: the same type, the encoding in front."""
    try:
        wrapped = type(exc)(f"{action} with '{encoding}' codec failed ({type(exc).__name__}: {exc})")
    except Exception:
        return exc
    return wrapped


def _run_codec(obj, encoding, errors, decoding):
    info = lookup(encoding)
    function = info.decode if decoding else info.encode
    try:
        result = function(obj, errors)
    except (TypeError, ValueError, LookupError) as exc:
        if isinstance(exc, UnicodeError):
            raise
        raise _codec_error(exc, 'decoding' if decoding else 'encoding', encoding) from exc
    if not isinstance(result, tuple) or len(result) != 2:
        shape = "(object,integer)" if decoding else "(object, integer)"
        raise TypeError(f"{'decoder' if decoding else 'encoder'} must return a tuple {shape}")
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """`obj` encoded with any registered codec (text or bytes-to-bytes)."""
    return _run_codec(obj, encoding, errors, decoding=False)


def decode(obj, encoding='utf-8', errors='strict'):
    """`obj` decoded with any registered codec (text or bytes-to-bytes)."""
    return _run_codec(obj, encoding, errors, decoding=True)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes each str from `iterator`, yielding the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes each bytes from `iterator`, yielding the non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens a file in binary mode and wraps it to encode and decode `encoding`."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: the caller reads and writes `data_encoding`, the file holds
    `file_encoding`."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    found = {}
    for key, value in decoding_map.items():
        found[value] = None if value in found else key
    return found
