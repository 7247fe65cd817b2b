"""configparser: INI-style configuration files, as CPython 3.11's module behaves.

Owns the parsers (RawConfigParser, ConfigParser), the per-section mapping views
(SectionProxy), the user converters table (ConverterMapping), the interpolation
strategies (none, BasicInterpolation's %(name)s, ExtendedInterpolation's
${section:option}) and the exception family with CPython's messages.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
import collections.abc

__all__ = """
    NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError
    InterpolationError InterpolationDepthError InterpolationMissingOptionError
    InterpolationSyntaxError ParsingError MissingSectionHeaderError ConfigParser
    SafeConfigParser RawConfigParser Interpolation BasicInterpolation
    ExtendedInterpolation LegacyInterpolation SectionProxy ConverterMapping
    DEFAULTSECT MAX_INTERPOLATION_DEPTH""".split()

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10  # nested references followed before giving up

# Marks "argument not given" where None is a meaningful value.
_UNSET = object()


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Root of the configparser exceptions; str() and repr() are the message."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _remember(err, names, values):
    """Stores each value under its attribute name and makes them the exception's args."""
    for attr, value in zip(names, values):
        setattr(err, attr, value)
    err.args = tuple(values)


def _already(kind, tail, source, lineno):
    """The text of the duplicate errors, with the place it was read from when known."""
    if source is None:
        return f"{kind.capitalize()} {tail}"
    place = f"While reading from {source!r}"
    if lineno:
        place += f" [line {lineno:2d}]"
    return f"{place}: {kind} {tail}"


class NoSectionError(Error):
    """A section that is not there was asked for."""

    def __init__(self, section):
        super().__init__(f"No section: {section!r}")
        _remember(self, ("section",), (section,))


