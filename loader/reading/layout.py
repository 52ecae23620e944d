"""Small helpers of the segmenter that read a regulation's layout through its tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loader.reading.rules import Structure


def split_units(heading: str, unit_word: re.Pattern[str]) -> list[str]:
    """ "Dinas Perhubungan dan Satuan Polisi Pamong Praja" -> both units; a comma inside a
    name ("Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan") stays."""
    parts = re.split(
        rf"(?:\s*[,;]\s*(?:dan\s+)?|\s+dan\s+)(?=\b{unit_word.pattern})",
        heading,
        flags=re.IGNORECASE,
    )
    return [p.strip(" ,;.") for p in parts if p.strip(" ,;.") and unit_word.match(p.strip())]


def any_marker(structure: Structure) -> re.Pattern[str]:
    """One pattern that matches where any marker row does (their names dropped)."""
    rows = (m.pattern.pattern.replace("(?P<n>", "(?:") for m in structure.markers)
    return re.compile("|".join(f"(?:{row})" for row in rows))


def names_a_unit(heading: str, structure) -> bool:
    """A heading names a unit ("Dinas Pendidikan") rather than a type ("Dinas/Badan Daerah")."""
    generic = structure.layout["generic_unit_heading"]
    return bool(structure.unit_word.match(heading)) and not generic.match(heading)


_APART = re.compile(r"\s{3,}|\t")


def furniture(line: str, page_furniture: re.Pattern[str]) -> bool:
    """True when ``line`` is page furniture: one piece (``page_furniture``), or pieces set
    apart on one line, a running head among them ("BERITA DAERAH PROVINSI CONTOH TAHUN 2025
    NOMOR 12        Hal. 17 dari 40"); not a spaced table's row of column numbers."""
    if page_furniture.match(line):
        return True
    parts = _APART.split(line) if "   " in line or "\t" in line else ()
    return len(parts) > 1 and max(map(len, parts)) >= 10 and all(map(page_furniture.match, parts))
