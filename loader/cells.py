"""The one formula guard for every spreadsheet-readable file the project writes.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet program (CSV injection): a regulation quote or an employee name could run
``=HYPERLINK(...)`` on the analyst's machine. As OWASP advises, such a cell gets a leading
apostrophe, so it is shown as text and an XLSX never holds a formula. The dashboard's
downloads (``dashboard/render/exports.py``) and the corrections' CSV (``corrections/files.py``,
which may not import the dashboard) both use it; it lives here, in the package every other
one imports.

The guard is reversible: a value that already begins with apostrophes before a formula start
gets one more, so :func:`plain_cell` gives back exactly what was written.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_guarded(text: str) -> bool:
    """True for a formula, or apostrophes before one ("'=A1"): both get an apostrophe."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def safe_cell(value: object) -> object:
    """``value`` with an apostrophe in front when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and _looks_guarded(value):
        return "'" + value
    return value


def plain_cell(value: object) -> object:
    """The value :func:`safe_cell` was given: one guarding apostrophe taken off."""
    if isinstance(value, str) and value.startswith("'") and _looks_guarded(value[1:]):
        return value[1:]
    return value
