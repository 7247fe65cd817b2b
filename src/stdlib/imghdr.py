"""Guess the kind of image a file holds from its first bytes (CPython 3.11's imghdr,
deprecated since 3.11). what() runs the functions of `tests` in order; each gets the header
bytes and the open file (or None) and answers a kind name or None."""

from os import PathLike
import warnings

__all__ = ["what"]

warnings._deprecated(__name__, remove=(3, 13))


def what(file, h=None):
    """Return the type of image contained in a file or byte stream."""
    opened = None
    try:
        if h is None:
            if isinstance(file, (str, PathLike)):
                opened = open(file, 'rb')
                h = opened.read(32)
            else:
                # A file object is read at its position and put back there.
                here = file.tell()
                h = file.read(32)
                file.seek(here)
        for check in tests:
            kind = check(h, opened)
            if kind:
                return kind
    finally:
        if opened:
            opened.close()
    return None


def test_jpeg(h, f):
    """JPEG: a JFIF or Exif header, or the raw start-of-image marker."""
    if h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'


def test_png(h, f):
    if h.startswith(b'\x89PNG\r\n\x1a\n'):
        return 'png'


def test_gif(h, f):
    """GIF, either version."""
    if h[:3] == b'GIF' and h[3:6] in (b'87a', b'89a'):
        return 'gif'


def test_tiff(h, f):
    """TIFF, in either byte order."""
    if h[:2] in (b'MM', b'II'):
        return 'tiff'


def test_rgb(h, f):
    """SGI image library"""
    if h.startswith(b'\x01\xda'):
        return 'rgb'


def _netpbm(h, digits):
    # 'P', the format's digit, then whitespace.
    return len(h) >= 3 and h[0] == 0x50 and h[1] in digits and h[2] in b' \t\n\r'


def test_pbm(h, f):
    """PBM (portable bitmap)"""
    if _netpbm(h, b'14'):
        return 'pbm'


def test_pgm(h, f):
    """PGM (portable graymap)"""
    if _netpbm(h, b'25'):
        return 'pgm'


def test_ppm(h, f):
    """PPM (portable pixmap)"""
    if _netpbm(h, b'36'):
        return 'ppm'


def test_rast(h, f):
    """Sun raster file"""
    if h.startswith(b'\x59\xa6\x6a\x95'):
        return 'rast'


def test_xbm(h, f):
    """X bitmap (X10 or X11)"""
    if h.startswith(b'#define '):
        return 'xbm'


def test_bmp(h, f):
    if h.startswith(b'BM'):
        return 'bmp'


def test_webp(h, f):
    if h[:4] == b'RIFF' and h[8:12] == b'WEBP':
        return 'webp'


def test_exr(h, f):
    if h[:4] == b'v/1\x01':
        return 'exr'


tests = [test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm, test_pgm, test_ppm,
         test_rast, test_xbm, test_bmp, test_webp, test_exr]


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
                testall(glob.glob(glob.escape(name) + '/*'), recursive, 0)
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
