"""Plain-text articles (``.txt``, ``.text``, ``.md``), with an optional header block::

    Title: Honduras pledges to fight MS-13
    URL: https://example.org/2018/02/21/honduras
    Publisher: Dyadwatch Example Wire
    Published: 2018-02-21
    Language: en
    ---
    TEGUCIGALPA — The government of Honduras ...

The header ends at a blank line or ``---``; the article text is everything after it, kept
exactly as written (only CRLF becomes LF) because offsets into it are evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.base import (
    DEFAULT_OPTIONS,
    ReadOptions,
    build_article,
    check_not_binary,
    decode_utf8,
    failure,
    normalise_newlines,
    parse_published,
    read_bytes,
    reader,
    require_text,
)
from dyadwatch.readers.pubdate import date_from_dateline

__all__ = ["parse_header", "read_text"]

# Keys a header may use, mapped to Article fields; "author"/"byline" are accepted (so they do
# not end the header) but Article has no field for them.
_KEYS = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "publisher": "publisher",
    "source": "publisher",
    "published": "published",
    "date": "published",
    "language": "language",
    "lang": "language",
    "author": None,
    "byline": None,
}
_CANONICAL = ("title", "url", "publisher", "published", "language")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_SEPARATOR = re.compile(r"^-{3,}[ \t]*$")
# A first line this short, without closing punctuation, and followed by more text reads as the
# headline of a pasted article.
_TITLE_MAX = 200
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'")


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """Split ``text`` into its header fields (lower-case Article field names) and its body.

    Without a header the fields are empty and the body is ``text`` unchanged."""
    fields: dict[str, str] = {}
    position = 0
    lines = text.split("\n")
    consumed = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        if not match or match["key"].lower() not in _KEYS:
            break
        field = _KEYS[match["key"].lower()]
        if field and match["value"]:
            fields.setdefault(field, match["value"])
        consumed += 1
        position += len(line) + 1
    if consumed == 0:
        return {}, text
    rest = lines[consumed:]
    if rest and (not rest[0].strip() or _SEPARATOR.match(rest[0])):
        position += len(rest[0]) + 1
        rest = rest[1:]
        # Blank lines between the header and the story are layout, not text.
        while rest and not rest[0].strip():
            position += len(rest[0]) + 1
            rest = rest[1:]
    elif rest and consumed == 1 and lines[0].split(":", 1)[0].strip().lower() not in _CANONICAL:
        # A lone "Source: ..." or "Date: ..." followed straight by prose is more likely the
        # story's first line than a header; "Title:" or "Published:" never is.
        return {}, text
    return fields, text[min(position, len(text)) :]


def _guess_title(body: str) -> str | None:
    first, newline, rest = body.lstrip("\n").partition("\n")
    first = first.strip()
    if (
        newline
        and rest.strip()
        and first
        and len(first) <= _TITLE_MAX
        and not first.endswith(_SENTENCE_END)
        and not first.isupper()
        and not first.lower().startswith("by ")
        and date_from_dateline(first) is None
    ):
        return first
    return None


def read_text(text: str, *, origin: str = "<text>", options: ReadOptions = DEFAULT_OPTIONS) -> Article:
    """One Article from plain text with an optional header block; ``options`` override it.

    Raises :class:`~dyadwatch.errors.InputError` when there is no article text or the header's
    date cannot be read."""
    text = normalise_newlines(text)
    fields, body = parse_header(text)
    require_text(body, origin, "has no article text" if fields else "is empty")
    published = parse_published(fields.get("published"), origin, "Published:")
    return build_article(
        body,
        origin=origin,
        options=options,
        title=fields.get("title") or _guess_title(body),
        url=fields.get("url"),
        publisher=fields.get("publisher"),
        published=published,
        language=fields.get("language"),
        override=True,
    )


def read_text_bytes(data: bytes, origin: str, options: ReadOptions, *, url: str | None = None) -> Article:
    check_not_binary(data, origin)
    text = decode_utf8(data, origin)
    if url and options.url is None:
        options = replace(options, url=url)
    return read_text(text, origin=origin, options=options)


@reader("text", suffixes=(".txt", ".text", ".md"))
def read_text_file(source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        yield read_text_bytes(read_bytes(source), source, options)
    except InputError as exc:
        yield failure(exc)
