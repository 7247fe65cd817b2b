"""asynchat: line- or count-framed protocols over asyncore. An async_chat channel splits what
it reads at its terminator (bytes, a byte count, or None for "everything"), feeding data to
collect_incoming_data and calling found_terminator at each frame end; what it sends is queued as
producers and written as the socket allows."""

import asyncore
from collections import deque
from warnings import warn

warn("The asynchat module is deprecated and will be removed in Python 3.12. "
     "The recommended replacement is asyncio", DeprecationWarning, stacklevel=2)


class async_chat(asyncore.dispatcher):
    """A channel that frames its input at a terminator and queues its output."""

    ac_in_buffer_size = 65536
    ac_out_buffer_size = 65536
    use_encoding = 0
    encoding = "latin-1"

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer = b""
        self.incoming = []
        self.producer_fifo = deque()
        super().__init__(sock, map)

    # Subclasses override these two.
    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    # A default collector for subclasses that want one: gather pieces, join on request.
    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        joined = b"".join(self.incoming)
        self.incoming.clear()
        return joined

    def _as_bytes(self, text):
        if self.use_encoding and isinstance(text, str):
            return text.encode(self.encoding)
        return text

    def set_terminator(self, term):
        """The frame end: bytes (a str is encoded), a non-negative int count, or None."""
        if isinstance(term, int) and not isinstance(term, bool) and term < 0:
            raise ValueError("the number of received bytes must be positive")
        self.terminator = self._as_bytes(term)

    def get_terminator(self):
        return self.terminator

    def handle_read(self):
        try:
            chunk = self.recv(self.ac_in_buffer_size)
        except BlockingIOError:
            return
        except OSError:
            self.handle_error()
            return
        self.ac_in_buffer += self._as_bytes(chunk)
        # Cut the buffer into frames; found_terminator may switch the terminator between frames.
        while self.ac_in_buffer:
            if not self._feed_one(self.get_terminator()):
                break

    def _feed_one(self, term):
        """Pass the next piece of the input buffer on; False when the rest must wait for more."""
        pending = self.ac_in_buffer
        if not term:
            self.ac_in_buffer = b""
            self.collect_incoming_data(pending)
            return True
        if isinstance(term, int):
            if len(pending) < term:
                self.ac_in_buffer = b""
                self.terminator = term - len(pending)
                self.collect_incoming_data(pending)
                return True
            self.ac_in_buffer = pending[term:]
            self.terminator = 0
            self.collect_incoming_data(pending[:term])
            self.found_terminator()
            return True
        at = pending.find(term)
        if at >= 0:
            self.ac_in_buffer = pending[at + len(term):]
            if at:
                self.collect_incoming_data(pending[:at])
            self.found_terminator()
            return True
        # No terminator yet: hold back a tail that may be the start of one.
        partial = find_prefix_at_end(pending, term)
        if partial:
            if partial != len(pending):
                self.ac_in_buffer = pending[-partial:]
                self.collect_incoming_data(pending[:-partial])
            return False
        self.ac_in_buffer = b""
        self.collect_incoming_data(pending)
        return True

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    def push(self, data):
        """Queue bytes to send, in pieces of ac_out_buffer_size."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            # 3.11 passes the format and the type as two arguments (never formatted).
            raise TypeError("data argument must be byte-ish (%r)", type(data))
        step = self.ac_out_buffer_size
        if len(data) <= step:
            self.producer_fifo.append(data)
        else:
            self.producer_fifo.extend(data[at:at + step] for at in range(0, len(data), step))
        self.initiate_send()

    def push_with_producer(self, producer):
        self.producer_fifo.append(producer)
        self.initiate_send()

    def readable(self):
        return 1

    def writable(self):
        return self.producer_fifo or not self.connected

    def close_when_done(self):
        """Close the channel once everything queued has been sent (None marks the spot)."""
        self.producer_fifo.append(None)

    def initiate_send(self):
        queue = self.producer_fifo
        while queue and self.connected:
            head = queue[0]
            if not head:
                queue.popleft()
                if head is None:
                    self.handle_close()
                    return
            limit = self.ac_out_buffer_size
            try:
                piece = head[:limit]
            except TypeError:
                # A producer rather than bytes: ask it for its next piece.
                more = head.more()
                if more:
                    queue.appendleft(more)
                else:
                    queue.popleft()
                continue
            piece = self._as_bytes(piece)
            try:
                sent = self.send(piece)
            except OSError:
                self.handle_error()
                return
            if sent:
                if sent < len(piece) or limit < len(head):
                    queue[0] = head[sent:]
                else:
                    queue.popleft()
            return

    def discard_buffers(self):
        self.ac_in_buffer = b""
        self.incoming.clear()
        self.producer_fifo.clear()


class simple_producer:
    """Hands out `data` in pieces of buffer_size."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        size = self.buffer_size
        piece, self.data = self.data[:size], self.data[size:]
        if not self.data:
            self.data = b""
        return piece


def find_prefix_at_end(haystack, needle):
    """The length of the longest proper start of `needle` that ends `haystack`."""
    for size in range(len(needle) - 1, 0, -1):
        if haystack.endswith(needle[:size]):
            return size
    return 0
