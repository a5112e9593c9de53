"""How learnable and how transferable is the labelled event corpus? A deliberately simple baseline.

Trains a TF-IDF (word 1-2 grams) + logistic regression PLOVER-type classifier on the corpus `train`
split and reports accuracy on the corpus `dev` split (unseen frames) and, when ../shared/eval exists,
on the PLOVER gold records and the ConfliBERT pentaclass set. It measures the corpus, not the coder:
the real coder (dyadwatch.coding) is evaluated by `dyadwatch eval`.

Run: .venv/bin/python benchmarks/corpus_baseline.py   (writes benchmarks/corpus_baseline.md)
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
OUT = Path(__file__).with_suffix(".md")
LEGACY = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
PENTA = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 0, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4,
         "COERCE": 4, "ASSAULT": 4}  # fmt: skip


def load_corpus() -> list[dict]:
    records = []
    for path in sorted((ROOT / "corpus" / "events").glob("*.jsonl")):
        records += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return records


def load_eval(name: str) -> list[dict]:
    path = EVAL / name / "gold.jsonl"
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main() -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    records = load_corpus()
    train = [r for r in records if r["split"] == "train"]
    dev = [r for r in records if r["split"] == "dev"]
    started = time.perf_counter()
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([r["text"] for r in train])
    clf = LogisticRegression(max_iter=2000, C=5.0)
    clf.fit(x_train, [r["plover_type"] for r in train])
    fit_seconds = time.perf_counter() - started

    def predict(texts):
        return list(clf.predict(vec.transform(texts)))

    lines = ["# Corpus baseline (TF-IDF + logistic regression on PLOVER type)", "",
             f"Corpus: {len(records)} sentences ({len(train)} train / {len(dev)} dev), "
             f"fit in {fit_seconds:.1f} s. Command: `.venv/bin/python benchmarks/corpus_baseline.py`.", "",
             "| set | items | metric | value |", "|---|---|---|---|"]  # fmt: skip
    pred = predict([r["text"] for r in dev])
    acc = sum(p == r["plover_type"] for p, r in zip(pred, dev, strict=True)) / len(dev)
    lines.append(f"| corpus dev (unseen frames) | {len(dev)} | type accuracy | {acc:.3f} |")

    gsr = load_eval("plover_gsr")
    if gsr:
        gold = [LEGACY.get(r["event_code"], r["event_code"]) for r in gsr]
        pred = predict([r["text"] for r in gsr])
        acc = sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gsr)
        lines.append(f"| PLOVER gold records | {len(gsr)} | type accuracy | {acc:.3f} |")
        wrong = Counter((g, p) for p, g in zip(pred, gold, strict=True) if p != g)
        lines += ["", "Most frequent PLOVER-gold confusions (gold -> predicted): "
                  + ", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common(8)), ""]  # fmt: skip
    penta = load_eval("conflibert_cameo_dev")
    if penta:
        pred = predict([r["text"] for r in penta])
        # NONE predictions count as statements (pentaclass 0), as CAMEO 01 is.
        acc = sum(PENTA.get(p, 0) == r["pentaclass"] for p, r in zip(pred, penta, strict=True)) / len(penta)
        if not gsr:
            lines.append("")
        lines.insert(
            len(lines) - (3 if gsr else 1), f"| ConfliBERT CAMEO dev | {len(penta)} | pentaclass accuracy | {acc:.3f} |"
        )
    if not (gsr or penta):
        lines.append("\n../shared/eval is absent: only the corpus dev split was measured.")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
