"""Building Documents by hand for the dates and places stages: an article, its sentences (from
the sentences stage), and one event per given trigger, made directly with the models."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from dyadwatch.models import Article, Document, Event, Trigger
from dyadwatch.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "when_where.jsonl"


@cache
def sentence_pipeline() -> Pipeline:
    return Pipeline.build(["sentences.spacy.v1"])


def when_where_cases() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def document_with_events(
    text: str,
    triggers: list[str],
    *,
    published: date | None,
    language: str = "en",
    stances: dict[str, str] | None = None,
) -> Document:
    """``text`` parsed into sentences, with one event for each trigger (its first occurrence)."""
    article = Article.create(text, published=published, language=language)
    doc = sentence_pipeline().run(Document(article=article))
    events = []
    for trigger in triggers:
        start = text.index(trigger)
        sentence = next(s for s in doc.sentences if s.start <= start < s.end)
        events.append(
            Event(
                article_id=article.article_id,
                sentence_index=sentence.index,
                sentence=sentence.text,
                trigger=Trigger(trigger, start, start + len(trigger)),
                source=None,
                target=None,
                plover_type="CONSULT",
                plover_mode=None,
                plover_context=(),
                stance=(stances or {}).get(trigger, "asserted"),
                cameo_code="040",
                confidence=1.0,
            )
        )
    return doc.evolve(events=tuple(events))


def case_document(case: dict) -> Document:
    published = date.fromisoformat(case["published"]) if case["published"] else None
    stances = {case["trigger"]: case["stance"]} if case.get("stance") else None
    return document_with_events(
        case["text"], [case["trigger"]], published=published, language=case["language"], stances=stances
    )
