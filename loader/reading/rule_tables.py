"""The one validated way to read a rule table (``loader/rules/*.toml``).

Every table module (reading rules, the heading table, the roster table) reads
its file with :func:`load_table` and compiles rows through a
:class:`TableCollector`, which remembers every bad row; ``check()`` then
raises one :class:`RuleTableError` naming them all, so a wrong row fails
loudly at load time instead of silently reading nothing.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from loader.errors import RuleTableError

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
_I = re.IGNORECASE


class TableCollector:
    """Compiles patterns for one table file, remembering every problem."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[tuple[int | str, str]] = []

    def regex(self, row: int | str, text: object, flags: int = _I) -> re.Pattern[str] | None:
        if not isinstance(text, str) or not text:
            self.problems.append((row, "pattern missing or not a string"))
            return None
        try:
            return re.compile(text, flags)
        except re.error as err:
            self.problems.append((row, f"bad regex {text!r}: {err}"))
            return None

    def enum(self, row: int | str, enum: type, value: object):
        try:
            return enum(value)
        except ValueError:
            self.problems.append((row, f"unknown {enum.__name__} {value!r}"))
            return None

    def text(self, row: int | str, value: object, empty: bool = False) -> str:
        """A string cell; '' (and a problem) when it is missing or not a string."""
        if isinstance(value, str) and (empty or value):
            return value
        self.problems.append((row, "text missing or not a string"))
        return ""

    def check(self) -> None:
        if self.problems:
            raise RuleTableError(str(self.path), self.problems)


def load_table(name: str, directory: Path) -> tuple[dict, TableCollector]:
    path = directory / name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise RuleTableError(str(path), [("file", str(err))]) from None
    return data, TableCollector(path)
