"""pickle: gilpy's object serialisation, byte-compatible with CPython 3.11's protocols 0-5.

The byte-level work is native (`_pickle`, src/modules/pickle/): writing built-in values,
memoising, framing, and running the opcodes on load. This module holds the policy Python code
may override or extend: how an object that is not a built-in value is reduced (copyreg's
dispatch table, `__reduce_ex__`/`__reduce__`, the default reduction of `object`), references
to classes and functions by module and qualified name, `find_class`, persistent ids, and the
Python 2 name mappings used with protocols 0-2.
"""

import sys
import copyreg
import _pickle
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """The base of this module's errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data is not a valid pickle, or names something that cannot be had."""


# The opcodes, as bytes constants, for code that inspects pickles by hand.
def _define_opcodes():
    names = ("MARK ( STOP . POP 0 POP_MARK 1 DUP 2 FLOAT F INT I BININT J BININT1 K LONG L "
             "BININT2 M NONE N PERSID P BINPERSID Q REDUCE R STRING S BINSTRING T "
             "SHORT_BINSTRING U UNICODE V BINUNICODE X APPEND a BUILD b GLOBAL c DICT d "
             "EMPTY_DICT } APPENDS e GET g BINGET h INST i LONG_BINGET j LIST l EMPTY_LIST ] "
             "OBJ o PUT p BINPUT q LONG_BINPUT r SETITEM s TUPLE t EMPTY_TUPLE ) SETITEMS u "
             "BINFLOAT G BINBYTES B SHORT_BINBYTES C").split()
    table = globals()
    for i in range(0, len(names), 2):
        table[names[i]] = names[i + 1].encode("ascii")
    wide = ["PROTO", "NEWOBJ", "EXT1", "EXT2", "EXT4", "TUPLE1", "TUPLE2", "TUPLE3", "NEWTRUE",
            "NEWFALSE", "LONG1", "LONG4", "SHORT_BINUNICODE", "BINUNICODE8", "BINBYTES8",
            "EMPTY_SET", "ADDITEMS", "FROZENSET", "NEWOBJ_EX", "STACK_GLOBAL", "MEMOIZE",
            "FRAME", "BYTEARRAY8", "NEXT_BUFFER", "READONLY_BUFFER"]
    for offset, name in enumerate(wide):
        table[name] = bytes([0x80 + offset])
    table["TRUE"] = b"I01\n"
    table["FALSE"] = b"I00\n"


_define_opcodes()
del _define_opcodes


# Python 2 names: what protocols 0-2 write for Python 3's (with fix_imports), and back.
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
    "DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning "
    "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
    "KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError"
).split()

_TO_PY2_MODULE = {
    "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
    "socketserver": "SocketServer", "configparser": "ConfigParser", "reprlib": "repr",
    "_thread": "thread", "_dummy_thread": "dummy_thread",
}
_TO_PY2_NAME = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
for _name in _PY2_EXCEPTIONS:
    _TO_PY2_NAME[("builtins", _name)] = ("exceptions", _name)

_FROM_PY2_MODULE = {old: new for new, old in _TO_PY2_MODULE.items()}
_FROM_PY2_MODULE["exceptions"] = "builtins"
_FROM_PY2_MODULE["cPickle"] = "pickle"
_FROM_PY2_MODULE["UserDict"] = "collections"
_FROM_PY2_MODULE["UserList"] = "collections"
_FROM_PY2_MODULE["UserString"] = "collections"
_FROM_PY2_NAME = {old: new for new, old in _TO_PY2_NAME.items()}
_FROM_PY2_NAME[("__builtin__", "basestring")] = ("builtins", "str")
_FROM_PY2_NAME[("exceptions", "StandardError")] = ("builtins", "Exception")
_FROM_PY2_NAME[("__builtin__", "unicode")] = ("builtins", "str")
_FROM_PY2_NAME[("__builtin__", "long")] = ("builtins", "int")
del _name


