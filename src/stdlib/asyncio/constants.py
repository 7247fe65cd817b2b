"""Numbers asyncio's transports and loop share (CPython 3.11's asyncio.constants)."""

import enum

# A closed connection written to this many times gets a warning.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
# Seconds before accept() is retried after it failed for lack of resources.
ACCEPT_RETRY_DELAY = 1
# Frames kept of where a callback was made, in debug mode.
DEBUG_STACK_DEPTH = 10
# Seconds a TLS handshake, and a TLS shutdown, may take.
SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0
# Bytes read at a time when loop.sendfile() copies a file itself.
SENDFILE_FALLBACK_READBUFFER_SIZE = 256 * 1024
# KiB of TLS data buffered before reading / writing pauses.
FLOW_CONTROL_HIGH_WATER_SSL_READ = 256
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512


class _SendfileMode(enum.Enum):
    UNSUPPORTED = enum.auto()
    TRY_NATIVE = enum.auto()
    FALLBACK = enum.auto()
