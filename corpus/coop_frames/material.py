"""COOPERATE (CAMEO 060-064) and AID (070-075) frames.

COOPERATE benefits both sides (trade, joint exercises, extradition, intelligence sharing); AID mainly
benefits the recipient (money, arms, relief, peacekeepers, asylum, hostage rescue, debt relief).
"""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

FRAMES = [
    # 060 material cooperation
    F("cooperate-060-01", "COOPERATE", "060", {
        "asserted": "{S} and {T} [launched a joint project] {DAY} to build a hydroelectric dam on their shared river.",
        "negated": "{S} and {T} have not [launched] the joint dam project, {SAID}.",
        "future": "{S} and {T} will [launch a joint project] to build a dam on their shared river.",
        "historical": "{S} and {T} had [launched a joint project] in {YEAR} to build a dam.",
    }, S=("country",), T=("country",), ctx=("natural_resource",), pair="neighbours"),
    F("cooperate-060-02", "COOPERATE", "060", {
        "asserted": "{S} and {T} [opened] a new border crossing {DAY} to ease the flow of goods and people.",
        "hypothetical": "{S} and {T} could [open] a new border crossing if talks succeed, {SAID}.",
    }, S=("country",), T=("country",), ctx=("economic",), pair="neighbours"),
    F("cooperate-060-03", "COOPERATE", "060", {
        "asserted": "Scientists from {S} and {T} are [working together] on a vaccine, {SAID}.",
    }, S=("country",), T=("country",), ctx=("health",)),
    F("cooperate-060-04", "COOPERATE", "060", {
        "asserted": "{S} [cooperated] with {T} on the rescue operation {DAY}, {SAID}.",
    }, S=("country", "gov"), T=("country", "gov"), ctx=("disasters",)),
    # 061 economic
    F("cooperate-061-01", "COOPERATE", "061", {
        "asserted": "{S} [resumed imports] of {T_ADJ} grain {DAY} after a two-year halt.",
        "negated": "{S} has not [resumed imports] of {T_ADJ} grain, {SAID}.",
        "future": "{S} will [resume imports] of {T_ADJ} grain {FDAY}, {SAID}.",
        "historical": "{S} had [resumed imports] of {T_ADJ} grain in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("cooperate-061-02", "COOPERATE", "061", {
        "asserted": "{S} [began supplying] natural gas to {T} through the new pipeline {DAY}.",
        "hypothetical": "{S} could [begin supplying] natural gas to {T} by winter, {SAID}.",
    }, S=("exporter",), T=("country",), ctx=("economic", "natural_resource")),
    F("cooperate-061-03", "COOPERATE", "061", {
        "asserted": "{S} and {T} [launched] a currency swap line worth {MONEY} {DAY}.",
        "future": "{S} and {T} will [launch] a currency swap line worth {MONEY}, {SAID}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("cooperate-061-04", "COOPERATE", "061", {
        "asserted": "{S} [invested] {MONEY} in a joint venture with {T} {DAY}.",
        "negated": "{S} has not [invested] in the venture with {T}, {SAID}.",
    }, S=("company",), T=("company", "gov"), ctx=("economic",)),
    F("cooperate-061-05", "COOPERATE", "061", {
        "asserted": "Direct flights between {S} and {T} [resumed] {DAY} for the first time since {YEAR}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("cooperate-061-06", "COOPERATE", "061", {
        "asserted": "{S} and {T} [expanded trade] in local currencies {DAY}, {SAID}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("cooperate-061-07", "COOPERATE", "061", {
        "asserted": "A trade agreement between {S} and {T} [took effect] {DAY}, removing tariffs on most goods.",
    }, S=("country",), T=("country", "igo"), ctx=("economic",)),
    F("cooperate-061-08", "COOPERATE", "061", {
        "asserted": "{S} [reopened its market] to {T_ADJ} beef {DAY}, {SAID}.",
        "hypothetical": "{S} might [reopen its market] to {T_ADJ} beef, {SAID}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    # 062 military
    F("cooperate-062-01", "COOPERATE", "062", {
        "asserted": "{S} and {T} [began joint military exercises] near the border {DAY}.",
        "negated": "{S} and {T} did not [hold joint military exercises] this year, {SAID}.",
        "future": "{S} and {T} will [hold joint military exercises] {FDAY}, {SAID}.",
        "historical": "{S} and {T} had [held joint military exercises] in {YEAR}.",
    }, S=("country", "military"), T=("country", "military"), ctx=("military",)),
    F("cooperate-062-02", "COOPERATE", "062", {
        "asserted": "Warships from {S} and {T} [conducted joint drills] in the Arabian Sea {DAY}.",
        "hypothetical": "Warships from {S} and {T} could [conduct joint drills], {SAID}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    F("cooperate-062-03", "COOPERATE", "062", {
        "asserted": "{S} and {T} [carried out joint patrols] along the border {DAY}, {SAID}.",
    }, S=("military", "troops"), T=("military", "country"), ctx=("military",), pair="neighbours"),
    F("cooperate-062-04", "COOPERATE", "062", {
        "asserted": "{S} [took part] in NATO-led naval exercises with {T} in the Baltic {DAY}.",
        "negated": "{S} did not [take part] in the exercises with {T}.",
    }, S=("country", "military"), T=("country",), ctx=("military",)),
    F("cooperate-062-05", "COOPERATE", "062", {
        "asserted": "Special forces from {S} and {T} [staged a joint operation] against militants {DAY}.",
    }, S=("country",), T=("country",), ctx=("military", "terrorism")),
    F("cooperate-062-06", "COOPERATE", "062", {
        "asserted": "{S} [trained alongside] {T} in a week-long exercise, {SAID}.",
    }, S=("troops",), T=("troops",), ctx=("military",)),
    # 063 judicial
    F("cooperate-063-01", "COOPERATE", "063", {
        "asserted": "{S} [extradited] a suspected drug lord to {T} {DAY}, {SAID}.",
        "negated": "{S} has not [extradited] the suspect to {T}, {SAID}.",
        "future": "{S} will [extradite] the suspect to {T} {FDAY}, {SAID}.",
        "historical": "{S} had [extradited] a suspected drug lord to {T} in {YEAR}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal", "illegal_drugs")),
    F("cooperate-063-02", "COOPERATE", "063", {
        "asserted": "{S} [handed over] a war crimes suspect to {T} {DAY}.",
        "hypothetical": "{S} could [hand over] the suspect to {T}, {SAID}.",
    }, S=("country", "gov"), T=("igo", "country"), ctx=("legal",)),
    F("cooperate-063-03", "COOPERATE", "063", {
        "asserted": "{S} [transferred] {NUM} prisoners to {T} under a prisoner transfer treaty {DAY}.",
    }, S=("country",), T=("country",), ctx=("legal",)),
    F("cooperate-063-04", "COOPERATE", "063", {
        "asserted": "A man wanted in {T} for fraud was [extradited] by {S} {DAY}.",
    }, S=("country",), T=("country",), ctx=("legal", "crime")),
    F("cooperate-063-05", "COOPERATE", "063", {
        "asserted": "{S} [arrested and handed over] a fugitive former minister to {T} {DAY}.",
    }, S=("police",), T=("country",), ctx=("legal", "corruption")),
    # 064 share intelligence
    F("cooperate-064-01", "COOPERATE", "064", {
        "asserted": "{S} [shared intelligence] with {T} that helped foil a bomb plot, {SAID}.",
        "negated": "{S} did not [share intelligence] with {T} about the plot, {SAID}.",
        "future": "{S} will [share intelligence] with {T} on militant networks, {SAID}.",
    }, S=("country",), T=("country",), ctx=("intelligence", "terrorism")),
    F("cooperate-064-02", "COOPERATE", "064", {
        "asserted": "{S} [provided] {T} with information on the location of the kidnappers.",
        "hypothetical": "{S} could [provide] {T} with information on the kidnappers, {SAID}.",
    }, S=("country", "police"), T=("country", "police"), ctx=("intelligence",)),
    F("cooperate-064-03", "COOPERATE", "064", {
        "asserted": "{S} [passed on] satellite images of troop movements to {T} {DAY}.",
        "historical": "{S} had [passed on] satellite images to {T} in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("intelligence", "military")),
    F("cooperate-064-04", "COOPERATE", "064", {
        "asserted": "{S} [exchanged data] with {T} on suspected foreign fighters, {SAID}.",
    }, S=("country", "police"), T=("country",), ctx=("intelligence", "terrorism")),
    F("cooperate-064-05", "COOPERATE", "064", {
        "asserted": "{S} [briefed] {T} on the findings of its investigation into the cyber attack.",
    }, S=("country", "gov"), T=("country", "igo"), ctx=("cyber",)),
    F("cooperate-061-09", "COOPERATE", "061", {
        "asserted": "The first freight train from {S} to {T} [arrived] {DAY}, opening a new trade route.",
        "hypothetical": "Freight trains from {S} could [reach] {T} by next year if the line is finished, {SAID}.",
    }, S=("country",), T=("country",), ctx=("economic",), pair="neighbours"),
    F("cooperate-061-10", "COOPERATE", "061", {
        "asserted": "{S} [signed contracts] worth {MONEY} to build power plants in {T} {DAY}.",
        "negated": "{S} has not [signed] any new contracts in {T} since the sanctions, {SAID}.",
    }, S=("company",), T=("country",), ctx=("economic",)),
    F("cooperate-061-11", "COOPERATE", "061", {
        "asserted": "{S} [shipped] its first cargo of liquefied natural gas to {T} {DAY}.",
        "historical": "{S} had [shipped] its first cargo of liquefied natural gas to {T} in {YEAR}.",
    }, S=("exporter",), T=("country",), ctx=("natural_resource", "economic")),
    F("cooperate-062-07", "COOPERATE", "062", {
        "asserted": "{S} [allowed] {T_ADJ} warships to use its naval base for refuelling {DAY}.",
        "negated": "{S} has not [allowed] {T_ADJ} warships to use its ports, {SAID}.",
        "hypothetical": "{S} could [allow] {T_ADJ} warships to use its naval base, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("military",)),
    F("cooperate-062-08", "COOPERATE", "062", {
        "asserted": "Fighter jets from {S} and {T} [flew joint patrols] over the Baltic {DAY}.",
        "historical": "Fighter jets from {S} and {T} had [flown joint patrols] over the region in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    F("cooperate-063-06", "COOPERATE", "063", {
        "asserted": "{S} [deported] a fugitive wanted by {T} on murder charges {DAY}, {SAID}.",
        "negated": "{S} has not [deported] the fugitive wanted by {T}.",
        "hypothetical": "{S} may [send back] the fugitive wanted by {T}, {SAID}.",
    }, S=("country", "police"), T=("country",), ctx=("legal", "crime")),
    F("cooperate-063-07", "COOPERATE", "063", {
        "asserted": "Police from {S} and {T} [carried out joint raids] against a people-smuggling ring {DAY}.",
    }, S=("country",), T=("country",), ctx=("trafficking", "crime")),
    F("cooperate-064-06", "COOPERATE", "064", {
        "asserted": "{S} [handed] {T} a dossier on the suspects in the embassy bombing {DAY}.",
        "negated": "{S} has not [handed] {T} any evidence about the bombing, {SAID}.",
        "hypothetical": "{S} could [hand] {T} its evidence on the bombing, {SAID}.",
    }, S=("country", "gov"), T=("country", "gov"), ctx=("intelligence", "terrorism")),
    F("cooperate-062-09", "COOPERATE", "062", {
        "asserted": "Navies of {S} and {T} [launched] a joint exercise at sea {DAY}.",
        "negated": "Warships from {S} and {T} have not [launched] the planned war games, {SAID}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    F("cooperate-064-07", "COOPERATE", "064", {
        "asserted": "{S} has been [sharing expertise] with {T} on bomb disposal, {SAID}.",
        "historical": "{S} had been [sharing expertise] with {T} on bomb disposal since {YEAR}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    F("cooperate-064-08", "COOPERATE", "064", {
        "asserted": "{S_ADJ} intelligence officials have [shared evidence] with {T} about the smuggling network.",
    }, S=("country",), T=("country",), ctx=("intelligence", "trafficking")),
    # 070 aid
    F("aid-070-01", "AID", "070", {
        "asserted": "{S} [sent] {MONEY} worth of assistance to {T} {DAY}, {SAID}.",
        "negated": "{S} has not [sent] any assistance to {T} since the coup.",
        "historical": "{S} had [sent] assistance worth {MONEY} to {T} in {YEAR}.",
    }, S=("donor",), T=("needy",)),
    F("aid-070-02", "AID", "070", {
        "asserted": "{S} [delivered] a shipment of supplies to {T} {DAY}.",
        "hypothetical": "{S} could [deliver] supplies to {T} as early as next week, {SAID}.",
    }, S=("donor", "aid"), T=("crisis",)),
    F("aid-070-03", "AID", "070", {
        "asserted": "{S} [provided] {T} with {MONEY} to rebuild schools and clinics.",
    }, S=("donor", "igo"), T=("needy",)),
    # 071 economic aid
    F("aid-071-01", "AID", "071", {
        "asserted": "{S} [approved] a {MONEY} loan to {T} {DAY} to support its budget.",
        "negated": "{S} has not [approved] the loan to {T}, {SAID}.",
        "future": "{S} will [disburse] {MONEY} to {T} {FDAY}, {SAID}.",
        "historical": "{S} had [approved] a {MONEY} loan to {T} in {YEAR}.",
    }, S=("lender",), T=("needy",), ctx=("economic",)),
    F("aid-071-02", "AID", "071", {
        "asserted": "{S} [disbursed] {MONEY} to {T} {DAY}, the latest tranche of its bailout.",
        "hypothetical": "{S} could [disburse] the next tranche to {T} in {MONTH}, {SAID}.",
    }, S=("lender",), T=("needy",), ctx=("economic",)),
    F("aid-071-03", "AID", "071", {
        "asserted": "{S} [gave] {T} a {MONEY} grant to cover its budget shortfall, {SAID}.",
    }, S=("donor",), T=("needy",), ctx=("economic",)),
    F("aid-071-04", "AID", "071", {
        "asserted": "{S} [wrote off] {MONEY} of {T}'s debt {DAY}.",
        "negated": "{S} has not [written off] any of {T}'s debt, {SAID}.",
    }, S=("donor", "lender"), T=("needy",), ctx=("economic",)),
    F("aid-071-05", "AID", "071", {
        "asserted": "{S} [deposited] {MONEY} in {T}'s central bank to shore up its reserves.",
    }, S=("donor",), T=("needy",), ctx=("economic",)),
    F("aid-071-06", "AID", "071", {
        "asserted": "{S} [extended] a {MONEY} credit line to {T} {DAY}, {SAID}.",
    }, S=("donor",), T=("needy",), ctx=("economic",)),
    # 072 military aid
    F("aid-072-01", "AID", "072", {
        "asserted": "{S} [delivered] a new batch of air defence missiles to {T} {DAY}.",
        "negated": "{S} has not [delivered] the promised missiles to {T}, {SAID}.",
        "future": "{S} will [deliver] more air defence missiles to {T} {FDAY}.",
        "historical": "{S} had [supplied] missiles to {T} in {YEAR}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("aid-072-02", "AID", "072", {
        "asserted": "{S} [sent] military advisers to help {T} fight insurgents {DAY}.",
        "hypothetical": "{S} could [send] military advisers to {T}, {SAID}.",
    }, S=("arms_donor",), T=("needy", "needy_gov"), ctx=("military",)),
    F("aid-072-03", "AID", "072", {
        "asserted": "{S} [supplied] {T} with armoured vehicles and ammunition, {SAID}.",
        "negated": "{S} denied that it had [supplied] {T} with weapons.",
    }, S=("arms_donor",), T=("needy", "armed"), ctx=("military",)),
    F("aid-072-04", "AID", "072", {
        "asserted": "{S} [handed over] four patrol boats to the {T_ADJ} navy {DAY}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("aid-072-05", "AID", "072", {
        "asserted": "{S} [trained] {NUM} {T_ADJ} soldiers on the use of Western tanks, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("aid-072-06", "AID", "072", {
        "asserted": "{S} [approved] the sale of fighter jets to {T} as part of a military aid package.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    # 073 humanitarian aid
    F("aid-073-01", "AID", "073", {
        "asserted": "{S} [airlifted] tents and medicine to earthquake survivors in {T} {DAY}.",
        "negated": "{S} has not [sent] any relief supplies to {T}, {SAID}.",
        "future": "{S} will [airlift] tents and medicine to {T} {FDAY}, {SAID}.",
        "historical": "{S} had [airlifted] relief supplies to {T} after the {YEAR} earthquake.",
    }, S=("donor", "aid"), T=("crisis",), ctx=("disasters",)),
    F("aid-073-02", "AID", "073", {
        "asserted": "{S} [distributed] food to {NUM} families displaced by fighting in {T} {DAY}.",
        "hypothetical": "{S} could [distribute] food to families in {T} if access is granted.",
    }, S=("aid",), T=("crisis",), ctx=("human_security", "migration")),
    F("aid-073-03", "AID", "073", {
        "asserted": "A convoy of trucks carrying aid from {S} [reached] {T} {DAY}, {SAID}.",
    }, S=("donor", "aid"), T=("crisis",), ctx=("human_security",)),
    F("aid-073-04", "AID", "073", {
        "asserted": "{S} [donated] {MONEY} to help {T} cope with the cholera outbreak.",
    }, S=("donor", "igo"), T=("needy",), ctx=("health",)),
    F("aid-073-05", "AID", "073", {
        "asserted": "{S} [provided] emergency shelter to flood victims in {T}, {SAID}.",
        "negated": "{S} has not [provided] shelter to flood victims in {T}, {SAID}.",
    }, S=("aid", "donor"), T=("crisis",), ctx=("disasters",)),
    F("aid-073-06", "AID", "073", {
        "asserted": "{S} [sent] a field hospital and 40 doctors to {T} {DAY}.",
    }, S=("donor",), T=("needy",), ctx=("health",)),
    F("aid-073-07", "AID", "073", {
        "asserted": "Vaccines donated by {S} [arrived in] {T} {DAY}, {SAID}.",
    }, S=("donor",), T=("needy",), ctx=("health",)),
    # 074 military protection / peacekeeping
    F("aid-074-01", "AID", "074", {
        "asserted": "{S} [deployed] {NUM} peacekeepers to {T} {DAY} as part of the U.N. mission.",
        "negated": "{S} has not [deployed] any peacekeepers to {T}, {SAID}.",
        "future": "{S} will [deploy] peacekeepers to {T} {FDAY}, {SAID}.",
        "historical": "{S} had [deployed] peacekeepers to {T} in {YEAR}.",
    }, S=("contributor",), T=("mission",), ctx=("peacekeeping",)),
    F("aid-074-02", "AID", "074", {
        "asserted": "{S} [sent] troops to protect {T}'s main airport {DAY}, {SAID}.",
        "hypothetical": "{S} could [send] troops to protect {T}'s airport, {SAID}.",
    }, S=("donor",), T=("mission",), ctx=("military",)),
    F("aid-074-03", "AID", "074", {
        "asserted": "Troops from {S} [took over] security duties in {T} under a U.N. mandate {DAY}.",
    }, S=("contributor",), T=("mission",), ctx=("peacekeeping",)),
    F("aid-074-04", "AID", "074", {
        "asserted": "{S} [escorted] aid ships off the coast of {T} to protect them from pirates.",
    }, S=("donor",), T=("needy",), ctx=("military",)),
    F("aid-070-04", "AID", "070", {
        "asserted": "{S} [shipped] generators and fuel to {T} {DAY} to keep hospitals running.",
        "negated": "{S} has not [shipped] the promised generators to {T}, {SAID}.",
        "hypothetical": "{S} could [ship] generators to {T} before winter, {SAID}.",
    }, S=("donor",), T=("needy",), ctx=("human_security",)),
    F("aid-071-07", "AID", "071", {
        "asserted": "{S} [rescheduled] {T}'s debt payments {DAY}, giving it 10 more years to repay.",
        "historical": "{S} had [rescheduled] {T}'s debt in {YEAR}.",
    }, S=("donor", "lender"), T=("needy",), ctx=("economic",)),
    F("aid-072-07", "AID", "072", {
        "asserted": "A shipment of {S_ADJ} artillery shells [reached] {T} {DAY}, {SAID}.",
        "negated": "No {S_ADJ} artillery shells have [reached] {T} since {MONTH}, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("aid-073-08", "AID", "073", {
        "asserted": "{S} [dropped] food and water to stranded villagers in {T} {DAY}.",
        "hypothetical": "{S} could [drop] food to stranded villagers in {T}, {SAID}.",
    }, S=("donor",), T=("crisis",), ctx=("disasters",)),
    F("aid-073-09", "AID", "073", {
        "asserted": "{S} [evacuated] {NUM} wounded children from {T} for treatment abroad {DAY}.",
        "negated": "{S} has not [evacuated] any wounded children from {T}, {SAID}.",
    }, S=("donor", "aid"), T=("crisis",), ctx=("health",)),
    F("aid-074-05", "AID", "074", {
        "asserted": "{S} [flew] {NUM} troops to {T} {DAY} to help secure the airport, {SAID}.",
        "historical": "{S} had [flown] troops to {T} in {YEAR} to secure the airport.",
    }, S=("donor", "contributor"), T=("mission",), ctx=("military",)),
    F("aid-071-08", "AID", "071", {
        "asserted": "{S} [gave] {T} {MONEY} in aid {DAY} for agricultural development projects.",
        "negated": "{S} has not [given] {T} any aid for agriculture since {YEAR}.",
        "historical": "{S} had [given] {T} {MONEY} in aid for agricultural projects in {YEAR}.",
    }, S=("donor",), T=("needy",), ctx=("economic",)),
    F("aid-072-08", "AID", "072", {
        "asserted": "{S} [continued to send] arms to {T} last year, {SAID}.",
        "negated": "{S} has not [sent] arms to {T} since {YEAR}, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("aid-074-06", "AID", "074", {
        "asserted": "The first {S_ADJ} peacekeepers [arrived in] {T} {DAY} as part of a U.N. force.",
        "negated": "No {S_ADJ} peacekeepers have [arrived in] {T} yet, {SAID}.",
    }, S=("contributor",), T=("mission",), ctx=("peacekeeping",)),
    F("aid-075-05", "AID", "075", {
        "asserted": "{S} [opened its borders] {DAY} to thousands of people fleeing the fighting in {T}.",
        "negated": "{S} has not [opened its borders] to people fleeing the fighting in {T}.",
    }, S=("country",), T=("conflict",), pair="neighbours", ctx=("migration", "asylum")),
    # 075 asylum
    F("aid-075-01", "AID", "075", {
        "asserted": "{S} [granted asylum] to a former {T_ADJ} minister {DAY}, {SAID}.",
        "negated": "{S} has not [granted asylum] to the former {T_ADJ} minister, {SAID}.",
        "historical": "{S} had [granted asylum] to a former {T_ADJ} minister in {YEAR}.",
    }, S=("arms_donor",), T=("needy",), ctx=("asylum",)),
    F("aid-075-02", "AID", "075", {
        "asserted": "{S} [gave refuge] to {NUM} {T_ADJ} dissidents, {SAID}.",
        "hypothetical": "{S} could [give refuge] to {T_ADJ} dissidents, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("asylum",)),
    F("aid-075-03", "AID", "075", {
        "asserted": "The {S_ADJ} embassy in {T_CAP} [sheltered] an opposition leader who fled there {DAY}.",
    }, S=("arms_donor",), T=("needy",), ctx=("asylum",)),
    F("aid-075-04", "AID", "075", {
        "asserted": "{S} [granted political asylum] to a {T_ADJ} journalist who fled {DAY}, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("asylum",)),
]
