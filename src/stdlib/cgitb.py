"""Detailed reports of uncaught exceptions: for each frame of the traceback, the source lines
around the failing one and the values of the names used on it, then the exception's
attributes and the ordinary traceback. enable() installs a sys.excepthook that writes them.

The text format is as CPython's. gilpy's pydoc has no HTML renderer, so html() raises
NotImplementedError, and a Hook in the html format falls back (as CPython's does when its
formatter fails) to the plain traceback inside <pre>. Deprecated since 3.11, as in CPython."""

import inspect
import keyword
import linecache
import os
import pydoc
import sys
import tempfile
import time
import tokenize
import traceback
import warnings

warnings._deprecated(__name__, remove=(3, 13))


def reset():
    """Markup that closes whatever a half-written page left open, so a report shows."""
    return '''<!--: spam
Content-Type: text/html

<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> -->
<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> --> -->
</font> </font> </font> </script> </object> </blockquote> </pre>
</table> </table> </table> </table> </table> </font> </font> </font>'''


__UNDEF__ = []  # a marker: the name has no value


def small(text):
    return '<small>' + text + '</small>' if text else ''


def strong(text):
    return '<strong>' + text + '</strong>' if text else ''


def grey(text):
    return '<font color="#909090">' + text + '</font>' if text else ''


def lookup(name, frame, locals):
    """(where, value) of `name` seen from `frame`: 'local', 'global' or 'builtin', or
    (None, __UNDEF__)."""
    for where, space in (('local', locals), ('global', frame.f_globals)):
        if name in space:
            return where, space[name]
    table = frame.f_globals.get('__builtins__', __UNDEF__)
    if type(table) is not dict:
        table = getattr(table, '__dict__', {}) if table is not __UNDEF__ else {}
    if name in table:
        return 'builtin', table[name]
    return None, __UNDEF__


def scanvars(reader, frame, locals):
    """[(name, where, value)] for the names one logical line (read through `reader`) uses,
    dotted attribute chains included."""
    found = []
    last = None
    parent = None
    prefix = ''
    value = __UNDEF__
    for kind, token, _start, _end, _line in tokenize.generate_tokens(reader):
        if kind == tokenize.NEWLINE:
            break
        if kind == tokenize.NAME and token not in keyword.kwlist:
            if last == '.':
                # An attribute of what the dotted name so far gave.
                if parent is not __UNDEF__:
                    value = getattr(parent, token, __UNDEF__)  # the chain's next link
                    found.append((prefix + token, prefix, value))
            else:
                found.append((token,) + lookup(token, frame, locals))
                value = found[-1][2]
        elif token == '.':
            prefix += last + '.'
            parent = value
        else:
            parent, prefix = None, ''
        last = token
    return found


def _shown(value):
    return '=' + pydoc.text.repr(value)


def html(einfo, context=5):
    """The HTML report (not available in gilpy)."""
    raise NotImplementedError("gilpy's pydoc has no HTML renderer; use cgitb.text()")


def _frame_text(frame, file, lnum, func, lines, index):
    file = os.path.abspath(file) if file else '?'
    args, varargs, varkw, values = inspect.getargvalues(frame)
    call = ''
    if func != '?':
        call = 'in ' + func
        if func != '<module>':
            call += inspect.formatargvalues(args, varargs, varkw, values, formatvalue=_shown)
    line_no = [lnum]

    def reader():
        try:
            return linecache.getline(file, line_no[0])
        finally:
            line_no[0] += 1

    names = scanvars(reader, frame, values)
    rows = [' ' + file + ' ' + call]
    if index is not None:
        number = lnum - index
        for line in lines:
            rows.append('%5d ' % number + line.rstrip())
            number += 1
    seen = set()
    dump = []
    for name, where, value in names:
        if name in seen:
            continue
        seen.add(name)
        if value is __UNDEF__:
            dump.append(f'{name} undefined')
            continue
        if where == 'global':
            name = 'global ' + name
        elif where != 'local':
            name = where + name.split('.')[-1]
        dump.append(f'{name} = {pydoc.text.repr(value)}')
    rows.append('\n'.join(dump))
    return '\n%s\n' % '\n'.join(rows)


def text(einfo, context=5):
    """The plain text report of exc_info-like `einfo`, with `context` lines of source
    around each frame's current line."""
    etype, evalue, etb = einfo
    if isinstance(etype, type):
        etype = etype.__name__
    version = sys.version.split()[0]
    pyver = f'Python {version}: {sys.executable}'
    date = time.ctime()
    head = '%s\n%s\n%s\n' % (str(etype), pyver, date) + '''
A problem occurred in a Python script.  Here is the sequence of
function calls leading up to the error, in the order they occurred.
'''
    frames = [_frame_text(*record) for record in inspect.getinnerframes(etb, context)]
    exception = [f'{etype}: {evalue}']
    for name in dir(evalue):
        exception.append('\n%s%s = %s' % (' ' * 4, name, pydoc.text.repr(getattr(evalue, name))))
    tail = ''.join(traceback.format_exception(etype, evalue, etb))
    return head + ''.join(frames + exception) + '''

The above is a description of an error in a Python program.  Here is
the original traceback:

%s
''' % tail


class Hook:
    """A sys.excepthook writing reports (to `file`, stdout by default; and, with `logdir`,
    into a new file there)."""

    def __init__(self, display=1, logdir=None, context=5, file=None, format='html'):
        self.display = display
        self.logdir = logdir
        self.context = context
        self.file = file or sys.stdout
        self.format = format

    def __call__(self, *exc_info):
        self.handle(exc_info)

    def handle(self, info=None):
        info = info or sys.exc_info()
        if self.format == 'html':
            self.file.write(reset())
        formatter = html if self.format == 'html' else text
        plain = False
        try:
            doc = formatter(info, self.context)
        except Exception:
            plain = True
            doc = ''.join(traceback.format_exception(info[0], info[1], info[2]))
        if self.display:
            if plain:
                doc = doc.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                self.file.write(f'<pre>{doc}</pre>\n')
            else:
                self.file.write(doc + '\n')
        else:
            self.file.write('<p>A problem occurred in a Python script.' + '\n')
        if self.logdir is not None:
            suffix = '.html' if self.format == 'html' else '.txt'
            fd, path = tempfile.mkstemp(suffix=suffix, dir=self.logdir)
            try:
                with os.fdopen(fd, 'w') as stream:
                    stream.write(doc)
                message = '%s contains the description of this error.' % path
            except Exception:
                message = 'Tried to save traceback to %s, but failed.' % path
            if self.format == 'html':
                message = '<p>%s</p>\n' % message
            self.file.write(message + '\n')
        try:
            self.file.flush()
        except Exception:
            pass


handler = Hook().handle


def enable(display=1, logdir=None, context=5, format='html'):
    """Makes uncaught exceptions print a report (see Hook for the arguments)."""
    sys.excepthook = Hook(display=display, logdir=logdir, context=context, format=format)
