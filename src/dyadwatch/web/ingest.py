"""POST /ingest: code posted articles with the default pipeline and store them."""

from __future__ import annotations

import json
import threading
from typing import Any

from dyadwatch.models import Article, Failure

_pipeline_lock = threading.Lock()


def _pipeline(app: Any) -> Any:
    # Building the pipeline loads spaCy and the knowledge bases: once per server, on first use.
    with _pipeline_lock:
        if getattr(app.state, "pipeline", None) is None:
            from dyadwatch.pipeline import Pipeline

            app.state.pipeline = Pipeline.build()
        return app.state.pipeline


def read_posted(records: list[Any]) -> list[Article | Failure]:
    """Posted objects read exactly as lines of a JSON Lines input (origin ``POST /ingest:N``)."""
    from dyadwatch.readers import ReadOptions
    from dyadwatch.readers.jsonl import read_jsonl_bytes

    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    return list(read_jsonl_bytes(data, "POST /ingest", ReadOptions()))


def code_and_store(app: Any, records: list[Any]) -> dict[str, Any]:
    items = read_posted(records) if records else []
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    coded = []
    if articles:
        pipeline = _pipeline(app)

        def keep(failure: Failure, error: BaseException) -> None:
            failures.append(failure)

        coded = list(pipeline.code(articles, on_error=keep))
    result = app.state.store.add_coded(coded)
    if failures:
        app.state.store.add_failures(failures)
    return {
        "received": len(records),
        "articles_added": result.articles_added,
        "articles_skipped": result.articles_skipped,
        "events": result.events,
        "article_ids": [c.article.article_id for c in coded],
        "failures": [{"origin": f.origin, "stage": f.stage, "message": f.message} for f in failures],
    }
