"""A ministry's own offices (branch hb, issue 11, sixth round of 2026-12-04).

Provisions in the voice of a Peraturan Menteri on the sistem kerja of a Kantor Wilayah, a Kantor
Kementerian Agama, a KUA Kecamatan and a Madrasah, written for this test (none copied from the
regulations or the wording corpus); each failed before the change that reads it, and each guard
beside it shows where the widened reading must stop.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, C, R, S, read

KK = "Kepala Kantor Kementerian Agama"

FORMS = [
    (  # a counted subject pointing at an ayat whose list holds other titles too: those it heads
        "(1) Kepala Kantor Wilayah menetapkan kinerja Kepala Bagian Tata Usaha, Kepala Bidang "
        "Haji, Kepala Bidang Zakat, dan Pembimbing Masyarakat Kristen.\n"
        "(2) Para Kepala Bidang sebagaimana dimaksud pada ayat (1) memberikan penugasan kepada "
        "Pelaksana.",
        {
            (S, "Kepala Kantor Wilayah", "Kepala Bagian Tata Usaha", ""),
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Haji", ""),
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Zakat", ""),
            (S, "Kepala Kantor Wilayah", "Pembimbing Masyarakat Kristen", ""),
            (AS, "Kepala Bidang Haji", "Pelaksana", ""),
            (AS, "Kepala Bidang Zakat", "Pelaksana", ""),
        },
    ),
    (  # the same pointed at its ayat without a count, beside a title of its own
        "(1) Kepala Kantor Wilayah menetapkan kinerja Kepala Bagian Tata Usaha, Kepala Bidang "
        "Haji, dan Kepala Bidang Zakat.\n"
        "(2) Kepala Bagian Tata Usaha dan Kepala Bidang sebagaimana dimaksud pada ayat (1) "
        "menetapkan kinerja Pelaksana.",
        {
            (S, "Kepala Kantor Wilayah", "Kepala Bagian Tata Usaha", ""),
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Haji", ""),
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Zakat", ""),
            (S, "Kepala Bagian Tata Usaha", "Pelaksana", ""),
            (S, "Kepala Bidang Haji", "Pelaksana", ""),
            (S, "Kepala Bidang Zakat", "Pelaksana", ""),
        },
    ),
    (  # guard: one "Kepala Bidang tersebut" could be either: no edge rather than a guess
        "(1) Kepala Kantor Wilayah menetapkan kinerja Kepala Bidang Haji dan Kepala Bidang "
        "Zakat.\n"
        "(2) Kepala Bidang tersebut memberikan penugasan kepada Pelaksana.",
        {
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Haji", ""),
            (S, "Kepala Kantor Wilayah", "Kepala Bidang Zakat", ""),
        },
    ),
    (  # a Kemenag Penyelenggara and Pembimbing Masyarakat inside a list: titles, the list goes on
        "(1) Kepala Kantor Kementerian Agama menilai kinerja Kepala Seksi, Penyelenggara "
        "Bimbingan Masyarakat Kristen, Penyelenggara Zakat dan Wakaf, Pembimas Katolik, dan "
        "Pelaksana.",
        {
            (A, KK, "Kepala Seksi", ""),
            (A, KK, "Penyelenggara Bimbingan Masyarakat Kristen", ""),
            (A, KK, "Penyelenggara Zakat dan Wakaf", ""),
            (A, KK, "Pembimas Katolik", ""),
            (A, KK, "Pelaksana", ""),
        },
    ),
    (  # guard: the work "Penyelenggaraan" names a unit, not a post
        "(1) Kepala Bidang Penyelenggaraan Haji dan Umrah menilai kinerja Pelaksana.",
        {(A, "Kepala Bidang Penyelenggaraan Haji dan Umrah", "Pelaksana", "")},
    ),
    (  # a team named by its work "Dalam Negeri": one title, as a unit's name keeps it
        "(1) Ketua Tim Kerja Pelayanan Haji Dalam Negeri memberikan penugasan kepada Pelaksana.",
        {(AS, "Ketua Tim Kerja Pelayanan Haji Dalam Negeri", "Pelaksana", "")},
    ),
    (  # a nominal coordination whose work is named at length before its agent and items
        "(1) Koordinasi pelaksanaan bimbingan perkawinan dan penyuluhan agama di Kecamatan "
        "dilaksanakan oleh Kepala KUA Kecamatan terhadap:\na. Penghulu; dan\n"
        "b. Penyuluh Agama Islam.",
        {
            (C, "Kepala KUA Kecamatan", "Penghulu", ""),
            (C, "Kepala KUA Kecamatan", "Penyuluh Agama Islam", ""),
        },
    ),
    (  # guard: the same work coordinated with no one listed after it
        "(1) Koordinasi pelaksanaan bimbingan perkawinan dan penyuluhan agama di Kecamatan "
        "dilaksanakan oleh Kepala KUA Kecamatan bersama Penghulu.",
        set(),
    ),
    (  # an achievement evaluated and sent on as "-nya": the sender's results are reviewed
        "(1) Kepala Madrasah mengevaluasi capaian kinerja Madrasah dan melaporkannya kepada "
        "Kepala Kantor Kementerian Agama.",
        {(RV, "Kepala Kantor Kementerian Agama", "Kepala Madrasah", "")},
    ),
    (  # guard: a plan sent on as "-nya" is no result
        "(1) Kepala Madrasah menyusun rencana kerja Madrasah dan menyampaikannya kepada Kepala "
        "Kantor Kementerian Agama.",
        set(),
    ),
    (  # a result named at length (pointed back, "beserta" a second one) before its receiver
        "(1) Kepala KUA Kecamatan menyampaikan rekapitulasi laporan sebagaimana dimaksud pada "
        "ayat (1) beserta laporan kinerja Kantor Urusan Agama Kecamatan kepada Kepala Kantor "
        "Kementerian Agama paling lambat tanggal 10 bulan berikutnya.",
        {(RV, "Kepala Kantor Kementerian Agama", "Kepala KUA Kecamatan", "")},
    ),
    (  # guard: a meeting's outcome sent on at the same length is no result
        "(1) Kepala KUA Kecamatan menyampaikan hasil rapat koordinasi lintas sektor tingkat "
        "kecamatan beserta daftar hadir peserta rapat kepada Kepala Kantor Kementerian Agama.",
        set(),
    ),
    (  # a group pointing at the point that names its members: those members, not the group
        "(1) Ketua Tim Kerja melaporkan hasil kinerja anggota tim yang terdiri atas Analis "
        "Kebijakan dan Pranata Komputer kepada Pejabat Penilai Kinerja masing-masing sebagai "
        "bahan penilaian kinerja.\n"
        "(2) Anggota tim sebagaimana dimaksud pada ayat (1) tetap dinilai kinerjanya oleh Pejabat "
        "Penilai Kinerja pada unit kerja asalnya.",
        {
            (R, "Ketua Tim Kerja", "Analis Kebijakan", ""),
            (R, "Ketua Tim Kerja", "Pranata Komputer", ""),
            (A, "Pejabat Penilai Kinerja", "Analis Kebijakan", ""),
            (A, "Pejabat Penilai Kinerja", "Pranata Komputer", ""),
        },
    ),
    (  # guard: a group the point names without members stays the group
        "(1) Ketua Tim Kerja membagi tugas kepada anggota tim.\n"
        "(2) Anggota tim sebagaimana dimaksud pada ayat (1) dinilai kinerjanya oleh Pejabat "
        "Penilai Kinerja.",
        {
            (AS, "Ketua Tim Kerja", "anggota tim", ""),
            (A, "Pejabat Penilai Kinerja", "Anggota tim", ""),
        },
    ),
    (  # a ministry's Inspektur named by the number of his Inspektorat ("Inspektur II")
        "(1) Inspektur II memberikan penugasan kepada Auditor Ahli Madya.",
        {(AS, "Inspektur II", "Auditor", "Ahli Madya")},
    ),
    (  # guard: a region's Inspektur beside an Inspektur Pembantu with its number
        "(1) Inspektur menilai kinerja Sekretaris Inspektorat dan Inspektur Pembantu II.",
        {
            (A, "Inspektur", "Sekretaris Inspektorat", ""),
            (A, "Inspektur", "Inspektur Pembantu II", ""),
        },
    ),
    (  # a tax office's Account Representative, a post named in English
        "(1) Account Representative menyampaikan laporan hasil kerja kepada Kepala Seksi "
        "Pengawasan.",
        {(RV, "Kepala Seksi Pengawasan", "Account Representative", "")},
    ),
    (  # a recommendation on the one appraised after "atas", sent to the appraiser after it
        "(1) Ketua Tim Kerja Pengawasan memberikan masukan penilaian kinerja atas Pelaksana yang "
        "menjadi anggota tim kepada Kepala Seksi Pengawasan selaku atasan langsung.",
        {(R, "Ketua Tim Kerja Pengawasan", "Pelaksana", "")},
    ),
    (  # guard: "atas permintaan" names who asks, not the one appraised
        "(1) Ketua Tim Kerja Pengawasan memberikan masukan penilaian kinerja atas permintaan "
        "Kepala Seksi Pengawasan.",
        set(),
    ),
    (  # a title broken at a syllable whose end the next line's start repeats ("Statis-" /
        # "tisi"): a broken word, joined without its hyphen, not a reduplicated one
        "(1) Kepala BPS Kabupaten/Kota menilai kinerja Statis-\ntisi Ahli Muda dan Pelaksana.",
        {
            (A, "Kepala BPS Kabupaten/Kota", "Statistisi", "Ahli Muda"),
            (A, "Kepala BPS Kabupaten/Kota", "Pelaksana", ""),
        },
    ),
    (  # guard: a reduplicated word broken at its hyphen keeps it
        "(1) Kepala Bidang dan Kepala Seksi masing-\nmasing menilai kinerja Pelaksana.",
        {(A, "Kepala Bidang", "Pelaksana", ""), (A, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # a team's lead by its short form, named by its field as the full title is
        "(1) Kepala BPS Kabupaten/Kota memberikan penugasan kepada Kasubbag Umum dan Katim "
        "Statistik Produksi.",
        {
            (AS, "Kepala BPS Kabupaten/Kota", "Kasubbag Umum", ""),
            (AS, "Kepala BPS Kabupaten/Kota", "Katim Statistik Produksi", ""),
        },
    ),
    (  # guard: the short form alone before its verb
        "(1) Katim menyampaikan laporan capaian kinerja tim kepada Kabid.",
        {(RV, "Kabid", "Katim", "")},
    ),
    (  # a team lead's own assessment handed to the appraiser as material for the grade
        "(1) Ketua Tim Kerja Statistik Sosial menyampaikan penilaian atas kinerja Statistisi "
        "kepada Kepala BPS Kabupaten/Kota sebagai bahan penetapan predikat kinerja pegawai.",
        {(R, "Ketua Tim Kerja Statistik Sosial", "Statistisi", "")},
    ),
    (  # guard: the same handed on for no appraisal is neither a recommendation nor a review
        "(1) Ketua Tim Kerja Statistik Sosial menyampaikan penilaian atas kinerja Statistisi "
        "kepada Kepala BPS Kabupaten/Kota.",
        set(),
    ),
    (  # a graded object before "dan" and a second verb: the verb's subject is the first one's
        "(1) Direktur Statistik Kesejahteraan Rakyat menetapkan kinerja Statistisi Ahli Madya "
        "dan menilai kinerjanya pada akhir tahun.",
        {
            (S, "Direktur Statistik Kesejahteraan Rakyat", "Statistisi", "Ahli Madya"),
            (A, "Direktur Statistik Kesejahteraan Rakyat", "Statistisi", "Ahli Madya"),
        },
    ),
    (  # guard: a graded subject before "dan" and its own verb stays the subject
        "(1) Statistisi Ahli Madya dan Statistisi Ahli Muda menilai kinerja Pelaksana.",
        {(A, "Statistisi", "Pelaksana", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), FORMS)
def test_ministry_office_wording(text, edges):
    assert read(text) == edges
