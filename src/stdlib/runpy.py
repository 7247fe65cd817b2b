"""runpy for gilpy: run a module found on sys.path, or a file or folder, as a script.

run_module(name) finds the module with importlib's finders and runs its code in a fresh
namespace (a package runs its __main__ submodule); run_path(path) runs a source file, or the
__main__.py of a folder. Both return the namespace the code ran in. (The command line's `-m`
is handled natively by gilpy itself.)
"""

import importlib.machinery
import importlib.util
import io
import os
import sys
import types

__all__ = ["run_module", "run_path"]


class _TempModule:
    """Puts a fresh module in sys.modules under a name for the duration of a with block."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = types.ModuleType(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0:
    """Sets sys.argv[0] for the duration of a with block."""

    def __init__(self, value):
        self.value = value
        self._saved = self._sentinel = object()

    def __enter__(self):
        if self._saved is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
               script_name=None):
    """Runs code in run_globals after setting the module attributes a script sees."""
    run_globals.update(init_globals or {})
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None, script_name=None):
    """Runs code in a temporary module (sys.modules and sys.argv[0] set) and returns a copy of
    its namespace."""
    shown_path = mod_spec.origin if mod_spec is not None else script_name
    with _TempModule(mod_name) as temp, _ModifiedArgv0(shown_path):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _find_module_code(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        already = sys.modules.get(mod_name)
        if already is not None and not hasattr(already, "__path__"):
            from warnings import warn
            msg = ("{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but prior to "
                   "execution of {mod_name!r}; this may result in unpredictable behaviour"
                   .format(mod_name=mod_name, pkg_name=pkg_name))
            warn(RuntimeWarning(msg))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as problem:
        text = "Error while finding module specification for %r (%s: %s)" % (mod_name, type(problem).__name__,
                                                                               problem)
        if mod_name.endswith(".py"):
            text += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(text) from problem
    if spec is None:
        raise error("No module named %s" % mod_name)
    is_package = spec.submodule_search_locations is not None
    if is_package:
        if mod_name.rpartition(".")[2] == "__main__":
            raise error("Cannot use package as __main__ module")
        try:
            main_name = mod_name + ".__main__"
            return _find_module_code(main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    get_code = getattr(loader, 'get_code', None)
    code = None
    if get_code is not None:
        try:
            code = get_code(mod_name)
        except ImportError as e:
            raise error(format(e)) from e
    if code is None:
        source = getattr(loader, 'get_source', None)
        text = source(mod_name) if source is not None else None
        if text is None:
            raise error("No code object available for %s" % mod_name)
        code = compile(text, spec.origin or mod_name, 'exec')
    return mod_name, spec, code


class _Error(Exception):
    """What the command line's -m reports without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs a module as __main__ (what `-m` does)."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _find_module_code(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _find_main_code(_Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    namespace = vars(sys.modules["__main__"])
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, namespace, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the module called mod_name (a package: its __main__ submodule) and returns the
    namespace it ran in. run_name defaults to the module's name; alter_sys puts the module in
    sys.modules and sys.argv[0] while it runs."""
    mod_name, mod_spec, code = _find_module_code(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _find_main_code(error=ImportError):
    main_name = "__main__"
    saved = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _find_module_code(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved


def _compile_file(run_name, fname):
    with io.open_code(os.path.abspath(fname)) if hasattr(io, 'open_code') else open(os.path.abspath(fname), 'rb') as f:
        code = compile(f.read(), fname, 'exec')
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the file at path_name (or a folder's __main__.py) and returns the namespace it ran
    in; run_name defaults to '<run_path>'."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    if os.path.isdir(path_name):
        sys.path.insert(0, path_name)
        try:
            with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
                saved_main = sys.modules.pop("__main__", None)
                try:
                    mod_name, mod_spec, code = _find_main_code()
                finally:
                    if saved_main is not None:
                        sys.modules["__main__"] = saved_main
                namespace = temp.module.__dict__
                return _run_code(code, namespace, init_globals, run_name, mod_spec, package).copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code, fname = _compile_file(run_name, path_name)
    return _run_module_code(code, init_globals, run_name, pkg_name=package, script_name=fname)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
