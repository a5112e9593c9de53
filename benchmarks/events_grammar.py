"""Grammar pass rates of events.plover.v3 on the PETRARCH2 unit-test sentences (../shared/eval).

The sentences use fictional actors (Arnor, Gondor, ...), so they test sentence structure, not actor
knowledge. The actors are therefore given by hand: every capitalised word (and a few two-word place
names) whose letters contain a gold actor code of the same record, in order, is marked as that
actor ("Eriadorian" -> ERI, "Libya" -> LBY). What is measured is whether the coder finds the right
events, sources and targets given the actors.

A record passes ("triples") when every gold (source country, target country, CAMEO root) is among
the coded events, or, for a record with no event, when nothing is coded. "root" checks only the
CAMEO roots, "dyads" only the (source, target) pairs. Records are grouped by the record family
(PETRARCH's id prefix: PASSIVE, COMPOUND, COMMA, AGENT, ...) and by grammar features detected in
the text (passive, negation, reported speech, compound actors, subordinate clause).

    python benchmarks/events_grammar.py [--no-classifier] [--show FAMILY]

Prints a Markdown table; skips (exit 0) when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import defaultdict
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "petrarch2_unittests" / "gold.jsonl"
PLACES = {"Minas Tirith": "GON", "Cirith Ungol": "MOR", "Michel Delving": "SHR", "Caras Galadhon": "ELF"}
FEATURES = {
    "passive": re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+ed\b(?:\s+\w+){0,3}\s+by\b", re.I),
    "negation": re.compile(r"\b(?:not|n't|never|neither|nor|no)\b", re.I),
    "reported speech": re.compile(r"\b(?:said|says|reported|according to|noted|told|announced)\b", re.I),
    "compound actors": re.compile(r"\b[A-Z]\w+,?\s+(?:and|or|nor)\s+(?:the\s+)?(?:\w+\s+)?[A-Z]\w+"),
    "subordinate clause": re.compile(r"\b(?:after|when|which|who|that|because|until|while)\b", re.I),
}


def _subsequence(code: str, word: str) -> bool:
    letters = iter(word.lower())
    return word[:1].lower() == code[:1].lower() and all(ch in letters for ch in code.lower())


def actor_map(record: dict) -> dict[str, str]:
    gold: set[str] = set()
    for event in record["events"]:
        for side in ("source", "target"):
            code = event[side].strip('"')
            if code[:3].isalpha():
                gold.add(code[:3])
    actors = {name: code for name, code in PLACES.items() if name in record["text"]}
    for word in set(re.findall(r"\b[A-Z][a-z]+\b", record["text"])):
        for code in gold:
            if word != "The" and _subsequence(code, word):
                actors[word] = code
    return actors


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-classifier", action="store_true")
    parser.add_argument("--show", action="append", default=[])
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"{GOLD} is absent: nothing to measure")
        return 0
    warnings.filterwarnings("ignore")
    from dyadwatch.coding.annotate import annotate
    from dyadwatch.stages.events import PloverEventStage

    stage = PloverEventStage(use_classifier=not args.no_classifier)
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_feature: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in records:
        doc = stage(annotate(record["text"], actor_map(record)))
        pred = {
            (e.source.code[:3] if e.source else "-", e.target.code[:3] if e.target else "-", e.cameo_code[:2])
            for e in doc.events
        }
        gold = {
            (e["source"].strip('"')[:3], e["target"].strip('"')[:3], e["event_code"][:2])
            for e in record["events"]
            if e["source"] != "---"
        }
        triple = gold <= pred if gold else not pred
        root = {g[2] for g in gold} <= {p[2] for p in pred} if gold else not pred
        dyad = {g[:2] for g in gold} <= {p[:2] for p in pred} if gold else not pred
        family = re.sub(r"[-_]?[0-9#]+[A-Za-z]*$", "", record["id"] or "NONE")
        family = family if family.isalpha() and family.isupper() else "OTHER"
        keys = [(by_family, family), (by_family, "ALL")]
        keys += [(by_feature, name) for name, rx in FEATURES.items() if rx.search(record["text"])]
        for table, key in keys:
            row = table[key]
            row[0] += triple
            row[1] += root
            row[2] += dyad
            row[3] += 1
        if family in args.show and not triple:
            print(record["id"], "|", record["text"], "\n   gold", sorted(gold), "\n   pred", sorted(pred))
    for title, table in (("record family", by_family), ("grammar feature (detected in the text)", by_feature)):
        print(f"\n| {title} | n | triples | CAMEO root | dyads |\n|---|---:|---:|---:|---:|")
        for key, (t, r, d, n) in sorted(table.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
            print(f"| {key} | {n} | {t / n:.2f} | {r / n:.2f} | {d / n:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
