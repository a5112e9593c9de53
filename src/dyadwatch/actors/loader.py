"""Reading actor dictionaries: the shipped YAML files, users' YAML files, and PETRARCH/Phoenix files.

A YAML file is a list of entries (or a mapping with an ``entries`` list)::

    - id: hnd.juan-orlando-hernandez        # stable, unique; a user file with the same id overrides
      name: Juan Orlando Hernández
      kind: person                          # country | igo | person | organisation | place
      country: HND
      gender: m
      aliases: [JOH]
      roles:                                # date-bounded; end is the day the successor took office
        - {sector: GOV, title: President of Honduras, start: 2014-01-27, end: 2022-01-27}
      after: {sector: ELI, title: former president; convicted in the US 2024, pardoned 2025}

Every problem is reported as a :class:`~dyadwatch.errors.KnowledgeBaseError` naming the file, the
entry and what to change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dyadwatch.actors.records import KINDS, Entry, Role
from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.ontology import SECTORS

# The C loader when PyYAML has it: the shipped files parse several times faster.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_ENTRY_KEYS = {
    "id", "name", "kind", "code", "country", "sector", "aliases", "adjectives", "seats", "roles",
    "after", "before", "gender", "note",
}  # fmt: skip
_ROLE_KEYS = {"sector", "country", "code", "title", "start", "end"}
_CODE = re.compile(r"^[A-Z0-9]{3,12}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


def shipped_files() -> list[Path]:
    """The data files shipped with the package, in load order."""
    folder = resources.files("dyadwatch.actors") / "data"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))


def load_file(path: str | Path) -> list[Entry]:
    """Entries of one dictionary file: YAML, or PETRARCH/Phoenix format (``.txt``/``.actors``)."""
    path = Path(path)
    if not path.exists():
        raise KnowledgeBaseError(
            f"{path}: actor dictionary not found (check the path given to --actors or DYADWATCH_ACTORS)"
        )
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"{path}: not valid YAML ({exc}); fix the syntax at the line shown") from exc
        if isinstance(raw, dict):
            raw = raw.get("entries")
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise KnowledgeBaseError(f"{path}: expected a list of entries (or a mapping with 'entries')")
        return [parse_entry(item, str(path), n) for n, item in enumerate(raw, 1)]
    from dyadwatch.actors.petrarch import read_petrarch

    return [parse_entry(item, str(path), n) for n, item in enumerate(read_petrarch(path), 1)]


def load_files(paths: Iterable[str | Path]) -> list[Entry]:
    entries: list[Entry] = []
    for path in paths:
        entries.extend(load_file(path))
    return entries


def parse_entry(item: Any, source: str, number: int) -> Entry:
    """Check one raw entry against the schema and build it."""
    where = f"{source}: entry {number}"
    if not isinstance(item, dict):
        raise KnowledgeBaseError(f"{where}: expected a mapping with id, name and kind, got {type(item).__name__}")
    if "id" in item:
        where = f"{source}: entry {number} ({item['id']})"
    unknown = set(item) - _ENTRY_KEYS
    if unknown:
        raise KnowledgeBaseError(
            f"{where}: unknown field(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_ENTRY_KEYS))}"
        )
    for key in ("id", "name", "kind"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise KnowledgeBaseError(f"{where}: '{key}' is missing or not a string")
    kind = item["kind"]
    if kind not in KINDS:
        raise KnowledgeBaseError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    country = _country(item.get("country"), where)
    sector = _sector(item.get("sector"), where)
    code = item.get("code")
    if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
        raise KnowledgeBaseError(f"{where}: code {code!r} must be 3-12 upper-case letters/digits, e.g. HNDGOV")
    if kind == "country" and country is None:
        raise KnowledgeBaseError(f"{where}: a country needs 'country' (its ISO 3166 alpha-3 code)")
    if kind in ("igo", "organisation") and code is None and country is None and sector is None:
        raise KnowledgeBaseError(f"{where}: an organisation needs a code, a country or a sector")
    roles = tuple(_role(r, f"{where} role {i}", country) for i, r in enumerate(item.get("roles") or [], 1))
    gender = item.get("gender")
    if gender not in (None, "m", "f"):
        raise KnowledgeBaseError(f"{where}: gender must be 'm' or 'f' (or left out)")
    return Entry(
        id=item["id"].strip(),
        name=item["name"].strip(),
        kind=kind,
        code=code,
        country=country,
        sector=sector,
        aliases=_strings(item.get("aliases"), "aliases", where),
        adjectives=_strings(item.get("adjectives"), "adjectives", where),
        seats=_strings(item.get("seats"), "seats", where),
        roles=roles,
        after=_role(item["after"], f"{where} after", country) if item.get("after") else None,
        before=_role(item["before"], f"{where} before", country) if item.get("before") else None,
        gender=gender,
        note=item.get("note"),
        source=source,
    )


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeBaseError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _country(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _COUNTRY.match(value):
        raise KnowledgeBaseError(f"{where}: country {value!r} must be an ISO 3166 alpha-3 code such as HND")
    return value


def _sector(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise KnowledgeBaseError(f"{where}: sector {value!r} is unknown; use one of {', '.join(SECTORS)}")
    return value


def _date(value: Any, where: str) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise KnowledgeBaseError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD")


def _role(raw: Any, where: str, default_country: str | None) -> Role:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: a role must be a mapping such as {{sector: GOV, start: 2014-01-27}}")
    unknown = set(raw) - _ROLE_KEYS
    if unknown:
        raise KnowledgeBaseError(
            f"{where}: unknown field(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_ROLE_KEYS))}"
        )
    if not raw.get("sector"):
        raise KnowledgeBaseError(f"{where}: a role needs a sector (GOV, MIL, ELI, ...)")
    start, end = _date(raw.get("start"), where), _date(raw.get("end"), where)
    if start and end and end < start:
        raise KnowledgeBaseError(f"{where}: ends ({end}) before it starts ({start})")
    code = raw.get("code")
    if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
        raise KnowledgeBaseError(f"{where}: code {code!r} must be 3-12 upper-case letters/digits")
    sector = _sector(raw["sector"], where) or ""
    # An office in an international organisation belongs to no country (the UN Secretary-General).
    country = _country(raw.get("country"), where) or (None if sector == "IGO" else default_country)
    return Role(
        sector=sector,
        country=country,
        code=code,
        title=raw.get("title"),
        start=start,
        end=end,
    )
