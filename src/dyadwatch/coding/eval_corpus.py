"""The project's own labelled corpus (``corpus/events/*.jsonl``) as type decisions.

Used by ``scripts/train_classifier.py`` (training on ``split == "train"``) and by the quality gate
(``tests/test_quality_gate.py``, measuring on ``split == "dev"``), so both see a sentence exactly
as the events stage would present it: the trigger token (the head of the corpus' ``trigger``
span), its lemma, and its clause (the trigger's subtree; a noun trigger's governing verb's
subtree, as ``coding/frames.py`` builds it).
"""

from __future__ import annotations

import json
from pathlib import Path

from dyadwatch.coding.typing import NO_EVENT
from dyadwatch.ontology import PLOVER_TYPES, cameo_table

REPO_CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "events"


def load_corpus(folder: Path = REPO_CORPUS) -> list[dict]:
    """Every labelled row, sorted by id, without repeated sentences (a repeat would leak between
    splits)."""
    rows = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    row = json.loads(line)
                    row.setdefault("id", f"{path.stem}-{n}")
                    rows.append(row)
    rows.sort(key=lambda r: str(r["id"]))
    seen: set[str] = set()
    unique = []
    for r in rows:
        key = " ".join(r["text"].split()).lower()
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def label_of(row: dict) -> str | None:
    """The classifier label of a corpus row: its 3-digit CAMEO code, NONE, or None (unusable)."""
    ptype = (row.get("plover_type") or "NONE").upper()
    if ptype == "NONE":
        return NO_EVENT
    code = str(row.get("cameo") or "")
    if len(code) == 2:
        code += "0"
    code = code[:3]
    info = cameo_table().get(code)
    if info is None or info.plover_type not in PLOVER_TYPES:
        return None
    return code


def clause_of(doc, tok) -> str:
    """The clause the events stage passes for a trigger token (mirrors coding/frames.py)."""
    sub = list(tok.subtree)
    clause = doc[sub[0].i : sub[-1].i + 1].text
    if tok.pos_ != "VERB":
        head = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        sub = list(head.subtree)
        clause = doc[sub[0].i : sub[-1].i + 1].text
    return clause


def trigger_lexicon():
    """The events stage's trigger lexicon, or None if it cannot be loaded."""
    try:
        from dyadwatch.coding.lexicon import lexicon

        return lexicon()
    except Exception:
        return None


def decisions(rows: list[dict]) -> list[tuple[str, str, str]]:
    """(sentence, clause, trigger lemma) of every row. A row with no trigger (no event) uses its
    first lexicon word, else its root: that is what the stage would ask about."""
    from dyadwatch.nlp import load_spacy

    nlp = load_spacy()
    lex = trigger_lexicon()
    out = []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        text = row["text"]
        trig = row.get("trigger") or ""
        tok = None
        if trig and trig in text:
            start = text.index(trig)
            span = doc.char_span(start, start + len(trig), alignment_mode="expand")
            if span is not None and len(span):
                tok = span.root
                verbs = [t for t in span if t.pos_ == "VERB"]
                if tok.pos_ not in ("VERB", "NOUN") and verbs:
                    tok = verbs[0]
        if tok is None and lex is not None:
            tok = next((t for t in doc if (t.pos_ == "VERB" and lex.verb(t.lemma_)) or
                        (t.pos_ == "NOUN" and lex.noun(t.lemma_))), None)  # fmt: skip
        if tok is None:
            tok = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
        out.append((text, clause_of(doc, tok), tok.lemma_.lower()))
    return out


def candidates_for(lemma: str, lex) -> list[str]:
    """Lexicon candidates for a trigger lemma, approximating what the events stage proposes."""
    if lex is None:
        return []
    cands: list[str] = []
    fixed = {"threat": "130", "promise": "030", "request": "020", "refuse": "120"}
    kind = lex.frame(lemma)
    if kind in fixed:
        cands.append(fixed[kind])
    for entry in (lex.verb(lemma), lex.noun(lemma)):
        if entry is not None:
            cands.extend(c for c in entry.codes if c not in cands)
    return cands


__all__ = ["REPO_CORPUS", "candidates_for", "clause_of", "decisions", "label_of", "load_corpus", "trigger_lexicon"]
