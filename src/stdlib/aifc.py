"""Read and write AIFF and AIFF-C sound files (CPython 3.11's aifc, deprecated since 3.11).

A file is an IFF 'FORM' of type AIFF or AIFC holding chunks: COMM (channels, frames, sample
size, rate as an 80-bit extended float, and for AIFF-C the compression type and name), SSND
(the samples, big-endian), FVER (the AIFF-C version) and MARK (markers). open(f, 'rb') gives
an Aifc_read, open(f, 'wb') an Aifc_write (AIFF-C unless aiff() is called or the file name
ends in .aiff). Compressed data (u-law, A-law, G722 ADPCM, little-endian 'sowt') is
converted with audioop."""

import struct
import builtins
import warnings

__all__ = ["Error", "open"]

warnings._deprecated(__name__, remove=(3, 13))


class Error(Exception):
    pass


# Version 1 of AIFF-C, as written in the FVER chunk.
_AIFC_version = 0xA2805140


def _unpacker(fmt):
    size = struct.calcsize(fmt)

    def read(file):
        data = file.read(size)
        if len(data) != size:
            raise EOFError
        return struct.unpack(fmt, data)[0]
    return read


def _packer(fmt):
    def write(f, x):
        f.write(struct.pack(fmt, x))
    return write


_read_long = _unpacker('>l')
_read_ulong = _unpacker('>L')
_read_short = _unpacker('>h')
_read_ushort = _unpacker('>H')
_write_short = _packer('>h')
_write_ushort = _packer('>H')
_write_long = _packer('>l')
_write_ulong = _packer('>L')


def _read_string(file):
    """A Pascal string: a length byte, the bytes, and a pad byte keeping the total even."""
    size = ord(file.read(1))
    data = file.read(size) if size else b''
    if not size & 1:
        file.read(1)
    return data


def _write_string(f, s):
    if len(s) > 255:
        raise ValueError("string exceeds maximum pstring length")
    f.write(bytes((len(s),)) + s + (b'' if len(s) & 1 else b'\x00'))


# What an infinite or NaN extended float reads as.
_HUGE_VAL = 1.79769313486231e+308


def _read_float(f):
    """An IEEE 754 80-bit extended float: sign and 15-bit exponent, 64-bit mantissa with
    its integer bit."""
    exponent = _read_short(f)
    sign = 1
    if exponent < 0:
        sign = -1
        exponent += 0x8000
    high = _read_ulong(f)
    low = _read_ulong(f)
    if exponent == high == low == 0:
        value = 0.0
    elif exponent == 0x7FFF:
        value = _HUGE_VAL
    else:
        value = (high * 0x100000000 + low) * pow(2.0, exponent - 16383 - 63)
    return sign * value


def _write_float(f, x):
    import math
    sign = 0
    if x < 0:
        sign = 0x8000
        x = -x
    high = low = 0
    if x == 0:
        exponent = 0
    else:
        mantissa, exponent = math.frexp(x)
        if exponent > 16384 or mantissa >= 1 or mantissa != mantissa:
            # Infinity or NaN.
            exponent = sign | 0x7FFF
        else:
            exponent += 16382
            if exponent < 0:
                # Too small for the exponent: a denormal.
                mantissa = math.ldexp(mantissa, exponent)
                exponent = 0
            exponent |= sign
            top = math.ldexp(mantissa, 32)
            high = int(math.floor(top))
            rest = math.ldexp(top - math.floor(top), 32)
            low = int(math.floor(rest))
    _write_ushort(f, exponent)
    _write_ulong(f, high)
    _write_ulong(f, low)


with warnings.catch_warnings():
    # chunk is deprecated as well; aifc's use of it is no news to the caller.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from chunk import Chunk

import collections

_aifc_params = collections.namedtuple(
    '_aifc_params', 'nchannels sampwidth framerate nframes comptype compname')

