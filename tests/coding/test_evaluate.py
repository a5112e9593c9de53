import json
from pathlib import Path

import pytest

from dyadwatch.coding.eval_gold import country_of, grammar_features, load_gold
from dyadwatch.coding.evaluate import evaluate, gold_labels, score
from dyadwatch.errors import InputError
from dyadwatch.models import ActorRef, CodedArticle, Event, Trigger
from dyadwatch.ontology import cameo_info

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"

PLOVER_ROWS = [
    {"id": "p1", "text": "Chilean police arrested three protest leaders in Santiago.", "event_code": "COERCE",
     "source_actor": [{"actorText": "Chilean", "code": "CHL", "sector": "COP"}], "target_actor": [],
     "date": "2000-01-01"},
    {"id": "p2", "text": "Peru condemned the Ecuadorean raid on its border posts.", "event_code": "DISAPPROVE",
     "source_actor": [{"actorText": "Peru", "code": "PER"}],
     "target_actor": [{"actorText": "Ecuadorean", "code": "ECU"}],
     "date": "2000-01-01"},
    {"id": "p3", "text": "Ecuadorean troops fired on Peruvian border posts.", "event_code": "FIGHT",
     "source_actor": [{"actorText": "Ecuadorean", "code": "ECU"}],
     "target_actor": [{"actorText": "Peruvian", "code": "PER"}],
     "date": "2000-01-01"},
]  # fmt: skip

PETRARCH_ROWS = [
    {"id": "g1", "text": "Norway sent 20 tonnes of medicine to Yemen on Monday.", "labels": ["0711"],
     "events": [{"source": "NOR", "target": "YEMGOV", "event_code": "0711"}], "date": "20080804"},
    {"id": "g2", "text": "Sweden's foreign minister said the weather in Stockholm was mild.", "labels": [],
     "events": [], "date": "20080804", "noevents": True},
    {"id": "g3", "text": "Estonia and Latvia welcomed the decision, officials said.", "labels": ["051"],
     "events": [{"source": "EST", "target": "---", "event_code": "051"},
                {"source": "LVA", "target": "---", "event_code": "051"}], "date": "20080805",
     "comments": ["Tests a compound source"], "category": "COMPOUND"},
    {"id": "g4", "text": "Gondor will contribute to Arnor, a senior official said.", "labels": ["903"],
     "events": [{"source": "GON", "target": "ARN", "event_code": "903"}], "date": "19950101"},
]  # fmt: skip


