"""argparse for gilpy: command-line parsing with generated usage, help and error messages.

Written for gilpy from the documented behaviour of CPython 3.11's argparse; the text it
prints (usage and help layout, wrapping by COLUMNS, error messages) and the exit codes are
those of CPython, the code is gilpy's own.

Pieces, in file order: Namespace and the errors; HelpFormatter and its variants (the help
text is a tree of sections whose items are rendered lazily, once the widest invocation is
known); Action and the built-in actions; the action containers (parser, argument groups,
mutually exclusive groups); ArgumentParser and its parsing loop.  Parsing works on a
"shape" string with one letter per command-line word ('O' an option, 'A' an argument,
'-' the '--' marker) and matches each action's nargs as a regular expression over it.
"""

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    """Messages are not translated in gilpy; this marks them as messages."""
    return text


def _plural(count, one, many):
    return one if count == 1 else many


# ==== small shared pieces ==========================================================

class _AttributeHolder(object):
    """repr() as 'Name(arg, key=value, **{'odd key': value})'."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """How error messages name an argument: its option strings, metavar or dest."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name not in (None, SUPPRESS):
            return name
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument (while defining the parser or parsing)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= functions to give their own error message."""


class Namespace(_AttributeHolder):
    """The plain object parse_args() fills with attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class FileType(object):
    """A type= factory that opens the named file ('-' meaning stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def _standard_stream(self):
        binary = 'b' in self._mode
        if 'r' in self._mode:
            return _sys.stdin.buffer if binary else _sys.stdin
        if any(letter in self._mode for letter in 'wax'):
            return _sys.stdout.buffer if binary else _sys.stdout
        raise ValueError(_('argument "-" with mode %r') % self._mode)

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as problem:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': problem})

    def __repr__(self):
        pieces = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for name, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                pieces.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))


# ==== help formatting ==============================================================

_WHITESPACE = _re.compile(r'\s+', _re.ASCII)
_BLANK_RUN = _re.compile(r'\n\n\n+')


class HelpFormatter(object):
    """Lays out usage and help text.

    The parser adds usage, text and arguments, opening and closing sections; nothing is
    rendered until format_help(), because the column where help text starts depends on
    the longest argument invocation in the whole help."""

    class _Section(object):
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            owner = self.formatter
            nested = self.parent is not None
            if nested:
                owner._indent()
            body = owner._join_parts([render(*args) for render, args in self.items])
            if nested:
                owner._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                title = '%*s%s:\n' % (owner._current_indent, '', self.heading)
            return owner._join_parts(['\n', title, body, '\n'])

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        # Help text starts at this column at most (less when the invocations are short).
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._current_indent = self._level = self._action_max_length = 0
        self._current_section = self._root_section = self._Section(self, None)
        self._whitespace_matcher = _WHITESPACE
        self._long_break_matcher = _BLANK_RUN

    # -- indentation and sections -------------------------------------------------

    def _indent(self):
        self._shift(+1)

    def _dedent(self):
        self._shift(-1)
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    def _shift(self, steps):
        self._current_indent += steps * self._indent_increment
        self._level += steps

    def _add_item(self, func, args):
        # Rendered by the section's format_help(), once all items are in.
        section = self._current_section
        section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        opened = self._Section(self, self._current_section, heading)
        self._add_item(opened.format_help, [])
        self._current_section = opened

    def end_section(self):
        closed = self._current_section
        self._current_section = closed.parent
        self._dedent()

    def add_text(self, text):
        if text not in (None, SUPPRESS):
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage != SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        invocations.extend(self._format_action_invocation(sub)
                           for sub in self._iter_indented_subactions(action))
        widest = max(len(text) for text in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, widest)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for each in actions:
            self.add_argument(each)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        text = self._long_break_matcher.sub('\n\n', text)
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings if part and part is not SUPPRESS)

    # -- usage --------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        prog = '%(prog)s' % dict(prog=self._prog)
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            described = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join(piece for piece in (prog, described) if piece)
            room = self._width - self._current_indent
            if len(prefix) + len(usage) > room:
                usage = self._wrapped_usage(prefix, prog, optionals, positionals,
                                            groups, room)
        return '%s%s\n\n' % (prefix, usage)

    def _wrapped_usage(self, prefix, prog, optionals, positionals, groups, room):
        """Usage too long for one line: options, then positionals, over several lines."""
        token = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        opt_parts = _re.findall(token, opt_text)
        pos_parts = _re.findall(token, pos_text)
        assert ' '.join(opt_parts) == opt_text
        assert ' '.join(pos_parts) == pos_text

        def fill(parts, indent, first_prefix=None):
            lines, current = [], []
            used = len(first_prefix if first_prefix is not None else indent) - 1
            for part in parts:
                if current and used + 1 + len(part) > room:
                    lines.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long program name gets a line of its own.
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _group_marks(self, actions, groups):
        """Where mutually exclusive groups open, close and separate their members."""
        members = set()
        marks = {}

        def put(index, mark):
            marks[index] = marks[index] + ' ' + mark if index in marks else mark

        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            members.update(group._group_actions)
            shown = sum(1 for a in group._group_actions if a.help is not SUPPRESS)
            if not group.required:
                put(start, '[')
                put(end, ']')
            elif shown > 1:
                put(start, '(')
                put(end, ')')
            for index in range(start + 1, end):
                marks[index] = '|'
        return members, marks

    def _format_actions_usage(self, actions, groups):
        members, marks = self._group_marks(actions, groups)
        parts = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(index) == '|':
                    marks.pop(index)
                elif marks.get(index + 1) == '|':
                    marks.pop(index + 1)
                continue
            if not action.option_strings:
                part = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in members and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavars = self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], metavars)
                if not action.required and action not in members:
                    part = '[%s]' % part
            parts.append(part)
        for index in sorted(marks, reverse=True):
            parts[index:index] = [marks[index]]
        text = ' '.join(part for part in parts if part is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # -- text and arguments ---------------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        help_indent = 0
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= header_width:
            header = '%*s%-*s  ' % (self._current_indent, '', header_width, header)
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            help_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (help_indent, '', lines[0]))
                parts.extend('%*s%s\n' % (help_position, '', line) for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, args) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            chosen = default_metavar

        def format(tuple_size):
            if isinstance(chosen, tuple):
                return chosen
            return (chosen,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavar(1)
        if nargs == ZERO_OR_MORE:
            names = metavar(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            value = params[name]
            if value is SUPPRESS:
                del params[name]
            elif hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(choice) for choice in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written (line breaks included)."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type (int, str, ...) instead of their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ==== actions ======================================================================

class Action(_AttributeHolder):
    """What to do with an argument once its strings are found: subclasses define
    __call__(parser, namespace, values, option_string=None)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    _SHOWN = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
              'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in self._SHOWN]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        with_negations = []
        for option in option_strings:
            with_negations.append(option)
            if option.startswith('--'):
                with_negations.append('--no-' + option[2:])
        super().__init__(option_strings=with_negations, dest=dest, nargs=0,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default,
                         nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default,
                         nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the remaining words."""

    class _ChoicesPseudoAction(Action):
        # Only shown in help: one line per sub-command that was given help=.
        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = ' '.join((self._prog_prefix, name))
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        clash = next((alias for alias in aliases if alias in taken), None)
        if clash is not None:
            raise ArgumentError(self, _('conflicting subparser alias: %s') % clash)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, _('unknown parser %(parser_name)r (choices: %(choices)s)')
                                % {'parser_name': name,
                                   'choices': ', '.join(self._name_parser_map)})
        # The sub-parser fills a namespace of its own; its values win over ours.
        inner, leftovers = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if leftovers:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftovers)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.extend(values)
        setattr(namespace, self.dest, collected)


_BUILTIN_ACTIONS = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


# ==== containers of actions =========================================================

class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument() and the registries."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, action_class in _BUILTIN_ACTIONS.items():
            self.register('action', name, action_class)
        self._get_handler()     # reject an unknown conflict_handler now
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # A shared one-item-or-empty list: does any option look like a negative number?
        self._has_negative_number_optionals = []

    # -- registries ------------------------------------------------------------------

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    # -- defaults -------------------------------------------------------------------

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for known in self._actions:
            if known.dest in kwargs:
                known.default = kwargs[known.dest]

    def get_default(self, dest):
        """An action's own default wins over set_defaults()."""
        own = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return own[0] if own else self._defaults.get(dest)

    # -- adding arguments --------------------------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) for a positional,
        add_argument(option_string, option_string, ..., name=value, ...) for an option."""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            self._fill_default(kwargs)
        factory = self._pop_action_class(kwargs)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**kwargs)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        if hasattr(self, "_get_formatter"):
            # Catches a metavar tuple whose length does not fit nargs.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def _fill_default(self, kwargs):
        # set_defaults() first, then the parser-wide argument_default.
        dest = kwargs['dest']
        if dest in self._defaults:
            kwargs['default'] = self._defaults[dest]
        elif self.argument_default is not None:
            kwargs['default'] = self.argument_default

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        if any(self._negative_number_matcher.match(option)
               for option in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copy a parent parser's arguments, groups and mutually exclusive groups."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = copy
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        prefixes = self.prefix_chars
        long_forms = []
        for option in args:
            if option[0] not in prefixes:
                raise ValueError(_('invalid option string %(option)r: must start with '
                                   'a character %(prefix_chars)r')
                                 % {'option': option, 'prefix_chars': prefixes})
            if len(option) > 1 and option[1] in prefixes:
                long_forms.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_forms[0] if long_forms else args[0]
            dest = source.lstrip(prefixes)
            if not dest:
                raise ValueError(_('dest= is required for options like %r') % args[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    # -- option strings claimed twice ----------------------------------------------------

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = _plural(len(conflicting_actions), 'conflicting option string: %s',
                          'conflicting option strings: %s')
        names = ', '.join(option for option, _other in conflicting_actions)
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action wins: older ones lose the option strings, and vanish
        # when none is left.
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


_SHARED_WITH_GROUPS = ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups')


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser as well."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Everything but the group's own list is the parser's, shared.
        for shared in _SHARED_WITH_GROUPS:
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one with required=True) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ==== the parser ===================================================================

def _identity(string):
    return string


# nargs -> regular expression over the shape string ('A' argument, 'O' option,
# '-' the '--' marker).  Options drop the '-' parts: '--' ends their arguments.
_NARGS_SHAPES = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}

_NARGS_ERRORS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace; writes usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS, help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')
        return [(name, getattr(self, name)) for name in names]

    # -- sub-commands -----------------------------------------------------------------

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', _('subcommands'))
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-command programs are named after our usage up to the positionals.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- entry points -------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults go in first; attributes the caller's namespace already has stay.
        pending = [(a.dest, a.default) for a in self._actions
                   if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        pending.extend(self._defaults.items())
        for dest, value in pending:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
        # Words a sub-parser did not want come back through the namespace.
        leftovers = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if leftovers is not None:
            args.extend(leftovers)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        return _ParseRun(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as source:
                    found = []
                    for line in source.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                expanded.extend(self._read_args_from_files(found))
            except OSError as problem:
                self.error(str(problem))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # -- matching nargs against the shape string ---------------------------------------

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is None:
            message = _NARGS_ERRORS.get(action.nargs)
            if message is None:
                message = _plural(action.nargs, 'expected %s argument',
                                  'expected %s arguments') % action.nargs
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many leading positionals as can be satisfied together.
        for count in range(len(actions), 0, -1):
            joined = ''.join(self._get_nargs_pattern(a) for a in actions[:count])
            found = _re.match(joined, arg_strings_pattern)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs in _NARGS_SHAPES:
            shape = _NARGS_SHAPES[nargs]
        else:
            shape = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            shape = shape.replace('-*', '').replace('-', '')
        return shape

    # -- recognising option strings ---------------------------------------------------

    def _parse_optional(self, arg_string):
        """(action or None, option string, attached value or None) for a word that is
        an option; None for a word that is an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option, value = arg_string.split('=', 1)
            if option in known:
                return known[option], option, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(option for _action, option, _value in candidates)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        if len(candidates) == 1:
            return candidates[0]
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        prefixes = self.prefix_chars
        known = self._option_string_actions
        first, second = option_string[0], option_string[1]
        if first in prefixes and second in prefixes:
            if self.allow_abbrev:
                if '=' in option_string:
                    stem, value = option_string.split('=', 1)
                else:
                    stem, value = option_string, None
                for option in known:
                    if option.startswith(stem):
                        found.append((known[option], option, value))
        elif first in prefixes:
            short, attached = option_string[:2], option_string[2:]
            for option in known:
                if option == short:
                    found.append((known[option], option, attached))
                elif option.startswith(option_string):
                    found.append((known[option], option, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    # -- intermixed options and positionals ---------------------------------------------

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first (positionals set aside), then the positionals from what is left."""
        positionals = self._get_positional_actions()
        unsupported = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if unsupported:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % unsupported[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            namespace, remaining = self._options_pass(positionals, args, namespace)
            namespace, extras = self._positionals_pass(remaining, namespace)
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _options_pass(self, positionals, args, namespace):
        saved = [(action, action.nargs, action.default) for action in positionals]
        try:
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            namespace, remaining = self.parse_known_args(args, namespace)
            for action in positionals:
                # A positional that only matched nothing would shadow the second pass.
                if hasattr(namespace, action.dest) and getattr(namespace, action.dest) == []:
                    from warnings import warn
                    warn('Do not expect %s in %s' % (action.dest, namespace))
                    delattr(namespace, action.dest)
        finally:
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
        return namespace, remaining

    def _positionals_pass(self, remaining, namespace):
        optionals = self._get_optional_actions()
        saved_actions = [(action, action.required) for action in optionals]
        saved_groups = [(group, group.required) for group in self._mutually_exclusive_groups]
        try:
            for action in optionals:
                action.required = False
            for group in self._mutually_exclusive_groups:
                group.required = False
            return self.parse_known_args(remaining, namespace)
        finally:
            for action, required in saved_actions:
                action.required = required
            for group, required in saved_groups:
                group.required = required

    # -- values ---------------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        convert, check = self._get_value, self._check_value
        if not arg_strings and nargs == OPTIONAL:
            # A bare optional gets its const, an absent positional its default.
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = convert(action, value)
                check(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            check(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = convert(action, arg_strings[0])
            check(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [convert(action, text) for text in arg_strings]
        if nargs == PARSER:
            check(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                check(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, _('%r is not callable') % converter)
        try:
            return converter(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)')
                                % {'value': value,
                                   'choices': ', '.join(map(repr, action.choices))})

    # -- help and errors ----------------------------------------------------------------

    def _usage_formatter(self):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return layout

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        layout = self._usage_formatter()
        layout.add_text(self.description)
        for section in self._action_groups:
            layout.start_section(section.title)
            layout.add_text(section.description)
            layout.add_arguments(section._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if not message:
            return
        target = file or _sys.stderr
        try:
            target.write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})


class _ParseRun(object):
    """One pass of parse_known_args over a list of strings.

    The words are first classified into a shape string; then the loop alternates
    between runs of positionals (matched together, as many as fit) and single options
    (with their arguments), collecting words nobody wants in `extras`."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        if parser.fromfile_prefix_chars is not None:
            arg_strings = parser._read_args_from_files(arg_strings)
        self.words = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for index, action in enumerate(members):
                self.conflicts.setdefault(action, []).extend(
                    members[:index] + members[index + 1:])
        self.options_at = {}
        self.shape = self._classify(arg_strings)
        self.positionals = parser._get_positional_actions()

    def _classify(self, words):
        letters = []
        after_marker = False
        for index, word in enumerate(words):
            if after_marker:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_marker = True
            else:
                found = self.parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    self.options_at[index] = found
                    letters.append('O')
        return ''.join(letters)

    def _take_action(self, action, argument_strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, argument_strings)
        # A value that is the default object itself does not count as "given" for
        # mutual exclusion (so 'store_true' twice in a group is fine when unused).
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.conflicts.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def _consume_optional(self, start):
        action, option_string, attached = self.options_at[start]
        parser = self.parser
        todo = []
        while True:
            if action is None:
                self.extras.append(self.words[start])
                return start + 1
            if attached is None:
                first = start + 1
                count = parser._match_argument(action, self.shape[first:])
                stop = first + count
                todo.append((action, self.words[first:stop], option_string))
                break
            count = parser._match_argument(action, 'A')
            if (count == 0 and option_string[1] not in parser.prefix_chars
                    and attached != ''):
                # '-xyz' where -x takes nothing: -x, then '-yz' as the next option.
                todo.append((action, [], option_string))
                option_string = option_string[0] + attached[0]
                rest = attached[1:] or None
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % attached)
                action = parser._option_string_actions[option_string]
                attached = rest
            elif count == 1:
                stop = start + 1
                todo.append((action, [attached], option_string))
                break
            else:
                raise ArgumentError(action, _('ignored explicit argument %r') % attached)
        for action, args, option_string in todo:
            self._take_action(action, args, option_string)
        return stop

    def _consume_positionals(self, start):
        counts = self.parser._match_arguments_partial(self.positionals, self.shape[start:])
        for action, count in zip(self.positionals, counts):
            args = self.words[start:start + count]
            start += count
            self._take_action(action, args)
        self.positionals[:] = self.positionals[len(counts):]
        return start

    def run(self):
        start = 0
        last_option = max(self.options_at) if self.options_at else -1
        while start <= last_option:
            next_option = min(i for i in self.options_at if i >= start)
            if start != next_option:
                reached = self._consume_positionals(start)
                if reached > start:
                    start = reached
                    continue
                start = reached
            if start not in self.options_at:
                self.extras.extend(self.words[start:next_option])
                start = next_option
            start = self._consume_optional(start)
        stop = self._consume_positionals(start)
        self.extras.extend(self.words[stop:])
        self._finish()
        return self.namespace, self.extras

    def _finish(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # String defaults go through type= as if given on the command line.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(action in self.seen_non_default for action in group._group_actions):
                continue
            names = [_get_action_name(action) for action in group._group_actions
                     if action.help is not SUPPRESS]
            parser.error(_('one of the arguments %s is required') % ' '.join(names))
