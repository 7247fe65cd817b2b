"""encodings.utf_8_sig: the utf-8-sig codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'utf-8-sig')
del _codec_module
