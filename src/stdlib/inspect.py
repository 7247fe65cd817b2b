"""Looking at live objects: gilpy's inspect.

Type predicates (isfunction, isclass, ...), member listing (getmembers,
getattr_static), documentation (getdoc, cleandoc, getcomments), source
retrieval through linecache and code objects' first line numbers (getsource,
getsourcelines, findsource, getblock), frames (currentframe, stack,
getframeinfo) and call signatures (signature, Signature, Parameter,
BoundArguments, getfullargspec, getcallargs).

Source blocks are found with BlockFinder over tokenize (getblock), and class
definitions with a small line scanner (brackets, strings, indentation); builtins carry no text signatures in
gilpy, so signature() of a builtin raises ValueError as CPython does for a
builtin without one.
"""

import collections
import collections.abc
import enum
import functools
import linecache
import os
import re
import sys
import types

__all__ = [
    'BoundArguments', 'FullArgSpec', 'Parameter', 'Signature', 'FrameInfo',
    'Traceback', 'cleandoc', 'currentframe', 'findsource', 'formatannotation',
    'get_annotations', 'getattr_static', 'getblock', 'getcallargs',
    'getcomments', 'getdoc', 'getfile', 'getframeinfo', 'getfullargspec',
    'getmembers', 'getmembers_static', 'getmodule', 'getmodulename', 'getmro',
    'getouterframes', 'getinnerframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen',
    'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode',
    'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe',
    'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'signature', 'stack', 'trace',
    'unwrap', 'ArgInfo', 'ClosureVars', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING',
    'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING',
    'GEN_SUSPENDED', 'TPFLAGS_IS_ABSTRACT', 'getabsfile', 'getargvalues', 'getclosurevars',
    'getcoroutinelocals', 'getcoroutinestate', 'getgeneratorlocals', 'getgeneratorstate',
    'getlineno', 'Attribute', 'BlockFinder', 'EndOfBlock', 'classify_class_attrs',
    'formatargvalues', 'getclasstree', 'walktree',
]

# Code object flags (co_flags bits).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
TPFLAGS_IS_ABSTRACT = 1 << 20

_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield'.split())

_MISSING = object()


def _types_named(*names):
    # The types of the types module that gilpy has, among the names given.
    found = tuple(getattr(types, name) for name in names if hasattr(types, name))
    return found


_COROUTINE_TYPES = _types_named('CoroutineType')
_ASYNCGEN_TYPES = _types_named('AsyncGeneratorType')
_MEMBER_DESCRIPTORS = _types_named('MemberDescriptorType')
_GETSET_DESCRIPTORS = _types_named('GetSetDescriptorType')
_METHOD_WRAPPERS = _types_named('MethodWrapperType')
_BUILTIN_CALLABLE_NAMES = frozenset((
    'builtin_function_or_method', 'wrapper_descriptor', 'method-wrapper',
    'method_descriptor', 'classmethod_descriptor'))


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """True for a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for a class."""
    return isinstance(object, type)


def _binds_native(object):
    # gilpy binds some native class methods of object (__subclasshook__)
    # through a method object; CPython shows those as builtins.
    return isinstance(object, types.BuiltinFunctionType) or isinstance(
        getattr(object, '__func__', None), types.BuiltinFunctionType)


def ismethod(object):
    """True for a bound method."""
    return isinstance(object, types.MethodType) and not _binds_native(object)


def isfunction(object):
    """True for a user-defined function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """True for a non-data descriptor that is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for a descriptor defining __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    """True for a slot member descriptor."""
    return bool(_MEMBER_DESCRIPTORS) and isinstance(object, _MEMBER_DESCRIPTORS)


def isgetsetdescriptor(object):
    """True for a getset descriptor of an extension type."""
    return bool(_GETSET_DESCRIPTORS) and isinstance(object, _GETSET_DESCRIPTORS)


