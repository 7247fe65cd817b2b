"""dis for gilpy: disassembles gilpy's own bytecode.

gilpy does not run CPython's bytecode. Its compiler makes `code::Op` instructions (one slot
each, operands inline; `gilpy --dis script.py` prints them too), so this module shows those:
the instruction names (opname, opmap) are gilpy's, written in CPython's UPPER_CASE style, and
offsets count instructions, not bytes. The layout of the listing, Instruction, Bytecode,
get_instructions, code_info and show_code follow CPython 3.11's API. Raw CPython bytecode
(bytes) cannot be disassembled here.
"""

import collections
import io
import sys
import types

import _gilpy_dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "opname", "opmap", "hasjrel", "hasjabs", "hasconst",
           "hasname", "haslocal", "hasfree", "hascompare", "cmp_op", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs",
           "stack_effect"]

from opcode import (opname, opmap, hasjrel, hasjabs, hasconst, hasname, haslocal, hasfree, hascompare, cmp_op,
                    HAVE_ARGUMENT, EXTENDED_ARG, hasnargs, stack_effect)

FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED", 32: "GENERATOR",
    64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """One gilpy instruction: opname and opcode (its index in opname), arg (the numeric operand
    or None), argval (what the operand means: a constant, a name, a jump target), argrepr,
    offset (the instruction's index), starts_line (its source line when it is the first of that
    line, else None), is_jump_target, positions."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(("%%%dd" % lineno_width) % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        elif self.argrepr:
            fields.append(' ' * _OPARG_WIDTH)
            fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    """The code object behind a function, method, class body, generator, source text or code."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, types.CodeType):
        return x
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("gilpy's dis cannot read raw CPython bytecode")
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    """Source compiled as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _argval(code, op, arg, argrepr, target):
    """What an operand stands for: the constant, the name, the target."""
    number = opmap.get(op)
    if number in hasjabs:
        return target
    if number in hasconst and arg is not None:
        return code.co_consts[arg]
    if arg is None:
        return argrepr or None
    if argrepr and number in hasname + haslocal + hasfree:
        return argrepr
    return arg


def _get_instructions_bytes(code, first_line=None):
    rows = _gilpy_dis.instructions(code)
    targets = {row[5] for row in rows if row[5] is not None}
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    previous = None
    for offset, op, arg, argrepr, line, target in rows:
        starts = None
        if line is not None and line != previous:
            starts = line + shift
            previous = line
        yield Instruction(op, opmap[op], arg, _argval(code, op, arg, argrepr, target), argrepr, offset, starts,
                          offset in targets, Positions(None if line is None else line + shift))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instructions of a function, method, source text or code object."""
    return _get_instructions_bytes(_get_code_object(x), first_line)


def findlinestarts(code):
    """(offset, line) for each instruction that starts a source line."""
    previous = None
    for offset, _op, _arg, _repr, line, _target in _gilpy_dis.instructions(code):
        if line is not None and line != previous:
            yield offset, line
            previous = line


def findlabels(code):
    """The offsets that are jump targets."""
    return sorted({row[5] for row in _gilpy_dis.instructions(code) if row[5] is not None})


def _disassemble_one(code, lasti=-1, file=None, first_line=None):
    instructions = list(_get_instructions_bytes(code, first_line))
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    width = max(3, len(str(max(lines)))) if lines else 0
    offset_width = max(4, len(str(len(instructions) - 1)))
    for instruction in instructions:
        if instruction.starts_line is not None and instruction.offset > 0:
            print(file=file)
        print(instruction._disassemble(width, instruction.offset == lasti, offset_width), file=file)


def _disassemble_recursive(code, *, file=None, depth=None):
    _disassemble_one(code, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for inner in code.co_consts:
            if isinstance(inner, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (inner,), file=file)
                _disassemble_recursive(inner, file=file, depth=depth)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassembles one code object, marking instruction `lasti` with -->."""
    _disassemble_one(co, lasti, file=file)


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassembles a module, class, method, function, generator, code object or source text,
    and the code objects nested in it; with no argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__') and not isinstance(x, types.CodeType):
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod,
                                  type)):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as err:
                    print("Sorry:", err, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("gilpy's dis cannot read raw CPython bytecode")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassembles the innermost frame of a traceback (default: the last one), marking where
    the exception was raised."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def pretty_flags(flags):
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % getattr(co, 'co_stacksize', 0))
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    if co.co_freevars:
        lines.append("Free variables:")
        for i, n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % (i, n))
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i, n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def code_info(x):
    """A formatted summary of the code object behind x."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a function, method, source text or code object, iterable as
    Instructions, with dis() giving the listing and info() the summary."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _get_instructions_bytes(self.codeobj, self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        out = io.StringIO()
        lasti = -1 if self.current_offset is None else self.current_offset
        _disassemble_one(self.codeobj, lasti, out, self.first_line if self._line_offset else None)
        return out.getvalue()


def _test():
    import argparse
    # Run with -m, gilpy names this embedded module's script '<frozen dis>'; usage lines say
    # 'dis.py' as python3's do.
    prog = 'dis.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    dis(compile(source, args.infile.name, "exec"))


if __name__ == "__main__":
    _test()
