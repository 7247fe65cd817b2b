# A replaced builtins.__import__ receives every import statement, with CPython's arguments
# (name, globals, locals, fromlist, level), and its result is what the statement binds.
import builtins
import collections
import os
import os.path
import sys

calls = []
original = builtins.__import__


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, type(globals).__name__, type(locals).__name__))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = spy
import os
import os.path
import os.path as osp
from os import path, sep
from collections import OrderedDict as OD
from os.path import *


def in_function():
    import sys
    from os import getcwd
    return sys, getcwd


in_function()


class InClass:
    import os as os_in_class


builtins.__import__ = original
for c in calls:
    print(c)
print(osp is os.path, path is os.path, OD is collections.OrderedDict, InClass.os_in_class is os)


def fake(name, globals=None, locals=None, fromlist=(), level=0):
    return ('fake', name, fromlist, level)


builtins.__import__ = fake
import anything.at.all
builtins.__import__ = original
print(anything)
print(thing if False else 'from-import on a tuple fails:', end=' ')
try:
    builtins.__import__ = fake
    from nowhere import thing
except ImportError as e:
    print('ImportError', e)
finally:
    builtins.__import__ = original
try:
    builtins.__import__ = fake
    import a.b.c as abc
except (AttributeError, ImportError) as e:
    print(type(e).__name__, e)
finally:
    builtins.__import__ = original

# __import__ called directly.
print(__import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
print(__import__('os', globals(), None, ['path'], 0).__name__)
for bad in [lambda: __import__(''), lambda: __import__('os', level=-1), lambda: __import__(5),
            lambda: __import__('no_such_module_xyz'), lambda: __import__('os.nope_xyz')]:
    try:
        bad()
    except (ImportError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
del builtins.__import__
try:
    import json
except ImportError as e:
    print('ImportError', e)
builtins.__import__ = original
import json
print(json.__name__)
