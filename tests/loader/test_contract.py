"""The JSON contract of `loader extract`: keys, verbatim quotes at their offsets, lines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from loader.reading.report import to_json
from tests.loader.conftest import BUTON, FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_at_its_offsets(path, extracted):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    out = to_json(extracted[path.name])
    cited = out["edges"] + out["roles"]
    assert cited, "no edges or roles read"
    for row in cited:
        p = row["provision"]
        assert text[p["start"] : p["end"]] == p["quote"]
        assert text.count("\n", 0, p["start"]) + 1 == p["line"]
        assert p["quote"].strip() == p["quote"] and p["quote"]


def test_cli_prints_the_contract_keys():
    done = subprocess.run(
        [sys.executable, "-m", "loader", "extract", str(BUTON), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    assert set(out) >= {"regulation", "unit_types", "edges", "roles", "warnings"}
    assert set(out["unit_types"][0]) >= {"id", "name", "named_units", "positions", "provision"}
    edge = out["edges"][0]
    assert set(edge) >= {"type", "from", "to", "unit_type", "condition", "delegated", "provision"}
    assert edge["delegated"] is False  # Buton gives no power by delegation
    assert set(edge["provision"]) == {"where", "quote", "start", "end", "line"}
    assert set(out["roles"][0]) >= {"position", "role", "unit_type", "provision"}


def test_cli_table_lists_edges_and_totals():
    done = subprocess.run(
        [sys.executable, "-m", "loader", "extract", str(BUTON), "--format", "table"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Peraturan Bupati Buton Nomor 3 Tahun 2024" in done.stdout
    assert "SETS_PERFORMANCE" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].endswith("unit types")


@pytest.mark.parametrize(
    ("path", "regency", "number", "year", "enacted"),
    [
        (FILES[0], "Kabupaten Buton", "3", 2024, "2024-01-17"),
        (FILES[1], "Kabupaten Muna", "19", 2024, "2024-09-27"),
        (FILES[2], "Kabupaten Tabalong", "9", 2024, "2024-03-14"),
        (FILES[3], "Kabupaten Konawe Selatan", "52", 2023, None),
        (FILES[4], "Kabupaten Malang", "132", 2023, "2023-12-04"),
    ],
    ids=lambda v: getattr(v, "stem", None),
)
def test_regulation_identified_from_its_heading(path, regency, number, year, enacted, extracted):
    r = extracted[path.name].regulation
    assert (r.regency, r.number, r.year, r.enacted) == (regency, number, year, enacted)
    assert r.kind == "Peraturan Bupati"
    assert "sistem kerja" in r.title.lower()
