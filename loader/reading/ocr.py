"""OCR slips of a PDF's text read as the words meant, keeping quotes verbatim.

A scanned or letter-spaced page gives "Kepaia" for "Kepala", "Wilayah Il" for "Wilayah II"
or "Sekre taris" for "Sekretaris". The rows of ``structure.toml``'s ``[ocr]`` say which
slips are mended; mending changes a block's clean text only (the titles read from it), and
every clean character keeps the source offset it came from, so a quote is still the
source's text as it stands. A row is first looked for in the whole text (``present``):
most texts hold no slip, and a pattern that opens with literal letters is found fast.
"""

from __future__ import annotations

import re

from loader.reading.text import CleanText

NUMERAL = "{numeral}"  # a replacement: the matched numeral with each "l" read as "I"


def split_word(word: str) -> str:
    """A pattern for ``word`` broken once by a space inside it after its first two letters
    ("Sekre taris"): its halves as literals, with their common start written once."""
    return rf"{_tree([f'{word[:k]} {word[k:]}' for k in range(2, len(word))])}\b"


def _tree(words: list[str]) -> str:
    """An alternation of literal ``words`` with their common starts written once."""
    if len(words) == 1:
        return re.escape(words[0])
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    parts = [re.escape(c) + _tree(rest) if c else "" for c, rest in groups.items()]
    return f"(?:{'|'.join(parts)})"


def present(source: str, fixes: tuple) -> tuple:
    """The rows of ``fixes`` whose slip ``source`` holds somewhere."""
    return tuple(row for row in fixes if row[0].search(source))


def mend(clean: CleanText, fixes: tuple) -> None:
    """Mend the OCR slips of ``clean`` in place. ``fixes``: (pattern, replacement) rows,
    the group ``fix`` of a pattern (else all of it) being what is replaced."""
    text, index = clean.text, None
    for pattern, replacement in fixes:
        for m in reversed(list(pattern.finditer(text))):
            group = "fix" if "fix" in pattern.groupindex else 0
            a, b = m.span(group)
            new = m.group(group).replace("l", "I") if replacement == NUMERAL else replacement
            if len(new) > b - a:
                continue  # a mend never lengthens the text: each character keeps an offset
            index = list(clean.index) if index is None else index
            kept = [*index[a : a + len(new) - 1], index[b - 1]]  # its first and last kept
            text = text[:a] + new + text[b:]
            index[a:b] = kept
    if index is not None:
        clean.rebase(text, index)
