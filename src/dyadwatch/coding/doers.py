"""Who did the deed an accusation, a demand, a refusal or a protest is about.

PLOVER codes an accusation against the accused, a protest against whom it protests, a refusal
against whoever asked, and an investigation against its suspects — who are often named only as
the doer of a noun the verb governs, not as its object:

* "Peru is investigating abuses *by Chilean soldiers*", "opened an inquiry into killings
  *committed by Venezuelan troops*": the investigated;
* "condemned *Russia's* annexation of Crimea", "complained to the UN over *Israeli* air raids":
  the accused, not the one complained to;
* "refused to resign despite pressure *from the Senate*", "rejected a demand *from the OAS*",
  "defied a ban *by the army*": the one refused or defied;
* "demanded reforms *by the government*", "the release of prisoners *held by the army*": the one
  asked to act.

Only agent-marking relations count — a possessor, "by", "from", a participle's "by" agent, an
adjective or modifier that names an actor ("Israeli raids") and, for nouns that have an author
(demands, bans, offers), "of" — never a plain "of", which names the patient ("the killing of
civilians" was done to them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dyadwatch.coding.grammar import objects_of, passive_parts, preps_of
from dyadwatch.models import ResolvedMention

# CAMEO roots of the events whose target is the doer of what they are about: investigate (09),
# demand (10), disapprove (11), reject (12), protest (14).
DOER_TARGET_ROOTS = ("09", "10", "11", "12", "14")
# Prepositions of a verb (or of its complement noun) that lead to what it is about.
ABOUT_PREPS = frozenset({"as", "over", "about", "into", "against", "despite", "for", "to", "of", "on", "at", "with"})
# For other verbs only complements count: "agreed to the plan despite Bree's wish" is not with Bree.
PLAIN_PREPS = frozenset({"to", "for", "with", "on", "of"})
# Nouns whose "of" names their author: "the demands of the strikers", "a ban of the junta".
AUTHOR_NOUNS = frozenset(
    {"demand", "request", "call", "appeal", "plea", "pressure", "ban", "order", "offer", "proposal", "plan",
     "ultimatum", "decision", "ruling", "decree", "initiative", "invitation", "condition", "policy"}
)  # fmt: skip

# "the US-led war", "a Saudi-backed offensive": the actor before the hyphen leads the deed.
LEADING_PARTICIPLES = frozenset({"lead", "led", "back", "backed", "sponsor", "sponsored", "run", "direct", "directed"})

Found = tuple[tuple[ResolvedMention, ...], str]


def doer_of(noun: Any, finder: Any, speaker: Sequence[ResolvedMention] = (), *, pronouns: bool = True) -> Found:
    """The actor a noun phrase names as the doer of what the noun names, or nothing when the
    noun names an actor itself ("the Senate") or no doer. ``pronouns=False`` ignores a possessive
    pronoun ("opened its borders": its own)."""
    if finder.direct(noun) is not None or noun.pos_ not in ("NOUN", "PROPN"):
        return (), ""
    for child in noun.children:
        if child.dep_ == "poss" and (pronouns or child.pos_ != "PRON"):
            found, how = finder.actors(child, speaker=speaker)
            if found:
                return found, f"possessor {how} of '{noun.text}'"
    for prep, pobj in preps_of(noun):
        if prep in ("by", "from") or (prep == "of" and noun.lemma_.lower() in AUTHOR_NOUNS):
            found, how = finder.actors(pobj, speaker=speaker)
            if found:
                return found, f"'{prep}' {how} of '{noun.text}'"
    for child in noun.children:
        if child.dep_ in ("acl", "relcl"):  # "killings committed by Venezuelan troops"
            agent, _patient = passive_parts(child)
            found, how = finder.actors(agent, speaker=speaker)
            if found:
                return found, f"agent {how} of '{noun.text}'"
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):  # "Israeli air raids"
            rm = finder.direct(child)
            if rm is None and child.lemma_.lower() in LEADING_PARTICIPLES:  # "the US-led war"
                rm = next((finder.direct(g) for g in child.children if finder.direct(g) is not None), None)
            if rm is not None:
                return (rm,), f"modifier '{rm.mention.text}' of '{noun.text}'"
    return (), ""


def doer_targets(
    tok: Any, finder: Any, speaker: Sequence[ResolvedMention], own: set[str], *, accusing: bool = True
) -> Found:
    """The doer of the first deed ``tok`` (a verb) is about: its objects and the objects of its
    prepositions (and of its infinitive complement), then one level further in ("an inquiry into
    killings by ...", "answer a demand from ..."); never one of the source's own actors (``own``:
    their codes). Not ``accusing`` (a verb of any other kind: "recognized victories by the
    opposition", "welcomed Bree's decision"), only its objects and complements count, and no
    possessive pronoun: "agreed to the extension despite Bree's wish" is not agreed with Bree."""
    preps = ABOUT_PREPS if accusing else PLAIN_PREPS
    nouns: list[Any] = []
    for verb in (tok, *(c for c in tok.children if c.dep_ == "xcomp")):  # "refused to answer a demand from"
        nouns += [*objects_of(verb), *(pobj for prep, pobj in preps_of(verb) if prep in preps)]
    nouns += [c for noun in list(nouns) for c in noun.children if c.dep_ == "appos"]  # "as a crime Bree's ..."
    nouns += [pobj for noun in list(nouns) for prep, pobj in preps_of(noun) if prep in preps]
    for noun in nouns:
        found, how = doer_of(noun, finder, speaker, pronouns=accusing)
        if found and not {a.actor.code for a in found if a.actor} <= own:
            return found, how
    return (), ""


__all__ = ["ABOUT_PREPS", "AUTHOR_NOUNS", "DOER_TARGET_ROOTS", "doer_of", "doer_targets"]
