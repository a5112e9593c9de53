"""``dyadwatch code``, ``ingest`` and ``demo``: articles in, events out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dyadwatch.cli.common import check_format, err, parse_date
from dyadwatch.export import exporter
from dyadwatch.models import Failure

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, JSONL/feed files or http(s) URLs.")]
StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="The DuckDB store file.", envvar="DYADWATCH_STORE")]


def _options(published: str | None, publisher: str | None, title: str | None, url: str | None, language: str | None):
    from dyadwatch.readers import ReadOptions

    return ReadOptions(
        title=title, url=url, publisher=publisher, published=parse_date(published, "--published"), language=language
    )


def _report_failures(failures: list[Failure]) -> None:
    for failure in failures:
        err(str(failure))


def code(
    paths: PathsArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | table | csv")] = "jsonl",
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (plain text inputs).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher name (plain text inputs).")] = None,
    title: Annotated[str | None, typer.Option(help="Title (plain text inputs).")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article (plain text inputs).")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (default en).")] = None,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
    out: Annotated[Path | None, typer.Option(help="With --engine dask: output directory of Parquet events.")] = None,
    workers: Annotated[int, typer.Option(help="Processes (local engine) or local Dask workers (dask engine).")] = 1,
) -> None:
    """Code articles without a store and print their events."""
    from dyadwatch.ingest import code_inputs

    check_format(fmt)
    options = _options(published, publisher, title, url, language)
    if engine == "dask":
        from dyadwatch.distributed import run_distributed

        if out is None:
            raise typer.BadParameter("--engine dask writes Parquet: give --out DIR")
        result = run_distributed(paths, out, options=options, scheduler=scheduler, n_workers=max(workers, 1))
        _report_failures(result.failures)
        typer.echo(result.summary())
        raise typer.Exit(1 if result.failures else 0)
    if engine != "local":
        raise typer.BadParameter(f"--engine {engine!r} is not one of local, dask")
    failures: list[Failure] = []
    coded_articles = code_inputs(paths, options, failures=failures, workers=workers)
    records = (e.to_record() for coded in coded_articles for e in coded.events)
    exporter(fmt)(records, sys.stdout)
    sys.stdout.flush()
    _report_failures(failures)
    raise typer.Exit(1 if failures else 0)


def ingest(
    paths: PathsArg,
    store: StoreOpt = Path("dyadwatch.duckdb"),
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (plain text inputs).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher name (plain text inputs).")] = None,
    title: Annotated[str | None, typer.Option(help="Title (plain text inputs).")] = None,
    url: Annotated[str | None, typer.Option(help="URL (plain text inputs).")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (default en).")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles coded and stored per transaction.")] = 32,
    parquet: Annotated[
        bool, typer.Option("--parquet", help="PATHS are Parquet outputs of `code --engine dask`.")
    ] = False,
    workers: Annotated[int, typer.Option(help="Coding processes (0: one per core).")] = 1,
) -> None:
    """Code articles and add them to the store (re-running adds nothing new)."""
    if parquet:
        from dyadwatch.store import Store

        with Store(store) as st:
            for path in paths:
                added = st.add_parquet(path)
                typer.echo(
                    f"{path}: {added.articles_added} articles added, {added.articles_skipped} already stored, "
                    f"{added.events} events"
                )
        return
    report = _ingest(paths, store, _options(published, publisher, title, url, language), batch_size, workers)
    raise typer.Exit(1 if report.failures else 0)


def _ingest(paths: list[str], store_path: Path, options: object, batch_size: int = 32, workers: int = 1):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from dyadwatch.ingest import ingest as run_ingest
    from dyadwatch.store import Store

    console = Console(stderr=True)
    with (
        Store(store_path) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("coding", total=None)
        if workers == 0:
            from dyadwatch.parallel import default_workers

            workers = default_workers()
        report = run_ingest(
            paths, store, options, batch_size=batch_size, workers=workers, progress=lambda n: progress.advance(task, n)
        )
        totals = store.counts()
    _report_failures(report.failures)
    added = report.added
    typer.echo(
        f"articles: {report.articles_read} read, {added.articles_added} added, "
        f"{added.articles_skipped} already stored; sentences: {added.sentences}; events: {added.events}; "
        f"failures: {len(report.failures)}"
    )
    typer.echo(f"store: {store_path.resolve()} ({totals['articles']} articles, {totals['events']} events in all)")
    return report


def demo(
    store: StoreOpt = Path("dyadwatch.duckdb"),
) -> None:
    """Code the bundled example corpus into the store and show the United States–Honduras dyad."""
    from importlib import resources

    from dyadwatch.cli.query import show_dyad
    from dyadwatch.readers import ReadOptions

    examples = resources.files("dyadwatch").joinpath("data/examples")
    typer.echo(f"coding the example corpus in {examples}")
    report = _ingest([str(examples)], store, ReadOptions())  # the directory reader skips its README
    show_dyad(store, "USA", "HND", by="year", top=8)
    typer.echo(f"\nExplore: dyadwatch events --store {store} --dyad USA HND --format table")
    raise typer.Exit(1 if report.failures else 0)
