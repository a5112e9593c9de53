"""``dyadwatch actors``: look up and list the actors of the knowledge base, import dictionaries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dyadwatch.cli.common import parse_date

app = typer.Typer(
    help="Look up and list the actors dyadwatch knows (countries, people with dated roles, organisations).",
    no_args_is_help=True,
)

DateOpt = Annotated[str | None, typer.Option("--date", help="Roles at this date (YYYY-MM-DD; default today).")]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary (YAML or CAMEO/PETRARCH .txt); may be repeated."),
]


def _kb(actors: list[Path] | None):
    from dyadwatch.actors import knowledge_base

    return knowledge_base(tuple(actors or ()))


def _table(title: str, refs: list, show_confidence: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in ("code", "name", "country", "sector", "kb_id", *(("confidence",) if show_confidence else ())):
        table.add_column(column)
    for ref in refs:
        row = [ref.code, ref.name, ref.country or "", ref.sector or "", ref.kb_id or ""]
        if show_confidence:
            row.append(f"{ref.confidence:.2f}")
        table.add_row(*row)
    Console().print(table)


@app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, demonym or phrase, e.g. 'Juan Orlando Hernández'.")],
    date_: DateOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Show what NAME resolves to, and every actor it may name, at a date."""
    on = parse_date(date_, "--date")
    kb = _kb(actors)
    best = kb.resolve(name, on=on)
    refs = kb.lookup(name, on=on)
    if best is not None and (best.kb_id is None or all(r.kb_id != best.kb_id for r in refs)):
        refs.insert(0, best)
    if not refs:
        place = " (a place, not an actor)" if kb.is_place(name) else ""
        typer.echo(f"no actor named {name!r}{place}")
        raise typer.Exit(1)
    _table(f"{name!r} at {on.isoformat() if on else 'today'}", refs, show_confidence=True)
    for ref in refs:
        entry = kb.entry(ref.kb_id) if ref.kb_id else None
        if entry is None or not entry.roles:
            continue
        typer.echo(f"{entry.name}:")
        for role in entry.roles:
            span = f"{role.start or '…'} – {role.end or 'now'}"
            typer.echo(f"  {span:26} {role.code or (role.country or '') + role.sector:9} {role.title or ''}")
        if entry.after:
            code = (entry.after.country or "") + entry.after.sector
            typer.echo(f"  {'after office':26} {code:9} {entry.after.title or ''}")


@app.command("list")
def list_actors(
    country: Annotated[str | None, typer.Option("--country", help="Only this country (ISO-3, e.g. HND).")] = None,
    date_: DateOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """List the actors of the knowledge base, with their code at a date."""
    on = parse_date(date_, "--date")
    refs = _kb(actors).actors(country=country.upper() if country else None, on=on)
    _table(f"{len(refs)} actors" + (f" of {country.upper()}" if country else ""), refs)


@app.command("import")
def import_dictionary(
    source: Annotated[Path, typer.Argument(help="A CAMEO/PETRARCH/Phoenix actor dictionary (.txt).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The YAML file to write.")],
) -> None:
    """Convert a CAMEO/PETRARCH actor dictionary into dyadwatch's YAML format."""
    import yaml

    from dyadwatch.actors.loader import parse_entry
    from dyadwatch.actors.petrarch import read_petrarch

    raw = read_petrarch(source)
    for number, item in enumerate(raw, 1):
        parse_entry(item, str(source), number)  # fail here, naming the entry, rather than at load time
    output.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    typer.echo(f"wrote {len(raw)} actors to {output}; use it with --actors {output} or DYADWATCH_ACTORS")
