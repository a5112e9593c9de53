"""Readers: turn files, directories, URLs and feeds into :class:`~dyadwatch.models.Article`.

``read_inputs`` takes any mix of inputs and yields, in order, one Article per article read or
one :class:`~dyadwatch.models.Failure` per input (or JSONL line, or feed entry) that could not
be read, saying what is wrong and what to do — a bad input never stops the rest of a batch.

Each format is a reader registered in :data:`dyadwatch.registry.readers` (``text``, ``html``,
``jsonl``, ``feed``, ``url``) with the file suffixes it takes and a content sniffer; a plugin
reader registered under the ``dyadwatch.readers`` entry-point group is dispatched the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers import feed, html, jsonl, text, url  # noqa: F401  (register the built-ins)
from dyadwatch.readers.base import DEFAULT_OPTIONS, ReadOptions, check_not_binary, decode_utf8, failure
from dyadwatch.readers.pubdate import date_from_dateline, date_from_url
from dyadwatch.readers.text import read_text
from dyadwatch.readers.url import is_url
from dyadwatch.registry import readers

__all__ = [
    "ReadOptions",
    "date_from_dateline",
    "date_from_url",
    "read_inputs",
    "read_text",
    "reader_for",
]

# Files a directory of articles commonly holds that are not articles.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "notice")
_SNIFF_BYTES = 4096
_FALLBACK = "text"


def _is_hidden(part: str) -> bool:
    return part.startswith(".") and part not in (".", "..")


def _reader(name: str) -> Callable[[str, ReadOptions], Iterator[Article | Failure]]:
    return readers.get(name)


def _by_suffix(suffix: str) -> str | None:
    for name in readers.names():
        if suffix in getattr(readers.get(name), "suffixes", ()):
            return name
    return None


def _by_content(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return None  # the chosen reader reports the error with its own message
    for name in readers.names():
        sniff = getattr(readers.get(name), "sniff", None)
        if sniff is not None and sniff(head):
            return name
    return None


def reader_for(path: str | Path) -> str | None:
    """The name of the reader that takes the file at ``path``: by suffix, except that a
    plain-text or unknown file whose content is a feed, an HTML page or JSON Lines goes to that
    reader. ``None`` when the suffix is unknown and the content says nothing."""
    p = Path(path)
    name = _by_suffix(p.suffix.lower())
    if name is None or name == _FALLBACK:
        name = _by_content(p) or name
    return name


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs[:] = [d for d in subdirs if not _is_hidden(d)]
        for name in files:
            if _is_hidden(name) or name.lower().split(".")[0] in _NOT_ARTICLES:
                continue
            found.append(Path(directory) / name)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, options: ReadOptions, *, in_directory: bool) -> Iterator[Article | Failure]:
    name = reader_for(path)
    if name is None:
        if in_directory:
            known = ", ".join(sorted({s for n in readers.names() for s in getattr(readers.get(n), "suffixes", ())}))
            yield Failure(
                origin=str(path),
                message=f"is not an article file dyadwatch knows (it reads {known}); move it out of the directory",
            )
            return
        name = _FALLBACK
    yield from _safely(name, str(path), options)


def _safely(name: str, source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    # A reader should yield Failures itself; this guard keeps a plugin's bug (or ours) from
    # taking the rest of the batch down with it.
    try:
        yield from _reader(name)(source, options)
    except InputError as exc:
        yield failure(exc)
    except Exception as exc:
        yield Failure(
            origin=source,
            message=f"reader {name!r} failed ({type(exc).__name__}: {exc}); please report this with the input",
        )


def _read_stdin(options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        data = sys.stdin.buffer.read()
        check_not_binary(data, "<stdin>")
        yield read_text(decode_utf8(data, "<stdin>"), origin="<stdin>", options=options)
    except InputError as exc:
        yield failure(exc)


def read_inputs(
    inputs: Sequence[str | Path] | str | Path, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Article | Failure]:
    """Read every input in order: files, directories (recursive, sorted, hidden files and
    README/LICENSE files skipped), ``http(s)://`` URLs, or ``-`` for standard input.

    Yields an Article per article and a Failure per input (or line, or entry) that could not
    be read; never raises for a bad input."""
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    for item in inputs:
        source = str(item)
        if isinstance(item, str) and is_url(source):
            yield from _safely("url", source, options)
            continue
        if source == "-":
            yield from _read_stdin(options)
            continue
        path = Path(item)
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield Failure(origin=source, message="is a directory with no article files (check the path)")
            for file in files:
                yield from _read_file(file, options, in_directory=True)
        elif path.exists():
            yield from _read_file(path, options, in_directory=False)
        else:
            yield Failure(origin=source, message="no such file or directory (check the path)")
