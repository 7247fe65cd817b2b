# logging.config.dictConfig: formatters, filters, handlers (class strings, ext://, '()'),
# loggers, root, disable_existing_loggers, incremental, and its errors.
import logging
import logging.config
import sys

existing = logging.getLogger('old.module')
existing_child = logging.getLogger('app.db.old')

class Tagger(logging.Filter):
    def __init__(self, tag):
        logging.Filter.__init__(self)
        self.tag = tag
    def filter(self, record):
        record.tag = self.tag
        return True

def make_handler(prefix):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(prefix + ' %(message)s'))
    return h

CONFIG = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)-8s %(name)s: %(message)s'},
        'tagged': {'format': '{tag} {levelname} {message}', 'style': '{'},
        'dated': {'format': '%(asctime)s %(message)s', 'datefmt': '%Y'},
        'custom': {'()': 'logging.Formatter', 'fmt': 'CUSTOM %(message)s'},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'tag': {'()': Tagger, 'tag': '<t>'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO',
                    'stream': 'ext://sys.stdout'},
        'tagged': {'class': 'logging.StreamHandler', 'formatter': 'tagged', 'filters': ['tag'],
                   'stream': 'ext://sys.stdout'},
        'made': {'()': make_handler, 'prefix': 'MADE', 'level': 'WARNING'},
        'memory': {'class': 'logging.handlers.MemoryHandler', 'capacity': 100, 'target': 'console',
                   'flushLevel': 40},
        'null': {'class': 'logging.NullHandler'},
        'custom': {'class': 'logging.StreamHandler', 'formatter': 'custom', 'stream': 'ext://sys.stdout',
                   '.': {'terminator': ' <<\n'}},
    },
    'loggers': {
        'app': {'handlers': ['console'], 'level': 'DEBUG', 'propagate': False, 'filters': ['only_app']},
        'app.tags': {'handlers': ['tagged'], 'propagate': False},
        'lib': {'handlers': ['made', 'memory'], 'level': 'INFO', 'propagate': False},
        'custom': {'handlers': ['custom'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['null']},
}

logging.config.dictConfig(CONFIG)
print(type(CONFIG['handlers']['console']).__name__, CONFIG['formatters']['brief'])
print(existing.disabled, existing_child.disabled, logging.getLogger('app').disabled)
app = logging.getLogger('app')
print([h.name for h in app.handlers], app.level, app.propagate, len(app.filters))
print(sorted(logging._handlers))
print(logging._handlers['console'].stream is sys.stdout, logging._handlers['console'].level)
print(logging._handlers['memory'].target is logging._handlers['console'], logging._handlers['memory'].flushLevel)
app.debug('debug: below the handler level')
app.info('info from app')
logging.getLogger('app.sub').warning('from a child of app')
logging.getLogger('app.tags').error('tagged')
lib = logging.getLogger('lib')
lib.info('lib info: memory only')
lib.warning('lib warning: made and memory')
lib.error('lib error flushes memory')
logging.getLogger('custom').warning('with a custom formatter')
logging.getLogger('old.module').error('disabled logger: nothing')
print(logging.root.level, [type(h).__name__ for h in logging.root.handlers])

# incremental: only levels change
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'console': {'level': 'DEBUG'}},
                           'loggers': {'app': {'level': 'INFO'}}})
print(logging._handlers['console'].level, app.level, [h.name for h in app.handlers])
try:
    logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'nope': {'level': 'DEBUG'}}})
except ValueError as e:
    print(type(e).__name__, e)

# disable_existing_loggers False keeps old loggers; children of configured loggers are reset
child = logging.getLogger('app.db')
child.setLevel(logging.CRITICAL)
child.propagate = False
logging.config.dictConfig({
    'version': 1,
    'disable_existing_loggers': False,
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},
    'loggers': {'app': {'handlers': ['out'], 'level': 'DEBUG'}},
})
print(existing.disabled, child.level, child.propagate, app.propagate, logging.getLogger('custom').disabled)
child.info('child of app, reset: default formatter')
print(sorted(logging._handlers))

# Errors
bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['missing']}}},
    {'version': 1, 'formatters': {'f': {'format': '%(message)', 'style': '%'}}},
    {'version': 1, 'formatters': {'f': {'format': 'x', 'style': '?'}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
    {'version': 1, 'root': {'level': 'LOUD'}},
    {'version': 1, 'filters': {'f': {'()': 'logging.NoSuchFilter'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}},
]
for cfg in bad_configs:
    try:
        logging.config.dictConfig(cfg)
        print('ok')
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, '|', type(cause).__name__ if cause else None)

print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('a b')
except ValueError as e:
    print(type(e).__name__, e)
