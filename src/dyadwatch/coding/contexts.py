"""PLOVER contexts: the 37 topical tags of an event (``military``, ``migration``, ``corruption`` …).

A context is the topic a sentence is about, not what the actors did, so a transparent keyword
table is the right tool: each context has word stems (matched at the start of a word, case
insensitive) written from the definitions in the PLOVER manual's "Contexts" chapter. A few event
types imply a context on their own (MOBILIZE troops and ASSAULT with weapons are military), and
an event's CAMEO code can carry one (``ontology.cameo_info(code).plover_context``; the events stage
may add it). When the sentence names no topic, the article's dominant topic (a context whose stems
occur at least :data:`ARTICLE_MIN_HITS` times in the article) is used, because "the meeting" in
the fifth paragraph of a story about migration is a meeting about migration.
"""

from __future__ import annotations

import re
from functools import cache

from dyadwatch.ontology import PLOVER_CONTEXTS

# Word stems per context. A stem matches at a word start ("troop" matches "troops"); a trailing
# "$" anchors the word end so short words ("war$", "un$") do not match inside longer ones.
CONTEXT_STEMS: dict[str, tuple[str, ...]] = {
    "military": ("militar", "troop", "soldier", "army", "armies", "navy", "naval", "air force", "warplane",
                 "airstrike", "air strike", "artillery", "tank$", "tanks$", "missile", "warship", "defence",
                 "defense", "general$", "battalion", "brigade", "combat", "offensive$", "shelling", "marines",
                 "war$", "wars$", "pentagon", "armed forces", "ceasefire", "cease-fire", "nato"),
    "intelligence": ("intelligence", "spy", "spies", "spying", "espionage", "cia$", "mossad", "kgb", "fsb$",
                     "mi6", "surveillance", "reconnaissance", "wiretap"),
    "executive": ("president", "prime minister", "premier$", "cabinet", "chancellor", "white house",
                  "kremlin", "head of state", "executive order", "decree", "presidential"),
    "legislative": ("parliament", "congress", "senate", "senator", "lawmaker", "legislat", "deputies",
                    "national assembly", "knesset", "duma", "house of representatives", "mp$", "mps$",
                    "bill$", "impeach"),
    "election": ("election", "elector", "vote$", "votes$", "voting", "voter", "ballot", "polls$", "campaign",
                 "candidate", "runoff", "run-off", "referendum", "re-election", "reelection", "electoral"),
    "political_institutions": ("constitution", "supreme court", "coup", "state of emergency", "pardon",
                               "term limit", "institution", "dissolve", "dissolution", "political part",
                               "ruling party", "opposition part"),
    "pro_democracy": ("democra", "free and fair", "civilian rule", "transition to civilian",
                      "election observer", "rule of law"),
    "pro_autocracy": ("authoritarian", "autocra", "dictator", "junta", "martial law", "crackdown on dissent",
                      "rigged", "one-party", "power grab", "postpone the election", "postponed the election"),
    "economic": ("econom", "trade", "trading", "tariff", "export", "import", "investment", "invest",
                 "financ", "bank", "loan", "debt", "budget", "gdp", "inflation", "currency", "market",
                 "business", "compan", "industr", "billion", "million dollar", "imf$", "world bank",
                 "fiscal", "tax", "subsid", "sanctions relief", "free trade", "wto$"),
    "legal": ("court", "judge", "judicia", "trial", "prosecut", "lawyer", "attorney", "law$", "laws$",
              "legal", "indict", "convict", "sentenc", "verdict", "extradit", "lawsuit", "tribunal",
              "charged", "charges", "arrest warrant", "justice"),
    "reparations": ("reparation", "compensat", "restitution", "indemnit"),
    "human_rights": ("human rights", "rights group", "rights activist", "amnesty international",
                     "human rights watch", "abuses", "torture", "extrajudicial", "atrocit", "war crime",
                     "crimes against humanity"),
    "rights_freedoms": ("freedom of", "free speech", "press freedom", "censor", "journalist", "civil liberties",
                        "civil rights", "right to protest", "freedom", "dissident", "blogger", "internet shutdown"),
    "repression": ("crackdown", "tear gas", "teargas", "riot police", "repress", "political prisoner",
                   "detained activists", "dispersed", "rubber bullets", "water cannon", "persecut", "disappear"),
    "human_security": ("food", "famine", "hunger", "water supply", "drinking water", "housing", "homeless",
                       "electricity", "fuel shortage", "land rights", "evict", "shortage", "malnutrition"),
    "gender": ("women", "woman", "gender", "femicide", "girls", "feminis", "reproductive", "abortion",
               "sexual violence", "rape", "domestic violence", "maternal"),
    "lgbt": ("lgbt", "gay", "lesbian", "transgender", "same-sex", "homosexual", "queer", "pride march"),
    "religion_ethnicity": ("religio", "muslim", "christian", "jewish", "jews$", "hindu", "buddhist", "church",
                           "mosque", "temple", "synagogue", "ethnic", "tribe", "tribal", "sectarian", "shiite",
                           "sunni", "shia$", "kurd", "rohingya", "uighur", "uyghur", "minorit", "indigenous",
                           "islamic", "catholic", "pope", "clergy", "imam"),
    "inequality": ("inequalit", "poverty", "poor$", "the poor", "wealth gap", "discriminat", "marginali",
                   "racial", "racism"),
    "diplomatic": ("diplomat", "embass", "ambassador", "foreign minister", "foreign ministry",
                   "secretary of state", "envoy", "consul", "summit", "bilateral", "talks$", "negotiat",
                   "state department", "foreign affairs", "treaty", "united nations", "u.n.", "un$",
                   "security council", "visit", "relations"),
    "territory": ("territor", "border", "sovereignty", "annex", "independence", "secession", "separatis",
                  "disputed", "island", "autonomy", "occupied", "frontier", "maritime", "enclave"),
    "peacekeeping": ("peacekeep", "peace-keep", "blue helmets", "monitoring mission", "observer mission",
                     "peace process", "peace deal", "peace agreement", "peace accord", "truce monitor"),
    "health": ("health", "hospital", "disease", "epidemic", "pandemic", "outbreak", "vaccin", "virus",
               "covid", "ebola", "cholera", "malaria", "aids$", "hiv$", "medical", "medicine", "doctor"),
    "asylum": ("asylum",),
    "migration": ("migra", "immigra", "emigra", "refugee", "deport", "displaced", "border crossing",
                  "caravan", "undocumented", "visa", "exodus", "smuggled migrants", "remittance"),
    "disasters": ("earthquake", "hurricane", "cyclone", "typhoon", "flood", "drought", "tsunami", "landslide",
                  "disaster", "wildfire", "heat wave", "heatwave", "storm", "volcan"),
    "natural_resource": ("oil$", "gas$", "pipeline", "mining", "mine$", "mines$", "minerals", "lithium",
                         "copper", "gold$", "timber", "fishing", "fisher", "crude", "opec", "natural gas",
                         "energy", "petroleum", "water rights", "dam$", "logging"),
    "environment": ("environment", "climate", "emission", "pollut", "deforest", "carbon", "biodiversity",
                    "conservation", "greenhouse", "renewable", "global warming", "ecolog"),
    "technology": ("technolog", "semiconductor", "chip$", "chips$", "artificial intelligence", "satellite",
                   "software", "telecom", "5g$", "huawei", "space program", "tech firm", "tech compan"),
    "terrorism": ("terror", "al-qaeda", "al qaeda", "islamic state", "isis$", "isil$", "taliban", "boko haram",
                  "al-shabaab", "hezbollah", "hamas", "jihad", "suicide bomb", "extremis", "militant"),
    "cbrn": ("nuclear", "chemical weapon", "biological weapon", "radiolog", "uranium", "enrichment",
             "warhead", "sarin", "nerve agent", "anthrax", "weapons of mass destruction", "iaea"),
    "cyber": ("cyber", "hacker", "hacking", "hacked", "ransomware", "malware", "denial of service",
              "data breach"),
    "misinformation": ("misinformation", "disinformation", "fake news", "propaganda", "false information",
                       "influence operation", "troll farm", "deepfake"),
    "crime": ("crime", "criminal", "gang", "murder", "homicide", "robber", "theft", "kidnap", "extortion",
              "cartel", "ms-13", "mafia", "organized crime", "organised crime", "smuggl", "fraud", "police"),
    "corruption": ("corrupt", "brib", "embezzl", "graft", "kickback", "money laundering", "money-laundering",
                   "nepotism", "misappropriat"),
    "illegal_drugs": ("drug", "narcotic", "cocaine", "heroin", "fentanyl", "cannabis", "marijuana", "opium",
                      "methamphetamine", "narco", "trafficker"),
    "trafficking": ("traffick", "smuggl", "contraband", "illicit trade", "arms trade", "human trafficking"),
}  # fmt: skip

