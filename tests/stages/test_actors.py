from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dyadwatch.models import ActorRef, Article, Document, Event, Trigger
from dyadwatch.pipeline import Pipeline
from dyadwatch.stages.actors import DatedActors, redate_event

STAGES = ["sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2"]

# Our own text, about real public figures, for coreference, titles, pronouns and places.
OWN = (
    "Mexican President Claudia Sheinbaum met Secretary of State Marco Rubio in Mexico City on Thursday. "
    "Sheinbaum said Mexican police had arrested members of the Sinaloa Cartel. "
    "Rubio praised the arrests at the National Palace. "
    "He said the United States would keep working with Mexican authorities. "
    "Sarah Bermeo, an associate professor at Duke University, told The Hill that aid works. "
    "She said the president needed allies in the region."
)


def _run(text: str, published: date | None):
    pipeline = Pipeline.build(STAGES)
    return pipeline.run(Document(article=Article.create(text, published=published)))


def _by_text(doc):
    found: dict[str, list] = {}
    for rm in doc.actors:
        found.setdefault(rm.mention.text, []).append(rm)
    return found


@pytest.fixture(scope="module")
def own():
    return _by_text(_run(OWN, date(2025, 3, 14)))


def test_one_resolution_per_mention():
    doc = _run(OWN, date(2025, 3, 14))
    assert len(doc.actors) == len(doc.mentions)
    assert [rm.mention for rm in doc.actors] == list(doc.mentions)


def _containing(by: dict, words: str):
    return next(rms[0].actor for text, rms in by.items() if words in text)


def test_names_resolve_at_the_published_date(own):
    assert own["Mexican President Claudia Sheinbaum"][0].actor.code == "MEXGOV"
    rubio = _containing(own, "Marco Rubio")
    assert (rubio.code, rubio.kb_id) == ("USAGOV", "usa.marco-rubio")


def test_repeated_surnames_are_the_earlier_person(own):
    assert own["Sheinbaum"][0].actor.kb_id == "mex.claudia-sheinbaum"
    assert own["Rubio"][0].actor.kb_id == "usa.marco-rubio"


def test_pronouns_follow_gender_and_subjects(own):
    assert own["He"][0].actor.kb_id == "usa.marco-rubio"
    she = own["She"][0].actor
    assert (she.name, she.code) == ("Sarah Bermeo", "USAEDU")
    assert she.confidence <= 0.6


def test_unknown_person_takes_the_apposition(own):
    bermeo = own["Sarah Bermeo"][0].actor
    assert (bermeo.code, bermeo.country, bermeo.sector, bermeo.kb_id) == ("USAEDU", "USA", "EDU", None)


def test_places_are_not_actors(own):
    city = own["Mexico City"][0]
    assert city.actor is None and city.is_place


def test_media_and_generic_actors(own):
    assert own["The Hill"][0].actor.code == "USAMED"
    assert own["Mexican police"][0].actor.code == "MEXCOP"
    assert own["Mexican authorities"][0].actor.code == "MEXGOV"


def test_without_coreference_a_pronoun_is_nobody():
    from dyadwatch.actors import knowledge_base
    from dyadwatch.stages.actors import KBActors

    pipeline = Pipeline.build(STAGES[:2])
    doc = pipeline.run(Document(article=Article.create(OWN, published=date(2025, 3, 14))))
    resolved = KBActors(coreference=False).resolve_all(doc, knowledge_base())
    he = next(rm for rm in resolved if rm.mention.text == "He")
    assert he.actor is None


def _event(source: ActorRef, on: date | None) -> Event:
    return Event(
        article_id="a1", sentence_index=0, sentence="Hernández pledged cooperation.",
        trigger=Trigger("pledged", 10, 17), source=source, target=None, plover_type="AGREE",
        plover_mode=None, plover_context=(), stance="asserted", cameo_code="030", confidence=0.8, date=on,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("on", "code"),
    [(date(2018, 2, 20), "HNDGOV"), (date(2026, 2, 10), "HNDELI"), (date(2012, 6, 1), "HNDLEG"), (None, "HNDXXX")],
)
def test_dated_stage_reresolves_people_at_the_event_date(on, code):
    from dyadwatch.actors import knowledge_base

    source = ActorRef("Juan Orlando Hernández", "Hernández", "HNDXXX", "HND", None, "hnd.juan-orlando-hernandez", 0.8)
    event = redate_event(_event(source, on), knowledge_base())
    assert event.source.code == code
    assert event.source.text == "Hernández"
    assert event.source.confidence == 0.8


