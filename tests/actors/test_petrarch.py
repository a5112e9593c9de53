from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors import knowledge_base
from dyadwatch.actors.petrarch import read_petrarch
from dyadwatch.errors import KnowledgeBaseError

SAMPLE = Path(__file__).parent / "data" / "sample_phoenix.txt"


def test_reads_names_synonyms_and_dated_codes():
    entries = {e["name"]: e for e in read_petrarch(SAMPLE)}
    joh = entries["Juan Orlando Hernandez"]
    assert joh["kind"] == "person"
    assert "JOH" in joh["aliases"]
    assert [(r["code"], r.get("start"), r.get("end")) for r in joh["roles"]] == [
        ("HNDLEG", "2010-01-25", "2014-01-21"),
        ("HNDGOV", "2014-01-27", "2022-01-27"),
        ("HNDELI", "2022-01-27", None),
    ]
    assert entries["Mara Salvatrucha"]["code"] == "CRMMS13"
    assert entries["Mara Salvatrucha"]["sector"] == "CRM"
    assert entries["Organization Of American States"]["kind"] == "igo"
    assert entries["Honduras"]["kind"] == "country"
    assert len(entries) == 6  # the <AGENT> line is skipped


def test_imported_dictionary_resolves_at_dates():
    kb = knowledge_base(extra_files=(SAMPLE,))
    assert kb.resolve("JOH", on=date(2012, 5, 1)).code == "HNDLEG"
    assert kb.resolve("JOH", on=date(2018, 5, 1)).code == "HNDGOV"
    assert kb.resolve("JOH", on=date(2025, 5, 1)).code == "HNDELI"
    assert kb.resolve("Honduran Customs Agency").code == "HNDCOP"


def test_bad_date_range_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_text("SOMEONE_ [USAGOV 2020]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"line 1.*YYYYMMDD"):
        read_petrarch(path)


def test_synonym_before_name_is_an_error(tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_text("+ORPHAN_\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="before any actor"):
        read_petrarch(path)
