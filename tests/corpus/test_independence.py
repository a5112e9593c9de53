"""The training corpus must be independent of what the coder is measured on: no corpus sentence
shares a run of six words with a sentence of the evaluation sets or of the seed articles.
(Skipped when ../shared is absent.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.shared]

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
N = 6


def _grams(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + N]) for i in range(len(words) - N + 1)}


def _measured_grams() -> set[str]:
    grams: set[str] = set()
    for path in (SHARED / "eval").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = row.get("text") or row.get("sentence") or ""
            if isinstance(text, str):
                grams |= _grams(text)
    for path in (SHARED / "seeds").glob("*.txt"):
        grams |= _grams(path.read_text(encoding="utf-8"))
    return grams


def test_no_corpus_sentence_follows_an_evaluation_or_seed_sentence():
    measured = _measured_grams()
    assert measured, "no evaluation sentences found under ../shared"
    close = []
    for path in sorted((ROOT / "corpus" / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            shared = _grams(row["text"]) & measured
            if shared:
                close.append(f"{row['id']} ({row['frame']}): {sorted(shared)[0]!r}")
    assert not close, "corpus sentences too close to measured text:\n" + "\n".join(close[:20])
