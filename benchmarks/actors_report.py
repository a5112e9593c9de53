"""Writes a benchmark's table into its own marked section of ``benchmarks/ACTORS.md``.

A section is the text between ``<!-- begin NAME -->`` and ``<!-- end NAME -->``; the rest of the file
(the prose that explains the numbers) is left as it is. A missing section is appended.
"""

from __future__ import annotations

from pathlib import Path

ACTORS_MD = Path(__file__).resolve().parent / "ACTORS.md"


def write_section(name: str, body: str, path: Path = ACTORS_MD) -> None:
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = f"{head}{block}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{block}\n"
    path.write_text(text, encoding="utf-8")
