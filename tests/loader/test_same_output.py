"""The output oracle (``tests/loader/same_output.py``) says "identical" only when the reader's
output is: a refusal, whose message opens with the file's path, must not differ between runs
because each run reads its cases from a new temporary folder."""

from __future__ import annotations

from tests.loader.same_output import _extracted


def test_a_refusal_reads_the_same_from_any_folder(tmp_path):
    texts = []
    for folder in ("one", "two"):
        path = tmp_path / folder / "case.txt"
        path.parent.mkdir()
        path.write_text("Daftar hadir rapat koordinasi.\n", encoding="utf-8")
        texts.append(_extracted(path))
    assert texts[0].startswith("refused: case.txt")
    assert texts[0] == texts[1]
