"""Coding on all local cores: one pipeline per worker process, batches in, coded articles out.

spaCy releases little of the GIL, so threads do not help; processes do. Each worker builds its
pipeline once and codes a short warm-up article (models load once per process, before any real
batch), and receives whole batches, so the cost of sending articles and coded results between
processes stays small next to the parsing. Each worker does its math on one thread
(:func:`dyadwatch.nlp.limit_threads`): two processes with two torch threads each on two cores
spend their time fighting over the cores.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from dyadwatch.models import Article, CodedArticle, Failure
from dyadwatch.nlp import limit_threads
from dyadwatch.pipeline import Pipeline

_PIPELINE: Pipeline | None = None


def _init(stage_names: tuple[str, ...] | None) -> None:
    global _PIPELINE
    limit_threads()
    _PIPELINE = Pipeline.build(list(stage_names) if stage_names else None)
    _PIPELINE.warm_up()


def _code_batch(batch: list[Article]) -> tuple[list[CodedArticle], list[Failure]]:
    assert _PIPELINE is not None, "worker pipeline not initialised"
    failures: list[Failure] = []
    coded = list(_PIPELINE.code(batch, batch_size=len(batch), on_error=lambda f, _e: failures.append(f)))
    return coded, failures


def _ready() -> int:
    # Held briefly so that a worker that is already up cannot take every probe by itself.
    time.sleep(0.2)
    return os.getpid()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def start_pool(workers: int, stage_names: Sequence[str] | None = None, *, wait: bool = True) -> ProcessPoolExecutor:
    """A pool of ``workers`` coding processes. With ``wait``, return only once every worker has
    loaded its models, so that what follows measures coding alone. The caller shuts it down
    (``with start_pool(2) as pool: ...``)."""
    limit_threads()  # inherited by the workers before they import torch
    names = tuple(stage_names) if stage_names else None
    # fork would copy a parent that may hold loaded models and threads; a fresh interpreter is safer.
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_init, initargs=(names,)
    )
    if wait:
        seen: set[int] = set()
        for _ in range(200):
            seen.update(f.result() for f in [pool.submit(_ready) for _ in range(workers)])
            if len(seen) >= workers:
                break
    return pool


def code_parallel(
    articles: Iterable[Article],
    *,
    workers: int,
    batch_size: int = 16,
    stage_names: Sequence[str] | None = None,
    failures: list[Failure] | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[CodedArticle]:
    """Code articles in ``workers`` processes, yielding coded articles in input order.

    ``pool`` (from :func:`start_pool`) reuses running workers, whose pipeline must have the same
    ``stage_names``; without it a pool is started and shut down here."""
    failures = failures if failures is not None else []
    if pool is None:
        with start_pool(workers, stage_names, wait=False) as own:
            yield from _run(own, articles, workers, batch_size, failures)
    else:
        yield from _run(pool, articles, workers, batch_size, failures)


def _run(
    pool: ProcessPoolExecutor, articles: Iterable[Article], workers: int, batch_size: int, failures: list[Failure]
) -> Iterator[CodedArticle]:
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
