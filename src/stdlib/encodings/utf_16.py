"""encodings.utf_16: the utf-16 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-16')
del _codec_module
