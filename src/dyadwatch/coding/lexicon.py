"""The trigger lexicon: which verbs and nouns can name an event, with the CAMEO codes they propose.

The words live in ``lexicon.yaml`` beside this module (its header explains the format), so a
political scientist can extend coverage without touching code. :func:`lexicon` loads and checks it
once per process; every code must exist in the CAMEO table, so a typo fails at load time, naming
the lemma, rather than producing events nobody can interpret.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dyadwatch.errors import KnowledgeBaseError

FRAME_KINDS = ("threat", "promise", "request", "refuse", "desire", "intend", "speech", "consider")


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lexicon knows about one trigger lemma (as a verb or as a noun)."""

    lemma: str
    pos: str  # "verb" | "noun"
    codes: tuple[str, ...]
    obj: dict[str, str] = field(default_factory=dict)  # object/preposition lemma -> code ("" = no event)
    prt: dict[str, str] = field(default_factory=dict)  # particle -> code
    sym: bool = False
    needs_obj: bool = False
    solo: bool = False
    actor_obj: bool = False  # the default code needs an actor as object ("released Hernández", not "a report")

    def code_for(self, objects: Iterable[str], particle: str | None = None) -> str | None:
        """The code this trigger proposes given its object lemmas; None when the entry needs an
        object it does not have ("cut" alone is not an event, "cut aid" is)."""
        if particle and particle in self.prt:
            return self.prt[particle] or None
        for lemma in objects:
            if lemma in self.obj:
                return self.obj[lemma] or None
        if self.needs_obj:
            return None
        return self.codes[0]


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    frames: dict[str, str]  # verb lemma -> frame kind
    promise_adjectives: frozenset[str]
    noun_hypothetical: frozenset[str]
    noun_future: frozenset[str]
    light_verbs: frozenset[str]
    symmetric_codes: frozenset[str]

    def verb(self, lemma: str) -> Entry | None:
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str) -> Entry | None:
        return self.nouns.get(lemma.lower())

    def frame(self, lemma: str) -> str | None:
        return self.frames.get(lemma.lower())

    def is_symmetric(self, code: str) -> bool:
        return code in self.symmetric_codes or code[:3] in self.symmetric_codes


def _entry(lemma: str, pos: str, raw: Any) -> Entry:
    if isinstance(raw, str):
        return Entry(lemma, pos, (raw,))
    if isinstance(raw, list):
        return Entry(lemma, pos, tuple(str(c) for c in raw))
    if isinstance(raw, dict) and raw.get("codes"):
        return Entry(
            lemma,
            pos,
            tuple(str(c) for c in raw["codes"]),
            obj={str(k): str(v) for k, v in (raw.get("obj") or {}).items()},
            prt={str(k): str(v) for k, v in (raw.get("prt") or {}).items()},
            sym=bool(raw.get("sym", False)),
            needs_obj=bool(raw.get("needs_obj", False)),
            solo=bool(raw.get("solo", False)),
            actor_obj=bool(raw.get("actor_obj", False)),
        )
    raise KnowledgeBaseError(
        f"lexicon.yaml: {pos} {lemma!r} has no codes; write `{lemma}: CODE`, a list, or a mapping with `codes:`"
    )


def _check_codes(entries: Iterable[Entry]) -> None:
    from dyadwatch.ontology import cameo_info

    for entry in entries:
        for code in (*entry.codes, *entry.obj.values(), *entry.prt.values()):
            if not code:
                continue
            try:
                cameo_info(code)
            except KeyError:
                raise KnowledgeBaseError(
                    f"lexicon.yaml: {entry.pos} {entry.lemma!r} proposes unknown CAMEO code {code!r}; "
                    "use a code from dyadwatch/ontology/cameo.tsv"
                ) from None


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed YAML mapping (separate from loading, for tests)."""
    verbs = {str(k): _entry(str(k), "verb", v) for k, v in (data.get("verbs") or {}).items()}
    nouns = {str(k): _entry(str(k), "noun", v) for k, v in (data.get("nouns") or {}).items()}
    _check_codes([*verbs.values(), *nouns.values()])
    frames: dict[str, str] = {}
    for kind, lemmas in (data.get("frames") or {}).items():
        if kind not in FRAME_KINDS:
            raise KnowledgeBaseError(f"lexicon.yaml: unknown frame kind {kind!r}; use one of {', '.join(FRAME_KINDS)}")
        for lemma in lemmas:
            frames.setdefault(str(lemma), kind)
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        frames=frames,
        promise_adjectives=frozenset(data.get("promise_adjectives") or ()),
        noun_hypothetical=frozenset(data.get("noun_hypothetical") or ()),
        noun_future=frozenset(data.get("noun_future") or ()),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        symmetric_codes=frozenset(str(c) for c in data.get("symmetric_codes") or ()),
    )


@cache
def lexicon() -> Lexicon:
    """The shipped trigger lexicon, loaded and checked once per process."""
    text = resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"dyadwatch/coding/lexicon.yaml is not valid YAML: {exc}") from exc
    return parse_lexicon(data)


__all__ = ["FRAME_KINDS", "Entry", "Lexicon", "lexicon", "parse_lexicon"]
