"""Wording none of the five regulations uses: abbreviations defined in the text,
passive voice, synonyms, other wrapping. The rules key on the cues of the
language, so a new regency's text is read without new code.

The text below is written for this test in the legal style of the five (it is
not a real regulation); each expected edge is what its sentence says.
"""

from __future__ import annotations

from loader.model import EdgeType, position_key
from loader.reading.extract import extract_file

TEXT = """PERATURAN WALI KOTA CONTOH
NOMOR 7 TAHUN 2025
TENTANG
SISTEM KERJA APARATUR SIPIL NEGARA
DI LINGKUNGAN PEMERINTAH KOTA CONTOH

WALI KOTA CONTOH,

BAB I
KETENTUAN UMUM

Pasal 1
Dalam Peraturan Wali Kota ini yang dimaksud dengan:
1. Kepala Perangkat Daerah yang selanjutnya disingkat KPD adalah pimpinan Perangkat Daerah.
2. Pejabat Penilai Kinerja yang selanjutnya disingkat PPKin adalah atasan langsung.

Pasal 2
(1) Kinerja Kepala Bidang ditetapkan oleh
KPD.
(2) Pejabat Fungsional dinilai kinerjanya oleh Kepala Bidang selaku PPKin.
(3) Pelaksana menerima penugasan dari Kepala Seksi.
(4) Hasil kerja Pejabat Fungsional direviu oleh Kepala Bidang.
(5) Kepala Seksi memberi penugasan kepada Pejabat Fungsional dan Pelaksana.
(6) Kepala Bidang tidak memberikan penilaian kinerja bagi Pelaksana.
(7) Kepala Dinas Pendidikan menetapkan kinerja Sekretaris Dinas Pendidikan
dan Kepala Bidang.

Ditetapkan di Contoh
pada tanggal 2 Januari 2025
"""


def test_a_new_regency_wording_is_read(tmp_path):
    path = tmp_path / "contoh.txt"
    path.write_text(TEXT, encoding="utf-8")
    x = extract_file(path)
    got = {(e.type, position_key(e.source), position_key(e.target)) for e in x.edges}
    assert x.regulation.regency == "Kota Contoh" and x.regulation.kind == "Peraturan Wali Kota"
    assert x.regulation.enacted == "2025-01-02"
    assert got == {
        (EdgeType.SETS_PERFORMANCE, "kpd", "kepala bidang"),
        (EdgeType.APPRAISES, "kepala bidang", "pejabat fungsional"),
        (EdgeType.ASSIGNS, "kepala seksi", "pelaksana"),
        (EdgeType.REVIEWS_RESULTS_OF, "kepala bidang", "pejabat fungsional"),
        (EdgeType.ASSIGNS, "kepala seksi", "pejabat fungsional"),
        (EdgeType.SETS_PERFORMANCE, "kepala dinas pendidikan", "sekretaris dinas pendidikan"),
        (EdgeType.SETS_PERFORMANCE, "kepala dinas pendidikan", "kepala bidang"),
    }
    kpd = next(e for e in x.edges if e.source == "KPD")
    assert kpd.citation.where == "Pasal 2 ayat (1)"
    assert kpd.citation.quote == "Kinerja Kepala Bidang ditetapkan oleh\nKPD."
    roles = {(position_key(r.position), r.role.value) for r in x.roles}
    assert ("kepala bidang", "PEJABAT_PENILAI_KINERJA") not in roles  # PPKin is not a role term
