"""Uploads: rejected files are deleted, kept ones have a total cap, no server path is shown
(issue 12: 10)."""

from __future__ import annotations

import os

from dashboard import uploads
from tests.dashboard.test_upload import upload_app  # noqa: F401 -- the page on its own graph


def test_a_rejected_upload_is_deleted_and_no_path_is_shown(upload_app, tmp_path):  # noqa: F811
    at = upload_app
    at.get("file_uploader")[0].upload("rusak.txt", b"\x00\x01\x02 bukan teks", "text/plain")
    at.run()
    assert len(at.error) == 1
    shown = " ".join(str(e.value) for e in [*at.error, *at.caption, *at.warning, *at.markdown])
    assert "rusak.txt" in shown and str(tmp_path) not in shown and "/tmp" not in shown
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # nothing kept


def test_kept_uploads_are_capped_oldest_unused_first(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_UPLOAD_TOTAL_MB", "1")
    saved = []
    for n in range(4):
        path = uploads.save_upload(f"p{n}.txt", bytes([n]) * 400_000, tmp_path)
        os.utime(path.parent, (1000 + n, 1000 + n))  # older first
        saved.append(path)
    uploads.save_upload("p0.txt", bytes([0]) * 400_000, tmp_path)  # p0 used again: newest now
    kept = sorted(p.name for p in tmp_path.rglob("*.txt"))
    assert kept == ["p0.txt", "p3.txt"]
    total = sum(p.stat().st_size for p in tmp_path.rglob("*.txt"))
    assert total <= 1_000_000
