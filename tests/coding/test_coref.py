"""Resolving pronouns and descriptions to earlier actors (hand-made mentions)."""

from __future__ import annotations

from dyadwatch.coding.coref import ArticleActors, is_person
from dyadwatch.models import ActorRef, Mention, ResolvedMention

TEXT = "Mexico hosted Honduran President Nasry Asfura and the former president Donald Trump."


def mention(text: str, code: str, label: str, kb_id: str | None = None, name: str | None = None) -> ResolvedMention:
    start = TEXT.index(text)
    actor = ActorRef(name=name or text, text=text, code=code, country=code[:3], kb_id=kb_id)
    return ResolvedMention(Mention(0, start, start + len(text), text, label), actor)


TRUMP = mention("Donald Trump", "USAGOV", "ORG", kb_id="usa.donald-trump", name="Donald Trump")
ASFURA = mention("Nasry Asfura", "HNDGOV", "PERSON")
MEXICO = mention("Mexico", "MEX", "GPE", kb_id="country.mex", name="Mexico")
ACTORS = ArticleActors.of([MEXICO, ASFURA, TRUMP], TEXT)


def test_person_by_label_or_by_resolved_name() -> None:
    assert is_person(ASFURA)
    assert is_person(TRUMP)  # the parser called it an ORG; the knowledge base knows a person
    assert not is_person(MEXICO)


def test_last_person_and_pair() -> None:
    end = len(TEXT)
    assert ACTORS.last_person(end) == TRUMP
    assert ACTORS.last_pair("person", end) == (ASFURA, TRUMP)


def test_description_matches_the_title_before_a_name() -> None:
    assert ACTORS.described(["former", "president"], len(TEXT)) == TRUMP
    assert ACTORS.described(["Honduran", "president"], len(TEXT)) == ASFURA
    assert ACTORS.described(["the", "weather"], len(TEXT)) is None
