"""``dyadwatch serve``: the web UI and HTTP API over a store, on this machine."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated

import typer

from dyadwatch.errors import ConfigError

DEMO_STORE = Path("dyadwatch-demo.duckdb")


def serve(
    store: Annotated[
        Path | None, typer.Option("--store", help="The DuckDB store to serve (default dyadwatch.duckdb).")
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless you mean to share it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    ingest_token: Annotated[
        str | None,
        typer.Option(
            "--ingest-token",
            envvar="DYADWATCH_INGEST_TOKEN",
            help="Enable POST /ingest for clients sending 'Authorization: Bearer TOKEN'. Off when unset.",
        ),
    ] = None,
    demo: Annotated[
        bool,
        typer.Option("--demo", help=f"Code the bundled example articles into {DEMO_STORE} (or --store) and serve it."),
    ] = False,
) -> None:
    """Serve the dashboard, events table, actor pages, map and JSON API at http://HOST:PORT/."""
    import uvicorn

    from dyadwatch.store import DEFAULT_STORE, Store, series
    from dyadwatch.web import create_app

    if not 0 < port < 65536:
        raise ConfigError(f"--port {port} is not a TCP port (1-65535)")
    if demo:
        from dyadwatch.web.demo import build_demo_store

        path = store or DEMO_STORE
        typer.echo(f"coding the example corpus into {path} (first run takes a minute)")
        opened = build_demo_store(path)
    else:
        path = store or Path(DEFAULT_STORE)
        # Without ingest the server never writes: open read-only so other processes may read too.
        opened = Store(path, read_only=not ingest_token)
    app = create_app(opened, ingest_token=ingest_token)
    # Build the dyad-series snapshot in the background so the first dashboard answers quickly.
    threading.Thread(target=series.warm, args=(opened,), daemon=True, name="series-warm").start()
    typer.echo(f"serving {path} at http://{host}:{port}/ (API reference at /docs; Ctrl-C stops)")
    if ingest_token:
        typer.echo("POST /ingest is enabled")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        opened.close()
