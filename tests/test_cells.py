"""One formula guard (``loader/cells.py``) for every file the project writes: the dashboard's
CSV/XLSX downloads and the corrections' CSV export, reversible where corrections read it back.

Before, ``corrections/files.py`` had its own copy beside ``dashboard/render/exports.py``'s
``safe_cell``, and its read-back stripped the apostrophe of a value that began with one
("'=A1" came back as "=A1").
"""

from __future__ import annotations

import pytest

from corrections import files
from dashboard.render import exports
from loader import cells

VALUES = ["=HYPERLINK(1)", "+62", "-", "@x", "\tx", "\rx", "'=A1", "''+1", "'halo", "halo", ""]


@pytest.mark.parametrize("value", VALUES)
def test_the_guard_is_reversible(value):
    guarded = cells.safe_cell(value)
    assert cells.plain_cell(guarded) == value
    assert not str(guarded).startswith(cells.FORMULA_STARTS)


def test_both_writers_use_the_one_guard():
    assert exports.safe_cell is cells.safe_cell
    assert not hasattr(files, "_FORMULA") and not hasattr(files, "_neutral")
