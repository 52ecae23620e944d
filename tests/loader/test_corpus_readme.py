"""The corpus README's table of constructions counts what the corpus holds, so it cannot go
stale as batches are added (it had stood still since the corpus held 1664 train cases).

The test set (heldout9, heldout10) is left out of the README, which the reader's engineers
read; its counts are in ``HELDOUT.md``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.loader.wordings.corpus import CONSTRUCTIONS, load_split

README = Path(__file__).parent / "wordings" / "README.md"
HEADER = "| construction | dev (heldout … heldout8) | train |"
DEV = ("heldout", *(f"heldout{n}" for n in range(2, 9)))


def counted_table() -> str:
    """The table the README must hold: cases per construction in dev and train, and totals."""
    dev = Counter(c.construction for split in DEV for c in load_split(split))
    train = Counter(c.construction for c in load_split("train"))
    rows = [HEADER, "|---|---|---|"]
    rows += [f"| {k} | {dev[k]} | {train[k]} |" for k in CONSTRUCTIONS]
    rows.append(f"| all | {sum(dev.values())} | {sum(train.values())} |")
    return "\n".join(rows)


def readme_table() -> str:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADER)
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return "\n".join(lines[start:end])


def test_the_readme_counts_each_construction():
    want = counted_table()
    assert readme_table() == want, f"the README's table should read:\n{want}"
