"""Option parsing shared by the command modules."""

from __future__ import annotations

import sys
from datetime import date

import typer

from dyadwatch.errors import ConfigError

FORMATS = ("jsonl", "table", "csv")


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{option} {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2018-02-21") from None


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ConfigError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    return fmt


def err(message: str) -> None:
    """One line on standard error, in red where it is a terminal."""
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[red]error:[/red] {message}")


def fail(message: str, code: int = 2) -> typer.Exit:
    err(message)
    return typer.Exit(code)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
