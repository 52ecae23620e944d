"""Which regulation positions the holder of a title holds in a unit (docs/people.md, "Post").

One decision for two callers: the roster import places each employee on posts with it
(``loader.roster.place``), and the structure-level precedence (``checks.precedence``) asks which
regulation-wide and generic positions a position of a unit type stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

from loader.model import PositionClass, position_key
from loader.roster.rules import RosterRules

STRUCTURAL = (
    PositionClass.JPT_UTAMA,
    PositionClass.JPT_MADYA,
    PositionClass.JPT_PRATAMA,
    PositionClass.ADMINISTRATOR,
    PositionClass.PENGAWAS,
)


@dataclass(frozen=True)
class ContextPosition:
    uid: str
    title: str  # as the unit type writes it (template title)
    cls: PositionClass
    scope: str


def held_positions(
    own: list[ContextPosition],
    wide: list[ContextPosition],
    jabatan: str,
    cls: PositionClass,
    tier: int,
    rules: RosterRules,
) -> list[tuple[ContextPosition, str]]:
    """The positions of a unit (``own``) and of the regulation-wide rules (``wide``) that a holder
    of ``jabatan`` (class ``cls``, ``tier``) holds, with how: the one decision the roster import
    and the structure-level precedence (``checks.precedence``) share."""
    held: dict[str, tuple[ContextPosition, str]] = {}
    for scope in (own, wide):
        found = {p.uid: how_held(p, jabatan, cls, tier, rules) for p in scope}
        found = {uid: how for uid, how in found.items() if how}
        if scope is own and cls in STRUCTURAL and not any(h == "title" for h in found.values()):
            same = [p for p in own if p.cls is cls and not _is_generic(p, rules)]
            if len(same) == 1:  # the only position of its class in the unit type: it is this one
                found.setdefault(same[0].uid, "class")
        for p in scope:
            if p.uid in found:
                held[p.uid] = (p, found[p.uid])
    return list(held.values())


def how_held(p: ContextPosition, jabatan: str, cls: PositionClass, tier: int, rules) -> str | None:
    """How a holder of ``jabatan`` holds ``p``: by title, class, level or as head; None: not."""
    title = p.title.strip()
    generic = generic_class(title, rules)
    if generic is not None:
        return "class" if generic is cls else None
    for pattern, level in rules.levels:
        if pattern.search(title):
            return "level" if level == tier else None
    if rules.head.search(title):
        return "head" if tier == 1 else None
    if p.cls in (PositionClass.LAINNYA, PositionClass.LEVEL) or p.cls is not cls:
        return None
    return "title" if _title_match(p.title, jabatan) else None


def _is_generic(p: ContextPosition, rules: RosterRules) -> bool:
    return generic_class(p.title, rules) is not None


def generic_class(title: str, rules: RosterRules) -> PositionClass | None:
    """The class a generic regulation title ("Pejabat Pengawas", "JF") stands for, else None."""
    title = title.strip()
    return next((cls for pattern, cls in rules.generic if pattern.search(title)), None)


def _title_match(position: str, jabatan: str) -> bool:
    """'Kepala Bidang' holds 'Kepala Bidang Pelayanan'; 'Kepala Dinas/Badan Daerah' either."""
    held = position_key(jabatan).split()
    for variant in _variants(position):
        words = variant.split()
        if held[: len(words)] == words or (len(held) > 1 and words[: len(held)] == held):
            return True
    return False


def _variants(title: str) -> list[str]:
    """'Kepala Dinas/Badan Daerah' -> kepala dinas/badan daerah, kepala dinas, kepala badan."""
    key = position_key(title.replace(" /", "/").replace("/ ", "/"))
    out = [key]
    if "/" in key:
        left, right = key.split("/", 1)
        stem = left.split()[:-1]
        out += [left, " ".join(stem + right.split()), " ".join(stem + right.split()[:1])]
    return [v for v in out if v]
