"""Guessing a file's MIME type (and compression) from its name or URL, and the extensions of a
MIME type.

A built-in table of common types is extended, as in python3, by the system's mime.types files
(the `knownfiles`) the first time a module-level function needs the tables. "Strict" types are
the registered ones; with strict=False a few common unregistered ones are accepted too.
"""

import os
import posixpath
import re

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'guess_extension',
           'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False
_db = None

# A URL's scheme and the rest ("data:text/plain,..." -> "data", "text/plain,...").
_SCHEME = re.compile(r'([^/:]+):(.*)', re.DOTALL)

# Suffixes that stand for two: '.tgz' is '.tar' compressed by gzip.
_SUFFIXES = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2',
             '.txz': '.tar.xz'}

# Compression suffixes and the encoding each names.
_ENCODINGS = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}

# The registered types gilpy knows without a mime.types file, by type, the preferred extension
# first (guess_extension answers with it).
_REGISTERED = (
    ('application/javascript', '.js .mjs'),
    ('application/json', '.json'),
    ('application/manifest+json', '.webmanifest'),
    ('application/msword', '.doc .dot .wiz'),
    ('application/octet-stream', '.bin .a .dll .exe .o .obj .so'),
    ('application/oda', '.oda'),
    ('application/pdf', '.pdf'),
    ('application/pkcs7-mime', '.p7c'),
    ('application/postscript', '.ps .ai .eps'),
    ('application/vnd.apple.mpegurl', '.m3u .m3u8'),
    ('application/vnd.ms-excel', '.xls .xlb'),
    ('application/vnd.ms-powerpoint', '.ppt .pot .ppa .pps .pwz'),
    ('application/wasm', '.wasm'),
    ('application/x-bcpio', '.bcpio'),
    ('application/x-cpio', '.cpio'),
    ('application/x-csh', '.csh'),
    ('application/x-dvi', '.dvi'),
    ('application/x-gtar', '.gtar'),
    ('application/x-hdf', '.hdf'),
    ('application/x-hdf5', '.h5'),
    ('application/x-latex', '.latex'),
    ('application/x-mif', '.mif'),
    ('application/x-netcdf', '.cdf .nc'),
    ('application/x-pkcs12', '.p12 .pfx'),
    ('application/x-pn-realaudio', '.ram'),
    ('application/x-python-code', '.pyc .pyo'),
    ('application/x-sh', '.sh'),
    ('application/x-shar', '.shar'),
    ('application/x-shockwave-flash', '.swf'),
    ('application/x-sv4cpio', '.sv4cpio'),
    ('application/x-sv4crc', '.sv4crc'),
    ('application/x-tar', '.tar'),
    ('application/x-tcl', '.tcl'),
    ('application/x-tex', '.tex'),
    ('application/x-texinfo', '.texi .texinfo'),
    ('application/x-troff', '.roff .t .tr'),
    ('application/x-troff-man', '.man'),
    ('application/x-troff-me', '.me'),
    ('application/x-troff-ms', '.ms'),
    ('application/x-ustar', '.ustar'),
    ('application/x-wais-source', '.src'),
    ('application/xml', '.xsl .rdf .wsdl .xpdl'),
    ('application/zip', '.zip'),
    ('audio/3gpp', '.3gp .3gpp'),
    ('audio/3gpp2', '.3g2 .3gpp2'),
    ('audio/aac', '.aac .adts .loas .ass'),
    ('audio/basic', '.au .snd'),
    ('audio/mpeg', '.mp3 .mp2'),
    ('audio/opus', '.opus'),
    ('audio/x-aiff', '.aif .aifc .aiff'),
    ('audio/x-pn-realaudio', '.ra'),
    ('audio/x-wav', '.wav'),
    ('image/avif', '.avif'),
    ('image/bmp', '.bmp'),
    ('image/gif', '.gif'),
    ('image/ief', '.ief'),
    ('image/jpeg', '.jpg .jpe .jpeg'),
    ('image/heic', '.heic'),
    ('image/heif', '.heif'),
    ('image/png', '.png'),
    ('image/svg+xml', '.svg'),
    ('image/tiff', '.tiff .tif'),
    ('image/vnd.microsoft.icon', '.ico'),
    ('image/x-cmu-raster', '.ras'),
    ('image/x-portable-anymap', '.pnm'),
    ('image/x-portable-bitmap', '.pbm'),
    ('image/x-portable-graymap', '.pgm'),
    ('image/x-portable-pixmap', '.ppm'),
    ('image/x-rgb', '.rgb'),
    ('image/x-xbitmap', '.xbm'),
    ('image/x-xpixmap', '.xpm'),
    ('image/x-xwindowdump', '.xwd'),
    ('message/rfc822', '.eml .mht .mhtml .nws'),
    ('text/css', '.css'),
    ('text/csv', '.csv'),
    ('text/html', '.html .htm'),
    ('text/markdown', '.md .markdown'),
    ('text/plain', '.txt .bat .c .h .ksh .pl .srt'),
    ('text/richtext', '.rtx'),
    ('text/tab-separated-values', '.tsv'),
    ('text/x-python', '.py'),
    ('text/x-setext', '.etx'),
    ('text/x-sgml', '.sgm .sgml'),
    ('text/x-vcard', '.vcf'),
    ('text/xml', '.xml'),
    ('video/mp4', '.mp4'),
    ('video/mpeg', '.mpeg .m1v .mpa .mpe .mpg'),
    ('video/quicktime', '.mov .qt'),
    ('video/webm', '.webm'),
    ('video/x-msvideo', '.avi'),
    ('video/x-sgi-movie', '.movie'),
)

