"""POST /ingest: off without a token, refuses wrong tokens, codes and stores posted articles."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dyadwatch.errors import PipelineError
from dyadwatch.models import Document, Sentence
from dyadwatch.pipeline import Pipeline, Stage
from dyadwatch.store import Store
from dyadwatch.web import create_app

TOKEN = "s3cret-token"
ARTICLE = {
    "text": "Honduras signed a security agreement with the United States on Tuesday. Both sides praised it.",
    "title": "Honduras and the United States sign a security pact",
    "publisher": "Gulf Wire",
    "published": "2024-05-14",
}


class LineSentences(Stage):
    """A tiny stand-in pipeline: one sentence per full stop, no model to load."""

    name = "test.sentences.v1"
    provides = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        out, start = [], 0
        for i, part in enumerate(doc.article.text.split(". ")):
            text = part if part.endswith(".") else part + "."
            at = doc.article.text.find(part, start)
            out.append(Sentence(i, at, at + len(text), text))
            start = at + len(part)
        return doc.evolve(sentences=tuple(out))


@pytest.fixture
def fresh_store(tmp_path):
    with Store(tmp_path / "ingest.duckdb") as store:
        yield store


def _client(store, token, pipeline=None, monkeypatch=None):
    app = create_app(store, ingest_token=token)
    app.state.pipeline = pipeline
    return TestClient(app)


def test_ingest_is_disabled_without_a_token(fresh_store, monkeypatch):
    monkeypatch.delenv("DYADWATCH_INGEST_TOKEN", raising=False)
    r = _client(fresh_store, None).post("/ingest", json=ARTICLE)
    assert r.status_code == 403 and "--ingest-token" in r.json()["error"]
    assert fresh_store.counts()["articles"] == 0


@pytest.mark.parametrize("header", [None, "Bearer wrong", "s3cret-token-but-longer"])
def test_ingest_refuses_a_wrong_token(fresh_store, header):
    headers = {"Authorization": header} if header else {}
    r = _client(fresh_store, TOKEN).post("/ingest", json=ARTICLE, headers=headers)
    assert r.status_code == 401 and "Authorization: Bearer" in r.json()["error"]
    assert fresh_store.counts()["articles"] == 0


def test_token_from_the_environment(fresh_store, monkeypatch):
    monkeypatch.setenv("DYADWATCH_INGEST_TOKEN", TOKEN)
    client = _client(fresh_store, None, Pipeline([LineSentences()]))
    r = client.post("/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["articles_added"] == 1


def test_ingest_stores_articles_once_and_reports_bad_ones(fresh_store):
    client = _client(fresh_store, TOKEN, Pipeline([LineSentences()]))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/ingest", json=[ARTICLE, {"title": "no text"}, {"text": "   "}], headers=auth)
    body = r.json()
    assert r.status_code == 200
    assert (body["received"], body["articles_added"], body["articles_skipped"]) == (3, 1, 0)
    assert [f["origin"] for f in body["failures"]] == ["POST /ingest:2", "POST /ingest:3"]
    assert "text" in body["failures"][0]["message"]
    stored = fresh_store.article(body["article_ids"][0])
    assert stored["title"] == ARTICLE["title"] and stored["published"].isoformat() == "2024-05-14"
    assert fresh_store.counts() == {"articles": 1, "sentences": 2, "actors": 0, "events": 0, "failures": 2}
    again = client.post("/ingest", json=ARTICLE, headers=auth).json()
    assert (again["articles_added"], again["articles_skipped"]) == (0, 1)


def test_ingest_rejects_a_body_that_is_not_json(fresh_store):
    client = _client(fresh_store, TOKEN, Pipeline([LineSentences()]))
    r = client.post("/ingest", content=b"Honduras signed", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "not JSON" in r.json()["error"]


@pytest.mark.slow
def test_ingest_codes_with_the_default_pipeline(fresh_store):
    try:
        Pipeline.build()
    except PipelineError as exc:
        pytest.skip(f"the default pipeline cannot be built here: {exc}")
    client = _client(fresh_store, TOKEN)
    r = client.post("/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    assert r.json()["articles_added"] == 1 and not r.json()["failures"]
    events = client.get("/events?dyad=USA,HND").json()["events"]
    assert events, "the default pipeline found no USA–HND event in a plain agreement sentence"
    assert events[0]["article_id"] == r.json()["article_ids"][0]
