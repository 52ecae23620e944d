"""Bad input: exit code 2 and one line naming the file and what is wrong; UTF-16 is read."""

from __future__ import annotations

import subprocess
import sys

import pytest

from loader.reading.extract import extract_file
from tests.loader.conftest import BUTON


def run_extract(path):
    return subprocess.run(
        [sys.executable, "-m", "loader", "extract", str(path)], capture_output=True, text=True
    )


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n\t\n", "file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
        (
            "latin1.txt",
            "PERATURAN BUPATI X NOMOR 1 TAHUN 2024 tentang sistem kerja – ö".encode("cp1252"),
            "not UTF-8 text",
        ),
        (
            "novel.txt",
            b"Pada suatu hari seekor kancil berjalan di tepi sungai.\n" * 30,
            "no regulation heading (PERATURAN/KEPUTUSAN BUPATI, WALI KOTA, GUBERNUR, MENTERI",
        ),
        (
            "pajak.txt",
            b"PERATURAN BUPATI BUTON\nNOMOR 4 TAHUN 2024\nTENTANG\nPAJAK DAERAH\n\n"
            b"BUPATI BUTON,\n\nBAB I\nPasal 1\nPajak daerah dipungut.\n",
            "not a sistem-kerja regulation",
        ),
    ],
)
def test_bad_file_exits_2_with_one_line(tmp_path, name, data, reason):
    done = run_extract(write(tmp_path, name, data))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert name in lines[0] and reason in lines[0]
    assert done.stdout == ""


def test_missing_file(tmp_path):
    done = run_extract(tmp_path / "nope.txt")
    assert done.returncode == 2
    assert "nope.txt: file not found" in done.stderr


def test_directory_is_not_a_file(tmp_path):
    done = run_extract(tmp_path)
    assert done.returncode == 2 and "is a directory" in done.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_give_the_same_edges(tmp_path, encoding, extracted):
    text = BUTON.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = write(tmp_path, "buton.txt", data)
    again = extract_file(path)
    assert _edges(again) == _edges(extracted[BUTON.name])


def _edges(x):
    return {(e.type, e.source, e.target, e.condition) for e in x.edges}
