"""The cooperative half of the labelled event corpus: valid, complete, reproducible, split by frame."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
OUT = CORPUS / "events" / "cooperation.jsonl"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST")


def _load(name: str):
    sys.path.insert(0, str(CORPUS))
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator():
    return _load("generate_cooperation")


@pytest.fixture(scope="module")
def stats():
    return _load("stats")


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_file_is_valid(stats, records):
    assert stats.validate_records(records, strict=True) == []


def test_committed_file_matches_the_generator(generator, records):
    # The file is exactly what the seeded generator writes: rebuildable and reviewable.
    built = generator.build()
    assert [{k: r[k] for k in generator.FIELD_ORDER} for r in built] == records


def test_each_type_has_enough_sentences(records):
    counts = Counter(r["plover_type"] for r in records)
    for ptype in TYPES:
        assert counts[ptype] >= 300, ptype
    for ptype in ("AGREE", "CONSULT", "SUPPORT", "REQUEST"):
        assert counts[ptype] >= 400, ptype
    assert sum(1 for r in records if r["plover_type"] == "NONE" and r["cameo"] is None) >= 700


def test_every_cameo_code_of_the_types_is_covered(records):
    tsv = CORPUS.parent / "src" / "dyadwatch" / "ontology" / "cameo.tsv"
    with tsv.open(encoding="utf-8") as fh:
        codes = [r["code"] for r in csv.DictReader(fh, delimiter="\t") if r["plover_type"] in TYPES]
    used = Counter(r["cameo"] for r in records)
    # Curfew and emergency-rule easing (0813/0814) are coded CONCEDE 081 on purpose (corpus/README.md).
    missing = [c for c in codes if len(c) >= 3 and used[c] < 3 and c not in {"0813", "0814"}]
    assert missing == []
    assert used["0813"] == used["0814"] == 0


def test_lifting_a_curfew_is_concede(records):
    curfews = [r for r in records if "lifted the curfew" in r["text"] and r["stance"] != "future"]
    assert curfews and all(r["plover_type"] == "CONCEDE" and r["cameo"] == "081" for r in curfews)


def test_dev_is_whole_frames_and_about_fifteen_percent(records):
    frames_by_type: dict[str, dict[str, set[str]]] = {}
    for r in records:
        frames_by_type.setdefault(r["frame"].split("-")[0], {}).setdefault(r["frame"], set()).add(r["split"])
    for prefix, frames in frames_by_type.items():
        assert all(len(s) == 1 for s in frames.values()), prefix
        share = sum(1 for s in frames.values() if s == {"dev"}) / len(frames)
        assert 0.05 <= share <= 0.30, (prefix, share)


def test_stances_are_spread(records):
    for ptype in TYPES:
        stances = Counter(r["stance"] for r in records if r["plover_type"] == ptype)
        total = sum(stances.values())
        assert 0.45 <= stances["asserted"] / total <= 0.80, ptype
        assert stances["negated"] / total >= 0.07, ptype
        assert stances["hypothetical"] / total >= 0.05, ptype
        assert stances["historical"] >= 10, ptype


def test_future_cooperation_is_coded_agree(records):
    # PLOVER: promised or future CONSULT/SUPPORT/COOPERATE/AID/RETREAT/CONCEDE acts are AGREE.
    future = Counter(r["plover_type"] for r in records if r["stance"] == "future")
    assert set(future) <= {"AGREE", "REQUEST", "NONE"}
    will_meet = [r for r in records if " will meet " in f" {r['text']} " and r["plover_type"] != "NONE"]
    assert will_meet and all(r["plover_type"] == "AGREE" and r["cameo"] == "036" for r in will_meet)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"trigger": "absent words"}, "not a substring"),
        ({"cameo": "036", "plover_type": "CONSULT"}, "is AGREE in cameo.tsv"),
        ({"mode": "visit"}, "is not a PLOVER mode"),
        ({"stance": "maybe"}, "unknown stance"),
        ({"context": ["weather"]}, "unknown contexts"),
        ({"cameo": "999"}, "not in cameo.tsv"),
    ],
)
def test_validator_rejects_broken_records(stats, records, change, complaint):
    broken = dict(next(r for r in records if r["plover_type"] == "AGREE"), **change)
    problems = stats.validate_records([broken])
    assert any(complaint in p for p in problems), problems


def test_strict_validation_rejects_a_span_inside_a_word(stats, records):
    rec = dict(records[0], text="Indian trucks crossed into Pakistan.", source="India", trigger="crossed")
    rec["target"] = None
    assert stats.validate_records([rec]) == []
    assert any("cuts through a word" in p for p in stats.validate_records([rec], strict=True))


def test_validator_rejects_a_frame_in_both_splits(stats, records):
    a, b = [dict(r) for r in records if r["frame"] == records[0]["frame"]][:2]
    b["split"] = "dev" if a["split"] == "train" else "train"
    assert any("in both splits" in p for p in stats.validate_records([a, b]))


def test_update_readme_rewrites_only_the_counts_section(stats, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Title\n\nHow it was made.\n\n## Counts\n\nold table\n", encoding="utf-8")
    stats.update_readme("### a.jsonl (1 sentences)\n\n| new |\n", readme=readme)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\nHow it was made.\n\n## Counts")
    assert "old table" not in text and "#### a.jsonl" in text and "| new |" in text
