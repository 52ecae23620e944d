"""A regulation's structure read once per loaded text and kept, like the roster snapshot.

Reading a structure moves every position and edge of the regulation (a Muna: ~600 positions,
~900 edges; a synthetic national-scale government: 1,250 and 3,600, ~0.5 s), while a page
rerun or another analyst asks about the same regulation. One small read (the regulation's
sha256) decides whether the kept structure still holds: a reload writes a new sha256.
An overlay of corrections (issue 15) that applies in ``read_structure`` must add its version
to the key.
"""

from __future__ import annotations

import threading

from checks.snapshot import read_structure
from checks.structure import Structure
from queries.store import GraphStore

CACHED = 8  # regulations kept; a structure of a large regulation is a few MB

_cache: dict[tuple, Structure] = {}
_lock = threading.Lock()


def structure(store: GraphStore, regulation: str) -> Structure:
    """The structure of regulation ``regulation`` (uid), read again only after it changed."""
    heading = store.query("regulation_heading", {"regulation": regulation}).rows
    sha = heading[0]["sha256"] if heading else ""
    key = (id(store), str(store.settings.data_dir), store.settings.graph, regulation, sha)
    with _lock:
        if key in _cache:
            return _cache[key]
    found = read_structure(store, regulation)
    with _lock:
        _cache[key] = found
        while len(_cache) > CACHED:
            _cache.pop(next(iter(_cache)))
    return found
