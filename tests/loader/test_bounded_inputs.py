"""Regulation files with bounds: size, FIFOs and devices, UTF-16 without a BOM (issue 12: 8)."""

from __future__ import annotations

import os
import threading
import time

import pytest

from loader.errors import UnreadableFile
from loader.graph.load import default_paths
from loader.reading.extract import extract_file

BUTON = default_paths()[0]


def test_text_above_the_limit_is_refused_quickly(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_TEXT_MAX_MB", "1")
    big = tmp_path / "besar.txt"
    big.write_bytes(BUTON.read_bytes() * 20)  # 1.2 MB of real regulation text
    start = time.monotonic()
    with pytest.raises(UnreadableFile, match=r"larger than 1 MB \(SK_TEXT_MAX_MB raises"):
        extract_file(big)
    assert time.monotonic() - start < 2


def test_file_limit_bounds_what_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_FILE_MAX_MB", "1")
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 1_500_000)
    with pytest.raises(UnreadableFile, match=r"larger than 1 MB \(SK_FILE_MAX_MB"):
        extract_file(big)


@pytest.mark.timeout(20)
def test_fifo_is_never_opened(tmp_path):
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    errors = []
    reader = threading.Thread(target=lambda: errors.append(_error(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # it blocked in open(): unblock it so the test can end
        with open(fifo, "wb"):
            pass
        reader.join(5)
        pytest.fail("reading a FIFO blocked")
    assert "not a regular file" in errors[0]


def test_device_is_never_read():
    assert "not a regular file" in _error("/dev/zero")


def _error(path) -> str:
    try:
        extract_file(path)
    except UnreadableFile as err:
        return str(err)
    except MemoryError:
        return "MemoryError"
    return "read"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    text = BUTON.read_text(encoding="utf-8")
    path = tmp_path / BUTON.name
    path.write_bytes(text.encode(encoding))
    assert extract_file(path).regulation.title == extract_file(BUTON).regulation.title
