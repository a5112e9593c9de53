# ruff: noqa: E501 -- data module: sentence templates read best unbroken.
"""CONSULT frames (CAMEO 040-046). Future meetings become AGREE 036 (see render.FUTURE_AS_AGREE)."""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

ST = ("state",)
STFM = ("state_fm",)
LEAD = ("leader",)

FRAMES = [
    # 040 consult, not specified
    F("consult-040-01", "CONSULT", "040", {
        "asserted": "{S} [met] {T} {DAY} to discuss {TOPIC}, {SAID}.",
        "negated": "{S} did not [meet] {T} during the summit, {SAID}.",
        "future": "{S} will [meet] {T} {FDAY} to discuss {TOPIC}, {SAID}.",
        "historical": "In {YEAR}, {S} had [met] {T} secretly to discuss {TOPIC}.",
    }, S=LEAD, T=LEAD),
    F("consult-040-02", "CONSULT", "040", {
        "asserted": "Senior officials from {S} and {T} [held talks] on {TOPIC} {DAY}.",
        "hypothetical": "Senior officials from {S} and {T} could [hold talks] on {TOPIC} if the ceasefire holds, {SAID}.",
        "future": "Senior officials from {S} and {T} are expected to [hold talks] on {TOPIC} {FDAY}.",
    }, S=("country",), T=("country",)),
    F("consult-040-03", "CONSULT", "040", {
        "asserted": "{S} [discussed] {TOPIC} with {T} {DAY}, according to a readout of the meeting.",
        "negated": "{S} has not [discussed] {TOPIC} with {T} since the election, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-040-04", "CONSULT", "040", {
        "asserted": "{S} [consulted] {T} on the draft resolution before the vote, {SAID}.",
        "negated": "{S} never [consulted] {T} before announcing the decision, {SAID}.",
        "hypothetical": "{S} may [consult] {T} before the vote, {SAID}.",
    }, S=STFM, T=ST),
    F("consult-040-05", "CONSULT", "040", {
        "asserted": "The two leaders [met] for more than two hours on the sidelines of the G20 summit, "
                    "where {S} pressed {T} on {TOPIC}.",
    }, S=LEAD, T=LEAD),
    F("consult-040-06", "CONSULT", "040", {
        "asserted": "{S} [held a meeting] with {T} {DAY} in what aides described as a frank exchange on {TOPIC}.",
        "historical": "{S} first [held a meeting] with {T} in {YEAR}, shortly after taking office.",
    }, S=LEAD, T=("leader", "igo_official")),
    F("consult-040-07", "CONSULT", "040", {
        "asserted": "{S} [conferred] with {T} {DAY} about {TOPIC}, {SAID}.",
    }, S=("igo_official",), T=LEAD),
    F("consult-040-08", "CONSULT", "040", {
        "asserted": "Envoys from {S} and {T} [sat down] together {DAY} for the first time in months.",
        "negated": "Envoys from {S} and {T} have not [sat down] together since the talks collapsed.",
    }, S=("country",), T=("country",)),
    F("consult-040-09", "CONSULT", "040", {
        "asserted": "{S} [met] with leaders of {T} {DAY} to discuss the formation of a new government, {SAID}.",
    }, S=LEAD, T=("party",), link=True),
    F("consult-040-10", "CONSULT", "040", {
        "asserted": "{S} [met] representatives of {T} in {S_CAP} {DAY}, {SAID}.",
        "hypothetical": "{S} might [meet] representatives of {T} if they agree to lay down their weapons.",
    }, S=("gov", "leader"), T=("armed",), link=True),
    F("consult-040-11", "CONSULT", "040", {
        "asserted": "{SC} [held consultations] {DAY} on {TOPIC} at the level of deputy foreign ministers.",
        "future": "{SC} will [hold consultations] on {TOPIC} {FDAY}, {SAID}.",
    }, mode="multilateral"),
    F("consult-040-12", "CONSULT", "040", {
        "asserted": "Defence ministers of NATO member states [gathered] in Brussels {DAY} to discuss {TOPIC}.",
    }, ctx=("military",), mode="multilateral"),
    F("consult-040-13", "CONSULT", "040", {
        "asserted": "{S} [met] a delegation from {T} at the foreign ministry {DAY} to discuss {TOPIC}.",
        "negated": "{S} has not [met] any delegation from {T} since the dispute began.",
        "historical": "{S} had [met] a delegation from {T} in {YEAR} to discuss {TOPIC}.",
    }, S=("fm", "leader"), T=("country", "igo")),
    F("consult-040-14", "CONSULT", "040", {
        "asserted": "{S} and {T} [discussed] {TOPIC} over a working lunch {DAY}, {SAID}.",
        "hypothetical": "{S} and {T} could [discuss] {TOPIC} at the summit, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-040-15", "CONSULT", "040", {
        "asserted": "At a meeting in {S_CAP} {DAY}, {S} and {T} [reviewed] progress on {TOPIC}.",
    }, S=LEAD, T=("leader", "igo_official")),
    # 041 phone
    F("consult-041-01", "CONSULT", "041", {
        "asserted": "{S} [spoke by telephone] with {T} {DAY} about {TOPIC}, {SAID}.",
        "negated": "{S} has not [spoken by telephone] with {T} since the crisis began, {SAID}.",
        "future": "{S} will [speak by phone] with {T} {FDAY}, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-041-02", "CONSULT", "041", {
        "asserted": "In a [phone call] {DAY}, {S} and {T} discussed {TOPIC}, {SAID}.",
        "historical": "In a [phone call] in {YEAR}, {S} and {T} had discussed {TOPIC}.",
    }, S=LEAD, T=LEAD),
    F("consult-041-03", "CONSULT", "041", {
        "asserted": "{S} [telephoned] {T} {DAY} to discuss {TOPIC}, {SAID}.",
        "hypothetical": "{S} could [telephone] {T} as early as this week, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-041-04", "CONSULT", "041", {
        "asserted": "{S} and {T} [held a video call] {DAY} on {TOPIC}, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-041-05", "CONSULT", "041", {
        "asserted": "{S} [called] {T} {DAY}, the first conversation between the two since the election.",
        "negated": "{S} has not [called] {T} since the election, {SAID}.",
    }, S=LEAD, T=LEAD),
    F("consult-041-06", "CONSULT", "041", {
        "asserted": "During a 40-minute [telephone conversation] {DAY}, {S} told {T} that {TOPIC} remained a priority.",
    }, S=LEAD, T=LEAD),
    F("consult-041-07", "CONSULT", "041", {
        "asserted": "{S} [held phone talks] with {T} {DAY}, {SAID}.",
    }, S=("leader", "fm"), T=LEAD),
    F("consult-041-08", "CONSULT", "041", {
        "asserted": "{S} [spoke by phone] with {T} about {TOPIC}, {SAID}.",
    }, S=("igo_official",), T=LEAD),
    # 042 make a visit
    F("consult-042-01", "CONSULT", "042", {
        "asserted": "{S} [arrived in] {T_NAME} {DAY} for a two-day visit focused on {TOPIC}.",
        "future": "{S} will [travel to] {T_NAME} {FDAY} for talks on {TOPIC}, {SAID}.",
        "negated": "{S} did not [travel to] {T_NAME} as planned, {SAID}.",
    }, S=LEAD, T=("country",), mode="visit"),
    F("consult-042-02", "CONSULT", "042", {
        "asserted": "{S} [visited] {T} {DAY}, the first such trip by a foreign leader since the war began.",
        "historical": "{S} had [visited] {T} in {YEAR}, the first such trip in decades.",
        "hypothetical": "{S} could [visit] {T} before the end of the year if security allows, {SAID}.",
    }, S=LEAD, T=("country",), mode="visit"),
    F("consult-042-03", "CONSULT", "042", {
        "asserted": "{S} [flew to] {T_CAP} {DAY} for talks with {T}.",
        "future": "{S} is due to [fly to] {T_CAP} {FDAY} for talks with {T}.",
    }, S=("leader", "igo_official"), T=LEAD, mode="visit"),
    F("consult-042-04", "CONSULT", "042", {
        "asserted": "{S}, on a [visit to] {T}, said {TOPIC} would top the agenda.",
        "historical": "On a [visit to] {T} in {YEAR}, {S} had promised closer ties.",
    }, S=LEAD, T=("country",), mode="visit"),
    F("consult-042-05", "CONSULT", "042", {
        "asserted": "A delegation from {S} [arrived in] {T_CAP} {DAY} for talks on {TOPIC}.",
        "negated": "A delegation from {S} never [arrived in] {T_CAP} after the talks were postponed.",
    }, S=("country",), T=("country",), mode="visit"),
    F("consult-042-06", "CONSULT", "042", {
        "asserted": "{S} [toured] a refugee camp in {T} {DAY} and met local officials.",
    }, S=("igo_official", "leader"), T=("crisis",), mode="visit", ctx=("migration",)),
    F("consult-042-07", "CONSULT", "042", {
        "asserted": "{S} made an unannounced [trip to] {T_CAP} {DAY} to meet {T}.",
        "hypothetical": "A [trip to] {T_CAP} by {S} would be the first since relations were restored, {SAID}.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-042-08", "CONSULT", "042", {
        "asserted": "{S} [began a state visit] to {T} {DAY}, with {TOPIC} high on the agenda.",
        "future": "{S} will [begin a state visit] to {T} {FDAY}, {SAID}.",
    }, S=LEAD, T=("country",), mode="visit"),
    F("consult-042-09", "CONSULT", "042", {
        "asserted": "{S} [landed in] {T_CAP} {DAY} on the first leg of a regional tour.",
    }, S=LEAD, T=("country",), mode="visit"),
    F("consult-042-10", "CONSULT", "042", {
        "asserted": "{S} [visited] {T} {DAY} to discuss the monitoring of its nuclear sites.",
    }, S=("iaea",), T=("nuclear",), mode="visit", ctx=("cbrn",)),
    F("consult-042-11", "CONSULT", "042", {
        "asserted": "{S} [paid a visit] to {T_CAP} {DAY}, holding talks with {T} on {TOPIC}.",
        "negated": "{S} has not [paid a visit] to {T_CAP} since taking office.",
        "historical": "{S} had [paid a visit] to {T_CAP} in {YEAR}.",
    }, S=("leader", "igo_official"), T=LEAD, mode="visit"),
    # 043 host a visit
    F("consult-043-01", "CONSULT", "043", {
        "asserted": "{S} [hosted] {T} in {S_CAP} {DAY} for talks on {TOPIC}.",
        "future": "{S} will [host] {T} in {S_CAP} {FDAY}, {SAID}.",
        "negated": "{S} has not [hosted] {T} since relations soured in {YEAR}.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-043-02", "CONSULT", "043", {
        "asserted": "{S} [welcomed] {T} to the presidential palace {DAY} with a full military ceremony.",
        "historical": "{S} had [welcomed] {T} to the palace in {YEAR} with a military ceremony.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-043-03", "CONSULT", "043", {
        "asserted": "{S} [received] {T} {DAY} and discussed {TOPIC}, {SAID}.",
        "hypothetical": "{S} could [receive] {T} later this month, {SAID}.",
    }, S=LEAD, T=("leader", "igo_official"), mode="visit"),
    F("consult-043-04", "CONSULT", "043", {
        "asserted": "{S} [played host to] a delegation from {T} {DAY}, {SAID}.",
    }, S=("country", "gov"), T=("country", "armed", "party"), mode="visit"),
    F("consult-043-05", "CONSULT", "043", {
        "asserted": "{S} [hosted] a dinner for {T} on the eve of the summit, {SAID}.",
        "negated": "{S} did not [host] {T} at the presidential palace during the visit, {SAID}.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-043-06", "CONSULT", "043", {
        "asserted": "{T}, who was [received] by {S} in {S_CAP} {DAY}, said {TOPIC} was discussed.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-043-07", "CONSULT", "043", {
        "asserted": "{S} [welcomed] {T} at the airport {DAY} at the start of a three-day state visit.",
    }, S=LEAD, T=LEAD, mode="visit"),
    F("consult-043-08", "CONSULT", "043", {
        "asserted": "{S} [hosted] {T} {DAY} at a retreat outside {S_CAP}, {SAID}.",
    }, S=LEAD, T=LEAD, mode="visit"),
    # 044 meet at a third location
    F("consult-044-01", "CONSULT", "044", {
        "asserted": "{S} and {T} [met] in {CITY} {DAY} in talks hosted by a third country, {SAID}.",
        "future": "{S} and {T} will [meet] in {CITY} {FDAY}, {SAID}.",
        "negated": "{S} and {T} did not [meet] in {CITY} as had been expected.",
    }, S=LEAD, T=LEAD, mode="third-party"),
    F("consult-044-02", "CONSULT", "044", {
        "asserted": "Negotiators from {S} and {T} [gathered] in {CITY} {DAY} for a new round of indirect talks.",
        "historical": "Negotiators from {S} and {T} had [gathered] in {CITY} in {YEAR} for secret talks.",
    }, S=("gov",), T=("armed",), mode="third-party", link=True),
    F("consult-044-03", "CONSULT", "044", {
        "asserted": "{S} [met] {T} on the sidelines of a regional summit in {CITY} {DAY}.",
    }, S=LEAD, T=LEAD, mode="third-party"),
    F("consult-044-04", "CONSULT", "044", {
        "asserted": "Delegations from {S} and {T} [held talks] at a neutral venue in {CITY} {DAY}.",
        "hypothetical": "Delegations from {S} and {T} could [hold talks] in {CITY} if both sides agree.",
    }, S=("country",), T=("country",), mode="third-party", pair="rivals"),
    F("consult-044-05", "CONSULT", "044", {
        "asserted": "{S} [met] {T} at a summit in {CITY} {DAY}, their first encounter in two years.",
    }, S=LEAD, T=LEAD, mode="third-party"),
    F("consult-044-06", "CONSULT", "044", {
        "asserted": "{S} and {T} [met] on neutral ground in {CITY} {DAY}, {SAID}.",
        "historical": "{S} and {T} had [met] on neutral ground in {CITY} in {YEAR}.",
    }, S=("country",), T=("country",), pair="rivals", mode="third-party"),
    F("consult-044-07", "CONSULT", "044", {
        "asserted": "{S} and {T} [held talks] on the sidelines of the U.N. General Assembly in New York {DAY}.",
        "negated": "{S} and {T} did not [hold talks] at the U.N. General Assembly, {SAID}.",
    }, S=("head",), T=("head",), mode="third-party"),
    F("consult-044-08", "CONSULT", "044", {
        "asserted": "Envoys of {S} and {T} [met] in {CITY} {DAY} at talks hosted by the Swiss government.",
    }, S=("country",), T=("country", "armed"), mode="third-party"),
    # 045 mediate
    F("consult-045-01", "CONSULT", "045", {
        "asserted": "{S} [mediated] talks between the government of {T} and rebel leaders in {CITY} {DAY}.",
        "historical": "{S} had [mediated] talks between the government of {T} and rebel leaders in {YEAR}.",
        "future": "{S} will [mediate] talks between the government of {T} and the opposition, {SAID}.",
    }, S=("mediator", "envoy"), T=("conflict",)),
    F("consult-045-02", "CONSULT", "045", {
        "asserted": "{S} [brokered] indirect talks between {T} and {T_ADJ} opposition groups {DAY}.",
        "negated": "{S} has not [brokered] any talks between {T} and the opposition, {SAID}.",
    }, S=("mediator", "envoy"), T=("conflict",)),
    F("consult-045-03", "CONSULT", "045", {
        "asserted": "Talks [mediated by] {S} between {T} and {T_ADJ} rebels resumed in {CITY} {DAY}.",
    }, S=("mediator", "igo"), T=("conflict",)),
    F("consult-045-04", "CONSULT", "045", {
        "asserted": "{S} [shuttled] between {T_CAP} and rebel-held areas {DAY} in an effort to broker a truce.",
    }, S=("mediator", "envoy"), T=("conflict",)),
    F("consult-045-05", "CONSULT", "045", {
        "asserted": "{S} is [acting as mediator] between {T} and its neighbours, {SAID}.",
        "hypothetical": "{S} could [act as mediator] between {T} and its neighbours, {SAID}.",
    }, S=("mediator", "igo"), T=("conflict",)),
    F("consult-045-06", "CONSULT", "045", {
        "asserted": "{S} [launched a mediation effort] {DAY} between {T} and its neighbour, whose ties have been "
                    "strained for months.",
        "historical": "{S} had [launched a mediation effort] between {T} and its neighbour in {YEAR}.",
    }, S=("mediator", "envoy"), T=("country",)),
    F("consult-045-07", "CONSULT", "045", {
        "asserted": "{S} [undertook a mediation mission] between {T} and the rebels {DAY}.",
    }, S=("envoy", "mediator"), T=("conflict_gov",)),
    F("consult-043-09", "CONSULT", "043", {
        "asserted": "{S} [gave a warm welcome] {DAY} to {T}, who is on a tour of the region.",
    }, S=("head",), T=("head",), mode="visit"),
    F("consult-042-12", "CONSULT", "042", {
        "asserted": "{S} [visited] {T} {DAY}, becoming the highest-ranking official to go there in a decade.",
        "negated": "No {S_ADJ} minister has [visited] {T} in a decade, {SAID}.",
    }, S=("fm", "leader"), T=("country",), mode="visit"),
    # 046 negotiate
    F("consult-046-01", "CONSULT", "046", {
        "asserted": "{S} and {T} [resumed negotiations] on {TOPIC} {DAY} after a six-month pause.",
        "negated": "{S} and {T} have not [resumed negotiations] on {TOPIC} since talks collapsed.",
        "future": "{S} and {T} will [resume negotiations] on {TOPIC} {FDAY}, {SAID}.",
        "historical": "In {YEAR}, {S} and {T} had [negotiated] for months before talks broke down.",
    }, S=("country",), T=("country",), pair="rivals"),
    F("consult-046-02", "CONSULT", "046", {
        "asserted": "Negotiators for {S} and {T} [held a fresh round of talks] on {TOPIC} in {CITY} {DAY}.",
        "hypothetical": "Negotiators for {S} and {T} could [hold a fresh round of talks] if the truce holds.",
    }, S=("gov",), T=("armed",), link=True),
    F("consult-046-03", "CONSULT", "046", {
        "asserted": "{S} [is negotiating] with {T} over {TOPIC}, {SAID}.",
        "negated": "{S} is not [negotiating] with {T}, {SAID}.",
    }, S=("gov", "country"), T=("country", "company", "igo")),
    F("consult-046-04", "CONSULT", "046", {
        "asserted": "{S} [opened talks] with {T} {DAY} on a new loan programme.",
        "future": "{S} will [open talks] with {T} on a new loan programme {FDAY}.",
    }, S=("gov", "country"), T=("lender",), ctx=("economic",)),
    F("consult-046-05", "CONSULT", "046", {
        "asserted": "{S} and {T} [bargained] late into the night over {TOPIC}, {SAID}.",
    }, S=("country",), T=("country",)),
    F("consult-046-06", "CONSULT", "046", {
        "asserted": "Peace [talks] between {S} and {T} entered a third day in {CITY} {DAY}.",
        "historical": "Peace [talks] between {S} and {T} in {YEAR} had ended without a deal.",
    }, S=("gov",), T=("armed",), ctx=("military",), link=True),
    F("consult-046-07", "CONSULT", "046", {
        "asserted": "{S} [negotiated] with {T} for the release of the hostages, {SAID}.",
        "negated": "{S} refused to say whether it had [negotiated] with {T}, and officials denied any contact.",
    }, S=("gov",), T=("armed",), link=True),
    F("consult-046-08", "CONSULT", "046", {
        "asserted": "Trade [negotiations] between {S} and {T} made progress {DAY}, {SAID}.",
        "hypothetical": "Trade [negotiations] between {S} and {T} could start as soon as the tariffs are lifted.",
    }, S=("country",), T=("country", "igo"), ctx=("economic",)),
    F("consult-046-09", "CONSULT", "046", {
        "asserted": "{S} [held talks] with {T} {DAY} on a power-sharing deal, {SAID}.",
    }, S=("gov",), T=("party",), ctx=("political_institutions",), link=True),
    F("consult-046-10", "CONSULT", "046", {
        "asserted": "{S} [entered talks] with {T} over the disputed islands {DAY}, {SAID}.",
    }, S=("country",), T=("country",), ctx=("territory",), pair="rivals"),
]
