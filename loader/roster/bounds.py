"""Roster files are bounded before they are parsed (issue 12: 9).

A 1 MB zip bomb once took 2.2 GB and a 1,048,576-row sheet 405 s and 5.6 GB:
a file's size, an XLSX's uncompressed size (from its zip directory, which
``zipfile`` also enforces while inflating), the rows of a table and the length
of a cell each have a limit (``loader/limits.py``), and a file over one is
refused with one line naming the limit and the setting that raises it.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from loader.limits import limit, megabytes


class OverLimit(ValueError):
    """A roster file passes a limit; ``str()`` is the Indonesian reason shown per file."""


def _over(what: str, setting: str, unit: str = "") -> OverLimit:
    return OverLimit(
        f"{what} lebih dari {limit(setting)}{unit} (setelan {setting} menaikkan batas)"
    )


def read_roster_bytes(path: Path) -> bytes:
    """At most ``SK_ROSTER_MAX_MB`` of a regular file; OverLimit above it, OSError as usual."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OverLimit("bukan berkas biasa (pipa atau perangkat tidak dibaca)")
    cap = megabytes("SK_ROSTER_MAX_MB")
    with open(path, "rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise _over("berkas", "SK_ROSTER_MAX_MB", " MB")
    return data


def check_xlsx(data: bytes) -> None:
    """Refuse an XLSX whose parts unpack to more than ``SK_ROSTER_MAX_MB`` (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return  # openpyxl names the damage
    if unpacked > megabytes("SK_ROSTER_MAX_MB"):
        raise _over(
            f"isi XLSX setelah dibuka {unpacked // 1_000_000} MB,", "SK_ROSTER_MAX_MB", " MB"
        )


def check_rows(count: int) -> None:
    if count > limit("SK_ROSTER_MAX_ROWS"):
        raise _over("tabel berisi", "SK_ROSTER_MAX_ROWS", " baris")


def cell_over_limit(where: str = "sel") -> OverLimit:
    return _over(where, "SK_ROSTER_MAX_CELL", " karakter")


def check_cells(rows) -> None:
    """Refuse a grid (row number, cells, notes) with a cell longer than ``SK_ROSTER_MAX_CELL``."""
    cap = limit("SK_ROSTER_MAX_CELL")
    for number, cells, _ in rows:
        if any(isinstance(c, str) and len(c) > cap for c in cells):
            raise cell_over_limit(f"sel di baris {number}")
