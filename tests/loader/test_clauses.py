"""Each construction of issue 11 point 3, in sentences written for this test.

The sentences are not copied from the five regulations or from the wording
corpus: they are short provisions in the drafting style of a regulation, one
construction each, with the edges a careful reader takes from them.
"""

from __future__ import annotations

import pytest

from loader.reading.extract import extract_text

HEAD = """PERATURAN WALI KOTA CONTOH
NOMOR 3 TAHUN 2025
TENTANG
SISTEM KERJA

Pasal 1
"""


def read(provisions: str) -> set[tuple[str, str, str, str]]:
    """(type, source, target, condition) of every edge read from the provisions."""
    x = extract_text(HEAD + provisions + "\n", "contoh.txt", "0" * 64)
    return {(e.type.value, e.source, e.target, e.condition or "") for e in x.edges}


A, AS, S, R, RV, C = (
    "APPRAISES",
    "ASSIGNS",
    "SETS_PERFORMANCE",
    "RECOMMENDS_APPRAISAL",
    "REVIEWS_RESULTS_OF",
    "COORDINATES",
)

CASES = [
    # active and passive, nominalised
    (
        "(1) Pejabat Fungsional ditugaskan oleh Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Penugasan kepada Pelaksana diberikan oleh Kepala Seksi.",
        {(AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    ("(1) Kinerja Kepala Seksi dinilai oleh Sekretaris.", {(A, "Sekretaris", "Kepala Seksi", "")}),
    (
        "(1) Penilaian kinerja Kepala Seksi menjadi kewenangan Camat.",
        {(A, "Camat", "Kepala Seksi", "")},
    ),
    (
        "(1) Penetapan kinerja Pelaksana pada Kelurahan dilaksanakan oleh Lurah.",
        {(S, "Lurah", "Pelaksana", "")},
    ),
    (
        "(1) Koordinasi atas pelaksanaan tugas Pejabat Fungsional dilaksanakan oleh Kepala Bagian.",
        {(C, "Kepala Bagian", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Rekomendasi penilaian kinerja bagi Pelaksana disusun oleh Ketua Tim Kerja.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    ("(1) Pelaksana bekerja di luar koordinasi Kepala Seksi yang dilaksanakan oleh Camat.", set()),
    (
        "(1) Hasil kerja Pejabat Fungsional disampaikan kepada Kepala Bidang untuk direviu.",
        {(RV, "Kepala Bidang", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Koordinator melaksanakan koordinasi terhadap Pelaksana dalam kelompoknya.",
        {(C, "Koordinator", "Pelaksana", "")},
    ),
    (
        "(1) Ketua Tim Kerja berperan sebagai pemberi tugas bagi Anggota Tim Kerja.",
        {(AS, "Ketua Tim Kerja", "Anggota Tim Kerja", "")},
    ),
    # a role as the relation
    (
        "(1) Kepala Bidang bertindak sebagai Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi"
        " bagi Pejabat Fungsional.",
        {(A, "Kepala Bidang", "Pejabat Fungsional", "")},
    ),
    (
        "(1) Sekretaris selaku Pejabat Penilai Kinerja memberikan penugasan dan penilaian kinerja"
        " kepada Kepala Subbagian.",
        {(A, "Sekretaris", "Kepala Subbagian", ""), (AS, "Sekretaris", "Kepala Subbagian", "")},
    ),
    (
        "(1) Kepala Seksi berkedudukan di bawah Kepala Bidang yang berperan selaku Pejabat"
        " Penilai Kinerja.",
        {(A, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    (
        "(1) Apabila diperlukan, Kepala Bidang tidak berperan sebagai Pejabat Penilai Kinerja bagi"
        " Pejabat Fungsional Ahli Madya tersebut dan hanya berperan sebagai Pimpinan Unit"
        " Organisasi yang memberikan penugasan.",
        {(AS, "Kepala Bidang", "Pejabat Fungsional", "Ahli Madya")},
    ),
    # relative clauses and carried subjects
    (
        "(1) Kepala Dinas menetapkan kinerja Sekretaris, yang juga memberikan penugasan kepada"
        " Kepala Subbagian.",
        {(S, "Kepala Dinas", "Sekretaris", ""), (AS, "Kepala Dinas", "Kepala Subbagian", "")},
    ),
    (
        "(1) Kepala Seksi merumuskan strategi pencapaian kinerja. Strategi tersebut meliputi:\n"
        "a. menugaskan dan mendistribusikan Pelaksana sesuai beban kerja; dan\n"
        "b. penyusunan rencana kegiatan.",
        {(AS, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Penilaian kinerja Pelaksana menjadi acuan Kepala Bidang untuk memberikan"
        " penilaian kinerja bagi Pejabat Fungsional.",
        {(A, "Kepala Bidang", "Pejabat Fungsional", "")},
    ),
    # alternatives and lists
    (
        "(1) Penilaian kinerja Pejabat Fungsional dilakukan oleh Pejabat Penilai Kinerja atau"
        " Pimpinan Unit Organisasi.",
        {
            (A, "Pejabat Penilai Kinerja", "Pejabat Fungsional", ""),
            (A, "Pimpinan Unit Organisasi", "Pejabat Fungsional", ""),
        },
    ),
    (
        "(1) Kepala Bagian memberikan penugasan kepada:\n"
        "a. Kepala Subbagian Program dan Anggaran;\n"
        "b. Pejabat Fungsional Ahli Muda; dan\n"
        "c. Pelaksana.",
        {
            (AS, "Kepala Bagian", "Kepala Subbagian Program dan Anggaran", ""),
            (AS, "Kepala Bagian", "Pejabat Fungsional", "Ahli Muda"),
            (AS, "Kepala Bagian", "Pelaksana", ""),
        },
    ),
    (
        "(1) Kepala Badan menetapkan kinerja Sekretaris Badan, Kepala Bidang, dan Pejabat"
        " Fungsional jenjang Ahli Madya.",
        {
            (S, "Kepala Badan", "Sekretaris Badan", ""),
            (S, "Kepala Badan", "Kepala Bidang", ""),
            (S, "Kepala Badan", "Pejabat Fungsional", "Ahli Madya"),
        },
    ),
    # results flowing up
    (
        "(1) Hasil pelaksanaan kegiatan disampaikan kepada Kepala Bidang oleh individu atau ketua"
        " tim kerja.",
        {(RV, "Kepala Bidang", "individu", ""), (RV, "Kepala Bidang", "ketua tim kerja", "")},
    ),
    (
        "(1) Hasil pelaksanaan kegiatan disampaikan oleh Kepala Seksi untuk ditinjau oleh"
        " Kepala Bidang.",
        {(RV, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    (
        "(1) Tahap evaluasi berupa reviu atas hasil pelaksanaan tugas Kepala Seksi oleh"
        " Kepala Bidang.",
        {(RV, "Kepala Bidang", "Kepala Seksi", "")},
    ),
    # recommendations without "bagi", coordination, spelling variants
    (
        "(1) Ketua Tim Kerja memberikan rekomendasi penilaian kinerja Pelaksana kepada Kepala"
        " Bidang.",
        {(R, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Seksi mengkoordinasikan Pejabat Fungsional dan Pelaksana.",
        {(C, "Kepala Seksi", "Pejabat Fungsional", ""), (C, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Kepala Seksi berperan sebagai pelaksana koordinasi pelaksanaan tugas.\n"
        "(2) Pejabat Fungsional dan Pelaksana berada di bawah koordinasinya.",
        {(C, "Kepala Seksi", "Pejabat Fungsional", ""), (C, "Kepala Seksi", "Pelaksana", "")},
    ),
    (
        "(1) Walikota menetapkan kinerja Sekretaris Daerah.",
        {(S, "Walikota", "Sekretaris Daerah", "")},
    ),
    # conditions kept, never widened
    (
        "(1) Kepala Bidang menilai kinerja Pejabat Fungsional kategori keterampilan.",
        {(A, "Kepala Bidang", "Pejabat Fungsional", "Penyelia, Mahir, Terampil, Pemula")},
    ),
    (
        "(1) Kepala Seksi menetapkan kinerja Pejabat Fungsional yang memiliki jenjang yang sama"
        " dengan Kepala Seksi.",
        {(S, "Kepala Seksi", "Pejabat Fungsional", "jenjang yang sama")},
    ),
    (
        "(1) Dalam hal Kepala Seksi berhalangan, penilaian kinerja Pelaksana dilakukan oleh"
        " Kepala Bidang.",
        {(A, "Kepala Bidang", "Pelaksana", "Dalam hal Kepala Seksi berhalangan")},
    ),
    (
        "(1) Menetapkan kinerja Pelaksana adalah tugas Kepala Seksi.",
        set(),  # no subject before the verb: nothing is guessed
    ),
    # look-alikes that are not relations
    ("(1) Kepala Bidang dapat membentuk Tim Kerja.", set()),
    ("(1) Kepala Seksi berkoordinasi dengan Kepala Bidang.", set()),
]


@pytest.mark.parametrize(("text", "edges"), CASES, ids=[c[0][4:40] for c in CASES])
def test_a_construction_gives_its_edges(text, edges):
    assert read(text) == edges


def test_a_table_of_appraisers_gives_its_rows():
    table = (
        "(1) Pejabat Penilai Kinerja sebagaimana tercantum dalam tabel berikut:\n\n"
        "| No | Jabatan | Pejabat Penilai Kinerja | Atasan Pejabat Penilai Kinerja |\n"
        "|---|---|---|---|\n"
        "| 1. | Kepala Seksi | Kepala Bidang | Sekretaris |\n"
        "| 2. | Pejabat Fungsional Ahli Muda | Kepala Bidang | Sekretaris |\n"
        "| 3. | Pelaksana | Kepala Seksi | Kepala Bidang |\n"
    )
    assert read(table) == {
        (A, "Kepala Bidang", "Kepala Seksi", ""),
        (A, "Kepala Bidang", "Pejabat Fungsional", "Ahli Muda"),
        (A, "Kepala Seksi", "Pelaksana", ""),
    }


def test_a_table_with_numbered_rows_and_several_relations():
    table = (
        "(1) Struktur penugasan pada Seksi sebagai berikut.\n"
        "No.\tJabatan\tPemberi Penugasan\tPejabat Penilai Kinerja\n"
        "1.\tKepala Seksi\tCamat\tCamat\n"
        "2.\tPejabat Fungsional Ahli Pertama\tKepala Seksi\tCamat\n"
    )
    assert read(table) == {
        (AS, "Camat", "Kepala Seksi", ""),
        (A, "Camat", "Kepala Seksi", ""),
        (AS, "Kepala Seksi", "Pejabat Fungsional", "Ahli Pertama"),
        (A, "Camat", "Pejabat Fungsional", "Ahli Pertama"),
    }


def test_a_sentence_naming_the_columns_is_not_a_table():
    text = "(1) Jabatan Pejabat Penilai Kinerja ditetapkan dengan keputusan.\nKepala Seksi Camat\n"
    assert read(text) == set()
