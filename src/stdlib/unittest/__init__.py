"""unittest: the xUnit-style test framework — TestCase and its assert methods, suites, the
loader (with discovery), the text runner and unittest.main(); unittest.mock lives beside it.
IsolatedAsyncioTestCase (unittest/async_case.py) is loaded on first use, so that importing
unittest does not import asyncio."""

__unittest = True

from .case import (FunctionTestCase, SkipTest, TestCase, addModuleCleanup, doModuleCleanups,
                   enterModuleContext, expectedFailure, skip, skipIf, skipUnless)
from .loader import TestLoader, defaultTestLoader, findTestCases, getTestCaseNames, makeSuite
from .main import TestProgram, main
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, registerResult, removeHandler, removeResult
from .suite import BaseTestSuite, TestSuite

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader", "FunctionTestCase",
           "main", "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure",
           "TextTestResult", "installHandler", "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext", "getTestCaseNames",
           "makeSuite", "findTestCases", "IsolatedAsyncioTestCase"]

# The old private name of TextTestResult.
_TextTestResult = TextTestResult


def __getattr__(name):
    if name == "IsolatedAsyncioTestCase":
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return globals().keys() | {"IsolatedAsyncioTestCase"}
