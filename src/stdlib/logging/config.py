"""logging.config for gilpy: dictConfig (schema version 1) and fileConfig.

dictConfig builds formatters, filters, handlers and loggers from a dictionary, resolving
'ext://module.attr' and 'cfg://path' strings and '()' factories on the way; configuration
dictionaries are read through converting copies, so the caller's dictionary is left as it
was.  fileConfig reads the older ini format with configparser.  Written for gilpy from the
documented behaviour of CPython 3.11's logging.config (the socket listener is not offered).
"""

import io
import logging
import logging.handlers
import os
import re
import sys

DEFAULT_LOGGING_CONFIG_PORT = 9030
try:
    from errno import ECONNRESET as RESET_ERROR
except ImportError:       # gilpy may lack errno: Linux's number
    RESET_ERROR = 104

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True for a Python identifier; ValueError otherwise."""
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(name, importer=__import__):
    """The object named by 'package.module.attr', importing modules as needed."""
    parts = name.split('.')
    path = parts[0]
    found = importer(path)
    for part in parts[1:]:
        path = path + '.' + part
        if not hasattr(found, part):
            importer(path)
        found = getattr(found, part)
    return found


_resolve = _import_dotted


# ==== converting containers ======================================================
#
# A configuration is read through these: each value is converted by the configurator
# (nested containers wrapped, 'ext://' and 'cfg://' strings resolved) the first time it
# is looked up, and the converted value replaces the raw one in the wrapper.

_WRAPPERS = ()   # filled in once the classes exist


class ConvertingMixin(object):
    """Conversion on lookup, shared by the three wrappers."""

    def _adopt(self, key, result):
        if type(result) in _WRAPPERS:
            result.parent = self
            result.key = key

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value:
            if replace:
                self[key] = result
            self._adopt(key, result)
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if result is not value and type(result) in _WRAPPERS:
            result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    """A dict whose values are converted when looked up."""

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    """A list whose items are converted when looked up."""

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple whose items are converted when looked up (never replaced)."""

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


