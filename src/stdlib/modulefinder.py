"""Find the modules a script imports, without running it: each module's code is compiled and
its instructions scanned for imports (IMPORT_NAME with the fromlist loaded before it) and for
the global names it stores; the modules found are scanned in turn.

gilpy scans its own bytecode (dis.get_instructions), where a relative import's level is
written as leading dots in the IMPORT_NAME operand. Modules of the embedded standard library
are found as frozen modules: they are listed but, having no file, not scanned further."""

import dis
import importlib.machinery
import io
import os
import sys


# The kinds of module _find_module reports (the old imp module's constants).
_SEARCH_ERROR = 0
_PY_SOURCE = 1
_PY_COMPILED = 2
_C_EXTENSION = 3
_PKG_DIRECTORY = 5
_C_BUILTIN = 6
_PY_FROZEN = 7

# Extra __path__ entries of packages that extend their path at run time: package -> folders.
packagePathMap = {}


def AddPackagePath(packagename, path):
    packagePathMap.setdefault(packagename, []).append(path)


# Packages installed under another name at run time: real name -> name to report.
replacePackageMap = {}


def ReplacePackage(oldname, newname):
    replacePackageMap[oldname] = newname


def _find_module(name, path=None):
    """(open file or None, path, (suffix, mode, kind)) for `name` on `path`."""
    machinery = importlib.machinery
    machinery.PathFinder.invalidate_caches()
    spec = machinery.PathFinder.find_spec(name, path)
    if spec is None:
        raise ImportError('No module named {name!r}'.format(name=name), name=name)
    loader = spec.loader
    if loader is machinery.BuiltinImporter:
        return None, None, ('', '', _C_BUILTIN)
    if loader is machinery.FrozenImporter:
        return None, None, ('', '', _PY_FROZEN)
    origin = spec.origin
    if loader is None or not hasattr(loader, 'is_package'):
        # A namespace package has no single file.
        return None, None, ('', '', _SEARCH_ERROR)
    if loader.is_package(name):
        return None, os.path.dirname(origin), ('', '', _PKG_DIRECTORY)
    if isinstance(loader, machinery.SourceFileLoader):
        kind = _PY_SOURCE
    elif isinstance(loader, getattr(machinery, 'ExtensionFileLoader', ())):
        kind = _C_EXTENSION
    elif isinstance(loader, getattr(machinery, 'SourcelessFileLoader', ())):
        kind = _PY_COMPILED
    else:
        return None, None, ('', '', _SEARCH_ERROR)
    stream = io.open_code(origin)
    return stream, origin, (os.path.splitext(origin)[-1], 'rb', kind)


class Module:

    def __init__(self, name, file=None, path=None):
        self.__name__ = name
        self.__file__ = file
        self.__path__ = path
        self.__code__ = None
        # Names the module binds at its top level, and the modules it star-imports from that
        # could not be scanned (so its globals are not all known).
        self.globalnames = {}
        self.starimports = {}

    def __repr__(self):
        text = 'Module(%r' % (self.__name__,)
        if self.__file__ is not None:
            text += ', %r' % (self.__file__,)
        if self.__path__ is not None:
            text += ', %r' % (self.__path__,)
        return text + ')'


def _import_level(name):
    """gilpy writes `from ..a import b` as IMPORT_NAME '..a': (level, name)."""
    bare = name.lstrip('.')
    return len(name) - len(bare), bare


