"""Chain hops as the page shows them, and cross-unit team topics, from Buton's provisions."""

from __future__ import annotations

from checks.chain import walk
from checks.snapshot import read_structure
from dashboard.render import chain, teams

DINAS = "kabupaten-buton/peraturan-bupati-3-2024/ut/iv-dinas-badan-daerah"


def test_hops_name_the_units_own_holder_of_a_regulation_wide_superior(loaded_store):
    buton = read_structure(loaded_store, "kabupaten-buton/peraturan-bupati-3-2024")
    [found] = walk(buton, DINAS, "Pejabat Fungsional", "Ahli Madya", "APPRAISES")
    uids = chain.provisions_of([found])
    rows = chain.hop_rows(found, buton, {uids[0]: "… Pasal 7 …"})
    assert chain.chain_label(rows) == (
        "Pejabat Fungsional ← Kepala Dinas/Badan Daerah (Jabatan Tinggi Pratama)"
    )
    assert rows[0]["where"] == "Pasal 7 ayat (4) huruf a"
    assert rows[0]["provision_text"] == "… Pasal 7 …"
    assert rows[0]["regulation"] == "Peraturan Bupati Buton Nomor 3 Tahun 2024"


def test_team_provisions_sorted_into_questions():
    # Buton Pasal 12 ayat (4) and Pasal 16 ayat (5), verbatim.
    rows = [
        {
            "regulation": "Buton",
            "where": "Pasal 12 ayat (4)",
            "text": (
                "Dalam tim kerja yang anggotanya berasal dari lintas Perangkat Daerah, "
                "Pejabat Fungsional dan/atau pelaksana yang berperan sebagai ketua tim "
                "berasal dari Perangkat Daerah pemilik kinerja."
            ),
        },
        {
            "regulation": "Buton",
            "where": "Pasal 14 ayat (3) huruf f",
            "text": (
                "Surat Perintah penugasan tim kerja lintas Unit Organisasi Daerah ditetapkan oleh "
                "Sekretaris Daerah."
            ),
        },
    ]
    rules = teams.team_rules(rows)
    assert [(r["where"], r["topic"], r["mark"]) for r in rules] == [
        ("Pasal 12 ayat (4)", "Siapa memimpin tim", "ketua tim"),
        ("Pasal 14 ayat (3) huruf f", "Penunjukan anggota", "Surat Perintah"),
    ]
    assert list(teams.team_rules_frame(rules).columns) == [
        "Peraturan",
        "Topik",
        "Letak",
        "Ketentuan",
    ]
