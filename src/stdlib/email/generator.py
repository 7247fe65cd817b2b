"""Writing a message out: Generator produces text, BytesGenerator bytes. Headers are folded by
the policy; multipart payloads get a boundary (one is made when missing), written between parts."""

import random
import re
import sys
import time
from io import StringIO

__all__ = ["Generator", "BytesGenerator", "DecodedGenerator"]

_FROM_LINE = re.compile(r"^From ", re.MULTILINE)
_LINE_ENDS = re.compile(r"\r\n|\r|\n")
_DIGITS = len(repr(sys.maxsize - 1))


def _make_boundary(text=None):
    """A boundary that does not occur in `text`: '===============<random digits>=='."""
    while True:
        boundary = "=" * 15 + str(random.randrange(sys.maxsize)).zfill(_DIGITS) + "=="
        if text is None or ("--" + boundary) not in text:
            return boundary


class Generator:
    """Writes a message tree to a text file-like object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        """A generator like this one writing to `fp`."""
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Writes `msg` (with a 'From ' envelope line when `unixfrom`)."""
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        saved = self.policy
        self.policy = policy
        try:
            if unixfrom:
                envelope = msg.get_unixfrom()
                if not envelope:
                    envelope = "From nobody " + time.ctime(time.time())
                self._emit(envelope + self._NL)
            self._write_message(msg)
        finally:
            self.policy = saved

    # Text goes out through _emit so that BytesGenerator can encode it.
    def _emit(self, text):
        self.write(text)

    def _write_lines(self, text):
        if not text:
            return
        self._emit(_LINE_ENDS.sub(self._NL, text))

    def _write_message(self, msg):
        # The body first, into a buffer: writing a multipart body may set its boundary header.
        saved = self._fp
        body = self._fp = self._new_buffer()
        try:
            self._write_body(msg)
        finally:
            self._fp = saved
        for name, value in msg.raw_items():
            self._emit_header(name, value)
        self._emit(self._NL)
        self._copy_buffer(body)

    def _new_buffer(self):
        return StringIO()

    def _copy_buffer(self, buffer):
        self.write(buffer.getvalue())

    def _emit_header(self, name, value):
        self._emit(self.policy.fold(name, value))

    def _payload_of(self, msg):
        return msg.get_payload()

    def _write_body(self, msg):
        payload = self._payload_of(msg)
        if msg.get_content_maintype() == "multipart" and isinstance(payload, list):
            self._write_multipart(msg, payload)
        elif isinstance(payload, list):
            # message/rfc822 and the like: the enclosed messages, one after another.
            for part in payload:
                self._emit(self._part_text(part))
        else:
            self._write_text(msg, payload)

    def _write_text(self, msg, payload):
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError("string payload expected: %s" % type(payload))
        if self._mangle_from_:
            payload = _FROM_LINE.sub(">From ", payload)
        self._write_lines(payload)

    def _part_text(self, part):
        out = StringIO()
        generator = Generator(out, self._mangle_from_, None, policy=self.policy)
        generator.flatten(part, unixfrom=False, linesep=self._NL)
        return out.getvalue()

    def _write_multipart(self, msg, parts):
        texts = [self._part_text(part) for part in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _make_boundary(self._NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = _FROM_LINE.sub(">From ", msg.preamble) if self._mangle_from_ else msg.preamble
            self._write_lines(preamble)
            self._emit(self._NL)
        self._emit("--" + boundary + self._NL)
        for index, text in enumerate(texts):
            if index:
                self._emit(self._NL + "--" + boundary + self._NL)
            self._fp.write(text)
        self._emit(self._NL + "--" + boundary + "--" + self._NL)
        if msg.epilogue is not None:
            epilogue = _FROM_LINE.sub(">From ", msg.epilogue) if self._mangle_from_ else msg.epilogue
            self._write_lines(epilogue)


class BytesGenerator(Generator):
    """Writes a message tree to a binary file-like object; 8bit payloads go out as their bytes."""

    _escaped = False

    def _payload_of(self, msg):
        # The payload as stored: bytes it carries go out as those bytes.
        return msg._payload

    def write(self, s):
        if isinstance(s, str):
            if s.isascii():
                s = s.encode("ascii")
            elif self._escaped or not getattr(self.policy, "utf8", False) and _has_escapes(s):
                from email.utils import _bytes_of_text
                s = _bytes_of_text(s)
            else:
                s = s.encode("utf-8", "surrogateescape")
        self._fp.write(s)

    def _write_message(self, msg):
        saved = self._escaped
        self._escaped = getattr(msg, "_escaped", False)
        try:
            super()._write_message(msg)
        finally:
            self._escaped = saved

    def _new_buffer(self):
        from io import BytesIO
        return BytesIO()

    def _copy_buffer(self, buffer):
        self._fp.write(buffer.getvalue())

    def _part_text(self, part):
        from io import BytesIO
        out = BytesIO()
        generator = BytesGenerator(out, self._mangle_from_, None, policy=self.policy)
        generator.flatten(part, unixfrom=False, linesep=self._NL)
        return out.getvalue()

    def _emit_header(self, name, value):
        self._fp.write(self.policy.fold_binary(name, value))


def _has_escapes(text):
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


class DecodedGenerator(Generator):
    """Writes text parts decoded; other parts as a one-line note about them."""

    _FORMAT = "[Non-text (%(type)s) part of message omitted, filename %(filename)s]"

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = self._FORMAT if fmt is None else fmt

    def _write_message(self, msg):
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == "text":
                self._emit(str(part.get_payload(decode=False)))
            elif maintype != "multipart":
                self._emit(self._fmt % {
                    "type": part.get_content_type(), "maintype": part.get_content_maintype(),
                    "subtype": part.get_content_subtype(), "filename": part.get_filename("[no filename]"),
                    "description": part.get("Content-Description", "[no description]"),
                    "encoding": part.get("Content-Transfer-Encoding", "[no encoding]"),
                })
