"""Event frames over a dependency parse: trigger, source, target and stance of each event in a sentence.

A frame is one trigger (a verb such as "met", or an event noun such as "the pardon of ...") with the
actors in its grammatical roles. The grammar handled, each in its own small function:

* active and passive voice: the source is the subject, or the ``by`` agent of a passive; the target
  the object, the passive subject, or a prepositional object ("to", "with", "against");
* control and coordination: "pledged to work with" and "condemned ... and promised aid" share the
  subject of the governing verb; a relative clause's "which"/"who" is the noun it modifies;
* framing verbs (``frames:`` in lexicon.yaml): "threatened to cut aid" is one THREATEN event, not a
  cut; "pledged to work with" is AGREE; "urged X to" is REQUEST to X; "refused to meet" REJECT;
* reported speech: "X said Y would ..." codes Y's event (in the future); a bare "X said ..." is no
  event; "X suggested he would cut aid" is X's threat; a quotation's "we" is its speaker;
* events named by nouns: "Trump's pardon of Hernández", "the meeting between A and B", "a visit to
  Tegucigalpa", "threats to halt military aid";
* compound actors: "Mexico, Guatemala and El Salvador" are three targets; "A and B met" is mutual.

The frames know nothing of PLOVER types beyond the lexicon's candidate codes: the type decision
(``coding.typing``) chooses among them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dyadwatch.coding.doers import doer_of, doer_targets
from dyadwatch.coding.framecodes import CONDITIONED_THREAT_TYPES, COOPERATIVE_TYPES, frame_code, has_modal, type_of
from dyadwatch.coding.grammar import (
    object_lemmas,
    objects_of,
    particle_of,
    passive_parts,
    preps_of,
    subject_of,
)
from dyadwatch.coding.lexicon import Entry, Lexicon, lexicon
from dyadwatch.coding.participants import ActorFinder
from dyadwatch.coding.stance import StanceReading, stance_of
from dyadwatch.coding.targets import COMPLEMENT_PREPS, GIVER_NOUNS, NOUN_TARGET_PREPS, TargetRules
from dyadwatch.coding.typing import ALLEGING_SPEECH, allegation_frame
from dyadwatch.models import ResolvedMention

# Promise verbs whose object names what is promised ("promised aid"); "undertook a mission" did it.
OBJECT_PROMISES = frozenset({"promise", "pledge", "vow", "offer", "guarantee", "agree", "accept"})
# "rejected the accusations", "declined to comment": denials and non-comments are statements (CAMEO 01)
DENIED_NOUNS = frozenset({"accusation", "charge", "allegation", "claim", "report", "criticism", "comment", "rumor"})
# "declined to comment on the charges by Bree" says nothing: not a refusal of Bree
SILENCE = frozenset({"comment", "elaborate", "speculate", "discuss", "confirm", "say", "disclose"})
THREAT_NOUNS = frozenset({"threat", "warning", "ultimatum"})
REQUEST_NOUNS = frozenset({"demand", "appeal", "request", "reminder", "plea"})
FRAMING_NOUNS = THREAT_NOUNS | REQUEST_NOUNS | frozenset(
    {"threat", "warning", "ultimatum", "pledge", "commitment", "promise", "disposition", "willingness", "readiness",
     "intention", "determination", "offer"}
)  # fmt: skip
RECIPIENT_VERBS = frozenset({"receive", "get", "obtain", "accept"})
# "accepted aid from Bree" receives; "accepted a formula/the proposal" agrees: only a thing given swaps
GIVEN_ONLY = frozenset({"accept"})
# Participles that describe the subject's own stance, not something done to it: "Bree is committed
# to reform", "Gondor is opposed to the plan", "Arnor is prepared to declare a curfew".
STATIVE_PARTICIPLES = frozenset(
    {"commit", "oppose", "prepare", "determine", "dedicate", "resolve", "devote", "dispose", "inclined", "poise",
     "set", "intend", "bind", "obligate", "compel", "engage"}
)  # fmt: skip
# Verbs of giving and sending: the recipient is who it goes "to" ("offered its troops to Gondor",
# "sent observers to Bree"), not the object, which is what is given.
TRANSFER_VERBS = frozenset(
    {"offer", "send", "give", "provide", "supply", "deliver", "grant", "donate", "sell", "lend", "contribute",
     "ship", "transfer", "extend", "dispatch", "deploy", "pledge", "promise", "hand", "return", "airlift"}
)  # fmt: skip
# Verbs whose object is the source's own people or things, moved: "withdrew its troops from Bree",
# "deployed soldiers to the border", "evacuated its diplomats". The object is never the recipient.
MOVE_VERBS = frozenset(
    {"withdraw", "pull", "evacuate", "deploy", "redeploy", "send", "dispatch", "station", "move", "mobilize",
     "mobilise", "mass", "contribute", "commit", "recall", "airlift", "transfer", "ship", "bring"}
)  # fmt: skip
# Verbs whose subject is the author of the demand, threat or offer they take as object: "renewed
# its demand that ...", "issued a warning"; not "rejected the demand", whose author is someone else.
AUTHORING_VERBS = frozenset(
    {"repeat", "renew", "reiterate", "restate", "voice", "issue", "make", "present", "deliver", "send", "put",
     "lodge", "submit", "press", "step", "underline", "express", "level", "publish", "release"}
)  # fmt: skip
CONTENT_NOUNS = frozenset({"idea", "possibility", "prospect", "option", "plan", "notion", "threat", "warning"})
SUGGESTIVE_SPEECH = frozenset(
    {"suggest", "say", "warn", "hint", "signal", "indicate", "float", "declare", "announce", "state", "insist", "tell",
     "write", "tweet", "add", "vow", "reiterate", "stress", "emphasize", "emphasise", "confirm"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Frame:
    """One event found in a sentence, before its type is decided."""

    trigger: int  # token index in the spaCy Doc
    trigger_text: str
    trigger_lemma: str
    start: int  # character offsets in the article text
    end: int
    kind: str  # "event" or a framing kind: "threat", "promise", "request", "refuse"
    codes: tuple[str, ...]  # candidate CAMEO codes, preferred first
    sources: tuple[ResolvedMention, ...]
    targets: tuple[ResolvedMention, ...]
    stance: StanceReading
    clause: str
    mutual: bool = False  # code X->Y and Y->X
    certainty: float = 1.0  # how sure the grammar is of the roles
    notes: tuple[str, ...] = field(default_factory=tuple)
    framed_code: str | None = None  # the CAMEO code of the act a threat, promise or refusal frames


# --------------------------------------------------------------------------------------------------
# the frame finder


class FrameFinder(TargetRules):
    """Finds the frames of every sentence of one parsed article."""

    def __init__(
        self,
        doc: Any,
        actors: Sequence[ResolvedMention],
        text: str,
        *,
        published: date | None = None,
        lex: Lexicon | None = None,
    ) -> None:
        self.doc = doc
        self.lex = lex or lexicon()
        self.finder = ActorFinder(doc, actors, text)
        self.published = published

    def names_actor(self, span: Any) -> bool:
        """Whether any actor mention lies in ``span`` (a sentence): no actor, no event."""
        return any(tok.i in self.finder.by_token for tok in span)

    # ---- lexicon lookups ------------------------------------------------------------------------

    def verb_entry(self, tok: Any) -> Entry | None:
        prt = particle_of(tok)
        if prt:
            entry = self.lex.verb(f"{tok.lemma_.lower()}_{prt}")
            if entry is not None:
                return entry
        return self.lex.verb(tok.lemma_.lower())

    def is_verb(self, tok: Any) -> bool:
        return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass"))

    def is_noun(self, tok: Any) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("GPE", "PERSON", "NORP", "ORG")

    def event_code(self, tok: Any) -> tuple[str | None, Entry | None]:
        """The code a trigger proposes in context, or None when it names no event here."""
        if self.is_verb(tok):
            entry = self.verb_entry(tok)
        elif self.is_noun(tok):
            entry = self.lex.noun(tok.lemma_.lower()) or self.lex.noun(tok.lower_)
        else:
            return None, None
        if entry is None:
            return None, None
        lemmas = object_lemmas(tok)
        code = entry.code_for(lemmas, particle_of(tok))
        if code is not None and entry.actor_obj and not any(lemma in entry.obj for lemma in lemmas):
            patients = [*objects_of(tok), *([tok.head] if tok.dep_ == "acl" else [])]
            if not any(self.finder.actors(p)[0] for p in patients):
                return None, entry  # "a report released on Tuesday" is no release
        return code, entry

    def frame_kind(self, tok: Any) -> str | None:
        prt = particle_of(tok)
        if prt and self.lex.verb(f"{tok.lemma_.lower()}_{prt}") is not None:
            return None  # "called out Mexico" is an accusation, not a call for something
        if (tok.dep_ == "acl" and tok.tag_ == "VBN") or any(c.dep_ == "auxpass" for c in tok.children):
            return None  # "abuses committed by the militia" is no commitment
        if self.is_verb(tok):
            return self.lex.frame(tok.lemma_.lower())
        return None

    # ---- content of framing words ---------------------------------------------------------------

    def content_of(self, tok: Any) -> tuple[Any | None, str | None]:
        """The earliest of the candidate contents (see :meth:`_contents`): "warned of cuts to aid"
        frames the cuts, whatever the parser did with "to aid"."""
        found = list(self._contents(tok))
        if not found:
            return None, None
        return min(found, key=lambda pair: pair[0].i)

    def _contents(self, tok: Any) -> Iterator[tuple[Any, str]]:
        if tok.pos_ == "NOUN":
            # "threats to cut aid", "warning of cuts": whatever the parser attached them to
            following = tok.doc[tok.i + 1 : min(tok.i + 4, len(tok.doc))]
            if following and following[0].lower_ in ("to", "of", "about", "over"):
                for t in following[1:]:
                    code = self.event_code(t)[0]
                    if code:
                        yield t, code
                        break
        """The event a framing word frames and its code: "threatened [to cut]", "warned [of cuts]",
        "threats [to cut]", "raised the possibility [of halting]", "promised [aid]", "urged Bree [to help]"."""
        for child in tok.children:
            # the parser often hangs an infinitive complement as a clause of purpose: "have
            # sworn [to fight]" parsed advcl is still what was sworn
            if child.dep_ in ("xcomp", "ccomp", "acl") or (
                child.dep_ == "advcl" and child.i > tok.i and any(a.tag_ == "TO" for a in child.children)
            ):
                code = self.event_code(child)[0]
                if code:
                    yield child, code
        for child in objects_of(tok):
            code = self.event_code(child)[0]
            if code:
                yield child, code
            if child.lemma_.lower() in CONTENT_NOUNS:
                inner, code = self.content_of(child)
                if inner is not None:
                    yield inner, code
            for grand in child.children:  # "urged Bree [to help]"
                if grand.dep_ in ("xcomp", "acl"):
                    code = self.event_code(grand)[0]
                    if code:
                        yield grand, code
            entry = self.lex.noun(child.lemma_.lower()) if self.is_noun(child) else None
            if entry is not None and child.dep_ != "nsubjpass":  # "promised aid", the aid's recipient elsewhere
                yield child, entry.codes[0]
        for _prep, pobj in preps_of(tok):
            code = self.event_code(pobj)[0]
            if code:
                yield pobj, code
            if pobj.lemma_.lower() in CONTENT_NOUNS:
                inner, code = self.content_of(pobj)
                if inner is not None:
                    yield inner, code
            entry = self.lex.noun(pobj.lemma_.lower()) if self.is_noun(pobj) else None
            if entry is not None:  # "warned of cuts"
                yield pobj, entry.codes[0]

    def _framed_content(self, tok: Any) -> bool:
        return False

    # ---- roles ------------------------------------------------------------------------------------

    def speaker_of(self, tok: Any) -> tuple[ResolvedMention, ...]:
        """The actors of the speech verb that reports ``tok`` (for "we"/"he" in reported speech)."""
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                return ()
            if node.dep_ in ("ccomp", "parataxis", "xcomp") and self.lex.frame(node.head.lemma_.lower()) == "speech":
                subj, _ = subject_of(node.head)
                if subj is not None:
                    found, _how = self.finder.actors(subj, speaker=self.speaker_of(node.head))
                    return found
                return ()
            node = node.head
        return ()

    def roles(self, tok: Any) -> tuple[tuple[ResolvedMention, ...], tuple[ResolvedMention, ...], list[str], float]:
        """(sources, targets, evidence notes, certainty) of a verb or noun trigger."""
        speaker = self.speaker_of(tok)
        notes: list[str] = []
        certainty = 1.0
        if self.is_verb(tok):
            subj, passive = subject_of(tok)
            if passive and tok.lemma_.lower() in STATIVE_PARTICIPLES and passive_parts(tok)[0] is None:
                passive = False  # "Bree is committed to opening its economy": Bree's own stance
                subj = passive_parts(tok)[1] or subj
            if passive:
                agent, patient = passive_parts(tok)
                sources, how = self.finder.actors(agent, speaker=speaker)
                if sources:
                    notes.append(f"source = passive agent {how}")
                targets, thow = self.finder.actors(patient, speaker=speaker)
                if targets:
                    notes.append(f"target = passive subject {thow}")
                else:
                    targets, thow = self._prep_targets(tok, speaker, exclude=("by",))
                    if not targets:
                        targets, thow = self._event_noun_targets(tok, speaker)
                    if targets:
                        notes.append(f"target = {thow}")
                return sources, targets, notes, certainty
            sources, how = self.finder.actors(subj, speaker=speaker, source=True)
            if not sources:  # "Longtime rivals Arnor and Bree have resumed ...": two subjects parsed
                for other in tok.children:
                    if other.dep_ == "nsubj" and (subj is None or other.i != subj.i):
                        sources, how = self.finder.actors(other, speaker=speaker, source=True)
                        if sources:
                            subj = other
                            break
            if sources:
                dep = subj.dep_ if subj is not None and subj.head.i == tok.i else "inherited subject"
                notes.append(f"source = {dep} {how}")
            targets: tuple[ResolvedMention, ...] = ()
            if tok.lemma_.lower() in TRANSFER_VERBS:
                targets, thow = self._recipient_of_transfer(tok, speaker)
                if targets:
                    notes.append(f"target = recipient {thow}")
            lemma = tok.lemma_.lower()
            own_objects = lemma in MOVE_VERBS or lemma in TRANSFER_VERBS
            for obj in objects_of(tok) if not targets else ():
                if subj is not None and obj.i == subj.i:
                    continue  # a stative participle's subject ("troops were engaged in ...")
                if own_objects and obj.dep_ != "dative":
                    continue  # "sent troops", "offered aid": what moves, not who receives it
                if self.is_noun(obj) and self.lex.noun(obj.lemma_.lower()) is not None:
                    # "denounced a raid by Bree militias": the target is who raided
                    noun_sources, _t, noun_notes, _c = self._noun_roles(obj, speaker)
                    own = {a.actor.code for a in sources if a.actor}
                    if noun_sources and not own & {a.actor.code for a in noun_sources if a.actor}:
                        targets = noun_sources
                        notes.append(f"target = actor of '{obj.text}' " + noun_notes[0].split(" ", 3)[-1])
                        break
                targets, thow = self.finder.actors(obj, speaker=speaker)
                if targets:
                    notes.append(f"target = {obj.dep_} {thow}")
                    break
            if not targets and self._about_a_doer(tok):
                # "investigating abuses by Chilean soldiers", "complained to the UN over Israeli raids"
                targets, thow = doer_targets(tok, self.finder, speaker, {a.actor.code for a in sources if a.actor})
                if targets:
                    notes.append(f"target = {thow}")
            if not targets:
                targets, thow = self._prep_targets(tok, speaker)
                if targets:
                    notes.append(f"target = {thow}")
            if not targets:
                # "restore ties with Gondor", "cut aid to Honduras", "welcomed the resumption of ties with Eriador"
                for obj in objects_of(tok):
                    targets, thow = self._prep_targets(obj, speaker)
                    if not targets:
                        for prep, pobj in preps_of(obj):
                            if prep != "of":  # "resumption of ties with X", not "relationship for a fight against X"
                                continue
                            targets, thow = self._prep_targets(pobj, speaker)
                            if targets:
                                break
                    if targets:
                        notes.append(f"target = {thow}")
                        break
            if not targets:
                targets, thow = self._event_noun_targets(tok, speaker)
                if targets:
                    notes.append(f"target = {thow}")
            if not targets:
                targets, thow = self._raised_object(tok, speaker)
                if targets:
                    notes.append(f"target = {thow}")
            if not targets and (self.event_code(tok)[0] or "").startswith(("15", "18", "19", "20")):
                targets, thow = self.readied_against(tok, speaker)
                if targets:
                    notes.append(f"target = {thow}")
            if not targets and sources and not self._about_a_doer(tok):
                # "recognized victories by the opposition", "welcomed Bree's decision": whose deed it is
                own = {a.actor.code for a in sources if a.actor}
                targets, thow = doer_targets(tok, self.finder, speaker, own, accusing=False)
                if targets:
                    notes.append(f"target = {thow}")
            if not targets and sources:
                targets, thow = self._purpose_targets(tok, speaker, {a.actor.code for a in sources if a.actor})
                if targets:
                    notes.append(f"target = {thow}")
            if targets and not sources and notes and notes[-1].startswith("target = 'between'"):
                sources, targets = targets, ()  # "strengthen ties between A and B": mutual
                notes[-1] = notes[-1].replace("target = ", "")
            if subj is not None and subj.head.i != tok.i:
                certainty *= 0.9
            return sources, targets, notes, certainty
        return self._noun_roles(tok, speaker)

    def _noun_roles(
        self, tok: Any, speaker: Sequence[ResolvedMention]
    ) -> tuple[tuple[ResolvedMention, ...], tuple[ResolvedMention, ...], list[str], float]:
        notes: list[str] = []
        sources: tuple[ResolvedMention, ...] = ()
        targets: tuple[ResolvedMention, ...] = ()
        for child in tok.children:
            if child.dep_ == "poss":
                sources, how = self.finder.actors(child, speaker=speaker)
                if sources:
                    notes.append(f"source = possessor {how}")
                    break
        if not sources and tok.dep_ == "conj":  # "Trump's rhetoric and threats"
            for child in tok.head.children:
                if child.dep_ == "poss":
                    sources, how = self.finder.actors(child, speaker=speaker)
                    if sources:
                        notes.append(f"source = possessor {how}")
        between: tuple[ResolvedMention, ...] = ()
        for prep, pobj in preps_of(tok):
            if prep == "by" and not sources:
                sources, how = self.finder.actors(pobj, speaker=speaker)
                if sources:
                    notes.append(f"source = 'by' {how}")
            elif prep == "between":
                between, how = self.finder.all_in(pobj)
                if between:
                    notes.append(f"between {how}")
            elif prep in NOUN_TARGET_PREPS and not targets:
                if pobj.lemma_.lower() in GIVER_NOUNS and self.finder.direct(pobj) is None:
                    continue
                targets, how = self.finder.actors(pobj, speaker=speaker)
                if targets:
                    notes.append(f"target = '{prep}' {how}")
                elif prep == "of":  # "a suspension of ferry services with Bree"
                    targets, how = self._prep_targets(pobj, speaker)
                    if targets:
                        notes.append(f"target = {how} (of '{pobj.text}')")
        if between:
            return between, (), notes, 1.0
        if not sources:
            for child in tok.children:
                if child.dep_ in ("compound", "amod", "nmod"):
                    found = self.finder.direct(child)
                    if found is not None:
                        sources = (found,)
                        notes.append(f"source = modifier '{found.mention.text}'")
                        break
        certainty = 0.9
        if (
            not sources
            and tok.dep_ in ("dobj", "attr", "nsubjpass")
            and tok.head.lemma_.lower() in self.lex.light_verbs
        ):
            # "held talks with", "imposed sanctions on", "released a statement promising"
            subj, passive = subject_of(tok.head)
            if passive:
                subj, _ = passive_parts(tok.head)
            sources, how = self.finder.actors(subj, speaker=self.speaker_of(tok.head))
            if sources:
                notes.append(f"source = subject of '{tok.head.text}' {how}")
            if not targets:
                targets, how = self._prep_targets(tok.head, speaker)
                if targets:
                    notes.append(f"target = {how}")
            certainty = 0.85
        elif (
            not sources
            and tok.dep_ == "pobj"
            and tok.head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "poss" for c in tok.children)
        ):
            pass
        return sources, targets, notes, certainty

    # ---- main loop ----------------------------------------------------------------------------

    def frames(self, sent: Any) -> list[Frame]:
        """Every frame in one sentence (a spaCy Span)."""
        absorbed: set[int] = set()
        out: list[Frame] = []
        # framing words first, so that the events they frame are not coded as acts
        for tok in sent:
            kind = self.frame_kind(tok) if tok.i not in absorbed else None  # "refused to commit"
            if kind in ("threat", "promise", "request", "refuse"):
                frame = self._framing(tok, kind, absorbed)
                if frame is not None:
                    out.append(frame)
            elif kind == "desire":
                frame = self._desire(tok, absorbed)
                if frame is not None:
                    out.append(frame)
            elif kind == "speech":
                frame = self._speech(tok, absorbed)
                if frame is not None:
                    out.append(frame)
            elif tok.pos_ == "ADJ" and tok.lower_ in self.lex.promise_adjectives:
                content = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if content is not None and self.event_code(content)[0]:
                    frame = self._framing(
                        tok, "promise", absorbed, content=content, stance_token=tok.head, role_token=tok.head
                    )
                    if frame is not None:
                        out.append(frame)
            elif self.is_noun(tok) and tok.lemma_.lower() in FRAMING_NOUNS:
                lemma = tok.lemma_.lower()
                kind = "threat" if lemma in THREAT_NOUNS else "request" if lemma in REQUEST_NOUNS else "promise"
                frame = self._framing(tok, kind, absorbed, noun=True)
                if frame is not None:
                    out.append(frame)
        for tok in sent:
            if tok.i in absorbed or self._is_content_of_trigger(tok):
                continue
            code, entry = self.event_code(tok)
            if code is None or entry is None:
                continue
            frame = self._event(tok, code, entry)
            if frame is not None:
                out.append(frame)
        return out

    def _is_content_of_trigger(self, tok: Any) -> bool:
        """A noun that is the object of another trigger ("provide aid", "sign an agreement",
        "cuts to aid", "aid cuts") is part of that event, not an event of its own."""
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ in ("dobj", "compound", "nsubjpass", "csubjpass", "attr") and self.event_code(head)[0]:
            return True
        if not self.is_noun(tok):
            return False
        if tok.dep_ == "compound":
            return True  # "border patrol agents", "peace talks delegation": a modifier, not an event
        return bool(
            tok.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.i != head.i
            and self.is_noun(head.head)
            and self.event_code(head.head)[0]
        )

    def _event(self, tok: Any, code: str, entry: Entry) -> Frame | None:
        sources, targets, notes, certainty = self.roles(tok)
        if not targets and self.is_verb(tok):  # "helped rebuild Bree": whom the help is for
            targets, how = self._embedded_targets(tok)
            if targets:
                notes.append(f"target (of the embedded clause) = {how}")
        if (
            entry.lemma in RECIPIENT_VERBS
            and code[:2] in ("03", "05", "07")
            and self.is_verb(tok)
            and (
                entry.lemma not in GIVEN_ONLY
                or any(o.lemma_.lower() in GIVER_NOUNS for o in objects_of(tok))
                or any(p == "from" for p, _o in preps_of(tok))
            )
        ):
            # "the militia got rifles from Arnor": the giver is the source
            givers: tuple[ResolvedMention, ...] = ()
            for prep, pobj in [*preps_of(tok), *[pp for o in objects_of(tok) for pp in preps_of(o)]]:
                if prep == "from":
                    givers, how = self.finder.actors(pobj)
                    if givers:
                        break
            sources, targets = givers, sources
            notes = [f"source = giver {how}" if givers else "source unknown (receiving)", "target = recipient"]
        if not sources and not targets:
            return None
        if self.is_noun(tok) and not entry.solo and not (sources and targets) and not (entry.sym and len(sources) >= 2):
            return None
        stance = stance_of(tok, published=self.published, lex=self.lex)
        mutual = self.lex.is_symmetric(code) and entry.sym
        return self._make(
            tok,
            "event",
            (code, *[c for c in entry.codes if c != code]),
            sources,
            targets,
            stance,
            notes,
            certainty,
            mutual,
        )

    def _framing(
        self,
        tok: Any,
        kind: str,
        absorbed: set[int],
        *,
        content: Any | None = None,
        stance_token: Any | None = None,
        role_token: Any | None = None,
        noun: bool = False,
    ) -> Frame | None:
        if content is not None:
            inner_code = self.event_code(content)[0]
        else:
            content, inner_code = self.content_of(tok)
            if content is None and noun and tok.dep_ == "dobj":
                # "reiterated its demand today that Bree free ...": the clause hung on the verb
                content = next(
                    (c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and _has_that(c)), None
                )
                inner_code = self.event_code(content)[0] if content is not None else None
            if (
                kind == "promise"
                and not noun
                and content is not None
                and content.pos_ in ("NOUN", "PROPN")
                and tok.lemma_.lower() not in OBJECT_PROMISES
            ):
                return None  # "undertook a mediation mission" did it; "undertook to mediate" promised it
            absorbed.update(t.i for t, _code in self._contents(tok))
        absorbed.add(tok.i)
        if kind == "refuse" and not noun:  # "refused to commit troops": no promise was made
            absorbed.update(c.i for c in tok.children if c.dep_ == "xcomp")
        if content is not None:
            absorbed.add(content.i)
            absorbed.update(
                t.i for t in content.subtree if t.dep_ in ("dobj", "compound", "pobj") and t.head.i == content.i
            )
        if inner_code is None and kind == "threat" and tok.lemma_.lower() == "warn" and not noun:
            return None  # "critics warned that ..." is a statement, not a threat
        if (
            kind == "refuse"
            and inner_code is None
            and (not objects_of(tok) or any(o.lemma_.lower() in DENIED_NOUNS for o in objects_of(tok)))
            and (
                any(c.dep_ == "xcomp" and c.lemma_.lower() in SILENCE for c in tok.children)
                or not doer_targets(tok, self.finder, (), set())[0]  # "refused to answer a demand from Bree"
            )
        ):
            return None  # "declined to comment", "rejected the accusations": statements
        if (
            kind == "promise"
            and inner_code is None
            and not noun
            and any(c.dep_ == "ccomp" and not _prescribes(c) for c in tok.children)
        ):
            return None  # "agreed the situation was grave": accord in opinion, a statement
        code = frame_code(kind, inner_code, tok.lemma_.lower())
        if code is None:
            return None
        if kind == "promise" and type_of(code) == "THREATEN":
            kind = "threat"  # "pledged to expel", "wants to attack"
        if noun:
            sources, targets, notes, certainty = self._noun_roles(tok, self.speaker_of(tok))
            head = tok.head
            if (
                not sources
                and tok.dep_ == "dobj"
                and self.is_verb(head)
                and (head.lemma_.lower() in AUTHORING_VERBS or self.frame_kind(head) == "speech")
            ):
                # "the UN repeated its demand that Bree free the prisoners": who repeats it made it
                subj, passive = subject_of(head)
                if not passive:
                    sources, how = self.finder.actors(subj, speaker=self.speaker_of(head))
                    if sources:
                        notes.append(f"source = subject of '{head.text}' {how}")
        else:
            sources, targets, notes, certainty = self.roles(role_token if role_token is not None else tok)
        if kind == "request" and not targets and content is not None:
            # "wants Putin to attack": the one asked is the subject of what is asked
            subj, _p = subject_of(content)
            if subj is not None and subj.head.i == content.i:
                targets, how = self.finder.actors(subj)
                if targets:
                    notes.append(f"target = the one asked {how}")
        if kind == "request" and not targets and not noun:
            # "demanded that Gondor withdraw", "asked that the court release", "pushed for Bree
            # to support the plan": who is to act
            for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp") or _for_clause(c)):
                subj, _p = subject_of(clause)
                if subj is not None and subj.head.i == clause.i:
                    targets, how = self.finder.actors(subj)
                    if targets:
                        notes.append(f"target = who is asked to act {how}")
                        absorbed.add(clause.i)  # what is asked for is not done
                        break
        if kind == "request" and (targets or content is None):
            pass  # "urged Bree to help", "called on Gondor to release": the one asked is the target
        elif content is not None and not targets:  # "called for sanctions against Bree": who they are for
            _s, inner_targets, inner_notes, _c = self.roles(content)
            if inner_targets:
                targets = inner_targets
                notes.extend(
                    n.replace("target =", "target (of framed event) =") for n in inner_notes if n.startswith("target")
                )
            if noun and not sources and _s:
                sources = _s
                notes.extend(n for n in inner_notes if n.startswith("source"))
        if kind in ("request", "refuse") and not targets and content is not None:
            # "refused to resign despite pressure from the Senate", "demanded reforms by the junta"
            own = {a.actor.code for a in sources if a.actor}
            if self.is_verb(content):
                targets, how = doer_targets(content, self.finder, self.speaker_of(tok), own)
            else:
                targets, how = doer_of(content, self.finder, self.speaker_of(tok))
                targets = () if {a.actor.code for a in targets if a.actor} <= own else targets
            if targets:
                notes.append(f"target = {how}")
        if kind == "threat" and not targets:
            targets, how = self._condition_subjects(tok)
            if targets:
                notes.append(f"target = subject of the condition {how}")
        if kind in ("threat", "promise", "refuse") and not targets and not noun:
            targets, how = self._embedded_targets(tok)
            if targets:
                notes.append(f"target (of the embedded clause) = {how}")
        if not sources:
            return None  # a threat or a promise by nobody named is no event
        stance = stance_of(stance_token or tok, published=self.published, conditional_ok=kind != "threat", lex=self.lex)
        if content is not None:
            notes.append(f"{kind} frames '{content.text}'" + (f" ({inner_code})" if inner_code else ""))
        frame = self._make(tok, kind, (code,), sources, targets, stance, notes, certainty * 0.95, False)
        return replace(frame, framed_code=inner_code)

    def _embedded_targets(self, tok: Any) -> tuple[tuple[ResolvedMention, ...], str]:
        """The target of the clause a promise or threat embeds, when that clause is no event of its
        own: "promised to keep up its military aid to Gondor", "vowed to keep up pressure on Bree"."""
        node = tok
        for _ in range(3):
            clause = next((c for c in node.children if _embeds(c)), None)
            if clause is None:
                return (), ""
            _s, targets, notes, _c = self.roles(clause)
            if targets:
                return targets, next((n.split(" = ", 1)[1] for n in notes if n.startswith("target")), "")
            node = clause
        return (), ""

    def _desire(self, tok: Any, absorbed: set[int]) -> Frame | None:
        """ "Arnor wants to invade Bree" (a threat), "hoping to widen trade links" (an
        intent to cooperate), "wants Putin to attack" (a request to Putin). Only an infinitive
        complement counts: "hoped officials would be indicted" is a wish about others."""
        content = next((c for c in tok.children if c.dep_ == "xcomp" and self.event_code(c)[0]), None)
        if content is None:
            # "wants Bree to attack Gondor", parsed as a clause: a request to its subject
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and self.event_code(c)[0]), None)
            if (
                clause is not None
                and not any(m.dep_ == "mark" for m in clause.children)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            ):
                return self._framing(tok, "request", absorbed, content=clause)
            return None
        asked = [o for o in objects_of(tok) if self.finder.actors(o)[0]]
        if asked or any(c.dep_ == "nsubj" and c.i < content.i and c.head.i == content.i for c in content.children):
            return self._framing(tok, "request", absorbed, content=content)
        inner = self.event_code(content)[0]
        if type_of(inner or "") not in COOPERATIVE_TYPES | CONDITIONED_THREAT_TYPES:
            return None
        return self._framing(tok, "promise", absorbed, content=content)

    def _condition_subjects(self, tok: Any) -> tuple[tuple[ResolvedMention, ...], str]:
        """Who a threat is aimed at when only its condition names them: "warned of aid cuts
        if Asfura lost" -> Asfura."""
        node = tok
        for _ in range(3):  # the condition hangs on the threat, on what it frames, or on the clause above
            for t in node.subtree:
                if t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.dep_ == "advcl":
                    subj, _ = subject_of(t.head)
                    found, how = self.finder.actors(subj)
                    if found:
                        return found, how
            if node.head.i == node.i:
                break
            node = node.head
        return (), ""

    def _speech(self, tok: Any, absorbed: set[int]) -> Frame | None:
        """ "X suggested he would cut aid" / "X said it will work with Y": the speaker commits
        themselves, which is a threat or a promise; anything else is left to the embedded event."""
        if tok.lemma_.lower() in ALLEGING_SPEECH:
            return allegation_frame(self, tok, absorbed)
        if tok.lemma_.lower() not in SUGGESTIVE_SPEECH:
            return None
        content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and self.event_code(c)[0]), None)
        inner_code = self.event_code(content)[0] if content is not None else None
        if content is None:
            for obj in objects_of(tok):
                if obj.lemma_.lower() in CONTENT_NOUNS:
                    content, inner_code = self.content_of(obj)
        if content is None:
            # "both presidents stressed cooperation": a cooperative event noun as the object
            for obj in objects_of(tok):
                entry = self.lex.noun(obj.lemma_.lower()) if self.is_noun(obj) else None
                if entry is not None and type_of(entry.codes[0]) in ("COOPERATE", "AGREE", "CONSULT"):
                    content, inner_code = obj, entry.codes[0]
                    break
        if content is None or inner_code is None:
            return None
        speaker_subj, _ = subject_of(tok)
        speakers, how = self.finder.actors(speaker_subj, speaker=self.speaker_of(tok))
        if not speakers:
            return None
        inner_subj, _passive = subject_of(content)
        own = inner_subj is None or inner_subj.head.i != content.i  # "suggested cutting aid"
        if not own:
            inner_sources, _h = self.finder.actors(inner_subj, speaker=speakers)
            own = bool(inner_sources) and {a.actor.code for a in inner_sources if a.actor} <= {
                a.actor.code for a in speakers if a.actor
            }
        if not own:
            if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in content.children):
                # "the ministry stated that Bree must free the hostages": a demand to Bree
                frame = self._framing(tok, "request", absorbed, content=content)
                if frame is not None:
                    subj_actors, how = self.finder.actors(inner_subj, speaker=speakers)
                    if subj_actors:
                        return replace(frame, targets=subj_actors, notes=(*frame.notes, f"target = who must {how}"))
                return frame
            return None
        inner_stance = stance_of(content, published=self.published, lex=self.lex)
        inner_type = type_of(inner_code)
        gerund = content.tag_ == "VBG" or content.pos_ == "NOUN"
        if inner_type in CONDITIONED_THREAT_TYPES and (inner_stance.stance in ("future", "hypothetical") or gerund):
            kind = "threat"
        elif (
            inner_type in COOPERATIVE_TYPES | {"RETREAT"}
            and inner_stance.stance in ("future", "hypothetical")
            and any(m.dep_ == "mark" and m.lower_ == "unless" for t in content.subtree for m in t.children)
        ):
            kind = "threat"  # "will withdraw its force unless ...": a threat, whatever is withdrawn
        elif inner_type in COOPERATIVE_TYPES and (inner_stance.stance == "future" or content.pos_ == "NOUN"):
            kind = "promise"
        elif inner_type in COOPERATIVE_TYPES and inner_stance.stance == "negated" and has_modal(content):
            kind = "refuse"  # "Arnor said it would not send aid to Bree"
        else:
            return None
        absorbed.add(content.i)
        code = frame_code(kind, inner_code, tok.lemma_.lower())
        if code is None:
            return None
        _s, targets, inner_notes, certainty = (
            self.roles(content) if content.pos_ != "NOUN" else self._noun_roles(content, speakers)
        )
        if content.pos_ == "NOUN":
            targets = targets or ()
        notes = [f"source = speaker {how}", *[n for n in inner_notes if n.startswith("target")]]
        notes.append(
            f"{kind}: '{tok.text}' + '{content.text}'" + (f" ({inner_stance.explain()})" if inner_stance.cue else "")
        )
        stance = stance_of(tok, published=self.published, conditional_ok=False, lex=self.lex)
        frame = self._make(tok, kind, (code,), speakers, targets, stance, notes, certainty * 0.85, False)
        return replace(frame, framed_code=inner_code)

    def salience(self, tok: Any) -> float:
        """How central the trigger is to the sentence: the main clause's event is what the sentence
        reports; "to demand reforms" after "staged demonstrations" is its purpose. Reported speech
        is not subordinate: in "X said Y attacked Z" the attack is the news."""
        weight = 1.0 if self.is_verb(tok) else 0.9
        node = tok
        for _ in range(8):
            head = node.head
            if head.i == node.i:
                break
            reported = node.dep_ in ("ccomp", "parataxis", "xcomp") and self.lex.frame(head.lemma_.lower()) == "speech"
            if node.dep_ in SUBORDINATE and not reported:
                weight *= 0.8 if node.dep_ in ("advcl", "acl", "relcl", "xcomp") else 0.9
                if node.dep_ == "advcl" and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS for c in node.children
                ):
                    weight *= 0.75  # "..., a day after rebels shelled the airport": the backdrop
            elif node.dep_ == "prep" and node.lower_ not in COMPLEMENT_PREPS and head.pos_ in ("VERB", "AUX"):
                weight *= 0.9  # "met at a lunch hosted by X": the hosting is a circumstance of the meeting
            node = head
        return weight

    def _make(
        self,
        tok: Any,
        kind: str,
        codes: tuple[str, ...],
        sources: tuple[ResolvedMention, ...],
        targets: tuple[ResolvedMention, ...],
        stance: StanceReading,
        notes: Sequence[str],
        certainty: float,
        mutual: bool,
    ) -> Frame:
        clause_tokens = [t for t in tok.subtree]
        clause = self.doc[clause_tokens[0].i : clause_tokens[-1].i + 1].text if clause_tokens else tok.text
        if tok.pos_ != "VERB":
            head = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
            sub = list(head.subtree)
            clause = self.doc[sub[0].i : sub[-1].i + 1].text
        certainty *= self.salience(tok)
        return Frame(
            trigger=tok.i,
            trigger_text=tok.text,
            trigger_lemma=tok.lemma_.lower(),
            start=tok.idx,
            end=tok.idx + len(tok.text),
            kind=kind,
            codes=codes,
            sources=sources,
            targets=targets,
            stance=stance,
            clause=clause,
            mutual=mutual or (len(sources) >= 2 and not targets and self.lex.is_symmetric(codes[0])),
            certainty=certainty,
            notes=tuple(notes),
        )


def _for_clause(clause: Any) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _has_that(clause: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _embeds(child: Any) -> bool:
    """A clause whose target is its head's: a complement ("promised to keep aid flowing to Bree") or
    an infinitive of purpose ("opened fire to disperse the protesters")."""
    if child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ in ("xcomp", "ccomp"):
        return True
    return child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _prescribes(clause: Any) -> bool:
    """ "(agree) that disputes should be resolved": a course of action, not an opinion."""
    return any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("should", "must", "will", "would") for t in clause.subtree)


# Conjunctions of a clause that tells what came before or around the news, not the news.
BACKGROUND_MARKS = frozenset({"after", "before", "since", "when", "while", "following", "until", "as"})
SUBORDINATE = frozenset({"advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp", "csubj", "csubjpass", "parataxis"})


def iter_frames(doc: Any, sentences: Sequence[Any], finder: FrameFinder) -> Iterator[tuple[Any, Frame]]:
    for sent in sentences:
        for frame in finder.frames(sent):
            yield sent, frame


__all__ = ["ActorFinder", "Frame", "FrameFinder", "frame_code", "object_lemmas", "passive_parts", "subject_of"]