class ModuleFinder:

    def __init__(self, path=None, debug=0, excludes=None, replace_paths=None):
        self.path = sys.path if path is None else path
        self.modules = {}
        self.badmodules = {}
        self.debug = debug
        self.indent = 0
        self.excludes = excludes if excludes is not None else []
        self.replace_paths = replace_paths if replace_paths is not None else []
        self.processed_paths = []

    # ---- debugging output

    def msg(self, level, str, *args):
        if level <= self.debug:
            print('   ' * self.indent, end=' ')
            print(str, *(repr(a) for a in args))

    def msgin(self, *args):
        if args[0] <= self.debug:
            self.indent += 1
            self.msg(*args)

    def msgout(self, *args):
        if args[0] <= self.debug:
            self.indent -= 1
            self.msg(*args)

    # ---- entry points

    def run_script(self, pathname):
        self.msg(2, 'run_script', pathname)
        with io.open_code(pathname) as stream:
            self.load_module('__main__', stream, pathname, ('', 'rb', _PY_SOURCE))

    def load_file(self, pathname):
        name = os.path.splitext(os.path.basename(pathname))[0]
        with io.open_code(pathname) as stream:
            self.load_module(name, stream, pathname, (os.path.splitext(pathname)[1], 'rb', _PY_SOURCE))

    # ---- resolving an import statement

    def import_hook(self, name, caller=None, fromlist=None, level=-1):
        self.msg(3, 'import_hook', name, caller, fromlist, level)
        parent = self.determine_parent(caller, level=level)
        head, tail = self.find_head_package(parent, name)
        module = self.load_tail(head, tail)
        if not fromlist:
            return head
        if module.__path__:
            self.ensure_fromlist(module, fromlist)
        return None

    def determine_parent(self, caller, level=-1):
        self.msgin(4, 'determine_parent', caller, level)
        if not caller or level == 0:
            self.msgout(4, 'determine_parent -> None')
            return None
        pname = caller.__name__
        if level >= 1:
            if caller.__path__:
                level -= 1
            if level == 0:
                parent = self.modules[pname]
                self.msgout(4, 'determine_parent ->', parent)
                return parent
            if pname.count('.') < level:
                raise ImportError('relative importpath too deep')
            parent = self.modules['.'.join(pname.split('.')[:-level])]
            self.msgout(4, 'determine_parent ->', parent)
            return parent
        if caller.__path__:
            parent = self.modules[pname]
        elif '.' in pname:
            parent = self.modules[pname.rpartition('.')[0]]
        else:
            parent = None
        self.msgout(4, 'determine_parent ->', parent)
        return parent

    def find_head_package(self, parent, name):
        self.msgin(4, 'find_head_package', parent, name)
        head, _, tail = name.partition('.')
        qname = '%s.%s' % (parent.__name__, head) if parent else head
        found = self.import_module(head, qname, parent)
        if not found and parent:
            # Not a sibling: try it as a top-level module.
            qname, parent = head, None
            found = self.import_module(head, qname, parent)
        if found:
            self.msgout(4, 'find_head_package ->', (found, tail))
            return found, tail
        self.msgout(4, 'raise ImportError: No module named', qname)
        raise ImportError('No module named ' + qname)

    def load_tail(self, q, tail):
        self.msgin(4, 'load_tail', q, tail)
        module = q
        while tail:
            head, _, tail = tail.partition('.')
            mname = '%s.%s' % (module.__name__, head)
            module = self.import_module(head, mname, module)
            if not module:
                self.msgout(4, 'raise ImportError: No module named', mname)
                raise ImportError('No module named ' + mname)
        self.msgout(4, 'load_tail ->', module)
        return module

    def ensure_fromlist(self, m, fromlist, recursive=0):
        self.msg(4, 'ensure_fromlist', m, fromlist, recursive)
        for sub in fromlist:
            if sub == '*':
                if not recursive:
                    every = self.find_all_submodules(m)
                    if every:
                        self.ensure_fromlist(m, every, 1)
            elif not hasattr(m, sub):
                subname = '%s.%s' % (m.__name__, sub)
                if not self.import_module(sub, subname, m):
                    raise ImportError('No module named ' + subname)

    def find_all_submodules(self, m):
        if not m.__path__:
            return
        found = {}
        suffixes = sorted(set(importlib.machinery.SOURCE_SUFFIXES
                              + importlib.machinery.BYTECODE_SUFFIXES
                              + importlib.machinery.EXTENSION_SUFFIXES), key=len, reverse=True)
        for folder in m.__path__:
            try:
                names = os.listdir(folder)
            except OSError:
                self.msg(2, "can't list directory", folder)
                continue
            for name in names:
                for suffix in suffixes:
                    if name.endswith(suffix):
                        stem = name[:-len(suffix)]
                        if stem != '__init__':
                            found[stem] = stem
                        break
        return found.keys()

    def import_module(self, partname, fqname, parent):
        self.msgin(3, 'import_module', partname, fqname, parent)
        try:
            module = self.modules[fqname]
        except KeyError:
            pass
        else:
            self.msgout(3, 'import_module ->', module)
            return module
        if fqname in self.badmodules or (parent and parent.__path__ is None):
            self.msgout(3, 'import_module -> None')
            return None
        try:
            stream, pathname, stuff = self.find_module(partname, parent and parent.__path__,
                                                       parent)
        except ImportError:
            self.msgout(3, 'import_module ->', None)
            return None
        try:
            module = self.load_module(fqname, stream, pathname, stuff)
        finally:
            if stream:
                stream.close()
        if parent:
            setattr(parent, partname, module)
        self.msgout(3, 'import_module ->', module)
        return module

    def load_module(self, fqname, fp, pathname, file_info):
        suffix, mode, kind = file_info
        self.msgin(2, 'load_module', fqname, fp and 'fp', pathname)
        if kind == _PKG_DIRECTORY:
            module = self.load_package(fqname, pathname)
            self.msgout(2, 'load_module ->', module)
            return module
        code = None
        if kind == _PY_SOURCE:
            code = compile(fp.read(), pathname, 'exec')
        elif kind == _PY_COMPILED:
            raise ImportError('gilpy cannot read compiled .pyc files: %r' % (pathname,),
                              name=fqname, path=pathname)
        module = self.add_module(fqname)
        module.__file__ = pathname
        if code:
            if self.replace_paths:
                code = self.replace_paths_in_code(code)
            module.__code__ = code
            self.scan_code(code, module)
        self.msgout(2, 'load_module ->', module)
        return module

    def _add_badmodule(self, name, caller):
        callers = self.badmodules.setdefault(name, {})
        callers[caller.__name__ if caller else '-'] = 1

    def _safe_import_hook(self, name, caller, fromlist, level=-1):
        if name in self.badmodules:
            self._add_badmodule(name, caller)
            return
        try:
            self.import_hook(name, caller, level=level)
        except ImportError as problem:
            self.msg(2, 'ImportError:', str(problem))
            self._add_badmodule(name, caller)
            return
        except SyntaxError as problem:
            self.msg(2, 'SyntaxError:', str(problem))
            self._add_badmodule(name, caller)
            return
        for sub in fromlist or ():
            fullname = name + '.' + sub
            if fullname in self.badmodules:
                self._add_badmodule(fullname, caller)
                continue
            try:
                self.import_hook(name, caller, [sub], level=level)
            except ImportError as problem:
                self.msg(2, 'ImportError:', str(problem))
                self._add_badmodule(fullname, caller)

    def scan_opcodes(self, co):
        """('store', (name,)) for each global `co` binds, then ('absolute_import', (fromlist,
        name)) or ('relative_import', (level, fromlist, name)) for each import, in order."""
        found = list(dis.get_instructions(co))
        for ins in found:
            if ins.opname in ('STORE_NAME', 'STORE_GLOBAL'):
                yield 'store', (ins.argval,)
        for before, ins in zip([None] + found, found):
            if ins.opname != 'IMPORT_NAME':
                continue
            level, name = _import_level(ins.argval)
            fromlist = None
            if before is not None and before.opname == 'LOAD_CONST' and isinstance(before.argval, tuple):
                fromlist = before.argval
            if level == 0:
                yield 'absolute_import', (fromlist, name)
            else:
                yield 'relative_import', (level, fromlist, name)

    def scan_code(self, co, m):
        for what, args in self.scan_opcodes(co):
            if what == 'store':
                m.globalnames[args[0]] = 1
            elif what == 'absolute_import':
                fromlist, name = args
                star = fromlist is not None and '*' in fromlist
                if fromlist is not None:
                    fromlist = [f for f in fromlist if f != '*']
                self._safe_import_hook(name, m, fromlist, level=0)
                if star:
                    self._take_star(m, name)
            elif what == 'relative_import':
                level, fromlist, name = args
                if name:
                    self._safe_import_hook(name, m, fromlist, level=level)
                else:
                    parent = self.determine_parent(m, level=level)
                    self._safe_import_hook(parent.__name__, None, fromlist, level=0)
            else:
                raise RuntimeError(what)
        for const in co.co_consts:
            if isinstance(const, type(co)):
                self.scan_code(const, m)

    def _take_star(self, m, name):
        """After `from name import *`: the star-imported module's globals become m's; a module
        that could not be scanned is remembered in m.starimports."""
        source = None
        if m.__path__:
            source = self.modules.get(m.__name__ + '.' + name)
        if source is None:
            source = self.modules.get(name)
        if source is None:
            m.starimports[name] = 1
            return
        m.globalnames.update(source.globalnames)
        m.starimports.update(source.starimports)
        if source.__code__ is None:
            m.starimports[name] = 1

    def load_package(self, fqname, pathname):
        self.msgin(2, 'load_package', fqname, pathname)
        fqname = replacePackageMap.get(fqname) or fqname
        module = self.add_module(fqname)
        module.__file__ = pathname
        module.__path__ = [pathname] + packagePathMap.get(fqname, [])
        stream, where, stuff = self.find_module('__init__', module.__path__)
        try:
            self.load_module(fqname, stream, where, stuff)
            self.msgout(2, 'load_package ->', module)
            return module
        finally:
            if stream:
                stream.close()

    def add_module(self, fqname):
        if fqname not in self.modules:
            self.modules[fqname] = Module(fqname)
        return self.modules[fqname]

    def find_module(self, name, path, parent=None):
        fullname = parent.__name__ + '.' + name if parent is not None else name
        if fullname in self.excludes:
            self.msgout(3, 'find_module -> Excluded', fullname)
            raise ImportError(name)
        if path is None:
            if name in sys.builtin_module_names:
                return None, None, ('', '', _C_BUILTIN)
            path = self.path
        return _find_module(name, path)

    # ---- results

    def report(self):
        """Print a report to stdout, listing the found modules with their
        paths, as well as modules that are missing, or seem to be missing.
        """
        print()
        print('  %-25s %s' % ('Name', 'File'))
        print('  %-25s %s' % ('----', '----'))
        for key in sorted(self.modules):
            module = self.modules[key]
            print('P' if module.__path__ else 'm', end=' ')
            print('%-25s' % key, module.__file__ or '')
        missing, maybe = self.any_missing_maybe()
        if missing:
            print()
            print('Missing modules:')
            for name in missing:
                print('?', name, 'imported from', ', '.join(sorted(self.badmodules[name])))
        if maybe:
            print()
            print('Submodules that appear to be missing, but could also be', end=' ')
            print('global names in the parent package:')
            for name in maybe:
                print('?', name, 'imported from', ', '.join(sorted(self.badmodules[name])))

    def any_missing(self):
        """Return a list of modules that appear to be missing. Use
        any_missing_maybe() if you want to know which modules are
        certain to be missing, and which *may* be missing.
        """
        missing, maybe = self.any_missing_maybe()
        return missing + maybe

    def any_missing_maybe(self):
        """Return two lists, one with modules that are certainly missing
        and one with modules that *may* be missing. The latter names could
        either be submodules *or* just global names in the package.

        The reason it can't always be determined is that it's impossible to
        tell which names are imported when "from module import *" is done
        with an extension module, short of actually importing it.
        """
        missing = []
        maybe = []
        for name in self.badmodules:
            if name in self.excludes:
                continue
            pkgname, dot, subname = name.rpartition('.')
            package = self.modules.get(pkgname) if dot else None
            if package is None:
                missing.append(name)
            elif pkgname in self.badmodules[name]:
                # The package itself failed to import it.
                missing.append(name)
            elif subname in package.globalnames:
                pass
            elif package.starimports:
                # A star import from a module that could not be scanned may define it.
                maybe.append(name)
            else:
                missing.append(name)
        missing.sort()
        maybe.sort()
        return missing, maybe

    def replace_paths_in_code(self, co):
        """`co` (and the code inside it) with its file name rewritten by replace_paths."""
        new_filename = original_filename = os.path.normpath(co.co_filename)
        for old, new in self.replace_paths:
            if original_filename.startswith(old):
                new_filename = new + original_filename[len(old):]
                break
        if self.debug and original_filename not in self.processed_paths:
            if new_filename != original_filename:
                self.msgout(2, 'co_filename %r changed to %r' % (original_filename, new_filename))
            else:
                self.msgout(2, 'co_filename %r remains unchanged' % (original_filename,))
            self.processed_paths.append(original_filename)
        consts = tuple(self.replace_paths_in_code(c) if isinstance(c, type(co)) else c
                       for c in co.co_consts)
        return co.replace(co_consts=consts, co_filename=new_filename)


def test():
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'dmp:qx:')
    except getopt.error as problem:
        print(problem)
        return
    debug = 1
    domods = 0
    addpath = []
    exclude = []
    for option, value in opts:
        if option == '-d':
            debug += 1
        elif option == '-m':
            domods = 1
        elif option == '-p':
            addpath += value.split(os.pathsep)
        elif option == '-q':
            debug = 0
        elif option == '-x':
            exclude.append(value)
    if not args:
        script = 'hello.py'
    else:
        script = args[0]
    path = sys.path[:]
    path[0] = os.path.dirname(script)
    path = addpath + path
    if debug > 1:
        print('path:')
        for item in path:
            print('   ', repr(item))
    finder = ModuleFinder(path, debug, exclude)
    for arg in args[1:]:
        if arg == '-m':
            domods = 1
            continue
        if domods:
            if arg.endswith('.*'):
                finder.import_hook(arg[:-2], None, ['*'])
            else:
                finder.import_hook(arg)
        else:
            finder.load_file(arg)
    finder.run_script(script)
    finder.report()
    return finder


if __name__ == '__main__':
    try:
        test()
    except KeyboardInterrupt:
        print('\n[interrupted]')
