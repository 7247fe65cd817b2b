"""encodings.latin_1: the iso8859-1 codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'latin-1')
del _codec_module
