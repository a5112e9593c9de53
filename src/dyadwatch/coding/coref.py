"""Who a pronoun or a bare description names: just enough coreference for event sources and targets.

News text names an actor once and then says "he", "the former president", "the two leaders" or
"both governments". An event whose source is "he" is useless to an analyst, so these are resolved
to actors found earlier in the article, conservatively:

* "he"/"she" in a clause reported by a speaker ("Trump suggested he would ...") is the speaker;
  otherwise the most recent person before it;
* "we"/"I"/"our" inside a quotation is its speaker (resolved by the caller, who knows the speaker);
* "the former president", "the minister": the earlier mention whose own words best match
  ("ex-Minister of Defence Jane Roe" for "the ex-minister"), the most recent on a tie;
* "the two leaders", "both governments", "both nations": the last two different actors.

Nothing is guessed when there is no candidate: the event then keeps an unresolved side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyadwatch.models import ResolvedMention

THIRD_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers"})
THIRD_PLURAL = frozenset({"they", "them", "their"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
ROLE_WORDS = frozenset(
    {"president", "leader", "minister", "secretary", "premier", "chancellor", "king", "queen", "prime",
     "ambassador", "envoy", "official", "spokesman", "spokeswoman", "government", "administration", "general"}
)  # fmt: skip
PAIR_HEADS = {
    "leaders": "person", "presidents": "person", "men": "person", "heads": "person",
    "governments": "country", "countries": "country", "nations": "country", "sides": "any",
    "states": "country", "allies": "country", "neighbours": "country", "neighbors": "country", "parties": "any",
}  # fmt: skip


ORG_WORDS = frozenset(
    {"party", "ministry", "government", "council", "agency", "department", "office", "army", "police", "court",
     "bank", "union", "organization", "organisation", "nations", "center", "centre", "university", "foundation",
     "company", "forces", "front", "movement", "assembly", "congress", "senate", "house", "committee", "group",
     "states", "republic", "kingdom", "administration", "guard", "corps", "news", "times", "post", "media"}
)  # fmt: skip


def is_person(rm: ResolvedMention) -> bool:
    """Whether a resolved mention names a person (for "he", "the two leaders"). The mention label
    alone is not enough: a parser may call "Trump" an ORG, so the resolved actor's name counts too."""
    if rm.mention.label == "PERSON":
        return True
    if rm.mention.label == "PRON":  # "she said": the speaker is a person, never "them"
        return rm.mention.text.lower() in ("he", "she", "him", "her")
    actor = rm.actor
    if actor is None or rm.is_place or rm.mention.label in ("GPE", "NORP", "LOC", "PRON", "NOUN"):
        return False
    if actor.kb_id is not None and actor.kb_id.startswith("country."):
        return False
    words = actor.name.split()
    return (
        actor.kb_id is not None
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in ORG_WORDS for w in words)
    )


@dataclass(frozen=True, slots=True)
class ArticleActors:
    """The resolved actor mentions of one article, in text order, for looking backwards."""

    mentions: tuple[ResolvedMention, ...]
    text: str

    @classmethod
    def of(cls, actors: Sequence[ResolvedMention], text: str) -> ArticleActors:
        usable = [a for a in actors if a.actor is not None]
        return cls(tuple(sorted(usable, key=lambda a: a.mention.start)), text)

    def before(self, offset: int) -> list[ResolvedMention]:
        return [a for a in self.mentions if a.mention.end <= offset]

    def last_person(self, offset: int) -> ResolvedMention | None:
        for a in reversed(self.before(offset)):
            if is_person(a):
                return a
        return None

    def last_group(self, offset: int) -> ResolvedMention | None:
        for a in reversed(self.before(offset)):
            if not is_person(a) and not a.is_place:
                return a
        return None

    def described(self, words: Sequence[str], offset: int) -> ResolvedMention | None:
        """The earlier mention best matching a description such as ("former", "president")."""
        wanted = {w.lower() for w in words if w.isalpha()}
        if not wanted & ROLE_WORDS:
            return None
        best: tuple[int, int, ResolvedMention] | None = None
        for a in self.before(offset):
            window = {w.lower() for w in self._title_words(a.mention.start)} | {
                w.lower() for w in a.mention.text.split()
            }
            score = sum(1 for w in wanted if w in window)
            if score and (best is None or score >= best[0]):
                best = (score, a.mention.start, a)
        return best[2] if best else None

    def _title_words(self, start: int) -> list[str]:
        """The title before a name: "former Foreign Minister" in "former Foreign Minister Karl Smith"."""
        words = self.text[max(0, start - 60) : start].split()
        title: list[str] = []
        for w in reversed(words):
            bare = w.strip(",;:()\"'\u201c\u201d")
            if bare != w or not bare:
                break
            if (
                bare[:1].isupper()
                or bare.lower() in ROLE_WORDS
                or bare.lower() in ("former", "deputy", "vice", "acting")
            ):
                title.append(bare)
                continue
            break
        return title

    def last_pair(self, kind: str, offset: int) -> tuple[ResolvedMention, ResolvedMention] | None:
        """The last two actors with different codes (persons, countries or any) before ``offset``."""
        found: list[ResolvedMention] = []
        seen: set[str] = set()
        for a in reversed(self.before(offset)):
            if a.mention.label in ("PRON", "NOUN"):
                continue  # "they", "the officials": not a named actor to pair
            if kind == "person" and not is_person(a):
                continue
            if kind == "country" and is_person(a):
                continue
            key = (a.actor.country or a.actor.code) if a.actor else ""
            if key in seen:
                continue
            seen.add(key)
            found.append(a)
            if len(found) == 2:
                return found[1], found[0]
        return None


__all__ = ["FIRST_PERSON", "PAIR_HEADS", "ROLE_WORDS", "THIRD_PLURAL", "THIRD_SINGULAR", "ArticleActors", "is_person"]
