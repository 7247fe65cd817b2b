"""importlib.metadata for gilpy: the metadata of installed distributions.

Distributions are found as CPython's path finder finds them: NAME-VERSION.dist-info (or
.egg-info) folders in the folders of sys.path, read from their METADATA / PKG-INFO,
entry_points.txt and RECORD files. gilpy installs no distributions of its own, so unless such
folders are on sys.path, version() and distribution() raise PackageNotFoundError and
entry_points() is empty: that is the truth, not a stub.
"""

import collections
import csv
import email
import email.message
import os
import pathlib
import re
import sys

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError', 'distribution',
           'distributions', 'entry_points', 'files', 'metadata', 'packages_distributions', 'requires',
           'version', 'EntryPoint', 'EntryPoints']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name is installed."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503 normalisation, with '_' (as folder names use)."""
    return re.sub(r"[-_.]+", "-", name).lower().replace('-', '_')


class EntryPoint:
    """One entry point: name = module:attr [extras] in a group."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        self.dist = None

    def __setattr__(self, name, value):
        if name == 'dist':
            object.__setattr__(self, name, value)
            return
        raise AttributeError("EntryPoint objects are immutable.")

    def load(self):
        """Imports the module and returns the object named."""
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        obj = module
        for attr in attrs:
            obj = getattr(obj, attr)
        return obj

    @property
    def module(self):
        return self.pattern.match(self.value).group('module')

    @property
    def attr(self):
        return self.pattern.match(self.value).group('attr')

    @property
    def extras(self):
        found = self.pattern.match(self.value).group('extras') or ''
        return re.findall(r'\w+', found)

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __iter__(self):
        return iter((self.name, self))


class EntryPoints(tuple):
    """An immutable collection of EntryPoint, selectable by attribute."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return tuple.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, tuple.__repr__(self))


class SelectableGroups(dict):
    """entry_points() without arguments: group name -> EntryPoints."""

    @classmethod
    def load(cls, eps):
        grouped = collections.defaultdict(list)
        for ep in sorted(eps, key=lambda e: e.group):
            grouped[ep.group].append(ep)
        return cls((group, EntryPoints(items)) for group, items in grouped.items())

    @property
    def _all(self):
        return EntryPoints(ep for eps in self.values() for ep in eps)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


class PackagePath(pathlib.PurePosixPath):
    """A file listed in a distribution's RECORD."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


PackageMetadata = email.message.Message


class Distribution:
    """An installed distribution, read from its metadata folder."""

    def __init__(self, path):
        self._path = pathlib.Path(path)

    def read_text(self, filename):
        try:
            return (self._path / filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in _find_distributions(name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(_find_distributions(kwargs.get('name')))

    @staticmethod
    def at(path):
        return Distribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = self.read_text('METADATA') or self.read_text('PKG-INFO') or self.read_text('') or ''
        return email.message_from_string(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name or '')

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        text = self.read_text('entry_points.txt') or ''
        found = []
        group = None
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith(('#', ';')):
                continue
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1].strip()
                continue
            name, _, value = line.partition('=')
            ep = EntryPoint(name.strip(), value.strip(), group)
            ep.dist = self
            found.append(ep)
        return EntryPoints(found)

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            text = self.read_text('SOURCES.txt')
            if text is None:
                return None
            rows = [(line, None, None) for line in text.splitlines()]
        else:
            rows = list(csv.reader(text.splitlines()))

        def make(name, hash=None, size=None):
            result = PackagePath(name)
            result.hash = FileHash(hash) if hash else None
            result.size = int(size) if size else None
            result.dist = self
            return result

        return [make(*row) for row in rows if row]

    @property
    def requires(self):
        found = self.metadata.get_all('Requires-Dist')
        return None if found is None else list(found)


class DistributionFinder:
    """Kept for the API: distributions are found by scanning sys.path."""

    class Context:
        def __init__(self, **kwargs):
            vars(self).update(kwargs)
            self.name = kwargs.get('name')
            self.path = kwargs.get('path', sys.path)


def _find_distributions(name=None):
    wanted = None if name is None else _normalize(name)
    for folder in sys.path:
        folder = folder or '.'
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in entries:
            stem, ext = os.path.splitext(entry)
            if ext.lower() not in ('.dist-info', '.egg-info'):
                continue
            if wanted is not None and _normalize(stem.split('-')[0]) != wanted:
                continue
            full = os.path.join(folder, entry)
            if ext.lower() == '.egg-info' and os.path.isfile(full):
                yield _EggInfoFile(full)
            else:
                yield Distribution(full)


class _EggInfoFile(Distribution):
    """A single-file .egg-info: the file is the metadata."""

    def read_text(self, filename):
        if filename in ('PKG-INFO', ''):
            try:
                return self._path.read_text(encoding='utf-8')
            except OSError:
                return None
        return None


def distribution(distribution_name):
    """The Distribution of that name (PackageNotFoundError if none is installed)."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed Distribution found on sys.path."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """The version string of an installed distribution."""
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution: all of them (grouped) or those selected."""
    seen = set()
    found = []
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        found.extend(dist.entry_points)
    return SelectableGroups.load(found).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level import name -> names of the distributions providing it."""
    mapping = collections.defaultdict(list)
    for dist in distributions():
        top = dist.read_text('top_level.txt')
        names = top.split() if top else [
            str(f.parts[0]).rsplit('.py', 1)[0] for f in (dist.files or [])
            if len(f.parts) > 1 or str(f).endswith('.py')]
        for pkg in names:
            if dist.metadata['Name'] not in mapping[pkg]:
                mapping[pkg].append(dist.metadata['Name'])
    return dict(mapping)
