import pytest

from dyadwatch.coding import classifier as clf
from dyadwatch.coding import typing as typing_
from dyadwatch.coding.typing import TypeDecision, choose, decide, decision_for_code


def test_statement_codes_are_not_plover_events():
    assert decision_for_code("010", 0.9) is None
    assert decision_for_code("016", 0.9) is None
    assert decision_for_code("999", 0.9) is None
    d = decision_for_code("1311", 0.7)
    assert d == TypeDecision("1311", "THREATEN", d.plover_mode, 0.7)


def test_probability_mass_is_summed_per_type():
    # 0.2 + 0.2 of ASSAULT outweighs 0.35 of ACCUSE; the code is the best one inside the type.
    d = choose({"190": 0.22, "193": 0.18, "112": 0.35, "NONE": 0.25}, [])
    assert d.plover_type == "ASSAULT" and d.cameo_code == "190"
    assert d.confidence == pytest.approx(0.4)


def test_no_event_wins_when_it_has_most_mass():
    assert choose({"NONE": 0.6, "040": 0.3, "190": 0.1}, []) is None


def test_lexicon_candidates_tip_a_close_call():
    scores = {"NONE": 0.4, "138": 0.3, "040": 0.3}
    assert choose(scores, []) is None
    d = choose(scores, ["138"])
    assert d.plover_type == "THREATEN" and d.cameo_code == "138"


def test_a_more_specific_candidate_keeps_its_fourth_digit():
    d = choose({"131": 0.7, "NONE": 0.3}, ["1311"])
    assert d.cameo_code == "1311" and d.plover_type == "THREATEN"


def test_fallback_without_a_model_uses_the_first_event_candidate(monkeypatch):
    monkeypatch.setattr(clf, "load_classifier", lambda backend=None: None)
    d = decide("Trump threatened to cut aid.", "Trump threatened to cut aid", "threaten", ["010", "138"])
    assert d.plover_type == "THREATEN" and d.confidence == typing_.FALLBACK_CONFIDENCE
    assert decide("He said so.", "He said so", "say", []) is None


@pytest.fixture(scope="module")
def sparse_model():
    model = clf.load_classifier("sparse")
    assert model is not None, "no event_type_sparse.npz shipped: run scripts/train_classifier.py"
    return model


CLEAR_CASES = [
    ("Government troops attacked rebel positions near the town of Kismayo on Sunday, killing 14 fighters.",
     "Government troops attacked rebel positions near the town of Kismayo on Sunday", "attack", "ASSAULT"),
    ("Police in Lagos arrested 23 people suspected of kidnapping schoolchildren, a spokesman said.",
     "Police in Lagos arrested 23 people suspected of kidnapping schoolchildren", "arrest", "COERCE"),
    ("Japan and South Korea agreed on Friday to resume talks on their maritime border.",
     "Japan and South Korea agreed on Friday to resume talks on their maritime border", "agree", "AGREE"),
    ("The Philippine foreign minister met his Chinese counterpart in Manila on Tuesday.",
     "The Philippine foreign minister met his Chinese counterpart in Manila on Tuesday", "meet", "CONSULT"),
    ("Thousands of teachers marched through Nairobi to demand higher pay.",
     "Thousands of teachers marched through Nairobi to demand higher pay", "march", "PROTEST"),
    ("Venezuela accused Colombia of harbouring armed groups along their border.",
     "Venezuela accused Colombia of harbouring armed groups along their border", "accuse", "ACCUSE"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "clause", "lemma", "ptype"), CLEAR_CASES)
def test_trained_model_types_clear_news_sentences(sparse_model, sentence, clause, lemma, ptype):
    scores = sparse_model.scores(sentence, clause, lemma)
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-4)
    d = choose(scores, [])
    assert d is not None and d.plover_type == ptype, (d, sorted(scores.items(), key=lambda kv: -kv[1])[:4])


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The economy grew 2.1 percent in the third quarter, the statistics office said.", "grow"),
        ("Honduras is one of the poorest countries in the Americas.", "be"),
    ],
)
def test_trained_model_finds_no_event_in_background(sparse_model, sentence, lemma):
    assert choose(sparse_model.scores(sentence, sentence, lemma), []) is None


def test_head_round_trips_through_npz(tmp_path, sparse_model):
    path = tmp_path / "head.npz"
    sparse_model.head.save(path)
    again = clf.Head.load(path)
    assert again.labels == sparse_model.head.labels
    a = clf.Classifier(again).scores("Rebels shelled the city.", "Rebels shelled the city", "shell")
    b = sparse_model.scores("Rebels shelled the city.", "Rebels shelled the city", "shell")
    assert max(abs(a[k] - b[k]) for k in a) < 1e-3


@pytest.mark.slow
def test_dense_head_when_embeddings_are_installed():
    pytest.importorskip("sentence_transformers")
    model = clf.load_classifier("dense")
    assert model is not None and model.uses_embeddings
    sentence, clause, lemma, ptype = CLEAR_CASES[0]
    d = choose(model.scores(sentence, clause, lemma), ["190"])
    assert d.plover_type == ptype


def test_fast_single_row_path_matches_the_batch_path(sparse_model):
    rows = [(s, c, lemma) for s, c, lemma, _ in CLEAR_CASES]
    batch = sparse_model.scores_many(rows)
    for row, p in zip(rows, batch, strict=True):
        one = sparse_model.scores(*row)
        assert max(abs(one[label] - q) for label, q in zip(sparse_model.head.labels, p, strict=True)) < 1e-5
