"""encodings.rot_13: the rot-13 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'rot13')
del _codec_module
