"""Long lists in Lampiran points (issue 11, fourth round of 2026-12-04, branch fc): one more
member joined by "beserta" or "termasuk", each a sentence written for this test. Look-alikes
use the same words with no second title to join.
"""

from __future__ import annotations

import pytest

from tests.loader.test_clauses import AS, A, S, read

LISTS = [
    (  # "beserta" joins a second appraised post
        "(1) Kepala Bidang Pemadaman menilai kinerja Kepala Seksi Operasi beserta Kepala Seksi "
        "Sarana dan Prasarana.",
        {
            (A, "Kepala Bidang Pemadaman", "Kepala Seksi Operasi", ""),
            (A, "Kepala Bidang Pemadaman", "Kepala Seksi Sarana dan Prasarana", ""),
        },
    ),
    (  # ", termasuk" names one more post after a whole class
        "(2) Inspektur memberikan penugasan kepada para Inspektur Pembantu, termasuk Sekretaris "
        "Inspektorat.",
        {
            (AS, "Inspektur", "Inspektur Pembantu", ""),
            (AS, "Inspektur", "Sekretaris Inspektorat", ""),
        },
    ),
    (  # members parted by semicolons, each with a unit phrase holding commas of its own
        "(5) Kepala Dinas menetapkan kinerja Kepala Bidang Pengawasan, Pengendalian, dan "
        "Pengaduan; Kepala Bidang Sumber Daya, Sarana, dan Prasarana; dan Kepala Bidang "
        "Pelayanan, Perizinan, dan Informasi.",
        {
            (S, "Kepala Dinas", "Kepala Bidang Pengawasan, Pengendalian, dan Pengaduan", ""),
            (S, "Kepala Dinas", "Kepala Bidang Sumber Daya, Sarana, dan Prasarana", ""),
            (S, "Kepala Dinas", "Kepala Bidang Pelayanan, Perizinan, dan Informasi", ""),
        },
    ),
    (  # an item naming a post, a colon, then its relation with the post as "-nya"
        "(6) Susunan penilai:\na. Kepala Bagian Umum: kinerjanya dinilai oleh Sekretaris "
        "Badan;\nb. Kepala Bagian Keuangan: penugasannya diberikan oleh Sekretaris Badan.",
        {
            (A, "Sekretaris Badan", "Kepala Bagian Umum", ""),
            (AS, "Sekretaris Badan", "Kepala Bagian Keuangan", ""),
        },
    ),
]

LOOKALIKES = [
    # "beserta" before a thing, not a post: no second edge
    (
        "(3) Kepala Dinas menetapkan kinerja Sekretaris Dinas beserta rencana aksinya.",
        {(S, "Kepala Dinas", "Sekretaris Dinas", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), LISTS + LOOKALIKES)
def test_a_long_list_gives_every_edge_and_no_more(text, edges):
    assert read(text) == edges


TABLES = [
    (  # a column naming each row's Perangkat Daerah holds no post: the other columns still read
        "(2) Penilai kinerja sebagai berikut:\n"
        "| No | Perangkat Daerah | Jabatan yang Dinilai | Pejabat Penilai Kinerja |\n"
        "| 1 | Dinas Pangan | Sekretaris Dinas Pangan | Kepala Dinas Pangan |\n",
        {(A, "Kepala Dinas Pangan", "Sekretaris Dinas Pangan", "")},
    ),
    (  # two posts one under another in one cell: a list, each appraised by the merged cell
        "(3) Penilai kinerja sebagai berikut:\n"
        "| No | Jabatan yang Dinilai | Pejabat Penilai Kinerja |\n"
        "| 1 | Kepala Seksi Pengujian | Kepala Bidang Sarana |\n"
        "|   | Kepala Seksi Perbengkelan |  |\n",
        {
            (A, "Kepala Bidang Sarana", "Kepala Seksi Pengujian", ""),
            (A, "Kepala Bidang Sarana", "Kepala Seksi Perbengkelan", ""),
        },
    ),
    (  # a title wrapped over two lines of its cell stays one post
        "(4) Penilai kinerja sebagai berikut:\n"
        "| No | Jabatan yang Dinilai | Pejabat Penilai Kinerja |\n"
        "| 1 | Kepala Bidang Pengelolaan | Kepala Badan |\n"
        "|   | Pendapatan Daerah |  |\n",
        {(A, "Kepala Badan", "Kepala Bidang Pengelolaan Pendapatan Daerah", "")},
    ),
]


@pytest.mark.parametrize(("text", "edges"), TABLES)
def test_a_table_in_a_new_form_gives_its_edges(text, edges):
    assert read(text) == edges
