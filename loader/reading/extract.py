"""Read one regulation file into an :class:`~loader.model.Extraction`.

text (decode, universal newlines) -> segment (blocks with citations and
sections) -> engine (edges and roles per sentence) -> model objects with
verbatim quotes. Nothing is written anywhere: loading into the graph is
``loader.graph.load``'s job.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from loader.errors import UnknownLayout
from loader.model import (
    Citation,
    Edge,
    Extraction,
    Position,
    Provision,
    RoleAssignment,
    TitleMention,
    UnitType,
    position_key,
)
from loader.pdf.document import is_pdf, read_pdf, with_pages
from loader.reading.aliases import with_defined_aliases
from loader.reading.blocks import Block, Section
from loader.reading.context import context_block
from loader.reading.delegation import delegated_sources
from loader.reading.engine import Engine, Found
from loader.reading.layout import names_a_unit, split_units
from loader.reading.mentions import MentionList
from loader.reading.notices import excerpt_warnings, section_warnings
from loader.reading.ocr import mend, present
from loader.reading.references import Points
from loader.reading.regulation import excerpt, identify
from loader.reading.rules import Rules, load_rules
from loader.reading.segment import Segmenter
from loader.reading.text import CleanText, LineIndex, decode, read_bytes
from loader.reading.variants import one_name


def extract_file(path: str | Path, rules: Rules | None = None) -> Extraction:
    """Read ``path`` (UTF-8, UTF-16 with BOM, or PDF); raise RegulationError on bad input.

    For a PDF, offsets and quotes index the text kept by ``loader.pdf.kept_text``.
    """
    name = str(path)
    raw = read_bytes(path)
    if is_pdf(raw):  # by magic bytes: a PDF saved as ".txt" or with no suffix is still one
        return _extract_pdf(name, raw, rules or load_rules())
    source = decode(name, raw)
    return extract_text(source, path, hashlib.sha256(raw).hexdigest(), rules)


def _extract_pdf(path: str, raw: bytes, rules: Rules) -> Extraction:
    """Read the PDF's text (kept beside the graph), extract it, cite the page of each provision."""
    read = read_pdf(path, raw, rules)
    return with_pages(extract_text(read.text, path, hashlib.sha256(raw).hexdigest(), rules), read)


def extract_text(source: str, path: str | Path, sha256: str, rules: Rules | None = None):
    """Read one decoded text. Without a heading it is read as an excerpt (with a NO_HEADING
    warning); only a text with no Pasal or Lampiran structure and no relation is refused."""
    rules = with_defined_aliases(source, rules or load_rules())
    found = identify(path, source, sha256, rules.heading)
    segmenter = Segmenter(rules.structure)
    blocks, sections = segmenter.segment(source, excerpt=found.excerpt)
    if not blocks:
        raise UnknownLayout(str(path), _refusal(found, rules))
    regulation = found.regulation
    if found.excerpt:
        regulation = excerpt(path, source, sha256, regulation, blocks[0].where or "Lampiran")
    x = _Builder(source, rules, blocks, sections).build(regulation)
    if found.excerpt and not segmenter.structured and not x.edges:
        raise UnknownLayout(str(path), _refusal(found, rules))
    notes = excerpt_warnings(found.regulation, segmenter.structured)
    return dataclasses.replace(x, warnings=notes + x.warnings) if found.excerpt else x


def _refusal(found, rules: Rules) -> str:
    if found.regulation is not None:
        return "no articles (Pasal) found"
    return (
        f"no regulation heading ({rules.heading.accepted()}), no Pasal or Lampiran and "
        "no relation found: not a regulation this reader knows"
    )


