"""getopt: command-line option parsing in the style of C's getopt(), as CPython 3.11's module.

getopt stops at the first non-option argument; gnu_getopt lets options and operands mix
(unless the short option string starts with '+' or POSIXLY_CORRECT is set). Long options
may be abbreviated to any unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad command line: `msg` says what is wrong, `opt` names the option ('' if none)."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parses options at the front of `args`: ([(option, value)], remaining arguments)."""
    found = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        head, args = args[0], args[1:]
        if head == '--':
            break
        if head.startswith('--'):
            args = _take_long(found, head[2:], longopts, args)
        else:
            args = _take_shorts(found, head[1:], shortopts, args)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options may come after operands."""
    found = []
    operands = []
    longopts = _long_list(longopts)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        options_first = True
    while args:
        head = args[0]
        if head == '--':
            operands.extend(args[1:])
            break
        if head.startswith('--'):
            args = _take_long(found, head[2:], longopts, args[1:])
        elif head.startswith('-') and head != '-':
            args = _take_shorts(found, head[1:], shortopts, args[1:])
        elif options_first:
            operands.extend(args)
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands


def _take_long(found, text, longopts, rest):
    name, equals, value = text.partition('=')
    wants_value, name = _match_long(name, longopts)
    if not equals:
        value = None
    if wants_value:
        if value is None:
            if not rest:
                raise GetoptError(f'option --{name} requires argument', name)
            value, rest = rest[0], rest[1:]
    elif value is not None:
        raise GetoptError(f'option --{name} must not have an argument', name)
    found.append(('--' + name, value or ''))
    return rest


def _match_long(name, longopts):
    """(takes a value?, full option name) for a possibly abbreviated long option."""
    matches = [spec for spec in longopts if spec.startswith(name)]
    if not matches:
        raise GetoptError(f'option --{name} not recognized', name)
    if name in matches:
        return False, name
    if name + '=' in matches:
        return True, name
    if len(matches) > 1:
        raise GetoptError(f'option --{name} not a unique prefix', name)
    spec = matches[0]
    if spec.endswith('='):
        return True, spec[:-1]
    return False, spec


def _take_shorts(found, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError(f'option -{letter} requires argument', letter)
                letters, rest = rest[0], rest[1:]
            value, letters = letters, ''
        else:
            value = ''
        found.append(('-' + letter, value))
    return rest


def _short_wants_value(letter, shortopts):
    for at, spec in enumerate(shortopts):
        if spec == letter and spec != ':':
            return shortopts[at + 1:at + 2] == ':'
    raise GetoptError(f'option -{letter} not recognized', letter)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
