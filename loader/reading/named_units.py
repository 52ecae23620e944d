"""Named units listed in a Lampiran section: "Unit Organisasi yang menerapkan … adalah:".

The segmenter hands each line of a Lampiran section here; after the
introduction, the items that follow (numbered, unnumbered or with an OCR-damaged
number) are the section's named units until a line that names none. The
words that tell these lines apart are rows of ``structure.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loader.reading.anchored import anchored
from loader.reading.layout import split_units

if TYPE_CHECKING:
    from loader.reading.rules import Structure
    from loader.reading.segment import _State

_MAX_NAME = 150  # a longer item is a sentence, not a unit's name


def collect_units(structure: Structure, st: _State, text: str, item: bool = False) -> bool:
    """Collect the named units ``text`` gives to the section being read.

    Returns True when ``text`` was a list item consumed as a named unit.
    """
    layout = structure.layout
    if item:
        name = layout["unit_item_end"].sub("", text.strip())
        return not name or _take(structure, st, name)  # an empty point ("a.") left by OCR
    intro = anchored(structure.named_units_intro).search(text)
    if intro is None:
        if st.collecting is None:
            return False
        # an unnumbered item, or an OCR-damaged number ("xX."), still names a unit
        name = layout["unit_item_end"].sub("", layout["noisy_number"].sub("", text.strip()))
        return len(name) <= 3 or _take(structure, st, name)  # crumbs such as "a0"
    section = next((lv.section for lv in reversed(st.stack) if lv.section), None)
    if section is not None:
        st.collecting = section
        inline = layout["unit_condition"].split(text[intro.end() :].strip(" :"))[0]
        inline = layout["unit_item_end"].sub("", inline)
        if inline and structure.unit_word.match(inline):
            section.named_units.extend(split_units(inline, structure.unit_word))
            st.collecting = None
    return False


def _take(structure: Structure, st: _State, name: str) -> bool:
    """Add ``name`` when it names a unit; else the list has ended."""
    if structure.unit_word.match(name) and len(name) < _MAX_NAME:
        st.collecting.named_units.append(name)
        return True
    st.collecting = None
    return False
