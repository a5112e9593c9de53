"""The ``dyadwatch`` command: one module per command group, each a thin adapter over the library."""

from __future__ import annotations

import typer

from dyadwatch.cli import coding, query
from dyadwatch.cli.common import err
from dyadwatch.errors import DyadwatchError

app = typer.Typer(
    name="dyadwatch",
    help="Evidence-linked political event data from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("code")(coding.code)
app.command("ingest")(coding.ingest)
app.command("demo")(coding.demo)
app.command("events")(query.events)
app.command("dyad")(query.dyad)


@app.command("stages")
def stages() -> None:
    """List the registered pipeline stages and the default pipeline."""
    import dyadwatch.stages  # noqa: F401  (importing registers the built-in stages)
    from dyadwatch import registry
    from dyadwatch.pipeline import DEFAULT_STAGES

    for name in registry.stages.names():
        cls = registry.stages.get(name)
        mark = "*" if name in DEFAULT_STAGES else " "
        typer.echo(f"{mark} {name:24} requires {', '.join(cls.requires) or '-':32} provides {', '.join(cls.provides)}")


def _mount_optional() -> None:
    """Command groups whose dependencies are optional extras register themselves here."""
    from dyadwatch.cli import actors as actors_cli
    from dyadwatch.cli import eval as eval_cli
    from dyadwatch.cli import serve as serve_cli

    app.add_typer(actors_cli.app, name="actors")
    app.command("eval")(eval_cli.eval_command)
    app.command("serve")(serve_cli.serve)


_mount_optional()


def main() -> None:
    try:
        app()
    except DyadwatchError as exc:
        err(str(exc))
        raise SystemExit(2) from None
