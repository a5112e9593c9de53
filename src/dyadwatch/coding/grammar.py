"""Grammatical roles in a spaCy dependency parse: subjects, passive agents, objects, prepositions.

Small functions over spaCy tokens, shared by the frame finder and the actor finder. They follow
what English does with the subject of a verb that has none of its own: control ("pledged to work"
shares "pledged"'s subject), coordination ("condemned ... and promised"), relative clauses
("Honduras, which is pledging": Honduras) and participles ("a statement promising": whoever
released the statement).
"""

from __future__ import annotations

from typing import Any

SUBJECTS = ("nsubj", "csubj", "expl")
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
# Verbs whose object does what their infinitive says: "forced Bree to withdraw", "helped Gondor to rebuild".
OBJECT_CONTROL = frozenset(
    {"force", "compel", "persuade", "allow", "permit", "help", "enable", "cause", "order", "tell", "ask", "urge",
     "encourage", "invite", "require", "lead", "get", "oblige", "pressure", "push", "press", "convince", "authorize"}
)  # fmt: skip


def subject_of(verb: Any, depth: int = 0) -> tuple[Any | None, bool]:
    """The token heading the subject of ``verb`` and whether the verb is passive. Follows control
    ("pledged to work"), coordination ("condemned ... and promised") and relative clauses."""
    # "victims killed by the crash": a past participle modifying a noun is passive too
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.dep_ != "expl":
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, passive
            return child, passive
    if passive:
        for child in verb.children:
            if child.dep_ == "nsubjpass" and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return None, passive
        return None, passive
    if depth > 4:
        return None, passive
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in OBJECT_CONTROL:
        controller = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if controller is not None:  # "forced Bree to withdraw": Bree withdraws
            return controller, passive
    if verb.dep_ == "xcomp" and head.i != verb.i:
        # raising and passive control: "Bree is expected to sign" -> Bree
        patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and not any(c.dep_ == "nsubj" for c in head.children):
            return patient, passive
    if verb.dep_ == "acomp" and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)[0], passive  # "Bree is opposed to ...": a state of Bree
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and head.i != verb.i:
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head, depth + 1)[0], passive
        if head.pos_ == "ADJ" and head.head.i != head.i:  # "is willing to work": subject of "is"
            return subject_of(head.head, depth + 1)[0], passive
        if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):  # "by cutting aid"
            return subject_of(head.head, depth + 1)[0], passive
    if verb.dep_ == "relcl":
        return verb.head, passive
    if verb.dep_ == "acl":
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and any(c.tag_ == "TO" for c in verb.children):
            return owner, passive  # "welcomed Cambodia's decision to reopen the border": Cambodia reopens
        # "a statement promising to work with ...": the one who released the statement
        if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
            return subject_of(noun.head, depth + 1)[0], passive
    return None, passive


def passive_parts(verb: Any) -> tuple[Any | None, Any | None]:
    """(agent, patient) of a passive verb: "aid was cut by Washington" -> (Washington, aid)."""
    agent = patient = None
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ in ("nsubjpass", "csubjpass"):
            patient = child
    if patient is not None and patient.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        patient = verb.head
    if patient is None and verb.dep_ == "acl":  # "the rebels captured by Gondor"
        patient = verb.head
    if agent is None:  # "threatened with sanctions by Arnor": the parser hung "by" on the noun
        for _prep, pobj in preps_of(verb):
            agent = next((g for p, g in preps_of(pobj) if p == "by"), None)
            if agent is not None:
                break
    return agent, patient


def objects_of(tok: Any) -> list[Any]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd", "nsubjpass", "csubjpass")]
    if not out:
        out = _counted_object(tok)
    for o in list(out):
        out.extend(o.conjuncts)
    return out


def _counted_object(tok: Any) -> list[Any]:
    """ "kidnapped up to 16 advisers": the parser reads "up" as a particle and "to 16 advisers" as
    its prepositional phrase; it is the object, counted."""
    for prt in (c for c in tok.children if c.dep_ == "prt" and c.lower_ == "up"):
        for prep in (g for g in prt.children if g.dep_ == "prep" and g.lower_ == "to"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and any(n.dep_ == "nummod" for n in pobj.children):
                    return [pobj]
    return []


def preps_of(tok: Any) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent") or (
            child.dep_ in ("prt", "dative") and any(g.dep_ == "pobj" for g in child.children)
        ):
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    out.append((child.lower_, pobj))
    return out


def object_lemmas(tok: Any) -> list[str]:
    """Lemmas that refine a trigger's code: its objects, prepositions and their objects, compounds."""
    lemmas: list[str] = []
    for o in objects_of(tok):
        # the modifiers first: "an air strike" is an air strike before it is a strike
        lemmas.extend(c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod"))
        lemmas.append(o.lemma_.lower())
        lemmas.append(o.lower_)
        for prep, pobj in preps_of(o):
            lemmas.append(prep)
            if prep == "of":  # "5 million dollars of aid", "a state of emergency"
                lemmas.append(pobj.lemma_.lower())
    for prep, pobj in preps_of(tok):
        lemmas.append(pobj.lemma_.lower())
        lemmas.append(prep)
    lemmas.extend(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "prt", "advmod"))
    if tok.pos_ == "NOUN":  # "cuts to US aid": the parser often misreads "to aid" as a verb
        lemmas.extend(t.lemma_.lower() for t in tok.doc[tok.i + 1 : min(tok.i + 4, len(tok.doc))])
    return lemmas


def particle_of(tok: Any) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)


__all__ = [
    "OBJECT_CONTROL",
    "RELATIVE_PRONOUNS",
    "SUBJECTS",
    "object_lemmas",
    "objects_of",
    "particle_of",
    "passive_parts",
    "preps_of",
    "subject_of",
]
