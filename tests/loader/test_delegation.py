"""Edges given by delegation are marked ``delegated`` (loader/reading/delegation.py).

Expected values come from reading the regulations. ``grep -n -i delegas
data/regulations/*.txt`` (and no "limpah", "mandat" or "atas nama" anywhere)
finds:

- Buton line 67, Muna line 57, Tabalong line 82, Konawe Selatan line 110 and
  Malang line 241 (wrapped from 239): the definition "Pejabat Penilai Kinerja
  adalah atasan langsung ... atau pejabat lain yang diberi/mendapat
  pendelegasian kewenangan". "pejabat lain" is no position, and the sentence
  gives no edge: no delegated edge in Buton, Tabalong, Konawe Selatan, Malang.
- Muna 354 (the same definition, worded again), 979 ("Kepala Dinas ... dapat
  mendelegasikan kewenangan pengelolaan kinerja ... kepada Pejabat Pengawas":
  the power itself is not given as an edge) and 980 ("Setelah mendapatkan
  pendelegasian kewenangan ..., Pejabat Pengawas mengintegrasikan ...": no
  edge) give no edge.
- Muna 1212: "Kepala Dinas dengan pendelegasian kewenangan akan menetapkan
  kinerja Kepala UPTD Satuan Pendidikan dan Kepala UPTD Puskesmas": both
  SETS_PERFORMANCE edges are delegated.
- Muna 1217 and 1283: "Pejabat Penilai Kinerja bagi Pejabat Fungsional ...
  dilaksanakan oleh Kepala Dinas atau Pejabat Administrator pada Dinas yang
  diberikan pendelegasian kewenangan": the Administrator appraises by
  delegation, the Kepala Dinas in its own right.
- Muna 1218/1222 and 1284/1285: Pejabat Level I sets performance / recommends
  "setelah berkoordinasi dengan" (or "untuk dijadikan acuan bagi") the
  delegate: the cue names the one coordinated with, Pejabat Level I's edges are
  direct.
"""

from __future__ import annotations

import re
import shutil

import pytest

from loader.errors import RuleTableError
from loader.graph.rows import edge_rows
from loader.model import EdgeType
from loader.reading.delegation import delegated_sources
from loader.reading.extract import extract_file
from loader.reading.mentions import MentionList, find_mentions
from loader.reading.report import to_json
from loader.reading.rules import RULES_DIR, load_rules
from tests.loader.conftest import BUTON, FILES, KONAWE_SELATAN, MALANG, MUNA, TABALONG

SP, AP, RA = EdgeType.SETS_PERFORMANCE, EdgeType.APPRAISES, EdgeType.RECOMMENDS_APPRAISAL

MUNA_DELEGATED = {
    (1212, SP, "Kepala Dinas", "Kepala UPTD Satuan Pendidikan", None),
    (1212, SP, "Kepala Dinas", "Kepala UPTD Puskesmas", None),
    (1217, AP, "Pejabat Administrator", "Pejabat Fungsional", "jenjang yang sama"),
    (1283, AP, "Pejabat Administrator", "Pejabat Fungsional", "Ahli Muda"),
}
MUNA_DIRECT_NEAR_A_CUE = {
    # "jenjang yang sama (dengan Pejabat Level I)" is kept as the condition (issue 11)
    (1217, AP, "Kepala Dinas", "Pejabat Fungsional", "jenjang yang sama"),
    (1218, SP, "Pejabat Level I", "Pejabat Fungsional", "jenjang yang sama"),
    (1222, RA, "Pejabat Level I", "Pejabat Fungsional", "jenjang yang sama"),
    (1283, AP, "Kepala Dinas", "Pejabat Fungsional", "Ahli Muda"),
    (1284, SP, "Pejabat Level I", "Pejabat Fungsional", "Ahli Muda"),
    (1285, RA, "Pejabat Level I", "Pejabat Fungsional", "Ahli Muda"),
}
CUE_LINES = {
    BUTON: [67],
    MUNA: [57, 354, 979, 980, 1212, 1217, 1218, 1222, 1283, 1284, 1285],
    TABALONG: [82],
    KONAWE_SELATAN: [110],
    MALANG: [241],
}


def _row(edge):
    return (edge.citation.line, edge.type, edge.source, edge.target, edge.condition)


def test_the_texts_mention_delegation_where_the_reading_says():
    for path, lines in CUE_LINES.items():
        text = path.read_text(encoding="utf-8").splitlines()
        found = [n for n, line in enumerate(text, start=1) if re.search("delegas", line, re.I)]
        assert found == lines, path.name


def test_muna_delegated_edges(extracted):
    edges = extracted[MUNA.name].edges
    assert {_row(e) for e in edges if e.delegated} == MUNA_DELEGATED


def test_muna_edges_beside_a_cue_stay_direct(extracted):
    rows = {_row(e): e.delegated for e in extracted[MUNA.name].edges}
    for row in MUNA_DIRECT_NEAR_A_CUE:
        assert rows.get(row) is False, row


@pytest.mark.parametrize("path", [BUTON, TABALONG, KONAWE_SELATAN, MALANG], ids=lambda p: p.stem)
def test_no_delegated_edge_where_the_text_gives_none(path, extracted):
    assert [_row(e) for e in extracted[path.name].edges if e.delegated] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_json_and_graph_rows_carry_the_flag(path, extracted):
    x = extracted[path.name]
    out = to_json(x)
    assert [e["delegated"] for e in out["edges"]] == [e.delegated for e in x.edges]
    rows = edge_rows(x)
    assert all(isinstance(r["props"]["delegated"], bool) for r in rows)
    lines = {r["props"]["line"] for r in rows if r["props"]["delegated"]}
    assert lines == ({1212, 1217, 1283} if path == MUNA else set())


