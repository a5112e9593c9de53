"""Reading labelled event sets (gold files) for ``dyadwatch eval``.

Three JSON Lines formats are understood, recognised per line from their fields:

* ``plover_gsr``: PLOVER gold-standard records: ``event_code`` is a PLOVER type (pre-2021 names
  are mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT), ``source_actor`` /
  ``target_actor`` are lists of ``{actorText, code, sector}``.
* ``conflibert_cameo``: CAMEO pentaclass (0 statement … 4 material conflict) in ``pentaclass``.
* ``petrarch``: PETRARCH2 records (AFP gold standard and the grammar unit tests): ``events`` is a
  list of ``{source, target, event_code}`` with CAMEO codes and CAMEO actor codes whose first three
  letters are the country; ``noevents`` marks sentences with no event; ``comments`` say what a
  grammar test checks, from which :func:`grammar_features` derives feature tags.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.ontology import PLOVER_TYPES, cameo_info, cameo_table, normalise_plover, pentaclass

NONE = "NONE"
FORMATS = ("plover_gsr", "conflibert_cameo", "petrarch")

# Actor codes that are not countries (CAMEO international/regional/transnational prefixes).
NON_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "---", "UIS", "INT", "REG", "UNK"}
# Country codes in the gold sets that differ from ISO 3166 alpha-3 (older CAMEO spellings, typos).
COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "DRC": "COD", "SER": "SRB",
                   "BUL": "BGR", "SUD": "SDN", "ZAI": "COD", "YUG": "SRB", "TMP": "TLS", "VTN": "VNM"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None  # the actor code as given
    target: str | None
    code: str  # CAMEO code (petrarch) or PLOVER type (plover_gsr)


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One labelled sentence. Labels are kept per scheme; an empty tuple means "no event"."""

    id: str
    text: str
    format: str
    published: date | None
    plover: tuple[str, ...]  # PLOVER types; CAMEO 01 statements are not PLOVER events
    cameo: tuple[str, ...]  # CAMEO codes known to the ontology (empty for non-CAMEO sets)
    pentaclass: tuple[int, ...]
    events: tuple[GoldEvent, ...]
    source_countries: tuple[str, ...]
    target_countries: tuple[str, ...]
    features: tuple[str, ...] = ()
    unscorable_codes: tuple[str, ...] = ()  # codes outside CAMEO (test dictionaries' private codes)

    @property
    def no_event(self) -> bool:
        """True when the gold says the sentence carries no event at all."""
        return not self.events and not self.pentaclass


def country_of(code: str | None) -> str | None:
    """The country (ISO-3) of an actor code: ``GUYJUD`` -> ``GUY``, ``IGOUNO`` -> None."""
    if not code:
        return None
    head = code.strip().upper()[:3]
    if len(head) < 3 or head in NON_COUNTRY or not head.isalpha():
        return None
    return COUNTRY_ALIASES.get(head, head)


def detect_format(row: dict) -> str:
    if "pentaclass" in row:
        return "conflibert_cameo"
    if "events" in row:
        return "petrarch"
    if "event_code" in row and isinstance(row.get("source_actor", []), list):
        return "plover_gsr"
    raise ValueError("unknown gold format")


def _date(value: object) -> date | None:
    if not value:
        return None
    text = str(value)
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _unique(values) -> tuple:
    return tuple(dict.fromkeys(v for v in values if v is not None))


