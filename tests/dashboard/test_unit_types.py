"""Unit types as the analyst picks them: from which regulation, told apart, empty ones marked.

A regency with two regulations (the second an amendment: Buton's text renumbered
"Nomor 8 Tahun 2025") and Malang's and Muna's look-alike, truncated and
position-less unit types, on a graph of their own (issue 14 point 3).
"""

from __future__ import annotations

import pytest

from dashboard import messages
from loader.graph.load import DEFAULT_DIR, load_files
from tests.dashboard.test_pages import start

BUTON = DEFAULT_DIR / "000_b65b5e3740c9ccfa.txt"
MUNA = DEFAULT_DIR / "001_814ae01bb09b4304.txt"
MALANG = DEFAULT_DIR / "004_b7684ddf9c3f1cea.txt"


@pytest.fixture(scope="module")
def amended(tmp_path_factory):
    path = tmp_path_factory.mktemp("perubahan") / "buton-perubahan.txt"
    path.write_text(BUTON.read_text().replace("NOMOR 3 TAHUN 2024", "NOMOR 8 TAHUN 2025"))
    return path


@pytest.fixture
def app(fresh_store, store_settings, amended):
    assert load_files([BUTON, amended, MUNA, MALANG], fresh_store).ok
    return start(store_settings | {"SK_GRAPH": fresh_store.graph_name})


def unit_type_labels(at, regency: str) -> list[str]:
    at.selectbox(key="regency").select(regency).run()
    at.switch_page("views/org_chart.py").run()
    assert not at.exception, [e.value for e in at.exception]
    picker = at.selectbox(key="unit")
    return [label for label in picker.options if "(" not in label or "—" in label]


def test_each_unit_type_says_which_regulation_it_comes_from(app):
    labels = unit_type_labels(app, "Kabupaten Buton")
    kecamatan = [label for label in labels if label.startswith("Kecamatan")]
    assert len(kecamatan) == 2
    assert any("Nomor 3 Tahun 2024" in label for label in kecamatan)
    assert any("Nomor 8 Tahun 2025" in label for label in kecamatan)


@pytest.mark.parametrize("regency", ["Kabupaten Malang", "Kabupaten Muna"])
def test_look_alike_unit_types_are_told_apart(app, regency):
    picker_labels = app.selectbox(key="regency")
    assert regency in picker_labels.options
    app.selectbox(key="regency").select(regency).run()
    app.switch_page("views/org_chart.py").run()
    options = app.selectbox(key="unit").options
    assert len(options) == len(set(options)), [o for o in options if options.count(o) > 1]
    assert all(len(option) <= 160 for option in options)


def test_unit_types_without_positions_are_marked(app):
    app.selectbox(key="regency").select("Kabupaten Muna").run()
    app.switch_page("views/org_chart.py").run()
    options = app.selectbox(key="unit").options
    empty = [o for o in options if messages.NO_POSITIONS_MARK in o]
    assert len(empty) == 3
    first = options.index(empty[0])
    assert options[first : first + 3] == empty  # together, after the types that draw a chart
    assert not any(messages.NO_POSITIONS_MARK in o for o in options[:first])


def test_the_chain_pages_positions_say_which_regulation(app):
    app.selectbox(key="regency").select("Kabupaten Buton").run()
    app.switch_page("views/chain.py").run()
    app.text_input(key="chain_q").input("Camat").run()
    options = app.selectbox(key="chain_p").options
    assert "Camat — Kecamatan · Nomor 3 Tahun 2024" in options
    assert "Camat — Kecamatan · Nomor 8 Tahun 2025" in options
