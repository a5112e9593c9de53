"""HTML pages (``.html``, ``.htm``, fetched URLs, JSONL ``html`` fields) via trafilatura, offline.

trafilatura keeps the main text and drops navigation, footers and other page furniture. The
publication date comes only from the page itself (meta tags, JSON-LD, ``<time>``) — htmldate's
extensive text search and any fallback to the download date are switched off.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.base import (
    DEFAULT_OPTIONS,
    ReadOptions,
    build_article,
    check_not_binary,
    failure,
    read_bytes,
    reader,
)
from dyadwatch.readers.pubdate import parse_date_value

__all__ = ["html_date", "html_to_text", "read_html"]

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


_PAGE_URL = re.compile(r"<link\b[^>]*\brel=[\"']?canonical[^>]*>|<meta\b[^>]*(?:og:url|twitter:url)[^>]*>", re.I)
# Fewer words than this is what trafilatura falls back to on a page without an article: a
# menu ("Home World Subscribe"), a cookie notice or an error message.
_MIN_WORDS = 8


def _sniff_html(head: bytes) -> bool:
    return bool(_HTML_START.match(head[:4096]))


def _quiet() -> None:
    # trafilatura and htmldate log every page they find thin; a batch of thousands would drown
    # the user's own messages. Their findings reach the user as Failures instead.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def html_date(html: str | bytes) -> date | None:
    """The publication date written in the page's own markup, or None.

    Only structured places (meta tags, JSON-LD, ``<time>``, abbr/date classes) are searched;
    a date equal to today is accepted only when the page literally contains it, so a
    library fallback to "now" can never pass as a publication date."""
    from htmldate import find_date

    today = date.today()
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    # Without its canonical link a page's date must come from real date markup; a date in the
    # URL is found (and labelled "url") by the URL step instead.
    html = _PAGE_URL.sub("", html)
    try:
        found = find_date(html, extensive_search=False, original_date=True, url=None, max_date=today.isoformat())
    except Exception:  # htmldate raises assorted parser errors on broken markup
        return None
    result = parse_date_value(found)
    if result == today and today.isoformat() not in html:
        return None
    return result


def html_to_text(html: str | bytes) -> str:
    """Visible text of an HTML fragment (a feed summary): block elements become line breaks."""
    import lxml.html

    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for br in root.xpath("//br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.xpath("//p|//div|//li|//h1|//h2|//h3|//h4|//h5|//h6|//blockquote|//tr"):
        block.tail = "\n" + (block.tail or "")
    text = root.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def read_html(
    html: str | bytes,
    *,
    origin: str,
    options: ReadOptions = DEFAULT_OPTIONS,
    url: str | None = None,
    metadata: dict[str, object] | None = None,
) -> Article:
    """One Article from an HTML page: main text, title, URL, publisher, language and date.

    ``metadata`` (from a JSONL line) wins over what the page says; ``options`` fill gaps.
    Raises InputError when the page has no extractable article text."""
    import trafilatura

    _quiet()
    if isinstance(html, bytes):
        check_not_binary(html, origin)
    metadata = metadata or {}
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # The date is taken separately by html_date(); keep trafilatura's own search cheap
            # and free of its "today" ceiling bookkeeping.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if len(text.split()) < _MIN_WORDS:
        raise InputError(
            origin,
            "no article text could be extracted from the HTML",
            "save the article body as a .txt file instead",
        )
    page_published = html_date(html)
    found_url = metadata.get("url") or url or result.url
    published = metadata.get("published")
    return build_article(
        _tidy(text),
        origin=origin,
        options=options,
        title=metadata.get("title") or result.title,  # type: ignore[arg-type]
        url=found_url,  # type: ignore[arg-type]
        publisher=metadata.get("publisher") or result.sitename,  # type: ignore[arg-type]
        published=published or page_published,  # type: ignore[arg-type]
        published_source="input" if published else ("html-meta" if page_published else None),
        language=metadata.get("language") or getattr(result, "language", None),  # type: ignore[arg-type]
    )


def _tidy(text: str) -> str:
    # trafilatura joins paragraphs with single newlines; a blank line between them lets the
    # sentence splitter and a human reader see paragraph breaks.
    paragraphs = [p.strip() for p in text.split("\n")]
    return "\n\n".join(p for p in paragraphs if p)


@reader("html", suffixes=(".html", ".htm", ".xhtml"), sniff=_sniff_html)
def read_html_file(source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        yield read_html(read_bytes(source), origin=source, options=options)
    except InputError as exc:
        yield failure(exc)
