"""PLOVER and CAMEO: the event ontologies dyadwatch codes into.

The tables are the project's own, written from the public references (PLOVER manual and
CAMEO->PLOVER table, openeventdata/PLOVER, CC BY-SA 4.0; CAMEO Goldstein scores as GDELT
publishes them); ``scripts/build_ontology.py`` rebuilds ``cameo.tsv``.

Choices where the references disagree, kept consistent everywhere:

* The current manual has 16 types. Older names map as the manual says: FIGHT->ASSAULT,
  DEMAND->REQUEST, DISAPPROVE and INVESTIGATE->ACCUSE.
* Quad category follows each type's own section of the manual (SANCTION is MATERIAL CONFLICT),
  not the summary table.
* CAMEO QuadClass (1-4) and Goldstein score come from the CAMEO code, as GDELT does.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

PLOVER_QUAD: dict[str, str] = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation", "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation", "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation", "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict", "PROTEST": "material_conflict",
    "SANCTION": "material_conflict", "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}  # fmt: skip

LEGACY_PLOVER_NAMES = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}

PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber", "ban"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional", "massacre"),
}  # fmt: skip

PLOVER_CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)  # fmt: skip

# PLOVER sector codes used for actors (PLOVER manual, actor section; CAMEO agent codes).
SECTORS: dict[str, str] = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "OPP": "opposition", "PTY": "political party", "REB": "rebels", "INS": "insurgents",
    "CRM": "criminal organisation", "SPY": "intelligence", "BUS": "business", "MED": "media",
    "EDU": "education", "HLH": "health", "REL": "religious", "LAB": "labour", "AGR": "agriculture",
    "CVL": "civilians", "REF": "refugees and migrants", "HRI": "human rights", "NGO": "non-governmental organisation",
    "IGO": "intergovernmental organisation", "ELI": "elites", "ENV": "environmental", "UAF": "armed group",
    "MOD": "moderate", "RAD": "radical", "SEP": "separatists", "TER": "terrorist",
}  # fmt: skip

STANCES: tuple[str, ...] = ("asserted", "future", "hypothetical", "negated", "historical")


@dataclass(frozen=True, slots=True)
class CameoInfo:
    code: str
    name: str
    root: str
    plover_type: str
    plover_mode: str | None
    plover_context: str | None
    goldstein: float
    quad_class: int
    pentaclass: int


def quad_class(root: str) -> int:
    """CAMEO QuadClass as GDELT uses it: 1 verbal coop (01-05), 2 material coop (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def pentaclass(root: str) -> int:
    """CAMEO pentaclass: 0 statement (01-02), 1 verbal coop (03-05), 2 material coop (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    r = int(root)
    return 0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@cache
def cameo_table() -> dict[str, CameoInfo]:
    table: dict[str, CameoInfo] = {}
    with resources.files(__package__).joinpath("cameo.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = row["code"]
            table[code] = CameoInfo(
                code=code,
                name=row["name"],
                root=code[:2],
                plover_type=row["plover_type"],
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
                goldstein=float(row["goldstein"]),
                quad_class=quad_class(code[:2]),
                pentaclass=pentaclass(code[:2]),
            )
    return table


def cameo_info(code: str) -> CameoInfo:
    """The facts of a CAMEO code; an unknown 4-digit code falls back to its 3-digit parent."""
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            info = table[candidate]
            return info if candidate == code else _with_code(info, code)
    raise KeyError(f"unknown CAMEO code {code!r}: see dyadwatch/ontology/cameo.tsv for the codes")


def _with_code(info: CameoInfo, code: str) -> CameoInfo:
    from dataclasses import replace

    return replace(info, code=code)


def plover_type_of(code: str) -> str:
    return cameo_info(code).plover_type


def normalise_plover(name: str) -> str:
    """Current PLOVER type name for ``name`` (accepts the pre-2021 names)."""
    upper = name.strip().upper()
    return LEGACY_PLOVER_NAMES.get(upper, upper)


__all__ = [
    "LEGACY_PLOVER_NAMES", "PLOVER_CONTEXTS", "PLOVER_MODES", "PLOVER_QUAD", "PLOVER_TYPES", "SECTORS",
    "STANCES", "CameoInfo", "cameo_info", "cameo_table", "normalise_plover", "pentaclass",
    "plover_type_of", "quad_class",
]  # fmt: skip
