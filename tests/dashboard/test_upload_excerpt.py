"""Unggah Peraturan: an excerpt of an issuer that has a regulation loaded is said so, and
governs its people pages only when the analyst ticks the choice (never silently)."""

from __future__ import annotations

from checks.snapshot import regulation_of
from dashboard import messages
from tests.dashboard.test_upload import upload_app  # noqa: F401 - the page on a fresh graph

MUNA = "Kabupaten Muna"
MUNA_UID = "kabupaten-muna/peraturan-bupati-19-2024"
LAMPIRAN = """LAMPIRAN
PERATURAN BUPATI MUNA
NOMOR 30 TAHUN 2025
TENTANG SISTEM KERJA

MEKANISME KERJA

A. Dinas Daerah
1. Kepala Bidang memberikan penugasan kepada Pejabat Fungsional.
"""


def _upload(at):
    at.get("file_uploader")[0].upload("lampiran-muna.txt", LAMPIRAN.encode(), "text/plain").run()
    assert not at.exception and not at.error, [e.value for e in at.exception or at.error]


def test_an_excerpt_is_said_not_to_govern_and_does_not(upload_app, fresh_store):  # noqa: F811
    at = upload_app
    _upload(at)
    note = messages.EXCERPT_GOVERNS_NOTE.split("{")[0]
    assert any(i.value.startswith(note) for i in at.info)
    assert at.checkbox(key="upload_governs").value is False
    at.button(key="upload_confirm").click().run()
    assert not at.exception and not at.error
    assert regulation_of(fresh_store, MUNA)["uid"] == MUNA_UID
    kept = messages.EXCERPT_GOVERNS_KEPT.format(regency=MUNA, label="")
    assert any(i.value.startswith(kept.rstrip(".")) for i in at.info)


def test_an_excerpt_the_analyst_chooses_governs(upload_app, fresh_store):  # noqa: F811
    at = upload_app
    _upload(at)
    at.checkbox(key="upload_governs").check().run()
    at.button(key="upload_confirm").click().run()
    assert not at.exception and not at.error
    chosen = regulation_of(fresh_store, MUNA)
    assert chosen["kind"] == "Kutipan"
    assert any(chosen["label"] in s.value for s in at.success)
