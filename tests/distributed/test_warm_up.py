"""Loading the models on every worker before the shards arrive."""

from __future__ import annotations

import pytest

from dyadwatch.distributed import warm_up, warm_worker

pytestmark = [pytest.mark.distributed, pytest.mark.slow]

STAGES = ("sentences.spacy.v1", "mentions.spacy.v2")


def test_warm_worker_builds_the_pipeline_once() -> None:
    first = warm_worker(STAGES)
    second = warm_worker(STAGES)
    assert first > 0 and second > 0
    assert second < first  # the pipeline and its models are cached in the process


def test_warm_up_reaches_every_worker() -> None:
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        seconds = warm_up(client, STAGES)
        assert set(seconds) == set(client.scheduler_info()["workers"])
        assert len(seconds) == 2 and all(s > 0 for s in seconds.values())
