"""Command-line option parsing in the older style (argparse's predecessor), as python3's optparse:
OptionParser, Option and its actions and types, OptionGroup, Values, the help formatters, and
the same error messages and exit status.

An OptionParser keeps its options in a list (for help) and in two maps by option string (short
-x and long --name, the latter matched by unique prefix too). parse_args() walks the arguments:
options are processed by their Option's action, other arguments are collected as positional.
"""

import os
import sys
import textwrap

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError', 'OptionValueError', 'BadOptionError',
           'check_choice']


def _(message):
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _repr(self):
    return '<%s at 0x%x: %s>' % (self.__class__.__name__, id(self), self)


# ---- errors --------------------------------------------------------------------------------

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A mistake in an Option's definition."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return 'option %s: %s' % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    """Two options with the same option string."""


class OptionValueError(OptParseError):
    """A bad value given to an option on the command line."""


class BadOptionError(OptParseError):
    """An unknown option on the command line."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long option prefix that matches several options."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# ---- help formatting ------------------------------------------------------------------------

NO_DEFAULT = ('NO', 'DEFAULT')
SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'


class HelpFormatter:
    """Lays out help text: headings, usage, descriptions, and one entry per option with its help
    wrapped in a column (help_position) that depends on the widest option strings."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        self.help_position = self.max_help_position = min(max_help_position, max(width - 20,
                                                                                 indent_increment * 2))
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = '%default'
        self.option_strings = {}
        self._short_opt_fmt = '%s %s'
        self._long_opt_fmt = '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def indent(self):
        self.current_indent += self.indent_increment
        self.level += 1

    def dedent(self):
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'
        self.level -= 1

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = ' ' * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        default = self.parser.defaults.get(option.dest)
        if default is NO_DEFAULT or default is None:
            default = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(default))

    def format_option(self, option):
        # The option strings, padded to the help column, or on a line of their own when too wide.
        lines = []
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        if len(strings) > room:
            lines.append('%*s%s\n' % (self.current_indent, '', strings))
            first_indent = self.help_position
        else:
            lines.append('%*s%-*s  ' % (self.current_indent, '', room, strings))
            first_indent = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            lines.append('%*s%s\n' % (first_indent, '', wrapped[0]))
            lines.extend('%*s%s\n' % (self.help_position, '', line) for line in wrapped[1:])
        elif lines[-1][-1] != '\n':
            lines.append('\n')
        return ''.join(lines)

    def store_option_strings(self, parser):
        # The parser's own options sit one indent in, the groups' two.
        widest = 0
        listed = [(1, parser.option_list)] + [(2, group.option_list) for group in parser.option_groups]
        for depth, options in listed:
            margin = self.current_indent + depth * self.indent_increment
            for each in options:
                text = self.option_strings[each] = self.format_option_strings(each)
                widest = max(widest, margin + len(text))
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts = option._short_opts
            longs = option._long_opts
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """'Usage: ...' and 'Options:' headings, entries indented under them."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return '%*s%s:\n' % (self.current_indent, '', heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with = and -."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        return '%s\n%s\n' % (heading, '=-'[self.level] * len(heading))


# ---- values of the option types -------------------------------------------------------------

def _parse_num(text, kind):
    head = text[:2].lower()
    if head == '0x':
        base = 16
    elif head == '0b':
        base = 2
        text = text[2:] or '0'
    elif text[:1] == '0':
        base = 8
    else:
        base = 10
    return kind(text, base)


def _parse_int(text):
    return _parse_num(text, int)


_NUMBER_TYPES = {'int': (_parse_int, _('integer')), 'long': (_parse_int, _('integer')),
                 'float': (float, _('floating-point')), 'complex': (complex, _('complex'))}


def check_builtin(option, opt, value):
    convert, what = _NUMBER_TYPES[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, what, value)) from None


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ', '.join(map(repr, option.choices))
    raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)') % (opt, value, choices))


# ---- Option -----------------------------------------------------------------------------------

class Option:
    """One option: its strings (-f, --file) and what it does with its value."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback', 'callback_args',
             'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const', 'count',
               'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}
    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = list(filter(None, opts))
        if not given:
            raise TypeError('at least one option string must be supplied')
        return given

    def _set_opt_strings(self, opts):
        for text in opts:
            size = len(text)
            if size < 2:
                raise OptionError('invalid option string %r: must be at least two characters long' % (text,), self)
            is_short = size == 2
            well_formed = (text[0] == '-' and text[1] != '-') if is_short else (text[:2] == '--' and text[2] != '-')
            if not well_formed:
                if is_short:
                    problem = 'must be of the form -x, (x any non-dash char)'
                else:
                    problem = 'must start with --, followed by non-dash'
                raise OptionError('invalid %s option string %r: %s' % ('short' if is_short else 'long', text, problem),
                                  self)
            (self._short_opts if is_short else self._long_opts).append(text)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                setattr(self, name, attrs.pop(name))
            else:
                setattr(self, name, NO_DEFAULT if name == 'default' else None)
        if attrs:
            names = sorted(attrs.keys())
            raise OptionError('invalid keyword arguments: %s' % ', '.join(names), self)

    # The checks run on every new Option (CHECK_METHODS lists them).

    def _check_action(self):
        self.action = self.action or 'store'
        if not self.action in self.ACTIONS:
            raise OptionError('invalid action: %r' % (self.action,), self)

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'string' if self.choices is None else 'choice'
            return
        # A built-in type may be given for its name: int, float, str...
        kind = getattr(kind, '__name__', kind) if isinstance(kind, type) else kind
        self.type = kind = {'str': 'string'}.get(kind, kind)
        if not kind in self.TYPES:
            raise OptionError('invalid option type: %r' % (kind,), self)
        if not self.action in self.TYPED_ACTIONS:
            raise OptionError('must not supply a type for action %r' % (self.action,), self)

    def _check_choice(self):
        if self.type == 'choice':
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)"
                                  % str(type(self.choices)).split("'")[1], self)
        elif self.choices is not None:
            raise OptionError('must not supply choices for type %r' % self.type, self)

    def _check_dest(self):
        # An option that stores something is named after its first long string (or short one).
        stores = self.action in self.STORE_ACTIONS or self.type is not None
        if stores and self.dest is None:
            first_long = self._long_opts[:1]
            self.dest = first_long[0][2:].replace('-', '_') if first_long else self._short_opts[0][1:]

    def _check_const(self):
        if self.const is not None and not self.action in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % (self.action,), self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if not typed and self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % (self.action,), self)
        if typed and self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        given_args, given_kwargs = self.callback_args, self.callback_kwargs
        if self.action != 'callback':
            if self.callback is not None:
                raise OptionError('callback supplied (%r) for non-callback option' % (self.callback,), self)
            for name, given in (('callback_args', given_args), ('callback_kwargs', given_kwargs)):
                if given is not None:
                    raise OptionError(name + ' supplied for non-callback option', self)
            return
        if not callable(self.callback):
            raise OptionError('callback not callable: %r' % (self.callback,), self)
        for name, given, kind, what in (('callback_args', given_args, tuple, 'tuple'),
                                        ('callback_kwargs', given_kwargs, dict, 'dict')):
            if given is not None and not isinstance(given, kind):
                raise OptionError('%s, if supplied, must be a %s: not %r' % (name, what, given), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const, _check_nargs,
                     _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return not self.type is None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        if self.type in self.TYPE_CHECKER:
            return self.TYPE_CHECKER[self.type](self, opt, value)
        return value

    def convert_value(self, opt, value):
        if value is None or self.nargs != 1:
            return value if value is None else tuple(self.check_value(opt, one) for one in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        # The value each storing action keeps, or a list it adds to, or a count.
        kept = {'store': value, 'store_const': self.const, 'store_true': True, 'store_false': False}
        if action in kept:
            setattr(values, dest, kept[action])
        elif action in ('append', 'append_const'):
            bucket = values.ensure_value(dest, [])
            bucket.append(value if action == 'append' else self.const)
        elif action == 'count':
            so_far = values.ensure_value(dest, 0)
            setattr(values, dest, so_far + 1)
        elif action == 'callback':
            extra_args = self.callback_args or ()
            extra_kwargs = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra_args, **extra_kwargs)
        elif action in ('help', 'version'):
            shown = parser.print_help if action == 'help' else parser.print_version
            shown()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


# ---- Values -----------------------------------------------------------------------------------

class Values:
    """The parsed options, as attributes."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return '%s' % (vars(self),)

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, (Values, dict)):
            return vars(self) == (vars(other) if isinstance(other, Values) else other)
        return NotImplemented

    def _update_careful(self, mapping):
        for name in dir(self):
            if name in mapping:
                value = mapping[name]
                if value is not None:
                    setattr(self, name, value)

    def _update_loose(self, mapping):
        self.__dict__.update(mapping)

    def _update(self, mapping, mode):
        if mode == 'careful':
            self._update_careful(mapping)
        elif mode == 'loose':
            self._update_loose(mapping)
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = value
        return current


# ---- containers of options ------------------------------------------------------------------

class OptionContainer:
    """What OptionParser and OptionGroup share: adding, finding and removing options."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser):
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _strings(self, option):
        """Each option string of option with the map (short or long) it belongs in."""
        for text in option._short_opts:
            yield text, self._short_opt, option._short_opts
        for text in option._long_opts:
            yield text, self._long_opt, option._long_opts

    def _check_conflict(self, option):
        clashes = [(text, table) for text, table, _own in self._strings(option) if text in table]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            taken = ', '.join(text for text, _table in clashes)
            raise OptionConflictError('conflicting option string(s): %s' % taken, option)
        # 'resolve': the older option gives up the strings; it goes when none are left.
        for text, table in clashes:
            older = table.pop(text)
            (older._long_opts if text.startswith('--') else older._short_opts).remove(text)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError('not an Option instance: %r' % (first,))
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for text, table, _own in self._strings(option):
            table[text] = option
        dest = option.dest
        if dest is not None:
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return self.get_option(opt_str) is not None

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError('no such option %r' % (opt_str,))
        for text, table, _own in list(self._strings(option)):
            del table[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ''
        return ''.join(formatter.format_option(opt) for opt in self.option_list if opt.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    """Options shown together under their own heading in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    """The parser: its options and groups, the usage and help texts, and parse_args()."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        if formatter is None:
            formatter = IndentedHelpFormatter()
        self.formatter = formatter
        self.formatter.set_parser(self)
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list
        del self.option_groups
        del self.formatter

    def _create_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version', help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, the ones given, then --version and -h.
        for group in (self.standard_option_list, option_list or []):
            self.add_options(group)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = None
        self.largs = None
        self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = _('%prog [options]')
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        everything = list(self.option_list)
        for each in self.option_groups:
            everything += each.option_list
        return everything

    def get_default_values(self):
        start = dict(self.defaults)
        if self.process_default_values:
            # A string default of a typed option goes through the type's conversion.
            for option in self._get_all_options():
                value = start.get(option.dest)
                if isinstance(value, str):
                    start[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(start)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif not isinstance(first, OptionGroup):
            raise TypeError('not an OptionGroup instance: %r' % (first,))
        elif first.parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing --------------------------------------------------------------------------

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parses the arguments (sys.argv[1:] by default); returns (options, positional args)."""
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return values, args

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == '--':
                del rargs[0]
                return
            if arg[0:2] == '--':
                self._process_long_opt(rargs, values)
            elif arg[:1] == '-' and len(arg) > 1:
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments', count)
                       % {'option': opt, 'number': count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[0:count])
        del rargs[0:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        if '=' in arg:
            opt, attached = arg.split('=', 1)
            rargs.insert(0, attached)
            explicit = True
        else:
            opt = arg
            explicit = False
        opt = self._match_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif explicit:
            self.error(_('%s option does not take a value') % opt)
            value = None
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        for index, ch in enumerate(arg[1:], 2):
            opt = '-' + ch
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if option.takes_value():
                # The rest of this argument is the value, if there is a rest.
                rest = arg[index:]
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(option, opt, rargs)
                option.process(opt, value, values, self)
                break
            option.process(opt, None, values, self)

    # -- texts ----------------------------------------------------------------------------

    def get_prog_name(self):
        return self.prog if self.prog is not None else os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Prints the usage and `prog: error: msg` to stderr, and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ''

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        parts = [formatter.format_heading(_('Options'))]
        formatter.indent()
        if self.option_list:
            parts.append(OptionContainer.format_option_help(self, formatter))
            parts.append('\n')
        for group in self.option_groups:
            parts.append(group.format_help(formatter))
            parts.append('\n')
        formatter.dedent()
        return ''.join(parts[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + '\n')
        if self.description:
            parts.append(self.format_description(formatter) + '\n')
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return ''.join(parts)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        file.write(self.format_help())


def _match_abbrev(s, wordmap):
    """The option string s stands for: itself, or the one option it is a prefix of."""
    if s in wordmap:
        return s
    candidates = [word for word in wordmap.keys() if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    candidates.sort()
    raise AmbiguousOptionError(s, candidates)
