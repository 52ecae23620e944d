"""The same edges come out whatever the line endings and spacing of the file."""

from __future__ import annotations

import pytest

from loader.model import position_key
from loader.reading.extract import extract_file
from tests.loader.conftest import FILES


def edges(x):
    return {(e.type, position_key(e.source), position_key(e.target), e.condition) for e in x.edges}


VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp": lambda t: t.replace(" ", "\u00a0", 2000),
    "tabs": lambda t: t.replace("  ", "\t"),
    "trailing-spaces": lambda t: t.replace("\n", "   \n"),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_layout_noise_keeps_the_edges(tmp_path, path, variant, extracted):
    text = path.read_text(encoding="utf-8")
    noisy = tmp_path / path.name
    noisy.write_bytes(VARIANTS[variant](text).encode("utf-8"))
    again = extract_file(noisy)
    assert edges(again) == edges(extracted[path.name])
    with open(noisy, encoding="utf-8") as handle:
        source = handle.read()
    for e in again.edges:
        assert source[e.citation.start : e.citation.end] == e.citation.quote
