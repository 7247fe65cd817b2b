"""Compiling source that a user types line by line: is it a complete statement, one that more
lines could complete, or a syntax error? (The code module's interactive consoles ask this.)

The parser does the deciding: compile() with the PyCF_ALLOW_INCOMPLETE_INPUT flag raises
SyntaxError('incomplete input') when more text could still make the source valid.
"""

import __future__
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

# The __future__ features whose flags a compiled statement passes on to the next one.
_FEATURES = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    for line in source.split('\n'):
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            return False
    return True


def _compile_or_wait(compiler, source, filename, symbol):
    """The code object, None when more lines are needed, or the SyntaxError raised."""
    if _only_comments(source):
        if symbol == 'eval':
            return None
        source = 'pass'
    try:
        with warnings.catch_warnings():
            # Warnings about text that may still change wait until it is complete.
            warnings.simplefilter('ignore', SyntaxWarning)
            warnings.simplefilter('ignore', DeprecationWarning)
            return compiler(source, filename, symbol, incomplete_input=True)
    except SyntaxError as err:
        if err.args[:1] == ('incomplete input',):
            return None
        raise
    finally:
        err = None


def _plain_compile(source, filename, symbol, incomplete_input=True):
    flags = PyCF_DONT_IMPLY_DEDENT
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT
    return compile(source, filename, symbol, flags, True)


def compile_command(source, filename='<input>', symbol='single'):
    """Compiles source if it is a complete command; returns None if it could go on.

    symbol is 'single' (a statement, as typed at the prompt), 'exec' or 'eval'. Raises
    SyntaxError (or OverflowError, ValueError) when the source can never be valid.
    """
    return _compile_or_wait(_plain_compile, source, filename, symbol)


class Compile:
    """A compile() that remembers the __future__ statements it has compiled and applies them
    to everything it compiles afterwards."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~PyCF_ALLOW_INCOMPLETE_INPUT
        code = compile(source, filename, symbol, flags, True)
        for feature in _FEATURES:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ statements between calls."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _compile_or_wait(self.compiler, source, filename, symbol)
