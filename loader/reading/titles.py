"""Rows of ``loader/rules/titles.toml``: titles no row of ``positions.toml`` lists.

Issue 11 point 2 (open position recognition): a unit word after "Kepala"
("Kepala Kantor Wilayah", "Kepala Divisi Administrasi"), a ministry's heads,
abbreviations used without definition, the pattern of a definition ("<title>
adalah <known title>"), and the open pattern of a title-like phrase no table
knows (read as class "Lainnya" and reported in ``Extraction.unknown_titles``).
"""

from __future__ import annotations

from pathlib import Path

from loader.model import PositionClass
from loader.reading.rules import PositionRule, Rules, load_table


def title_rows(directory: Path):
    """Rows generated from titles.toml (units, heads, abbreviations), the open pattern and
    the definition pattern."""
    data, c = load_table("titles.toml", directory)
    stop = data.get("name_stop", "")
    # a capitalised word, or a one-letter Roman numeral ("Kepala Seksi Wilayah I")
    name = rf"(?!(?-i:{stop})\b)(?-i:[A-Z][\w/-]+|[IVX](?![\w]))"
    joined = rf"(?!{data['joined_not']})" if data.get("joined_not") else ""
    tail = rf"(?: {name}(?: dan {joined}{name})?){{0,6}}"
    rows = []

    def add(where, pattern: str, cls_name) -> None:
        cls = c.enum(where, PositionClass, cls_name)
        compiled = c.regex(where, rf"(?<![\w])(?:{pattern})(?![\w])")
        if cls and compiled:
            rows.append(PositionRule(compiled, cls))

    for n, row in enumerate(data.get("unit", []), start=1):
        add(f"unit {n}", rf"Kepala(?: Pelaksana)? (?:{row.get('word')}){tail}", row.get("class"))
    for n, row in enumerate(data.get("head", []), start=1):
        named = tail if row.get("named") else ""
        add(f"head {n}", rf"(?:{row.get('pattern')}){named}", row.get("class"))
    for n, row in enumerate(data.get("abbreviation", []), start=1):
        add(f"abbreviation {n}", rf"(?-i:{row.get('short')})", row.get("class"))
    heads = data.get("open_heads", "")
    opened = c.regex("open_heads", rf"(?<![\w])(?-i:{heads})(?: {name}){{1,5}}(?![\w])")
    definition = c.regex("definition", data["definition"]) if "definition" in data else None
    graded = c.regex("graded", data["graded"]) if "graded" in data else None
    c.check()
    open_rows = (PositionRule(opened, PositionClass.LAINNYA, known=False),) if heads else ()
    if graded is not None:
        open_rows += (PositionRule(graded, PositionClass.FUNGSIONAL, known=False),)
    return tuple(rows), open_rows, definition


def canonical_title(title: str, rules: Rules) -> str:
    """The title the reader gives ``title`` as written: a row's ``title`` when the row matches
    all of it ("JF" -> "Pejabat Fungsional", "pejabat level Il" -> "Pejabat Level II"), else
    ``title`` itself. For readings made by hand, which keep titles as written."""
    written = " ".join(title.split())
    for row in rules.positions:
        if row.title and row.pattern.fullmatch(written):
            return row.title
    return title