def parse_item(row: dict, line: int, origin: str) -> GoldItem:
    fmt = detect_format(row)
    item_id = str(row.get("id") or f"line{line}")
    text = row["text"]
    published = _date(row.get("date"))
    if fmt == "plover_gsr":
        ptype = normalise_plover(str(row["event_code"]))
        if ptype not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {row['event_code']!r}")
        srcs = [a.get("code") for a in row.get("source_actor") or []]
        tgts = [a.get("code") for a in row.get("target_actor") or []]
        events = tuple(GoldEvent(s, t, ptype) for s in (srcs or [None]) for t in (tgts or [None]))
        return GoldItem(
            id=item_id, text=text, format=fmt, published=published, plover=(ptype,), cameo=(),
            pentaclass=(), events=events, source_countries=_unique(map(country_of, srcs)),
            target_countries=_unique(map(country_of, tgts)),
        )  # fmt: skip
    if fmt == "conflibert_cameo":
        return GoldItem(
            id=item_id, text=text, format=fmt, published=published, plover=(), cameo=(),
            pentaclass=(int(row["pentaclass"]),), events=(), source_countries=(), target_countries=(),
        )  # fmt: skip
    table = cameo_table()
    events = tuple(
        GoldEvent(e.get("source"), e.get("target"), str(e.get("event_code") or "")) for e in row["events"] or []
    )
    # A 4-digit code missing from the table still has its known 3-digit parent (0711 -> 071).
    known = [e.code for e in events if _known(e.code, table)]
    unknown = _unique(e.code for e in events if not _known(e.code, table))
    plover = _unique(cameo_info(c).plover_type for c in known if cameo_info(c).plover_type in PLOVER_TYPES)
    return GoldItem(
        id=item_id,
        text=text,
        format=fmt,
        published=published,
        plover=plover or ((NONE,) if known else ()),
        cameo=_unique(known),
        pentaclass=_unique(pentaclass(c[:2]) for c in known),
        events=events,
        source_countries=_unique(country_of(e.source) for e in events),
        target_countries=_unique(country_of(e.target) for e in events),
        features=grammar_features(row),
        unscorable_codes=unknown,
    )


def _known(code: str, table: dict) -> bool:
    return bool(code) and (code in table or (len(code) == 4 and code[:3] in table))


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldItem]:
    """Read a gold file; fails naming the line when a record cannot be understood."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such gold file", "give a JSON Lines file like ../shared/eval/*/gold.jsonl")
    items: list[GoldItem] = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append(parse_item(json.loads(line), line_no, str(path)))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{path}:{line_no}",
                    f"not a gold record ({exc})",
                    "each line must be a plover_gsr, conflibert CAMEO or PETRARCH2 record; see `dyadwatch eval --help`",
                ) from exc
            if limit is not None and len(items) >= limit:
                break
    return items


_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b(?:\s+\w+)*?\s+by\b", re.I
)
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer|refused|declined|denied)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|reported|announced|according to|quoted|stated)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|would|could|might)\b", re.I)
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b", re.I)

_FEATURE_WORDS = {
    "passive": ("passive", "pasv"),
    "compound": ("compound",),
    "negation": ("negat",),
    "reported_speech": ("said", "reported", "attribut", "speech"),
    "subordinate_clause": ("subordinate", "clause", "relative"),
    "conjunction": ("conjunct", "connect"),
    "agent": ("agent",),
    "synonym_set": ("synset",),
    "pronoun": ("pronoun",),
    "noun_event": ("noun",),
    "conditional": ("conditional",),
}


def grammar_features(row: dict) -> tuple[str, ...]:
    """Feature tags of a PETRARCH2 grammar test, from its category, its comments and its text."""
    category = str(row.get("category") or "").upper()
    comments = " ".join(row.get("comments") or []).lower()
    text = row.get("text") or ""
    feats: set[str] = set()
    for feat, words in _FEATURE_WORDS.items():
        if any(w in comments for w in words):
            feats.add(feat)
    by_category = {"PASV": "passive", "COMPOUND": "compound", "COMPOUNDX": "compound", "AGENT": "agent",
                   "AGENTS": "agent", "SYNSET": "synonym_set", "CONNECT": "conjunction", "PRON": "pronoun",
                   "NOUNEND": "noun_event", "VERBFORM": "verb_form", "VERBEND": "verb_form", "VERB": "verb_form",
                   "PATTERN": "pattern", "DATE": "date", "MODIFY": "modifier", "ACTOR": "actor",
                   "ACTORSYN": "actor", "PARSING": "parsing", "DISCARD": "discard", "COMMA": "comma"}  # fmt: skip
    if category in by_category:
        feats.add(by_category[category])
    if _PASSIVE.search(text):
        feats.add("passive")
    if _NEGATION.search(text):
        feats.add("negation")
    if _REPORTED.search(text):
        feats.add("reported_speech")
    if _CONDITIONAL.search(text):
        feats.add("conditional")
    if _RELATIVE.search(text):
        feats.add("subordinate_clause")
    sources = {e.get("source") for e in row.get("events") or []}
    targets = {e.get("target") for e in row.get("events") or []}
    if len(sources) > 1 or len(targets) > 1:
        feats.add("compound")
    if row.get("noevents") or not row.get("events"):
        feats.add("no_event")
    return tuple(sorted(feats))


__all__ = ["FORMATS", "NONE", "GoldEvent", "GoldItem", "country_of", "grammar_features", "load_gold"]
