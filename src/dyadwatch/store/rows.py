"""Conversions between the domain records and the store's rows (no SQL here)."""

from __future__ import annotations

from typing import Any

from dyadwatch.models import CodedArticle, Event
from dyadwatch.store.schema import EVENT_COLUMNS


def event_row(event: Event) -> tuple[Any, ...]:
    rec = event.to_record()
    src, tgt, loc = rec["source"] or {}, rec["target"] or {}, rec["location"] or {}
    values = {
        "event_id": rec["event_id"],
        "article_id": rec["article_id"],
        "sentence_index": rec["sentence_index"],
        "sentence": rec["sentence"],
        "trigger_text": rec["trigger"]["text"],
        "trigger_start": rec["trigger"]["start"],
        "trigger_end": rec["trigger"]["end"],
        "plover_type": rec["plover"]["type"],
        "plover_mode": rec["plover"]["mode"],
        "plover_context": rec["plover"]["context"],
        "stance": rec["stance"],
        "cameo_code": rec["cameo"]["code"],
        "cameo_root": rec["cameo"]["root"],
        "quad_class": rec["cameo"]["quad_class"],
        "goldstein": rec["cameo"]["goldstein"],
        "event_date": event.date,
        "date_precision": rec["date_precision"],
        "date_source": rec["date_source"],
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "geonameid": loc.get("geonameid"),
        "location_admin1": loc.get("admin1"),
        "location_precision": loc.get("precision"),
        "confidence": rec["confidence"],
        "coder": rec["coder"],
        "evidence": rec["evidence"],
    }
    for prefix, actor in (("source", src), ("target", tgt)):
        for key in ("name", "text", "code", "country", "sector", "kb_id"):
            values[f"{prefix}_{key}"] = actor.get(key)
    return tuple(values[c] for c in EVENT_COLUMNS)


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_code"] is None and row[f"{prefix}_text"] is None:
        return None
    return {k: row[f"{prefix}_{k}"] for k in ("name", "text", "code", "country", "sector", "kb_id")}


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row back as the public JSON record (the same shape as Event.to_record)."""
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
            "geonameid": row["geonameid"],
            "admin1": row["location_admin1"],
            "precision": row["location_precision"],
        }
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "plover": {
            "type": row["plover_type"],
            "mode": row["plover_mode"],
            "context": list(row["plover_context"] or []),
        },
        "stance": row["stance"],
        "cameo": {
            "code": row["cameo_code"],
            "root": row["cameo_root"],
            "quad_class": int(row["quad_class"]),
            "goldstein": row["goldstein"],
        },
        "date": row["event_date"].isoformat() if row["event_date"] else None,
        "date_precision": row["date_precision"],
        "date_source": row["date_source"],
        "location": location,
        "confidence": row["confidence"],
        "coder": list(row["coder"] or []),
        "evidence": row["evidence"],
    }


def article_row(coded: CodedArticle) -> tuple[Any, ...]:
    a = coded.article
    coder = list(coded.events[0].coder) if coded.events else []
    return (
        a.article_id,
        a.title,
        a.url,
        a.publisher,
        a.published,
        a.published_source,
        a.language,
        a.origin,
        a.text,
        coder,
    )


def sentence_rows(coded: CodedArticle) -> list[tuple[Any, ...]]:
    aid = coded.article.article_id
    return [(aid, s.index, s.start, s.end, s.text, s.boilerplate) for s in coded.sentences]


def actor_rows(coded: CodedArticle) -> list[tuple[Any, ...]]:
    aid = coded.article.article_id
    rows: dict[tuple[int, int], tuple[Any, ...]] = {}
    for rm in coded.actors:
        m, a = rm.mention, rm.actor
        rows[(m.start, m.end)] = (
            aid, m.sentence_index, m.start, m.end, m.text, m.label, rm.is_place,
            a.name if a else None, a.code if a else None, a.country if a else None,
            a.sector if a else None, a.kb_id if a else None, a.confidence if a else None,
        )  # fmt: skip
    return list(rows.values())
