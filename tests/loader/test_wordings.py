"""The wording corpus (tests/loader/wordings/, issue 11 point 4): valid, covering, and scored.

The train split's floors are the figures the reader reached on it when they
were set; a reader change that lowers them is a regression, one that raises
them should raise the floors. The held-out split is only measured: its floor is
the figure of the reader before issue 11's changes (README of the corpus), so
the test cannot pass on a reader that reads nothing, and it is never tuned to.
"""

from __future__ import annotations

import pytest

from loader.errors import RegulationError
from loader.model import EdgeType
from loader.reading.extract import extract_file
from tests.loader.wordings.corpus import (
    CONSTRUCTIONS,
    KIND_HEADINGS,
    KINDS,
    SPLITS,
    Case,
    load_split,
)
from tests.loader.wordings.document import document
from tests.loader.wordings.score import (
    expected_keys,
    figures,
    read_case,
    read_split,
)

# train: measured after merging branches rd and rd2 of issue 11's second stop (main at
# f22a36c + rd2): 775 of 781 extracted edges right, 775 of 783 found (476 cases). Before issue 11
# (main at b684c7b): 112 of 131 right, 112 of 350 found.
# Issue 11's third stop (rd3) added 20 province passages (train/blind6.toml, scored once before
# any change: 11 of 14 right, 11 of 21 found) and 8 (train/blind7.toml, 8 of 9 right and found
# before); after its rows all 504 cases give 805 of 812 right, 805 of 813 found. The precision
# floor is 0.991, not 0.992, for one false edge of the
# new batch (t-b6-17, an audit report to the Gubernur read as a review); the 476 earlier cases
# keep 775 of 781.
# Branch ra (results flowing up, recommendations) added seven batches, each scored once before
# any change for it (train/ra_flow*.toml: 13/18 right and 13/56 found, 11/13 and 11/23, 8/10
# and 8/18, 6/6 and 6/12, 10/11 and 10/15, 9/11 and 9/13, 5/5 and 5/10); after its rows and
# clause code all 638 cases give 951 of 956 right, 951 of 960 found (t-b6-17 is read right
# now).
# The fourth stop (branch rd) added 52 cases on conditions and delegation (train/rd_conditions
# .toml, 36, scored once before: 20 of 27 right, 20 of 32 found; rd_conditions2.toml, 16, scored
# once after the first batch's changes: 7 of 12 right, 7 of 13 found); with its rows all 556
# cases give 851 of 857 right, 851 of 858 found (t-b6-17 now gives no edge).
# The five branches of the fourth stop merged (sp, ra, rb, rc, rd): all 847 train cases give
# 1236 of 1239 extracted edges right, 1236 of 1239 found (0.998 / 0.998).
# Branch ca (second round) added 57 cases on subjects found away from the cue (train/ca_carried
# .toml, 42, scored once before: 26 of 41 right, 26 of 90 found; ca_carried2.toml, 15, scored
# once after the first round: 16 of 17 right, 16 of 23 found); after its changes all 904 cases
# give 1341 of 1346 right, 1341 of 1350 found. The 847 earlier cases still give 1236 of 1239 and
# 1236 of 1239; the floors are lower only for ca's cases still missed (6 edges: a grade carried
# through "yang berada di bawah koordinasinya", "bawahannya", a report "untuk disampaikan" by a
# carried subject, one edge per repeated graded title) and 2 false (same causes).
# Branch cb (second round, lists, alternatives, coordination) added train/cb_lists.toml (44
# cases, scored once before: 78 of 85 right, 78 of 94 found) and cb_lists2.toml (20, after the
# first round: 32 of 32, 32 of 42), cb_lists3.toml (15, after the second: 23 of 25, 23 of 32)
# cb_lists4.toml (13, after the third: 21 of 21, 21 of 25) and cb_lists5.toml (11, after the
# fourth: 16 of 16, 16 of 19); after its five rounds all 950 cases give 1446 of 1449 right and
# found, the 847 before it as they were. With ca merged: all 1007 cases give 1551 of 1556
# right, 1551 of 1560 found (0.997 / 0.994; ca's misses as ca left them, none of cb's).
# Branch cd (second round: abbreviations, page furniture, roles, tables) added three batches,
# each scored once before any change for it (train/cd_abbrev.toml: 49 of 58 right, 49 of 79
# found; cd_abbrev2: 30/33 and 30/36; cd_abbrev3: 17/18 and 17/20); after its rows all 926
# cases give 1370 of 1374 right, 1370 of 1374 found (0.997 / 0.997); merged with ca, all 983
# cases give 1476 of 1481 right, 1476 of 1485 found (cd's 79 cases 135 of 135).
# Branch cc (results flowing up, recommendations, unit names: cc_flow 23/36 and 23/55 before,
# cc_flow2 13/16 and 13/25 before) and all four merged (main at 15bb491): 1149 cases give
# 1766 of 1771 right, 1766 of 1775 found (0.997 / 0.995).
# Branch ha (sixth round of 2026-12-04) added ha_1.toml, ha_2.toml and brought branch ga's
# ga_1.toml and ga_2.toml unchanged: all 2111 cases give 3790 of 3804 right, 3790 of 3837 found
# (0.996 / 0.988); the 1973 earlier cases give 3431 of 3442 and 3431 of 3444 as before the
# branch, so the recall floor is lower only for the four batches' edges still missed (ga_2's
# terse passives without "oleh" and matrix cells among them; README, branch ha).
# After the eighth stop's dev round (branches da, db, dc, dd: 276 cases more), 2554 cases give
# 4650 of 4666 right, 4650 of 4695 found (0.997 / 0.990); the 2278 earlier cases read as before
# or better.
TRAIN_PRECISION, TRAIN_RECALL = 0.996, 0.990
# held-out "before" (README): 25 of 30 extracted edges right, 25 of 107 found

