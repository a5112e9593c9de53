"""Writing coded shards as Parquet, partitioned by event month, atomically.

Layout of an output directory::

    OUT/events/event_month=2018-02/shard-<id>.parquet   events (store column names)
    OUT/events/event_month=unknown/shard-<id>.parquet   events with no date
    OUT/articles/shard-<id>.parquet                     article metadata and text
    OUT/sentences/shard-<id>.parquet                    sentences
    OUT/failures/shard-<id>.jsonl                       inputs that failed in this shard
    OUT/_done/<id>.json                                 written last: the shard is complete

A shard's files are written under temporary names and renamed into place, and the ``_done`` marker
comes last, so a shard that died half-way is simply redone: its files are overwritten with the same
names, and nothing is ever duplicated.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyadwatch.models import CodedArticle, Failure
from dyadwatch.store import rows as R
from dyadwatch.store.schema import EVENT_COLUMNS

_STR = pa.string()
_TYPES: dict[str, pa.DataType] = {
    "sentence_index": pa.int32(), "trigger_start": pa.int32(), "trigger_end": pa.int32(),
    "plover_context": pa.list_(_STR), "coder": pa.list_(_STR), "quad_class": pa.int8(),
    "goldstein": pa.float64(), "event_date": pa.date32(), "lat": pa.float64(), "lon": pa.float64(),
    "geonameid": pa.int64(), "confidence": pa.float64(),
}  # fmt: skip
EVENT_SCHEMA = pa.schema([(c, _TYPES.get(c, _STR)) for c in EVENT_COLUMNS])
ARTICLE_SCHEMA = pa.schema([
    ("article_id", _STR), ("title", _STR), ("url", _STR), ("publisher", _STR), ("published", pa.date32()),
    ("published_source", _STR), ("language", _STR), ("origin", _STR), ("text", _STR), ("coder", pa.list_(_STR)),
])  # fmt: skip
SENTENCE_SCHEMA = pa.schema([
    ("article_id", _STR), ("sentence_index", pa.int32()), ("start_char", pa.int32()), ("end_char", pa.int32()),
    ("text", _STR), ("boilerplate", pa.bool_()),
])  # fmt: skip


def _table(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    return pa.table(
        {f.name: pa.array(list(col), type=f.type) for f, col in zip(schema, columns, strict=True)}, schema=schema
    )


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def is_done(out: Path, shard_id: str) -> bool:
    return (out / "_done" / f"{shard_id}.json").exists()


def write_shard(out: Path, shard_id: str, coded: Sequence[CodedArticle], failures: Sequence[Failure]) -> dict[str, int]:
    """Write one shard's articles, sentences and events, then its completion marker."""
    by_month: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    seen: set[str] = set()
    for c in coded:
        for event in c.events:
            if event.event_id in seen:
                continue
            seen.add(event.event_id)
            month = event.date.strftime("%Y-%m") if event.date else "unknown"
            by_month[month].append(R.event_row(event))
    for month, rows in by_month.items():
        _write_atomic(_table(rows, EVENT_SCHEMA), out / "events" / f"event_month={month}" / f"shard-{shard_id}.parquet")
    _write_atomic(
        _table([R.article_row(c) for c in coded], ARTICLE_SCHEMA), out / "articles" / f"shard-{shard_id}.parquet"
    )
    sentences = [row for c in coded for row in R.sentence_rows(c)]
    _write_atomic(_table(sentences, SENTENCE_SCHEMA), out / "sentences" / f"shard-{shard_id}.parquet")
    if failures:
        (out / "failures").mkdir(parents=True, exist_ok=True)
        lines = "".join(
            json.dumps({"origin": f.origin, "stage": f.stage, "message": f.message}) + "\n" for f in failures
        )
        (out / "failures" / f"shard-{shard_id}.jsonl").write_text(lines, encoding="utf-8")
    summary = {"articles": len(coded), "sentences": len(sentences), "events": len(seen), "failures": len(failures)}
    marker = out / "_done" / f"{shard_id}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps(summary), encoding="utf-8")
    os.replace(tmp, marker)
    return summary


def read_summary(out: Path, shard_id: str) -> dict[str, int]:
    return json.loads((out / "_done" / f"{shard_id}.json").read_text(encoding="utf-8"))
