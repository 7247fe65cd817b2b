"""encodings.utf_8: the utf-8 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-8')
del _codec_module
