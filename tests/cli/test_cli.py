"""The command line on real inputs, through typer's runner (same process, real store files)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadwatch.cli.app import app
from dyadwatch.schema import validate_event
from dyadwatch.store import Store

ARTICLE = """Title: Honduras pledges to work with Washington against gangs
Publisher: Example Wire

Honduras pledged on Tuesday to work with the United States against MS-13, the government said.
Mexico and Guatemala signed a border security agreement in Mexico City last week.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """A folder with one good article and every kind of bad input."""
    d = tmp_path / "inputs"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (d / "latin1.txt").write_bytes("Honduras firm\xe9 un acuerdo con M\xe9xico.".encode("latin-1"))
    (d / "lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": "Colombia accused Venezuela of sheltering rebels.", "published": "2019-09-10"})
        + "\n{broken json\n"
        + json.dumps({"id": "notext", "title": "no text here"})
        + "\n",
        encoding="utf-8",
    )
    return d


def test_code_prints_contract_events_as_jsonl(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--published", "2018-02-21", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records, "no events coded"
    for record in records:
        validate_event(record)
    assert {"AGREE", "COOPERATE"} & {r["plover"]["type"] for r in records}


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_code_other_formats(runner, tmp_path, fmt):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--published", "2018-02-21", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "Honduras" in result.stdout


def test_bad_published_date_is_a_usage_error(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["code", str(path), "--published", "21/02/2018"])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception) or "YYYY-MM-DD" in result.output


def test_ingest_stores_good_inputs_reports_each_bad_one_and_exits_1(runner, tmp_path, mixed_inputs):
    store = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(mixed_inputs), "--store", str(store)])
    assert result.exit_code == 1, result.output
    err = result.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "lines.jsonl:2", "lines.jsonl:3"):
        assert name in err, f"{name} not reported: {err}"
    assert "failures: 5" in result.stdout
    with Store(store, read_only=True) as st:
        assert st.counts()["articles"] == 2
        assert st.counts()["failures"] == 5


def test_ingest_twice_adds_nothing(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "s.duckdb"
    first = runner.invoke(app, ["ingest", str(path), "--store", str(store), "--published", "2018-02-21"])
    assert first.exit_code == 0, first.output
    with Store(store, read_only=True) as st:
        counts = st.counts()
    second = runner.invoke(app, ["ingest", str(path), "--store", str(store), "--published", "2018-02-21"])
    assert second.exit_code == 0
    assert "0 added, 1 already stored" in second.stdout
    with Store(store, read_only=True) as st:
        assert st.counts() == counts


def test_events_and_dyad_read_the_store(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "s.duckdb"
    runner.invoke(app, ["ingest", str(path), "--store", str(store), "--published", "2018-02-21"])
    listed = runner.invoke(app, ["events", "--store", str(store), "--dyad", "HND", "USA", "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert records
    assert all({"HND", "USA"} == {r["source"]["country"], r["target"]["country"]} for r in records)
    glance = runner.invoke(app, ["dyad", "USA", "HND", "--store", str(store), "--by", "month"])
    assert glance.exit_code == 0, glance.output
    assert "USA \u2194 HND" in glance.stdout
    assert "2018-02" in glance.stdout


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    import typer.main

    group = typer.main.get_group(app)
    for name, command in group.commands.items():
        assert f"dyadwatch {name}" in readme, f"command {name!r} is missing from the README"
        if hasattr(command, "commands"):
            for sub in command.commands:
                assert f"dyadwatch {name} {sub}" in readme, f"command '{name} {sub}' is missing from the README"


def test_every_default_stage_is_documented_in_the_readme():
    from dyadwatch.pipeline import Pipeline

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name in Pipeline.build().names:
        assert re.search(rf"\b{re.escape(name)}\b", readme), f"stage {name} is missing from the README"
