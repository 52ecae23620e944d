"""The wording corpus: cases written in the drafting style of sistem-kerja regulations.

Each ``<split>/*.toml`` file holds ``[[case]]`` tables (format in this folder's
README). Loading checks every case and reports every problem at once, so a
typo in a hand-written expectation fails loudly instead of scoring as a miss.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from loader.model import EdgeType

HERE = Path(__file__).parent
# heldout2 … heldout10: held-out splits written blind to the reader (README "The split")
SPLITS = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "train",
)
KINDS = ("regency", "city", "province", "ministry")
PARTS = ("body", "lampiran")
# kind -> the headings a case of that kind may be read under, the default first
KIND_HEADINGS = {
    "regency": ("bupati",),
    "city": ("wali kota", "walikota"),
    "province": ("gubernur",),
    "ministry": ("menteri", "kepala badan", "lembaga", "keputusan menteri"),
}

# The constructions of issue 11 (point 3), with the two of point 2 (abbreviations
# used without definition, definitions in the text) and the look-alikes of point 4.
CONSTRUCTIONS = (
    "active",
    "passive",
    "nominalised",
    "role",
    "relative",
    "carried-subject",
    "alternatives",
    "lists",
    "results-up",
    "coordination-next-item",
    "recommendation",
    "table",
    "spelling-variant",
    "abbreviation",
    "definition",
    "condition-jenjang",
    "condition-same-jenjang",
    "condition-dalam-hal",
    "delegation",
    "negative-lookalike",
    "page-furniture",  # page numbers, running heads, figure captions, hyphenation inside a sentence
)

_CASE_KEYS = {"id", "kind", "unit", "construction", "part", "heading", "text", "unknown_titles"}
_CASE_KEYS |= {"edge"}
_EDGE_KEYS = {"type", "from", "to", "condition", "delegated"}


@dataclass(frozen=True)
class ExpectedEdge:
    type: str
    source: str
    target: str
    condition: str
    delegated: bool = False


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    unit: str
    construction: str
    text: str
    file: str
    part: str = "body"
    heading: str = ""  # "" is the kind's default
    edges: tuple[ExpectedEdge, ...] = ()
    unknown_titles: tuple[str, ...] = field(default=())


class CorpusError(ValueError):
    """A corpus file breaks the format; the message lists every problem found."""


def load_split(split: str) -> list[Case]:
    """Every case of ``split`` (one of ``SPLITS``), in file and then written order."""
    if split not in SPLITS:
        raise CorpusError(f"unknown split {split!r}; expected one of {SPLITS}")
    cases, problems = [], []
    for path in sorted((HERE / split).glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for n, row in enumerate(data.get("case", []), start=1):
            where = f"{split}/{path.name} case {n} ({row.get('id', '?')})"
            found = case_problems(row)
            problems += [f"{where}: {p}" for p in found]
            if not found:
                cases.append(_case(row, f"{split}/{path.name}"))
    if problems:
        raise CorpusError("\n".join(problems))
    return cases


def case_problems(row: dict) -> list[str]:
    """What is wrong with one ``[[case]]`` table (empty when it is valid)."""
    out = [f"unknown key {k!r}" for k in sorted(set(row) - _CASE_KEYS)]
    for key in ("id", "kind", "unit", "construction", "text"):
        if not isinstance(row.get(key), str) or not row[key].strip():
            out.append(f"{key} missing or empty")
    if row.get("kind") not in KINDS:
        out.append(f"kind {row.get('kind')!r} not in {KINDS}")
    if row.get("construction") not in CONSTRUCTIONS:
        out.append(f"construction {row.get('construction')!r} is not a known construction")
    if row.get("part", "body") not in PARTS:
        out.append(f"part {row.get('part')!r} not in {PARTS}")
    allowed = KIND_HEADINGS.get(row.get("kind"), ())
    if "heading" in row and row["heading"] not in allowed:
        out.append(f"heading {row['heading']!r} not one of {allowed} for its kind")
    if row.get("heading") == "keputusan menteri" and row.get("part") != "lampiran":
        out.append("a Keputusan has no articles: only a Lampiran passage may be read under it")
    titles = row.get("unknown_titles", [])
    if not isinstance(titles, list) or not all(isinstance(t, str) and t.strip() for t in titles):
        out.append("unknown_titles must be a list of non-empty titles")
    edges = row.get("edge", [])
    for n, edge in enumerate(edges, start=1):
        out += [f"edge {n}: {p}" for p in _edge_problems(edge)]
    if row.get("construction") == "negative-lookalike" and edges:
        out.append("a look-alike expects no edge")
    return out


def _edge_problems(edge: dict) -> list[str]:
    out = [f"unknown key {k!r}" for k in sorted(set(edge) - _EDGE_KEYS)]
    if edge.get("type") not in EdgeType.__members__:
        out.append(f"type {edge.get('type')!r} is not an edge type")
    for key in ("from", "to"):
        if not isinstance(edge.get(key), str) or not edge[key].strip():
            out.append(f"{key} missing or empty")
    if not isinstance(edge.get("condition"), str):
        out.append('condition missing (write "" when there is none)')
    if not isinstance(edge.get("delegated", False), bool):
        out.append("delegated must be true or false")
    if edge.get("from") and edge.get("from") == edge.get("to"):
        out.append("an edge from a title to itself")
    return out


def _case(row: dict, file: str) -> Case:
    edges = tuple(
        ExpectedEdge(e["type"], e["from"], e["to"], e["condition"], e.get("delegated", False))
        for e in row.get("edge", [])
    )
    return Case(
        id=row["id"],
        kind=row["kind"],
        unit=row["unit"],
        construction=row["construction"],
        text=row["text"].strip("\n") + "\n",
        file=file,
        part=row.get("part", "body"),
        heading=row.get("heading", ""),
        edges=edges,
        unknown_titles=tuple(row.get("unknown_titles", [])),
    )