# Constructions a split may lack, with the reason. "page-furniture" was added to the list
# after the held-out split was committed, and held-out cases are never added to or edited.
OPTIONAL: dict[str, set[str]] = {"heldout": {"page-furniture"}, "heldout2": set(), "train": set()}
# heldout3 is small (30-40 cases): it must hold the constructions real regulations use most,
# not every one. It holds no figures here: the suite never reads it with the reader (the
# integrator scores it once, README of the corpus).
HELDOUT3_CORE = {
    "results-up",
    "passive",
    "nominalised",
    "recommendation",
    "role",
    "carried-subject",
    "lists",
    "alternatives",
    "condition-jenjang",
    "table",
    "delegation",
    "negative-lookalike",
}
OPTIONAL["heldout3"] = set(CONSTRUCTIONS) - HELDOUT3_CORE
# heldout4 (60 cases, written blind) holds every construction.
OPTIONAL["heldout4"] = set()
# heldout5 (60 cases, written blind in the fourth stop's second round) holds every construction
# too; its figures are in HELDOUT_FLOORS below.
OPTIONAL["heldout5"] = set()
# heldout6 (60 cases, written blind after the second round, branch h6) holds every construction;
# the integrator scores it once and adds its figures to HELDOUT_FLOORS.
OPTIONAL["heldout6"] = set()
# heldout7 (60 cases, written blind, branch h7) holds every construction;
# the integrator scores it once.
OPTIONAL["heldout7"] = set()
# heldout8 (60 cases, written blind, branch h8) holds every construction;
# the integrator scores it once.
OPTIONAL["heldout8"] = set()
# heldout9 (60 cases, written blind, branch w9) holds every construction;
# the integrator scores it once.
OPTIONAL["heldout9"] = set()
# heldout10 (60 cases, written blind, branch w10) holds every construction;
# the integrator scores it once.
OPTIONAL["heldout10"] = set()


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Case]]:
    return {split: load_split(split) for split in SPLITS}


