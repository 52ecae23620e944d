"""``loader review`` lists every cue sentence that gave no edge, and every unknown title
(issue 11, point 5). The text is written for this test in regulation style."""

from __future__ import annotations

import dataclasses

from loader.model import TitleMention
from loader.reading.extract import extract_file
from loader.review.analysis import review_extraction, review_file
from loader.review.report import to_json, to_table
from tests.loader.drafting import perbup

TEXT = perbup(
    2,
    """Pasal 1
(1) Kepala Dinas menetapkan kinerja Sekretaris Dinas.
(2) Kepala Subkoordinator Perencanaan menetapkan kinerja para analis di lingkungannya.
(3) Penilaian kinerja dilakukan secara berkala setiap semester.

Ditetapkan di Sukamaju
pada tanggal 5 Februari 2024
""",
)


def _write(tmp_path):
    path = tmp_path / "perbup.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_cue_sentence_without_two_known_titles_is_listed(tmp_path):
    path = _write(tmp_path)
    review = review_file(path)
    quotes = {" ".join(u.quote.split()): u for u in review.unread}
    source = path.read_text(encoding="utf-8")
    # one known title at most: listed all the same, with the cue that made it a candidate
    ayat2 = next(u for q, u in quotes.items() if "Subkoordinator" in q)
    assert ayat2.cue.casefold() == "menetapkan kinerja" and ayat2.where == "Pasal 1 ayat (2)"
    assert source[ayat2.start : ayat2.end] == ayat2.quote
    ayat3 = next(u for q, u in quotes.items() if q.startswith("Penilaian kinerja dilakukan"))
    assert ayat3.positions == ()
    assert not any("Sekretaris Dinas" in q for q in quotes), "a sentence with an edge is read"
    table = to_table(review)
    assert "Pasal 1 ayat (3)" in table and "(no known title)" in table


def test_unknown_titles_are_in_the_table_and_the_json(tmp_path):
    x = extract_file(_write(tmp_path))
    start = x.source_text.index("Kepala Subkoordinator Perencanaan")
    end = start + len("Kepala Subkoordinator Perencanaan")
    line = x.source_text.count("\n", 0, start) + 1
    mention = TitleMention(x.source_text[start:end], "Pasal 1 ayat (2)", start, end, line)
    review = review_extraction(dataclasses.replace(x, unknown_titles=(mention,)))
    report = to_json(review)
    assert report["unknown_titles"] == [
        {
            "title": mention.title,
            "where": "Pasal 1 ayat (2)",
            "start": start,
            "end": end,
            "line": line,
        }
    ]
    assert "Titles not among the known positions: 1" in to_table(review)
    assert f"Kepala Subkoordinator Perencanaan (Pasal 1 ayat (2), line {line})" in to_table(review)
