"""pickletools for gilpy: reading pickles opcode by opcode.

genops(pickle) yields (OpcodeInfo, argument, position) for each opcode of a pickle (bytes or a
binary file); dis(pickle) prints them as CPython's pickletools.dis does, checking the stack and
memo as it goes; optimize(pickle) drops the memo stores no load uses and re-frames protocol 4+
pickles. gilpy's pickles are CPython's, so any pickle from either can be read. The opcode table
keeps each opcode's name, code, argument reader, stack effect and protocol; the long per-opcode
documentation of CPython's module is not kept, so dis(annotate=...) adds no annotations.
"""

import codecs
import io
import re
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = (bytes, bytearray)

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


# ---------------------------------------------------------------- argument readers

class ArgumentDescriptor:
    """How to read an opcode's argument: its name, size (or how the size is found) and reader."""

    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc=''):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

    def __repr__(self):
        return self.name


def _fixed(f, size, fmt, name):
    data = f.read(size)
    if len(data) == size:
        return _unpack(fmt, data)[0]
    raise ValueError("not enough data in stream to read %s" % name)


def read_uint1(f):
    data = f.read(1)
    if data:
        return data[0]
    raise ValueError("not enough data in stream to read uint1")


def read_uint2(f):
    return _fixed(f, 2, "<H", "uint2")


def read_int4(f):
    return _fixed(f, 4, "<i", "int4")


def read_uint4(f):
    return _fixed(f, 4, "<I", "uint4")


def read_uint8(f):
    return _fixed(f, 8, "<Q", "uint8")


