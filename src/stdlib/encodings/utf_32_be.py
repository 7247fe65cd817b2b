"""encodings.utf_32_be: the utf-32-be codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-32-be')
del _codec_module
