"""Iterating over a message tree: walk (every part, depth first), body_line_iterator (the lines
of every string payload), typed_subpart_iterator (the parts of one content type), and
_structure, which prints the tree of content types."""

import sys
from io import StringIO

__all__ = ["body_line_iterator", "typed_subpart_iterator", "walk"]


def walk(self):
    """The message and every part under it, depth first (Message.walk)."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            yield from walk(part)


def body_line_iterator(msg, decode=False):
    """The lines (with their ends) of every part's string payload, in order."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype="text", subtype=None):
    """The parts of type maintype (and subtype, when given)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Prints the content type of each part, indented by depth (with the default type too)."""
    out = sys.stdout if fp is None else fp
    line = "    " * level + msg.get_content_type()
    if include_default:
        line += " [%s]" % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