def test_ids_are_unique_across_the_splits(corpus):
    ids = [c.id for cases in corpus.values() for c in cases]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    assert all(c.id.startswith("h2-") for c in corpus["heldout2"])
    assert all(c.id.startswith("h3-") for c in corpus["heldout3"])
    assert all(c.id.startswith("h4-") for c in corpus["heldout4"])
    assert all(c.id.startswith("h5-") for c in corpus["heldout5"])
    assert all(c.id.startswith("h6-") for c in corpus["heldout6"])
    assert all(c.id.startswith("h7-") for c in corpus["heldout7"])
    assert all(c.id.startswith("h8-") for c in corpus["heldout8"])
    assert all(c.id.startswith("h9-") for c in corpus["heldout9"])
    assert all(c.id.startswith("h10-") for c in corpus["heldout10"])


def test_the_splits_have_their_size(corpus):
    assert len(corpus["heldout"]) == 60
    assert len(corpus["heldout"]) + len(corpus["train"]) >= 250


def test_the_second_heldout_split_is_balanced(corpus):
    """heldout2: 60 cases, 15 of each kind, about a third of them Lampiran passages."""
    cases = corpus["heldout2"]
    assert len(cases) == 60
    assert {k: sum(c.kind == k for c in cases) for k in KINDS} == dict.fromkeys(KINDS, 15)
    assert 15 <= sum(c.part == "lampiran" for c in cases) <= 30


def test_the_third_heldout_split_is_balanced(corpus):
    """heldout3: 30-40 cases, about a quarter of each kind, about a third Lampiran passages,
    at least four look-alikes that must give no edge."""
    cases = corpus["heldout3"]
    assert 30 <= len(cases) <= 40
    per_kind = [sum(c.kind == k for c in cases) for k in KINDS]
    assert max(per_kind) - min(per_kind) <= 2, per_kind
    assert len(cases) / 4 <= sum(c.part == "lampiran" for c in cases) <= len(cases) / 2
    assert sum(c.construction == "negative-lookalike" for c in cases) >= 4


@pytest.mark.parametrize(
    "split",
    ["heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10"],
)
def test_the_blind_heldout_splits_are_balanced(corpus, split):
    """heldout4 … heldout10: 60 cases each, 15 of each kind, 18-25 Lampiran passages, at least
    six look-alikes that must give no edge."""
    cases = corpus[split]
    assert len(cases) == 60
    assert {k: sum(c.kind == k for c in cases) for k in KINDS} == dict.fromkeys(KINDS, 15)
    assert 18 <= sum(c.part == "lampiran" for c in cases) <= 25
    assert sum(c.construction == "negative-lookalike" for c in cases) >= 6


@pytest.mark.parametrize("split", SPLITS)
def test_every_construction_kind_and_edge_type_is_in_each_split(corpus, split):
    cases = corpus[split]
    assert set(CONSTRUCTIONS) - OPTIONAL[split] <= {c.construction for c in cases}
    assert set(KINDS) == {c.kind for c in cases}
    assert {t.value for t in EdgeType} == {e.type for c in cases for e in c.edges}
    assert any(c.part == "lampiran" for c in cases)
    assert any(c.unknown_titles for c in cases)


def test_the_train_split_covers_each_construction_with_each_edge_type(corpus):
    """Constructions that give edges, each with every edge type (issue 11, point 4);
    results-up and recommendation name one or two types by their meaning."""
    pairs = {(c.construction, e.type) for c in corpus["train"] for e in c.edges}
    narrow = {"results-up", "recommendation", "negative-lookalike"}
    for construction in set(CONSTRUCTIONS) - narrow:
        missing = {t.value for t in EdgeType} - {t for k, t in pairs if k == construction}
        assert not missing, (construction, missing)


def test_a_bad_case_is_reported_with_every_problem():
    from tests.loader.wordings.corpus import case_problems

    row = {
        "id": "x",
        "kind": "village",
        "unit": "",
        "construction": "active",
        "text": "Pasal 1",
        "edge": [{"type": "NAMES", "from": "A", "to": "", "condition": None}],
    }
    found = case_problems(row)
    assert any("kind" in p for p in found) and any("unit" in p for p in found)
    assert any("NAMES" in p for p in found) and any("to missing" in p for p in found)
    assert any("condition" in p for p in found)


