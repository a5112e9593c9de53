# ruff: noqa: E501 - the corpus is a table: one event a line reads best
"""A hand-made, hand-coded corpus for the web tests: a United States–Honduras thread from 2017 to
2026 plus other dyads (USA–MEX, USA–GTM, HND–CHN, RUS–UKR), written for these tests.

Each article is a list of sentences; each event names its sentence, trigger word, source and target
as they appear in that sentence, so offsets are computed rather than typed by hand.
"""

from __future__ import annotations

from datetime import date

from dyadwatch.models import (
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    ResolvedMention,
    Sentence,
    Trigger,
)
from dyadwatch.ontology import cameo_info

CODER = ("sentences.spacy.v1", "mentions.spacy.v2", "actors.kb.v2", "events.plover.v3", "dates.v1", "places.v3")


def _actor(name: str, code: str, country: str | None, sector: str | None, kb: str | None = None):
    return {"name": name, "code": code, "country": country, "sector": sector, "kb_id": kb}


USA = _actor("United States", "USAGOV", "USA", "GOV", "Q30")
TRUMP = _actor("Donald Trump", "USAGOV", "USA", "GOV", "Q22686")
HARRIS = _actor("Kamala Harris", "USAGOV", "USA", "GOV", "Q10853588")
STATE = _actor("US State Department", "USAGOV", "USA", "GOV", "Q789915")
USMIL = _actor("US military", "USAMIL", "USA", "MIL", "Q11211")
USJUD = _actor("US federal court", "USAJUD", "USA", "JUD", None)
HND = _actor("Honduras", "HNDGOV", "HND", "GOV", "Q783")
JOH = _actor("Juan Orlando Hernández", "HNDELI", "HND", "ELI", "Q1708990")
CASTRO = _actor("Xiomara Castro", "HNDGOV", "HND", "GOV", "Q6047186")
ASFURA = _actor("Nasry Asfura", "HNDPTY", "HND", "PTY", "Q6968015")
HNDCOP = _actor("Honduran police", "HNDCOP", "HND", "COP", None)
MEX = _actor("Mexico", "MEXGOV", "MEX", "GOV", "Q96")
MEXCOP = _actor("Mexican National Guard", "MEXCOP", "MEX", "COP", None)
GTM = _actor("Guatemala", "GTMGOV", "GTM", "GOV", "Q774")
SLV = _actor("El Salvador", "SLVGOV", "SLV", "GOV", "Q792")
CHN = _actor("China", "CHNGOV", "CHN", "GOV", "Q148")
TWN = _actor("Taiwan", "TWNGOV", "TWN", "GOV", "Q865")
RUS = _actor("Russia", "RUSMIL", "RUS", "MIL", "Q159")
UKR = _actor("Ukraine", "UKRGOV", "UKR", "GOV", "Q212")
MS13 = _actor("MS-13", "SLVCRM", "SLV", "CRM", "Q327286")

TEGUCIGALPA = ("Tegucigalpa", "HND", 14.0818, -87.2068, "city")
SAN_PEDRO = ("San Pedro Sula", "HND", 15.5042, -88.025, "city")
WASHINGTON = ("Washington", "USA", 38.8951, -77.0364, "city")
MIAMI = ("Miami", "USA", 25.7743, -80.1937, "city")
NEW_YORK = ("New York", "USA", 40.7143, -74.006, "city")
MEXICO_CITY = ("Mexico City", "MEX", 19.4285, -99.1277, "city")
GUATEMALA_CITY = ("Guatemala City", "GTM", 14.6407, -90.5133, "city")
TAPACHULA = ("Tapachula", "MEX", 14.9039, -92.2575, "city")
BEIJING = ("Beijing", "CHN", 39.9075, 116.3972, "city")
KYIV = ("Kyiv", "UKR", 50.4547, 30.5238, "city")
KHARKIV = ("Kharkiv", "UKR", 49.9808, 36.2527, "city")
SOTO_CANO = ("Soto Cano Air Base", "HND", 14.3824, -87.6212, "landmark")

# (published, publisher, title, sentences, events). An event is
# (sentence, trigger, source, source text, target, target text, CAMEO, stance, date, place, confidence).
ARTICLES = [
    (date(2017, 6, 16), "Gulf Wire", "Miami conference puts Central American security on the agenda", [
        "Miami conference puts Central American security on the agenda.",
        "Officials from the United States met Honduran ministers in Miami on Thursday to discuss gang violence and migration.",
        "Washington pledged new economic aid to Honduras, Guatemala and El Salvador if the three governments curb smuggling.",
        "Follow Gulf Wire on Twitter for more regional news.",
    ], [
        (1, "met", USA, "the United States", HND, "Honduran ministers", "040", "asserted", date(2017, 6, 15), MIAMI, 0.91),
        (2, "pledged", USA, "Washington", HND, "Honduras", "0331", "future", date(2017, 6, 15), MIAMI, 0.84),
        (2, "pledged", USA, "Washington", GTM, "Guatemala", "0331", "future", date(2017, 6, 15), MIAMI, 0.8),
        (2, "pledged", USA, "Washington", SLV, "El Salvador", "0331", "future", date(2017, 6, 15), MIAMI, 0.8),
    ]),
    (date(2018, 2, 21), "Isthmus Report", "Honduras vows closer security work with Washington after aid warning", [
        "Honduras vows closer security work with Washington after aid warning.",
        "Two weeks ago Donald Trump warned that he could cut aid to countries that fail to stop gangs and drugs.",
        "On Tuesday Honduras promised to expand joint operations with the United States against MS-13.",
        "Honduran police arrested twelve suspected MS-13 members in San Pedro Sula the same day.",
    ], [
        (1, "warned", TRUMP, "Donald Trump", HND, "countries", "1312", "historical", date(2018, 2, 6), WASHINGTON, 0.74),
        (2, "promised", HND, "Honduras", USA, "the United States", "030", "future", date(2018, 2, 20), TEGUCIGALPA, 0.88),
        (3, "arrested", HNDCOP, "Honduran police", MS13, "MS-13 members", "173", "asserted", date(2018, 2, 20), SAN_PEDRO, 0.9),
    ]),
    (date(2018, 10, 22), "Gulf Wire", "Trump threatens Honduras over migrant caravan", [
        "Trump threatens Honduras over migrant caravan.",
        "President Donald Trump threatened on Monday to cut off aid to Honduras unless it stops a caravan of migrants heading north.",
        "The Honduran government rejected the accusation that it had organised the caravan.",
        "Mexico deployed federal police to its southern border near Tapachula.",
    ], [
        (1, "threatened", TRUMP, "President Donald Trump", HND, "Honduras", "1312", "future", date(2018, 10, 22), WASHINGTON, 0.93),
        (2, "rejected", HND, "The Honduran government", USA, "the accusation", "111", "asserted", date(2018, 10, 22), TEGUCIGALPA, 0.62),
        (3, "deployed", MEXCOP, "Mexico", MEX, "its southern border", "153", "asserted", date(2018, 10, 22), TAPACHULA, 0.7),
    ]),
    (date(2019, 3, 31), "Isthmus Report", "United States halts aid to three Central American countries", [
        "United States halts aid to three Central American countries.",
        "The State Department said on Saturday it was ending aid programmes for Honduras, Guatemala and El Salvador.",
        "Honduran officials called the decision a mistake that would hurt the fight against gangs.",
    ], [
        (1, "ending", STATE, "The State Department", HND, "Honduras", "1621", "asserted", date(2019, 3, 30), WASHINGTON, 0.87),
        (1, "ending", STATE, "The State Department", GTM, "Guatemala", "1621", "asserted", date(2019, 3, 30), WASHINGTON, 0.85),
        (2, "called", HND, "Honduran officials", USA, "the decision", "111", "asserted", date(2019, 3, 30), TEGUCIGALPA, 0.66),
    ]),
    (date(2019, 6, 8), "Border Ledger", "Mexico and the United States strike a deal to avert tariffs", [
        "Mexico and the United States strike a deal to avert tariffs.",
        "Trump had threatened to impose tariffs on all Mexican goods from Monday.",
        "Mexico agreed on Friday to send National Guard troops to its southern border.",
        "The United States suspended the tariffs indefinitely.",
    ], [
        (1, "threatened", TRUMP, "Trump", MEX, "Mexican goods", "1312", "historical", date(2019, 5, 30), WASHINGTON, 0.83),
        (2, "agreed", MEX, "Mexico", USA, "its southern border", "057", "asserted", date(2019, 6, 7), WASHINGTON, 0.8),
        (3, "suspended", USA, "The United States", MEX, "the tariffs", "085", "asserted", date(2019, 6, 7), WASHINGTON, 0.77),
    ]),
    (date(2019, 9, 26), "Gulf Wire", "Honduras signs asylum agreement with United States", [
        "Honduras signs asylum agreement with United States.",
        "Honduras signed an agreement with the United States on Wednesday to take in some asylum seekers.",
        "Guatemala signed a similar accord in July.",
    ], [
        (1, "signed", HND, "Honduras", USA, "the United States", "057", "asserted", date(2019, 9, 25), WASHINGTON, 0.92),
        (2, "signed", GTM, "Guatemala", USA, "a similar accord", "057", "historical", date(2019, 7, 26), GUATEMALA_CITY, 0.6),
    ]),
    (date(2020, 11, 20), "Isthmus Report", "US sends storm relief to Honduras", [
        "US sends storm relief to Honduras.",
        "The United States sent emergency food and shelter supplies to Honduras after two hurricanes struck the north coast.",
        "US military helicopters flew rescue missions from Soto Cano Air Base.",
    ], [
        (1, "sent", USA, "The United States", HND, "Honduras", "073", "asserted", date(2020, 11, 19), SAN_PEDRO, 0.9),
        (2, "flew", USMIL, "US military helicopters", HND, "rescue missions", "074", "asserted", date(2020, 11, 19), SOTO_CANO, 0.68),
    ]),
    (date(2021, 6, 8), "Border Ledger", "Harris tells migrants in Guatemala not to come", [
        "Harris tells migrants in Guatemala not to come.",
        "Vice President Kamala Harris met Guatemala's president in Guatemala City on Monday.",
        "Harris said the United States would invest in the region and fight corruption.",
    ], [
        (1, "met", HARRIS, "Vice President Kamala Harris", GTM, "Guatemala's president", "042", "asserted", date(2021, 6, 7), GUATEMALA_CITY, 0.94),
        (2, "invest", HARRIS, "Harris", GTM, "the region", "0331", "future", date(2021, 6, 7), GUATEMALA_CITY, 0.7),
    ]),
    (date(2022, 1, 28), "Gulf Wire", "Harris attends Castro inauguration in Tegucigalpa", [
        "Harris attends Castro inauguration in Tegucigalpa.",
        "Kamala Harris visited Tegucigalpa on Thursday for the inauguration of Xiomara Castro.",
        "Harris praised Castro's promise to fight corruption.",
    ], [
        (1, "visited", HARRIS, "Kamala Harris", HND, "Tegucigalpa", "042", "asserted", date(2022, 1, 27), TEGUCIGALPA, 0.95),
        (2, "praised", HARRIS, "Harris", CASTRO, "Castro", "051", "asserted", date(2022, 1, 27), TEGUCIGALPA, 0.89),
    ]),
    (date(2022, 2, 25), "Wire East", "Russian forces attack Ukraine", [
        "Russian forces attack Ukraine.",
        "Russian forces launched missile strikes on Kyiv before dawn on Thursday.",
        "Russian forces were reported fighting Ukrainian troops near Kharkiv.",
    ], [
        (1, "launched", RUS, "Russian forces", UKR, "Kyiv", "195", "asserted", date(2022, 2, 24), KYIV, 0.96),
        (2, "fighting", RUS, "Russian forces", UKR, "Ukrainian troops", "193", "asserted", date(2022, 2, 24), KHARKIV, 0.61),
    ]),
    (date(2022, 4, 22), "Isthmus Report", "Former Honduran president extradited to the United States", [
        "Former Honduran president extradited to the United States.",
        "Honduras extradited former president Juan Orlando Hernández to the United States on Thursday.",
        "US prosecutors accused Hernández of helping traffickers ship cocaine to New York.",
    ], [
        (1, "extradited", HND, "Honduras", JOH, "Juan Orlando Hernández", "174", "asserted", date(2022, 4, 21), TEGUCIGALPA, 0.9),
        (2, "accused", USJUD, "US prosecutors", JOH, "Hernández", "1121", "asserted", date(2022, 4, 21), NEW_YORK, 0.92),
    ]),
    (date(2023, 3, 27), "Gulf Wire", "Honduras switches recognition from Taiwan to China", [
        "Honduras switches recognition from Taiwan to China.",
        "Honduras established diplomatic relations with China on Sunday and cut its ties with Taiwan.",
        "The United States criticised the move but did not impose sanctions on Honduras.",
    ], [
        (1, "established", HND, "Honduras", CHN, "China", "046", "asserted", date(2023, 3, 26), BEIJING, 0.86),
        (1, "cut", HND, "Honduras", TWN, "Taiwan", "161", "asserted", date(2023, 3, 26), TEGUCIGALPA, 0.83),
        (2, "criticised", USA, "The United States", HND, "the move", "111", "asserted", date(2023, 3, 26), WASHINGTON, 0.71),
        (2, "impose", USA, "The United States", HND, "Honduras", "163", "negated", date(2023, 3, 26), WASHINGTON, 0.75),
    ]),
    (date(2024, 3, 9), "Border Ledger", "Hernández convicted in New York", [
        "Hernández convicted in New York.",
        "A federal jury in New York convicted Juan Orlando Hernández of drug trafficking on Friday.",
    ], [
        (1, "convicted", USJUD, "A federal jury", JOH, "Juan Orlando Hernández", "173", "asserted", date(2024, 3, 8), NEW_YORK, 0.9),
    ]),
    (date(2024, 8, 29), "Isthmus Report", "Castro ends extradition treaty with the United States", [
        "Castro ends extradition treaty with the United States.",
        "The US ambassador criticised Honduran officials for meeting Venezuela's defence minister.",
        "President Xiomara Castro responded by ending the extradition treaty with the United States.",
    ], [
        (1, "criticised", USA, "The US ambassador", HND, "Honduran officials", "111", "asserted", date(2024, 8, 28), TEGUCIGALPA, 0.82),
        (2, "ending", CASTRO, "President Xiomara Castro", USA, "the United States", "161", "asserted", date(2024, 8, 28), TEGUCIGALPA, 0.87),
    ]),
    (date(2025, 1, 3), "Gulf Wire", "Castro warns US troops could leave Soto Cano", [
        "Castro warns US troops could leave Soto Cano.",
        "Castro said Honduras could expel the US military from Soto Cano Air Base if Washington carries out mass deportations.",
    ], [
        (1, "expel", CASTRO, "Castro", USMIL, "the US military", "174", "hypothetical", date(2025, 1, 2), SOTO_CANO, 0.78),
    ]),
    (date(2025, 11, 27), "Border Ledger", "Trump backs Asfura ahead of Honduran vote", [
        "Trump backs Asfura ahead of Honduran vote.",
        "Donald Trump endorsed Nasry Asfura for president of Honduras on Wednesday.",
        "Trump said the United States would cut aid to Honduras if Asfura lost.",
    ], [
        (1, "endorsed", TRUMP, "Donald Trump", ASFURA, "Nasry Asfura", "051", "asserted", date(2025, 11, 26), WASHINGTON, 0.9),
        (2, "cut", TRUMP, "Trump", HND, "Honduras", "1621", "hypothetical", date(2025, 11, 26), WASHINGTON, 0.81),
    ]),
    (date(2025, 12, 3), "Gulf Wire", "Trump pardons former Honduran president", [
        "Trump pardons former Honduran president.",
        "Trump pardoned Juan Orlando Hernández, who was released from a US prison on Monday.",
    ], [
        (1, "pardoned", TRUMP, "Trump", JOH, "Juan Orlando Hernández", "0841", "asserted", date(2025, 12, 1), WASHINGTON, 0.86),
    ]),
    (date(2026, 1, 28), "Isthmus Report", "Asfura promises security cooperation with Washington", [
        "Asfura promises security cooperation with Washington.",
        "Nasry Asfura promised on Tuesday to work with the United States against drug cartels and irregular migration.",
        "The US State Department welcomed the pledge.",
    ], [
        (1, "promised", ASFURA, "Nasry Asfura", USA, "the United States", "030", "future", date(2026, 1, 27), TEGUCIGALPA, 0.88),
        (2, "welcomed", STATE, "The US State Department", ASFURA, "the pledge", "051", "asserted", date(2026, 1, 27), WASHINGTON, 0.64),
    ]),
]  # fmt: skip


