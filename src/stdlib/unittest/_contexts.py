"""The context managers behind TestCase.assertRaises/assertRaisesRegex and assertWarns/
assertWarnsRegex: each works as a `with` block or, given a callable, calls it inside itself.
(assertLogs' is in unittest._log, imported only when used: it needs logging.)"""

import re
import sys
import traceback
import types
import warnings

__unittest = True


def _all_subclasses_of(expected, base):
    """`expected` is a class derived from `base`, or a tuple (nested tuples too) of such."""
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:
    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """With no callable in `args`, return the context manager (taking only `msg`); with
        one, call it with the rest of the arguments inside the check."""
        if not _all_subclasses_of(self.expected, self._base_type):
            raise TypeError(f"{name}() arg 1 must be {self._base_type_str}")
        if not args:
            self.msg = kwargs.pop("msg", None)
            for extra in kwargs:
                raise TypeError(f"{extra!r} is an invalid keyword argument for this function")
            return self
        func, *rest = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*rest, **kwargs)
        return None


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """assertRaises / assertRaisesRegex; afterwards `.exception` is what was caught."""

    _base_type = BaseException
    _base_type_str = "an exception type or tuple of exception types"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            wanted = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure(f"{wanted} not raised by {self.obj_name}")
            self._raiseFailure(f"{wanted} not raised")
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{exc_value}"')
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """assertWarns / assertWarnsRegex; afterwards `.warning`, `.filename` and `.lineno` describe
    the first matching warning."""

    _base_type = Warning
    _base_type_str = "a warning type or tuple of warning types"

    def __enter__(self):
        # A warning already shown once from some place would otherwise be swallowed.
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first_of_kind = None
        for record in self.warnings:
            caught = record.message
            if not isinstance(caught, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = caught
            if self.expected_regex is not None and not self.expected_regex.search(str(caught)):
                continue
            self.warning = caught
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_kind is not None:
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{first_of_kind}"')
        wanted = _name_of(self.expected)
        if self.obj_name:
            self._raiseFailure(f"{wanted} not triggered by {self.obj_name}")
        self._raiseFailure(f"{wanted} not triggered")

    __class_getitem__ = classmethod(types.GenericAlias)
