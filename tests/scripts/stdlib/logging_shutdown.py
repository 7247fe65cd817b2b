# logging.shutdown at exit (through atexit): every handler flushed and closed, newest first,
# after the program's own atexit functions registered later; atexit itself.
import atexit
import logging
import sys

class Noisy(logging.StreamHandler):
    def __init__(self, tag):
        logging.StreamHandler.__init__(self, sys.stdout)
        self.tag = tag
    def flush(self):
        print('flush', self.tag)
    def close(self):
        print('close', self.tag)
        logging.StreamHandler.close(self)

a = Noisy('a')
b = Noisy('b')
log = logging.getLogger('sd')
log.addHandler(a)
log.warning('logged before exit')

def goodbye(who, punct='!'):
    print('goodbye', who + punct)
    log.warning('logging still works in an atexit function')

atexit.register(goodbye, 'world', punct='.')
atexit.register(goodbye, 'twice')
atexit.unregister(goodbye)
atexit.register(goodbye, 'once')
def failing():
    raise RuntimeError('in atexit')
atexit.register(failing)
print(atexit.register(print) is print)
try:
    atexit.register(5)
except TypeError as e:
    print(type(e).__name__, e)

# shutdown takes a list of references (called to get each handler), not handlers
c = Noisy('c')
try:
    logging.shutdown([c])
except TypeError as e:
    print(type(e).__name__, e)
print('end of script')
