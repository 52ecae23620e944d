"""Figure residue and page furniture never glue onto a sentence (issue 11, point 6).

The boxes of a lost organisation chart ("SEKRETARIS", "|", "o", "—— —") and page
numbers ("- 4 -") sit between sentences of converted PDFs. Written for this test
in the layout of the five regulations' Lampiran.
"""

from __future__ import annotations

from loader.model import EdgeType, position_key
from loader.reading.extract import extract_file
from tests.loader.drafting import perbup

TEXT = perbup(
    6,
    """Pasal 1
(1) Kepala Dinas menetapkan kinerja Sekretaris Dinas dan
- 4 -
Kepala Bidang.
(2) Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.

Ditetapkan di Sukamaju
pada tanggal 5 Februari 2024

LAMPIRAN
PERATURAN BUPATI SUKAMAJU

A. Dinas Daerah
1. Kelompok jabatan fungsional berkedudukan di bawah Kepala Bidang yang berperan selaku
Pejabat Penilai Kinerja.

KEPALA DINAS
|
SEKRETARIS !
o
—— — —
1

Kepala Bidang memberikan penugasan kepada Pejabat Pelaksana.
2. Kepala Dinas menetapkan kinerja Kepala Bidang sebagaimana
KEPALA BIDANG
tercantum dalam bagan.
""",
)


def test_residue_and_page_numbers_stay_out_of_quotes(tmp_path):
    path = tmp_path / "perbup.txt"
    path.write_text(TEXT, encoding="utf-8")
    x = extract_file(path)
    source = path.read_text(encoding="utf-8")
    edges = {(e.type, position_key(e.source), position_key(e.target)): e for e in x.edges}
    for e in x.edges:
        assert source[e.citation.start : e.citation.end] == e.citation.quote
        for junk in ("KEPALA DINAS", "|", "SEKRETARIS !", "——"):
            assert junk not in e.citation.quote, (junk, e.citation.quote)
    # a sentence broken by a page number is still one sentence with both objects (its quote,
    # verbatim, spans the number; its reading does not see it)
    body = [e for e in x.edges if e.citation.where == "Pasal 1 ayat (1)"]
    assert {position_key(e.target) for e in body} == {"sekretaris dinas", "kepala bidang"}
    assigns = edges[(EdgeType.ASSIGNS, "kepala bidang", "pejabat pelaksana")]
    assert assigns.citation.quote.startswith("Kepala Bidang memberikan")
