"""Org-chart HTML: hierarchical levels, colours per edge type, legend, and no external URL."""

from __future__ import annotations

import json
import re
from xml.dom.minidom import parseString

from dashboard.render import chart
from dashboard.render.palette import EDGE_STYLES
from dashboard.render.svg import org_chart_svg
from loader.model import EdgeType

# Buton, Lampiran (Dinas/Badan): "Sekretaris dan Kepala Bidang memberikan penilaian kinerja
# sekaligus memberikan penugasan bagi Pejabat Fungsional dan pelaksana"
QUOTE = (
    "Sekretaris dan Kepala Bidang memberikan penilaian kinerja sekaligus memberikan penugasan "
    "bagi Pejabat Fungsional dan pelaksana"
)


def edge(src, src_cls, dst, dst_cls, type_, condition=None):
    return {
        "source_uid": src.lower().replace(" ", "-"),
        "source": src,
        "source_class": src_cls,
        "target_uid": dst.lower().replace(" ", "-"),
        "target": dst,
        "target_class": dst_cls,
        "type": type_,
        "condition": condition,
        "where": "Lampiran IV huruf b",
        "quote": QUOTE,
    }


ROWS = [
    edge("Kepala Dinas", "JPT Pratama", "Sekretaris", "Administrator", "SETS_PERFORMANCE"),
    edge("Sekretaris", "Administrator", "Pejabat Fungsional", "Fungsional", "APPRAISES"),
    edge("Kepala Bidang", "Administrator", "Pejabat Fungsional", "Fungsional", "APPRAISES"),
    edge("Sekretaris", "Administrator", "Pelaksana", "Pelaksana", "ASSIGNS"),
    edge(
        "Kepala Dinas", "JPT Pratama", "Pejabat Fungsional", "Fungsional", "APPRAISES", "Ahli Madya"
    ),
]


def payload(html: str) -> dict:
    """The JSON the template embeds (after 'const data =')."""
    raw = re.search(r"const data = (\{.*?\});\n", html, re.S).group(1)
    return json.loads(raw)


def test_levels_follow_position_class_rank():
    data = payload(chart.org_chart_html(ROWS))
    levels = {n["label"]: n["level"] for n in data["nodes"]}
    # one row per class present, in rank order, the first at the top
    assert (levels["Kepala Dinas"], levels["Sekretaris"], levels["Pejabat Fungsional"]) == (0, 1, 2)
    assert data["options"]["layout"]["hierarchical"]["enabled"] is True


def test_person_under_two_superiors_keeps_both_lines():
    data = payload(chart.org_chart_html(ROWS))
    uids = {n["label"]: n["id"] for n in data["nodes"]}
    into_jf = [e for e in data["edges"] if e["to"] == uids["Pejabat Fungsional"]]
    assert {e["from"] for e in into_jf} == {
        uids["Sekretaris"],
        uids["Kepala Bidang"],
        uids["Kepala Dinas"],
    }


def test_edges_coloured_by_type_and_tooltip_cites_provision():
    data = payload(chart.org_chart_html(ROWS))
    colours = {e["color"] for e in data["edges"]}
    assert EDGE_STYLES[EdgeType.APPRAISES].colour in colours
    tips = [e["tip"] for e in data["edges"]]
    assert all("Lampiran IV huruf b" in t for t in tips)
    assert any("Syarat: Ahli Madya" in t for t in tips)


def test_legend_lists_only_types_present():
    labels = [item["label"] for item in chart.legend_items(ROWS)]
    present = (EdgeType.SETS_PERFORMANCE, EdgeType.APPRAISES, EdgeType.ASSIGNS)
    assert labels == [EDGE_STYLES[t].label for t in present]


def test_html_is_self_contained_without_cdn():
    html = chart.org_chart_html(ROWS, title="Dinas")
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]*(?:src|href)\s*=""", html, re.I)
    for host in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrapcdn"):
        assert host not in html
    assert "vis.Network" in html


def test_text_from_the_regulation_cannot_close_the_script():
    rows = [
        edge(
            "Kepala </script><script>alert(1)",
            "JPT Pratama",
            "Sekretaris",
            "Administrator",
            "APPRAISES",
        )
    ]
    html = chart.org_chart_html(rows)
    assert "</script><script>alert" not in html
    assert payload(html)["nodes"][0]["label"].startswith("Kepala </script>")


def test_filter_by_type():
    kept = chart.of_types(ROWS, types=["APPRAISES"])
    assert {r["type"] for r in kept} == {"APPRAISES"} and kept
    assert len(chart.of_types(ROWS)) == len(ROWS)


def test_svg_download_is_well_formed_with_one_box_per_position():
    doc = parseString(org_chart_svg(ROWS))
    boxes = [r for r in doc.getElementsByTagName("rect") if r.getAttribute("rx")]
    assert len(boxes) == 5  # Kepala Dinas, Sekretaris, Kepala Bidang, Pejabat Fungsional, Pelaksana
    text = doc.documentElement.toxml()
    assert "Menilai kinerja (PPK)" in text
    assert "<script" not in text
    assert "href" not in text


def test_position_tooltip_names_its_roles():
    lead = {
        "uid": "ketua-tim",
        "title": "Ketua Tim",
        "class": "Fungsional",
        "roles": ["KETUA_TIM", "PEMILIK_KINERJA"],
    }
    [node] = payload(chart.org_chart_html([], [lead]))["nodes"]
    assert "Peran: Ketua Tim, Pemilik Kinerja" in node["tip"]
    assert node["level"] == 0  # the only class present takes the top row


def test_levels_put_the_target_setter_above_a_peer_of_the_same_class():
    from dashboard.render.chart import levels

    rows = [
        {
            "type": "SETS_PERFORMANCE",
            "source_uid": "sekda",
            "target_uid": "asisten",
            "source_class": "JPT Pratama",
            "target_class": "JPT Pratama",
        },
        {
            "type": "SETS_PERFORMANCE",
            "source_uid": "asisten",
            "target_uid": "kabag",
            "source_class": "JPT Pratama",
            "target_class": "Administrator",
        },
        {
            "type": "APPRAISES",
            "source_uid": "kabag",
            "target_uid": "jf",
            "source_class": "Administrator",
            "target_class": "Fungsional",
        },
        {
            "type": "REVIEWS_RESULTS_OF",
            "source_uid": "kabag",
            "target_uid": "asisten",
            "source_class": "Administrator",
            "target_class": "JPT Pratama",
        },
    ]
    depth = levels(rows, [])
    assert depth["sekda"] < depth["asisten"] < depth["kabag"] < depth["jf"]
