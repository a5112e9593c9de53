"""Country from context: an actor the knowledge base gives no country ("police", "militants",
"Kurds", a judge it does not know) takes the country its text places it in.

The gold-standard practice of event data (and what an analyst expects) is to code such an actor
with the country it is in, not with the country its name evokes: "Kurds demonstrated in Kirkuk" is
an Iraqi actor, "ethnic Albanians demonstrated in Serbia" a Serbian one. In order:

1. a place or country in the actor's own phrase ("security forces in Guinea", "the Albanians of
   southern Serbia");
2. the place the sentence names (a place mention: "... blocked streets in Hong Kong", or a name after
   "in"/"at" that the entity recogniser missed but the gazetteer knows: "in Mbarara");
3. the country the sentence names most often, by name or demonym ("Croatian authorities ..."),
   unless the sentence names a region that spans countries ("Central America"): then none;
4. the article's dominant country.

Each step is less sure than the one before; the actor keeps its own sector, its confidence drops,
and its name records the cue ("police (Pakistan, from 'Sindh')"). An ethnic group named by a
demonym ("ethnic Albanians") never takes the demonym's own country from steps 2-4.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from dyadwatch.actors.kb import ActorKB
from dyadwatch.actors.text import key, tokens
from dyadwatch.models import ActorRef, ResolvedMention

# Prepositions that attach a place to the actor's own phrase ("rebels in Darfur", "Albanians of Serbia").
PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "throughout", "across", "at", "inside", "within", "near"})
# Sectors of knowledge-base groups that belong to wherever they live (ethnic and religious communities).
_COMMUNITY_SECTORS = frozenset({"CVL", "REL", "REF"})
_ETHNIC = frozenset({"ethnic", "ethnically"})

# How sure a country from each kind of cue is (the actor's own confidence caps it).
CONFIDENCE = {"own phrase": 0.6, "sentence place": 0.55, "sentence country": 0.5, "article": 0.4}


@dataclass(frozen=True, slots=True)
class Cue:
    """A country the article names: by a place (where something is) or by an actor or demonym."""

    country: str
    text: str
    start: int
    sentence: int
    place: bool
    index: int  # the resolved mention it comes from


def needs_country(ref: ActorRef | None, kb: ActorKB) -> bool:
    """A generic actor, an unknown person's title, or a community without a country."""
    if ref is None or ref.country is not None or ref.sector == "IGO" or (ref.code or "").startswith("IGO"):
        return False
    if ref.kb_id is None:
        return ref.sector is not None
    entry = kb.entry(ref.kb_id)
    if entry is None:
        return False
    return entry.kind == "person" or (entry.kind == "organisation" and entry.sector in _COMMUNITY_SECTORS)


def ethnic_country(ref: ActorRef | None, mention_text: str, before: str) -> str | None:
    """The country an ethnic demonym names ("ethnic Albanians" -> ALB), which the group is *not*
    coded with when the text places it elsewhere; None for anything else."""
    if ref is None or ref.country is None or not (ref.kb_id is None or ref.kb_id.startswith("country.")):
        return None
    words = key(mention_text).split()
    if (words and words[0] in _ETHNIC) or before.lower() in _ETHNIC:
        return ref.country
    return None


def demonym_group(ref: ActorRef | None, mention_text: str, kb: ActorKB) -> bool:
    """ "Albanians", "Turks": a plural demonym naming people (placed by its own phrase only)."""
    if ref is None or ref.sector is not None or not (ref.kb_id or "").startswith("country."):
        return False
    entry = kb.entry(ref.kb_id or "")
    k = key(mention_text)
    return entry is not None and k.endswith("s") and any(key(a) == k for a in entry.adjectives)


