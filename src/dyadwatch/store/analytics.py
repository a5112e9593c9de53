"""Read-side queries for the web UI and HTTP API: breakdowns, counterparties, places, lookups.

Every function takes a :class:`Store` and returns plain records (dicts of JSON-ready values), so
the web layer never sees SQL. Actor specs match as in :class:`EventFilter`: a country code, a
CAMEO code or code prefix (``USA`` matches ``USAGOV``), or a knowledge-base id.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from dyadwatch.store import rows as R
from dyadwatch.store.duckdb_store import EventFilter, Store, _side_match
from dyadwatch.store.schema import EVENT_COLUMNS


def _fetch(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    # One cursor per call: DuckDB connections are not shared across the server's threads.
    with store._lock:
        cur = store.cursor()
        result = cur.execute(sql, params)
        cols = [d[0] for d in result.description]
        return [dict(zip(cols, row, strict=True)) for row in result.fetchall()]


def _and(where: str, clause: str) -> str:
    return where + (" AND " if where else " WHERE ") + clause


def breakdown(store: Store, f: EventFilter | None = None) -> dict[str, dict[str, int]]:
    """Counts of the events matching ``f`` by PLOVER type, stance and CAMEO quad class."""
    where, params = store._where(f or EventFilter())
    # One scan: the matching rows are grouped three ways at once.
    sql = f"""
        SELECT plover_type, stance, quad_class::VARCHAR AS quad, count(*) AS n
        FROM events{where}
        GROUP BY GROUPING SETS ((plover_type), (stance), (quad_class))
    """
    out: dict[str, dict[str, int]] = {"type": {}, "stance": {}, "quad": {}}
    for row in _fetch(store, sql, params):
        if row["plover_type"] is not None:
            out["type"][row["plover_type"]] = row["n"]
        elif row["stance"] is not None:
            out["stance"][row["stance"]] = row["n"]
        elif row["quad"] is not None:
            out["quad"][row["quad"]] = row["n"]
    return out


def date_extent(store: Store, f: EventFilter | None = None) -> tuple[date | None, date | None]:
    """The first and last event date among the events matching ``f``."""
    where, params = store._where(f or EventFilter())
    rows = _fetch(store, f"SELECT min(event_date) AS lo, max(event_date) AS hi FROM events{where}", params)
    return rows[0]["lo"], rows[0]["hi"]


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event as its public JSON record, or None."""
    rows = _fetch(store, "SELECT * FROM events WHERE event_id = ?", [event_id])
    return R.event_record(rows[0]) if rows else None


def iter_events(store: Store, f: EventFilter | None = None, *, page: int = 5000) -> Iterator[dict[str, Any]]:
    """All events matching ``f`` (ignoring its limit), page by page, for downloads of any size."""
    f = f or EventFilter()
    offset = 0
    while True:
        batch = store.events(
            EventFilter(**{**{s: getattr(f, s) for s in f.__slots__}, "limit": page, "offset": offset})
        )
        yield from batch
        if len(batch) < page:
            return
        offset += page


