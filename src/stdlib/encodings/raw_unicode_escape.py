"""encodings.raw_unicode_escape: the raw-unicode-escape codec (the classes codecs.lookup returns for it)."""

from encodings import _codec_module

_codec_module(globals(), 'raw-unicode-escape')
del _codec_module
