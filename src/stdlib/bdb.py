"""bdb for gilpy: the debugger framework pdb is built on, over sys.settrace.

Bdb receives the interpreter's trace events ('call', 'line', 'return', 'exception'), decides
whether to stop (stepping, next, return, until, breakpoints) and calls user_call / user_line /
user_return / user_exception, which a subclass (pdb.Pdb) implements. Breakpoint keeps the
breakpoints by file and line, with conditions, ignore counts and temporary ones.

gilpy makes a new frame object each time a frame is asked for (sys._getframe(), f_back), and
frame objects of the same frame compare equal: frames are compared here with ==, not `is`.
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# code object flags marking generator-like functions (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200


def _resumable(frame):
    """Whether the frame runs a generator, coroutine or async generator."""
    return bool(frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS)


class BdbQuit(Exception):
    """Raised to leave the debugged code when the user quits."""


class Bdb:
    """The stepping and breakpoint logic; subclasses say what to do when execution stops."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self._canonic_cache = {}
        self.frame_returning = None
        self._adopt_existing_breaks()

    def canonic(self, filename):
        """A file name in one canonical form ('<...>' names are kept as they are)."""
        if filename == "<" + filename[1:-1] + ">":
            return filename
        known = self._canonic_cache.get(filename)
        if not known:
            known = os.path.normcase(os.path.abspath(filename))
            self._canonic_cache[filename] = known
        return known

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._aim(None, None)

    # ---- the trace function

    def trace_dispatch(self, frame, event, arg):
        """The function given to sys.settrace: sends each event to its dispatch_* method."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        handler = {'call': self.dispatch_call, 'return': self.dispatch_return,
                   'exception': self.dispatch_exception}.get(event)
        if handler is not None:
            return handler(frame, arg)
        if event not in ('c_call', 'c_exception', 'c_return'):
            print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        stopping = self.stop_here(frame) or self.break_here(frame)
        if stopping:
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call seen: the frame debugging started in.
            self.botframe = frame.f_back
            return self.trace_dispatch
        wanted = self.stop_here(frame) or self.break_anywhere(frame)
        if not wanted:
            return None
        if self.stopframe and _resumable(frame):
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if frame == self.returnframe or self.stop_here(frame):
            if self.stopframe and _resumable(frame):
                return self.trace_dispatch
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            if self.stopframe == frame and self.stoplineno != -1:
                self._aim(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            generator_stop = (_resumable(frame)
                              and arg[0] is StopIteration and arg[2] is None)
            if not generator_stop:
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame != self.stopframe
              and self.stop_resumable(frame)
              and arg[0] in (StopIteration, GeneratorExit)):
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # ---- deciding where to stop

    def is_skipped_module(self, module_name):
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame == self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        if not self.stopframe:
            return True
        return False

    def _breaks_of(self, frame):
        """The break lines of the frame's file (empty when it has none)."""
        return self.breaks.get(self.canonic(frame.f_code.co_filename), ())

    def break_here(self, frame):
        lines = self._breaks_of(frame)
        if not lines:
            return False
        code = frame.f_code
        at = frame.f_lineno if frame.f_lineno in lines else code.co_firstlineno
        if at not in lines:
            return False
        hit, plain = effective(self.canonic(code.co_filename), at, frame)
        if not hit:
            return False
        self.currentbp = hit.number
        if plain and hit.temporary:
            self.do_clear(str(hit.number))
        return True

    def do_clear(self, arg):
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return bool(self._breaks_of(frame))

    # ---- what subclasses implement

    def user_call(self, frame, argument_list):
        pass

    def user_line(self, frame):
        pass

    def user_return(self, frame, return_value):
        pass

    def user_exception(self, frame, exc_info):
        pass

    # ---- the user's stepping commands

    def _aim(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def set_until(self, frame, lineno=None):
        """Stop at a line greater than `lineno` (default: the next) in this frame, or on return."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._aim(frame, frame, lineno)

    def set_step(self):
        """Stop at the very next event."""
        if self.frame_returning:
            caller = self.frame_returning.f_back
            if caller and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._aim(None, None)

    def set_next(self, frame):
        """Stop at the next line of this frame (or where it returns to)."""
        self._aim(frame, None)

    def set_return(self, frame):
        """Stop when this frame returns."""
        if _resumable(frame):
            self._aim(frame, None, -1)
        else:
            self._aim(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging at `frame` (default: the caller's)."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; with none, stop tracing altogether."""
        self._aim(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame != self.botframe:
                frame.f_trace = None
                frame = frame.f_back

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # ---- breakpoints

    def _note_break(self, path, line):
        known = self.breaks.setdefault(path, [])
        if line not in known:
            known.append(line)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Sets a breakpoint; returns an error message, or None."""
        import linecache
        path = self.canonic(filename)
        if not linecache.getline(path, lineno):
            return 'Line %s:%d does not exist' % (path, lineno)
        self._note_break(path, lineno)
        Breakpoint(path, lineno, temporary, cond, funcname)
        return None

    def _adopt_existing_breaks(self):
        for path, line in list(Breakpoint.bplist):
            self._note_break(path, line)

    def _forget_break_if_unused(self, path, line):
        if (path, line) not in Breakpoint.bplist:
            self.breaks[path].remove(line)
        if not self.breaks[path]:
            del self.breaks[path]

    def clear_break(self, filename, lineno):
        path = self.canonic(filename)
        if path not in self.breaks:
            return 'There are no breakpoints in %s' % path
        if lineno not in self.breaks[path]:
            return 'There is no breakpoint at %s:%d' % (path, lineno)
        for bp in list(Breakpoint.bplist[path, lineno]):
            bp.deleteMe()
        self._forget_break_if_unused(path, lineno)
        return None

    def clear_bpbynumber(self, arg):
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._forget_break_if_unused(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        path = self.canonic(filename)
        if path not in self.breaks:
            return 'There are no breakpoints in %s' % path
        for line in self.breaks.pop(path):
            for bp in Breakpoint.bplist[path, line]:
                bp.deleteMe()
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in [bp for bp in Breakpoint.bpbynumber if bp]:
            bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        if not 0 <= number < len(Breakpoint.bpbynumber):
            raise ValueError('Breakpoint number %d out of range' % number)
        found = Breakpoint.bpbynumber[number]
        if found is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return found

    def get_break(self, filename, lineno):
        return lineno in self.breaks.get(self.canonic(filename), ())

    def get_breaks(self, filename, lineno):
        path = self.canonic(filename)
        if lineno in self.breaks.get(path, ()):
            return Breakpoint.bplist[path, lineno] or []
        return []

    def get_file_breaks(self, filename):
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        return self.breaks

    # ---- the stack as the user sees it

    def get_stack(self, f, t):
        """(list of (frame, lineno) from the outermost debugged frame to the current one, index of
        the current one)."""
        stack = []
        if t and t.tb_frame == f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f == self.botframe:
                break
            f = f.f_back
        stack.reverse()
        current = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            current = max(0, len(stack) - 1)
        return stack, current

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function()->value\\n  source line' for one stack entry."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)' % (filename, lineno)
        text += frame.f_code.co_name if frame.f_code.co_name else "<lambda>"
        text += '()'
        if '__return__' in frame.f_locals:
            text += '->' + reprlib.repr(frame.f_locals['__return__'])
        line = linecache.getline(filename, lineno, frame.f_globals)
        if line:
            text += lprefix + line.strip()
        return text

    # ---- running code under the debugger

    def _begin(self):
        """Resets the stepping state and starts tracing (from the caller's next call on)."""
        self.reset()
        sys.settrace(self.trace_dispatch)

    @staticmethod
    def _namespaces(g, l):
        if g is None:
            import __main__
            g = __main__.__dict__
        return g, (g if l is None else l)

    def run(self, cmd, globals=None, locals=None):
        """Runs `cmd` (source text or code) under the debugger."""
        g, l = self._namespaces(globals, locals)
        code = compile(cmd, "<string>", "exec") if isinstance(cmd, str) else cmd
        self._begin()
        try:
            exec(code, g, l)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Evaluates `expr` under the debugger and returns its value."""
        g, l = self._namespaces(globals, locals)
        value = None
        self._begin()
        try:
            value = eval(expr, g, l)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return value

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Calls func(*args, **kwds) under the debugger and returns its result."""
        outcome = None
        self._begin()
        try:
            outcome = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return outcome


def set_trace():
    Bdb().set_trace()


class Breakpoint:
    """One breakpoint. The class keeps them all: `bpbynumber` by number (None once deleted) and
    `bplist` by (file, line)."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[key].remove(self)
        if not self.bplist[key]:
            del self.bplist[key]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        if out is None:
            out = sys.stdout
        print(self.bpformat(), file=out)

    def bpformat(self):
        kind = 'del  ' if self.temporary else 'keep '
        state = 'yes  ' if self.enabled else 'no   '
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, kind + state, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether a breakpoint set by function name applies at this frame and line."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(the breakpoint to stop at here, whether it was a plain hit) or (None, None); counts hits
    and ignores as it goes."""
    candidates = Breakpoint.bplist[file, line]
    for b in candidates:
        if not b.enabled:
            continue
        if not checkfuncname(b, frame):
            continue
        b.hits += 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore -= 1
                continue
            return (b, True)
        try:
            value = eval(b.cond, frame.f_globals, frame.f_locals)
            if value:
                if b.ignore > 0:
                    b.ignore -= 1
                else:
                    return (b, True)
        except Exception:
            return (b, False)
    return (None, None)
