"""Scoring the event coder against labelled sets: what ``dyadwatch eval`` reports.

How a sentence's prediction is chosen
    Each gold sentence is coded as an article of its own by the full pipeline
    (``Pipeline.build().code(...)``, published on the gold date when the set gives one). The
    sentence's predicted label is that of its highest-confidence event (ties: the first in text
    order); no event gives the label ``NONE``. A sentence with several gold labels (PETRARCH2
    records with several events) is right when the predicted label is any of them.

How "no event" maps
    dyadwatch codes PLOVER events only; CAMEO 01 public statements ("said", "declined to
    comment") are deliberately not events. So under ``--scheme pentaclass`` a sentence with no
    event is predicted as class 0 (make a statement), and under ``--scheme cameo`` as root ``01``.
    CAMEO 02 appeals are REQUEST events in PLOVER; their CAMEO code keeps root 02, so they still
    score as pentaclass 0 when the coder gives them a 02x code. Under ``--scheme plover`` a gold
    sentence whose only events are CAMEO 01 statements has the gold label NONE.

What is reported
    per-label precision/recall/F1 and macro-F1 (over the labels that occur in the gold), accuracy
    on event sentences (sentences whose gold label is not NONE), the confusion matrix (gold rows,
    predicted columns, NONE included), source/target country accuracy of the chosen event where
    the gold names a country (over all such sentences, a sentence without an event counting as
    wrong; and over the sentences given an event, "of coded events"), the false-event rate (share
    of no-event gold sentences given any event), CAMEO root and exact-code accuracy where the gold
    has CAMEO codes, and pass rates per grammar feature (PETRARCH2 unit tests; a sentence passes
    when its label is right).
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dyadwatch.coding.eval_gold import NONE, GoldItem
from dyadwatch.models import Article, CodedArticle, Event, Failure
from dyadwatch.ontology import pentaclass

log = logging.getLogger(__name__)

SCHEMES = ("plover", "cameo", "pentaclass")
DEFAULT_SCHEME = {"plover_gsr": "plover", "conflibert_cameo": "pentaclass", "petrarch": "cameo"}

Coder = Callable[[Iterable[Article]], Iterable[CodedArticle]]


@dataclass(frozen=True, slots=True)
class Prediction:
    item_id: str
    events: tuple[Event, ...]
    failed: str | None = None  # the error message when the pipeline failed on this sentence

    @property
    def top(self) -> Event | None:
        best: Event | None = None
        for event in self.events:
            if best is None or event.confidence > best.confidence:
                best = event
        return best


@dataclass(slots=True)
class EvalReport:
    scheme: str
    n_items: int
    n_event_items: int
    accuracy: float | None
    macro_f1: float | None
    per_label: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    false_event_rate: float | None
    n_no_event_items: int
    source_country_accuracy: float | None
    target_country_accuracy: float | None
    n_source_country: int
    n_target_country: int
    # the same over the sentences the coder gave an event (issue: "right for >= 90% of coded events")
    source_country_coded: float | None = None
    target_country_coded: float | None = None
    n_source_country_coded: int = 0
    n_target_country_coded: int = 0
    cameo_root_accuracy: float | None = None
    cameo_code_accuracy: float | None = None
    n_cameo_items: int = 0
    feature_pass_rates: dict[str, dict[str, float]] = field(default_factory=dict)
    failures: int = 0
    unscorable: int = 0
    seconds: float = 0.0
    words: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)  # a sample of wrong predictions

    def to_record(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


def gold_labels(item: GoldItem, scheme: str) -> tuple[str, ...]:
    """The gold labels of ``item`` under ``scheme``; ``("NONE",)`` for a no-event sentence, ``()``
    when the item cannot be scored under the scheme."""
    if scheme == "plover":
        if item.format == "conflibert_cameo":
            return ()
        return item.plover or (NONE,)
    if scheme == "cameo":
        if item.format != "petrarch":
            return ()
        if item.cameo:
            return tuple(dict.fromkeys(c[:2] for c in item.cameo))
        return () if item.unscorable_codes else (NONE,)
    if item.pentaclass:
        return tuple(str(p) for p in item.pentaclass)
    if item.format == "petrarch" and not item.unscorable_codes:
        return (NONE,)
    return ()


def predicted_label(event: Event | None, scheme: str) -> str:
    if scheme == "plover":
        return event.plover_type if event else NONE
    if scheme == "cameo":
        return event.cameo_code[:2] if event else "01"
    return str(pentaclass(event.cameo_code[:2])) if event else "0"


def predict(items: Sequence[GoldItem], coder: Coder | None = None, batch_size: int = 32) -> list[Prediction]:
    """Code every gold sentence with ``coder`` (default: the full default pipeline)."""
    failures: dict[str, str] = {}

    if coder is None:
        from dyadwatch.pipeline import Pipeline

        pipeline = Pipeline.build()

        def on_error(failure: Failure, error: BaseException) -> None:
            failures[failure.origin] = failure.message

        def coder(articles: Iterable[Article]) -> Iterable[CodedArticle]:
            return pipeline.code(articles, batch_size=batch_size, on_error=on_error)

    articles = [Article.create(it.text, published=it.published, origin=f"gold:{i}") for i, it in enumerate(items)]
    found: dict[str, tuple[Event, ...]] = {}
    for coded in coder(articles):
        found[coded.article.origin or ""] = coded.events
    predictions = []
    for i, item in enumerate(items):
        origin = f"gold:{i}"
        predictions.append(Prediction(item.id, tuple(found.get(origin, ())), failures.get(origin)))
    return predictions


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def score(items: Sequence[GoldItem], predictions: Sequence[Prediction], scheme: str) -> EvalReport:
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}: use one of {', '.join(SCHEMES)}")
    pairs: list[tuple[str, str]] = []  # (gold, predicted)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    n_event = correct = 0
    n_noevent = false_events = 0
    src_right = src_n = tgt_right = tgt_n = 0
    coded = Counter()  # right/n of source and target over the sentences given an event
    root_right = code_right = n_cameo = 0
    unscorable = 0
    feature_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[dict[str, str]] = []
    for item, pred in zip(items, predictions, strict=True):
        golds = gold_labels(item, scheme)
        if not golds:
            unscorable += 1
            continue
        top = pred.top
        # "No event" is right both for a no-event gold sentence and for a gold statement.
        label = NONE if top is None and NONE in golds else predicted_label(top, scheme)
        gold = label if label in golds else golds[0]
        pairs.append((gold, label))
        confusion[gold][label] += 1
        ok = label in golds
        if gold != NONE:
            n_event += 1
            correct += ok
        if item.no_event:
            n_noevent += 1
            false_events += bool(pred.events)
        if not ok and len(errors) < 200:
            errors.append({"id": item.id, "text": item.text, "gold": "|".join(golds), "predicted": label,
                           "evidence": (top.evidence or "") if top else ""})  # fmt: skip
        for feat in item.features:
            feature_counts[feat][0] += ok
            feature_counts[feat][1] += 1
        if gold != NONE and item.source_countries:
            right = bool(top and top.source and _country(top.source) in item.source_countries)
            src_n += 1
            src_right += right
            coded["src_n"] += top is not None
            coded["src_right"] += right
        if gold != NONE and item.target_countries:
            right = bool(top and top.target and _country(top.target) in item.target_countries)
            tgt_n += 1
            tgt_right += right
            coded["tgt_n"] += top is not None
            coded["tgt_right"] += right
        if item.cameo:
            n_cameo += 1
            pred_code = top.cameo_code if top else "01"
            root_right += pred_code[:2] in {c[:2] for c in item.cameo}
            code_right += any(pred_code[:3] == c[:3] for c in item.cameo)
    labels = sorted({g for g, _ in pairs if g != NONE})
    per_label: dict[str, dict[str, float]] = {}
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per_label[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(_f1(prec, rec), 4),
                          "support": tp + fn}  # fmt: skip
    macro = round(sum(v["f1"] for v in per_label.values()) / len(per_label), 4) if per_label else None
    return EvalReport(
        scheme=scheme,
        n_items=len(items),
        n_event_items=n_event,
        accuracy=_ratio(correct, n_event),
        macro_f1=macro,
        per_label=per_label,
        confusion={g: dict(sorted(row.items())) for g, row in sorted(confusion.items())},
        false_event_rate=_ratio(false_events, n_noevent),
        n_no_event_items=n_noevent,
        source_country_accuracy=_ratio(src_right, src_n),
        target_country_accuracy=_ratio(tgt_right, tgt_n),
        n_source_country=src_n,
        n_target_country=tgt_n,
        source_country_coded=_ratio(coded["src_right"], coded["src_n"]),
        target_country_coded=_ratio(coded["tgt_right"], coded["tgt_n"]),
        n_source_country_coded=coded["src_n"],
        n_target_country_coded=coded["tgt_n"],
        cameo_root_accuracy=_ratio(root_right, n_cameo),
        cameo_code_accuracy=_ratio(code_right, n_cameo),
        n_cameo_items=n_cameo,
        feature_pass_rates={
            f: {"pass_rate": round(ok / n, 4), "n": n} for f, (ok, n) in sorted(feature_counts.items())
        },
        failures=sum(1 for p in predictions if p.failed),
        unscorable=unscorable,
        words=sum(len(it.text.split()) for it in items),
        errors=errors,
    )


def _country(actor) -> str | None:
    from dyadwatch.coding.eval_gold import country_of

    return (actor.country or country_of(actor.code) or "").upper() or None


def evaluate(
    items: Sequence[GoldItem], scheme: str | None = None, coder: Coder | None = None, batch_size: int = 32
) -> EvalReport:
    """Code ``items`` and score them. ``scheme`` defaults to the natural one of the set's format."""
    if not items:
        raise ValueError("no gold items to evaluate")
    scheme = scheme or DEFAULT_SCHEME[items[0].format]
    start = time.perf_counter()
    predictions = predict(items, coder=coder, batch_size=batch_size)
    elapsed = time.perf_counter() - start
    report = score(items, predictions, scheme)
    report.seconds = round(elapsed, 2)
    return report


__all__ = ["DEFAULT_SCHEME", "SCHEMES", "EvalReport", "Prediction", "evaluate", "gold_labels", "predict", "score"]
