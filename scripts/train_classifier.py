"""Train the event-type classifier heads shipped in ``src/dyadwatch/coding/model/``.

    .venv/bin/python scripts/train_classifier.py            # both heads, report on the dev split
    .venv/bin/python scripts/train_classifier.py --sparse-only

Reads every ``corpus/events/*.jsonl`` (the project's own labelled sentences), trains on
``split == "train"`` and reports on ``split == "dev"`` (whole templates held out, so dev measures
unseen wording). Each sentence becomes one type decision as the events stage makes it: the
trigger token (the corpus' ``trigger`` span, its syntactic head), its lemma, and its clause (the
trigger's subtree; for a noun trigger, its governing verb's subtree). Sentences with no event
and no trigger use their first lexicon word (or their root) as the trigger, since that is what
the stage would ask about.

Deterministic: rows are sorted by id, the hashing is stateless, the solver is deterministic, and
MiniLM runs on CPU. Writes ``event_type_sparse.npz``, ``event_type_dense.npz`` and
``metrics.json`` (corpus counts, the settings and the dev scores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.coding import classifier as clf  # noqa: E402
from dyadwatch.coding.eval_corpus import (  # noqa: E402
    REPO_CORPUS,
    candidates_for,
    decisions,
    label_of,
    load_corpus,
    trigger_lexicon,
)
from dyadwatch.coding.typing import NO_EVENT, choose  # noqa: E402
from dyadwatch.ontology import cameo_table  # noqa: E402

DEFAULT_C = 8.0
DEFAULT_EMB_SCALE = 1.0


def features(rows_dec, emb: np.ndarray | None, columns: np.ndarray | None, emb_scale: float):
    from scipy.sparse import csr_matrix, hstack

    x = clf.hash_features([clf.feature_strings(*d) for d in rows_dec])
    if columns is not None:
        x = x[:, columns]
    if emb is not None:
        x = hstack([x, csr_matrix(emb * emb_scale)]).tocsr()
    return x


def fit_head(train_dec, y, emb, c_value: float, emb_scale: float, name: str) -> clf.Head:
    from sklearn.linear_model import LogisticRegression

    full = clf.hash_features([clf.feature_strings(*d) for d in train_dec])
    columns = np.unique(full.nonzero()[1]).astype(np.int64)
    x = features(train_dec, emb, columns, emb_scale)
    model = LogisticRegression(C=c_value, max_iter=3000, tol=1e-4)
    model.fit(x, y)
    n_sparse = len(columns)
    coef = model.coef_.astype(np.float32)
    return clf.Head(
        labels=tuple(str(c) for c in model.classes_),
        columns=columns,
        coef=coef[:, :n_sparse],
        intercept=model.intercept_.astype(np.float32),
        emb_coef=coef[:, n_sparse:] if emb is not None else None,
        emb_scale=emb_scale,
        name=name,
    )


def dev_scores(head: clf.Head, dev_dec, dev_rows, dev_y, emb, lex, boosts=(1.0, 2.0, 4.0, 8.0)) -> dict:
    x = clf.hash_features([clf.feature_strings(*d) for d in dev_dec])
    probs = clf.softmax(head.logits(x, emb))
    table = cameo_table()
    gold_type = [NO_EVENT if y == NO_EVENT else table[y].plover_type for y in dev_y]
    result: dict = {"n": len(dev_y)}
    pred_labels = [head.labels[i] for i in probs.argmax(1)]
    result["code_accuracy"] = round(float(np.mean([p == g for p, g in zip(pred_labels, dev_y, strict=True)])), 4)
    for boost in boosts:
        for use_cands in (False, True):
            if boost != 1.0 and not use_cands:
                continue
            right = n_ev = false_ev = n_none = 0
            for p_row, gt, dec in zip(probs, gold_type, dev_dec, strict=True):
                scores = dict(zip(head.labels, p_row.tolist(), strict=True))
                cands = candidates_for(dec[2], lex) if use_cands else []
                d = choose(scores, cands, boost=boost)
                pt = d.plover_type if d else NO_EVENT
                if gt == NO_EVENT:
                    n_none += 1
                    false_ev += pt != NO_EVENT
                else:
                    n_ev += 1
                    right += pt == gt
            key = f"boost{boost:g}" if use_cands else "no_candidates"
            result[key] = {
                "type_accuracy": round(right / max(n_ev, 1), 4),
                "false_event_rate": round(false_ev / max(n_none, 1), 4),
            }
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dyadwatch" / "coding" / "model")
    ap.add_argument("--C", type=float, default=DEFAULT_C)
    ap.add_argument("--emb-scale", type=float, default=DEFAULT_EMB_SCALE)
    ap.add_argument("--sparse-only", action="store_true")
    ap.add_argument("--no-save", action="store_true", help="report dev scores without writing the heads")
    args = ap.parse_args()

    t0 = time.time()
    rows = [r for r in load_corpus(args.corpus) if label_of(r) is not None]
    if not rows:
        sys.exit(f"no labelled rows in {args.corpus}/*.jsonl: write the corpus first (see corpus/README.md)")
    train = [r for r in rows if r.get("split", "train") == "train"]
    dev = [r for r in rows if r.get("split") == "dev"]
    print(f"corpus: {len(rows)} rows ({len(train)} train, {len(dev)} dev) from {args.corpus}")
    dec = decisions(rows)
    by_id = {r["id"]: d for r, d in zip(rows, dec, strict=True)}
    train_dec = [by_id[r["id"]] for r in train]
    dev_dec = [by_id[r["id"]] for r in dev]
    y_train = [label_of(r) for r in train]
    y_dev = [label_of(r) for r in dev]
    print(f"parsed in {time.time() - t0:.0f}s; {len(set(y_train))} labels in train")
    lex = trigger_lexicon()
    metrics: dict = {
        "corpus_rows": len(rows),
        "train_rows": len(train),
        "dev_rows": len(dev),
        "corpus_sha256": hashlib.sha256("\n".join(json.dumps(r, sort_keys=True) for r in rows).encode()).hexdigest()[
            :16
        ],
        "train_labels": dict(sorted(Counter(y_train).items())),
        "C": args.C,
        "emb_scale": args.emb_scale,
    }
    heads = {}
    sparse = fit_head(train_dec, y_train, None, args.C, 1.0, "sparse")
    heads[clf.SPARSE_HEAD] = sparse
    if dev:
        metrics["dev_sparse"] = dev_scores(sparse, dev_dec, dev, y_dev, None, lex)
        print("dev sparse:", json.dumps(metrics["dev_sparse"]))
    if not args.sparse_only:
        emb_all = clf.embed([d[0] for d in train_dec + dev_dec])
        emb_train, emb_dev = emb_all[: len(train_dec)], emb_all[len(train_dec) :]
        dense = fit_head(train_dec, y_train, emb_train, args.C, args.emb_scale, "dense")
        heads[clf.DENSE_HEAD] = dense
        if dev:
            metrics["dev_dense"] = dev_scores(dense, dev_dec, dev, y_dev, emb_dev, lex)
            print("dev dense:", json.dumps(metrics["dev_dense"]))
    if args.no_save:
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for name, head in heads.items():
        head.save(args.out / name)
        print(f"wrote {args.out / name} ({(args.out / name).stat().st_size // 1024} KiB)")
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
