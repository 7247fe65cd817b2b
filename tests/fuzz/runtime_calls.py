# The runtime fuzzer's driver (run by tests/fuzz.rs in a child process, under gilpy, and under
# python3 to tell a shared hang from a gilpy one). It finds every builtin function, every method of
# the built-in types and every function of the native modules by introspection, and calls them with
# edge arguments: none, too many, wrong types, huge and negative ints, NaN, empty and huge sizes.
# Exceptions are expected and swallowed; what must never happen is a panic, a signal or a hang.
#
#   FUZZ_TARGET  builtins | type:NAME | module:NAME | list (print the targets this interpreter has:
#                builtins, every built-in type, every module it can import, by introspection)
#   FUZZ_SEED    seed of the argument choices (the driver's own generator: same under python3)
#   FUZZ_CALLS   how many calls        FUZZ_START  first call to make (after a hang, the next one)
#   FUZZ_ONLY    make only this call (by number), FUZZ_LABEL naming its callable: how the harness asks
#                python3 about one hang (the arguments of call N depend on N alone, not on which
#                callables an interpreter has)
#   FUZZ_SHOW    also print each call's arguments (to reproduce a failure by hand)
import os
import sys

try:
    import builtins
    BUILTINS = vars(builtins)
except ImportError:
    BUILTINS = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)

# Calls that end, block or change the process itself, or turn the fuzzer against itself: not
# bugs when they "misbehave". Everything else found by introspection is called.
DENY = {
    "builtins": {"exit", "quit", "help", "breakpoint", "input", "open", "print", "copyright", "credits", "license"},
    "sys": {"exit", "_exit", "settrace", "setprofile", "setrecursionlimit", "set_int_max_str_digits", "setswitchinterval",
            "breakpointhook", "displayhook", "excepthook", "unraisablehook", "_clear_type_cache", "set_asyncgen_hooks",
            "setdlopenflags", "activate_stack_trampoline"},
    "time": {"sleep", "tzset"},
    # gilpy's native half of time (python3 has no _time to compare a hang with): sleep(2**31)
    # sleeps as long under any interpreter.
    "_time": {"sleep", "tzset"},
    "gil": {"_panic_for_tests", "set_interval", "set_policy"},
    "_gil": {"_panic_for_tests", "set_interval", "set_policy"},
    # gilpy's helper behind bz2/lzma/gzip open() (python3 has none to compare with): `"t" in mode`
    # with a range of 2**64 ints for mode searches it item by item, as python3's bz2.open does.
    "_compression": {"check_text_args"},
    "random": {"seed"},
    "resource": {"setrlimit", "prlimit"},
    "gc": {"freeze"},
    "os.path": set(),
}
# Modules not fuzzed as a whole: they end, signal, fork or re-plumb the process by design (os is
# reached through os.path; its descriptors and processes are other tests' work), or wait on the
# network or a terminal (a call there hangs python3 as much, and each such hang costs a time limit).
DENY_MODULES = {
    "os", "posix", "signal", "_signal", "faulthandler", "subprocess", "_posixsubprocess", "multiprocessing",
    "_multiprocessing", "_posixshmem", "pty", "tty", "getpass", "this", "antigravity", "socket", "_socket",
    "socketserver", "selectors", "select", "asyncio", "http", "urllib", "concurrent", "webbrowser", "code",
    "cmd", "pdb", "timeit", "sched", "site", "gil", "_gil", "_os", "_thread", "threading", "_resource",
}
SEED = int(os.environ.get("FUZZ_SEED", "1"))
CALLS = int(os.environ.get("FUZZ_CALLS", "2000"))
START = int(os.environ.get("FUZZ_START", "0"))
ONLY = os.environ.get("FUZZ_ONLY")
TARGET = os.environ.get("FUZZ_TARGET", "builtins")


class Rand:
    """A small LCG: the same choices under every interpreter."""

    def __init__(self, seed):
        self.s = seed * 2654435761 % 2**32

    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) % 2**31
        return self.s % n


