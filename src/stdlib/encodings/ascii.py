"""encodings.ascii: the ascii codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'ascii')
del _codec_module
