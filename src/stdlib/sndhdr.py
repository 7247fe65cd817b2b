"""Guess the kind of sound a file holds from its header (CPython 3.11's sndhdr, deprecated
since 3.11). what() and whathdr() answer a SndHeaders tuple (filetype, framerate, nchannels,
nframes, sampwidth) or None; the checks in `tests` run in order on the first 512 bytes."""

import warnings

warnings._deprecated(__name__, remove=(3, 13))

import collections

__all__ = ['what', 'whathdr']

SndHeaders = collections.namedtuple('SndHeaders', 'filetype framerate nchannels nframes sampwidth')

_FIELD_DOCS = {
    'filetype': """The value for type indicates the data type
and will be one of the strings 'aifc', 'aiff', 'au','hcom',
'sndr', 'sndt', 'voc', 'wav', '8svx', 'sb', 'ub', or 'ul'.""",
    'framerate': """The sampling_rate will be either the actual
value or 0 if unknown or difficult to decode.""",
    'nchannels': """The number of channels or 0 if it cannot be
determined or if the value is difficult to decode.""",
    'nframes': """The value for frames will be either the number
of frames or -1.""",
    'sampwidth': """Either the sample size in bits or
'A' for A-LAW or 'U' for u-LAW.""",
}
for _field, _doc in _FIELD_DOCS.items():
    try:
        getattr(SndHeaders, _field).__doc__ = _doc
    except AttributeError:
        # gilpy's namedtuple fields are properties whose __doc__ cannot be set yet.
        pass
del _field, _doc


def what(filename):
    """The SndHeaders of a sound file, or None when its kind is not known."""
    return whathdr(filename)


def whathdr(filename):
    """The SndHeaders found from the file's first 512 bytes, or None."""
    with open(filename, mode='rb') as f:
        h = f.read(512)
        for check in tests:
            found = check(h, f)
            if found:
                return SndHeaders(*found)
        return None


def get_long_be(b):
    return int.from_bytes(b[:4], 'big')


def get_long_le(b):
    return int.from_bytes(b[:4], 'little')


def get_short_be(b):
    return int.from_bytes(b[:2], 'big')


def get_short_le(b):
    return int.from_bytes(b[:2], 'little')


def test_aifc(h, f):
    """AIFC and AIFF files"""
    with warnings.catch_warnings():
        # aifc is deprecated too; its warning is not the caller's business here.
        warnings.filterwarnings('ignore', category=DeprecationWarning)
        import aifc
    if not h.startswith(b'FORM'):
        return None
    kinds = {b'AIFC': 'aifc', b'AIFF': 'aiff'}
    fmt = kinds.get(h[8:12])
    if fmt is None:
        return None
    f.seek(0)
    try:
        a = aifc.open(f, 'r')
    except (aifc.Error, EOFError):
        return None
    return (fmt, a.getframerate(), a.getnchannels(), a.getnframes(), 8 * a.getsampwidth())


def test_au(h, f):
    """AU and SND files"""
    if h.startswith(b'.snd'):
        read = get_long_be
    elif h[:4] in (b'\0ds.', b'dns.'):
        read = get_long_le
    else:
        return None
    data_size = read(h[8:12])
    encoding = read(h[12:16])
    rate = read(h[16:20])
    nchannels = read(h[20:24])
    # Encoding 1 is u-law, 2 and 3 are 8 and 16 bit linear; anything else is unknown.
    sample_bits, sample_size = {1: ('U', 1), 2: (8, 1), 3: (16, 2)}.get(encoding, ('?', 1))
    per_frame = nchannels * sample_size
    nframe = data_size / per_frame if per_frame else -1
    return 'au', rate, nchannels, nframe, sample_bits


def test_hcom(h, f):
    """HCOM file"""
    if (h[65:69], h[128:132]) != (b'FSSD', b'HCOM'):
        return None
    step = get_long_be(h[144:148])
    rate = 22050 / step if step else 0
    return 'hcom', rate, 1, -1, 8


def test_voc(h, f):
    """VOC file"""
    if not h.startswith(b'Creative Voice File\x1a'):
        return None
    block = get_short_le(h[20:22])
    rate = 0
    if 0 <= block < 500 and h[block] == 1:
        code = 256 - h[block + 4]
        if code:
            rate = int(1000000.0 / code)
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    """WAV file"""
    import wave
    if (h[:4], h[8:12], h[12:16]) != (b'RIFF', b'WAVE', b'fmt '):
        return None
    f.seek(0)
    try:
        w = wave.open(f, 'r')
    except (wave.Error, EOFError):
        return None
    return ('wav', w.getframerate(), w.getnchannels(), w.getnframes(), 8 * w.getsampwidth())


def test_8svx(h, f):
    """8SVX file"""
    if (h[:4], h[8:12]) != (b'FORM', b'8SVX'):
        return None
    # One channel is assumed: the channel count is not decoded.
    return '8svx', 0, 1, 0, 8


def test_sndt(h, f):
    """SNDT file"""
    if h.startswith(b'SOUND'):
        return 'sndt', get_short_le(h[20:22]), 1, get_long_le(h[8:12]), 8


def test_sndr(h, f):
    """SNDR file"""
    if h.startswith(b'\0\0'):
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx, test_sndt, test_sndr]


def test():
    """Print the kind of each file named on the command line (-r: walk directories)."""
    import sys
    args = sys.argv[1:]
    recursive = bool(args) and args[0] == '-r'
    if recursive:
        del args[0]
    try:
        testall(args or ['.'], recursive, 1)
    except KeyboardInterrupt:
        print('\n[Interrupted]', file=sys.stderr)
        sys.exit(1)


def testall(names, recursive, toplevel):
    import sys
    import os
    import glob
    for name in names:
        if os.path.isdir(name):
            print(name + '/*:')
            if recursive or toplevel:
                print('recursing down:')
                testall(glob.glob(os.path.join(glob.escape(name), '*')), recursive, 0)
            else:
                print('*** directory (use -r) ***')
            continue
        print(name + ':', end=' ')
        sys.stdout.flush()
        try:
            print(what(name))
        except OSError:
            print('*** not found ***')


if __name__ == '__main__':
    test()
