"""Switching a terminal between cooked, cbreak and raw modes (built on termios)."""

from termios import *

__all__ = ["setraw", "setcbreak"]

# Where each part of the list termios.tcgetattr returns lives.
IFLAG = 0
OFLAG = 1
CFLAG = 2
LFLAG = 3
ISPEED = 4
OSPEED = 5
CC = 6


def setraw(fd, when=TCSAFLUSH):
    """Raw mode: bytes pass through one at a time, with no echo, no signals from keys, no
    translation of input or output."""
    attrs = tcgetattr(fd)
    attrs[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    attrs[OFLAG] &= ~OPOST
    attrs[CFLAG] = (attrs[CFLAG] & ~(CSIZE | PARENB)) | CS8
    attrs[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    attrs[CC][VMIN] = 1
    attrs[CC][VTIME] = 0
    tcsetattr(fd, when, attrs)


def setcbreak(fd, when=TCSAFLUSH):
    """Cbreak mode: input is delivered a byte at a time without echo; keys still send signals."""
    attrs = tcgetattr(fd)
    attrs[LFLAG] &= ~(ECHO | ICANON)
    attrs[CC][VMIN] = 1
    attrs[CC][VTIME] = 0
    tcsetattr(fd, when, attrs)
