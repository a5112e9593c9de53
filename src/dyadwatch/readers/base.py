"""What every reader shares: the user's options, byte checks, and turning fields into an Article.

Readers report a bad input by raising :class:`~dyadwatch.errors.InputError`; the dispatcher
turns it into a :class:`~dyadwatch.models.Failure` so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from dyadwatch.errors import ConfigError, InputError
from dyadwatch.models import Article, Failure
from dyadwatch.readers.pubdate import date_from_dateline, date_from_url, parse_date_value
from dyadwatch.registry import readers

# Only the head of a file is inspected for binary content, so the check costs the same for a
# 10 kB article and a 1 GB mistake.
_SNIFF_BYTES = 8192
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_MAGIC = {
    b"%PDF": "a PDF document (convert it to text or HTML first)",
    b"PK\x03\x04": "a ZIP archive or Office document (unpack it or save the article as text)",
    b"\x1f\x8b": "a gzip archive (decompress it first)",
    b"\x89PNG": "a PNG image (dyadwatch reads article text, not images)",
    b"\xff\xd8\xff": "a JPEG image (dyadwatch reads article text, not images)",
    b"GIF8": "a GIF image (dyadwatch reads article text, not images)",
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Metadata the user gives (command-line flags). It overrides the header block of plain-text
    inputs and fills gaps in the metadata of HTML, JSON Lines and feed inputs. ``timeout``
    (seconds) and ``max_bytes`` limit URL downloads."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None
    timeout: float = 20.0
    max_bytes: int = 10_000_000

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ConfigError(f"timeout must be a positive number of seconds, not {self.timeout!r}")
        if not self.max_bytes > 0:
            raise ConfigError(f"max_bytes must be a positive number of bytes, not {self.max_bytes!r}")


DEFAULT_OPTIONS = ReadOptions()

ReadResult = Iterable[Article | Failure]


class Reader(Protocol):
    """A reader: ``reader(source, options)`` yields an Article or a Failure per article in
    ``source`` (a path or a URL). ``suffixes`` and ``sniff`` tell the dispatcher which inputs it
    takes; a plugin reader registered under ``dyadwatch.readers`` is dispatched the same way."""

    suffixes: tuple[str, ...]

    def __call__(self, source: str, options: ReadOptions) -> ReadResult: ...


def reader(
    name: str, *, suffixes: tuple[str, ...] = (), sniff: Callable[[bytes], bool] | None = None
) -> Callable[[Callable[[str, ReadOptions], ReadResult]], Callable[[str, ReadOptions], ReadResult]]:
    """Register a reader function under ``name`` with the file suffixes and content sniffer
    the dispatcher uses to pick it."""

    def decorate(func: Callable[[str, ReadOptions], ReadResult]) -> Callable[[str, ReadOptions], ReadResult]:
        func.suffixes = tuple(s.lower() for s in suffixes)  # type: ignore[attr-defined]
        func.sniff = sniff  # type: ignore[attr-defined]
        return readers.register(name)(func)

    return decorate


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or an InputError saying why they cannot be read."""
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory", "pass the directory itself, not a file in it") from None
    except PermissionError:
        raise InputError(str(path), "permission denied", "make the file readable") from None
    except OSError as exc:
        raise InputError(str(path), f"could not be read: {exc.strerror or exc}") from None


def check_not_binary(data: bytes, origin: str) -> None:
    """Raise InputError when ``data`` is evidently not text (looks only at the first 8 kB)."""
    head = data[:_SNIFF_BYTES]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            problem, hint = what.split(" (", 1)
            raise InputError(origin, f"is {problem}, not text", hint.rstrip(")"))
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, "is UTF-16 text", "re-save the file as UTF-8")
    if b"\x00" in head:
        raise InputError(origin, "is binary (it contains NUL bytes)", "give dyadwatch a text, HTML, JSONL or feed file")
    if head:
        control = sum(1 for byte in head if byte in _CONTROL)
        if control / len(head) > 0.05:
            raise InputError(origin, "is mostly non-text bytes", "give dyadwatch a text, HTML, JSONL or feed file")


def decode_utf8(data: bytes, origin: str, *, offset: int = 0) -> str:
    """Strict UTF-8 (a leading BOM is dropped): bad bytes are an error naming their position,
    never silently replaced. ``offset`` shifts the reported position (for one line of a file)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data, offset = data[3:], offset + 3
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not valid UTF-8 at byte {exc.start + offset}", "re-save the file as UTF-8") from None


def normalise_newlines(text: str) -> str:
    # Only CRLF is rewritten: every other character stays where it is, because sentence and
    # event offsets point into this exact text.
    return text.replace("\r\n", "\n")


def require_text(text: str | None, origin: str, what: str = "is empty") -> str:
    if text is None or not text.strip():
        raise InputError(origin, what, "give an input that contains article text")
    return text


def clean(value: object) -> str | None:
    """A metadata value as a trimmed string, or None when missing/blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def parse_published(value: object, origin: str, field: str = "published") -> date | None:
    """A user-written publication date, or an InputError saying how to write it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = parse_date_value(value)
    if found is None:
        raise InputError(origin, f"{field} {str(value)!r} is not a date", "write it as YYYY-MM-DD")
    return found


def build_article(
    text: str,
    *,
    origin: str,
    options: ReadOptions,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    published_source: str | None = None,
    language: str | None = None,
    override: bool = False,
) -> Article:
    """An Article from ``text`` and the metadata found in the input.

    ``options`` override the input's metadata when ``override`` (plain text: the flags are the
    user's word about that file) and otherwise only fill its gaps. A missing publication date is
    recovered from the URL, then from a dateline; if neither has one it stays unknown (None).
    """
    text = normalise_newlines(require_text(text, origin))

    def pick(found: str | None, given: str | None) -> str | None:
        if override:
            return given or found
        return found or given

    title, url, publisher = pick(title, options.title), pick(url, options.url), pick(publisher, options.publisher)
    language = pick(language, options.language)
    if options.published is not None and (override or published is None):
        published, published_source = options.published, "input"
    elif published is not None:
        published_source = published_source or "input"
    if published is None:
        published = date_from_url(url)
        published_source = "url" if published else None
    if published is None:
        published = date_from_dateline(text)
        published_source = "dateline" if published else None
    return Article.create(
        text,
        title=clean(title),
        url=clean(url),
        publisher=clean(publisher),
        published=published,
        published_source=published_source,
        language=_primary_language(language),
        origin=origin,
    )


def _primary_language(value: str | None) -> str:
    # "en-US", "en_GB" and "EN" all mean English to the coder, which keys on the primary subtag.
    text = clean(value)
    if not text:
        return "en"
    return text.replace("_", "-").split("-")[0].lower()


def failure(error: InputError) -> Failure:
    message = error.problem + (f" ({error.hint})" if error.hint else "")
    return Failure(origin=error.origin, message=message)
