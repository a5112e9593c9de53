"""``dyadwatch eval``: score the event coder against a labelled gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dyadwatch.errors import ConfigError

SCHEMES = ("plover", "cameo", "pentaclass")
OUTPUTS = ("table", "json")


def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold file (JSON Lines): plover_gsr, conflibert CAMEO or PETRARCH2 records.")
    ],
    scheme: Annotated[
        str | None,
        typer.Option(
            "--scheme",
            help="plover | cameo | pentaclass (default: the set's own: plover_gsr->plover, "
            "conflibert->pentaclass, PETRARCH2->cameo).",
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table (for people) or json (for machines).")] = "table",
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N records.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Show up to N wrongly coded sentences (table).")] = 0,
) -> None:
    """Score the event coder on a labelled file: per-type P/R/F1, macro-F1, accuracy, confusion
    matrix, actor-country accuracy, false-event rate, CAMEO root accuracy, grammar-feature pass rates.

    Each sentence is coded by the full default pipeline; its prediction is its highest-confidence
    event. No event counts as a statement: pentaclass 0 and CAMEO root 01 (dyadwatch codes PLOVER
    events only, and CAMEO 01 statements are not PLOVER events).
    """
    from dyadwatch.coding.eval_gold import load_gold
    from dyadwatch.coding.evaluate import evaluate

    if scheme is not None and scheme not in SCHEMES:
        raise ConfigError(f"--scheme {scheme!r} is not one of {', '.join(SCHEMES)}")
    if fmt not in OUTPUTS:
        raise ConfigError(f"--format {fmt!r} is not one of {', '.join(OUTPUTS)}")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit {limit} must be a positive number of records")
    items = load_gold(gold, limit=limit)
    if not items:
        raise ConfigError(f"{gold}: the gold file has no records")
    report = evaluate(items, scheme=scheme)
    if fmt == "json":
        record = report.to_record()
        record["gold"] = str(gold)
        typer.echo(json.dumps(record, ensure_ascii=False, indent=1))
        return
    print_report(report, str(gold), show_errors=errors)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_report(report, title: str, show_errors: int = 0) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    summary = Table(title=f"{title} — scheme {report.scheme}", show_header=False)
    rows = [
        ("sentences", str(report.n_items)),
        ("event sentences", str(report.n_event_items)),
        ("accuracy (event sentences)", _pct(report.accuracy)),
        ("macro-F1", _pct(report.macro_f1)),
        ("false-event rate", f"{_pct(report.false_event_rate)} (of {report.n_no_event_items} no-event sentences)"),
        ("source country accuracy", f"{_pct(report.source_country_accuracy)} (n={report.n_source_country})"),
        ("target country accuracy", f"{_pct(report.target_country_accuracy)} (n={report.n_target_country})"),
        ("source country, coded events", f"{_pct(report.source_country_coded)} (n={report.n_source_country_coded})"),
        ("target country, coded events", f"{_pct(report.target_country_coded)} (n={report.n_target_country_coded})"),
    ]
    if report.n_cameo_items:
        rows.append(("CAMEO root accuracy", f"{_pct(report.cameo_root_accuracy)} (n={report.n_cameo_items})"))
        rows.append(("CAMEO 3-digit accuracy", _pct(report.cameo_code_accuracy)))
    if report.unscorable:
        rows.append(("not scorable under scheme", str(report.unscorable)))
    if report.failures:
        rows.append(("pipeline failures", str(report.failures)))
    words_per_s = report.words / report.seconds if report.seconds else 0
    rows.append(("time", f"{report.seconds:.1f}s ({words_per_s:,.0f} words/s)"))
    for k, v in rows:
        summary.add_row(k, v)
    console.print(summary)

    per = Table(title="per label")
    for col in ("label", "precision", "recall", "F1", "support"):
        per.add_column(col, justify="right" if col != "label" else "left")
    for label, m in report.per_label.items():
        per.add_row(label, _pct(m["precision"]), _pct(m["recall"]), _pct(m["f1"]), str(m["support"]))
    console.print(per)

    predicted = sorted({p for row in report.confusion.values() for p in row})
    conf = Table(title="confusion (rows: gold, columns: predicted)")
    conf.add_column("gold")
    for p in predicted:
        conf.add_column(p[:8], justify="right")
    for g, row in report.confusion.items():
        conf.add_row(g, *[str(row.get(p, "")) for p in predicted])
    console.print(conf)

    if report.feature_pass_rates:
        feats = Table(title="pass rate per grammar feature")
        feats.add_column("feature")
        feats.add_column("pass rate", justify="right")
        feats.add_column("n", justify="right")
        for f, m in report.feature_pass_rates.items():
            feats.add_row(f, _pct(m["pass_rate"]), str(m["n"]))
        console.print(feats)

    if show_errors:
        wrong = Table(title=f"first {show_errors} wrong predictions")
        for col in ("id", "gold", "pred", "text"):
            wrong.add_column(col)
        for e in report.errors[:show_errors]:
            wrong.add_row(e["id"], e["gold"], e["predicted"], e["text"][:140])
        console.print(wrong)


def main() -> None:
    typer.run(eval_command)


if __name__ == "__main__":
    main()
