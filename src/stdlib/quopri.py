"""Conversions to/from quoted-printable transport encoding as per RFC 1521.

The work is binascii's (b2a_qp and a2b_qp, native in gilpy); this module adds the file-object
and bytes front ends and the byte-level helpers of CPython's module."""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the one byte *c* must be written as =XX (blanks only when *quotetabs*,
    underscores only in *header* mode; line-final blanks are always quoted by encode)."""
    assert isinstance(c, bytes)
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """The =XX form of the one byte *c*."""
    assert isinstance(c, bytes) and len(c) == 1
    return ESCAPE + b"%02X" % ord(c)


def ishex(c):
    """Whether the one byte *c* is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b"0" <= c <= b"9" or b"a" <= c <= b"f" or b"A" <= c <= b"F"


def unhex(s):
    """The value of the hexadecimal digits *s*."""
    return int(s, 16)


def encode(input, output, quotetabs, header=False):
    """Read binary file *input*, write its quoted-printable form to binary file *output*.
    *quotetabs* quotes embedded blanks too; *header* writes spaces as "_" (RFC 1522)."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file *input*, write the decoded bytes to *output*
    (*header*: "_" stands for a space)."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def main():
    import sys
    import getopt

    def usage_error(*lines):
        sys.stdout = sys.stderr
        for line in lines:
            print(line)
        sys.exit(2)

    try:
        opts, args = getopt.getopt(sys.argv[1:], "td")
    except getopt.error as msg:
        usage_error(msg, "usage: quopri [-t | -d] [file] ...", "-t: quote tabs", "-d: decode; default encode")
    flags = {o for o, _ in opts}
    tabs, deco = "-t" in flags, "-d" in flags
    if tabs and deco:
        usage_error("-t and -d are mutually exclusive")
    status = 0
    for name in args or ["-"]:
        if name == "-":
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != "-":
                fp.close()
    if status:
        sys.exit(status)


if __name__ == "__main__":
    main()