def _code_flag_set(func, flag):
    # Look through bound methods and partials to the function's code flags.
    while ismethod(func):
        func = func.__func__
    while isinstance(func, functools.partial):
        func = func.func
    if not (isfunction(func) or _looks_like_function(func)):
        return False
    return bool(func.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for a function whose calls return generators."""
    return _code_flag_set(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for a function defined with async def (not an async generator)."""
    return _code_flag_set(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for an async def function containing yield."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for an asynchronous generator object."""
    return bool(_ASYNCGEN_TYPES) and isinstance(object, _ASYNCGEN_TYPES)


def isgenerator(object):
    """True for a generator object."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for a coroutine object."""
    return bool(_COROUTINE_TYPES) and isinstance(object, _COROUTINE_TYPES)


def isawaitable(object):
    """True for an object usable in an await expression."""
    if iscoroutine(object):
        return True
    if isgenerator(object):
        code = getattr(object, 'gi_code', None)
        if code is not None and code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """True for a traceback object."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for a function or method implemented natively."""
    if isinstance(object, types.MethodType):
        return _binds_native(object)
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for a method-wrapper (a bound slot of a builtin type)."""
    return bool(_METHOD_WRAPPERS) and isinstance(object, _METHOD_WRAPPERS)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for a class that still has abstract methods."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if isinstance(flags, int) and flags & TPFLAGS_IS_ABSTRACT:
        return True
    try:
        pending = object.__abstractmethods__
    except AttributeError:
        return False
    return bool(pending)


# ------------------------------------------------------------ member listing

def getmro(cls):
    """The method resolution order of cls, as a tuple."""
    return cls.__mro__


def _collect_members(object, predicate, fetch):
    bases = (object,) + getmro(object) if isclass(object) else ()
    found = []
    seen = set()
    for name in dir(object):
        try:
            value = fetch(object, name)
            if name in seen:
                raise AttributeError(name)
        except AttributeError:
            # Listed by dir() but not readable: take the raw class entry.
            for base in bases:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """Sorted (name, value) pairs of object's attributes that pass predicate."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers, without running descriptors or __getattr__."""
    return _collect_members(object, predicate, getattr_static)


def _class_lookup(klass, name):
    for entry in klass.__mro__:
        space = entry.__dict__
        if name in space:
            return space[name]
    return _MISSING


def _instance_lookup(obj, name):
    try:
        space = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _MISSING
    return dict.get(space, name, _MISSING)


def getattr_static(obj, attr, default=_MISSING):
    """Find attr on obj without triggering descriptors, __getattr__ or
    __getattribute__ (the raw descriptor is returned)."""
    from_instance = _MISSING
    if isinstance(obj, type):
        klass = obj
    else:
        klass = type(obj)
        from_instance = _instance_lookup(obj, attr)
    from_class = _class_lookup(klass, attr)

    if from_instance is not _MISSING and from_class is not _MISSING:
        # A data descriptor on the class wins over the instance dict.
        kind = type(from_class)
        if (_class_lookup(kind, '__get__') is not _MISSING
                and (_class_lookup(kind, '__set__') is not _MISSING
                     or _class_lookup(kind, '__delete__') is not _MISSING)):
            return from_class
    if from_instance is not _MISSING:
        return from_instance
    if from_class is not _MISSING:
        return from_class
    if obj is klass:
        # Attributes of the metaclass (for a class) come last.
        found = _class_lookup(type(klass), attr)
        if found is not _MISSING:
            return found
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


# ----------------------------------------------------------- documentation

def indentsize(line):
    """Width of the leading whitespace of line, tabs expanded."""
    spread = line.expandtabs()
    return len(spread) - len(spread.lstrip())


def cleandoc(doc):
    """Strip a docstring's common indentation (after its first line) and
    its leading and trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    widths = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(widths) if widths else 0
    cleaned = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    return '\n'.join(cleaned)


def _owner_class(func):
    # The class a function was defined in, found by walking its qualname.
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    # The docstring obj inherits from the classes above its own.
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        if isclass(bound_to) and getattr(getattr(bound_to, name, None), '__func__', None) is obj.__func__:
            cls = bound_to
        else:
            cls = type(bound_to)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        bound_to = getattr(obj, '__self__', None)
        if bound_to is None or ismodule(bound_to):
            return None
        cls = bound_to if isclass(bound_to) else type(bound_to)
    elif isinstance(obj, property):
        getter = obj.fget
        name = getattr(getter, '__name__', None)
        cls = _owner_class(getter) if isfunction(getter) else None
        if cls is None or name is None or getattr(cls, name, None) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name, None) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _own_doc(obj):
    # obj.__doc__; a property without one of its own shows its getter's.
    doc = obj.__doc__
    if doc is None and isinstance(obj, property) and obj.fget is not None:
        doc = getattr(obj.fget, '__doc__', None)
    return doc


def getdoc(object):
    """The cleaned docstring of object, inherited from a base when absent."""
    try:
        doc = _own_doc(object)
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ------------------------------------------------------------ files, modules

_SOURCE_SUFFIXES = ('.py',)
_BYTECODE_SUFFIXES = ('.pyc',)
_EXTENSION_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so')


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    base = os.path.basename(path)
    suffixes = sorted(_SOURCE_SUFFIXES + _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES,
                      key=len, reverse=True)
    for suffix in suffixes:
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def _code_of(obj):
    # The code object behind a method, function, traceback or frame (or None).
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    return obj if iscode(obj) else None


def getfile(object):
    """The file an object was defined in (source or compiled)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            home = sys.modules.get(object.__module__)
            if getattr(home, '__file__', None):
                return home.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The Python source file of object, or None if there is none to read."""
    filename = getfile(object)
    if filename.endswith(_BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + '.py'
    elif filename.endswith(_EXTENSION_SUFFIXES):
        return None
    if os.path.exists(filename):
        return filename
    home = getmodule(object, filename)
    if getattr(home, '__loader__', None) is not None:
        return filename
    if getattr(getattr(home, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """A normalised absolute path of object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if isbuiltin(object):
        # gilpy's native functions carry no __module__: the builtins are
        # found by name.
        import builtins
        name = getattr(object, '__name__', None)
        if isinstance(name, str) and getattr(builtins, name, None) is object:
            return builtins
    try:
        wanted = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if not ismodule(module) or not path:
            continue
        try:
            if getabsfile(module) == wanted:
                return module
        except (TypeError, OSError):
            continue
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for home_name in ('__main__', 'builtins'):
        home = sys.modules.get(home_name)
        if home is not None and getattr(home, name, _MISSING) is object:
            return home
    return None


# ------------------------------------------------------------------- source

def _scan_logical(lines):
    """Split source lines into logical lines.

    Returns (first, last, has_code) index triples; a logical line spans
    physical lines while brackets are open, a triple-quoted string is
    unfinished or a line ends with a backslash.
    """
    spans = []
    depth = 0
    open_quote = None
    first = None
    has_code = False
    for number, line in enumerate(lines):
        if first is None:
            first = number
            has_code = False
        pos = 0
        size = len(line)
        joined = False
        while pos < size:
            if open_quote is not None:
                end = line.find(open_quote, pos)
                slash = line.find('\\', pos)
                if slash != -1 and (end == -1 or slash < end):
                    pos = slash + 2
                    continue
                if end == -1:
                    pos = size
                    break
                pos = end + len(open_quote)
                open_quote = None
                continue
            ch = line[pos]
            if ch == '#':
                break
            if ch in '\'"':
                has_code = True
                if line.startswith(ch * 3, pos):
                    open_quote = ch * 3
                    pos += 3
                else:
                    open_quote = ch
                    pos += 1
                continue
            if ch == '\\' and line[pos + 1:].strip() == '':
                joined = True
                break
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            if not ch.isspace():
                has_code = True
            pos += 1
        if open_quote is not None and len(open_quote) == 1:
            open_quote = None   # an unterminated one-line string ends with its line
        if open_quote is None and depth == 0 and not joined:
            spans.append((first, number, has_code))
            first = None
    if first is not None:
        spans.append((first, len(lines) - 1, has_code))
    return spans


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Provide a tokeneater() method to detect the end of a code block."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        import tokenize
        if not self.started and not self.indecorator:
            # Decorators come first; the block starts at def, class or lambda.
            if token == '@':
                self.indecorator = True
            elif token in ('def', 'class', 'lambda'):
                self.islambda = token == 'lambda'
                self.started = True
            self.passline = True
        elif token == '(':
            if self.indecorator:
                self.decoratorhasargs = True
        elif token == ')':
            if self.indecorator:
                self.indecorator = False
                self.decoratorhasargs = False
        elif type == tokenize.NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            # A comment belongs to the block when indented at least as far as its body.
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type not in (tokenize.COMMENT, tokenize.NL):
            raise EndOfBlock


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    import tokenize
    finder = BlockFinder()
    try:
        for token in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


_DEF_LINE = re.compile(r'\s*(?:async\s+)?def\s|\s*@|.*(?<!\w)lambda[:\s]')
_CLASS_HEAD = re.compile(r'(\s*)class\s+(\w+)')
_DEF_HEAD = re.compile(r'(\s*)(?:async\s+)?def\s+(\w+)')


def _find_class_line(lines, qualname):
    # Follow the nesting of class and def statements to the class whose
    # qualified name is qualname; return the index of its first line
    # (its first decorator, if any).
    nesting = []     # (indent, [name parts])
    decorators_from = None
    for first, _last, has_code in _scan_logical(lines):
        if not has_code:
            continue
        text = lines[first]
        indent = indentsize(text)
        while nesting and nesting[-1][0] >= indent:
            nesting.pop()
        if text.lstrip().startswith('@'):
            if decorators_from is None:
                decorators_from = first
            continue
        start = decorators_from if decorators_from is not None else first
        decorators_from = None
        outer = [part for _indent, parts in nesting for part in parts]
        found = _CLASS_HEAD.match(text)
        if found:
            if '.'.join(outer + [found.group(2)]) == qualname:
                return start
            nesting.append((indent, [found.group(2)]))
            continue
        found = _DEF_HEAD.match(text)
        if found:
            nesting.append((indent, [found.group(2), '<locals>']))
    return None


def findsource(object):
    """All lines of object's source file and the index of its first line."""
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    home = getmodule(object, filename)
    if home is not None:
        lines = linecache.getlines(filename, home.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _find_class_line(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    code = _code_of(object)
    if code is not None:
        if not hasattr(code, 'co_firstlineno'):
            raise OSError('could not find function definition')
        index = code.co_firstlineno - 1
        while index > 0:
            if index >= len(lines):
                raise OSError('lineno is out of bounds')
            if _DEF_LINE.match(lines[index]):
                break
            index -= 1
        return lines, index
    raise OSError('could not find code object')


def getsourcelines(object):
    """The source lines of object and the (1-based) number of the first."""
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """The source text of object."""
    lines, _start = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above object's source (or at the top of a
    module), or None."""
    try:
        lines, index = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        pos = 1 if lines and lines[0][:2] == '#!' else 0
        while pos < len(lines) and lines[pos].strip() in ('', '#'):
            pos += 1
        gathered = []
        while pos < len(lines) and lines[pos][:1] == '#':
            gathered.append(lines[pos].expandtabs())
            pos += 1
        return ''.join(gathered) if gathered else None
    if index <= 0:
        return None
    margin = indentsize(lines[index])
    gathered = []
    pos = index - 1
    while pos >= 0:
        text = lines[pos].expandtabs().lstrip()
        if text[:1] != '#' or indentsize(lines[pos]) != margin:
            break
        gathered.insert(0, text)
        pos -= 1
    while gathered and gathered[0].strip() == '#':
        gathered.pop(0)
    while gathered and gathered[-1].strip() == '#':
        gathered.pop()
    return ''.join(gathered) if gathered else None


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of func (until stop(f) is true)."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (evaluating strings if eval_str)."""
    if isinstance(obj, type):
        space = getattr(obj, '__dict__', None)
        found = space.get('__annotations__') if space is not None and hasattr(space, 'get') else None
        home = sys.modules.get(obj.__module__, None)
        scope_globals = getattr(home, '__dict__', None)
        scope_locals = dict(vars(obj))
        target = obj
    elif ismodule(obj):
        found = getattr(obj, '__annotations__', None)
        scope_globals = getattr(obj, '__dict__', None)
        scope_locals = None
        target = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        scope_globals = getattr(obj, '__globals__', None)
        scope_locals = None
        target = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if target is not None:
        while True:
            if hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            elif isinstance(target, functools.partial):
                target = target.func
            else:
                break
        if hasattr(target, '__globals__'):
            scope_globals = target.__globals__
    if globals is None:
        globals = scope_globals
    if locals is None:
        locals = scope_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ------------------------------------------------------------------- frames

class _Position(tuple):
    """Where an instruction lies in its source: lineno, end_lineno,
    col_offset, end_col_offset (None where unknown)."""

    __slots__ = ()
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return 'Positions(' + ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, self)) + ')'


_TracebackBase = collections.namedtuple(
    '_Traceback', 'filename lineno function code_context index')
_FrameInfoBase = collections.namedtuple(
    '_FrameInfo', 'frame filename lineno function code_context index')


class Traceback(_TracebackBase):
    """What getframeinfo() reports about one frame."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


class FrameInfo(_FrameInfoBase):
    """One entry of stack(), trace(), getouterframes(), getinnerframes()."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def getframeinfo(frame, context=1):
    """A Traceback tuple for a frame or traceback: file, line, function
    and `context` lines of source around the line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    elif isframe(frame):
        lineno = frame.f_lineno
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, _index = findsource(frame)
        except OSError:
            shown = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            shown = lines[start:start + context]
            index = lineno - 1 - start
    else:
        shown = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, shown, index,
                     positions=_Position(lineno, lineno))


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


def _frame_entry(frame, context, lineno=None):
    info = getframeinfo(frame, context)
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo entries from frame outwards to the outermost caller."""
    entries = []
    while frame:
        entries.append(_frame_entry(frame, context))
        frame = frame.f_back
    return entries


def getinnerframes(tb, context=1):
    """FrameInfo entries from a traceback's frame inwards to where the
    exception was raised."""
    entries = []
    while tb:
        info = getframeinfo(tb, context)
        entries.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return entries


def stack(context=1):
    """FrameInfo entries of the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo entries of the exception being handled, outermost first."""
    return getinnerframes(sys.exc_info()[2], context)


# ------------------------------------------------------------ arg specs

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    plain = list(names[:npos + nkw])
    at = npos + nkw
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[at]
        at += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[at]
    return Arguments(plain, varargs, varkw)


def getargvalues(frame):
    """ArgInfo of a frame: its argument names and its locals."""
    names, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(names, varargs, varkw, frame.f_locals)


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a FullArgSpec."""
    try:
        sig = _signature_of(func, follow_wrapped=False, drop_bound=False, sigcls=Signature)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    posonly = []
    args = []
    varargs = varkw = None
    kwonly = []
    defaults = ()
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
            (posonly if kind is _POSITIONAL_ONLY else args).append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonly + args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, annotations)


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1] if len(quoted) == 2 \
        else ', '.join(quoted[:-2]) + ', ' + quoted[-2] + ' and ' + quoted[-1]


def _report_missing(fname, names, positional, bound):
    absent = [name for name in names if name not in bound]
    count = len(absent)
    raise TypeError("%s() missing %i required %s argument%s: %s" % (
        fname, count, "positional" if positional else "keyword-only",
        "" if count == 1 else "s", _name_list(absent)))


def _report_too_many(fname, names, kwonly, varargs, ndefaults, given, bound):
    least = len(names) - ndefaults
    kwonly_given = len([name for name in kwonly if name in bound])
    if varargs:
        plural = least != 1
        takes = "at least %d" % (least,)
    elif ndefaults:
        plural = True
        takes = "from %d to %d" % (least, len(names))
    else:
        plural = len(names) != 1
        takes = str(len(names))
    extra = ""
    if kwonly_given:
        extra = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" % (
        fname, takes, "s" if plural else "", given, extra,
        "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name -> value a call func(*positional, **named)
    would bind, or the TypeError the call would raise."""
    spec = getfullargspec(func)
    names, varargs, varkw, defaults, kwonly, kwdefaults, _ann = spec
    fname = func.__name__
    bound = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    nnames = len(names)
    ndefaults = len(defaults) if defaults else 0
    take = min(given, nnames)
    for pos in range(take):
        bound[names[pos]] = positional[pos]
    if varargs:
        bound[varargs] = tuple(positional[take:])
    accepted = set(names + kwonly)
    if varkw:
        bound[varkw] = {}
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, key))
            bound[varkw][key] = value
            continue
        if key in bound:
            raise TypeError('%s() got multiple values for argument %r' % (fname, key))
        bound[key] = value
    if given > nnames and not varargs:
        _report_too_many(fname, names, kwonly, varargs, ndefaults, given, bound)
    if given < nnames:
        required = names[:nnames - ndefaults]
        if any(name not in bound for name in required):
            _report_missing(fname, required, True, bound)
        for offset, name in enumerate(names[nnames - ndefaults:]):
            bound.setdefault(name, defaults[offset])
    lacking = False
    for name in kwonly:
        if name not in bound:
            if kwdefaults and name in kwdefaults:
                bound[name] = kwdefaults[name]
            else:
                lacking = True
    if lacking:
        _report_missing(fname, kwonly, False, bound)
    return bound


