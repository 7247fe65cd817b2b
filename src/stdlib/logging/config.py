"""logging.config.dictConfig as CPython 3.11's: formatters, filters, handlers (by class name or
'()' factory, with 'ext://' and 'cfg://' values), loggers and the root logger from one dict
(schema version 1), incremental or not, disabling the loggers it does not name. Errors come as
ValueError('Unable to configure handler ...') with the cause chained.

Not provided: fileConfig and listen (gilpy has no configparser and no socket module yet).
"""

import sys
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import(name):
    __import__(name)
    return sys.modules[name]


def _resolve_dotted(s):
    """The object a dotted name names: a module, or an attribute along the way."""
    parts = s.split('.')
    used = parts.pop(0)
    found = _import(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            _import(used)
            found = getattr(found, frag)
    return found


class BaseConfigurator(object):
    """Resolves names and converts 'ext://' (an importable object) and 'cfg://' (a place in
    the configuration itself) values."""

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve_dotted(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """'handlers.console' or 'handlers[console]', '[0]' for a list index."""
        rest = value
        d = self.config
        name = ''
        i = 0
        while i < len(rest) and (rest[i].isalnum() or rest[i] == '_'):
            i += 1
        if i == 0:
            raise ValueError('Unable to convert %r' % value)
        d = d[rest[:i]]
        rest = rest[i:]
        while rest:
            if rest[0] == '.':
                j = 1
                while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
                    j += 1
                d = d[rest[1:j]]
                rest = rest[j:]
            elif rest[0] == '[':
                j = rest.find(']')
                if j < 0:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                idx = rest[1:j]
                if idx.isdigit() and not isinstance(d, dict):
                    d = d[int(idx)]
                else:
                    try:
                        d = d[idx]
                    except (KeyError, TypeError):
                        d = d[int(idx)]
                rest = rest[j + 1:]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.ext_convert(value[6:])
            if value.startswith('cfg://'):
                return self.cfg_convert(value[6:])
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


def _copy_config(value):
    """The dicts and lists of a configuration copied (the caller's stay as they were)."""
    if isinstance(value, dict):
        return {k: _copy_config(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_config(v) for v in value]
    return value


class DictConfigurator(BaseConfigurator):

    def __init__(self, config):
        BaseConfigurator.__init__(self, _copy_config(config))

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY_DICT = {}
        with logging._lock:
            if incremental:
                handlers = config.get('handlers', EMPTY_DICT)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    try:
                        handler = logging._handlers[name]
                        handler_config = handlers[name]
                        level = handler_config.get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                loggers = config.get('loggers', EMPTY_DICT)
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            _clearExistingHandlers()

            formatters = config.get('formatters', EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e

            # Handlers in name order; one that targets a handler not yet made waits a round.
            handlers = config.get('handlers', EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e

            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:pflen] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)

            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname)
        kwargs = {}
        if defaults:
            kwargs['defaults'] = defaults
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'], **kwargs)
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        name = config.get('name', '')
        return logging.Filter(name)

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.config['filters'][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            if isinstance(klass, type) and issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # Handlers written for Python 2.6 call their stream argument 'strm'.
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    """Forgets every handler, flushing and closing them first."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the configuration does not name: its loggers' children are reset to pass their
    records up; the others are disabled (if disable_existing) or left alone."""
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing
