from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors import ENV_VAR, knowledge_base
from dyadwatch.actors.loader import load_file
from dyadwatch.errors import KnowledgeBaseError


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


@pytest.mark.parametrize(
    ("text", "on", "code", "country", "sector"),
    [
        ("U.S. authorities", None, "USAGOV", "USA", "GOV"),
        ("Juan Orlando Hernández", date(2018, 2, 20), "HNDGOV", "HND", "GOV"),
        ("Juan Orlando Hernandez", date(2026, 2, 10), "HNDELI", "HND", "ELI"),
        ("Donald Trump", date(2018, 2, 21), "USAGOV", "USA", "GOV"),
        ("Donald Trump", date(2022, 6, 1), "USAELI", "USA", "ELI"),
        ("President Donald Trump", date(2026, 2, 10), "USAGOV", "USA", "GOV"),
        ("Nasry Asfura", date(2026, 2, 10), "HNDGOV", "HND", "GOV"),
        ("Marco rubio", date(2026, 2, 10), "USAGOV", "USA", "GOV"),
        ("Honduran officials", None, "HNDGOV", "HND", "GOV"),
        ("the Salvadoran army", None, "SLVMIL", "SLV", "MIL"),
        ("the government of Honduras", None, "HNDGOV", "HND", "GOV"),
        ("gang members", None, "CRM", None, "CRM"),
        ("migrants", None, "REF", None, "REF"),
        ("a Duke University professor", None, "USAEDU", "USA", "EDU"),
        ("the office of Honduran President Juan Orlando Hernández", date(2018, 2, 20), "HNDGOV", "HND", "GOV"),
        ("MS-13", None, "CRMMS13", None, "CRM"),
        ("Barrio 18", None, "CRMB18", None, "CRM"),
        ("Salon", None, "USAMED", "USA", "MED"),
        ("The Hill", None, "USAMED", "USA", "MED"),
        ("La Tribuna", None, "HNDMED", "HND", "MED"),
        ("the Daily Caller News Foundation", None, "USAMED", "USA", "MED"),
        ("U.N.", None, "IGOUNO", None, "IGO"),
        ("the White House", None, "USAGOV", "USA", "GOV"),
        ("Tegucigalpa", None, "HNDGOV", "HND", "GOV"),
        ("honduras'", None, "HND", "HND", None),
        ("Ivory Coast", None, "CIV", "CIV", None),
        ("Venezuelan officials", None, "VENGOV", "VEN", "GOV"),
        ("Security forces in Guinea", None, "GINCOP", "GIN", "COP"),
        ("Iraqi Kurds", None, "IRQCVL", "IRQ", "CVL"),
        ("Afganistan", None, "AFG", "AFG", None),
        ("Claudia Sheinbaum", date(2025, 3, 1), "MEXGOV", "MEX", "GOV"),
        ("Andrés Manuel López Obrador", date(2025, 3, 1), "MEXELI", "MEX", "ELI"),
        ("Lula", date(2020, 1, 1), "BRAOPP", "BRA", "OPP"),
        ("Lula", date(2024, 1, 1), "BRAGOV", "BRA", "GOV"),
        ("Kofi Annan", date(2003, 5, 1), "IGOUNO", None, "IGO"),
        # A span with several cues: the demonym names the country, not a party or a small town.
        ("Serbian Labour and Social Affairs Minister Zoran Djordjevic", date(2019, 1, 1), "SRBGOV", "SRB", "GOV"),
        ("British Labour leaders", None, "GBRPTY", "GBR", "PTY"),
        ("The Federal Minister of Finance", None, "GOV", None, "GOV"),
        ("Judge Baltasar Rivera", None, "JUD", None, "JUD"),
        ("Kirkuk police", None, "IRQCOP", "IRQ", "COP"),
        ("leaders of the opposition coalition", None, "OPP", None, "OPP"),
        ("the Israeli-occupied West Bank", None, "PSE", "PSE", None),
        ("Hutu rebels", None, "REB", None, "REB"),
        ("Soviet troops", None, "RUSMIL", "RUS", "MIL"),
        ("the Yugoslav army", None, "SRBMIL", "SRB", "MIL"),
        ("former dictator Idi Amin", date(1990, 1, 1), "UGAELI", "UGA", "ELI"),
        ("Idi Amin", date(1975, 1, 1), "UGAGOV", "UGA", "GOV"),
        ("Boko Haram", None, "NGAREB", "NGA", "REB"),
        ("humanitarian workers", None, "NGO", None, "NGO"),
        ("Qattar's emir", None, "QATGOV", "QAT", "GOV"),  # a slip in a short name, before a role word
    ],
)
def test_resolve(kb, text, on, code, country, sector):
    ref = kb.resolve(text, on=on)
    assert ref is not None, text
    assert (ref.code, ref.country, ref.sector) == (code, country, sector)
    assert ref.text == text
    assert 0 < ref.confidence <= 1


@pytest.mark.parametrize("text", ["Mar-a-Lago", "Virginia", "Palm Beach", "Central America", "us", "he", "a salon"])
def test_places_and_pronouns_are_not_actors(kb, text):
    assert kb.resolve(text) is None


