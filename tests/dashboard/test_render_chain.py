"""Chains to the top and cross-unit team topics, from verbatim Buton provisions."""

from __future__ import annotations

from dashboard.render import chain, teams


def hop(src, dst, type_="APPRAISES", condition=None):
    return {
        "source_uid": src,
        "source": src,
        "target_uid": dst,
        "target": dst,
        "type": type_,
        "condition": condition,
        "where": "Pasal 7 ayat (4)",
    }


# Buton Pasal 7 ayat (4): JF ahli utama/madya under JPT Pratama, ahli muda under Administrator.
EDGES = [
    hop("Jabatan Tinggi Pratama", "Jabatan Fungsional", condition="Ahli Utama, Ahli Madya"),
    hop("Jabatan Administrator", "Jabatan Fungsional", condition="Ahli Muda"),
    hop("Jabatan Tinggi Pratama", "Jabatan Administrator"),
    hop("Jabatan Tinggi Pratama", "Jabatan Administrator", type_="ASSIGNS"),
]


def test_a_jenjang_picks_its_superior():
    paths = chain.chains(EDGES, "Jabatan Fungsional", "APPRAISES", "Ahli Muda")
    assert [chain.chain_label(p) for p in paths] == [
        "Jabatan Fungsional ← Jabatan Administrator ← Jabatan Tinggi Pratama"
    ]


def test_without_jenjang_every_superior_gives_a_chain():
    paths = chain.chains(EDGES, "Jabatan Fungsional", "APPRAISES")
    assert len(paths) == 2


def test_other_edge_types_are_not_followed():
    assert chain.chains(EDGES, "Jabatan Fungsional", "ASSIGNS") == []


def test_a_cycle_is_cut():
    cyclic = [hop("A", "B"), hop("B", "A")]
    assert [chain.chain_label(p) for p in chain.chains(cyclic, "B", "APPRAISES")] == ["B ← A"]


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
