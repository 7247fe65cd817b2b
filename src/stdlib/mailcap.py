"""Read mailcap files and find the command for a MIME type (CPython 3.11's mailcap,
deprecated since 3.11).

getcaps() reads every mailcap file into {type: [entry, ...]}, an entry being the dict of a
line's fields ('view' and the rest, plus the 'lineno' that orders entries); findmatch()
picks the first entry whose test passes and fills in its command. Names, types and
parameters that could do harm in a shell command are refused with an UnsafeMailcapInput
warning."""

import os
import re
import warnings

__all__ = ["getcaps", "findmatch"]

warnings._deprecated(
    __name__,
    "The mailcap module is deprecated and will be removed in Python {remove}. "
    "See the mimetypes module for an alternative.",
    remove=(3, 13))

# Anything outside these characters (word characters, what follows Latin-1's controls, and
# a few harmless punctuation marks) is unsafe in a shell command.
_find_unsafe = re.compile(r'[^\xa1-\U0010FFFF\w@+=:,./-]').search


class UnsafeMailcapInput(Warning):
    """Warning raised when refusing unsafe input"""


def lineno_sort_key(entry):
    # Entries read from a file keep their order; ones without a line number come last.
    return (0, entry['lineno']) if 'lineno' in entry else (1, 0)


def getcaps():
    """The entries of every mailcap file, as {MIME type: [entry, ...]}; for a type found in
    several files the entries of the earlier file come first."""
    caps = {}
    counter = 0
    for name in listmailcapfiles():
        try:
            fp = open(name, 'r')
        except OSError:
            continue
        with fp:
            found, counter = _readmailcapfile(fp, counter)
        for key, entries in found.items():
            caps[key] = caps[key] + entries if key in caps else entries
    return caps


def listmailcapfiles():
    """The mailcap files to read: $MAILCAPS split on os.pathsep, else the usual places."""
    if 'MAILCAPS' in os.environ:
        return os.environ['MAILCAPS'].split(os.pathsep)
    home = os.environ.get('HOME', '.')
    return [home + '/.mailcap', '/etc/mailcap', '/usr/etc/mailcap', '/usr/local/etc/mailcap']


def readmailcapfile(fp):
    """Read one mailcap file (deprecated: use getcaps)."""
    warnings.warn('readmailcapfile is deprecated, use getcaps instead', DeprecationWarning, 2)
    caps, _ = _readmailcapfile(fp, None)
    return caps


def _readmailcapfile(fp, lineno):
    """Entries of one file; lineno, when not None, numbers them on from where the last file
    stopped. Answers (caps, next number)."""
    caps = {}
    for line in iter(fp.readline, ''):
        if line[0] == '#' or not line.strip():
            continue
        # A backslash before the newline continues the entry on the next line.
        more = line
        while more[-2:] == '\\\n':
            more = fp.readline() or '\n'
            line = line[:-2] + more
        key, fields = parseline(line)
        if not key or not fields:
            continue
        if lineno is not None:
            fields['lineno'] = lineno
            lineno += 1
        key = '/'.join(part.strip() for part in key.split('/')).lower()
        caps.setdefault(key, []).append(fields)
    return caps, lineno


def parseline(line):
    """(type, fields) of one mailcap line, or (None, None) when it has no command."""
    parts = []
    i, n = 0, len(line)
    while i < n:
        part, i = parsefield(line, i, n)
        parts.append(part)
        i += 1
    if len(parts) < 2:
        return None, None
    fields = {'view': parts[1]}
    for part in parts[2:]:
        name, eq, value = part.partition('=')
        if eq:
            name, value = name.strip(), value.strip()
        else:
            name, value = part, ''
        # The first of repeated fields counts.
        fields.setdefault(name, value)
    return parts[0], fields


def parsefield(line, i, n):
    """The field starting at i, stripped, and the index of the ';' (or n) ending it."""
    start = i
    while i < n and line[i] != ';':
        # A backslash keeps the next character, even a ';', inside the field.
        i += 2 if line[i] == '\\' else 1
    return line[start:i].strip(), i


def findmatch(caps, MIMEtype, key='view', filename="/dev/null", plist=[]):
    """(command, entry) for the first entry of the type having `key` whose test command
    (if any) succeeds, or (None, None)."""
    if _find_unsafe(filename):
        warnings.warn("Refusing to use mailcap with filename %r. Use a safe temporary filename."
                      % (filename,), UnsafeMailcapInput)
        return None, None
    for entry in lookup(caps, MIMEtype, key):
        if 'test' in entry:
            # CPython passes the filename where the type goes here; kept for the same results.
            test = subst(entry['test'], filename, plist)
            if test is None:
                continue
            if test and os.system(test) != 0:
                continue
        command = subst(entry[key], MIMEtype, filename, plist)
        if command is not None:
            return command, entry
    return None, None


def lookup(caps, MIMEtype, key=None):
    """The entries for the type and then for its 'major/*', those having `key`, ordered by
    line number."""
    found = list(caps.get(MIMEtype, []))
    found += caps.get(MIMEtype.split('/')[0] + '/*', [])
    if key is not None:
        found = [entry for entry in found if key in entry]
    return sorted(found, key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    """The command with %s (filename), %t (type), %{name} (a parameter of plist) and %%
    replaced; None when a value put in would be unsafe."""
    out = []
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        i += 1
        if c == '\\':
            out.append(field[i:i + 1])
            i += 1
            continue
        if c != '%':
            out.append(c)
            continue
        c = field[i]
        i += 1
        if c == '%':
            out.append(c)
        elif c == 's':
            out.append(filename)
        elif c == 't':
            if _find_unsafe(MIMEtype):
                warnings.warn("Refusing to substitute MIME type %r into a shell command."
                              % (MIMEtype,), UnsafeMailcapInput)
                return None
            out.append(MIMEtype)
        elif c == '{':
            close = field.find('}', i)
            if close < 0:
                close = n
            name = field[i:close]
            i = close + 1
            param = findparam(name, plist)
            if _find_unsafe(param):
                warnings.warn("Refusing to substitute parameter %r (%s) into a shell command"
                              % (param, name), UnsafeMailcapInput)
                return None
            out.append(param)
        else:
            # %n, %F and anything else are left as written.
            out.append('%' + c)
    return ''.join(out)


def findparam(name, plist):
    """The value of the name=value item of plist for name (any case), or ''."""
    prefix = name.lower() + '='
    for item in plist:
        if item[:len(prefix)].lower() == prefix:
            return item[len(prefix):]
    return ''


def test():
    import sys
    caps = getcaps()
    if not sys.argv[1:]:
        show(caps)
        return
    for i in range(1, len(sys.argv), 2):
        args = sys.argv[i:i + 2]
        if len(args) < 2:
            print("usage: mailcap [MIMEtype file] ...")
            return
        MIMEtype, file = args
        command, e = findmatch(caps, MIMEtype, 'view', file)
        if not command:
            print("No viewer found for", type)
        else:
            print("Executing:", command)
            sts = os.system(command)
            sts = os.waitstatus_to_exitcode(sts)
            if sts:
                print("Exit status:", sts)


def show(caps):
    print("Mailcap files:")
    for fn in listmailcapfiles():
        print("\t" + fn)
    print()
    if not caps:
        caps = getcaps()
    print("Mailcap entries:")
    print()
    for type in sorted(caps):
        print(type)
        for e in caps[type]:
            for k in sorted(e):
                print("  %-15s" % k, e[k])
        print()


if __name__ == '__main__':
    test()
