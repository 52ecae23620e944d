"""Rows of ``loader/rules/titles.toml``: titles no row of ``positions.toml`` lists.

Issue 11 point 2 (open position recognition): a unit word after "Kepala"
("Kepala Kantor Wilayah", "Kepala Divisi Administrasi"), a ministry's heads,
abbreviations used without definition, the pattern of a definition ("<title>
adalah <known title>"), and the open pattern of a title-like phrase no table
knows (read as class "Lainnya" and reported in ``Extraction.unknown_titles``).
"""

from __future__ import annotations

import re
from pathlib import Path

from loader.model import PositionClass
from loader.reading.rules import PositionRule, Rules, load_table


def title_rows(directory: Path):
    """Rows generated from titles.toml (units, heads, abbreviations), the open pattern and
    the definition pattern."""
    data, c = load_table("titles.toml", directory)
    stop = _factored(data.get("name_stop", ""))  # a tree: tried at every word of a name
    # a capitalised word, or a one-letter Roman numeral ("Kepala Seksi Wilayah I")
    name = rf"(?!(?-i:{stop})\b)(?-i:[A-Z][\w/-]+|[IVX](?![\w]))"
    # a hospital's honorific ("RSUD Dr. Soedarso") before the plain word that would take "Dr";
    # a numeral after Wilayah/Kelas ("Wilayah I") after it (its lookbehinds tried last)
    parts = [data.get("honorific"), name, data.get("numbered_name")]
    name = rf"(?:{'|'.join(p for p in parts if p)})"
    heads = (data.get(k) for k in ("functional_named", "functional_alone", "agent_word"))
    agents = _factored("|".join(filter(None, heads)))
    # "dan" before an agent noun or a graded functional title starts a second title
    not_agent = rf"(?!(?-i:{agents})\b)" if agents else ""
    not_graded = rf"(?!{data['joined_not']})" if data.get("joined_not") else ""
    guard = f"{not_agent}{not_graded}"
    joined = _joined(data, name, guard)
    tail = rf"(?: {name}{joined}){{0,6}}"
    # a functional head's grade is its own ("Pejabat Fungsional Pengawas Farmasi dan Makanan
    # jenjang Ahli Muda"): "dan" before graded words goes on with its name
    own = rf"(?: {name}{_joined(data, name, not_agent)}){{0,6}}"
    rows = []

    def add(where, pattern: str, cls_name) -> None:
        cls = c.enum(where, PositionClass, cls_name)
        compiled = c.regex(where, rf"(?<![\w])(?:{pattern})(?![\w])")
        if cls and compiled:
            rows.append(PositionRule(compiled, cls))

    for n, row in enumerate(data.get("unit", []), start=1):
        add(f"unit {n}", rf"Kepala(?: Pelaksana)? (?:{row.get('word')}){tail}", row.get("class"))
    for n, row in enumerate(data.get("head", []), start=1):
        named = (own if row.get("graded") else tail) if row.get("named") else ""
        add(f"head {n}", rf"(?:{row.get('pattern')}){named}", row.get("class"))
    for n, row in enumerate(data.get("abbreviation", []), start=1):
        add(f"abbreviation {n}", rf"(?-i:{row.get('short')})", row.get("class"))
    heads = data.get("open_heads", "")
    opened = c.regex("open_heads", rf"(?<![\w])(?-i:{heads})(?: {name}){{1,5}}(?![\w])")
    agent = _agent_phrases(data, c, name, joined)
    agent = agent and c.regex("functional_named", agent)
    definition = c.regex("definition", data["definition"]) if "definition" in data else None
    graded = data.get("graded", "").replace("{agents}", agents)
    graded = c.regex("graded", graded) if graded else None
    c.check()
    open_rows = (PositionRule(opened, PositionClass.LAINNYA, known=False),) if heads else ()
    if graded is not None:
        open_rows += (PositionRule(graded, PositionClass.FUNGSIONAL, known=False),)
    always = (PositionRule(agent, PositionClass.LAINNYA, known=False),) if agent else ()
    return tuple(rows), open_rows, always, definition


def _joined(data: dict, name: str, guard: str) -> str:
    """What may follow a word of a name: its fields listed with commas, or "dan" and a word
    that ``guard`` lets start no second title."""
    return rf"(?:{_series(data, name, guard)}| dan {guard}{name})?"