def _walk(root, dotted):
    """root's attribute at a dotted path, and the object that holds the last part."""
    parent = None
    obj = root
    for part in dotted.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(dotted, root))
        parent = obj
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(dotted, root)) from None
    return obj, parent


def _import(name):
    __import__(name, level=0)
    mod = sys.modules.get(name)
    if mod is None:
        import importlib
        mod = importlib.import_module(name)
    return mod


def _module_of(obj, name):
    """The name of the module obj can be found in (its __module__, else a search)."""
    found = getattr(obj, "__module__", None)
    if found is not None:
        return found
    import builtins
    try:
        if _walk(builtins, name)[0] is obj:
            return "builtins"
    except AttributeError:
        pass
    for mod_name, mod in list(sys.modules.items()):
        if mod_name == "__main__" or mod_name == "__mp_main__" or mod is None:
            continue
        try:
            if _walk(mod, name)[0] is obj:
                return mod_name
        except AttributeError:
            pass
    return "__main__"


def _defines(cls, attr):
    """Whether a class along cls's MRO other than object defines attr itself."""
    return _defines_beyond(cls, object, attr)


def _state_of(obj, proto):
    """What object.__getstate__ gives in 3.11: the instance dict (None when empty), paired
    with the set slot values when the class has __slots__."""
    cls = type(obj)
    if _defines(cls, "__getstate__"):
        return obj.__getstate__()
    own = getattr(obj, "__dict__", None)
    state = dict(own) if own else None
    names = copyreg._slotnames(cls)
    if names:
        values = {}
        for n in names:
            try:
                values[n] = getattr(obj, n)
            except AttributeError:
                pass
        if values:
            state = (state, values)
    return state


def _builtin_reduction(obj, proto):
    """The reduce values CPython's built-in types give, for types whose gilpy counterparts
    do not define __reduce__ themselves (None when obj is not one of them)."""
    import collections
    cls = type(obj)
    if obj is NotImplemented or obj is Ellipsis:
        return "NotImplemented" if obj is NotImplemented else "Ellipsis"
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is complex:
        return (complex, (obj.real, obj.imag))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    if isinstance(obj, BaseException):
        own = getattr(obj, "__dict__", None)
        if own:
            return (cls, obj.args, dict(own))
        return (cls, obj.args)
    if isinstance(obj, collections.deque):
        own = getattr(obj, "__dict__", None) or None
        args = () if obj.maxlen is None else ((), obj.maxlen)
        return (cls, args, own, iter(obj))
    if isinstance(obj, collections.OrderedDict) and not _defines_beyond(cls, collections.OrderedDict, "__reduce__"):
        own = getattr(obj, "__dict__", None) or None
        return (cls, (), own, None, iter(obj.items()))
    if isinstance(obj, collections.defaultdict) and not _defines_beyond(cls, collections.defaultdict, "__reduce__"):
        args = () if obj.default_factory is None else (obj.default_factory,)
        return (cls, args, None, None, iter(obj.items()))
    if isinstance(obj, collections.Counter) and not _defines_beyond(cls, collections.Counter, "__reduce__"):
        return (cls, (dict(obj),))
    if isinstance(obj, (set, frozenset)) and cls is not set and cls is not frozenset:
        own = getattr(obj, "__dict__", None) or None
        return (cls, (list(obj),), own)
    return None


def _defines_beyond(cls, stop, attr):
    """Whether a class along cls's MRO before `stop` defines attr itself."""
    for klass in cls.__mro__:
        if klass is stop:
            return False
        if attr in klass.__dict__:
            return True
    return False


_BUILTIN_NEWARGS = (int, float, str, bytes, tuple)


# Native classes whose instances object.__reduce_ex__ knows how to rebuild.
_PICKLABLE_NATIVE = (int, float, str, bytes, tuple, list, dict, set, frozenset, bytearray, complex,
                     BaseException)