def test_slashed_titles_count_as_both_and_grades_are_compared():
    from tests.loader.wordings.corpus import ExpectedEdge

    case = Case(
        "x",
        "regency",
        "Dinas",
        "active",
        "",
        "",
        edges=(
            ExpectedEdge(
                "APPRAISES",
                "Kepala Bagian/Kepala Bidang",
                "Pejabat Fungsional",
                "jenjang Ahli Muda",
            ),
        ),
    )
    assert {k[1] for k in expected_keys(case)} == {"kepala bagian", "kepala bidang"}
    assert {k[3] for k in expected_keys(case)} == {frozenset({"Ahli Muda"})}


def test_grades_of_one_title_count_once_whichever_way_they_are_written():
    """A title with each grade ("Auditor Ahli Muda dan Auditor Ahli Pertama"): one edge
    holding both grades (train, the reader) or one edge per grade (heldout4, heldout5) say
    the same; the scorer merges the graded edges of a pair before comparing, and keeps an
    ungraded edge apart."""
    from tests.loader.wordings.score import merge_grades

    muda, pertama = frozenset({"Ahli Muda"}), frozenset({"Ahli Pertama"})
    key = ("APPRAISES", "inspektur", "auditor")
    apart = {(*key, muda), (*key, pertama), (*key, frozenset())}
    together = {(*key, muda | pertama), (*key, frozenset())}
    assert merge_grades(apart) == merge_grades(together) == together
    other = ("ASSIGNS", "inspektur", "auditor", muda)
    assert merge_grades({other, (*key, pertama)}) == {other, (*key, pertama)}


READ_TODAY = {
    "bupati": "Peraturan Bupati",
    "wali kota": "Peraturan Wali Kota",
    "walikota": "Peraturan Wali Kota",
    "gubernur": "Peraturan Gubernur",
}


@pytest.mark.parametrize(
    ("kind", "heading"), [(k, h) for k, hs in KIND_HEADINGS.items() for h in hs]
)
def test_the_frame_states_no_relation(tmp_path, kind, heading):
    """Every frame the scorer builds gives no edge of its own; the headings the reader
    knew before issue 11 are read as their kind (the others may still be refused)."""
    parts = ("lampiran",) if heading.startswith("keputusan") else ("body", "lampiran")
    for part in parts:
        text = "Pasal 2\nPeraturan ini berlaku.\n" if part == "body" else "1. Uraian tugas.\n"
        case = Case("frame", kind, "", "negative-lookalike", text, "", part, heading)
        path = tmp_path / f"{part}.txt"
        path.write_text(document(case), encoding="utf-8")
        try:
            x = extract_file(path)
        except RegulationError:
            assert heading not in READ_TODAY
            continue
        assert x.edges == ()
        if heading in READ_TODAY:
            assert x.regulation.kind == READ_TODAY[heading]


def test_a_refused_document_misses_all_its_edges(tmp_path):
    from tests.loader.wordings.corpus import ExpectedEdge

    edge = ExpectedEdge("APPRAISES", "Camat", "Kepala Seksi", "")
    # no article, no Lampiran, no relation: refused now and after issue 11 (point 1)
    case = Case("x", "regency", "", "passive", "Daftar hadir rapat koordinasi.\n", "")
    result = read_case(Case(**{**case.__dict__, "edges": (edge,)}), tmp_path, bare=True)
    assert result.refused and not result.got
    assert figures([result]).recall == 0.0


@pytest.fixture(scope="module")
def train():
    return read_split("train")


def test_train_precision_and_recall_keep_their_floors(train, capsys):
    total = figures(train)
    with capsys.disabled():
        print(f"\nwordings train: precision {total.precision:.3f}, recall {total.recall:.3f}")
    assert total.precision >= TRAIN_PRECISION
    assert total.recall >= TRAIN_RECALL
