"""The actor knowledge base: names -> actors, at a date.

Resolution of a text, in order:

1. an exact name, alias, demonym or seat of power ("U.S.", "Honduran", "the White House");
2. a known place that is not an actor ("Mar-a-Lago", "Virginia") -> None;
3. a phrase: the known names and role words inside it are combined ("Honduran officials" ->
   HNDGOV, "a Duke University professor" -> USAEDU, "the office of Honduran President Juan Orlando
   Hernández" -> HNDGOV, "gang members" -> CRM). When a phrase holds several country cues, a known
   person wins, then a demonym before an organisation's name ("Serbian Labour Minister" is Serbian,
   not the British party), then a country named in it, then a place in it ("Kirkuk police"); a
   one-word town counts only if it is a city of some size and not part of a name ("Judge Alejandro
   Rivera" is not Rivera, Uruguay).

A person's sector comes from the role that covers the date (``on``); between and after roles the
entry's ``after`` role applies (default: ELI, a former leader), before the first its ``before`` role.

Codes follow CAMEO: ISO alpha-3 country + sector (``HNDGOV``, ``USAEDU``); a country alone
(``HND``); a sector alone when no country is known (``CRM``, ``REF``); international organisations
``IGO`` + a short name (``IGOUNO``, ``IGONATO``) with country None; transnational criminal groups
``CRM`` + a short name (``CRMMS13``) with country None, national ones country + ``CRM``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from dyadwatch.actors import roles as role_words
from dyadwatch.actors.places import PlaceIndex
from dyadwatch.actors.records import Entry, Role
from dyadwatch.actors.text import PRONOUNS, acronym, key, norm_token, tokens
from dyadwatch.models import ActorRef
from dyadwatch.ontology import SECTORS

# "the former president", "a deputy secretary of state": not the person holding the office at the date.
_NOT_THE_HOLDER = frozenset(
    {
        "former",
        "deputy",
        "assistant",
        "under",
        "acting",
        "ex",
        "late",
        "then",
        "future",
        "previous",
        "next",
        "another",
        "vice",
    }
)

# How a name points to its entry, and how sure an exact match of that kind is.
_CONFIDENCE = {"name": 0.95, "alias": 0.9, "adjective": 0.85, "seat": 0.8, "surname": 0.7}


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # token index
    end: int
    entry: Entry | None = None
    how: str = ""
    sector: str | None = None  # for role words


class ActorKB(PlaceIndex):
    """All actors known to dyadwatch; built by :func:`dyadwatch.actors.knowledge_base`."""

    def __init__(self, entries: Iterable[Entry], places: Iterable[str] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        for entry in entries:  # a later file's entry with the same id replaces the shipped one
            self.entries[entry.id] = entry
        self._names: dict[str, list[tuple[Entry, str]]] = {}
        self._acronyms: dict[str, list[tuple[Entry, str]]] = {}
        self._surnames: dict[str, list[Entry]] = {}
        self._places: set[str] = set()
        self._max_len = 1
        for entry in self.entries.values():
            self._index(entry)
        for place in places:
            self._places.add(key(place))
        self._cache: dict[tuple[str, date | None, str | None], ActorRef | None] = {}

    # -- building ------------------------------------------------------------------------------

    def _index(self, entry: Entry) -> None:
        if entry.kind == "place":
            for name in (entry.name, *entry.aliases):
                self._places.add(key(name))
                self._max_len = max(self._max_len, len(key(name).split()))
            return
        names = [(entry.name, "name")] + [(a, "alias") for a in entry.aliases]
        names += [(a, "adjective") for a in entry.adjectives] + [(s, "seat") for s in entry.seats]
        for name, how in names:
            toks = tokens(name)
            acro = acronym(toks[0]) if len(toks) == 1 else None
            target = self._acronyms if acro else self._names
            k = acro or key(name)
            if not k:
                continue
            bucket = target.setdefault(k, [])
            if entry.source.startswith("user:"):
                bucket.insert(0, (entry, how))  # a user's dictionary wins over the shipped one
            else:
                bucket.append((entry, how))
            self._max_len = max(self._max_len, len(k.split()))
        if entry.kind == "person":
            surname = key(entry.name).split()[-1]
            self._surnames.setdefault(surname, []).append(entry)

    def resolve(self, text: str, *, on: date | None = None, context_country: str | None = None) -> ActorRef | None:
        """The actor ``text`` names at date ``on`` (None: today), or None if it names no actor.

        ``context_country`` (ISO-3) gives a country to bare role words ("police", "the army")."""
        cache_key = (text, on, context_country)
        try:
            return self._cache[cache_key]
        except KeyError:
            pass
        ref = self._resolve(text, on, context_country)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[cache_key] = ref
        return ref

    def role_at(self, kb_id: str, on: date | None) -> ActorRef | None:
        """The actor that entry ``kb_id`` is at date ``on`` (a person's role then), or None if unknown."""
        entry = self.entries.get(kb_id)
        if entry is None:
            return None
        return self._ref(entry, entry.name, on, "name", 1.0)

    def lookup(self, name: str, on: date | None = None) -> list[ActorRef]:
        """Every actor ``name`` may mean at ``on``: exact names first, then surnames, then names
        containing it. For people browsing the knowledge base (``dyadwatch actors lookup``)."""
        k = key(name)
        found: dict[str, ActorRef] = {}
        toks = tokens(name)
        acro = acronym(toks[0]) if len(toks) == 1 else None
        for entry, how in (self._acronyms.get(acro, []) if acro else []) + self._names.get(k, []):
            ref = self._ref(entry, name, on, how, _CONFIDENCE[how])
            if ref is not None:
                found.setdefault(entry.id, ref)
        for entry in self._surnames.get(k, []):
            ref = self._ref(entry, name, on, "surname", _CONFIDENCE["surname"])
            if ref is not None:
                found.setdefault(entry.id, ref)
        if not found and k:
            for entry in self.entries.values():
                if entry.kind != "place" and k in key(entry.name):
                    ref = self._ref(entry, entry.name, on, "name", 0.5)
                    if ref is not None:
                        found.setdefault(entry.id, ref)
        return list(found.values())

    def actors(self, country: str | None = None, on: date | None = None) -> list[ActorRef]:
        """All actors (of one country, if given) as they are at ``on``, sorted by code and name."""
        refs = []
        for entry in self.entries.values():
            if entry.kind == "place":
                continue
            ref = self._ref(entry, entry.name, on, "name", 1.0)
            if ref is None or (country and country not in (ref.country, entry.country)):
                continue
            refs.append(ref)
        return sorted(refs, key=lambda r: (r.code, r.name))

    def surface_forms(self) -> tuple[list[str], list[str]]:
        """All names the knowledge base knows, for a phrase matcher: (case-insensitive names,
        case-sensitive acronyms)."""
        names = {
            name
            for entry in self.entries.values()
            for name in (entry.name, *entry.aliases, *entry.adjectives, *entry.seats)
        }
        acronyms = sorted(n for n in names if len(tokens(n)) == 1 and acronym(tokens(n)[0]))
        return sorted(names - set(acronyms)), acronyms

    def has_role_word(self, text: str) -> bool:
        """True if ``text`` contains a role word ("officials", "gang members", "professor")."""
        toks = tokens(text)
        return any(h.how == "role" for h in self._scan(toks, [norm_token(t) for t in toks]))

    def entry(self, kb_id: str) -> Entry | None:
        return self.entries.get(kb_id)

    def gender(self, kb_id: str | None) -> str | None:
        entry = self.entries.get(kb_id or "")
        return entry.gender if entry else None

    def title_at(self, kb_id: str | None, on: date | None) -> str | None:
        """The title of a person's role at ``on`` ("President of Honduras"), for "the president"."""
        entry = self.entries.get(kb_id or "")
        if entry is None or entry.kind != "person":
            return None
        role = _role_for(entry, on)
        return role.title if role else None

    def __len__(self) -> int:
        return len(self.entries)

    # -- resolution ----------------------------------------------------------------------------

    def _resolve(self, text: str, on: date | None, context_country: str | None) -> ActorRef | None:
        toks = tokens(text)
        if not toks:
            return None
        norms = [norm_token(t) for t in toks]
        if norms[0] in ("the", "a", "an") and len(toks) > 1:
            toks, norms = toks[1:], norms[1:]
        if len(norms) == 1 and norms[0] in PRONOUNS and not acronym(toks[0]):
            return None
        exact = self._exact(toks, norms)
        if exact is not None:
            entry, how = exact
            return self._ref(entry, text, on, how, _CONFIDENCE[how])
        if self._is_place_key(" ".join(norms), text):
            return None
        hits = self._scan(toks, norms)
        if not any(h.how != "place" for h in hits) and any("-" in t for t in toks):
            ref = self._resolve(text.replace("-", " "), on, context_country)  # "Greek-Cypriot"
            return replace(ref, text=text) if ref is not None else None
        if not hits and len(toks) == 1 and toks[0][:1].isupper():
            fuzzy = self._misspelt_country(norms[0])
            if fuzzy is not None:
                return self._ref(fuzzy, text, on, "name", 0.6)
        return self._combine(text, toks, norms, hits, on, context_country)

    def _exact(self, toks: Sequence[str], norms: Sequence[str]) -> tuple[Entry, str] | None:
        if len(toks) == 1 and (acro := acronym(toks[0])) and acro in self._acronyms:
            return self._acronyms[acro][0]
        candidates = self._names.get(" ".join(norms))
        if candidates and _cased_ok(candidates[0][0], toks):
            return candidates[0]
        return None

    def _scan(self, toks: Sequence[str], norms: Sequence[str]) -> list[_Hit]:
        """Longest-first, left-to-right matches of names and role words in a phrase."""
        hits: list[_Hit] = []
        i, n = 0, len(norms)
        while i < n:
            lengths = self._lengths.get(norms[i])
            for length in range(min(self._max_len, n - i), 0, -1):
                if length > 1 and (lengths is None or length not in lengths):
                    continue  # no name of this length starts with this word
                k = " ".join(norms[i : i + length]) if length > 1 else norms[i]
                hit = None
                if length == 1 and (acro := acronym(toks[i])) and acro in self._acronyms:
                    entry, how = self._acronyms[acro][0]
                    hit = _Hit(i, i + 1, entry, how)
                elif k in self._names and _cased_ok(self._names[k][0][0], toks[i : i + length]):
                    entry, how = self._names[k][0]
                    hit = _Hit(i, i + length, entry, how)
                elif length == 1 and "-" in toks[i] and (part := self._hyphen_country(toks[i])) is not None:
                    hit = _Hit(i, i + 1, part, "adjective")  # "Vietnamese-led forces"
                elif length > 1 and k in self._places:
                    hit = _Hit(i, i + length, None, "place")  # "Central American": not "American"
                elif k in role_words.ROLE_WORDS:
                    hit = _Hit(i, i + length, None, "role", role_words.ROLE_WORDS[k])
                elif (
                    length == 1
                    and k in self._surnames
                    and toks[i][:1].isupper()
                    and not (i + 1 < n and toks[i + 1][:1].isupper())
                ):
                    # "Ahmed Ben Bella" is not Abiy Ahmed: a surname ends the name.
                    hit = _Hit(i, i + 1, self._surnames[k][0], "surname")
                if hit is not None:
                    hits.append(hit)
                    i += length
                    break
            else:
                i += 1
        return hits

    @cached_property
    def _lengths(self) -> dict[str, frozenset[int]]:
        """For each first word, the lengths (in words) of the names and role words it starts."""
        found: dict[str, set[int]] = {}
        for k in (*self._names, *self._places, *role_words.ROLE_WORDS):
            words = k.split()
            found.setdefault(words[0], set()).add(len(words))
        return {w: frozenset(n) for w, n in found.items()}

    def _combine(
        self,
        text: str,
        toks: Sequence[str],
        norms: Sequence[str],
        hits: list[_Hit],
        on: date | None,
        context_country: str | None,
    ) -> ActorRef | None:
        places = [h for h in hits if h.how == "place"]
        hits = [h for h in hits if h.how != "place"]
        if not hits:
            return None
        # "Druze residents of the Golan": a named region says where a group is.
        place_country = next((c for h in places if (c := self.place_country(" ".join(norms[h.start : h.end])))), None)
        roles = [h for h in hits if h.entry is None and h.how == "role"]
        head = _head(roles, norms)
        named = [h for h in hits if h.entry is not None]
        people = [h for h in named if h.entry.kind == "person"]
        orgs = [h for h in named if h.entry.kind in ("igo", "organisation")]
        countries = [h for h in named if h.entry.kind == "country"]
        head_key = head.sector if head else None
        head_word = " ".join(norms[head.start : head.end]) if head else ""
        if people:
            person = self._pick_person(people, on)
            ref = self._ref(person.entry, text, on, person.how, 0.85 if person.how != "surname" else 0.65)
            if ref is None:
                return None
            collective = head is not None and head_word in role_words.COLLECTIVE - role_words.TITLES
            if head is None or (not collective and (head_word in role_words.TITLES or head.start < person.start)):
                return ref
            if collective and ref.country:
                sector = "GOV" if ref.sector in ("GOV", None) else ref.sector
                return self._generic(text, ref.country, sector, 0.75)
            return self._generic(text, ref.country, head_key, 0.7)
        if head is not None and head_word in role_words.PROXIES:
            # "leaders of the opposition coalition", "a spokesman for the army": the group they speak for
            for r in roles:
                if r.start >= head.end and any(norms[j] in ("of", "for", "from") for j in range(head.end, r.start)):
                    head, head_key = r, r.sector
                    head_word = " ".join(norms[r.start : r.end])
                    break
        if orgs:
            org = orgs[0].entry
            if org.country is None and org.kind != "igo" and (countries or place_country):
                # "Iraqi Kurds": a community without one country, placed by the text
                country = countries[0].entry.country if countries else place_country
                sector = head_key if head is not None and head.start > orgs[0].start else org.sector
                return self._generic(text, country, sector, 0.8)
            community = org.country is None and org.kind != "igo" and org.sector in ("CVL", "REL")
            if community and head is not None and head.start > orgs[0].start:
                return self._generic(text, None, head_key, 0.75)  # "Hutu rebels", "Shiite militias"
            if (
                org.country
                and countries
                and countries[0].start < orgs[0].start
                and countries[0].entry.country != org.country
                and head is not None
                and head.start > orgs[0].start
            ):
                # "Serbian Labour Minister": the demonym names the country; "Labour" is a portfolio
                # here, not the British party.
                return self._generic(text, countries[0].entry.country, head_key, 0.8)
            ref = self._ref(org, text, on, orgs[0].how, 0.85)
            if ref is None or head is None or org.kind == "igo":
                return ref
            specific = head_key in ("EDU", "MED", "MIL", "COP", "JUD", "LEG", "HLH", "LAB")
            if specific and head_key != ref.sector and ref.country:
                return self._generic(text, ref.country, head_key, 0.7)  # "a Duke University professor"
            return ref
        if countries:
            hit = countries[0]
            if norms[0] == "ethnic" and len(countries) > 1:
                hit = countries[-1]  # "ethnic Albanians in south Serbia": the country they live in
            elif head is None and countries[-1].how in ("name", "alias") and hit.how == "adjective":
                hit = countries[-1]  # "the Israeli-occupied West Bank": the named territory, not its occupier
            entry = hit.entry
            if head is not None:
                holder = None
                before = set(norms[: head.start])
                if head_word in role_words.TITLES and not _NOT_THE_HOLDER & before:
                    holder = self._office_holder(entry, head_word, on)
                elif head_key == "GOV" and "former" in before:
                    head_key = "ELI"  # "the former Honduran president": a former leader
                if holder is not None:
                    return self._ref(holder, text, on, "name", 0.8)  # "the President of the United States"
                return self._generic(text, entry.country, head_key, 0.85)
            return self._ref(entry, text, on, hit.how, 0.75)
        if head is not None:
            covered = {i for h in (*hits, *places) for i in range(h.start, h.end)}
            country = place_country or self._country_in_words(toks, norms, covered)
            if country:
                return self._generic(text, country, head_key, 0.7)
            if context_country:
                return self._generic(text, context_country, head_key, 0.5)
            return self._generic(text, None, head_key, 0.6)
        return None

    @cached_property
    def _country_names(self) -> dict[str, str]:
        return {e.country: e.name for e in self.entries.values() if e.kind == "country" and e.country}

    def country_name(self, country: str) -> str:
        """The name of a country by ISO-3 code ("IRQ" -> "Iraq"); the code itself if unknown."""
        return self._country_names.get(country, country)

    def _generic(self, text: str, country: str | None, sector: str | None, confidence: float) -> ActorRef:
        """An actor known only by country and sector ("Honduran officials" -> Honduras government)."""
        country_name = self._country_names.get(country, country) if country else None
        name = " ".join(x for x in (country_name, SECTORS.get(sector or "")) if x) or text
        return ActorRef(name, text, _code(country, sector), country, sector, None, confidence)

    def _office_holder(self, country: Entry, title: str, on: date | None) -> Entry | None:
        """Who held "<title> of <country>" at ``on`` (the one person, or None)."""
        on = on or date.today()
        holders = [entry for entry, role in self._offices.get((country.country or "", title), ()) if role.covers(on)]
        return holders[0] if len(holders) == 1 else None

    @cached_property
    def _offices(self) -> dict[tuple[str, str], list[tuple[Entry, Role]]]:
        """(country, title word) -> the people who held that office: "president" of USA, ..."""
        offices: dict[tuple[str, str], list[tuple[Entry, Role]]] = {}
        for entry in self.entries.values():
            if entry.kind != "person":
                continue
            for role in entry.roles:
                if role.sector != "GOV" or not role.title or not role.country:
                    continue
                title = key(role.title)
                bare = title.removeprefix("us ")
                words = next((t for t in self._titles_longest_first if bare.startswith(t)), None)
                country_name = key(self._country_names.get(role.country, "")) or "\0"
                if words and (country_name in title or title.startswith("us ")):
                    offices.setdefault((role.country, words), []).append((entry, role))
        return offices

    @cached_property
    def _titles_longest_first(self) -> list[str]:
        return sorted(role_words.TITLES, key=len, reverse=True)

    def _pick_person(self, people: list[_Hit], on: date | None) -> _Hit:
        full = [h for h in people if h.how != "surname"]
        if full:
            return full[-1]
        hit = people[-1]
        k = key(hit.entry.name).split()[-1]
        holders = [e for e in self._surnames.get(k, []) if any(r.covers(on or date.today()) for r in e.roles)]
        if holders:
            return _Hit(hit.start, hit.end, holders[0], "surname")
        return hit

    def _ref(self, entry: Entry, text: str, on: date | None, how: str, confidence: float) -> ActorRef | None:
        if entry.kind == "place":
            return None
        if entry.kind == "person":
            role = _role_for(entry, on)
            if role is None:
                country, sector, code = entry.country, entry.sector, entry.code
            else:
                country, sector, code = role.country, role.sector, role.code
            code = code or _code(country, sector)
            return ActorRef(entry.name, text, code, country, sector, entry.id, confidence)
        if entry.kind == "country":
            if how == "seat":
                return ActorRef(
                    f"{entry.name} government", text, f"{entry.country}GOV", entry.country, "GOV", entry.id, confidence
                )
            return ActorRef(entry.name, text, entry.code or entry.country, entry.country, None, entry.id, confidence)
        code = entry.code or _code(entry.country, entry.sector)
        return ActorRef(entry.name, text, code, entry.country, entry.sector, entry.id, confidence)


def _cased_ok(entry: Entry, toks: Sequence[str]) -> bool:
    """A one-word name of a person or organisation must be capitalised ("Salon" the outlet, not
    "a salon"); country names need not be ("honduras'" in careless text is still Honduras)."""
    return len(toks) != 1 or entry.kind == "country" or toks[0][:1].isupper()


def _role_for(entry: Entry, on: date | None) -> Role | None:
    """The role of a person at ``on``: the first listed role covering it; else ``after`` once any
    role has ended (a former leader: ELI by default), else ``before``."""
    on = on or date.today()
    for role in entry.roles:
        if role.covers(on):
            return role
    if not entry.roles:
        return entry.after or entry.before
    ended = [r for r in entry.roles if r.end is not None and r.end <= on]
    if ended:
        return entry.after or Role(
            sector="ELI", country=ended[-1].country or entry.country, title="former office holder"
        )
    return entry.before or (
        Role(sector=entry.sector, country=entry.country)
        if entry.sector
        else Role(sector="ELI", country=entry.country or entry.roles[0].country)
    )


def _head(roles: list[_Hit], norms: Sequence[str]) -> _Hit | None:
    """The role word heading the phrase: the last one before the first preposition that follows a
    role word ("the office of Honduran President X" -> office), else the last one."""
    if not roles:
        return None
    for i in range(roles[0].end, len(norms)):
        if norms[i] in role_words.PREPOSITIONS:
            return [r for r in roles if r.start < i][-1]
    return roles[-1]


def _code(country: str | None, sector: str | None) -> str:
    return f"{country or ''}{sector or ''}" or "UNK"
