"""The title scanner finds exactly what trying every row at every word finds.

``loader/reading/scanner.py`` looks for titles only where a row's literal start
stands and tries only that start's rows: a speed aid that must never change a
result. Compared here with the plain reading (one alternation of every row,
the longest row at the place it finds) on the five regulations and the train
split of the wording corpus, and on rows shaped to defeat the shortcuts.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from loader.reading.rules import load_rules
from loader.reading.scanner import Scanner
from tests.loader.conftest import FILES
from tests.loader.wordings.corpus import load_split
from tests.loader.wordings.document import document


def plain_scan(rows, text: str) -> list[tuple[int, int, object]]:
    """Every row tried at the leftmost place any matches; the longest wins, the first on a tie."""
    flags = {row.pattern.flags for row in rows}
    assert len(flags) == 1, "one alternation keeps the rows' meaning only under one set of flags"
    union = "|".join(f"(?:{row.pattern.pattern})" for row in rows)
    anywhere = re.compile(rf"(?<![\w])(?:{union})", flags.pop())
    found, pos = [], 0
    while (m := anywhere.search(text, pos)) is not None:
        ends = [(r.pattern.match(text, m.start()), -i, r) for i, r in enumerate(rows)]
        hit, _, row = max(((h.end(), i, r) for h, i, r in ends if h), key=lambda x: x[:2])
        found.append((m.start(), hit, row))
        pos = hit
    return found


def texts() -> list[str]:
    return [f.read_text(encoding="utf-8") for f in FILES] + [
        document(case) for case in load_split("train")
    ]


def test_the_position_table_is_scanned_as_every_row_would_be():
    rows = load_rules().positions
    scanner = Scanner(rows)
    assert scanner.by_start, "the position table is read by its literal starts"
    assert scanner.lowered_starts is not None, "sought in lowered text when it is ASCII"
    assert any(not text.isascii() for text in texts()), "and in text that is not"
    for text in texts():
        assert scanner.scan(text, 0, len(text)) == plain_scan(rows, text)


def _rows(*patterns: str):
    return tuple(SimpleNamespace(pattern=re.compile(p, re.IGNORECASE)) for p in patterns)


@pytest.mark.parametrize(
    "patterns",
    [
        # a row with no literal start: every word start is tried
        (r"(?<![\w])Kepala(?: [A-Z]\w+)?", r"(?<![\w])[A-Z]\w+ Ahli"),
        # a start that is not ASCII: the starts are not told apart
        (r"(?<![\w])Kepala Bidang", r"(?<![\w])Ketua Tim", r"(?<![\w])Kepala"),
        (r"(?<![\w])Kepala Bidang", r"(?<![\w])Ketua Tim", r"(?<![\w])Kepala", r"Éselon I+"),
        # one start beginning another, optional words, a start with no title behind it
        (r"(?<![\w])(?:Sub ?)?Koordinator", r"(?<![\w])Sub Bagian Umum", r"(?<![\w])Sub"),
    ],
)
def test_unusual_rows_are_scanned_as_every_row_would_be(patterns):
    text = (
        "Kepala Bidang dan Ketua Tim; Kepala, Subkoordinator Sub Koordinator dan Sub Bagian. "
        "Penelaah Ahli Muda, Éselon II, Sub Bagian Umum, kepala bidang, KETUA TIM."
    )
    rows = _rows(*patterns)
    assert Scanner(rows).scan(text, 0, len(text)) == plain_scan(rows, text)
