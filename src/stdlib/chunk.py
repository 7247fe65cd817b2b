"""Simple class to read IFF chunks.

An IFF chunk (AIFF, RIFF/WAVE, RMFF...) is a 4-byte ID, a 4-byte size (big-endian unless told
otherwise; by default the size of the data, without the 8 header bytes) and the data, padded
to an even length when chunks are aligned. Chunk(file) reads one header and is then a small
read-only file over that chunk's data (read, seek, tell, skip, close); at the end of the file,
making a new Chunk raises EOFError:

    while True:
        try:
            part = Chunk(f)
        except EOFError:
            break
        print(part.getname(), part.getsize())
        part.skip()
"""

import warnings

warnings._deprecated(__name__, remove=(3, 13))

from _iffchunk import Chunk

Chunk.__module__ = __name__
