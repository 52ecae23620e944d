"""The people pages' pure builders: tables, filters, counts, XLSX and the team chart."""

from __future__ import annotations

import io
import json
import re

import openpyxl

from dashboard.render import exports, people, team_chart

RECON = [
    {
        "nip": "198208082008031008",
        "nama": "Hadi Fiktif",
        "jabatan": "Perencana Ahli Muda",
        "jenjang": "Ahli Muda",
        "unit": "Dinas Pendidikan",
        "recorded_nip": "197603032002031003",
        "recorded_nama": "Citra Fiktif",
        "implied_position": "Jabatan Administrator",
        "implied": "Gita Sampel (Kepala Bidang)",
        "implied_nips": ["197707072003032007"],
        "status": "berbeda",
        "code": "mismatch",
        "where": "Pasal 7 ayat (4) huruf b",
        "quote": "Jabatan Fungsional ahli muda berkedudukan dibawah Jabatan Administrator",
        "demo": True,
    },
    {
        "nip": "198004042005032004",
        "nama": "Dewi Rekaan",
        "jabatan": "Perawat Ahli Muda",
        "jenjang": "Ahli Muda",
        "unit": "Dinas Kesehatan",
        "recorded_nip": None,
        "recorded_nama": None,
        "implied_position": "Jabatan Administrator",
        "implied": "Citra Fiktif (Kepala Bidang)",
        "implied_nips": ["197603032002031003"],
        "status": "tidak tercatat",
        "code": "missing",
        "where": "Pasal 7 ayat (4) huruf b",
        "quote": None,
        "demo": False,
    },
    {
        "nip": "197707072003032007",
        "nama": "Gita Sampel",
        "jabatan": "Kepala Bidang",
        "jenjang": None,
        "unit": "Dinas Pendidikan",
        "recorded_nip": None,
        "recorded_nama": None,
        "implied_position": "",
        "implied": "",
        "implied_nips": [],
        "status": "tidak dapat diturunkan",
        "code": "underived",
        "where": "",
        "quote": None,
        "demo": False,
    },
]
TEAM = [
    {
        "kode": "TIM-01",
        "nama": "Tim Stunting",
        "periode": "2025",
        "owner": "Dinas Kesehatan",
        "lead_nip": "197603032002031003",
        "lead_nama": "Citra Fiktif",
        "lead_jabatan": "Kepala Bidang",
        "lead_unit": "Dinas Kesehatan",
        "member_nip": nip,
        "member_nama": nama,
        "member_jabatan": "Fungsional",
        "member_unit": unit,
        "recorded_appraiser": recorded,
        "recommends_where": "Pasal 16 ayat (4) huruf e",
        "recommends_quote": "Ketua Tim memberikan rekomendasi </script> penilaian",
    }
    for nip, nama, unit, recorded in (
        ("198208082008031008", "Hadi Fiktif", "Dinas Pendidikan", "197603032002031003"),
        ("198004042005032004", "Dewi Rekaan", "Dinas Kesehatan", None),
    )
]


def test_status_counts_list_every_status_in_order():
    counts = people.status_counts(RECON)
    assert next(iter(counts)) == "sesuai"
    assert counts == {
        "sesuai": 0,
        "sesuai (pendelegasian)": 0,
        "berbeda": 1,
        "tidak tercatat": 1,
        "tidak dapat diturunkan": 1,
    }


def test_filter_by_unit_status_and_name_or_spaced_nip():
    assert [r["nama"] for r in people.filter_reconciliation(RECON, ["Dinas Pendidikan"])] == [
        "Hadi Fiktif",
        "Gita Sampel",
    ]
    assert people.filter_reconciliation(RECON, statuses=["berbeda"])[0]["nama"] == "Hadi Fiktif"
    assert people.filter_reconciliation(RECON, text="dewi")[0]["nama"] == "Dewi Rekaan"
    spaced = people.filter_reconciliation(RECON, text="19820808 200803 1 008")
    assert [r["nama"] for r in spaced] == ["Hadi Fiktif"]
    assert people.filter_reconciliation(RECON, ["Dinas Kesehatan"], ["berbeda"]) == []


def test_reconciliation_frame_marks_demo_and_names_the_record():
    df = people.reconciliation_frame(RECON)
    assert list(df.columns) == list(people.RECONCILIATION_COLUMNS.values())
    assert df["Keterangan"].tolist() == ["DEMO", "", ""]
    assert df["Penilai tercatat"].iloc[0] == "Citra Fiktif (197603032002031003)"
    assert people.any_demo(RECON) and not people.any_demo(RECON[1:])


