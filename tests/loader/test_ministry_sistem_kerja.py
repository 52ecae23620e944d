"""Ministry and agency wording (branch gb, issue 11, fifth round of 2026-12-04).

Each provision was written for this test, in the drafting style of a Peraturan Menteri or
Peraturan Kepala Badan (none is copied from the regulations or the wording corpus), and
failed before the change that reads it.
"""

from __future__ import annotations

import pytest

from loader.model import Role
from loader.reading.extract import extract_text
from tests.loader.test_clauses import AS, HEAD, RV, A, C, R, S, read

FORMS = [
    (  # a role named in an ayat, pointed back to by the lead-in of the next one
        "(1) Kepala Balai Besar merupakan Pimpinan Unit Organisasi pada Balai Besar.\n"
        "(2) Pimpinan Unit Organisasi sebagaimana dimaksud pada ayat (1):\n"
        "a. menetapkan kinerja Kepala Bagian Umum; dan\n"
        "b. memberikan penugasan kepada Kepala Bidang Pengujian.",
        {
            (S, "Kepala Balai Besar", "Kepala Bagian Umum", ""),
            (AS, "Kepala Balai Besar", "Kepala Bidang Pengujian", ""),
        },
    ),
    (  # the same, the role given by "bertindak sebagai" and read in a sentence
        "(1) Direktur bertindak sebagai Pimpinan Unit Organisasi.\n"
        "(2) Pimpinan Unit Organisasi sebagaimana dimaksud pada ayat (1) menilai kinerja "
        "Kepala Subbagian Tata Usaha.",
        {(A, "Direktur", "Kepala Subbagian Tata Usaha", "")},
    ),
    (  # results sent to one for review before they go on: the first receiver reviews them
        "(1) Hasil kerja Pejabat Fungsional pada Direktorat disampaikan kepada Kepala Subbagian "
        "Tata Usaha untuk direviu sebelum dilaporkan kepada Direktur.",
        {(RV, "Kepala Subbagian Tata Usaha", "Pejabat Fungsional", "")},
    ),
    (  # the same with the sender after "oleh": the reviewer is not the one after "sebelum"
        "(1) Laporan hasil kerja disampaikan oleh Ketua Tim Kerja kepada Direktur sebelum "
        "diteruskan kepada Direktur Jenderal.",
        {(RV, "Direktur", "Ketua Tim Kerja", "")},
    ),
    (  # a counted subject pointing back stands for every title it shortens, not for none
        "(1) Deputi Bidang Metodologi menilai kinerja Direktur Sensus serta Direktur Survei.\n"
        "(2) Masing-masing Direktur sebagaimana dimaksud pada ayat (1) memberikan penugasan "
        "kepada Pelaksana.",
        {
            (A, "Deputi Bidang Metodologi", "Direktur Sensus", ""),
            (A, "Deputi Bidang Metodologi", "Direktur Survei", ""),
            (AS, "Direktur Sensus", "Pelaksana", ""),
            (AS, "Direktur Survei", "Pelaksana", ""),
        },
    ),
    (  # a named functional title whose name holds "dan", its grade after: one title
        "(1) Kepala Loka memberikan penugasan kepada Pejabat Fungsional Pengawas Farmasi dan "
        "Makanan jenjang Ahli Muda serta Pengendali Hama dan Penyakit Ikan Ahli Pertama.",
        {
            (AS, "Kepala Loka", "Pejabat Fungsional Pengawas Farmasi dan Makanan", "Ahli Muda"),
            (AS, "Kepala Loka", "Pengendali Hama dan Penyakit Ikan", "Ahli Pertama"),
        },
    ),
    (  # "Penilaian kinerja X ... Ketua Tim Kerja yang ditetapkan oleh Y": Y sets X's target not
        "(1) Penilaian kinerja Pelaksana dilakukan oleh Kepala Subbagian Tata Usaha atau Ketua "
        "Tim Kerja yang ditetapkan oleh Kepala Pusat.",
        {
            (A, "Kepala Subbagian Tata Usaha", "Pelaksana", ""),
            (A, "Ketua Tim Kerja", "Pelaksana", ""),
        },
    ),
    (  # "oleh Deputi yang sama": the Deputi named before in the sentence
        "(1) Kinerja Kepala Kantor Regional ditetapkan oleh Deputi Bidang Mutasi dan dinilai "
        "oleh Deputi yang sama.",
        {
            (S, "Deputi Bidang Mutasi", "Kepala Kantor Regional", ""),
            (A, "Deputi Bidang Mutasi", "Kepala Kantor Regional", ""),
        },
    ),
    (  # a Kementerian Koordinator's Asisten Deputi by its short form, alone or with its field
        "(1) Asdep menetapkan kinerja Analis Kebijakan Ahli Muda.\n"
        "(2) Asdep Konektivitas menilai kinerja Pelaksana.",
        {
            (S, "Asdep", "Analis Kebijakan", "Ahli Muda"),
            (A, "Asdep Konektivitas", "Pelaksana", ""),
        },
    ),
    (  # a research agency's units; "koordinator bagi seluruh X"
        "(1) Kepala Organisasi Riset menetapkan kinerja Sekretaris Organisasi Riset.\n"
        "(2) Kepala Pusat Riset berperan sebagai koordinator bagi seluruh Ketua Kelompok Riset.",
        {
            (S, "Kepala Organisasi Riset", "Sekretaris Organisasi Riset", ""),
            (C, "Kepala Pusat Riset", "Ketua Kelompok Riset", ""),
        },
    ),
    (  # "X yang diberi penugasan oleh Y ... kepada Z": Y assigns X, not Z
        "(1) Pelaksana yang diberi penugasan oleh Kepala Pusat menyampaikan laporan hasil kerja "
        "kepada Kepala Bagian.",
        {
            (AS, "Kepala Pusat", "Pelaksana", ""),
            (RV, "Kepala Bagian", "Pelaksana", ""),
        },
    ),
    (  # "baik kepada X Ahli Muda maupun kepada Y Ahli Pertama": both, each with its grade
        "(1) Kepala Sentra memberikan penugasan, baik kepada Pekerja Sosial Ahli Muda maupun "
        "kepada Penyuluh Sosial Ahli Pertama.",
        {
            (AS, "Kepala Sentra", "Pekerja Sosial", "Ahli Muda"),
            (AS, "Kepala Sentra", "Penyuluh Sosial", "Ahli Pertama"),
        },
    ),
    (  # a fronted "Atas X, Y bertindak sebagai PPK": "Atas" is no word of the title after it
        "(1) Atas Pekerja Sosial Ahli Muda dan Pelaksana di lingkungan Sentra, Kepala Sentra "
        "bertindak sebagai Pejabat Penilai Kinerja.",
        {
            (A, "Kepala Sentra", "Pekerja Sosial", "Ahli Muda"),
            (A, "Kepala Sentra", "Pelaksana", ""),
        },
    ),
    (  # two passives sharing one agent; a recommendation sent to one named as the appraiser
        "(1) Diplomat Ahli Muda ditugaskan dan dinilai kinerjanya oleh Koordinator Fungsi "
        "Politik.\n(2) Koordinator Fungsi Ekonomi memberikan rekomendasi penilaian kinerja "
        "Pelaksana kepada Wakil Kepala Perwakilan selaku Pejabat Penilai Kinerja.",
        {
            (AS, "Koordinator Fungsi Politik", "Diplomat", "Ahli Muda"),
            (A, "Koordinator Fungsi Politik", "Diplomat", "Ahli Muda"),
            (R, "Koordinator Fungsi Ekonomi", "Pelaksana", ""),
            (A, "Wakil Kepala Perwakilan", "Pelaksana", ""),
        },
    ),
]