def test_dated_stage_leaves_non_people_alone():
    from dyadwatch.actors import knowledge_base

    source = ActorRef("Honduras", "Honduras", "HND", "HND", None, "country.hnd")
    assert redate_event(_event(source, date(2018, 1, 1)), knowledge_base()).source == source


def test_dated_stage_wiring():
    assert DatedActors.requires == ("events.date",)
    doc = Document(
        article=Article.create("x"),
        events=(
            _event(ActorRef("Donald Trump", "Trump", "USAGOV", "USA", "GOV", "usa.donald-trump"), date(2022, 6, 1)),
        ),
    )
    out = DatedActors()(doc)
    assert out.events[0].source.code == "USAELI"
    assert replace(out.events[0], source=None) == replace(doc.events[0], source=None)


# --- the two founding articles (read from ../shared when present) ---

SEED_2026 = "000_b24b891656fd3bca.txt"
SEED_2018 = "004_ddb78a8c298c6725.txt"


def _seed(seed_text, name: str, published: date):
    return _run(seed_text(name), published)


def _first(doc, predicate):
    for rm in doc.actors:
        if predicate(rm):
            return rm
    raise AssertionError("no such mention")


@pytest.mark.shared
@pytest.mark.slow
def test_seed_2018_actors(seed_text):
    doc = _seed(seed_text, SEED_2018, date(2018, 2, 21))
    by = _by_text(doc)

    def code(words):
        return _containing(by, words).code

    assert code("President Donald Trump") == "USAGOV"
    assert all(rm.actor.code == "USAGOV" for rm in by["Trump"])
    assert _first(doc, lambda rm: "Juan Orlando Hernández" in rm.mention.text).actor.code == "HNDGOV"
    assert all(rm.actor.code == "HNDGOV" and rm.actor.kb_id == "hnd.juan-orlando-hernandez" for rm in by["Hernández"])
    assert code("John Creamer") == "USAGOV"
    assert code("Creamer") == "USAGOV"
    assert all(rm.actor.code == "CRMMS13" for rm in by["MS-13"])
    assert _first(doc, lambda rm: "Barrio 18" in rm.mention.text).actor.code == "CRMB18"
    bermeo = by["Sarah Bermeo"][0].actor
    assert (bermeo.country, bermeo.sector) == ("USA", "EDU")
    assert code("Salon") == "USAMED"
    assert code("The Hill") == "USAMED"
    assert code("La Tribuna") == "HNDMED"
    assert code("UN") == "IGOUNO"
    assert code("U.N.") == "IGOUNO"
    assert code("Honduran officials") == "HNDGOV"
    assert code("U.S. authorities") == "USAGOV"
    assert by["Virginia"][0].actor is None and by["Virginia"][0].is_place
    # The Daily Caller's page furniture is never mined for actors.
    assert not any("Daily Caller" in rm.mention.text for rm in doc.actors)


@pytest.mark.shared
@pytest.mark.slow
def test_seed_2026_actors(seed_text):
    doc = _seed(seed_text, SEED_2026, date(2026, 2, 10))
    by = _by_text(doc)
    assert _first(doc, lambda rm: "Donald Trump" in rm.mention.text).actor.code == "USAGOV"
    assert all(rm.actor.code == "USAGOV" for rm in by["Trump"])
    assert _containing(by, "Nasry Asfura").code == "HNDGOV"
    assert all(rm.actor.code == "HNDGOV" for rm in by["Asfura"])
    assert _containing(by, "Marco rubio").code == "USAGOV"
    joh = _first(doc, lambda rm: "Juan Orlando Hernandez" in rm.mention.text).actor
    assert (joh.kb_id, joh.code) == ("hnd.juan-orlando-hernandez", "HNDELI")
    assert all(rm.actor.code == "HNDELI" for rm in by["Hernandez"])
    assert by["Mar-a-Lago"][0].actor is None and by["Mar-a-Lago"][0].is_place


