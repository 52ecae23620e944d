"""The cyclic garbage collector paused while a roster snapshot is read or derived (issue 13).

Reading a 20 000-employee regency allocates a few million small lists (the engine's reply,
one per cell) and the derivations hundreds of thousands of tuples; every few thousand
allocations the collector runs, and each full collection walks the whole heap, snapshots
included. Measured on ``bench/roster.py``: about half of read + derivation + checks was spent
in full collections. Nothing these phases build is a reference cycle left behind (reference
counting frees it), so the collector is paused while they run and resumes after.

The pause is counted across threads: the first phase to start pauses the collector (when it
was running), the last to end resumes it; a collector paused by someone else stays paused.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # phases inside paused_gc now
_resume = False  # the first phase found the collector on


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block (or decorated function) with the cyclic collector paused."""
    global _running, _resume
    with _lock:
        if _running == 0:
            _resume = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _resume:
                gc.enable()
