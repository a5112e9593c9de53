"""Generate the conflict half of the labelled event corpus (corpus/events/conflict.jsonl).

Types: ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, plus NONE
sentences (CAMEO 01x public statements, hard negatives that share words with events, and sentences
with no event at all).

Every sentence is written here: hand-written frames (``conflict_frames.FRAMES``) are filled from
actor pools of real countries, leaders, armed forces, rebels, parties, NGOs and IGOs, and turned into
asserted / future / hypothetical / negated / historical variants; hand-written one-off sentences
(``conflict_frames.HANDWRITTEN``) are added as they are. Output is deterministic for a given SEED
and deduplicated on text. Whole frames go to the dev split (about 15% of the frames of each type)
so that dev measures generalisation to unseen wording rather than memorised templates.

Run: .venv/bin/python corpus/generate_conflict.py        (writes and validates)
     .venv/bin/python corpus/generate_conflict.py --check (validates the existing file)
Pure standard library on purpose: the corpus must rebuild on a bare Python 3.11.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conflict_frames import FRAMES, HANDWRITTEN, NONE_FRAMES  # noqa: E402
from conflict_pools import (  # noqa: E402
    APPOSITIVES,
    ATTRIBUTIONS,
    BORDERS,
    COUNTRIES,
    DAYS,
    DYADS,
    FEMALE_NAMES,
    HYPO_PREFIX,
    NEIGHBOURS,
    POOLS,
    REPORTERS,
    TAILS,
    WHEN_FUTURE,
    WHEN_PAST,
    actor,
    has_kind,
)
from stats import withdrawn_frames  # noqa: E402

BY_NAME = {c["name"]: c for c in COUNTRIES}
OUT = HERE / "events" / "conflict.jsonl"
CAMEO_TSV = HERE.parent / "src" / "dyadwatch" / "ontology" / "cameo.tsv"
SEED = 20261122
DEV_SHARE = 0.15
TYPES = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STANCE_WEIGHTS = {"asserted": 60, "future": 15, "hypothetical": 10, "negated": 10, "historical": 5}
STANCE_LETTER = {"A": "asserted", "F": "future", "H": "hypothetical", "N": "negated", "X": "historical"}
# Modes allowed per type (PLOVER manual tables; SANCTION 'convict' and PROTEST 'vandalize' included).
MODES = {
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber", "ban"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional", "massacre"},
}  # fmt: skip
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
}  # fmt: skip


def cameo_types() -> dict[str, str]:
    with CAMEO_TSV.open(encoding="utf-8") as fh:
        return {row["code"]: row["plover_type"] for row in csv.DictReader(fh, delimiter="\t")}


# ---------------------------------------------------------------------------------------------
# Verb rendering: one verb, five stances, active or passive, direct or reported ("X said Y had ...").
# ---------------------------------------------------------------------------------------------


def _verb(forms: str) -> tuple[str, str, str]:
    base, past, pp = forms.split(":")
    return base, past, pp


def render_verb(rng: random.Random, forms: str, stance: str, plural: bool, passive: bool, reported: bool):
    """Return (phrase, trigger) for the verb slot. The trigger is the lexical verb as written."""
    base, past, pp = _verb(forms)
    be_past = "were" if plural else "was"
    be_pres = "are" if plural else "is"
    if passive:
        if stance == "asserted":
            return (f"had been {pp}" if reported else f"{be_past} {pp}"), pp
        if stance == "future":
            if reported:
                return rng.choice([f"would be {pp}", f"{be_past} to be {pp}"]), pp
            return rng.choice([f"will be {pp}", f"{be_pres} expected to be {pp}", f"{be_pres} to be {pp}"]), pp
        if stance == "negated":
            return (f"had not been {pp}" if reported else f"{be_past} not {pp}"), pp
        if stance == "hypothetical":
            return rng.choice([f"could be {pp}", f"may be {pp}", f"might be {pp}"]), pp
        return f"had been {pp}", pp
    if stance == "asserted":
        return (f"had {pp}" if reported else past), (pp if reported else past)
    if stance == "future":
        if reported:
            return rng.choice([f"would {base}", f"planned to {base}", f"{be_past} expected to {base}"]), base
        plan = "plan" if plural else "plans"
        return rng.choice(
            [f"will {base}", f"{plan} to {base}", f"{be_pres} expected to {base}", f"{be_pres} set to {base}"]
        ), base
    if stance == "negated":
        if reported:
            return rng.choice([f"had not {pp}", f"did not {base}"]), (pp if "had" in "had" else base)
        return f"did not {base}", base
    if stance == "hypothetical":
        return rng.choice([f"could {base}", f"may {base}", f"might {base}", f"could {base}"]), base
    return f"had {pp}", pp


def trigger_of(phrase: str, forms: str) -> str:
    """The lexical verb inside a rendered verb phrase (the last of base/past/pp that it ends with)."""
    base, past, pp = _verb(forms)
    for form in sorted({base, past, pp}, key=len, reverse=True):
        if phrase.endswith(form):
            return form
    raise ValueError(f"cannot find the verb of {forms!r} in {phrase!r}")


# ---------------------------------------------------------------------------------------------
# Frame filling
# ---------------------------------------------------------------------------------------------

NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
BORDER_WORDS = ("border", "airspace", "shell", "artillery", "tank", "waters near")
SLOT_RE = re.compile(r"\{([a-zA-Z_]+)(\d?)\}")


# Countries whose forces or armed groups have documented records of atrocities (massacres, chemical
# attacks, mass rape, torture): only these fill atrocity frames, so generated text does not invent them.
GRIM = {"Syria", "Myanmar", "Sudan", "Ethiopia", "the Democratic Republic of Congo", "Iraq", "Nigeria", "Russia",
        "Serbia", "Yemen", "Libya", "Somalia", "Mali", "Afghanistan", "Sri Lanka", "Iran", "Egypt", "Belarus",
        "Haiti", "North Korea"}  # fmt: skip


# Places where gunmen, bombs, landmines and pirates strike in the news of the last thirty years.
VIOLENT = GRIM | {"Pakistan", "India", "Mexico", "Colombia", "the Philippines", "Kenya", "Turkey", "Lebanon",
                  "Israel", "the Palestinian Authority", "Ukraine", "Thailand", "Bangladesh", "Indonesia"}  # fmt: skip


# Governments that jail opponents, ban parties and shut newspapers in the news of the period: repression
# frames (arrests of opposition members, bans, torture in custody) only use these.
REPRESSIVE = GRIM | {"China", "Turkey", "Venezuela", "Nicaragua", "Cuba", "Zimbabwe", "Pakistan", "Bangladesh",
                     "Thailand", "Saudi Arabia", "Azerbaijan", "Georgia", "Kenya", "Ethiopia", "Uganda",
                     "Cambodia", "Tunisia", "Algeria", "Hungary", "Serbia", "India", "the Philippines"}  # fmt: skip


def pick_countries(
    rng: random.Random,
    kinds: list[tuple[str, str]],
    grim: bool = False,
    violent: bool = False,
    adjacent: bool = False,
    border: bool = False,
    repressive: bool = False,
):
    """Two distinct countries able to fill the actor kinds each frame slot needs."""
    need = {"1": set(), "2": set()}
    for kind, idx in kinds:
        if idx:
            need[idx].add(kind)
    for attempt in range(500):
        if adjacent or border or (attempt < 40 and rng.random() < 0.9):
            pair = rng.choice(BORDERS if border else NEIGHBOURS if adjacent else DYADS)
            c1, c2 = (BY_NAME[n] for n in (pair if rng.random() < 0.5 else pair[::-1]))
        else:
            c1, c2 = rng.sample(COUNTRIES, 2)
        if (
            (grim and c1["name"] not in GRIM)
            or (violent and c1["name"] not in VIOLENT)
            or (repressive and c1["name"] not in REPRESSIVE)
        ):
            continue
        if all(has_kind(c1, k) for k in need["1"]) and all(has_kind(c2, k) for k in need["2"]):
            return c1, c2
    raise ValueError(f"no countries can fill slot kinds {need}")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fill(rng: random.Random, frame: dict, stance: str) -> dict | None:
    template: str = frame["template"]
    s_kind, t_kind = frame["S"], frame["T"]
    slot_kinds = [(k[:-1], k[-1]) if k[-1:] in "12" else (k, "") for k in (s_kind, t_kind) if k != "-" and k[0] != "="]
    flags = frame["flags"]
    # Land-bound acts (shelling, tanks, border drills, airspace) need a real land neighbour.
    border = "adj" in flags and any(w in template + frame["verb"] for w in BORDER_WORDS)
    c1, c2 = pick_countries(
        rng, slot_kinds, "grim" in flags, "violent" in flags, "adj" in flags, border, "repr" in flags
    )
    countries = {"1": c1, "2": c2, "": None}
    historical = stance == "historical"

    def actor_for(kind_spec: str) -> tuple[str, bool] | None:
        if kind_spec == "-":
            return None
        if kind_spec.startswith("="):
            # A fixed actor written into the frame: "=the International Criminal Court", "=+Israeli warplanes".
            fixed = kind_spec.replace("{big}", rng.choice(["500", "2,000", "5,000", "10,000", "20,000", "50,000"]))
            return (fixed[2:], True) if fixed.startswith("=+") else (fixed[1:], False)
        kind, idx = (kind_spec[:-1], kind_spec[-1]) if kind_spec[-1] in "12" else (kind_spec, "")
        return actor(rng, kind, countries[idx], historical=historical)

    # A slot the template does not write (e.g. the government a march is aimed at) has no actor text.
    src = actor_for(s_kind) if "{S}" in template else None
    tgt = actor_for(t_kind) if "{T}" in template else None
    if src and tgt and (src[0].lower() in tgt[0].lower() or tgt[0].lower() in src[0].lower()):
        return None
    passive = "P" in frame["flags"]
    subject_plural = (tgt if passive else src)[1] if (tgt if passive else src) else False
    if "pl" in frame["flags"] or "sg" in frame["flags"]:
        # The frame's own subject ("Hundreds of riot police were ...") overrides the slot's number.
        subject_plural = "pl" in frame["flags"]
    reported = (
        stance != "historical"
        and "noreport" not in frame["flags"]
        and frame["type"] != "NONE"
        and template.startswith("{")
        and template.split("}", 1)[0] in ("{S", "{T")
        and rng.random() < 0.18
    )
    if frame["verb"] == "-":
        # A sentence with no event at all: nothing to conjugate, no trigger.
        reported = False
        phrase = ""
    else:
        phrase, _ = render_verb(rng, frame["verb"], stance, subject_plural, passive, reported)
    denial = False
    if (stance == "negated" and phrase and not passive and not reported and rng.random() < 0.2
            and "nodeny" not in frame["flags"]):  # fmt: skip
        # "X denied having shelled ..." is a negated event, unlike "X denied responsibility" (CAMEO 016).
        _, _, pp = _verb(frame["verb"])
        phrase = f"denied having {pp}"
        denial = True
    perfect = (
        stance == "asserted" and phrase and frame["type"] != "NONE" and not reported and "{WHEN}" in template
    ) and rng.random() < 0.15
    if perfect:
        # Newswire's present perfect ("Russia has accused ..."), which takes no past time adverb.
        _, _, pp = _verb(frame["verb"])
        have = "have" if subject_plural else "has"
        phrase = f"{have} been {pp}" if passive else f"{have} {pp}"
    trigger = trigger_of(phrase, frame["verb"]) if phrase else None

    values: dict[str, str] = {}
    if historical:
        year = str(rng.randint(1991, 2016))
        values["WHEN"] = rng.choice([f"in {year}", f"in {year}", f"in early {year}", f"in late {year}"])
    elif stance == "future":
        values["WHEN"] = rng.choice(WHEN_FUTURE)
    elif stance == "hypothetical":
        values["WHEN"] = rng.choice(["", "", "", "next year", "within weeks", "in the coming months"])
    elif perfect:
        values["WHEN"] = rng.choice(["", "", "this week", "in recent days", "this year"])
    else:
        values["WHEN"] = rng.choice(WHEN_PAST)
    attr = "" if reported or rng.random() < 0.35 else rng.choice(ATTRIBUTIONS)
    if attr and not values["WHEN"] and stance in ("asserted", "negated") and not perfect and rng.random() < 0.5:
        # AFP style puts the day on the attribution instead: "..., the ministry said on Tuesday."
        on = rng.choice(["on ", "on ", ""])  # "said Tuesday" is the agencies' US style
        attr = f"{attr} {on}{rng.choice(DAYS)}" if attr.split()[-1] in ("said", "reported") else attr
    tail = ""
    if frame["type"] != "NONE" and stance in ("asserted", "historical") and rng.random() < 0.25:
        tail = f", {rng.choice(TAILS[frame['type']] + TAILS['ANY'])}"
        if tail.split()[1] in template:  # "killing ..." twice reads badly
            tail = ""
    attr_text = f", {attr}" if attr else ""
    values["ATTR"] = tail + attr_text
    values["S"] = src[0] if src else ""
    values["T"] = tgt[0] if tgt else ""
    values["V"] = phrase
    s_female = bool(src) and any(name in src[0] for name in FEMALE_NAMES)
    t_female = bool(tgt) and any(name in tgt[0] for name in FEMALE_NAMES)
    values["he"], values["his"] = ("she", "her") if s_female else ("he", "his")
    values["This"] = "her" if t_female else "his"

    def sub(match: re.Match) -> str:
        name, idx = match.group(1), match.group(2)
        if name in values and not idx:
            return values[name]
        if idx:
            country = countries[idx]
            if name == "city":
                return rng.choice(country["cities"])
            if name in ("adj", "name", "capital"):
                return country[name]
            raise KeyError(f"frame {frame['id']}: unknown country slot {name}{idx}")
        if name == "num":
            # Agency style spells out numbers under ten.
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 20, 23, 27, 31, 40, 45])
            return NUMBER_WORDS.get(n, str(n))
        if name == "numw":
            return rng.choice(["two", "three", "four", "five", "six", "seven", "eight", "nine", "dozens of"])
        if name == "big":
            return rng.choice(["50", "120", "200", "300", "several hundred", "about 1,000", "more than 2,000"])
        if name == "year":
            return str(rng.randint(1994, 2015))
        if name in POOLS:
            return rng.choice(POOLS[name])
        raise KeyError(f"frame {frame['id']}: unknown slot {{{name}}}")

    if (
        template.startswith("{S} {V}")
        and src
        and not reported
        and frame["type"] != "NONE"
        and s_kind[:-1] in APPOSITIVES
        and rng.random() < 0.12
    ):
        # "Putin, speaking to reporters in Moscow, warned ...": the subject and its verb drift apart.
        template = template.replace("{S} {V}", "{S}" + rng.choice(APPOSITIVES[s_kind[:-1]]) + " {V}", 1)
        values["ATTR"] = attr_text  # one aside per sentence is enough
    text = SLOT_RE.sub(sub, SLOT_RE.sub(sub, template))  # twice: tails carry slots of their own
    when = values["WHEN"]
    hypo_prefix = stance == "hypothetical" and not denial and not reported and rng.random() < 0.4
    if reported:
        # Slot values keep their own capitalisation ("the Israeli army", "Russia"), so no lowering.
        text = f"{rng.choice(REPORTERS)} {text}"
    elif hypo_prefix:
        text = f"{rng.choice(HYPO_PREFIX)} {text}"
    elif when and template.startswith("{") and "{WHEN}" in template and when not in DAYS and rng.random() < 0.25:
        # Newswire often fronts the time: "On Tuesday, ..." / "In 1999, ...".
        text = text.replace(f" {when}", "", 1)
        text = f"{cap(when)}, {text}"
    text = text.replace("United States's", "United States'")
    text = re.sub(r"\s+", " ", text).replace(" ,", ",").replace(" .", ".").strip()
    text = cap(text)
    override = next((f[2:].replace("_", " ") for f in frame["flags"] if f.startswith("t=")), None)
    if override and trigger and override in text:
        # "said it would withdraw": the event is the withdrawal threatened, not the saying.
        trigger = override
    source = src[0] if src else None
    target = tgt[0] if tgt else None
    if source and source not in text and cap(source) in text:
        source = cap(source)
    if target and target not in text and cap(target) in text:
        target = cap(target)
    return {
        "text": text,
        "plover_type": frame["type"],
        "cameo": frame["cameo"],
        "mode": frame["mode"],
        "stance": stance,
        "source": source,
        "target": target,
        "trigger": trigger,
        "context": list(frame["context"]),
    }


def stances_for(frame: dict) -> list[str]:
    allowed = frame["stances"]
    return [s for s in STANCE_WEIGHTS if s in allowed]


def generate() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    seen: set[str] = set()
    frames = FRAMES + NONE_FRAMES
    dev_frames = choose_dev(frames + HANDWRITTEN)
    for frame in frames:
        allowed = stances_for(frame)
        weights = [STANCE_WEIGHTS[s] for s in allowed]
        made = 0
        attempts = 0
        while made < frame["n"] and attempts < frame["n"] * 20:
            attempts += 1
            stance = rng.choices(allowed, weights)[0]
            rec = fill(rng, frame, stance)
            if rec is None or rec["text"].lower() in seen:
                continue
            seen.add(rec["text"].lower())
            rec["split"] = "dev" if frame["id"] in dev_frames else "train"
            rec["frame"] = frame["id"]
            records.append(rec)
            made += 1
    for hand in HANDWRITTEN:
        if hand["text"].lower() in seen:
            continue
        seen.add(hand["text"].lower())
        rec = {k: hand[k] for k in ("text", "plover_type", "cameo", "mode", "stance", "source", "target",
                                      "trigger", "context")}  # fmt: skip
        rec["split"] = "dev" if hand["id"] in dev_frames else "train"
        rec["frame"] = hand["id"]
        records.append(rec)
    counters: Counter[str] = Counter()
    out = []
    for rec in records:
        prefix = rec["plover_type"].lower()
        counters[prefix] += 1
        out.append({"id": f"conf-{prefix}-{counters[prefix]:04d}", **rec})
    withdrawn = withdrawn_frames()  # after numbering, so that the other sentences keep their ids
    return [rec for rec in out if rec["frame"] not in withdrawn]


def choose_dev(frames: list[dict]) -> set[str]:
    """About DEV_SHARE of the frames of each type (generated and hand-written apart) go to dev."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for f in frames:
        groups.setdefault((f["type"], "template" in f), []).append(f["id"])
    dev: set[str] = set()
    for key in sorted(groups):
        ids = sorted(groups[key])
        rng = random.Random(f"{SEED}-{key[0]}-{key[1]}")
        dev.update(rng.sample(ids, max(1, math.floor(len(ids) * DEV_SHARE + 0.5))))
    return dev


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

