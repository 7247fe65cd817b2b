"""pydoc: text documentation of modules, classes, functions and data, as `help()` shows it.

gilpy renders the plain-text form only (no HTML server, no interactive pager): `help(x)` writes
the page to stdout as python3 does when stdout is not a terminal. Keyword and topic pages need
the Python documentation's own text (pydoc_data.topics), which gilpy does not carry: asking for
one prints python3's own notice for that case.
"""

import builtins
import collections
import inspect
import os
import re
import sys

__all__ = ['help']

# ----------------------------------------------------------------- small text helpers


def pathdirs():
    """The distinct existing directories of sys.path, in order."""
    seen = set()
    found = []
    for entry in sys.path:
        folder = os.path.abspath(entry or '.')
        key = os.path.normcase(folder)
        if key not in seen and os.path.isdir(folder):
            seen.add(key)
            found.append(folder)
    return found


def replace(text, *pairs):
    """Applies each (old, new) pair of the flat argument list to text in turn."""
    for at in range(0, len(pairs), 2):
        text = pairs[at + 1].join(text.split(pairs[at]))
    return text


def cram(text, maxlen):
    """Shortens text to maxlen by putting '...' in its middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_ADDRESS = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Drops the ' at 0x...' address from a default repr."""
    return _ADDRESS.sub(r'\1', text)


def plain(text):
    """Removes the backspace overstrikes the text renderer uses for bold."""
    return re.sub('.\b', '', text)


def splitdoc(doc):
    """(synopsis, rest) of a docstring: the first line is a synopsis only when alone or
    followed by a blank line."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(cls, modname):
    """A class's name, qualified by its module when that is not modname."""
    if cls.__module__ == modname:
        return cls.__name__
    return cls.__module__ + '.' + cls.__name__


def isdata(obj):
    """Whether obj is shown as a value (not a module, class, routine, frame, traceback or code)."""
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
                or inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


_HIDDEN_NAMES = frozenset((
    '__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
    '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
    '__path__', '__qualname__', '__slots__', '__version__'))


def visiblename(name, all=None, obj=None):
    """Whether a name belongs on a documentation page."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if obj is not _future_module() and name in _future_names():
        feature_type = getattr(_future_module(), '_Feature', None)
        if feature_type is not None and isinstance(getattr(obj, name, None), feature_type):
            return False
    if all is not None:
        return name in all
    return not name.startswith('_')


def _future_module():
    return sys.modules.get('__future__')


def _future_names():
    future = _future_module()
    return getattr(future, 'all_feature_names', ()) if future is not None else ()


def _split_list(items, predicate):
    """(the items predicate accepts, the rest), both in their order."""
    chosen, rest = [], []
    for item in items:
        (chosen if predicate(item) else rest).append(item)
    return chosen, rest


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (owner is None or inspect.ismodule(owner))
    return False


def sort_attributes(attrs, obj):
    """Sorts (name, kind, class, value) rows by a namedtuple's field order, then by name."""
    fields = getattr(obj, '_fields', [])
    try:
        rank = {field: at - len(fields) for at, field in enumerate(fields)}
    except TypeError:
        rank = {}
    attrs.sort(key=lambda row: (rank.get(row[0], 0), row[0]))


# ----------------------------------------------------------------- docstrings


def _getowndoc(obj):
    """obj's own __doc__, unless it is just its type's docstring."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        type_doc = type(obj).__doc__
        if isinstance(type_doc, str) and type_doc == doc:
            return None
    return doc


def _findclass(func):
    holder = sys.modules.get(func.__module__)
    if holder is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, part)
    return holder if inspect.isclass(holder) else None


def _finddoc(obj):
    """The docstring a routine or descriptor inherits from the same name in a base class."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        through = getattr(getattr(owner, name, None), '__func__', None)
        cls = owner if inspect.isclass(owner) and through is obj.__func__ else owner.__class__
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and \
                getattr(owner, '__qualname__', '') + '.' + name == getattr(obj, '__qualname__', ''):
            cls = owner
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        getter = obj.fget
        name = getter.__name__
        cls = _findclass(getter)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if inspect.ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _getowndoc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _getowndoc(obj)
    if doc is None:
        try:
            doc = _finddoc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """The cleaned docstring of object (or the comments above its source), '' when none."""
    found = _getdoc(object)
    if not found:
        try:
            found = inspect.getcomments(object)
        except Exception:
            found = None
    if not found:
        return ''
    return re.sub('^ *\n', '', found.rstrip()) or ''