def _refuse_native(obj, cls):
    """CPython's TypeError for an instance of a native class it cannot rebuild (locks, files,
    generators...): one with neither an instance dict nor slots to take its state from."""
    if cls is object or isinstance(obj, _PICKLABLE_NATIVE) or hasattr(obj, "__dict__"):
        return
    if any("__slots__" in klass.__dict__ for klass in cls.__mro__):
        return
    module = cls.__module__
    name = cls.__qualname__ if module == "builtins" else "%s.%s" % (module, cls.__qualname__)
    raise TypeError("cannot pickle %r object" % name)


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto) for an object whose class defines neither __reduce_ex__
    nor __reduce__."""
    cls = type(obj)
    _refuse_native(obj, cls)
    if proto >= 2:
        kwargs = None
        if hasattr(obj, "__getnewargs_ex__"):
            pair = obj.__getnewargs_ex__()
            if not isinstance(pair, tuple):
                raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(pair).__name__)
            if len(pair) != 2:
                raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(pair))
            args, kwargs = pair
            if not isinstance(args, tuple):
                raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'" % type(kwargs).__name__)
        elif hasattr(obj, "__getnewargs__"):
            args = obj.__getnewargs__()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = ()
            for base in _BUILTIN_NEWARGS:
                if isinstance(obj, base):
                    args = (base(obj),)
                    break
        state = _state_of(obj, proto)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if kwargs:
            return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
        return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)
    # Protocols 0 and 1: copyreg's _reconstructor with the nearest built-in base.
    base = object
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    if _defines(cls, "__getstate__"):
        own = obj.__getstate__()
    else:
        if copyreg._slotnames(cls) and getattr(obj, "__dict__", None) is None:
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        own = getattr(obj, "__dict__", None)
    if own:
        return (copyreg._reconstructor, args, own)
    return (copyreg._reconstructor, args)


def _reduce_ex(obj, proto):
    cls = type(obj)
    if _defines(cls, "__reduce_ex__"):
        return obj.__reduce_ex__(proto)
    if _defines(cls, "__reduce__"):
        return obj.__reduce__()
    special = _builtin_reduction(obj, proto)
    if special is not None:
        return special
    return _default_reduce(obj, proto)


class _CodecsEncode:
    """Stands for _codecs.encode in the reduction of bytes at protocols 0-2."""


_codecs_encode = _CodecsEncode()
_function_types = (type(_walk), type(len))


class _Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.fix_imports = fix_imports and protocol < 3
        self.bin = protocol >= 1
        self.fast = 0
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._file_write(self._dumps(obj))

    def _dumps(self, obj):
        return _pickle.dumps(obj, self.proto, self, getattr(self, "persistent_id", None), PicklingError)

    # Called by the native writer for every value it does not write itself.
    def _reduce_for(self, obj):
        proto = self.proto
        cls = type(obj)
        if obj is _codecs_encode:
            return (0, "_codecs", "encode")
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                return self._plan(obj, rv, "reducer_override")
        if cls is bytes:
            # Only protocols 0-2 get here.
            if not obj:
                return (1, bytes, ())
            return (1, _codecs_encode, (str(obj, "latin1"), "latin1"))
        if obj is type(None):
            return (1, type, (None,))
        if obj is type(NotImplemented):
            return (1, type, (NotImplemented,))
        if obj is type(...):
            return (1, type, (...,))
        table = getattr(self, "dispatch_table", dispatch_table)
        reducer = table.get(cls)
        if reducer is not None:
            rv = reducer(obj)
        elif isinstance(obj, type):
            return self._global(obj)
        elif isinstance(obj, _function_types) and not hasattr(obj, "__self__") or cls is type(len):
            return self._global(obj)
        else:
            if cls is set or cls is frozenset:
                rv = (cls, (list(obj),), None)
            elif cls.__name__ == "bytearray" and cls.__module__ == "builtins":
                rv = (cls, (bytes(obj),), getattr(obj, "__dict__", None) or None)
            else:
                rv = _reduce_ex(obj, proto)
        if isinstance(rv, str):
            return self._global(obj, rv)
        return self._plan(obj, rv, "__reduce__")

    def _plan(self, obj, rv, origin):
        if isinstance(rv, str):
            return self._global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return a string or tuple" % origin)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by %s must contain 2 through 6 elements" % origin)
        func, args = rv[0], rv[1]
        rest = tuple(rv[2:]) + (None,) * (6 - len(rv))
        state, listitems, dictitems, setter = rest
        if not callable(func) and func is not _codecs_encode:
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s" % type(dictitems).__name__)
        if setter is not None and not callable(setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s" % type(setter).__name__)
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s" % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                return (3, cls, cargs, kwargs, state, listitems, dictitems, setter)
            import functools
            return (1, functools.partial(cls.__new__, cls, *cargs, **kwargs), (), state, listitems, dictitems, setter)
        if self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            return (2, cls, args[1:], state, listitems, dictitems, setter)
        return (1, func, args, state, listitems, dictitems, setter)

    def _global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = _module_of(obj, name)
        try:
            module = _import(module_name)
        except (ImportError, KeyError, ValueError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            found, parent = _walk(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                return (4, code)
        last = name.rpartition(".")[2]
        if self.proto >= 4:
            return (0, module_name, name)
        if parent is not module:
            return (1, getattr, (parent, last))
        if self.fix_imports:
            key = (module_name, name)
            if key in _TO_PY2_NAME:
                module_name, name = _TO_PY2_NAME[key]
            elif module_name in _TO_PY2_MODULE:
                module_name = _TO_PY2_MODULE[module_name]
        try:
            module_name.encode("ascii")
            name.encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i" % (module_name, name, self.proto)) from None
        return (0, module_name, name)


class _Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file = file
        self._pending = b""
        self._pos = 0
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        file = self._file
        if not hasattr(file, "read") or not hasattr(file, "readline"):
            raise TypeError("file must have 'read' and 'readline' attributes")
        data = self._pending[self._pos:]
        start = None
        try:
            start = file.tell()
        except Exception:
            start = None
        more = file.read()
        if more:
            data = bytes(data) + bytes(more)
        self._pending = data
        self._pos = 0
        value, end = _pickle.loads(data, 0, self, UnpicklingError)
        if start is not None and not self._pending[:0] and hasattr(file, "seek"):
            try:
                file.seek(start + end)
                self._pending = b""
                return value
            except Exception:
                pass
        self._pos = end
        return value

    def _load_bytes(self, data):
        value, end = _pickle.loads(data, 0, self, UnpicklingError)
        return value

    def find_class(self, module, name):
        sys.audit("pickle.find_class", module, name) if hasattr(sys, "audit") else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _FROM_PY2_NAME:
                module, name = _FROM_PY2_NAME[(module, name)]
            elif module in _FROM_PY2_MODULE:
                module = _FROM_PY2_MODULE[module]
        if module == "_codecs" and name == "encode":
            return _pickle.encode_text
        mod = _import(module)
        if self.proto >= 4:
            return _walk(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    # Called by the native reader.
    def _persistent_ready(self):
        if getattr(type(self), "persistent_load", None) is _Unpickler.persistent_load and "persistent_load" not in self.__dict__:
            self.persistent_load(None)

    def _persistent(self, pid):
        return self.persistent_load(pid)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            try:
                return cls(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (cls.__name__, str(err))) from None
        return cls.__new__(cls)

    def _extension(self, code):
        if code in _extension_cache:
            return _extension_cache[code]
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        return obj

    def _decode_str8(self, raw):
        if self.encoding == "bytes":
            return raw
        return raw.decode(self.encoding, self.errors)


Pickler = _Pickler
Unpickler = _Unpickler


class _Sink:
    def write(self, data):
        pass


_sink = _Sink()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _Pickler(_sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)._dumps(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        data = bytes(data)
    unpickler = _Unpickler(None, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    return unpickler._load_bytes(data)
