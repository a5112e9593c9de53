from __future__ import annotations

import pytest

from dyadwatch import registry
from dyadwatch.errors import PipelineError, StageError
from dyadwatch.models import Article, Document, Failure
from dyadwatch.pipeline import DEFAULT_STAGES, Pipeline, Stage


class _NeedsEvents(Stage):
    name = "test.needs_events.v1"
    requires = ("events",)
    provides = ("events.checked",)

    def __call__(self, doc: Document) -> Document:
        return doc


class _Boom(Stage):
    name = "test.boom.v1"
    requires = ("sentences",)
    provides = ("events",)

    def __call__(self, doc: Document) -> Document:
        if "explode" in doc.article.text:
            raise ValueError("cannot code this")
        return doc.evolve(notes={"seen": True})


def test_building_fails_naming_the_stage_whose_requirement_is_missing():
    sentences = Pipeline.build(["sentences.spacy.v1"]).stages[0]
    with pytest.raises(PipelineError, match=r"test\.needs_events\.v1 requires events"):
        Pipeline([sentences, _NeedsEvents()])


def test_unknown_stage_names_the_registered_ones():
    with pytest.raises(PipelineError, match=r"no stages named 'events\.nope\.v9'.*sentences\.spacy\.v1"):
        Pipeline.build(["sentences.spacy.v1", "events.nope.v9"])


def test_default_pipeline_is_wired_in_the_documented_order():
    pipeline = Pipeline.build()
    names = pipeline.names
    assert names[0] == "sentences.spacy.v1"
    assert [n for n in names if n in DEFAULT_STAGES] == list(DEFAULT_STAGES)


def test_registering_a_name_twice_with_another_class_fails():
    Pipeline.build(["sentences.spacy.v1"])  # the built-in stages are registered
    with pytest.raises(PipelineError, match="registered twice"):
        registry.stages.register("sentences.spacy.v1")(_Boom)


def test_a_failing_article_goes_to_the_error_handler_and_the_batch_goes_on():
    pipeline = Pipeline([Pipeline.build(["sentences.spacy.v1"]).stages[0], _Boom()])
    articles = [
        Article.create(t, origin=f"doc{i}")
        for i, t in enumerate(["Honduras met Mexico.", "This one will explode.", "Peru thanked Chile."])
    ]
    failures: list[Failure] = []
    coded = list(pipeline.code(articles, on_error=lambda f, e: failures.append(f)))
    assert [c.article.origin for c in coded] == ["doc0", "doc2"]
    assert len(failures) == 1
    assert failures[0].origin == "doc1"
    assert failures[0].stage == "test.boom.v1"
    assert "cannot code this" in failures[0].message


def test_run_raises_stage_error_naming_stage_and_input():
    pipeline = Pipeline([Pipeline.build(["sentences.spacy.v1"]).stages[0], _Boom()])
    with pytest.raises(StageError, match=r"doc9: stage test\.boom\.v1 failed"):
        pipeline.run(Document(article=Article.create("It will explode.", origin="doc9")))


def test_events_record_the_stages_that_made_them():
    pipeline = Pipeline.build()
    text = "Mexico and the United States signed a migration agreement in Mexico City on Monday."
    coded = pipeline.code_article(Article.create(text))
    assert coded.events, "the coder found no event in a plain agreement sentence"
    assert all(e.coder == pipeline.names for e in coded.events)
