"""Score the event coder on the four shared evaluation sets and write benchmarks/EVAL.md.

    .venv/bin/python benchmarks/eval_shared.py            # all four sets
    .venv/bin/python benchmarks/eval_shared.py --limit 50 # a quick look

The sets live outside the repository (``../shared/eval``, see its README); when that folder is
absent this script says so and exits 0. Nothing here trains on them: they are only measured.
Each set is scored with ``dyadwatch.coding.evaluate.evaluate`` (what ``dyadwatch eval`` runs)
under its natural scheme, plus the extra views the project's targets name.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SHARED_EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "benchmarks" / "EVAL.md"

# (folder, schemes to report, target line)
SETS = [
    ("plover_gsr", ("plover",), "PLOVER type accuracy >= 0.75"),
    ("conflibert_cameo_dev", ("pentaclass",), "pentaclass macro-F1 >= 0.75"),
    ("petrarch2_gigaword_gsr", ("cameo", "plover", "pentaclass"),
     "CAMEO root accuracy >= 0.70; source and target country >= 0.80"),
    ("petrarch2_unittests", ("cameo",), "pass rate per grammar feature (reported)"),
]  # fmt: skip


def fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def section(name: str, scheme: str, report, command: str) -> list[str]:
    r = report
    wps = r.words / r.seconds if r.seconds else 0.0
    lines = [
        f"### {name} — scheme `{scheme}`",
        "",
        f"`{command}`",
        "",
        "| measure | value |",
        "|---|---|",
        f"| sentences (scorable) | {r.n_items} ({r.n_items - r.unscorable}) |",
        f"| event sentences | {r.n_event_items} |",
        f"| accuracy on event sentences | {fmt(r.accuracy)} |",
        f"| macro-F1 | {fmt(r.macro_f1)} |",
        f"| false-event rate | {fmt(r.false_event_rate)} (n={r.n_no_event_items}) |",
        f"| source country accuracy | {fmt(r.source_country_accuracy)} (n={r.n_source_country}) |",
        f"| target country accuracy | {fmt(r.target_country_accuracy)} (n={r.n_target_country}) |",
        f"| source country, coded events | {fmt(r.source_country_coded)} (n={r.n_source_country_coded}) |",
        f"| target country, coded events | {fmt(r.target_country_coded)} (n={r.n_target_country_coded}) |",
    ]
    if r.n_cameo_items:
        lines.append(f"| CAMEO root accuracy | {fmt(r.cameo_root_accuracy)} (n={r.n_cameo_items}) |")
        lines.append(f"| CAMEO 3-digit accuracy | {fmt(r.cameo_code_accuracy)} |")
    if r.failures:
        lines.append(f"| pipeline failures | {r.failures} |")
    lines.append(f"| time | {r.seconds:.1f} s ({wps:,.0f} words/s incl. model loading) |")
    lines += ["", "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label, m in r.per_label.items():
        lines.append(f"| {label} | {fmt(m['precision'])} | {fmt(m['recall'])} | {fmt(m['f1'])} | {m['support']} |")
    if r.feature_pass_rates:
        lines += ["", "| grammar feature | pass rate | n |", "|---|---|---|"]
        for feat, m in r.feature_pass_rates.items():
            lines.append(f"| {feat} | {fmt(m['pass_rate'])} | {m['n']} |")
    predicted = sorted({p for row in r.confusion.values() for p in row})
    if len(predicted) <= 20:
        lines += ["", "Confusion (rows gold, columns predicted):", "",
                  "| gold \\ pred | " + " | ".join(predicted) + " |", "|---" * (len(predicted) + 1) + "|"]  # fmt: skip
        for gold, row in r.confusion.items():
            lines.append(f"| {gold} | " + " | ".join(str(row.get(p, "")) for p in predicted) + " |")
    lines.append("")
    return lines


def _met(value: float | None, target: float) -> str:
    return "yes" if value is not None and value >= target else "**no**"


NOTES = [
    "## Reading these numbers",
    "",
    "- `petrarch2_unittests` test PETRARCH's own dictionaries with fictional actors (Arnor, Gondor) and "
    "some private codes (e.g. 903, 345): records whose codes are not CAMEO are not scored, actor countries "
    "are fictional codes no real actor dictionary resolves, and several records use the test dictionary's "
    'own verb-to-code choices ("restore ties" = 064). Low pass rates there mostly measure dictionary '
    "disagreement, not grammar; the per-feature view is still useful for relative changes.",
    "- Accuracy counts the sentence's highest-confidence event only; a right event with a lower "
    "confidence than a wrong one counts as wrong.",
    "- Speed/accuracy: the dense head (MiniLM) costs one sentence embedding per sentence with a candidate "
    "trigger; `DYADWATCH_TYPING_BACKEND=sparse .venv/bin/python benchmarks/eval_shared.py --out /tmp/EVAL_sparse.md` "
    "measures the same sets with the non-embedding head.",
    "- The quality gate on the project's own dev split is `tests/test_quality_gate.py` "
    "(`.venv/bin/python -m pytest tests/test_quality_gate.py -q -s` prints the measured values; the "
    "pinned floors are in the file).",
    "",
]


def classifier_section() -> list[str]:
    """The shipped heads' scores on the corpus' held-out dev split (from model/metrics.json)."""
    path = ROOT / "src" / "dyadwatch" / "coding" / "model" / "metrics.json"
    if not path.is_file():
        return []
    m = json.loads(path.read_text(encoding="utf-8"))
    lines = [
        "## Type classifier on the corpus' dev split",
        "",
        f"Trained by `.venv/bin/python scripts/train_classifier.py` on {m['train_rows']} train rows "
        f"(corpus {m['corpus_sha256']}, {m['corpus_rows']} rows), scored on {m['dev_rows']} dev rows "
        "(templates never seen in training). Type decision = classifier probabilities summed per PLOVER "
        "type, lexicon candidates x4 (`CANDIDATE_BOOST`).",
        "",
        "| head | type accuracy, no candidates | type accuracy, with lexicon candidates (x4) | false-event rate |",
        "|---|---|---|---|",
    ]
    for head in ("sparse", "dense"):
        d = m.get(f"dev_{head}")
        if d:
            lines.append(f"| {head} | {d['no_candidates']['type_accuracy']:.3f} | {d['boost4']['type_accuracy']:.3f} "
                         f"| {d['boost4']['false_event_rate']:.3f} |")  # fmt: skip
    lines.append("")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--json", type=Path, default=None, help="also write all reports as JSON here")
    args = ap.parse_args()
    if not SHARED_EVAL.is_dir():
        print(f"{SHARED_EVAL} is absent: nothing to measure (the shared eval sets are not part of a clone)")
        return

    from dyadwatch.coding.classifier import load_classifier
    from dyadwatch.coding.eval_gold import load_gold
    from dyadwatch.coding.evaluate import predict, score
    from dyadwatch.pipeline import Pipeline

    pipeline = Pipeline.build()
    model = load_classifier()
    backend = model.head.name if model else "lexicon only"

    def coder(articles):
        return pipeline.code(articles, on_error=lambda failure, error: None)

    limit = f" --limit {args.limit}" if args.limit else ""
    out = [
        "# Event coder on the shared evaluation sets",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()} "
        f"({platform.python_version()}), pipeline `{' → '.join(pipeline.names)}`, type classifier head "
        f"`{backend}`. Regenerate with `.venv/bin/python benchmarks/eval_shared.py{limit}`; one set with "
        "`dyadwatch eval ../shared/eval/<set>/gold.jsonl [--scheme ...]`.",
        "",
        "None of these sets is used for training (the classifier is trained on `corpus/events/`, "
        'split `train`). How a sentence\'s prediction is chosen and how "no event" maps: see '
        "`src/dyadwatch/coding/evaluate.py` (highest-confidence event; no event = CAMEO 01 statement = "
        "pentaclass 0).",
        "",
    ]
    out += NOTES + classifier_section()
    summary = ["## Targets", "", "| set | target | measured | met |", "|---|---|---|---|"]
    body: list[str] = []
    all_reports = {}
    for folder, schemes, target in SETS:
        path = SHARED_EVAL / folder / "gold.jsonl"
        if not path.is_file():
            continue
        items = load_gold(path, limit=args.limit)
        t0 = time.perf_counter()
        predictions = predict(items, coder=coder)
        seconds = time.perf_counter() - t0
        reports = {}
        for scheme in schemes:
            report = score(items, predictions, scheme)
            report.seconds = round(seconds, 2)
            reports[scheme] = report
            cmd = f"dyadwatch eval ../shared/eval/{folder}/gold.jsonl --scheme {scheme}{limit}"
            body += section(folder, scheme, report, cmd)
            all_reports[f"{folder}:{scheme}"] = report.to_record()
            print(f"{folder} [{scheme}] acc={fmt(report.accuracy)} macroF1={fmt(report.macro_f1)} "
                  f"root={fmt(report.cameo_root_accuracy)} src={fmt(report.source_country_accuracy)} "
                  f"tgt={fmt(report.target_country_accuracy)} false-event={fmt(report.false_event_rate)} "
                  f"({seconds:.0f}s)", flush=True)  # fmt: skip
        first = reports[schemes[0]]
        extra: list[str] = []
        if folder == "plover_gsr":
            measured = f"type accuracy {fmt(first.accuracy)}"
            met = _met(first.accuracy, 0.75)
            coded = (first.source_country_coded or 0, first.target_country_coded or 0)
            extra.append(
                f"| {folder} | source and target country right for >= 0.90 of coded events | source "
                f"{fmt(first.source_country_coded)} (n={first.n_source_country_coded}), target "
                f"{fmt(first.target_country_coded)} (n={first.n_target_country_coded}); over all gold sentences "
                f"{fmt(first.source_country_accuracy)} / {fmt(first.target_country_accuracy)} | "
                f"{'yes' if min(coded) >= 0.90 else '**no**'} |"
            )
        elif folder == "conflibert_cameo_dev":
            measured = f"macro-F1 {fmt(first.macro_f1)} (accuracy {fmt(first.accuracy)})"
            met = _met(first.macro_f1, 0.75)
        elif folder == "petrarch2_gigaword_gsr":
            measured = (f"root {fmt(first.cameo_root_accuracy)}; source country {fmt(first.source_country_accuracy)}, "
                        f"target country {fmt(first.target_country_accuracy)}")  # fmt: skip
            ok = ((first.cameo_root_accuracy or 0) >= 0.70 and (first.source_country_accuracy or 0) >= 0.80
                  and (first.target_country_accuracy or 0) >= 0.80)  # fmt: skip
            met = "yes" if ok else "**no**"
        else:
            measured = ", ".join(f"{f} {fmt(m['pass_rate'])} (n={m['n']})" for f, m in first.feature_pass_rates.items())
            met = "reported"
        summary.append(f"| {folder} | {target} | {measured} | {met} |")
        summary.extend(extra)
    args.out.write_text("\n".join(out + summary + [""] + body), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(all_reports, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
