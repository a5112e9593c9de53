"""Importing CAMEO / PETRARCH / Phoenix actor dictionaries, so existing dictionaries stay usable.

The format (one actor per block; ``#`` starts a comment)::

    JUAN_ORLANDO_HERNANDEZ_  [HNDGOV 20140127-20220127]
    +JOH_
    +PRESIDENT_HERNANDEZ_
    [HNDELI >20220127]
    MS-13_ [CRM]

A line that starts with a name begins an actor (codes may follow on the same line); ``+NAME`` lines
add synonyms; ``[CODE]`` lines add codes, optionally dated: ``>YYYYMMDD`` (from), ``<YYYYMMDD``
(until) or ``YYYYMMDD-YYYYMMDD``. A code is a country (first three letters, ISO-3) plus a sector
(``HNDGOV``), a sector alone (``CRM``) or ``IGO...``. Lines starting with ``<``, ``{``, ``!`` or ``-``
(agents, patterns, macros) are not actor entries and are skipped.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.ontology import SECTORS

_CODE = re.compile(r"\[([^\]]*)\]")


def read_petrarch(path: str | Path) -> list[dict[str, Any]]:
    """Raw entries (the YAML schema's mappings) read from a PETRARCH-format dictionary."""
    path = Path(path)
    entries: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for number, raw_line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw_line.split("#", 1)[0].strip()
        if not line or line[0] in "<{!-":
            continue
        where = f"{path}: line {number}"
        if line.startswith("+"):
            if current is None:
                raise KnowledgeBaseError(f"{where}: synonym {line!r} comes before any actor name")
            current["aliases"].append(_name(line[1:]))
            continue
        if line.startswith("["):
            if current is None:
                raise KnowledgeBaseError(f"{where}: code {line!r} comes before any actor name")
            current["_codes"].extend(_codes(line, where))
            continue
        name = _name(_CODE.sub("", line))
        if not name:
            raise KnowledgeBaseError(f"{where}: cannot read an actor name in {raw_line!r}")
        current = {"name": name, "aliases": [], "_codes": _codes(line, where), "_where": where}
        entries.append(current)
    return [_entry(e) for e in entries]


def _name(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).strip()


def _codes(line: str, where: str) -> list[tuple[str, date | None, date | None]]:
    found = []
    for inner in _CODE.findall(line):
        parts = inner.split()
        if not parts:
            continue
        code = parts[0].lstrip("~").upper()
        start = end = None
        if len(parts) > 1:
            span = parts[1]
            try:
                if span.startswith(">"):
                    start = _date(span[1:])
                elif span.startswith("<"):
                    end = _date(span[1:])
                elif "-" in span:
                    first, last = span.split("-", 1)
                    start, end = _date(first), _date(last)
                else:
                    raise ValueError(span)
            except ValueError:
                raise KnowledgeBaseError(
                    f"{where}: date range {span!r} must be >YYYYMMDD, <YYYYMMDD or YYYYMMDD-YYYYMMDD"
                ) from None
        found.append((code, start, end))
    return found


def _date(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _split(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a CAMEO code: HNDGOV -> (HND, GOV), CRM -> (None, CRM), IGO.. -> (None, IGO)."""
    if code.startswith("IGO"):
        return None, "IGO"
    if code[:3] in SECTORS:
        return None, code[:3]
    country = code[:3] if len(code) >= 3 else None
    sector = code[3:6] if code[3:6] in SECTORS else None
    return country, sector


def _entry(raw: dict[str, Any]) -> dict[str, Any]:
    codes = raw["_codes"]
    slug = re.sub(r"[^a-z0-9]+", "-", raw["name"].lower()).strip("-")
    entry: dict[str, Any] = {"id": f"petrarch.{slug}", "name": raw["name"].title(), "aliases": raw["aliases"]}
    if not codes:
        raise KnowledgeBaseError(f"{raw['_where']}: actor {raw['name']!r} has no [CODE]")
    dated = any(start or end for _, start, end in codes)
    if dated or len(codes) > 1:
        roles = []
        for code, start, end in codes:
            country, sector = _split(code)
            role: dict[str, Any] = {"sector": sector or "ELI", "code": code}
            if country:
                role["country"] = country
            if start:
                role["start"] = start.isoformat()
            if end:
                role["end"] = end.isoformat()
            roles.append(role)
        entry.update(kind="person", roles=roles)
        first_country = next((r.get("country") for r in roles if r.get("country")), None)
        if first_country:
            entry["country"] = first_country
        return entry
    code = codes[0][0]
    country, sector = _split(code)
    if country and not sector and len(code) == 3:
        entry.update(kind="country", country=country, code=code)
        return entry
    entry.update(kind="igo" if sector == "IGO" else "organisation", code=code)
    if country:
        entry["country"] = country
    if sector:
        entry["sector"] = sector
    return entry