class _Builder:
    def __init__(self, source: str, rules: Rules, blocks: list[Block], sections: list[Section]):
        self.source = source
        self.rules = rules
        self.blocks = blocks
        self.sections = sections
        self.engine = Engine(rules)
        self.lines = LineIndex(source)
        self.lead_ins: dict[int, MentionList | None] = {}
        self.unit_ids = _unit_ids(sections)
        self.index = {id(b): i for i, b in enumerate(blocks)}
        self.points = Points(blocks, self.engine, self.index)

    def build(self, regulation) -> Extraction:
        edges: dict[tuple, Edge] = {}
        roles: dict[tuple, RoleAssignment] = {}
        positions: dict[str | None, dict[str, Position]] = {}
        provisions = []
        slips = present(self.source, self.rules.structure.ocr)
        for block in self.blocks:
            block.clean = CleanText(self.source, block.spans)
            if slips:
                mend(block.clean, slips)
        self._named_units()
        yields: dict[int, int] = {id(s): 0 for s in self.sections}
        body_yield = 0
        for block in self.blocks:
            provision = self._provision(block)
            provisions.append(provision)
            inherited = self._inherited(block)
            unit = self.unit_ids.get(id(block.section)) if block.section else None
            before = context_block(self.blocks, self.index[id(block)])
            hits = self.engine.read_block(block, inherited, self._previous(block), before)
            for hit in self.points.resolved(block, hits):  # a reference read as its points
                citation = self._citation(block, provision, hit)
                delegated = frozenset()
                if hit.edge is not None:
                    delegated = delegated_sources(
                        block.clean.text, hit.sentence, hit.source, self.rules
                    )
                self._collect(hit, unit, citation, edges, roles, positions, delegated)
                if hit.edge is not None:
                    if block.section is not None:
                        yields[id(block.section)] += 1
                    if block.part == "body":
                        body_yield += 1
        warnings = section_warnings(self.blocks, self.sections, yields, body_yield)
        edges, roles, positions = one_name(edges, roles, positions, self.source, self.rules)
        return Extraction(
            regulation=regulation,
            unit_types=tuple(self._unit_types(positions)),
            edges=tuple(edges.values()),
            roles=tuple(roles.values()),
            warnings=tuple(warnings),
            wide_positions=tuple(positions.get(None, {}).values()),
            provisions=tuple(provisions),
            source_text=self.source,
            unknown_titles=tuple(self._unknown_titles()),
        )

    def _unknown_titles(self):
        """Each title-like phrase no table knows, once per place, in reading order."""
        seen = set()
        for block, m in self.engine.unknown:
            start, end = block.clean.source_span(m.start, m.end)
            if start not in seen:
                seen.add(start)
                yield TitleMention(m.title, block.where, start, end, self.lines.line(start))

    def _provision(self, block: Block) -> Provision:
        start, end = block.start, block.end
        return Provision(
            block.where, self.source[start:end], start, end, self.lines.line(start), block.part
        )

    def _inherited(self, block: Block) -> MentionList | None:
        """The subject a lead-in gives its items, read once per lead-in."""
        parent = block.parent
        if parent is None or parent.clean is None:
            return None
        if id(parent) not in self.lead_ins:
            before = context_block(self.blocks, self.index[id(parent)])
            self.lead_ins[id(parent)] = self.engine.inherited_subject(parent, before)
        return self.lead_ins[id(parent)]

    def _previous(self, block: Block) -> MentionList | None:
        """The coordinator the item before ``block`` names, when ``block`` needs an owner for
        "-nya" or "di bawah koordinasi"; read only then, since most items do not."""
        i = self.index[id(block)]
        text = block.clean.text  # "oordinasi": "Koordinasi sebagaimana dimaksud ..." opens one
        if i == 0 or ("nya" not in text and "oordinasi" not in text):
            return None
        before = self.blocks[i - 1]
        if before.parent is not block.parent or before.clean is None:
            return None
        return self.engine.coordinator(before)

    def _citation(self, block: Block, provision: Provision, hit: Found) -> Citation:
        a, b = hit.sentence
        start, end = block.clean.source_span(a, b)
        quote = self.source[start:end]
        return Citation(provision, quote, start, end, self.lines.line(start))

    def _collect(self, hit: Found, unit, citation, edges, roles, positions, delegated) -> None:
        """Add the edges or roles of one hit; ``delegated`` holds the source mentions a
        delegation cue attaches to (``loader.reading.delegation``).

        An edge stated twice in one scope is kept once, with its first citation, except
        that a direct statement replaces a delegated one (with its own citation): the
        source holds the power in its own right, and the graph keeps one edge per
        (type, from, to, condition, scope).
        """
        scope = positions.setdefault(unit, {})
        hit = _parties(hit)
        if hit is None:
            return
        for m in hit.source.members:
            scope.setdefault(position_key(m.title), Position(m.title, m.cls))
        if hit.role is not None:
            for m in hit.source.members:
                key = (position_key(m.title), hit.role, unit)
                roles.setdefault(key, RoleAssignment(m.title, hit.role, unit, citation))
            return
        same = hit.source.members == hit.target.members  # one list at both ends: no pair of it
        for t in hit.target.members:
            grades = ", ".join(hit.target.grades_of(t))
            condition = "; ".join(p for p in (grades, hit.situation) if p) or None
            scope.setdefault(position_key(t.title), Position(t.title, t.cls))
            for s in hit.source.members:
                if same or (
                    position_key(s.title) == position_key(t.title)
                    and (s.start == t.start or len(hit.source.members) > 1 or s.short or t.short)
                ):
                    continue  # "a JF appraises JF" only when the JF is named alone
                part = unit or citation.provision.part  # the Lampiran's general part stands apart
                key = (hit.edge, position_key(s.title), position_key(t.title), part, condition)
                by_delegation = s in delegated or hit.delegated
                edge = Edge(hit.edge, s.title, t.title, unit, condition, citation, by_delegation)
                known = edges.get(key)
                if known is None or (known.delegated and not edge.delegated):
                    edges[key] = edge

    def _named_units(self) -> None:
        """A heading naming several units, or one unit by name, lists them as named units."""
        unit_word = self.rules.structure.unit_word
        for section in self.sections:
            if len(section.headings) > 1 or names_a_unit(section.headings[0], self.rules.structure):
                for heading in section.headings:
                    section.named_units.extend(split_units(heading, unit_word))

    def _unit_types(self, positions) -> list[UnitType]:
        out = []
        for section in self.sections:
            uid = self.unit_ids[id(section)]
            provision = Provision(
                " / ".join(section.labels),
                "; ".join(section.headings),
                0,
                0,
                section.line,
                "lampiran",
            )
            named = tuple(dict.fromkeys(section.named_units))
            out.append(
                UnitType(
                    uid,
                    "; ".join(section.headings),
                    provision,
                    named,
                    tuple(positions.get(uid, {}).values()),
                )
            )
        return out


