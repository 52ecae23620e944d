"""People checks re-run on another structure (a what-if draft, issue 15): whose appraiser changes.

The roster stays as placed; only the structure under it is swapped (``Roster.structure``), so
the derivation is ``checks.people.derive`` -- the one precedence -- on both sides. Each change
says what the employee would have under the draft, with the provisions (or draft edits) it rests on:

- ``LOSES_APPRAISER``: an appraiser is implied now, none would be;
- ``NEW_APPRAISER``: the implied appraising positions would differ;
- ``GAINS_APPRAISER``: none is implied now, one would be.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checks.people import Superior, derive, implied
from checks.roster import Person, Roster
from checks.structure import Cite, Structure
from loader.model import EdgeType


@dataclass(frozen=True)
class AppraiserChange:
    code: str
    person: Person
    before: tuple[str, ...]  # implied appraising positions' titles now
    after: tuple[str, ...]  # under the other structure
    after_nips: tuple[str, ...]
    cites: tuple[Cite, ...]  # of the edges implied under the other structure
    corrections: tuple[str, ...]  # ids of corrections or draft edits those edges rest on

    @property
    def nip(self) -> str:
        return self.person.nip


def on_structure(roster: Roster, structure: Structure) -> Roster:
    """The same people placed on another structure (a fresh snapshot: its own memo)."""
    return replace(roster, structure=structure)


def appraiser_changes(roster: Roster, other: Structure) -> tuple[AppraiserChange, ...]:
    """Every employee whose implied appraisers would differ on ``other``, in roster order."""
    now = derive(roster, EdgeType.APPRAISES)
    then = derive(on_structure(roster, other), EdgeType.APPRAISES)
    out = []
    for person in roster.people:
        before, after = implied(now.get(person.nip, ())), implied(then.get(person.nip, ()))
        titles_before, titles_after = _titles(before), _titles(after)
        if titles_before == titles_after:
            continue
        if not after:
            code = "LOSES_APPRAISER"
        elif not before:
            code = "GAINS_APPRAISER"
        else:
            code = "NEW_APPRAISER"
        out.append(
            AppraiserChange(
                code=code,
                person=person,
                before=titles_before,
                after=titles_after,
                after_nips=tuple(dict.fromkeys(n for s in after for n in s.nips)),
                cites=tuple(dict.fromkeys(s.cite for s in after)),
                corrections=tuple(
                    sorted(
                        {s.candidate.edge.correction for s in after if s.candidate.edge.correction}
                    )
                ),
            )
        )
    return tuple(out)


def corrections_used(roster: Roster) -> tuple[str, ...]:
    """Ids of the corrections whose edges the roster's derivations rest on (issue 15: the
    people pages say where a correction was used)."""
    found = {
        s.candidate.edge.correction
        for edge_type in (EdgeType.APPRAISES, EdgeType.SETS_PERFORMANCE)
        for superiors in derive(roster, edge_type).values()
        for s in superiors
        if s.candidate.edge.correction
    }
    return tuple(sorted(found))


def _titles(superiors: tuple[Superior, ...]) -> tuple[str, ...]:
    return tuple(sorted({s.title for s in superiors}))
