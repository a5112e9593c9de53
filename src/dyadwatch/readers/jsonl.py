"""JSON Lines (``.jsonl``, ``.ndjson``): one article a line, as an object with ``text`` or
``html`` and optional ``id``, ``title``, ``url``, ``publisher``, ``published``, ``language``.

The ``id`` is checked but not kept: an Article's id is the hash of its text, so the same article
in two dumps (with two ids) is stored once. Each line stands alone: a malformed line becomes a
Failure with origin ``path:LINE`` and the other lines still yield their Articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.base import (
    ReadOptions,
    build_article,
    check_not_binary,
    clean,
    decode_utf8,
    failure,
    parse_published,
    read_bytes,
    reader,
)
from dyadwatch.readers.html import read_html

__all__ = ["read_jsonl_bytes"]

_SNIFF = 8192
_STRING_FIELDS = ("id", "title", "url", "publisher", "language")


def _sniff_jsonl(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_jsonl_bytes(data: bytes, origin: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Articles and Failures from JSON Lines held in memory (a download, a test)."""
    try:
        check_not_binary(data, origin)
    except InputError as exc:
        yield failure(exc)
        return
    yield from _read_lines(data.splitlines(keepends=True), origin, options)


def _read_lines(lines: Iterable[bytes], origin: str, options: ReadOptions) -> Iterator[Article | Failure]:
    offset = 0
    any_line = False
    for number, raw in enumerate(lines, start=1):
        line_origin = f"{origin}:{number}"
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        any_line = True
        try:
            line = decode_utf8(raw.rstrip(b"\r\n"), line_origin, offset=start)
            yield _article(line, line_origin, options)
        except InputError as exc:
            yield failure(exc)
    if not any_line:
        yield Failure(origin=origin, message='is empty (give one JSON object with a "text" field per line)')


def _article(line: str, origin: str, options: ReadOptions) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin,
            f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}",
            "fix or remove this line",
        ) from None
    if not isinstance(record, dict):
        raise InputError(origin, f"is a JSON {type(record).__name__}, not an object", 'write {"text": "..."} per line')
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str | int):
            raise InputError(origin, f'"{name}" must be a string, not {type(value).__name__}')
    text, html = record.get("text"), record.get("html")
    published = parse_published(record.get("published"), origin, '"published"')
    fields = {name: clean(record.get(name)) for name in ("title", "url", "publisher", "language")}
    if isinstance(text, str) and text.strip():
        return build_article(text, origin=origin, options=options, published=published, **fields)
    if isinstance(html, str) and html.strip():
        return read_html(
            html, origin=origin, options=options, url=fields["url"], metadata={**fields, "published": published}
        )
    raise InputError(
        origin, 'has no "text" or "html" field with content', 'put the article text in "text" or the page in "html"'
    )


@reader("jsonl", suffixes=(".jsonl", ".ndjson"), sniff=_sniff_jsonl)
def read_jsonl_file(source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    # Streamed line by line: a JSONL dump of a million articles never sits in memory whole.
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed by the with-block below
    except OSError:
        try:
            read_bytes(source)  # names the problem (missing, permission, directory) in one place
        except InputError as exc:
            yield failure(exc)
            return
        yield Failure(origin=source, message="could not be opened (check the file)")
        return
    with handle:
        try:
            check_not_binary(handle.peek(_SNIFF)[:_SNIFF], source)
            yield from _read_lines(handle, source, options)
        except InputError as exc:
            yield failure(exc)
        except OSError as exc:
            yield Failure(
                origin=source,
                message=f"could not be read to the end ({exc.strerror or exc}); the lines before it were read",
            )
