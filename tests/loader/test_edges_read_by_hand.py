"""Exact edges and counts per regulation and unit type, read from the texts.

Each case quotes the sentence it rests on (as a comment) so a reader can check
the expectation against data/regulations without running anything.
"""

from __future__ import annotations

from collections import Counter

import pytest

from loader.model import EdgeType, position_key
from tests.loader.conftest import BUTON, KONAWE_SELATAN, MALANG, MUNA, TABALONG

S, A, G = EdgeType.SETS_PERFORMANCE, EdgeType.APPRAISES, EdgeType.ASSIGNS
C, R, V = EdgeType.COORDINATES, EdgeType.RECOMMENDS_APPRAISAL, EdgeType.REVIEWS_RESULTS_OF


def edges_of(x, unit_name: str | None):
    """(type, from, to, condition) of the edges of a unit type (None: the body articles)."""
    units = {u.id for u in x.unit_types if unit_name and unit_name.lower() in u.name.lower()}
    out = set()
    for e in x.edges:
        if (unit_name is None and e.unit_type is None and e.citation.provision.part == "body") or (
            e.unit_type in units
        ):
            out.add((e.type, position_key(e.source), position_key(e.target), e.condition))
    return out


CASES = [
    # Buton Lampiran IV (2): "a. Kepala Dinas/Badan Daerah menetapkan kinerja Sekretaris dan
    # Kepala Bidang; b. Sekretaris dan Kepala Bidang memberikan penilaian kinerja sekaligus
    # memberikan penugasan bagi Pejabat Fungsional dan pelaksana; c. Pejabat Pengawas menjadi
    # pelaksana koordinasi pelaksanaan tugas atau ketua tim bagi Pejabat Fungsional dan/atau
    # pelaksana"
    (
        BUTON,
        "Dinas/Badan",
        {
            (S, "kepala dinas/badan daerah", "sekretaris", None),
            (S, "kepala dinas/badan daerah", "kepala bidang", None),
            (A, "sekretaris", "pejabat fungsional", None),
            (A, "kepala bidang", "pelaksana", None),
            (G, "kepala bidang", "pejabat fungsional", None),
            (C, "pejabat pengawas", "pejabat fungsional", None),
            (C, "pejabat pengawas", "pelaksana", None),
        },
    ),
    # Buton Pasal 7 ayat (4) huruf a: "Jabatan Fungsional ahli utama dan ahli madya berkedudukan
    # dibawah Jabatan Tinggi Pratama yang berperan sebagai atasan langsung dan PPK"
    (
        BUTON,
        None,
        {
            (A, "jabatan tinggi pratama", "jabatan fungsional", "Ahli Utama, Ahli Madya"),
            (A, "jabatan administrator", "jabatan fungsional", "Ahli Muda"),
            (
                A,
                "jabatan pengawas",
                "jabatan fungsional",
                "Ahli Pertama, Penyelia, Mahir, Terampil, Pemula",
            ),
            (G, "pejabat penilai kinerja", "pejabat fungsional", None),  # Pasal 10 ayat (2)
            (C, "pejabat pengawas", "pelaksana", None),  # Pasal 25
            (R, "ketua tim", "pejabat fungsional", None),  # Pasal 16 ayat (4) huruf e
        },
    ),
    # Buton Lampiran VII: "b. Penilaian kinerja Pejabat Fungsional dan pelaksana dilakukan oleh
    # Camat dan Sekretaris Camat selaku pejabat penilai kinerja"
    (
        BUTON,
        "Kecamatan",
        {
            (S, "camat", "sekretaris camat", None),
            (A, "camat", "pejabat fungsional", None),
            (A, "sekretaris camat", "pelaksana", None),
            (G, "pejabat pengawas", "pelaksana", None),
        },
    ),
    # Muna D.1: "Kepala Bagian menetapkan rekomendasi penilaian kinerja bagi Pejabat Fungsional
    # Ahli Madya"; "Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten
    # Sekretaris Daerah"
    (
        MUNA,
        "Sekretariat Daerah",
        {
            (S, "sekretaris daerah", "asisten sekretaris daerah", None),
            (S, "asisten sekretaris daerah", "kepala bagian", None),
            (A, "kepala bagian", "pejabat pengawas", None),
            (A, "asisten sekretaris daerah", "pejabat fungsional", "Ahli Madya"),
            (R, "kepala bagian", "pejabat fungsional", "Ahli Madya"),
            (R, "pejabat pengawas", "pelaksana", None),
        },
    ),
    # Tabalong K: "Camat sebagai Pejabat Penilai Kinerja menetapkan kinerja, melakukan penilaian
    # kinerja dan memberikan penugasan bagi Pejabat Fungsional dan/atau Pelaksana."
    (
        TABALONG,
        "Kecamatan",
        {
            (S, "camat", "pejabat fungsional", None),
            (A, "camat", "pelaksana", None),
            (G, "camat", "pejabat fungsional", None),
        },
    ),
    # Tabalong B-H share one block after heading H: "... dengan kata lain Pejabat Penilai Kinerja
    # Pejabat Fungsional dan Pelaksana pada struktur ini adalah Pejabat Administrator."
    (
        TABALONG,
        "Inspektorat Daerah",
        {
            (A, "pejabat administrator", "pejabat fungsional", None),
            (A, "pejabat administrator", "pelaksana", None),
        },
    ),
    # Tabalong I (RSUD, a letter, not the roman numeral one): "Pejabat Penilai Kinerja Pejabat
    # Fungsional dan Pelaksana adalah Kepala Bagian atau Kepala Bidang."
    (
        TABALONG,
        "Rumah Sakit Umum Daerah",
        {
            (A, "kepala bagian", "pejabat fungsional", None),
            (A, "kepala bidang", "pelaksana", None),
        },
    ),
    # Konawe Selatan Pasal 17 ayat (3): "a. Pejabat Fungsional atau Pelaksana yang berperan sebagai
    # anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja; dan b. Ketua Tim Kerja
    # selanjutnya melaporkan pelaksanaan tugas Tim Kerja kepada Pejabat Penilai Kinerja."
    (
        KONAWE_SELATAN,
        None,
        {
            (V, "ketua tim kerja", "pejabat fungsional", None),
            (V, "pejabat penilai kinerja", "ketua tim kerja", None),
            (G, "kepala perangkat daerah/ unit kerja", "pelaksana", None),
            (R, "ketua tim kerja", "pejabat fungsional", None),
        },
    ),
    # Malang B.2.b: "pejabat level 1 sebagai Pimpinan Unit Organisasi akan menetapkan kinerja
    # pejabat level II"; "penilaian kinerja jabatan fungsional dan jabatan pelaksana dilakukan oleh
    # pejabat level II selaku Pejabat Penilai Kinerja"
    (MALANG, None, set()),
]


