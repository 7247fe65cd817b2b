"""encodings.base64_codec: the base64 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'base64')
del _codec_module
