"""encodings.unicode_escape: the unicode-escape codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'unicode-escape')
del _codec_module
