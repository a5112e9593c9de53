"""SUPPORT frames (CAMEO 050-057): diplomatic, non-material cooperation; praise; recognition; signing."""

from .render import Frame as F

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

ST = ("state",)
LEAD = ("leader",)

FRAMES = [
    # 050 diplomatic cooperation
    F("support-050-01", "SUPPORT", "050", {
        "asserted": "{S} and {T} [restored diplomatic relations] {DAY} after a seven-year rupture.",
        "negated": "{S} and {T} have not [restored diplomatic relations] since the embassy attack.",
        "future": "{S} and {T} will [restore diplomatic relations] {FDAY}, {SAID}.",
        "historical": "{S} and {T} had [restored diplomatic relations] in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",), pair="rivals"),
    F("support-050-02", "SUPPORT", "050", {
        "asserted": "{S} [reopened its embassy] in {T_CAP} {DAY}, {SAID}.",
        "hypothetical": "{S} could [reopen its embassy] in {T_CAP} within months, {SAID}.",
    }, S=("country", "gov"), T=("country",), ctx=("diplomatic",)),
    F("support-050-03", "SUPPORT", "050", {
        "asserted": "{S} [appointed an ambassador] to {T} for the first time in a decade {DAY}.",
        "negated": "{S} has not [appointed an ambassador] to {T} since {YEAR}.",
    }, S=("country", "gov"), T=("country",), ctx=("diplomatic",)),
    F("support-050-04", "SUPPORT", "050", {
        "asserted": "{S} [upgraded] its relations with {T} to a strategic partnership {DAY}.",
        "historical": "{S} had [upgraded] its relations with {T} to a strategic partnership in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",)),
    F("support-050-05", "SUPPORT", "050", {
        "asserted": "{S} [normalised ties] with {T} {DAY} in a long-awaited deal.",
    }, S=("country",), T=("country",), ctx=("diplomatic",), pair="rivals"),
    F("support-050-06", "SUPPORT", "050", {
        "asserted": "{S} [voted in favour of] a resolution backing {T} at the U.N. General Assembly {DAY}.",
        "negated": "{S} did not [vote in favour of] the resolution backing {T}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",)),
    # 051 praise or endorse
    F("support-051-01", "SUPPORT", "051", {
        "asserted": "{S} [praised] {T} {DAY} for its efforts on {TOPIC}.",
        "negated": "{S} stopped short of [praising] {T} for its handling of {TOPIC}.",
        "historical": "{S} had [praised] {T} in {YEAR} for its efforts on {TOPIC}.",
    }, S=("leader", "igo_official"), T=("country", "gov")),
    F("support-051-02", "SUPPORT", "051", {
        "asserted": "{S} [welcomed] the decision by {T} to hold early elections, {SAID}.",
        "hypothetical": "{S} would [welcome] a decision by {T} to hold early elections, {SAID}.",
    }, S=("country", "gov", "igo", "igo_official"), T=("gov", "leader"), ctx=("election",)),
    F("support-051-03", "SUPPORT", "051", {
        "asserted": "{S} [endorsed] {T}'s peace plan {DAY}, calling it a serious basis for talks.",
        "negated": "{S} has not [endorsed] {T}'s peace plan, {SAID}.",
    }, S=("country", "gov", "igo"), T=("country", "leader")),
    F("support-051-04", "SUPPORT", "051", {
        "asserted": "{S} [commended] {T} for the peaceful conduct of the vote.",
    }, S=("igo", "igo_official", "country"), T=("gov", "country"), ctx=("election",)),
    F("support-051-05", "SUPPORT", "051", {
        "asserted": "\"We [appreciate] the constructive role {T} has played,\" {S} told reporters {DAY}.",
    }, S=LEAD, T=("country",)),
    F("support-051-06", "SUPPORT", "051", {
        "asserted": "{S} [hailed] the agreement with {T} as a historic step, {SAID}.",
        "historical": "{S} had [hailed] the {YEAR} agreement with {T} as a historic step.",
    }, S=LEAD, T=("country", "armed")),
    F("support-051-07", "SUPPORT", "051", {
        "asserted": "{S} [expressed support] for {T} in its dispute with its neighbours {DAY}.",
        "hypothetical": "{S} might [express support] for {T} at the summit, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "gov")),
    F("support-051-08", "SUPPORT", "051", {
        "asserted": "{S} [lauded] {T} as a reliable partner during a joint news conference {DAY}.",
    }, S=LEAD, T=LEAD),
    F("support-051-09", "SUPPORT", "051", {
        "asserted": "{S} [congratulated] {T} on winning the election, {SAID}.",
        "negated": "{S} has not [congratulated] {T} on the election result, {SAID}.",
    }, S=LEAD, T=LEAD, ctx=("election",)),
    F("support-051-10", "SUPPORT", "051", {
        "asserted": "The plan was [applauded] by {S}, which called it a model for the region.",
    }, S=("igo", "country")),
    F("support-051-11", "SUPPORT", "051", {
        "asserted": "{S} [threw its weight behind] {T}'s candidacy for the top U.N. post {DAY}.",
    }, S=("country", "gov", "igo"), T=("country",), ctx=("diplomatic",)),
    F("support-051-12", "SUPPORT", "051", {
        "asserted": "{S} [voiced support] for {T}'s sovereignty and territorial integrity {DAY}.",
        "negated": "{S} did not [voice support] for {T}'s territorial integrity, {SAID}.",
        "historical": "{S} had [voiced support] for {T}'s territorial integrity in {YEAR}.",
    }, S=("country", "gov", "leader"), T=("country",), ctx=("territory",)),
    F("support-051-13", "SUPPORT", "051", {
        "asserted": "{S} [backed] {T}'s call for a two-state solution, {SAID}.",
        "hypothetical": "{S} may [back] {T}'s proposal at the summit, {SAID}.",
    }, S=("country", "gov", "igo"), T=("country", "leader")),
    F("support-051-14", "SUPPORT", "051", {
        "asserted": "{S} [welcomed] {T}'s latest statement {DAY} as proof of its wish for a settlement.",
        "negated": "{S} did not [welcome] {T}'s latest statement, {SAID}.",
    }, S=("gov", "country"), T=("head", "country")),
    F("support-050-07", "SUPPORT", "050", {
        "asserted": "{S} and {T} [upgraded their diplomatic ties] to ambassadorial level {DAY} after a long break.",
        "historical": "{S} and {T} had [upgraded their diplomatic ties] to ambassadorial level in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",)),
    F("support-052-05", "SUPPORT", "052", {
        "asserted": "{S} [defended the right] of {T} to protect its borders, {SAID}.",
        "hypothetical": "{S} would [defend the right] of {T} to protect its borders, {SAID}.",
    }, S=("country", "head"), T=("country",)),
    # 052 defend verbally
    F("support-052-01", "SUPPORT", "052", {
        "asserted": "{S} [defended] {T} against criticism of its human rights record {DAY}.",
        "negated": "{S} declined to [defend] {T} against the criticism, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "gov"), ctx=("human_rights",)),
    F("support-052-02", "SUPPORT", "052", {
        "asserted": "{S} [spoke out in defence of] {T} at the Security Council {DAY}.",
        "historical": "{S} had [spoken out in defence of] {T} at the Security Council in {YEAR}.",
    }, S=("country", "fm"), T=("country",), ctx=("diplomatic",)),
    F("support-052-03", "SUPPORT", "052", {
        "asserted": "{S} [rejected criticism of] {T}, saying it had acted within its rights.",
    }, S=("country", "leader"), T=("country", "gov")),
    F("support-052-04", "SUPPORT", "052", {
        "asserted": "{S} [stood by] {T} after the allegations surfaced, {SAID}.",
    }, S=LEAD, T=("leader",)),
    # 053 rally support
    F("support-053-01", "SUPPORT", "053", {
        "asserted": "{S} [rallied support] for {T} among Gulf states {DAY}, {SAID}.",
        "hypothetical": "{S} could [rally support] for {T} among its allies, {SAID}.",
    }, S=("country", "leader"), T=("country", "gov")),
    F("support-053-02", "SUPPORT", "053", {
        "asserted": "{S} [lobbied] other members to back {T}'s bid for membership, {SAID}.",
        "negated": "{S} did not [lobby] other members on behalf of {T}, {SAID}.",
    }, S=("country", "gov"), T=("country",)),
    F("support-053-03", "SUPPORT", "053", {
        "asserted": "{S} [urged allies to stand with] {T}, {SAID}.",
    }, S=LEAD, T=("country",)),
    # 054 diplomatic recognition
    F("support-054-01", "SUPPORT", "054", {
        "asserted": "{S} formally [recognised] {T} as an independent state {DAY}.",
        "negated": "{S} has not [recognised] {T} as an independent state.",
        "future": "{S} will formally [recognise] {T} {FDAY}, {SAID}.",
        "historical": "{S} had [recognised] {T} as an independent state in {YEAR}.",
    }, S=("country", "gov"), T=("new_state",), ctx=("diplomatic",)),
    F("support-054-02", "SUPPORT", "054", {
        "asserted": "{S} [granted diplomatic recognition] to the new government in {T_CAP} {DAY}.",
        "hypothetical": "{S} could [grant recognition] to the new government in {T_CAP}, {SAID}.",
    }, S=("country", "gov"), T=("conflict",), ctx=("diplomatic",)),
    F("support-054-03", "SUPPORT", "054", {
        "asserted": "{S} [recognised] the opposition council as the legitimate representative of the {T_ADJ} people.",
    }, S=("country", "gov", "igo"), T=("conflict",), ctx=("diplomatic",)),
    F("support-054-04", "SUPPORT", "054", {
        "asserted": "{S} [established diplomatic relations] with {T} {DAY}, {SAID}.",
        "negated": "{S} has never [established diplomatic relations] with {T}.",
    }, S=("country",), T=("country",), ctx=("diplomatic",)),
    # 055 apologise
    F("support-055-01", "SUPPORT", "055", {
        "asserted": "{S} [apologised] to {T} {DAY} for the deaths of its soldiers in a border incident.",
        "negated": "{S} has not [apologised] to {T} for the incident, {SAID}.",
        "historical": "{S} had [apologised] to {T} in {YEAR} for its wartime abuses.",
    }, S=("country", "gov", "leader"), T=("country",), pair="neighbours"),
    F("support-055-02", "SUPPORT", "055", {
        "asserted": "{S} [offered a formal apology] to {T} over the airstrike, {SAID}.",
        "hypothetical": "{S} could [apologise] to {T} if an inquiry confirms the error, {SAID}.",
    }, S=("country", "gov", "military"), T=("country",)),
    F("support-055-03", "SUPPORT", "055", {
        "asserted": "\"We are deeply [sorry],\" {S} said in a message to {T} {DAY}.",
    }, S=LEAD, T=LEAD),
    # 056 forgive
    F("support-056-01", "SUPPORT", "056", {
        "asserted": "{S} said {DAY} it had [forgiven] {T} for the wartime abuses.",
        "negated": "{S} said it would never [forgive] {T} for the wartime abuses.",
    }, S=("country", "gov"), T=("country",), pair="rivals"),
    F("support-056-02", "SUPPORT", "056", {
        "asserted": "{S} [accepted the apology] of {T} and said the matter was closed.",
        "negated": "{S} did not [accept the apology] of {T}, {SAID}.",
    }, S=("country", "gov", "leader"), T=("country", "gov"), pair="rivals"),
    F("support-056-03", "SUPPORT", "056", {
        "asserted": "{S} [forgave] {T} for the insult, saying relations mattered more.",
    }, S=LEAD, T=LEAD),
    # 057 sign formal agreement
    F("support-057-01", "SUPPORT", "057", {
        "asserted": "{S} and {T} [signed] a free trade agreement in {CITY} {DAY}.",
        "negated": "{S} and {T} did not [sign] the trade agreement {DAY} as expected.",
        "future": "{S} and {T} will [sign] a free trade agreement {FDAY}, {SAID}.",
        "historical": "{S} and {T} had [signed] a free trade agreement in {YEAR}.",
    }, S=("country",), T=("country",), ctx=("economic",)),
    F("support-057-02", "SUPPORT", "057", {
        "asserted": "{S} [signed] a peace deal with {T} {DAY}, ending years of fighting.",
        "hypothetical": "{S} could [sign] a peace deal with {T} before the end of the month, {SAID}.",
        "historical": "{S} had [signed] a peace deal with {T} in {YEAR}.",
    }, S=("gov",), T=("armed",), ctx=("military",), link=True),
    F("support-057-03", "SUPPORT", "057", {
        "asserted": "{S} [ratified] the treaty with {T} {DAY}, {SAID}.",
        "negated": "{S} has not [ratified] the treaty with {T}.",
    }, S=("country",), T=("country",), ctx=("legal",)),
    F("support-057-04", "SUPPORT", "057", {
        "asserted": "{S} and {T} [inked] a deal on {TOPIC} {DAY}, {SAID}.",
    }, S=("country",), T=("country",)),
    F("support-057-05", "SUPPORT", "057", {
        "asserted": "{SC} [signed] an accord on {TOPIC} at a ceremony in {CITY} {DAY}.",
        "future": "{SC} are due to [sign] an accord on {TOPIC} {FDAY}.",
    }),
    F("support-057-06", "SUPPORT", "057", {
        "asserted": "The agreement, [signed] by {S} and {T} {DAY}, sets out rules for {TOPIC}.",
    }, S=LEAD, T=LEAD),
    F("support-057-07", "SUPPORT", "057", {
        "asserted": "{S} [put its signature to] the {YEAR} convention on {TOPIC} {DAY}.",
    }, S=("country", "gov")),
    F("support-057-08", "SUPPORT", "057", {
        "asserted": "{S} and {T} [concluded] a long-awaited border agreement {DAY}, {SAID}.",
        "negated": "{S} and {T} have not [concluded] a border agreement, {SAID}.",
    }, S=("country",), T=("country",), ctx=("territory",), pair="neighbours"),
    F("support-057-09", "SUPPORT", "057", {
        "asserted": "{S_ADJ} lawmakers [approved] the accord with {T} {DAY} by a large majority.",
    }, S=("country",), T=("country",), ctx=("legislative",)),
    F("support-057-10", "SUPPORT", "057", {
        "asserted": "{S} [signed] a power-sharing agreement with {T} {DAY}, {SAID}.",
    }, S=("gov",), T=("party",), ctx=("political_institutions",), link=True),
]
