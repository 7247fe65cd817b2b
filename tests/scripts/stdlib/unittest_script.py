# unittest: test files run as users run them (unittest.main() in the file, and -m unittest with
# names and discovery): the report on stderr, with tracebacks, and the exit status.
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.join(here, "helper_unittest_scripts")


def show(args, cwd=folder):
    done = subprocess.run([sys.executable] + args, cwd=cwd, capture_output=True, text=True)
    err = done.stderr.replace(folder + os.sep, "").replace(here + os.sep, "")
    err = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", err)
    print("$", " ".join(args), "->", done.returncode)
    print(done.stdout, end="")
    print(err)


show(["failing_suite.py"])
show(["failing_suite.py", "-v", "Parsing.test_ok", "Parsing.test_nested_subtests"])
show(["failing_suite.py", "-q", "-k", "dict"])
show(["failing_suite.py", "-f"])
show(["failing_suite.py", "NoSuchTest"])
show(["passing_suite.py"])
show(["passing_suite.py", "-v"])
show(["passing_suite.py", "-b", "-k", "Strings"])
show(["module_fixture.py"])
show(["xpass.py"])
show(["xpass.py", "--failfast", "-v"])
show(["-m", "unittest", "passing_suite"])
show(["-m", "unittest", "-v", "passing_suite.Numbers.test_add", "xpass.Surprise.test_b_fails"])
show(["-m", "unittest", "passing_suite.py"])
show(["-m", "unittest", "discover", "-p", "*.py", "-k", "upper"])
show(["-m", "unittest", "discover", "-p", "pass*.py"])
show(["-m", "unittest", "discover", "-s", "helper_unittest_scripts", "-p", "xpass.py", "-t", "."], cwd=here)
