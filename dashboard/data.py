"""The pages' one way into the data layer: ``call(fn, *args)``, a failure shown, not raised.

Named Cypher goes through it as ``call(store.query, name, params)``; the checks
layer as ``call(checks.roster.snapshot, store, regency)``. A
``QueryError`` becomes the Indonesian message of ``messages.show_error`` and
``None``, so a page decides only whether to stop drawing.
"""

from __future__ import annotations

from collections.abc import Callable

from checks.snapshot import cached_structure, regulation_of
from checks.structure import Structure
from dashboard import messages
from dashboard.render import rows
from dashboard.view_mode import as_corrected
from loader.graph.load import set_governing
from queries.errors import QueryError
from queries.store import GraphStore


def call(fn: Callable, *args):
    """``fn(*args)`` of the data layer, or None after showing its QueryError."""
    try:
        return fn(*args)
    except QueryError as err:
        messages.show_error(err)
        return None


def regency_names(store: GraphStore) -> list[str]:
    """The regencies loaded, by name; empty after showing the error when the store fails."""
    found = call(store.query, "regency_list", {})
    return [row["regency"] for row in found.rows] if found is not None else []


def unit_options(store: GraphStore, regency: str) -> dict[str, dict]:
    """Unit types and named units of ``regency`` for the org-chart picker ({} after an error)."""
    unit_types = call(store.query, "unit_types", {"regency": regency})
    units = call(store.query, "units", {"regency": regency})
    if unit_types is None or units is None:
        return {}
    return rows.unit_options(
        unit_types.rows, units.rows, messages.REGULATION_SHORT, messages.NO_POSITIONS_MARK
    )


def unit_type_labels(store: GraphStore, regency: str) -> dict[str, str]:
    """``{uid: label}`` of the regency's unit types, told apart ({} after an error)."""
    found = call(store.query, "unit_types", {"regency": regency})
    if found is None:
        return {}
    return rows.unit_type_labels(found.rows, messages.REGULATION_SHORT, messages.NO_POSITIONS_MARK)


def source_text(store: GraphStore, regulation_uid: str) -> dict | None:
    """The regulation's Source row (file, sha256, text), or None when the graph has none."""
    found = call(store.query, "source_text", {"regulation": regulation_uid})
    return found.rows[0] if found is not None and found.rows else None


def structure(store: GraphStore, regulation_uid: str) -> Structure | None:
    """The regulation's structure, read once while its sha256 is unchanged
    (``checks.snapshot.cached_structure``), or None after an error; as corrected by the
    analysts unless the sidebar asks for it as extracted (issue 15)."""
    return call(cached_structure, store, regulation_uid, "", as_corrected())


def provision_texts(store: GraphStore, uids: list[str]) -> dict[str, str]:
    """``{uid: text}`` of the provisions cited ({} after an error or for no uids)."""
    if not uids:
        return {}
    found = call(store.query, "provision_texts", {"uids": uids})
    return {row["uid"]: row["text"] for row in found.rows} if found is not None else {}


def governing(store: GraphStore, regency: str) -> dict | None:
    """The regulation the issuer's people pages use (uid, label), or None (none, or an error
    shown): the analyst's choice, else its newest full regulation, never an excerpt alone."""
    return call(regulation_of, store, regency)


def choose_governing(store: GraphStore, regency: str, regulation: str) -> bool:
    """Make ``regulation`` the one the issuer's people pages use; False after showing an error."""
    try:
        set_governing(store, regency, regulation)
    except QueryError as err:
        messages.show_error(err)
        return False
    return True
