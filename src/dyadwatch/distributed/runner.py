"""Coding on a Dask distributed cluster, resumable and safe against dying workers.

The client reads the inputs and cuts the articles into shards whose id is a hash of their
article ids, so the same inputs always give the same shards. Each shard is one Dask task: the
worker codes it with its own pipeline (built once per worker process) and writes Parquet (see
:mod:`dyadwatch.distributed.parquet`). A shard whose completion marker exists is skipped, so a
re-run only does what is missing; a shard whose worker died is retried by Dask on another worker
and overwrites whatever the dead one left, so the output never holds an event twice.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from dyadwatch.distributed import parquet
from dyadwatch.errors import ConfigError
from dyadwatch.models import Article, Failure, content_hash
from dyadwatch.pipeline import Pipeline

# Tests set this to a file path: the first worker to find the file deletes it and dies, as a
# worker killed by the operating system would, so the retry path is exercised for real.
DIE_ONCE_ENV = "DYADWATCH_TEST_DIE_ONCE"


@dataclass(slots=True)
class DistributedResult:
    out: Path
    shards: int = 0
    shards_skipped: int = 0
    articles: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"shards: {self.shards} ({self.shards_skipped} already done); articles: {self.articles}; "
            f"events: {self.events}; failures: {len(self.failures)}; parquet: {self.out.resolve()}"
        )


@dataclass(frozen=True, slots=True)
class Shard:
    shard_id: str
    articles: tuple[Article, ...]


def make_shards(articles: Iterable[Article], shard_size: int) -> Iterator[Shard]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= shard_size:
            yield _shard(batch)
            batch = []
    if batch:
        yield _shard(batch)


def _shard(batch: list[Article]) -> Shard:
    return Shard(content_hash(*sorted(a.article_id for a in batch)), tuple(batch))


@cache
def _worker_pipeline(names: tuple[str, ...] | None) -> Pipeline:
    return Pipeline.build(list(names) if names else None)


def warm_worker(stage_names: tuple[str, ...] | None = None) -> float:
    """Build this worker's pipeline and code a short article, so that every model the pipeline
    loads lazily is in memory before the real shards arrive; returns the seconds it took."""
    started = time.perf_counter()
    _worker_pipeline(stage_names).warm_up()
    return time.perf_counter() - started


def warm_up(client: Any, stage_names: Sequence[str] | None = None) -> dict[str, float]:
    """Load the models on every worker of ``client``'s cluster (one task pinned to each worker);
    returns seconds per worker address. Lets a benchmark time start-up apart from coding, and
    lets a long run start with every worker ready."""
    names = tuple(stage_names) if stage_names else None
    workers = list(client.scheduler_info()["workers"])
    futures = {
        w: client.submit(warm_worker, names, workers=[w], allow_other_workers=False, pure=False) for w in workers
    }
    return {w: f.result() for w, f in futures.items()}


def code_shard(shard: Shard, out: str, stage_names: tuple[str, ...] | None = None) -> dict[str, int]:
    """The task a worker runs: code one shard and write it. Idempotent."""
    out_dir = Path(out)
    if parquet.is_done(out_dir, shard.shard_id):
        return parquet.read_summary(out_dir, shard.shard_id)
    die_flag = os.environ.get(DIE_ONCE_ENV)
    if die_flag and os.path.exists(die_flag):
        os.remove(die_flag)
        os._exit(1)
    failures: list[Failure] = []
    pipeline = _worker_pipeline(stage_names)
    coded = list(pipeline.code(shard.articles, on_error=lambda f, _e: failures.append(f)))
    return parquet.write_shard(out_dir, shard.shard_id, coded, failures)


def run_distributed(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    options: object | None = None,
    scheduler: str | None = None,
    n_workers: int = 2,
    shard_size: int = 16,
    stage_names: Sequence[str] | None = None,
) -> DistributedResult:
    """Code ``inputs`` on a Dask cluster (``scheduler`` address, or a local cluster of ``n_workers``
    processes on 127.0.0.1) and write date-partitioned Parquet to ``out``."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigError("the Dask engine needs the distributed extra: pip install 'dyadwatch[distributed]'") from exc
    from dyadwatch.readers import ReadOptions, read_inputs

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = DistributedResult(out=out_dir)
    articles: list[Article] = []
    for item in read_inputs(inputs, options if options is not None else ReadOptions()):
        if isinstance(item, Failure):
            result.failures.append(item)
        else:
            articles.append(item)
    shards = list(make_shards(articles, shard_size))
    result.shards = len(shards)
    todo = [s for s in shards if not parquet.is_done(out_dir, s.shard_id)]
    result.shards_skipped = len(shards) - len(todo)
    names = tuple(stage_names) if stage_names else None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            worker_dashboard_address=None,
        )
    try:
        with Client(scheduler or cluster) as client:
            futures = [
                client.submit(
                    code_shard, s, str(out_dir.resolve()), names, key=f"dyadwatch-shard-{s.shard_id}", retries=2
                )
                for s in todo
            ]
            for future in as_completed(futures):
                future.result()
    finally:
        if cluster is not None:
            cluster.close()
    for shard in shards:
        summary = parquet.read_summary(out_dir, shard.shard_id)
        result.articles += summary["articles"]
        result.events += summary["events"]
    for path in sorted((out_dir / "failures").glob("*.jsonl")) if (out_dir / "failures").exists() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            result.failures.append(Failure(origin=rec["origin"], message=rec["message"], stage=rec["stage"]))
    return result