def _series(data: dict, name: str, guard: str) -> str:
    """A unit's name that lists its fields with commas ("Kepala Bidang Perencanaan,
    Pengendalian, dan Evaluasi Pembangunan"): one title, read whole. Each field after a comma
    is capitalised words that start no title (an agent noun, a graded title, `series_not`),
    and the series ends with "dan" and a field, so a list of titles is never one name."""
    field = rf"{guard}(?!(?-i:{data.get('series_not') or '(?!)'})\b){name}(?: {name}){{0,3}}"
    return rf"(?:, {field}){{1,4}},? dan {field}"


def _agent_phrases(data: dict, c, name: str, joined: str) -> str:
    """The pattern of title-like phrases headed by an agent noun ("Penata Kelola Sistem dan
    Teknologi Informasi", "Auditor"), posts no table lists, found wherever they stand (after
    a list joiner too) and reported as unknown. A `functional_named` head needs a name after
    it; "Koordinator" may be part of one ("Bidan Koordinator"); "di Daerah" ends one official
    title ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah"); not inside a unit's
    name ("Satuan Polisi Pamong", "Badan Pemeriksa Keuangan"). Tried on every text a
    relation is read in (looking first for one of its many head words would cost more than
    the search), so the heads are one tree whose branches start with their first letter: the
    search skips to those letters."""
    named = [w for w in data.get("functional_named", "").split("|") if w]
    alone = [w for w in data.get("functional_alone", "").split("|") if w]
    if not (named or alone) or not all(c.regex(k, data[k]) for k in data if "functional" in k):
        return ""
    tree = _tree(alone)
    for word in named:
        _tree([word], tree, rf"(?= {name})")
    first = r"(?<=\b\w)(?<!Satuan \w)(?<!Badan \w)"  # not "Satuan Polisi", "Badan Pemeriksa"
    heads = "|".join(re.escape(ch) + first + _tree_regex(sub) for ch, sub in sorted(tree.items()))
    words = rf"(?: (?:(?-i:Koordinator)|{name}){joined}){{0,5}}(?: di Daerah)?"
    return rf"(?-i:{heads}){words}(?![\w])"


def _factored(alternatives: str) -> str:
    """``alternatives`` ("Analis|Pranata|Penata|...") with the plain words' shared prefixes
    factored out ("Analis|P(?:ranata|enata)"), the same language: the regex engine tries an
    alternation branch by branch, a tree once. Pieces that are regexes themselves stay as
    they are. Only for optional parts (the "dan" guard): in a required part the prefilter
    would read the short pieces ("ata" of "Penata") as the words a text must hold, and try
    the pattern on nearly every text (the name's stop words are a negative lookahead: fine)."""
    words = _top_level(alternatives)
    plain = [w for w in words if w.isalpha()]
    rest = [w for w in words if not w.isalpha()]
    return "|".join(filter(None, [_tree_regex(_tree(plain)) if plain else "", *rest]))


def _top_level(alternatives: str) -> list[str]:
    """The alternatives of ``alternatives`` split at its top-level bars only (not inside a
    group: "Jabatan(?= (?:Fungsional|Pelaksana))" is one)."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(alternatives):
        if ch == "(" and alternatives[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and alternatives[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(alternatives[start:i])
            start = i + 1
    return [*pieces, alternatives[start:]]


def _tree(words: list[str], root: dict | None = None, end: str = "") -> dict:
    """The words as a tree of letters; a word's end is the key "" with ``end``, what must
    follow it."""
    root = {} if root is None else root
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = end
    return root


def _tree_regex(node: dict) -> str:
    branches = [re.escape(ch) + _tree_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return node.get("", "")
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body}|{node['']})" if node[""] else f"(?:{body})?"


def canonical_title(title: str, rules: Rules) -> str:
    """The title the reader gives ``title`` as written: a row's ``title`` when the row matches
    all of it ("JF" -> "Pejabat Fungsional", "pejabat level Il" -> "Pejabat Level II"), else
    ``title`` itself. For readings made by hand, which keep titles as written."""
    written = " ".join(title.split())
    for row in rules.positions:
        if row.title and row.pattern.fullmatch(written):
            return row.title
    return title
