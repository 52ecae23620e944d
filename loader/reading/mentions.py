"""Find position titles in clean text: known titles, titles a regulation defines, and
title-like phrases no table knows. ``lists.ListReader`` groups them into lists."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from loader.model import PositionClass
from loader.reading.anchored import anchored
from loader.reading.prefilter import per_object, required_words, shared_rows_in
from loader.reading.rules import PositionRule, Rules
from loader.reading.scanner import scanner

_SPACE = re.compile(r"^\s*,?\s*$")
_NEEDS: dict = {}  # the words a pattern needs, per compiled pattern


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    title: str
    cls: PositionClass
    only: frozenset = frozenset()  # edge types this party may take part in; empty: any
    known: bool = True  # False: a title-like phrase no table knows, reported as such
    # a reference to numbered points standing for the titles they list ("pejabat sebagaimana
    # dimaksud pada ayat (1) huruf a sampai dengan huruf c"; loader/reading/references.py)
    points: str = ""
    # the points a title points at ("Kabag sebagaimana dimaksud pada angka 1"): those it heads
    refers: str = ""
    # a bare head standing for the post named in full before it in the sentence (shortened):
    # the same person as that post, never a second party of one edge with it
    short: bool = False


@dataclass(frozen=True)
class MentionList:
    members: tuple[Mention, ...]
    start: int
    end: int  # includes trailing grade words ("Pejabat Fungsional Ahli Madya")
    jenjang: tuple[str, ...]
    # the grades written right after each member ("Sekretaris Badan, Kepala Bidang, dan
    # Pejabat Fungsional jenjang Ahli Madya": only the last has one)
    own: tuple[tuple[str, ...], ...] = ()

    def grades_of(self, member: Mention) -> tuple[str, ...]:
        """The grades that condition an edge to ``member``: its own (with those of the same
        title repeated in the list) when the list gives any member its own grade, else the
        list's."""
        if not any(self.own):
            return self.jenjang
        same = member.title.casefold()  # "JF ahli pertama dan JF kategori keterampilan": one JF
        grades = [
            g
            for m, own in zip(self.members, self.own, strict=True)
            for g in own
            if m.title.casefold() == same
        ]
        return tuple(dict.fromkeys(grades))


def find_mentions(text: str, rules: Rules, spans=None, open_rows=None) -> list[Mention]:
    """Non-overlapping position titles, left to right; at one place the longest title wins.

    The shared table first, then titles the regulation defines and title-like phrases no
    table knows, each where no title was found before. ``spans`` limits the search to some
    sentences of ``text`` (offsets stay those of ``text``). ``open_rows`` are the title-like
    rows tried (by default those whose words ``text`` holds; ``()`` for known titles only).
    """
    result = []
    if open_rows is None:
        open_rows = open_rows_in(text, rules)
    for pos, endpos in spans if spans is not None else [(0, len(text))]:
        found = _scan(text, rules.positions, pos, endpos)
        if rules.learned:
            found = _add_apart(found, _scan(text, rules.learned, pos, endpos))
        for row in open_rows:
            found = _with_open_titles(text, found, row, pos, endpos)
        result.extend(found)
    return result


def unknown_titles(text: str, rules: Rules) -> list[Mention]:
    """Title-like phrases no table knows: each match of an open pattern that no known title
    overlaps (known titles, and only they, are looked for around the match). Not the agent
    nouns (``Rules.open_always``), looked for only where a relation is read."""
    found = []
    for row in open_rows_in(text, rules, always=False):
        for m in anchored(row.pattern).finditer(text):
            near = find_mentions(text, rules, [(m.start(), m.end())], open_rows=())
            if not any(k.known and k.start < m.end() and m.start() < k.end for k in near):
                title = " ".join(m.group(0).split())
                found.append(Mention(m.start(), m.end(), title, row.cls, known=False))
    return found


def open_rows_in(text: str, rules: Rules, always: bool = True) -> tuple[PositionRule, ...]:
    """The rows of title-like phrases (``titles.toml``) whose words occur in ``text`` at all:
    the open patterns are costly, and most texts hold the words of none or one; with them
    the rows tried on every text (``Rules.open_always``) unless ``always`` is False."""
    found = shared_rows_in(text.casefold(), rules.open_titles)
    return found + rules.open_always if always else found


