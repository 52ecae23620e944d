"""Console queries wait their turn: per session and in total (issue 12: 6).

Real heavy queries on the embedded engine hold the slots; the gate is what is tested.
"""

from __future__ import annotations

import threading
import time

import pytest

from queries.gate import ConsoleBusy, QueryGate

SLOW = "UNWIND range(1, 4000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n"


def _run(gate, store, session, log, wait_s=30):
    def on_wait(running):
        log.append(("wait", session, running))

    with gate.slot(session, wait_s=wait_s, on_wait=on_wait):
        log.append(("start", session, gate.running()))
        store.run_readonly(SLOW, timeout_ms=60000)
        log.append(("end", session, gate.running()))


def test_extra_queries_wait_for_a_slot(loaded_store):
    gate = QueryGate(total=2, per_session=1)
    log: list = []
    threads = [
        threading.Thread(target=_run, args=(gate, loaded_store, s, log))
        for s in ("a", "a", "b", "c")
    ]
    for t in threads:
        t.start()
        time.sleep(0.05)
    for t in threads:
        t.join()
    starts = [entry for entry in log if entry[0] == "start"]
    assert len(starts) == 4 and max(running for _, _, running in starts) <= 2
    waited = {session for kind, session, _ in log if kind == "wait"}
    assert "a" in waited  # the session's second query waited for its first
    assert waited & {"b", "c"}  # and one of the others for the total


def test_a_query_that_waits_too_long_is_told_so(loaded_store):
    gate = QueryGate(total=1, per_session=1)
    holder = threading.Thread(target=_run, args=(gate, loaded_store, "a", []))
    holder.start()
    while gate.running() == 0:
        time.sleep(0.01)
    with pytest.raises(ConsoleBusy, match="SK_CONSOLE_TOTAL"), gate.slot("b", wait_s=0.05):
        pass
    holder.join()
    assert gate.running() == 0
