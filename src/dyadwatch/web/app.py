"""The FastAPI application over a store: pages and JSON from the same handlers, fully offline."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dyadwatch.errors import ConfigError, DyadwatchError
from dyadwatch.store import Store
from dyadwatch.web.handlers import NotFound
from dyadwatch.web.negotiate import page, wanted
from dyadwatch.web.routes import add_routes

STATIC = Path(__file__).parent / "static"
INGEST_TOKEN_ENV = "DYADWATCH_INGEST_TOKEN"


def create_app(store: Store, *, ingest_token: str | None = None) -> FastAPI:
    """The web UI and HTTP API over ``store``. ``ingest_token`` (or the ``DYADWATCH_INGEST_TOKEN``
    environment variable) enables POST /ingest; without one the server never writes."""
    # The stock /docs page loads Swagger UI from a CDN; ours renders the schema offline.
    app = FastAPI(
        title="dyadwatch",
        summary="Evidence-linked political event data: events, dyad series, actors, articles.",
        version=_version(),
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.ingest_token = ingest_token or os.environ.get(INGEST_TOKEN_ENV) or None
    app.state.pipeline = None
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    add_routes(app)

    def error(request: Request, status: int, message: str) -> Response:
        try:
            html = wanted(request) == "html"
        except ConfigError:
            html = False
        if html:
            return page(request, "error.html", {"status": status, "message": message}, title="Error", status=status)
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(ConfigError)
    async def bad_request(request: Request, exc: ConfigError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return error(request, 400, f"invalid request: {problems}")

    @app.exception_handler(DyadwatchError)
    async def failed(request: Request, exc: DyadwatchError) -> Response:
        return error(request, 500, str(exc))

    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dyadwatch")
    except PackageNotFoundError:
        return "0"
