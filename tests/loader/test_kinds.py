"""Every kind of regulation and every excerpt (issue 11, point 1).

The texts are written for this test in the drafting style of Indonesian
regulations (they are not real regulations). Each heading variant must give
the kind, the issuing government and its kind, the number and the year; a
text without heading is read with a warning; prose is refused, naming the
accepted kinds.
"""

from __future__ import annotations

import hashlib

import pytest

from loader.errors import UnknownLayout
from loader.model import EdgeType, position_key
from loader.reading.extract import extract_file

BODY = """
BAB I
KETENTUAN UMUM

Pasal 1
Dalam Peraturan ini yang dimaksud dengan Pejabat Penilai Kinerja adalah atasan langsung.

Pasal 2
(1) Pejabat Administrator menetapkan kinerja Pejabat Pengawas.
(2) Kepala Bagian memberikan penugasan kepada Pejabat Fungsional dan Pelaksana.

Ditetapkan di Jakarta
pada tanggal 3 Maret 2023
"""

PREAMBLE = """
DENGAN RAHMAT TUHAN YANG MAHA ESA

{official},

Menimbang : a. bahwa untuk melaksanakan penyederhanaan birokrasi perlu menetapkan sistem kerja;
"""

HEADINGS = {
    "menteri upper": (
        "MENTERI AGAMA\nREPUBLIK INDONESIA\n\nPERATURAN MENTERI AGAMA REPUBLIK INDONESIA\n"
        "NOMOR 7 TAHUN 2022\nTENTANG\nSISTEM KERJA DI LINGKUNGAN KEMENTERIAN AGAMA\n",
        "MENTERI AGAMA REPUBLIK INDONESIA",
        ("Peraturan Menteri", "Kementerian Agama", "ministry", "7", 2022),
    ),
    "menteri lower, broken lines, Nomor :": (
        "Peraturan Menteri\nPendayagunaan Aparatur Negara dan Reformasi Birokrasi\n"
        "Republik Indonesia\nNomor : 12 Tahun 2023\nTentang\n"
        "Sistem Kerja pada Instansi Pemerintah\n",
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        (
            "Peraturan Menteri",
            "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "ministry",
            "12",
            2023,
        ),
    ),
    "kepala badan": (
        "PERATURAN KEPALA BADAN PUSAT STATISTIK\nNOMOR 5 TAHUN 2023\nTENTANG\n"
        "SISTEM KERJA DI LINGKUNGAN BADAN PUSAT STATISTIK\n",
        "KEPALA BADAN PUSAT STATISTIK",
        ("Peraturan Kepala Badan", "Badan Pusat Statistik", "agency", "5", 2023),
    ),
    "badan as itself": (
        "PERATURAN BADAN KEPEGAWAIAN NEGARA\nNOMOR 2 TAHUN 2024\nTENTANG\nSISTEM KERJA\n",
        "KEPALA BADAN KEPEGAWAIAN NEGARA",
        ("Peraturan Badan", "Badan Kepegawaian Negara", "agency", "2", 2024),
    ),
    "sekretaris jenderal": (
        "PERATURAN SEKRETARIS JENDERAL KEMENTERIAN KEUANGAN\nNOMOR 9 TAHUN 2023\nTENTANG\n"
        "SISTEM KERJA DI LINGKUNGAN SEKRETARIAT JENDERAL\n",
        "SEKRETARIS JENDERAL KEMENTERIAN KEUANGAN",
        ("Peraturan Sekretaris Jenderal", "Kementerian Keuangan", "ministry", "9", 2023),
    ),
    "keputusan bupati, number with year": (
        "KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 188.45/321/KPTS/2023\nTENTANG\n"
        "SISTEM KERJA PERANGKAT DAERAH\n",
        "BUPATI SUKAMAJU",
        ("Keputusan Bupati", "Kabupaten Sukamaju", "regency", "188.45/321/KPTS/2023", 2023),
    ),
    "keputusan menteri": (
        "KEPUTUSAN MENTERI DALAM NEGERI\nNOMOR 100 TAHUN 2023\nTENTANG\nSISTEM KERJA\n",
        "MENTERI DALAM NEGERI",
        ("Keputusan Menteri", "Kementerian Dalam Negeri", "ministry", "100", 2023),
    ),
    "walikota in one word": (
        "WALIKOTA SUKAJADI\n\nPERATURAN WALIKOTA SUKAJADI\nNOMOR 14 TAHUN 2023\nTENTANG\n"
        "SISTEM KERJA DI LINGKUNGAN PEMERINTAH KOTA SUKAJADI\n",
        "WALIKOTA SUKAJADI",
        ("Peraturan Wali Kota", "Kota Sukajadi", "city", "14", 2023),
    ),
    "gubernur": (
        "GUBERNUR NUSA INDAH\n\nPERATURAN GUBERNUR NUSA INDAH\nNOMOR 31 TAHUN 2022\nTENTANG\n"
        "SISTEM KERJA DI LINGKUNGAN PEMERINTAH PROVINSI NUSA INDAH\n",
        "GUBERNUR NUSA INDAH",
        ("Peraturan Gubernur", "Provinsi Nusa Indah", "province", "31", 2022),
    ),
}


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _edges(x) -> set[tuple]:
    return {(e.type, position_key(e.source), position_key(e.target)) for e in x.edges}


