"""linecache: the lines of source files, read once and kept, for tracebacks and warnings.

`cache` maps a file name to (size, mtime, lines, fullname), or, for a module whose source comes from
its loader and has not been fetched yet, to a 1-tuple holding a function that fetches it."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def _is_pseudo(name):
    # "<string>", "<stdin>" and friends name no file.
    return not name or (name[0] == '<' and name[-1] == '>')


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, newline included; '' when there is no such line."""
    text = getlines(filename, module_globals)
    if 0 < lineno <= len(text):
        return text[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (from the cache when it is there); [] when it cannot be read."""
    held = cache.get(filename)
    if held is not None and len(held) != 1:
        return held[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cached files that changed on disk (all of them, or just `filename`)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        held = cache.get(name)
        if held is None or len(held) == 1:
            continue            # not read yet: nothing to compare
        size, mtime, _lines, path = held
        if mtime is None:
            continue            # given to us, not read from a file
        try:
            st = os.stat(path)
        except OSError:
            cache.pop(name, None)
            continue
        if (st.st_size, st.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _loader_source(filename, module_globals):
    # The text a module's loader hands out, for modules that came from no plain file.
    if lazycache(filename, module_globals):
        try:
            text = cache[filename][0]()
        except (ImportError, OSError):
            return None
        if text is None:
            return None
        rows = text.splitlines(True)
        if rows and not rows[-1].endswith('\n'):
            rows[-1] += '\n'
        cache[filename] = (len(text), None, rows, filename)
        return rows
    return None


def updatecache(filename, module_globals=None):
    """Read the file again, store its lines and return them ([] when it cannot be read)."""
    held = cache.get(filename)
    if held is not None and len(held) != 1:
        cache.pop(filename, None)
    if _is_pseudo(filename):
        return []

    path = filename
    try:
        st = os.stat(path)
    except OSError:
        rows = _loader_source(filename, module_globals)
        if rows is not None:
            return cache[filename][2]
        if os.path.isabs(filename):
            return []
        # A relative name: look along sys.path.
        st = None
        for folder in sys.path:
            try:
                candidate = os.path.join(folder, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(candidate)
            except (OSError, ValueError):
                continue
            path = candidate
            break
        if st is None:
            return []

    try:
        with open(path, 'rb') as f:
            raw = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    try:
        text = raw.decode(_declared_encoding(raw))
    except (LookupError, UnicodeDecodeError):
        return []
    rows = text.splitlines(True)
    if rows and not rows[-1].endswith('\n'):
        rows[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, rows, path)
    return rows


def _declared_encoding(raw):
    # PEP 263: a coding comment on one of the first two lines; a UTF-8 BOM; else UTF-8.
    if raw.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for row in raw.split(b'\n', 2)[:2]:
        row = row.strip()
        if not row.startswith(b'#'):
            if row:
                break
            continue
        at = row.find(b'coding')
        if at >= 0 and row[at + 6:at + 7] in (b':', b'='):
            name = row[at + 7:].strip()
            end = 0
            while end < len(name) and (chr(name[end]).isalnum() or name[end] in b'-_.'):
                end += 1
            if end:
                return name[:end].decode('ascii')
    return 'utf-8'


def lazycache(filename, module_globals):
    """Remember how to fetch a module's source from its loader, without fetching it yet.

    True when the cache now holds (or already held) such an entry."""
    held = cache.get(filename)
    if held is not None:
        return len(held) == 1
    if _is_pseudo(filename) or not module_globals:
        return False
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) if spec is not None else None
    if loader is None:
        loader = module_globals.get('__loader__')
    name = getattr(spec, 'name', None) if spec is not None else None
    if name is None:
        name = module_globals.get('__name__')
    if name is None:
        return False
    fetch = getattr(loader, 'get_source', None)
    if fetch is None:
        return False
    cache[filename] = (lambda: fetch(name),)
    return True