# Contexts an event type implies by itself (only where the manual makes the type inherently so).
TYPE_CONTEXTS: dict[str, tuple[str, ...]] = {
    "MOBILIZE": ("military",),
}

ARTICLE_MIN_HITS = 3
MAX_CONTEXTS = 4


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    compiled: dict[str, re.Pattern[str]] = {}
    for context, stems in CONTEXT_STEMS.items():
        parts = []
        for stem in stems:
            if stem.endswith("$"):
                parts.append(re.escape(stem[:-1]) + r"(?![\w-])")
            else:
                parts.append(re.escape(stem))
        compiled[context] = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.IGNORECASE)
    return compiled


def context_hits(text: str) -> dict[str, int]:
    """How often each context's stems occur in ``text`` (contexts with no hit are left out)."""
    hits: dict[str, int] = {}
    for context, pattern in _patterns().items():
        n = len(pattern.findall(text))
        if n:
            hits[context] = n
    return hits


def contexts_for(sentence: str, plover_type: str, article_text: str | None = None) -> tuple[str, ...]:
    """The PLOVER contexts of an event of ``plover_type`` told in ``sentence``, in the order of
    PLOVER_CONTEXTS, at most MAX_CONTEXTS (the ones with most keyword hits)."""
    hits = context_hits(sentence)
    for context in TYPE_CONTEXTS.get(plover_type.upper(), ()):
        hits[context] = hits.get(context, 0) + 1
    if not hits and article_text:
        hits = {c: n for c, n in context_hits(article_text).items() if n >= ARTICLE_MIN_HITS}
        if hits:
            top = max(hits.values())
            hits = {c: n for c, n in hits.items() if n == top}
    chosen = sorted(hits, key=lambda c: (-hits[c], PLOVER_CONTEXTS.index(c)))[:MAX_CONTEXTS]
    return tuple(c for c in PLOVER_CONTEXTS if c in chosen)


__all__ = ["CONTEXT_STEMS", "context_hits", "contexts_for"]