@pytest.mark.parametrize("case", sorted(HEADINGS))
def test_every_kind_of_heading_is_identified(tmp_path, case):
    heading, official, (kind, issuer, issuer_kind, number, year) = HEADINGS[case]
    text = heading + PREAMBLE.format(official=official) + BODY
    x = extract_file(_write(tmp_path, "reg.txt", text))
    r = x.regulation
    assert (r.kind, r.regency, r.issuer_kind, r.number, r.year) == (
        kind,
        issuer,
        issuer_kind,
        number,
        year,
    )
    assert r.title.lower().startswith("sistem kerja")
    if issuer_kind == "province":
        assert r.province == issuer.removeprefix("Provinsi ")
    assert "/" not in r.uid.split("/", 1)[1], "the number's slashes must not split the uid"
    assert f"Nomor {number}" in r.label and not r.label.startswith("Peraturan Peraturan")
    assert (EdgeType.SETS_PERFORMANCE, "pejabat administrator", "pejabat pengawas") in _edges(x)
    assert not any(w.code == "NO_HEADING" for w in x.warnings)


EXCERPT = """Pasal 7
(1) Direktur menetapkan kinerja Kepala Bidang.
(2) Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.

Pasal 8
Penilaian kinerja Pejabat Fungsional dilakukan oleh Kepala Bidang.
"""


def test_an_excerpt_of_some_pasal_is_read_with_a_warning(tmp_path):
    path = _write(tmp_path, "kutipan.txt", EXCERPT)
    x = extract_file(path)
    sha8 = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    assert [w.code for w in x.warnings][:1] == ["NO_HEADING"]
    assert x.regulation.label == f"Kutipan Pasal 7 ({sha8})"
    assert x.regulation.uid == f"kutipan-{sha8}/kutipan-{sha8}"
    assert x.regulation.issuer_kind == ""
    assert (EdgeType.SETS_PERFORMANCE, "direktur", "kepala bidang") in _edges(x)
    assert x.edges[0].citation.where.startswith("Pasal 7")
    source = path.read_text(encoding="utf-8")
    assert all(source[e.citation.start : e.citation.end] == e.citation.quote for e in x.edges)


LAMPIRAN = """LAMPIRAN
PERATURAN MENTERI KELAUTAN
NOMOR 4 TAHUN 2024
TENTANG SISTEM KERJA

MEKANISME KERJA

A. Unit Eselon I
1. Direktur menetapkan kinerja Kepala Bagian.
2. Kepala Bagian memberikan penugasan kepada Pejabat Fungsional.
"""


def test_a_lampiran_alone_is_read_as_an_excerpt_of_its_issuer(tmp_path):
    path = _write(tmp_path, "lampiran.txt", LAMPIRAN)
    x = extract_file(path)
    sha8 = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    assert [w.code for w in x.warnings][:1] == ["LAMPIRAN_ONLY"]
    assert x.regulation.regency == "Kementerian Kelautan"
    assert x.regulation.issuer_kind == "ministry"
    assert x.regulation.uid == f"kementerian-kelautan/kutipan-{sha8}"
    assert x.regulation.label.startswith("Kutipan Lampiran")
    assert (EdgeType.ASSIGNS, "kepala bagian", "pejabat fungsional") in _edges(x)


def test_a_lampiran_without_any_header_is_read_with_a_warning(tmp_path):
    text = "A. Kantor Wilayah\n1. Direktur menetapkan kinerja Kepala Bidang.\n"
    x = extract_file(_write(tmp_path, "poin.txt", text))
    assert x.warnings[0].code == "NO_HEADING"
    assert (EdgeType.SETS_PERFORMANCE, "direktur", "kepala bidang") in _edges(x)


