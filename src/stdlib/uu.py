"""uuencode and uudecode of files (binascii does the lines).

encode(in_file, out_file [,name, mode], *, backtick=False)
decode(in_file [, out_file, mode, quiet])

Files are binary file objects, path names, or "-" for standard input/output.
"""

import binascii
import os
import sys
import warnings

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Error", "encode", "decode"]

# Bytes per encoded line.
_LINE = 45


class Error(Exception):
    pass


class _Files:
    """Files this module opened itself, closed when done."""

    def __init__(self):
        self.opened = []

    def open(self, path, mode):
        f = open(path, mode)
        self.opened.append(f)
        return f

    def close(self):
        for f in self.opened:
            f.close()


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """Uuencode file"""
    files = _Files()
    try:
        if in_file == "-":
            in_file = sys.stdin.buffer
        elif isinstance(in_file, str):
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                mode = os.stat(in_file).st_mode
            in_file = files.open(in_file, "rb")
        if out_file == "-":
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            out_file = files.open(out_file, "wb")
        name = "-" if name is None else name
        mode = 0o666 if mode is None else mode
        # The begin line may not break: newlines in the name are written escaped.
        name = name.replace("\n", "\\n").replace("\r", "\\r")
        out_file.write(("begin %o %s\n" % (mode & 0o777, name)).encode("ascii"))
        while True:
            block = in_file.read(_LINE)
            if not block:
                break
            out_file.write(binascii.b2a_uu(block, backtick=backtick))
        out_file.write(b"`\nend\n" if backtick else b" \nend\n")
    finally:
        files.close()


def _begin_line(in_file):
    """The fields of the first "begin MODE NAME" line with an octal mode."""
    while True:
        line = in_file.readline()
        if not line:
            raise Error("No valid begin line found in input file")
        if not line.startswith(b"begin"):
            continue
        fields = line.split(b" ", 2)
        if len(fields) == 3 and fields[0] == b"begin":
            try:
                int(fields[1], 8)
            except ValueError:
                continue
            return fields


def _unsafe_target(path):
    seps = [os.sep] + ([os.altsep] if os.altsep else [])
    return any(path.startswith(s) or f"..{s}" in path for s in seps)


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode uuencoded file"""
    files = _Files()
    if in_file == "-":
        in_file = sys.stdin.buffer
    elif isinstance(in_file, str):
        in_file = files.open(in_file, "rb")
    try:
        fields = _begin_line(in_file)
        if out_file is None:
            out_file = fields[2].rstrip(b" \t\r\n\f").decode("ascii")
            if os.path.exists(out_file):
                raise Error(f"Cannot overwrite existing file: {out_file}")
            if _unsafe_target(out_file):
                raise Error(f"Refusing to write to {out_file} due to directory traversal")
        if mode is None:
            mode = int(fields[1], 8)
        if out_file == "-":
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            target = files.open(out_file, "wb")
            os.chmod(out_file, mode)
            out_file = target
        line = in_file.readline()
        while line and line.strip(b" \t\r\n\f") != b"end":
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as v:
                # Lines some encoders pad with garbage: keep what the length byte announces.
                count = (((line[0] - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:count])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % v)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error("Truncated input file")
    finally:
        files.close()


def test():
    """uuencode/uudecode main program"""
    import optparse
    parser = optparse.OptionParser(usage="usage: %prog [-d] [-t] [input [output]]")
    parser.add_option("-d", "--decode", dest="decode", help="Decode (instead of encode)?",
                      default=False, action="store_true")
    parser.add_option("-t", "--text", dest="text",
                      help="data is text, encoded format unix-compatible text?",
                      default=False, action="store_true")
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error("incorrect number of arguments")
        sys.exit(1)
    source = args[0] if args else sys.stdin.buffer
    target = args[1] if len(args) > 1 else sys.stdout.buffer
    if options.decode:
        if options.text:
            if not isinstance(target, str):
                print(sys.argv[0], ": cannot do -t to stdout")
                sys.exit(1)
            target = open(target, "wb")
        decode(source, target)
    else:
        if options.text:
            if not isinstance(source, str):
                print(sys.argv[0], ": cannot do -t from stdin")
                sys.exit(1)
            source = open(source, "rb")
        encode(source, target)


if __name__ == "__main__":
    test()