def _parties(hit: Found) -> Found | None:
    """The hit without members that cannot take part in its edge (an "Individu" given a
    task or a role); None when an end is left empty."""
    kind = hit.edge

    def keep(lst: MentionList | None) -> MentionList | None:
        if lst is None:
            return None
        kept = [i for i, m in enumerate(lst.members) if not m.only or kind in m.only]
        if len(kept) == len(lst.members):
            return lst  # most lists: nobody left out, no copy
        members = tuple(lst.members[i] for i in kept)
        own = tuple(lst.own[i] for i in kept) if lst.own else ()  # each member keeps its grades
        return dataclasses.replace(lst, members=members, own=own) if members else None

    source, target = keep(hit.source), keep(hit.target)
    if source is None or (hit.target is not None and target is None):
        return None
    if source is hit.source and target is hit.target:
        return hit
    return dataclasses.replace(hit, source=source, target=target)


def _unit_ids(sections: list[Section]) -> dict[int, str]:
    """Deterministic ids "<label>:<slug>", made unique when OCR lost a section's number."""
    ids: dict[int, str] = {}
    seen: dict[str, int] = {}
    for section in sections:
        name = section.headings[0].casefold()
        slug = "-".join("".join(c if c.isalnum() else " " for c in name).split())[:60]
        base = f"{section.labels[0].removeprefix('Lampiran ').replace(' ', '')}:{slug}"
        seen[base] = seen.get(base, 0) + 1
        ids[id(section)] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return ids
