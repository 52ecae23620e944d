"""Who holds a role named before, for a subject that points back to the role.

"(1) PPK bagi X adalah Y. (2) PPK sebagaimana dimaksud pada ayat (1) ..." names Y after the
copula of the role's sentence; "(1) Y merupakan/bertindak sebagai PUO ... (2) PUO sebagaimana
dimaksud pada ayat (1) ..." names Y before the role's phrase (``roles.toml``), as the role rows
read it (``engine.Engine._roles``).
"""

from __future__ import annotations

import re

from loader.reading.anchored import anchored
from loader.reading.mentions import MentionList

COMMA_ONLY = re.compile(r"^\s*,?\s*$")  # between a role's holder and its phrase


def role_holder(engine, blocks, role: MentionList) -> MentionList | None:
    """The holder of the role ``role`` names, looked for in the block of ``blocks`` that
    holds the role's mention (the current block, then the one before)."""
    if not engine.slots.is_role(role.members[0]):
        return None
    for b in blocks:
        if b is None or b.clean is None:
            continue
        lists = engine.lists(b)
        if not any(x is role.members[0] for x in lists.mentions):
            continue  # the role was named in the other block
        for a, e in engine.sentences(b.clean):
            if a <= role.start < e:
                copula = engine.clause["cleft_copula"].search(lists.text, role.end, e)
                if copula:
                    return lists.after(copula.end(), e, engine.clause["object_lead"])
                return _named_as(engine, lists, role.start, a, e)
    return None


def _named_as(engine, lists, at: int, start: int, end: int) -> MentionList | None:
    """The holder named before the role's phrase that holds ``at``."""
    for m in anchored(engine.rules.roles.phrase).finditer(lists.text, start, end):
        if m.start() <= at < m.end():
            return lists.backward(m.start(), COMMA_ONLY)
    return None
