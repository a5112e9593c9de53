"""The evidence behind an event: where its sentence, trigger, source and target sit in the article.

Events store the trigger's character offsets and the actors' surface texts; the store keeps the
article's sentences and resolved mentions with offsets. This module lines them up, tolerating
events whose trigger offsets are sentence-relative or missing, and cuts the text into segments
each carrying the roles (``sentence``, ``selected``, ``trigger``, ``source``, ``target``,
``boilerplate``) that the page marks.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from dyadwatch.store import EventFilter, Store
from dyadwatch.store import analytics as A

Span = tuple[int, int, str]


def segments(text: str, spans: list[Span]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece lists the roles of the spans covering it."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    out: list[dict[str, Any]] = []
    for a, b in pairwise(points):
        if a == b:
            continue
        roles = sorted({role for s, e, role in spans if s <= a and b <= e})
        if out and out[-1]["roles"] == roles:
            out[-1]["text"] += text[a:b]
        else:
            out.append({"text": text[a:b], "roles": roles})
    return out


def _sentence_span(text: str, record: dict[str, Any], sentences: list[dict[str, Any]]) -> tuple[int, int]:
    for s in sentences:
        if s["index"] == record["sentence_index"] and text[s["start"] : s["end"]] == s["text"]:
            return s["start"], s["end"]
    at = text.find(record["sentence"])
    if at >= 0:
        return at, at + len(record["sentence"])
    return 0, 0


def _find_in(
    text: str, needle: str | None, lo: int, hi: int, avoid: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, lo, hi)
    while at >= 0:
        span = (at, at + len(needle))
        if avoid is None or span[1] <= avoid[0] or span[0] >= avoid[1]:
            return span
        at = text.find(needle, at + 1, hi)
    return None


def locate(
    text: str, record: dict[str, Any], sentences: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> dict[str, tuple[int, int] | None]:
    """Absolute character spans of an event's sentence, trigger, source and target in ``text``."""
    s0, s1 = _sentence_span(text, record, sentences)
    trig = record["trigger"]
    trigger: tuple[int, int] | None = None
    if s0 <= trig["start"] < trig["end"] <= s1 and text[trig["start"] : trig["end"]] == trig["text"]:
        trigger = (trig["start"], trig["end"])
    elif text[s0 + trig["start"] : s0 + trig["end"]] == trig["text"]:  # offsets relative to the sentence
        trigger = (s0 + trig["start"], s0 + trig["end"])
    else:
        trigger = _find_in(text, trig["text"], s0, s1)
    out: dict[str, tuple[int, int] | None] = {"sentence": (s0, s1), "trigger": trigger}
    taken = trigger
    for role in ("source", "target"):
        actor = record[role]
        span = None
        if actor:
            candidates = [
                (m["start"], m["end"])
                for m in mentions
                if s0 <= m["start"] and m["end"] <= s1 and m["text"] == actor["text"]
                and (m["start"], m["end"]) != out.get("source")
            ]  # fmt: skip
            span = candidates[0] if candidates else _find_in(text, actor["text"], s0, s1, avoid=taken)
            if role == "target" and span is not None and span == out.get("source"):
                span = _find_in(text, actor["text"], span[1], s1)
        out[role] = span
    return out


def article_view(store: Store, article_id: str, selected: str | None = None) -> dict[str, Any] | None:
    """An article with its events located: metadata, events, and text segments to mark."""
    article = store.article(article_id)
    if article is None:
        return None
    text = article["text"]
    sentences = A.sentences(store, article_id)
    mentions = A.mentions(store, article_id)
    events = store.events(EventFilter(article_id=article_id, order="date"))
    events.sort(key=lambda r: (r["sentence_index"], r["trigger"]["start"]))
    spans: list[Span] = [(s["start"], s["end"], "boilerplate") for s in sentences if s["boilerplate"]]
    located = []
    for record in events:
        where = locate(text, record, sentences, mentions)
        located.append({"event": record, "spans": where})
        s0, s1 = where["sentence"]  # type: ignore[misc]
        spans.append((s0, s1, "sentence"))
        if where["trigger"]:
            spans.append((*where["trigger"], "trigger"))
        if record["event_id"] == selected:
            spans.append((s0, s1, "selected"))
            for role in ("source", "target"):
                if where[role]:
                    spans.append((*where[role], role))
    meta = {k: article[k] for k in ("article_id", "title", "url", "publisher", "published", "origin", "coder")}
    return {"article": meta, "events": located, "selected": selected, "segments": segments(text, spans)}


def event_evidence(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """The sentence of one event cut into marked segments, with the sentences around it."""
    article = store.article(record["article_id"])
    if article is None:  # an event whose article was not kept: mark within the sentence alone
        text, sentences, mentions = record["sentence"], [], []
    else:
        text = article["text"]
        sentences = A.sentences(store, record["article_id"])
        mentions = A.mentions(store, record["article_id"])
    where = locate(text, record, sentences, mentions)
    s0, s1 = where["sentence"]  # type: ignore[misc]
    spans = [(a - s0, b - s0, role) for role in ("trigger", "source", "target") if (ab := where[role]) for a, b in [ab]]
    by_index = {s["index"]: s for s in sentences if not s["boilerplate"]}
    before = by_index.get(record["sentence_index"] - 1)
    after = by_index.get(record["sentence_index"] + 1)
    meta = None
    if article is not None:
        meta = {k: article[k] for k in ("article_id", "title", "url", "publisher", "published")}
    return {
        "article": meta,
        "before": before["text"] if before else None,
        "segments": segments(text[s0:s1], spans),
        "after": after["text"] if after else None,
    }
