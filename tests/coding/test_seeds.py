"""The two founding articles come out right: the events the project was started for.

The article texts are read from ../shared/seeds (never copied here); the tests skip without it.
The actor list is ours: names and codes of the public figures and countries in the articles.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.coding.annotate import annotate
from dyadwatch.models import Document
from dyadwatch.stages.events import PloverEventStage

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
ACTORS = {
    "Trump": "USAGOV", "Donald Trump": "USAGOV", "Washington": "USA", "United States": "USA", "U.S.": "USA",
    "US": "USA", "Honduras": "HND", "Asfura": "HNDGOV", "Nasry Asfura": "HNDGOV", "Hernández": "HNDGOV",
    "Hernandez": "HNDGOV", "Juan Orlando Hernández": "HNDGOV", "Juan Orlando Hernandez": "HNDGOV",
    "John Creamer": "USAGOV", "Creamer": "USAGOV", "Mexico": "MEX", "Guatemala": "GTM", "El Salvador": "SLV",
    "La Tribuna": "HNDMED", "Marco rubio": "USAGOV", "Rubio": "USAGOV", "Salon": "USAMED", "The Hill": "USAMED",
}  # fmt: skip
PERSONS = frozenset(
    {"Trump", "Donald Trump", "Asfura", "Nasry Asfura", "Hernández", "Hernandez", "Juan Orlando Hernández",
     "Juan Orlando Hernandez", "John Creamer", "Creamer", "Marco rubio", "Rubio"}
)  # fmt: skip

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def seed(name: str, published: date) -> Document:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared)")
    doc = annotate(path.read_text(encoding="utf-8"), ACTORS, persons=PERSONS, published=published)
    return PloverEventStage()(doc)


def rows(doc: Document) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code if e.source else "-", e.plover_type, e.target.code if e.target else "-", e.stance)
        for e in doc.events
    }


@pytest.fixture(scope="module")
def seed_004() -> Document:
    return seed("004_ddb78a8c298c6725.txt", date(2018, 2, 21))


@pytest.fixture(scope="module")
def seed_000() -> Document:
    return seed("000_b24b891656fd3bca.txt", date(2026, 2, 10))


def test_004_trump_threatens_aid_cut(seed_004: Document) -> None:
    threats = [e for e in seed_004.events if e.plover_type == "THREATEN" and e.source and e.source.code == "USAGOV"]
    assert threats and all(e.stance == "asserted" for e in threats)
    assert any(e.cameo_code == "1311" for e in threats)


def test_004_no_aid_cut_is_coded_as_done(seed_004: Document) -> None:
    assert not any(e.plover_type == "SANCTION" and e.stance == "asserted" for e in seed_004.events)


def test_004_honduras_pledges_to_work_with_us(seed_004: Document) -> None:
    assert any(s in ("HND", "HNDGOV") and t == "USA" and p == "AGREE" for s, p, t, _ in rows(seed_004))


def test_004_hernandez_creamer_meeting(seed_004: Document) -> None:
    assert ("USAGOV", "CONSULT", "HNDGOV", "asserted") in rows(seed_004)


def test_004_nothing_from_boilerplate(seed_004: Document) -> None:
    boiler = {s.index for s in seed_004.sentences if s.boilerplate}
    assert boiler, "the seed has page furniture that the sentences stage should mark"
    assert not any(e.sentence_index in boiler for e in seed_004.events)


def test_000_trump_asfura_meeting(seed_000: Document) -> None:
    assert {("USAGOV", "CONSULT", "HNDGOV", "asserted"), ("HNDGOV", "CONSULT", "USAGOV", "asserted")} <= rows(seed_000)


def test_000_commitment_against_cartels_is_agree(seed_000: Document) -> None:
    assert ("USAGOV", "AGREE", "HNDGOV", "asserted") in rows(seed_000)


def test_000_aid_warning_is_an_asserted_threat_never_a_cut(seed_000: Document) -> None:
    assert ("USAGOV", "THREATEN", "HNDGOV", "asserted") in rows(seed_000)
    assert not any(e.plover_type == "SANCTION" and e.stance != "hypothetical" for e in seed_000.events)


def test_000_talks_with_rubio(seed_000: Document) -> None:
    assert any(
        e.plover_type == "CONSULT"
        and e.source
        and e.source.code == "HNDGOV"
        and e.target
        and e.target.text == "Marco rubio"
        for e in seed_000.events
    )


def test_000_pardon_of_hernandez(seed_000: Document) -> None:
    pardons = [e for e in seed_000.events if e.trigger.text == "pardon" and e.target and "Hernandez" in e.target.text]
    assert pardons and all(e.source and e.source.code == "USAGOV" for e in pardons)
    assert {e.plover_type for e in pardons} <= {"RETREAT", "CONCEDE"}


@pytest.fixture(scope="module")
def pipeline():
    from dyadwatch import registry
    from dyadwatch.pipeline import Pipeline

    names = ["sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2", "events.plover.v3"]
    Pipeline.build(names[:1])  # registers the built-in stages
    if not all(name in registry.stages for name in names):
        pytest.skip("the mentions and actors stages are not installed")
    return Pipeline.build(names)


def full(pipeline, name: str, published: date) -> Document:
    from dyadwatch.models import Article

    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone has no ../shared)")
    return pipeline.run(Document(article=Article.create(path.read_text(encoding="utf-8"), published=published)))


def test_seeds_with_the_project_actor_knowledge_base(pipeline) -> None:
    """The same checks with the actors resolved by the actors stage instead of a hand list."""
    doc4 = full(pipeline, "004_ddb78a8c298c6725.txt", date(2018, 2, 21))
    assert any(e.plover_type == "THREATEN" and e.source and e.source.country == "USA" for e in doc4.events)
    assert not any(e.plover_type == "SANCTION" and e.stance == "asserted" for e in doc4.events)
    assert any(
        e.plover_type == "AGREE" and e.source and e.source.country == "HND" and e.target and e.target.country == "USA"
        for e in doc4.events
    )
    boiler = {s.index for s in doc4.sentences if s.boilerplate}
    assert not any(e.sentence_index in boiler for e in doc4.events)
    doc0 = full(pipeline, "000_b24b891656fd3bca.txt", date(2026, 2, 10))
    threats = [e for e in doc0.events if e.plover_type == "THREATEN"]
    assert threats and all(e.stance == "asserted" for e in threats)
    assert not any(e.plover_type == "SANCTION" and e.stance != "hypothetical" for e in doc0.events)
    consults = {
        (e.source.country, e.target.country)
        for e in doc0.events
        if e.plover_type == "CONSULT" and e.source and e.target
    }
    assert ("USA", "HND") in consults and ("HND", "USA") in consults
    assert any(e.trigger.text == "pardon" and e.source and e.source.country == "USA" for e in doc0.events)
