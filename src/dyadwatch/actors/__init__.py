"""Actors: who did what to whom.

:func:`knowledge_base` gives the process-wide :class:`ActorKB`, built from the YAML files shipped in
``dyadwatch/actors/data/`` plus the user's own dictionaries (YAML in the same format, or
CAMEO/PETRARCH ``.txt`` actor dictionaries), which override shipped entries with the same id or name::

    from datetime import date
    from dyadwatch.actors import knowledge_base

    kb = knowledge_base()
    kb.resolve("U.S. authorities")                                  # USAGOV
    kb.resolve("Juan Orlando Hernández", on=date(2018, 2, 20))      # HNDGOV (president)
    kb.resolve("Juan Orlando Hernández", on=date(2026, 2, 10))      # HNDELI (former president)
    kb.resolve("Mar-a-Lago")                                        # None: a place, not an actor

User dictionaries come from ``knowledge_base(extra_files=...)`` (the CLI's ``--actors FILE``) and
from the ``DYADWATCH_ACTORS`` environment variable (paths separated by ``os.pathsep``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from dyadwatch.actors.kb import ActorKB
from dyadwatch.actors.loader import load_file, shipped_files
from dyadwatch.actors.records import Entry, Role

__all__ = ["ENV_VAR", "ActorKB", "Entry", "Role", "knowledge_base", "user_files"]

ENV_VAR = "DYADWATCH_ACTORS"


def user_files(extra_files: Sequence[str | Path] = ()) -> tuple[str, ...]:
    """The user dictionaries in force: ``DYADWATCH_ACTORS`` entries, then ``extra_files``."""
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return tuple(str(Path(p).expanduser()) for p in (*env, *extra_files))


def knowledge_base(extra_files: Sequence[str | Path] = ()) -> ActorKB:
    """The actor knowledge base, loaded once per process for each set of user dictionaries."""
    return _build(user_files(extra_files))


@cache
def _build(files: tuple[str, ...]) -> ActorKB:
    entries: list[Entry] = []
    for path in shipped_files():
        entries.extend(load_file(path))
    for path in files:
        # Marking user entries lets their names win over shipped entries that share a name.
        entries.extend(replace(e, source=f"user:{e.source}") for e in load_file(path))
    return ActorKB(entries)
