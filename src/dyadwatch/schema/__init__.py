"""The JSON Schema of the public event record, and a validator for it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("event.schema.json").read_text(encoding="utf-8"))


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``record`` breaks the event contract."""
    import jsonschema

    jsonschema.validate(record, event_schema())
