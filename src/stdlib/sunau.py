"""Read and write Sun/NeXT .au sound files (CPython 3.11's sunau, deprecated since 3.11).

A file is a big-endian header (magic '.snd', header size, data size, encoding, frame rate,
channels, then an info string padded to 8 bytes) followed by the samples. open(f, 'rb')
gives an Au_read, open(f, 'wb') an Au_write, with the same get*/set* methods as wave and
aifc. Linear samples are passed through as stored (big-endian); u-law data is converted
with audioop."""

import collections
import warnings

warnings._deprecated(__name__, remove=(3, 13))

_PARAM_FIELDS = 'nchannels sampwidth framerate nframes comptype compname'
_sunau_params = collections.namedtuple('_sunau_params', _PARAM_FIELDS)

AUDIO_FILE_MAGIC = 0x2e736e64
# The encodings a header can name: AUDIO_FILE_ENCODING_<name> = code.
for _name, _code in [('MULAW_8', 1), ('LINEAR_8', 2), ('LINEAR_16', 3), ('LINEAR_24', 4),
                     ('LINEAR_32', 5), ('FLOAT', 6), ('DOUBLE', 7), ('ADPCM_G721', 23),
                     ('ADPCM_G722', 24), ('ADPCM_G723_3', 25), ('ADPCM_G723_5', 26),
                     ('ALAW_8', 27)]:
    globals()['AUDIO_FILE_ENCODING_' + _name] = _code
del _name, _code

# The data size written when it is not known (all 32 bits set).
AUDIO_UNKNOWN_SIZE = 0xFFFFFFFF

# The encodings read and written without conversion beyond u-law's.
_simple_encodings = [1, 2, 3, 4, 5, 27]
_MULAW, _ALAW = 1, 27

# Per encoding read: (sample width given to the caller, bytes per sample in the file).
_READ_WIDTHS = {
    _MULAW: (2, 1),
    _ALAW: (2, 1),
    2: (1, 1),
    3: (2, 2),
    4: (3, 3),
    5: (4, 4),
}

_LINEAR_BY_WIDTH = {1: 2, 2: 3,
                    3: 4, 4: 5}

_COMPRESSION_NAMES = {'ULAW': 'CCITT G.711 u-law', 'ALAW': 'CCITT G.711 A-law'}


class Error(Exception):
    pass


def _read_u32(file):
    """One big-endian unsigned 32-bit number, read a byte at a time (EOFError if short)."""
    value = 0
    for _ in range(4):
        byte = file.read(1)
        if not byte:
            raise EOFError
        value = (value << 8) | byte[0]
    return value


def _write_u32(file, x):
    file.write(bytes((x >> shift) & 0xFF for shift in (24, 16, 8, 0)))


def _audioop():
    # audioop is deprecated too; using it here is not the caller's doing.
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', '', DeprecationWarning)
        import audioop
    return audioop


class Au_read:

    def __init__(self, f):
        self._opened = isinstance(f, str)
        if self._opened:
            import builtins
            f = builtins.open(f, 'rb')
        self.initfp(f)

    def __del__(self):
        if self._file:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def initfp(self, file):
        self._file = file
        self._position = 0
        if _read_u32(file) != AUDIO_FILE_MAGIC:
            raise Error('bad magic number')
        self._hdr_size = _read_u32(file)
        if self._hdr_size < 24:
            raise Error('header size too small')
        if self._hdr_size > 100:
            raise Error('header size ridiculously large')
        self._data_bytes = _read_u32(file)
        self._enc = _read_u32(file)
        if self._enc not in _simple_encodings:
            raise Error('encoding not (yet) supported')
        self._sampwidth, per_sample = _READ_WIDTHS[self._enc]
        self._framerate = _read_u32(file)
        self._nchannels = _read_u32(file)
        if not self._nchannels:
            raise Error('bad # of channels')
        self._frame_bytes = per_sample * self._nchannels
        if self._hdr_size > 24:
            # The info text ends at its first NUL.
            self._info = file.read(self._hdr_size - 24).partition(b'\0')[0]
        else:
            self._info = b''
        try:
            self._data_start = file.tell()
        except (AttributeError, OSError):
            self._data_start = None

    def getfp(self):
        return self._file

    def getnchannels(self):
        return self._nchannels

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getnframes(self):
        if self._data_bytes == AUDIO_UNKNOWN_SIZE:
            return AUDIO_UNKNOWN_SIZE
        if self._enc in _simple_encodings:
            return self._data_bytes // self._frame_bytes
        return 0

    def getcomptype(self):
        if self._enc == _MULAW:
            return 'ULAW'
        if self._enc == _ALAW:
            return 'ALAW'
        return 'NONE'

    def getcompname(self):
        return _COMPRESSION_NAMES.get(self.getcomptype(), 'not compressed')

    def getparams(self):
        return _sunau_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                             self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def readframes(self, nframes):
        if self._enc not in _simple_encodings:
            return None
        wanted = -1 if nframes == AUDIO_UNKNOWN_SIZE else nframes * self._frame_bytes
        data = self._file.read(wanted)
        self._position += len(data) // self._frame_bytes
        if self._enc == _MULAW:
            data = _audioop().ulaw2lin(data, self._sampwidth)
        return data

    def rewind(self):
        if self._data_start is None:
            raise OSError('cannot seek')
        self._file.seek(self._data_start)
        self._position = 0

    def tell(self):
        return self._position

    def setpos(self, pos):
        if not 0 <= pos <= self.getnframes():
            raise Error('position not in range')
        if self._data_start is None:
            raise OSError('cannot seek')
        self._file.seek(self._data_start + pos * self._frame_bytes)
        self._position = pos

    def close(self):
        file, self._file = self._file, None
        if file and self._opened:
            file.close()


