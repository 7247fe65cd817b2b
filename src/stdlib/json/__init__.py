"""json: reading and writing JSON (RFC 7159) — dumps/dump turn Python data into JSON text,
loads/load turn JSON text (str, or bytes in UTF-8/16/32) back into Python data. The classes
doing the work are JSONEncoder (json.encoder) and JSONDecoder (json.decoder); parsing and
one-shot encoding run in gilpy's native `_json` module."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

# The settings every plain dumps()/loads() call uses, built once.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()



def _make_encoder(cls, options, extra):
    """The encoder for one dumps/dump call: the shared one when nothing is customised."""
    o = options
    plain = (cls is None and not extra and not o['skipkeys'] and o['ensure_ascii']
             and o['check_circular'] and o['allow_nan'] and not o['sort_keys']
             and o['indent'] is None and o['separators'] is None and o['default'] is None)
    if plain:
        return _plain_encoder
    return (cls or JSONEncoder)(**options, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """`obj` as a JSON str. The keyword arguments are JSONEncoder's (see its docstring); `cls`
    picks a JSONEncoder subclass, to which any further keywords go."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _make_encoder(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes `obj` as JSON to the text file `fp`, chunk by chunk (fp.write for each piece
    of JSONEncoder.iterencode). Arguments as for dumps."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    for piece in _make_encoder(cls, options, kw).iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """The codec name for JSON bytes `b`: from a byte-order mark when there is one, else from
    where the zero bytes sit among the first four (JSON text starts with an ASCII character)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, bytes or bytearray). The hooks are
    JSONDecoder's (see its docstring); `cls` picks a JSONDecoder subclass, to which any
    further keywords go."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = dict(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook)
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not given and not kw:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**given, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Reads the whole file `fp` (its .read()) and decodes it as loads does."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
