"""Coding inputs, with or without a store: the library functions behind ``code`` and ``ingest``.

Bad inputs never stop a batch: each becomes a :class:`Failure` naming the input and what is
wrong, the others are coded (and stored), and the caller learns how many failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dyadwatch.models import Article, CodedArticle, Failure
from dyadwatch.pipeline import Pipeline
from dyadwatch.store import AddResult, Store

Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestReport:
    articles_read: int = 0
    added: AddResult = field(default_factory=AddResult)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _read(inputs: Sequence[str | Path], options: object | None) -> Iterator[Article | Failure]:
    from dyadwatch.readers import ReadOptions, read_inputs

    return read_inputs(inputs, options if options is not None else ReadOptions())


def code_articles(
    articles: Iterable[Article | Failure],
    pipeline: Pipeline | None = None,
    *,
    batch_size: int = 32,
    failures: list[Failure] | None = None,
    workers: int = 1,
) -> Iterator[CodedArticle]:
    """Code articles (Failures from the readers pass straight into ``failures``); with
    ``workers`` > 1 in that many processes."""
    failures = failures if failures is not None else []

    def only_articles() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                yield item

    if workers > 1:
        from dyadwatch.parallel import code_parallel

        names = pipeline.names if pipeline else None
        yield from code_parallel(
            only_articles(), workers=workers, batch_size=batch_size, stage_names=names, failures=failures
        )
        return
    pipeline = pipeline or Pipeline.build()
    yield from pipeline.code(
        only_articles(), batch_size=batch_size, on_error=lambda failure, _exc: failures.append(failure)
    )


def code_inputs(
    inputs: Sequence[str | Path],
    options: object | None = None,
    pipeline: Pipeline | None = None,
    *,
    failures: list[Failure] | None = None,
    batch_size: int = 32,
    workers: int = 1,
) -> Iterator[CodedArticle]:
    """Read and code inputs without a store."""
    yield from code_articles(
        _read(inputs, options), pipeline, batch_size=batch_size, failures=failures, workers=workers
    )


def ingest(
    inputs: Sequence[str | Path],
    store: Store,
    options: object | None = None,
    pipeline: Pipeline | None = None,
    *,
    batch_size: int = 32,
    progress: Progress | None = None,
    workers: int = 1,
) -> IngestReport:
    """Read, code and store inputs. Articles stored already are skipped before coding, so a
    re-run costs little and never duplicates; each batch is stored in one transaction."""
    report = IngestReport()

    def fresh() -> Iterator[Article | Failure]:
        for item in _read(inputs, options):
            if isinstance(item, Article):
                report.articles_read += 1
                if store.has_article(item.article_id):
                    report.added = report.added + AddResult(articles_skipped=1)
                    if progress:
                        progress(1)
                    continue
            yield item

    batch: list[CodedArticle] = []
    coded_stream = code_articles(fresh(), pipeline, batch_size=batch_size, failures=report.failures, workers=workers)
    for coded in coded_stream:
        batch.append(coded)
        if len(batch) >= batch_size:
            report.added = report.added + store.add_coded(batch)
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        report.added = report.added + store.add_coded(batch)
        if progress:
            progress(len(batch))
    store.add_failures(report.failures)
    if report.added.events:
        store.refresh_search_index()
    return report
