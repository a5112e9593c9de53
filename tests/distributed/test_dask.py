"""The Dask engine on a real local cluster (two worker processes on 127.0.0.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dyadwatch.distributed import run_distributed
from dyadwatch.distributed.runner import DIE_ONCE_ENV
from dyadwatch.models import Article
from dyadwatch.pipeline import Pipeline

pytestmark = [pytest.mark.distributed, pytest.mark.slow]

TEXTS = [
    ("Honduras pledged on Tuesday to work with the United States against MS-13.", "2018-02-21"),
    ("Mexico and Guatemala signed a border security agreement in Mexico City last week.", "2019-06-14"),
    ("Russian forces shelled the Ukrainian city of Kharkiv on Sunday, officials said.", "2022-03-07"),
    ("The European Union imposed sanctions on Belarusian officials on Monday.", "2021-06-22"),
    ("Colombia accused Venezuela of sheltering rebel commanders.", "2019-09-10"),
    ("China held military drills near Taiwan on Saturday.", "2023-04-09"),
    ("The United States sent humanitarian aid to Haiti after the earthquake.", "2021-08-17"),
    ("Protesters rallied outside the U.S. embassy in Tegucigalpa on Friday.", "2020-01-25"),
    ("Guatemala's president met the U.S. secretary of state in Washington on Wednesday.", "2024-03-28"),
]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, (text, published) in enumerate(TEXTS):
            fh.write(json.dumps({"id": f"t{i}", "text": text, "published": published}) + "\n")
        fh.write("{not json\n")
    return path


def _event_ids(out: Path) -> list[str]:
    return sorted(
        row
        for f in (out / "events").rglob("*.parquet")
        for row in pq.read_table(f, columns=["event_id"]).column(0).to_pylist()
    )


def _single_process_ids() -> list[str]:
    from datetime import date

    pipeline = Pipeline.build()
    articles = [Article.create(t, published=date.fromisoformat(p), published_source="input") for t, p in TEXTS]
    return sorted(e.event_id for c in pipeline.code(articles) for e in c.events)


def test_dask_output_equals_single_process_and_reruns_skip_finished_shards(small_corpus, tmp_path):
    out = tmp_path / "out"
    result = run_distributed([str(small_corpus)], out, n_workers=2, shard_size=2)
    assert result.shards == 5
    assert result.articles == len(TEXTS)
    assert len(result.failures) == 1 and ":10" in result.failures[0].origin  # the malformed line
    ids = _event_ids(out)
    assert ids, "no events were written"
    assert ids == _single_process_ids()
    assert len(ids) == len(set(ids))
    months = {p.name for p in (out / "events").iterdir()}
    assert "event_month=2018-02" in months or any(m.startswith("event_month=20") for m in months)

    again = run_distributed([str(small_corpus)], out, n_workers=2, shard_size=2)
    assert again.shards_skipped == again.shards == 5
    assert _event_ids(out) == ids


def test_a_worker_that_dies_mid_run_has_its_shard_redone_without_duplicates(small_corpus, tmp_path, monkeypatch):
    flag = tmp_path / "die-once"
    flag.write_text("x")
    monkeypatch.setenv(DIE_ONCE_ENV, str(flag))
    out = tmp_path / "out"
    result = run_distributed([str(small_corpus)], out, n_workers=2, shard_size=2)
    assert not flag.exists(), "no worker died: the test did not exercise the retry"
    assert result.articles == len(TEXTS)
    ids = _event_ids(out)
    assert ids == _single_process_ids()
    assert len(ids) == len(set(ids))
    assert len(list((out / "_done").glob("*.json"))) == 5


def test_the_store_ingests_the_parquet_output_once(small_corpus, tmp_path):
    from dyadwatch.store import Store

    out = tmp_path / "out"
    run_distributed([str(small_corpus)], out, n_workers=1, shard_size=4)
    with Store(tmp_path / "s.duckdb") as store:
        first = store.add_parquet(out)
        second = store.add_parquet(out)
        assert first.articles_added == len(TEXTS)
        assert second.articles_added == 0 and second.events == 0
        assert store.count_events() == len(_event_ids(out))
