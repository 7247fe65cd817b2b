"""encodings.cp1252: the cp1252 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'cp1252')
del _codec_module