@pytest.mark.parametrize(
    ("path", "unit", "expected"), CASES[:-1], ids=lambda v: getattr(v, "stem", None)
)
def test_edges_read_from_the_text(path, unit, expected, extracted):
    got = edges_of(extracted[path.name], unit)
    assert expected <= got, f"missing: {sorted(expected - got)}"


def test_malang_lampiran_levels_by_hand(extracted):
    got = {
        (e.type, position_key(e.source), position_key(e.target))
        for e in extracted[MALANG.name].edges
    }
    assert (S, "pejabat level i", "pejabat level ii") in got  # "level 1": one title (I)
    assert (A, "pejabat level ii", "jabatan fungsional") in got
    assert (A, "pejabat level ii", "jabatan pelaksana") in got


def test_negated_role_gives_no_appraisal(extracted):
    # Muna D.3 5): "maka Pejabat level II tidak berperan sebagai Pejabat Penilai Kinerja bagi
    # Pejabat Fungsional Ahli Madya dimaksud"
    for e in extracted[MUNA.name].edges:
        if e.type is A and e.condition == "Ahli Madya":
            assert position_key(e.source) != "pejabat level ii", e.citation.quote


def test_buton_counts_counted_by_hand(extracted):
    # Lampiran I Sekretariat Daerah: 2 SETS (Sekda->asisten, asisten->kepala bagian),
    # 2 APPRAISES and 2 ASSIGNS (kepala bagian -> Pejabat Fungsional, pelaksana).
    x = extracted[BUTON.name]
    unit = next(u.id for u in x.unit_types if u.name == "Sekretariat Daerah")
    counts = Counter(e.type for e in x.edges if e.unit_type == unit)
    assert (counts[S], counts[A], counts[G], counts[C]) == (2, 2, 2, 0)


def test_named_units_listed_for_their_pattern(extracted):
    muna = extracted[MUNA.name]
    pattern2 = next(u for u in muna.unit_types if "Dinas Kesehatan" in u.named_units)
    assert "Sekretariat DPRD" in pattern2.named_units
    assert "Badan Penelitian dan Pengembangan" in pattern2.named_units
    assert len(pattern2.named_units) == 29
    tabalong = extracted[TABALONG.name]
    group = next(u for u in tabalong.unit_types if "Inspektorat Daerah" in u.name)
    assert "Dinas Pendidikan dan Kebudayaan" in group.named_units  # heading H joins B-H


def test_cut_off_lampiran_is_reported(extracted):
    warnings = extracted[KONAWE_SELATAN.name].warnings
    assert any(w.where == "Lampiran" for w in warnings)
