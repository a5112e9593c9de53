"""REQUEST frames: CAMEO 02 appeals ("urged", "called on", "asked") and 10 demands ("demanded").

A request is a verbal act, so the stance is that of the request itself: "urged X to release" is an
asserted REQUEST even though the release has not happened. Future requests ("will ask") stay REQUEST.
"""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

ST = ("state",)
ANY_SRC = ("state", "igo_official", "rights", "party")


def R(fid, code, variants, S=ST, T=ST, ctx=(), n=1.0, mode=None, link=False, pair=None):
    return F(f"request-{code}-{fid}", "REQUEST", code, variants, S=S, T=T, ctx=ctx, n=n, mode=mode, link=link,
             pair=pair)


FRAMES = [
    # 020 appeal, not specified
    R("01", "020", {
        "asserted": "{S} [urged] {T} {DAY} to do more to protect civilians.",
        "negated": "{S} did not [urge] {T} to change course, {SAID}.",
        "future": "{S} will [urge] {T} to do more to protect civilians at the summit {FDAY}, {SAID}.",
        "historical": "In {YEAR}, {S} had [urged] {T} to protect civilians.",
    }, S=ANY_SRC, T=("conflict", "conflict_gov", "conflict_mil")),
    R("02", "020", {
        "asserted": "{S} [called on] {T} to exercise restraint, {SAID}.",
        "hypothetical": "{S} may [call on] {T} to exercise restraint, {SAID}.",
    }, S=("state", "intl"), T=("country", "gov", "armed")),
    R("03", "020", {
        "asserted": "\"We [ask] {T} to respect the will of the people,\" {S} told reporters {DAY}.",
    }, S=("leader", "igo_official"), T=("gov", "leader")),
    R("04", "020", {
        "asserted": "{S} [appealed to] {T} {DAY} to reconsider its decision.",
        "negated": "{S} has not [appealed to] {T} to reconsider, {SAID}.",
    }, S=("state", "igo_official"), T=("gov", "country")),
    R("05", "020", {
        "asserted": "In a letter to {T}, {S} [requested] clarification of the new rules.",
    }, S=("gov", "fm", "company"), T=("gov", "igo")),
    R("06", "020", {
        "asserted": "{T} was [urged] by {S} to show flexibility in the negotiations.",
    }, S=("country", "leader", "igo_official"), T=("country", "gov")),
    R("07", "020", {
        "asserted": "{S} [pressed] {T} {DAY} to take a firmer stand on {TOPIC}.",
        "future": "{S} is expected to [press] {T} on {TOPIC} {FDAY}, {SAID}.",
    }, S=("leader",), T=("leader",)),
    R("08", "020", {
        "asserted": "{S} [implored] {T} to act before it was too late, {SAID}.",
    }, S=("igo_official", "leader"), T=("country", "igo")),
    # 021 appeal for material cooperation; 0211-0214
    R("01", "021", {
        "asserted": "{S} [asked] {T} {DAY} to help build a new port on its coast.",
        "hypothetical": "{S} could [ask] {T} to help build the port, {SAID}.",
    }, S=("country", "gov"), T=("country", "company")),
    R("02", "021", {
        "asserted": "{S} [sought] {T}'s help in developing its railways, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country",)),
    R("01", "0211", {
        "asserted": "{S} [urged] {T} {DAY} to open its markets to its exports.",
        "negated": "{S} has not [asked] {T} to open its markets, {SAID}.",
        "historical": "{S} had [urged] {T} in {YEAR} to open its markets.",
    }, S=("country", "gov", "leader"), T=("country", "igo"), ctx=("economic",)),
    R("02", "0211", {
        "asserted": "{S} [called for] more investment from {T} in its energy sector.",
    }, S=("leader", "gov"), T=("country", "company"), ctx=("economic",)),
    R("03", "0211", {
        "asserted": "{S} [invited] {T} to invest in its new special economic zones {DAY}.",
    }, S=("leader", "gov"), T=("country", "company"), ctx=("economic",)),
    R("01", "0212", {
        "asserted": "{S} [asked] {T} {DAY} to hold joint exercises near its border.",
        "future": "{S} will [ask] {T} for closer military cooperation {FDAY}, {SAID}.",
    }, S=("country", "gov"), T=("country", "igo"), ctx=("military",)),
    R("02", "0212", {
        "asserted": "{S} [called for] closer defence ties with {T}, {SAID}.",
    }, S=("leader",), T=("country",), ctx=("military",)),
    R("01", "0213", {
        "asserted": "{S} [asked] {T} {DAY} to extradite a former minister accused of embezzlement.",
        "negated": "{S} has not formally [asked] {T} to extradite the former minister.",
    }, S=("country", "gov"), T=("country",), ctx=("legal", "corruption")),
    R("02", "0213", {
        "asserted": "{S} [requested] the extradition of {NUM} suspects from {T}, {SAID}.",
        "historical": "{S} had [requested] the extradition of the suspects from {T} in {YEAR}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal",)),
    R("01", "0214", {
        "asserted": "{S} [asked] {T} {DAY} to share intelligence on the bombers.",
        "hypothetical": "{S} might [ask] {T} to share intelligence on the bombers, {SAID}.",
    }, S=("country", "gov", "police"), T=("country",), ctx=("intelligence", "terrorism")),
    R("02", "0214", {
        "asserted": "{S} [requested] information from {T} about the missing aircraft, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("intelligence",)),
    # 022 appeal for diplomatic cooperation
    R("01", "022", {
        "asserted": "{S} [asked] {T} {DAY} to support its bid for a seat on the Security Council.",
        "negated": "{S} has not [asked] {T} for support, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country",), ctx=("diplomatic",)),
    R("02", "022", {
        "asserted": "{S} [urged] {T} to recognise the new government, {SAID}.",
        "historical": "{S} had [urged] {T} in {YEAR} to recognise the new government.",
    }, S=("country", "leader"), T=("country", "igo"), ctx=("diplomatic",)),
    R("03", "022", {
        "asserted": "{S} [appealed for] diplomatic backing from {T} in its dispute with its neighbour.",
    }, S=("country", "gov"), T=("country", "igo"), ctx=("diplomatic",)),
    # 023 appeal for aid; 0231-0234
    R("01", "023", {
        "asserted": "{S} [appealed for] international assistance {DAY} after floods killed {NUM} people.",
        "negated": "{S} has not [appealed for] international assistance, {SAID}.",
        "historical": "{S} had [appealed for] international assistance after floods in {YEAR}.",
    }, S=("crisis",), ctx=("disasters",)),
    R("02", "023", {
        "asserted": "{S} [asked] {T} for help to cope with the influx of refugees, {SAID}.",
        "future": "{S} will [ask] {T} for help with the refugees at the summit {FDAY}.",
    }, S=("needy", "needy_gov"), T=("donor", "igo"), ctx=("migration",)),
    R("03", "023", {
        "asserted": "{S} [called for] more aid for {T} {DAY}, {SAID}.",
    }, S=("igo_official", "aid", "rights"), T=("crisis",)),
    R("04", "023", {
        "asserted": "{S} [launched an appeal] for {MONEY} to help people affected by the drought in {T}.",
    }, S=("aid", "igo"), T=("needy",), ctx=("disasters", "human_security")),
    R("01", "0231", {
        "asserted": "{S} [asked] {T} {DAY} for a {MONEY} loan to avert a default.",
        "negated": "{S} has not [asked] {T} for a loan, {SAID}.",
        "hypothetical": "{S} could [ask] {T} for an emergency loan, {SAID}.",
    }, S=("needy", "needy_gov"), T=("lender", "donor"), ctx=("economic",)),
    R("02", "0231", {
        "asserted": "{S} [sought] financial help from {T} to pay public sector wages, {SAID}.",
        "historical": "{S} had [sought] financial help from {T} in {YEAR}.",
    }, S=("needy_gov", "needy"), T=("donor", "lender"), ctx=("economic",)),
    R("03", "0231", {
        "asserted": "{S} [appealed to] {T} for debt relief {DAY}.",
    }, S=("leader", "gov"), T=("lender", "donor"), ctx=("economic",)),
    R("01", "0232", {
        "asserted": "{S} [asked] {T} {DAY} for more air defence systems and artillery shells.",
        "negated": "{S} has not [asked] {T} for weapons, {SAID}.",
        "future": "{S} will [ask] {T} for more air defence systems {FDAY}, {SAID}.",
    }, S=("conflict", "conflict_gov"), T=("arms_donor", "igo"), ctx=("military",)),
    R("02", "0232", {
        "asserted": "{S} [appealed for] arms to fight the insurgents, {SAID}.",
    }, S=("conflict_gov",), ctx=("military",)),
    R("01", "0233", {
        "asserted": "{S} [appealed for] food and medicine for {BIGNUM} displaced people in {T} {DAY}.",
        "negated": "{S} has not yet [appealed for] humanitarian aid for {T}.",
        "historical": "{S} had [appealed for] humanitarian aid for {T} in {YEAR}.",
    }, S=("aid", "igo_official"), T=("crisis",), ctx=("human_security",)),
    R("02", "0233", {
        "asserted": "{S} [asked] donors for emergency aid after the cyclone, {SAID}.",
    }, S=("crisis",), ctx=("disasters",)),
    R("01", "0234", {
        "asserted": "{S} [asked] {T} {DAY} to send peacekeepers to its troubled eastern region.",
        "hypothetical": "{S} could [request] a U.N. peacekeeping force, {SAID}.",
    }, S=("needy_gov", "needy"), T=("intl",), ctx=("peacekeeping",)),
    R("02", "0234", {
        "asserted": "{S} [called for] an international force to protect civilians in {T}.",
    }, S=("country", "leader", "rights"), T=("mission",), ctx=("peacekeeping",)),
    # 024 appeal for political reform; 0241-0244
    R("01", "024", {
        "asserted": "{S} [urged] {T} {DAY} to press ahead with political reforms.",
        "historical": "{S} had [urged] {T} in {YEAR} to press ahead with reforms.",
    }, S=("country", "intl"), T=("gov", "leader"), ctx=("pro_democracy",)),
    R("02", "024", {
        "asserted": "{S} [called for] sweeping reforms of the electoral system, {SAID}.",
    }, S=("party", "rights"), ctx=("election",)),
    R("01", "0241", {
        "asserted": "{S} [called on] {T} {DAY} to step down.",
        "negated": "{S} has not [called on] {T} to step down, {SAID}.",
        "future": "{S} will [call on] {T} to resign at a rally {FDAY}, {SAID}.",
    }, S=("party", "union"), T=("leader",), ctx=("executive",), link=True),
    R("02", "0241", {
        "asserted": "{S} [urged] the {T_ADJ} leader to resign, {SAID}.",
        "hypothetical": "{S} might [urge] the {T_ADJ} leader to resign, {SAID}.",
    }, S=("country", "leader", "party"), T=("country",), ctx=("executive",)),
    R("03", "0241", {
        "asserted": "{S} [called for] the dismissal of the {T_ADJ} defence minister {DAY}.",
    }, S=("party",), T=("country",), ctx=("executive",), link=True),
    R("01", "0242", {
        "asserted": "{S} [urged] {T} {DAY} to rethink its policy on {TOPIC}.",
        "negated": "{S} did not [urge] {T} to rethink its policy, {SAID}.",
    }, S=("country", "intl", "leader"), T=("gov", "country")),
    R("02", "0242", {
        "asserted": "{S} [asked] {T} to reconsider plans to cut fuel subsidies, {SAID}.",
    }, S=("union", "party"), T=("gov",), ctx=("economic",), link=True),
    R("01", "0243", {
        "asserted": "{S} [urged] {T} {DAY} to respect the rights of ethnic minorities.",
        "historical": "{S} had [urged] {T} in {YEAR} to respect minority rights.",
    }, S=("rights", "igo_official", "country"), T=("regime",), ctx=("human_rights", "religion_ethnicity")),
    R("02", "0243", {
        "asserted": "{S} [called on] {T} to guarantee freedom of the press, {SAID}.",
    }, S=("rights", "igo_official"), T=("regime",), ctx=("rights_freedoms",)),
    R("01", "0244", {
        "asserted": "{S} [called for] a return to civilian rule in {T} {DAY}.",
        "negated": "{S} has not [called for] a return to civilian rule in {T}.",
    }, S=("country", "intl"), T=("junta_country",), ctx=("political_institutions",)),
    R("02", "0244", {
        "asserted": "{S} [urged] {T} to restore the independence of the judiciary, {SAID}.",
    }, S=("intl", "rights"), T=("regime",), ctx=("political_institutions", "legal")),
    # 025 appeal to yield; 0251-0256
    R("01", "025", {
        "asserted": "{S} [urged] {T} {DAY} to make concessions to end the standoff.",
        "hypothetical": "{S} could [urge] {T} to make concessions, {SAID}.",
    }, S=("country", "intl"), T=("gov", "armed")),
    R("02", "025", {
        "asserted": "{S} [appealed to] {T} to back down in the dispute over the islands.",
    }, S=("country", "igo_official"), T=("country",), ctx=("territory",)),
    R("01", "0251", {
        "asserted": "{S} [asked] {T} {DAY} to lift the travel ban on its citizens.",
        "negated": "{S} has not [asked] {T} to lift the travel ban.",
    }, S=("country", "gov"), T=("country", "gov"), ctx=("migration",)),
    R("02", "0251", {
        "asserted": "{S} [urged] {T} to ease restrictions on opposition parties, {SAID}.",
    }, S=("rights", "intl"), T=("regime",), ctx=("rights_freedoms",)),
    R("01", "0252", {
        "asserted": "{S} [appealed to] {T} {DAY} to call off the strike.",
        "hypothetical": "{S} may [appeal to] {T} to call off the strike, {SAID}.",
    }, S=("gov", "leader"), T=("union",), ctx=("rights_freedoms",), link=True),
    R("02", "0252", {
        "asserted": "{S} [urged] protesters to go home and end the sit-in outside parliament.",
    }, S=("head", "regime"), ctx=("rights_freedoms",)),
    R("01", "0253", {
        "asserted": "{S} [urged] {T} {DAY} to release {T_PRISONER}.",
        "negated": "{S} has not publicly [urged] {T} to release {T_PRISONER}.",
        "historical": "{S} had [urged] {T} in {YEAR} to release {T_PRISONER}.",
    }, S=("rights", "igo_official", "country", "leader"), T=("gov",), ctx=("human_rights",)),
    R("02", "0253", {
        "asserted": "{S} [called for] the immediate release of the kidnapped aid workers {DAY}.",
    }, S=("aid", "igo_official", "country"), ctx=("human_rights",)),
    R("03", "0253", {
        "asserted": "{S} [asked] {T} to free the crew of the seized tanker, {SAID}.",
        "future": "{S} will [ask] {T} to free the crew {FDAY}, {SAID}.",
    }, S=("country", "gov"), T=("country", "armed"), ctx=("legal",)),
    R("01", "0254", {
        "asserted": "{S} [urged] {T} {DAY} to lift sanctions on its banking sector.",
        "hypothetical": "{S} might [ask] {T} to ease sanctions, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "igo"), ctx=("economic",)),
    R("02", "0254", {
        "asserted": "{S} [called for] an end to the economic embargo on {T}, {SAID}.",
        "historical": "{S} had [called for] an end to the embargo on {T} in {YEAR}.",
    }, S=("country", "igo"), T=("country",), ctx=("economic",)),
    R("01", "0255", {
        "asserted": "{S} [urged] {T} {DAY} to let U.N. inspectors into the site.",
        "negated": "{S} has not [asked] {T} to admit inspectors.",
    }, S=("country", "intl"), T=("nuclear",), ctx=("cbrn",)),
    R("02", "0255", {
        "asserted": "{S} [called on] {T} to allow aid workers into the besieged areas, {SAID}.",
    }, S=("aid", "intl"), T=("gov", "armed"), ctx=("human_security",)),
    R("01", "0256", {
        "asserted": "{S} [urged] {T} {DAY} to agree to an immediate ceasefire.",
        "historical": "{S} had [urged] {T} in {YEAR} to agree to a ceasefire.",
        "future": "{S} will [urge] {T} to agree to a ceasefire {FDAY}, {SAID}.",
    }, S=("country", "intl"), T=("conflict",), ctx=("military",)),
    R("02", "0256", {
        "asserted": "{S} [called for] a halt to the fighting in {T}, {SAID}.",
        "negated": "{S} has not [called for] a halt to the fighting in {T}.",
    }, S=("intl", "country"), T=("conflict",), ctx=("military",)),
    R("03", "0256", {
        "asserted": "{S} [appealed for] calm and de-escalation along the border {DAY}.",
    }, S=("intl", "leader"), ctx=("military",)),
    # 026 appeal to meet or negotiate; 027 settle dispute; 028 accept mediation
    R("01", "026", {
        "asserted": "{S} [urged] {T} {DAY} to return to the negotiating table.",
        "negated": "{S} has not [urged] {T} to return to talks, {SAID}.",
        "future": "{S} will [urge] {T} to return to talks {FDAY}, {SAID}.",
        "historical": "{S} had [urged] {T} in {YEAR} to return to the negotiating table.",
    }, S=("country", "intl", "leader"), T=("conflict_gov", "armed")),
    R("02", "026", {
        "asserted": "{S} [called for] direct talks between {T} and the rebels, {SAID}.",
        "hypothetical": "{S} could [call for] direct talks between {T} and the rebels.",
    }, S=("country", "intl"), T=("conflict_gov",)),
    R("03", "026", {
        "asserted": "{S} [invited] {T} to a new round of talks in {CITY}.",
    }, S=("mediator", "envoy"), T=("gov", "armed")),
    R("04", "026", {
        "asserted": "{S} [proposed] that {T} meet in {CITY} to resolve the crisis, {SAID}.",
    }, S=("igo_official", "country"), T=("country",)),
    R("01", "027", {
        "asserted": "{S} [urged] {T} {DAY} to settle the border dispute peacefully.",
        "negated": "{S} did not [urge] {T} to settle the dispute, {SAID}.",
    }, S=("country", "intl"), T=("country",), ctx=("territory",)),
    R("02", "027", {
        "asserted": "{S} [called on] {T} and its neighbours to resolve their differences through dialogue.",
    }, S=("intl", "leader"), T=("country", "gov")),
    R("01", "028", {
        "asserted": "{S} [urged] {T} {DAY} to accept African Union mediation.",
        "hypothetical": "{S} may [urge] {T} to accept mediation, {SAID}.",
    }, S=("country", "intl"), T=("conflict_gov", "armed")),
    R("02", "028", {
        "asserted": "{S} [called on] {T} to accept an offer of mediation from Norway.",
    }, S=("intl",), T=("gov", "country")),
    # "must" / "insisted" / "pushing for": demands reported as obligations
    R("must-01", "1053", {
        "asserted": "{S} said {DAY} that {T} [must release] {T_PRISONER} immediately.",
        "historical": "{S} had [insisted] in {YEAR} that {T} must release {T_PRISONER}.",
    }, S=("rights", "intl", "country"), T=("gov",), ctx=("human_rights",)),
    R("must-02", "1056", {
        "asserted": "{S} said {DAY} that {T} [must halt] its offensive and return to talks.",
        "negated": "{S} has not said that {T} [must halt] its offensive, {SAID}.",
    }, S=("intl", "head"), T=("conflict_gov", "armed"), ctx=("military",)),
    R("must-03", "1011", {
        "asserted": "{S} [insisted] {DAY} that {T} must remove barriers to its exports.",
        "future": "{S} will [insist] that {T} remove barriers to its exports at the talks {FDAY}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",)),
    R("must-04", "1033", {
        "asserted": "{S} said the warring parties in {T} [must ensure] that food and medicine reach civilians.",
    }, S=("aid", "intl"), T=("crisis",), ctx=("human_security",)),
    R("must-05", "102", {
        "asserted": "{S} [reminded] {T} {DAY} that it must cooperate fully with U.N. inspectors.",
    }, S=("head", "country"), T=("nuclear",), ctx=("cbrn",)),
    R("must-06", "1053", {
        "asserted": "{S} said {DAY} that {T} [must return] the seized helicopter and its crew.",
    }, S=("country", "gov"), T=("country",), pair="rivals", ctx=("military",)),
    R("push-01", "0211", {
        "asserted": "{S} is [pushing] {T} to back its debt relief plan for the poorest countries, {SAID}.",
        "hypothetical": "{S} could [push] {T} to back its debt relief plan, {SAID}.",
    }, S=("donor",), T=("donor", "lender"), ctx=("economic",)),
    R("push-02", "0242", {
        "asserted": "{S} [reiterated its call] {DAY} for {T} to ease restrictions on the movement of workers.",
    }, S=("intl", "rights"), T=("gov",), ctx=("economic", "migration")),
    R("push-03", "1042", {
        "asserted": "{S} is [demanding] that {T} abandon its plans to cut public sector jobs.",
        "negated": "{S} is not [demanding] that {T} abandon the job cuts, {SAID}.",
    }, S=("union", "party"), T=("gov",), link=True, ctx=("economic",)),
    R("push-04", "106", {
        "asserted": "{S} [called for] urgent Security Council talks {DAY} to discuss the "
                    "fighting in {T}.",
        "future": "{S} will [request] an emergency meeting of the Security Council on {T} {FDAY}, {SAID}.",
    }, S=("country", "gov"), T=("conflict",), ctx=("diplomatic",)),
    R("push-05", "1044", {
        "asserted": "{S} is [demanding] autonomy for the region and a new constitution, {SAID}.",
    }, S=("party", "armed"), ctx=("political_institutions", "territory")),
    R("more-01", "023", {
        "asserted": "{S} [sought] international help {DAY} to cope with the worst floods in decades.",
        "negated": "{S} has not [sought] international help for the flood response, {SAID}.",
    }, S=("crisis",), ctx=("disasters",)),
    R("more-02", "023", {
        "asserted": "{S} [made an urgent appeal] to donors {DAY} for help feeding {BIGNUM} people.",
        "historical": "{S} had [made an urgent appeal] to donors in {YEAR}.",
    }, S=("crisis", "aid"), ctx=("human_security",)),
    R("more-03", "023", {
        "asserted": "{S} [requested] help from {T} {DAY} to fight wildfires that have burned for a week.",
        "hypothetical": "{S} may [request] help from {T} if the wildfires spread, {SAID}.",
    }, S=("country", "gov"), T=("country",), pair="neighbours", ctx=("disasters",)),
    R("more-04", "023", {
        "asserted": "{S} [asked for] emergency assistance from {T} after a cyclone hit the coast {DAY}.",
    }, S=("crisis",), T=("donor", "intl"), ctx=("disasters",)),
    R("more-05", "1041", {
        "asserted": "{S} [demanded] {DAY} that {T} resign over the corruption scandal.",
        "negated": "{S} has not [demanded] that {T} resign, {SAID}.",
    }, S=("party", "union"), T=("head",), link=True, ctx=("executive", "corruption")),
    R("more-06", "1041", {
        "asserted": "{S} is [demanding] the removal of the electoral commission chief before the vote.",
        "future": "{S} will [demand] the removal of the electoral commission chief at a rally {FDAY}.",
    }, S=("party",), ctx=("election", "executive")),
    R("more-07", "1041", {
        "asserted": "{S} [insisted] {DAY} that the interior minister must go.",
    }, S=("party", "union"), ctx=("executive",)),
    R("more-08", "0253", {
        "asserted": "{S} [appealed] to {T} {DAY} to free {T_PRISONER} on humanitarian grounds.",
        "hypothetical": "{S} could [appeal] to {T} to free {T_PRISONER}, {SAID}.",
    }, S=("intl", "rights", "head"), T=("gov",), ctx=("human_rights",)),
    R("more-09", "0253", {
        "asserted": "{S} [called on] {T} {DAY} to release all political prisoners.",
        "negated": "{S} has not [called on] {T} to release political prisoners, {SAID}.",
    }, S=("intl", "rights", "country"), T=("regime",), ctx=("human_rights",)),
    R("more-10", "0253", {
        "asserted": "{S} [asked] {T} to hand back the fishing boat it seized last month, {SAID}.",
    }, S=("country", "gov"), T=("country", "gov"), pair="rivals", ctx=("legal",)),
    R("more-11", "0253", {
        "asserted": "Relatives of the hostages [pleaded with] {T} {DAY} to let them go.",
    }, S=(), T=("armed", "rebels")),
    R("more-12", "026", {
        "asserted": "{S} [called for] a resumption of talks between {T} and the opposition {DAY}.",
        "historical": "{S} had [called for] a resumption of talks between {T} and the opposition in {YEAR}.",
    }, S=("intl", "country"), T=("regime",)),
    R("more-13", "026", {
        "asserted": "{S} [pressed] {T} {DAY} to agree to a new round of negotiations.",
        "negated": "{S} has not [pressed] {T} to return to negotiations, {SAID}.",
    }, S=("mediator", "envoy"), T=("conflict_gov", "armed")),
    R("more-14", "1053", {
        "asserted": "{S} [demanded] that {T} return the bodies of soldiers killed in the clashes {DAY}.",
    }, S=("country", "gov"), T=("country", "gov"), pair="rivals", ctx=("military",)),
    R("more-15", "1053", {
        "asserted": "{S} [demanded] the return of {NUM} hostages held by {T}, {SAID}.",
        "negated": "{S} has not publicly [demanded] the return of the hostages held by {T}.",
    }, S=("gov",), T=("armed",), link=True),
    # 100-108 demands
    R("01", "100", {
        "asserted": "{S} [demanded] an explanation from {T} {DAY}, {SAID}.",
        "negated": "{S} has not [demanded] an explanation from {T}.",
        "historical": "{S} had [demanded] an explanation from {T} in {YEAR}.",
    }, S=("country", "gov", "fm"), T=("country", "gov")),
    R("02", "100", {
        "asserted": "{S} [insisted] that {T} comply with the agreement, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "gov")),
    R("01", "101", {
        "asserted": "{S} [demanded] that {T} honour its commitments under the trade pact {DAY}.",
        "hypothetical": "{S} could [demand] that {T} honour its commitments, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("economic",)),
    R("01", "1011", {
        "asserted": "{S} [demanded] that {T} open its market to its farm goods {DAY}.",
        "negated": "{S} has not [demanded] that {T} open its market.",
    }, S=("country", "gov", "leader"), T=("country",), ctx=("economic",)),
    R("02", "1011", {
        "asserted": "{S} [demanded] that {T} buy more of its energy exports, {SAID}.",
    }, S=("country", "leader"), T=("country",), ctx=("economic",)),
    R("01", "1012", {
        "asserted": "{S} [demanded] that {T} contribute more to the alliance's defence {DAY}.",
        "historical": "{S} had [demanded] in {YEAR} that {T} contribute more to defence.",
    }, S=("country", "leader"), T=("country", "igo"), ctx=("military",)),
    R("01", "1013", {
        "asserted": "{S} [demanded] that {T} hand over the suspects {DAY}.",
        "negated": "{S} has not formally [demanded] that {T} hand over the suspects.",
    }, S=("country", "gov"), T=("country", "gov"), ctx=("legal",)),
    R("02", "1013", {
        "asserted": "{S} [demanded] the extradition of the former minister from {T}, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal",)),
    R("01", "1014", {
        "asserted": "{S} [demanded] that {T} share all intelligence about the attack {DAY}.",
    }, S=("country", "gov"), T=("country",), ctx=("intelligence",)),
    R("01", "102", {
        "asserted": "{S} [demanded] that {T} support its position at the United Nations {DAY}.",
        "hypothetical": "{S} could [demand] that {T} back its position at the U.N., {SAID}.",
    }, S=("country", "leader"), T=("country",), ctx=("diplomatic",)),
    R("01", "103", {
        "asserted": "{S} [demanded] more aid from {T} {DAY}, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "igo")),
    R("01", "1031", {
        "asserted": "{S} [demanded] compensation from {T} for the damage, {SAID}.",
        "negated": "{S} has not [demanded] compensation from {T}.",
    }, S=("country", "gov"), T=("country", "company"), ctx=("economic", "reparations")),
    R("01", "1032", {
        "asserted": "{S} [demanded] more weapons from {T}, saying the current supplies were inadequate.",
    }, S=("leader", "gov"), T=("country",), ctx=("military",)),
    R("01", "1033", {
        "asserted": "{S} [demanded] that {T} deliver the promised food aid immediately.",
    }, S=("gov", "aid"), T=("country", "igo"), ctx=("human_security",)),
    R("01", "1034", {
        "asserted": "{S} [demanded] that {T} send troops to protect its borders {DAY}.",
    }, S=("gov", "leader"), T=("country", "igo"), ctx=("peacekeeping",)),
    R("01", "104", {
        "asserted": "{S} [demanded] sweeping political reforms from {T} {DAY}.",
        "negated": "{S} has not [demanded] political reforms from {T}.",
    }, S=("party", "union"), T=("gov",), ctx=("political_institutions",), link=True),
    R("01", "1041", {
        "asserted": "{S} [demanded] the resignation of {T} {DAY}.",
        "negated": "{S} has not [demanded] the resignation of {T}, {SAID}.",
        "future": "{S} will [demand] the resignation of {T} at a rally {FDAY}.",
        "historical": "{S} had [demanded] the resignation of {T} in {YEAR}.",
    }, S=("party", "union"), T=("leader",), ctx=("executive",), link=True),
    R("02", "1041", {
        "asserted": "{S} [demanded] that the {T_ADJ} government resign, {SAID}.",
    }, S=("party", "union", "leader"), T=("country",), ctx=("executive",)),
    R("01", "1042", {
        "asserted": "{S} [demanded] that {T} scrap the new labour law {DAY}.",
        "hypothetical": "{S} could [demand] that {T} scrap the labour law, {SAID}.",
    }, S=("union", "party"), T=("gov",), ctx=("economic",), link=True),
    R("02", "1042", {
        "asserted": "{S} [demanded] a change in {T}'s policy on {TOPIC}, {SAID}.",
    }, S=("country", "leader"), T=("country",)),
    R("01", "1043", {
        "asserted": "{S} [demanded] that {T} guarantee the right to peaceful protest {DAY}.",
    }, S=("rights", "party"), T=("gov",), ctx=("rights_freedoms",)),
    R("02", "1043", {
        "asserted": "{S} [demanded] equal rights for women in the workplace, {SAID}.",
    }, S=("union", "rights"), ctx=("gender",)),
    R("01", "1044", {
        "asserted": "{S} [demanded] the dissolution of parliament and new elections {DAY}.",
        "negated": "{S} has not [demanded] the dissolution of parliament.",
    }, S=("party",), ctx=("political_institutions",)),
    R("01", "105", {
        "asserted": "{S} [demanded] that {T} back down {DAY}, {SAID}.",
    }, S=("country", "leader"), T=("country", "gov"), pair="rivals"),
    R("01", "1051", {
        "asserted": "{S} [demanded] that {T} lift the ban on its airlines {DAY}.",
    }, S=("country", "gov"), T=("country", "gov"), ctx=("economic",)),
    R("01", "1052", {
        "asserted": "{S} [demanded] that the protesters clear the streets by Friday.",
    }, S=("gov", "police", "leader"), ctx=("rights_freedoms",)),
    R("01", "1053", {
        "asserted": "{S} [demanded] the immediate release of {PERSON} {DAY}.",
        "negated": "{S} has not [demanded] the release of {PERSON}.",
        "future": "{S} will [demand] the release of {PERSON} {FDAY}, {SAID}.",
        "historical": "{S} had [demanded] the release of jailed opposition leaders in {YEAR}.",
    }, S=("rights", "country", "igo_official", "party"), ctx=("human_rights",)),
    R("02", "1053", {
        "asserted": "{S} [demanded] that {T} free {NUM} detained sailors, {SAID}.",
        "hypothetical": "{S} may [demand] that {T} free the detained sailors, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("legal",), pair="rivals"),
    R("03", "1053", {
        "asserted": "{S} [demanded] the return of the seized cargo ship from {T} {DAY}.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    R("01", "1054", {
        "asserted": "{S} [demanded] that {T} lift all sanctions before talks can begin.",
        "negated": "{S} has not [demanded] an end to the sanctions.",
    }, S=("country", "gov", "leader"), T=("country", "igo"), ctx=("economic",), pair="rivals"),
    R("01", "1055", {
        "asserted": "{S} [demanded] that {T} allow international monitors into the region {DAY}.",
    }, S=("intl", "country"), T=("gov", "country"), ctx=("diplomatic",)),
    R("01", "1056", {
        "asserted": "{S} [demanded] that {T} pull its troops back from the border {DAY}.",
        "negated": "{S} has not [demanded] a pullback of troops, {SAID}.",
        "historical": "{S} had [demanded] in {YEAR} that {T} pull its troops back.",
    }, S=("country", "leader", "intl"), T=("country",), ctx=("military",), pair="rivals"),
    R("02", "1056", {
        "asserted": "{S} [demanded] an immediate end to the airstrikes on {T}, {SAID}.",
    }, S=("country", "intl"), T=("country",), ctx=("military",)),
    R("01", "106", {
        "asserted": "{S} [demanded] direct talks with {T} {DAY}.",
        "negated": "{S} has not [demanded] talks with {T}, {SAID}.",
        "hypothetical": "{S} could [demand] direct talks with {T}, {SAID}.",
    }, S=("armed", "party"), T=("gov",), link=True),
    R("02", "106", {
        "asserted": "{S} [insisted on] a face-to-face meeting with {T}, {SAID}.",
    }, S=("leader",), T=("leader",)),
    R("01", "107", {
        "asserted": "{S} [demanded] that {T} settle the border dispute by the end of the year.",
    }, S=("country", "intl"), T=("country",), ctx=("territory",)),
    R("01", "108", {
        "asserted": "{S} [demanded] international mediation in its dispute with {T} {DAY}.",
    }, S=("country", "gov", "armed"), T=("country", "gov")),
]
