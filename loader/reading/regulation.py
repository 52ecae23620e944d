"""Identify a regulation from its heading: kind, issuer, number, year, title, date.

The heading table is ``rules/regulation.toml`` (``loader.reading.heading_rules``):
Peraturan/Keputusan of a Bupati, Wali Kota, Gubernur, Menteri, Kepala Badan,
Sekretaris Jenderal or an agency itself. :func:`identify` returns None when no
heading is found, so an excerpt (some Pasal, a Lampiran alone) can still be read;
:func:`excerpt` then names it from its sha256. A heading about another subject
than the sistem kerja is refused with :class:`UnknownLayout`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from loader.errors import UnknownLayout
from loader.model import EXCERPT_KIND, Regulation
from loader.reading.heading_rules import HeadingRules, KindRule

_HEAD_CHARS = 6000
_DECORATION = re.compile(r"[#*_`>]")


@dataclass(frozen=True)
class Identified:
    """What the heading says: the regulation (None: no heading) and whether the text is an
    excerpt of it (a Lampiran alone, headed "LAMPIRAN PERATURAN BUPATI …")."""

    regulation: Regulation | None
    excerpt: bool


def identify(path: str | Path, source: str, sha256: str, table: HeadingRules) -> Identified:
    """The regulation its heading names; refuses a heading about another subject."""
    head = _head(source, table)
    found = _kind(head, table)
    if found is None:
        return Identified(None, True)
    rule, m = found
    lampiran = bool(table.patterns["lampiran_of"].search(head, 0, m.start()))
    title_match = table.patterns["title"].search(head, m.end())
    title = _title_case(title_match.group("title")) if title_match else ""
    if not lampiran and not table.patterns["subject"].search(title or head[:2000]):
        raise UnknownLayout(
            str(path), f"not a sistem-kerja regulation (title: {title or 'not found'!r})"
        )
    number = m.group("number").rstrip(".,")
    enacted = _enacted(source, table)
    year = _year(m.group("year"), number, enacted, table)
    kind, issuer, named, issuer_kind = _names(rule, m, table)
    province = table.patterns["province"].search(head)
    province = _title_case(province.group("province")) if province else ""
    if issuer_kind == "province":  # a Peraturan Gubernur names its province as its issuer
        province = province or issuer.removeprefix(f"{rule.issuer} ")
    regulation = Regulation(
        kind=kind,
        number=number,
        year=year,
        regency=issuer,
        province=province,
        title=title,
        enacted=enacted,
        source_file=Path(path).name,
        sha256=sha256,
        issuer_kind=issuer_kind,
        heading=f"{named} Nomor {number}" + (f" Tahun {year}" if year else ""),
    )
    return Identified(regulation, lampiran)


def _names(rule: KindRule, m: re.Match, table: HeadingRules) -> tuple[str, str, str, str]:
    """Kind ("Peraturan Kepala Badan"), issuer ("Badan Pusat Statistik"), the name the heading
    gives ("Peraturan Kepala Badan Pusat Statistik") and the issuer's kind ("agency")."""
    written = m.group("form")
    form = next((name for p, name in table.forms if p.fullmatch(written)), _title_case(written))
    place = _title_case(table.patterns["place_tail"].sub("", m.group("place")).strip(" ,"))
    first = place.split(" ")[0]
    official = rule.name or first
    if rule.takes_first_word and rule.name:
        official = f"{rule.name} {first}"
    issuer = f"{rule.issuer} {place}".strip()
    named = f"{form} {rule.name} {place}" if rule.name else f"{form} {place}"
    issuer_kind = table.issuer_kinds.get(issuer.split(" ")[0].casefold(), "agency")
    return f"{form} {official}", issuer, named, issuer_kind


def excerpt(path: str | Path, source: str, sha256: str, of: Regulation | None, first: str):
    """An excerpt, named after its first provision and identified by its sha256.

    ``of`` is the regulation a Lampiran's header names, whose issuer it keeps; a text
    with no heading at all gets an issuer of its own, "Kutipan <sha8>".
    """
    short = sha256[:8]
    return Regulation(
        kind=EXCERPT_KIND,
        number="",
        year=of.year if of else None,
        regency=of.regency if of else f"{EXCERPT_KIND} {short}",
        province=of.province if of else "",
        title=of.title if of else "",
        enacted=of.enacted if of else None,
        source_file=Path(path).name,
        sha256=sha256,
        issuer_kind=of.issuer_kind if of else "",
        heading=" ".join(f"{EXCERPT_KIND} {first} ({short})".split()),
    )


def _head(source: str, table: HeadingRules) -> str:
    """The text before the body, whitespace and markdown collapsed."""
    head = source[:_HEAD_CHARS]
    body = table.patterns["body_start"].search(head)
    if body is not None:
        head = head[: body.start()]
    return " ".join(_DECORATION.sub(" ", head).split())


def _kind(head: str, table: HeadingRules) -> tuple[KindRule, re.Match] | None:
    """The earliest heading any kind row finds (row order breaks a tie)."""
    best = None
    for rule in table.kinds:
        m = rule.pattern.search(head)
        if m and (best is None or m.start() < best[1].start()):
            best = (rule, m)
    return best


def _year(written: str | None, number: str, enacted: str | None, table) -> int | None:
    if written:
        return int(written)
    m = table.patterns["number_year"].search(number)
    if m:
        return int(m.group("year"))
    return int(enacted[:4]) if enacted else None


def _enacted(source: str, table: HeadingRules) -> str | None:
    m = table.patterns["enacted"].search(source)
    if not m:
        return None
    month = int(m.group("mnum")) if m.group("mnum") else table.months.get(m.group("mname").lower())
    if not month:
        return None
    return f"{int(m.group('y')):04d}-{month:02d}-{int(m.group('d')):02d}"


def _title_case(text: str) -> str:
    small = {"di", "dan", "untuk", "pada", "atas", "dalam", "tentang", "yang", "ke"}
    words = " ".join(text.split()).lower().split(" ")
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
