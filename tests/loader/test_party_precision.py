"""Titles that are no party, and near-relations that are not the six (branch hc, issue 11,
sixth round of 2026-12-04): copies (tembusan), the council, follow-up, flows that carry no
results, recommendations that are not on an appraisal, feedback sent down, the drafter of a
Surat Tugas, an auditor's report, one list at both ends of an edge, and table columns that
give no edge.

Each sentence is written for this test; none is copied from the regulations or the corpus.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, RV, A, S, read

CASES = [
    (  # one list at both ends: whoever the objection goes to reviews no one of that list
        "(1) Keberatan atas hasil penilaian kinerja diajukan kepada Kepala Dinas dan Sekretaris.",
        set(),
    ),
    (  # a copy of a report sent is no sending of results for review
        "(1) Kepala Seksi menyusun laporan hasil kerja.\n(2) Tembusan laporan sebagaimana"
        " dimaksud pada ayat (1) disampaikan kepada Lurah dan Sekretaris Lurah.",
        set(),
    ),
    (  # ... nor is one "disampaikan sebagai tembusan"
        "(1) Laporan hasil kerja disiapkan oleh Kepala Seksi.\n(2) Salinan laporan sebagaimana"
        " dimaksud pada ayat (1) disampaikan sebagai tembusan kepada Lurah.",
        set(),
    ),
    (  # the report's own receiver is, the copy's is not
        "(1) Kepala Seksi menyampaikan laporan hasil kerja kepada Camat dengan tembusan kepada"
        " Sekretaris Camat.",
        {(RV, "Camat", "Kepala Seksi", "")},
    ),
    (  # ... nor one whose copy is sent after it in the same sentence
        "(1) Hasil kerja Pelaksana disampaikan kepada Kepala Seksi dan tembusan laporan"
        " disampaikan kepada Lurah.",
        {(RV, "Kepala Seksi", "Pelaksana", "")},
    ),
    (  # the council is no post
        "(1) Wali Kota menyampaikan laporan pelaksanaan tugas kepada Dewan Perwakilan Rakyat"
        " Daerah.",
        set(),
    ),
    (  # results sent for follow-up
        "(1) Kepala Balai mengirimkan hasil pengujian kepada Direktur Pengawasan Pangan sebagai"
        " bahan tindak lanjut.",
        set(),
    ),
    (  # arrows that carry a proposal, not results
        "(1) Alur penyampaian usul kenaikan pangkat: Pelaksana → Kepala Seksi → Lurah.",
        set(),
    ),
    (  # a chain of senders that carries a request, not results
        "(1) Permohonan cuti disampaikan secara berjenjang dari Pelaksana kepada Kepala Seksi,"
        " dari Kepala Seksi kepada Sekretaris Lurah, dan dari Sekretaris Lurah kepada Lurah.",
        set(),
    ),
    (  # advice received on something else than performance
        "(1) Lurah menerima masukan dari Sekretaris Lurah mengenai Pelaksana yang akan mengikuti"
        " pelatihan.",
        set(),
    ),
    (  # an assessment that is material for something else than an appraisal
        "(1) Hasil penilaian Inspektur atas kinerja Kepala Dinas menjadi bahan pertimbangan Wali"
        " Kota dalam pemberian penghargaan.",
        set(),
    ),
    (  # a proposal on training named beside performance data recommends no appraisal
        "(1) Ketua Tim Kerja memberikan usulan kebutuhan pelatihan berdasarkan data kinerja"
        " Pranata Komputer kepada Kepala Bidang selaku Pejabat Penilai Kinerja Ketua Tim Kerja.",
        {(A, "Kepala Bidang", "Ketua Tim Kerja", "")},
    ),
    (  # an assessment sent down as feedback is no result sent up
        "(1) Kepala Seksi menyampaikan hasil pemantauan kinerja (umpan balik berkelanjutan)"
        " kepada Pelaksana.",
        set(),
    ),
    (  # the signer of a Surat Tugas assigns, not its drafter
        "(1) Surat Tugas bagi Auditor dibuat oleh Pengadministrasi Umum untuk ditandatangani oleh"
        " Inspektur.",
        {(AS, "Inspektur", "Auditor", "")},
    ),
    (  # an auditor's report to the head of government, the audit named after it
        "(1) Inspektur menyampaikan laporannya kepada Wali Kota setelah pemeriksaan selesai.",
        set(),
    ),
    (  # a column of copies, of partners or of data sources gives no edge, and leaves the
        # table read
        "(2) Tabel:\n| No | Jabatan | Pejabat Penilai Kinerja | Tembusan Hasil Penilaian |"
        " Berkoordinasi dengan | Penerima Tembusan |\n|---|---|---|---|---|---|\n"
        "| 1 | Kepala Seksi | Lurah | Camat | Sekretaris Lurah | Kepala Seksi |\n",
        {(A, "Lurah", "Kepala Seksi", "")},
    ),
    (  # a table of targets: who answers for each, who sets it, where its data come from
        "(2) Tabel:\n| Target Kinerja | Penanggung Jawab | Ditetapkan oleh | Sumber Data |\n"
        "|---|---|---|---|\n| Cakupan layanan | Kepala Seksi | Lurah | Sekretaris Lurah |\n",
        {(S, "Lurah", "Kepala Seksi", "")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_parties_and_near_relations(text: str, want: set) -> None:
    assert read(text) == want
