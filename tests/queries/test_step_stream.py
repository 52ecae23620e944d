"""Write steps built while the store writes (issue 13): order kept, an error reaches the writer."""

from __future__ import annotations

import pytest

from loader.graph.load import DEFAULT_DIR, build_load, load_files
from loader.reading.extract import extract_file
from queries.store import GraphWrite, StepStream, WriteStep

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"


def test_a_stream_gives_its_steps_in_order_every_time_it_is_read():
    steps = [WriteStep("relink_roster", {"regencies": [str(i)]}) for i in range(50)]
    stream = StepStream(iter(steps))
    assert list(stream) == steps and list(stream) == steps
    assert len(stream) == 50 and stream[7] == steps[7]


def test_an_error_building_rows_fails_the_load_and_keeps_the_graph(fresh_store):
    assert load_files([BUTON], fresh_store).ok
    before = fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows

    def broken():
        yield WriteStep(
            "delete_regulation", {"regulations": ["kabupaten-buton/peraturan-bupati-3-2024"]}
        )
        raise RuntimeError("model -> rows failed")

    with pytest.raises(RuntimeError, match="model -> rows failed"):
        fresh_store.apply_writes([GraphWrite("x", StepStream(broken()))])
    assert fresh_store.run_readonly("MATCH (n) RETURN count(n) AS n").rows == before


def test_one_load_of_two_regulations_batches_each_step_across_them(fresh_store):
    extractions = [extract_file(BUTON), extract_file(DEFAULT_DIR / "004_b7684ddf9c3f1cea.txt")]
    counts: dict = {}
    names = [s.name for s in build_load(extractions, counts).steps]
    assert names.count("delete_regulation") == 1 and names.count("relink_roster") == 1
    assert names.count("create_regulation") == 2 and names[-1] == "delete_orphans"
    assert set(counts) == {ex.regulation.uid for ex in extractions}
