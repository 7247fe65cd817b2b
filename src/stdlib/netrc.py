"""Reading .netrc files: per-host login, account and password ("machine", or "default" for any
other host) and named macros ("macdef"), as ftp and friends keep them."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """Exception raised on syntax errors in the .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _Tokens:
    """Words of a .netrc file: blank-separated, or in double quotes; a backslash makes the
    next character part of the word. Counts lines as it reads, one character at a time (the
    parser reads whole lines from the same file for comments and macros)."""

    BLANKS = "\n\t\r "

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.pushback = []

    def _char(self):
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        ch = self._char()
        while ch and ch in self.BLANKS:
            ch = self._char()
        if not ch:
            return ""
        word = ""
        if ch == '"':
            while True:
                ch = self._char()
                if not ch or ch == '"':
                    return word
                if ch == "\\":
                    ch = self._char()
                word += ch
        while ch and ch not in self.BLANKS:
            if ch == "\\":
                ch = self._char()
            word += ch
            ch = self._char()
        return word

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        words = _Tokens(fp)

        def fail(message):
            return NetrcParseError(message, file, words.lineno)

        while True:
            line_before = words.lineno
            word = words.get_token()
            if not word:
                break
            if word[0] == "#":
                # A lone "#" comments out the rest of its line.
                if words.lineno == line_before and len(word) == 1:
                    fp.readline()
                continue
            if word == "machine":
                name = words.get_token()
            elif word == "default":
                name = "default"
            elif word == "macdef":
                name = words.get_token()
                body = self.macros[name] = []
                while True:
                    line = fp.readline()
                    if not line:
                        raise fail("Macro definition missing null line terminator.")
                    if line == "\n":
                        break
                    body.append(line)
                continue
            else:
                raise fail("bad toplevel token %r" % word)
            if not name:
                raise fail("missing %r name" % word)
            self.hosts[name] = {}
            fields = {"login": "", "account": "", "password": ""}
            while True:
                line_before = words.lineno
                word = words.get_token()
                if word.startswith("#"):
                    if words.lineno == line_before:
                        fp.readline()
                    continue
                if word in ("", "machine", "default", "macdef"):
                    self.hosts[name] = (fields["login"], fields["account"], fields["password"])
                    words.push_token(word)
                    break
                if word == "user":
                    word = "login"
                if word not in fields:
                    raise fail("bad follower token %r" % word)
                fields[word] = words.get_token()
            self._security_check(fp, default_netrc, self.hosts[name][0])

    def _security_check(self, fp, default_netrc, login):
        # Only ~/.netrc itself, read for someone other than anonymous, must be private.
        if os.name != "posix" or not default_netrc or login == "anonymous":
            return
        info = os.fstat(fp.fileno())
        if info.st_uid != os.getuid():
            import pwd

            def user_name(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return "uid %s" % uid

            raise NetrcParseError(
                f"~/.netrc file owner ({user_name(info.st_uid)}, {user_name(os.getuid())}) does not match current user")
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError(
                "~/.netrc access too permissive: access permissions must restrict access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for *host*, else the default entry's, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get("default")

    def __repr__(self):
        """The entries written back in .netrc syntax."""
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                out.append(f"\taccount {account}\n")
            out.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            out.append(f"macdef {name}\n")
            out.extend(lines)
            out.append("\n")
        return "".join(out)


if __name__ == "__main__":
    print(netrc())
