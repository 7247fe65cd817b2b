"""Reading and writing WAVE files (RIFF, uncompressed PCM).

    with wave.open("a.wav", "rb") as r:
        params = r.getparams()          # nchannels sampwidth framerate nframes comptype compname
        frames = r.readframes(r.getnframes())
    with wave.open("b.wav", "wb") as w:
        w.setparams(params)
        w.writeframes(frames)

Samples are little-endian in the file, as in memory here. A writer on a seekable file fixes
the sizes in the header when fewer or more frames than announced were written.
"""

import builtins
from collections import namedtuple
import struct
import sys

from _iffchunk import Chunk as _Chunk

__all__ = ["open", "Error", "Wave_read", "Wave_write"]  # noqa


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_array_fmts = None, 'b', 'h', None, 'i'

_wave_params = namedtuple('_wave_params', 'nchannels sampwidth framerate nframes comptype compname')

_FROZEN = 'cannot change parameters after starting to write'


def _byteswap(data, width):
    out = bytearray(len(data))
    for start in range(0, len(data), width):
        out[start:start + width] = data[start:start + width][::-1]
    return bytes(out)


class Wave_read:
    """A WAVE file open for reading: its format from the 'fmt ' chunk, its frames from the
    'data' chunk (other chunks are skipped)."""

    def initfp(self, file):
        self._convert = None
        self._position = 0
        self._file = _Chunk(file, bigendian=0)
        if self._file.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._have_format = 0
        self._data = None
        while True:
            self._must_seek = 1
            try:
                part = _Chunk(self._file, bigendian=0)
            except EOFError:
                break
            name = part.getname()
            if name == b'fmt ':
                self._read_fmt_chunk(part)
                self._have_format = 1
            elif name == b'data':
                if not self._have_format:
                    raise Error('data chunk before fmt chunk')
                self._data = part
                self._frames = part.chunksize // self._frame_bytes
                self._must_seek = 0
                break
            part.skip()
        if not self._have_format or not self._data:
            raise Error('fmt chunk and/or data chunk missing')

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = self._i_opened_the_file = builtins.open(f, 'rb')
        try:
            self.initfp(f)
        except BaseException:
            if self._i_opened_the_file:
                f.close()
            raise

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._must_seek = 1
        self._position = 0

    def close(self):
        self._file = None
        mine, self._i_opened_the_file = self._i_opened_the_file, None
        if mine:
            mine.close()

    def tell(self):
        return self._position

    def getnchannels(self):
        return self._channels

    def getnframes(self):
        return self._frames

    def getsampwidth(self):
        return self._width

    def getframerate(self):
        return self._rate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if not 0 <= pos <= self._frames:
            raise Error('position not in range')
        self._position = pos
        self._must_seek = 1

    def readframes(self, nframes):
        if self._must_seek:
            self._data.seek(self._position * self._frame_bytes, 0)
            self._must_seek = 0
        if nframes == 0:
            return b''
        data = self._data.read(nframes * self._frame_bytes)
        if sys.byteorder == 'big' and self._width > 1:
            data = _byteswap(data, self._width)
        if self._convert and data:
            data = self._convert(data)
        self._position += len(data) // (self._channels * self._width)
        return data

    def _read_fmt_chunk(self, part):
        try:
            tag, self._channels, self._rate, _rate, _align = struct.unpack_from('<HHLLH', part.read(14))
        except struct.error:
            raise EOFError from None
        if tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (tag,))
        try:
            bits = struct.unpack_from('<H', part.read(2))[0]
        except struct.error:
            raise EOFError from None
        self._width = (bits + 7) // 8
        if not self._width:
            raise Error('bad sample width')
        if not self._channels:
            raise Error('bad # of channels')
        self._frame_bytes = self._channels * self._width
        self._comptype = 'NONE'
        self._compname = 'not compressed'


