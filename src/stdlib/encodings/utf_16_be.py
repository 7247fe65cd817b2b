"""encodings.utf_16_be: the utf-16-be codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-16-be')
del _codec_module
