"""pdb for gilpy: the interactive debugger, on bdb (sys.settrace) and cmd.

set_trace() and breakpoint() stop in the caller; post_mortem()/pm() inspect a traceback;
`gilpy -m pdb script.py` runs a script under the debugger. Commands: step/next/continue/return/
until, list/longlist, p/pp/args/whatis, where/up/down, break/tbreak/clear/enable/disable/
condition/ignore, display/undisplay, retval, alias, !statement, help, quit. Each is written as
python3 3.11's pdb writes it. `jump` needs a frame's line to be settable, which gilpy does not
allow: it reports the failure.
"""

import bdb
import cmd
import inspect
import linecache
import os
import pprint
import re
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]


class Restart(Exception):
    """Raised to restart the debugged program."""


def find_function(funcname, filename):
    """(name, file, line) of the first `def funcname` in a file, or None."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        source = open(filename, encoding='utf-8')
    except OSError:
        return None
    with source:
        for number, line in enumerate(source, start=1):
            if pattern.match(line):
                return funcname, filename, number
    return None


def getsourcelines(obj):
    lines, lineno = inspect.findsource(obj)
    if inspect.isframe(obj) and obj.f_globals is obj.f_locals:
        # a module's frame: the whole file
        return lines, 1
    if inspect.ismodule(obj):
        return lines, 1
    return inspect.getblock(lines[lineno:]), lineno + 1


line_prefix = '\n-> '


class Pdb(bdb.Bdb, cmd.Cmd):
    """The debugger: bdb's stepping with cmd's command loop."""

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        sys.audit("pdb.Pdb")
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}
        self.mainpyfile = ''
        self._waiting_for_script = False
        self.tb_lineno = {}
        self.nosigint = nosigint
        self.rcLines = []
        if readrc:
            for place in (os.path.expanduser('~/.pdbrc'), '.pdbrc'):
                try:
                    with open(place, encoding='utf-8') as f:
                        self.rcLines.extend(f)
                except OSError:
                    pass
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None
        self._quit_asked = False
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.curframe_locals = {}

    # ---- state around one stop

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb:
            # where each frame of the traceback was when the exception passed through it
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self._focus(self.curindex)
        return self.execRcLines()

    def execRcLines(self):
        if not self.rcLines:
            return None
        pending = self.rcLines
        pending.reverse()
        self.rcLines = []
        while pending:
            line = pending.pop().strip()
            if line and line[0] != '#':
                if self.onecmd(line):
                    self.rcLines += reversed(pending)
                    return True
        return None

    # ---- bdb's hooks

    def user_call(self, frame, argument_list):
        if self._waiting_for_script:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._waiting_for_script:
            if self.mainpyfile != self.canonic(frame.f_code.co_filename) or frame.f_lineno <= 0:
                return
            self._waiting_for_script = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Runs the commands attached to the breakpoint just hit; whether to stop for the user."""
        number = getattr(self, 'currentbp', False)
        if number and number in self.commands:
            self.currentbp = 0
            saved = self.lastcmd
            self.setup(frame, None)
            for line in self.commands[number]:
                self.onecmd(line)
            self.lastcmd = saved
            if not self.commands_silent[number]:
                self._show_current()
            if self.commands_doprompt[number]:
                self._cmdloop()
            self.forget()
            return False
        return True

    def user_return(self, frame, return_value):
        if self._waiting_for_script:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._waiting_for_script:
            return
        kind, value, tb = exc_info
        frame.f_locals['__exception__'] = kind, value
        prefix = 'Internal ' if (not tb and kind is StopIteration) else ''
        self.message('%s%s' % (prefix, traceback.format_exception_only(kind, value)[-1].strip()))
        self.interaction(frame, tb)

    def _cmdloop(self):
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                break
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')

    def preloop(self):
        displays = self.displaying.get(self.curframe)
        if not displays:
            return
        for expr, old in list(displays.items()):
            new = self._getval_except(expr)
            if new is not old and new != old:
                displays[expr] = new
                self.message('display %s: %r  [old: %r]' % (expr, new, old))

    def interaction(self, frame, traceback):
        if self.setup(frame, traceback):
            # an rc line continued execution
            self.forget()
            return
        self._show_current()
        self._cmdloop()
        self.forget()

    def displayhook(self, obj):
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        frame_locals = self.curframe_locals
        frame_globals = self.curframe.f_globals
        try:
            source = line + '\n'
            code = compile(source, '<stdin>', 'single')
            saved = sys.stdout, sys.stdin, sys.displayhook
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec(code, frame_globals, frame_locals)
            finally:
                sys.stdout, sys.stdin, sys.displayhook = saved
        except BaseException:
            self._error_exc()

    def precmd(self, line):
        """Expands aliases and splits 'a ;; b' into two commands."""
        if not line.strip():
            return line
        words = line.split()
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for i, word in enumerate(words[1:], start=1):
                line = line.replace('%' + str(i), word)
            line = line.replace('%*', ' '.join(words[1:]))
            words = line.split()
        if words[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                rest = line[marker + 2:].lstrip()
                self.cmdqueue.append(rest)
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def handle_command_def(self, line):
        """One line typed while defining a breakpoint's commands; True when the list ends."""
        name, arg, line = self.parseline(line)
        if not name:
            return False
        if name == 'silent':
            self.commands_silent[self.commands_bnum] = True
            return False
        if name == 'end':
            self.cmdqueue = []
            return True
        self.commands[self.commands_bnum].append(line)
        try:
            func = getattr(self, 'do_' + name)
        except AttributeError:
            func = self.default
        if func.__name__ in self.commands_resuming:
            self.commands_doprompt[self.commands_bnum] = False
            self.cmdqueue = []
            return True
        return False

    # ---- output

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    def _error_exc(self):
        kind, value = sys.exc_info()[:2]
        self.error(traceback.format_exception_only(kind, value)[-1].strip())

    # ---- evaluating in the current frame

    def _eval_here(self, text):
        """The value of an expression in the selected frame."""
        return eval(text, self.curframe.f_globals, self.curframe_locals)

    def _getval(self, arg):
        try:
            return self._eval_here(arg)
        except BaseException:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is not None:
                return eval(arg, frame.f_globals, frame.f_locals)
            return self._eval_here(arg)
        except BaseException:
            kind, value = sys.exc_info()[:2]
            return _rstr('** raised %s **' % traceback.format_exception_only(kind, value)[-1].strip())

    def _msg_val_func(self, arg, func):
        try:
            value = self._getval(arg)
        except BaseException:
            return
        try:
            self.message(func(value))
        except BaseException:
            self._error_exc()

    # ---- commands

    def do_commands(self, arg):
        """(Pdb) commands [bpnumber]
        Commands to run when the breakpoint is hit, ended by 'end'.
        """
        if not arg:
            number = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                number = int(arg)
            except ValueError:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        try:
            self.get_bpbynumber(number)
        except ValueError as err:
            self.error('cannot set commands: %s' % err)
            return
        self.commands_bnum = number
        saved = (self.commands.get(number), self.commands_doprompt.get(number), self.commands_silent.get(number))
        self.commands[number] = []
        self.commands_doprompt[number] = True
        self.commands_silent[number] = False
        saved_prompt = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            if saved[0] is not None:
                self.commands[number], self.commands_doprompt[number], self.commands_silent[number] = saved
            else:
                del self.commands[number]
                del self.commands_doprompt[number]
                del self.commands_silent[number]
            self.error('command definition aborted, old commands restored')
        finally:
            self.commands_defining = False
            self.prompt = saved_prompt

    def do_break(self, arg, temporary=0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]
        Set a breakpoint; without argument, list the breakpoints.
        """
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = None
        lineno = None
        cond = None
        funcname = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        if colon >= 0:
            filename = arg[:colon].rstrip()
            found = self.lookupmodule(filename)
            if not found:
                self.error('%r not found from sys.path' % filename)
                return
            filename = found
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Bad lineno: %s' % arg)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = self._eval_here(arg)
                except BaseException:
                    func = arg
                try:
                    if hasattr(func, '__func__'):
                        func = func.__func__
                    code = func.__code__
                    funcname = code.co_name
                    lineno = code.co_firstlineno
                    filename = code.co_filename
                except BaseException:
                    ok, filename, ln = self.lineinfo(arg)
                    if not ok:
                        self.error('The specified object %r is not a function or was not found along sys.path.'
                                   % arg)
                        return
                    funcname = ok
                    lineno = int(ln)
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                self.error(err)
            else:
                bp = self.get_breaks(filename, line)[-1]
                self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def _current_file(self):
        return self.curframe.f_code.co_filename

    def defaultFile(self):
        filename = self._current_file()
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        Like break, but the breakpoint goes away once hit.
        """
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        failed = (None, None, None)
        parts = identifier.split("'")
        if len(parts) == 1:
            name = parts[0].strip()
        elif len(parts) == 3:
            name = parts[1].strip()
        else:
            return failed
        if name == '':
            return failed
        pieces = name.split('.')
        if pieces[0] == 'self':
            del pieces[0]
            if not pieces:
                return failed
            name = pieces[-1]
        filename = self.defaultFile()
        if len(pieces) > 1:
            found = self.lookupmodule(pieces[0])
            if found:
                filename = found
        return find_function(name, filename) or failed

    def checkline(self, filename, lineno):
        """lineno when it holds code; else says why not and returns 0."""
        frame_globals = self.curframe.f_globals if self.curframe is not None else None
        line = linecache.getline(filename, lineno, frame_globals)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] == '"""' or line[:3] == "'''":
            self.error('Blank or comment')
            return 0
        return lineno

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]
        Turn the numbered breakpoints back on.
        """
        for word in arg.split():
            try:
                bp = self.get_bpbynumber(word)
            except ValueError as err:
                self.error(err)
            else:
                bp.enable()
                self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
        Turn the numbered breakpoints off (they are kept).
        """
        for word in arg.split():
            try:
                bp = self.get_bpbynumber(word)
            except ValueError as err:
                self.error(err)
            else:
                bp.disable()
                self.message('Disabled %s' % bp)

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Stop at the breakpoint only when condition is true (none: always).
        """
        pieces = arg.split(' ', 1)
        cond = pieces[1] if len(pieces) > 1 else None
        try:
            bp = self.get_bpbynumber(pieces[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message('Breakpoint %d is now unconditional.' % bp.number)
            else:
                self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]
        Pass the breakpoint count times before stopping at it again.
        """
        pieces = arg.split()
        try:
            count = int(pieces[1].strip())
        except BaseException:
            count = 0
        try:
            bp = self.get_bpbynumber(pieces[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.ignore = count
            if count > 0:
                if count > 1:
                    countstr = '%d crossings' % count
                else:
                    countstr = '1 crossing'
                self.message('Will ignore next %s of breakpoint %d.' % (countstr, bp.number))
            else:
                self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_clear(self, arg):
        """cl(ear) filename:lineno\ncl(ear) [bpnumber [bpnumber...]]
        Delete breakpoints; without argument, all of them (after asking).
        """
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            reply = reply.strip().lower()
            if reply in ('y', 'yes'):
                cleared = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in cleared:
                    self._say_deleted(bp)
            return
        if ':' in arg:
            at = arg.rfind(':')
            filename = arg[:at]
            arg = arg[at + 1:]
            try:
                lineno = int(arg)
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                cleared = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in cleared:
                    self._say_deleted(bp)
            return
        for word in arg.split():
            try:
                bp = self.get_bpbynumber(word)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(word)
                self._say_deleted(bp)

    do_cl = do_clear

    def _say_deleted(self, bp):
        self.message('Deleted %s' % bp)

    def do_where(self, arg):
        """w(here)
        Show the stack, oldest frame first; the arrow marks the current one.
        """
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _focus(self, number):
        """Makes stack entry `number` the frame commands look at."""
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self.curframe.f_locals

    def _select_frame(self, number):
        self._focus(number)
        self._show_current()
        self.lineno = None

    def do_up(self, arg):
        """u(p) [count]
        Select the frame count (default one) levels older.
        """
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]
        Select the frame count (default one) levels newer.
        """
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        last = len(self.stack) - 1
        self._select_frame(last if count < 0 else min(last, self.curindex + count))

    do_d = do_down

    def do_until(self, arg):
        """unt(il) [lineno]
        Run on until a line past the current one (or past lineno) is reached
        in this frame, or it returns.
        """
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)
        Run the current line and stop at the next chance, inside a called
        function if there is one.
        """
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)
        Run until the next line of this function (or until it returns).
        """
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]
        Start the debugged program again (with new arguments if given).
        """
        if arg:
            import shlex
            saved = sys.argv[:1]
            sys.argv = shlex.split(arg)
            sys.argv[:0] = saved
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn)
        Run until this function returns.
        """
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))
        Run until a breakpoint is reached.
        """
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_debug(self, arg):
        """debug code
        Step through code (an expression or statement) with a nested debugger,
        in the current namespaces.
        """
        sys.settrace(None)
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg, self.curframe.f_globals, self.curframe_locals))
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_interact(self, arg):
        """interact

        An interactive interpreter over the current frame's globals and locals.
        """
        import code
        namespace = {**self.curframe.f_globals, **self.curframe_locals}
        code.interact("*interactive*", local=namespace)

    def do_jump(self, arg):
        """j(ump) lineno
        Make lineno the next line to run.
        """
        if self.curindex + 1 != len(self.stack):
            self.error('You can only jump within the bottom frame')
            return
        try:
            target = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            self.curframe.f_lineno = target
            self.stack[self.curindex] = self.stack[self.curindex][0], target
            self._show_current()
        except (ValueError, AttributeError) as e:
            self.error('Jump failed: %s' % e)

    do_j = do_jump

    def do_quit(self, arg):
        """q(uit)\nexit
        Leave the debugger, stopping the program being debugged.
        """
        self._quit_asked = True
        self.set_quit()
        return 1

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        """EOF
        End of input: leaves the debugger.
        """
        self.message('')
        self._quit_asked = True
        self.set_quit()
        return 1

    def do_args(self, arg):
        """a(rgs)
        Show the arguments of the current function.
        """
        code = self.curframe.f_code
        names = self.curframe_locals
        count = code.co_argcount + code.co_kwonlyargcount
        if code.co_flags & inspect.CO_VARARGS:
            count += 1
        if code.co_flags & inspect.CO_VARKEYWORDS:
            count += 1
        for name in code.co_varnames[:count]:
            if name in names:
                self.message('%s = %r' % (name, names[name]))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval
        Show the value the current function returned last.
        """
        here = self.curframe_locals
        if '__return__' in here:
            self.message(repr(here['__return__']))
        else:
            self.error('Not yet returned!')

    do_rv = do_retval

    def do_p(self, arg):
        """p expression
        Print the value of the expression.
        """
        self._msg_val_func(arg, repr)

    def do_pp(self, arg):
        """pp expression
        Pretty-print the value of the expression.
        """
        self._msg_val_func(arg, pprint.pformat)

    complete_print = complete_p = complete_pp = None

    def do_list(self, arg):
        """l(ist) [first [,last] | .]

        Show source lines of the current file, continuing with each l.
        """
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            around = self.curframe.f_lineno
            first = max(1, around - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self._current_file()
        breaks = self.get_file_breaks(filename)
        source = linecache.getlines(filename, self.curframe.f_globals)
        self._print_lines(source[first - 1:last], first, breaks, self.curframe)
        self.lineno = min(last, len(source))
        if len(source) < last:
            self.message('[EOF]')

    do_l = do_list

    def do_longlist(self, arg):
        """longlist | ll
        Show all the source of the current function or frame.
        """
        filename = self._current_file()
        breaks = self.get_file_breaks(filename)
        try:
            lines, lineno = getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, lineno, breaks, self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        """source expression
        Show the source of the object the expression names.
        """
        try:
            obj = self._getval(arg)
        except BaseException:
            return
        try:
            lines, lineno = getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        if frame:
            current = frame.f_lineno
            raised_at = self.tb_lineno.get(frame, -1)
        else:
            current = raised_at = -1
        for number, line in enumerate(lines, start):
            text = str(number).rjust(3)
            if len(text) < 4:
                text += ' '
            text += 'B' if number in breaks else ' '
            if number == current:
                text += '->'
            elif number == raised_at:
                text += '>>'
            self.message(text + '\t' + line.rstrip())

    def do_whatis(self, arg):
        """whatis arg
        Say what kind of object the expression gives.
        """
        try:
            value = self._getval(arg)
        except BaseException:
            return
        code = getattr(getattr(value, '__func__', None), '__code__', None)
        if code:
            self.message('Method %s' % code.co_name)
            return
        try:
            code = value.__code__
        except Exception:
            pass
        if code:
            self.message('Function %s' % code.co_name)
            return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]

        Show the expression's value each time execution stops in this frame
        and the value changed; without argument, list the displays.
        """
        if not arg:
            self.message('Currently displaying:')
            for expr, value in self.displaying.get(self.curframe, {}).items():
                self.message('%s: %r' % (expr, value))
        else:
            value = self._getval_except(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = value
            self.message('display %s: %r' % (arg, value))

    def do_undisplay(self, arg):
        """undisplay [expression]

        Stop displaying the expression (without argument: all of them) here.
        """
        shown = self.displaying.get(self.curframe, {})
        if not arg:
            shown.clear()
        elif arg in shown:
            del shown[arg]
        else:
            self.error('not displaying %s' % arg)

    def do_alias(self, arg):
        """alias [name [command [parameter parameter ...] ]]
        Make name stand for command (%1, %2 ... and %* take the arguments).
        """
        words = arg.split()
        if not words:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
            return
        if words[0] in self.aliases and len(words) == 1:
            self.message("%s = %s" % (words[0], self.aliases[words[0]]))
        else:
            self.aliases[words[0]] = ' '.join(words[1:])

    def do_unalias(self, arg):
        """unalias name
        Forget an alias.
        """
        words = arg.split()
        if words and words[0] in self.aliases:
            del self.aliases[words[0]]

    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return', 'do_quit', 'do_jump']

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def _show_current(self):
        self.print_stack_entry(self.stack[self.curindex])

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame = frame_lineno[0]
        prefix = '> ' if frame == self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def do_help(self, arg):
        """h(elp)
        List the commands; with a command name, explain it.
        """
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        try:
            try:
                topic = getattr(self, 'help_' + arg)
                return topic()
            except AttributeError:
                command = getattr(self, 'do_' + arg)
        except AttributeError:
            self.error('No help for %r' % arg)
        else:
            if command.__doc__ is None:
                self.error('No help for %r; __doc__ string missing' % arg)
                return
            self.message(command.__doc__.rstrip())

    do_h = do_help

    def help_exec(self):
        """(!) statement
        Run the one-line statement in the current frame.
        """
        self.message((self.help_exec.__doc__ or '').strip())

    def help_pdb(self):
        help()

    def lookupmodule(self, filename):
        """The file a name given to 'break' means, looked up as python3's pdb does."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        found = os.path.join(sys.path[0], filename)
        if os.path.exists(found) and self.canonic(found) == self.mainpyfile:
            return found
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for folder in sys.path:
            while os.path.islink(folder):
                folder = os.readlink(folder)
            candidate = os.path.join(folder, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    # ---- running a whole program

    def _run(self, target):
        self._waiting_for_script = True
        self._quit_asked = False
        self.mainpyfile = self.canonic(target.filename)
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update(target.namespace)
        self.run(target.code)

    def _runscript(self, filename):
        self._run(_ScriptTarget(filename))


class _rstr(str):
    """A str whose repr is itself (display shows error texts without quotes)."""

    def __repr__(self):
        return self


class _ScriptTarget:
    """A script file run by `-m pdb`."""

    def __init__(self, target):
        self._target = os.path.realpath(target)
        if not os.path.exists(self._target):
            print('Error:', target, 'does not exist')
            sys.exit(1)
        if os.path.isdir(self._target):
            print('Error:', target, 'is a directory')
            sys.exit(1)
        sys.path[0] = os.path.dirname(self._target)

    def __repr__(self):
        return self._target

    @property
    def filename(self):
        return self._target

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=self._target, __builtins__=__builtins__)

    @property
    def code(self):
        with open(self._target, encoding='utf-8') as fp:
            return "exec(compile(%r, %r, 'exec'))" % (fp.read(), self._target)


class _ModuleTarget:
    """A module run by `-m pdb -m name`, found as runpy finds it."""

    def __init__(self, name):
        import runpy
        self._name = name
        try:
            _, self._spec, self._code = runpy._find_module_code(name)
        except ImportError as e:
            print(f"ImportError: {e}")
            sys.exit(1)
        except Exception:
            traceback.print_exc()
            sys.exit(1)

    def __repr__(self):
        return self._name

    def __str__(self):
        return self._name

    @property
    def filename(self):
        return self._code.co_filename

    @property
    def code(self):
        return self._code

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=os.path.normcase(os.path.abspath(self.filename)),
                    __package__=self._spec.parent, __loader__=self._spec.loader, __spec__=self._spec,
                    __builtins__=__builtins__)


# ---- module-level shortcuts


def run(statement, globals=None, locals=None):
    """Runs a statement under a new debugger."""
    debugger = Pdb()
    debugger.run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    """Evaluates an expression under a new debugger."""
    debugger = Pdb()
    return debugger.runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    Pdb().run(statement, globals, locals)


def runcall(*args, **kwds):
    debugger = Pdb()
    return debugger.runcall(*args, **kwds)


def _user_frame(frame):
    """Skips sys.breakpointhook's own frame, so breakpoint() stops where it was written."""
    hook = sys.modules.get('_sysinfo')
    if hook is not None and frame is not None and frame.f_code is hook.breakpointhook.__code__:
        return frame.f_back
    return frame


def set_trace(*, header=None):
    """Start debugging in the caller's frame."""
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(_user_frame(sys._getframe().f_back))


def post_mortem(t=None):
    """Inspect the traceback t (default: the exception being handled)."""
    if t is None:
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t)