for _field, _doc in [
        ('nchannels', 'Number of audio channels (1 for mono, 2 for stereo)'),
        ('sampwidth', 'Sample width in bytes'),
        ('framerate', 'Sampling frequency'),
        ('nframes', 'Number of audio frames'),
        ('comptype', 'Compression type ("NONE" for AIFF files)'),
        ('compname', "A human-readable version of the compression type\n"
                     "('not compressed' for AIFF files)")]:
    try:
        getattr(_aifc_params, _field).__doc__ = _doc
    except AttributeError:
        # gilpy's namedtuple fields are properties whose __doc__ cannot be set yet.
        pass
del _field, _doc


def _audioop():
    # audioop is deprecated too; using it here is not the caller's doing.
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', '', DeprecationWarning)
        import audioop
    return audioop


_COMPRESSED = (b'ulaw', b'ULAW', b'alaw', b'ALAW', b'G722', b'sowt', b'SOWT')
_KNOWN_TYPES = (b'NONE',) + _COMPRESSED


class Aifc_read:
    # Present before initfp so that close() works on a half-made reader.
    _file = None

    def initfp(self, file):
        self._version = 0
        self._convert = None
        self._marks = []
        self._position = 0
        self._file = file
        form = Chunk(file)
        if form.getname() != b'FORM':
            raise Error('file does not start with FORM id')
        kind = form.read(4)
        if kind not in (b'AIFF', b'AIFC'):
            raise Error('not an AIFF or AIFF-C file')
        self._aifc = 1 if kind == b'AIFC' else 0
        have_comm = False
        self._sound = None
        while True:
            self._ssnd_seek_needed = 1
            try:
                chunk = Chunk(self._file)
            except EOFError:
                break
            name = chunk.getname()
            if name == b'COMM':
                self._read_comm(chunk)
                have_comm = True
            elif name == b'SSND':
                self._sound = chunk
                chunk.read(8)
                self._ssnd_seek_needed = 0
            elif name == b'FVER':
                self._version = _read_ulong(chunk)
            elif name == b'MARK':
                self._readmark(chunk)
            chunk.skip()
        if not have_comm or not self._sound:
            raise Error('COMM chunk and/or SSND chunk missing')

    def __init__(self, f):
        if not isinstance(f, str):
            self.initfp(f)
            return
        opened = builtins.open(f, 'rb')
        try:
            self.initfp(opened)
        except:
            opened.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._ssnd_seek_needed = 1
        self._position = 0

    def close(self):
        file, self._file = self._file, None
        if file is not None:
            file.close()

    def tell(self):
        return self._position

    def getnchannels(self):
        return self._channels

    def getnframes(self):
        return self._frame_count

    def getsampwidth(self):
        return self._width

    def getframerate(self):
        return self._rate

    def getcomptype(self):
        return self._ctype

    def getcompname(self):
        return self._cname

    def getparams(self):
        return _aifc_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return self._marks or None

    def getmark(self, id):
        for marker in self._marks:
            if marker[0] == id:
                return marker
        raise Error('marker {0!r} does not exist'.format(id))

    def setpos(self, pos):
        if not 0 <= pos <= self._frame_count:
            raise Error('position not in range')
        self._position = pos
        self._ssnd_seek_needed = 1

    def readframes(self, nframes):
        if self._ssnd_seek_needed:
            # The sound data starts after the chunk's offset and block size words.
            self._sound.seek(0)
            self._sound.read(8)
            offset = self._position * self._frame_bytes
            if offset:
                self._sound.seek(offset + 8)
            self._ssnd_seek_needed = 0
        if nframes == 0:
            return b''
        data = self._sound.read(nframes * self._frame_bytes)
        if self._convert and data:
            data = self._convert(data)
        self._position += len(data) // (self._channels * self._width)
        return data

    def _alaw2lin(self, data):
        return _audioop().alaw2lin(data, 2)

    def _ulaw2lin(self, data):
        return _audioop().ulaw2lin(data, 2)

    def _adpcm2lin(self, data):
        audioop = _audioop()
        if not hasattr(self, '_adpcm_state'):
            self._adpcm_state = None
        data, self._adpcm_state = audioop.adpcm2lin(data, 2, self._adpcm_state)
        return data

    def _sowt2lin(self, data):
        return _audioop().byteswap(data, 2)

    def _read_comm(self, chunk):
        self._channels = _read_short(chunk)
        self._frame_count = _read_long(chunk)
        self._width = (_read_short(chunk) + 7) // 8
        self._rate = int(_read_float(chunk))
        if self._width <= 0:
            raise Error('bad sample width')
        if self._channels <= 0:
            raise Error('bad # of channels')
        self._frame_bytes = self._channels * self._width
        if not self._aifc:
            self._ctype = b'NONE'
            self._cname = b'not compressed'
            return
        # Some writers give an AIFF-C COMM chunk the AIFF size (18): read on anyway,
        # growing the chunk by the compression fields.
        short_chunk = chunk.chunksize == 18
        if short_chunk:
            warnings.warn('Warning: bad COMM chunk size')
            chunk.chunksize = 23
        self._ctype = chunk.read(4)
        if short_chunk:
            size = ord(chunk.file.read(1))
            if not size & 1:
                size += 1
            chunk.chunksize += size
            chunk.file.seek(-1, 1)
        self._cname = _read_string(chunk)
        if self._ctype == b'NONE':
            return
        converters = {b'G722': self._adpcm2lin, b'ulaw': self._ulaw2lin,
                      b'ULAW': self._ulaw2lin, b'alaw': self._alaw2lin,
                      b'ALAW': self._alaw2lin, b'sowt': self._sowt2lin,
                      b'SOWT': self._sowt2lin}
        if self._ctype not in converters:
            raise Error('unsupported compression type')
        self._convert = converters[self._ctype]
        self._width = 2

    def _readmark(self, chunk):
        count = _read_short(chunk)
        try:
            for _ in range(count):
                ident = _read_short(chunk)
                pos = _read_long(chunk)
                name = _read_string(chunk)
                # A marker at 0 without a name is how some writers leave a blank.
                if pos or name:
                    self._marks.append((ident, pos, name))
        except EOFError:
            got = len(self._marks)
            warnings.warn('Warning: MARK chunk contains only %s marker%s instead of %s'
                          % (got, '' if got == 1 else 's', count))


