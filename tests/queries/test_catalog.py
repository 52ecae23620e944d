"""The Cypher catalog: headers are parsed, and a header out of step with its text is refused."""

from __future__ import annotations

import pytest

from queries.catalog import WRITES_DIR, CatalogError, load_catalog, parse_file, schema_statements

GOOD = """// purpose: Positions by title.
// param regency "Kabupaten Buton" -- Regency name
// param q "kepala" -- text
// returns: uid, title
MATCH (p:Position) WHERE p.regency = $regency AND p.title CONTAINS $q
RETURN p.uid AS uid, p.title AS title
"""


def write(tmp_path, text: str):
    path = tmp_path / "example.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_header_gives_purpose_params_and_columns(tmp_path):
    query = parse_file(write(tmp_path, GOOD))
    assert query.name == "example" and query.purpose == "Positions by title."
    assert query.examples == {"regency": "Kabupaten Buton", "q": "kepala"}
    assert query.columns == ("uid", "title")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD.replace('// param q "kepala" -- text\n', ""), "differ"),  # $q undeclared
        (GOOD.replace("$q", "'x'"), "differ"),  # declared, unused
        (GOOD.replace('"kepala"', "kepala"), "not JSON"),
        (GOOD.replace("// returns: uid, title\n", ""), "returns"),
        (GOOD.split("MATCH")[0], "no Cypher"),
    ],
)
def test_bad_header_is_refused(tmp_path, text, problem):
    with pytest.raises(CatalogError, match=problem):
        parse_file(write(tmp_path, text))


def test_dollar_inside_a_string_is_not_a_parameter(tmp_path):
    text = GOOD.replace("RETURN p.uid", "RETURN '$x' AS s, p.uid").replace(
        "// returns: ", "// returns: s, "
    )
    assert parse_file(write(tmp_path, text)).params == ("regency", "q")


def test_every_shipped_file_parses():
    assert {"structure_edges", "schema", "position_search"} <= set(load_catalog())
    writes = load_catalog(WRITES_DIR)
    assert len(writes["create_edges"].statements) == 6
    assert set(writes["create_edges"].params) == {
        "APPRAISES",
        "ASSIGNS",
        "COORDINATES",
        "RECOMMENDS_APPRAISAL",
        "REVIEWS_RESULTS_OF",
        "SETS_PERFORMANCE",
    }
    assert schema_statements("falkordb") and schema_statements("neo4j")


def test_write_plan_sends_each_statement_only_its_params():
    plan = load_catalog(WRITES_DIR)["create_nodes"].plan(
        {"provisions": [1], "unit_types": [], "units": [], "templates": [], "instances": []}
    )
    assert [sorted(params) for _, params in plan] == [["provisions"]]  # empty lists skipped