class Au_write:

    def __init__(self, f):
        self._opened = isinstance(f, str)
        if self._opened:
            import builtins
            f = builtins.open(f, 'wb')
        self.initfp(f)

    def __del__(self):
        if self._file:
            self.close()
        self._file = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def initfp(self, file):
        self._file = file
        self._framerate = 0
        self._nchannels = 0
        self._sampwidth = 0
        self._frame_bytes = 0
        self._declared_frames = AUDIO_UNKNOWN_SIZE
        self._frames_written = 0
        self._bytes_written = 0
        self._length_in_header = 0
        self._info = b''
        # u-law unless told otherwise.
        self._comptype = 'ULAW'

    def _not_started(self):
        if self._frames_written:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._not_started()
        if nchannels not in (1, 2, 4):
            raise Error('only 1, 2, or 4 channels supported')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._not_started()
        if sampwidth not in (1, 2, 3, 4):
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        # CPython checks the frame rate here, not the width; kept for the same errors.
        if not self._framerate:
            raise Error('sample width not specified')
        return self._sampwidth

    def setframerate(self, framerate):
        self._not_started()
        self._framerate = framerate

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._not_started()
        if nframes < 0:
            raise Error('# of frames cannot be negative')
        self._declared_frames = nframes

    def getnframes(self):
        return self._frames_written

    def setcomptype(self, type, name):
        if type not in ('NONE', 'ULAW'):
            raise Error('unknown compression type')
        self._comptype = type

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return _COMPRESSION_NAMES.get(self._comptype, 'not compressed')

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        return _sunau_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                             self.getnframes(), self.getcomptype(), self.getcompname())

    def tell(self):
        return self._frames_written

    def writeframesraw(self, data):
        if not isinstance(data, bytes) and not isinstance(data, bytearray):
            data = memoryview(data).cast('B')
        self._ensure_header_written()
        if self._comptype == 'ULAW':
            data = _audioop().lin2ulaw(data, self._sampwidth)
        self._file.write(data)
        self._frames_written += len(data) // self._frame_bytes
        self._bytes_written += len(data)

    def _header_stale(self):
        return self._frames_written != self._declared_frames or self._length_in_header != self._bytes_written

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._header_stale():
            self._patchheader()

    def close(self):
        if not self._file:
            return
        try:
            self._ensure_header_written()
            if self._header_stale():
                self._patchheader()
            self._file.flush()
        finally:
            file, self._file = self._file, None
            if self._opened:
                file.close()

    def _ensure_header_written(self):
        if self._frames_written:
            return
        if not self._nchannels:
            raise Error('# of channels not specified')
        if not self._sampwidth:
            raise Error('sample width not specified')
        if not self._framerate:
            raise Error('frame rate not specified')
        self._write_header()

    def _write_header(self):
        if self._comptype == 'NONE' and self._sampwidth in _LINEAR_BY_WIDTH:
            encoding = _LINEAR_BY_WIDTH[self._sampwidth]
            per_sample = self._sampwidth
        elif self._comptype == 'ULAW':
            encoding = _MULAW
            per_sample = 1
        else:
            raise Error('internal error')
        self._frame_bytes = per_sample * self._nchannels
        out = self._file
        # The header holds the info and at least one NUL, rounded up to 8 bytes.
        header_size = (25 + len(self._info) + 7) & ~7
        _write_u32(out, AUDIO_FILE_MAGIC)
        _write_u32(out, header_size)
        if self._declared_frames == AUDIO_UNKNOWN_SIZE:
            length = AUDIO_UNKNOWN_SIZE
        else:
            length = self._declared_frames * self._frame_bytes
        try:
            self._length_at = out.tell()
        except (AttributeError, OSError):
            self._length_at = None
        _write_u32(out, length)
        self._length_in_header = length
        for value in (encoding, self._framerate, self._nchannels):
            _write_u32(out, value)
        out.write(self._info)
        out.write(b'\0' * (header_size - len(self._info) - 24))

    def _patchheader(self):
        if self._length_at is None:
            raise OSError('cannot seek')
        self._file.seek(self._length_at)
        _write_u32(self._file, self._bytes_written)
        self._length_in_header = self._bytes_written
        self._file.seek(0, 2)


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Au_read(f)
    if mode in ('w', 'wb'):
        return Au_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
