"""The CAMEO code of a framing word given the event it frames.

"threatened to cut aid" (cut aid: 162) is 1311 "threaten to reduce or stop aid"; "pledged to
provide aid" (070) is 033 "express intent to provide material aid"; "pledged to expel" is a threat
(136), not a promise; "urged X to help" is an appeal (023) or, with "demand"/"urge", a demand (103).
"""

from __future__ import annotations

from typing import Any

CONDITIONED_THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "PROTEST", "REJECT"})
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


def has_modal(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall") for c in tok.children)


def type_of(code: str) -> str | None:
    from dyadwatch.ontology import cameo_info

    try:
        return cameo_info(code).plover_type or None
    except KeyError:
        return None


THREAT_CODES = {"162": "1311", "160": "131", "161": "1313", "163": "1312", "164": "134", "165": "135", "166": "136"}
PROMISE_CODES = {
    "AID": "033",
    "CONSULT": "036",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
    "COOPERATE": "031",
}
REQUEST_CODES = {
    "AID": "023",
    "CONSULT": "026",
    "COOPERATE": "021",
    "SUPPORT": "022",
    "CONCEDE": "025",
    "RETREAT": "025",
}
DEMAND_CODES = {
    "AID": "103",
    "CONSULT": "106",
    "COOPERATE": "101",
    "SUPPORT": "102",
    "CONCEDE": "105",
    "RETREAT": "105",
}
REFUSE_CODES = {"AID": "122", "CONSULT": "125", "COOPERATE": "121", "CONCEDE": "124", "RETREAT": "124"}
# A demand (CAMEO 10) rather than an appeal (02): "urged", "asked", "called on" are appeals.
DEMAND_VERBS = frozenset({"demand", "insist", "order"})


def frame_code(kind: str, inner: str | None, lemma: str) -> str | None:
    """The CAMEO code of a framing word given the code of the event it frames."""
    inner_type = type_of(inner) if inner else None
    if kind == "threat":
        if inner is None:
            return "130"
        if inner_type in ("RETREAT", "CONCEDE", "AID", "COOPERATE", "SUPPORT"):
            return "1311" if inner_type == "AID" else "136" if inner[:3] in ("087", "166") else "131"
        if inner[:3] in THREAT_CODES:
            return THREAT_CODES[inner[:3]]
        if inner_type in ("ASSAULT", "MOBILIZE"):
            return "138"
        if inner_type == "COERCE":
            return "137" if inner[:3] in ("175",) else "1312" if inner[:3] in ("163", "191") else "130"
        return "130"
    if kind == "promise" and inner_type in CONDITIONED_THREAT_TYPES - {"THREATEN", "REJECT"}:
        return frame_code("threat", inner, lemma)  # "pledged to expel", "vowed to attack": a threat
    if kind == "promise":
        return PROMISE_CODES.get(inner_type or "", "030")
    if kind == "request":
        table = DEMAND_CODES if lemma in DEMAND_VERBS else REQUEST_CODES
        if inner is None:
            return "100" if lemma in DEMAND_VERBS else "020"
        return table.get(inner_type or "", "100" if lemma in DEMAND_VERBS else "020")
    if kind == "refuse":
        if inner is None:
            return "120"
        return REFUSE_CODES.get(inner_type or "", "120")
    return None


__all__ = ["CONDITIONED_THREAT_TYPES", "COOPERATIVE_TYPES", "frame_code", "has_modal", "type_of"]