def test_xlsx_holds_the_table():
    df = people.reconciliation_frame(RECON)
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(df, "Rekonsiliasi")))
    sheet = book["Rekonsiliasi"]
    rows = list(sheet.values)
    assert rows[0] == tuple(df.columns)
    assert rows[1][0] == "Hadi Fiktif" and len(rows) == 4


def test_findings_grouped_in_check_order_and_filtered():
    rows = [
        {"code": "RECORD_MISMATCH", "nama": "A", "nip": "1", "unit": "U1", "detail": "d"},
        {"code": "NO_APPRAISER", "nama": "B", "nip": "2", "unit": "U2", "detail": "d"},
        {"code": "NO_TARGET_SETTER", "nama": None, "nip": None, "unit": "U1", "detail": "x"},
    ]
    assert [code for code, _ in people.findings_by_code(rows)] == [
        "NO_APPRAISER",
        "RECORD_MISMATCH",
        "NO_TARGET_SETTER",
    ]
    assert len(people.filter_findings(rows, units=["U1"])) == 2
    assert people.filter_findings(rows, ["NO_APPRAISER"], ["U1"]) == []
    assert people.finding_heading(rows[2]) == "**U1** — x"
    assert people.finding_heading(rows[0]).startswith("**A (1)**")


def test_team_members_join_the_reconciliation():
    rows = people.team_members(TEAM, people.by_nip(RECON))
    df = people.team_members_frame(rows)
    hadi = df.iloc[0]
    assert hadi["Penilai menurut peraturan"] == "Gita Sampel (Kepala Bidang)"
    assert hadi["Pasal penilai"] == "Pasal 7 ayat (4) huruf b"
    assert hadi["Penilai tercatat"] == "Citra Fiktif (197603032002031003)"
    assert hadi["Rekomendasi oleh ketua tim"] == "Citra Fiktif (197603032002031003)"
    summary = people.team_summary(rows)
    assert summary["members"] == 2 and summary["owner"] == "Dinas Kesehatan"
    assert "**Ketua tim:** Citra Fiktif" in people.team_summary_markdown(summary)
    assert people.team_options(TEAM) == {"TIM-01": "TIM-01 - Tim Stunting"}


def test_team_graph_colours_members_by_unit_and_dashes_appraiser_lines():
    rows = people.team_members(TEAM, people.by_nip(RECON))
    nodes, edges, legend = team_chart.team_graph(rows, people.by_nip(RECON))
    ids = {n["id"] for n in nodes}
    assert {"tim:TIM-01", "197603032002031003", "198208082008031008"} <= ids
    assert "197707072003032007" in ids  # Gita Sampel, Hadi's appraiser, drawn too
    colour = {n["id"]: n["color"]["border"] for n in nodes}
    assert colour["198208082008031008"] == colour["197707072003032007"]  # Dinas Pendidikan
    assert colour["198208082008031008"] != colour["198004042005032004"]
    dashed = [e for e in edges if e["dashes"]]
    assert [(e["from"], e["to"]) for e in dashed] == [
        ("198208082008031008", "197707072003032007"),
        ("198004042005032004", "197603032002031003"),
    ]
    assert "Pasal 7 ayat (4) huruf b" in dashed[0]["tip"]
    lead = next(e for e in edges if e["from"] == "197603032002031003" and e["to"] == "tim:TIM-01")
    assert "Pasal 16" in lead["tip"]
    assert {"Unit asal: Dinas Kesehatan", "Unit asal: Dinas Pendidikan"} <= {
        item["label"] for item in legend
    }
    assert team_chart.team_graph([], {}) == ([], [], [])


def test_team_chart_html_is_offline_and_script_safe():
    rows = people.team_members(TEAM, people.by_nip(RECON))
    html = team_chart.team_chart_html(rows, people.by_nip(RECON), title="TIM-01")
    assert not re.search(r"""(src|href)=["']https?://""", html)
    data = re.search(r"const data = (\{.*?\});\n", html, re.S).group(1)
    assert "</script>" not in data
    assert json.loads(data)["title"] == "TIM-01"


def test_employee_options_and_chain_label():
    options = people.employee_options([{"nip": "1", "nama": "A", "jabatan": "J", "unit": "U"}])
    assert options == {"1": "A — 1 — J (U)"}
    hops = [
        {"nip": "1", "nama": "Hadi", "appraisers": ["Gita"]},
        {"nip": "2", "nama": "Gita", "appraisers": ["X", "Y"]},
    ]
    assert people.people_chain_label(hops) == "Hadi ← Gita ← X / Y"
    assert people.chain_frame(hops)["Penilai"].tolist() == ["Gita", "X, Y"]
    assert team_chart.pale("#000000", 0.0) == "#FFFFFF"