def synopsis(filename, cache={}):
    """The one-line summary of a module's source file, or None."""
    try:
        with open(filename, encoding='utf-8') as handle:
            source = handle.read()
    except OSError:
        return None
    import ast
    try:
        doc = ast.get_docstring(ast.parse(source))
    except SyntaxError:
        return None
    return doc.strip().split('\n')[0] if doc else None


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


# ----------------------------------------------------------------- attributes of a class


def _classify(cls):
    """(name, kind, defining class, value) for each attribute dir() shows on cls, where kind is
    'method', 'class method', 'static method', 'readonly property', 'data descriptor' or 'data'."""
    mro = inspect.getmro(cls)
    rows = []
    for name in dir(cls):
        home = None
        raw = None
        for base in mro:
            namespace = base.__dict__
            if name in namespace:
                home = base
                raw = namespace[name]
                break
        if home is None:
            meta_home = None
            for meta in inspect.getmro(type(cls)):
                if meta in (type, object):
                    continue
                if name in meta.__dict__:
                    meta_home = meta
                    raw = meta.__dict__[name]
                    break
            if meta_home is None:
                continue
            home = meta_home
        try:
            value = getattr(cls, name) if name != '__dict__' else raw
        except Exception:
            value = raw
        if isinstance(raw, staticmethod):
            kind, value = 'static method', raw
        elif isinstance(raw, classmethod):
            kind, value = 'class method', raw
        elif isinstance(raw, property):
            kind, value = 'property', raw
        elif inspect.isroutine(value):
            # inspect classifies a method by what the class dict holds, not the bound result
            kind, value = 'method', raw
        else:
            kind = 'data'
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        elif kind == 'method' and _is_bound_method(value):
            kind = 'static method'
        rows.append((name, kind, home, value))
    return rows


classify_class_attrs = _classify


def _classtree(classes):
    """inspect.getclasstree(classes, unique=True): nested lists of (class, bases) pairs."""
    children = {}
    roots = []
    for cls in classes:
        if cls.__bases__:
            for parent in cls.__bases__:
                kids = children.setdefault(parent, [])
                if cls not in kids:
                    kids.append(cls)
                if parent in classes:
                    break
        elif cls not in roots:
            roots.append(cls)
    for parent in children:
        if parent not in classes:
            roots.append(parent)

    def walk(level):
        level.sort(key=lambda c: (c.__module__, c.__name__))
        out = []
        for cls in level:
            out.append((cls, cls.__bases__))
            if cls in children:
                out.append(walk(children[cls]))
        return out

    return walk(roots)


# ----------------------------------------------------------------- the renderers


class _ShortRepr:
    """Bounded reprs for data shown on a page (strings shown raw when that reads better)."""

    def __init__(self):
        import reprlib
        self._repr = reprlib.Repr()
        self._repr.maxlist = self._repr.maxtuple = 20
        self._repr.maxdict = 10
        self._repr.maxstring = self._repr.maxother = 100
        self._repr.repr1 = self._one

    def repr(self, obj):
        return self._repr.repr(obj)

    def _one(self, obj, level):
        kind = type(obj).__name__
        if kind == 'str':
            return self._text(obj)
        own = getattr(self._repr, 'repr_' + '_'.join(kind.split()), None)
        if own is not None:
            return own(obj, level)
        try:
            return cram(stripid(repr(obj)), 100)
        except Exception:
            return '<%s instance>' % obj.__class__.__name__

    @staticmethod
    def _text(value):
        short = cram(value, 100)
        shown = repr(short)
        if '\\' in short and '\\' not in shown.replace('\\\\', ''):
            return 'r' + shown[0] + short + shown[0]
        return shown


