"""Role words: the nouns that say which sector a generic actor belongs to ("officials" -> GOV,
"the army" -> MIL, "gang members" -> CRM, "a professor" -> EDU).

``TITLES`` are words that label one person ("President", "Secretary of State"): when a phrase holds
both a title and a known person, the person is the actor. ``COLLECTIVE`` words ("officials",
"administration") take their country from whoever modifies them ("Trump administration officials").
"""

from __future__ import annotations

from dyadwatch.actors.text import key

_WORDS: dict[str, str] = {}


def _add(sector: str, words: str) -> None:
    for word in words.split(","):
        word = word.strip()
        if word:
            _WORDS[key(word)] = sector


_add(
    "GOV",
    """official, officials, authorities, authority, government, governments, administration, regime,
    ministry, ministries, minister, ministers, cabinet, president, presidents, presidency, vice president,
    prime minister, premier, foreign minister, secretary, secretary of state, secretary general, chancellor,
    spokesman, spokeswoman, spokesperson, spokespeople, leader, leaders, leadership, head of state, king, queen,
    emir, sultan, monarch, prince, crown prince, governor, governors, mayor, diplomat, diplomats, ambassador,
    envoy, envoys, embassy, consulate, delegation, delegates, negotiator, negotiators, office, state department,
    department, agency, aide, aides, adviser, advisers, advisor, advisors, junta, dictator, white house,
    kremlin, foreign ministry, interior ministry""",
)
_add(
    "MIL",
    """army, armies, military, militaries, troops, troop, soldier, soldiers, armed forces, navy, air force,
    marines, general, generals, commander, commanders, defense ministry, defence ministry, pentagon, warships,
    warship, forces, battalion, brigade, colonel, officer corps, paratroopers, peacekeepers, officers, officer,
    army officers, military officers, peacekeeping troops, peacekeeping forces, gunboats, fighter jets""",
)
_add(
    "COP",
    """police, policemen, policeman, police officers, riot police, security forces, border guards,
    border patrol, gendarmes, gendarmerie, law enforcement, interior ministry police, national police, cops""",
)
_add(
    "JUD",
    """court, courts, judge, judges, prosecutor, prosecutors, attorney general, supreme court, tribunal,
    judiciary, magistrate, magistrates, constitutional court""",
)
_add(
    "LEG",
    """parliament, parliaments, congress, senate, lawmakers, lawmaker, legislators, legislature, legislator,
    senator, senators, congressman, congresswoman, deputies, mps, assembly, national assembly""",
)
_add(
    "CRM",
    """gang, gangs, gang members, gang member, gangsters, cartel, cartels, traffickers, drug traffickers,
    smugglers, criminals, criminal organizations, criminal organisations, criminal networks, drug lords,
    mafia, kidnappers, pirates, narcotraffickers, hostage-takers, hostage takers""",
)
_add(
    "REF",
    """migrants, migrant, refugees, refugee, asylum seekers, asylum seeker, immigrants, immigrant,
    displaced people, migrant caravans, migrant caravan, deportees, exiles""",
)
_add(
    "EDU",
    """professor, professors, university, universities, students, student, teachers, teacher, academics,
    academic, scholars, scholar, researchers, researcher, school, schools, college, medical school""",
)
_add(
    "MED",
    """newspaper, newspapers, journalist, journalists, reporter, reporters, media, press, news agency,
    broadcaster, television, radio, editor, editors, columnist, web sites, websites""",
)
_add(
    "REB",
    "rebels, rebel, guerrillas, guerrilla, guerillas, insurgents, insurgent, rebel group, rebel forces, mujahideen",
)
_add("OPP", "opposition, opposition parties, opposition coalition, dissidents, dissident, opposition leader")
_add("PTY", "party, parties, ruling party")
_add("BUS", "businessman, businessmen, company, companies, firms, firm, corporation, investors, bank, banks, business")
_add("HLH", "doctors, doctor, hospital, hospitals, nurses, health workers, health ministry")
_add(
    "REL",
    """church, archbishop, bishop, bishops, cleric, clerics, imam, priest, priests, pope, rabbi, monks, missionary,
    missionaries""",
)
_add("LAB", "union, unions, workers, trade union, trade unions, strikers, labor union, labour union")
_add(
    "CVL",
    """civilians, civilian, residents, villagers, people, citizens, demonstrators, protesters, protestors,
    crowd, crowds, voters, inhabitants, population, farmers, women, children""",
)
_add("HRI", "human rights group, human rights groups, activists, activist, rights group, rights groups")
_add(
    "NGO",
    """aid group, aid groups, charity, charities, aid workers, non-governmental organization, ngo,
    humanitarian workers, relief workers, aid agencies, aid agency, relief agencies, humanitarian groups,
    relief groups, non-governmental organizations, non-governmental organisations, ngos""",
)
_add("SPY", "intelligence, intelligence service, spies, spy agency, secret service")
_add("UAF", "militia, militias, militiamen, paramilitaries, paramilitary, armed group, armed groups, gunmen")
_add(
    "TER",
    """terrorists, terrorist, terror group, jihadists, militants, militant, extremists, extremist group,
    extremist groups, extremist organization, extremist organisation""",
)
_add("RAD", "fundamentalists, islamists, radicals, hardliners")
_add("SEP", "separatists, separatist")

ROLE_WORDS: dict[str, str] = dict(_WORDS)


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split(",") if w.strip())


TITLES = _keys(
    """president, vice president, prime minister, premier, minister, foreign minister, secretary,
    secretary of state, secretary general, chancellor, king, queen, emir, sultan, prince, crown prince,
    governor, mayor, ambassador, envoy, leader, general, colonel, commander, judge, senator, congressman,
    congresswoman, professor, archbishop, bishop, pope, spokesman, spokeswoman, spokesperson, adviser, advisor,
    dictator, attorney general, monarch, head of state, editor, journalist, reporter, columnist,
    opposition leader"""
)

# Heads that stand for an institution rather than a person ("Trump administration officials").
COLLECTIVE = _keys(
    """official, officials, authorities, government, administration, regime, office, aides, ministry, cabinet,
    delegation, negotiators, diplomats, embassy, leadership, spokesman, spokeswoman, spokesperson, agency,
    department"""
)

# Prepositions after which a role word no longer heads the phrase ("the government of Honduras").
PREPOSITIONS = frozenset(
    {"of", "at", "for", "from", "in", "with", "to", "on", "by", "near", "inside", "within", "against"}
)

# Heads that speak for the group named after them ("leaders of the rebels" -> rebels).
PROXIES = _keys(
    """leader, leaders, leadership, spokesman, spokeswoman, spokesperson, spokespeople, official, officials,
    member, members, head, chief, representative, representatives, delegation, delegates"""
)
