"""Which actors a noun phrase names, given the actor mentions the actors stage resolved.

"the government of Honduras", "Honduran officials", "Mexico, Guatemala and El Salvador",
"former US President Trump and Honduran President Asfura" (the people, not their countries),
"he" (the speaker, the actors stage's reading, or the last person), "the two leaders" (the last
two people) and "the former president" (the earlier mention with that title).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dyadwatch.coding.coref import FIRST_PERSON, PAIR_HEADS, THIRD_PLURAL, THIRD_SINGULAR, ArticleActors, is_person
from dyadwatch.coding.grammar import RELATIVE_PRONOUNS
from dyadwatch.models import ResolvedMention

# Places and vehicles that stand for the people they are for: "a camp for refugees was shelled".
FACILITIES = frozenset(
    {"camp", "shelter", "convoy", "home", "house", "office", "headquarters", "village", "hospital", "school",
     "settlement", "residence", "compound", "base", "center", "centre", "clinic", "bus", "boat", "ship", "plane"}
)  # fmt: skip


class ActorFinder:
    """Finds the actors a noun phrase names, using the resolved mentions of the article."""

    def __init__(self, doc: Any, actors: Sequence[ResolvedMention], text: str) -> None:
        self.doc = doc
        self.article = ArticleActors.of(actors, text)
        self.by_token: dict[int, ResolvedMention] = {}
        for rm in self.article.mentions:
            span = doc.char_span(rm.mention.start, rm.mention.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, rm)

    def all_in(self, tok: Any) -> tuple[tuple[ResolvedMention, ...], str]:
        """Every actor named in the phrase under ``tok`` ("between A and B", however parsed)."""
        found: list[ResolvedMention] = []
        stack = [tok]
        while stack:  # not into appositions, prepositions or clauses: "Creamer, the secretary for Mexico"
            t = stack.pop()
            rm = self.by_token.get(t.i)
            if rm is not None and rm not in found:
                found.append(rm)
            stack.extend(c for c in t.children if c.dep_ not in ("appos", "prep", "relcl", "acl", "punct"))
        # "former US President Trump and Honduran President Asfura": the people, not their countries
        persons = [a for a in found if is_person(a)]
        if len(persons) >= 2:
            found = sorted(persons, key=lambda a: a.mention.start)
            return tuple(found), ", ".join(f"'{a.mention.text}'" for a in found)
        kept = []
        for rm in found:
            span = self.doc.char_span(rm.mention.start, rm.mention.end, alignment_mode="expand")
            t = span.root if span is not None else None
            while t is not None and t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.i != t.i:
                t = t.head
                other = self.by_token.get(t.i)
                if other is not None and other is not rm:
                    break
            else:
                kept.append(rm)
                continue
            if t is None or self.by_token.get(t.i) in (None, rm):
                kept.append(rm)
        found = kept
        found.sort(key=lambda a: a.mention.start)
        return tuple(found), ", ".join(f"'{a.mention.text}'" for a in found)

    def direct(self, tok: Any) -> ResolvedMention | None:
        return self.by_token.get(tok.i)

    def after(self, tok: Any, window: int = 4) -> ResolvedMention | None:
        """The actor named within ``window`` words after ``tok`` (a preposition the parser left
        without its object), not past a punctuation mark or a verb."""
        for t in tok.doc[tok.i + 1 : min(tok.i + 1 + window, len(tok.doc))]:
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
            found = self.by_token.get(t.i)
            if found is not None:
                return found
        return None

    def _inside(self, tok: Any, depth: int = 2, preps: tuple[str, ...] = ("of", "from")) -> ResolvedMention | None:
        """An actor named inside the phrase headed by ``tok``: "the government of Honduras",
        "Honduran officials", "U.S. authorities", "the office of President Hernández"."""
        found = self.direct(tok)
        if found is not None or depth == 0:
            return found
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
                found = self.direct(child) or self._inside(child, depth - 1)
                if found is not None:
                    return found
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self._inside(pobj, depth - 1, preps)
                        if found is not None:
                            return found
        return None

    def heads(self, tok: Any) -> list[Any]:
        """``tok`` and the heads it is coordinated or listed with: "Mexico and the Northern Triangle
        states — Arnor, Bree and Rohan" gives five heads."""
        out = [tok]
        for conj in tok.conjuncts:
            if conj.i > tok.i or tok.dep_ != "conj":
                out.append(conj)
        result: list[Any] = []
        for h in out:
            result.append(h)
            for child in h.children:
                # "Eriadori and Calenardhon leaders", "Fornost and the evil Gondor" (misparsed as a
                # modifier): a coordinated modifier names actors of its own
                if child.dep_ in ("compound", "amod", "nmod") and any(c.dep_ == "cc" for c in child.children):
                    for m in (child, *child.conjuncts):
                        if m not in result and self.direct(m) is not None:
                            result.append(m)
            for child in h.children:
                # "The US, Russia, and Switzerland met": a list the parser read as an apposition
                listed = child.dep_ == "appos" and bool(child.conjuncts) and self.direct(child) is not None
                if child.dep_ == "appos" and (listed or self._inside(h) is None):
                    result.append(child)
                    result.extend(c for c in child.conjuncts if c not in result)
        return result

    def actors(
        self, tok: Any | None, *, speaker: Sequence[ResolvedMention] = (), source: bool = False
    ) -> tuple[tuple[ResolvedMention, ...], str]:
        """The actors of the phrase headed by ``tok`` and how they were found (for the evidence).
        A source may be located ("deputies in Arnor"); a target "smugglers in Bree" is not Bree."""
        if tok is None:
            return (), ""
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok, speaker)
        pair = self._pair(tok)
        if pair:
            return pair, f"'{_phrase(tok)}' = {' and '.join(a.mention.text for a in pair)}"
        preps = ("of", "from", "in") if source else ("of", "from")
        found: list[ResolvedMention] = []
        for h in self.heads(tok):
            rm = self._inside(h, preps=preps)
            if rm is None and h.pos_ in ("NOUN",) and h.lower_ not in ("countries", "country"):
                rm = self._described(h)
            if rm is None and h.lemma_.lower() in FACILITIES:
                rm = self._for_whom(h)
            if rm is not None and rm not in found:
                found.append(rm)
            if rm is not None and self.direct(h) is None:
                # "officials of Arnor and Gondor": every conjunct of the phrase inside
                for child in h.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj" and pobj.conjuncts:
                                more, _how = self.actors(pobj)
                                found.extend(m for m in more if m not in found)
        if not found:
            return (), ""
        return tuple(found), ", ".join(f"'{a.mention.text}'" for a in found)

    def _for_whom(self, tok: Any) -> ResolvedMention | None:
        """ "a camp for Congolese refugees", "a convoy for the Bree mission": a place or vehicle
        stands for the people it is for."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self._inside(pobj, 1)
                        if found is not None:
                            return found
        return None

    def _pronoun(self, tok: Any, speaker: Sequence[ResolvedMention]) -> tuple[tuple[ResolvedMention, ...], str]:
        low = tok.lower_
        if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.actors(tok.head.head)
        # "Halting loans to them", "protect Bree if it is invaded": not the speaker
        as_subject = tok.dep_ in ("nsubj", "nsubjpass", "poss") and not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless", "when", "because", "after", "before", "until")
            for m in tok.head.children
        )
        if speaker and (
            low in FIRST_PERSON
            or (as_subject and (low in THIRD_SINGULAR or low in THIRD_PLURAL or low in ("it", "its")))
        ):
            # "we" in a quotation, "he" in "Trump suggested he would ...": the speaker
            return tuple(speaker), f"'{tok.text}' = speaker {speaker[0].mention.text}"
        if low in THIRD_PLURAL and speaker and not is_person(speaker[0]):
            return tuple(speaker[:1]), f"'{tok.text}' = {speaker[0].mention.text}"
        resolved = self.direct(tok)  # the actors stage may have resolved the pronoun itself
        if resolved is not None:
            return (resolved,), f"'{tok.text}' = {resolved.actor.name if resolved.actor else resolved.mention.text}"
        if low in THIRD_SINGULAR:
            rm = self.article.last_person(tok.idx)
            if rm is not None:
                return (rm,), f"'{tok.text}' = {rm.mention.text}"
        return (), ""

    def _pair(self, tok: Any) -> tuple[ResolvedMention, ...]:
        kind = PAIR_HEADS.get(tok.lower_)
        if kind is None:
            return ()
        if not any(c.lower_ in ("two", "both") for c in tok.children):
            return ()
        pair = self.article.last_pair(kind, tok.idx)
        return pair or ()

    def _described(self, tok: Any) -> ResolvedMention | None:
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [c.text for c in tok.children if c.dep_ in ("amod", "compound")] + [tok.text]
        return self.article.described(words, tok.idx)


def _phrase(tok: Any) -> str:
    return " ".join(t.text for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct"))[:60]


__all__ = ["ActorFinder"]
