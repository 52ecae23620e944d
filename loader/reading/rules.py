"""Read the rule tables in ``loader/rules/*.toml`` into compiled, validated objects.

The tables are the reader's knowledge of the language of these regulations;
the engine only applies them. Every bad row is reported at once, with its
file and row number, as one :class:`RuleTableError` (like spaCy's pattern
validation), so a new regency's wording fails loudly instead of silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loader.model import EdgeType, PositionClass, Role
from loader.reading.heading_rules import HeadingRules, heading_rules
from loader.reading.rule_tables import (  # noqa: F401 - TableCollector: re-exported for tests
    RULES_DIR,
    TableCollector,
    load_table,
)

_I = re.IGNORECASE


@dataclass(frozen=True)
class PositionRule:
    pattern: re.Pattern[str]
    cls: PositionClass
    # a party only of these edges ("Individu" reports results but is given no task)
    only: frozenset[EdgeType] = frozenset()
    known: bool = True  # False: a title-like phrase no table knows (titles.toml open_heads)
    # the one title of every spelling the row matches ("JF", "Pejabat Level Il"); "" keeps
    # the title as written
    title: str = ""


@dataclass(frozen=True)
class RelationRule:
    id: str
    edges: tuple[EdgeType, ...]
    cue: re.Pattern[str]
    source: str  # "subject" | "near" | "object" | "possessor" | "after:REGEX" | "before:REGEX"
    target: str
    requires: re.Pattern[str] | None
    delegates: bool = False  # the edge is given by delegation ("X mendelegasikan ... kepada Y")
    # "source" or "target": the end that, when the clause names none and points back ("hasil
    # kerja sebagaimana dimaksud pada ayat (1)"), is the subject of the sentence before
    context: str = ""
    # a look-alike in the sentence cancels the row ("laporan hasil pengawasan ... kepada Bupati":
    # an audit report, not results flowing up for review)
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Marker:
    kind: str
    pattern: re.Pattern[str]
    cite: str
    lampiran_cite: str
    lampiran_only: bool


@dataclass(frozen=True)
class RoleRules:
    phrase: re.Pattern[str]  # intro followed by one or more terms
    terms: tuple[tuple[re.Pattern[str], Role], ...]


@dataclass(frozen=True)
class Structure:
    markers: tuple[Marker, ...]
    lampiran_start: re.Pattern[str]
    unit_heading: re.Pattern[str]
    unit_heading_max: int
    unit_word: re.Pattern[str]
    named_units_intro: re.Pattern[str]
    abbreviation: re.Pattern[str]
    unmarked_heading: re.Pattern[str]
    figure_residue: re.Pattern[str]
    clause: dict[str, re.Pattern[str]]
    jenjang: tuple[tuple[re.Pattern[str], str], ...]
    layout: dict[str, re.Pattern[str]]  # [layout]: body start, signature, unit-list words
    # header words of a table of rules: (pattern, "jabatan" | "none" | "skip" | EdgeType)
    table_columns: tuple[tuple[re.Pattern[str], object], ...] = ()
    # OCR slips mended in the clean text (loader/reading/ocr.py): (pattern, replacement)
    ocr: tuple[tuple[re.Pattern[str], str], ...] = ()
    # letters a scan confuses, its glyph first ("l1I"): one title spelled two ways (variants.py)
    confused: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    positions: tuple[PositionRule, ...]
    relations: tuple[RelationRule, ...]
    roles: RoleRules
    structure: Structure
    # titles one regulation defines for itself (loader/reading/aliases.py), scanned apart
    # so the shared table's scanner is compiled once
    learned: tuple[PositionRule, ...] = ()
    # a title-like phrase no table knows (loader/rules/titles.toml open_heads)
    open_titles: tuple[PositionRule, ...] = ()
    # the same, tried on every text (agent nouns: too many head words to look for first)
    open_always: tuple[PositionRule, ...] = ()
    definition: re.Pattern[str] | None = None  # "<title> adalah <known title>" (titles.toml)
    # delegation cues (relations.toml [[delegation]]; loader/reading/delegation.py)
    delegation: tuple[re.Pattern[str], ...] = ()
    # delegation cues that stand before the delegate ("Atas pendelegasian dari X, Y ...")
    delegation_before: tuple[re.Pattern[str], ...] = ()
    # how a regulation names itself (regulation.toml; loader/reading/regulation.py)
    heading: HeadingRules | None = None


# Keys of [clause] in structure.toml, every one required.
_CLAUSE_KEYS = tuple(
    """
    sentence_end clause_start list_joiner apposition restatement list_filler subject_tail
    object_stop negation inherited_subject verb_bridge bridge_lead clause_end anaphor
    preposition object_lead coordination alias_before role_intro role_holder controlled
    subject_verb agent relative_also coordinator possessor_gap situation grade_lead grade_joiner
    lead_in_end item_title item_break grade_range defined_as carried points_back
    open_object open_object_not relative_open individual works_alone result_of cleft cleft_copula
    comma_subject passive_verb relative_bare second_subject second_verb subject_passive
    placeholder table_group agent_relative superior_of fronted fronted_end open_joiner
    interposed substitute situation_stop situation_resume clause_joint list_conjunction led_by
    named_columns table_ditto note_recommends table_cut member_column bare_end
    title_point relative_next object_pronoun agent_pointer agent_source
    verb_series verb_series_and verb_first counted counted_subject points_at class_pointer
    subordinates head_of same_pointer giver role_aside role_again role_pointed bare_head
    clause_switch point_reference respective item_for bare_joint joint_verb member_of
    title_pointed record_field record_flow record_to record_for record_step_comma
    member_lead grade_switch
    """.split()  # noqa: SIM905 - a word list reads better than 60 quoted lines
)
# [layout] keys of structure.toml; markers and capitals are matched case-sensitively
_EXACT = ("body_start", "excerpt_start", "noisy_number", "caption", "open_end", "title_line")
_LAYOUT_KEYS = (
    *_EXACT,
    "signature",
    "page_furniture",
    "unit_condition",
    "unit_item_end",
    "heading_sentence",
    "lampiran_numeral",
)


def _positions(directory: Path) -> tuple[PositionRule, ...]:
    data, c = load_table("positions.toml", directory)
    rows = []
    for n, row in enumerate(data.get("position", []), start=1):
        pattern = c.regex(n, row.get("pattern"))
        cls = c.enum(n, PositionClass, row.get("class"))
        only = frozenset(c.enum(n, EdgeType, e) for e in row.get("only_for", []))
        title = row.get("title", "")
        if not isinstance(title, str):
            c.problems.append((n, f"title must be a string, not {title!r}"))
        elif pattern and cls and None not in only:
            wrapped = re.compile(rf"(?<![\w])(?:{pattern.pattern})(?![\w])", _I)
            rows.append(PositionRule(wrapped, cls, only, title=title))
    c.check()
    return tuple(rows)


def _roles(directory: Path) -> RoleRules:
    data, c = load_table("roles.toml", directory)
    terms = []
    for n, row in enumerate(data.get("term", []), start=1):
        pattern = c.regex(n, row.get("pattern"))
        role = c.enum(n, Role, row.get("role"))
        if pattern and role:
            terms.append((pattern, role))
    intro, joiner = data.get("intro", ""), data.get("joiner", "")
    any_term = "|".join(f"(?:{p.pattern})" for p, _ in terms)
    phrase = c.regex("intro", rf"{intro} (?:{any_term})(?:\s*{joiner}\s*(?:{any_term}))*")
    c.check()
    return RoleRules(phrase, tuple(terms))


def _structure(directory: Path) -> Structure:
    data, c = load_table("structure.toml", directory)
    markers = []
    for n, row in enumerate(data.get("marker", []), start=1):
        pattern = c.regex(n, row.get("pattern"), flags=0)  # markers are case-sensitive
        if pattern:
            cite = row.get("cite", "{n}")
            lampiran_cite = row.get("lampiran_cite", cite)
            markers.append(
                Marker(row["kind"], pattern, cite, lampiran_cite, row.get("lampiran_only", False))
            )
    lam = data.get("lampiran", {})
    clause_rows = data.get("clause", {})
    clause = {k: c.regex(f"clause.{k}", clause_rows.get(k)) for k in _CLAUSE_KEYS}
    layout_rows = data.get("layout", {})
    layout = {
        k: c.regex(f"layout.{k}", layout_rows.get(k), flags=0 if k in _EXACT else _I)
        for k in (*_LAYOUT_KEYS, "generic_unit_heading")
    }
    table_columns = []
    for n, row in enumerate(data.get("table_column", []), start=1):
        pattern, meaning = c.regex(f"table_column {n}", row.get("pattern")), row.get("meaning")
        if meaning not in ("jabatan", "none", "skip", "grade", "note"):
            meaning = c.enum(f"table_column {n}", EdgeType, meaning)
        if pattern and meaning:
            table_columns.append((pattern, meaning))
    ocr = _ocr(data.get("ocr", {}), c)
    jenjang = []
    for n, row in enumerate(data.get("jenjang", []), start=1):
        pattern = c.regex(f"jenjang {n}", row.get("pattern"))
        if pattern:
            jenjang.append((pattern, row.get("jenjang", "")))
    compiled = {
        key: c.regex(f"lampiran.{key}", lam.get(key), flags=flags)
        for key, flags in (
            ("start", 0),
            ("unit_heading", _I),
            ("unit_word", _I),
            ("named_units_intro", _I),
            ("abbreviation", 0),
            ("unmarked_heading", _I),
            ("figure_residue", 0),
        )
    }
    c.check()
    return Structure(
        markers=tuple(markers),
        lampiran_start=compiled["start"],
        unit_heading=compiled["unit_heading"],
        unit_heading_max=int(lam.get("unit_heading_max", 400)),
        unit_word=compiled["unit_word"],
        named_units_intro=compiled["named_units_intro"],
        abbreviation=compiled["abbreviation"],
        unmarked_heading=compiled["unmarked_heading"],
        figure_residue=compiled["figure_residue"],
        clause=clause,
        jenjang=tuple(jenjang),
        layout=layout,
        table_columns=tuple(table_columns),
        ocr=ocr,
        confused=tuple(g for g in data.get("ocr", {}).get("confused", []) if isinstance(g, str)),
    )


def _ocr(table: dict, c) -> tuple:
    """The [ocr] rows of structure.toml: each fix as written, then each split word's pattern."""
    from loader.reading.ocr import split_word

    rows = [(f.get("pattern"), f.get("replace")) for f in table.get("fix", [])]
    rows += [(split_word(w), w) for w in table.get("split_words", []) if isinstance(w, str) and w]
    out = []
    for n, (pattern, replace) in enumerate(rows, start=1):
        compiled = c.regex(f"ocr {n}", pattern, flags=0)
        if not isinstance(replace, str):
            c.problems.append((f"ocr {n}", "replace must be a string"))
        elif compiled:
            out.append((compiled, replace))
    return tuple(out)


def load_rules(directory: Path = RULES_DIR) -> Rules:
    """All rule tables of ``directory``, compiled; raises RuleTableError listing every bad row.

    Compiled once per directory and kept until a table file changes on disk.
    """
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in Path(directory).glob("*.toml")))
    return _compiled(Path(directory), stamp)


@cache
def _compiled(directory: Path, stamp: tuple) -> Rules:
    del stamp  # part of the cache key only
    from loader.reading.relation_rules import relation_rows  # it reads its table through here

    relations, delegation = relation_rows(directory)
    from loader.reading.titles import title_rows  # it reads its table through this module

    generated, open_titles, open_always, definition = title_rows(directory)
    return Rules(
        positions=_positions(directory) + generated,
        open_titles=open_titles,
        open_always=open_always,
        definition=definition,
        relations=relations,
        roles=_roles(directory),
        structure=_structure(directory),
        delegation=tuple(cue for cue, before in delegation if not before),
        delegation_before=tuple(cue for cue, before in delegation if before),
        heading=heading_rules(directory),
    )
