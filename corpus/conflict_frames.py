# ruff: noqa: E501 -- one frame or sentence per line, by design (grep-able, diff-able)
"""Hand-written frames for corpus/generate_conflict.py.

One frame a line:  cameo | mode | contexts | S | T | verb | flags | template

* cameo: the CAMEO code; the PLOVER type comes from cameo.tsv (01x codes and "-" give NONE).
* S / T: actor kinds (state, gov, leader, fm, mil, police, rebel, opp, civ, court, people, activist, igo,
  ngo, media, company), suffixed 1 or 2 for which of the frame's two countries they belong to;
  "=text" is a fixed actor written into the frame ("=+text" when it takes a plural verb); "-" none.
* verb: base:past:participle of the words that express the event (the trigger), e.g.
  "open fire:opened fire:opened fire"; the generator conjugates it for each stance.
* flags: stances allowed as letters (A asserted, F future, H hypothetical, N negated, X historical;
  default AFHNX), P for a passive frame (the T slot is the grammatical subject), n=<count> to set how
  many sentences the frame yields, noreport / nodeny to switch off those transformations.
* template: {S} {T} {V} {WHEN} {ATTR}, {city1} {adj2} {name1} {capital2}, {num} {numw} {big} {year} and
  the phrase pools of conflict_pools.POOLS ({crime}, {policy}, ...).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from conflict_handwritten import HANDWRITTEN_LINES

STANCE_NAMES = {"A": "asserted", "F": "future", "H": "hypothetical", "N": "negated", "X": "historical"}
_TSV = Path(__file__).resolve().parent.parent / "src" / "dyadwatch" / "ontology" / "cameo.tsv"

# Sentences wanted per type; a frame yields target / number-of-frames sentences unless it sets n=.
TARGETS = {"ACCUSE": 600, "REJECT": 420, "THREATEN": 520, "PROTEST": 420, "SANCTION": 400, "MOBILIZE": 380,
           "COERCE": 560, "ASSAULT": 700, "NONE": 730}  # fmt: skip

ACCUSE = r"""
091 | investigate | crime | court1 | people2 | place under investigation:placed under investigation:placed under investigation | P | {T} {V} by {S} for suspected involvement in the riots {WHEN}{ATTR}.
115 | allege | legal | company | state1 | sue:sued:sued |  | {S} {V} {T} {WHEN} for damages over the seizure of its assets, its lawyers said.
114 | disapprove | military | nation1 | country2 | complain to the United Nations:complained to the United Nations:complained to the United Nations | adj | {S} {V} {WHEN} over air raids by {T} that it said killed civilians{ATTR}.
110 | disapprove | diplomatic | nation1 | country2 | lodge an official protest:lodged an official protest:lodged an official protest |  | {S} {V} with {T} {WHEN}, charging it with backing armed groups on its soil{ATTR}.
112 | allege | - | civ | state2 | blame:blamed:blamed |  | {S} {V} {T} for the killing of a local leader in {city1} {WHEN}{ATTR}.
113 | disapprove | - | =a state newspaper | state2 | call on:called on:called on | AHNX | {S} {V} neighbouring countries {WHEN} to unite against {T}{ATTR}.
1122 | allege | human_rights | rights | police1 | say:said:said | nodeny,A,noreport | {S} {V} {WHEN} that {T} had routinely beaten detainees in {city1}, in a report based on interviews with former prisoners.
1121 | allege | crime,corruption | court1 | leader1 | accuse:accused:accused | P,sg | A former aide to {T} {V} of {crime} by {S} {WHEN}{ATTR}.
112 | allege | - | fm1 | state2 | say:said:said | nodeny,AFHNX,t=responsible | {S} {V} {WHEN} that {T} was responsible for the attack on its embassy{ATTR}.
112 | allege | - | state1 | state2 | accuse:accused:accused |  | In a letter to the UN Security Council, {S} {V} {T} of {aggr} {WHEN}{ATTR}.
111 | disapprove | - | leader1 | state2 | call:called:called | adj | {S} {V} the decision by {T} "a grave mistake" {WHEN}{ATTR}.
111 | disapprove | - | =+Western governments | gov1 | criticise:criticised:criticised |  | {S} {V} {T} for jailing opposition leaders ahead of the vote {WHEN}{ATTR}.
112 | allege | - | =+the two countries | - | blame:blamed:blamed | noreport,nodeny,adj | {S} {V} each other for the clashes along their border {WHEN}{ATTR}.
1121 | allege | crime,corruption | opp1 | leader1 | accuse:accused:accused |  | {S} {V} {T} and {This} family of {crime} {WHEN}{ATTR}.
110 | disapprove | - | igo | state1 | express concern over:expressed concern over:expressed concern over |  | {S} {V} {policy} by {T}, urging restraint {WHEN}{ATTR}.
111 | disapprove | - | ngo | state1 | condemn:condemned:condemned | P | The sentencing of {numw} journalists by {T} {V} by {S} {WHEN}{ATTR}.
090 | investigate | - | igo | state1 | investigate:investigated:investigated |  | {S} {V} allegations against {T} {WHEN}{ATTR}.
090 | investigate | - | gov1 | - | launch an inquiry:launched an inquiry:launched an inquiry |  | {S} {V} into {policy} {WHEN}{ATTR}.
090 | investigate | legislative | =a parliamentary committee | leader1 | investigate:investigated:investigated |  | In {name1}, {S} {V} the conduct of {T} {WHEN}{ATTR}.
091 | investigate | crime,corruption | court1 | leader1 | open an investigation:opened an investigation:opened an investigation |  | {S} {V} into {T} over alleged {crimen} {WHEN}{ATTR}.
091 | investigate | crime,corruption | court1 | opp1 | investigate:investigated:investigated | P | {T} {V} by {S} over {crimen} {WHEN}{ATTR}.
091 | investigate | crime | police1 | company | raid and search:raided and searched:raided and searched | AHNX | {S} {V} the offices of {T} in {city1} as part of a {crimen} investigation {WHEN}{ATTR}.
091 | investigate | crime,corruption | =+anti-corruption investigators | gov1 | probe:probed:probed |  | {S} {V} contracts awarded by {T} {WHEN}{ATTR}.
092 | investigate | human_rights | igo | mil1 | investigate:investigated:investigated |  | {S} {V} reports of {abusen} by {T} {WHEN}{ATTR}.
092 | investigate | human_rights | rights | police1 | document:documented:documented | AHNX | {S} {V} cases of {abusen} by {T} in {city1} {WHEN}{ATTR}.
092 | investigate | human_rights | =the UN Human Rights Council | gov1 | set up an inquiry:set up an inquiry:set up an inquiry |  | {S} {V} into abuses by {T} {WHEN}{ATTR}.
093 | investigate | military | mil1 | - | open an investigation:opened an investigation:opened an investigation |  | {S} {V} into an air strike that killed {num} civilians near {city2} {WHEN}{ATTR}.
093 | investigate | military | igo | mil1 | investigate:investigated:investigated |  | {S} {V} the shooting down of a drone by {T} {WHEN}{ATTR}.
093 | investigate | military | =+UN ceasefire monitors | rebel1 | look into:looked into:looked into |  | {S} {V} reports that {T} had broken the truce near {city1} {WHEN}{ATTR}.
094 | investigate | military,legal | =the International Criminal Court | mil1 | open an investigation:opened an investigation:opened an investigation |  | {S} {V} into alleged war crimes committed by {T} {WHEN}{ATTR}.
094 | investigate | military,legal | =+UN war crimes investigators | rebel1 | investigate:investigated:investigated |  | {S} {V} killings of civilians by {T} in {city1} {WHEN}{ATTR}.
094 | investigate | military,legal | =a UN commission of inquiry | state1 | examine:examined:examined |  | {S} {V} evidence of {warcrime} by {T} {WHEN}{ATTR}.
110 | disapprove | - | state1 | state2 | voice disapproval of:voiced disapproval of:voiced disapproval of |  | {S} {V} {T} over {policy} {WHEN}{ATTR}.
110 | disapprove | diplomatic | fm1 | amb2 | summon:summoned:summoned |  | {S} {V} {T} to protest {policy} {WHEN}{ATTR}.
110 | disapprove | diplomatic | state1 | country2 | lodge a protest:lodged a protest:lodged a protest |  | {S} {V} with {T} over {policy} {WHEN}{ATTR}.
110 | disapprove | - | leader1 | state2 | express dismay at:expressed dismay at:expressed dismay at |  | {S} {V} {policy} by {T} {WHEN}{ATTR}.
110 | disapprove | - | opp1 | gov1 | object to:objected to:objected to |  | {S} {V} {policy} announced by {T} {WHEN}{ATTR}.
111 | disapprove | - | leader1 | state2 | criticize:criticized:criticized | adj | {S} {V} {T} for {policy} {WHEN}{ATTR}.
111 | disapprove | - | state1 | state2 | condemn:condemned:condemned | adj | {S} {V} {policy} by {T} as "unacceptable" {WHEN}{ATTR}.
111 | disapprove | - | igo | state1 | denounce:denounced:denounced |  | {S} {V} {T} for {policy}, calling it a serious setback {WHEN}{ATTR}.
111 | disapprove | human_rights | ngo | gov1 | slam:slammed:slammed |  | {S} {V} {T} over its treatment of detainees {WHEN}{ATTR}.
111 | disapprove | - | opp1 | leader1 | lash out at:lashed out at:lashed out at |  | {S} {V} {T}, saying the government had failed the country {WHEN}{ATTR}.
111 | disapprove | military | fm1 | mil2 | condemn:condemned:condemned |  | {S} {V} the shelling of {city1} by {T} {WHEN}{ATTR}.
111 | disapprove | - | nation1 | state2 | deplore:deplored:deplored | adj | {S} {V} {T}'s decision to expel its diplomats {WHEN}{ATTR}.
111 | disapprove | - | =+rights groups | gov1 | criticize:criticized:criticized | P | {T} {V} by {S} for {policy} {WHEN}{ATTR}.
111 | disapprove | - | leader1 | igo | rebuke:rebuked:rebuked |  | {S} {V} {T}, saying it had ignored the suffering of {adj1} civilians {WHEN}{ATTR}.
111 | disapprove | terrorism | state1 | rebel2 | condemn:condemned:condemned | adj | {S} {V} the attack claimed by {T} as a cowardly act {WHEN}{ATTR}.
112 | allege | - | state1 | state2 | accuse:accused:accused |  | {S} {V} {T} of {aggr} {WHEN}{ATTR}.
112 | allege | - | leader1 | state2 | accuse:accused:accused |  | {S} {V} {T} of trying to sabotage the talks {WHEN}{ATTR}.
112 | allege | - | gov1 | opp1 | accuse:accused:accused |  | {S} {V} {T} of inciting violence ahead of the vote {WHEN}{ATTR}.
112 | allege | - | mil1 | rebel1 | blame:blamed:blamed |  | {S} {V} {T} for the attack on {site} near {city1} {WHEN}{ATTR}.
112 | allege | - | state1 | state2 | accuse:accused:accused | P | {T} {V} by {S} of {aggr} {WHEN}{ATTR}.
112 | allege | - | rebel1 | mil1 | accuse:accused:accused |  | {S} {V} {T} of breaking the truce {WHEN}{ATTR}.
112 | allege | - | opp1 | gov1 | allege:alleged:alleged | nodeny | {S} {V} {WHEN} that {T} had rigged the election{ATTR}.
112 | allege | - | fm1 | state2 | charge:charged:charged |  | {S} {V} {WHEN} that {T} was behind the unrest in {city1}{ATTR}.
112 | allege | - | state1 | leader2 | point the finger at:pointed the finger at:pointed the finger at |  | {S} {V} {T} over the collapse of the ceasefire {WHEN}{ATTR}.
112 | allege | - | ngo | company | accuse:accused:accused |  | {S} {V} {T} of polluting rivers and ignoring safety rules {WHEN}{ATTR}.
1121 | allege | crime,corruption | gov1 | opp1 | accuse:accused:accused |  | {S} {V} {T} of {crime} {WHEN}{ATTR}.
1121 | allege | crime,corruption | court1 | leader1 | charge:charged:charged | P | {T} {V} with {crimen} by {S} {WHEN}{ATTR}.
1121 | allege | crime | court1 | activist | indict:indicted:indicted |  | {S} {V} {T} on charges of {crimen} {WHEN}{ATTR}.
1122 | allege | human_rights | rights | mil1 | accuse:accused:accused |  | {S} {V} {T} of {abuse} {WHEN}{ATTR}.
1122 | allege | human_rights | state1 | gov2 | accuse:accused:accused |  | {S} {V} {T} of {abuse} in detention centres {WHEN}{ATTR}.
1122 | allege | human_rights | igo | police1 | accuse:accused:accused |  | {S} {V} {T} of using excessive force against protesters in {city1} {WHEN}{ATTR}.
1123 | allege | military | state1 | state2 | accuse:accused:accused | adj | {S} {V} {T} of massing troops on the border in preparation for an invasion {WHEN}{ATTR}.
1123 | allege | military | mil1 | mil2 | accuse:accused:accused | adj | {S} {V} {T} of shelling its positions near {city1} {WHEN}{ATTR}.
1124 | allege | military,legal | rights | mil1 | accuse:accused:accused | adj | {S} {V} {T} of {warcrime} in {city2} {WHEN}{ATTR}.
1124 | allege | military,legal | state1 | state2 | accuse:accused:accused |  | {S} {V} {T} of committing {warcrime} {WHEN}{ATTR}.
1125 | allege | intelligence | state1 | people2 | accuse:accused:accused |  | {S} {V} {T} of {spy} {WHEN}{ATTR}.
1125 | allege | intelligence | gov1 | state2 | accuse:accused:accused |  | {S} {V} {T} of running a spy network inside its ministries {WHEN}{ATTR}.
113 | disapprove | - | opp1 | leader1 | rally opposition against:rallied opposition against:rallied opposition against |  | {S} {V} {T} in parliament {WHEN}{ATTR}.
113 | disapprove | - | leader1 | country2 | urge allies to isolate:urged allies to isolate:urged allies to isolate | AFHN | {S} {V} {T} {WHEN}{ATTR}.
113 | disapprove | - | opp1 | gov1 | campaign against:campaigned against:campaigned against |  | {S} {V} {policy} announced by {T} {WHEN}{ATTR}.
114 | disapprove | diplomatic | state1 | state2 | file a formal complaint:filed a formal complaint:filed a formal complaint |  | {S} {V} with the United Nations against {T} {WHEN}{ATTR}.
114 | disapprove | economic | state1 | country2 | complain:complained:complained |  | {S} {V} to the World Trade Organization about subsidies granted by {T} {WHEN}{ATTR}.
114 | disapprove | diplomatic | fm1 | country2 | send a protest note:sent a protest note:sent a protest note |  | {S} {V} to {T} over the incident {WHEN}{ATTR}.
115 | allege | legal | state1 | state2 | file a lawsuit:filed a lawsuit:filed a lawsuit |  | {S} {V} against {T} at the International Court of Justice {WHEN}{ATTR}.
115 | allege | legal | company | gov1 | sue:sued:sued |  | {S} {V} {T} over {dispute} {WHEN}{ATTR}.
115 | allege | legal | activist | police1 | take:took:taken |  | {S} {V} {T} to court over the death of a protester {WHEN}{ATTR}.
116 | disapprove | legal,crime | court1 | opp1 | convict:convicted:convicted |  | {S} {V} {T} of {crimen} {WHEN}{ATTR}.
116 | disapprove | legal,crime | court1 | activist | convict:convicted:convicted | P | {T} {V} of {crimen} by {S} {WHEN}{ATTR}.
116 | disapprove | legal | =an international tribunal | state1 | rule against:ruled against:ruled against | adj | {S} {V} {T} in its border dispute {WHEN}{ATTR}.
"""

REJECT = r"""
120 | - | - | nation1 | - | say it would not accept:said it would not accept:said it would not accept | A,t=accept,adj | {S} {V} any more refugees from across the border {WHEN}{ATTR}.
1231 | change | executive | =a deputy prime minister | - | decline to resign:declined to resign:declined to resign | ANX | {S} {V} despite mounting pressure from anti-corruption campaigners {WHEN}{ATTR}.
1232 | change | - | gov1 | opp1 | renege on:reneged on:reneged on |  | {S} {V} a commitment to hold talks with {T} on a new constitution {WHEN}{ATTR}.
1241 | change | - | gov1 | civ | refuse to lift:refused to lift:refused to lift |  | {S} {V} the curfew in {city1} despite appeals from {T} {WHEN}{ATTR}.
127 | meet | - | =+the two sides | - | fail to reach:failed to reach:failed to reach | noreport,nodeny,AHX | {S} {V} agreement on the future of the disputed region at talks in {city1} {WHEN}{ATTR}.
1243 | yield | - | nation1 | rebel2 | say it would not meet:said it would not meet:said it would not meet | A,t=meet | {S} {V} demands by {T} to release prisoners in exchange for the hostages {WHEN}{ATTR}.
1244 | yield | economic | gov1 | country2 | rule out:ruled out:ruled out |  | {S} {V} lifting sanctions on {T} {WHEN}, saying conditions had not been met{ATTR}.
126 | meet | - | nation1 | country2 | oppose:opposed:opposed |  | {S} {V} mediation by {T} in its dispute with its neighbour {WHEN}{ATTR}.
128 | yield | - | media | gov1 | defy:defied:defied |  | {S} {V} a ban by {T} on reporting from the conflict zone {WHEN}{ATTR}.
121 | assist | - | gov1 | people2 | deny entry to:denied entry to:denied entry to | adj | {S} {V} {T} at the border with {name2} {WHEN}{ATTR}.
120 | - | - | fm1 | state2 | dismiss:dismissed:dismissed |  | {S} {V} as "groundless" the allegations made by {T} {WHEN}{ATTR}.
125 | meet | - | rebel1 | gov1 | reject:rejected:rejected |  | {S} {V} an invitation from {T} to attend a peace conference in {city1} {WHEN}{ATTR}.
1211 | assist | economic | nation1 | country2 | refuse to renew:refused to renew:refused to renew |  | {S} {V} its trade agreement with {T} {WHEN}{ATTR}.
1245 | yield | - | gov1 | igo | bar:barred:barred |  | {S} {V} a fact-finding team from {T} from entering the country {WHEN}{ATTR}.
121 | assist | migration | nation1 | - | refuse entry to:refused entry to:refused entry to |  | {S} {V} a ship carrying {big} migrants {WHEN}{ATTR}.
1232 | change | - | head1 | igo | reject:rejected:rejected |  | {S} {V} calls by {T} to postpone the election {WHEN}{ATTR}.
120 | - | - | state1 | state2 | reject:rejected:rejected |  | {S} {V} {proposal} put forward by {T} {WHEN}{ATTR}.
120 | - | - | leader1 | state2 | reject:rejected:rejected |  | {S} {V} the accusations made by {T} as "baseless" {WHEN}{ATTR}.
120 | - | - | gov1 | opp1 | dismiss:dismissed:dismissed |  | {S} {V} claims by {T} that the vote had been rigged {WHEN}{ATTR}.
120 | - | - | state1 | igo | reject:rejected:rejected |  | {S} {V} a report by {T} on the violence {WHEN}{ATTR}.
120 | - | - | rebel1 | gov1 | turn down:turned down:turned down |  | {S} {V} an amnesty offer from {T} {WHEN}{ATTR}.
120 | - | - | state1 | state2 | rebuff:rebuffed:rebuffed |  | {S} {V} {T}'s latest offer {WHEN}{ATTR}.
120 | - | - | leader1 | igo | reject:rejected:rejected | P,pl | The findings of {T} {V} by {S} {WHEN}{ATTR}.
120 | - | - | fm1 | state2 | refuse to accept:refused to accept:refused to accept |  | {S} {V} the explanation given by {T} {WHEN}{ATTR}.
120 | - | - | opp1 | gov1 | reject:rejected:rejected |  | {S} {V} the results announced by {T} {WHEN}{ATTR}.
121 | assist | - | state1 | state2 | refuse to cooperate with:refused to cooperate with:refused to cooperate with |  | {S} {V} {T} on the investigation {WHEN}{ATTR}.
1211 | assist | economic | state1 | state2 | reject:rejected:rejected |  | {S} {V} a trade deal proposed by {T} {WHEN}{ATTR}.
1211 | assist | economic | gov1 | company | block:blocked:blocked |  | {S} {V} a planned investment by {T} {WHEN}{ATTR}.
1212 | assist | military | nation1 | country2 | turn down:turned down:turned down |  | {S} {V} a request from {T} to use its air bases {WHEN}{ATTR}.
1212 | assist | military | leader1 | igo | refuse to join:refused to join:refused to join |  | {S} {V} the military mission led by {T} {WHEN}{ATTR}.
1213 | assist | legal | state1 | country2 | refuse to extradite:refused to extradite:refused to extradite |  | {S} {V} the suspect to {T} {WHEN}{ATTR}.
1213 | assist | legal | gov1 | =the International Criminal Court | refuse to hand over:refused to hand over:refused to hand over |  | {S} {V} the former minister to {T} {WHEN}{ATTR}.
1214 | assist | intelligence | state1 | country2 | refuse to share:refused to share:refused to share |  | {S} {V} intelligence with {T} {WHEN}{ATTR}.
122 | assist | - | state1 | country2 | reject:rejected:rejected |  | {S} {V} a request for {aid} from {T} {WHEN}{ATTR}.
1221 | assist | economic | igo | gov1 | reject:rejected:rejected |  | {S} {V} a request by {T} for an emergency loan {WHEN}{ATTR}.
1221 | assist | economic | state1 | state2 | refuse:refused:refused |  | {S} {V} {T}'s request for debt relief {WHEN}{ATTR}.
1222 | assist | military | state1 | gov2 | turn down:turned down:turned down |  | {S} {V} an appeal from {T} for weapons {WHEN}{ATTR}.
1223 | assist | human_security | gov1 | igo | reject:rejected:rejected |  | {S} {V} an offer of humanitarian aid from {T} {WHEN}{ATTR}.
1224 | assist | peacekeeping | gov1 | igo | reject:rejected:rejected |  | {S} {V} a proposal by {T} to deploy peacekeepers {WHEN}{ATTR}.
123 | change | - | gov1 | opp1 | reject:rejected:rejected |  | {S} {V} {demand} made by {T} {WHEN}{ATTR}.
1231 | change | executive | leader1 | opp1 | reject:rejected:rejected |  | {S} {V} {demand} by {T} {WHEN}{ATTR}.
1231 | change | executive | head1 | civ | refuse to step down:refused to step down:refused to step down |  | {S} {V} despite weeks of protests by {T} {WHEN}{ATTR}.
1232 | change | - | gov1 | civ | reject:rejected:rejected |  | {S} {V} calls from {T} to scrap {policy} {WHEN}{ATTR}.
1232 | change | economic | nation1 | igo | refuse to change:refused to change:refused to change |  | {S} {V} its monetary policy despite pressure from {T} {WHEN}{ATTR}.
1233 | change | rights_freedoms | gov1 | activist | reject:rejected:rejected |  | {S} {V} demands by {T} for greater press freedom {WHEN}{ATTR}.
1234 | change | political_institutions | leader1 | opp1 | rule out:ruled out:ruled out |  | {S} {V} constitutional reforms sought by {T} {WHEN}{ATTR}.
124 | yield | - | nation1 | country2 | refuse to back down:refused to back down:refused to back down |  | {S} {V} in its dispute with {T} {WHEN}{ATTR}.
1241 | yield | - | gov1 | opp1 | refuse to lift:refused to lift:refused to lift |  | {S} {V} the ban on {T} {WHEN}{ATTR}.
1242 | yield | - | opp1 | gov1 | refuse to call off:refused to call off:refused to call off |  | {S} {V} its protests against {T} {WHEN}{ATTR}.
1242 | yield | - | =+union leaders | gov1 | vow to press on with:vowed to press on with:vowed to press on with |  | {S} {V} the strike despite an appeal from {T} {WHEN}{ATTR}.
1243 | yield | - | rebel1 | people2 | refuse to release:refused to release:refused to release |  | {S} {V} {T} held since last year {WHEN}{ATTR}.
1243 | yield | - | state1 | country2 | refuse to return:refused to return:refused to return |  | {S} {V} a seized tanker to {T} {WHEN}{ATTR}.
1244 | yield | economic | state1 | country2 | refuse to lift:refused to lift:refused to lift |  | {S} {V} sanctions on {T} {WHEN}{ATTR}.
1244 | yield | economic | igo | country1 | decline to ease:declined to ease:declined to ease |  | {S} {V} its embargo on {T} {WHEN}{ATTR}.
1245 | yield | - | gov1 | igo | refuse to allow:refused to allow:refused to allow |  | {S} {V} inspectors from {T} into the country {WHEN}{ATTR}.
1246 | yield | military | mil1 | rebel1 | refuse to halt:refused to halt:refused to halt |  | {S} {V} the offensive against {T} {WHEN}{ATTR}.
125 | meet | - | state1 | country2 | reject:rejected:rejected |  | {S} {V} an offer of talks from {T} {WHEN}{ATTR}.
125 | meet | - | leader1 | leader2 | refuse to meet:refused to meet:refused to meet |  | {S} {V} {T} during the summit {WHEN}{ATTR}.
125 | meet | - | rebel1 | gov1 | refuse to negotiate with:refused to negotiate with:refused to negotiate with |  | {S} {V} {T} {WHEN}{ATTR}.
125 | meet | - | state1 | country2 | rule out:ruled out:ruled out |  | {S} {V} {talks} with {T} {WHEN}{ATTR}.
125 | meet | - | opp1 | leader1 | boycott:boycotted:boycotted |  | {S} {V} the dialogue called by {T} {WHEN}{ATTR}.
125 | meet | - | leader1 | country2 | cancel:cancelled:cancelled |  | {S} {V} a planned visit to {T} {WHEN}{ATTR}.
125 | meet | - | gov1 | rebel1 | reject:rejected:rejected |  | {S} {V} calls for {talks} with {T} {WHEN}{ATTR}.
125 | meet | - | fm1 | country2 | call off:called off:called off |  | {S} {V} a meeting with {T} scheduled for next week {WHEN}{ATTR}.
125 | meet | - | state1 | country2 | snub:snubbed:snubbed |  | {S} {V} an invitation from {T} to attend the conference {WHEN}{ATTR}.
126 | meet | - | gov1 | igo | reject:rejected:rejected |  | {S} {V} mediation by {T} {WHEN}{ATTR}.
126 | meet | - | leader1 | leader2 | refuse:refused:refused |  | {S} {V} an offer from {T} to mediate in the conflict {WHEN}{ATTR}.
126 | meet | - | rebel1 | =Qatar | reject:rejected:rejected |  | {S} {V} {T}'s offer to broker a truce {WHEN}{ATTR}.
127 | meet | - | rebel1 | gov1 | reject:rejected:rejected |  | {S} {V} the peace deal signed by {T} {WHEN}{ATTR}.
127 | meet | - | state1 | state2 | reject:rejected:rejected |  | {S} {V} a ceasefire plan drawn up by {T} {WHEN}{ATTR}.
127 | meet | territory | gov1 | igo | reject:rejected:rejected | adj | {S} {V} the border settlement proposed by {T} {WHEN}{ATTR}.
128 | yield | - | state1 | igo | defy:defied:defied |  | {S} {V} a resolution of {T} {WHEN}{ATTR}.
128 | yield | legal | gov1 | court1 | ignore:ignored:ignored |  | {S} {V} a ruling by {T} ordering the release of prisoners {WHEN}{ATTR}.
128 | yield | - | civ | police1 | defy:defied:defied |  | {S} {V} a ban on gatherings imposed by {T} in {city1} {WHEN}{ATTR}.
129 | yield | - | state1 | igo | veto:vetoed:vetoed |  | {S} {V} a draft resolution at {T} {WHEN}{ATTR}.
129 | yield | legislative | head1 | - | veto:vetoed:vetoed |  | {S} {V} a bill passed by parliament {WHEN}{ATTR}.
129 | yield | - | =+Russia and China | state1 | veto:vetoed:vetoed | noreport | {S} {V} a resolution condemning {T} at the UN Security Council {WHEN}{ATTR}.
"""

THREATEN = r"""
136 | expel | peacekeeping | nation1 | country2 | say it would withdraw:said it would withdraw:said it would withdraw | AHN,nodeny,t=withdraw | {S} {V} its peacekeepers from {T} unless the government agreed to a ceasefire {WHEN}{ATTR}.
133 | relations | - | opp1 | - | say it would boycott:said it would boycott:said it would boycott | AHN,nodeny,t=boycott | {S} {V} the election {WHEN} unless the electoral commission was replaced{ATTR}.
1323 | restrict | - | head1 | - | announce plans to extend:announced plans to extend:announced plans to extend | AHN,nodeny,t=extend | {S} {V} the night-time curfew in {city1} {WHEN} if the violence continued{ATTR}.
1324 | restrict | - | gov1 | - | say it was prepared to impose:said it was prepared to impose:said it was prepared to impose | AHN,nodeny,t=impose | {S} {V} martial law {WHEN} as street battles raged in {city1}{ATTR}.
1381 | restrict | - | =+farmers | gov1 | say they would blockade:said they would blockade:said they would blockade | AHN,nodeny,t=blockade | {S} {V} {city1} from Monday unless {T} scrapped the new tax{ATTR}.
135 | relations | - | igo | - | say it may halt:said it may halt:said it may halt | AHN,nodeny,t=halt | {S} {V} its mediation efforts {WHEN} if the warring parties did not cooperate{ATTR}.
137 | violence | repression | police1 | opp1 | warn:warned:warned | AHNX,repr | {S} {V} {WHEN} that they would no longer tolerate rallies by {T}{ATTR}.
138 | violence | military | rebel1 | mil1 | vow to fight:vowed to fight:vowed to fight | AHNX | {S} {V} {T} until they gained control of {city1} {WHEN}{ATTR}.
1313 | relations | diplomatic | opp1 | state2 | say they would boycott:said they would boycott:said they would boycott | AHN,nodeny,t=boycott | {S} {V} all official contact with {T} {WHEN}{ATTR}.
1312 | restrict | economic | head1 | country2 | warn:warned:warned | A | "If they do not stop, we will cut off their gas," {S} {V} {T} {WHEN}{ATTR}.
138 | violence | military | mil1 | state2 | say:said:said | AHNX,nodeny,t=strike,adj | {S} {V} {WHEN} it would strike {T} if attacked again{ATTR}.
130 | - | - | head1 | state2 | warn:warned:warned | AFHNX | {S} {V} {T} {WHEN} not to "play with fire"{ATTR}.
1312 | restrict | economic | igo | state1 | warn:warned:warned | AFHNX | {S} {V} {T} {WHEN} that it faced tougher sanctions unless it halted its nuclear programme{ATTR}.
137 | violence | repression | police1 | opp1 | vow to crush:vowed to crush:vowed to crush | AHNX,repr | {S} {V} any unauthorised protest by {T} {WHEN}{ATTR}.
138 | violence | military | rebel1 | mil1 | threaten:threatened:threatened | AHNX | In a video released {WHEN}, {S} {V} new attacks on {T}{ATTR}.
130 | - | - | state1 | state2 | threaten:threatened:threatened | AHNX | {S} {V} to retaliate against {T} {WHEN}{ATTR}.
130 | - | - | leader1 | state2 | warn:warned:warned | AFHNX | {S} {V} {T} of "serious consequences" {WHEN}{ATTR}.
130 | - | - | rebel1 | gov1 | threaten:threatened:threatened | AHNX | {S} {V} {T} with reprisals {WHEN}{ATTR}.
130 | - | - | fm1 | state2 | warn:warned:warned | AFHNX | {S} {V} {WHEN} that {T} would pay a heavy price{ATTR}.
130 | - | - | state1 | state2 | vow to respond:vowed to respond:vowed to respond | AHNX | {S} {V} forcefully to any provocation by {T} {WHEN}{ATTR}.
130 | - | - | gov1 | opp1 | threaten:threatened:threatened | AHNX | {S} {V} {T} with unspecified measures {WHEN}{ATTR}.
130 | - | - | state1 | state2 | threaten:threatened:threatened | AHNX | {S} {V} to take "all necessary measures" against {T} {WHEN}{ATTR}.
130 | - | - | leader1 | igo | threaten:threatened:threatened | AHNX | {S} {V} to retaliate if {T} went ahead with the vote {WHEN}{ATTR}.
130 | - | - | state1 | state2 | threaten:threatened:threatened | PAHNX | {T} {V} by {S} after the incident {WHEN}{ATTR}.
131 | relations | - | state1 | state2 | threaten:threatened:threatened | AHNX | {S} {V} {T} with unspecified non-military measures {WHEN}{ATTR}.
1311 | relations | - | state1 | country2 | threaten to cut:threatened to cut:threatened to cut | AHNX | {S} {V} {aid} to {T} {WHEN}{ATTR}.
1311 | relations | economic | igo | gov1 | threaten to suspend:threatened to suspend:threatened to suspend | AHNX | {S} {V} loans to {T} unless reforms are made {WHEN}{ATTR}.
1311 | relations | - | leader1 | country2 | threaten to withhold:threatened to withhold:threatened to withhold | AHNX | {S} {V} {aid} from {T} if it did not cooperate {WHEN}{ATTR}.
1312 | restrict | economic | state1 | country2 | threaten:threatened:threatened | AHNX | {S} {V} to impose sanctions on {T} {WHEN}{ATTR}.
1312 | restrict | economic | leader1 | country2 | threaten:threatened:threatened | AHNX | {S} {V} to slap tariffs on {goods} from {T} {WHEN}{ATTR}.
1312 | restrict | economic | igo | state1 | threaten:threatened:threatened | AHNX | {S} {V} {T} with new sanctions {WHEN}{ATTR}.
1312 | restrict | economic | state1 | country2 | warn:warned:warned | AHNX | {S} {V} {WHEN} that it would halt {goods} from {T}{ATTR}.
1313 | relations | diplomatic | state1 | country2 | threaten to sever:threatened to sever:threatened to sever | AHNX | {S} {V} diplomatic ties with {T} {WHEN}{ATTR}.
1313 | relations | diplomatic | nation1 | country2 | threaten to recall:threatened to recall:threatened to recall | AHNX | {S} {V} its ambassador from {T} {WHEN}{ATTR}.
132 | restrict | - | gov1 | ngo | threaten to shut down:threatened to shut down:threatened to shut down | AHNX | {S} {V} the local office of {T} {WHEN}{ATTR}.
1321 | restrict | rights_freedoms | gov1 | media | threaten to prosecute:threatened to prosecute:threatened to prosecute | AHNX,repr | {S} {V} {T} over critical reporting {WHEN}{ATTR}.
1321 | restrict | rights_freedoms | gov1 | platform | threaten to block:threatened to block:threatened to block | AHNX,repr | {S} {V} {T} unless it removed opposition content {WHEN}{ATTR}.
1322 | restrict | political_institutions | gov1 | party1 | threaten to ban:threatened to ban:threatened to ban | AHNX,repr | {S} {V} {T} {WHEN}{ATTR}.
1323 | restrict | - | police1 | civ | threaten to impose:threatened to impose:threatened to impose | AHNX | {S} {V} a curfew in {city1} unless {T} went home {WHEN}{ATTR}.
1324 | restrict | - | head1 | civ | threaten to declare:threatened to declare:threatened to declare | AHNX | {S} {V} a state of emergency if {T} continued to block roads {WHEN}{ATTR}.
1324 | restrict | - | mil1 | opp1 | warn:warned:warned | AHNX | {S} {V} {T} {WHEN} that the army could impose martial law{ATTR}.
133 | relations | - | opp1 | gov1 | threaten:threatened:threatened | AHNX | {S} {V} to stage mass protests against {T} {WHEN}{ATTR}.
133 | relations | - | =+trade unions | gov1 | threaten:threatened:threatened | AHNX | {S} {V} a general strike if {T} pushed ahead with {policy} {WHEN}{ATTR}.
134 | relations | - | rebel1 | gov1 | threaten to pull out of:threatened to pull out of:threatened to pull out of | AHNX | {S} {V} {talks} with {T} {WHEN}{ATTR}.
134 | relations | - | state1 | country2 | threaten to walk away from:threatened to walk away from:threatened to walk away from | AHNX | {S} {V} negotiations with {T} {WHEN}{ATTR}.
135 | relations | - | nation1 | state2 | threaten to end:threatened to end:threatened to end | AHNX | {S} {V} its mediation between {T} and the rebels {WHEN}{ATTR}.
136 | expel | peacekeeping | gov1 | igo | threaten to expel:threatened to expel:threatened to expel | AHNX | {S} {V} peacekeepers from {T} {WHEN}{ATTR}.
136 | expel | - | gov1 | ngo | threaten to expel:threatened to expel:threatened to expel | AHNX | {S} {V} staff of {T} {WHEN}{ATTR}.
137 | violence | repression | police1 | civ | threaten:threatened:threatened | AHNX,repr | {S} {V} to use force against {T} in {city1} {WHEN}{ATTR}.
137 | violence | repression | leader1 | opp1 | threaten:threatened:threatened | AHNX,repr | {S} {V} to crush {T} {WHEN}{ATTR}.
137 | violence | repression | mil1 | civ | warn:warned:warned | AHNX,repr | {S} {V} {T} {WHEN} that troops would open fire if they did not disperse{ATTR}.
138 | violence | military | state1 | state2 | threaten military action against:threatened military action against:threatened military action against | AHNX,adj | {S} {V} {T} {WHEN}{ATTR}.
138 | violence | military | leader1 | state2 | threaten:threatened:threatened | AHNX,adj | {S} {V} to use force against {T} {WHEN}{ATTR}.
138 | violence | military | mil1 | rebel2 | threaten:threatened:threatened | AHNX,adj | {S} {V} to strike {T} {WHEN}{ATTR}.
138 | violence | military | rebel1 | mil1 | threaten:threatened:threatened | AHNX | {S} {V} to launch a new offensive against {T} {WHEN}{ATTR}.
138 | violence | military | state1 | state2 | warn:warned:warned | AHNX,adj | {S} {V} {T} {WHEN} that it was ready to use military force{ATTR}.
138 | violence | military | leader1 | state2 | vow to strike:vowed to strike:vowed to strike | AHNX,adj | {S} {V} {T} "with all our might" {WHEN}{ATTR}.
138 | violence | military | mil1 | state2 | threaten:threatened:threatened | AHNX,adj | {S} {V} to retaliate militarily against {T} {WHEN}{ATTR}.
138 | violence | military | state1 | state2 | threaten:threatened:threatened | PAHNX,adj | {T} {V} with military action by {S} {WHEN}{ATTR}.
138 | violence | military | leader1 | rebel2 | threaten to wipe out:threatened to wipe out:threatened to wipe out | AHNX,adj | {S} {V} {T} {WHEN}{ATTR}.
1381 | restrict | military | state1 | country2 | threaten to blockade:threatened to blockade:threatened to blockade | AHNX,adj | {S} {V} the ports of {T} {WHEN}{ATTR}.
1382 | territory | territory | state1 | country2 | threaten to seize:threatened to seize:threatened to seize | AHNX,adj | {S} {V} disputed islands held by {T} {WHEN}{ATTR}.
1382 | territory | territory | leader1 | country2 | threaten to annex:threatened to annex:threatened to annex | AHNX,adj | {S} {V} parts of {T} {WHEN}{ATTR}.
1383 | violence | terrorism | rebel1 | state2 | threaten:threatened:threatened | AHNX | {S} {V} suicide attacks against {T} {WHEN}{ATTR}.
1383 | violence | terrorism | rebel1 | people2 | threaten to kill:threatened to kill:threatened to kill | AHNX | {S} {V} {T} they were holding unless their demands were met {WHEN}{ATTR}.
1384 | violence | military | mil1 | country2 | threaten:threatened:threatened | AHNX,adj | {S} {V} to launch missile strikes on {T} {WHEN}{ATTR}.
1384 | violence | military | leader1 | state2 | threaten to invade:threatened to invade:threatened to invade | AHNX,adj | {S} {V} {T} {WHEN}{ATTR}.
1385 | violence | cbrn | =North Korea | state1 | threaten:threatened:threatened | AHNX | {S} {V} to use nuclear weapons against {T} {WHEN}{ATTR}.
1385 | violence | cbrn | leader1 | state2 | threaten a nuclear response:threatened a nuclear response:threatened a nuclear response | AHNX,adj | {S} {V} to any attack by {T} {WHEN}{ATTR}.
139 | relations | - | nation1 | state2 | give:gave:given | AHNX | {S} {V} {T} a 48-hour ultimatum to withdraw its forces {WHEN}{ATTR}.
139 | relations | - | leader1 | rebel1 | issue an ultimatum to:issued an ultimatum to:issued an ultimatum to | AHNX | {S} {V} {T} to lay down their arms {WHEN}{ATTR}.
139 | relations | - | mil1 | rebel2 | set a deadline for:set a deadline for:set a deadline for | AHNX | {S} {V} {T} to leave {city2} or face an assault {WHEN}{ATTR}.
"""

PROTEST = r"""
141 | demo | - | =+up to {big} ethnic Albanians | - | demonstrate:demonstrated:demonstrated |  | {S} {V} in {city1} {WHEN} against the killing of a local man{ATTR}.
143 | strike | - | opp1 | gov1 | organise a general strike:organised a general strike:organised a general strike |  | {S} {V} that shut down {city1} in protest at the arrest of their leaders {WHEN}{ATTR}.
144 | obstruct | economic | =+angry paper workers | - | block:blocked:blocked |  | {S} {V} a bridge over the river in {city1} for several hours {WHEN}{ATTR}.
145 | riot | - | =+prisoners | - | riot:rioted:rioted |  | {S} {V} at a jail near {city1} {WHEN}, setting fire to mattresses and smashing windows{ATTR}.
1441 | obstruct | executive | =+about {big} supporters of the former president | - | block:blocked:blocked |  | {S} {V} roads in {city1} {WHEN}, demanding that he be reinstated{ATTR}.
141 | demo | - | civ | state2 | protest:protested:protested |  | {S} {V} in {city1} {WHEN} against the military policies of {T}{ATTR}.
1413 | demo | - | =+young people | - | block:blocked:blocked |  | {S} {V} roads leading to the centre of {city1} {WHEN} to press demands for greater freedom{ATTR}.
141 | demo | - | =+some {big} people | - | demonstrate:demonstrated:demonstrated |  | {S} {V} in {city1} against {cause} {WHEN}{ATTR}.
141 | demo | - | civ | state2 | protest:protested:protested |  | {S} {V} in {city1} against the visit of {T}'s leader {WHEN}{ATTR}.
143 | strike | economic | =+some {big} workers | gov1 | stop work:stopped work:stopped work |  | {S} {V} in protest at a new labour law passed by {T} {WHEN}{ATTR}.
144 | obstruct | environment | =+environmental activists | company | chain themselves to:chained themselves to:chained themselves to |  | {S} {V} the gates of a plant run by {T} {WHEN}{ATTR}.
145 | riot | - | civ | - | clash:clashed:clashed |  | {S} {V} with security forces in {city1} after {cause} {WHEN}{ATTR}.
140 | demo | - | civ | gov1 | stage:staged:staged |  | {S} {V} a sit-in outside the offices of {T} in {city1} {WHEN}{ATTR}.
140 | demo | - | activist | gov1 | protest:protested:protested |  | {S} {V} against {T} in {city1} {WHEN}{ATTR}.
141 | demo | - | civ | gov1 | demonstrate:demonstrated:demonstrated |  | {S} {V} in {city1} against {cause} {WHEN}{ATTR}.
141 | demo | - | civ | leader1 | rally:rallied:rallied |  | {S} {V} in central {city1} to protest against {T} {WHEN}{ATTR}.
141 | demo | - | civ | country2 | protest:protested:protested |  | {S} {V} outside the embassy of {T} in {city1} {WHEN}{ATTR}.
141 | demo | - | civ | gov1 | march:marched:marched |  | {S} {V} through {city1} to protest {cause} {WHEN}{ATTR}.
141 | demo | - | opp1 | gov1 | hold a rally:held a rally:held a rally |  | {S} {V} in {city1} against {T} {WHEN}{ATTR}.
141 | demo | - | civ | - | take to the streets:took to the streets:taken to the streets |  | {S} {V} of {city1} to denounce {cause} {WHEN}{ATTR}.
141 | demo | - | civ | country2 | rally:rallied:rallied |  | {S} {V} in {city1} against the visit of a delegation from {T} {WHEN}{ATTR}.
141 | demo | - | civ | gov1 | gather:gathered:gathered |  | {S} {V} outside parliament in {city1} to protest against {T} {WHEN}{ATTR}.
141 | demo | - | civ | igo | demonstrate:demonstrated:demonstrated |  | {S} {V} outside the {city1} offices of {T} {WHEN}{ATTR}.
141 | demo | - | civ | - | hold a vigil:held a vigil:held a vigil |  | {S} {V} in {city1} for victims of the crackdown {WHEN}{ATTR}.
1411 | demo | executive | civ | leader1 | demonstrate:demonstrated:demonstrated |  | {S} {V} in {city1} demanding the resignation of {T} {WHEN}{ATTR}.
1411 | demo | executive | opp1 | leader1 | rally:rallied:rallied |  | {S} {V} in {city1}, calling on {T} to resign {WHEN}{ATTR}.
1412 | demo | economic | civ | gov1 | protest:protested:protested |  | {S} {V} in {city1} against plans by {T} to raise fuel prices {WHEN}{ATTR}.
1412 | demo | environment | civ | gov1 | march:marched:marched |  | {S} {V} in {city1} to demand that {T} halt a new coal mine {WHEN}{ATTR}.
1413 | demo | rights_freedoms | activist | gov1 | demonstrate:demonstrated:demonstrated |  | {S} {V} in {city1} for the right to free assembly {WHEN}{ATTR}.
1413 | demo | gender | =+women's rights activists | gov1 | rally:rallied:rallied |  | {S} {V} in {city1} against restrictions imposed by {T} {WHEN}{ATTR}.
1414 | demo | pro_democracy | civ | mil1 | protest:protested:protested |  | {S} {V} against the rule of {T}, demanding a return to civilian government {WHEN}{ATTR}.
1414 | demo | political_institutions | opp1 | gov1 | rally:rallied:rallied |  | {S} {V} in {city1} against changes to the constitution {WHEN}{ATTR}.
142 | hunger | - | activist | gov1 | go on hunger strike:went on hunger strike:gone on hunger strike |  | {S} {V} in {city1} to protest against {T} {WHEN}{ATTR}.
1421 | hunger | executive | activist | leader1 | begin a hunger strike:began a hunger strike:begun a hunger strike |  | {S} {V} to demand that {T} step down {WHEN}{ATTR}.
1422 | hunger | - | =+detainees | gov1 | refuse food:refused food:refused food |  | {S} held in {city1} {V} to protest {policy} by {T} {WHEN}{ATTR}.
1423 | hunger | human_rights | =+political prisoners | gov1 | launch a hunger strike:launched a hunger strike:launched a hunger strike |  | {S} {V} to demand better treatment from {T} {WHEN}{ATTR}.
1424 | hunger | political_institutions | activist | gov1 | start a hunger strike:started a hunger strike:started a hunger strike |  | {S} {V} against the electoral law passed by {T} {WHEN}{ATTR}.
143 | strike | economic | civ | gov1 | go on strike:went on strike:gone on strike |  | {S} in {city1} {V} against {cause} {WHEN}{ATTR}.
143 | boycott | - | opp1 | gov1 | boycott:boycotted:boycotted |  | {S} {V} the election organised by {T} {WHEN}{ATTR}.
143 | strike | economic | =+trade unions | gov1 | call a general strike:called a general strike:called a general strike |  | {S} {V} against {T} {WHEN}{ATTR}.
143 | boycott | - | civ | company | boycott:boycotted:boycotted |  | {S} {V} products made by {T} {WHEN}{ATTR}.
143 | strike | economic | =+dock workers | - | walk off the job:walked off the job:walked off the job |  | {S} in {city1} {V}, halting exports {WHEN}{ATTR}.
143 | boycott | - | state1 | state2 | boycott:boycotted:boycotted |  | {S} {V} the summit hosted by {T} {WHEN}{ATTR}.
1431 | strike | executive | civ | leader1 | strike:struck:struck |  | {S} {V} across the country to press for the removal of {T} {WHEN}{ATTR}.
1432 | strike | economic | civ | gov1 | stage a strike:staged a strike:staged a strike |  | {S} {V} against pension reforms planned by {T} {WHEN}{ATTR}.
1433 | strike | rights_freedoms | =+garment workers | company | strike:struck:struck |  | {S} {V} at factories supplying {T}, demanding union rights {WHEN}{ATTR}.
1434 | boycott | political_institutions | opp1 | gov1 | boycott:boycotted:boycotted |  | {S} {V} parliament to protest against constitutional changes by {T} {WHEN}{ATTR}.
144 | obstruct | - | civ | gov1 | block:blocked:blocked |  | {S} {V} roads into {city1} to protest against {T} {WHEN}{ATTR}.
1441 | obstruct | executive | civ | leader1 | barricade:barricaded:barricaded |  | {S} {V} streets in {city1}, demanding that {T} resign {WHEN}{ATTR}.
1442 | obstruct | economic | =+farmers | gov1 | block:blocked:blocked |  | {S} {V} highways with tractors to protest {policy} by {T} {WHEN}{ATTR}.
1443 | obstruct | human_rights | civ | gov1 | occupy:occupied:occupied |  | {S} {V} a main square in {city1} to demand rights from {T} {WHEN}{ATTR}.
1444 | obstruct | political_institutions | opp1 | gov1 | blockade:blockaded:blockaded |  | {S} {V} the parliament building in {city1} to stop {T} passing the new constitution {WHEN}{ATTR}.
145 | riot | - | civ | police1 | clash with:clashed with:clashed with |  | {S} {V} {T} in {city1} during protests against {cause} {WHEN}{ATTR}.
145 | riot | - | civ | - | riot:rioted:rioted |  | {S} {V} in {city1}, torching cars and looting shops {WHEN}{ATTR}.
145 | riot | - | civ | country2 | storm:stormed:stormed |  | {S} {V} the embassy of {T} in {city1} {WHEN}{ATTR}.
145 | riot | - | civ | police1 | hurl stones at:hurled stones at:hurled stones at |  | {S} {V} {T} in {city1} {WHEN}{ATTR}.
1451 | riot | executive | civ | leader1 | set fire to:set fire to:set fire to |  | {S} {V} government buildings in {city1}, demanding that {T} resign {WHEN}{ATTR}.
1452 | riot | economic | civ | gov1 | ransack:ransacked:ransacked |  | {S} {V} offices of {T} in {city1} over {cause} {WHEN}{ATTR}.
1453 | riot | rights_freedoms | civ | police1 | attack:attacked:attacked |  | {S} demanding equal rights {V} {T} with stones in {city1} {WHEN}{ATTR}.
1454 | riot | political_institutions | civ | gov1 | storm:stormed:stormed |  | {S} {V} the parliament building in {city1} to protest against {T} {WHEN}{ATTR}.
"""

SANCTION = r"""
160 | discontinue | economic | nation1 | country2 | announce a suspension of:announced a suspension of:announced a suspension of | t=suspension | {S} {V} air links with {T} {WHEN}{ATTR}.
1623 | discontinue | human_security | =the World Food Programme | - | reduce:reduced:reduced |  | {S} {V} food supplies to a refugee camp near {city1} {WHEN} because rations were being diverted{ATTR}.
165 | withdraw | - | mil1 | - | end:ended:ended |  | {S} {V} mediation efforts between rival militias in {city1} {WHEN}{ATTR}.
162 | discontinue | - | nation1 | rebel2 | say it would prohibit:said it would prohibit:said it would prohibit | A,t=prohibit | {S} {V} all aid to {T} {WHEN}{ATTR}.
164 | withdraw | - | =+Palestinian negotiators | - | walk out of:walked out of:walked out of |  | {S} {V} the talks {WHEN} after a deadly raid in the West Bank{ATTR}.
161 | expel | diplomatic | nation1 | dipl2 | order:ordered:ordered |  | {S} {V} {numw} {T} to leave the country within 72 hours {WHEN}{ATTR}.
162 | discontinue | - | igo | gov1 | cut off:cut off:cut off |  | {S} {V} funding to {T} after the military seized power {WHEN}{ATTR}.
160 | discontinue | economic | nation1 | country2 | suspend:suspended:suspended |  | {S} {V} all flights to and from {T} {WHEN}{ATTR}.
166 | withdraw | - | nation1 | igo | pull out of:pulled out of:pulled out of |  | {S} {V} {T}, saying the body had become politicised {WHEN}{ATTR}.
160 | discontinue | diplomatic | state1 | state2 | downgrade ties with:downgraded ties with:downgraded ties with |  | {S} {V} {T} {WHEN}{ATTR}.
160 | discontinue | - | state1 | state2 | suspend cooperation with:suspended cooperation with:suspended cooperation with |  | {S} {V} {T} on counter-terrorism {WHEN}{ATTR}.
160 | discontinue | - | igo | state1 | suspend:suspended:suspended |  | {S} {V} {T} from the organisation {WHEN}{ATTR}.
160 | discontinue | economic | state1 | country2 | cancel:cancelled:cancelled |  | {S} {V} a gas supply deal with {T} {WHEN}{ATTR}.
160 | discontinue | economic | state1 | country2 | freeze:froze:frozen |  | {S} {V} trade talks and cultural exchanges with {T} {WHEN}{ATTR}.
161 | withdraw | diplomatic | state1 | state2 | sever diplomatic ties with:severed diplomatic ties with:severed diplomatic ties with |  | {S} {V} {T} {WHEN}{ATTR}.
161 | withdraw | diplomatic | nation1 | country2 | recall:recalled:recalled |  | {S} {V} its ambassador to {T} for consultations {WHEN}{ATTR}.
161 | withdraw | diplomatic | nation1 | capital2 | close:closed:closed |  | {S} {V} its embassy in {T} {WHEN}{ATTR}.
161 | expel | diplomatic | state1 | dipl2 | expel:expelled:expelled |  | {S} {V} {numw} {T} {WHEN}{ATTR}.
161 | expel | diplomatic | gov1 | amb2 | declare:declared:declared |  | {S} {V} {T} persona non grata {WHEN}{ATTR}.
161 | withdraw | diplomatic | state1 | state2 | break off relations with:broke off relations with:broken off relations with |  | {S} {V} {T} {WHEN}{ATTR}.
161 | expel | diplomatic | state1 | dipl2 | expel:expelled:expelled | P | {numw} {T} {V} by {S} {WHEN}{ATTR}.
162 | discontinue | - | state1 | country2 | cut:cut:cut |  | {S} {V} {aid} to {T} {WHEN}{ATTR}.
162 | discontinue | - | igo | gov1 | suspend:suspended:suspended |  | {S} {V} {aid} to {T} after the coup {WHEN}{ATTR}.
1621 | discontinue | economic | igo | gov1 | freeze:froze:frozen |  | {S} {V} loans to {T} {WHEN}{ATTR}.
1621 | discontinue | economic | state1 | country2 | halt:halted:halted |  | {S} {V} budget support to {T} over corruption concerns {WHEN}{ATTR}.
1622 | discontinue | military | state1 | country2 | suspend:suspended:suspended |  | {S} {V} military aid to {T} {WHEN}{ATTR}.
1622 | discontinue | military | state1 | mil2 | halt:halted:halted |  | {S} {V} arms deliveries to {T} {WHEN}{ATTR}.
1623 | discontinue | human_security | igo | rebel1 | suspend:suspended:suspended |  | {S} {V} food deliveries to areas held by {T} {WHEN}{ATTR}.
1623 | discontinue | human_security | state1 | igo | cut:cut:cut |  | {S} {V} funding for the refugee agency of {T} {WHEN}{ATTR}.
164 | withdraw | - | state1 | country2 | suspend:suspended:suspended |  | {S} {V} {talks} with {T} {WHEN}{ATTR}.
164 | withdraw | - | rebel1 | gov1 | walk out of:walked out of:walked out of |  | {S} {V} peace talks with {T} in {city2} {WHEN}{ATTR}.
164 | withdraw | - | gov1 | rebel1 | break off:broke off:broken off |  | {S} {V} negotiations with {T} {WHEN}{ATTR}.
165 | withdraw | - | nation1 | state2 | pull out of:pulled out of:pulled out of |  | {S} {V} mediation efforts between {T} and its neighbour {WHEN}{ATTR}.
165 | withdraw | - | igo | country1 | end:ended:ended |  | {S} {V} its mediation in {T} {WHEN}{ATTR}.
165 | withdraw | - | =Qatar | rebel1 | suspend:suspended:suspended |  | {S} {V} its role as mediator between {T} and the government {WHEN}{ATTR}.
166 | withdraw | - | state1 | igo | withdraw from:withdrew from:withdrawn from |  | {S} {V} {T} {WHEN}{ATTR}.
166 | withdraw | - | nation1 | country2 | pull:pulled:pulled |  | {S} {V} its non-essential embassy staff out of {T} {WHEN}{ATTR}.
166 | expel | - | igo | state1 | expel:expelled:expelled |  | {S} {V} {T} from the bloc {WHEN}{ATTR}.
166 | withdraw | - | state1 | igo | quit:quit:quit |  | {S} {V} {T}, accusing it of bias {WHEN}{ATTR}.
1661 | withdraw | peacekeeping | nation1 | country2 | withdraw:withdrew:withdrawn |  | {S} {V} its peacekeepers from {T} {WHEN}{ATTR}.
1661 | expel | peacekeeping | gov1 | igo | order out:ordered out:ordered out |  | {S} {V} peacekeepers of {T} {WHEN}{ATTR}.
1662 | expel | - | gov1 | igo | expel:expelled:expelled |  | {S} {V} inspectors from {T} {WHEN}{ATTR}.
1662 | withdraw | - | igo | country1 | withdraw:withdrew:withdrawn |  | {S} {V} its election observers from {T} {WHEN}{ATTR}.
1663 | expel | human_security | gov1 | ngo | expel:expelled:expelled |  | {S} {V} {T} from the country {WHEN}{ATTR}.
1663 | withdraw | human_security | ngo | country1 | pull out of:pulled out of:pulled out of |  | {S} {V} {T}, citing attacks on its staff {WHEN}{ATTR}.
"""

MOBILIZE = r"""
152 | troops | military | mil1 | - | remain on alert:remained on alert:remained on alert |  | {S} {V} near {city1} {WHEN} to forestall more violence{ATTR}.
154 | troops | military | nation1 | country2 | strengthen its forces:strengthened its forces:strengthened its forces | adj | {S} {V} near the border with {T} {WHEN} after rockets were found in the area{ATTR}.
154 | troops | military | nation1 | country2 | mobilise army reservists:mobilised army reservists:mobilised army reservists | adj | {S} {V} {WHEN} for a possible war with {T}{ATTR}.
150 | troops | military | mil1 | rebel1 | prepare to resume:prepared to resume:prepared to resume |  | {S} {V} shelling areas held by {T} {WHEN} as peace efforts stalled{ATTR}.
150 | weapons | cyber | nation1 | country2 | train:trained:trained | adj | {S} has {V} hundreds of hackers capable of attacking networks in {T}, officials said {WHEN}.
154 | troops | military | mil1 | country2 | send:sent:sent | adj | {S} {V} an armoured column towards the border with {T} {WHEN}{ATTR}.
152 | troops | military | mil1 | - | cancel all leave for:cancelled all leave for:cancelled all leave for |  | {S} {V} its soldiers {WHEN}{ATTR}.
150 | weapons | military | nation1 | country2 | conduct a missile test:conducted a missile test:conducted a missile test | adj | {S} {V} off the coast, in a warning to {T} {WHEN}{ATTR}.
153 | police | - | police1 | civ | surround:surrounded:surrounded |  | {S} in riot gear {V} the square in {city1} where {T} had planned to gather {WHEN}{ATTR}.
150 | troops | military | mil1 | country2 | hold military drills near:held military drills near:held military drills near | adj | {S} {V} the border with {T} {WHEN}{ATTR}.
150 | weapons | military | nation1 | country2 | test-fire:test-fired:test-fired | adj | {S} {V} a ballistic missile, raising tensions with {T} {WHEN}{ATTR}.
150 | troops | military | mil1 | - | stage:staged:staged |  | {S} {V} a military parade in {city1} showing off new tanks {WHEN}{ATTR}.
150 | weapons | military | nation1 | country2 | send warships to:sent warships to:sent warships to | adj | {S} {V} waters near {T} {WHEN}{ATTR}.
150 | weapons | military | mil1 | country2 | fly:flew:flown | adj | {S} {V} fighter jets near the airspace of {T} {WHEN}{ATTR}.
150 | troops | military | mil1 | - | carry out exercises:carried out exercises:carried out exercises |  | {S} {V} near {city1} {WHEN}{ATTR}.
151 | police | - | police1 | - | go on high alert:went on high alert:gone on high alert |  | {S} {V} in {city1} ahead of the verdict {WHEN}{ATTR}.
151 | police | - | gov1 | - | raise the police alert level:raised the police alert level:raised the police alert level |  | {S} {V} in {city1} {WHEN}{ATTR}.
151 | police | terrorism | police1 | - | step up security:stepped up security:stepped up security |  | {S} {V} at airports and train stations {WHEN}{ATTR}.
152 | troops | military | mil1 | country2 | put on high alert:put on high alert:put on high alert | P,pl,adj | Troops along the border with {T} {V} {WHEN}{ATTR}.
152 | troops | military | nation1 | country2 | place on alert:placed on alert:placed on alert | adj | {S} {V} its forces near {T} {WHEN}{ATTR}.
152 | weapons | military | mil1 | state2 | raise the readiness of:raised the readiness of:raised the readiness of | adj | {S} {V} its missile units facing {T} {WHEN}{ATTR}.
152 | troops | military | head1 | - | order the army onto full alert:ordered the army onto full alert:ordered the army onto full alert |  | {S} {V} {WHEN}{ATTR}.
153 | police | - | gov1 | civ | deploy:deployed:deployed |  | {S} {V} thousands of police in {city1} ahead of planned protests by {T} {WHEN}{ATTR}.
153 | police | - | police1 | - | deploy:deployed:deployed | P,pl | Hundreds of riot police {V} across {city1} {WHEN}{ATTR}.
153 | police | - | gov1 | - | send extra police to:sent extra police to:sent extra police to |  | {S} {V} {city1} {WHEN}{ATTR}.
153 | police | - | head1 | - | order:ordered:ordered |  | {S} {V} police reinforcements into {city1} {WHEN}{ATTR}.
154 | troops | military | nation1 | country2 | mass troops:massed troops:massed troops | adj | {S} {V} on its border with {T} {WHEN}{ATTR}.
154 | troops | military | nation1 | country2 | deploy:deployed:deployed | adj | {S} {V} {big} troops to the border with {T} {WHEN}{ATTR}.
154 | troops | military | head1 | - | call up:called up:called up |  | {S} {V} {big} reservists {WHEN}{ATTR}.
154 | troops | military | mil1 | rebel1 | send reinforcements to:sent reinforcements to:sent reinforcements to |  | {S} {V} {city1} to confront {T} {WHEN}{ATTR}.
154 | troops | military | gov1 | - | order a general mobilisation:ordered a general mobilisation:ordered a general mobilisation |  | {S} {V} {WHEN}{ATTR}.
154 | militia | - | rebel1 | mil1 | mobilise:mobilised:mobilised |  | {S} {V} fighters near {city1} ahead of an expected offensive by {T} {WHEN}{ATTR}.
154 | weapons | military | nation1 | country2 | move:moved:moved | adj | {S} {V} tanks and artillery closer to {T} {WHEN}{ATTR}.
154 | troops | military | nation1 | - | deploy:deployed:deployed | P,pl | {big} extra troops {V} to {city1} by {S} {WHEN}{ATTR}.
154 | militia | - | rebel1 | - | recruit:recruited:recruited |  | {S} {V} hundreds of new fighters in the area around {city1} {WHEN}{ATTR}.
154 | weapons | military | nation1 | country2 | station:stationed:stationed | adj | {S} {V} missile launchers within range of {T} {WHEN}{ATTR}.
"""

COERCE = r"""
172 | ban | terrorism | gov1 | rebel1 | outlaw:outlawed:outlawed |  | {S} {V} {T} {WHEN}, making membership a criminal offence{ATTR}.
1721 | censor | rights_freedoms | gov1 | outlet | order:ordered:ordered | repr | {S} {V} {T} to suspend publication indefinitely {WHEN}{ATTR}.
1724 | martial-law | - | mil1 | - | declare a state of siege:declared a state of siege:declared a state of siege |  | {S} {V} in {city1} {WHEN}, suspending civil liberties{ATTR}.
170 | cyber | cyber | =+hackers | country1 | deface:defaced:defaced |  | {S} {V} thousands of government websites in {T} {WHEN}{ATTR}.
191 | restrict | military | mil1 | - | reimpose a closure on:reimposed a closure on:reimposed a closure on |  | {S} {V} {city1} {WHEN} following a deadly shooting{ATTR}.
172 | restrict | - | police1 | civ | prevent:prevented:prevented | repr | {S} {V} a demonstration by {T} outside the ruling party's offices in {city1} {WHEN}{ATTR}.
1711 | seize | - | police1 | rebel1 | confiscate:confiscated:confiscated |  | {S} {V} weapons and explosives belonging to {T} in a raid near {city1} {WHEN}{ATTR}.
173 | arrest | - | police1 | - | arrest:arrested:arrested | P,sg | A foreign aid worker {V} in {city1} {WHEN} on suspicion of collaborating with {name2}{ATTR}.
173 | arrest | - | gov1 | opp1 | jail:jailed:jailed | repr | {S} {V} {num} members of {T} on treason charges {WHEN}{ATTR}.
170 | cyber | cyber | nation1 | state2 | hack into:hacked into:hacked into |  | Hackers linked to {S} {V} the computer networks of {T}'s defence ministry {WHEN}{ATTR}.
170 | cyber | cyber | nation1 | country2 | launch a cyber attack on:launched a cyber attack on:launched a cyber attack on |  | {S} {V} banks and government websites in {T} {WHEN}{ATTR}.
170 | misinformation | misinformation | nation1 | country2 | run a disinformation campaign:ran a disinformation campaign:run a disinformation campaign |  | {S} {V} aimed at voters in {T} {WHEN}{ATTR}.
173 | arrest | - | police1 | opp1 | arrest:arrested:arrested | repr | {S} {V} {num} members of {T} in dawn raids in {city1} {WHEN}{ATTR}.
173 | arrest | - | =+masked security agents | activist | seize:seized:seized | repr | {S} {V} {T} from a street in {city1} and took them to an unknown location {WHEN}{ATTR}.
173 | arrest | crime | police1 | - | arrest:arrested:arrested |  | {S} {V} {num} suspects over the killing of a journalist in {city1} {WHEN}{ATTR}.
163 | restrict | economic | =+EU foreign ministers | country1 | agree new sanctions against:agreed new sanctions against:agreed new sanctions against |  | {S} {V} {T} at a meeting in Brussels {WHEN}{ATTR}.
174 | deport | migration | gov1 | =+migrants | deport:deported:deported |  | {S} {V} hundreds of {T} to {name2} {WHEN}{ATTR}.
163 | - | economic | state1 | state2 | impose sanctions on:imposed sanctions on:imposed sanctions on |  | {S} {V} {T} {WHEN}{ATTR}.
163 | - | economic | igo | country1 | impose:imposed:imposed |  | {S} {V} an arms embargo on {T} {WHEN}{ATTR}.
163 | - | economic | state1 | company | blacklist:blacklisted:blacklisted |  | {S} {V} {T} {WHEN}{ATTR}.
163 | - | economic | state1 | country2 | ban:banned:banned |  | {S} {V} {goods} from {T} {WHEN}{ATTR}.
163 | - | economic | state1 | leader2 | freeze the assets of:froze the assets of:frozen the assets of |  | {S} {V} {T} {WHEN}{ATTR}.
163 | - | economic | state1 | country2 | slap sanctions on:slapped sanctions on:slapped sanctions on |  | {S} {V} {numw} officials from {T} over the crackdown {WHEN}{ATTR}.
163 | - | economic | igo | state1 | tighten sanctions on:tightened sanctions on:tightened sanctions on |  | {S} {V} {T} {WHEN}{ATTR}.
163 | - | economic | state1 | country2 | impose an embargo on:imposed an embargo on:imposed an embargo on |  | {S} {V} {goods} to {T} {WHEN}{ATTR}.
163 | - | economic | igo | state1 | sanction:sanctioned:sanctioned | P | {T} {V} by {S} over its human rights record {WHEN}{ATTR}.
163 | - | economic | nation1 | company | impose sanctions on:imposed sanctions on:imposed sanctions on |  | {S} {V} {T} over its dealings with {name2} {WHEN}{ATTR}.
170 | - | - | gov1 | opp1 | put pressure on:put pressure on:put pressure on | repr | {S} {V} {T} by cutting off state funding {WHEN}{ATTR}.
171 | seize | - | mil1 | country2 | seize:seized:seized | adj | {S} {V} a tanker flagged to {T} in the Gulf {WHEN}{ATTR}.
171 | seize | - | police1 | opp1 | raid:raided:raided | repr | {S} {V} the headquarters of {T} in {city1} {WHEN}{ATTR}.
1711 | seize | economic | gov1 | company | confiscate:confiscated:confiscated |  | {S} {V} assets belonging to {T} {WHEN}{ATTR}.
1711 | seize | economic | gov1 | company | nationalise:nationalised:nationalised |  | {S} {V} the local operations of {T} {WHEN}{ATTR}.
1711 | seize | - | police1 | media | seize:seized:seized | repr | {S} {V} equipment from {T} in {city1} {WHEN}{ATTR}.
172 | restrict | repression | gov1 | ngo | ban:banned:banned | repr | {S} {V} {T} from operating in the country {WHEN}{ATTR}.
172 | restrict | repression | gov1 | activist | impose a travel ban on:imposed a travel ban on:imposed a travel ban on | repr | {S} {V} {T} {WHEN}{ATTR}.
172 | restrict | repression | police1 | civ | ban:banned:banned | repr | {S} {V} all gatherings in {city1} after protests by {T} {WHEN}{ATTR}.
172 | restrict | - | gov1 | - | close:closed:closed | adj | {S} {V} the border crossing into {name2} {WHEN}{ATTR}.
172 | withhold | - | gov1 | - | shut down:shut down:shut down |  | {S} {V} internet access in {city1} {WHEN}{ATTR}.
172 | restrict | repression | gov1 | ngo | freeze the bank accounts of:froze the bank accounts of:frozen the bank accounts of | repr | {S} {V} {T} {WHEN}{ATTR}.
172 | restrict | repression | gov1 | activist | place:placed:placed | repr | {S} {V} {T} under house arrest {WHEN}{ATTR}.
172 | restrict | - | mil1 | - | cordon off:cordoned off:cordoned off |  | {S} {V} the centre of {city1} {WHEN}{ATTR}.
1721 | censor | rights_freedoms | gov1 | outlet | shut down:shut down:shut down | repr | {S} {V} {T} in {city1} {WHEN}{ATTR}.
1721 | censor | rights_freedoms | gov1 | platform | block:blocked:blocked | repr | {S} {V} access to {T} {WHEN}{ATTR}.
1721 | censor | rights_freedoms | gov1 | media | revoke the accreditation of:revoked the accreditation of:revoked the accreditation of | repr | {S} {V} {T} {WHEN}{ATTR}.
1722 | ban | political_institutions | court1 | party1 | ban:banned:banned | repr | {S} {V} {T} {WHEN}{ATTR}.
1722 | ban | election | gov1 | opp1 | bar:barred:barred | repr | {S} {V} {T} from standing in the election {WHEN}{ATTR}.
1722 | ban | political_institutions | court1 | party1 | dissolve:dissolved:dissolved | P,repr | {T} {V} by {S} {WHEN}{ATTR}.
1723 | curfew | - | gov1 | - | impose a curfew:imposed a curfew:imposed a curfew |  | {S} {V} in {city1} after the unrest {WHEN}{ATTR}.
1723 | curfew | - | mil1 | civ | impose a night-time curfew on:imposed a night-time curfew on:imposed a night-time curfew on | repr | {S} {V} {city1} after clashes with {T} {WHEN}{ATTR}.
1724 | martial-law | - | head1 | - | declare a state of emergency:declared a state of emergency:declared a state of emergency |  | {S} {V} to quell the protests {WHEN}{ATTR}.
1724 | martial-law | - | head1 | - | impose martial law:imposed martial law:imposed martial law |  | {S} {V} in {city1} and surrounding provinces {WHEN}{ATTR}.
173 | arrest | - | police1 | activist | arrest:arrested:arrested | repr | {S} {V} {T} in {city1} {WHEN}{ATTR}.
173 | arrest | - | police1 | crowd | detain:detained:detained | repr | {S} {V} dozens of {T} after the rally in {city1} {WHEN}{ATTR}.
173 | arrest | - | police1 | opp1 | arrest:arrested:arrested | repr | {S} {V} {num} members of {T} {WHEN}{ATTR}.
173 | arrest | - | police1 | activist | arrest:arrested:arrested | P,repr | {T} {V} by {S} in {city1} {WHEN}{ATTR}.
173 | arrest | crime,corruption | police1 | leader1 | detain:detained:detained |  | {S} {V} a former aide to {T} on corruption charges {WHEN}{ATTR}.
173 | arrest | - | police1 | media | detain:detained:detained | repr | {S} {V} {T} covering the protests in {city1} {WHEN}{ATTR}.
173 | arrest | terrorism | police1 | rebel1 | round up:rounded up:rounded up |  | {S} {V} {num} suspected members of {T} in {city1} {WHEN}{ATTR}.
173 | arrest | intelligence | gov1 | people2 | detain:detained:detained |  | {S} {V} {T} on suspicion of spying {WHEN}{ATTR}.
173 | arrest | legal | court1 | activist | sentence:sentenced:sentenced | repr | {S} {V} {T} to {num} years in prison {WHEN}{ATTR}.
173 | arrest | - | police1 | crowd | arrest:arrested:arrested | P,repr | {big} {T} {V} in {city1} {WHEN}{ATTR}.
173 | arrest | legal | court1 | opp1 | jail:jailed:jailed | repr | {S} {V} a leader of {T} for {num} years {WHEN}{ATTR}.
173 | arrest | crime | police1 | - | take into custody:took into custody:taken into custody |  | {S} {V} a suspect in the killing of a journalist {WHEN}{ATTR}.
174 | deport | migration | gov1 | people2 | deport:deported:deported |  | {S} {V} {T} {WHEN}{ATTR}.
174 | deport | migration | gov1 | people2 | expel:expelled:expelled |  | {S} {V} {T} accused of working illegally {WHEN}{ATTR}.
174 | deport | - | gov1 | media | expel:expelled:expelled | repr | {S} {V} {T} working for foreign media {WHEN}{ATTR}.
191 | restrict | military | mil1 | country2 | blockade:blockaded:blockaded | adj | {S} {V} the ports of {T} {WHEN}{ATTR}.
191 | restrict | military | mil1 | civ | besiege:besieged:besieged |  | {S} {V} {city1}, cutting off food to {T} {WHEN}{ATTR}.
191 | restrict | - | mil1 | - | seal off:sealed off:sealed off |  | {S} {V} {city1} and set up checkpoints on all roads {WHEN}{ATTR}.
191 | restrict | - | nation1 | country2 | close its airspace to:closed its airspace to:closed its airspace to | adj | {S} {V} planes from {T} {WHEN}{ATTR}.
192 | seize | territory | mil1 | country2 | occupy:occupied:occupied | adj | {S} {V} a strip of territory inside {T} {WHEN}{ATTR}.
192 | seize | territory | rebel1 | mil1 | take control of:took control of:taken control of |  | {S} {V} {city1} after {T} withdrew {WHEN}{ATTR}.
192 | seize | territory | nation1 | country2 | annex:annexed:annexed | adj | {S} {V} four regions of {T} {WHEN}{ATTR}.
"""

ASSAULT = r"""
190 | - | military | rebel1 | mil1 | kill:killed:killed | P,pl | {num} soldiers from {T} {V} in an ambush by {S} near {city1} {WHEN}{ATTR}.
1833 | explosives | terrorism | - | mil1 | kill:killed:killed | P,pl,noreport,violent | {num} members of {T} {V} by a roadside bomb near {city1} {WHEN}{ATTR}.
1832 | explosives | terrorism | - | media | kill:killed:killed | P,sg,violent | A prominent journalist {V} in a car bomb explosion in {city1} {WHEN}{ATTR}.
1831 | suicide-attack | terrorism | =+two suicide bombers | - | kill:killed:killed | nodeny,AX,violent | {S} {V} {num} people in {city1} {WHEN} when they blew themselves up on a crowded bus{ATTR}.
190 | - | military | mil1 | rebel1 | capture:captured:captured |  | {S} {V} part of a stronghold held by {T} near {city1} after days of fighting {WHEN}{ATTR}.
190 | - | military | nation1 | country2 | mount an invasion of:mounted an invasion of:mounted an invasion of | adj | {S} {V} {T} {WHEN}, sending tanks across the border{ATTR}.
194 | heavy-weapons | military | rebel1 | - | shell:shelled:shelled |  | {S} {V} {city1} {WHEN} for the first time in months, killing {num} civilians{ATTR}.
183 | explosives | - | - | - | kill:killed:killed | noreport,nodeny,AX,violent | A landmine explosion near {city1} {V} {num} children {WHEN}{ATTR}.
195 | drone | military | =+US drone strikes | rebel1 | kill:killed:killed | noreport,nodeny | {S} {V} {num} senior commanders of {T} {WHEN}{ATTR}.
182 | beat | human_rights | mil1 | =+detainees | beat up:beat up:beaten up | grim | {S} routinely {V} {T} held near {city1}, former prisoners said {WHEN}.
1821 | sexual | gender | police1 | =+migrants | sexually abuse:sexually abused:sexually abused | grim | {S} {V} {T} held near {city1} {WHEN}, a rights group said.
196 | - | military | =+both sides | - | violate:violated:violated | nodeny,violent | {S} {V} the ceasefire around {city1} {WHEN}{ATTR}.
190 | - | military | mil1 | rebel1 | say:said:said | nodeny,AHNX,t=killed | {S} {V} {WHEN} it had killed {num} members of {T} in an operation near {city1}{ATTR}.
193 | firearms | - | =+gunmen | people1 | kill:killed:killed | violent | {S} {V} {num} {T} in an attack on a bus near {city1} {WHEN}{ATTR}.
193 | firearms | - | =+gunmen | - | attack:attacked:attacked | violent | {S} {V} a police checkpoint in {city1} {WHEN}, killing {num} officers{ATTR}.
195 | aerial | military | mil1 | rebel2 | carry out:carried out:carried out | adj | {S} {V} a series of air raids on {T} positions around {city2} {WHEN}{ATTR}.
194 | heavy-weapons | military | mil1 | mil2 | shell:shelled:shelled | adj | {S} {V} the positions of {T} near {city2} {WHEN}{ATTR}.
183 | explosives | terrorism | =a bomb | - | explode:exploded:exploded | noreport,nodeny,AX,violent | {S} {V} at a bus station in {city1} {WHEN}, killing {num} people{ATTR}.
181 | abduct | - | =+pirates | - | hijack:hijacked:hijacked | violent | {S} {V} a cargo ship off the coast of {name1} {WHEN}{ATTR}.
190 | - | military | mil1 | mil2 | attack:attacked:attacked | P,pl,adj | {T} {V} by {S} near {city2} {WHEN}{ATTR}.
175 | crowd-control | repression | police1 | civ | fire tear gas at:fired tear gas at:fired tear gas at | repr | {S} {V} {T} in {city1} {WHEN}{ATTR}.
175 | crowd-control | repression | police1 | civ | use water cannon on:used water cannon on:used water cannon on | repr | {S} {V} {T} protesting in {city1} {WHEN}{ATTR}.
175 | crowd-control | repression | mil1 | civ | open fire on:opened fire on:opened fire on | grim | {S} {V} {T} in {city1}, killing {num} people {WHEN}{ATTR}.
175 | beat | repression | police1 | civ | beat:beat:beaten | repr | {S} {V} {T} with batons in {city1} {WHEN}{ATTR}.
175 | crowd-control | repression | police1 | civ | disperse:dispersed:dispersed | repr | {S} {V} {T} with tear gas and rubber bullets {WHEN}{ATTR}.
175 | crowd-control | repression | police1 | civ | fire rubber bullets at:fired rubber bullets at:fired rubber bullets at | repr | {S} {V} {T} near {city1} {WHEN}{ATTR}.
180 | - | terrorism | rebel1 | people2 | attack:attacked:attacked |  | {S} {V} {T} near {city1} {WHEN}{ATTR}.
180 | destroy | terrorism | rebel1 | - | blow up:blew up:blown up |  | {S} {V} an oil pipeline near {city1} {WHEN}{ATTR}.
181 | abduct | - | rebel1 | people2 | abduct:abducted:abducted |  | {S} {V} {T} near {city1} {WHEN}{ATTR}.
181 | abduct | - | rebel1 | people2 | kidnap:kidnapped:kidnapped | P | {T} {V} by {S} in {city1} {WHEN}{ATTR}.
181 | abduct | - | rebel1 | - | hijack:hijacked:hijacked |  | {S} {V} a bus carrying {num} passengers near {city1} {WHEN}{ATTR}.
181 | abduct | - | rebel1 | crowd | seize:seized:seized |  | {S} {V} {numw} {T} in a raid on a village near {city1} {WHEN}{ATTR}.
181 | abduct | military | mil1 | mil2 | capture:captured:captured | adj | {S} {V} {num} soldiers from {T} during fighting near {city1} {WHEN}{ATTR}.
182 | beat | - | police1 | media | beat:beat:beaten | repr | {S} {V} {T} covering the protest in {city1} {WHEN}{ATTR}.
182 | beat | - | =+pro-government thugs | activist | assault:assaulted:assaulted | violent,repr | {S} {V} {T} outside a court in {city1} {WHEN}{ATTR}.
1821 | sexual | gender | mil1 | civ | rape:raped:raped | grim | {S} {V} women in villages near {city1} {WHEN}{ATTR}.
1821 | sexual | gender | rebel1 | - | sexually assault:sexually assaulted:sexually assaulted | grim | {S} {V} dozens of women and girls in {city1} {WHEN}{ATTR}.
1822 | torture | human_rights | police1 | activist | torture:tortured:tortured | grim | {S} {V} {T} in custody {WHEN}{ATTR}.
1822 | torture | human_rights | mil1 | =+prisoners of war | torture:tortured:tortured | grim | {S} {V} {T} held near {city1} {WHEN}{ATTR}.
1823 | beat | - | =+a mob | people2 | beat to death:beat to death:beaten to death | violent | {S} {V} {T} in {city1} {WHEN}{ATTR}.
1823 | primitive | - | rebel1 | civ | hack to death:hacked to death:hacked to death | grim | {S} {V} {numw} villagers with machetes near {city1} {WHEN}{ATTR}.
183 | explosives | terrorism | rebel1 | - | bomb:bombed:bombed |  | {S} {V} {site} in {city1}, killing {num} people {WHEN}{ATTR}.
183 | explosives | terrorism | rebel1 | - | set off a bomb:set off a bomb:set off a bomb |  | {S} {V} in a crowded market in {city1} {WHEN}{ATTR}.
1831 | suicide-attack | terrorism | rebel1 | mil1 | carry out a suicide bombing:carried out a suicide bombing:carried out a suicide bombing |  | {S} {V} against {T} in {city1}, killing {num} {WHEN}{ATTR}.
1831 | suicide-attack | terrorism | =a suicide bomber | police1 | blow himself up:blew himself up:blown himself up | violent | {S} {V} outside a base used by {T} in {city1} {WHEN}{ATTR}.
1832 | explosives | terrorism | rebel1 | - | detonate a car bomb:detonated a car bomb:detonated a car bomb |  | {S} {V} outside a hotel in {city1} {WHEN}{ATTR}.
1832 | explosives | terrorism | =a car bomb | people1 | kill:killed:killed | noreport,nodeny,AX,violent | {S} {V} {num} people in {city1} {WHEN}{ATTR}.
1833 | explosives | terrorism | rebel1 | mil1 | plant a roadside bomb:planted a roadside bomb:planted a roadside bomb |  | {S} {V} that hit a patrol of {T} near {city1} {WHEN}{ATTR}.
1833 | explosives | terrorism | =a roadside bomb | mil1 | kill:killed:killed | noreport,nodeny,AX,violent | {S} {V} {num} members of {T} near {city1} {WHEN}{ATTR}.
184 | abduct | - | rebel1 | civ | use:used:used | grim | {S} {V} {T} as human shields in {city1} {WHEN}{ATTR}.
185 | targeted | - | =+gunmen | leader1 | try to assassinate:tried to assassinate:tried to assassinate | violent | {S} {V} {T} in {city1} {WHEN}{ATTR}.
185 | targeted | - | rebel1 | leader1 | attempt to kill:attempted to kill:attempted to kill |  | {S} {V} {T} with a bomb {WHEN}{ATTR}.
186 | targeted | - | =+gunmen | opp1 | assassinate:assassinated:assassinated | violent | {S} {V} a leader of {T} in {city1} {WHEN}{ATTR}.
186 | targeted | - | mil1 | rebel2 | kill:killed:killed | adj | {S} {V} a senior commander of {T} in a targeted strike {WHEN}{ATTR}.
186 | targeted | - | nation1 | rebel2 | assassinate:assassinated:assassinated | P,sg,adj | A senior leader of {T} {V} in an operation blamed on {S} {WHEN}{ATTR}.
190 | - | military | mil1 | mil2 | attack:attacked:attacked | adj | {S} {V} positions held by {T} near {city2} {WHEN}{ATTR}.
190 | - | military | mil1 | rebel1 | launch an offensive against:launched an offensive against:launched an offensive against |  | {S} {V} {T} near {city1} {WHEN}{ATTR}.
190 | - | military | mil1 | rebel1 | fight:fought:fought |  | {S} {V} {T} on the outskirts of {city1} {WHEN}{ATTR}.
190 | - | military | nation1 | state2 | invade:invaded:invaded | adj | {S} {V} {T} {WHEN}{ATTR}.
190 | - | military | mil1 | rebel1 | kill:killed:killed |  | {S} {V} {num} members of {T} in fighting near {city1} {WHEN}{ATTR}.
190 | - | military | rebel1 | mil1 | attack:attacked:attacked | P | {T} {V} by {S} near {city1} {WHEN}{ATTR}.
190 | - | military | mil1 | country2 | strike:struck:struck | adj | {S} {V} targets inside {T} {WHEN}{ATTR}.
190 | - | military | rebel1 | mil1 | ambush:ambushed:ambushed |  | {S} {V} a convoy of {T} near {city1}, killing {num} soldiers {WHEN}{ATTR}.
190 | - | military | mil1 | mil2 | clash with:clashed with:clashed with | adj | {S} {V} {T} along the disputed border {WHEN}{ATTR}.
193 | firearms | - | =+gunmen | civ | open fire on:opened fire on:opened fire on | violent | {S} {V} {T} in {city1}, killing {num} {WHEN}{ATTR}.
193 | firearms | - | rebel1 | police1 | shoot dead:shot dead:shot dead |  | {S} {V} {num} officers of {T} at a checkpoint near {city1} {WHEN}{ATTR}.
193 | firearms | military | mil1 | rebel1 | exchange fire with:exchanged fire with:exchanged fire with |  | {S} {V} {T} near {city1} {WHEN}{ATTR}.
193 | firearms | - | =+armed men | - | storm:stormed:stormed | violent | {S} {V} {site} near {city1}, shooting {num} people {WHEN}{ATTR}.
193 | firearms | - | =a sniper | crowd | shoot:shot:shot | noreport,violent | {S} {V} {numw} {T} in {city1} {WHEN}{ATTR}.
193 | firearms | military | mil1 | rebel2 | fire on:fired on:fired on | adj | {S} {V} {T} with machine guns near {city2} {WHEN}{ATTR}.
193 | firearms | - | police1 | rebel1 | shoot:shot:shot | P,pl,AHX | {num} suspected members of {T} {V} dead by {S} in a gunfight in {city1} {WHEN}{ATTR}.
193 | firearms | - | rebel1 | - | attack:attacked:attacked |  | {S} {V} {site} with automatic weapons near {city1} {WHEN}{ATTR}.
193 | firearms | - | =+gunmen on motorcycles | people1 | gun down:gunned down:gunned down | violent | {S} {V} {T} in {city1} {WHEN}{ATTR}.
194 | heavy-weapons | military | mil1 | country2 | shell:shelled:shelled | adj | {S} {V} villages across the border in {T} {WHEN}{ATTR}.
194 | heavy-weapons | military | mil1 | rebel1 | pound:pounded:pounded |  | {S} {V} positions of {T} with artillery near {city1} {WHEN}{ATTR}.
194 | heavy-weapons | military | rebel1 | mil1 | fire:fired:fired |  | {S} {V} {weapon} at a base of {T} near {city1} {WHEN}{ATTR}.
194 | heavy-weapons | military | mil1 | rebel2 | shell:shelled:shelled | P,pl,adj | Areas held by {T} near {city2} {V} by {S} {WHEN}{ATTR}.
194 | heavy-weapons | military | mil1 | mil2 | launch a tank assault on:launched a tank assault on:launched a tank assault on | adj | {S} {V} {T} near {city2} {WHEN}{ATTR}.
195 | aerial | military | mil1 | rebel2 | carry out air strikes on:carried out air strikes on:carried out air strikes on | adj | {S} {V} {T} in {city2} {WHEN}{ATTR}.
195 | aerial | military | =+warplanes | rebel1 | bomb:bombed:bombed | violent | {S} {V} areas held by {T} near {city1} {WHEN}{ATTR}.
195 | aerial | military | mil1 | country2 | launch air strikes on:launched air strikes on:launched air strikes on | adj | {S} {V} targets in {T} {WHEN}{ATTR}.
195 | drone | military | mil1 | rebel2 | hit:hit:hit | adj | {S} {V} a vehicle carrying members of {T} with a drone strike near {city2} {WHEN}{ATTR}.
195 | drone | military | nation1 | state2 | launch a drone attack on:launched a drone attack on:launched a drone attack on | adj | {S} {V} {city2} {WHEN}{ATTR}.
195 | aerial | military | mil1 | rebel2 | target:targeted:targeted | adj | {S} {V} {T} in air raids around {city2} {WHEN}{ATTR}.
195 | aerial | military | mil1 | rebel1 | bomb:bombed:bombed | P,pl | Positions of {T} near {city1} {V} by {S} {WHEN}{ATTR}.
195 | drone | military | rebel1 | country2 | fire drones at:fired drones at:fired drones at |  | {S} {V} oil facilities in {T} {WHEN}{ATTR}.
195 | aerial | military | mil1 | mil2 | shoot down:shot down:shot down | adj | {S} {V} a fighter jet belonging to {T} {WHEN}{ATTR}.
196 | - | military | mil1 | rebel1 | violate the ceasefire:violated the ceasefire:violated the ceasefire |  | {S} {V} by shelling {T} near {city1} {WHEN}{ATTR}.
196 | - | military | rebel1 | mil1 | break the truce:broke the truce:broken the truce |  | {S} {V} with an attack on {T} near {city1} {WHEN}{ATTR}.
1712 | destroy | - | mil1 | people2 | demolish:demolished:demolished | grim | {S} {V} the homes of {T} near {city1} {WHEN}{ATTR}.
1712 | destroy | - | rebel1 | - | torch:torched:torched | grim | {S} {V} schools and a clinic near {city1} {WHEN}{ATTR}.
200 | massacre | - | mil1 | civ | massacre:massacred:massacred | grim | {S} {V} {big} civilians in {city1} {WHEN}{ATTR}.
201 | - | religion_ethnicity | mil1 | - | drive out:drove out:driven out | grim | {S} {V} tens of thousands of ethnic minority residents from {city1} {WHEN}{ATTR}.
202 | massacre | - | rebel1 | civ | kill:killed:killed | grim | {S} {V} more than {big} villagers in a massacre near {city1} {WHEN}{ATTR}.
202 | massacre | - | mil1 | civ | carry out mass killings of:carried out mass killings of:carried out mass killings of | grim | {S} {V} civilians in {city1} {WHEN}{ATTR}.
203 | - | religion_ethnicity | mil1 | - | carry out ethnic cleansing:carried out ethnic cleansing:carried out ethnic cleansing | grim | {S} {V} in the area around {city1} {WHEN}{ATTR}.
204 | unconventional | cbrn | mil1 | civ | use chemical weapons against:used chemical weapons against:used chemical weapons against | grim | {S} {V} {T} in {city1} {WHEN}{ATTR}.
2041 | unconventional | cbrn | mil1 | rebel1 | use sarin gas against:used sarin gas against:used sarin gas against | grim | {S} {V} {T} near {city1} {WHEN}{ATTR}.
2042 | unconventional | cbrn | =North Korea | - | detonate a nuclear device:detonated a nuclear device:detonated a nuclear device |  | {S} {V} in an underground test {WHEN}{ATTR}.
"""

# Statements (CAMEO 01x), labelled NONE. Mostly asserted: a statement has no event to negate.
NONE = r"""
010 | - | - | police1 | - | say:said:said | A | {S} {V} {WHEN} that {num} people died when a bus plunged into a ravine near {city1}.
010 | - | - | gov1 | - | say:said:said | A | {S} {V} {WHEN} that the number of migrants crossing the border had fallen by a third this year.
010 | - | - | fm1 | - | say:said:said | A | {S} {V} {WHEN} that the sanctions imposed in {year} remained in force and would be reviewed in the spring.
010 | - | - | leader1 | - | tell:told:told | A | {S} {V} a news conference in {city1} {WHEN} that the protest movement had no clear leaders.
010 | - | - | mil1 | - | say:said:said | A | {S} {V} {WHEN} that the blast heard across {city1} came from a controlled demolition of old ammunition.
010 | - | - | gov1 | - | say:said:said | A | {S} {V} {WHEN} it was still assessing the damage caused by the storm in {city1}.
010 | - | - | =the election commission | - | say:said:said | A | {S} {V} {WHEN} that turnout in the first round had reached {pct} percent.
010 | - | - | leader1 | - | say:said:said | A | {S} {V} {WHEN} that the attack on {his} record by rival candidates was "nothing new".
012 | - | - | leader1 | - | describe:described:described | A | {S} {V} inflation {WHEN} as the biggest threat to the economy.
012 | - | - | fm1 | - | say:said:said | A | {S} {V} {WHEN} that talks on the border dispute were deadlocked.
012 | - | - | igo | state1 | warn:warned:warned | A | {S} {V} {WHEN} that the conflict in {T} could drag on for years.
013 | - | - | leader1 | - | say:said:said | A | {S} {V} {WHEN} that a deal was "within reach" after a day of talks in {city2}.
013 | - | - | igo | - | say:said:said | A | {S} {V} {WHEN} that the truce was broadly holding and aid was getting through.
014 | - | - | gov1 | country2 | consider:considered:considered | A | {S} {V} imposing tariffs on {goods} from {T}, but no decision had been taken, officials said {WHEN}.
014 | - | - | leader1 | - | say:said:said | A | {S} {V} {WHEN} {he} was considering whether to call a referendum on the new constitution.
011 | - | - | mil1 | - | decline to say:declined to say:declined to say | A | {S} {V} {WHEN} whether more troops would be sent to {city1}.
011 | - | - | police1 | - | refuse to give:refused to give:refused to give | A | {S} {V} details of the investigation {WHEN}.
015 | - | - | rebel1 | - | say:said:said | A | {S} {V} in a statement {WHEN} that it was behind the attack in {city1}.
016 | - | - | mil1 | - | deny:denied:denied | A | {S} {V} {WHEN} that it had any role in the disappearance of the journalist.
016 | - | - | country1 | - | reject:rejected:rejected | A | {S} {V} responsibility for the downing of the airliner {WHEN}, blaming a technical fault.
017 | - | - | leader1 | - | mark:marked:marked | A | {S} {V} the anniversary of the {year} bombing in {city1} with a speech {WHEN}.
017 | - | - | civ | - | light candles:lit candles:lit candles | A | {S} {V} in {city1} {WHEN} in memory of the victims of the {year} attack.
018 | - | - | leader1 | - | offer condolences to:offered condolences to:offered condolences to | A | {S} {V} the families of the victims of the shooting in {city2} {WHEN}.
019 | - | - | fm1 | state2 | say:said:said | A | {S} {V} {WHEN} it shared the assessment of {T} that the situation was stabilising.
- | - | - | - | - | - | A | The {year} war between {name1} and {name2} killed thousands of people and displaced many more.
- | - | - | - | - | - | A | Tensions between {name1} and {name2} have been high since {year}, when talks on the border collapsed.
- | - | - | - | - | - | A | Sanctions on {name1} were first imposed in {year} and have been tightened several times since.
- | - | - | - | - | - | A | {city1} was the scene of mass protests in {year}, which ended when the government resigned.
- | - | - | - | - | - | A | The army has long played a central role in the politics of {name1}.
- | - | - | - | - | - | A | The threat of floods remains high in {city1}, where the river burst its banks in {year}.
- | - | - | - | - | - | A | A fire destroyed a warehouse in {city1} overnight, but police said there was no sign of foul play.
- | - | - | - | - | - | A | The {adj1} economy grew by {pct} percent last year, its fastest pace since {year}.
- | - | - | - | - | - | A | More than {big} people attended the funeral of the former president in {city1} on Sunday.
- | - | - | - | - | - | A | The ruling party won {num} of the 20 seats up for grabs in the local elections in {city1}.
- | - | - | - | - | - | A | The border between {name1} and {name2} stretches for hundreds of kilometres through mountains and desert.
- | - | - | - | - | - | A | The attack on the goalkeeper's reputation by fans in {city1} was widely condemned by the club.
- | - | - | - | - | - | A | Military spending in {name1} has risen every year since {year}, according to a Stockholm research institute.
010 | - | - | leader1 | - | say:said:said | A | {S} {V} the situation in {city1} was calm {WHEN}.
010 | - | - | gov1 | - | say:said:said | A | {S} {V} {WHEN} that the economy grew by {pct} percent last year.
010 | - | - | fm1 | country2 | say:said:said | A | {S} {V} {WHEN} that relations with {T} remained stable.
010 | - | - | leader1 | - | tell:told:told | A | {S} {V} reporters in {city1} {WHEN} that the election would go ahead as planned.
010 | - | - | igo | country1 | say:said:said | A | {S} {V} {WHEN} that the humanitarian situation in {T} remained difficult.
010 | - | - | leader1 | - | address:addressed:addressed | A | {S} {V} the nation in a televised speech {WHEN}.
010 | - | - | =a military spokesman | - | say:said:said | A | {S} {V} {WHEN} that the fire at the depot in {city1} had been an accident.
010 | - | - | police1 | - | say:said:said | A | {S} {V} the blaze that destroyed a warehouse in {city1} was caused by an electrical fault {WHEN}.
010 | - | - | gov1 | - | describe:described:described | A | {S} {V} the talks as "frank" in a statement {WHEN}.
010 | - | - | leader1 | - | say:said:said | A | {S} {V} in an interview {WHEN} that the threat to the economy from inflation was receding.
010 | - | - | opp1 | - | say:said:said | A | {S} {V} {WHEN} that it would hold a party congress in {city1} in the spring.
010 | - | - | gov1 | - | announce:announced:announced | A | {S} {V} {WHEN} that the census results would be published next month.
010 | - | - | leader1 | - | speak:spoke:spoken | A | {S} {V} to students at a university in {city1} {WHEN}.
011 | - | - | fm1 | country2 | decline to comment:declined to comment:declined to comment | A | {S} {V} on reports of secret contacts with {T} {WHEN}.
011 | - | - | =a White House spokesman | country1 | decline to comment:declined to comment:declined to comment | A | {S} {V} on the talks with {T} {WHEN}.
011 | - | - | mil1 | - | refuse to comment:refused to comment:refused to comment | A | {S} {V} on the explosion near {city1} {WHEN}.
011 | - | - | leader1 | - | have no comment:had no comment:had no comment | A | {S} {V} on the report {WHEN}, an aide said.
011 | - | - | gov1 | - | decline to confirm:declined to confirm:declined to confirm | A | {S} {V} the figures {WHEN}.
012 | - | - | leader1 | - | warn:warned:warned | A | {S} {V} {WHEN} that the economy faced "very difficult times" ahead.
012 | - | - | igo | country1 | say:said:said | A | {S} {V} {WHEN} it was pessimistic about the prospects for peace in {T}.
012 | - | - | fm1 | - | express pessimism:expressed pessimism:expressed pessimism | A | {S} {V} about the chances of a deal {WHEN}.
012 | - | - | igo | - | warn:warned:warned | A | {S} {V} {WHEN} that the drought was a serious threat to food security in {name1}.
012 | - | - | leader1 | - | voice concern:voiced concern:voiced concern | A | {S} {V} {WHEN} about the slow pace of reconstruction in {city1}.
012 | - | - | =+analysts | - | say:said:said | A | {S} {V} the attack on the government's budget proposal showed how divided parliament had become.
013 | - | - | leader1 | country2 | say:said:said | A | {S} {V} {WHEN} {he} was optimistic that relations with {T} would improve.
013 | - | - | fm1 | - | express optimism:expressed optimism:expressed optimism | A | {S} {V} about the talks in {city1} {WHEN}.
013 | - | - | igo | country1 | say:said:said | A | {S} {V} {WHEN} that it was hopeful about the economic recovery in {T}.
013 | - | - | gov1 | - | predict:predicted:predicted | A | {S} {V} {WHEN} that the crisis would be over by the end of the year.
014 | - | - | gov1 | - | consider:considered:considered | A | {S} {V} raising the retirement age, officials said {WHEN}.
014 | - | - | leader1 | - | weigh:weighed:weighed | A | {S} {V} options for reforming the tax system {WHEN}.
014 | - | - | igo | country1 | study:studied:studied | A | {S} {V} a proposal to extend its mission in {T} {WHEN}.
015 | - | - | rebel1 | - | claim responsibility for:claimed responsibility for:claimed responsibility for | A | {S} {V} the attack in {city1} in a statement {WHEN}.
015 | - | - | gov1 | - | acknowledge responsibility for:acknowledged responsibility for:acknowledged responsibility for | A | {S} {V} the failures that led to the disaster in {city1} {WHEN}.
015 | - | - | mil1 | - | admit:admitted:admitted | A | {S} {V} {WHEN} that its forces had made mistakes.
015 | - | - | leader1 | - | accept responsibility for:accepted responsibility for:accepted responsibility for | A | {S} {V} the defeat in the election {WHEN}.
016 | - | - | rebel1 | - | deny responsibility for:denied responsibility for:denied responsibility for | A | {S} {V} the bombing in {city1} {WHEN}.
016 | - | - | mil1 | - | deny involvement in:denied involvement in:denied involvement in | A | {S} {V} the explosion near {city1} {WHEN}.
016 | - | - | gov1 | state2 | deny:denied:denied | A | {S} {V} any role in the unrest, blaming "foreign agents" but not naming {T} {WHEN}.
016 | - | - | leader1 | - | reject responsibility for:rejected responsibility for:rejected responsibility for | A | {S} {V} the crash of the airliner {WHEN}.
016 | - | - | country1 | - | deny:denied:denied | A | {S} {V} {WHEN} that it was behind the cyber attack on a bank in {city2}.
017 | - | - | leader1 | - | lay a wreath:laid a wreath:laid a wreath | A | {S} {V} at a memorial in {city1} {WHEN}.
017 | - | - | leader1 | - | observe a minute of silence:observed a minute of silence:observed a minute of silence | A | {S} {V} for the victims of the {year} bombing {WHEN}.
017 | - | - | gov1 | - | declare three days of national mourning:declared three days of national mourning:declared three days of national mourning | A | {S} {V} after the floods {WHEN}.
017 | - | - | leader1 | - | visit:visited:visited | A | {S} {V} the site of the {year} massacre in {city1} to mark its anniversary {WHEN}.
017 | - | - | gov1 | - | fly flags at half-mast:flew flags at half-mast:flown flags at half-mast | A | {S} {V} to honour the victims of the earthquake {WHEN}.
018 | - | - | leader1 | state2 | offer condolences to:offered condolences to:offered condolences to | A | {S} {V} {T} after the earthquake {WHEN}.
018 | - | - | leader1 | country2 | express sympathy to:expressed sympathy to:expressed sympathy to | A | {S} {V} the people of {T} after the floods {WHEN}.
018 | - | - | igo | people1 | express solidarity with:expressed solidarity with:expressed solidarity with | A | {S} {V} the families of {T} killed in the crash {WHEN}.
018 | - | - | fm1 | state2 | send condolences to:sent condolences to:sent condolences to | A | {S} {V} {T} over the deaths of {num} miners {WHEN}.
019 | - | - | leader1 | leader2 | express agreement with:expressed agreement with:expressed agreement with | A | {S} {V} {T} on the need for stability in the region {WHEN}.
019 | - | - | state1 | state2 | share the view of:shared the view of:shared the view of | A | {S} {V} {T} {WHEN} that the crisis must be resolved peacefully, a statement said.
019 | - | - | leader1 | country2 | say:said:said | A | {S} {V} {WHEN} that {he} shared the concerns of {T} about climate change.
"""


def _parse(block: str, default_stances: str) -> list[dict]:
    with _TSV.open(encoding="utf-8") as fh:
        types = {row["code"]: row["plover_type"] for row in csv.DictReader(fh, delimiter="\t")}
    frames: list[dict] = []
    seen: dict[str, int] = {}
    for line in block.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cameo, mode, ctx, s, t, verb, flags, template = (p.strip() for p in re.split(r"\s*\|\s*", line, maxsplit=7))
        ptype = "NONE" if cameo == "-" or cameo.startswith("01") else types[cameo]
        if (verb == "-") == ("{V}" in template):
            raise ValueError(f"frame {line[:60]!r}: a verb needs a {{V}} slot, and only a verb")
        # NONE frame ids carry "conf" so they never collide with the cooperation corpus' NONE frames.
        key = f"none-conf-{cameo}" if ptype == "NONE" else f"{ptype.lower()}-{cameo}"
        seen[key] = seen.get(key, 0) + 1
        flag_set = {f.strip() for f in flags.replace(",", " ").split() if f.strip()}
        letters = "".join(f for f in flag_set if f.isupper() and set(f) <= set("AFHNXP"))
        stances = "".join(ch for ch in "AFHNX" if ch in (letters.replace("P", "") or default_stances))
        n = next((int(f[2:]) for f in flag_set if f.startswith("n=")), None)
        frames.append({
            "id": f"{key}-{seen[key]:02d}", "type": ptype, "cameo": None if cameo == "-" else cameo,
            "mode": None if mode == "-" else mode, "context": [] if ctx == "-" else ctx.split(","),
            "S": s, "T": t, "verb": verb, "flags": flag_set | ({"P"} if "P" in letters else set()),
            "stances": [STANCE_NAMES[ch] for ch in stances], "template": template, "n": n,
        })  # fmt: skip
    return frames


def _size(frames: list[dict]) -> list[dict]:
    by_type: dict[str, list[dict]] = {}
    for f in frames:
        by_type.setdefault(f["type"], []).append(f)
    for ptype, group in by_type.items():
        fixed = sum(f["n"] for f in group if f["n"])
        free = [f for f in group if not f["n"]]
        per = max(3, -(-(TARGETS[ptype] - fixed) // max(1, len(free))))
        for f in free:
            f["n"] = per
    return frames


FRAMES = _size(
    [f for block in (ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)
     for f in _parse(block, "AFHNX")]
)  # fmt: skip
NONE_FRAMES = _size(_parse(NONE, "A"))


def _hand(line: str, number: int) -> dict:
    ptype, cameo, mode, ctx, stance, source, target, trigger, text = (
        p.strip() for p in re.split(r"\s*\|\s*", line, maxsplit=8)
    )
    return {
        "id": f"{ptype.lower()}-conf-h{number:03d}", "type": ptype, "plover_type": ptype,
        "cameo": None if cameo == "-" else cameo, "mode": None if mode == "-" else mode,
        "context": [] if ctx == "-" else ctx.split(","), "stance": stance,
        "source": None if source == "-" else source, "target": None if target == "-" else target,
        "trigger": None if trigger == "-" else trigger, "text": text,
    }  # fmt: skip


HANDWRITTEN = [_hand(line, i) for i, line in enumerate(HANDWRITTEN_LINES, 1)]