def test_user_dictionary_through_pipeline_options():
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "actors" / "data" / "sample_phoenix.txt"
    options = {name: {"actors": [str(sample)]} for name in ("mentions.spacy.v2", "actors.kb.v2")}
    pipeline = Pipeline.build(STAGES, options=options)
    text = "The Honduran Customs Agency seized a cocaine shipment on Friday."
    doc = pipeline.run(Document(article=Article.create(text, published=date(2024, 5, 3))))
    codes = {rm.mention.text: rm.actor.code for rm in doc.actors if rm.actor}
    assert codes.get("The Honduran Customs Agency") == "HNDCOP"


# Our own text: generic and group actors that only the sentence or the article places.
PLACED = (
    "Thousands of ethnic Hungarians demonstrated in Romania on Sunday. "
    "Police fired tear gas at the crowd. "
    "Kurds marched in Erbil to back the regional government. "
    "Hundreds of people blocked roads in Bolivia while Peruvian officials watched. "
    "Croatian officials said activists had been detained."
)


@pytest.fixture(scope="module")
def placed():
    return _by_text(_run(PLACED, date(2024, 5, 5)))


@pytest.mark.parametrize(
    ("text", "code", "cue"),
    [
        ("Hungarians", "ROUCVL", "Romania"),  # an ethnic demonym: where the group is, not Hungary
        ("Police", "ROUCOP", "Romania"),  # no place in the sentence: the article's country
        ("Kurds", "IRQCVL", "Erbil"),  # a city the gazetteer knows
        ("people", "BOLCVL", "Bolivia"),  # the place beats a country named by a demonym
        ("activists", "HRVHRI", "Croatian officials"),  # the country the sentence names
    ],
)
def test_actors_without_a_country_take_it_from_context(placed, text, code, cue):
    actor = _containing(placed, text)
    assert actor.code == code
    assert f"from '{cue}'" in actor.name  # the name says where the country came from
    assert actor.confidence <= 0.6


def test_context_countries_can_be_switched_off():
    from dyadwatch.actors import knowledge_base
    from dyadwatch.stages.actors import KBActors

    doc = Pipeline.build(STAGES[:2]).run(Document(article=Article.create(PLACED, published=date(2024, 5, 5))))
    resolved = KBActors(context_countries=False).resolve_all(doc, knowledge_base())
    police = next(rm.actor for rm in resolved if rm.mention.text == "Police")
    assert (police.code, police.country) == ("COP", None)


@pytest.mark.parametrize(
    ("text", "actor_text", "code"),
    [
        # A region spanning countries places nobody in one of them.
        ("Cartels operating across Central America bribed Mexican officials.", "Cartels", "CRM"),
        # Where an organisation is based says nothing about the people it reports on.
        ("A London-based monitor of the Syrian war, the Observatory, said civilians died.", "civilians", "SYRCVL"),
        # A town's name in a title is no place: "Federal" is not the Argentine town.
        ("The Federal Minister of Finance spoke on Monday.", "The Federal Minister of Finance", "GOV"),
    ],
)
def test_what_does_not_place_an_actor(text, actor_text, code):
    actor = _by_text(_run(text, date(2015, 6, 1)))[actor_text][0].actor
    assert actor.code == code


@pytest.mark.parametrize(
    ("text", "actor_text", "code"),
    [
        ("The Hungarians of southern Slovakia held a rally.", "Hungarians", "SVKCVL"),  # a community
        ("Americans in Iraq were told to leave.", "Americans", "USA"),  # expatriates keep their country
    ],
)
def test_a_demonym_group_is_placed_by_its_own_of_phrase(text, actor_text, code):
    assert _by_text(_run(text, date(2015, 6, 1)))[actor_text][0].actor.code == code


def test_later_mentions_follow_a_person_placed_by_context():
    text = "Judge Baltasar Rivera questioned Chilean officials on Monday. He said more would follow."
    by = _by_text(_run(text, None))
    judge, he = by["Judge Baltasar Rivera"][0].actor, by["He"][0].actor
    assert judge.code == he.code == "CHLJUD"
    assert he.confidence <= judge.confidence


def test_a_town_the_entity_recogniser_missed_still_places_an_actor():
    # spaCy's small model reads "Mbarara" here as a date; the gazetteer knows it is in Uganda.
    police = _by_text(_run("Police detained students in Mbarara.", date(2016, 2, 1)))["Police"][0].actor
    assert police.code == "UGACOP"