class TextDoc:
    """The text renderer: bold is a character overstruck by itself (plain() removes it)."""

    PYTHONDOCS = os.environ.get('PYTHONDOCS',
                                'https://docs.python.org/%d.%d/library' % sys.version_info[:2])

    def __init__(self):
        self.repr = _ShortRepr().repr

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, object, name=None, *args):
        try:
            if inspect.ismodule(object):
                return self.docmodule(object, name, *args)
            if inspect.isclass(object):
                return self.docclass(object, name, *args)
            if inspect.isroutine(object):
                return self.docroutine(object, name, *args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(object, name, *args)
        return self.docother(object, name, *args)

    def fail(self, object, name=None, *args):
        message = "don't know how to document object%s of type %s" % (
            name and ' ' + repr(name), type(object).__name__)
        raise TypeError(message)

    # --- one kind of object each

    def getdocloc(self, module, basedir=None):
        """The web page of a standard module's reference, or None."""
        try:
            path = inspect.getabsfile(module)
        except TypeError:
            path = '(built-in)'
        if basedir is None:
            basedir = getattr(sys, '_stdlib_dir', None) or ''
        core = ('errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix', 'signal', 'sys',
                '_thread', 'zipimport')
        standard = (module.__name__ in core or module.__name__ in sys.builtin_module_names
                    or (basedir and path.startswith(basedir)
                        and not path.startswith(os.path.join(basedir, 'site-packages'))))
        if not (inspect.ismodule(module) and standard) or \
                module.__name__ in ('xml.etree', 'test.pydoc_mod'):
            return None
        where = self.PYTHONDOCS
        page = module.__name__.lower() + '.html'
        if where.startswith(('http://', 'https://')):
            return where.rstrip('/') + '/' + page
        return os.path.join(where, page)

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        summary, rest = splitdoc(getdoc(object))
        page = self.section('NAME', name + (summary and ' - ' + summary))
        exported = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            page += self.section('MODULE REFERENCE', docloc + _REFERENCE_NOTE)
        if rest:
            page += self.section('DESCRIPTION', rest)

        classes = [(key, value) for key, value in inspect.getmembers(object, inspect.isclass)
                   if (exported is not None or (inspect.getmodule(value) or object) is object)
                   and visiblename(key, exported, object)]
        routines = [(key, value) for key, value in inspect.getmembers(object, inspect.isroutine)
                    if (exported is not None or inspect.isbuiltin(value)
                        or inspect.getmodule(value) is object)
                    and visiblename(key, exported, object)]
        values = [(key, value) for key, value in inspect.getmembers(object, isdata)
                  if visiblename(key, exported, object)]

        listed = set()
        if hasattr(object, '__path__'):
            entries = []
            import pkgutil
            for _finder, subname, ispkg in pkgutil.iter_modules(object.__path__):
                listed.add(subname)
                entries.append(subname + (' (package)' if ispkg else ''))
            entries.sort()
            page += self.section('PACKAGE CONTENTS', '\n'.join(entries))

        submodules = sorted(key for key, value in inspect.getmembers(object, inspect.ismodule)
                            if value.__name__.startswith(name + '.') and key not in listed)
        if submodules:
            page += self.section('SUBMODULES', '\n'.join(submodules))
        if classes:
            parts = [self.formattree(_classtree([value for _key, value in classes]), name)]
            parts.extend(self.document(value, key, name) for key, value in classes)
            page += self.section('CLASSES', '\n'.join(parts))
        if routines:
            page += self.section('FUNCTIONS', '\n'.join(
                self.document(value, key, name) for key, value in routines))
        if values:
            page += self.section('DATA', '\n'.join(
                self.docother(value, key, name, maxlen=70) for key, value in values))
        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version.startswith('$' + 'Revision: ') and version.endswith('$'):
                version = version[11:-1].strip()
            page += self.section('VERSION', version)
        for attr, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'),
                            ('__credits__', 'CREDITS')):
            if hasattr(object, attr):
                page += self.section(title, str(getattr(object, attr)))
        try:
            path = inspect.getabsfile(object)
        except TypeError:
            path = '(built-in)'
        page += self.section('FILE', path)
        return page

    def formattree(self, tree, modname, parent=None, prefix=''):
        out = ''
        current = None
        for entry in tree:
            if isinstance(entry, tuple):
                current, bases = entry
                out += prefix + classname(current, modname)
                if bases and bases != (parent,):
                    out += '(%s)' % ', '.join(classname(base, modname) for base in bases)
                out += '\n'
            elif isinstance(entry, list):
                out += self.formattree(entry, modname, current, prefix + '    ')
        return out

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        module_name = object.__module__

        def qualified(cls):
            return classname(cls, module_name)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if object.__bases__:
            title += '(%s)' % ', '.join(map(qualified, object.__bases__))

        lines = []
        try:
            sig = inspect.signature(object)
        except (ValueError, TypeError):
            sig = None
        if sig:
            text = str(sig)
            if text and text != '()':
                lines.append(name + text + '\n')
        doc = getdoc(object)
        if doc:
            lines.append(doc + '\n')

        order = collections.deque(inspect.getmro(object))
        if len(order) > 2:
            lines.append('Method resolution order:')
            lines.extend('    ' + qualified(base) for base in order)
            lines.append('')

        builtin_kids = sorted((str(kid.__name__) for kid in type.__subclasses__(object)
                               if not kid.__name__.startswith('_')
                               and kid.__module__ == 'builtins'), key=str.lower)
        if builtin_kids:
            lines.append('Built-in subclasses:')
            lines.extend('    ' + kid for kid in builtin_kids[:4])
            if len(builtin_kids) > 4:
                lines.append('    ... and ' + str(len(builtin_kids) - 4) + ' other subclasses')
            lines.append('')

        rule = [False]

        def open_group(heading):
            if rule[0]:
                lines.append('-' * 70)
            rule[0] = True
            lines.append(heading)

        def routines(heading, rows, kind):
            chosen, rows = _split_list(rows, lambda row: row[1] == kind)
            if chosen:
                open_group(heading)
                for attr, _kind, _home, value in chosen:
                    try:
                        bound = getattr(object, attr)
                    except Exception:
                        lines.append(self.docdata(value, attr, mod))
                    else:
                        lines.append(self.document(bound, attr, mod, object))
            return rows

        def descriptors(heading, rows, kind):
            chosen, rows = _split_list(rows, lambda row: row[1] == kind)
            if chosen:
                open_group(heading)
                for attr, _kind, _home, value in chosen:
                    lines.append(self.docdata(value, attr, mod))
            return rows

        def plain_data(heading, rows):
            chosen, rows = _split_list(rows, lambda row: row[1] == 'data')
            if chosen:
                open_group(heading)
                for attr, _kind, home, value in chosen:
                    doc = getdoc(value)
                    try:
                        shown = getattr(object, attr)
                    except AttributeError:
                        shown = home.__dict__[attr]
                    lines.append(self.docother(shown, attr, mod, maxlen=70, doc=doc) + '\n')
            return rows

        rows = [row for row in _classify(object) if visiblename(row[0], obj=object)]
        while rows:
            home = order.popleft() if order else rows[0][2]
            rows, later = _split_list(rows, lambda row: row[2] is home)
            if object is not builtins.object and home is builtins.object:
                rows = later
                continue
            where = 'defined here' if home is object else \
                'inherited from %s' % classname(home, module_name)
            sort_attributes(rows, object)
            rows = routines('Methods %s:\n' % where, rows, 'method')
            rows = routines('Class methods %s:\n' % where, rows, 'class method')
            rows = routines('Static methods %s:\n' % where, rows, 'static method')
            rows = descriptors('Readonly properties %s:\n' % where, rows, 'readonly property')
            rows = descriptors('Data descriptors %s:\n' % where, rows, 'data descriptor')
            rows = plain_data('Data and other attributes %s:\n' % where, rows)
            rows = later

        body = '\n'.join(lines)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    def docroutine(self, object, name=None, mod=None, cl=None, *ignored):
        realname = object.__name__
        name = name or realname
        note = ''
        only_title = False
        if _is_bound_method(object):
            owner_class = object.__self__.__class__
            if cl:
                if owner_class is not cl:
                    note = ' from ' + classname(owner_class, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(owner_class, mod)
        prefix = 'async ' if (inspect.iscoroutinefunction(object)
                              or inspect.isasyncgenfunction(object)) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                only_title = True
            title = self.bold(name) + ' = ' + realname
        params = None
        if inspect.isroutine(object):
            try:
                sig = inspect.signature(object)
            except (ValueError, TypeError):
                sig = None
            if sig:
                params = str(sig)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    params = params[1:-1]
        if not params:
            params = '(...)'
        heading = prefix + title + params + note
        if only_title:
            return heading + '\n'
        doc = getdoc(object) or ''
        return heading + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None, *ignored):
        out = ''
        if name:
            out += self.bold(name) + '\n'
        doc = getdoc(object) or ''
        if doc:
            out += self.indent(doc) + '\n'
        return out

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, *ignored, maxlen=None, doc=None):
        shown = self.repr(object)
        if maxlen:
            room = maxlen - len((name and name + ' = ' or '') + shown)
            if room < 0:
                shown = shown[:room] + '...'
        line = (name and self.bold(name) + ' = ' or '') + shown
        if not doc:
            doc = getdoc(object)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