def _add_apart(known: list[Mention], more: list[Mention]) -> list[Mention]:
    extra = [m for m in more if not any(k.start < m.end and m.start < k.end for k in known)]
    return sorted(known + extra, key=lambda m: m.start) if extra else known


def _scan(text: str, table: tuple[PositionRule, ...], pos: int, endpos: int) -> list[Mention]:
    result: list[Mention] = []
    for start, end, row in scanner(table).scan(text, pos, endpos):
        title = row.title or " ".join(text[start:end].split())
        result.append(Mention(start, end, title, row.cls, row.only))
    return result


def _with_open_titles(text: str, known: list[Mention], row: PositionRule, pos: int, endpos: int):
    """Add title-like phrases ("Kepala Gudang Senjata") that overlap no known title."""
    found = [
        Mention(m.start(), m.end(), " ".join(m.group(0).split()), row.cls, known=False)
        for m in anchored(row.pattern).finditer(text, pos, endpos)
    ]
    return _add_apart(known, found) if found else known


def named_by_unit(text: str, mentions: list[Mention], led_by: re.Pattern[str]) -> list[Mention]:
    """A unit's head named by the unit it leads ("Bidang Perbendaharaan dipimpin oleh seorang
    Kepala Bidang yang ..."): the head's title takes the unit's name, as a careful reader
    writes it ("Kepala Bidang Perbendaharaan"); the offsets stay the short title's."""
    folded, needs = text.casefold(), per_object(_NEEDS, led_by, _fewest_first)
    if not all(any(p in folded for p in need) for need in needs):
        return mentions
    out = []
    for m in mentions:
        led = led_by.search(text, max(0, m.start - 160), m.start)
        if led and _heads(m.title, led.group("unit")):
            name = " ".join(led.group("name").split())
            m = dataclasses.replace(m, title=f"{m.title} {name}")
        out.append(m)
    return out


def with_memberships(text: str, mentions: list[Mention], clause: dict):
    """A title followed only by the group it belongs to ("Analis Kebijakan anggota tim", "...
    yang menjadi anggota tim kerja"): one mention, the title's, spanning both; the group names
    no second party (``clause``: ``member_of`` names the group, ``member_lead`` what may stand
    between them)."""
    member_of, lead = clause["member_of"], clause["member_lead"]
    out: list[Mention] = []
    for m in mentions:
        if out and member_of.match(m.title) and lead.fullmatch(text, out[-1].end, m.start):
            out[-1] = dataclasses.replace(out[-1], end=m.end)
        else:
            out.append(m)
    return out


def shortened(text: str, found: list[Mention], bare: re.Pattern[str], end: re.Pattern[str]):
    """A post named in full and then, later in the same sentence, by its bare head ("... kepada
    Kepala Bidang Anggaran untuk direviu, dan hasil reviu tersebut dilaporkan oleh Kepala Bidang
    kepada ..."): the bare head takes the full title when one post alone named before it in the
    sentence begins with it (two Kepala Bidang named: either may be meant, the head stays)."""
    out, ends = found, None
    for i, m in enumerate(found):
        prefix = m.title + " "
        longer = [k for k in found[:i] if k.title.startswith(prefix)]
        if not longer or not m.known or not bare.fullmatch(m.title):
            continue
        ends = ends if ends is not None else [e.end() for e in end.finditer(text)]
        opens = max((e for e in ends if e <= m.start), default=0)
        full = {k.title for k in longer if k.start >= opens}
        if len(full) == 1:
            out = out if out is not found else list(found)
            out[i] = dataclasses.replace(m, title=full.pop(), short=True)
    return out


def _heads(title: str, unit: str) -> bool:
    """True when ``title`` is the bare head of ``unit``: "Kepala Bidang" of a Bidang, or one
    word sharing the unit's stem ("Direktur" of a Direktorat, "Inspektur" of an Inspektorat)."""
    words = title.split()
    return words[-1] == unit or (len(words) == 1 and words[0][:6] == unit[:6])


def _fewest_first(pattern: re.Pattern[str]) -> list:
    """The words ``pattern`` needs, a need of one word ("dipimpin") first: most texts lack it,
    and the test stops there."""
    return sorted(required_words(pattern), key=len)
