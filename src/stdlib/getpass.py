"""getpass: read a password without echoing it (getpass) and tell the login name (getuser).

Echo is turned off on the controlling terminal with stty(1), gilpy having no termios module;
with no terminal to talk to, the password is read from standard input after a warning, as
CPython does."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _read_line(prompt, stream, source):
    """Writes the prompt, then reads one line (its newline taken off); EOFError at the end."""
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            encoding = getattr(stream, "encoding", None) or "ascii"
            stream.write(prompt.encode(encoding, "replace").decode(encoding))
        stream.flush()
    line = source.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line


def _fallback(prompt, stream):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if stream is None:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _read_line(prompt, stream, sys.stdin)


def _stty(tty_fd, *args):
    import subprocess
    return subprocess.run(["stty", *args], stdin=tty_fd, capture_output=True, text=True)


def getpass(prompt="Password: ", stream=None):
    """Prompts on the terminal (or `stream`) and reads a line with echo off."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return _fallback(prompt, stream)
    tty = open(fd, "w+", buffering=1, encoding=None)
    try:
        try:
            saved = _stty(fd, "-g")
        except OSError:
            saved = None
        if saved is None or saved.returncode != 0:
            tty.close()
            return _fallback(prompt, stream)
        if stream is None:
            stream = tty
        _stty(fd, "-echo")
        try:
            return _read_line(prompt, stream, tty)
        finally:
            _stty(fd, saved.stdout.strip())
            stream.write("\n")
            stream.flush()
    finally:
        tty.close()


def getuser():
    """The login name: from LOGNAME, USER, LNAME or USERNAME, else the password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
