"""Identify a regulation from its heading: kind, number, year, regency, title, date.

The patterns are in ``rules/regulation.toml``. A text with no recognisable
heading, or one about another subject than the sistem kerja, is refused with
:class:`UnknownLayout` rather than read into a graph of noise.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from loader.errors import UnknownLayout
from loader.model import Regulation
from loader.reading.rules import RULES_DIR

_HEAD_CHARS = 6000


@cache
def _table() -> dict:
    data = tomllib.loads((RULES_DIR / "regulation.toml").read_text(encoding="utf-8"))
    flags = re.IGNORECASE | re.DOTALL
    compiled = {k: re.compile(v, flags) for k, v in data.items() if isinstance(v, str)}
    compiled["months"] = data["months"]
    return compiled


def identify(path: str | Path, source: str, sha256: str) -> Regulation:
    table = _table()
    head = " ".join(source[:_HEAD_CHARS].replace("#", " ").replace("*", " ").split())
    kind = table["kind"].search(head)
    if not kind:
        raise UnknownLayout(str(path), "no 'PERATURAN BUPATI … NOMOR … TAHUN …' heading found")
    title_match = table["title"].search(head, kind.end())
    title = _title_case(title_match.group("title")) if title_match else ""
    if not table["subject"].search(title or head[:2000]):
        raise UnknownLayout(
            str(path), f"not a sistem-kerja regulation (title: {title or 'not found'!r})"
        )
    province = table["province"].search(head)
    place = _title_case(kind.group("place"))
    kind_name = _title_case(kind.group("kind"))
    prefix = "Kota" if "wali" in kind_name.lower() else "Kabupaten"
    return Regulation(
        kind=kind_name.replace("Walikota", "Wali Kota"),
        number=kind.group("number"),
        year=int(kind.group("year")),
        regency=f"{prefix} {place}",
        province=_title_case(province.group("province")) if province else "",
        title=title,
        enacted=_enacted(source, table),
        source_file=Path(path).name,
        sha256=sha256,
    )


def _enacted(source: str, table: dict) -> str | None:
    m = table["enacted"].search(source)
    if not m:
        return None
    month = (
        int(m.group("mnum")) if m.group("mnum") else table["months"].get(m.group("mname").lower())
    )
    if not month:
        return None
    return f"{int(m.group('y')):04d}-{month:02d}-{int(m.group('d')):02d}"


def _title_case(text: str) -> str:
    small = {"di", "dan", "untuk", "pada", "atas", "dalam", "tentang", "yang", "ke"}
    words = " ".join(text.split()).lower().split(" ")
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