FIELDS = ("id", "text", "plover_type", "cameo", "mode", "stance", "source", "target", "trigger", "context",
          "split", "frame")  # fmt: skip


def validate(records: list[dict]) -> list[str]:
    """Every problem found, as 'id: message'; an empty list means the corpus is valid."""
    table = cameo_types()
    problems: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    for rec in records:
        rid = rec.get("id", "?")
        if tuple(rec) != FIELDS:
            problems.append(f"{rid}: fields {tuple(rec)} differ from {FIELDS}")
            continue
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids.add(rid)
        text = rec["text"]
        if text.lower() in texts:
            problems.append(f"{rid}: duplicate text")
        texts.add(text.lower())
        if not (3 <= len(text.split()) <= 60) or text != text.strip() or "{" in text or "  " in text:
            problems.append(f"{rid}: malformed text {text!r}")
        if not text[:1].isupper() and not text[:1].isdigit() and not text.startswith(("'", '"')):
            problems.append(f"{rid}: text does not start with a capital: {text!r}")
        ptype, cameo = rec["plover_type"], rec["cameo"]
        if ptype == "NONE":
            if cameo is not None and not (cameo in table and cameo.startswith("01")):
                problems.append(f"{rid}: NONE sentences take a 01x statement code or null, not {cameo!r}")
            if rec["mode"] is not None:
                problems.append(f"{rid}: NONE sentences have no mode")
        elif ptype not in TYPES:
            problems.append(f"{rid}: plover_type {ptype!r} is not one of this part's types")
        elif cameo not in table:
            problems.append(f"{rid}: CAMEO code {cameo!r} is not in cameo.tsv")
        elif table[cameo] != ptype:
            problems.append(f"{rid}: CAMEO {cameo} is {table[cameo]} in cameo.tsv, not {ptype}")
        elif rec["mode"] is not None and rec["mode"] not in MODES[ptype]:
            problems.append(f"{rid}: mode {rec['mode']!r} is not a {ptype} mode")
        if rec["stance"] not in STANCE_WEIGHTS:
            problems.append(f"{rid}: unknown stance {rec['stance']!r}")
        for field in ("source", "target", "trigger"):
            value = rec[field]
            if value is not None and (not value or value not in text):
                problems.append(f"{rid}: {field} {value!r} is not a substring of the text")
            elif value and not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                # "deport" inside "deported" would point the span at the wrong word.
                problems.append(f"{rid}: {field} {value!r} does not match whole words of the text")
        if ptype != "NONE" and not rec["trigger"]:
            problems.append(f"{rid}: an event needs a trigger")
        if not isinstance(rec["context"], list) or any(c not in CONTEXTS for c in rec["context"]):
            problems.append(f"{rid}: bad context {rec['context']!r}")
        if rec["split"] not in ("train", "dev"):
            problems.append(f"{rid}: split must be train or dev")
        if not rec["frame"]:
            problems.append(f"{rid}: missing frame id")
    frame_splits: dict[str, set[str]] = {}
    for rec in records:
        frame_splits.setdefault(rec["frame"], set()).add(rec["split"])
    problems += [f"frame {f}: split across train and dev" for f, s in frame_splits.items() if len(s) > 1]
    return problems


def summary(records: list[dict]) -> str:
    by_type = Counter(r["plover_type"] for r in records)
    lines = [f"{len(records)} sentences"]
    for t in (*TYPES, "NONE"):
        recs = [r for r in records if r["plover_type"] == t]
        st = Counter(r["stance"] for r in recs)
        dev = sum(r["split"] == "dev" for r in recs)
        codes = len({r["cameo"] for r in recs})
        stances = " ".join(f"{s[:4]}={st[s] / max(1, len(recs)):.0%}" for s in STANCE_WEIGHTS)
        lines.append(f"  {t:9} {by_type[t]:5}  dev={dev:4}  codes={codes:3}  {stances}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        records = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        records = generate()
    problems = validate(records)
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        print(f"{len(problems)} problems; {OUT} not written", file=sys.stderr)
        return 1
    if "--check" not in argv:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(summary(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