def read_stringnl(f, decode=True, stripquotes=True):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    data = data[:-1]
    if stripquotes:
        for quote in (b'"', b"'"):
            if data.startswith(quote):
                if not data.endswith(quote):
                    raise ValueError("strinq quote %r not found at both ends of %r" % (quote, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = _escape_decode(data).decode("ascii")
    return data


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v',
                   '\\': '\\', "'": "'", '"': '"', '\n': ''}


def _escape_decode(data):
    """Bytes with Python's backslash escapes (as in a bytes literal) resolved."""
    if hasattr(codecs, 'escape_decode'):
        return codecs.escape_decode(data)[0]

    def one(m):
        text = m.group(1)
        if text[0] == 'x':
            return chr(int(text[1:], 16))
        if text[0] in '01234567':
            return chr(int(text, 8) & 0xFF)
        return _SIMPLE_ESCAPES.get(text, '\\' + text)

    text = data.decode('latin-1')
    return re.sub(r'\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.|\n)', one, text, flags=re.DOTALL).encode('latin-1')


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(f, size, what):
    data = f.read(size)
    if len(data) == size:
        return data
    raise ValueError("expected %d bytes in a %s, but only %d remain" % (size, what, len(data)))


def read_string1(f):
    return _counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    size = read_int4(f)
    if size < 0:
        raise ValueError("string4 byte count < 0: %d" % size)
    return _counted(f, size, "string4").decode("latin-1")


def read_bytes1(f):
    return _counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    size = read_uint4(f)
    if size > sys.maxsize:
        raise ValueError("bytes4 byte count > sys.maxsize: %d" % size)
    return _counted(f, size, "bytes4")


def read_bytes8(f):
    size = read_uint8(f)
    if size > sys.maxsize:
        raise ValueError("bytes8 byte count > sys.maxsize: %d" % size)
    return _counted(f, size, "bytes8")


def read_bytearray8(f):
    size = read_uint8(f)
    if size > sys.maxsize:
        raise ValueError("bytearray8 byte count > sys.maxsize: %d" % size)
    return bytearray(_counted(f, size, "bytearray8"))


def read_unicodestringnl(f):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read unicodestringnl")
    return _raw_unicode_escape(data[:-1])


def _raw_unicode_escape(data):
    """Decodes 'raw-unicode-escape' bytes: latin-1, except \\uXXXX and \\UXXXXXXXX escapes."""
    try:
        return str(data, 'raw-unicode-escape')
    except LookupError:
        pass
    text = data.decode('latin-1')
    return re.sub(r'\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})',
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def read_unicodestring1(f):
    return str(_counted(f, read_uint1(f), "unicodestring1"), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    size = read_uint4(f)
    if size > sys.maxsize:
        raise ValueError("unicodestring4 byte count > sys.maxsize: %d" % size)
    return str(_counted(f, size, "unicodestring4"), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    size = read_uint8(f)
    if size > sys.maxsize:
        raise ValueError("unicodestring8 byte count > sys.maxsize: %d" % size)
    return str(_counted(f, size, "unicodestring8"), 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text == b"00":
        return False
    if text == b"01":
        return True
    return int(text)


def read_decimalnl_long(f):
    text = read_stringnl(f, decode=False, stripquotes=False)
    if text[-1:] == b'L':
        text = text[:-1]
    return int(text)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return _fixed(f, 8, ">d", "float8")


def read_long1(f):
    size = read_uint1(f)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("not enough data in stream to read long1")
    return int.from_bytes(data, 'little', signed=True)


def read_long4(f):
    size = read_int4(f)
    if size < 0:
        raise ValueError("long4 byte count < 0: %d" % size)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("not enough data in stream to read long4")
    return int.from_bytes(data, 'little', signed=True)


uint1 = ArgumentDescriptor('uint1', 1, read_uint1)
uint2 = ArgumentDescriptor('uint2', 2, read_uint2)
int4 = ArgumentDescriptor('int4', 4, read_int4)
uint4 = ArgumentDescriptor('uint4', 4, read_uint4)
uint8 = ArgumentDescriptor('uint8', 8, read_uint8)
stringnl = ArgumentDescriptor('stringnl', UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = ArgumentDescriptor('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = ArgumentDescriptor('stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair)
string1 = ArgumentDescriptor('string1', TAKEN_FROM_ARGUMENT1, read_string1)
string4 = ArgumentDescriptor('string4', TAKEN_FROM_ARGUMENT4, read_string4)
bytes1 = ArgumentDescriptor('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1)
bytes4 = ArgumentDescriptor('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4)
bytes8 = ArgumentDescriptor('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8)
bytearray8 = ArgumentDescriptor('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8)
unicodestringnl = ArgumentDescriptor('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl)
unicodestring1 = ArgumentDescriptor('unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1)
unicodestring4 = ArgumentDescriptor('unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4)
unicodestring8 = ArgumentDescriptor('unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8)
decimalnl_short = ArgumentDescriptor('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = ArgumentDescriptor('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long)
floatnl = ArgumentDescriptor('floatnl', UP_TO_NEWLINE, read_floatnl)
float8 = ArgumentDescriptor('float8', 8, read_float8)
long1 = ArgumentDescriptor('long1', TAKEN_FROM_ARGUMENT1, read_long1)
long4 = ArgumentDescriptor('long4', TAKEN_FROM_ARGUMENT4, read_long4)


# ---------------------------------------------------------------- what opcodes push and pop

class StackObject:
    """A kind of value on the unpickling stack (for the stack effects of opcodes)."""

    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc=''):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject('int', int)
pyinteger_or_bool = StackObject('int_or_bool', (int, bool))
pybool = StackObject('bool', bool)
pyfloat = StackObject('float', float)
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str))
pybytes = StackObject('bytes', bytes)
pybytearray = StackObject('bytearray', bytearray)
pyunicode = StackObject('str', str)
pynone = StackObject("None", type(None))
pytuple = StackObject("tuple", tuple)
pylist = StackObject("list", list)
pydict = StackObject("dict", dict)
pyset = StackObject("set", set)
pyfrozenset = StackObject("frozenset", set)
pybuffer = StackObject("buffer", object)
anyobject = StackObject('any', object)
markobject = StackObject("mark", StackObject)
stackslice = StackObject("stackslice", StackObject)


class OpcodeInfo:
    """One opcode: name, code (a 1-character str), argument descriptor (or None), the stack
    before and after, and the protocol that introduced it."""

    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=''):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return 'OpcodeInfo(%s)' % self.name


_A = anyobject
_M = markobject
_S = stackslice

# name, code, argument, stack before, stack after, protocol
_TABLE = [
    ('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0),
    ('BININT', 'J', int4, [], [pyint], 1),
    ('BININT1', 'K', uint1, [], [pyint], 1),
    ('BININT2', 'M', uint2, [], [pyint], 1),
    ('LONG', 'L', decimalnl_long, [], [pyint], 0),
    ('LONG1', '\x8a', long1, [], [pyint], 2),
    ('LONG4', '\x8b', long4, [], [pyint], 2),
    ('STRING', 'S', stringnl, [], [pybytes_or_str], 0),
    ('BINSTRING', 'T', string4, [], [pybytes_or_str], 1),
    ('SHORT_BINSTRING', 'U', string1, [], [pybytes_or_str], 1),
    ('BINBYTES', 'B', bytes4, [], [pybytes], 3),
    ('SHORT_BINBYTES', 'C', bytes1, [], [pybytes], 3),
    ('BINBYTES8', '\x8e', bytes8, [], [pybytes], 4),
    ('BYTEARRAY8', '\x96', bytearray8, [], [pybytearray], 5),
    ('NEXT_BUFFER', '\x97', None, [], [pybuffer], 5),
    ('READONLY_BUFFER', '\x98', None, [pybuffer], [pybuffer], 5),
    ('NONE', 'N', None, [], [pynone], 0),
    ('NEWTRUE', '\x88', None, [], [pybool], 2),
    ('NEWFALSE', '\x89', None, [], [pybool], 2),
    ('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0),
    ('SHORT_BINUNICODE', '\x8c', unicodestring1, [], [pyunicode], 4),
    ('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1),
    ('BINUNICODE8', '\x8d', unicodestring8, [], [pyunicode], 4),
    ('FLOAT', 'F', floatnl, [], [pyfloat], 0),
    ('BINFLOAT', 'G', float8, [], [pyfloat], 1),
    ('EMPTY_LIST', ']', None, [], [pylist], 1),
    ('APPEND', 'a', None, [pylist, _A], [pylist], 0),
    ('APPENDS', 'e', None, [pylist, _M, _S], [pylist], 1),
    ('LIST', 'l', None, [_M, _S], [pylist], 0),
    ('EMPTY_TUPLE', ')', None, [], [pytuple], 1),
    ('TUPLE', 't', None, [_M, _S], [pytuple], 0),
    ('TUPLE1', '\x85', None, [_A], [pytuple], 2),
    ('TUPLE2', '\x86', None, [_A, _A], [pytuple], 2),
    ('TUPLE3', '\x87', None, [_A, _A, _A], [pytuple], 2),
    ('EMPTY_DICT', '}', None, [], [pydict], 1),
    ('DICT', 'd', None, [_M, _S], [pydict], 0),
    ('SETITEM', 's', None, [pydict, _A, _A], [pydict], 0),
    ('SETITEMS', 'u', None, [pydict, _M, _S], [pydict], 1),
    ('EMPTY_SET', '\x8f', None, [], [pyset], 4),
    ('ADDITEMS', '\x90', None, [pyset, _M, _S], [pyset], 4),
    ('FROZENSET', '\x91', None, [_M, _S], [pyfrozenset], 4),
    ('POP', '0', None, [_A], [], 0),
    ('DUP', '2', None, [_A], [_A, _A], 0),
    ('MARK', '(', None, [], [_M], 0),
    ('POP_MARK', '1', None, [_M, _S], [], 1),
    ('GET', 'g', decimalnl_short, [], [_A], 0),
    ('BINGET', 'h', uint1, [], [_A], 1),
    ('LONG_BINGET', 'j', uint4, [], [_A], 1),
    ('PUT', 'p', decimalnl_short, [], [], 0),
    ('BINPUT', 'q', uint1, [], [], 1),
    ('LONG_BINPUT', 'r', uint4, [], [], 1),
    ('MEMOIZE', '\x94', None, [_A], [_A], 4),
    ('EXT1', '\x82', uint1, [], [_A], 2),
    ('EXT2', '\x83', uint2, [], [_A], 2),
    ('EXT4', '\x84', int4, [], [_A], 2),
    ('GLOBAL', 'c', stringnl_noescape_pair, [], [_A], 0),
    ('STACK_GLOBAL', '\x93', None, [pyunicode, pyunicode], [_A], 4),
    ('REDUCE', 'R', None, [_A, _A], [_A], 0),
    ('BUILD', 'b', None, [_A, _A], [_A], 0),
    ('INST', 'i', stringnl_noescape_pair, [_M, _S], [_A], 0),
    ('OBJ', 'o', None, [_M, _A, _S], [_A], 1),
    ('NEWOBJ', '\x81', None, [_A, _A], [_A], 2),
    ('NEWOBJ_EX', '\x92', None, [_A, _A, _A], [_A], 4),
    ('PROTO', '\x80', uint1, [], [], 2),
    ('STOP', '.', None, [_A], [], 0),
    ('FRAME', '\x95', uint8, [], [], 4),
    ('PERSID', 'P', stringnl_noescape, [], [_A], 0),
    ('BINPERSID', 'Q', None, [_A], [_A], 1),
]

opcodes = [OpcodeInfo(*row) for row in _TABLE]
code2op = {op.code: op for op in opcodes}
del _TABLE, _A, _M, _S


# ---------------------------------------------------------------- walking a pickle

def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        def getpos():
            return None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            assert opcode.name == 'STOP'
            break


def genops(pickle):
    """Yields (OpcodeInfo, argument or None, position or None) for each opcode up to STOP."""
    return _genops(pickle)


def _put_bytes(index, proto):
    if proto >= 4:
        return b'\x94'
    if proto >= 1:
        return b'q' + bytes([index]) if index < 256 else b'r' + index.to_bytes(4, 'little')
    return b'p' + repr(index).encode('ascii') + b'\n'


def _get_bytes(index, proto):
    if proto >= 1:
        return b'h' + bytes([index]) if index < 256 else b'j' + index.to_bytes(4, 'little')
    return b'g' + repr(index).encode('ascii') + b'\n'


_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


def optimize(p):
    """The pickle without the memo stores (PUT, BINPUT, MEMOIZE) that no load uses, memo
    indexes renumbered, and (protocol 4 and up) frames rebuilt."""
    ops = []
    stored = set()
    used = {}
    proto = 0
    header = b''
    for opcode, arg, pos, end in _genops(p, yield_end_pos=True):
        if 'PUT' in opcode.name:
            stored.add(arg)
            ops.append(('put', arg))
        elif opcode.name == 'MEMOIZE':
            index = len(stored)
            stored.add(index)
            ops.append(('put', index))
        elif 'FRAME' in opcode.name:
            pass
        elif 'GET' in opcode.name:
            proto = max(proto, opcode.proto)
            used[arg] = None
            ops.append(('get', arg))
        elif opcode.name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end]
            else:
                ops.append(('raw', (pos, end)))
        else:
            ops.append(('raw', (pos, end)))

    out = io.BytesIO()
    out.write(header)
    frame = io.BytesIO() if proto >= 4 else None

    def commit(force=False):
        if frame is None or not frame.tell():
            return
        if frame.tell() >= _FRAME_SIZE_TARGET or force:
            body = frame.getvalue()
            if len(body) >= _FRAME_SIZE_MIN:
                out.write(b'\x95' + len(body).to_bytes(8, 'little'))
            out.write(body)
            frame.seek(0)
            frame.truncate()

    renumbered = 0
    for kind, arg in ops:
        frameless = False
        if kind == 'put':
            if arg not in used:
                continue
            data = _put_bytes(renumbered, proto)
            used[arg] = renumbered
            renumbered += 1
        elif kind == 'get':
            data = _get_bytes(used[arg], proto)
        else:
            data = p[arg[0]:arg[1]]
            frameless = len(data) > _FRAME_SIZE_TARGET
        commit(force=frameless)
        if frame is None or frameless:
            out.write(data)
        else:
            frame.write(data)
    commit(force=True)
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Prints each opcode of a pickle with its position and argument, indented by the MARKs
    open, then the highest protocol seen; raises ValueError where the pickle is inconsistent."""
    stack = []
    if memo is None:
        memo = {}
    highest = -1
    marks = []
    indent = ' ' * indentlevel
    problem = None
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indent * len(marks), opcode.name)
        highest = max(highest, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        popping = len(before)

        note = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if marks:
                where = marks.pop()
                note = "(MARK at unknown opcode offset)" if where is None else "(MARK at %d)" % where
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                popping = before.index(markobject) if markobject in before else 0
            else:
                problem = note = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                index = len(memo)
                note = "(as %d)" % index
            else:
                index = arg
            if index in memo:
                problem = "memo key %r already defined" % arg
            elif not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[index] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                problem = "memo key %r has never been stored into" % arg

        if arg is not None or note:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if note:
                line += ' ' + note
        print(line, file=out)

        if problem:
            raise ValueError(problem)
        if len(stack) < popping:
            raise ValueError("tries to pop %d items from stack with only %d items" % (popping, len(stack)))
        if popping:
            del stack[-popping:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", highest, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _main(args=None):
    import argparse
    import pickle
    # Run with -m, gilpy names this embedded module's script '<frozen pickletools>'; usage lines say
    # 'pickletools.py' as python3's do.
    prog = 'pickletools.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog, description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*', help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout, type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true', help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    parser.add_argument('-p', '--preamble', default="==> {name} <==",
                        help='if more than one pickle file is specified, print this before each disassembly')
    args = parser.parse_args(args)
    if not args.pickle_file:
        parser.print_help()
        return
    if len(args.pickle_file) == 1:
        dis(args.pickle_file[0], args.output, None, args.indentlevel, args.annotate)
        return
    memo = {} if args.memo else None
    for f in args.pickle_file:
        print(args.preamble.format(name=f.name), file=args.output)
        dis(f, args.output, memo, args.indentlevel, args.annotate)


if __name__ == "__main__":
    _main()
