"""The one routing table of the web UI and HTTP API. Every resource is one handler that answers
as HTML (browsers) or JSON (``Accept: application/json`` or ``?format=json``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from dyadwatch.web import handlers as h


class Route(NamedTuple):
    path: str
    endpoint: Callable[..., Any]
    name: str
    methods: tuple[str, ...] = ("GET",)
    tag: str = "read"


ROUTES: tuple[Route, ...] = (
    Route("/", h.index, "index"),
    Route("/dyads/{a}/{b}", h.dyad, "dyad"),
    Route("/dyads/{a}/{b}/series", h.dyad_series, "dyad_series"),
    Route("/events", h.events, "events"),
    Route("/events/{event_id}", h.event, "event"),
    Route("/articles/{article_id}", h.article, "article"),
    Route("/actors", h.actors, "actors"),
    Route("/actors/{spec}", h.actor, "actor"),
    Route("/map", h.places, "map"),
    Route("/ingest", h.ingest, "ingest", ("POST",), "write"),
    Route("/docs", h.docs, "docs", tag="meta"),
)

_BOTH = {200: {"content": {"application/json": {}, "text/html": {}}, "description": "JSON or HTML"}}


def add_routes(app: Any) -> None:
    for route in ROUTES:
        app.add_api_route(
            route.path,
            route.endpoint,
            methods=list(route.methods),
            name=route.name,
            tags=[route.tag],
            responses=_BOTH if route.methods == ("GET",) else None,
            include_in_schema=route.name != "docs",
        )
