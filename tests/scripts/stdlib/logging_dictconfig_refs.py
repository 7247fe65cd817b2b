# logging.config.dictConfig: cfg:// and ext:// references, '()' factories with '.' attributes,
# a formatter class by name, a MemoryHandler whose target sorts after it, QueueHandler on an
# ext:// queue, the caller's dict left alone, and the causes chained to each error.
import logging, logging.config, logging.handlers, sys, queue
Q = queue.Queue()
class MyFmt(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, extra='E'):
        super().__init__(fmt, datefmt, style, validate)
        self.extra = extra
def fmt_factory(fmt):
    return logging.Formatter(fmt)
cfg = {
    'version': 1,
    'custom_values': {'prefix': 'PFX', 'items': ['a', {'deep': 'D'}]},
    'formatters': {
        'a': {'()': fmt_factory, 'format': 'A %(message)s'},
        'b': {'class': '__main__.MyFmt', 'format': 'B %(message)s', 'validate': False},
        'c': {'()': '__main__.MyFmt', 'fmt': 'C %(message)s', 'extra': 'cfg://custom_values.items[1].deep', '.': {'z': 9}},
    },
    'filters': {'f1': {'name': 'x'}},
    'handlers': {
        'amem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'zout'},
        'zout': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'a', 'filters': ['f1']},
        'q': {'class': 'logging.handlers.QueueHandler', 'queue': 'ext://__main__.Q', 'formatter': 'b'},
        'o2': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'c'},
    },
    'loggers': {'x': {'handlers': ['amem', 'q'], 'level': 'DEBUG'}, 'y': {'handlers': ['o2'], 'propagate': 0}},
    'root': {'level': 'CRITICAL'},
}
logging.config.dictConfig(cfg)
lx = logging.getLogger('x')
lx.info('one'); lx.info('two'); lx.info('three')
print(Q.get_nowait().msg, logging._handlers['amem'].target.name)
lc = logging.getLogger('y'); lc.warning('cee')
f = logging._handlers['o2'].formatter
print(type(f).__name__, f.extra, f.z, logging.getLogger('y').propagate)
print(sorted(cfg['handlers']['amem']), cfg['loggers']['x'])
for bad in [
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.nothing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://nomod.x'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://nothing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1, 'target': 'missing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', '1bad': 2}}},
    {'version': 1, 'loggers': {'x': {'filters': ['nope']}}},
    {'version': 1, 'root': {'handlers': ['nope']}},
    {'version': '1'},
    {'version': 1, 'formatters': {'f': {'()': 'logging.Formatter', 'format': '%(message)s'}}},
    {'version': 1, 'incremental': True, 'root': {'level': 'BAD'}},
    {'version': 1, 'incremental': True, 'loggers': {'q': {'level': 'INFO', 'handlers': ['zzz']}}},
]:
    try:
        logging.config.dictConfig(bad); print('ok', logging.getLogger('q').level)
    except Exception as e:
        c = e.__cause__
        print(type(e).__name__, e, '|', type(c).__name__, c, '|', type(c.__cause__).__name__ if c is not None else '', c.__cause__ if c is not None else '')
print(logging.config.BaseConfigurator({'a': {'b': [1, 2]}}).cfg_convert('a.b[1]'))
bc = logging.config.BaseConfigurator({'a': {'b': [1, 2]}})
for v in ('a[b][0]', ' a . b', 'a.b[x]', '!', 'a.b]'):
    try: print(repr(bc.cfg_convert(v)))
    except Exception as e: print(type(e).__name__, e)
print(type(bc.convert({})).__name__, type(bc.convert([])).__name__, type(bc.convert((1,))).__name__, bc.convert('zz://x'), bc.convert('ext://sys.maxsize') == sys.maxsize)
