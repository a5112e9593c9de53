"""Benchmark: the dyad series the dashboard draws, over a store of one million synthetic events.

Goal (issue 6): ``/dyads/USA/HND/series`` answers in under 100 ms. Measures, each repeated:

* ``SELECT count(*)`` over all events: the floor any query pays (the baseline);
* ``Store.dyad_series("USA", "HND", by=...)`` for week, month and year;
* the whole HTTP round trip ``GET /dyads/USA/HND/series?format=json`` in-process (FastAPI TestClient);
* the dashboard ``GET /dyads/USA/HND?format=json`` (series + breakdowns + latest 500 events).

Writes the table to ``benchmarks/WEB.md``. Run::

    .venv/bin/python benchmarks/web_series.py            # 1,000,000 events, 30 repeats
    .venv/bin/python benchmarks/web_series.py --events 200000 --repeats 10 --no-write
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa

from dyadwatch.ontology import cameo_table
from dyadwatch.store import Store, series
from dyadwatch.store import analytics as A
from dyadwatch.store.schema import EVENT_COLUMNS

# Countries weighted roughly as news covers them; USA–HND is one dyad among many.
COUNTRIES = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "IND", "PAK", "ISR", "IRN", "MEX", "BRA", "HND",
             "GTM", "SLV", "NIC", "COL", "VEN", "TUR", "SYR", "IRQ", "AFG", "EGY", "NGA", "ZAF", "KEN", "ETH",
             "JPN", "KOR", "PRK", "TWN", "PHL", "IDN", "AUS", "CAN", "ARM", "AZE", "SAU", "YEM"]  # fmt: skip


def synthetic_events(n: int, seed: int = 7) -> pa.Table:
    rng = np.random.default_rng(seed)
    weights = 1 / np.arange(1, len(COUNTRIES) + 1) ** 0.9
    weights /= weights.sum()
    countries = np.array(COUNTRIES)
    src = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    tgt = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    sectors = np.array(["GOV", "MIL", "COP", "OPP", "BUS", "MED", "CVL", "JUD"])
    s_sec, t_sec = sectors[rng.integers(0, len(sectors), n)], sectors[rng.integers(0, len(sectors), n)]
    src_code = np.char.add(src, s_sec)
    tgt_code = np.char.add(tgt, t_sec)
    table = cameo_table()
    codes = np.array([c for c, info in table.items() if info.plover_type and len(c) == 3])
    pick = codes[rng.integers(0, len(codes), n)]
    info = {c: table[c] for c in codes}
    start = date(2000, 1, 1).toordinal()
    days = rng.integers(0, date(2026, 6, 30).toordinal() - start, n)
    epoch = np.datetime64("2000-01-01")
    event_date = epoch + days.astype("timedelta64[D]")
    stances = np.array(["asserted", "asserted", "asserted", "future", "hypothetical", "negated", "historical"])
    cols = {
        "event_id": [f"e{i:015x}" for i in range(n)],
        "article_id": [f"a{i // 8:015x}" for i in range(n)],
        "sentence_index": (np.arange(n) % 8).astype(np.int32),
        "sentence": np.full(n, "A synthetic sentence for the benchmark."),
        "trigger_text": np.full(n, "met"),
        "trigger_start": np.zeros(n, np.int32),
        "trigger_end": np.full(n, 3, np.int32),
        "source_name": src, "source_text": src, "source_code": src_code, "source_country": src,
        "source_sector": s_sec, "source_kb_id": np.full(n, None),
        "target_name": tgt, "target_text": tgt, "target_code": tgt_code, "target_country": tgt,
        "target_sector": t_sec, "target_kb_id": np.full(n, None),
        "plover_type": np.array([info[c].plover_type for c in codes])[np.searchsorted(codes, pick)],
        "plover_mode": np.full(n, None),
        "plover_context": pa.array([[]] * n, pa.list_(pa.string())),
        "stance": stances[rng.integers(0, len(stances), n)],
        "cameo_code": pick, "cameo_root": np.char.ljust(pick, 2).astype("U2"),
        "quad_class": np.array([info[c].quad_class for c in codes], np.int8)[np.searchsorted(codes, pick)],
        "goldstein": np.array([info[c].goldstein for c in codes])[np.searchsorted(codes, pick)],
        "event_date": event_date, "date_precision": np.full(n, "day"), "date_source": np.full(n, "text"),
        "location_name": np.full(n, None), "location_country": np.full(n, None),
        "lat": np.full(n, np.nan), "lon": np.full(n, np.nan), "geonameid": np.full(n, None),
        "location_admin1": np.full(n, None), "location_precision": np.full(n, None),
        "confidence": rng.uniform(0.3, 1.0, n).round(4),
        "coder": pa.array([["synthetic.v1"]] * n, pa.list_(pa.string())),
        "evidence": np.full(n, None),
    }  # fmt: skip
    assert np.all(np.sort(codes) == codes), "codes must be sorted for searchsorted"
    arrays = {k: v if isinstance(v, pa.Array) else pa.array(v, from_pandas=True) for k, v in cols.items()}
    return pa.table({k: arrays[k] for k in EVENT_COLUMNS})


def timed(fn, repeats: int) -> list[float]:
    fn()  # warm: first call pays for plans and caches
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--store", type=Path, help="keep the synthetic store here (default: a temp file)")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite benchmarks/WEB.md")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.store or Path(tmp.name) / "bench.duckdb"
    t = time.perf_counter()
    store = Store(path)
    if A.count_all(store) != args.events:
        table = synthetic_events(args.events)
        A.load_event_table(store, table)
    load_s = time.perf_counter() - t
    n = A.count_all(store)
    dyad_n = len(store.events(A.EventFilter(dyad=("USA", "HND"))))

    from fastapi.testclient import TestClient

    from dyadwatch.web import create_app

    client = TestClient(create_app(store))
    t = time.perf_counter()
    series.warm(store)
    snapshot_s = time.perf_counter() - t
    rows: list[tuple[str, list[float]]] = [
        ("SELECT count(*) (baseline)", timed(lambda: A.count_all(store), args.repeats))
    ]
    for by in ("week", "month", "year"):
        rows.append(
            (
                f"series.dyad_series USA–HND by {by} (what the web serves)",
                timed(lambda by=by: series.dyad_series(store, "USA", "HND", by=by), args.repeats),
            )
        )
    for by in ("month",):
        rows.append(
            (
                f"Store.dyad_series USA–HND by {by} (SQL scan)",
                timed(lambda by=by: store.dyad_series("USA", "HND", by=by), max(5, args.repeats // 3)),
            )
        )
    rows.append(
        (
            "GET /dyads/USA/HND/series (HTTP, JSON)",
            timed(lambda: client.get("/dyads/USA/HND/series?format=json").raise_for_status(), args.repeats),
        )
    )
    rows.append(
        (
            "GET /dyads/USA/HND dashboard (HTTP, JSON)",
            timed(lambda: client.get("/dyads/USA/HND?format=json").raise_for_status(), max(5, args.repeats // 3)),
        )
    )
    base = statistics.median(rows[0][1])
    lines = [
        "| query | median ms | p95 ms | × baseline |",
        "|---|---:|---:|---:|",
        *[
            f"| {name} | {statistics.median(xs):.1f} | {p95(xs):.1f} | {statistics.median(xs) / base:.1f} |"
            for name, xs in rows
        ],
    ]
    print(f"{n:,} events ({dyad_n:,} USA–HND), loaded in {load_s:.1f}s, snapshot built in {snapshot_s:.1f}s")
    print("\n".join(lines))
    store.close()
    if args.no_write:
        return
    import duckdb

    cpu = f"{os.cpu_count()} cores, {platform.machine()}"
    md = f"""# Web benchmark: the dyad series

