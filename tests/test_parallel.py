"""Coding in worker processes: the same result as one process, one math thread per process."""

from __future__ import annotations

import os
import sys

import pytest

from dyadwatch.models import Article
from dyadwatch.nlp import limit_threads
from dyadwatch.parallel import code_parallel, start_pool
from dyadwatch.pipeline import Pipeline

STAGES = ("sentences.spacy.v1", "mentions.spacy.v2")
TEXTS = [
    "Honduras pledged on Tuesday to work with the United States against MS-13.\nOfficials met in Tegucigalpa.",
    "Mexico and Guatemala signed a border security agreement in Mexico City last week.",
    "Russian forces shelled the Ukrainian city of Kharkiv on Sunday, officials said.",
    "The European Union imposed sanctions on Belarusian officials on Monday.",
    "Colombia accused Venezuela of sheltering rebel commanders. Caracas denied it.",
]


def test_limit_threads_defaults_to_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        monkeypatch.delenv(var, raising=False)
    assert limit_threads() == 1
    assert os.environ["OMP_NUM_THREADS"] == "1"
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    if "torch" in sys.modules:
        assert sys.modules["torch"].get_num_threads() == 1


def test_limit_threads_keeps_the_users_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert limit_threads() == 3
    assert os.environ["OMP_NUM_THREADS"] == "3"
    # Unreadable: one thread. This also leaves a loaded torch on one thread for the tests after this one.
    monkeypatch.setenv("OMP_NUM_THREADS", "not-a-number")
    assert limit_threads() == 1


def test_warm_up_loads_models_without_counting_in_timings() -> None:
    pipeline = Pipeline.build(list(STAGES))
    seconds = pipeline.warm_up()
    assert seconds > 0
    assert set(pipeline.timings.values()) == {0.0}
    coded = list(pipeline.code([Article.create(TEXTS[0])]))
    assert coded[0].sentences and pipeline.timings["sentences.spacy.v1"] > 0


@pytest.mark.slow
def test_a_warm_pool_codes_like_one_process() -> None:
    articles = [Article.create(t, origin=f"t{i}") for i, t in enumerate(TEXTS)]
    expected = list(Pipeline.build(list(STAGES)).code(articles))
    with start_pool(2, STAGES) as pool:
        got = list(code_parallel(articles, workers=2, batch_size=2, stage_names=STAGES, pool=pool))
        # The pool stays usable for a second corpus.
        again = list(code_parallel(articles[:2], workers=2, batch_size=1, pool=pool))
    assert [c.article.article_id for c in got] == [a.article_id for a in articles]
    assert [c.sentences for c in got] == [c.sentences for c in expected]
    assert [c.sentences for c in again] == [c.sentences for c in expected[:2]]


@pytest.mark.slow
def test_code_parallel_without_a_pool_starts_its_own() -> None:
    articles = [Article.create(t) for t in TEXTS[:3]]
    got = list(code_parallel(articles, workers=2, batch_size=1, stage_names=STAGES))
    expected = list(Pipeline.build(list(STAGES)).code(articles))
    assert [c.sentences for c in got] == [c.sentences for c in expected]
