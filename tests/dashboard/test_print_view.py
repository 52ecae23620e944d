"""Issue 14, point 5: print views of an org chart (drawing, edge table, citations) and of a
chain (every hop cited), offered on both pages. Chromium prints one in
tests/browser/test_print.py.
"""

from __future__ import annotations

import html

import pytest

from checks import chain as checks_chain
from checks.snapshot import read_structure
from dashboard import messages
from dashboard.render import chain, print_view, rows
from tests.dashboard.test_pages import start, visit


def buton_dinas(store):
    types = store.query("unit_types", {"regency": "Kabupaten Buton"}).rows
    uid = next(t["uid"] for t in types if t["name"].startswith("Dinas"))
    return rows.org_chart(store.query("org_chart_unit_type", {"unit_type": uid}).rows)[0]


def test_org_chart_print_view_holds_drawing_edges_and_citations(loaded_store):
    edges = buton_dinas(loaded_store)
    page = print_view.org_chart_page(
        edges, title="Dinas/Badan Daerah", meta="Kabupaten Buton", texts=messages.PRINT_TEXTS
    )
    assert "@media print" in page and "<svg" in page
    assert page.count("<tr") == len(edges) + 1  # header + one row per edge
    for e in edges:
        assert html.escape(e["where"]) in page
        assert html.escape(e["quote"]) in page
    assert "src=" not in page and "href=" not in page  # nothing to fetch when printed offline


def test_chain_print_view_cites_every_hop(loaded_store):
    found = loaded_store.query(
        "position_search", {"regency": "Kabupaten Buton", "q": "Kepala Seksi"}
    )
    position = found.rows[0]
    structure = read_structure(loaded_store, position["regulation"])
    full = chain.hop_rows(
        checks_chain.combined(structure, "", position["uid"], None), structure, {}
    )
    assert full
    page = print_view.chain_page(
        [("Rantai lengkap", [(chain.chain_label(full), full)]), ("Lain", [])],
        title="Rantai",
        meta="Kabupaten Buton",
        texts=messages.PRINT_TEXTS,
    )
    assert html.escape(chain.chain_label(full)) in page
    for hop in full:
        assert html.escape(hop["quote"]) in page
        assert html.escape(hop["where"]) in page
    assert messages.PRINT_TEXTS["none"] in page  # the heading without chains says so


@pytest.mark.parametrize("page", ["org_chart", "chain"])
def test_pages_offer_the_print_view(dashboard_secrets, page):
    at = visit(start(dashboard_secrets, "Kabupaten Buton"), page)
    assert messages.DOWNLOAD_PRINT in [b.label for b in at.get("download_button")]


def test_text_from_the_regulation_is_escaped_in_print():
    edge = {
        "source_uid": "a",
        "source": "Kepala <b>Dinas</b>",
        "target_uid": "b",
        "target": "Sekretaris",
        "type": "APPRAISES",
        "where": "Pasal 1",
        "quote": "<script>alert(1)</script>",
    }
    page = print_view.org_chart_page([edge], title="<i>t</i>", meta="", texts=messages.PRINT_TEXTS)
    assert "<script>alert" not in page and "<i>t</i>" not in page
