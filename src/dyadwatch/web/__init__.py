"""The web UI and HTTP API: ``create_app(store)`` gives a FastAPI application (``dyadwatch serve``)."""

from dyadwatch.web.app import create_app

__all__ = ["create_app"]