def sentences(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The sentences of an article with their character offsets, in order."""
    return _fetch(
        store,
        'SELECT sentence_index AS index, start_char AS start, end_char AS "end", text, boilerplate '
        "FROM sentences WHERE article_id = ? ORDER BY sentence_index",
        [article_id],
    )


def mentions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The resolved actor mentions of an article (with offsets), for marking sources and targets."""
    return _fetch(
        store,
        'SELECT sentence_index, start_char AS start, end_char AS "end", text, label, is_place, name, code, '
        "country, sector, kb_id FROM actors WHERE article_id = ? ORDER BY start_char",
        [article_id],
    )


def _actor_sides() -> str:
    # Both sides of every event as (code, name, country, sector) rows.
    return """
        SELECT source_code AS code, source_name AS name, source_country AS country, source_sector AS sector,
               source_kb_id AS kb_id, event_date
        FROM events WHERE source_code IS NOT NULL
        UNION ALL
        SELECT target_code, target_name, target_country, target_sector, target_kb_id, event_date
        FROM events WHERE target_code IS NOT NULL
    """


def actor_lookup(store: Store, query: str = "", *, limit: int = 50) -> list[dict[str, Any]]:
    """Actors seen in events whose code, name, country or knowledge-base id matches ``query``,
    most active first. An empty query lists the most active actors."""
    q = query.strip()
    where = ""
    params: list[Any] = []
    if q:
        where = " WHERE code ILIKE ? || '%' OR name ILIKE '%' || ? || '%' OR country = ? OR kb_id = ?"
        params = [q, q, q.upper(), q]
    sql = f"""
        SELECT code, arg_max(name, event_date) AS name, any_value(country) AS country,
               any_value(sector) AS sector, count(*) AS events
        FROM ({_actor_sides()}){where}
        GROUP BY code ORDER BY events DESC, code LIMIT {int(limit)}
    """
    return _fetch(store, sql, params)


def actor_summary(store: Store, spec: str) -> dict[str, Any] | None:
    """What the store knows about the actor ``spec``: its most frequent code and name, its number
    of events and first/last event date; None when no event involves it."""
    params: list[Any] = []
    match = _side_match("source", spec, params)
    tparams: list[Any] = []
    tmatch = _side_match("target", spec, tparams)
    sql = f"""
        WITH sides AS (
            SELECT source_code AS code, source_name AS name, source_country AS country,
                   source_sector AS sector, event_date FROM events WHERE {match}
            UNION ALL
            SELECT target_code, target_name, target_country, target_sector, event_date FROM events WHERE {tmatch}
        )
        SELECT mode(code) AS code, mode(name) AS name, mode(country) AS country, mode(sector) AS sector,
               count(*) AS mentions, min(event_date) AS first, max(event_date) AS last
        FROM sides
    """
    row = _fetch(store, sql, params + tparams)[0]
    if not row["mentions"]:
        return None
    row["events"] = store.count_events(EventFilter(actor=spec))
    row["spec"] = spec
    return row


def counterparties(
    store: Store,
    spec: str,
    *,
    limit: int = 25,
    by: str = "country",
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[dict[str, Any]]:
    """The actors ``spec`` dealt with, most frequent first: events either way, mean Goldstein and
    the cooperation/conflict split. ``by="country"`` groups counterparties by country (falling back
    to the code), ``by="code"`` by their full CAMEO code."""
    key = {"country": "coalesce({p}_country, {p}_code)", "code": "{p}_code"}[by]
    params: list[Any] = []
    src = _side_match("source", spec, params)
    tparams: list[Any] = []
    tgt = _side_match("target", spec, tparams)
    where, fparams = store._where(EventFilter(date_from=date_from, date_to=date_to))
    sql = f"""
        WITH pairs AS (
            SELECT {key.format(p="target")} AS other, target_name AS name, goldstein, quad_class,
                   'out' AS direction
            FROM events{_and(where, src)}
            UNION ALL
            SELECT {key.format(p="source")}, source_name, goldstein, quad_class, 'in'
            FROM events{_and(where, tgt)}
        )
        SELECT other AS code, mode(name) AS name, count(*) AS events, round(avg(goldstein), 3) AS mean_goldstein,
               count(*) FILTER (quad_class <= 2) AS cooperation, count(*) FILTER (quad_class >= 3) AS conflict,
               count(*) FILTER (direction = 'out') AS sent, count(*) FILTER (direction = 'in') AS received
        FROM pairs WHERE other IS NOT NULL
        GROUP BY other ORDER BY events DESC, other LIMIT {int(limit)}
    """
    rows = _fetch(store, sql, fparams + params + fparams + tparams)
    self_keys = {spec.upper()}
    return [r for r in rows if r["code"].upper() not in self_keys]


def network(store: Store, spec: str, *, limit: int = 25, by: str = "country") -> dict[str, list[dict[str, Any]]]:
    """The ego network of ``spec``: it, its top counterparties, and the ties among them."""
    others = counterparties(store, spec, limit=limit, by=by)
    summary = actor_summary(store, spec)
    center = spec.upper()
    nodes = [
        {
            "id": center,
            "name": (summary or {}).get("name") or center,
            "events": (summary or {}).get("events", 0),
            "center": True,
        }
    ] + [{"id": r["code"], "name": r["name"] or r["code"], "events": r["events"], "center": False} for r in others]
    edges = [
        {"source": center, "target": r["code"], "events": r["events"], "mean_goldstein": r["mean_goldstein"]}
        for r in others
    ]
    codes = [r["code"] for r in others]
    if len(codes) > 1:
        key_s = "coalesce(source_country, source_code)" if by == "country" else "source_code"
        key_t = "coalesce(target_country, target_code)" if by == "country" else "target_code"
        sql = f"""
            SELECT least({key_s}, {key_t}) AS a, greatest({key_s}, {key_t}) AS b, count(*) AS events,
                   round(avg(goldstein), 3) AS mean_goldstein
            FROM events
            WHERE list_contains(?, {key_s}) AND list_contains(?, {key_t}) AND {key_s} <> {key_t}
            GROUP BY ALL ORDER BY events DESC LIMIT 200
        """
        for r in _fetch(store, sql, [codes, codes]):
            edges.append(
                {"source": r["a"], "target": r["b"], "events": r["events"], "mean_goldstein": r["mean_goldstein"]}
            )
    return {"nodes": nodes, "edges": edges}


def top_dyads(store: Store, *, limit: int = 30) -> list[dict[str, Any]]:
    """The most active pairs of countries (either direction), for choosing a dashboard."""
    # Each pair is named with its more active source first (USA–HND rather than HND–USA when
    # Washington acts more often), so the dashboard reads the way analysts name the relationship.
    sql = f"""
        WITH pairs AS (
            SELECT least(source_country, target_country) AS lo, greatest(source_country, target_country) AS hi,
                   count(*) AS events,
                   count(*) FILTER (source_country = least(source_country, target_country)) AS lo_acts,
                   round(avg(goldstein), 3) AS mean_goldstein, min(event_date) AS first, max(event_date) AS last
            FROM events
            WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
            GROUP BY lo, hi
        )
        SELECT CASE WHEN lo_acts * 2 >= events THEN lo ELSE hi END AS a,
               CASE WHEN lo_acts * 2 >= events THEN hi ELSE lo END AS b,
               events, mean_goldstein, first, last
        FROM pairs ORDER BY events DESC, lo, hi LIMIT {int(limit)}
    """
    return _fetch(store, sql, [])


def places(store: Store, f: EventFilter | None = None, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Event locations with coordinates, grouped by place: counts, mean Goldstein, commonest type."""
    where, params = store._where(f or EventFilter())
    sql = f"""
        SELECT location_name AS name, location_country AS country, round(lat, 4) AS lat, round(lon, 4) AS lon,
               any_value(location_precision) AS precision, count(*) AS events,
               round(avg(goldstein), 3) AS mean_goldstein, mode(plover_type) AS top_type,
               min(event_date) AS first, max(event_date) AS last
        FROM events{_and(where, "lat IS NOT NULL AND lon IS NOT NULL")}
        GROUP BY location_name, location_country, round(lat, 4), round(lon, 4)
        ORDER BY events DESC LIMIT {int(limit)}
    """
    return _fetch(store, sql, params)


def country_counts(store: Store, f: EventFilter | None = None) -> dict[str, int]:
    """Events per location country (ISO alpha-3), for shading the base map."""
    where, params = store._where(f or EventFilter())
    where = _and(where, "location_country IS NOT NULL")
    sql = f"SELECT location_country AS c, count(*) AS n FROM events{where} GROUP BY ALL"
    return {r["c"]: r["n"] for r in _fetch(store, sql, params)}


def load_event_table(store: Store, table: Any) -> int:
    """Append events given as an Arrow table whose columns are the events table's columns (bulk
    loads for benchmarks and imports; ids must be new). Returns the number of rows added."""
    with store.transaction() as con:
        con.register("incoming_events", table)
        try:
            con.execute(
                f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                f"SELECT {', '.join(EVENT_COLUMNS)} FROM incoming_events"
            )
        finally:
            con.unregister("incoming_events")
    return table.num_rows


def count_all(store: Store) -> int:
    """``SELECT count(*)`` over all events: the floor any events query is measured against."""
    return _fetch(store, "SELECT count(*) AS n FROM events", [])[0]["n"]


__all__ = [
    "actor_lookup", "actor_summary", "breakdown", "count_all", "counterparties", "country_counts",
    "date_extent", "event", "iter_events", "load_event_table", "mentions", "network", "places",
    "sentences", "top_dyads",
]  # fmt: skip
