"""Writing event records as JSON Lines, CSV or a terminal table (the exporters registry)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from typing import IO, Any

from dyadwatch import registry

FLAT_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "source_code", "source_name", "source_country",
    "plover_type", "plover_mode", "stance", "target_code", "target_name", "target_country", "cameo_code",
    "quad_class", "goldstein", "trigger", "location", "lat", "lon", "confidence", "context", "sentence",
)  # fmt: skip


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat row (for CSV and tables)."""
    src, tgt, loc = record.get("source") or {}, record.get("target") or {}, record.get("location") or {}
    return {
        "event_id": record["event_id"],
        "article_id": record["article_id"],
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "source_code": src.get("code"),
        "source_name": src.get("name"),
        "source_country": src.get("country"),
        "plover_type": record["plover"]["type"],
        "plover_mode": record["plover"]["mode"],
        "stance": record["stance"],
        "target_code": tgt.get("code"),
        "target_name": tgt.get("name"),
        "target_country": tgt.get("country"),
        "cameo_code": record["cameo"]["code"],
        "quad_class": record["cameo"]["quad_class"],
        "goldstein": record["cameo"]["goldstein"],
        "trigger": record["trigger"]["text"],
        "location": loc.get("name"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "confidence": record["confidence"],
        "context": ";".join(record["plover"]["context"]),
        "sentence": record["sentence"],
    }


@registry.exporters.register("jsonl")
def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


@registry.exporters.register("csv")
def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, FLAT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(flatten(record))
        n += 1
    return n


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('code') or '?'} ({actor.get('text') or actor.get('name')})"


@registry.exporters.register("table")
def write_table(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    for column in ("date", "source", "event", "stance", "target", "trigger", "where", "conf", "sentence"):
        table.add_column(column, overflow="fold", max_width=60 if column == "sentence" else 24)
    n = 0
    for r in records:
        loc = r.get("location") or {}
        table.add_row(
            r.get("date") or "?",
            _actor_label(r.get("source")),
            f"{r['plover']['type']} {r['cameo']['code']}",
            r["stance"],
            _actor_label(r.get("target")),
            r["trigger"]["text"],
            loc.get("name") or "",
            f"{r['confidence']:.2f}",
            r["sentence"],
        )
        n += 1
    Console(file=out, width=200 if not getattr(out, "isatty", lambda: False)() else None).print(table)
    return n


def exporter(name: str) -> Callable[[Iterable[dict[str, Any]], IO[str]], int]:
    return registry.exporters.get(name)


def to_string(records: Iterable[dict[str, Any]], fmt: str) -> str:
    buf = io.StringIO()
    exporter(fmt)(records, buf)
    return buf.getvalue()
