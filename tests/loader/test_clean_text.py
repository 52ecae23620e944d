"""The clean view of a span maps every character back to its source offset
(``loader.reading.text.CleanText``, kept as runs since issue 11's speed work)."""

from __future__ import annotations

import itertools
import random
import re

from loader.reading.text import CleanText

PIECES = [
    "Kepala",
    "Dinas",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "*",
    "**",
    "_",
    "`",
    "\u00a0",
    "# ",
    "- ",
]


def _reference(source: str, spans) -> str:
    """What the clean text must be: each span without its leading markdown, emphasis marks
    dropped, any run of whitespace one space, spans joined by one space."""
    parts = []
    for a, b in spans:
        piece = re.sub(r"^[\s#>*\-•]*(?=\S)", "", source[a:b])
        parts.append(re.sub(r"[*_`]", "", piece))
    return " ".join(" ".join(p.split()) for p in parts if p.split()).strip()


def test_clean_characters_point_at_the_same_source_characters():
    rnd = random.Random(11)
    for _ in range(2000):
        source = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 25)))
        cuts = sorted({0, len(source), *rnd.sample(range(len(source) + 1), 2)})
        spans = list(itertools.pairwise(cuts))
        clean = CleanText(source, spans)
        assert clean.text == _reference(source, spans), (source, spans)
        for i, ch in enumerate(clean.text):
            at = clean.offset(i)
            if ch != " ":
                assert source[at] == ch, (source, spans, i)
            else:
                assert at == len(source) or source[at].isspace() or at in {b for _, b in spans}
        if clean.text:
            a, b = clean.source_span(0, len(clean.text))
            assert source[a] == clean.text[0] and source[b - 1] == clean.text[-1]


def test_the_index_lists_the_offset_of_every_character():
    rnd = random.Random(12)
    for _ in range(500):
        source = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 25)))
        clean = CleanText(source, [(0, len(source))])
        assert clean.index == [clean.offset(i) for i in range(len(clean.text))]