def edges():
    """A fresh list of edge values (fresh: calls may mutate them)."""
    return [
        None, True, False, 0, 1, -1, 2, 7, 255, 256, 65536, -65536, 2**31 - 1, 2**31, -2**31, 2**32, 2**62,
        2**63 - 1, 2**63, -2**63, 2**64, 10**30, -10**30, 10**400, 0.0, -0.0, 1.5, -2.5, 1e308, 1e-308,
        float("nan"), float("inf"), float("-inf"), "", "a", "abc", "ß", "\x00", "%s%d", "{0}{}", "{:>99999999999}",
        "é" * 3, "  padded  ", "1_000", "0x1f", "-12", "3.5e2", "nan",
        b"", b"abc", b"\x00\xff", b"a,b", [], [1, 2, 3], [[]], ["a", "b"], (), (1,), (1, "a"), ((),),
        {}, {"a": 1}, {1: 2}, set(), {1, 2}, frozenset({3}), range(0), range(5), slice(1, 5, 2), slice(None),
        slice(2**70), object(), object, int, str, type, len, lambda *a, **k: None, lambda: 1, iter([1, 2]),
        (i for i in range(3)), Exception("x"), ValueError,
    ] + optional_edges()


def optional_edges():
    """Edge values an interpreter may not be able to make yet (that is reported elsewhere)."""
    made = []
    for make in (lambda: range(-2**63, 2**63 - 1), lambda: range(0, 2**70, 3), lambda: BUILTINS["complex"](1, 2),
                 lambda: BUILTINS["bytearray"](b"xy"), lambda: BUILTINS["memoryview"](b"xyz")):
        try:
            made.append(make())
        except Exception:
            made.append(None)  # keeps the pool's length, so call N gets the same arguments everywhere
    return made


KW_NAMES = ["key", "reverse", "default", "sep", "end", "start", "base", "encoding", "errors", "maxsplit", "fillchar",
            "keepends", "ndigits", "strict", "flags", "x", "object"]


def list_targets():
    """Every target this interpreter has: the builtins, each built-in type (an exception class
    stands for its kind: BaseException only), and each module it can import of its standard
    library (python3's list of names, and the native modules those pull in), less DENY_MODULES."""
    import types
    found = ["builtins"]
    for n in sorted(BUILTINS):
        v = BUILTINS[n]
        if isinstance(v, type) and not n.startswith("_") and (not issubclass(v, BaseException) or v is BaseException):
            found.append(f"type:{n}")
    names = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)
    for n in sorted(names):
        if n in DENY_MODULES or n.split(".")[0] in DENY_MODULES:
            continue
        try:
            __import__(n)
        except BaseException:
            pass
    for n in sorted(sys.modules):
        if n.split(".")[0] in DENY_MODULES or n in ("builtins", "__main__") or n.startswith("encodings"):
            continue
        if isinstance(sys.modules[n], types.ModuleType):
            found.append(f"module:{n}")
    return found


def native_methods(label, cls):
    """The methods of a class a module defines natively (not functions written in Python)."""
    out = []
    for n in sorted(dir(cls)):
        if n in ("__class__", "__init_subclass__", "__subclasshook__", "__new__", "__init__", "__del__"):
            continue
        try:
            v = getattr(cls, n)
        except Exception:
            continue
        if callable(v) and type(v).__name__ not in ("function", "type"):
            out.append((f"{label}.{n}", v))
    return out


