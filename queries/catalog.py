"""Named Cypher queries: ``cypher/*.cypher`` (reads), ``writes/*.cypher`` (loader) and
``console/*.cypher`` (the Cypher console's saved templates, run as the analyst's text).

Each file starts with a header of ``//`` comment lines::

    // purpose: Positions whose title contains a text, case-insensitively.
    // param regency "Kabupaten Buton" -- regency name as on the Regency node
    // param q "kepala" -- text to look for
    // returns: uid, title, unit_type, cls

A file's stem is its query name. ``param`` lines give an example value as
JSON (the every-file test runs each query with them). The header's params must
be exactly the ``$names`` the text uses, or the file is refused with
:class:`CatalogError`: a stale header would mislead whoever calls the query.
Write files may hold several statements separated by ``;`` at a line end,
all given the same parameters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from queries.errors import CypherRejected

HERE = Path(__file__).resolve().parent
CYPHER_DIR = HERE / "cypher"
WRITES_DIR = HERE / "writes"
CONSOLE_DIR = HERE / "console"
SCHEMA_DIR = HERE / "schema"

_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_STATEMENT_END = re.compile(r";\s*$", re.MULTILINE)


class CatalogError(ValueError):
    """A ``.cypher`` file whose header is missing, malformed or out of step with its text."""


@dataclass(frozen=True)
class NamedQuery:
    """One catalog entry; ``examples`` maps each parameter to its header example."""

    name: str
    purpose: str
    examples: dict[str, Any]
    columns: tuple[str, ...]
    statements: tuple[str, ...]
    path: Path

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(self.examples)

    @property
    def text(self) -> str:
        """The (single) statement of a read query."""
        return self.statements[0]

    def plan(self, params: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """Each statement with only the parameters it uses, so large rows travel once.

        A statement whose parameters are all empty lists (nothing to UNWIND) is left out.
        """
        out = []
        for statement in self.statements:
            own = {k: params[k] for k in params_of(statement) if k in params}
            if own and all(isinstance(v, list) and not v for v in own.values()):
                continue
            out.append((statement, own))
        return out


def parse_file(path: Path) -> NamedQuery:
    """Read one file; raises CatalogError naming the file and the mismatch."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [ln[2:].strip() for ln in _leading_comments(lines)]
    body = "\n".join(lines[len(header) :]).strip()
    purpose, examples, columns = _parse_header(path, header)
    statements = tuple(s.strip() for s in _STATEMENT_END.split(body) if s.strip())
    if not statements:
        raise CatalogError(f"{path.name}: no Cypher after the header")
    used = set().union(*map(params_of, statements))
    if used != set(examples):
        raise CatalogError(
            f"{path.name}: header params {sorted(examples)} differ from the text's {sorted(used)}"
        )
    return NamedQuery(path.stem, purpose, examples, columns, statements, path)


def params_of(statement: str) -> set[str]:
    """The ``$names`` a statement uses, ignoring string literals and comments."""
    return set(_PARAM.findall(_STRING.sub("''", _strip_comments(statement))))


def _leading_comments(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        if not line.startswith("//"):
            break
        out.append(line)
    return out


def _parse_header(path: Path, header: list[str]) -> tuple[str, dict[str, Any], tuple[str, ...]]:
    purpose: list[str] = []
    examples: dict[str, Any] = {}
    columns: tuple[str, ...] | None = None
    for line in header:
        key, _, rest = line.partition(" ")
        if line.startswith("purpose:"):
            purpose.append(line.removeprefix("purpose:").strip())
        elif key == "param":
            name, example = _parse_param(path, rest)
            examples[name] = example
        elif line.startswith("returns:"):
            columns = tuple(
                c.strip() for c in line.removeprefix("returns:").split(",") if c.strip()
            )
        elif purpose and columns is None and not examples:
            purpose.append(line)  # purpose continued on the next comment line
    if not purpose or columns is None:
        raise CatalogError(f"{path.name}: header needs 'purpose:' and 'returns:' lines")
    return " ".join(purpose), examples, columns


def _parse_param(path: Path, rest: str) -> tuple[str, Any]:
    name, _, tail = rest.strip().partition(" ")
    example_text = tail.split(" -- ", 1)[0].strip()
    try:
        return name.lstrip("$"), json.loads(example_text)
    except json.JSONDecodeError:
        raise CatalogError(f"{path.name}: param {name}: example is not JSON") from None


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


@cache
def load_catalog(directory: Path = CYPHER_DIR) -> dict[str, NamedQuery]:
    """Every ``*.cypher`` file of ``directory`` by name; cached for the process."""
    return {q.name: q for q in map(parse_file, sorted(directory.glob("*.cypher")))}


def named_query(name: str) -> NamedQuery:
    """The read query ``name``; CypherRejected (a QueryError) when there is no such file."""
    try:
        return load_catalog()[name]
    except KeyError:
        raise CypherRejected(f"no query named {name!r} in {CYPHER_DIR}", query=name) from None


def schema_statements(engine: str) -> list[str]:
    """The DDL for ``engine`` ('falkordb' or 'neo4j'), one statement per item."""
    text = _strip_comments((SCHEMA_DIR / f"{engine}.cypher").read_text(encoding="utf-8"))
    return [s.strip() for s in _STATEMENT_END.split(text) if s.strip()]


def one_statement(plan: list[tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]]:
    """Every (statement, parameters) of ``plan`` as one statement, parts joined by
    ``WITH count(*)`` (one row, even after a part that matched nothing), each part's
    parameters renamed ``p<i>_<name>`` so two parts may both use ``$rows``.

    FalkorDB runs one query all or nothing (its undo log), so a write planned this way is
    atomic in the live graph without a second copy of it (issue 13)."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    for i, (text, own) in enumerate(plan):
        parts.append(_PARAM.sub(lambda m, i=i: f"$p{i}_{m.group(1)}", text))
        params |= {f"p{i}_{name}": value for name, value in own.items()}
    joined = "".join(f"{part}\nWITH count(*) AS _{i}\n" for i, part in enumerate(parts[:-1]))
    return joined + (parts[-1] if parts else "RETURN 0"), params
