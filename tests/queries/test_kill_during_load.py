"""A load killed with SIGKILL midway leaves every write whole or not begun; the next load
cleans up. Into an empty graph the load builds a staging graph (killed: the live graph stays
empty); into a graph with something to keep each write is one query on the live graph
(killed: the writes finished are whole, the rest not begun; issue 13)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from loader.graph.load import load_files

ROOT = Path(__file__).resolve().parents[2]
BUTON = ROOT / "data" / "regulations" / "000_b65b5e3740c9ccfa.txt"
MALANG = ROOT / "data" / "regulations" / "004_b7684ddf9c3f1cea.txt"
FILLER = 5000  # provisions per filler write (or step)

# The child replaces Malang, then writes 40 x 5000 filler provisions of Malang's regulation
# (so reloading Malang removes them): as 40 writes (WRITES) or as 40 steps of one write.
CHILD = """
from loader.reading.extract import extract_file
from loader.graph.load import build_write
from queries.store import GraphWrite, WriteStep, open_store
store = open_store()
good = build_write(extract_file({path!r}))
empty = {{"unit_types": [], "units": [], "templates": [], "instances": []}}
def rows(w):
    props = [{{"uid": f"filler/{{w}}/{{i}}", "regulation": good.uid}} for i in range({n})]
    return {{"provisions": [{{"owner": good.uid, "props": p}} for p in props]}}
filler = [WriteStep("create_nodes", empty | rows(w)) for w in range(40)]
if {writes}:
    store.apply_writes([good, *(GraphWrite(f"filler {{i}}", (s,)) for i, s in enumerate(filler))])
else:
    store.apply_writes([GraphWrite(good.uid, (*good.steps, *filler))])
"""
COUNT = "MATCH (n) WHERE n.uid IS NULL OR NOT n.uid STARTS WITH 'filler/' RETURN count(n) AS n"
FILLED = "MATCH (p:Provision) WHERE p.uid STARTS WITH 'filler/' RETURN count(p) AS n"


def test_sigkill_during_reload_leaves_whole_writes(fresh_store, store_settings):
    load_files([BUTON, MALANG], fresh_store)
    before = fresh_store.run_readonly(COUNT).rows
    child = _child(fresh_store, store_settings, writes=True)
    try:
        _wait_for(lambda: _filled(fresh_store) > 0, child)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert fresh_store.run_readonly(COUNT).rows == before  # Malang whole, Buton untouched
    filled = _filled(fresh_store)
    assert 0 < filled < 40 * FILLER and filled % FILLER == 0  # no write half done
    assert not fresh_store.db.connection.exists(fresh_store.staging_name)  # no copy was made
    again = load_files([MALANG], fresh_store)
    assert again.ok and fresh_store.run_readonly(COUNT).rows == before
    assert _filled(fresh_store) == 0


def test_sigkill_during_first_load_leaves_the_graph_empty(fresh_store, store_settings):
    staging = fresh_store.staging_name
    child = _child(fresh_store, store_settings, writes=False)
    try:
        _wait_for(lambda: fresh_store.db.connection.exists(staging), child)
        time.sleep(0.05)  # let a few statements land in the staging graph
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows == [{"n": 0}]
    again = load_files([MALANG], fresh_store)
    assert again.ok and _filled(fresh_store) == 0
    assert not fresh_store.db.connection.exists(staging)


def _child(store, settings: dict, writes: bool) -> subprocess.Popen:
    env = os.environ | settings | {"SK_GRAPH": store.graph_name}
    code = CHILD.format(path=str(MALANG), n=FILLER, writes=writes)
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env)


def _filled(store) -> int:
    return store.run_readonly(FILLED).rows[0]["n"]


def _wait_for(condition, child: subprocess.Popen, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert child.poll() is None, "the child load finished before it could be killed"
        assert time.monotonic() < deadline, "the child never started writing"
        time.sleep(0.005)
