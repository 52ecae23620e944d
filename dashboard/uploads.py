"""Where an uploaded regulation is kept, and how large it may be (issue 7).

An upload is written to ``UPLOAD_DIR/<first 16 hex of its sha256>/<its name>``
(git-ignored ``data/uploads/``): the file name is what the graph records as the
regulation's ``source_file``, and the hash folder keeps two uploads of the same
name apart. Only the base name is kept, with characters outside
``[A-Za-z0-9._-]`` replaced, so an upload cannot write outside the folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

UPLOAD_DIR = Path(__file__).resolve().parent.parent / "data" / "uploads"
# A Perbup with its Lampiran is 1–5 MB as a scanned PDF at 200 dpi; 150 pages
# (SK_PDF_MAX_PAGES) of scan stay under 50 MB.
MAX_UPLOAD_MB = 50
# The uploader itself accepts up to Streamlit's default server limit, so a file between the two
# limits reaches save_upload and is refused in Indonesian; above it the frontend only shows a
# red "!" with an English tooltip that no parameter can change (issue 14).
WIDGET_MAX_MB = 200
UPLOAD_TYPES = ("pdf", "txt")
TOTAL_SETTING = "SK_UPLOAD_TOTAL_MB"  # all kept uploads together; the oldest unused go first
DEFAULT_TOTAL_MB = 500
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadTooLarge(ValueError):
    """An upload above ``MAX_UPLOAD_MB``; ``size_mb`` is its size."""

    def __init__(self, name: str, size_mb: float) -> None:
        super().__init__(f"{name}: {size_mb:.1f} MB, more than {MAX_UPLOAD_MB} MB")
        self.size_mb = size_mb


def safe_name(name: str) -> str:
    """The base name of ``name`` with unsafe characters replaced; never empty or hidden."""
    base = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).lstrip(".")
    return base or "peraturan.txt"


def save_upload(name: str, data: bytes, directory: Path | None = None) -> Path:
    """Write ``data`` under ``directory`` (default ``UPLOAD_DIR``) and return its path.

    Raises UploadTooLarge above ``MAX_UPLOAD_MB``; writing the same bytes again is a no-op.
    """
    size_mb = len(data) / 1_000_000
    if size_mb > MAX_UPLOAD_MB:
        raise UploadTooLarge(name, size_mb)
    root = directory or UPLOAD_DIR
    folder = root / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_name(name)
    if not path.exists():
        path.write_bytes(data)
    os.utime(folder)  # used now: the last to be cleaned
    prune(root, keep=folder)
    return path


def discard(path: Path) -> None:
    """Delete a rejected upload (its whole hash folder): nothing unusable is kept."""
    shutil.rmtree(path.parent, ignore_errors=True)


def total_limit_mb() -> int:
    raw = os.environ.get(TOTAL_SETTING) or str(DEFAULT_TOTAL_MB)
    return int(raw) if raw.isdigit() else DEFAULT_TOTAL_MB


def prune(root: Path, keep: Path) -> list[Path]:
    """Delete the least recently used upload folders until all fit ``SK_UPLOAD_TOTAL_MB``.

    ``keep`` (the upload being handled) is never deleted; returns what was.
    """
    folders = sorted((f for f in root.iterdir() if f.is_dir()), key=lambda f: f.stat().st_mtime)
    sizes = {f: sum(p.stat().st_size for p in f.rglob("*") if p.is_file()) for f in folders}
    total, cap, removed = sum(sizes.values()), total_limit_mb() * 1_000_000, []
    for folder in folders:
        if total <= cap:
            break
        if folder != keep:
            shutil.rmtree(folder, ignore_errors=True)
            total -= sizes[folder]
            removed.append(folder)
    return removed