def test_a_point_labelled_koordinasi_governs_nothing():
    """ "d. Koordinasi" over a sentence: the label is no "di bawah koordinasi X"."""
    text = (
        "Pasal 2\nStruktur penugasan tercantum dalam Lampiran.\n\nLAMPIRAN\n"
        "d. Koordinasi\nKepala Pusat Riset berperan sebagai koordinator bagi Ketua Tim Kerja.\n"
    )
    x = extract_text(HEAD.replace("Pasal 1\n", "") + text, "contoh.txt", "0" * 64)
    edges = {(e.type.value, e.source, e.target) for e in x.edges}
    assert edges == {(C, "Kepala Pusat Riset", "Ketua Tim Kerja")}


def test_a_lampiran_point_opening_with_deputi_is_read():
    """ "Deputi" names a unit and its head: a Lampiran point that is a whole sentence is read."""
    text = (
        "Pasal 2\nStruktur penugasan tercantum dalam Lampiran.\n\nLAMPIRAN\n"
        "A. KEDEPUTIAN BIDANG METODOLOGI\n"
        "1. Deputi Bidang Metodologi menetapkan kinerja Direktur Sensus.\n"
    )
    x = extract_text(HEAD.replace("Pasal 1\n", "") + text, "contoh.txt", "0" * 64)
    edges = {(e.type.value, e.source, e.target) for e in x.edges}
    assert edges == {(S, "Deputi Bidang Metodologi", "Direktur Sensus")}


@pytest.mark.parametrize(("text", "edges"), FORMS)
def test_ministry_wording(text, edges):
    assert read(text) == edges


def test_merupakan_names_a_role():
    """ "X merupakan Pejabat Penilai Kinerja bagi Y": X holds the role."""
    x = extract_text(
        HEAD + "(1) Kepala Pusat merupakan Pejabat Penilai Kinerja bagi Pelaksana.\n",
        "contoh.txt",
        "0" * 64,
    )
    assert {(r.position, r.role) for r in x.roles} == {
        ("Kepala Pusat", Role.PEJABAT_PENILAI_KINERJA)
    }
