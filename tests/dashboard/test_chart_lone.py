"""A box no drawn relation touches is explained on the chart, not left bare.

Tabalong, Lampiran B (Sekretariat DPRD, Inspektorat, the Dinas and Badan "yang dipimpin oleh
Pejabat Pimpinan Tinggi Pratama"): the section names its JPT as the units' head, and its
sentences about the JPT ("menyusun dan menetapkan perjanjian kinerja yang menjadi dasar ...",
"disampaikan kepada Pejabat Pimpinan Tinggi Pratama untuk ditinjau") give no relation the hand
reading takes; the chart drew the JPT box with no line and no word why.
"""

from __future__ import annotations

from dashboard import messages
from dashboard.render import chart, rows
from tests.dashboard.test_render_chart import ROWS, payload

JPT = "Pejabat Pimpinan Tinggi Pratama"


def test_a_lone_position_is_named_in_a_note_and_its_tooltip():
    lone = {"uid": "kepala-badan", "title": "Kepala Badan", "class": "JPT Pratama"}
    data = payload(chart.org_chart_html(ROWS, [lone]))
    assert data["note"] == messages.LONE_NOTE.format(titles="Kepala Badan")
    node = next(n for n in data["nodes"] if n["id"] == "kepala-badan")
    assert messages.LONE_TIP in node["tip"]


def test_no_note_when_every_box_has_a_line():
    assert payload(chart.org_chart_html(ROWS))["note"] == ""


def test_tabalong_grouped_section_explains_its_jpt(loaded_store):
    types = loaded_store.query("unit_types", {"regency": "Kabupaten Tabalong"}).rows
    grouped = next(t for t in types if t["name"].startswith("Sekretariat Dewan Perwakilan"))
    found = loaded_store.query("org_chart_unit_type", {"unit_type": grouped["uid"]})
    edges, positions = rows.org_chart(found.rows)
    data = payload(chart.org_chart_html(edges, positions))
    assert JPT.casefold() in data["note"].casefold()
    assert data["note"].startswith(messages.LONE_NOTE.split("{")[0])
