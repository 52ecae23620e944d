"""Every .cypher file, ours and any added later, runs on every adapter with its examples."""

from __future__ import annotations

import pytest

from queries.catalog import load_catalog

NAMES = sorted(load_catalog())


@pytest.mark.parametrize("name", NAMES)
def test_every_cypher_file_runs_with_its_example_params(any_store, name):
    query = load_catalog()[name]
    rows = any_store.query(name, query.examples)
    assert tuple(rows.columns) == query.columns
    for row in rows.rows:
        assert list(row) == list(query.columns)