class Wave_write:
    """A WAVE file open for writing: set the parameters, then write frames; the header is
    written before the first frames (or at close)."""

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = self._i_opened_the_file = builtins.open(f, 'wb')
        try:
            self.initfp(f)
        except BaseException:
            if self._i_opened_the_file:
                f.close()
            raise

    def initfp(self, file):
        self._file = file
        self._convert = None
        self._channels = self._width = self._rate = self._frames = 0
        self._frames_done = self._bytes_done = self._bytes_announced = 0
        self._header_done = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _unfrozen(self):
        if self._bytes_done:
            raise Error(_FROZEN)

    def _set(self, attr, value, ok, complaint):
        self._unfrozen()
        if not ok:
            raise Error(complaint)
        setattr(self, attr, value)

    def _get(self, attr, complaint):
        value = getattr(self, attr)
        if not value:
            raise Error(complaint)
        return value

    def setnchannels(self, nchannels):
        self._set('_channels', nchannels, nchannels >= 1, 'bad # of channels')

    def getnchannels(self):
        return self._get('_channels', 'number of channels not set')

    def setsampwidth(self, sampwidth):
        self._set('_width', sampwidth, 1 <= sampwidth <= 4, 'bad sample width')

    def getsampwidth(self):
        return self._get('_width', 'sample width not set')

    def setframerate(self, framerate):
        self._set('_rate', framerate, framerate > 0, 'bad frame rate')
        self._rate = int(round(framerate))

    def getframerate(self):
        return self._get('_rate', 'frame rate not set')

    def setnframes(self, nframes):
        self._set('_frames', nframes, True, '')

    def getnframes(self):
        return self._frames_done

    def setcomptype(self, comptype, compname):
        self._set('_comptype', comptype, comptype == 'NONE', 'unsupported compression type')
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        channels, width, rate, frames, ctype, cname = params
        self._unfrozen()
        self.setnchannels(channels)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(frames)
        self.setcomptype(ctype, cname)

    def getparams(self):
        if not (self._channels and self._width and self._rate):
            raise Error('not all parameters set')
        return _wave_params(self._channels, self._width, self._rate, self._frames, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')  # WAVE files have no markers

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_done

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')  # any buffer, counted in bytes
        self._ensure_header_written(len(data))
        count = len(data) // (self._width * self._channels)
        if self._convert:
            data = self._convert(data)
        if sys.byteorder == 'big' and self._width > 1:
            data = _byteswap(data, self._width)
        self._file.write(data)
        self._bytes_done += len(data)
        self._frames_done += count

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._bytes_announced != self._bytes_done:
            self._patchheader()

    def close(self):
        try:
            if self._file:
                self._ensure_header_written(0)
                if self._bytes_announced != self._bytes_done:
                    self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            mine, self._i_opened_the_file = self._i_opened_the_file, None
            if mine:
                mine.close()

    def _ensure_header_written(self, datasize):
        if self._header_done:
            return
        for attr, what in (('_channels', '# channels'), ('_width', 'sample width'), ('_rate', 'sampling rate')):
            if not getattr(self, attr):
                raise Error(what + ' not specified')
        self._write_header(datasize)

    def _write_header(self, initlength):
        assert not self._header_done
        f = self._file
        f.write(b'RIFF')
        frame = self._channels * self._width
        if not self._frames:
            self._frames = initlength // frame
        self._bytes_announced = self._frames * frame
        try:
            self._riff_size_at = f.tell()
        except (AttributeError, OSError):
            self._riff_size_at = None
        f.write(struct.pack('<L4s4sLHHLLHH4s', 36 + self._bytes_announced, b'WAVE', b'fmt ', 16,
                            WAVE_FORMAT_PCM, self._channels, self._rate,
                            self._rate * frame, frame, self._width * 8, b'data'))
        if self._riff_size_at is not None:
            self._data_size_at = f.tell()
        f.write(struct.pack('<L', self._bytes_announced))
        self._header_done = True

    def _patchheader(self):
        assert self._header_done
        if self._bytes_done == self._bytes_announced:
            return
        f = self._file
        here = f.tell()
        f.seek(self._riff_size_at, 0)
        f.write(struct.pack('<L', 36 + self._bytes_done))
        f.seek(self._data_size_at, 0)
        f.write(struct.pack('<L', self._bytes_done))
        f.seek(here, 0)
        self._bytes_announced = self._bytes_done


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
