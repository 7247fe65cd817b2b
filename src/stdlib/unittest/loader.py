"""unittest.loader: TestLoader turns classes, modules, dotted names and folders (discover) into
suites. What cannot be loaded becomes a _FailedTest whose run reports the error, and the error
text is kept in loader.errors."""

import functools
import os
import re
import sys
import traceback
import types
import warnings
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# discover() only imports files whose names are Python identifiers.
VALID_MODULE_NAME = re.compile(r"[_a-z]\w*\.py$", re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test named after what failed to load; running it raises the saved exception."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception

        return testFailure


def _failed_test(name, exception, suiteClass, message):
    return suiteClass((_FailedTest(name, exception),)), message


def _make_failed_import_test(name, suiteClass):
    message = f"Failed to import test module: {name}\n{traceback.format_exc()}"
    return _failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = f"Failed to call load_tests:\n{traceback.format_exc()}"
    return _failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    """A module that raised SkipTest on import: one skipped test in its place."""

    @case.skip(str(exception))
    def testSkipped(self):
        pass

    holder = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((holder(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Finds tests: methods named testMethodPrefix* (sorted by sortTestMethodsUsing, filtered by
    the fnmatch patterns in testNamePatterns), collected into suiteClass instances."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # Packages whose load_tests is running (discover must not recurse into them again).
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance per test method of the class (runTest when there are none)."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """The tests of every TestCase class in the module, or what its load_tests returns."""
        # An old undocumented use_load_tests argument is still accepted (and ignored).
        if args or "use_load_tests" in kws:
            warnings.warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError(f"loadTestsFromModule() takes 1 positional argument but {len(args) + 1} were given")
        if kws:
            raise TypeError(f"loadTestsFromModule() got an unexpected keyword argument '{min(kws)}'")
        found = []
        for name in dir(module):
            candidate = getattr(module, name)
            if isinstance(candidate, type) and issubclass(candidate, case.TestCase):
                found.append(self.loadTestsFromTestCase(candidate))
        tests = self.suiteClass(found)
        load_tests = getattr(module, "load_tests", None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as exc:
            failed, message = _make_failed_load_tests(module.__name__, exc, self.suiteClass)
            self.errors.append(message)
            return failed

    def _import_longest(self, parts):
        """Import the longest leading part of a dotted name that imports. Returns (module,
        None) or (None, (failed suite, message)) and the last import failure seen."""
        failure = None
        remaining = parts[:]
        while remaining:
            try:
                return __import__(".".join(remaining)), failure
            except ImportError:
                last = remaining.pop()
                failure = _make_failed_import_test(last, self.suiteClass)
        return None, failure

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name leads to: a module, a TestCase class or method, a suite, or
        a callable returning a test or suite. Without `module` the name starts with a module."""
        parts = name.split(".")
        import_failure = None
        if module is None:
            module, import_failure = self._import_longest(parts)
            if module is None:
                # Not even the first part imports.
                self.errors.append(import_failure[1])
                return import_failure[0]
            parts = parts[1:]
        target = module
        parent = None
        for part in parts:
            try:
                parent, target = target, getattr(target, part)
            except AttributeError as exc:
                if getattr(target, "__path__", None) is not None and import_failure is not None:
                    # In a package a missing attribute may be a submodule that failed to import:
                    # that import error is the more useful report.
                    self.errors.append(import_failure[1])
                    return import_failure[0]
                failed, message = _failed_test(part, exc, self.suiteClass,
                                               f"Failed to access attribute:\n{traceback.format_exc()}")
                self.errors.append(message)
                return failed
        if isinstance(target, types.ModuleType):
            return self.loadTestsFromModule(target)
        if isinstance(target, type) and issubclass(target, case.TestCase):
            return self.loadTestsFromTestCase(target)
        if (isinstance(target, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # A staticmethod is not a test method: it is called below like any callable.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(target, suite.TestSuite):
            return target
        if not callable(target):
            raise TypeError(f"don't know how to make test from: {target}")
        made = target()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {target} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the class's test methods."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full = f"{testCaseClass.__module__}.{testCaseClass.__qualname__}.{attrname}"
            return any(fnmatchcase(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of every module matching `pattern` under start_dir (a folder or a dotted
        package name), recursing into packages. Modules are imported by their names relative
        to top_level_dir (start_dir by default), which is put on sys.path."""
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                # Called again from a package's load_tests: keep the first top.
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        importable = True
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                importable = os.path.isfile(os.path.join(start_dir, "__init__.py"))
        else:
            start_dir, importable = self._dir_of_dotted(start_dir, top_level_dir, implicit_top)
        if not importable:
            raise ImportError(f"Start directory is not importable: {start_dir!r}")
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _dir_of_dotted(self, dotted, top_level_dir, implicit_top):
        """discover() given a package's dotted name: (its folder, True), or (the name, False)
        when it does not import."""
        try:
            __import__(dotted)
        except ImportError:
            return dotted, False
        package = sys.modules[dotted]
        try:
            folder = os.path.abspath(os.path.dirname(package.__file__))
        except AttributeError:
            if package.__name__ in sys.builtin_module_names:
                raise TypeError("Can not use builtin modules as dotted module names") from None
            raise TypeError(f"don't know how to discover from {package!r}") from None
        if implicit_top:
            self._top_level_dir = self._get_directory_containing_module(dotted.split(".")[0])
            sys.path.remove(top_level_dir)
        return folder, True

    def _get_directory_containing_module(self, module_name):
        module = sys.modules[module_name]
        path = os.path.abspath(module.__file__)
        if os.path.basename(path).lower().startswith("__init__.py"):
            # A package: the folder holding the package's folder.
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return "."
        relative = os.path.relpath(_splitext(os.path.normpath(path)), self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith(".."), "Path must be within the project"
        return relative.replace(os.path.sep, ".")

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        """Whether a file name matches the discovery pattern (override to match otherwise)."""
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites of start_dir (a package's own tests first) and what is below it."""
        name = self._get_name_from_path(start_dir)
        # "." is the top folder itself, which is not a package.
        if name != "." and name not in self._loading_packages:
            tests, descend = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, descend = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if descend:
                package = self._get_name_from_path(full_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        """(module, None), or (None, the suite to report instead: skipped or failed)."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as exc:
            return None, _make_skipped_test(name, exc, self.suiteClass)
        except:
            failed, message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(message)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one file or folder."""
        if os.path.isfile(full_path):
            base = os.path.basename(full_path)
            if not VALID_MODULE_NAME.match(base) or not self._match_path(base, full_path, pattern):
                return None, False
            module, instead = self._import_for_discovery(self._get_name_from_path(full_path))
            if module is None:
                return instead, False
            self._check_imported_from(module, full_path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, "__init__.py")):
                return None, False
            name = self._get_name_from_path(full_path)
            package, instead = self._import_for_discovery(name)
            if package is None:
                return instead, False
            own_loader = getattr(package, "load_tests", None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
            finally:
                self._loading_packages.discard(name)
            # A package with load_tests has loaded its tests itself.
            return tests, own_loader is None
        return None, False

    def _check_imported_from(self, module, full_path):
        """The module imported must be the file found, not another one of the same name."""
        imported = _splitext(os.path.realpath(os.path.abspath(getattr(module, "__file__", full_path))))
        expected = _splitext(os.path.realpath(full_path))
        if imported.lower() == expected.lower():
            return
        short = _splitext(os.path.basename(full_path))
        raise ImportError(f"{short!r} module incorrectly imported from {os.path.dirname(imported)!r}. "
                          f"Expected {os.path.dirname(full_path)!r}. Is this module globally installed?")


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def _deprecated_helper(name, instead):
    warnings.warn(f"unittest.{name}() is deprecated and will be removed in Python 3.13. "
                  f"Please use unittest.TestLoader.{instead}() instead.", DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    _deprecated_helper("getTestCaseNames", "getTestCaseNames")
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated_helper("makeSuite", "loadTestsFromTestCase")
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated_helper("findTestCases", "loadTestsFromModule")
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
