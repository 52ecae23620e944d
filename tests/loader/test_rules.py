"""Rule tables are data: bad rows are all reported at once; a new row changes the reading."""

from __future__ import annotations

import shutil

import pytest

from loader.errors import RuleTableError
from loader.reading.extract import extract_file
from loader.reading.rules import RULES_DIR, load_rules
from tests.loader.conftest import BUTON


@pytest.mark.parametrize(
    ("table", "rows", "problems"),
    [
        (
            "relations.toml",
            '[[relation]]\nid = "x"\nedges = ["LIKES"]\ncue = "suka"\nsource = "subject"\n'
            'target = "object"\n\n[[relation]]\nid = "y"\nedges = ["ASSIGNS"]\ncue = "(unclosed"\n'
            'source = "somewhere"\ntarget = "object"\n',
            3,  # unknown edge type, bad regex, bad source spec
        ),
        ("positions.toml", '[[position]]\npattern = "Kepala [Unit"\nclass = "Boss"\n', 2),
        ("titles.toml", '[[unit]]\nword = "Kantor [Besar"\nclass = "Boss"\n', 2),
        (
            "roles.toml",
            'intro = "sebagai"\njoiner = "dan"\n[[term]]\nrole = "RAJA"\npattern = "Raja"\n',
            1,
        ),
    ],
)
def test_every_bad_row_is_reported_at_once(rules_copy, table, rows, problems):
    (rules_copy / table).write_text(rows, encoding="utf-8")
    with pytest.raises(RuleTableError) as err:
        load_rules(rules_copy)
    assert len(err.value.problems) == problems
    assert table in str(err.value)


def test_a_new_wording_is_one_row(rules_copy, tmp_path):
    text = BUTON.read_text(encoding="utf-8").replace(
        "Pejabat Pengawas dapat ditunjuk sebagai pelaksana koordinasi pelaksanaan tugas",
        "Pejabat Pengawas mengampu pelaksanaan tugas",
    )
    path = tmp_path / "buton.txt"
    path.write_text(text, encoding="utf-8")

    def coordinates(rules):
        return {
            (e.source, e.target)
            for e in extract_file(path, rules).edges
            if e.type.value == "COORDINATES" and e.unit_type is None
        }

    assert coordinates(load_rules(rules_copy)) == set()
    with (rules_copy / "relations.toml").open("a", encoding="utf-8") as table:
        table.write(
            '\n[[relation]]\nid = "mengampu"\nedges = ["COORDINATES"]\n'
            'cue = "mengampu pelaksanaan tugas"\nsource = "subject"\ntarget = "object"\n'
        )
    assert coordinates(load_rules(rules_copy)) == {
        ("Pejabat Pengawas", "Pejabat Fungsional"),
        ("Pejabat Pengawas", "pelaksana"),
    }


def test_the_heading_and_layout_tables_are_validated_with_the_others(rules_copy):
    """regulation.toml and structure.toml [layout] go through the same loader (issue 11)."""
    heading = rules_copy / "regulation.toml"
    text = heading.read_text(encoding="utf-8")
    text = text.replace("pattern = 'BUPATI'", "pattern = 'BUPATI('")
    text = text.replace('provinsi = "province"', 'provinsi = "kerajaan"')
    text = text.replace("maret = 3", "maret = 13")
    heading.write_text(text, encoding="utf-8")
    with pytest.raises(RuleTableError) as err:
        load_rules(rules_copy)
    assert "regulation.toml" in str(err.value) and len(err.value.problems) == 3
    shutil.copy(RULES_DIR / "regulation.toml", heading)
    structure = rules_copy / "structure.toml"
    text = structure.read_text(encoding="utf-8")
    structure.write_text(text.replace("signature = '^(?:", "signature = '^((?:"), encoding="utf-8")
    with pytest.raises(RuleTableError) as err:
        load_rules(rules_copy)
    assert err.value.problems[0][0] == "layout.signature"


def test_a_new_title_is_one_row(rules_copy, tmp_path):
    """An abbreviation administration uses without defining it becomes known by one row."""
    path = tmp_path / "contoh.txt"
    path.write_text(
        "PERATURAN BUPATI CONTOH\nNOMOR 1 TAHUN 2025\nTENTANG\nSISTEM KERJA\n\nPasal 1\n"
        "(1) Kasatpam menetapkan kinerja Pelaksana.\n",
        encoding="utf-8",
    )

    def sources(rules):
        return {e.source for e in extract_file(path, rules).edges}

    assert sources(load_rules(rules_copy)) == set()
    with (rules_copy / "titles.toml").open("a", encoding="utf-8") as table:
        table.write('\n[[abbreviation]]\nshort = "Kasatpam"\nclass = "Pengawas"\n')
    assert sources(load_rules(rules_copy)) == {"Kasatpam"}
