"""How fast the readers turn files into Articles, per format, on the example corpus.

Copies each example (plain text, HTML page, JSON Lines line) many times into a temporary
directory, reads the directory with ``read_inputs`` and reports articles per second. Writes
benchmarks/READERS.md.

    .venv/bin/python benchmarks/readers.py [--copies 200]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from pathlib import Path

import dyadwatch
from dyadwatch.models import Article
from dyadwatch.readers import read_inputs

HERE = Path(__file__).resolve().parent
EXAMPLES = Path(dyadwatch.__file__).parent / "data" / "examples"


def _make(kind: str, root: Path, copies: int) -> int:
    """Write ``copies`` copies of every example of ``kind`` under ``root``; return the article count."""
    count = 0
    if kind == "jsonl":
        lines = (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        with (root / "all.jsonl").open("w", encoding="utf-8") as handle:
            for _ in range(copies):
                handle.writelines(lines)
                count += len(lines)
        return count
    for source in sorted(EXAMPLES.glob(f"*.{kind}")):
        for n in range(copies):
            shutil.copyfile(source, root / f"{n:05d}-{source.name}")
            count += 1
    return count


def _measure(kind: str, copies: int) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        expected = _make(kind, root, copies)
        start = time.perf_counter()
        read = sum(1 for r in read_inputs([root]) if isinstance(r, Article))
        seconds = time.perf_counter() - start
    assert read == expected, (kind, read, expected)
    return read, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=200, help="copies of each example (default 200)")
    args = parser.parse_args()
    list(read_inputs([EXAMPLES]))  # warm up: imports of trafilatura, htmldate, feedparser
    rows = []
    for kind, label in (("txt", "plain text (.txt)"), ("html", "HTML page (.html)"), ("jsonl", "JSON Lines")):
        count, seconds = _measure(kind, args.copies)
        rows.append(f"| {label} | {count} | {seconds:.2f} | {count / seconds:,.0f} |")
        print(rows[-1])
    report = [
        "# Readers",
        "",
        f"Command: `.venv/bin/python benchmarks/readers.py --copies {args.copies}` "
        f"(Python {platform.python_version()}, {platform.machine()}, one process).",
        "",
        "Each example article copied many times and read back with `read_inputs` (dispatch, decoding,",
        "header/metadata, publication-date recovery, content-hash id). HTML goes through trafilatura and",
        "htmldate; it dominates the cost of reading.",
        "",
        "| format | articles | seconds | articles/s |",
        "|---|---:|---:|---:|",
        *rows,
        "",
    ]
    (HERE / "READERS.md").write_text("\n".join(report), encoding="utf-8")


if __name__ == "__main__":
    main()