class PlainTextDoc(TextDoc):
    """The text renderer without overstrikes."""

    def bold(self, text):
        return text


_REFERENCE_NOTE = """

The following documentation is automatically generated from the Python
source files.  It may be incomplete, incorrect or include features that
are considered implementation detail and may vary between Python
implementations.  When in doubt, consult the module reference at the
location listed above.
"""

text = TextDoc()
plaintext = PlainTextDoc()

# ----------------------------------------------------------------- finding what to document


class ErrorDuringImport(Exception):
    """A module was found but raised while being imported."""

    def __init__(self, filename, exc_info):
        if isinstance(exc_info, BaseException):
            self.exc, self.value, self.tb = type(exc_info), exc_info, exc_info.__traceback__
        else:
            self.exc, self.value, self.tb = exc_info
        self.filename = filename

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def importfile(path):
    """Imports a Python source file by its path, under its file name."""
    import importlib.util
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    except BaseException as exc:
        raise ErrorDuringImport(path, exc)


def safeimport(path, forceload=0, cache={}):
    """The module named path, or None when there is none; ErrorDuringImport when it fails."""
    if path in sys.modules and not forceload:
        module = sys.modules[path]
    else:
        try:
            module = __import__(path)
        except BaseException as exc:
            if isinstance(exc, ImportError) and getattr(exc, 'name', None) == path:
                return None
            if isinstance(exc, ModuleNotFoundError):
                missing = getattr(exc, 'name', None)
                if missing and path.startswith(missing + '.'):
                    return None
            raise ErrorDuringImport(path, exc)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """The object a dotted name refers to (importing modules on the way), or None."""
    parts = [part for part in path.split('.') if part]
    found, used = None, 0
    while used < len(parts):
        module = safeimport('.'.join(parts[:used + 1]), forceload)
        if not module:
            break
        found, used = module, used + 1
    target = found if found else builtins
    for part in parts[used:]:
        try:
            target = getattr(target, part)
        except AttributeError:
            return None
    return target


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        target = locate(thing, forceload)
        if target is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return target, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The documentation page of thing (an object or a dotted name) as text."""
    if renderer is None:
        renderer = text
    target, name = resolve(thing, forceload)
    description = describe(target)
    module = inspect.getmodule(target)
    if name and '.' in name:
        description += ' in ' + name[:name.rfind('.')]
    elif module and module is not target:
        description += ' in module ' + module.__name__
    if not (inspect.ismodule(target) or inspect.isclass(target) or inspect.isroutine(target)
            or inspect.isdatadescriptor(target) or _getdoc(target)):
        if hasattr(target, '__origin__'):
            target = target.__origin__
        else:
            target = type(target)
            description += ' object'
    return title % description + '\n\n' + renderer.document(target, name)


def _stdout_safe(text):
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    errors = getattr(sys.stdout, 'errors', None) or 'strict'
    if errors == 'strict':
        return text.encode(encoding, 'backslashreplace').decode(encoding)
    return text


def plainpager(text):
    """Writes the page to stdout without overstrikes."""
    sys.stdout.write(plain(_stdout_safe(text)))


def getpager():
    """gilpy pages only to a plain stream: the page is written whole."""
    return plainpager


def pager(text):
    """Shows a page of text."""
    global pager
    pager = getpager()
    pager(text)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Shows the documentation of thing (through the pager, or to output as plain text)."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as problem:
        if is_cli:
            raise
        print(problem)


def writedoc(thing, forceload=0):
    raise NotImplementedError('gilpy writes no HTML documentation')


# ----------------------------------------------------------------- help()

_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
             'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
             'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
             'raise', 'return', 'try', 'while', 'with', 'yield')

_TOPICS = (
    'ASSERTION ASSIGNMENT ATTRIBUTEMETHODS ATTRIBUTES AUGMENTEDASSIGNMENT BASICMETHODS BINARY '
    'BITWISE BOOLEAN CALLABLEMETHODS CALLS CLASSES CODEOBJECTS COMPARISON COMPLEX CONDITIONAL '
    'CONTEXTMANAGERS CONVERSIONS DEBUGGING DELETION DICTIONARIES DICTIONARYLITERALS '
    'DYNAMICFEATURES ELLIPSIS EXCEPTIONS EXECUTION EXPRESSIONS FLOAT FORMATTING FRAMEOBJECTS '
    'FRAMES FUNCTIONS IDENTIFIERS IMPORTING INTEGER LISTLITERALS LISTS LITERALS LOOPING '
    'MAPPINGMETHODS MAPPINGS METHODS MODULES NAMESPACES NONE NUMBERMETHODS NUMBERS OBJECTS '
    'OPERATORS PACKAGES POWER PRECEDENCE PRIVATENAMES RETURNING SCOPING SEQUENCEMETHODS '
    'SEQUENCES SHIFTING SLICINGS SPECIALATTRIBUTES SPECIALIDENTIFIERS SPECIALMETHODS '
    'STRINGMETHODS STRINGS SUBSCRIPTS TRACEBACKS TRUTHVALUE TUPLELITERALS TUPLES TYPEOBJECTS '
    'TYPES UNARY UNICODE').split()

_SYMBOLS = ('!= " """ % %= & &= \' \'\'\' ( ) * ** **= *= + += , - -= . ... / // //= /= : < << '
            '<<= <= <> == > >= >> >>= @ J [ \\ ] ^ ^= _ __ ` b" b\' f" f\' j r" r\' u" u\' | |= '
            '~').split()

