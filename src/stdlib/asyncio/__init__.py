"""asyncio for gilpy: an event loop on `selectors`, Futures and Tasks running coroutines, and
the tools built on them (gather, wait, wait_for, timeouts, TaskGroup, queues, locks, threads,
streams). Written for gilpy; it follows the documented behaviour of Python 3.11's asyncio."""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .unix_events import *

from . import base_events, constants, coroutines, events, exceptions, futures, locks, protocols
from . import queues, runners, streams, subprocess, taskgroups, tasks, threads, timeouts
from . import transports, unix_events

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__ + runners.__all__
           + streams.__all__ + subprocess.__all__ + taskgroups.__all__ + tasks.__all__ + threads.__all__
           + timeouts.__all__ + transports.__all__ + unix_events.__all__)