def discover():
    """(label, callable) pairs for the target, sorted by label so that runs are reproducible."""
    kind, _, name = TARGET.partition(":")
    found = []
    if kind == "builtins":
        for n in sorted(BUILTINS):
            v = BUILTINS[n]
            if callable(v) and n not in DENY["builtins"] and not n.startswith("__"):
                found.append((n, v))
    elif kind == "type":
        t = BUILTINS[name]
        samples = [v for v in edges() if type(v) is t] or [None]
        for n in sorted(dir(t)):
            if n in ("__class__", "__init_subclass__", "__subclasshook__"):
                continue
            try:
                unbound = getattr(t, n)
            except Exception:
                continue
            if callable(unbound):
                found.append((f"{name}.{n}", unbound))
                for i, s in enumerate(samples[:3]):
                    try:
                        bound = getattr(s, n)
                    except Exception:
                        continue
                    if callable(bound):
                        found.append((f"{name}[{i}].{n}", bound))
    elif kind == "module":
        __import__(name)
        mod = sys.modules[name]
        deny = DENY.get(name, set())
        for n in sorted(dir(mod)):
            if n in deny or n.startswith("__"):
                continue
            try:
                v = getattr(mod, n)
            except Exception:
                continue
            # A private helper written in Python (our .py modules' own, which python3 lacks) cannot
            # be judged: a hang there (a loop over range(2**70) it was handed) is no runtime
            # defect, and python3 has nothing to compare with. Its public callers are fuzzed.
            if n.startswith("_") and type(v).__name__ == "function":
                continue
            if callable(v) and not isinstance(v, type(sys)):
                found.append((f"{name}.{n}", v))
                # A class the module defines: its native methods too, called through the class.
                if isinstance(v, type) and getattr(v, "__module__", None) == name and not issubclass(v, BaseException):
                    found.extend(native_methods(f"{name}.{n}", v))
    else:
        raise SystemExit(f"unknown FUZZ_TARGET {TARGET!r}")
    return found


def arguments(rand):
    pool = edges()
    count = rand.below(5)
    args = [pool[rand.below(len(pool))] for _ in range(count)]
    kwargs = {}
    if rand.below(4) == 0:
        kwargs[KW_NAMES[rand.below(len(KW_NAMES))]] = pool[rand.below(len(pool))]
    return args, kwargs


def poke(result):
    """Exercise what a call returned: its repr, str, hash, truth and length."""
    for probe in (repr, str, hash, bool, len):
        try:
            probe(result)
        except Exception:
            pass


def show(value):
    """A short repr of call arguments (huge ints and strings cut)."""
    try:
        text = repr(value)
    except Exception as e:
        text = f"<unrepresentable: {type(e).__name__}>"
    return text if len(text) < 300 else text[:300] + "..."


# The driver reports on a descriptor of its own: a call handed 1 or 2 as a file (`open(1)`,
# a tar file's fileobj) closes it on the way out, as it would under python3.
REPORT = os.dup2(1, 1000)


def report(text):
    os.write(REPORT, (text + "\n").encode("utf-8", "backslashreplace"))


def main():
    if TARGET == "list":
        for t in list_targets():
            report(t)
        return
    targets = discover()
    if not targets:
        report(f"done {TARGET}: 0 calls (0 raised), 0 callables")
        return
    rand = Rand(SEED)
    plan = []
    for i in range(CALLS):
        label, fn = targets[rand.below(len(targets))]
        plan.append((label, fn, arguments(Rand(SEED * 1000003 + i))))
    if ONLY is not None:
        wanted = os.environ.get("FUZZ_LABEL")
        by_label = dict(targets)
        if wanted not in by_label:
            raise SystemExit(f"no callable {wanted!r} here")
        plan = [(wanted, by_label[wanted], arguments(Rand(SEED * 1000003 + int(ONLY))))]
    made = 0
    raised = 0
    for i, (label, fn, (args, kwargs)) in enumerate(plan):
        if ONLY is None and i < START:
            continue
        report(f"call {i} {label}")
        if os.environ.get("FUZZ_SHOW"):
            report(f"  args {show(args)} kwargs {show(kwargs)}")
        try:
            poke(fn(*args, **kwargs))
        except BaseException:
            # SystemExit from an argument parser, KeyboardInterrupt a call raised: all expected.
            raised += 1
        made += 1
    report(f"done {TARGET}: {made} calls ({raised} raised), {len(targets)} callables")


main()
