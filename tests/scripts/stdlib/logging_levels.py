# logging: levels, names, the logger tree (placeholders, parents), propagation, disable.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
for v in (10, 20, 30, 40, 50, 0, 'DEBUG', 'WARN', 'FATAL', 'INFO', 15, 'NOPE', None, 'Level 5'):
    print(repr(v), '->', repr(logging.getLevelName(v)))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

# setLevel with names, and bad levels
lg = logging.getLogger('lv')
for lvl in ('DEBUG', 'VERBOSE', 25, 'warning'):
    try:
        lg.setLevel(lvl)
        print('level', lg.level, lg.getEffectiveLevel())
    except Exception as e:
        print(type(e).__name__, e)
for bad in ('FOO', 3.5, None, [1]):
    try:
        lg.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.Handler(level='BAR')
except Exception as e:
    print(type(e).__name__, e)
try:
    lg.log('INFO', 'x')
except Exception as e:
    print(type(e).__name__, e)

# The tree
root = logging.getLogger()
print(root is logging.root, root.name, logging.getLogger('root') is root, logging.getLogger('') is root)
abc = logging.getLogger('a.b.c')
print(abc.parent is root, type(logging.Logger.manager.loggerDict['a.b']).__name__, type(logging.Logger.manager.loggerDict['a']).__name__)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is root)
a = logging.getLogger('a')
print(ab.parent is a, abc.parent is ab, a.parent is root)
x = logging.getLogger('a.x.y')
print(x.parent is a, logging.getLogger('a.x').parent is a, x.parent.name)
print(a.getChild('b') is ab, root.getChild('a') is a, a.getChild('b.c') is abc)
print(logging.getLogger('a.b') is ab)
print(repr(abc), repr(root))
try:
    logging.getLogger(5)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('a')))

# Effective levels and isEnabledFor
root.setLevel(logging.WARNING)
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
ab.setLevel('ERROR')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.ERROR))
ab.setLevel(logging.NOTSET)
print(abc.getEffectiveLevel())

# Propagation: handlers along the chain
out = []
class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.tag = tag
    def emit(self, record):
        print(self.tag, record.name, record.levelname, self.format(record))
ha = ListHandler('A')
habc = ListHandler('ABC', logging.WARNING)
hroot = ListHandler('ROOT')
a.addHandler(ha)
abc.addHandler(habc)
root.addHandler(hroot)
print(abc.hasHandlers(), logging.getLogger('zzz').hasHandlers())
abc.info('info %s', 1)
abc.warning('warn %s', 2)
a.propagate = False
abc.error('stopped at a')
print(abc.hasHandlers())
a.propagate = True
abc.removeHandler(habc)
abc.removeHandler(habc)
abc.info('after removal')
a.addHandler(ha)
print(len(a.handlers))

# disable
logging.disable(logging.INFO)
abc.info('not shown')
abc.warning('shown')
print(logging.root.manager.disable)
logging.disable()
abc.critical('not shown either')
logging.disable(logging.NOTSET)
abc.critical('shown again')
try:
    logging.disable('LOUD')
except Exception as e:
    print(type(e).__name__, e)
logging.disable(0)

# disabled loggers, logger filters
abc.disabled = True
abc.error('nothing')
print(abc.isEnabledFor(logging.CRITICAL))
abc.disabled = False

# Logger classes
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except Exception as e:
    print(type(e).__name__, e)
print(type(logging.getLogger('mine.child')).__name__)

# The log() method and levels as numbers
lg2 = logging.getLogger('nums')
lg2.setLevel(1)
lg2.log(5, 'level five %d', 5)
lg2.log(15, 'verbose')
lg2.log(45, 'between')
lg2.fatal('fatal is critical')
print(logging.getLevelName(45))
