# logging.captureWarnings: warnings become records of the 'py.warnings' logger; warnings'
# showwarning and formatwarning.
import logging
import os
import sys
import warnings

def short(text):
    # The warning names its file by absolute path: keep the file name only.
    head, sep, tail = text.partition(':')
    return os.path.basename(head) + sep + tail

class Show(logging.Handler):
    def emit(self, record):
        print('LOGGED', record.name, record.levelname, repr(short(record.getMessage())), record.args)

print(repr(short(warnings.formatwarning('text', UserWarning, __file__, 1))))
print(repr(warnings.formatwarning('text', RuntimeWarning, 'nofile.py', 3, line='  the line  ')))
print(repr(warnings.formatwarning(UserWarning('inst'), DeprecationWarning, '<string>', 1)))
warnings.showwarning('shown', UserWarning, 'x.py', 7, file=sys.stdout, line='code()')

logging.captureWarnings(True)
pw = logging.getLogger('py.warnings')
print(pw.handlers)
warnings.warn('captured, no handler yet')
print(pw.handlers)
pw.addHandler(Show())
warnings.warn('captured %s')
warnings.warn('runtime', RuntimeWarning)
warnings.warn(UserWarning('an instance'))
def deprecated():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)
deprecated()
warnings.showwarning('to a file', UserWarning, 'f.py', 1, file=sys.stdout, line='')
logging.captureWarnings(True)
logging.captureWarnings(False)
logging.captureWarnings(False)
warnings.warn('back to stderr')
print('end')
