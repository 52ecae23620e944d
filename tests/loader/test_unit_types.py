"""Unit-type sections of the Lampiran, as the hand readers listed them."""

from __future__ import annotations

import pytest

from tests.loader.conftest import BUTON, MALANG, MUNA, TABALONG
from tests.loader.yardstick import load_expected


def _known(x) -> str:
    names = [u.name for u in x.unit_types] + [n for u in x.unit_types for n in u.named_units]
    return " | ".join(names).casefold()


@pytest.mark.parametrize(
    ("path", "sections"),
    [
        (BUTON, None),  # every section: I-IX
        (MUNA, None),  # the nine patterns of D
        (TABALONG, ["Lampiran A", "Lampiran D", "Lampiran F", "Lampiran I", "Lampiran K"]),
        (MALANG, ["Lampiran BAB II.D.1", "Lampiran BAB II.D.2", "Lampiran BAB II.D.6"]),
    ],
    ids=lambda v: getattr(v, "stem", None),
)
def test_hand_read_unit_types_are_recognised(path, sections, extracted):
    known = _known(extracted[path.name])
    rows = [
        u
        for u in load_expected(path)["unit_type"]
        if u["section"] != "body" and (sections is None or u["section"] in sections)
    ]
    assert rows
    for row in rows:
        assert row["name"].casefold()[:25] in known, row


def test_named_units_of_malang_pattern_two(extracted):
    x = extracted[MALANG.name]
    listed = max(x.unit_types, key=lambda u: len(u.named_units))
    assert len(listed.named_units) == 35  # a.-ii., some numbers lost to OCR
    assert "Badan Penanggulangan Bencana Daerah" in listed.named_units
    assert "Rumah Sakit Umum Daerah tipe B" in listed.named_units


def test_tabalong_headings_without_text_group_with_the_next_content(extracted):
    x = extracted[TABALONG.name]
    group = next(u for u in x.unit_types if u.name.startswith("Sekretariat Dewan"))
    for unit in ("Inspektorat Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Perhubungan"):
        assert unit in group.named_units
    rsud = next(u for u in x.unit_types if u.name.startswith("Rumah Sakit"))
    assert rsud is not group
