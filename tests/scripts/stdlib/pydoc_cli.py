# `python -m pydoc NAME`: a module's page, a function's, a missing name (exit 1), the usage text.
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for args in (['helper_pydoc_sample'], ['helper_pydoc_sample.area'], ['helper_pydoc_sample.Square'],
             ['no_such_module_xyz'], [], ['keywords']):
    done = subprocess.run([sys.executable, '-m', 'pydoc'] + args, cwd=here,
                          capture_output=True, text=True)
    out = done.stdout.replace(here + os.sep, '')
    print('$ pydoc', *args, '->', done.returncode)
    print(out)
