"""Errors raised while reading a regulation.

    RegulationError            anything that stops one file from being read
    ├── UnreadableFile         missing, empty, binary, not UTF-8/UTF-16
    ├── UnknownLayout          readable text, but not a sistem-kerja regulation
    └── RuleTableError         a rules/*.toml row is invalid (lists every bad row)

Each message names the file (and line where there is one) so the CLI can print
it as one line and exit 2.
"""

from __future__ import annotations


class RegulationError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class UnreadableFile(RegulationError):
    pass


class UnknownLayout(RegulationError):
    pass


class RuleTableError(RegulationError):
    def __init__(self, path: str, problems: list[tuple[int | str, str]]) -> None:
        lines = "; ".join(f"row {row}: {why}" for row, why in problems)
        super().__init__(path, f"{len(problems)} invalid rule row(s): {lines}")
        self.problems = problems
