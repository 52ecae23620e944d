"""Issue 14, point 8: charts of the five regulations read top-down, in one case of titles.

Built from the real graph (every unit type of every regulation): each line runs
from a higher row to a lower one, so no line joins two boxes of one row through
the boxes between them, and the regulation-wide rules ("Seluruh Perangkat Daerah")
read as a hierarchy; titles are in one case on the chart and in its table, while
the quote keeps the regulation's writing. The browser half is tests/browser/test_charts.py.
"""

from __future__ import annotations

import pytest

from dashboard.render import chart, rows, tables, team_chart
from dashboard.render.layout import levels
from dashboard.render.titles import SMALL_WORDS, display_title


def unit_type_charts(store):
    for regency in [r["regency"] for r in store.query("regency_list", {}).rows]:
        for unit_type in store.query("unit_types", {"regency": regency}).rows:
            found = store.query("org_chart_unit_type", {"unit_type": unit_type["uid"]})
            edges, positions = rows.org_chart(found.rows)
            yield regency, unit_type["name"], edges, positions


@pytest.fixture(scope="module")
def charts(loaded_store):
    return list(unit_type_charts(loaded_store))


def test_every_line_runs_down_a_row_or_more(charts):
    flat = []
    for regency, name, edges, positions in charts:
        depth = levels(edges, positions)
        for e in edges:
            if (
                e["source_uid"] != e["target_uid"]
                and depth[e["target_uid"]] <= depth[e["source_uid"]]
            ):
                flat.append((regency, name[:40], e["source"], e["type"], e["target"]))
    assert flat == []


def test_seluruh_perangkat_daerah_reads_as_a_hierarchy(charts):
    wide = [c for c in charts if c[1] == "Seluruh Perangkat Daerah"]
    assert len(wide) == 5
    for regency, _, edges, positions in wide:
        depth = levels(edges, positions)
        roles = {"Pejabat Penilai Kinerja", "Pimpinan Unit Organisasi", "Ketua Tim"}
        for e in edges:
            if e["source"] in roles:  # a role sits above whom it acts on, not beside it
                assert depth[e["source_uid"]] < depth[e["target_uid"]], (regency, e["source"])


def test_titles_are_in_one_case_and_quotes_keep_their_own(charts):
    buton = next(c for c in charts if c[0] == "Kabupaten Buton" and c[1] == "Sekretariat Daerah")
    _, _, edges, positions = buton
    html = chart.org_chart_html(edges, positions)
    labels = {n["label"] for n in chart.build_network(edges, positions).nodes}
    assert "Sekretaris Daerah" in labels and "sekretaris Daerah" not in labels
    assert {"Asisten", "Pelaksana"} <= labels
    for label in labels:
        for word in label.split():
            assert word in SMALL_WORDS or not word[0].islower(), label
    assert "sekretaris Daerah menetapkan" in html  # the quote in the tooltip, as written
    table = tables.edges_frame(edges)
    assert "sekretaris Daerah" not in set(table["Dari"])
    assert table["Kutipan"].str.contains("sekretaris Daerah").any()


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("sekretaris Daerah", "Sekretaris Daerah"),
        ("pelaksana", "Pelaksana"),
        ("Kepala UPTD", "Kepala UPTD"),
        (
            "kepala dinas pekerjaan umum dan penataan ruang",
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        ),
        ("Kepala Sub Bagian pada Sekretariat", "Kepala Sub Bagian pada Sekretariat"),
    ],
)
def test_display_title(written, shown):
    assert display_title(written) == shown


def test_team_chart_puts_people_in_rows_and_arcs_lines_within_a_row():
    members = [
        {
            "kode": "T1",
            "nama": "Tim Uji",
            "lead_nip": "1",
            "lead_nama": "Ani",
            "lead_jabatan": "kepala seksi",
            "lead_unit": "Dinas A",
            "member_nip": nip,
            "member_nama": nama,
            "member_jabatan": "pranata komputer",
            "member_unit": "Dinas B",
            "implied_nips": boss,
        }
        for nip, nama, boss in (("2", "Budi", ["9"]), ("3", "Cici", ["2"]))
    ]
    people = {"9": {"nama": "Dodi", "jabatan": "kepala bidang", "unit": "Dinas B"}}
    nodes, edges, _ = team_chart.team_graph(members, people)
    level = {n["id"]: n["level"] for n in nodes}
    assert level["9"] < level["2"] == level["3"] == level["1"] < level["tim:T1"]
    assert team_chart.OPTIONS["layout"]["hierarchical"]["enabled"] is True
    within = [e for e in edges if level[e["from"]] == level[e["to"]]]
    assert within and all(e["smooth"]["type"] == "curvedCW" for e in within)
    assert any(n["label"] == "Dodi\nKepala Bidang" for n in nodes)