def test_an_excerpt_cut_inside_a_lampiran_reads_the_points_before_its_running_head(tmp_path):
    """Copied from the middle of a Lampiran: the points and table rows before the page's
    running head ("LAMPIRAN PERATURAN GUBERNUR ...") are read, not dropped as a preamble."""
    text = (
        "G. DINAS KELAUTAN DAN PERIKANAN\n"
        "| No | Jabatan | Pejabat Penilai Kinerja | Pemberi Penugasan |\n"
        "|---|---|---|---|\n"
        "| 1 | Kepala Bidang Perikanan Tangkap | Kepala Dinas | Kepala Dinas |\n"
        "- 8 -\n"
        "LAMPIRAN PERATURAN GUBERNUR CONTOH\n"
        "| 2 | Kepala Bidang Perikanan Budidaya | Kepala Dinas | Kepala Dinas |\n"
    )
    edges = _edges(extract_file(_write(tmp_path, "kutipan.txt", text)))
    for title in ("kepala bidang perikanan tangkap", "kepala bidang perikanan budidaya"):
        assert (EdgeType.APPRAISES, "kepala dinas", title) in edges


def test_prose_without_structure_or_relation_is_refused_naming_every_kind(tmp_path):
    text = "Pada pagi hari para pegawai berkumpul di halaman kantor untuk apel.\n" * 5
    with pytest.raises(UnknownLayout) as err:
        extract_file(_write(tmp_path, "prosa.txt", text))
    message = str(err.value)
    for kind in ("BUPATI", "WALI KOTA", "GUBERNUR", "MENTERI", "KEPALA", "KEPUTUSAN"):
        assert kind in message, message


def test_prose_with_a_relation_is_read_with_warnings(tmp_path):
    text = "Kepala Dinas menetapkan kinerja Sekretaris Dinas.\n"
    x = extract_file(_write(tmp_path, "kalimat.txt", text))
    assert {w.code for w in x.warnings} >= {"NO_HEADING", "NO_STRUCTURE"}
    assert (EdgeType.SETS_PERFORMANCE, "kepala dinas", "sekretaris dinas") in _edges(x)


KEPUTUSAN = """KEPUTUSAN BUPATI SUKAMAJU
NOMOR 800/112/2024
TENTANG
SISTEM KERJA PADA PERANGKAT DAERAH

BUPATI SUKAMAJU,

Menimbang : bahwa perlu menetapkan sistem kerja;

MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG SISTEM KERJA PADA PERANGKAT DAERAH.
KESATU : Kepala Dinas menetapkan kinerja Sekretaris Dinas.
KEDUA : Mekanisme kerja tercantum dalam Lampiran.

Ditetapkan di Sukamaju
pada tanggal 1 Juli 2024

LAMPIRAN
KEPUTUSAN BUPATI SUKAMAJU

A. Dinas Daerah
1. Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.
"""


def test_a_keputusan_with_diktum_and_lampiran_is_read(tmp_path):
    x = extract_file(_write(tmp_path, "kep.txt", KEPUTUSAN))
    assert (x.regulation.kind, x.regulation.number, x.regulation.year) == (
        "Keputusan Bupati",
        "800/112/2024",
        2024,
    )
    wheres = {(e.type, position_key(e.source), position_key(e.target)): e for e in x.edges}
    sets = wheres[(EdgeType.SETS_PERFORMANCE, "kepala dinas", "sekretaris dinas")]
    assert sets.citation.where == "Diktum KESATU"
    assigns = wheres[(EdgeType.ASSIGNS, "kepala bidang", "pejabat fungsional")]
    assert assigns.unit_type is not None


def test_a_regulation_cited_inside_an_excerpt_is_not_its_heading(tmp_path):
    text = (
        "Pasal 4\n"
        "(1) Sistem kerja mengacu pada Peraturan Menteri Pendayagunaan Aparatur Negara dan "
        "Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah.\n"
        "(2) Direktur menetapkan kinerja Kepala Bagian.\n"
    )
    x = extract_file(_write(tmp_path, "kutipan.txt", text))
    assert x.regulation.kind == "Kutipan" and x.warnings[0].code == "NO_HEADING"
    assert (EdgeType.SETS_PERFORMANCE, "direktur", "kepala bagian") in _edges(x)


def test_a_citation_in_a_lampiran_point_is_not_its_heading(tmp_path):
    text = (
        "1. Mekanisme kerja ini mengacu pada Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2021 "
        "tentang Sistem Kerja.\n"
        "2. Direktur menetapkan kinerja Kepala Bagian.\n"
    )
    x = extract_file(_write(tmp_path, "poin.txt", text))
    assert x.regulation.kind == "Kutipan"
    assert (EdgeType.SETS_PERFORMANCE, "direktur", "kepala bagian") in _edges(x)


def test_a_heading_with_no_dot_abbreviated_number_is_a_heading(tmp_path):
    heading = "PERATURAN BUPATI SUKAMAJU\nNo. 8 Tahun 2024\nTENTANG\nSISTEM KERJA\n"
    x = extract_file(_write(tmp_path, "perbup.txt", heading + PREAMBLE.format(official="X") + BODY))
    assert (x.regulation.regency, x.regulation.number, x.regulation.year) == (
        "Kabupaten Sukamaju",
        "8",
        2024,
    )
