"""``python -m loader load`` / ``reset``: exit codes and one-line messages."""

from __future__ import annotations

from pathlib import Path

from loader.__main__ import main
from queries.store import open_store

KONAWE = Path(__file__).resolve().parents[2] / "data/regulations/003_56256879d0efc672.txt"


def test_load_then_if_changed_then_reset(cli_env, capsys):
    assert main(["load", str(KONAWE)]) == 0
    assert f"loaded {KONAWE.name}: 6 positions" in capsys.readouterr().out
    assert main(["load", "--if-changed", str(KONAWE)]) == 0
    assert f"unchanged {KONAWE.name}" in capsys.readouterr().out
    assert main(["reset"]) == 0
    store = open_store()
    try:
        assert store.is_empty()
    finally:
        store.close()


def test_bad_file_exits_1_naming_it(cli_env, capsys, tmp_path):
    missing = tmp_path / "hilang.txt"
    assert main(["load", str(missing), str(KONAWE)]) == 1
    err = capsys.readouterr().err
    assert "1 of 2 file(s) not loaded: hilang.txt" in err


def test_unusable_data_dir_exits_2_with_one_line(monkeypatch, capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SK_DATA_DIR", str(blocker / "store"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert main(["load"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: data directory") and "\n" not in err
