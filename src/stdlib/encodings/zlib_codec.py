"""encodings.zlib_codec: the zlib codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'zlib')
del _codec_module
