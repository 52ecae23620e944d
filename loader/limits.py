"""Size limits on what the loader reads, each raised by an environment setting (issue 12).

One place for the numbers ``docs/limits.md`` lists, read when a file is read
so a changed variable applies to the next file. A limit that does not parse
raises ValueError naming the setting; callers turn it into their own one-line
problem.
"""

from __future__ import annotations

import os

# name: (default, what it bounds)
LIMITS: dict[str, tuple[int, str]] = {
    "SK_TEXT_MAX_MB": (5, "regulation text file (the five sources are 25-125 kB)"),
    "SK_FILE_MAX_MB": (64, "any file the loader opens, PDF included (read in full)"),
    "SK_ROSTER_MAX_MB": (20, "roster file, and an XLSX's uncompressed content"),
    "SK_ROSTER_MAX_ROWS": (20000, "rows of one roster table (a regency has ~5,000 employees)"),
    "SK_ROSTER_MAX_CELL": (2000, "characters in one roster cell"),
}


def limit(name: str) -> int:
    """The current value of limit ``name`` (environment, else its default)."""
    default, _ = LIMITS[name]
    raw = os.environ.get(name) or str(default)
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{name} must be a positive whole number, not {raw!r}")
    return int(raw)


def megabytes(name: str) -> int:
    """Limit ``name`` (given in MB) in bytes."""
    return limit(name) * 1_000_000
