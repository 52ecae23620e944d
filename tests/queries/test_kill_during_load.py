"""A load killed with SIGKILL midway leaves the previous graph; the next load cleans up."""

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

# The child replaces Malang, then keeps writing filler provisions into the staging graph
# (40 steps of 5000 rows) so the parent can kill it while the staging graph is half built.
CHILD = """
from loader.reading.extract import extract_file
from loader.graph.load import build_write
from queries.store import GraphWrite, WriteStep, open_store
store = open_store()
good = build_write(extract_file({path!r}))
rows = [{{"owner": good.uid, "props": {{"uid": f"filler/{{i}}"}}}} for i in range(5000)]
empty = {{"unit_types": [], "units": [], "templates": [], "instances": []}}
filler = [WriteStep("create_nodes", empty | {{"provisions": rows}}) for _ in range(40)]
store.apply_writes([GraphWrite(good.uid, (*good.steps, *filler))])
"""


def test_sigkill_during_load_keeps_previous_graph(fresh_store, store_settings):
    load_files([BUTON, MALANG], fresh_store)
    before = fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows
    staging = fresh_store.staging_name
    env = os.environ | store_settings | {"SK_GRAPH": fresh_store.graph_name}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(path=str(MALANG))], cwd=ROOT, env=env
    )
    try:
        _wait_for(lambda: fresh_store.db.connection.exists(staging), child)
        time.sleep(0.05)  # let a few statements land in the staging graph
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows == before
    assert fresh_store.run_readonly(
        "MATCH (p:Provision) WHERE p.uid STARTS WITH 'filler/' RETURN count(p) AS n"
    ).rows == [{"n": 0}]
    again = load_files([MALANG], fresh_store)
    assert again.ok and fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows == before
    assert not fresh_store.db.connection.exists(staging)


def _wait_for(condition, child: subprocess.Popen, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert child.poll() is None, "the child load finished before it could be killed"
        assert time.monotonic() < deadline, "the child never started its staging graph"
        time.sleep(0.005)
