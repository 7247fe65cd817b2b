"""encodings: the package of codec modules behind codecs.lookup.

Each codec gilpy implements has a module here (encodings.utf_8, encodings.latin_1, ...) with
python3's names: encode, decode, Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter,
StreamReader and getregentry(). The classes are the ones codecs.lookup hands out, so the two agree.
`search_function` maps an encoding name to its module through encodings.aliases, as CPython's does.
"""

import codecs
import sys
from . import aliases

__all__ = ['CodecRegistryError', 'normalize_encoding', 'search_function']

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """An encoding name with every run of punctuation and spaces turned into one underscore
    (only between kept characters); letters, digits and dots are kept, non-ASCII ones dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    out = []
    pending_gap = False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if pending_gap and out:
                out.append('_')
            if ch.isascii():
                out.append(ch)
            pending_gap = False
        else:
            pending_gap = True
    return ''.join(out)


def _candidates(encoding):
    norm = normalize_encoding(encoding)
    via_alias = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    names = [via_alias] if via_alias is not None else []
    names.append(norm)
    return [name for name in names if name and '.' not in name]


def search_function(encoding):
    """The CodecInfo of the module an encoding name stands for, or None."""
    found = _cache.get(encoding, _unknown)
    if found is not _unknown:
        return found
    module = None
    for name in _candidates(encoding):
        try:
            module = __import__('encodings.' + name, fromlist=_import_tail, level=0)
        except ImportError:
            continue
        break
    try:
        getregentry = module.getregentry
    except AttributeError:
        module = None
    if module is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (module.__name__, module.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry


def _codec_module(namespace, codec_name):
    """Fills a codec module's namespace from the CodecInfo codecs.lookup gives for codec_name."""
    info = codecs.lookup(codec_name)
    encode_function = info.encode
    decode_function = info.decode

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode_function(input, errors)

        def decode(self, input, errors='strict'):
            return decode_function(input, errors)

    Codec.__module__ = namespace['__name__']
    # As python3's modules: the UTF codecs offer encode/decode functions, the others a Codec class.
    if codec_name.startswith('utf'):
        namespace.update(encode=encode_function, decode=decode_function)
    else:
        namespace.update(Codec=Codec)
    namespace.update(
        IncrementalEncoder=info.incrementalencoder,
        IncrementalDecoder=info.incrementaldecoder,
        StreamWriter=info.streamwriter,
        StreamReader=info.streamreader,
        getregentry=lambda: info,
    )