def _write(tmp_path: Path, name: str, rows: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _actor(country: str) -> ActorRef:
    return ActorRef(name=country, text=country, code=country, country=country)


def fake_coder(answers: dict[str, list[tuple[str, str | None, str | None, float]]]):
    """A coder that returns, for each sentence text, events (cameo, source country, target country, conf)."""

    def code(articles):
        for art in articles:
            events = []
            for cameo, src, tgt, conf in answers.get(art.text, []):
                info = cameo_info(cameo)
                events.append(Event(
                    article_id=art.article_id, sentence_index=0, sentence=art.text, trigger=Trigger("x", 0, 1),
                    source=_actor(src) if src else None, target=_actor(tgt) if tgt else None,
                    plover_type=info.plover_type, plover_mode=info.plover_mode, plover_context=(), stance="asserted",
                    cameo_code=cameo, confidence=conf,
                ))  # fmt: skip
            yield CodedArticle(article=art, sentences=(), actors=(), events=tuple(events))

    return code


def test_plover_gsr_legacy_names_are_mapped(tmp_path):
    items = load_gold(_write(tmp_path, "p.jsonl", PLOVER_ROWS))
    assert [i.plover for i in items] == [("COERCE",), ("ACCUSE",), ("ASSAULT",)]
    assert items[1].source_countries == ("PER",) and items[1].target_countries == ("ECU",)
    assert items[0].format == "plover_gsr"


def test_plover_scoring_counts_types_and_countries(tmp_path):
    items = load_gold(_write(tmp_path, "p.jsonl", PLOVER_ROWS))
    coder = fake_coder({
        PLOVER_ROWS[0]["text"]: [("173", "CHL", None, 0.9)],
        # two events: the highest-confidence one (ACCUSE) is the sentence's prediction
        PLOVER_ROWS[1]["text"]: [("190", "ECU", "PER", 0.4), ("112", "PER", "ECU", 0.8)],
        PLOVER_ROWS[2]["text"]: [("112", "PER", "PER", 0.7)],
    })  # fmt: skip
    report = evaluate(items, coder=coder)
    assert report.scheme == "plover"
    assert report.accuracy == pytest.approx(2 / 3, abs=1e-3)
    assert report.per_label["ASSAULT"]["recall"] == 0.0
    assert report.per_label["ACCUSE"]["precision"] == 0.5
    assert report.confusion["ASSAULT"] == {"ACCUSE": 1}
    assert report.source_country_accuracy == pytest.approx(2 / 3, abs=1e-3)  # p3's source is ECU, got PER
    assert report.target_country_accuracy == 1.0
    assert report.macro_f1 == pytest.approx((1 + 2 / 3 + 0) / 3, abs=1e-3)


def test_petrarch_cameo_scheme_and_no_event_rules(tmp_path):
    items = load_gold(_write(tmp_path, "g.jsonl", PETRARCH_ROWS))
    assert items[3].unscorable_codes == ("903",)
    assert gold_labels(items[3], "cameo") == ()  # private test-dictionary code: not scored
    assert "compound" in items[2].features
    coder = fake_coder({
        PETRARCH_ROWS[0]["text"]: [("073", "NOR", "YEM", 0.9)],
        PETRARCH_ROWS[1]["text"]: [("040", "SWE", None, 0.3)],  # a false event
    })  # fmt: skip
    report = evaluate(items, coder=coder)
    assert report.scheme == "cameo"
    assert report.cameo_root_accuracy == 0.5  # 07 right; 05 missed (no event -> "01")
    assert report.cameo_code_accuracy == 0.0  # 073 is not 071
    assert report.false_event_rate == 1.0 and report.n_no_event_items == 1
    assert report.unscorable == 1
    assert report.feature_pass_rates["compound"] == {"pass_rate": 0.0, "n": 1}
    assert report.source_country_accuracy == 0.5


def test_no_event_is_a_statement_under_pentaclass(tmp_path):
    rows = [
        {"id": "c1", "text": "The minister said the talks were useful.", "labels": ["0-Make a Statement"],
         "pentaclass": 0},
        {"id": "c2", "text": "Rebels shelled the town of Goma.", "labels": ["4-Material Conflict"], "pentaclass": 4},
        {"id": "c3", "text": "The two leaders will meet in Rome.", "labels": ["1-Verbal Cooperation"], "pentaclass": 1},
    ]  # fmt: skip
    items = load_gold(_write(tmp_path, "c.jsonl", rows))
    coder = fake_coder({rows[1]["text"]: [("194", None, None, 0.9)], rows[2]["text"]: [("020", None, None, 0.9)]})
    report = evaluate(items, coder=coder)
    assert report.scheme == "pentaclass"
    assert report.confusion == {"0": {"0": 1}, "1": {"0": 1}, "4": {"4": 1}}  # 020 is an appeal: class 0
    assert report.accuracy == pytest.approx(2 / 3, abs=1e-3)
    assert report.per_label["0"]["precision"] == 0.5


def test_score_rejects_unknown_scheme(tmp_path):
    items = load_gold(_write(tmp_path, "p.jsonl", PLOVER_ROWS))
    with pytest.raises(ValueError, match="scheme"):
        score(items, [], "quad")


def test_bad_gold_line_names_the_line(tmp_path):
    path = _write(tmp_path, "bad.jsonl", [PLOVER_ROWS[0], {"id": "x", "text": "no labels here"}])
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        load_gold(path)
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


@pytest.mark.parametrize(
    ("code", "country"),
    [("GUYJUD", "GUY"), ("USA", "USA"), ("IGOUNO", None), ("---GOV", None), ("JAP", "JPN"), (None, None)],
)
def test_country_of_actor_codes(code, country):
    assert country_of(code) == country


def test_grammar_features_from_comments_and_text():
    row = {
        "text": "Gondor was attacked by Arnor, the ministry said.",
        "category": "PASV",
        "comments": ["negated compound test"],
        "events": [{"source": "ARN", "target": "GON", "event_code": "190"}],
    }
    feats = grammar_features(row)
    assert {"passive", "reported_speech", "negation", "compound"} <= set(feats)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("folder", "n", "scheme"),
    [
        ("plover_gsr", 322, "plover"),
        ("conflibert_cameo_dev", 451, "pentaclass"),
        ("petrarch2_gigaword_gsr", 77, "cameo"),
        ("petrarch2_unittests", 284, "cameo"),
    ],
)
def test_shared_eval_sets_are_read(folder, n, scheme):
    items = load_gold(EVAL / folder / "gold.jsonl")
    assert len(items) == n
    scorable = [i for i in items if gold_labels(i, scheme)]
    assert len(scorable) >= 0.7 * n  # the unit tests use some private, non-CAMEO codes