def _find(text: str, needle: str, start: int) -> int:
    at = text.find(needle, start)
    if at < 0:
        raise ValueError(f"{needle!r} is not in {text[start:]!r}")
    return at


def coded_articles() -> list[CodedArticle]:
    out = []
    for published, publisher, title, sents, events in ARTICLES:
        text = "\n\n".join(sents)
        article = Article.create(
            text, title=title, publisher=publisher, published=published, published_source="input",
            url=f"https://example.org/{published.isoformat()}/{title.lower().replace(' ', '-')[:40]}",
            origin="tests/web/demo_corpus.py",
        )  # fmt: skip
        sentences = []
        pos = 0
        for i, s in enumerate(sents):
            start = _find(text, s, pos)
            sentences.append(Sentence(i, start, start + len(s), s, boilerplate=s.startswith("Follow ")))
            pos = start + len(s)
        coded_events, mentions = [], {}
        for si, trig, src, src_text, tgt, tgt_text, cameo, stance, when, place, conf in events:
            sent = sentences[si]
            t0 = _find(text, trig, sent.start)
            refs = []
            for actor, surface in ((src, src_text), (tgt, tgt_text)):
                m0 = _find(text, surface, sent.start)
                ref = ActorRef(name=actor["name"], text=surface, code=actor["code"], country=actor["country"],
                               sector=actor["sector"], kb_id=actor["kb_id"], confidence=0.9)  # fmt: skip
                mentions[(m0, m0 + len(surface))] = ResolvedMention(
                    Mention(si, m0, m0 + len(surface), surface, "GPE" if actor["sector"] == "GOV" else "ORG"), ref
                )
                refs.append(ref)
            info = cameo_info(cameo)
            name, country, lat, lon, precision = place
            coded_events.append(
                Event(
                    article_id=article.article_id,
                    sentence_index=si,
                    sentence=sent.text,
                    trigger=Trigger(trig, t0, t0 + len(trig)),
                    source=refs[0],
                    target=refs[1],
                    plover_type=info.plover_type,
                    plover_mode=info.plover_mode,
                    plover_context=(info.plover_context,) if info.plover_context else (),
                    stance=stance,
                    cameo_code=cameo,
                    confidence=conf,
                    coder=CODER,
                    date=when,
                    date_precision="day",
                    date_source="text" if when != published else "published",
                    location=Location(name, country, lat, lon, precision=precision),
                    evidence=f"'{trig}' codes CAMEO {cameo} ({info.name}); {stance}",
                )
            )
        out.append(CodedArticle(article, tuple(sentences), tuple(mentions.values()), tuple(coded_events)))
    return out
