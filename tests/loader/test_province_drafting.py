"""Branch gc (issue 11, fifth round of 2026-12-04): wording of a Peraturan Gubernur's drafters.

Each sentence is written for this test. A careful reader takes a province UPT named to a
numeral after its place ("Kepala UPT PPD Wilayah Palembang I") and a hospital named with an
honorific ("Direktur RSUD Dr. Soedarso") whole; reads "Sekertaris" and "Sub-Bagian" as the
words meant; takes "anggota tim dari X" as X; resolves "pejabat sebagaimana dimaksud dalam
huruf b" to the officials huruf b names; and reads through a LAMPIRAN line that breaks a
sentence as a page's running head.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, S, read

CASES = [
    (  # the place's numeral ends the UPT's name: no "Kepala UPT PPD Wilayah Palembang" cut off
        "(1) Kepala Bidang Pajak Daerah menilai kinerja Kepala UPT PPD Wilayah Palembang I.",
        {(A, "Kepala Bidang Pajak Daerah", "Kepala UPT PPD Wilayah Palembang I", "")},
    ),
    (  # the honorific's point ends no sentence and belongs to the hospital's name
        "(1) Direktur RSUD Dr. Soedarso menilai kinerja Wakil Direktur Pelayanan.",
        {(A, "Direktur RSUD Dr. Soedarso", "Wakil Direktur Pelayanan", "")},
    ),
    (
        "(2) Direktur Rumah Sakit Umum Daerah dr. H. Abdul Moeloek menilai kinerja Wakil"
        " Direktur Umum.",
        {(A, "Direktur Rumah Sakit Umum Daerah dr. H. Abdul Moeloek", "Wakil Direktur Umum", "")},
    ),
    (  # a standing named between the subject and the role, no commas
        "(2) Wakil Direktur Pelayanan selaku atasan langsung merupakan Pejabat Penilai Kinerja"
        " bagi Kepala Bidang Keperawatan.",
        {(A, "Wakil Direktur Pelayanan", "Kepala Bidang Keperawatan", "")},
    ),
    (  # a drafter's slip: no "Sekertaris Dinas" title beside the Sekretaris Dinas
        "(1) Kepala Dinas Kelautan dan Perikanan menetapkan kinerja Sekertaris Dinas.",
        {(S, "Kepala Dinas Kelautan dan Perikanan", "Sekretaris Dinas", "")},
    ),
    (  # a hyphen in the unit word: one Subbagian, no "Kepegawaian" title
        "(2) Sekretaris Dinas menilai kinerja Kepala Sub-Bagian Umum dan Kepegawaian.",
        {(A, "Sekretaris Dinas", "Kepala Subbagian Umum dan Kepegawaian", "")},
    ),
    (  # the members named by their posts: no edge to "anggota tim"
        "(3) Ketua Tim Kerja memberikan penugasan kepada anggota tim yang berasal dari Pelaksana.",
        {(AS, "Ketua Tim Kerja", "Pelaksana", "")},
    ),
    (  # results sent up for review, then sent on: the first receiver reviews
        "(1) Hasil kerja Pelaksana disampaikan kepada Kepala Seksi untuk dievaluasi sebelum"
        " diteruskan kepada Kepala Bidang.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # a point that is a clause of the lead-in's subject names the officials it lists
        "(1) Kepala Dinas:\na. memberikan penugasan kepada Sekretaris dan Kepala Bidang; dan\n"
        "b. menilai kinerja pejabat sebagaimana dimaksud dalam huruf a.",
        {
            (AS, "Kepala Dinas", "Sekretaris", ""),
            (AS, "Kepala Dinas", "Kepala Bidang", ""),
            (A, "Kepala Dinas", "Sekretaris", ""),
            (A, "Kepala Dinas", "Kepala Bidang", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "edges"), CASES)
def test_province_drafting_is_read(text: str, edges: set) -> None:
    assert read(text) == edges


def test_a_point_naming_a_subject_and_an_object_resolves_to_no_guess() -> None:
    text = (
        "(1) Kepala Dinas:\na. menyampaikan laporan kepada Sekretaris Daerah;\n"
        "b. Sekretaris menilai kinerja Kepala Bidang; dan\n"
        "c. memberikan penugasan kepada pejabat sebagaimana dimaksud dalam huruf b."
    )
    assert not {e for e in read(text) if e[0] == AS}


def test_a_lampiran_line_breaking_a_sentence_is_a_running_head() -> None:
    text = (
        "Ditetapkan di Contoh\n\nLAMPIRAN\nPERATURAN WALI KOTA CONTOH\n\n"
        "A. SEKRETARIAT DPRD\n1. Sekretaris DPRD memberikan penugasan kepada Kepala Bagian"
        " Umum,\n- 14 -\nLAMPIRAN II PERATURAN WALI KOTA CONTOH NOMOR 7 TAHUN 2024\n"
        "dan Kepala Bagian Persidangan.\n"
    )
    assert read(text) == {
        (AS, "Sekretaris DPRD", "Kepala Bagian Umum", ""),
        (AS, "Sekretaris DPRD", "Kepala Bagian Persidangan", ""),
    }


def test_a_lampiran_after_a_signature_is_still_a_new_lampiran() -> None:
    text = (
        "Ditetapkan di Contoh\n\nLAMPIRAN I\nPERATURAN WALI KOTA CONTOH\n\n"
        "A. KELURAHAN\n1. Lurah menilai kinerja Sekretaris Lurah.\n\nWALI KOTA CONTOH,\n\n"
        "LAMPIRAN II\nPERATURAN WALI KOTA CONTOH\n\nA. KECAMATAN\n"
        "1. Camat menilai kinerja Sekretaris Camat.\n"
    )
    assert read(text) == {
        (A, "Lurah", "Sekretaris Lurah", ""),
        (A, "Camat", "Sekretaris Camat", ""),
    }


LAMPIRAN = "Ditetapkan di Contoh\n\nLAMPIRAN\nPERATURAN WALI KOTA CONTOH\n\n"


def test_a_lead_in_line_under_a_unit_heading_gives_its_points_their_subject() -> None:
    text = LAMPIRAN + (
        "D. STRUKTUR PENUGASAN SEKRETARIAT DPRD\nSekwan selaku PPK:\n"
        "1. menilai kinerja Kabag Umum dan Kabag Keuangan;\n"
        "2. memberikan penugasan kepada Kabag sebagaimana dimaksud pada angka 1.\n"
    )
    edges = {(t, "Sekwan", x, "") for t in (A, AS) for x in ("Kabag Umum", "Kabag Keuangan")}
    assert read(text) == edges  # no "Sekwan -> Kabag": the title points at angka 1


def test_a_title_pointing_at_points_it_does_not_head_stays_as_written() -> None:
    text = (
        "(1) Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.\n"
        "(2) Sekretaris menilai kinerja Pelaksana sebagaimana dimaksud pada ayat (1).\n"
    )
    assert (A, "Sekretaris", "Pelaksana", "") in read(text)


def test_a_tab_row_opening_with_a_blank_cell_takes_the_cell_above() -> None:
    text = LAMPIRAN + (
        "C. BIRO PEMERINTAHAN\n\nPPK\tJabatan yang Dinilai\n"
        "Karo Pemerintahan\tKabag Tata Pemerintahan\n\tKabag Otonomi Daerah\n"
    )
    assert read(text) == {
        (A, "Karo Pemerintahan", "Kabag Tata Pemerintahan", ""),
        (A, "Karo Pemerintahan", "Kabag Otonomi Daerah", ""),
    }


def test_rn_for_m_at_a_word_start_is_mended() -> None:
    text = "(2) Kepala Bidang Keperawatan rnenilai kinerja Perawat Ahli Muda."
    assert read(text) == {(A, "Kepala Bidang Keperawatan", "Perawat", "Ahli Muda")}


def test_lnspektur_is_mended_wherever_the_title_goes_on() -> None:
    text = "(1) lnspektur Pembantu Bidang Investigasi memberikan penugasan kepada Pelaksana."
    assert read(text) == {(AS, "Inspektur Pembantu Bidang Investigasi", "Pelaksana", "")}
