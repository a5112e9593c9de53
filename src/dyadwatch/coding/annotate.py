"""Documents with hand-given actors: code a text against a small actor list of your own.

The actors stage resolves names against the project's knowledge base. To test the grammar of the
event coder on its own (or to code text about actors the knowledge base lacks, such as the fictional
countries of grammar test suites), :func:`annotate` parses a text with the sentences stage and marks
every occurrence of the given names as a resolved actor mention::

    doc = annotate("Arnor met Gondor.", {"Arnor": "ARN", "Gondor": "GON"})
    doc = PloverEventStage()(doc)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from dyadwatch.models import ActorRef, Article, Document, Mention, ResolvedMention


def _ref(name: str, spec: str | ActorRef, text: str) -> ActorRef:
    if isinstance(spec, ActorRef):
        return ActorRef(name=spec.name, text=text, code=spec.code, country=spec.country, sector=spec.sector,
                        kb_id=spec.kb_id, confidence=spec.confidence)  # fmt: skip
    return ActorRef(name=name, text=text, code=spec, country=spec[:3] if len(spec) >= 3 else None)


def annotate(
    text: str,
    actors: Mapping[str, str | ActorRef],
    *,
    published: date | None = None,
    persons: frozenset[str] = frozenset(),
) -> Document:
    """A parsed Document of ``text`` whose actors are the occurrences of the keys of ``actors``
    (longest names first; whole words). ``persons`` lists names that are people, so pronouns
    ("he") can refer to them."""
    from dyadwatch.stages.sentences import SpacySentences

    article = Article.create(text, published=published)
    doc = SpacySentences()(Document(article=article))
    taken: list[tuple[int, int]] = []
    found: list[ResolvedMention] = []
    for name in sorted(actors, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            index = next((s.index for s in doc.sentences if s.start <= m.start() < s.end), 0)
            label = "PERSON" if name in persons else "GPE"
            mention = Mention(sentence_index=index, start=m.start(), end=m.end(), text=m.group(0), label=label)
            found.append(ResolvedMention(mention=mention, actor=_ref(name, actors[name], m.group(0))))
    found.sort(key=lambda r: r.mention.start)
    return doc.evolve(actors=tuple(found), stages=(*doc.stages, "sentences.spacy.v1"))


__all__ = ["annotate"]
