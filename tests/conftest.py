"""Fixtures named for what they hand you."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.models import ActorRef, Article, CodedArticle, Event, Sentence, Trigger

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "shared" in item.keywords and not SHARED.exists():
            item.add_marker(pytest.mark.skip(reason="../shared is absent (fresh clone without the eval sets)"))


@pytest.fixture
def seed_text() -> Callable[[str], str]:
    def read(name: str) -> str:
        path = SEEDS / name
        if not path.exists():
            pytest.skip(f"{path} is absent")
        return path.read_text(encoding="utf-8")

    return read


USA = ActorRef(name="United States", text="Washington", code="USAGOV", country="USA", sector="GOV", kb_id="country:USA")
HND = ActorRef(name="Honduras", text="Honduras", code="HNDGOV", country="HND", sector="GOV", kb_id="country:HND")
MEX = ActorRef(name="Mexico", text="Mexico", code="MEXGOV", country="MEX", sector="GOV", kb_id="country:MEX")


def make_coded(
    text: str,
    events: list[tuple[str, str, ActorRef | None, ActorRef | None, str, date]],
    published: date = date(2018, 2, 21),
) -> CodedArticle:
    """A coded article whose events are given as (trigger, cameo, source, target, stance, date)."""
    article = Article.create(text, published=published, published_source="input", origin="test")
    sentence = Sentence(0, 0, len(text), text)
    out = []
    for trig, cameo, src, tgt, stance, when in events:
        from dyadwatch.ontology import cameo_info

        info = cameo_info(cameo)
        start = text.index(trig)
        out.append(Event(
            article_id=article.article_id, sentence_index=0, sentence=text,
            trigger=Trigger(trig, start, start + len(trig)), source=src, target=tgt,
            plover_type=info.plover_type, plover_mode=info.plover_mode, plover_context=("diplomatic",),
            stance=stance, cameo_code=cameo, confidence=0.8, coder=("test.v1",), date=when,
            date_precision="day", date_source="text",
        ))  # fmt: skip
    return CodedArticle(article=article, sentences=(sentence,), actors=(), events=tuple(out))


@pytest.fixture
def coded_thread() -> list[CodedArticle]:
    """Three small coded articles about the United States and Honduras, and one about Mexico."""
    return [
        make_coded(
            "Washington threatened to cut aid to Honduras.",
            [("threatened", "1311", USA, HND, "asserted", date(2018, 2, 8))],
        ),
        make_coded(
            "Honduras pledged to work with Washington against gangs.",
            [("pledged", "0312", HND, USA, "asserted", date(2018, 2, 20))],
        ),
        make_coded(
            "Honduras and Washington met in Tegucigalpa.",
            [
                ("met", "040", HND, USA, "asserted", date(2018, 3, 14)),
                ("met", "040", USA, HND, "asserted", date(2018, 3, 14)),
            ],
        ),
        make_coded(
            "Mexico accused Washington of meddling.", [("accused", "112", MEX, USA, "asserted", date(2019, 5, 1))]
        ),
    ]


@pytest.fixture
def fresh_store(tmp_path: Path):
    from dyadwatch.store import Store

    with Store(tmp_path / "test.duckdb") as store:
        yield store
