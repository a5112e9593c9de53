"""The demo store: the bundled example corpus, coded with the default pipeline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from dyadwatch.store import Store


def build_demo_store(path: str | Path) -> Store:
    """Code ``dyadwatch/data/examples`` into the store at ``path`` (articles stored already are
    skipped, so this is cheap to repeat) and return it open for writing."""
    from dyadwatch.models import Article, Failure
    from dyadwatch.pipeline import Pipeline
    from dyadwatch.readers import read_inputs

    examples = resources.files("dyadwatch").joinpath("data/examples")
    store = Store(path)
    items = list(read_inputs([str(examples)]))
    articles = [a for a in items if isinstance(a, Article) and not store.has_article(a.article_id)]
    failures = [f for f in items if isinstance(f, Failure)]
    if articles:

        def keep(failure: Failure, error: BaseException) -> None:
            failures.append(failure)

        store.add_coded(list(Pipeline.build().code(articles, on_error=keep)))
    store.add_failures(failures)
    return store
