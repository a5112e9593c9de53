import pytest

from dyadwatch.coding.contexts import CONTEXT_STEMS, MAX_CONTEXTS, context_hits, contexts_for
from dyadwatch.ontology import PLOVER_CONTEXTS


def test_every_plover_context_has_keywords():
    assert set(CONTEXT_STEMS) == set(PLOVER_CONTEXTS)
    assert all(CONTEXT_STEMS[c] for c in PLOVER_CONTEXTS)


@pytest.mark.parametrize(
    ("sentence", "ptype", "expected"),
    [
        ("Russian troops shelled the outskirts of Kharkiv overnight, the army said.", "ASSAULT", {"military"}),
        ("Police in San Pedro Sula arrested 12 suspected MS-13 gang members on Tuesday.", "COERCE", {"crime"}),
        ("Donald Trump threatened to cut aid to Honduras if Nasry Asfura lost the election.", "THREATEN", {"election"}),
        ("The European Union imposed new tariffs on Chinese steel imports.", "SANCTION", {"economic"}),
        ("Iran agreed to allow IAEA inspectors to visit its uranium enrichment sites.", "AGREE", {"cbrn"}),
        (
            "Mexico pledged to stop Central American migrants at its southern border.",
            "AGREE",
            {"migration", "territory"},
        ),
        (
            "A court in Guatemala convicted the former president of corruption and bribery.",
            "SANCTION",
            {"legal", "corruption"},
        ),
        ("Hackers linked to North Korea breached the central bank's network.", "ASSAULT", {"cyber"}),
        ("The WHO sent vaccines to Congo to contain the Ebola outbreak.", "AID", {"health"}),
        ("Colombian police seized four tonnes of cocaine bound for the United States.", "COERCE", {"illegal_drugs"}),
        ("Thousands of women marched in Buenos Aires demanding legal abortion.", "PROTEST", {"gender"}),
        ("The government sent troops to the capital.", "MOBILIZE", {"military"}),
    ],
)
def test_sentence_keywords_give_contexts(sentence, ptype, expected):
    got = contexts_for(sentence, ptype)
    assert expected <= set(got), got
    assert all(c in PLOVER_CONTEXTS for c in got)


def test_word_boundaries_avoid_false_hits():
    # "war" must not fire inside "award" or "warning", nor "un" inside "until".
    assert "military" not in context_hits("She received an award until Friday and a warning.")
    assert "diplomatic" not in context_hits("She stayed until Friday.")


def test_a_sentence_without_topic_takes_the_article_topic():
    article = (
        "Migrants crossed the border. The migration wave grew. Officials counted migrants. Deportation flights resumed."
    )
    assert contexts_for("The two leaders met on Tuesday.", "CONSULT", article) == ("migration",)
    # Without the article, no context is invented.
    assert contexts_for("The two leaders met on Tuesday.", "CONSULT") == ()


def test_article_topic_needs_several_mentions():
    assert contexts_for("The two leaders met on Tuesday.", "CONSULT", "One migrant was there.") == ()


def test_at_most_max_contexts_in_manual_order():
    sentence = (
        "Troops, police, judges, lawmakers, voters, migrants, refugees and hackers joined a protest "
        "over corruption, oil and drugs."
    )
    got = contexts_for(sentence, "PROTEST")
    assert 0 < len(got) <= MAX_CONTEXTS
    assert list(got) == [c for c in PLOVER_CONTEXTS if c in got]
