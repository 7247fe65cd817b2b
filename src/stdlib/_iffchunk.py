"""The IFF chunk reader behind chunk.Chunk (deprecated module) and wave (which may not
warn): see chunk's documentation."""


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
