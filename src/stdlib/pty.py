"""Pseudo-terminals: opening a master/slave pair, forking a child whose standard streams are
the slave end (and whose controlling terminal it is), and running a program under one while
this process relays bytes between it and our own terminal."""

import os
import sys
import tty
from select import select

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2

CHILD = 0


def openpty():
    """(master_fd, slave_fd) of a new pseudo-terminal."""
    return os.openpty()


def _become_session_leader_on(slave_fd):
    # A new session, then the slave as its controlling terminal and as stdin/stdout/stderr.
    import fcntl
    import termios
    os.setsid()
    try:
        fcntl.ioctl(slave_fd, termios.TIOCSCTTY, 0)
    except OSError:
        pass
    for target in (STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO):
        os.dup2(slave_fd, target)
    if slave_fd > STDERR_FILENO:
        os.close(slave_fd)


def fork():
    """Forks with the child attached to a new pseudo-terminal: (0, fd of that terminal's
    master, not usable in the child) in the child, (child pid, master fd) in the parent."""
    master_fd, slave_fd = openpty()
    pid = os.fork()
    if pid == CHILD:
        os.close(master_fd)
        _become_session_leader_on(slave_fd)
        return pid, -1
    os.close(slave_fd)
    return pid, master_fd


def _writen(fd, data):
    """Writes all of `data` to `fd`."""
    while data:
        done = os.write(fd, data)
        data = data[done:]


def _read(fd):
    """The default reader of spawn: up to 1024 bytes."""
    return os.read(fd, 1024)


def _copy(master_fd, master_read=_read, stdin_read=_read):
    """Relays child output to our stdout and our stdin to the child until the child's side
    closes (EOF or an error reading the master)."""
    watched = [master_fd, STDIN_FILENO]
    while watched:
        ready, _, _ = select(watched, [], [])
        if master_fd in ready:
            try:
                chunk = master_read(master_fd)
            except OSError:
                chunk = b""
            if not chunk:
                return
            os.write(STDOUT_FILENO, chunk)
        if STDIN_FILENO in ready:
            chunk = stdin_read(STDIN_FILENO)
            if chunk:
                _writen(master_fd, chunk)
            else:
                watched.remove(STDIN_FILENO)


def spawn(argv, master_read=_read, stdin_read=_read):
    """Runs `argv` in a child on a new pseudo-terminal, relaying bytes both ways (our terminal
    in raw mode meanwhile, when stdin is one); returns the child's wait status."""
    if isinstance(argv, str):
        argv = (argv,)
    sys.audit("pty.spawn", argv)
    pid, master_fd = fork()
    if pid == CHILD:
        try:
            os.execlp(argv[0], *argv)
        finally:
            os._exit(127)
    try:
        saved = tty.tcgetattr(STDIN_FILENO)
        tty.setraw(STDIN_FILENO)
    except tty.error:
        saved = None
    try:
        _copy(master_fd, master_read, stdin_read)
    finally:
        if saved is not None:
            tty.tcsetattr(STDIN_FILENO, tty.TCSAFLUSH, saved)
    os.close(master_fd)
    return os.waitpid(pid, 0)[1]