class ArticleCountries:
    """The country cues of one article, read once from its resolved mentions."""

    def __init__(
        self,
        text: str,
        resolved: Sequence[ResolvedMention],
        kb: ActorKB,
        on: date | None,
        skip: frozenset[int] = frozenset(),
    ) -> None:
        """``text``: the article's text; ``skip``: indexes of mentions that name no country of their
        own (an ethnic demonym)."""
        self.kb = kb
        self.on = on
        self.cues: list[Cue] = []
        self._named: dict[int, Counter[str]] = {}
        for i, rm in enumerate(resolved):
            actor = rm.actor
            if i in skip:
                continue
            if not rm.is_place and actor is not None and actor.country and actor.sector != "IGO":
                m = rm.mention
                if text[m.end : m.end + 6].lower() in ("-based", "–based"):
                    continue  # "a UK-based group": where an organisation sits, not what the sentence is about
                self.cues.append(Cue(actor.country, m.text, m.start, m.sentence_index, False, i))
                self._named.setdefault(m.sentence_index, Counter())[actor.country] += 1
        self._article = Counter(c.country for c in self.cues)
        self._regional: set[int] = set()  # sentences that name a region spanning countries
        for i, rm in enumerate(resolved):
            if rm.is_place:
                m = rm.mention
                if kb.is_region(m.text):
                    self._regional.add(m.sentence_index)
                    continue
                country = self.place_country(m.text, m.sentence_index)
                if country:
                    self.cues.append(Cue(country, m.text, m.start, m.sentence_index, True, i))
        self.cues.sort(key=lambda c: c.start)

    def add_places(self, places: Sequence[tuple[int, str, int]]) -> None:
        """Places no mention covers ("in Soroti", missed by the entity recogniser), as
        (start, text, sentence); only names the gazetteer knows count."""
        for start, text, sentence in places:
            if self.kb.is_region(text):
                self._regional.add(sentence)
                continue
            country = self.place_country(text, sentence, gazetteer_only=True)
            if country:
                self.cues.append(Cue(country, text, start, sentence, True, -1))
        self.cues.sort(key=lambda c: c.start)

    def place_country(self, text: str, sentence: int, *, gazetteer_only: bool = False) -> str | None:
        """The country of a place named in ``sentence``: a country it names, else the gazetteer's
        reading of it in the light of the countries the sentence and the article name ("Tripoli"
        in a Lebanese story is in Lebanon)."""
        ref = None if gazetteer_only else self.kb.resolve(text, on=self.on)
        if ref is not None and ref.country:
            entry = self.kb.entry(ref.kb_id or "")
            if ref.sector is None and entry is not None and entry.kind == "country":
                k = key(text)
                if any(k == n or k.endswith(" " + n) for n in map(key, (entry.name, *entry.aliases))):
                    return ref.country  # "Serbia", "southern Serbia"; not "the Israeli-occupied X"
            elif not self.kb.is_place(text):
                return ref.country  # an actor with a country: "members of Fatah"
        if self.kb.is_region(text):
            return None  # "Central America" places nobody in one country
        from dyadwatch.geo import gazetteer

        gaz = gazetteer()
        weights = self._named.get(sentence, Counter()) + self._article
        total = max(weights.values(), default=0)
        context = {gaz.iso2[c]: n / total for c, n in weights.items() if c in gaz.iso2} if total else {}
        words = tokens(text)
        # "the Israeli-occupied West Bank": the place is at the end (but "Bank" alone is no place)
        for i in (0, *range(1, len(words) - 1)):
            found = gaz.lookup(" ".join(words[i:]), context=context)
            if found is not None and found.country3:
                return found.country3
            if gazetteer_only:
                return None
        return self.kb.country_of(text, on=self.on)

    def country_for(
        self, index: int, mention_start: int, sentence: int, exclude: str | None = None
    ) -> tuple[str, str, str] | None:
        """(country, cue text, cue kind) for the mention at ``index``, or None if nothing places it."""
        others = [c for c in self.cues if c.index != index and c.country != exclude]
        here = [c for c in others if c.sentence == sentence]
        places = [c for c in here if c.place]
        if places:
            best = min(places, key=lambda c: abs(c.start - mention_start))
            return best.country, best.text, "sentence place"
        if sentence in self._regional:
            return None  # "governments in the region", with Central America named: no one country
        if here:
            counts = Counter(c.country for c in here)
            top = max(counts.values())
            best = min((c for c in here if counts[c.country] == top), key=lambda c: abs(c.start - mention_start))
            return best.country, best.text, "sentence country"
        if others:
            counts = Counter(c.country for c in others)
            top = max(counts.values())
            tied = [c for c in others if counts[c.country] == top]
            # among equals, the latest one before the mention: the story's thread at that point
            best = ([c for c in tied if c.start < mention_start] or tied[:1])[-1]
            return best.country, best.text, "article"
        return None


def placed(
    ref: ActorRef, country: str, cue: str, how: str, kb: ActorKB, *, sector: str | None = None, name: str | None = None
) -> ActorRef:
    """``ref`` given ``country`` from context: its own sector (or ``sector``), lower confidence,
    and a name that says where the country came from."""
    sector = sector if sector is not None else ref.sector
    label = f"{name or ref.name} ({kb.country_name(country)}, from '{cue}')"
    return replace(
        ref,
        name=label,
        country=country,
        sector=sector,
        code=f"{country}{sector or ''}",
        confidence=round(min(ref.confidence, CONFIDENCE[how]), 2),
    )
