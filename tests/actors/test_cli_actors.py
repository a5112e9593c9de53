from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dyadwatch.actors import knowledge_base
from dyadwatch.cli.actors import app

SAMPLE = Path(__file__).parent / "data" / "sample_phoenix.txt"
runner = CliRunner()


def test_lookup_at_a_date():
    result = runner.invoke(app, ["lookup", "Juan Orlando Hernández", "--date", "2018-02-20"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "HNDGOV" in result.output
    assert "President of Honduras" in result.output
    later = runner.invoke(app, ["lookup", "Juan Orlando Hernández", "--date", "2026-02-10"], env={"COLUMNS": "200"})
    assert "HNDELI" in later.output


def test_lookup_a_place_says_so():
    result = runner.invoke(app, ["lookup", "Mar-a-Lago"])
    assert result.exit_code == 1
    assert "a place, not an actor" in result.output


def test_lookup_rejects_a_bad_date():
    result = runner.invoke(app, ["lookup", "Trump", "--date", "yesterday"])
    assert result.exit_code != 0


def test_list_by_country():
    result = runner.invoke(app, ["list", "--country", "hnd", "--date", "2026-02-10"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Nasry Asfura" in result.output
    assert "Marco Rubio" not in result.output


def test_import_writes_a_loadable_dictionary(tmp_path: Path):
    out = tmp_path / "phoenix.yaml"
    result = runner.invoke(app, ["import", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    kb = knowledge_base(extra_files=(out,))
    assert kb.resolve("Honduran Customs Agency").code == "HNDCOP"


def test_lookup_with_a_user_dictionary():
    result = runner.invoke(app, ["lookup", "Honduran Customs Agency", "--actors", str(SAMPLE)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "HNDCOP" in result.output
