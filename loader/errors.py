"""Errors raised while reading a regulation.

    RegulationError            anything that stops one file from being read
    ├── UnreadableFile         missing, empty, binary, not UTF-8/UTF-16, a damaged PDF
    │   ├── EncryptedPdf       a PDF that needs a password
    │   ├── TooManyPages       a PDF longer than the page cap (SK_PDF_MAX_PAGES)
    │   └── NoTextLayer        scanned pages and no OCR here (tesseract or its Indonesian data)
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


class EncryptedPdf(UnreadableFile):
    pass


class TooManyPages(UnreadableFile):
    pass


class NoTextLayer(UnreadableFile):
    pass


class UnknownLayout(RegulationError):
    pass


class RuleTableError(RegulationError):
    def __init__(self, path: str, problems: list[tuple[int | str, str]]) -> None:
        lines = "; ".join(f"row {row}: {why}" for row, why in problems)
        super().__init__(path, f"{len(problems)} invalid rule row(s): {lines}")
        self.problems = problems
