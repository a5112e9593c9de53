"""The distributed runner: the same pipeline on a Dask cluster, writing date-partitioned Parquet."""

from dyadwatch.distributed.runner import (
    DistributedResult,
    code_shard,
    make_shards,
    run_distributed,
    warm_up,
    warm_worker,
)

__all__ = ["DistributedResult", "code_shard", "make_shards", "run_distributed", "warm_up", "warm_worker"]