# Common but unregistered types, accepted only with strict=False.
_UNREGISTERED = (
    ('application/rtf', '.rtf'),
    ('audio/midi', '.midi .mid'),
    ('image/jpg', '.jpg'),
    ('image/pict', '.pict .pct .pic'),
    ('image/webp', '.webp'),
    ('text/xul', '.xul'),
)


class MimeTypes:
    """A MIME-types database: the built-in tables, plus the files given (mime.types format)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})       # by strictness: non-strict [0], strict [1]
        self.types_map_inv = ({}, {})
        for mapping, strictness in ((_types_map_default, True), (_common_types_default, False)):
            for ext, type in mapping.items():
                self.add_type(type, ext, strictness)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension ext (with its dot) to type; the type's extensions list gains ext."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path or URL; either may be None."""
        url = os.fspath(url)
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() == 'data':
            rest = scheme.group(2)
            # data:[<mediatype>][;base64],<data>
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            mediatype = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in mediatype or '/' not in mediatype:
                mediatype = 'text/plain'
            return mediatype, None
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        tables = (self.types_map[True],) if strict else (self.types_map[True], self.types_map[False])
        for table in tables:
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, strict ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file."""
        with open(filename, encoding='utf-8') as f:
            self.readfp(f, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: each line is a type, then its extensions
        without dots; '#' starts a comment."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(type, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Adds the types the Windows registry knows (nothing elsewhere)."""
        return None


def _ensure():
    if _db is None:
        init()


def guess_type(url, strict=True):
    """(type, encoding) for a file name, path or URL, from the module's database."""
    _ensure()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    _ensure()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    _ensure()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    _ensure()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the module's database from the built-in tables and the files (knownfiles by
    default, those that exist)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The types of one mime.types file as a dict by extension, or None if it cannot be read."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _tables():
    global _types_map_default, _common_types_default, _encodings_map_default, _suffix_map_default
    global types_map, common_types, encodings_map, suffix_map
    _suffix_map_default = dict(_SUFFIXES)
    _encodings_map_default = dict(_ENCODINGS)
    _types_map_default = {}
    for type, extensions in _REGISTERED:
        for ext in extensions.split():
            _types_map_default.setdefault(ext, type)
    _common_types_default = {}
    for type, extensions in _UNREGISTERED:
        for ext in extensions.split():
            _common_types_default[ext] = type
    suffix_map = _suffix_map_default.copy()
    encodings_map = _encodings_map_default.copy()
    types_map = _types_map_default.copy()
    common_types = _common_types_default.copy()


_tables()


def _main():
    import getopt
    import sys
    usage = '''Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
'''
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        print(usage)
        print(msg)
        sys.exit(1)
    strict = True
    extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            print(usage)
            sys.exit(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            extension = True
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
