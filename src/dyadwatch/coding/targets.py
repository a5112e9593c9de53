"""Where an event's target is when it is not the object: the rules of :class:`TargetRules`, which
:class:`~dyadwatch.coding.frames.FrameFinder` uses after the subject and the object.

* a giving verb's recipient ("sent aid *to Bree*", "offered *Gondor* troops"), never what is given;
* prepositional targets ("met *with*", "sanctions *on*", "arrived *in* Gondor", "in defiance *of*");
* the target of an event noun the verb governs ("joined talks *with* Bree");
* an object shared by coordinated verbs ("condemned and later sanctioned Bree");
* whom force is readied or used against, however deep ("trained hackers to attack *Bree*");
* a purpose clause's addressee ("summoned the ambassador to protest").

The mixin expects of its host: ``finder`` (an :class:`~dyadwatch.coding.participants.ActorFinder`),
``lex``, ``event_code``, ``frame_kind``, ``is_verb`` and ``is_noun``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dyadwatch.coding.doers import DOER_TARGET_ROOTS, doer_of
from dyadwatch.coding.grammar import OBJECT_CONTROL, objects_of, preps_of
from dyadwatch.models import ResolvedMention

# Prepositions that attach a complement to a verb, not a circumstance ("during a visit to X" is
# the visit's, not the verb's).
COMPLEMENT_PREPS = frozenset({"for", "to", "into", "toward", "towards", "with", "on", "of", "about", "over", "against"})
TARGET_PREPS = (
    "with", "to", "against", "on", "at", "toward", "towards", "into", "from", "for", "of", "between", "among"
)  # fmt: skip
# Verbs whose "in" names who is visited, not merely where: "arrived in Gondor".
IN_TARGET_VERBS = frozenset({"arrive", "land", "stay", "tour", "stop"})
NOUN_TARGET_PREPS = ("of", "with", "to", "against", "on", "between", "toward", "towards", "for", "into", "from")
PLACE_PREPS = frozenset({"in", "into", "near", "outside", "to", "toward", "towards", "around"})
# "in defiance of X", "in retaliation for X's raid", "in protest at X", "in solidarity with X": X is
# the one the act is directed at.
STANCE_NOUNS = frozenset({"defiance", "retaliation", "protest", "solidarity", "revenge", "reprisal", "opposition"})
GIVER_NOUNS = frozenset({"aid", "assistance", "funding", "fund", "support", "money", "investment", "loan"})


def conflictual(code: str) -> bool:
    """CAMEO 09 and above: investigation, demands, disapproval ... force."""
    return code[:2].isdigit() and int(code[:2]) >= 9


class TargetRules:
    """Target rules for the frame finder (see the module's docstring)."""

    def _event_noun_targets(
        self, tok: Any, speaker: Sequence[ResolvedMention]
    ) -> tuple[tuple[ResolvedMention, ...], str]:
        """The target of an event noun the verb governs: "mobilized reservists for a war against
        Bree", "refused to answer a demand from Gondor" (who demanded), "joined talks with Bree"."""
        nouns = [pobj for prep, pobj in preps_of(tok) if prep in COMPLEMENT_PREPS] + [*objects_of(tok)]
        own = self.event_code(tok)[0]
        for noun in nouns + [pobj for o in objects_of(tok) for p, pobj in preps_of(o) if p in COMPLEMENT_PREPS]:
            if not self.is_noun(noun):
                continue
            # an event noun's own target, when the noun leans the same way as the verb ("deepened the
            # relationship for a fight against gangs" is not cooperation with the gangs); and any
            # noun's "against" ("presented evidence against Bree")
            entry = self.lex.noun(noun.lemma_.lower())
            same_way = entry is not None and (own is None or conflictual(own) == conflictual(entry.codes[0]))
            for prep, inner in preps_of(noun):
                against = prep == "against" and entry is None and (own is None or conflictual(own))
                if against or (same_way and (prep in NOUN_TARGET_PREPS or prep == "by")):
                    found, how = self.finder.actors(inner, speaker=speaker)
                    if found:
                        return found, f"'{prep}' {how} (of '{noun.text}')"
        return (), ""

    def _recipient_of_transfer(
        self, tok: Any, speaker: Sequence[ResolvedMention]
    ) -> tuple[tuple[ResolvedMention, ...], str]:
        """Who receives what a giving verb gives: the indirect object ("offered Gondor troops") or
        the "to" phrase of the verb or of its object ("sent aid to Bree", "sent troops to help Bree")."""
        for child in tok.children:
            if child.dep_ == "dative" and child.lower_ != "to":
                found, how = self.finder.actors(child, speaker=speaker)
                if found:
                    return found, f"indirect object {how}"
        for holder in (tok, *objects_of(tok)):
            for prep, pobj in preps_of(holder):
                if prep == "to":
                    found, how = self.finder.actors(pobj, speaker=speaker)
                    if found:
                        return found, f"'to' {how}"
        for holder in (tok, *objects_of(tok)):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "to" and not any(g.dep_ == "pobj" for g in prep.children):
                    # "granted asylum to five officers holed up in ...": the parser made the
                    # officers the subject of what follows; the words after "to" still name them
                    found = self.finder.after(prep)
                    if found is not None:
                        return (found,), f"'to' '{found.mention.text}'"
        return (), ""

    def _prep_targets(
        self, tok: Any, speaker: Sequence[ResolvedMention], exclude: tuple[str, ...] = ()
    ) -> tuple[tuple[ResolvedMention, ...], str]:
        for prep, pobj in preps_of(tok):
            if prep == "in" and pobj.lemma_.lower() in STANCE_NOUNS:
                # "marched in defiance of the junta", "struck in retaliation for Bree's raid"
                for inner_prep, inner in preps_of(pobj):
                    found, how = self.finder.actors(inner, speaker=speaker)
                    if not found:
                        found, how = doer_of(inner, self.finder, speaker)
                    if found:
                        return found, f"'in {pobj.text} {inner_prep}' {how}"
            if prep in exclude or (prep not in TARGET_PREPS and not (prep == "in" and tok.lemma_ in IN_TARGET_VERBS)):
                continue
            if pobj.lemma_.lower() in GIVER_NOUNS and self.finder.direct(pobj) is None:
                continue  # "cuts to US aid": the US gives the aid, it is not the target
            if prep == "against" and self._cooperative(tok):
                continue  # "fighting together against gangs": the gangs are not the partner
            found, how = self.finder.actors(pobj, speaker=speaker)
            if found:
                return found, f"'{prep}' {how}"
        return (), ""

    def _raised_object(self, tok: Any, speaker: Sequence[ResolvedMention]) -> tuple[tuple[ResolvedMention, ...], str]:
        """The object a verb or a dangling preposition shares with the next conjunct: "established
        ties with, and later sent aid to, Gondor" ("with" has no object of its own); "condemned
        and later sanctioned Bree" (an accusing or coercing verb with no object before "and")."""
        dangling = [
            t
            for holder in (tok, *objects_of(tok))
            for t in holder.children
            if t.dep_ == "prep"
            and t.lower_ in TARGET_PREPS
            and not any(g.dep_ in ("pobj", "pcomp") for g in t.children)
        ]
        bare = (
            not objects_of(tok)
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].dep_ == "cc"
            and (self.event_code(tok)[0] or "").startswith((*DOER_TARGET_ROOTS, "16", "17"))
        )
        if not dangling and not bare:
            return (), ""
        for conj in tok.conjuncts:
            if conj.i < tok.i:
                continue
            shared = [t for t in conj.subtree if t.dep_ == "pobj"] if dangling else objects_of(conj)
            if shared:
                found, how = self.finder.actors(shared[-1], speaker=speaker)
                if found:
                    word = dangling[0].text if dangling else tok.text
                    return found, f"'{word}' {how} (shared with '{conj.text}')"
        return (), ""

    def readied_against(self, tok: Any, speaker: Sequence[ResolvedMention]) -> tuple[tuple[ResolvedMention, ...], str]:
        """Whom force is readied or used against, however deep the "against" sits in what is
        readied or done: "trained hackers capable of launching attacks against Bree", "were engaged
        in a campaign of repression in the province against its Gondorian population"."""
        for obj in [*objects_of(tok), *(pobj for _prep, pobj in preps_of(tok))]:
            for t in obj.subtree:
                if t.dep_ == "prep" and t.lower_ == "against":
                    for pobj in (c for c in t.children if c.dep_ == "pobj"):
                        found, how = self.finder.actors(pobj, speaker=speaker)
                        if found:
                            return found, f"'against' {how} (in '{obj.text} ...')"
        if not (self.event_code(tok)[0] or "").startswith(("18", "19", "20")):
            return (), ""
        for obj in objects_of(tok):  # "blew up power lines leading into Gondor": the place struck
            if self.finder.direct(obj) is not None:
                continue
            for t in obj.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.ent_type_ == "GPE":
                    found, how = self.finder.actors(t, speaker=speaker)
                    if found:
                        return found, f"'{t.head.lower_}' {how} (in '{obj.text} ...')"
        return (), ""

    def _purpose_targets(
        self, tok: Any, speaker: Sequence[ResolvedMention], own: set[str]
    ) -> tuple[tuple[ResolvedMention, ...], str]:
        """The target of a clause of purpose that names none, from the act it is the purpose of:
        "summoned Bree's ambassador to complain" (to the ambassador), "sent monitors to Gondor to
        investigate" (in Gondor). Not when the act makes its object the doer ("forced Bree to
        withdraw" is Bree's withdrawal, whatever the parser says)."""
        head = tok.head
        if (
            tok.dep_ not in ("advcl", "xcomp")
            or head.i == tok.i
            or not self.is_verb(head)
            or head.lemma_.lower() in OBJECT_CONTROL
            or self.frame_kind(head) is not None
            or not any(c.tag_ == "TO" for c in tok.children)
        ):
            return (), ""
        for obj in objects_of(head):
            found, how = self.finder.actors(obj, speaker=speaker)
            if found and not {a.actor.code for a in found if a.actor} <= own:
                return found, f"{obj.dep_} of '{head.text}' {how}"
        for prep, pobj in preps_of(head):
            if prep in ("to", "into"):
                found, how = self.finder.actors(pobj, speaker=speaker)
                if found and not {a.actor.code for a in found if a.actor} <= own:
                    return found, f"'{prep}' of '{head.text}' {how}"
        return (), ""

    def _about_a_doer(self, tok: Any) -> bool:
        """Whether the target of ``tok`` is the doer of what it is about (see ``coding.doers``)."""
        code = self.event_code(tok)[0]
        return (code is not None and code.startswith(DOER_TARGET_ROOTS)) or self.frame_kind(tok) in (
            "request",
            "refuse",
        )

    def _cooperative(self, tok: Any) -> bool:
        code = self.event_code(tok)[0]
        if code is None and tok.head.i != tok.i:
            code = self.event_code(tok.head)[0]
        return code is not None and not conflictual(code)


__all__ = [
    "COMPLEMENT_PREPS",
    "GIVER_NOUNS",
    "NOUN_TARGET_PREPS",
    "TARGET_PREPS",
    "TargetRules",
    "conflictual",
]
