"""Parties that are no posts, and a ministry's higher JPT classes, on an org chart.

Muna and Malang: "hasil ... disampaikan kepada Kepala Bagian oleh individu atau ketua tim
kerja": "Individu" and "Tim Kerja" are parties of review edges (class "Pihak"), drawn as a
dashed box with a legend entry, not as a post. A ministry's JPT Utama stands above its JPT
Madya, above its JPT Pratama, each on its own row; a regency chart gets no empty row for them.
"""

from __future__ import annotations

from xml.dom.minidom import parseString

from dashboard import messages
from dashboard.render import chart
from dashboard.render.layout import levels
from dashboard.render.svg import org_chart_svg
from tests.dashboard.test_render_chart import ROWS, edge, payload

REVIEW = [
    edge("Kepala Bagian", "Administrator", "Individu", "Pihak", "REVIEWS_RESULTS_OF"),
    edge("Kepala Bagian", "Administrator", "Tim Kerja", "Pihak", "REVIEWS_RESULTS_OF"),
    edge("Kepala Bagian", "Administrator", "Pejabat Fungsional", "Fungsional", "APPRAISES"),
]


def test_a_party_is_a_dashed_box_with_its_own_legend_entry():
    data = payload(chart.org_chart_html(REVIEW))
    nodes = {n["label"]: n for n in data["nodes"]}
    for party in ("Individu", "Tim Kerja"):
        assert nodes[party]["shapeProperties"]["borderDashes"]
        assert messages.PARTY_TIP in nodes[party]["tip"]
        assert "Kelas:" not in nodes[party]["tip"]
    assert "shapeProperties" not in nodes["Pejabat Fungsional"]
    assert [i["label"] for i in data["legend"] if i.get("box")] == [messages.PARTY_LEGEND]


def test_no_party_legend_without_a_party():
    assert not [i for i in payload(chart.org_chart_html(ROWS))["legend"] if i.get("box")]


def test_the_svg_download_draws_the_party_dashed_too():
    svg = org_chart_svg(REVIEW)
    parseString(svg)
    assert messages.PARTY_LEGEND in svg
    assert svg.count('stroke-dasharray="6 4"') == 3  # two boxes and the legend swatch


def test_ministry_jpt_classes_have_rows_of_their_own_in_order():
    rows = [
        edge("Sekretaris Jenderal", "JPT Utama", "Direktur Jenderal", "JPT Madya", "APPRAISES"),
        edge("Direktur Jenderal", "JPT Madya", "Direktur", "JPT Pratama", "APPRAISES"),
        edge("Direktur", "JPT Pratama", "Kepala Subdirektorat", "Administrator", "APPRAISES"),
    ]
    depth = levels([{**r, "source_class": r["source_class"]} for r in rows])
    order = ["sekretaris-jenderal", "direktur-jenderal", "direktur", "kepala-subdirektorat"]
    assert [depth[u] for u in order] == [0, 1, 2, 3]
    # with no edge to place them, the class alone orders them
    lone = [
        {"uid": "u", "title": "Sekretaris Jenderal", "class": "JPT Utama"},
        {"uid": "m", "title": "Direktur Jenderal", "class": "JPT Madya"},
        {"uid": "p", "title": "Direktur", "class": "JPT Pratama"},
    ]
    assert levels([], lone) == {"u": 0, "m": 1, "p": 2}


def test_a_regency_chart_has_no_empty_row_for_the_ministry_classes():
    depth = levels(ROWS)
    assert sorted(set(depth.values())) == [0, 1, 2]
