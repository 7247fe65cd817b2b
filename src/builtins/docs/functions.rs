//! The docstrings of the functions in `builtins` (`len.__doc__`, what `help(len)` shows under
//! the signature), in our own words.

/// `(name, doc)`, by name.
pub static FUNCTIONS: &[(&str, &str)] = &[
    ("abs", "Give the absolute value (the distance from zero) of the argument."),
    ("aiter", "Give an asynchronous iterator for an asynchronous iterable (its __aiter__)."),
    ("all", "True when every item of the iterable is true (also when it is empty)."),
    (
        "anext",
        "Give an awaitable for the next item of an asynchronous iterator.\n\nWith a default, that value is the result once the iterator is exhausted instead of\nStopAsyncIteration.",
    ),
    ("any", "True when some item of the iterable is true (False when it is empty)."),
    ("ascii", "Like repr(), but non-ASCII characters are written with \\x, \\u or \\U escapes."),
    ("bin", "The binary text of an integer, with a '0b' prefix.\n\n   >>> bin(10)\n   '0b1010'"),
    ("breakpoint", "Stop in the debugger here: calls sys.breakpointhook(*args, **kws)\n(pdb.set_trace unless PYTHONBREAKPOINT or the hook says otherwise)."),
    ("callable", "True when the object can be called (a function, a class, an instance with\n__call__)."),
    ("chr", "The one-character string of a Unicode code point; 0 <= i <= 0x10ffff."),
    (
        "compile",
        "Turn source text (or an AST) into a code object that exec() or eval() runs.\n\nmode is 'exec' for statements, 'eval' for one expression, 'single' for one\ninteractive statement. flags and dont_inherit choose the compiler features;\noptimize is the -O level (-1: the interpreter's).",
    ),
    ("delattr", "Remove the named attribute of an object: delattr(x, 'y') is del x.y."),
    (
        "dir",
        "dir([object]) -> list of names, sorted\n\nWithout an argument: the names in the current scope. With one: the attributes\nof the object (its __dir__ when it has one; for a module its namespace; for a\nclass its attributes and its bases'; otherwise the instance's, its class's and\nthe bases').",
    ),
    ("divmod", "The pair (x // y, x % y), with x == (x // y) * y + x % y."),
    (
        "eval",
        "Evaluate one expression given as a string (or a code object) and give its\nvalue.\n\nglobals is a dict and locals any mapping; both default to the caller's\nnamespaces, and locals to globals when only globals is given.",
    ),
    (
        "exec",
        "Run statements given as a string (or a code object).\n\nglobals is a dict and locals any mapping; both default to the caller's\nnamespaces, and locals to globals when only globals is given. closure gives\nthe cells of a code object's free variables.",
    ),
    (
        "format",
        "Format a value by a format specification: type(value).__format__(value,\nformat_spec). See the 'Format Specification Mini-Language' for the spec's\nsyntax.",
    ),
    (
        "getattr",
        "getattr(object, name[, default]) -> value\n\nThe named attribute of an object: getattr(x, 'y') is x.y. When the attribute is\nmissing the default is the result if given, otherwise AttributeError is raised.",
    ),
    ("globals", "The dictionary of the current module's namespace.\n\nChanges to it are changes to the global variables, and the other way round."),
    ("hasattr", "True when the object has the named attribute (getattr(obj, name) does not\nraise AttributeError)."),
    ("hash", "The hash value of an object.\n\nObjects that compare equal have the same hash; the converse need not hold."),
    ("hex", "The hexadecimal text of an integer, with a '0x' prefix.\n\n   >>> hex(255)\n   '0xff'"),
    ("id", "The object's identity: a number unique among the objects alive at the same\ntime (gilpy: its address)."),
    (
        "input",
        "Read one line from standard input, without its trailing newline.\n\nThe prompt, when given, is written to standard output first. At the end of the\ninput EOFError is raised.",
    ),
    (
        "isinstance",
        "True when obj is an instance of the class (or a subclass of it).\n\nA tuple of classes, as in isinstance(x, (A, B, ...)), or a union A | B, tests\neach; the class's __instancecheck__ can decide otherwise.",
    ),
    (
        "issubclass",
        "True when cls is the class given or derives from it.\n\nA tuple of classes, as in issubclass(x, (A, B, ...)), or a union A | B, tests\neach; the class's __subclasscheck__ can decide otherwise.",
    ),
    (
        "iter",
        "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nAn iterator over the iterable; or, in the second form, one that calls the\ncallable until it returns the sentinel.",
    ),
    ("len", "The number of items in a container."),
    ("locals", "A dictionary of the current scope's local variables.\n\nWhether changes to it reach the variables depends on the scope; do not rely on\nit."),
    (
        "max",
        "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nThe largest item of one iterable, or the largest of two or more arguments.\ndefault is the result for an empty iterable; key computes what is compared.",
    ),
    (
        "min",
        "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nThe smallest item of one iterable, or the smallest of two or more arguments.\ndefault is the result for an empty iterable; key computes what is compared.",
    ),
    (
        "next",
        "next(iterator[, default])\n\nThe iterator's next item. When it is exhausted the default is the result if\ngiven, otherwise StopIteration is raised.",
    ),
    ("oct", "The octal text of an integer, with a '0o' prefix.\n\n   >>> oct(8)\n   '0o10'"),
    (
        "open",
        "Open a file and give a stream over it; OSError when that fails.\n\nfile is a path (str or bytes) or an open file descriptor. mode: 'r' read\n(the default), 'w' write (emptying the file first), 'x' create (failing if it\nexists), 'a' append, with 'b' for bytes instead of text, 't' for text (the\ndefault) and '+' for reading and writing. buffering: 0 unbuffered (binary\nonly), 1 line-buffered (text only), a larger number a buffer size. encoding\nand errors say how text is decoded and encoded; newline how line endings are\ntranslated. closefd=False keeps a given descriptor open when the file is\nclosed; opener is a callable giving a descriptor for (path, flags).",
    ),
    ("ord", "The Unicode code point of a one-character string."),
    ("pow", "base ** exp, or with mod, base ** exp % mod computed without the large\nintermediate power (modular exponentiation)."),
    (
        "print",
        "Write the values to a stream (sys.stdout by default), sep between them and\nend after the last.\n\n  sep\n    put between values, a space by default.\n  end\n    put after the last value, a newline by default.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to flush the stream afterwards.",
    ),
    ("repr", "The canonical text of an object.\n\nFor many types eval(repr(obj)) == obj."),
    ("round", "Round a number to ndigits digits after the point (to an integer when ndigits\nis omitted or None; halves go to the even neighbour)."),
    ("setattr", "Set the named attribute of an object: setattr(x, 'y', v) is x.y = v."),
    (
        "sorted",
        "A new list of the iterable's items in ascending order.\n\nkey computes what is compared; reverse=True gives descending order. The sort is\nstable: equal items keep their order.",
    ),
    ("sum", "start (default 0) plus every item of the iterable.\n\nMeant for numbers: strings are refused (use ''.join)."),
    ("vars", "vars([object]) -> dictionary\n\nWithout an argument, as locals(); with one, its __dict__."),
];
