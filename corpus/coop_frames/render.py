"""Frames and how they are filled into labelled sentences.

Template language: ``{S}`` source actor, ``{T}`` target actor, ``{SC}`` a compound source ("France
and Germany"), ``[words]`` the trigger; every other ``{NAME}`` is a filler from ``pools`` (see
``FILLERS``) and ``{S_ADJ}``/``{T_NAME}``/``{T_CAP}`` ... are the adjective, name or capital of the
actor's country. A sentence starts with a capital letter, and the labels are cut from the final
text so that they are always exact substrings.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import pools as P

# PLOVER: cooperative acts promised, offered or reported in the future tense are AGREE, coded with
# the CAMEO 03 "express intent" code that matches the act (the CAMEO manual and the PLOVER gold
# records code "will release" / "is willing to withdraw" the same way).
FUTURE_AS_AGREE: dict[str, str] = {
    "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
    "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "055": "030", "056": "032",
    "057": "030", "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "080": "035", "081": "0351", "0811": "0351", "0812": "0351", "082": "0352", "083": "034",
    "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344", "084": "0353", "0841": "0353",
    "0842": "0353", "085": "0354", "086": "0355", "0861": "0334", "0862": "0355", "0863": "0355",
    "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356", "0813": "0351",
    "0814": "0351", "08": "035",
}  # fmt: skip
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}

# How many sentences each template of a frame yields, by stance (times Frame.n).
FILLS = {"asserted": 4, "future": 3, "hypothetical": 3, "negated": 3, "historical": 2}
# Types with fewer distinct frames are filled more often so each reaches a few hundred sentences.
TYPE_WEIGHT = {
    "COOPERATE": 1.5,
    "AID": 1.4,
    "CONCEDE": 1.4,
    "SUPPORT": 1.4,
    "RETREAT": 1.35,
    "CONSULT": 1.2,
    "NONE": 2.5,
}

CONTEXT_ALIASES = {"democracy": "pro_democracy", "humanitarian": "human_security"}

_CAMEO_TSV = Path(__file__).resolve().parents[2] / "src" / "dyadwatch" / "ontology" / "cameo.tsv"


def cameo_rows() -> dict[str, dict[str, str]]:
    with _CAMEO_TSV.open(encoding="utf-8") as fh:
        return {row["code"]: row for row in csv.DictReader(fh, delimiter="\t")}


CAMEO = cameo_rows()
VALID_MODES = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
}


@dataclass(frozen=True, slots=True)
class Frame:
    fid: str
    ptype: str
    cameo: str | None
    variants: dict[str, str | tuple[str, ...]]
    S: tuple[str, ...] = ("state",)
    T: tuple[str, ...] = ("state",)
    mode: str | None = None
    ctx: tuple[str, ...] = ()
    n: float = 1.0
    link: bool = False  # target from the source's own country (government and its rebels, parties, unions)
    pair: str | None = None  # "rivals" or "neighbours": source and target from a real pair of countries


@dataclass(frozen=True, slots=True)
class Fixed:
    """One hand-written sentence with its labels (trigger/source/target must occur in text)."""

    fid: str
    ptype: str
    cameo: str | None
    stance: str
    text: str
    source: str | None = None
    target: str | None = None
    trigger: str | None = None
    mode: str | None = None
    ctx: tuple[str, ...] = field(default_factory=tuple)


def _gov(c):
    key, name, adj, _cap = c
    out = [(key, f"the {adj} government")]
    if not name.startswith("the "):
        out.append((key, f"{name}'s government"))
    return out


DONORS = {"USA", "DEU", "FRA", "GBR", "JPN", "CAN", "AUS", "NOR", "SWE", "NLD", "CHE", "ITA", "ESP", "KOR",
          "CHN", "SAU", "QAT", "UAE", "TUR", "IND", "RUS"}  # fmt: skip
NEEDY = {"AFG", "HTI", "SOM", "SDN", "SSD", "YEM", "SYR", "COD", "ETH", "MLI", "NER", "TCD", "MOZ", "BGD", "NPL",
         "MMR", "UKR", "LBN", "PAK", "HND", "GTM", "SLV", "NIC", "ZWE", "KEN", "UGA", "TZA", "NGA", "IRQ", "LKA",
         "EGY", "JOR", "TUN", "ARG", "LBY", "MDA", "ARM", "BOL", "ECU", "PER", "PHL", "KHM"}  # fmt: skip
CONTRIBUTORS = {"BGD", "PAK", "IND", "NPL", "RWA", "ETH", "GHA", "SEN", "KEN", "EGY", "IDN", "CHN", "FRA", "ITA",
                "MAR", "NGA", "TZA", "UGA", "BRA", "IRL", "KOR", "ESP"}  # fmt: skip
MISSIONS = {"COD", "SSD", "MLI", "SOM", "LBN", "HTI", "CYP", "SDN", "XKX", "AFG", "LBY", "TCD"}


def _actor_pools() -> dict[str, list[tuple[str, str]]]:
    countries = [(c[0], c[1]) for c in P.COUNTRIES if c[0] != "PSE"]
    pools = {
        "country": countries,
        "capital": [
            (c[0], c[3])
            for c in P.COUNTRIES
            if c[0]
            in {
                "USA",
                "RUS",
                "CHN",
                "JPN",
                "DEU",
                "FRA",
                "GBR",
                "IND",
                "IRN",
                "TUR",
                "ISR",
                "KOR",
                "EGY",
                "SAU",
                "PAK",
                "BRA",
                "MEX",
            }
        ],
        "gov": [g for c in P.COUNTRIES for g in _gov(c)],
        "leader": list(P.LEADERS),
        "fm": [(c[0], f"the {c[2]} foreign ministry") for c in P.COUNTRIES]
        + [(c[0], f"the {c[2]} foreign minister") for c in P.COUNTRIES],
        "military": [
            (c[0], f"the {c[2]} {w}")
            for c in P.COUNTRIES
            for w in ("army", "military")
            if c[0] not in {"PSE", "CHE", "QAT", "XKX"}
        ],
        "troops": [
            (c[0], f"{c[2]} {w}")
            for c in P.COUNTRIES
            for w in ("troops", "forces")
            if c[0] not in {"PSE", "CHE", "XKX"}
        ],
        "police": [(c[0], f"{c[2]} police") for c in P.COUNTRIES],
        "igo": list(P.IGOS),
        "lender": [a for a in P.IGOS if a[0] in {"IGO-IMF", "IGO-WB"}]
        + [
            ("IGO-ADB", "the Asian Development Bank"),
            ("IGO-AFDB", "the African Development Bank"),
            ("IGO-IDB", "the Inter-American Development Bank"),
        ],
        "igo_official": list(P.IGO_OFFICIALS),
        "aid": list(P.AID_AGENCIES),
        "rights": list(P.RIGHTS_GROUPS),
        "armed": list(P.ARMED_GROUPS),
        "rebels": list(P.REBELS),
        "party": list(P.PARTIES),
        "company": list(P.COMPANIES),
        "union": list(P.UNIONS),
    }

    # Who plausibly gives and who receives aid or peacekeepers, so "aid to Germany" never appears.
    def only(pool, keys):
        return [a for a in pools[pool] if a[0] in keys]

    pools["donor"] = only("country", DONORS) * 2 + only("gov", DONORS) + [a for a in P.IGOS if a[0] in
                     {"IGO-EU", "IGO-WB", "IGO-UN"}]  # fmt: skip
    pools["needy"] = only("country", NEEDY)
    pools["needy_gov"] = only("gov", NEEDY)
    pools["contributor"] = only("country", CONTRIBUTORS)
    pools["mission"] = only("country", MISSIONS)
    pools["arms_donor"] = only("country", DONORS - {"CHE", "IND"}) + only("gov", DONORS - {"CHE", "IND"})
    pools["crisis"] = only("country", P.CRISES)
    pools["conflict"] = only("country", P.CONFLICTS)
    pools["conflict_gov"] = only("gov", P.CONFLICTS)
    pools["mediator"] = only("country", P.MEDIATORS)
    pools["exporter"] = only("country", P.EXPORTERS)
    pools["regime"] = only("gov", P.REGIMES)
    pools["regime_country"] = only("country", P.REGIMES)
    pools["junta"] = [(k, f"the {P.COUNTRY[k][2]} {w}") for k in sorted(P.JUNTAS) for w in ("junta", "military")]
    heads = [a for a in pools["leader"] if not any(w in a[1] for w in ("Foreign", "Secretary of State"))]
    pools["head"] = heads
    pools["regime_head"] = [a for a in heads if a[0] in P.REGIMES]
    pools["then_leader"] = [(c[0], f"the then {c[2]} " + ("prime minister" if c[0] in P.PM_COUNTRIES else
                            "foreign minister" if c[0] in P.MONARCHIES else "leader" if c[0] == "PRK" else
                            "president"))
                            for c in P.COUNTRIES if c[0] not in {"PSE"}]  # fmt: skip
    pools["un_sc"] = [("IGO-UN", "the U.N. Security Council"), ("IGO-AU", "the African Union's Peace and "
                      "Security Council")]  # fmt: skip
    pools["prisoner"] = list(P.PRISONERS)
    nuclear = {"IRN", "PRK", "SYR", "IRQ", "LBY"}
    pools["nuclear"] = only("country", nuclear) + only("gov", nuclear)
    pools["iaea"] = [("IGO-IAEA", "the International Atomic Energy Agency"), ("IGO-IAEA", "IAEA chief Rafael Grossi"),
                     ("IGO-IAEA", "a team of IAEA inspectors")]  # fmt: skip
    pools["new_state"] = [("XKX", "Kosovo"), ("SSD", "South Sudan"), ("PSE", "a Palestinian state"),
                          ("TLS", "East Timor"), ("MNE", "Montenegro"), ("ERI", "Eritrea")]  # fmt: skip
    interveners = {"USA", "RUS", "FRA", "GBR", "TUR", "ISR", "SAU", "UAE", "KEN", "ETH", "RWA", "UGA"}
    pools["intervener"] = only("country", interveners) + only("gov", interveners)
    pools["expedition"] = only("troops", interveners)
    fighting = P.CONFLICTS | {k for pair in P.RIVALS for k in pair}
    pools["conflict_mil"] = only("military", fighting)
    pools["envoy"] = [a for a in P.IGO_OFFICIALS if "Secretary-General Ban" in a[1] or "Guterres" in a[1]
                      or "Annan" in a[1] or "foreign policy chief" in a[1] or "African Union" in a[1]]  # fmt: skip
    pools["junta_country"] = only("country", P.JUNTAS)
    pools["state"] = pools["country"] * 3 + pools["gov"] + pools["leader"] * 2
    pools["state_fm"] = pools["state"] + pools["fm"]
    # Political bodies and envoys (not lenders or technical agencies) for appeals about conflicts.
    pools["intl"] = [a for a in pools["igo"] if a[0] not in {"IGO-IMF", "IGO-WB", "IGO-IAEA", "IGO-WHO"}] + [
        a for a in pools["igo_official"] if a[0] not in {"IGO-IMF", "IGO-IAEA"}
    ]
    return pools


ACTORS = _actor_pools()

FILLERS: dict[str, tuple] = {
    "DAY": P.PAST_DAYS, "FDAY": P.FUTURE_DAYS, "YEAR": P.YEARS, "SAID": P.SAID, "CITY": P.MEET_CITIES,
    "NUM": P.NUMBERS, "NUMSTART": P.NUMSTART, "MONEY": P.MONEY, "TOPIC": P.TOPICS,
    "TOPIC2": P.TOPICS, "MANY": P.MANY,
    "PERSON": tuple(p[1] for p in P.PRISONERS),
    "PCT": P.PCTS, "PCT2": P.PCTS, "BIGPCT": P.BIGPCTS, "POLLPCT": P.POLLPCTS, "DEBTPCT": P.DEBTPCTS,
    "BIGNUM": P.BIGNUMS, "BIGMONEY": P.BIGMONEY,
    "REPORTER": P.REPORTERS, "REPORTER2": P.REPORTERS, "OUTLET": P.OUTLETS, "WIRE": P.WIRES,
    "TEAM": P.TEAMS, "TEAM2": P.TEAMS, "SCORE": P.SCORES, "WIN": P.WINSCORES, "DRAW": P.DRAWSCORES,
    "TEMP": P.TEMPS, "MONTH": P.MONTHS, "MONTH2": P.MONTHS,
    "COUNTRY": tuple(c[1] for c in P.COUNTRIES), "ADJ": tuple(c[2] for c in P.COUNTRIES),
    "CAPITAL": tuple(c[3] for c in P.COUNTRIES), "LEADER": tuple(x[1] for x in P.LEADERS),
}  # fmt: skip

TOKEN = re.compile(r"\{([A-Z0-9_]+)\}|\[([^\]]+)\]")
DERIVED = re.compile(r"^(S|T)_(ADJ|NAME|CAP)$")


# Office holders are tied to their years in office: a sentence about a past year names the office
# ("the then Kenyan president"), and two named office holders always served at the same time.
DATED_POOLS = {"leader": "then_leader", "head": "then_leader", "regime_head": "then_leader",
               "igo_official": "igo"}  # fmt: skip


def _overlaps(a: str, b: str) -> bool:
    if a not in P.TERMS or b not in P.TERMS:
        return True
    (a0, a1), (b0, b1) = P.TERMS[a], P.TERMS[b]
    return a0 <= b1 and b0 <= a1


JAILERS = {k for k, _ in P.PRISONERS}


def _candidates(pool_names, need_country, exclude, historical, era=None, key=None):
    names = [DATED_POOLS.get(p, p) if historical else p for p in pool_names]
    return [a for p in names for a in ACTORS[p]
            if a[0] not in exclude and (not need_country or a[0] in P.COUNTRY)
            and (need_country != "jailer" or a[0] in JAILERS)
            and (key is None or a[0] == key) and (era is None or _overlaps(era, a[1]))]  # fmt: skip


def _pick_actor(rng, pool_names, need_country, exclude, same=None, historical=False, era=None):
    cands = _candidates(pool_names, need_country, exclude, historical, era)
    if same is not None:
        cands = [a for a in cands if a[0] == same] or cands
    return rng.choice(cands)


def _pick_pair(rng, frame, need, historical):
    pairs = P.RIVALS if frame.pair == "rivals" else P.NEIGHBOURS
    for _ in range(200):
        a, b = rng.choice(pairs)
        if rng.random() < 0.5:
            a, b = b, a
        s_c = _candidates(frame.S, need["S"], set(), historical, key=a)
        if not s_c:
            continue
        s = rng.choice(s_c)
        t_c = _candidates(frame.T, need["T"], set(), historical, era=s[1], key=b)
        if t_c:
            return s, rng.choice(t_c)
    raise ValueError(f"frame {frame.fid}: no {frame.pair} pair fits its actor pools")


def _text(val) -> str:
    return val[0] if isinstance(val, tuple) else val


def _topic_fits(topic: str, frame, keys: dict[str, str]) -> bool:
    scope = P.TOPIC_SCOPE.get(topic)
    if scope is None:
        return True
    if scope == "pair":
        return bool(getattr(frame, "pair", None))
    return bool(scope & set(keys.values()))


def fill(template: str, frame, rng, historical: bool = False) -> tuple[str, dict, set[str]]:
    """Fill one template; return (text, spans, contexts) where spans maps S/T/trigger to (start, end)."""
    slots = {m.group(1) for m in TOKEN.finditer(template) if m.group(1)}
    need = {side: any(DERIVED.match(s) and s[0] == side for s in slots) for side in "ST"}
    # {S_PRISONER}/{T_PRISONER}: a prisoner held by the actor's country, so the actor must hold one.
    jailers = {side: f"{side}_PRISONER" in slots for side in "ST"}
    values: dict[str, str] = {}
    keys: dict[str, str] = {}
    ctx: set[str] = set()
    if "SC" in slots:
        a = _pick_actor(rng, ("country",), False, set())
        b = _pick_actor(rng, ("country",), False, {a[0]})
        values["SC"], keys["S"] = f"{a[1]} and {b[1]}", a[0]
        keys["SC2"] = b[0]
    for side in "ST":
        if jailers[side]:
            need[side] = "jailer"
    if frame.pair:
        s, t = _pick_pair(rng, frame, need, historical)
        values["S"], keys["S"], values["T"], keys["T"] = s[1], s[0], t[1], t[0]
    elif frame.link:
        # Pick the recipient first (the scarcer pool: rebels, parties, unions), then its government.
        for _ in range(50):
            t = _pick_actor(rng, frame.T, need["T"], set(), historical=historical)
            s = _pick_actor(rng, frame.S, need["S"], set(), same=t[0], historical=historical)
            if s[0] == t[0] and s[1] != t[1]:
                break
        values["S"], keys["S"], values["T"], keys["T"] = s[1], s[0], t[1], t[0]
    else:
        if "S" in slots or need["S"]:
            s = _pick_actor(rng, frame.S, need["S"], set(), historical=historical)
            values["S"], keys["S"] = s[1], s[0]
        if "T" in slots or need["T"]:
            t = _pick_actor(
                rng,
                frame.T,
                need["T"],
                {keys.get("S", ""), keys.get("SC2", "")},
                historical=historical,
                era=values.get("S"),
            )
            values["T"], keys["T"] = t[1], t[0]
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    chosen: dict[str, str] = {}
    for m in TOKEN.finditer(template):
        out.append(template[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(2) is not None:
            text = m.group(2)
            spans.setdefault("trigger", (start, start + len(text)))
        else:
            name = m.group(1)
            d = DERIVED.match(name)
            if name in values:
                text = values[name]
                span_name = "S" if name == "SC" else name
                spans.setdefault(span_name, (start, start + len(text)))
            elif name.endswith("_PRISONER"):
                text = rng.choice([p for k, p in P.PRISONERS if k == keys[name[0]]])
            elif d:
                c = P.COUNTRY[keys[d.group(1)]]
                text = {"NAME": c[1], "ADJ": c[2], "CAP": c[3]}[d.group(2)]
                # "train Yemeni troops": the adjective or name is the only mention of the actor.
                if d.group(1) not in slots:
                    spans.setdefault(d.group(1), (start, start + len(text)))
            else:
                if name not in chosen:
                    val = rng.choice(FILLERS[name])
                    while name in ("TOPIC", "TOPIC2") and not _topic_fits(val[0], frame, keys):
                        val = rng.choice(FILLERS[name])
                    # {TEAM2} and {TEAM} (and the like) must differ.
                    while name.endswith("2") and _text(val) == chosen.get(name[:-1]):
                        val = rng.choice(FILLERS[name])
                    if isinstance(val, tuple):
                        val, extra = val
                        ctx.update(extra)
                    chosen[name] = val
                text = chosen[name]
        out.append(text)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    text = text[0].upper() + text[1:]
    return text, spans, ctx


def _resolve(frame, stance):
    ptype, cameo, mode = frame.ptype, frame.cameo, frame.mode
    if stance == "future" and ptype in COOPERATIVE:
        ptype, cameo, mode = "AGREE", FUTURE_AS_AGREE[cameo], None
    if mode is None and cameo in CAMEO:
        tsv_mode = CAMEO[cameo]["plover_mode"].strip()
        if tsv_mode in VALID_MODES.get(ptype, ()):
            mode = tsv_mode
    return ptype, cameo, mode


def _base_context(cameo):
    if not cameo or cameo not in CAMEO:
        return set()
    raw = [c.strip() for c in CAMEO[cameo]["plover_context"].split(";") if c.strip()]
    return {CONTEXT_ALIASES.get(c, c) for c in raw} - {"human_security"}


ELAB_SHARE = {"asserted": 0.4, "future": 0.3, "hypothetical": 0.25, "negated": 0.25, "historical": 0.0}


# Appositives such as "a step welcomed by business leaders" only fit decisions and concessions.
APPOSITIVE_TYPES = {"AGREE", "SUPPORT", "CONCEDE", "RETREAT"}


def elaborate(template: str, stance: str, rng, ptype: str = "") -> str:
    """Sometimes front the time ("On Tuesday, X met Y") and sometimes lengthen the sentence with a
    neutral clause, so word order and length vary the way wire copy does."""
    # Only when the sentence starts with an actor slot, whose text reads the same after a comma.
    fronting_ok = template.startswith("{") and not template.startswith(("{DAY}", "{NUMSTART}"))
    if " {DAY}" in template and fronting_ok and rng.random() < 0.2:
        template = "{DAY}, " + template.replace(" {DAY}", "", 1)
    if rng.random() >= ELAB_SHARE[stance] or template.endswith('"') or not template.endswith("."):
        return template
    preps = P.ELAB_PREP if stance == "asserted" else P.ELAB_NEUTRAL
    if template.endswith(", {SAID}."):
        return template[: -len(", {SAID}.")] + " " + rng.choice(preps) + ", {SAID}."
    if rng.random() < 0.7 or stance != "asserted" or ptype not in APPOSITIVE_TYPES:
        return template[:-1] + " " + rng.choice(preps) + "."
    return template[:-1] + ", " + rng.choice(P.ELAB_APPOS) + "."


def render_frame(frame, rng) -> list[dict]:
    if isinstance(frame, Fixed):
        return [{
            "text": frame.text, "plover_type": frame.ptype, "cameo": frame.cameo, "mode": frame.mode,
            "stance": frame.stance, "source": frame.source, "target": frame.target, "trigger": frame.trigger,
            "context": sorted(set(frame.ctx) or _base_context(frame.cameo)), "frame": frame.fid,
        }]  # fmt: skip
    records = []
    for stance, templates in frame.variants.items():
        if isinstance(templates, str):
            templates = (templates,)
        ptype, cameo, mode = _resolve(frame, stance)
        for template in templates:
            for _ in range(max(1, round(FILLS[stance] * frame.n * TYPE_WEIGHT.get(frame.ptype, 1.0)))):
                filled = template if frame.ptype == "NONE" else elaborate(template, stance, rng, frame.ptype)
                text, spans, ctx = fill(filled, frame, rng, historical=stance == "historical")
                cut = {k: text[a:b] for k, (a, b) in spans.items()}
                context = set(frame.ctx) | ctx or _base_context(cameo)
                records.append({
                    "text": text, "plover_type": ptype, "cameo": cameo, "mode": mode, "stance": stance,
                    "source": cut.get("S"), "target": cut.get("T"), "trigger": cut.get("trigger"),
                    "context": sorted(context), "frame": frame.fid,
                })  # fmt: skip
    return records
