"""AppTest for the people pages (issue 6) on a graph holding Buton and a small test roster.

The roster (tests/dashboard/roster/, see people_graph.py) is small enough to know
every answer: which statuses, which findings, whose chain goes where.
"""

from __future__ import annotations

import pytest

from tests.dashboard.test_pages import start, visit

REGENCY = "Kabupaten Buton"


@pytest.fixture
def people_app(people_secrets):
    return start(people_secrets, REGENCY)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_reconciliation_counts_statuses_and_filters(people_app):
    at = visit(people_app, "reconciliation")
    counts = metrics(at)
    assert counts["sesuai"] == "1"  # Dewi Rekaan
    assert counts["berbeda"] == "2"  # Eka Peraga, Hadi Fiktif
    assert counts["tidak tercatat"] == "1"  # Indah Rekaan
    assert any("DATA DEMO" in w.value for w in at.warning)
    table = at.dataframe[0].value
    assert len(table) == 9
    assert set(table["Keterangan"]) == {"DEMO"}
    hadi = table[table["Nama"] == "Hadi Fiktif"].iloc[0]
    assert hadi["Status"] == "berbeda"
    assert hadi["Penilai menurut peraturan"].startswith("Gita Sampel")
    assert hadi["Letak"] == "Pasal 7 ayat (4) huruf b"
    labels = {b.label for b in at.get("download_button")}
    assert {"Unduh CSV", "Unduh XLSX"} <= labels

    at.multiselect(key="rek_status").select("berbeda").run()
    assert set(at.dataframe[0].value["Nama"]) == {"Eka Peraga", "Hadi Fiktif"}
    at.text_input(key="rek_q").input("198208082008").run()
    assert list(at.dataframe[0].value["Nama"]) == ["Hadi Fiktif"]
    assert any("<mark>" in h.proto.body for h in at.get("html"))


def test_compliance_groups_findings_by_code_with_citations(people_app):
    at = visit(people_app, "compliance")
    labels = [e.label for e in at.expander]
    assert any(label.startswith("RECORD_MISMATCH ·") and "(2)" in label for label in labels)
    assert any(label.startswith("LEAD_OUTSIDE_OWNER ·") for label in labels)
    assert any(label.startswith("APPRAISER_IN_TEAM ·") for label in labels)
    table = at.dataframe[0].value
    lead = table[table["Kode"] == "LEAD_OUTSIDE_OWNER"].iloc[0]
    assert lead["Nama"] == "Gita Sampel"
    assert "Pasal" in lead["Letak"]
    at.multiselect(key="cek_kode").select("APPRAISER_IN_TEAM").run()
    table = at.dataframe[0].value
    assert list(table["Nama"]) == ["Hadi Fiktif"]
    assert table["Letak"].iloc[0].startswith("Pasal 16")


def test_teams_shows_a_team_with_its_members_and_chart(people_app):
    at = visit(people_app, "teams")
    picker = at.selectbox(key="tim")
    assert picker.options == [
        "TIM-01 - Tim Percepatan Penurunan Stunting",
        "TIM-02 - Tim Satu Data Daerah",
    ]
    assert any("Citra Fiktif" in m.value and "Dinas Kesehatan" in m.value for m in at.markdown)
    members = at.dataframe[0].value
    assert set(members["Nama"]) == {"Dewi Rekaan", "Hadi Fiktif", "Indah Rekaan"}
    hadi = members[members["Nama"] == "Hadi Fiktif"].iloc[0]
    assert hadi["Unit asal"] == "Dinas Pendidikan"
    assert hadi["Penilai menurut peraturan"].startswith("Gita Sampel")
    assert hadi["Rekomendasi oleh ketua tim"].startswith("Citra Fiktif")
    assert hadi["Pasal rekomendasi"].startswith("Pasal 16")
    assert len(at.get("iframe")) == 1
    assert at.expander  # the regulation's team provisions still follow


def test_chain_of_an_employee_names_each_appraiser(people_app):
    at = visit(people_app, "chain")
    at.radio(key="chain_mode").set_value("pegawai").run()
    at.text_input(key="chain_nip").input("Hadi").run()
    assert not at.exception and not at.error
    assert len(at.selectbox(key="chain_e").options) == 1
    hops = at.dataframe[0].value
    assert list(hops["Nama"]) == ["Hadi Fiktif", "Gita Sampel"]
    assert hops["Letak"].iloc[0] == "Pasal 7 ayat (4) huruf b"
    assert any("Hadi Fiktif ← Gita Sampel" in m.value for m in at.markdown)
    assert any("<mark>" in h.proto.body for h in at.get("html"))


def test_people_pages_without_a_roster_say_how_to_import(dashboard_secrets):
    at = start(dashboard_secrets)
    for page in ("reconciliation", "compliance", "teams"):
        at = visit(at, page)
        assert any("python -m loader roster" in i.value for i in at.info), page