class Aifc_write:
    # Present before initfp so that close() (and __del__) work on a half-made writer.
    _file = None

    def __init__(self, f):
        if not isinstance(f, str):
            self.initfp(f)
            return
        opened = builtins.open(f, 'wb')
        try:
            self.initfp(opened)
        except:
            opened.close()
            raise
        # A .aiff name asks for plain AIFF.
        if f.endswith('.aiff'):
            self._aifc = 0

    def initfp(self, file):
        self._file = file
        self._version = _AIFC_version
        self._ctype = b'NONE'
        self._cname = b'not compressed'
        self._convert = None
        self._channels = 0
        self._width = 0
        self._rate = 0
        self._frame_count = 0
        self._frames_done = 0
        self._bytes_done = 0
        self._size_in_header = 0
        self._marks = []
        self._marklength = 0
        self._aifc = 1

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _not_started(self):
        if self._frames_done:
            raise Error('cannot change parameters after starting to write')

    def aiff(self):
        self._not_started()
        self._aifc = 0

    def aifc(self):
        self._not_started()
        self._aifc = 1

    def setnchannels(self, nchannels):
        self._not_started()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._channels = nchannels

    def getnchannels(self):
        if not self._channels:
            raise Error('number of channels not set')
        return self._channels

    def setsampwidth(self, sampwidth):
        self._not_started()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._width = sampwidth

    def getsampwidth(self):
        if not self._width:
            raise Error('sample width not set')
        return self._width

    def setframerate(self, framerate):
        self._not_started()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._rate = framerate

    def getframerate(self):
        if not self._rate:
            raise Error('frame rate not set')
        return self._rate

    def setnframes(self, nframes):
        self._not_started()
        self._frame_count = nframes

    def getnframes(self):
        return self._frames_done

    def setcomptype(self, comptype, compname):
        self._not_started()
        if comptype not in _KNOWN_TYPES:
            raise Error('unsupported compression type')
        self._ctype = comptype
        self._cname = compname

    def getcomptype(self):
        return self._ctype

    def getcompname(self):
        return self._cname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._not_started()
        if comptype not in _KNOWN_TYPES:
            raise Error('unsupported compression type')
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not (self._channels and self._width and self._rate):
            raise Error('not all parameters set')
        return _aifc_params(self._channels, self._width, self._rate,
                            self._frame_count, self._ctype, self._cname)

    def setmark(self, id, pos, name):
        if id <= 0:
            raise Error('marker ID must be > 0')
        if pos < 0:
            raise Error('marker position must be >= 0')
        if not isinstance(name, bytes):
            raise Error('marker name must be bytes')
        mark = (id, pos, name)
        for i, old in enumerate(self._marks):
            if old[0] == id:
                # A marker given again replaces the old one in its place.
                self._marks[i] = mark
                return
        self._marks.append(mark)

    def getmark(self, id):
        for marker in self._marks:
            if marker[0] == id:
                return marker
        raise Error('marker {0!r} does not exist'.format(id))

    def getmarkers(self):
        return self._marks or None

    def tell(self):
        return self._frames_done

    def writeframesraw(self, data):
        if not isinstance(data, bytes) and not isinstance(data, bytearray):
            data = memoryview(data).cast('B')
        self._start_writing(len(data))
        frames = len(data) // (self._width * self._channels)
        if self._convert:
            data = self._convert(data)
        self._file.write(data)
        self._frames_done += frames
        self._bytes_done += len(data)

    def _header_stale(self):
        return self._frames_done != self._frame_count or self._size_in_header != self._bytes_done

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._header_stale():
            self._patchheader()

    def close(self):
        if self._file is None:
            return
        try:
            self._start_writing(0)
            if self._bytes_done & 1:
                # Chunks have even sizes.
                self._file.write(b'\x00')
                self._bytes_done += 1
            self._writemarkers()
            if self._header_stale() or self._marklength:
                self._patchheader()
        finally:
            self._convert = None
            file, self._file = self._file, None
            file.close()

    def _lin2alaw(self, data):
        return _audioop().lin2alaw(data, 2)

    def _lin2ulaw(self, data):
        return _audioop().lin2ulaw(data, 2)

    def _lin2adpcm(self, data):
        audioop = _audioop()
        if not hasattr(self, '_adpcm_state'):
            self._adpcm_state = None
        data, self._adpcm_state = audioop.lin2adpcm(data, 2, self._adpcm_state)
        return data

    def _lin2sowt(self, data):
        return _audioop().byteswap(data, 2)

    def _start_writing(self, datasize):
        if self._frames_done:
            return
        if self._ctype in _COMPRESSED:
            if not self._width:
                self._width = 2
            if self._width != 2:
                raise Error('sample width must be 2 when compressing '
                            'with ulaw/ULAW, alaw/ALAW, sowt/SOWT '
                            'or G7.22 (ADPCM)')
        if not self._channels:
            raise Error('# channels not specified')
        if not self._width:
            raise Error('sample width not specified')
        if not self._rate:
            raise Error('sampling rate not specified')
        self._put_header(datasize)

    def _init_compression(self):
        converters = {b'G722': self._lin2adpcm, b'ulaw': self._lin2ulaw,
                      b'ULAW': self._lin2ulaw, b'alaw': self._lin2alaw,
                      b'ALAW': self._lin2alaw, b'sowt': self._lin2sowt,
                      b'SOWT': self._lin2sowt}
        if self._ctype in converters:
            self._convert = converters[self._ctype]

    def _put_header(self, initlength):
        out = self._file
        if self._aifc and self._ctype != b'NONE':
            self._init_compression()
        out.write(b'FORM')
        if not self._frame_count:
            self._frame_count = initlength // (self._channels * self._width)
        size = self._frame_count * self._channels * self._width
        size += size & 1
        if self._aifc:
            # Compressed data is smaller: a byte a sample for the G.711 laws, a quarter
            # for ADPCM.
            if self._ctype in (b'ulaw', b'ULAW', b'alaw', b'ALAW'):
                size //= 2
                size += size & 1
            elif self._ctype == b'G722':
                size = (size + 3) // 4
                size += size & 1
        self._size_in_header = size
        try:
            self._form_size_at = out.tell()
        except (AttributeError, OSError):
            self._form_size_at = None
        commlength = self._put_form_size(self._size_in_header)
        if self._aifc:
            out.write(b'AIFC')
            out.write(b'FVER')
            _write_ulong(out, 4)
            _write_ulong(out, self._version)
        else:
            out.write(b'AIFF')
        out.write(b'COMM')
        _write_ulong(out, commlength)
        _write_short(out, self._channels)
        if self._form_size_at is not None:
            self._frames_at = out.tell()
        _write_ulong(out, self._frame_count)
        bits = 8 if self._ctype in (b'ULAW', b'ulaw', b'ALAW', b'alaw', b'G722') \
            else self._width * 8
        _write_short(out, bits)
        _write_float(out, self._rate)
        if self._aifc:
            out.write(self._ctype)
            _write_string(out, self._cname)
        out.write(b'SSND')
        if self._form_size_at is not None:
            self._ssnd_size_at = out.tell()
        _write_ulong(out, self._size_in_header + 8)
        # Offset and block size.
        _write_ulong(out, 0)
        _write_ulong(out, 0)

    def _put_form_size(self, datalength):
        if self._aifc:
            commlength = 18 + 5 + len(self._cname)
            commlength += commlength & 1
            verslength = 12
        else:
            commlength = 18
            verslength = 0
        _write_ulong(self._file, 4 + verslength + self._marklength + 8 + commlength + 16
                     + datalength)
        return commlength

    def _patchheader(self):
        here = self._file.tell()
        size = self._bytes_done
        if size & 1:
            size += 1
            self._file.write(b'\x00')
        if size == self._size_in_header and self._frame_count == self._frames_done \
                and self._marklength == 0:
            self._file.seek(here, 0)
            return
        self._file.seek(self._form_size_at, 0)
        self._put_form_size(size)
        self._file.seek(self._frames_at, 0)
        _write_ulong(self._file, self._frames_done)
        self._file.seek(self._ssnd_size_at, 0)
        _write_ulong(self._file, size + 8)
        self._file.seek(here, 0)
        self._frame_count = self._frames_done
        self._size_in_header = size

    def _writemarkers(self):
        if not self._marks:
            return
        self._file.write(b'MARK')
        length = 2
        for _, _, name in self._marks:
            # id (2) + position (4) + the Pascal string with its pad.
            length += 6 + len(name) + 1 + (0 if len(name) & 1 else 1)
        _write_ulong(self._file, length)
        self._marklength = length + 8
        _write_short(self._file, len(self._marks))
        for ident, pos, name in self._marks:
            _write_short(self._file, ident)
            _write_ulong(self._file, pos)
            _write_string(self._file, name)


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Aifc_read(f)
    if mode in ('w', 'wb'):
        return Aifc_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")


def _describe(argv):
    """Show a file's parameters; with a second name, copy the sound there."""
    source = argv[1] if argv[1:] else '/usr/demos/data/audio/bach.aiff'
    with open(source, 'r') as f:
        print("Reading", source)
        for label, getter in [('nchannels', f.getnchannels), ('nframes', f.getnframes),
                              ('sampwidth', f.getsampwidth), ('framerate', f.getframerate),
                              ('comptype', f.getcomptype), ('compname', f.getcompname)]:
            print(label.ljust(9), "=", getter())
        if argv[2:]:
            target = argv[2]
            print("Writing", target)
            with open(target, 'w') as g:
                g.setparams(f.getparams())
                for data in iter(lambda: f.readframes(1024), b''):
                    g.writeframes(data)
            print("Done.")


if __name__ == '__main__':
    import sys
    _describe(sys.argv)
