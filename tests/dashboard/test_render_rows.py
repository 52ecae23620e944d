"""The catalog's row shapes adapted for the chart, tables and pickers."""

from __future__ import annotations

from dashboard.render import rows

# org_chart_unit_type rows for Buton's Kelurahan (Lampiran VIII): every position at least once.
CHART = [
    {"from_uid": "lurah", "from_title": "Lurah", "from_cls": "Administrator", "type": "APPRAISES",
     "to_uid": "jf", "to_title": "Pejabat Fungsional", "where": "Lampiran VIII A angka (2)",
     "condition": None, "quote": "Lurah memberikan penilaian kinerja"},
    {"from_uid": "jf", "from_title": "Pejabat Fungsional", "from_cls": "Fungsional", "type": None,
     "to_uid": None, "to_title": None, "where": None, "condition": None, "quote": None},
    {"from_uid": "sekel", "from_title": "Sekretaris Lurah", "from_cls": "Pengawas", "type": None,
     "to_uid": None, "to_title": None, "where": None, "condition": None, "quote": None},
]  # fmt: skip


def test_org_chart_rows_give_edges_and_every_position():
    edges, positions = rows.org_chart(CHART)
    [edge] = edges
    assert (edge["source"], edge["type"], edge["target"]) == (
        "Lurah",
        "APPRAISES",
        "Pejabat Fungsional",
    )
    assert edge["target_class"] == "Fungsional"  # read from the target's own row
    assert [p["title"] for p in positions] == ["Lurah", "Pejabat Fungsional", "Sekretaris Lurah"]


def test_unit_options_list_types_then_named_units():
    types = [{"uid": "t1", "name": "Dinas Daerah", "positions": 5}]
    units = [
        {
            "uid": "u1",
            "name": "Dinas Kesehatan",
            "unit_type": "t1",
            "unit_type_name": "Dinas Daerah",
        }
    ]
    options = rows.unit_options(types, units)
    assert [(o["label"], o["kind"]) for o in options.values()] == [
        ("Dinas Daerah", "unit_type"),
        ("Dinas Kesehatan (Dinas Daerah)", "unit"),
    ]


def test_position_options_put_unit_copies_last():
    found = [
        {"uid": "i", "title": "Kepala Seksi Kesehatan", "unit_name": "Dinas Kesehatan",
         "unit_type_name": "Dinas Daerah", "scope": "unit"},
        {"uid": "t", "title": "Kepala Seksi", "unit_name": None, "unit_type_name": "Kecamatan",
         "scope": "unit_type"},
    ]  # fmt: skip
    assert list(rows.position_options(found).values()) == [
        "Kepala Seksi — Kecamatan",
        "Kepala Seksi Kesehatan — Dinas Kesehatan",
    ]


def test_unit_type_labels_tell_look_alikes_apart_and_mark_empty_ones():
    name = "Mekanisme Kerja pada Unit Organisasi yang dipimpin oleh pejabat"
    types = [
        {"uid": "a", "name": name, "where": "BAB II D", "top": "pejabat pengawas", "positions": 3},
        {"uid": "b", "name": name, "where": "BAB II D", "top": "pejabat pengawas", "positions": 2},
        {"uid": "c", "name": name, "where": "BAB II D angka 2", "top": None, "positions": 0},
        {"uid": "d", "name": "Sekretariat Daerah; " * 60, "where": "B", "positions": 4},
    ]
    labels = rows.unit_type_labels(types, "{number}/{year}", "(kosong)")
    assert labels["a"] == f"{name} — BAB II D, pejabat pengawas — 1"
    assert labels["c"] == f"{name} — BAB II D angka 2 (kosong)"
    assert list(labels)[-1] == "c"
    assert labels["d"].endswith(" …") and len(labels["d"]) <= rows.LABEL_CHARS + 2
