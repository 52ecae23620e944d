"""The heading table (``loader/rules/regulation.toml``), compiled and validated.

Which instruments (Peraturan, Keputusan) and which officials (Bupati, Wali
Kota, Gubernur, Menteri, Kepala Badan …) a heading may name, and how the
words after the official become the issuing government's name. Read through
the same :class:`TableCollector` as every other table, so a bad row is
reported with the others instead of being read unvalidated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from loader.model import ISSUER_KINDS
from loader.reading.rule_tables import TableCollector, load_table

_I = re.IGNORECASE
_HEADING_KEYS = (
    "rest",
    "place_tail",
    "number_year",
    "province",
    "title",
    "body_start",
    "lampiran_of",
    "subject",
    "enacted",
)


@dataclass(frozen=True)
class KindRule:
    """One official a heading can name; ``pattern`` is the whole heading up to the year."""

    pattern: re.Pattern[str]
    name: str  # "Bupati"; "" for an agency writing as itself ("PERATURAN BADAN …")
    issuer: str  # prefix of the issuer's name: "Kabupaten"; "" when the words name it
    takes_first_word: bool  # "Kepala" + "Badan" from "BADAN PUSAT STATISTIK"


@dataclass(frozen=True)
class HeadingRules:
    forms: tuple[tuple[re.Pattern[str], str], ...]  # form pattern -> its name ("Peraturan")
    kinds: tuple[KindRule, ...]
    patterns: dict[str, re.Pattern[str]]
    issuer_kinds: dict[str, str]  # folded first word of the issuer's name -> issuer kind
    months: dict[str, int]

    def accepted(self) -> str:
        """Every accepted kind, for the message that refuses a text."""
        forms = "/".join(name.upper() for _, name in self.forms)
        names = [
            " ".join(p for p in (k.name.upper(), "BADAN/LEMBAGA" * k.takes_first_word) if p)
            for k in self.kinds
        ]
        return f"{forms} {', '.join(dict.fromkeys(names))} … NOMOR … TAHUN …"


def heading_rules(directory: Path) -> HeadingRules:
    data, c = load_table("regulation.toml", directory)
    forms = []
    for n, row in enumerate(data.get("form", []), start=1):
        pattern = c.regex(f"form {n}", row.get("pattern"))
        if pattern:
            forms.append((pattern, c.text(f"form {n}", row.get("name"))))
    patterns = {
        key: c.regex(f"heading.{key}", data.get("heading", {}).get(key), flags=_I | re.DOTALL)
        for key in _HEADING_KEYS
    }
    kinds = tuple(_kinds(c, data.get("kind", []), forms, patterns["rest"]))
    issuer_kinds = _issuer_kinds(c, data.get("issuer_kind", {}))
    months = data.get("months", {})
    if not all(isinstance(v, int) and 1 <= v <= 12 for v in months.values()):
        c.problems.append(("months", "every month must be a number 1-12"))
    if not forms or not kinds:
        c.problems.append(("file", "at least one [[form]] and one [[kind]] row are needed"))
    c.check()
    return HeadingRules(tuple(forms), kinds, patterns, issuer_kinds, months)


def _kinds(c: TableCollector, rows: list, forms: list, rest: re.Pattern | None):
    any_form = "|".join(f"(?:{p.pattern})" for p, _ in forms)
    for n, row in enumerate(rows, start=1):
        official = c.regex(f"kind {n}", row.get("pattern"))
        name = c.text(f"kind {n}", row.get("name"), empty=True)
        issuer = c.text(f"kind {n}", row.get("issuer"), empty=True)
        if official is None or rest is None or not any_form:
            continue
        whole = rf"\b(?P<form>{any_form})\s+(?P<official>{official.pattern}){rest.pattern}"
        pattern = c.regex(f"kind {n}", whole, flags=_I | re.DOTALL)
        if pattern:
            yield KindRule(pattern, name, issuer, bool(row.get("takes_first_word", not name)))


def _issuer_kinds(c: TableCollector, table: dict) -> dict[str, str]:
    out = {}
    for word, kind in table.items():
        if kind not in ISSUER_KINDS:
            c.problems.append((f"issuer_kind.{word}", f"must be one of {ISSUER_KINDS}"))
        out[word.casefold()] = kind
    return out
