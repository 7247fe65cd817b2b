"""encodings.utf_32_le: the utf-32-le codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-32-le')
del _codec_module