_WRAPPERS = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Value conversion for configurators: subclasses may add prefixes to
    `value_converters` (prefix -> name of a method taking the text after '://')."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """Import the object a dotted name refers to; ValueError if that fails."""
        try:
            return _import_dotted(s, self.importer)
        except ImportError as problem:
            raise ValueError('Cannot resolve %r: %s' % (s, problem)) from problem

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follow 'handlers.console' / 'handlers[console]' / 'list[0]' paths in the config."""
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step is not None:
                node = node[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                node = self._index(node, step.group(1))
            rest = rest[step.end():]
        return node

    def _index(self, node, index):
        if self.DIGIT_PATTERN.match(index) is None:
            return node[index]
        try:
            return node[int(index)]
        except TypeError:
            return node[index]

    def _wrap(self, wrapper, value):
        wrapped = wrapper(value)
        wrapped.configurator = self
        return wrapped

    def convert(self, value):
        """Wrap plain containers; resolve 'prefix://...' strings with a known prefix."""
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            return self._wrap(ConvertingDict, value)
        if isinstance(value, list) and not isinstance(value, ConvertingList):
            return self._wrap(ConvertingList, value)
        if (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
                and not hasattr(value, '_fields')):
            return self._wrap(ConvertingTuple, value)
        if isinstance(value, str):
            found = self.CONVERT_PATTERN.match(value)
            if found is not None:
                method = self.value_converters.get(found.group('prefix'))
                if method:
                    return getattr(self, method)(found.group('suffix'))
        return value

    def configure_custom(self, config):
        """Call the '()' factory with the other (identifier) keys; then set the '.' attributes."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attributes = config.pop('.', None)
        made = factory(**_keyword_arguments(config))
        _set_attributes(made, attributes)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _keyword_arguments(config):
    return {key: config[key] for key in config if valid_ident(key)}


def _set_attributes(target, attributes):
    if attributes:
        for name, value in attributes.items():
            setattr(target, name, value)


def _wrapped(action, what):
    """Run action(); any failure becomes ValueError('Unable to configure <what>')."""
    try:
        return action()
    except Exception as problem:
        raise ValueError('Unable to configure %s' % what) from problem


class DictConfigurator(BaseConfigurator):
    """Applies a version-1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._adjust_levels(config)
            else:
                self._build_everything(config)

    # -- incremental: only levels of existing handlers and loggers change -------------

    def _adjust_levels(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            _wrapped(lambda: self._relevel_handler(name, handlers[name]),
                     'handler %r' % name)
        loggers = config.get('loggers', {})
        for name in loggers:
            _wrapped(lambda: self.configure_logger(name, loggers[name], True),
                     'logger %r' % name)
        root = config.get('root', None)
        if root:
            _wrapped(lambda: self.configure_root(root, True), 'root logger')

    def _relevel_handler(self, name, settings):
        level = settings.get('level', None)
        if level:
            logging._handlers[name].setLevel(logging._checkLevel(level))

    # -- a whole new configuration ----------------------------------------------------

    def _build_everything(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            entries = config.get(section, {})
            for name in entries:
                entries[name] = _wrapped(lambda: build(entries[name]),
                                         '%s %r' % (section[:-1], name))
        self._build_handlers(config.get('handlers', {}))
        tree = logging.root.manager
        existing = sorted(tree.loggerDict)
        to_reset = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                to_reset.extend(other for other in existing if other.startswith(prefix))
                existing.remove(name)
            _wrapped(lambda: self.configure_logger(name, loggers[name]), 'logger %r' % name)
        _handle_existing_loggers(existing, to_reset, disable_existing)
        root = config.get('root', None)
        if root:
            _wrapped(lambda: self.configure_root(root), 'root logger')

    def _build_handlers(self, handlers):
        # In name order; a handler naming another one not built yet (a MemoryHandler's
        # target) waits for a second round.
        later = []
        for name in sorted(handlers):
            try:
                self._make_named_handler(handlers, name)
            except Exception as problem:
                if ' not configured yet' in str(problem.__cause__):
                    later.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from problem
        for name in later:
            _wrapped(lambda: self._make_named_handler(handlers, name), 'handler %r' % name)

    def _make_named_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    # -- the pieces -------------------------------------------------------------------

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                if "'format'" not in str(problem):
                    raise
                # Formatter factories take 'fmt'; accept 'format' for them too.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        class_name = config.get('class', None)
        klass = _import_dotted(class_name) if class_name else logging.Formatter
        arguments = [config.get('format', None), config.get('datefmt', None),
                     config.get('style', '%')]
        if 'validate' in config:
            arguments.append(config['validate'])
        return klass(*arguments)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.config['filters'][name])
            except Exception as problem:
                raise ValueError('Unable to add filter %r' % name) from problem

    def _handler_factory(self, config, original):
        if '()' in config:
            factory = config.pop('()')
            return factory if callable(factory) else self.resolve(factory)
        klass = self.resolve(config.pop('class'))
        if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
            target_name = config['target']
            try:
                target = self.config['handlers'][target_name]
                if not isinstance(target, logging.Handler):
                    # Put the settings back as they were for the second round.
                    config.update(original)
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as problem:
                raise ValueError('Unable to set target handler %r' % target_name) from problem
        elif 'address' in config and getattr(klass, '_takes_address_tuple', False):
            config['address'] = self.as_tuple(config['address'])
        return klass

    def configure_handler(self, config):
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as problem:
                raise ValueError('Unable to set formatter %r' % formatter) from problem
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        factory = self._handler_factory(config, original)
        attributes = config.pop('.', None)
        arguments = _keyword_arguments(config)
        try:
            handler = factory(**arguments)
        except TypeError as problem:
            if "'stream'" not in str(problem):
                raise
            # Old handler classes call the stream 'strm'.
            arguments['strm'] = arguments.pop('stream')
            handler = factory(**arguments)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        _set_attributes(handler, attributes)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as problem:
                raise ValueError('Unable to add handler %r' % name) from problem

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
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
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the logging.config documentation)."""
    dictConfigClass(config).configure()


# ==== shared by both configuration styles ==========================================

def _clearExistingHandlers():
    """Forget every handler: flush and close them, empty the registry."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the new configuration does not name: children of configured loggers go
    back to defaults, the others are disabled (or left alone when disable_existing is false)."""
    tree = logging.root.manager.loggerDict
    for name in existing:
        node = tree[name]
        if name not in child_loggers:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


# ==== the ini-file format ===========================================================

def _strip_spaces(items):
    return [item.strip() for item in items]


def _names(text):
    """'a, b ,c' -> ['a', 'b', 'c']; '' -> []."""
    if not text:
        return []
    return [name for name in _strip_spaces(text.split(",")) if name]


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (name, open file or
    RawConfigParser), with [loggers], [handlers] and [formatters] sections."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=_text_encoding(encoding))
        except configparser.ParsingError as problem:
            raise RuntimeError(f'{fname} is invalid: {problem}')
    formatters = _create_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(parser, formatters)
        _install_loggers(parser, handlers, disable_existing_loggers)


def _text_encoding(encoding):
    chooser = getattr(io, 'text_encoding', None)
    return chooser(encoding) if chooser is not None else encoding


def _create_formatters(parser):
    made = {}
    for name in _names(parser["formatters"]["keys"]):
        section = parser["formatter_" + name]
        fmt = section.get("format", raw=True, fallback=None)
        datefmt = section.get("datefmt", raw=True, fallback=None)
        style = section.get("style", raw=True, fallback='%')
        class_name = section.get("class")
        klass = _import_dotted(class_name) if class_name else logging.Formatter
        if "validate" in section:
            made[name] = klass(fmt, datefmt, style, validate=section["validate"])
        else:
            made[name] = klass(fmt, datefmt, style)
    return made


def _evaluate(text):
    # Handler arguments in the ini format are Python expressions over logging's names.
    return eval(text, vars(logging))


def _install_handlers(parser, formatters):
    made = {}
    waiting_for_target = []
    for name in _names(parser["handlers"]["keys"]):
        section = parser["handler_%s" % name]
        class_name = section["class"]
        try:
            klass = eval(class_name, vars(logging))
        except (AttributeError, NameError):
            klass = _import_dotted(class_name)
        args = _evaluate(section.get("args", '()'))
        kwargs = _evaluate(section.get("kwargs", '{}'))
        handler = klass(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        formatter = section.get("formatter")
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                waiting_for_target.append((handler, target))
        made[name] = handler
    for handler, target in waiting_for_target:
        handler.setTarget(made[target])
    return made


def _install_loggers(parser, handlers, disable_existing):
    names = _names(parser["loggers"]["keys"])
    if "root" in names:
        names.remove("root")
    else:
        raise KeyError('root')
    _configure_from_section(logging.root, parser["logger_root"], handlers)
    existing = sorted(logging.root.manager.loggerDict)
    to_reset = []
    for name in names:
        section = parser["logger_%s" % name]
        qualname = section["qualname"]
        logger = logging.getLogger(qualname)
        if qualname in existing:
            prefix = qualname + "."
            to_reset.extend(other for other in existing if other.startswith(prefix))
            existing.remove(qualname)
        logger.propagate = section.getint("propagate", fallback=1)
        logger.disabled = False
        _configure_from_section(logger, section, handlers)
    _handle_existing_loggers(existing, to_reset, disable_existing)


def _configure_from_section(logger, section, handlers):
    if "level" in section:
        logger.setLevel(section["level"])
    for old in list(logger.handlers):
        logger.removeHandler(old)
    for name in _names(section["handlers"]):
        logger.addHandler(handlers[name])
