"""Printed lines back into the regulation's lines: wraps joined, points kept apart."""

from __future__ import annotations

import pytest

from loader.pdf.layout import PhysLine, Run, logical_lines, opener_test, physical_lines
from loader.pdf.layout import without_folios as drop_folios
from loader.pdf.ocr import repair
from loader.reading.rules import load_rules

RIGHT = 530.0  # the column's right edge in these made-up pages
PITCH = 15.0
CHAR = 6.0  # points per character: a monospaced page keeps the widths easy to read


def page(*texts: str, number: int = 1, top: float = 60.0) -> list[PhysLine]:
    """Printed lines one pitch apart ("" leaves a blank line), each as wide as its text."""
    lines = []
    for i, text in enumerate(texts):
        if text:
            x0 = 64.0
            lines.append(
                PhysLine(
                    text,
                    number,
                    x0,
                    x0 + CHAR * len(text),
                    top + PITCH * i,
                    11.0,
                    CHAR * len(text.split()[0]),
                )
            )
    return lines


FULL = " ".join(["kata"] * int((RIGHT - 64) / CHAR / 5))  # a line that reaches the right edge


@pytest.fixture(scope="module")
def opens():
    return opener_test(load_rules().structure)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        # a sentence wrapped just before "ayat (1)" / "(1)" is one line again
        ((FULL[:-6] + " pada", "(1) huruf a."), [FULL[:-6] + " pada (1) huruf a."]),
        # a full line ending a point, then the next point: kept apart
        ((FULL[:-2] + ";", "b. Kepala Bidang."), [FULL[:-2] + ";", "b. Kepala Bidang."]),
        # a short line is never continued
        (
            ("Pasal 5", "(1) Bupati menetapkan kinerja."),
            ["Pasal 5", "(1) Bupati menetapkan kinerja."],
        ),
        # a blank line keeps two lines apart however full the first
        ((FULL, "", "lanjutan"), [FULL, "", "lanjutan"]),
        # a heading wrapped by the page width reads in full
        (
            (FULL[:-9] + " Mekanisme", "Kerja pada Dinas"),
            [FULL[:-9] + " Mekanisme Kerja pada Dinas"],
        ),
    ],
)
def test_wrapped_lines_join_and_points_stay_apart(printed, read, opens):
    assert [text for text, _ in logical_lines(page(*printed), opens)] == read


def test_a_sentence_over_a_page_break_is_one_line_cited_on_its_first_page(opens):
    lines = page("Pasal 1", FULL[:-5] + " oleh") + page("Kepala Dinas.", number=2)
    assert logical_lines(lines, opens) == [
        ("Pasal 1", 1),
        (FULL[:-5] + " oleh Kepala Dinas.", 1),
    ]


def test_page_numbers_at_the_top_or_foot_are_dropped():
    lines = page("kinerja", "12") + page("- 2 -", "Pasal 3", "Halaman 2 dari 9", number=2)
    assert [line.text for line in drop_folios(lines)] == ["kinerja", "Pasal 3"]


def test_a_number_inside_the_page_is_kept():
    lines = page("BAB I", "1", "Pasal 1")
    assert [line.text for line in drop_folios(lines)] == ["BAB I", "1", "Pasal 1"]


def test_glyphs_become_words_on_lines_read_left_to_right():
    glyphs = [
        Run("B", 80, 86, 100, 111),
        Run("A", 70, 76, 100.5, 111.5),  # drawn out of order, a little lower
        Run("C", 90, 96, 100, 111),  # a gap wider than a space: a new word
        Run("D", 70, 76, 115, 126),  # the next line
    ]
    lines = physical_lines(1, glyphs)
    assert [line.text for line in lines] == ["A B C", "D"]
    assert lines[0].first_word == pytest.approx(6)


def test_ocr_words_stay_apart_however_narrow_the_gap():
    words = [Run("kelompok", 70, 120, 100, 111, word=True), Run("JF", 120.5, 135, 100, 111, True)]
    assert [line.text for line in physical_lines(1, words)] == ["kelompok JF"]


@pytest.mark.parametrize(
    ("word", "repaired"),
    [
        ("Il", "II"),
        ("IlI", "III"),
        ("Ill/individu", "III/individu"),
        ("Il);", "II);"),
        ("Illustrasi", "Illustrasi"),  # a word, not a numeral
        ("Kepala", "Kepala"),
        ("dan/atau", "dan/atau"),
    ],
)
def test_ocr_slips_in_roman_numerals_are_undone(word, repaired):
    assert repair(word) == repaired