# --------------------------------------------------------------- signatures

def formatannotation(annotation, base_module=None):
    """How an annotation is written in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """Marker for "argument not given" in replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_WORDS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_WORDS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (the last two Parameter.empty when absent).  Immutable; see replace()."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden iterator argument of a comprehension's code.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'.format(kind.description))
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or (name in _KEYWORDS and kind is not _POSITIONAL_ONLY):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of this parameter with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        has_note = self._annotation is not _empty
        if has_note:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if has_note else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return self._key() == other._key()


class _ParameterMap(collections.abc.Mapping):
    """Read-only ordered view of a signature's parameters by name."""

    __slots__ = ('_table',)

    def __init__(self, table):
        self._table = table

    def __getitem__(self, name):
        return self._table[name]

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)

    def __contains__(self, name):
        return name in self._table

    def __eq__(self, other):
        if isinstance(other, _ParameterMap):
            other = other._table
        return self._table == other

    __hash__ = None

    def copy(self):
        return self._table.copy()

    def __str__(self):
        return repr(self._table)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._table,)


class BoundArguments:
    """The result of Signature.bind(): `arguments`, an ordered dict of
    parameter name -> value, plus `args`/`kwargs` to make the call with."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        collected = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                collected.extend(value)
            else:
                collected.append(value)
        return tuple(collected)

    @property
    def kwargs(self):
        collected = {}
        by_keyword = False
        for name, param in self._signature.parameters.items():
            if not by_keyword:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    by_keyword = True
                elif name not in self.arguments:
                    # Every later argument must be passed by keyword.
                    by_keyword = True
                    continue
            if not by_keyword or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                collected.update(value)
            else:
                collected[name] = value
        return collected

    def apply_defaults(self):
        """Fill in the defaults of missing arguments ((), {} for *args, **kwargs)."""
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(name, value) for name, value in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


class Signature:
    """The parameters of a callable (an ordered mapping `parameters`) and
    its `return_annotation`.  Immutable; see replace()."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                highest = _POSITIONAL_ONLY
                defaulted = False
                for param in parameters:
                    kind = param.kind
                    if kind < highest:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                         .format(highest.description, kind.description))
                    highest = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is not _empty:
                            defaulted = True
                        elif defaulted:
                            raise ValueError('non-default argument follows default argument')
                    if param.name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                    table[param.name] = param
            else:
                for param in parameters:
                    table[param.name] = param
        self._parameters = _ParameterMap(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of a callable."""
        return _signature_of(obj, follow_wrapped=follow_wrapped, sigcls=cls,
                             globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters compare regardless of their order.
        ordered = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        named = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, named, self._return_annotation

    def __hash__(self):
        ordered, named, note = self._identity()
        return hash((ordered, frozenset(named.values()), note))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._identity() == other._identity()

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        pending = list(self.parameters.values())
        kwargs = dict(kwargs)
        at = 0
        # Positional arguments fill the parameters in order.
        for count, value in enumerate(args):
            if at >= len(pending) or pending[at].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            param = pending[at]
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[count:])
                at += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            bound[param.name] = value
            at += 1
        # The rest are matched by keyword.
        catch_all = None
        for param in pending[at:]:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(param.name))
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Map a call's arguments to the parameters; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __str__(self):
        pieces = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                pieces.append('*')
                star_due = False
            pieces.append(str(param))
        if slash_due:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _looks_like_function(obj):
    # Objects that quack like Python functions (Cython's, for one).
    if not callable(obj) or isclass(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    notes = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (notes is None or isinstance(notes, dict)))


def _is_native_callable(obj):
    return isinstance(obj, types.BuiltinFunctionType) or type(obj).__name__ in _BUILTIN_CALLABLE_NAMES


def _user_method(cls, name):
    # cls.name when it is written in Python (not a native slot wrapper).
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    return None if _is_native_callable(found) else found


def _without_first(sig):
    # The signature of a bound method: the first parameter is taken.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _from_function(sigcls, func, globals=None, locals=None, eval_str=False):
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    make = sigcls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for pos in range(npos):
        name = names[pos]
        kind = _POSITIONAL_ONLY if pos < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[pos - first_default] if pos >= first_default else _empty
        params.append(make(name, kind, default=default, annotation=notes.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(make(name, _VAR_POSITIONAL, annotation=notes.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(make(name, _VAR_KEYWORD, annotation=notes.get(name, _empty)))
    return sigcls(params, return_annotation=notes.get('return', _empty),
                  __validate_parameters__=duck)


def _from_partial(sig, part, leading=()):
    # What is left of sig once part.args and part.keywords are supplied:
    # positional ones disappear; keyword ones become defaults, and a
    # positional-or-keyword parameter given by keyword turns it and every
    # later one keyword-only (a later *args is then unreachable).
    given_args = leading + tuple(part.args or ())
    given_kwargs = part.keywords or {}
    try:
        bound = sig.bind_partial(*given_args, **given_kwargs)
    except TypeError as exc:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part)) from exc
    kept = []
    keyword_only_now = False
    for name, param in sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name not in given_kwargs:
                    continue
                keyword_only_now = True
                param = param.replace(default=value)
            elif param.kind is _KEYWORD_ONLY:
                param = param.replace(default=value)
        if keyword_only_now:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            elif param.kind is _VAR_POSITIONAL:
                continue
        kept.append(param)
    return sig.replace(parameters=kept)


# Signatures of the builtins module's functions, as CPython's text
# signatures give them (gilpy's natives carry none).
_BUILTIN_SIGNATURES = {
    '__import__': "(name, globals=None, locals=None, fromlist=(), level=0)",
    'abs': "(x, /)", 'aiter': "(async_iterable, /)", 'all': "(iterable, /)",
    'any': "(iterable, /)", 'ascii': "(obj, /)", 'bin': "(number, /)",
    'callable': "(obj, /)", 'chr': "(i, /)",
    'compile': "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, "
               "_feature_version=-1)",
    'delattr': "(obj, name, /)", 'divmod': "(x, y, /)",
    'eval': "(source, globals=None, locals=None, /)",
    'exec': "(source, globals=None, locals=None, /, *, closure=None)",
    'format': "(value, format_spec='', /)", 'globals': "()", 'hasattr': "(obj, name, /)",
    'hash': "(obj, /)", 'hex': "(number, /)", 'id': "(obj, /)", 'input': "(prompt='', /)",
    'isinstance': "(obj, class_or_tuple, /)", 'issubclass': "(cls, class_or_tuple, /)",
    'len': "(obj, /)", 'locals': "()", 'oct': "(number, /)",
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, "
            "closefd=True, opener=None)",
    'ord': "(c, /)", 'pow': "(base, exp, mod=None)",
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'repr': "(obj, /)", 'round': "(number, ndigits=None)", 'setattr': "(obj, name, value, /)",
    'sorted': "(iterable, /, *, key=None, reverse=False)", 'sum': "(iterable, /, start=0)",
}


def _known_text_signature(obj):
    text = getattr(obj, '__text_signature__', None)
    if text:
        return text
    name = getattr(obj, '__name__', None)
    import builtins
    if isinstance(name, str) and getattr(builtins, name, None) is obj:
        return _BUILTIN_SIGNATURES.get(name)
    return None


def _split_params(text):
    # Top-level comma separated pieces of a parameter list.
    pieces = []
    depth = 0
    quote = None
    current = ''
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if quote:
            if ch == '\\':
                current += text[pos:pos + 2]
                pos += 2
                continue
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            pieces.append(current.strip())
            current = ''
            pos += 1
            continue
        current += ch
        pos += 1
    if current.strip():
        pieces.append(current.strip())
    return pieces


def _from_text_signature(sigcls, text):
    make = sigcls._parameter_cls
    body = text.strip()[1:-1]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for piece in _split_params(body):
        if piece.startswith('$'):
            continue    # $module / $self / $type: the bound first argument
        if piece == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if piece == '*':
            kind = _KEYWORD_ONLY
            continue
        name, _eq, default_text = piece.partition('=')
        name = name.strip()
        default = _empty
        if default_text:
            default = eval(default_text, {'__builtins__': {}})
        if name.startswith('**'):
            params.append(make(name[2:], _VAR_KEYWORD))
        elif name.startswith('*'):
            params.append(make(name[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(make(name, kind, default=default))
    return sigcls(params)


def _signature_of(obj, *, follow_wrapped=True, drop_bound=True, globals=None,
                  locals=None, eval_str=False, sigcls):
    def inner(target):
        return _signature_of(target, follow_wrapped=follow_wrapped, drop_bound=drop_bound,
                             globals=globals, locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = inner(obj.__func__)
        return _without_first(sig) if drop_bound else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return inner(obj)

    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(declared))
        return declared

    partial_method = getattr(obj, '_partialmethod', None)
    if isinstance(partial_method, functools.partialmethod):
        sig = inner(partial_method.func)
        first = tuple(sig.parameters.values())[0]
        if first.kind is _VAR_POSITIONAL:
            return sig
        reduced = _from_partial(sig, partial_method, (None,))
        return reduced.replace(parameters=(first,) + tuple(reduced.parameters.values()))

    if isfunction(obj) or _looks_like_function(obj):
        return _from_function(sigcls, obj, globals=globals, locals=locals, eval_str=eval_str)

    if obj is object:
        return sigcls()

    if isinstance(obj, functools.partial):
        return _from_partial(inner(obj.func), obj)

    if _is_native_callable(obj):
        text = _known_text_signature(obj)
        if not text:
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        return _from_text_signature(sigcls, text)

    sig = None
    if isinstance(obj, type):
        meta_call = _user_method(type(obj), '__call__')
        if meta_call is not None:
            sig = inner(meta_call)
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            own = obj.__dict__
            if '__new__' in own:
                maker = new
            elif '__init__' in own:
                maker = init
            else:
                maker = new if new is not None else init
            if maker is not None:
                sig = inner(maker)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not _is_native_callable(obj):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = inner(call)
            except ValueError as exc:
                raise ValueError('no signature found for {!r}'.format(obj)) from exc

    if sig is not None:
        return _without_first(sig) if drop_bound else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# ---------------------------------------------------------------------------------------------
# The state of generators and coroutines, closures, frames.

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _run_state(running, suspended, frame, names):
    created, run, paused, closed = names
    if running:
        return run
    if suspended:
        return paused
    if frame is None:
        return closed
    return created


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a suspended generator ({} once it is closed)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine ({} once it is closed)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


def getabsfile(object, _filename=None):
    """The absolute, case-normalised path of the file an object was defined in."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function uses, sorted by where they resolve: its closure cells (nonlocals),
    its globals, the builtins, and names found nowhere (unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    namespace = func.__globals__
    builtins = namespace.get("__builtins__", {})
    if ismodule(builtins):
        builtins = builtins.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    pending = [code]
    while pending:
        current = pending.pop()
        for name in current.co_names:
            if name in ("None", "True", "False"):
                continue
            if name in namespace:
                found_globals[name] = namespace[name]
            elif name in builtins:
                found_builtins[name] = builtins[name]
            else:
                unbound.add(name)
        pending.extend(c for c in current.co_consts if iscode(c))
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """The arguments of the call a frame runs: (names, *args name, **kwargs name, f_locals)."""
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = code.co_varnames[count]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


# ------------------------------------------------------------- class listings

Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')

# The type of a builtin class's class methods (dict.fromkeys), where gilpy has one.
_CLASS_METHOD_DESCRIPTORS = getattr(types, 'ClassMethodDescriptorType', classmethod)


def _home_of(cls, name, value, class_bases, metamro):
    """The class (or metaclass) that `getattr(cls, name)` found `value` in, or None."""
    home = getattr(value, '__objclass__', None)
    if home in class_bases:
        return home
    found = None
    for candidate in class_bases:
        if getattr(candidate, name, None) is value:
            found = candidate
    for meta in metamro:
        try:
            seen = meta.__getattr__(cls, name)
        except AttributeError:
            continue
        if seen is value:
            found = meta
    return found


def classify_class_attrs(cls):
    """Return list of attribute-descriptor tuples.

    For each name in dir(cls), the return list contains a 4-tuple
    with these elements: name, kind ('class method', 'static method',
    'property', 'method' or 'data'), the class that defines it, and
    the object (from the class __dict__ where it is a descriptor).
    """
    mro = getmro(cls)
    metamro = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    class_bases = (cls,) + mro
    everywhere = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for key, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute) and value.fget is not None:
                names.append(key)
    result = []
    done = set()
    for name in names:
        home = None
        fetched = None
        raw = None
        if name not in done:
            try:
                if name == '__dict__':
                    raise AttributeError(name)
                fetched = getattr(cls, name)
            except Exception:
                pass
            else:
                home = _home_of(cls, name, fetched, class_bases, metamro)
        for base in everywhere:
            if name in base.__dict__:
                raw = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        value = fetched if fetched is not None else raw
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, value = 'static method', raw
        elif isinstance(raw, (classmethod, _CLASS_METHOD_DESCRIPTORS)):
            kind, value = 'class method', raw
        elif isinstance(raw, property):
            kind, value = 'property', raw
        elif isroutine(value):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, value))
        done.add(name)
    return result


def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    out = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """Arrange the given list of classes into a hierarchy of nested lists.

    Where a nested list appears, it contains classes derived from the class
    whose entry immediately precedes the list.  Each entry is a 2-tuple
    containing a class and a tuple of its base classes.  If the 'unique'
    argument is true, exactly one entry appears in the returned structure
    for each class in the given list.  Otherwise, classes using multiple
    inheritance and their descendants will appear multiple times."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for parent in c.__bases__:
            kids = children.setdefault(parent, [])
            if c not in kids:
                kids.append(c)
            if unique and parent in classes:
                break
    roots.extend(parent for parent in children if parent not in classes)
    return walktree(roots, children, None)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by getargvalues.

    The first four arguments are (args, varargs, varkw, locals).  The
    next four arguments are the corresponding optional formatting functions
    that are called to turn names and values into strings.  The ninth
    argument is an optional function to format the sequence of arguments."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class ClassFoundException(Exception):
    pass


# file name -> module name, for the modules getmodule() has looked at.
modulesbyfile = {}