Produced by `benchmarks/web_series.py`:
`.venv/bin/python benchmarks/web_series.py --events {args.events} --repeats {args.repeats}`.

Store: {n:,} synthetic events over {len(COUNTRIES)} countries and 26 years (Zipf-weighted country choice, so
USA–HND holds {dyad_n:,} events in both directions), loaded with `store.analytics.load_event_table`
in {load_s:.1f} s; the series snapshot (`store/series.py`) was built in {snapshot_s:.1f} s.
Machine: {cpu}, DuckDB {duckdb.__version__}, Python {platform.python_version()}.
Each query is run once to warm up, then {args.repeats} times (the dashboard {max(5, args.repeats // 3)} times).

{chr(10).join(lines)}

Load average when measured: {os.getloadavg()[0]:.1f} (the machine is shared; medians are the figure to read).

Goal: the dyad series under 100 ms. The web layer answers it from `store/series.py`, a dictionary-encoded,
pair-sorted column snapshot rebuilt only when the number of events changes; the SQL scan of
`Store.dyad_series` (the same counts; a mean may differ in its third decimal, the floats being summed in
another order) is shown for comparison. The dashboard row also reads the counts by
type/stance/quad, the date extent and the latest 500 events (SQL scans) with their JSON encoding.
"""
    Path(__file__).with_name("WEB.md").write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