_NO_TOPICS = '''
Sorry, topic and keyword documentation is not available because the
module "pydoc_data.topics" could not be found.
'''


class Helper:
    """help(): documentation of objects, names, keywords and topics."""

    keywords = dict.fromkeys(_KEYWORDS, '')
    symbols = dict.fromkeys(_SYMBOLS, '')
    topics = dict.fromkeys(_TOPICS, '')

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as problem:
                self.output.write(f'{problem}\n')
        else:
            self.intro()
            self.interact()
            self.output.write('''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
            except (KeyboardInterrupt, EOFError):
                break
            if not request:
                break
            request = request.strip()
            if len(request) > 2 and request[0] == request[-1] in ("'", '"') \
                    and request[0] not in request[1:-1]:
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request == 'symbols':
                self.listsymbols()
            elif request == 'topics':
                self.listtopics()
            elif request == 'modules':
                self.listmodules()
            elif request.startswith('modules '):
                self.listmodules(request.split()[1])
            elif request in self.symbols:
                self.showsymbol(request)
            elif request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request in self.keywords or request in self.topics:
                self.showtopic(request)
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')

    def intro(self):
        version = '%d.%d' % sys.version_info[:2]
        self.output.write(f'''
Welcome to Python {version}'s help utility!

If this is your first time using Python, you should definitely check out
the tutorial on the internet at https://docs.python.org/{version}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To quit this help utility and
return to the interpreter, just type "quit".

To get a list of available modules, keywords, symbols, or topics, type
"modules", "keywords", "symbols", or "topics".  Each module also comes
with a one-line summary of what it does; to list the modules whose name
or summary contain a given string such as "spam", type "modules spam".
''')

    def list(self, items, columns=4, width=80):
        items = sorted(items)
        column_width = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for column in range(columns):
                at = column * rows + row
                if at < len(items):
                    self.output.write(items[at])
                    if column < columns - 1:
                        self.output.write(' ' * (column_width - len(items[at])))
            self.output.write('\n')

    def listkeywords(self):
        self.output.write('\nHere is a list of the Python keywords.  '
                          'Enter any keyword to get more help.\n\n')
        self.list(self.keywords.keys())

    def listsymbols(self):
        self.output.write('\nHere is a list of the punctuation symbols which Python assigns '
                          'special meaning\nto. Enter any symbol to get more help.\n\n')
        self.list(self.symbols.keys())

    def listtopics(self):
        self.output.write('\nHere is a list of available topics.  '
                          'Enter any topic name to get more help.\n\n')
        self.list(self.topics.keys())

    def showtopic(self, topic, more_xrefs=''):
        self.output.write(_NO_TOPICS)

    def showsymbol(self, symbol):
        self.output.write(_NO_TOPICS)

    def listmodules(self, key=''):
        import pkgutil
        if key:
            self.output.write('\nHere is a list of modules whose name or summary contains '
                              '\'{}\'.\nIf there are any, enter a module name to get more '
                              'help.\n\n'.format(key))
            for _finder, name, _ispkg in pkgutil.iter_modules():
                if key.lower() in name.lower():
                    self.output.write(name + '\n')
            return
        self.output.write('\nPlease wait a moment while I gather a list of all available '
                          'modules...\n\n')
        names = set(sys.builtin_module_names)
        names.update(name for _finder, name, _ispkg in pkgutil.iter_modules())
        self.list(names)
        self.output.write('\nEnter any module name to get more help.  Or, type "modules spam" '
                          'to search\nfor modules whose name or summary contain the string '
                          '"spam".\n')


help = Helper()


# ----------------------------------------------------------------- python -m pydoc


def ispath(arg):
    return isinstance(arg, str) and arg.find(os.sep) >= 0


def cli():
    """`python -m pydoc NAME ...`: prints each name's page (text only in gilpy)."""
    import getopt

    class BadUsage(Exception):
        pass

    here = os.getcwd()
    if here not in sys.path and '' not in sys.path and '.' not in sys.path:
        sys.path.insert(0, here)
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'bk:n:p:w')
        for option, _value in opts:
            if option in ('-b', '-p', '-n', '-w', '-k'):
                print('pydoc: the %s option is not available in gilpy' % option)
                sys.exit(1)
        if not args:
            raise BadUsage
        for arg in args:
            if ispath(arg) and not os.path.exists(arg):
                print('file %r does not exist' % arg)
                sys.exit(1)
            try:
                if ispath(arg) and os.path.isfile(arg):
                    arg = importfile(arg)
                help.help(arg, is_cli=True)
            except (ImportError, ErrorDuringImport) as problem:
                print(problem)
                sys.exit(1)
    except (getopt.error, BadUsage):
        script = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        if script.startswith('<'):
            # run with -m from the embedded library: python3 shows its file's name here
            script = 'pydoc'
        print(_USAGE.format(cmd=script, sep=os.sep))


_USAGE = """pydoc - the Python documentation tool

{cmd} <name> ...
    Show text documentation on something.  <name> may be the name of a
    Python keyword, topic, function, module, or package, or a dotted
    reference to a class or function within a module or module in a
    package.  If <name> contains a '{sep}', it is used as the path to a
    Python source file to document. If name is 'keywords', 'topics',
    or 'modules', a listing of these things is displayed.

{cmd} -k <keyword>
    Search for a keyword in the synopsis lines of all available modules.

{cmd} -n <hostname>
    Start an HTTP server with the given hostname (default: localhost).

{cmd} -p <port>
    Start an HTTP server on the given port on the local machine.  Port
    number 0 can be used to get an arbitrary unused port.

{cmd} -b
    Start an HTTP server on an arbitrary unused port and open a web browser
    to interactively browse documentation.  This option can be used in
    combination with -n and/or -p.

{cmd} -w <name> ...
    Write out the HTML documentation for a module to a file in the current
    directory.  If <name> contains a '{sep}', it is treated as a filename; if
    it names a directory, documentation is written for all the contents.
"""

if __name__ == '__main__':
    cli()
