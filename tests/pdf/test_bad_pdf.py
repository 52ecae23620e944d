"""Bad PDFs: one clear line each, exit code 2, and nothing loaded (issue 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from loader.graph.load import load_files
from tests.loader.conftest import KONAWE_SELATAN
from tests.pdf.render import scanned_pdf

HEADING = "PERATURAN BUPATI KONAWE SELATAN NOMOR 52 TAHUN 2023 TENTANG SISTEM KERJA"


def run_cli(path: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loader", "extract", str(path)],
        capture_output=True,
        text=True,
        env=env,
    )


def one_line_error(done: subprocess.CompletedProcess, name: str, reason: str) -> None:
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert name in lines[0] and reason in lines[0]
    assert done.stdout == ""


def pdf(path: Path, pages: list[list[str]], **kwargs) -> Path:
    canvas = Canvas(str(path), invariant=1, **kwargs)
    for lines in pages:
        for i, line in enumerate(lines):
            canvas.drawString(72, 770 - 14 * i, line)
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def bad_pdfs(tmp_path) -> dict[str, tuple[Path, str]]:
    """{case: (file, what its message must say)} for every bad PDF the issue names."""
    regulation = KONAWE_SELATAN.read_text(encoding="utf-8").splitlines()[:50]
    lock = StandardEncryption("rahasia", canPrint=0)
    return {
        "encrypted": (
            pdf(tmp_path / "terkunci.pdf", [regulation], encrypt=lock),
            "password-protected",
        ),
        "300 pages": (
            pdf(tmp_path / "tebal.pdf", [[HEADING, f"Halaman {n}"] for n in range(300)]),
            "300 pages; at most 150",
        ),
        "not a regulation": (
            pdf(tmp_path / "novel.pdf", [["Pada suatu hari seekor kancil berjalan."] * 30]),
            "no regulation heading (PERATURAN/KEPUTUSAN BUPATI, WALI KOTA, GUBERNUR, MENTERI",
        ),
        "corrupt": (
            _write(tmp_path / "rusak.pdf", b"%PDF-1.7\n" + os.urandom(4000) + b"\n%%EOF\n"),
            "damaged",
        ),
        "truncated": (
            _cut(pdf(tmp_path / "ok.pdf", [regulation]), tmp_path / "terpotong.pdf"),
            "not a complete PDF",
        ),
    }


def _cut(whole: Path, path: Path) -> Path:
    """The first half of a good PDF, as an interrupted download leaves it."""
    data = whole.read_bytes()
    return _write(path, data[: len(data) // 2])


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "case", ["encrypted", "300 pages", "not a regulation", "corrupt", "truncated"]
)
def test_bad_pdf_exits_2_with_one_line(case, bad_pdfs):
    path, reason = bad_pdfs[case]
    one_line_error(run_cli(path), path.name, reason)


def test_the_page_cap_is_a_setting(tmp_path):
    path = pdf(tmp_path / "lima.pdf", [[HEADING]] * 5)
    env = {**os.environ, "SK_PDF_MAX_PAGES": "4"}
    one_line_error(run_cli(path, env), path.name, "5 pages; at most 4 are read (SK_PDF_MAX_PAGES)")


def test_a_bad_page_cap_is_one_line_too(tmp_path):
    path = pdf(tmp_path / "satu.pdf", [[HEADING]])
    env = {**os.environ, "SK_PDF_MAX_PAGES": "banyak"}
    one_line_error(run_cli(path, env), path.name, "SK_PDF_MAX_PAGES must be a positive whole")


def test_a_scan_without_ocr_says_what_to_install(tmp_path):
    source = tmp_path / "pendek.txt"
    source.write_text("\n".join([HEADING, "BAB I", "Pasal 1", "Bupati menetapkan kinerja."]))
    path = scanned_pdf(source, tmp_path / "pindaian.pdf")
    env = {**os.environ, "PATH": str(tmp_path)}  # no tesseract on this PATH
    one_line_error(run_cli(path, env), path.name, "no text layer and tesseract is not installed")


def test_nothing_is_loaded_from_bad_pdfs(bad_pdfs, fresh_store):
    paths = [path for path, _ in bad_pdfs.values()]
    report = load_files(paths, fresh_store)
    assert sorted(report.failed) == sorted(p.name for p in paths)
    assert report.loaded == []
    assert fresh_store.regulation_hashes() == {}
