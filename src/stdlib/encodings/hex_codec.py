"""encodings.hex_codec: the hex codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'hex')
del _codec_module
