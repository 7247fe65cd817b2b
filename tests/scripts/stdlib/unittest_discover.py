# unittest.TestLoader.discover: test*.py files and packages under a folder, other patterns,
# a module raising SkipTest at import, folders without __init__.py skipped; the run's output.
import io
import os
import re
import unittest

here = os.path.dirname(os.path.abspath(__file__))
start = os.path.join(here, "helper_unittest_discover")


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


# The folder is a package under the script's folder: its modules import by dotted names.
loader = unittest.TestLoader()
suite = loader.discover(start, top_level_dir=here)
print(suite.countTestCases(), ids(suite))
print(ids(unittest.TestLoader().discover(start, pattern="other_*.py", top_level_dir=here)))
print(ids(unittest.TestLoader().discover(start, pattern="*.py", top_level_dir=here)))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().discover(start, top_level_dir=here))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue().replace(here + os.sep, "")))
try:
    unittest.TestLoader().discover(os.path.join(start, "notpkg"), top_level_dir=here)
except ImportError as e:
    print("ImportError:", str(e).replace(here + os.sep, ""))
