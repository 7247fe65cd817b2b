"""encodings.utf_16_le: the utf-16-le codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-16-le')
del _codec_module
