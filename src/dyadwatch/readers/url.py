"""Web pages fetched over http(s) with httpx, then read as HTML (or as a feed / plain text when
the server says so).

The download is bounded: ``ReadOptions.timeout`` seconds in all (not per chunk, so a server
that drips bytes cannot hold a batch hostage) and ``ReadOptions.max_bytes`` bytes, checked
against Content-Length first and then while streaming.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from dyadwatch.errors import InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.base import DEFAULT_OPTIONS, ReadOptions, failure, reader
from dyadwatch.readers.feed import read_feed_bytes
from dyadwatch.readers.html import read_html
from dyadwatch.readers.text import read_text_bytes

__all__ = ["fetch", "is_url"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
_TEXT_TYPES = ("text/plain",)
_USER_AGENT = "dyadwatch/0.1 (+https://github.com/dyadwatch/dyadwatch)"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, options: ReadOptions = DEFAULT_OPTIONS) -> tuple[bytes, str, str]:
    """GET ``url`` within the time and size limits: ``(body, media type, final URL)``.

    Raises InputError naming the URL for timeouts, HTTP errors, oversize bodies and
    connection failures."""
    import httpx

    deadline = time.monotonic() + options.timeout
    limit_hint = f"raise the limit (max_bytes={options.max_bytes}) or save the page and read the file"
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                timeout=httpx.Timeout(options.timeout),
                headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"},
                max_redirects=10,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    url,
                    f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    "check the address; the server refused or does not have the page",
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise InputError(url, f"is too large ({int(declared)} bytes)", limit_hint)
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type and not media_type.startswith(_HTML_TYPES + _FEED_TYPES + _TEXT_TYPES):
                raise InputError(
                    url,
                    f"has content type {media_type}, not an HTML page",
                    "give the address of the article's web page, or download and convert the file",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    raise InputError(url, f"is too large (more than {options.max_bytes} bytes)", limit_hint)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("download took too long")
                chunks.append(chunk)
            return b"".join(chunks), media_type, str(response.url)
    except httpx.TimeoutException:
        raise InputError(
            url, f"timed out after {options.timeout:g} s", "check the address, or allow more time (timeout)"
        ) from None
    except httpx.TooManyRedirects:
        raise InputError(url, "redirects too many times", "open it in a browser and use the final address") from None
    except httpx.HTTPError as exc:
        raise InputError(
            url, f"could not be fetched ({type(exc).__name__}: {exc})", "check the address and the network"
        ) from None


@reader("url")
def read_url(source: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Fetch a web page and read it; a feed URL yields one Article per entry."""
    try:
        body, media_type, final_url = fetch(source, options)
        if media_type.startswith(_FEED_TYPES) or (not media_type and body.lstrip()[:5] in (b"<rss ", b"<feed")):
            yield from read_feed_bytes(body, source, options)
        elif media_type.startswith(_TEXT_TYPES):
            yield read_text_bytes(body, source, options, url=final_url)
        else:
            yield read_html(body, origin=source, options=options, url=final_url)
    except InputError as exc:
        yield failure(exc)
