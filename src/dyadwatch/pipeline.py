"""The coding pipeline: named, versioned stages that each turn a Document into a richer one.

A stage is a small class registered under a versioned name (``events.plover.v3``) with the
Document fields it ``requires`` and ``provides``. :class:`Pipeline` checks the wiring when it is
built and fails naming the stage whose requirement nothing before it provides. Every event
records the names of the stages that made it (``Event.coder``).

The pipeline needs no store: :meth:`Pipeline.code` turns Articles into CodedArticles in any
process (the distributed runner calls it inside Dask workers).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from dyadwatch import registry
from dyadwatch.errors import PipelineError, StageError
from dyadwatch.models import Article, CodedArticle, Document, Failure

DEFAULT_STAGES: tuple[str, ...] = (
    "sentences.spacy.v1",
    "mentions.spacy.v2",
    "actors.kb.v2",
    "events.plover.v3",
    "dates.v1",
    "actors.dated.v3",
    "places.v3",
    "roles.place.v2",
)


class Stage:
    """Base class of pipeline stages: settings in ``__init__``, work in ``__call__``.

    Subclasses set ``name`` (the registered, versioned name), ``requires`` and ``provides``
    (Document field names such as ``"sentences"`` or ``"events.date"``). A stage that can work
    faster on a batch overrides :meth:`pipe`.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, docs: Sequence[Document]) -> list[Document]:
        return [self(doc) for doc in docs]


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Class decorator: register a Stage subclass under its ``name``."""
    if not cls.name:
        raise PipelineError(f"stage class {cls.__name__} has no name")
    registry.stages.register(cls.name)(cls)
    return cls


def _import_builtin_stages() -> None:
    # Importing the modules registers the built-in stages, as a plugin's entry point would.
    import dyadwatch.stages  # noqa: F401


ErrorHandler = Callable[[Failure, BaseException], None]


def raise_error(failure: Failure, error: BaseException) -> None:
    raise error


# Short enough to cost nothing, varied enough that every lazily loaded model is needed: names, a
# place, an event with a lexicon trigger and a sentence without one (which consults the classifier).
_WARM_UP_TEXT = (
    "Leaders meet in Paris\n"
    "The president of France met the foreign minister of Brazil in Paris on Monday and promised aid.\n"
    "Troops remained on alert near the border with Belgium."
)


class Pipeline:
    """An ordered, checked list of stages.

    ``Pipeline.build()`` gives the default pipeline; ``Pipeline.build(["sentences.spacy.v1", ...])``
    any other. ``options`` maps a stage name to keyword arguments for its constructor.
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)
        self.check()
        # Seconds spent in each stage by code(), for the throughput benchmark.
        self.timings: dict[str, float] = {stage.name: 0.0 for stage in self.stages}

    @classmethod
    def build(cls, names: Sequence[str] | None = None, options: dict[str, dict[str, Any]] | None = None) -> Pipeline:
        _import_builtin_stages()
        # One math thread per process: the pipeline scales with processes, not threads.
        from dyadwatch.nlp import limit_threads

        limit_threads()
        options = options or {}
        stages = [registry.stages.get(name)(**options.get(name, {})) for name in (names or DEFAULT_STAGES)]
        return cls(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def check(self) -> None:
        """Fail, naming the stage, if a stage requires a field no earlier stage provides."""
        available: set[str] = {"article"}
        for stage in self.stages:
            missing = [req for req in stage.requires if req not in available]
            if missing:
                before = ", ".join(s.name for s in self.stages[: self.stages.index(stage)]) or "nothing"
                raise PipelineError(
                    f"stage {stage.name} requires {', '.join(missing)}, which no stage before it provides "
                    f"(before it: {before}); add a stage that provides it earlier in the pipeline"
                )
            available.update(stage.provides)

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:
                raise StageError(stage.name, doc.article.origin or doc.article.article_id, exc) from exc
            doc = replace(doc, stages=(*doc.stages, stage.name))
        return doc

    def warm_up(self) -> float:
        """Code a short built-in article so that every model the stages load lazily (the parse,
        the knowledge base, the gazetteer, the classifier) is in memory before real work arrives;
        returns the seconds it took. Lets a worker pool or a benchmark keep start-up apart from coding."""
        started = time.perf_counter()
        before = dict(self.timings)
        list(self.code([Article.create(_WARM_UP_TEXT, origin="warm-up")], on_error=lambda _f, _e: None))
        self.timings = before
        return time.perf_counter() - started

    def code_article(self, article: Article) -> CodedArticle:
        return _coded(self.run(Document(article=article)), self.names)

    def code(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = 32,
        on_error: ErrorHandler = raise_error,
    ) -> Iterator[CodedArticle]:
        """Code articles in batches. Each stage sees a whole batch (so spaCy can ``pipe`` it);
        an article that fails in a stage is handed to ``on_error`` and dropped from the batch,
        and the rest go on."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch, on_error)
                batch = []
        if batch:
            yield from self._code_batch(batch, on_error)

    def _code_batch(self, articles: list[Article], on_error: ErrorHandler) -> Iterator[CodedArticle]:
        docs = [Document(article=a) for a in articles]
        for stage in self.stages:
            started = time.perf_counter()
            try:
                done = stage.pipe(docs)
            except Exception:
                done = []
                for doc in docs:
                    try:
                        done.append(stage(doc))
                    except Exception as exc:
                        origin = doc.article.origin or doc.article.article_id
                        error = StageError(stage.name, origin, exc)
                        on_error(Failure(origin=origin, message=str(error), stage=stage.name), error)
            docs = [replace(d, stages=(*d.stages, stage.name)) for d in done]
            self.timings[stage.name] += time.perf_counter() - started
        for doc in docs:
            yield _coded(doc, self.names)


def _coded(doc: Document, names: tuple[str, ...]) -> CodedArticle:
    events = tuple(replace(e, coder=names) for e in doc.events)
    return CodedArticle(article=doc.article, sentences=doc.sentences, actors=doc.actors, events=events)
