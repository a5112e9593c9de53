"""``dyadwatch events`` and ``dyadwatch dyad``: reading the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dyadwatch.cli.common import check_format, parse_date
from dyadwatch.export import exporter

StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="The DuckDB store file.", envvar="DYADWATCH_STORE")]
QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def events(
    store: StoreOpt = Path("dyadwatch.duckdb"),
    dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors: country, code or code prefix.")] = None,
    actor: Annotated[str | None, typer.Option(help="An actor on either side.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. THREATEN.")] = None,
    stance: Annotated[str | None, typer.Option(help="asserted | future | hypothetical | negated | historical")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First event date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last event date, YYYY-MM-DD.")] = None,
    search: Annotated[str | None, typer.Option(help="Full-text search over the sentences.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Only events at least this confident.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | table | csv")] = "table",
) -> None:
    """List stored events, newest first."""
    from dyadwatch.store import EventFilter, Store

    check_format(fmt)
    flt = EventFilter(
        dyad=dyad, actor=actor, plover_type=event_type, stance=stance, text=search,
        date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to"),
        min_confidence=min_confidence, limit=limit,
    )  # fmt: skip
    with Store(store, read_only=True) as st:
        records = st.events(flt)
    exporter(fmt)(records, sys.stdout)


def dyad(
    a: Annotated[str, typer.Argument(help="First actor (country code, actor code or prefix).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    store: StoreOpt = Path("dyadwatch.duckdb"),
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    by: Annotated[str, typer.Option(help="week | month | year")] = "month",
    top: Annotated[int, typer.Option(help="How many top events to show.")] = 10,
) -> None:
    """The relationship at a glance: counts by type and quad class per period, mean Goldstein, top events."""
    show_dyad(
        store, a, b, by=by, top=top, date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to")
    )


def show_dyad(
    store_path: Path, a: str, b: str, *, by: str = "month", top: int = 10, date_from=None, date_to=None
) -> None:
    from rich.console import Console
    from rich.table import Table

    from dyadwatch.store import EventFilter, Store

    console = Console(width=None if sys.stdout.isatty() else 160)
    with Store(store_path, read_only=True) as st:
        series = st.dyad_series(a, b, by=by, date_from=date_from, date_to=date_to)
        flt = EventFilter(dyad=(a, b), date_from=date_from, date_to=date_to, limit=top, order="goldstein")
        top_events = st.events(flt)
        total = st.count_events(EventFilter(dyad=(a, b), date_from=date_from, date_to=date_to))
    console.print(f"\n[bold]{a.upper()} \u2194 {b.upper()}[/bold]: {total} events")
    if not series:
        console.print("no dated events for this dyad in the store")
        return
    types = sorted({t for row in series for t in row.by_type})
    table = Table(title=f"per {by}")
    table.add_column(by)
    table.add_column("events", justify="right")
    table.add_column("mean Goldstein", justify="right")
    for q in range(1, 5):
        table.add_column(QUAD_NAMES[q], justify="right")
    table.add_column("by PLOVER type")
    for row in series:
        table.add_row(
            row.period.isoformat()[: 4 if by == "year" else 10],
            str(row.events),
            f"{row.mean_goldstein:+.2f}" if row.mean_goldstein is not None else "",
            *(str(row.by_quad.get(q, "")) for q in range(1, 5)),
            ", ".join(f"{t} {row.by_type[t]}" for t in types if t in row.by_type),
        )
    console.print(table)
    if top_events:
        ev = Table(title="top events (strongest Goldstein)", show_lines=True)
        for column in ("date", "event", "source \u2192 target", "stance", "sentence"):
            ev.add_column(column, overflow="fold", max_width=70 if column == "sentence" else 28)
        for r in top_events:
            src = (r["source"] or {}).get("code") or "-"
            tgt = (r["target"] or {}).get("code") or "-"
            ev.add_row(
                r["date"] or "?",
                f"{r['plover']['type']} ({r['cameo']['goldstein']:+})",
                f"{src} \u2192 {tgt}",
                r["stance"],
                r["sentence"],
            )
        console.print(ev)
