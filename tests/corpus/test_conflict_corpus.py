"""The conflict half of the labelled event corpus: valid, complete, reproducible."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
OUT = CORPUS / "events" / "conflict.jsonl"
TYPES = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@pytest.fixture(scope="module")
def generator():
    sys.path.insert(0, str(CORPUS))
    spec = importlib.util.spec_from_file_location("generate_conflict", CORPUS / "generate_conflict.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed_records():
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_file_is_valid(generator, committed_records):
    assert generator.validate(committed_records) == []


def test_committed_file_matches_the_generator(generator, committed_records):
    # The file must be exactly what the seeded generator writes, so it can be rebuilt and reviewed.
    assert generator.generate() == committed_records


def test_each_type_has_enough_sentences(committed_records):
    counts = Counter(r["plover_type"] for r in committed_records)
    for ptype in TYPES:
        assert counts[ptype] >= 300, ptype
    for ptype in ("ACCUSE", "THREATEN", "ASSAULT", "COERCE"):
        assert counts[ptype] >= 400, ptype
    statements = [r for r in committed_records if r["plover_type"] == "NONE" and r["cameo"]]
    assert len(statements) >= 650  # 696 since the frames too close to evaluation sentences were withdrawn


def test_every_cameo_code_of_the_types_is_covered(committed_records):
    table = CORPUS.parent / "src" / "dyadwatch" / "ontology" / "cameo.tsv"
    with table.open(encoding="utf-8") as fh:
        codes = [r["code"] for r in csv.DictReader(fh, delimiter="\t") if r["plover_type"] in TYPES]
    counts = Counter(r["cameo"] for r in committed_records)
    assert [c for c in codes if len(c) > 2 and counts[c] < 3] == []
    assert all(counts[f"01{d}"] >= 10 for d in range(10))


def test_dev_split_holds_whole_frames_for_every_type(committed_records):
    for ptype in (*TYPES, "NONE"):
        recs = [r for r in committed_records if r["plover_type"] == ptype]
        frames = {r["frame"] for r in recs}
        dev_frames = {r["frame"] for r in recs if r["split"] == "dev"}
        assert 0.08 <= len(dev_frames) / len(frames) <= 0.25, ptype


def test_stances_are_mixed_within_event_types(committed_records):
    for ptype in TYPES:
        stances = Counter(r["stance"] for r in committed_records if r["plover_type"] == ptype)
        total = sum(stances.values())
        assert 0.5 <= stances["asserted"] / total <= 0.8, ptype
        assert stances["negated"] / total >= 0.05, ptype
        assert stances["hypothetical"] / total >= 0.05, ptype
        assert stances["historical"] >= 10, ptype


@pytest.mark.parametrize(
    "record, problem",
    [
        ({"cameo": "112", "plover_type": "ASSAULT"}, "is ACCUSE in cameo.tsv"),
        ({"trigger": "bombed"}, "trigger 'bombed' is not a substring"),
        ({"source": "Iran"}, "source 'Iran' is not a substring"),
        ({"mode": "riot"}, "mode 'riot' is not a ACCUSE mode"),
        ({"stance": "rumoured"}, "unknown stance"),
        ({"context": ["weather"]}, "bad context"),
        ({"plover_type": "NONE", "cameo": "112", "mode": None}, "NONE sentences take a 01x"),
    ],
)
def test_validate_reports_bad_records(generator, record, problem):
    good = {
        "id": "accuse-x0001", "text": "Russia accused Ukraine of shelling the plant on Monday, officials said.",
        "plover_type": "ACCUSE", "cameo": "112", "mode": "allege", "stance": "asserted", "source": "Russia",
        "target": "Ukraine", "trigger": "accused", "context": [], "split": "train", "frame": "accuse-x",
    }  # fmt: skip
    assert generator.validate([good]) == []
    problems = generator.validate([{**good, **record}])
    assert any(problem in p for p in problems), problems


def test_render_verb_conjugates_every_stance(generator):
    import random

    rng = random.Random(1)
    forms = "open fire on:opened fire on:opened fire on"
    assert generator.render_verb(rng, forms, "asserted", False, False, False)[0] == "opened fire on"
    assert generator.render_verb(rng, forms, "negated", False, False, False)[0] == "did not open fire on"
    assert generator.render_verb(rng, forms, "historical", True, False, False)[0] == "had opened fire on"
    assert generator.render_verb(rng, "arrest:arrested:arrested", "asserted", True, True, False)[0] == "were arrested"
    assert generator.render_verb(rng, "arrest:arrested:arrested", "negated", False, True, True)[0] == (
        "had not been arrested"
    )
