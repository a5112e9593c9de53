# ruff: noqa: E501 -- data module: sentence templates read best unbroken.
"""RETREAT (material yielding: releases, lifting sanctions, access, ceasefires, withdrawals,
resignations) and CONCEDE (verbal concessions: pardons, easing bans, acceding to demands, regret).

Announced future retreats and concessions are AGREE 035x (render.FUTURE_AS_AGREE). Lifting or easing a
curfew, a state of emergency or martial law is CONCEDE with CAMEO 081 (ease administrative sanctions):
the PLOVER manual's CONCEDE section names "removing curfews" and the PLOVER gold records agree, while
the 2021 CAMEO->PLOVER table files 0813/0814 under RETREAT. Two sources against one, and one label
for one wording, so the corpus never uses 0813/0814.
The PLOVER manual lists resignations under RETREAT (mode resign), but CAMEO has no RETREAT code for
them and the events stage's lexicon codes "resign"/"step down" as 0831 (accede to demands for a change
in leadership); the corpus follows the CAMEO code, so type and code always agree: CONCEDE 0831.
"""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

FRAMES = [
    # Lifting a curfew or emergency rule: CONCEDE 081 (see the module docstring)
    F("concede-081-curfew-01", "CONCEDE", "081", {
        "asserted": "{S} [lifted the curfew] in {S_CAP} {DAY} after a week of calm.",
        "negated": "{S} has not [lifted the curfew] in {S_CAP}, {SAID}.",
        "future": "{S} will [lift the curfew] in {S_CAP} {FDAY}, {SAID}.",
        "historical": "{S} had [lifted the curfew] in {S_CAP} in {YEAR} after weeks of unrest.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-081-curfew-02", "CONCEDE", "081", {
        "asserted": "Authorities in {S_NAME} [eased the night-time curfew] {DAY}, allowing shops to stay open until 10 p.m.",
        "hypothetical": "Authorities in {S_NAME} could [ease the curfew] if the calm holds, {SAID}.",
    }, S=("regime_country",), ctx=("rights_freedoms",)),
    F("concede-081-curfew-03", "CONCEDE", "081", {
        "asserted": "The curfew imposed on the northern city was [lifted] by {S} {DAY}.",
    }, S=("regime", "junta"), ctx=("rights_freedoms",)),
    F("concede-081-emergency-01", "CONCEDE", "081", {
        "asserted": "{S} [lifted the state of emergency] {DAY}, {SAID}.",
        "negated": "{S} has not [lifted the state of emergency] imposed in {MONTH}.",
        "future": "{S} will [lift the state of emergency] {FDAY}, {SAID}.",
        "historical": "{S} had [lifted the state of emergency] in {YEAR}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-081-emergency-02", "CONCEDE", "081", {
        "asserted": "{S} [ended martial law] in the southern provinces {DAY}, {SAID}.",
        "hypothetical": "{S} could [end martial law] before the elections, {SAID}.",
    }, S=("regime", "regime_head", "junta"), ctx=("rights_freedoms",)),
    F("concede-081-emergency-03", "CONCEDE", "081", {
        "asserted": "Emergency rule in {S_NAME} was [lifted] {DAY} after three months.",
    }, S=("regime_country",), ctx=("rights_freedoms",)),
    # 084 return, release / 0841 persons / 0842 property
    F("retreat-0841-01", "RETREAT", "0841", {
        "asserted": "{S} [released] {NUM} prisoners {DAY} under an amnesty, {SAID}.",
        "negated": "{S} has not [released] any of the prisoners, {SAID}.",
        "future": "{S} will [release] {NUM} prisoners {FDAY}, {SAID}.",
        "historical": "{S} had [released] {NUM} prisoners in {YEAR} under an amnesty.",
    }, S=("regime",), ctx=("legal",)),
    F("retreat-0841-02", "RETREAT", "0841", {
        "asserted": "{S} [freed] {NUM} hostages {DAY}, handing them over to the Red Cross.",
        "negated": "{S} have not [freed] the hostages, {SAID}.",
        "hypothetical": "{S} could [free] the hostages in exchange for a ransom, {SAID}.",
    }, S=("rebels",), ctx=("legal",)),
    F("retreat-0841-03", "RETREAT", "0841", {
        "asserted": "{S} and {T} [exchanged] {NUM} prisoners of war {DAY}, {SAID}.",
        "historical": "{S} and {T} had [exchanged] prisoners of war in {YEAR}.",
        "future": "{S} and {T} will [exchange] prisoners of war {FDAY}, {SAID}.",
    }, S=("country",), T=("country",), ctx=("military",), pair="rivals"),
    F("retreat-0841-04", "RETREAT", "0841", {
        "asserted": "{S_PRISONER} was [released] from prison by {S} {DAY}, {SAID}.",
        "negated": "{S_PRISONER} has not been [released] by {S}, {SAID}.",
    }, S=("gov",), ctx=("legal", "human_rights")),
    F("retreat-0841-05", "RETREAT", "0841", {
        "asserted": "{S} [set free] {NUM} {T_ADJ} fishermen detained for straying into its waters.",
        "hypothetical": "{S} may [set free] the {T_ADJ} fishermen as a goodwill gesture, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal",), pair="rivals"),
    F("retreat-0841-06", "RETREAT", "0841", {
        "asserted": "{S} [handed over] the bodies of {NUM} soldiers to {T} {DAY}.",
    }, S=("country", "armed"), T=("country", "gov"), ctx=("military",), pair="rivals"),
    F("retreat-0841-07", "RETREAT", "0841", {
        "asserted": "{S} [released] a detained {T_ADJ} journalist {DAY} after 14 months in custody.",
    }, S=("gov", "country"), T=("country",), ctx=("rights_freedoms",)),
    F("retreat-0841-08", "RETREAT", "0841", {
        "asserted": "{S} [repatriated] {NUM} {T_ADJ} migrants {DAY}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("migration",)),
    F("retreat-084-01", "RETREAT", "084", {
        "asserted": "{S} [returned] a seized oil tanker to {T} {DAY}.",
        "negated": "{S} has not [returned] the seized tanker to {T}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("retreat-0842-01", "RETREAT", "0842", {
        "asserted": "{S} [returned] looted artefacts to {T} {DAY}, {SAID}.",
        "negated": "{S} has not [returned] the looted artefacts to {T}.",
        "future": "{S} will [return] looted artefacts to {T} {FDAY}, {SAID}.",
    }, S=("country", "gov"), T=("country",)),
    F("retreat-0842-02", "RETREAT", "0842", {
        "asserted": "{S} [gave back] farmland confiscated from families in the north {DAY}.",
        "hypothetical": "{S} could [give back] confiscated farmland, {SAID}.",
    }, S=("gov",), ctx=("human_security",)),
    F("retreat-0842-03", "RETREAT", "0842", {
        "asserted": "{S} [unfroze] {MONEY} in {T_ADJ} assets {DAY}, {SAID}.",
        "historical": "{S} had [unfrozen] {T_ADJ} assets in {YEAR}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    # 085 ease economic sanctions
    F("retreat-085-01", "RETREAT", "085", {
        "asserted": "{S} [lifted sanctions] on {T} {DAY}, {SAID}.",
        "negated": "{S} has not [lifted sanctions] on {T}, {SAID}.",
        "future": "{S} will [lift sanctions] on {T} {FDAY}, {SAID}.",
        "historical": "{S} had [lifted sanctions] on {T} in {YEAR}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    F("retreat-085-02", "RETREAT", "085", {
        "asserted": "{S} [eased] restrictions on exports to {T} {DAY}.",
        "hypothetical": "{S} could [ease] sanctions on {T} if it releases the prisoners, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    F("retreat-085-03", "RETREAT", "085", {
        "asserted": "{S} [ended its embargo] on {T_ADJ} oil {DAY}.",
    }, S=("country",), T=("country",), ctx=("economic", "natural_resource"), pair="rivals"),
    F("retreat-085-04", "RETREAT", "085", {
        "asserted": "{S} [removed] {T} from its list of sanctioned countries {DAY}, {SAID}.",
        "negated": "{S} has not [removed] {T} from the sanctions list.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    F("retreat-085-05", "RETREAT", "085", {
        "asserted": "{S} [called off] its boycott of {T_ADJ} goods {DAY}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",)),
    F("retreat-085-06", "RETREAT", "085", {
        "asserted": "{S} [suspended] sanctions on {T}'s oil sector for six months {DAY}.",
        "negated": "{S} has not [suspended] the sanctions on {T}'s oil sector.",
    }, S=("country", "gov"), T=("country",), pair="rivals", ctx=("economic", "natural_resource")),
    F("retreat-085-07", "RETREAT", "085", {
        "asserted": "{S} [lifted its ban] on imports of {T_ADJ} fruit and wine {DAY}.",
        "historical": "{S} had [lifted its ban] on {T_ADJ} wine imports in {YEAR}.",
    }, S=("country",), T=("country",), pair="rivals", ctx=("economic",)),
    # 086 allow international involvement
    F("retreat-086-01", "RETREAT", "086", {
        "asserted": "{S} [allowed] foreign journalists into the conflict zone {DAY} for the first time.",
        "negated": "{S} has not [allowed] foreign journalists into the conflict zone.",
    }, S=("regime",), mode="access", ctx=("rights_freedoms",)),
    F("retreat-086-02", "RETREAT", "086", {
        "asserted": "{S} [admitted] a team of international election observers {DAY}, {SAID}.",
        "hypothetical": "{S} may [admit] international election observers, {SAID}.",
    }, S=("regime",), mode="access", ctx=("election",)),
    F("retreat-086-03", "RETREAT", "086", {
        "asserted": "{S} [received] a mission of OSCE observers {DAY} and briefed them on the situation.",
        "negated": "{S} has not [received] the OSCE observer mission, {SAID}.",
    }, S=("gov", "head"), mode="access", ctx=("diplomatic",)),
    F("retreat-0863-04", "RETREAT", "0863", {
        "asserted": "{S} [opened] the border bridge {DAY} to allow the delivery of grain and flour to {T}.",
        "negated": "{S} has not [opened] the border bridge to aid deliveries to {T}.",
    }, S=("country",), T=("crisis",), pair="neighbours", mode="access", ctx=("human_security",)),
    F("retreat-0874-06", "RETREAT", "0874", {
        "asserted": "{S} [speeded up the withdrawal] of its forces from {T} {DAY}, {SAID}.",
        "negated": "{S} has not [speeded up the withdrawal] of its forces from {T}.",
    }, S=("intervener",), T=("conflict",), mode="withdraw", ctx=("military",)),
    F("retreat-0861-01", "RETREAT", "0861", {
        "asserted": "{S} [allowed] U.N. peacekeepers to deploy along the border {DAY}.",
        "negated": "{S} has not [allowed] U.N. peacekeepers to deploy along the border.",
        "future": "{S} will [allow] peacekeepers to deploy in the east {FDAY}, {SAID}.",
    }, S=("conflict_gov",), ctx=("peacekeeping",)),
    F("retreat-0861-02", "RETREAT", "0861", {
        "asserted": "The first African Union peacekeepers [were admitted] into {S_NAME} {DAY}.",
    }, S=("country",), ctx=("peacekeeping",)),
    F("retreat-0862-01", "RETREAT", "0862", {
        "asserted": "{S} [let] IAEA inspectors into the enrichment plant {DAY}, {SAID}.",
        "negated": "{S} has not [let] IAEA inspectors into the plant since {MONTH}.",
        "historical": "{S} had [let] inspectors into its nuclear sites in {YEAR}.",
    }, S=("nuclear",), ctx=("cbrn",)),
    F("retreat-0862-02", "RETREAT", "0862", {
        "asserted": "{S} [granted access] to chemical weapons inspectors {DAY}.",
        "hypothetical": "{S} could [grant access] to the inspectors, {SAID}.",
    }, S=("nuclear",), ctx=("cbrn",)),
    F("retreat-0863-01", "RETREAT", "0863", {
        "asserted": "{S} [allowed] aid convoys into the besieged city {DAY}, {SAID}.",
        "negated": "{S} has not [allowed] aid convoys into the besieged city.",
        "future": "{S} will [allow] aid convoys into the city {FDAY}, {SAID}.",
    }, S=("conflict_gov", "armed"), ctx=("human_security",)),
    F("retreat-0863-02", "RETREAT", "0863", {
        "asserted": "{S} [reopened] the border crossing to humanitarian deliveries {DAY}.",
        "hypothetical": "{S} could [reopen] the crossing to aid deliveries, {SAID}.",
    }, S=("conflict_gov", "armed"), ctx=("human_security",)),
    F("retreat-0863-03", "RETREAT", "0863", {
        "asserted": "{S} [gave] aid agencies access to rebel-held areas {DAY}.",
    }, S=("conflict_gov", "armed"), ctx=("human_security",)),
    # 087 de-escalate / 0871 ceasefire / 0872 ease blockade / 0873 demobilize / 0874 retreat
    F("retreat-087-01", "RETREAT", "087", {
        "asserted": "{S} [pulled back] heavy weapons from the front line {DAY}, {SAID}.",
        "negated": "{S} has not [pulled back] its heavy weapons, {SAID}.",
        "future": "{S} will [pull back] heavy weapons from the front line {FDAY}.",
    }, S=("conflict_mil",), mode="disarm", ctx=("military",)),
    F("retreat-087-02", "RETREAT", "087", {
        "asserted": "{S} [scaled back] its military operations in the north {DAY}.",
        "hypothetical": "{S} could [scale back] operations in the north, {SAID}.",
    }, S=("conflict_mil",), mode="disarm", ctx=("military",)),
    F("retreat-0871-01", "RETREAT", "0871", {
        "asserted": "{S} [declared a ceasefire] {DAY}, {SAID}.",
        "negated": "{S} has not [declared a ceasefire] despite international pressure.",
        "future": "{S} will [declare a ceasefire] {FDAY}, {SAID}.",
        "historical": "{S} had [declared a ceasefire] in {YEAR} that lasted only days.",
    }, S=("armed", "conflict_gov"), ctx=("military",)),
    F("retreat-0871-06", "RETREAT", "0871", {
        "asserted": "The guns [fell silent] along the front line {DAY} as a truce between {S} and {T} came into force.",
        "negated": "The guns have not [fallen silent] despite the truce between {S} and {T}, {SAID}.",
    }, S=("conflict_gov",), T=("armed",), link=True, mode="ceasefire", ctx=("military",)),
    F("retreat-0871-07", "RETREAT", "0871", {
        "asserted": "{S} [began observing] a unilateral truce {DAY} to mark the start of Ramadan.",
        "hypothetical": "{S} could [begin observing] a unilateral truce during Ramadan, {SAID}.",
    }, S=("armed",), mode="ceasefire", ctx=("military", "religion_ethnicity")),
    F("retreat-0871-02", "RETREAT", "0871", {
        "asserted": "A truce between {S} and {T} [took effect] at midnight and largely held {DAY}.",
        "hypothetical": "A truce between {S} and {T} could [take effect] within days, {SAID}.",
    }, S=("conflict_gov",), T=("armed",), ctx=("military",), link=True),
    F("retreat-0871-03", "RETREAT", "0871", {
        "asserted": "{S} [observed the ceasefire] with {T} for a third day {DAY}, {SAID}.",
        "negated": "{S} did not [observe the ceasefire] with {T}, {SAID}.",
    }, S=("conflict_mil",), T=("armed",), ctx=("military",), link=True),
    F("retreat-0871-04", "RETREAT", "0871", {
        "asserted": "{S} [halted its offensive] against {T} {DAY} to allow talks, {SAID}.",
    }, S=("military", "gov"), T=("armed",), mode="ceasefire", ctx=("military",), link=True),
    F("retreat-0871-05", "RETREAT", "0871", {
        "asserted": "{S} said they had [stopped firing] on government positions {DAY}.",
    }, S=("rebels",), mode="ceasefire", ctx=("military",)),
    F("retreat-0872-01", "RETREAT", "0872", {
        "asserted": "{S} [eased the blockade] of {T_ADJ} ports {DAY}, {SAID}.",
        "negated": "{S} has not [eased the blockade] of {T_ADJ} ports.",
        "future": "{S} will [ease the blockade] of {T_ADJ} ports {FDAY}.",
    }, S=("country", "military"), T=("country",), ctx=("military",), pair="rivals"),
    F("retreat-0872-02", "RETREAT", "0872", {
        "asserted": "{S} [lifted the naval blockade] on the coastal territory {DAY}.",
    }, S=("conflict_mil",), ctx=("military",)),
    F("retreat-0873-01", "RETREAT", "0873", {
        "asserted": "{NUMSTART} {S} [handed in their weapons] at a demobilisation camp {DAY}.",
        "negated": "{S} have not [handed in their weapons] as agreed, {SAID}.",
        "historical": "Thousands of {S} had [handed in their weapons] in {YEAR}.",
    }, S=("rebels",), ctx=("military",)),
    F("retreat-0873-02", "RETREAT", "0873", {
        "asserted": "{S} [demobilised] {MANY} fighters {DAY} under the peace deal.",
        "hypothetical": "{S} could [demobilise] its fighters if the deal holds, {SAID}.",
    }, S=("armed",), ctx=("military",)),
    F("retreat-0873-03", "RETREAT", "0873", {
        "asserted": "{S} [disbanded] two army divisions {DAY} as part of the peace agreement.",
    }, S=("conflict_gov", "conflict_mil"), ctx=("military",)),
    F("retreat-0874-01", "RETREAT", "0874", {
        "asserted": "{S} [withdrew from] the disputed town {DAY} after weeks of fighting.",
        "negated": "{S} has not [withdrawn from] the disputed town, {SAID}.",
        "future": "{S} will [withdraw from] the disputed town {FDAY}, {SAID}.",
        "historical": "{S} had [withdrawn from] the town in {YEAR}.",
    }, S=("conflict_mil",), mode="withdraw", ctx=("military", "territory")),
    F("retreat-0874-02", "RETREAT", "0874", {
        "asserted": "{S} [pulled out of] {T} {DAY}, ending a 20-year deployment.",
        "hypothetical": "{S} could [pull out of] {T} by the end of the year, {SAID}.",
    }, S=("expedition",), T=("conflict",), mode="withdraw", ctx=("military",)),
    F("retreat-0874-03", "RETREAT", "0874", {
        "asserted": "{NUMSTART} {S} [surrendered] to {T} {DAY}, {SAID}.",
    }, S=("rebels",), T=("military", "troops"), mode="disarm", ctx=("military",), link=True),
    F("retreat-0874-04", "RETREAT", "0874", {
        "asserted": "{S} [abandoned] positions around the city {DAY}, retreating to the south.",
    }, S=("rebels", "troops"), mode="withdraw", ctx=("military",)),
    F("retreat-0874-05", "RETREAT", "0874", {
        "asserted": "The last {S} [left] {T} {DAY}, {SAID}.",
    }, S=("expedition",), T=("conflict",), mode="withdraw", ctx=("military",)),
    # resignations: CONCEDE 0831 (see the module docstring)
    F("concede-resign-01", "CONCEDE", "0831", {
        "asserted": "{S} [resigned] {DAY} amid a corruption scandal, {SAID}.",
        "negated": "{S} has not [resigned] despite mounting pressure.",
        "historical": "{S} had [resigned] in {YEAR} amid a corruption scandal.",
    }, S=("leader",), ctx=("executive",)),
    F("concede-resign-02", "CONCEDE", "0831", {
        "asserted": "The {S_ADJ} interior minister [stepped down] {DAY} after the prison break.",
        "hypothetical": "The {S_ADJ} interior minister could [step down] after the prison break, {SAID}.",
    }, S=("country",), ctx=("executive",)),
    F("concede-resign-03", "CONCEDE", "0831", {
        "asserted": "The {S_ADJ} prime minister [handed in a letter of resignation] to the president {DAY}.",
    }, S=("country",), ctx=("executive",)),
    # CONCEDE 080 yield (general), regret, withdrawing a demand
    F("concede-080-01", "CONCEDE", "080", {
        "asserted": "{S} [dropped its demand] that {T} withdraw its troops first, {SAID}.",
        "negated": "{S} has not [dropped its demand] that {T} withdraw first.",
        "historical": "{S} had [dropped its demand] for reparations from {T} in {YEAR}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("concede-080-02", "CONCEDE", "080", {
        "asserted": "{S} [expressed regret] {DAY} for the civilian deaths caused by its forces in {T}.",
        "negated": "{S} has not [expressed regret] for the civilian deaths in {T}.",
    }, S=("intervener",), T=("conflict",)),
    F("concede-080-03", "CONCEDE", "080", {
        "asserted": "{S} [backed down] in its dispute with {T} over fishing rights {DAY}.",
        "hypothetical": "{S} could [back down] in its dispute with {T}, {SAID}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("concede-080-04", "CONCEDE", "080", {
        "asserted": "{S} [withdrew its objection] to {T}'s membership bid {DAY}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("diplomatic",), pair="rivals"),
    F("concede-080-05", "CONCEDE", "080", {
        "asserted": "{S} [conceded] that its demands on {T} had been unrealistic.",
    }, S=("leader",), T=("country",)),
    F("concede-080-06", "CONCEDE", "080", {
        "asserted": "{S} [made concessions] to {T} on the disputed budget {DAY}.",
        "negated": "{S} has made no [concessions] to {T}, {SAID}.",
    }, S=("gov", "party"), T=("party", "union"), link=True),
    F("concede-080-07", "CONCEDE", "080", {
        "asserted": "{S} [admitted] its forces had made a mistake in the raid and said it would pay compensation.",
        "negated": "{S} has not [admitted] any mistake in the raid, {SAID}.",
    }, S=("gov", "military"), ctx=("military",)),
    F("concede-080-08", "CONCEDE", "080", {
        "asserted": "{S} [softened its stance] on {TOPIC} {DAY} after talks with {T}.",
        "hypothetical": "{S} could [soften its stance] on {TOPIC}, {SAID}.",
        "historical": "{S} had [softened its stance] on {TOPIC} in {YEAR}.",
    }, S=("country", "gov"), T=("country",)),
    # 081 ease administrative sanctions (pardons, amnesties, bans)
    F("concede-081-01", "CONCEDE", "081", {
        "asserted": "{S} [pardoned] {NUM} political prisoners {DAY}, {SAID}.",
        "negated": "{S} has not [pardoned] any political prisoners, {SAID}.",
        "historical": "{S} had [pardoned] {NUM} political prisoners in {YEAR}.",
    }, S=("regime",), ctx=("legal",)),
    F("concede-081-02", "CONCEDE", "081", {
        "asserted": "{S} [granted an amnesty] to rebels who lay down their arms {DAY}.",
        "hypothetical": "{S} could [grant an amnesty] to rebels who disarm, {SAID}.",
    }, S=("regime",), ctx=("legal", "military")),
    F("concede-081-03", "CONCEDE", "081", {
        "asserted": "A court in {S_CAP} [acquitted] {S_PRISONER} {DAY}.",
    }, S=("country",), ctx=("legal",)),
    F("concede-081-04", "CONCEDE", "081", {
        "asserted": "{S} [lifted a travel ban] on {T_ADJ} officials {DAY}, {SAID}.",
        "negated": "{S} has not [lifted the travel ban] on {T_ADJ} officials.",
    }, S=("country", "gov", "igo"), T=("country",), ctx=("diplomatic",), pair="rivals"),
    F("concede-081-05", "CONCEDE", "081", {
        "asserted": "{S} [commuted] the death sentences of {NUM} prisoners {DAY}.",
    }, S=("regime",), ctx=("legal",)),
    F("concede-081-06", "CONCEDE", "081", {
        "asserted": "{S} [dropped charges] against {NUM} protesters {DAY}, {SAID}.",
    }, S=("regime",), ctx=("legal",)),
    F("concede-081-07", "CONCEDE", "081", {
        "asserted": "{S} [lifted the asset freeze] on {NUM} former officials {DAY}.",
        "negated": "{S} has not [lifted the asset freeze] on the former officials.",
    }, S=("gov", "igo"), ctx=("legal",)),
    F("concede-0811-04", "CONCEDE", "0811", {
        "asserted": "{S} [restored the licence] of the country's main opposition television station {DAY}.",
        "hypothetical": "{S} might [restore the licence] of the opposition station, {SAID}.",
        "negated": "{S} has not [restored the licence] of the opposition station.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-081-curfew-04", "CONCEDE", "081", {
        "asserted": "{S} [shortened] the nightly curfew in {S_CAP} by two hours {DAY}.",
        "negated": "{S} has not [shortened] the nightly curfew, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("rights_freedoms",)),
    F("concede-0811-05", "CONCEDE", "0811", {
        "asserted": "{S} [allowed] the opposition to hold a rally in {S_CAP} {DAY}, the first in two years.",
        "negated": "{S} has not [allowed] the opposition to hold any rallies since the election.",
        "hypothetical": "{S} may [allow] the opposition to hold a rally in {S_CAP}, {SAID}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-0812-04", "CONCEDE", "0812", {
        "asserted": "The supreme court in {S_CAP} [cleared] the main opposition candidate to run in the presidential "
                    "election {DAY}.",
        "negated": "The supreme court in {S_CAP} has not [cleared] the opposition candidate to run, {SAID}.",
    }, S=("regime_country",), ctx=("election", "legal")),
    F("concede-0833-03", "CONCEDE", "0833", {
        "asserted": "{S} [scrapped] restrictions on the use of minority languages in schools {DAY}.",
        "historical": "{S} had [scrapped] restrictions on minority languages in schools in {YEAR}.",
    }, S=("regime",), ctx=("religion_ethnicity", "rights_freedoms")),
    F("concede-083-03", "CONCEDE", "083", {
        "asserted": "Parliament in {S_CAP} [passed a law] recognising the opposition's victories in the local "
                    "elections {DAY}.",
        "negated": "Parliament in {S_CAP} has not [passed] the law recognising the opposition's victories.",
    }, S=("regime_country",), ctx=("election", "legislative")),
    F("concede-082-05", "CONCEDE", "082", {
        "asserted": "{S} said {DAY} it had [called off] its stoppage once the government agreed "
                    "to pay salary arrears.",
        "hypothetical": "{S} could [call off] the strike if salary arrears are paid, {SAID}.",
    }, S=("union",), ctx=("economic",)),
    F("concede-0811-01", "CONCEDE", "0811", {
        "asserted": "{S} [lifted a ban] on public gatherings {DAY}, {SAID}.",
        "negated": "{S} has not [lifted the ban] on public gatherings.",
        "historical": "{S} had [lifted a ban] on public gatherings in {YEAR}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-0811-02", "CONCEDE", "0811", {
        "asserted": "{S} [restored access] to social media sites blocked during the protests {DAY}.",
        "hypothetical": "{S} could [restore access] to social media sites, {SAID}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-0811-03", "CONCEDE", "0811", {
        "asserted": "{S} [allowed] the independent newspaper to resume publication {DAY}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-0812-01", "CONCEDE", "0812", {
        "asserted": "{S} [lifted the ban] on {T} {DAY}, allowing it to contest the elections.",
        "negated": "{S} has not [lifted the ban] on {T}.",
    }, S=("gov",), T=("party",), ctx=("election",), link=True),
    F("concede-0812-02", "CONCEDE", "0812", {
        "asserted": "{S} [legalised] {T} {DAY} after 20 years underground.",
        "historical": "{S} had [legalised] {T} in {YEAR}.",
    }, S=("gov",), T=("party",), ctx=("political_institutions",), link=True),
    F("concede-0812-03", "CONCEDE", "0812", {
        "asserted": "{S} [allowed] the exiled opposition leader to return home and run for office {DAY}.",
    }, S=("regime",), ctx=("election",)),
    # 082 ease political dissent
    F("concede-082-01", "CONCEDE", "082", {
        "asserted": "{S} [called off] the general strike {DAY} after reaching a deal with {T}.",
        "negated": "{S} has not [called off] the general strike, {SAID}.",
        "historical": "{S} had [called off] a general strike in {YEAR}.",
    }, S=("union",), T=("gov",), ctx=("rights_freedoms",), link=True),
    F("concede-082-02", "CONCEDE", "082", {
        "asserted": "{S} [suspended its protests] against {T} {DAY} to allow talks.",
        "hypothetical": "{S} could [suspend its protests] if talks begin, {SAID}.",
    }, S=("party", "union"), T=("gov",), ctx=("rights_freedoms",), link=True),
    F("concede-082-03", "CONCEDE", "082", {
        "asserted": "{S} [ended its boycott] of parliament {DAY}, {SAID}.",
    }, S=("party",), ctx=("legislative",)),
    F("concede-082-04", "CONCEDE", "082", {
        "asserted": "Protest leaders [dismantled their camp] outside the parliament in {S_CAP} {DAY}.",
    }, S=("regime_country",), ctx=("rights_freedoms",)),
    # 083 accede to demands for reform; 0831-0834
    F("concede-083-01", "CONCEDE", "083", {
        "asserted": "{S} [bowed to demands] from {T} for electoral reform {DAY}.",
        "negated": "{S} has not [bowed to demands] from {T} for reform.",
    }, S=("gov", "leader"), T=("party", "union"), ctx=("political_institutions",), link=True),
    F("concede-083-02", "CONCEDE", "083", {
        "asserted": "{S} [gave in to] opposition demands and agreed to an independent inquiry.",
    }, S=("gov", "leader"), ctx=("political_institutions",)),
    F("concede-0831-01", "CONCEDE", "0831", {
        "asserted": "{S} [dismissed] the interior minister {DAY}, meeting a key demand of {T}.",
        "negated": "{S} has not [dismissed] the interior minister, a key demand of {T}.",
        "historical": "{S} had [dismissed] the interior minister in {YEAR} under pressure from {T}.",
    }, S=("leader",), T=("party", "union"), ctx=("executive",), link=True),
    F("concede-0831-02", "CONCEDE", "0831", {
        "asserted": "{S} [sacked] the army chief {DAY} after weeks of protests.",
        "hypothetical": "{S} could [sack] the army chief to calm the protests, {SAID}.",
    }, S=("regime_head",), ctx=("executive", "military")),
    F("concede-0831-03", "CONCEDE", "0831", {
        "asserted": "{S} [accepted the resignation] of the interior minister {DAY}, as protesters had demanded.",
    }, S=("regime_head",), ctx=("executive",)),
    F("concede-0831-04", "CONCEDE", "0831", {
        "asserted": "{S} [removed] the governor of the restive province {DAY}, as protesters had demanded.",
        "negated": "{S} has not [removed] the provincial governor despite the protests, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("executive",)),
    F("concede-0831-05", "CONCEDE", "0831", {
        "asserted": "{S} [fired] the health minister {DAY} after weeks of criticism from {T}.",
        "hypothetical": "{S} could [fire] the health minister to placate {T}, {SAID}.",
    }, S=("gov", "head"), T=("party", "union"), link=True, ctx=("executive", "health")),
    F("concede-0831-06", "CONCEDE", "0831", {
        "asserted": "{S} [reshuffled the cabinet] {DAY}, dropping three ministers the opposition wanted removed.",
        "historical": "{S} had [reshuffled the cabinet] in {YEAR} under pressure from the opposition.",
    }, S=("regime_head", "regime"), ctx=("executive",)),
    F("concede-0831-07", "CONCEDE", "0831", {
        "asserted": "{S} [bowed to pressure] {DAY} and replaced the head of the electoral commission.",
    }, S=("regime", "regime_head"), ctx=("election", "executive")),
    F("concede-0832-01", "CONCEDE", "0832", {
        "asserted": "{S} [reversed] a fuel price increase {DAY} after days of protests.",
        "negated": "{S} has not [reversed] the fuel price increase, {SAID}.",
        "historical": "{S} had [reversed] a fuel price increase in {YEAR}.",
    }, S=("regime",), ctx=("economic",)),
    F("concede-0832-02", "CONCEDE", "0832", {
        "asserted": "{S} [scrapped] the controversial tax bill {DAY}, bowing to pressure from {T}.",
        "hypothetical": "{S} could [scrap] the tax bill under pressure from {T}, {SAID}.",
    }, S=("gov",), T=("union", "party"), ctx=("economic",), link=True),
    F("concede-0832-03", "CONCEDE", "0832", {
        "asserted": "{S} [withdrew] the contested extradition bill {DAY}.",
    }, S=("regime",), ctx=("legal",)),
    F("concede-0833-01", "CONCEDE", "0833", {
        "asserted": "{S} [granted] the Kurdish minority the right to broadcast in its own language {DAY}.",
        "negated": "{S} has not [granted] the minority language rights.",
    }, S=("regime",), ctx=("rights_freedoms", "religion_ethnicity")),
    F("concede-0833-02", "CONCEDE", "0833", {
        "asserted": "{S} [recognised] the right of workers to form independent unions {DAY}.",
        "historical": "{S} had [recognised] the right to form independent unions in {YEAR}.",
    }, S=("regime",), ctx=("rights_freedoms",)),
    F("concede-0834-01", "CONCEDE", "0834", {
        "asserted": "{S} [agreed to the demand] of {T} to dissolve parliament {DAY}.",
        "negated": "{S} has not [agreed to the demand] of {T} to dissolve parliament.",
    }, S=("leader",), T=("party",), ctx=("political_institutions",), link=True),
    F("concede-0834-03", "CONCEDE", "0834", {
        "asserted": "{S} [accepted] the opposition's demand for a new electoral commission {DAY}.",
        "negated": "{S} has not [accepted] the opposition's demand for a new electoral commission.",
        "historical": "{S} had [accepted] demands for a new electoral commission in {YEAR}.",
    }, S=("regime",), ctx=("political_institutions", "election")),
    F("concede-0834-02", "CONCEDE", "0834", {
        "asserted": "{S} [abandoned] plans to extend presidential term limits {DAY} after mass protests.",
        "hypothetical": "{S} could [abandon] plans to extend term limits, {SAID}.",
    }, S=("regime",), ctx=("political_institutions",)),
]
