"""Coding on all local cores: one pipeline per worker process, batches in, coded articles out.

spaCy releases little of the GIL, so threads do not help; processes do. Each worker builds its
pipeline once (models load once per process) and receives whole batches, so the cost of sending
articles and coded results between processes stays small next to the parsing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from dyadwatch.models import Article, CodedArticle, Failure
from dyadwatch.pipeline import Pipeline

_PIPELINE: Pipeline | None = None


def _init(stage_names: tuple[str, ...] | None) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline.build(list(stage_names) if stage_names else None)


def _code_batch(batch: list[Article]) -> tuple[list[CodedArticle], list[Failure]]:
    assert _PIPELINE is not None, "worker pipeline not initialised"
    failures: list[Failure] = []
    coded = list(_PIPELINE.code(batch, batch_size=len(batch), on_error=lambda f, _e: failures.append(f)))
    return coded, failures


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def code_parallel(
    articles: Iterable[Article],
    *,
    workers: int,
    batch_size: int = 16,
    stage_names: Sequence[str] | None = None,
    failures: list[Failure] | None = None,
) -> Iterator[CodedArticle]:
    """Code articles in ``workers`` processes, yielding coded articles in input order."""
    failures = failures if failures is not None else []
    names = tuple(stage_names) if stage_names else None
    # fork would copy a parent that may hold loaded models and threads; a fresh interpreter is safer.
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_init, initargs=(names,)
    ) as pool:
        pending: list[Future] = []
        batch: list[Article] = []

        def drain(limit: int) -> Iterator[CodedArticle]:
            while len(pending) > limit:
                coded, failed = pending.pop(0).result()
                failures.extend(failed)
                yield from coded

        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                pending.append(pool.submit(_code_batch, batch))
                batch = []
                # Keep a bounded number of batches in flight so memory stays flat on long runs.
                yield from drain(2 * workers)
        if batch:
            pending.append(pool.submit(_code_batch, batch))
        yield from drain(0)
