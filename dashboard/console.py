"""The Cypher console's pieces that are not drawing: saved templates, parameters, limits.

Templates are Indonesian questions with their Cypher and example parameters;
values always travel as ``$parameters``. The limits come from the store's
settings so the page shows the same numbers the engine enforces.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import NamedTuple

from dashboard.messages import ParamsNotObject

DEFAULT_TIMEOUT_MS = 5_000  # an analyst's question over five regulations answers in well under 1 s
DEFAULT_MAX_ROWS = 1_000  # a grid beyond this is unreadable; the CSV of a narrower query is better


class Template(NamedTuple):
    text: str
    params: str  # JSON shown in the parameter editor


TEMPLATES: dict[str, Template] = {}


def limits(settings: Mapping[str, str] | None = None) -> dict[str, int]:
    """The console's time limit (ms) and row cap, from settings or the defaults."""
    settings = settings or {}
    return {
        "timeout_ms": int(settings.get("CONSOLE_TIMEOUT_MS", DEFAULT_TIMEOUT_MS)),
        "max_rows": int(settings.get("CONSOLE_MAX_ROWS", DEFAULT_MAX_ROWS)),
    }


def parse_params(text: str) -> dict:
    """The JSON object typed by the analyst; raises JSONDecodeError or ParamsNotObject."""
    if not text.strip():
        return {}
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ParamsNotObject(text)
    return value