class DuplicateSectionError(Error):
    """A section was added twice (or read twice from one source in strict mode)."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_already("section", f"{section!r} already exists", source, lineno))
        _remember(self, ("section", "source", "lineno"), (section, source, lineno))


class DuplicateOptionError(Error):
    """An option appeared twice in one section of one source (strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = f"{option!r} in section {section!r} already exists"
        super().__init__(_already("option", tail, source, lineno))
        _remember(self, ("section", "option", "source", "lineno"),
                  (section, option, source, lineno))


class NoOptionError(Error):
    """A section has no such option."""

    def __init__(self, option, section):
        super().__init__(f"No option {option!r} in section: {section!r}")
        _remember(self, ("option", "section"), (option, section))


class InterpolationError(Error):
    """Root of the errors met while substituting references in a value."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        _remember(self, ("option", "section"), (option, section))
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = (f"Bad value substitution: option {option!r} in section {section!r} "
                f"contains an interpolation key {reference!r} which is not a valid "
                f"option name. Raw value: {rawval!r}")
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (a loop, usually)."""

    def __init__(self, option, section, rawval):
        text = (f"Recursion limit exceeded in value substitution: option {option!r} "
                f"in section {section!r} contains an interpolation key which cannot "
                f"be substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


_FILENAME_NOTE = ("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.")


class ParsingError(Error):
    """Lines of a source that could not be parsed, collected in `errors`."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (filename or source):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        super().__init__(f"Source contains parsing errors: {source!r}")
        self.errors = []
        _remember(self, ("source",), (source,))

    @property
    def filename(self):
        warnings.warn(_FILENAME_NOTE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn(_FILENAME_NOTE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        """Records one bad line (its text already repr'd by the parser)."""
        self.errors.append((lineno, line))
        self.message += f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] line."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, f"File contains no section headers.\nfile: {filename!r}, "
                             f"line: {lineno}\n{line!r}")
        self.errors = []
        _remember(self, ("source", "lineno", "line"), (filename, lineno, line))


# ------------------------------------------------------------- interpolation

class Interpolation:
    """No substitution at all: values come back as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substituting(Interpolation):
    """What the two substituting interpolations share: MARK MARK is a literal MARK,
    MARK OPEN ... is a reference (matched by REFERENCE), anything else after MARK is an
    error. Subclasses resolve a matched reference in `_resolve`."""

    MARK = OPEN = ''
    REFERENCE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        bare = self.REFERENCE.sub('', value.replace(self.MARK * 2, ''))
        stray = bare.find(self.MARK)
        if stray != -1:
            raise ValueError(f"invalid interpolation syntax in {value!r} at position {stray}")
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        mark = self.MARK
        while rest:
            at = rest.find(mark)
            if at < 0:
                pieces.append(rest)
                return
            pieces.append(rest[:at])
            rest = rest[at:]
            following = rest[1:2]
            if following == mark:
                pieces.append(mark)
                rest = rest[2:]
                continue
            if following != self.OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    f"'{mark}' must be followed by '{mark}' or '{self.OPEN}', found: {rest!r}")
            found = self.REFERENCE.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section, f"bad interpolation variable reference {rest!r}")
            rest = rest[found.end():]
            self._resolve(parser, option, section, raw, mapping, found.group(1), rest,
                          pieces, depth)


class BasicInterpolation(_Substituting):
    """`%(name)s` takes another option of the same section (or DEFAULT); `%%` is a percent sign."""

    MARK, OPEN = '%', '('
    REFERENCE = re.compile(r"%\(([^)]+)\)s")
    _KEYCRE = REFERENCE

    def _resolve(self, parser, option, section, raw, mapping, name, rest, pieces, depth):
        name = parser.optionxform(name)
        if name not in mapping:
            raise InterpolationMissingOptionError(option, section, raw, name)
        target = mapping[name]
        if '%' in target:
            # Nested references keep reporting the option first asked for.
            self._expand(parser, option, pieces, target, section, mapping, depth + 1)
        else:
            pieces.append(target)


class ExtendedInterpolation(_Substituting):
    """`${option}` or `${section:option}` takes another value; `$$` is a dollar sign."""

    MARK, OPEN = '$', '{'
    REFERENCE = re.compile(r"\$\{([^}]+)\}")
    _KEYCRE = REFERENCE

    def _resolve(self, parser, option, section, raw, mapping, text, rest, pieces, depth):
        path = text.split(':')
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section, f"More than one ':' found: {rest!r}")
        xform = parser.optionxform
        try:
            if len(path) == 1:
                name, where = xform(path[0]), section
                target = mapping[name]
            else:
                name, where = xform(path[1]), path[0]
                target = parser.get(where, name, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ":".join(path)) from None
        if '$' in target:
            # Nested references are reported under the option they come from.
            inner = dict(parser.items(where, raw=True))
            self._expand(parser, name, pieces, target, where, inner, depth + 1)
        else:
            pieces.append(target)


class LegacyInterpolation(Interpolation):
    """Deprecated: `%(name)s` substituted repeatedly until no reference is left."""

    _REFERENCE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 "
                      "and will be removed from the configparser module in Python 3.13. "
                      "Use BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        raw = value
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and "%(" in value:
                def swap(found, parser=parser):
                    name = found.group(1)
                    if name is None:
                        return found.group()
                    return "%%(%s)s" % parser.optionxform(name)
                value = self._REFERENCE.sub(swap, value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise InterpolationMissingOptionError(
                        option, section, raw, e.args[0]) from None
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value


# ------------------------------------------------------------------- parsers

class _Layers:
    """Read-only lookup through several dicts in turn (vars, section, defaults)."""

    def __init__(self, *layers):
        self.layers = layers

    def __getitem__(self, key):
        for layer in self.layers:
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in layer for layer in self.layers)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        merged = {}
        for layer in reversed(self.layers):
            merged.update(dict.fromkeys(layer))
        return merged.keys()

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())


def _option_pattern(delimiters, allow_no_value):
    """The regex splitting an option line into option, delimiter ('vi') and value."""
    between = "|".join(map(re.escape, delimiters))
    tail = r"(?P<vi>%s)\s*(?P<value>.*)" % between
    if allow_no_value:
        tail = "(?:" + tail + ")?"
    return re.compile(r"(?P<option>.*?)\s*" + tail + "$")


_STANDARD_DELIMITERS = ('=', ':')
_FIRST_NONSPACE = re.compile(r"\S")
_TRUE_WORDS = ('1', 'yes', 'true', 'on')
_FALSE_WORDS = ('0', 'no', 'false', 'off')


class RawConfigParser(collections.abc.MutableMapping):
    """A configuration: sections of options, read from INI text, without interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_pattern(_STANDARD_DELIMITERS, False)
    OPTCRE_NV = _option_pattern(_STANDARD_DELIMITERS, True)
    NONSPACECRE = _FIRST_NONSPACE
    BOOLEAN_STATES = {**dict.fromkeys(_TRUE_WORDS, True), **dict.fromkeys(_FALSE_WORDS, False)}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=_STANDARD_DELIMITERS, comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters != _STANDARD_DELIMITERS:
            self._optcre = _option_pattern(self._delimiters, allow_no_value)
        else:
            self._optcre = (self.OPTCRE, self.OPTCRE_NV)[bool(allow_no_value)]
        self._comment_prefixes = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comment_prefixes = (tuple(inline_comment_prefixes)
                                         if inline_comment_prefixes else ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excepted, in order."""
        return [name for name in self._sections]

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        """Whether the section exists (DEFAULT never does)."""
        return section in self._sections

    def options(self, section):
        """The option names of a section, those inherited from DEFAULT last."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = dict.fromkeys(self._sections[section])
        names.update(dict.fromkeys(self._defaults))
        return list(names)

    def has_option(self, section, option):
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        own = self._sections.get(section)
        return own is not None and (key in own or key in self._defaults)

    def optionxform(self, optionstr):
        """How option names are normalised (lower case by default)."""
        return optionstr.lower()

    def _options_of(self, section):
        """The dict a set/remove of `section` edits (DEFAULT's for '' and the default name)."""
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def set(self, section, option, value=None):
        """Sets an option (the section must exist); the interpolation checks the value."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; whether it was there."""
        options = self._options_of(section)
        return options.pop(self.optionxform(option), _UNSET) is not _UNSET

    def remove_section(self, section):
        """Removes a section; whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section], self._proxies[section]
        return True

    # -- reading

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened, skipping the others; the names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                stream = open(name, encoding=encoding)
            except OSError:
                continue
            with stream:
                self._read(stream, name)
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Reads lines from an iterable; `source` names it in errors (its .name by default)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; values go through str(), None stays None."""
        added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for option, value in keys.items():
                option = self.optionxform(str(option))
                if self._strict and (section, option) in added:
                    raise DuplicateOptionError(section, option, source)
                added.add((section, option))
                self.set(section, option, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        """Where the comment of `line` starts (None: no comment).

        A full-line prefix counts on the stripped line; an inline prefix only at the
        start of the line or after whitespace."""
        if line.strip().startswith(self._comment_prefixes):
            return 0
        start = None
        for prefix in self._inline_comment_prefixes:
            at = line.find(prefix)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(prefix, at + 1)
            if at != -1 and (start is None or at < start):
                start = at
        return start

    def _read(self, fp, fpname):
        """The INI reader: sections, options, continuation lines, comments, errors."""
        seen = set()
        section = section_name = option = None
        indent = 0
        problems = None
        for lineno, line in enumerate(fp, start=1):
            cut = self._comment_start(line)
            text = line[:cut].strip()
            if not text:
                if not self._empty_lines_in_values:
                    indent = sys.maxsize
                elif (cut is None and section is not None and option
                        and section[option] is not None):
                    section[option].append('')
                continue
            first = _FIRST_NONSPACE.search(line)
            this_indent = first.start() if first else 0
            if section is not None and option and this_indent > indent:
                section[option].append(text)
                continue
            indent = this_indent
            header = self.SECTCRE.match(text)
            if header:
                section_name = header.group('header')
                option = None
                if section_name in self._sections:
                    if self._strict and section_name in seen:
                        raise DuplicateSectionError(section_name, fpname, lineno)
                    section = self._sections[section_name]
                elif section_name == self.default_section:
                    section = self._defaults
                    continue
                else:
                    section = self._new_section(section_name)
                seen.add(section_name)
                continue
            if section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            parts = self._optcre.match(text)
            if parts is None or not parts.group('option'):
                problems = problems or ParsingError(fpname)
                problems.append(lineno, repr(line))
                if parts is None:
                    continue
            option = self.optionxform(parts.group('option').rstrip())
            if self._strict and (section_name, option) in seen:
                raise DuplicateOptionError(section_name, option, fpname, lineno)
            seen.add((section_name, option))
            value = parts.group('value')
            section[option] = None if value is None else [value.strip()]
        self._join_continuations()
        if problems:
            raise problems

    def _join_continuations(self):
        """Turns the line lists the reader built into strings, through before_read."""
        every = [(self.default_section, self._defaults)] + list(self._sections.items())
        for section, options in every:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # -- getting values

    def _unify_values(self, section, vars):
        """The lookup chain for a get: vars, then the section, then DEFAULT."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _Layers(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, interpolated unless raw; `fallback` instead of the errors."""
        try:
            layers = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        if option not in layers:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = layers[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, layers)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError(f"Not a boolean: {value}") from None

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs. With one: its (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        if section not in self._sections and section != self.default_section:
            raise NoSectionError(section)
        merged = self._defaults.copy()
        merged.update(self._sections.get(section, {}))
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Removes and returns the first section (DEFAULT is never popped)."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in INI form (DEFAULT first, if it has options)."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = f" {delimiter} "
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write(f"[{section_name}]\n")
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write(f"{key}\n")
            else:
                shown = str(value).replace('\n', '\n\t')
                fp.write(f"{key}{delimiter}{shown}\n")
        fp.write("\n")

    # -- the mapping of section names to proxies

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections.keys()

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's check that names and values are str (None allowed without value)."""
        for given, what in ((section, "section names"), (option, "option keys")):
            if not isinstance(given, str):
                raise TypeError(f"{what} must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation and string-only values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor are stored as they are, unchecked.
        chosen, self._interpolation = self._interpolation, Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interpolation = chosen


class SafeConfigParser(ConfigParser):
    """Deprecated name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        ConfigParser.__init__(self, *args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in "
                      "Python 3.2. This alias will be removed in Python 3.12. Use "
                      "ConfigParser directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(collections.abc.MutableMapping):
    """One section of a parser seen as a mapping of option names to (interpolated) values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            attr = 'get' + conv
            setattr(self, attr, functools.partial(self.get, _impl=getattr(parser, attr)))

    def __repr__(self):
        return f"<Section: {self._name}>"

    def __getitem__(self, key):
        if self._parser.has_option(self._name, key):
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not parser.has_option(self._name, key) or not parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    parser = property(lambda self: self._parser, doc="The parser this section belongs to.")
    name = property(lambda self: self._name, doc="The section's name.")

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None by default) when it is missing."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(collections.abc.MutableMapping):
    """The parser's `get<name>` converters by name; setting one adds the getters everywhere."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            named = self.GETTERCRE.match(attr)
            if named and callable(getattr(parser, attr)):
                self._data[named.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})') from None
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, attr, getter)
        for proxy in self._parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for holder in [self._parser, *self._parser.values()]:
            if attr in vars(holder):
                delattr(holder, attr)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
