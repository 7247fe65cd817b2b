"""Read-eval-print loops inside a program: InteractiveInterpreter (runs source in a namespace and
reports errors as the interactive prompt does), InteractiveConsole (adds the line buffer and the
prompt loop), and interact() to start one."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


class InteractiveInterpreter:
    """Runs source code in a namespace (`locals`), showing results and errors as the prompt does."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Compiles and runs source. Returns True when the source is incomplete (more input is
        needed) and False otherwise (it ran, or its syntax error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs a code object; an exception is shown (SystemExit goes on up)."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Shows the syntax error being handled, naming `filename` as its file."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        if filename and kind is SyntaxError:
            try:
                msg, (_old, lineno, offset, text) = value.args[0], value.args[1][:4]
            except (ValueError, TypeError, IndexError):
                pass
            else:
                details = (filename, lineno, offset, text, value.end_lineno, value.end_offset)
                value = SyntaxError(msg, details)
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Shows the exception being handled, without the frame of this module that ran it."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        try:
            shown = traceback.format_exception(kind, value, tb.tb_next if tb is not None else None)
            if sys.excepthook is sys.__excepthook__:
                self.write(''.join(shown))
            else:
                sys.excepthook(kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        """Where errors go: sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter with the prompt's line buffer: push() lines, interact() to loop."""

    def __init__(self, locals=None, filename='<console>'):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forgets the lines pushed so far."""
        self.buffer = []

    def push(self, line):
        """Adds a line; runs the buffered lines once they make a complete statement. Returns True
        while more lines are needed."""
        self.buffer.append(line)
        source = '\n'.join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        """One line of input (EOFError at the end); input() unless replaced."""
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        """The prompt loop: reads lines with raw_input() until EOF, pushing each."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = '>>> '
        if not hasattr(sys, 'ps2'):
            sys.ps2 = '... '
        name = type(self).__name__
        if banner is None:
            hint = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write(f'Python {sys.version} on {sys.platform}\n{hint}\n({name})\n')
        elif banner:
            self.write(f'{banner}\n')
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write('\n')
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write(f'now exiting {name}...\n')
        elif exitmsg != '':
            self.write(f'{exitmsg}\n')


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole over `local` (readfunc, if given, replaces its raw_input)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401 -- line editing where the module exists
        except ImportError:
            pass
    console.interact(banner, exitmsg)
