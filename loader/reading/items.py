"""Lead-ins whose edges wait for the items listed after them.

"Sekretaris Dinas memberikan penugasan kepada: a. ...; b. ...", "Jabatan yang dikoordinasikan
oleh Y sebagai berikut: a. ...", "Jabatan di bawah koordinasi ... terdiri atas: 1) ...": the
lead-in names the predicate and one end, each item the other end. A lead-in may also leave its
source to the last item, which closes its sentence ("Pejabat Penilai Kinerja bagi: 1) A; 2) B;
dan 3) C, adalah Y"): the items before it wait for that item. A lead-in that names the role
and whom it is for may leave the holder to each item ("Pejabat Penilai Kinerja bagi Pelaksana
yaitu: 1) Kepala Subbagian Keuangan, bagi Pelaksana pada Subbagian Keuangan; ..."): each item
is the source, for the object it names itself or else the lead-in's.
"""

from __future__ import annotations

from loader.reading.mentions import MentionList

# a row's end that is the items after its lead-in (relations.toml: target = "items")
ITEMS = MentionList((), 0, 0, ())
# a lead-in's source left to each of its items (``Items._await_holder``)
HOLDERS = MentionList((), 0, 0, ())


class Items:
    """The rows each lead-in leaves to its items: lead-in block -> [(row, source, pending)],
    where ``source`` None means the last item names it and ``pending`` holds the targets of
    the items read before that one."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.clause = engine.rules.structure.clause
        self.awaiting: dict[int, list] = {}

    def awaits(self, block, rule, lists, cue, start, inherited, hit) -> bool:
        """Whether a cue's edges wait for the items after its lead-in: a cue ending its lead-in
        (``_await``), or a lead-in whose target only announces them ("jabatan fungsional
        berikut dikoordinasikan oleh Y:", "Jabatan yang dikoordinasikan oleh Y sebagai
        berikut:")."""
        if hit is None:
            self._await(block, rule, lists, cue, start, inherited)
            return True
        text = lists.text.rstrip()
        if hit[1] is ITEMS:
            if text.endswith(":"):
                self._keep(block, rule, hit[0])
            return True
        if not text.endswith(":") or not self.clause["placeholder"].match(text, hit[1].end):
            return False
        self._keep(block, rule, hit[0])
        return True

    def _keep(self, block, rule, source) -> None:
        self.awaiting.setdefault(id(block), []).append((rule, source, []))

    def _await(self, block, rule, lists, cue, start, inherited) -> None:
        """A cue that ends its lead-in ("Sekretaris Dinas memberikan penugasan kepada:") takes
        its object from each item that follows; keep it for them. A row whose target is the
        items and whose source the lead-in does not name waits for the item that names it."""
        engine, text = self.engine, lists.text
        if rule.target == "items" and rule.source.startswith("after:"):
            if text.rstrip().endswith(":"):
                self._keep(block, rule, None)
            return
        if rule.target == "object" and rule.source.startswith("after:"):
            self._await_holder(block, rule, lists, cue)
            return
        if rule.target != "object" or not engine.slots.ends_lead_in(text, cue.end()):
            return
        clause_start = engine.slots.clause_start(text, start, cue.start())
        source = engine.slots.subject(lists, start, clause_start, cue.start()) or inherited
        if rule.source == "possessor":  # "Jabatan di bawah koordinasi ... terdiri atas:"
            source = engine.previous
        elif rule.source == "near":  # "X / Jabatan yang dikoordinasikan meliputi:", not
            source = engine.slots.near(lists, clause_start, cue.start())  # "X menyusun daftar ..."
        if source is not None:
            self._keep(block, rule, source)

    def _await_holder(self, block, rule, lists, cue) -> None:
        """ "PPK bagi X yaitu:" with nothing after its anchor but the colon: each item holds
        the role (``HOLDERS``), for X unless the item names its own object."""
        text = lists.text
        anchor = self.engine.slots.anchor(rule.source[6:], text, cue.end(), len(text))
        if anchor is None or text[anchor.end() :].strip() != ":":
            return
        target = lists.after(cue.end(), anchor.start(), self.clause["object_lead"])
        if target is not None:
            self.awaiting.setdefault(id(block), []).append((rule, HOLDERS, [target]))

    def _held(self, lists, span, rule, target) -> list[tuple]:
        """The edges of an item naming a role's holder, and perhaps whom it holds it for."""
        a, e = span
        lead = self.clause["object_lead"]
        cut = self.clause["item_for"].search(lists.text, a, e)
        holder = lists.after(a, cut.start() if cut else e, lead)
        own = cut and lists.after(cut.end(), e, lead)
        if holder is None:
            return []
        return [(edge, holder, own or target, span, rule.id) for edge in rule.edges]

    def listed(self, block) -> list[tuple]:
        """(edge, source, target, span, row id) of an item whose lead-in awaits it."""
        waiting = self.awaiting.get(id(block.parent)) if block.parent else None
        if not waiting:
            return []
        engine = self.engine
        lists = engine.lists(block)
        spans = engine.sentences(block.clean)
        target = spans and (
            lists.after(spans[0][0], spans[0][1], self.clause["object_lead"])
            or engine.slots.item_title(lists, *spans[0])
        )
        if not target:
            return []
        engine.unknown.extend((block, m) for m in target.members if not m.known)
        out = []
        for rule, source, pending in waiting:
            if source is HOLDERS:  # "1) Y, bagi X';": Y holds the role, for X' or the lead-in's
                out.extend(self._held(lists, spans[0], rule, pending[0]))
                continue
            if source is None:  # "... dan 3) C, adalah Y.": Y is the source of every item
                pending.append(target)
                anchor = engine.slots.anchor(rule.source[6:], lists.text, target.end, spans[0][1])
                closing = anchor and engine.slots.after(lists, anchor.end(), spans[0][1])
                if closing:
                    out.extend(
                        (e, closing, t, spans[0], rule.id) for t in pending for e in rule.edges
                    )
                    pending.clear()
                continue
            out.extend((e, source, target, spans[0], rule.id) for e in rule.edges)
        return out
