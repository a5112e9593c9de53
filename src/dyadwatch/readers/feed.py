"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``, or content starting ``<rss``/``<feed``) via
feedparser: one Article per entry, from its full content or else its summary, HTML stripped.

Entry origins are ``path#N`` (N counts entries from 1), so a Failure points at the entry.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.base import ReadOptions, build_article, check_not_binary, failure, read_bytes, reader
from dyadwatch.readers.html import html_to_text
from dyadwatch.readers.pubdate import parse_date_value

__all__ = ["read_feed_bytes"]

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


def _sniff_feed(head: bytes) -> bool:
    return bool(_FEED_START.match(head.lstrip(b"\xef\xbb\xbf")[:4096]))


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    for key in ("published", "updated"):
        found = parse_date_value(entry.get(key))
        if found:
            return found
    return None


def _entry_text(entry: Any) -> str:
    # Full content beats the summary; many feeds carry only the summary.
    for part in entry.get("content") or ():
        value = part.get("value") or ""
        text = html_to_text(value) if "html" in (part.get("type") or "html") else value
        if text.strip():
            return text
    summary = entry.get("summary") or ""
    return html_to_text(summary)


def read_feed_bytes(data: bytes, origin: str, options: ReadOptions) -> Iterator[Article | Failure]:
    import feedparser

    try:
        check_not_binary(data, origin)
    except InputError as exc:
        yield failure(exc)
        return
    # A file-like object, never a string: feedparser fetches anything that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        problem = f"not a readable RSS/Atom feed ({reason})" if reason else "is a feed without entries"
        yield Failure(origin=origin, message=f"{problem} (check that the file is a complete RSS or Atom document)")
        return
    publisher = (parsed.get("feed") or {}).get("title")
    language = (parsed.get("feed") or {}).get("language")
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{number}"
        text = _entry_text(entry)
        if not text.strip():
            yield Failure(
                origin=entry_origin,
                message=f"entry {entry.get('title')!r} has no content or summary (fetch its link instead)",
            )
            continue
        try:
            published = _entry_date(entry)
            yield build_article(
                text,
                origin=entry_origin,
                options=options,
                title=entry.get("title"),
                url=entry.get("link"),
                publisher=publisher,
                published=published,
                published_source="input" if published else None,
                language=language,
            )
        except InputError as exc:
            yield failure(exc)


@reader("feed", suffixes=(".xml", ".rss", ".atom"), sniff=_sniff_feed)
def read_feed_file(source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        data = read_bytes(source)
    except InputError as exc:
        yield failure(exc)
        return
    yield from read_feed_bytes(data, source, options)
