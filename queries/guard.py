"""Checks both adapters apply before a read reaches the engine.

They make the engines behave alike where they differ: FalkorDB's Bolt endpoint
reports a missing parameter as an unknown error, and LOAD CSV is a *read*
clause to both engines, so read-only mode alone would let the console read
files (FalkorDB: its import folder; Neo4j: its import directory or a URL).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from queries.errors import CypherRejected, MissingParameter

_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
# One token at a time: a string, a `quoted name`, a comment, or any other character.
_TOKENS = re.compile(
    r"'(?:[^'\\]|\\.)*'?|\"(?:[^\"\\]|\\.)*\"?|`[^`]*`?|//[^\n]*|/\*.*?(?:\*/|$)|.",
    re.DOTALL,
)


def code_only(text: str) -> str:
    """The statement as the parser sees its keywords: strings and `names` emptied, comments
    turned into a space (``LOAD/**/CSV`` is ``LOAD CSV`` to the engine)."""
    out = []
    for match in _TOKENS.finditer(text):
        token = match.group(0)
        if token.startswith(("//", "/*")):
            out.append(" ")
        elif token[0] in "'\"`":
            out.append(token[0] * 2)
        else:
            out.append(token)
    return "".join(out)


def check_read(text: str, params: Mapping[str, Any], query: str) -> None:
    """Raise CypherRejected for LOAD CSV and MissingParameter for an unset ``$name``."""
    if not text.strip():
        raise CypherRejected("the query is empty", query=query, params=params)
    code = code_only(text)
    if _LOAD_CSV.search(code):
        raise CypherRejected(
            "LOAD CSV is refused: the console reads the graph only", query=query, params=params
        )
    used = set(_PARAM.findall(code))
    missing = sorted(used - set(params))
    if missing:
        raise MissingParameter(
            "missing parameter(s): " + ", ".join(f"${name}" for name in missing),
            query=query,
            params=params,
        )


def limits(
    timeout_ms: int | None,
    max_rows: int | None,
    default_timeout: int,
    default_rows: int,
    ceiling: int,
) -> tuple[int, int]:
    """Effective (timeout_ms, max_rows): defaults filled in, the timeout clamped to the backstop."""
    timeout = default_timeout if timeout_ms is None else int(timeout_ms)
    rows = default_rows if max_rows is None else int(max_rows)
    return max(1, min(timeout, ceiling)), max(0, rows)
