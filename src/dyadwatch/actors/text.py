"""Tokenising and normalising names so that "Juan Orlando Hernandez", "Juan Orlando Hernández" and
"honduras'" find the same entries as the data files' spellings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word: letters/digits joined by inner dots, hyphens or apostrophes ("U.S.", "MS-13", "Mar-a-Lago").
_TOKEN = re.compile(r"[^\W_]+(?:[.\-'’][^\W_]+)*\.?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")

PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "it",
        "its",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)
DETERMINERS = frozenset(["the", "a", "an"])


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    token = _POSSESSIVE.sub("", token.replace("’", "'"))
    token = unicodedata.normalize("NFKD", token)
    token = "".join(c for c in token if not unicodedata.combining(c))
    return token.replace(".", "").replace("'", "").lower()


def key(text: str) -> str:
    """The index key of a name: accent-free, lower-case, dot-free tokens without a leading article."""
    parts = [norm_token(t) for t in tokens(text)]
    if parts and parts[0] in DETERMINERS:
        parts = parts[1:]
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=65536)
def acronym(token: str) -> str | None:
    """ "U.S." -> "US" when the token is an upper-case acronym of 2-4 letters, else None.

    Acronyms are matched case-sensitively so that the pronoun "us" never becomes the United States."""
    bare = _POSSESSIVE.sub("", token.replace("’", "'")).replace(".", "")
    if 2 <= len(bare) <= 4 and bare.isalpha() and bare.isupper():
        return bare
    return None
