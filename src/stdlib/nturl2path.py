"""Converting between Windows file paths and the path part of `file:` URLs (what urllib.request
uses on Windows; importable everywhere, as in CPython)."""

from urllib.parse import quote as _quote, unquote as _unquote

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def url2pathname(url):
    """OS-specific conversion from a relative URL of the 'file' scheme
    to a file system path; not recommended for general use."""
    # A drive may be written `C:` or `C|`.
    url = url.replace(':', '|')
    if '|' not in url:
        if url.startswith('////'):
            # A UNC name: `////host/share` stands for `\\host\share`.
            url = url[2:]
        return _unquote('\\'.join(url.split('/')))
    before, *rest = url.split('|')
    if len(rest) != 1 or before[-1] not in _LETTERS:
        raise OSError('Bad URL: ' + url)
    path = before[-1].upper() + ':'
    for part in rest[0].split('/'):
        if part:
            path += '\\' + _unquote(part)
    if path.endswith(':') and url.endswith('/'):
        path += '\\'
    return path


def pathname2url(p):
    """OS-specific conversion from a file system path to a relative URL
    of the 'file' scheme; not recommended for general use."""
    if ':' not in p:
        if p.startswith('\\\\'):
            # A UNC name keeps two more slashes in front.
            p = '\\\\' + p
        return _quote('/'.join(p.split('\\')))
    pieces = p.split(':', maxsplit=2)
    if len(pieces) != 2 or len(pieces[0]) > 1:
        raise OSError('Bad path: ' + p)
    url = '///' + _quote(pieces[0].upper()) + ':'
    for part in pieces[1].split('\\'):
        if part:
            url += '/' + _quote(part)
    return url
