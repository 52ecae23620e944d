"""Rows of ``loader/rules/relations.toml``: relation cues with their argument slots, and the
delegation cues that mark an edge as given by delegation (``loader/reading/delegation.py``).

Read through the one validated loader (``rule_tables``): every bad row is reported at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from loader.model import EdgeType
from loader.reading.rule_tables import TableCollector, load_table
from loader.reading.rules import RelationRule

# "items": the items listed after a lead-in ending in ":" (items.Items)
_SPECS = ("subject", "near", "object", "possessor", "items")
_WORD = re.compile(r"\{([a-z_]+)\}")  # "{review_verb}"; never a quantifier ("{0,4}")
_PATTERN_KEYS = ("cue", "requires", "unless", "source", "target")


def _vocabulary(c: TableCollector, data: dict) -> dict[str, str]:
    """The ``[words]`` of the table: named alternations a family of rows shares ("{result}",
    "{review_verb}"), so a new verb or noun of the family is one entry read by every row.
    An entry may use entries written before it."""
    words: dict[str, str] = {}
    for name, fragment in data.get("words", {}).items():
        text = _expand(c, f"words.{name}", c.text(f"words.{name}", fragment), words)
        if c.regex(f"words.{name}", text) is not None:
            words[name] = f"(?:{text})"
    return words


def _expand(c: TableCollector, n: int | str, text: object, words: dict[str, str]) -> object:
    """``text`` with each "{name}" replaced by its entry; an unknown name is a problem."""
    if not isinstance(text, str):
        return text
    unknown = [w for w in _WORD.findall(text) if w not in words]
    if unknown:
        c.problems.append((n, f"unknown word list(s) {sorted(set(unknown))} (see [words])"))
    return _WORD.sub(lambda m: words.get(m.group(1), m.group(0)), text)


def _spec_ok(c: TableCollector, n: int, spec: object) -> bool:
    if spec in _SPECS:
        return True
    if isinstance(spec, str) and spec.startswith(("after:", "before:", "before!:")):
        return c.regex(n, spec.partition(":")[2]) is not None
    c.problems.append((n, f"source/target must be one of {_SPECS}, after:/before:RE, not {spec!r}"))
    return False


def relation_rows(directory: Path) -> tuple[tuple[RelationRule, ...], tuple]:
    """The relation rows of ``relations.toml`` and its delegation cues (with whether each stands
    before the delegate)."""
    data, c = load_table("relations.toml", directory)
    rows, seen, words = [], set(), _vocabulary(c, data)
    for n, raw in enumerate(data.get("relation", []), start=1):
        row = {k: _expand(c, n, v, words) if k in _PATTERN_KEYS else v for k, v in raw.items()}
        rid = row.get("id") or f"row-{n}"
        if rid in seen:
            c.problems.append((n, f"duplicate id {rid!r}"))
        seen.add(rid)
        edges = [c.enum(n, EdgeType, e) for e in row.get("edges", [])]
        if not edges:
            c.problems.append((n, "no edges named"))
        cue = c.regex(n, row.get("cue"))
        requires = c.regex(n, row["requires"]) if "requires" in row else None
        unless = c.regex(n, row["unless"]) if "unless" in row else None
        ok = _spec_ok(c, n, row.get("source")) & _spec_ok(c, n, row.get("target"))
        if row.get("context", "") not in ("", "source", "target"):
            c.problems.append((n, f"context must be 'source' or 'target', not {row['context']!r}"))
        if cue and ok and all(edges):
            rows.append(
                RelationRule(
                    rid,
                    tuple(edges),
                    cue,
                    row["source"],
                    row["target"],
                    requires,
                    bool(row.get("delegates", False)),
                    row.get("context", ""),
                    unless,
                )
            )
    cues, cue_ids = [], set()
    for n, row in enumerate(data.get("delegation", []), start=1):
        rid = row.get("id") or f"row-{n}"
        if rid in cue_ids:
            c.problems.append((f"delegation {n}", f"duplicate id {rid!r}"))
        cue_ids.add(rid)
        cue = c.regex(f"delegation {n}", row.get("cue"))
        if cue:
            cues.append((cue, bool(row.get("before", False))))
    c.check()
    return tuple(rows), tuple(cues)
