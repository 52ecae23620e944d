"""Compare an extraction with a hand reading in ``tests/loader/expected/*.toml``.

The hand readings were made by people reading the regulations, independently
of the extractor. Edges are compared as (section, type, from, to, condition)
with titles folded for case and spacing, the way the JSON contract's users
compare them; a section is "body" or "Lampiran <label>" of its unit type.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from loader.model import Extraction, position_key

EXPECTED = Path(__file__).parent / "expected"


def expected_path(source: Path) -> Path:
    return EXPECTED / f"{source.stem}.toml"


def load_expected(source: Path) -> dict:
    return tomllib.loads(expected_path(source).read_text(encoding="utf-8"))


def _condition(text: str | None) -> frozenset[str]:
    """Grades named in a condition, in the canonical names of the jenjang table."""
    from loader.reading.rules import load_rules

    found = set()
    for pattern, names in load_rules().structure.jenjang:
        if pattern.search(text or ""):
            found.update(names.split(", "))
    return frozenset(found)


def expected_edges(data: dict, scopes: dict[int, str]) -> set[tuple]:
    """Edges of the hand reading; "Kepala Bagian/Kepala Bidang" counts as both titles.

    The readers named sections their own way; an edge's section is taken from
    the line it cites, through ``scopes`` (line -> section of that line).
    """
    return {
        (_scope(row, scopes), row["type"], source, target, _condition(row.get("condition")))
        for row in data.get("edge", [])
        for source in _titles(row["from"])
        for target in _titles(row["to"])
    }


def _titles(title: str) -> list[str]:
    """Keys of a title as the hand reading wrote it, through the reader's one-title rows
    ("JF" is the reader's "Pejabat Fungsional", "Pejabat Level 1" its "Pejabat Level I")."""
    from loader.reading.rules import load_rules
    from loader.reading.titles import canonical_title

    parts = [p.strip() for p in title.split("/")]
    if len(parts) <= 1 or not all(p.split(" ")[0].casefold() in _HEADS for p in parts[1:]):
        parts = [title]
    return [position_key(canonical_title(p, load_rules())) for p in parts]


_HEADS = {"kepala", "pejabat", "sekretaris", "jabatan"}


def _scope(row: dict, scopes: dict[int, str]) -> str:
    if row["section"] == "body":
        return "body"
    # a sentence that starts on its heading line ("b. Struktur penugasan ... dengan pejabat
    # level I sebagai ...") is cited by the reader at the heading, by the reader's block after it
    return scopes.get(row["line"]) or scopes.get(row["line"] + 1, "Lampiran")


def line_scopes(x: Extraction) -> dict[int, str]:
    """Line number -> the unit type (or body/Lampiran) the extractor put that line in."""
    from loader.reading.rules import load_rules
    from loader.reading.segment import Segmenter

    blocks, sections = Segmenter(load_rules().structure).segment(x.source_text)
    ids = {id(s): u.id for s, u in zip(sections, x.unit_types, strict=True)}
    scopes = {}
    for block in blocks:
        scope = ids[id(block.section)] if block.section else _part(block.part)
        first = x.source_text.count("\n", 0, block.start) + 1
        last = x.source_text.count("\n", 0, block.end) + 1
        for line in range(first, last + 1):
            scopes.setdefault(line, scope)
    return scopes


def _part(part: str) -> str:
    return "body" if part == "body" else "Lampiran"


def extracted_edges(x: Extraction) -> set[tuple]:
    out = set()
    for e in x.edges:
        section = e.unit_type or _part(e.citation.provision.part)
        out.add(
            (
                section,
                e.type.value,
                position_key(e.source),
                position_key(e.target),
                _condition(e.condition),
            )
        )
    return out


def score(x: Extraction, data: dict) -> tuple[float, float, set[tuple], set[tuple]]:
    """Precision, recall, and the edges only extracted / only expected."""
    got, want = extracted_edges(x), expected_edges(data, line_scopes(x))
    hit = got & want
    precision = len(hit) / len(got) if got else 0.0
    recall = len(hit) / len(want) if want else 1.0
    return precision, recall, got - want, want - got
