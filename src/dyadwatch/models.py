"""The one vocabulary of dyadwatch.

Every record that crosses a module boundary is defined here as a frozen, slotted dataclass:
readers make :class:`Article`; the pipeline stages turn a :class:`Document` (an article plus what
the stages have found so far) into a richer :class:`Document`; the store and the exporters read
:class:`Event`. ``Event.to_record()`` is the public JSON contract (``schema/event.schema.json``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

STANCES = ("asserted", "future", "hypothetical", "negated", "historical")
Stance = Literal["asserted", "future", "hypothetical", "negated", "historical"]
Precision = Literal["day", "week", "month", "year"]


def content_hash(*parts: str, length: int = 16) -> str:
    """A stable hex digest of ``parts``: the basis of article and event ids."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input, before any coding.

    ``article_id`` is a content hash of the text (see :func:`article_id_for`), so the same
    article read twice, from any path, has the same id and is stored once.
    """

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    published_source: str | None = None  # where the date came from: "input", "html-meta", "url", "dateline", "user"
    language: str = "en"
    origin: str | None = None  # the path, URL or "path:line" it was read from

    @classmethod
    def create(cls, text: str, **metadata: Any) -> Article:
        return cls(article_id=article_id_for(text), text=text, **metadata)


def article_id_for(text: str) -> str:
    """The content-hash id of an article: whitespace-normalised text, so re-saving a file
    with other line endings does not duplicate it."""
    return "a" + content_hash(" ".join(text.split()))


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character offsets in Article.text
    end: int
    text: str
    boilerplate: bool = False  # page furniture (bylines, donation appeals): never coded


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that may name an actor (a person, organisation, country, group, role)."""

    sentence_index: int
    start: int
    end: int
    text: str
    label: str  # spaCy entity label or "NOUN" for role words ("officials", "police")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as resolved at a date: the `source`/`target` object of the event contract."""

    name: str
    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    confidence: float = 1.0

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "kb_id": self.kb_id,
        }


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A mention with the actor it resolves to (``actor`` None: not an actor, e.g. a place)."""

    mention: Mention
    actor: ActorRef | None
    is_place: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    admin1: str | None = None
    precision: str | None = None  # "landmark" | "city" | "admin1" | "country"

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "admin1": self.admin1,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event. ``to_record()`` gives the public JSON contract."""

    article_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    source: ActorRef | None
    target: ActorRef | None
    plover_type: str
    plover_mode: str | None
    plover_context: tuple[str, ...]
    stance: Stance
    cameo_code: str
    confidence: float
    coder: tuple[str, ...] = ()
    date: date | None = None
    date_precision: Precision | None = None
    date_source: str | None = None  # "text" | "published" | "unknown"
    location: Location | None = None
    evidence: str | None = None  # a short human explanation of why the coder made this event

    @property
    def event_id(self) -> str:
        parts = [
            self.article_id,
            str(self.sentence_index),
            str(self.trigger.start),
            self.plover_type,
            self.source.code if self.source else "",
            self.source.text if self.source else "",
            self.target.code if self.target else "",
            self.target.text if self.target else "",
        ]
        return "e" + content_hash(*parts)

    def to_record(self) -> dict[str, Any]:
        from dyadwatch.ontology import cameo_info

        info = cameo_info(self.cameo_code)
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "trigger": {"text": self.trigger.text, "start": self.trigger.start, "end": self.trigger.end},
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "plover": {
                "type": self.plover_type,
                "mode": self.plover_mode,
                "context": list(self.plover_context),
            },
            "stance": self.stance,
            "cameo": {
                "code": self.cameo_code,
                "root": info.root,
                "quad_class": info.quad_class,
                "goldstein": info.goldstein,
            },
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": self.location.to_record() if self.location else None,
            "confidence": round(self.confidence, 4),
            "coder": list(self.coder),
            "evidence": self.evidence,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_record(), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Document:
    """An article on its way through the pipeline: each stage returns a new Document with
    the fields it ``provides`` filled in. ``spacy_doc`` is the parsed text (or None before
    the sentences stage); it never leaves a worker process."""

    article: Article
    spacy_doc: Any = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[ResolvedMention, ...] = ()
    events: tuple[Event, ...] = ()
    stages: tuple[str, ...] = ()  # names of the stages that have run, in order
    notes: dict[str, Any] = field(default_factory=dict)  # stage-to-stage hints (e.g. date anchors)

    def evolve(self, **changes: Any) -> Document:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """What coding one article yields: the article, its sentences, resolved actors and events.
    This is what a worker process returns and what the store writes."""

    article: Article
    sentences: tuple[Sentence, ...]
    actors: tuple[ResolvedMention, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or coded, with what to do about it."""

    origin: str
    message: str
    stage: str = "read"

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
