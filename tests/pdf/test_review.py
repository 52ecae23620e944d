"""The review report: what was understood and what was not, for text and PDF (issue 7)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from loader.model import position_key
from loader.review.analysis import review_file
from tests.loader.conftest import FILES

NAMES = [f.name for f in FILES]
BY_NAME = {f.name: f for f in FILES}


@pytest.fixture(scope="session")
def reviews():
    return {f.name: review_file(f) for f in FILES}


def run_review(path, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loader", "review", str(path), *args],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("name", NAMES)
def test_sections_account_for_every_edge(name, reviews):
    r = reviews[name]
    assert sum(s.edges for s in r.sections) == len(r.extraction.edges)
    assert [s.id for s in r.sections if s.id] == [u.id for u in r.extraction.unit_types]


@pytest.mark.parametrize("name", NAMES)
def test_unread_sentences_are_verbatim_and_cited_by_no_edge(name, reviews):
    r = reviews[name]
    source = r.extraction.source_text
    cited = [(e.citation.start, e.citation.end) for e in r.extraction.edges]
    for u in r.unread:
        assert source[u.start : u.end] == u.quote
        assert u.cue.casefold() in " ".join(u.quote.split()).casefold()
        assert not any(a < u.end and u.start < b for a, b in cited), u.where


@pytest.mark.parametrize("name", NAMES)
def test_unlinked_positions_end_no_edge(name, reviews):
    r = reviews[name]
    ends = {position_key(t) for e in r.extraction.edges for t in (e.source, e.target)}
    assert all(position_key(u.title) not in ends for u in r.unlinked)
    assert all(u.mentions >= 1 for u in r.unlinked)


@pytest.mark.parametrize("name", NAMES)
def test_text_layer_pdf_reviews_like_its_text(name, reviews, text_pdfs):
    text, pdf = reviews[name], review_file(text_pdfs[name])
    assert pdf.articles == text.articles
    assert [s.edges for s in pdf.sections] == [s.edges for s in text.sections]
    assert {u.title for u in pdf.unlinked} == {u.title for u in text.unlinked}
    assert pdf.pages and pdf.text_file and pdf.ocr == {}
    assert all(u.page for u in pdf.unread)


@pytest.mark.ocr
def test_scanned_pdf_review_lists_ocr_confidence_per_page(scanned):
    path, _ = scanned
    done = run_review(path, "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    pages = [row["page"] for row in report["ocr"]]
    assert pages == list(range(1, report["regulation"]["pages"] + 1))


def test_review_json_has_the_documented_keys():
    done = run_review(BY_NAME[NAMES[3]], "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {
        "regulation",
        "articles",
        "sections",
        "unread_sentences",
        "unlinked_positions",
        "unknown_titles",
        "ocr",
        "warnings",
    }
    assert report["articles"][0] == "Pasal 1"
    assert report["regulation"]["text_file"] is None  # a .txt is its own text


def test_review_table_names_each_part():
    done = run_review(BY_NAME[NAMES[0]])
    assert done.returncode == 0, done.stderr
    for heading in (
        "Articles recognised:",
        "and the edges each gave:",
        "Sentences with a relation cue that gave no edge:",
        "Positions named but never linked:",
        "Titles not among the known positions:",
    ):
        assert heading in done.stdout


def test_review_of_a_bad_file_exits_2_with_one_line(tmp_path):
    path = tmp_path / "kosong.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    done = run_review(path)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "kosong.pdf" in done.stderr