def pm():
    """post_mortem of the last uncaught exception (sys.last_traceback)."""
    post_mortem(sys.last_traceback)


def test():
    run('import x; x.main()')


def help():
    """Prints pdb's documentation."""
    print(__doc__)


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


def main():
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'mhc:', ['help', 'command='])
    if not args:
        print(_usage)
        sys.exit(2)
    if any(opt in ('-h', '--help') for opt, _ in options):
        print(_usage)
        sys.exit()
    commands = [value for opt, value in options if opt in ('-c', '--command')]
    if any(opt == '-m' for opt, _ in options):
        target = _ModuleTarget(args[0])
    else:
        target = _ScriptTarget(args[0])
    sys.argv[:] = args
    debugger = Pdb()
    debugger.rcLines.extend(commands)
    while True:
        try:
            debugger._run(target)
            if debugger._quit_asked:
                break
            print("The program finished and will be restarted")
        except Restart:
            print("Restarting", target, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
        except SystemExit:
            print("The program exited via sys.exit(). Exit status:", end=' ')
            print(sys.exc_info()[1])
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except BaseException:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            debugger.interaction(None, sys.exc_info()[2])
            print("Post mortem debugger finished. The " + str(target) + " will be restarted")


if __name__ == '__main__':
    import pdb
    pdb.main()