# --- the rule on sentences written for this test ------------------------------


def _marked(sentence: str, sources: list[str]) -> set[str]:
    """Titles among ``sources`` (mentions of ``sentence``) a cue attaches to."""
    rules = load_rules()
    mentions = [m for m in find_mentions(sentence, rules) if m.title in sources]
    source = MentionList(tuple(mentions), mentions[0].start, mentions[-1].end, ())
    return {m.title for m in delegated_sources(sentence, (0, len(sentence)), source, rules)}


@pytest.mark.parametrize(
    ("sentence", "sources", "expected"),
    [
        (
            "Kepala Dinas dengan pendelegasian kewenangan akan menetapkan kinerja Kepala UPTD",
            ["Kepala Dinas"],
            {"Kepala Dinas"},
        ),
        (
            "Penilaian kinerja bagi Pejabat Fungsional dilaksanakan oleh Kepala Dinas atau "
            "Pejabat Administrator pada Dinas yang diberikan pendelegasian kewenangan",
            ["Kepala Dinas", "Pejabat Administrator"],
            {"Pejabat Administrator"},
        ),
        (  # the cue names the one coordinated with, not the edge's source
            "Pejabat Level I menetapkan kinerja Pejabat Fungsional setelah berkoordinasi "
            "dengan Kepala Dinas atau Pejabat Administrator yang diberikan pendelegasian "
            "kewenangan",
            ["Pejabat Level I"],
            set(),
        ),
        (
            "Kepala Bidang yang mendapat delegasi menilai kinerja Pelaksana",
            ["Kepala Bidang"],
            {"Kepala Bidang"},
        ),
        (  # after the target, not the source
            "Kepala Dinas menetapkan kinerja Kepala UPTD dengan pendelegasian kewenangan",
            ["Kepala Dinas"],
            set(),
        ),
        ("Kepala Seksi memberikan penugasan kepada Pelaksana", ["Kepala Seksi"], set()),
    ],
)
def test_the_cue_attaches_to_the_mention_before_it(sentence, sources, expected):
    assert _marked(sentence, sources) == expected


TEXT = """PERATURAN BUPATI CONTOH
NOMOR 8 TAHUN 2025
TENTANG
SISTEM KERJA APARATUR SIPIL NEGARA
DI LINGKUNGAN PEMERINTAH KABUPATEN CONTOH

BUPATI CONTOH,

Pasal 1
(1) Kepala Dinas dengan pendelegasian kewenangan akan menetapkan kinerja Kepala UPTD.
(2) Penilaian kinerja bagi Pejabat Fungsional dilaksanakan oleh Sekretaris atau Kepala Bidang
yang diberikan pendelegasian kewenangan.
(3) Pejabat Level I menetapkan kinerja Pelaksana setelah berkoordinasi dengan Kepala Dinas
atau Kepala Bidang yang diberikan pendelegasian kewenangan.
(4) Kepala Seksi memberikan penugasan kepada Pelaksana.
{extra}
Ditetapkan di Contoh
pada tanggal 2 Januari 2025
"""


def _edges(tmp_path, extra=""):
    path = tmp_path / "contoh.txt"
    path.write_text(TEXT.format(extra=extra), encoding="utf-8")
    return {(e.type, e.source, e.target): e for e in extract_file(path).edges}


def test_a_crafted_regulation_is_marked_sentence_by_sentence(tmp_path):
    got = {key: e.delegated for key, e in _edges(tmp_path).items()}
    assert got == {
        (SP, "Kepala Dinas", "Kepala UPTD"): True,
        (AP, "Sekretaris", "Pejabat Fungsional"): False,
        (AP, "Kepala Bidang", "Pejabat Fungsional"): True,
        (SP, "Pejabat Level I", "Pelaksana"): False,
        (EdgeType.ASSIGNS, "Kepala Seksi", "Pelaksana"): False,
    }


def test_a_direct_statement_outweighs_a_delegated_one(tmp_path):
    edges = _edges(tmp_path, "(5) Kepala Dinas menetapkan kinerja Kepala UPTD.\n")
    edge = edges[(SP, "Kepala Dinas", "Kepala UPTD")]
    assert edge.delegated is False
    assert edge.citation.where == "Pasal 1 ayat (5)"  # the direct statement's citation
    assert edges[(AP, "Kepala Bidang", "Pejabat Fungsional")].delegated is True


def test_a_bad_delegation_row_is_reported(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    table = rules / "relations.toml"
    table.write_text(
        table.read_text(encoding="utf-8")
        + '\n[[delegation]]\nid = "bad"\ncue = "(unclosed"\n\n[[delegation]]\nid = "empty"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleTableError) as err:
        load_rules(rules)
    assert len(err.value.problems) == 2
    assert "relations.toml" in str(err.value)


def test_the_cue_is_a_row_of_the_relations_table():
    assert load_rules().delegation, "relations.toml has no [[delegation]] row"


def test_a_power_handed_down_is_the_delegate_s_edge_marked_delegated(tmp_path):
    path = tmp_path / "contoh.txt"
    path.write_text(
        "PERATURAN BUPATI CONTOH\nNOMOR 1 TAHUN 2025\nTENTANG\nSISTEM KERJA\n\nPasal 1\n"
        "(1) Kepala Dinas mendelegasikan kewenangan penilaian kinerja Pelaksana pada Seksi"
        " kepada Kepala Seksi.\n",
        encoding="utf-8",
    )
    got = {(e.type, e.source, e.target, e.delegated) for e in extract_file(path).edges}
    assert got == {(AP, "Kepala Seksi", "Pelaksana", True)}
