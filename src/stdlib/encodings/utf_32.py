"""encodings.utf_32: the utf-32 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-32')
del _codec_module
