"""dyadwatch: evidence-linked political event data from news articles.

    >>> from dyadwatch import code_text
    >>> events = code_text("Honduras pledged on Tuesday to work with the United States against MS-13.",
    ...                    published="2018-02-21")

The Python API is the product; the CLI, HTTP API and web pages are thin adapters over it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dyadwatch.errors import (
    ConfigError,
    DyadwatchError,
    InputError,
    KnowledgeBaseError,
    PipelineError,
    StageError,
    StoreError,
)
from dyadwatch.ingest import IngestReport, code_inputs, ingest
from dyadwatch.models import (
    ActorRef,
    Article,
    CodedArticle,
    Document,
    Event,
    Failure,
    Location,
    Mention,
    ResolvedMention,
    Sentence,
    Trigger,
)
from dyadwatch.pipeline import DEFAULT_STAGES, Pipeline, Stage, register_stage
from dyadwatch.store import EventFilter, Store

__version__ = "0.3.0"


def code_text(
    text: str, *, published: date | str | None = None, pipeline: Pipeline | None = None, **metadata: Any
) -> list[Event]:
    """Code one article's text and return its events."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article.create(text, published=published, published_source="input" if published else None, **metadata)
    return list((pipeline or Pipeline.build()).code_article(article).events)


__all__ = [
    "DEFAULT_STAGES", "ActorRef", "Article", "CodedArticle", "ConfigError", "Document", "DyadwatchError", "Event",
    "EventFilter", "Failure", "IngestReport", "InputError", "KnowledgeBaseError", "Location", "Mention",
    "Pipeline", "PipelineError", "ResolvedMention", "Sentence", "Stage", "StageError", "Store", "StoreError",
    "Trigger", "__version__", "code_inputs", "code_text", "ingest", "register_stage",
]  # fmt: skip
