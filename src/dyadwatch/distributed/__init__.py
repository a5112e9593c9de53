"""The distributed runner: the same pipeline on a Dask cluster, writing date-partitioned Parquet."""

from dyadwatch.distributed.runner import DistributedResult, code_shard, make_shards, run_distributed

__all__ = ["DistributedResult", "code_shard", "make_shards", "run_distributed"]
