"""AGREE frames (CAMEO 03x): promises, offers, agreements to cooperate, intent to meet or yield.

A promise is asserted ("pledged to send"); plain future of the act is stance future ("will send").
"""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

ST = ("state",)
LEAD = ("leader",)

FRAMES = [
    # 030 express intent to cooperate
    F("agree-030-01", "AGREE", "030", {
        "asserted": "{S} and {T} [agreed] {DAY} to work together on {TOPIC}, {SAID}.",
        "negated": "{S} and {T} failed to [agree] on a joint approach to {TOPIC} {DAY}.",
        "hypothetical": "{S} and {T} could [agree] to work together on {TOPIC} if talks go well, {SAID}.",
        "historical": "In {YEAR}, {S} and {T} had [agreed] to work together on {TOPIC}.",
    }, S=ST, T=ST),
    F("agree-030-02", "AGREE", "030", {
        "asserted": "{S} [pledged] closer cooperation with {T} on {TOPIC} during talks {DAY}.",
        "future": "{S} will [seek] closer cooperation with {T} on {TOPIC}, {SAID}.",
    }, S=LEAD, T=ST),
    F("agree-030-03", "AGREE", "030", {
        "asserted": "{S} said {DAY} it was [ready to cooperate] with {T} on {TOPIC}.",
        "negated": "{S} said it was not [ready to cooperate] with {T} on {TOPIC}.",
    }, S=("gov",), T=ST),
    F("agree-030-04", "AGREE", "030", {
        "asserted": "{SC} [signed a memorandum of understanding] {DAY} pledging cooperation on {TOPIC}.",
        "future": "{SC} are set to [sign a memorandum of understanding] on {TOPIC} {FDAY}.",
    }),
    F("agree-030-05", "AGREE", "030", {
        "asserted": "{S} [vowed] to deepen ties with {T}, {SAID}.",
    }, S=LEAD, T=("country",)),
    F("agree-030-06", "AGREE", "030", {
        "asserted": "{S} [expressed willingness] {DAY} to cooperate with {T} on {TOPIC}.",
        "hypothetical": "{S} might [express willingness] to cooperate with {T} if sanctions are eased, analysts said.",
    }, S=("gov", "leader"), T=("intl",)),
    F("agree-030-07", "AGREE", "030", {
        "asserted": "{S} and {T} [agreed to a road map] {DAY} for normalising relations, {SAID}.",
        "future": "{S} and {T} are expected to [agree to a road map] for normalising relations {FDAY}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",), pair="rivals"),
    F("agree-030-08", "AGREE", "030", {
        "asserted": "{S} said it would [sign] the treaty on {TOPIC} {FDAY}.",
        "historical": "{S} had [promised] in {YEAR} to sign the treaty on {TOPIC}.",
    }, S=("country", "gov")),
    # 031 material cooperation
    F("agree-031-01", "AGREE", "031", {
        "asserted": "{S} and {T} [agreed] {DAY} to build a joint pipeline, {SAID}.",
        "future": "{S} and {T} will [build] a joint pipeline, {SAID}.",
        "negated": "{S} and {T} did not [agree] on the pipeline project {DAY}.",
    }, S=("country",), T=("country",), ctx=("economic", "natural_resource")),
    F("agree-031-02", "AGREE", "031", {
        "asserted": "{S} [offered] to share technology with {T} to help modernise its ports, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic", "technology")),
    F("agree-031-03", "AGREE", "031", {
        "asserted": "{S} [agreed to cooperate] with {T} on a new high-speed rail line {DAY}.",
        "hypothetical": "{S} could [agree to cooperate] with {T} on a new rail line, {SAID}.",
    }, S=("country", "gov"), T=("country", "company"), ctx=("economic",)),
    # 0311 economic
    F("agree-0311-01", "AGREE", "0311", {
        "asserted": "{S} and {T} [agreed] {DAY} to double bilateral trade to $100 billion by 2030.",
        "future": "{S} and {T} will [open talks] on a free trade agreement {FDAY}, {SAID}.",
        "negated": "{S} and {T} did not [agree] on tariff cuts {DAY}, {SAID}.",
        "historical": "{S} and {T} had [agreed] in {YEAR} to cut tariffs on farm goods.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("agree-0311-02", "AGREE", "0311", {
        "asserted": "{S} [pledged] to boost investment in {T} during a visit {DAY}, {SAID}.",
        "hypothetical": "{S} may [pledge] new investment in {T} if the reforms go ahead.",
    }, S=("leader", "country"), T=("country",), ctx=("economic",)),
    F("agree-0311-03", "AGREE", "0311", {
        "asserted": "{S} [agreed] to lower tariffs on {T_ADJ} steel and cars, {SAID}.",
        "negated": "{S} has not [agreed] to lower tariffs on {T_ADJ} goods, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",)),
    F("agree-0311-04", "AGREE", "0311", {
        "asserted": "{S} [promised] {DAY} to open its market to {T_ADJ} farm products.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",)),
    # 0312 military
    F("agree-0312-01", "AGREE", "0312", {
        "asserted": "{S} and {T} [agreed] {DAY} to hold joint naval exercises next year, {SAID}.",
        "future": "{S} and {T} will [hold joint naval exercises] {FDAY}, {SAID}.",
        "negated": "{S} and {T} have not [agreed] on joint exercises, {SAID}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    F("agree-0312-02", "AGREE", "0312", {
        "asserted": "{S} [offered] to train {T_ADJ} troops in counter-insurgency tactics {DAY}.",
        "hypothetical": "{S} could [offer] to train {T_ADJ} troops, {SAID}.",
    }, S=("arms_donor",), T=("conflict",), ctx=("military",)),
    F("agree-0312-03", "AGREE", "0312", {
        "asserted": "{S} [signed a defence cooperation pact] with {T} {DAY}, {SAID}.",
        "historical": "{S} had [signed a defence cooperation pact] with {T} in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("military",)),
    # 0313 judicial
    F("agree-0313-01", "AGREE", "0313", {
        "asserted": "{S} [agreed] {DAY} to extradite suspects wanted by {T} under a new treaty.",
        "future": "{S} will [extradite] two suspects wanted by {T}, {SAID}.",
        "negated": "{S} has not [agreed] to extradite suspects wanted by {T}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal",)),
    F("agree-0313-02", "AGREE", "0313", {
        "asserted": "{S} [promised] to cooperate with {T} in the investigation, {SAID}.",
        "hypothetical": "{S} might [cooperate] with {T} in the investigation, {SAID}.",
    }, S=("gov", "police"), T=("country", "igo"), ctx=("legal",)),
    F("agree-0313-03", "AGREE", "0313", {
        "asserted": "{S} [pledged] to cooperate with the International Criminal Court, {SAID}.",
    }, S=("gov", "leader"), ctx=("legal",)),
    # 0314 intelligence
    F("agree-0314-01", "AGREE", "0314", {
        "asserted": "{S} and {T} [agreed] {DAY} to share intelligence on {TOPIC}.",
        "future": "{S} and {T} will [share intelligence] on foreign fighters, {SAID}.",
    }, S=("country",), T=("country",), ctx=("intelligence",)),
    F("agree-0314-02", "AGREE", "0314", {
        "asserted": "{S} [offered] to share satellite intelligence with {T}, {SAID}.",
        "negated": "{S} has not [offered] to share intelligence with {T}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("intelligence",)),
    F("agree-0314-03", "AGREE", "0314", {
        "asserted": "The spy agencies of {S} and {T} [agreed to exchange information] on militant networks.",
    }, S=("country",), T=("country",), ctx=("intelligence", "terrorism")),
    # 032 diplomatic cooperation
    F("agree-032-01", "AGREE", "032", {
        "asserted": "{S} [agreed] {DAY} to restore full diplomatic relations with {T}, {SAID}.",
        "future": "{S} will [reopen its embassy] in {T_CAP} {FDAY}, {SAID}.",
        "negated": "{S} has not [agreed] to restore diplomatic relations with {T}.",
        "historical": "{S} had [agreed] in {YEAR} to restore diplomatic relations with {T}.",
    }, S=("country", "gov"), T=("country",), ctx=("diplomatic",)),
    F("agree-032-02", "AGREE", "032", {
        "asserted": "{S} [promised] to back {T}'s bid for a seat on the U.N. Security Council.",
        "hypothetical": "{S} could [back] {T}'s bid for a Security Council seat, {SAID}.",
    }, S=("country", "leader"), T=("country",), ctx=("diplomatic",)),
    F("agree-032-03", "AGREE", "032", {
        "asserted": "{S} [offered] its support to {T} ahead of the vote, {SAID}.",
        "future": "{S} will [support] {T} at the U.N. General Assembly vote, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("diplomatic",)),
    F("agree-032-04", "AGREE", "032", {
        "asserted": "{S} said it was [prepared to endorse] {T}'s peace plan.",
    }, S=("country", "gov", "igo"), T=("country",), ctx=("diplomatic",)),
    # 033 material aid
    F("agree-033-01", "AGREE", "033", {
        "asserted": "{S} [pledged] {MONEY} in assistance to {T} {DAY}, {SAID}.",
        "future": "{S} will [provide] {MONEY} in assistance to {T}, {SAID}.",
        "negated": "{S} has not [pledged] any new assistance to {T}, {SAID}.",
    }, S=("donor", "igo"), T=("needy",)),
    F("agree-033-02", "AGREE", "033", {
        "asserted": "{S} [promised] more help for {T} at a donors' conference in {CITY} {DAY}.",
        "historical": "{S} had [promised] help for {T} at a donors' conference in {YEAR}.",
    }, S=("donor", "igo_official"), T=("needy",)),
    F("agree-033-03", "AGREE", "033", {
        "asserted": "{S} [offered] to help {T} rebuild roads and bridges destroyed in the fighting.",
        "hypothetical": "{S} could [offer] to help {T} rebuild once the fighting ends, {SAID}.",
    }, S=("donor",), T=("needy",)),
    F("agree-033-04", "AGREE", "033", {
        "asserted": "{S} [committed] {MONEY} {DAY} to rebuilding schools and hospitals in {T}.",
        "negated": "{S} has not [committed] any money to rebuilding {T}, {SAID}.",
    }, S=("donor",), T=("crisis",)),
    F("agree-033-05", "AGREE", "033", {
        "asserted": "{S} [vowed] to help {T} recover from the disaster, {SAID}.",
        "historical": "{S} had [vowed] in {YEAR} to help {T} recover from the disaster.",
    }, S=("head", "donor"), T=("crisis",), ctx=("disasters",)),
    F("agree-033-06", "AGREE", "033", {
        "asserted": "{S} said {DAY} it was [ready to help] {T} with equipment and training.",
        "hypothetical": "{S} could be [ready to help] {T} with equipment, {SAID}.",
    }, S=("donor",), T=("needy",)),
    F("agree-033-07", "AGREE", "033", {
        "asserted": "{S} [offered] {T} help in rebuilding its power grid, {SAID}.",
    }, S=("donor",), T=("crisis",), ctx=("human_security",)),
    # 0331 economic aid
    F("agree-0331-01", "AGREE", "0331", {
        "asserted": "{S} [pledged] {MONEY} in budget support for {T} {DAY}, {SAID}.",
        "future": "{S} will [lend] {T} {MONEY} to shore up its currency, {SAID}.",
        "negated": "{S} has not [pledged] any budget support for {T}, {SAID}.",
        "historical": "In {YEAR}, {S} had [pledged] {MONEY} in budget support for {T}.",
    }, S=("donor", "lender"), T=("needy",), ctx=("economic",)),
    F("agree-0331-02", "AGREE", "0331", {
        "asserted": "{S} [agreed] {DAY} to lend {T} {MONEY} over three years.",
        "hypothetical": "{S} could [agree] to lend {T} {MONEY} if it cuts fuel subsidies, {SAID}.",
    }, S=("lender",), T=("needy",), ctx=("economic",)),
    F("agree-0331-03", "AGREE", "0331", {
        "asserted": "{S} [promised] {T} {MONEY} in soft loans for infrastructure, {SAID}.",
    }, S=("donor",), T=("needy",), ctx=("economic",)),
    F("agree-0331-04", "AGREE", "0331", {
        "asserted": "{S} reached a staff-level [agreement] with {T} {DAY} on a {MONEY} loan.",
    }, S=("lender",), T=("needy",), ctx=("economic",)),
    # 0332 military aid
    F("agree-0332-01", "AGREE", "0332", {
        "asserted": "{S} [pledged] to send air defence systems to {T} {DAY}, {SAID}.",
        "future": "{S} will [send] air defence systems to {T} {FDAY}, {SAID}.",
        "negated": "{S} has not [pledged] any new weapons for {T}, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("agree-0332-02", "AGREE", "0332", {
        "asserted": "{S} [promised] {T} a new package of military aid worth {MONEY}.",
        "hypothetical": "{S} could [promise] {T} more military aid at the summit, {SAID}.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    F("agree-0332-03", "AGREE", "0332", {
        "asserted": "{S} [agreed] to supply {T} with armoured vehicles and ammunition.",
    }, S=("arms_donor",), T=("needy",), ctx=("military",)),
    # 0333 humanitarian aid
    F("agree-0333-01", "AGREE", "0333", {
        "asserted": "{S} [pledged] {MONEY} in emergency aid for flood victims in {T} {DAY}.",
        "future": "{S} will [send] food and medicine to earthquake survivors in {T}, {SAID}.",
        "negated": "{S} has not [pledged] any emergency aid for {T}, {SAID}.",
    }, S=("donor", "aid"), T=("crisis",), ctx=("disasters",)),
    F("agree-0333-02", "AGREE", "0333", {
        "asserted": "{S} [promised] to deliver food aid to {NUM} displaced families in {T}.",
        "hypothetical": "{S} could [deliver] food aid to {T} if the border crossings open.",
    }, S=("aid", "donor"), T=("crisis",), ctx=("human_security",)),
    F("agree-0333-03", "AGREE", "0333", {
        "asserted": "{S} [offered] to send rescue teams to {T} after the earthquake, {SAID}.",
    }, S=("donor",), T=("crisis",), ctx=("disasters",)),
    # 0334 peacekeeping
    F("agree-0334-01", "AGREE", "0334", {
        "asserted": "{S} [agreed] {DAY} to contribute {NUM} troops to the U.N. mission in {T}.",
        "future": "{S} will [deploy] peacekeepers to {T} {FDAY}, {SAID}.",
        "negated": "{S} has not [agreed] to send peacekeepers to {T}.",
    }, S=("contributor",), T=("mission",), ctx=("peacekeeping",)),
    F("agree-0334-02", "AGREE", "0334", {
        "asserted": "{S} [offered] to lead a multinational security force in {T}, {SAID}.",
        "hypothetical": "{S} might [offer] to lead a security force in {T}, {SAID}.",
    }, S=("contributor", "donor"), T=("mission",), ctx=("peacekeeping",)),
    F("agree-0334-03", "AGREE", "0334", {
        "asserted": "{S} [voted] to extend the peacekeeping mission in {T} for another year.",
    }, S=("un_sc",), T=("mission",), ctx=("peacekeeping",)),
    # 034 political reform
    F("agree-034-01", "AGREE", "034", {
        "asserted": "{S} [promised] {DAY} to hold free and fair elections next year.",
        "future": "{S} will [hold] a referendum on a new constitution {FDAY}, {SAID}.",
        "negated": "{S} has not [promised] any political reforms, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("pro_democracy", "election")),
    F("agree-034-02", "AGREE", "034", {
        "asserted": "{S} [pledged] to overhaul the judiciary after talks with {T}.",
        "historical": "{S} had [pledged] in {YEAR} to overhaul the judiciary.",
    }, S=("regime", "regime_head"), T=("party", "igo"), ctx=("political_institutions",)),
    F("agree-0341-01", "AGREE", "0341", {
        "asserted": "{S} [offered] to step down once a transitional government is formed, {SAID}.",
        "future": "{S} will [step down] after the elections, {SAID}.",
        "hypothetical": "{S} could [step down] as part of a deal with the opposition, analysts said.",
    }, S=LEAD, ctx=("executive",)),
    F("agree-0341-02", "AGREE", "0341", {
        "asserted": "{S} [agreed] to replace the interior minister, a key demand of {T}.",
        "negated": "{S} has not [agreed] to replace the interior minister, a key demand of {T}.",
    }, S=("regime", "regime_head"), T=("party", "union"), ctx=("executive",), link=True),
    F("agree-0342-01", "AGREE", "0342", {
        "asserted": "{S} [promised] {DAY} to review its fuel subsidy policy after talks with {T}.",
        "future": "{S} will [scrap] the planned tax increase, {SAID}.",
        "negated": "{S} has not [promised] to review the policy, {SAID}.",
    }, S=("gov",), T=("union",), ctx=("economic",), link=True),
    F("agree-0342-02", "AGREE", "0342", {
        "asserted": "{S} [pledged] to change its visa policy for {T_ADJ} citizens, {SAID}.",
        "hypothetical": "{S} might [change] its visa policy for {T_ADJ} citizens, {SAID}.",
    }, S=("gov", "country"), T=("country",), ctx=("migration",)),
    F("agree-0343-01", "AGREE", "0343", {
        "asserted": "{S} [promised] to guarantee press freedom and release jailed reporters, {SAID}.",
        "future": "{S} will [grant] citizenship to stateless residents {FDAY}, {SAID}.",
        "historical": "{S} had [promised] in {YEAR} to guarantee press freedom.",
    }, S=("regime", "regime_head"), ctx=("rights_freedoms",)),
    F("agree-0343-02", "AGREE", "0343", {
        "asserted": "{S} [pledged] {DAY} to allow opposition parties to campaign freely.",
    }, S=("regime", "regime_head"), ctx=("rights_freedoms", "election")),
    F("agree-0344-01", "AGREE", "0344", {
        "asserted": "{S} [agreed] to a transition to civilian rule within 18 months, {SAID}.",
        "future": "{S} will [hand over power] to a civilian government {FDAY}, {SAID}.",
        "negated": "{S} has not [agreed] to a timetable for civilian rule.",
    }, S=("junta",), ctx=("political_institutions",)),
    F("agree-0344-02", "AGREE", "0344", {
        "asserted": "{S} [pledged] to set up an independent electoral commission, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("political_institutions", "election")),
    # 035 yield
    F("agree-035-01", "AGREE", "035", {
        "asserted": "{S} said {DAY} it was [willing to make concessions] to {T} to end the dispute.",
        "negated": "{S} said it was not [willing to make concessions] to {T}.",
    }, S=("gov", "country"), T=("country",), pair="rivals"),
    F("agree-035-02", "AGREE", "035", {
        "asserted": "{S} [offered] to drop some of its demands if {T} returned to the table, {SAID}.",
    }, S=("gov", "country", "armed"), T=("gov", "country")),
    F("agree-0351-01", "AGREE", "0351", {
        "asserted": "{S} [promised] {DAY} to lift the curfew in the capital within a week.",
        "future": "{S} will [lift] the state of emergency {FDAY}, {SAID}.",
        "negated": "{S} has not [promised] to lift the curfew, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("legal",)),
    F("agree-0351-02", "AGREE", "0351", {
        "asserted": "{S} [agreed] to ease travel restrictions on opposition figures, {SAID}.",
        "hypothetical": "{S} could [ease] travel restrictions on opposition figures, {SAID}.",
    }, S=("regime", "regime_head"), ctx=("rights_freedoms",)),
    F("agree-0352-01", "AGREE", "0352", {
        "asserted": "{S} [agreed] {DAY} to call off the general strike planned for next week.",
        "future": "{S} will [suspend] street protests during the talks, {SAID}.",
        "negated": "{S} has not [agreed] to call off the strike.",
    }, S=("union", "party"), ctx=("rights_freedoms",)),
    F("agree-0352-02", "AGREE", "0352", {
        "asserted": "{S} [promised] to end its boycott of parliament if the electoral law is changed.",
    }, S=("party",), ctx=("legislative",)),
    F("agree-0353-01", "AGREE", "0353", {
        "asserted": "{S} [agreed] {DAY} to release {NUM} prisoners as a goodwill gesture to {T}.",
        "future": "{S} will [release] {NUM} prisoners {FDAY}, {SAID}.",
        "negated": "{S} has not [agreed] to release the prisoners held by its forces.",
        "historical": "{S} had [agreed] in {YEAR} to release {NUM} prisoners.",
    }, S=("gov",), T=("armed",), ctx=("legal",), link=True),
    F("agree-0353-02", "AGREE", "0353", {
        "asserted": "{S} [promised] to free {S_PRISONER} before the end of the year, {SAID}.",
        "hypothetical": "{S} could [free] {S_PRISONER} as part of a prisoner exchange, {SAID}.",
    }, S=("gov",), ctx=("legal", "human_rights")),
    F("agree-0353-03", "AGREE", "0353", {
        "asserted": "{S} said they were [ready to free] the hostages in exchange for jailed comrades.",
    }, S=("rebels",), ctx=("legal",)),
    F("agree-0354-01", "AGREE", "0354", {
        "asserted": "{S} [agreed] {DAY} to lift some sanctions on {T} in return for the release of prisoners.",
        "future": "{S} will [ease] sanctions on {T} {FDAY}, {SAID}.",
        "negated": "{S} has not [agreed] to ease sanctions on {T}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    F("agree-0354-02", "AGREE", "0354", {
        "asserted": "{S} [offered] to end its trade boycott of {T} if talks succeed, {SAID}.",
        "hypothetical": "{S} might [end] its trade boycott of {T}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",), pair="rivals"),
    F("agree-0355-01", "AGREE", "0355", {
        "asserted": "{S} [agreed] {DAY} to let U.N. inspectors visit its nuclear sites.",
        "future": "{S} will [allow] international observers to monitor the vote, {SAID}.",
        "negated": "{S} has not [agreed] to let inspectors in.",
    }, S=("nuclear",), ctx=("cbrn",)),
    F("agree-0355-02", "AGREE", "0355", {
        "asserted": "{S} [agreed] to let aid convoys reach besieged towns, {SAID}.",
        "hypothetical": "{S} could [allow] aid convoys into besieged towns if the fighting stops.",
    }, S=("conflict_gov", "armed"), ctx=("human_security",)),
    F("agree-0356-01", "AGREE", "0356", {
        "asserted": "{S} and {T} [agreed] {DAY} to a ceasefire starting at midnight, {SAID}.",
        "future": "{S} will [pull back] heavy weapons from the front line {FDAY}, {SAID}.",
        "negated": "{S} and {T} did not [agree] to a ceasefire {DAY}.",
        "historical": "In {YEAR}, {S} and {T} had [agreed] to a ceasefire that soon collapsed.",
    }, S=("gov", "country"), T=("country", "gov"), ctx=("military",), pair="rivals"),
    F("agree-0356-02", "AGREE", "0356", {
        "asserted": "{S} [offered] a truce to {T} during the religious holiday, {SAID}.",
        "hypothetical": "{S} may [offer] a truce to {T} during the holiday.",
    }, S=("gov",), T=("armed",), ctx=("military",), link=True),
    F("agree-0356-03", "AGREE", "0356", {
        "asserted": "{S} said they were [ready to lay down their arms] if {T} guaranteed their safety.",
    }, S=("rebels",), T=("gov",), ctx=("military",), link=True),
    F("agree-0356-04", "AGREE", "0356", {
        "asserted": "{S} said {DAY} it was [willing to withdraw] its troops from {T} if the truce holds.",
        "negated": "{S} said it was not [willing to withdraw] its troops from {T}.",
        "historical": "{S} had said in {YEAR} that it was [willing to withdraw] its troops from {T}.",
    }, S=("country", "gov"), T=("country",), pair="rivals", ctx=("military",)),
    F("agree-0353-04", "AGREE", "0353", {
        "asserted": "{S} [announced] {DAY} that it will return weapons and vehicles seized from peacekeepers.",
        "negated": "{S} has not [announced] any plan to return the weapons seized from peacekeepers.",
    }, S=("armed",), ctx=("peacekeeping",)),
    F("agree-0355-03", "AGREE", "0355", {
        "asserted": "In a letter to the United Nations, {S} said it [would allow] weapons inspectors to return "
                    "without conditions.",
        "hypothetical": "{S} might [allow] weapons inspectors to return if sanctions are eased, {SAID}.",
    }, S=("nuclear",), ctx=("cbrn",)),
    F("agree-030-09", "AGREE", "030", {
        "asserted": "{S} and {T} [reached a consensus] {DAY} to exchange information on {TOPIC}.",
        "negated": "{S} and {T} failed to [reach a consensus] on {TOPIC} {DAY}.",
    }, S=("country",), T=("country",)),
    F("agree-030-10", "AGREE", "030", {
        "asserted": "{S} said {DAY} that {S_NAME} [is committed to] opening up its economy to foreign investors.",
        "negated": "{S} said {S_NAME} was not [committed to] opening its economy to foreign investors.",
    }, S=("head",), ctx=("economic",)),
    F("agree-035-03", "AGREE", "035", {
        "asserted": "{S} [offered concessions] to {T} {DAY} that diplomats said could lead to a deal.",
        "hypothetical": "{S} could [offer concessions] to {T} at the next round, {SAID}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("agree-037-04", "AGREE", "037", {
        "asserted": "{S} [accepted a formula] {DAY} for ending its dispute with {T} over {TOPIC}.",
        "negated": "{S} has not [accepted] the proposed formula for ending its dispute with {T}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("agree-036-11", "AGREE", "036", {
        "asserted": "{S} said {DAY} they [would meet] {T} if the talks were held on neutral ground.",
    }, S=("rebels",), T=("envoy", "gov"), link=False),
    # 036 intent to meet or negotiate
    F("agree-036-01", "AGREE", "036", {
        "asserted": "{S} and {T} [agreed to meet] {FDAY} to discuss {TOPIC}, {SAID}.",
        "negated": "{S} and {T} have not [agreed to meet], {SAID}.",
        "hypothetical": "{S} and {T} could [agree to meet] if preparations go well, {SAID}.",
        "historical": "In {YEAR}, {S} and {T} had [agreed to meet] but the summit was cancelled.",
    }, S=LEAD, T=LEAD),
    F("agree-036-02", "AGREE", "036", {
        "asserted": "{S} [invited] {T} to visit {S_CAP} {FDAY}, {SAID}.",
        "negated": "{S} has not [invited] {T} to visit, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("agree-036-03", "AGREE", "036", {
        "asserted": "{S} [accepted an invitation] to visit {T} {FDAY}, {SAID}.",
        "historical": "{S} had [accepted an invitation] to visit {T} in {YEAR} but never went.",
    }, S=LEAD, T=("country",)),
    F("agree-036-04", "AGREE", "036", {
        "asserted": "{S} said {DAY} it was [ready to resume talks] with {T} without preconditions.",
        "negated": "{S} said it was not [ready to resume talks] with {T}.",
        "hypothetical": "{S} might be [ready to resume talks] with {T} after the election, {SAID}.",
    }, S=("gov", "country"), T=("gov", "country"), pair="rivals"),
    F("agree-036-05", "AGREE", "036", {
        "asserted": "{S} [offered] to hold direct talks with {T} {DAY}.",
        "future": "{S} is expected to [hold talks] with {T} in {CITY} {FDAY}.",
    }, S=("gov",), T=("armed", "party"), link=True),
    F("agree-036-06", "AGREE", "036", {
        "asserted": "{S} and {T} [agreed] {DAY} to resume negotiations on {TOPIC} next month.",
        "future": "{S} and {T} will [meet] in {CITY} {FDAY}, {SAID}.",
    }, S=("country",), T=("country",)),
    F("agree-036-07", "AGREE", "036", {
        "asserted": "{S} [plans to visit] {T} {FDAY} for talks on {TOPIC}, {SAID}.",
        "future": "{S} is scheduled to [visit] {T} {FDAY}, {SAID}.",
    }, S=LEAD, T=("country",)),
    F("agree-036-08", "AGREE", "036", {
        "asserted": "{S} said {DAY} that they were [willing to negotiate] with {T}.",
        "negated": "{S} said they were not [willing to negotiate] with {T} while the offensive continued.",
    }, S=("rebels",), T=("gov", "leader"), link=True),
    F("agree-036-09", "AGREE", "036", {
        "asserted": "{S} [agreed to hold a summit] with {T} early next year, {SAID}.",
        "hypothetical": "A summit between {S} and {T} could [take place] in {CITY}, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("agree-036-10", "AGREE", "036", {
        "asserted": "{S} [proposed] a meeting with {T} to defuse tensions over {TOPIC}.",
    }, S=LEAD, T=LEAD),
    # 037 settle dispute
    F("agree-037-01", "AGREE", "037", {
        "asserted": "{S} and {T} [agreed] {DAY} to settle their border dispute through arbitration.",
        "future": "{S} and {T} will [submit] their border dispute to the International Court of Justice.",
        "negated": "{S} and {T} failed to [agree] on how to settle the dispute.",
    }, S=("country",), T=("country",), ctx=("territory", "legal"), pair="rivals"),
    F("agree-037-02", "AGREE", "037", {
        "asserted": "{S} [pledged] to resolve the dispute with {T} peacefully, {SAID}.",
        "hypothetical": "{S} could [settle] the dispute with {T} out of court, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "company")),
    F("agree-037-03", "AGREE", "037", {
        "asserted": "{S} [offered] to settle the gas price dispute with {T}, {SAID}.",
    }, S=("exporter",), T=("country",), ctx=("economic", "natural_resource")),
    # 038 accept mediation
    F("agree-038-01", "AGREE", "038", {
        "asserted": "{S} [accepted] an offer by {T} to mediate in the dispute, {SAID}.",
        "negated": "{S} has not [accepted] an offer by {T} to mediate.",
        "hypothetical": "{S} could [accept] mediation by {T}, {SAID}.",
    }, S=("conflict_gov", "armed"), T=("mediator", "envoy")),
    F("agree-038-02", "AGREE", "038", {
        "asserted": "{S} said it would [welcome] mediation by {T} in the conflict.",
    }, S=("conflict_gov", "armed"), T=("mediator", "envoy")),
    F("agree-038-03", "AGREE", "038", {
        "asserted": "{S} [agreed to accept mediation] by {T} {DAY}.",
    }, S=("conflict_gov", "armed"), T=("mediator", "envoy")),
    # 039 intent to mediate
    F("agree-039-01", "AGREE", "039", {
        "asserted": "{S} [offered to mediate] between {T} and its neighbours {DAY}.",
        "future": "{S} will [mediate] between {T} and the rebels, {SAID}.",
        "negated": "{S} has not [offered to mediate], {SAID}.",
    }, S=("mediator", "envoy"), T=("conflict",)),
    F("agree-039-02", "AGREE", "039", {
        "asserted": "{S} said it was [ready to mediate] between {T} and the opposition.",
        "hypothetical": "{S} could [mediate] between {T} and the opposition, {SAID}.",
    }, S=("mediator", "envoy"), T=("conflict_gov",)),
    F("agree-039-03", "AGREE", "039", {
        "asserted": "{S} [offered its good offices] to help end the standoff with {T}, {SAID}.",
    }, S=("mediator",), T=("conflict",)),
]
