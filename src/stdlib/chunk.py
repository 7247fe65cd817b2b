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


class Chunk:
    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        import struct
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        try:
            (size,) = struct.unpack_from((">" if bigendian else "<") + "L", file.read(4))
        except struct.error:
            raise EOFError from None
        self.chunksize = size - 8 if inclheader else size
        self.size_read = 0
        try:
            self.offset = self.file.tell()
            self.seekable = True
        except (AttributeError, OSError):
            self.seekable = False

    def getname(self):
        """The 4-byte ID of this chunk."""
        return self.chunkname

    def getsize(self):
        """The size of this chunk's data."""
        return self.chunksize

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True

    def isatty(self):
        self._check_open()
        return False

    def seek(self, pos, whence=0):
        """Move to *pos* within the chunk's data (from its start, the current place or its
        end for *whence* 0, 1, 2); the underlying file must be seekable."""
        self._check_open()
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos += self.size_read
        elif whence == 2:
            pos += self.chunksize
        if not 0 <= pos <= self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def _left(self):
        return self.chunksize - self.size_read

    def read(self, size=-1):
        """Up to *size* bytes of the chunk's data (the rest of it when *size* is negative)."""
        self._check_open()
        if self.size_read >= self.chunksize:
            return b""
        if size < 0 or size > self._left():
            size = self._left()
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.align and self.chunksize & 1:
            # The pad byte after odd-sized data.
            self.size_read += len(self.file.read(1))
        return data

    def skip(self):
        """Move the file to the start of the next chunk."""
        self._check_open()
        if self.seekable:
            step = self._left()
            if self.align and self.chunksize & 1:
                step += 1
            try:
                self.file.seek(step, 1)
                self.size_read += step
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            if not self.read(min(8192, self._left())):
                raise EOFError