def test_is_place(kb):
    assert kb.is_place("Mar-a-Lago")
    assert kb.is_place("Virginia")
    assert kb.is_place("Honduras")  # a country is where as well as who
    assert not kb.is_place("police")
    assert not kb.is_place("Marco Rubio")


def test_acronyms_are_case_sensitive(kb):
    assert kb.resolve("US").code == "USA"
    assert kb.resolve("UN").code == "IGOUNO"
    assert kb.resolve("un") is None


@pytest.mark.parametrize(
    ("text", "on", "kb_id"),
    [
        ("the President of the United States", date(2018, 2, 21), "usa.donald-trump"),
        ("the President of the United States", date(2022, 2, 21), "usa.joe-biden"),
        ("the U.S. secretary of state", date(2026, 2, 10), "usa.marco-rubio"),
        ("the Honduran president", date(2026, 2, 10), "hnd.nasry-asfura"),
        ("the Honduran president", date(2023, 2, 10), "hnd.xiomara-castro"),
        ("the British prime minister", date(2023, 2, 10), "gbr.rishi-sunak"),
    ],
)
def test_a_title_names_the_office_holder_at_the_date(kb, text, on, kb_id):
    assert kb.resolve(text, on=on).kb_id == kb_id


@pytest.mark.parametrize("text", ["the former Honduran president", "a US deputy secretary of state"])
def test_former_and_deputy_are_not_the_office_holder(kb, text):
    ref = kb.resolve(text, on=date(2026, 2, 10))
    assert ref.kb_id is None
    assert ref.country in ("HND", "USA")


def test_former_leader_sector(kb):
    assert kb.resolve("the former Honduran president", on=date(2026, 2, 10)).code == "HNDELI"


def test_role_at_follows_the_calendar(kb):
    trump = "usa.donald-trump"
    assert kb.role_at(trump, date(2017, 1, 19)).sector == "BUS"
    assert kb.role_at(trump, date(2017, 1, 20)).code == "USAGOV"
    assert kb.role_at(trump, date(2021, 1, 20)).code == "USAELI"
    assert kb.role_at(trump, date(2025, 1, 20)).code == "USAGOV"
    assert kb.role_at("no.such-id", date(2020, 1, 1)) is None


def test_surname_prefers_the_office_holder(kb):
    # Two Hernández entries: on a 2018 date the one in office wins.
    assert kb.resolve("Hernández", on=date(2018, 2, 20)).kb_id == "hnd.juan-orlando-hernandez"


def test_lookup_lists_every_candidate(kb):
    refs = kb.lookup("Hernández", on=date(2026, 2, 10))
    ids = {r.kb_id for r in refs}
    assert {"hnd.juan-orlando-hernandez", "hnd.tony-hernandez"} <= ids


def test_actors_lists_a_country(kb):
    refs = kb.actors(country="HND", on=date(2026, 2, 10))
    names = {r.name for r in refs}
    assert {"Nasry Asfura", "Honduras", "La Tribuna"} <= names
    assert all(r.country == "HND" or r.kb_id.startswith("hnd.") for r in refs)


def test_user_dictionary_overrides_shipped_entry(tmp_path: Path, monkeypatch):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- {id: med.the-hill, name: The Hill, kind: organisation, country: GBR, sector: MED}\n"
        "- {id: user.ana, name: Tegucigalpa Watch, kind: organisation, country: HND, sector: NGO}\n",
        encoding="utf-8",
    )
    kb = knowledge_base(extra_files=(extra,))
    assert kb.resolve("The Hill").code == "GBRMED"
    assert kb.resolve("Tegucigalpa Watch").code == "HNDNGO"
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert knowledge_base().resolve("Tegucigalpa Watch").code == "HNDNGO"
    monkeypatch.delenv(ENV_VAR)
    without = knowledge_base().resolve("Tegucigalpa Watch")
    assert without is None or without.code != "HNDNGO"


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("- {id: x, name: X, kind: planet}", "kind 'planet'"),
        ("- {id: x, name: X, kind: country}", "needs 'country'"),
        ("- {id: x, name: X, kind: organisation, country: Honduras}", "ISO 3166"),
        ("- {id: x, name: X, kind: organisation, sector: XYZ}", "sector 'XYZ'"),
        ("- {id: x, name: X, kind: person, roles: [{sector: GOV, start: 2020-01-01, end: 2019-01-01}]}", "ends"),
        ("- {id: x, name: X, kind: person, roles: [{sector: GOV, start: last year}]}", "YYYY-MM-DD"),
        ("- {id: x, name: X, kind: person, colour: red}", "unknown field"),
        ("- {name: X, kind: person}", "'id'"),
        ("- [unclosed", "not valid YAML"),
    ],
)
def test_schema_errors_name_file_entry_and_problem(tmp_path: Path, yaml_text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_file(path)
    message = str(info.value)
    assert str(path) in message
    assert problem in message
    if "id:" in yaml_text and "[unclosed" not in yaml_text:
        assert "entry 1 (x)" in message


def test_missing_user_file_says_what_to_check(tmp_path: Path):
    with pytest.raises(KnowledgeBaseError, match="--actors"):
        knowledge_base(extra_files=(tmp_path / "absent.yaml",))
