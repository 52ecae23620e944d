"""The collector pause of the snapshot phases leaves the collector as it found it (issue 13)."""

from __future__ import annotations

import gc
import threading

from checks.bulk import paused_gc


def test_the_collector_is_paused_inside_and_resumed_after_nested_phases():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer phase still runs
    assert gc.isenabled()


def test_a_phase_that_fails_resumes_the_collector():
    try:
        with paused_gc():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_phases_in_two_threads_resume_only_when_both_end():
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    with paused_gc():
        thread.start()
        inside.wait(10)
    assert not gc.isenabled()  # this phase ended, the other thread's has not
    leave.set()
    thread.join()
    assert gc.isenabled()
