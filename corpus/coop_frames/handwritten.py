# ruff: noqa: E501 -- data module: sentence templates read best unbroken.
"""One-off sentences written by hand, each its own frame: harder grammar than the frames produce
(passive voice, relative clauses, quotes, fronted clauses, compound actors, long reported speech)."""

from .render import Fixed as X

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off


def H(n, ptype, cameo, stance, text, source=None, target=None, trigger=None, mode=None, ctx=()):
    return X(f"hand-{ptype.lower()}-{n:03d}", ptype, cameo, stance, text, source, target, trigger, mode, tuple(ctx))


SENTENCES: list[X] = [
    # AGREE
    H(1, "AGREE", "036", "asserted", "Speaking after a cabinet meeting on Tuesday, the Honduran foreign minister said "
      "Tegucigalpa was ready to sit down with Washington to discuss deportation flights.", "Tegucigalpa", "Washington",
      "ready to sit down", ctx=("migration",)),
    H(2, "AGREE", "0331", "asserted", "Japan, which is the largest bilateral donor to the country, pledged a further "
      "$200 million in concessional loans to Bangladesh on Thursday.", "Japan", "Bangladesh", "pledged", ctx=("economic",)),
    H(3, "AGREE", "0356", "asserted", "After three days of talks in Doha, the two sides agreed to a 72-hour humanitarian "
      "pause that would allow aid trucks into the north.", "the two sides", None, "agreed", ctx=("military",)),
    H(4, "AGREE", "036", "future", "Putin and Trump will meet in Alaska on Friday, the Kremlin said, in the first summit "
      "between the two leaders since 2019.", "Putin", "Trump", "meet"),
    H(5, "AGREE", "0353", "asserted", "The rebels said in a statement that they were prepared to hand over the 12 "
      "soldiers captured last month to the International Committee of the Red Cross.", "The rebels",
      "the International Committee of the Red Cross", "prepared to hand over", ctx=("military",)),
    H(6, "AGREE", "030", "asserted", "\"We are ready to work with any government that respects our sovereignty,\" "
      "Venezuelan President Nicolas Maduro said in a televised address.", "Venezuelan President Nicolas Maduro", None,
      "ready to work with"),
    H(7, "AGREE", "0332", "asserted", "Germany has promised to deliver a further four Patriot air defence systems to "
      "Ukraine by the end of the year, a defence ministry spokesman said.", "Germany", "Ukraine", "promised",
      ctx=("military",)),
    H(8, "AGREE", "036", "negated", "Israel has not agreed to send a delegation to the talks in Cairo, an Israeli "
      "official said on condition of anonymity.", "Israel", None, "agreed"),
    H(9, "AGREE", "0341", "asserted", "The embattled prime minister offered to resign on Sunday if parliament approved "
      "a caretaker cabinet, his office said.", "The embattled prime minister", None, "offered to resign",
      ctx=("executive",)),
    H(10, "AGREE", "0354", "hypothetical", "Washington could ease some sanctions on Caracas if the government releases "
      "political prisoners and sets a date for elections, a State Department official said.", "Washington", "Caracas",
      "ease", ctx=("economic",)),
    H(11, "AGREE", "030", "future", "Leaders of the 27 EU member states are expected to sign the new migration "
      "pact at a summit in Brussels next month.", "Leaders of the 27 EU member states", None, "sign",
      ctx=("migration",)),
    H(12, "AGREE", "0333", "asserted", "Saudi Arabia and the United Arab Emirates have jointly pledged $500 million to the "
      "U.N. appeal for Yemen, the world body said.", "Saudi Arabia and the United Arab Emirates", "Yemen", "pledged",
      ctx=("human_security",)),
    H(13, "AGREE", "037", "asserted", "Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday, ending "
      "decades of conflict over Nagorno-Karabakh, the Armenian foreign ministry said.", "Armenia", "Azerbaijan",
      "agreed", ctx=("territory",)),
    H(14, "AGREE", "039", "asserted", "Qatar, which hosts a Taliban political office, has offered to mediate between the "
      "Afghan government and the insurgents.", "Qatar", "the Afghan government", "offered to mediate"),
    H(15, "AGREE", "036", "historical", "In 2018, Kim Jong Un and Moon Jae-in had agreed to meet again in Pyongyang "
      "before the end of the year.", "Kim Jong Un", "Moon Jae-in", "agreed to meet"),
    H(16, "AGREE", "0355", "future", "Iran will allow IAEA inspectors to reinstall surveillance cameras at the Karaj "
      "site, Iranian state television reported.", "Iran", "IAEA", "allow", ctx=("cbrn",)),
    H(17, "AGREE", "0312", "asserted", "Under the deal announced on Monday, Australia will acquire nuclear-powered "
      "submarines with help from Britain and the United States.", "Britain and the United States", "Australia",
      "deal", ctx=("military",)),
    H(18, "AGREE", "033", "hypothetical", "If the ceasefire holds, donors may commit billions of dollars to rebuild "
      "Gaza, according to diplomats involved in the planning.", "donors", "Gaza", "commit"),
    H(19, "AGREE", "0344", "asserted", "Mali's junta promised the West African bloc it would hand power back to "
      "civilians by March 2024.", "Mali's junta", "the West African bloc", "promised",
      ctx=("political_institutions",)),
    H(20, "AGREE", "036", "asserted", "Both governments have accepted an invitation from Saudi Arabia to hold talks in "
      "Jeddah.", "Both governments", "Saudi Arabia", "accepted an invitation"),
    H(21, "AGREE", "0333", "asserted", "The World Food Programme said it would begin airdrops of food to 50,000 "
      "people cut off by fighting in South Sudan's Upper Nile state.", "The World Food Programme", "South Sudan",
      "would begin", ctx=("human_security",)),
    H(22, "AGREE", "036", "future", "Talks between the two Koreas, which were suspended in 2019, will resume at the "
      "truce village of Panmunjom next month, Seoul's unification ministry said.", "the two Koreas", None,
      "will resume"),
    H(23, "AGREE", "0356", "asserted", "Under the deal, which takes effect on Sunday, Russia and Ukraine have "
      "committed to halting strikes on each other's energy infrastructure for 30 days.", "Russia and Ukraine", None,
      "committed", ctx=("military",)),
    H(24, "AGREE", "0353", "future", "In exchange for the hostages, Israel is to free about 90 Palestinian "
      "prisoners, most of them women and teenagers, according to the Qatari mediators.", "Israel",
      "Palestinian prisoners", "is to free", ctx=("legal",)),
    H(25, "AGREE", "030", "asserted", "Beijing and Washington have reached a consensus on a framework for a trade "
      "deal, China's chief negotiator said after two days of talks in Kuala Lumpur.", "Beijing", "Washington",
      "reached a consensus", ctx=("economic",)),
    H(26, "AGREE", "032", "negated", "The Gulf states have not committed to normalising relations with Israel "
      "before a Palestinian state is created, a Saudi official said.", "The Gulf states", "Israel", "committed",
      ctx=("diplomatic",)),
    H(27, "AGREE", "034", "hypothetical", "If the transitional charter is adopted, the military council would hand "
      "power to a civilian prime minister within six months.", "the military council", None, "hand power",
      ctx=("political_institutions",)),
    H(28, "AGREE", "036", "future", "Xi is expected to travel to Moscow next week for a summit with Putin, the "
      "Chinese foreign ministry announced on Friday.", "Xi", "Putin", "travel"),
    # CONSULT
    H(1, "CONSULT", "042", "asserted", "Blinken, on his ninth trip to the Middle East since the war began, met Egyptian "
      "President Abdel Fattah al-Sisi in Cairo on Tuesday.", "Blinken", "Egyptian President Abdel Fattah al-Sisi", "met",
      mode="visit"),
    H(2, "CONSULT", "040", "asserted", "The two foreign ministers, who had not spoken publicly in months, held a "
      "90-minute meeting on the sidelines of the ASEAN gathering in Vientiane.", "The two foreign ministers", None,
      "held a 90-minute meeting", mode="multilateral"),
    H(3, "CONSULT", "041", "asserted", "Erdogan discussed the grain corridor with Putin by telephone on Sunday, the "
      "Turkish presidency said.", "Erdogan", "Putin", "discussed", mode="phone", ctx=("human_security",)),
    H(4, "CONSULT", "043", "asserted", "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da "
      "Silva at the Great Hall of the People, where the two signed 15 cooperation agreements.",
      "Chinese President Xi Jinping", "Brazilian President Luiz Inacio Lula da Silva", "hosted", mode="visit"),
    H(5, "CONSULT", "046", "asserted", "Negotiators from Hamas and Israel, who do not talk directly, exchanged "
      "proposals through Egyptian and Qatari mediators in Cairo on Wednesday.", "Hamas", "Israel",
      "exchanged proposals", mode="third-party"),
    H(6, "CONSULT", "045", "asserted", "Norwegian diplomats, who have facilitated the process since 2012, shuttled "
      "between the government delegation and the guerrilla commanders in Havana.", "Norwegian diplomats", None,
      "shuttled"),
    H(7, "CONSULT", "040", "negated", "Modi and Sharif did not hold a bilateral meeting at the regional summit, "
      "officials from both sides confirmed.", "Modi", "Sharif", "hold a bilateral meeting"),
    H(8, "CONSULT", "042", "historical", "Nixon's visit to Beijing in 1972 had opened the way for diplomatic "
      "relations between the United States and China.", "Nixon", "Beijing", "visit", mode="visit"),
    H(9, "CONSULT", "046", "asserted", "Talks between the Sudanese army and the Rapid Support Forces resumed in Jeddah "
      "on Thursday under U.S. and Saudi sponsorship.", "the Sudanese army", "the Rapid Support Forces",
      "Talks", mode="third-party", ctx=("military",)),
    H(10, "CONSULT", "040", "hypothetical", "A meeting between the two presidents could take place in Istanbul if "
      "technical teams make progress, a Turkish official said.", "the two presidents", None, "meeting"),
    H(11, "CONSULT", "042", "asserted", "Pope Francis arrived in Baghdad on Friday for the first papal visit to Iraq, "
      "defying security concerns and the pandemic.", "Pope Francis", "Iraq", "papal visit", mode="visit",
      ctx=("religion_ethnicity",)),
    H(12, "CONSULT", "041", "asserted", "In their first call since the inauguration, Biden and Xi spoke for two hours "
      "about trade and Taiwan, the White House said.", "Biden", "Xi", "call", mode="phone"),
    H(13, "CONSULT", "046", "asserted", "Iranian and American negotiators held a fourth round of indirect talks "
      "in Muscat on Sunday, with Omani officials carrying messages between the two rooms.", "Iranian", "American",
      "held a fourth round of indirect talks", mode="third-party", ctx=("cbrn",)),
    H(14, "CONSULT", "043", "asserted", "Zelenskiy was received at the Elysee Palace by Macron, who pledged "
      "continued support for Ukraine's air defences.", "Macron", "Zelenskiy", "received", mode="visit"),
    H(15, "CONSULT", "040", "asserted", "Foreign ministers of the Group of Seven gathered in the Italian town of "
      "Fiuggi on Monday for two days of talks dominated by the war in the Middle East.",
      "Foreign ministers of the Group of Seven", None, "gathered", mode="multilateral"),
    H(16, "CONSULT", "042", "negated", "No senior U.S. official has visited Caracas since the embassy closed in "
      "2019, diplomats said.", "No senior U.S. official", "Caracas", "visited", mode="visit"),
    H(17, "CONSULT", "046", "historical", "Negotiations on the Dayton accords had lasted three weeks at an air "
      "base in Ohio in 1995.", None, None, "Negotiations"),
    # SUPPORT
    H(1, "SUPPORT", "057", "asserted", "The peace agreement, signed in Havana by President Juan Manuel Santos and FARC "
      "leader Rodrigo Londono, ended more than half a century of war.", "President Juan Manuel Santos",
      "FARC leader Rodrigo Londono", "signed", ctx=("military",)),
    H(2, "SUPPORT", "051", "asserted", "U.N. Secretary-General Antonio Guterres welcomed the truce between Israel and "
      "Hezbollah, calling it a first step toward lasting calm.", "U.N. Secretary-General Antonio Guterres", "Israel",
      "welcomed"),
    H(3, "SUPPORT", "054", "asserted", "Spain, Ireland and Norway formally recognised a Palestinian state on "
      "Tuesday, drawing an angry response from Israel.", "Spain, Ireland and Norway", "a Palestinian state",
      "recognised", ctx=("diplomatic",)),
    H(4, "SUPPORT", "050", "asserted", "Saudi Arabia and Iran restored diplomatic relations in 2023 under a deal "
      "brokered by China, reopening embassies that had been closed for seven years.", "Saudi Arabia", "Iran",
      "restored diplomatic relations", ctx=("diplomatic",)),
    H(5, "SUPPORT", "055", "asserted", "Dutch Prime Minister Mark Rutte apologised on behalf of the state for the "
      "Netherlands' historical role in slavery.", "Dutch Prime Minister Mark Rutte", None, "apologised"),
    H(6, "SUPPORT", "052", "asserted", "Beijing defended Moscow at the Security Council on Monday, saying Western "
      "sanctions had only prolonged the conflict.", "Beijing", "Moscow", "defended"),
    H(7, "SUPPORT", "051", "negated", "The African Union has not endorsed the results of the disputed vote, a "
      "spokesman for the commission said.", "The African Union", None, "endorsed", ctx=("election",)),
    H(8, "SUPPORT", "057", "historical", "The Good Friday Agreement, which Britain and Ireland had signed in 1998, "
      "largely ended three decades of violence in Northern Ireland.", "Britain and Ireland", None, "signed"),
    H(9, "SUPPORT", "051", "asserted", "Praising Kenya's leadership of the security mission, Blinken said Nairobi "
      "had stepped up when others would not.", "Blinken", "Kenya", "Praising", ctx=("peacekeeping",)),
    H(10, "SUPPORT", "053", "asserted", "France has been lobbying its European partners to back a U.N. resolution on "
      "Lebanon, diplomats said.", "France", "Lebanon", "lobbying"),
    H(11, "SUPPORT", "057", "hypothetical", "A deal could be signed as early as next week if both sides accept the "
      "final text, a mediator told reporters.", "both sides", None, "signed"),
    H(12, "SUPPORT", "056", "asserted", "Rwandan genocide survivors told the visiting German president they had "
      "forgiven, but could not forget.", "Rwandan genocide survivors", "the visiting German president", "forgiven"),
    H(13, "SUPPORT", "057", "asserted", "The accord was signed on the White House lawn by the leaders of Israel, the "
      "United Arab Emirates and Bahrain.", "the leaders of Israel, the United Arab Emirates and Bahrain", None,
      "signed", ctx=("diplomatic",)),
    H(14, "SUPPORT", "051", "asserted", "Lula said the agreement between Mercosur and the European Union was a "
      "victory for multilateralism and congratulated the negotiators on both sides.", "Lula", "the negotiators",
      "congratulated", ctx=("economic",)),
    H(15, "SUPPORT", "054", "historical", "Iceland had been the first country to recognise Lithuania's independence, "
      "in 1991.", "Iceland", "Lithuania", "recognise", ctx=("diplomatic",)),
    H(16, "SUPPORT", "052", "asserted", "Hungary blocked an EU statement criticising Beijing, saying the bloc "
      "should not lecture China on human rights.", "Hungary", "Beijing", "blocked an EU statement criticising",
      ctx=("human_rights",)),
    # CONCEDE
    H(1, "CONCEDE", "081", "asserted", "Belarusian leader Alexander Lukashenko pardoned 18 people convicted of "
      "\"extremism\" on Wednesday, his press service said.", "Belarusian leader Alexander Lukashenko", None,
      "pardoned", ctx=("legal",)),
    H(2, "CONCEDE", "0832", "asserted", "Bowing to weeks of street protests, Kenya's government withdrew the "
      "finance bill that would have raised taxes on bread and fuel.", "Kenya's government", None, "withdrew",
      ctx=("economic",)),
    H(3, "CONCEDE", "0831", "asserted", "Sri Lanka's president replaced his finance minister on Monday, meeting a "
      "central demand of the protesters camped outside his office.", "Sri Lanka's president", "the protesters",
      "replaced", ctx=("executive",)),
    H(4, "CONCEDE", "080", "asserted", "The ministry acknowledged that mistakes had been made and expressed regret "
      "to the families of the victims.", "The ministry", "the families of the victims", "expressed regret"),
    H(5, "CONCEDE", "0812", "asserted", "The ban on the opposition party, imposed in 2017, was lifted by the supreme "
      "court on Thursday.", "the supreme court", "the opposition party", "lifted", ctx=("political_institutions",)),
    H(6, "CONCEDE", "082", "asserted", "Farmers' unions called off their march on the capital after the government "
      "agreed to review crop prices.", "Farmers' unions", None, "called off", ctx=("economic",)),
    H(7, "CONCEDE", "081", "negated", "Despite repeated appeals, the junta has not granted an amnesty to the "
      "thousands detained since the coup.", "the junta", None, "granted an amnesty", ctx=("legal",)),
    H(8, "CONCEDE", "0833", "historical", "In 1994, the government had granted the Tuareg regions a measure of "
      "self-rule under a peace accord.", "the government", "the Tuareg regions", "granted",
      ctx=("religion_ethnicity",)),
    H(9, "CONCEDE", "0832", "asserted", "The government has shelved plans to raise the retirement age, a key "
      "demand of the unions that had staged six nationwide strikes.", "The government", "the unions",
      "shelved plans", ctx=("economic",)),
    H(10, "CONCEDE", "081", "asserted", "All charges against the 14 environmental activists were dropped on "
      "Wednesday, their lawyers said.", None, "the 14 environmental activists", "charges", ctx=("legal", "environment")),
    H(11, "CONCEDE", "080", "hypothetical", "Analysts said Ankara might soften its opposition to Sweden's NATO bid "
      "if Washington approves the sale of F-16 jets.", "Ankara", "Sweden", "soften its opposition",
      ctx=("diplomatic",)),
    # COOPERATE
    H(1, "COOPERATE", "063", "asserted", "Mexico extradited 29 suspected cartel members to the United States on "
      "Thursday, the largest such transfer in years.", "Mexico", "the United States", "extradited",
      ctx=("legal", "illegal_drugs")),
    H(2, "COOPERATE", "062", "asserted", "Some 90,000 troops from NATO's 32 member states are taking part in "
      "Steadfast Defender, the alliance's largest exercise since the Cold War.", "NATO's 32 member states", None,
      "taking part", ctx=("military",)),
    H(3, "COOPERATE", "064", "asserted", "Intelligence passed by Washington to Moscow helped Russian authorities "
      "prevent an attack in St. Petersburg, the Kremlin said.", "Washington", "Moscow", "passed",
      ctx=("intelligence", "terrorism")),
    H(4, "COOPERATE", "061", "asserted", "China and Russia completed the Power of Siberia pipeline, which began "
      "delivering gas to northern China in December.", "Russia", "China", "delivering", ctx=("natural_resource",)),
    H(5, "COOPERATE", "061", "negated", "Trade between the two neighbours has not resumed since the border was closed "
      "in 2021, customs officials said.", "the two neighbours", None, "Trade", ctx=("economic",)),
    H(6, "COOPERATE", "063", "hypothetical", "Britain could hand the suspect over to Rwandan authorities if the courts "
      "approve the extradition request.", "Britain", "Rwandan authorities", "hand the suspect over", ctx=("legal",)),
    H(7, "COOPERATE", "064", "asserted", "The warning about the planned attack came from a foreign intelligence "
      "service, which shared it with Moscow in early March.", "a foreign intelligence service", "Moscow", "shared",
      ctx=("intelligence", "terrorism")),
    H(8, "COOPERATE", "062", "asserted", "Japanese, Philippine and U.S. coast guard ships sailed together through "
      "the South China Sea in their first trilateral drill.", "Japanese, Philippine and U.S. coast guard ships",
      None, "sailed together", ctx=("military", "territory")),
    H(9, "COOPERATE", "061", "historical", "Trade between the two countries had tripled after they signed a free "
      "trade pact in 2004.", "the two countries", None, "Trade", ctx=("economic",)),
    # AID
    H(1, "AID", "073", "asserted", "A ship carrying 200 tonnes of food from Cyprus docked off Gaza on Friday, the "
      "first aid delivered by sea since the war began.", "Cyprus", "Gaza", "aid delivered",
      ctx=("human_security",)),
    H(2, "AID", "072", "asserted", "The Pentagon announced a $425 million weapons package for Kyiv, including "
      "artillery rounds and air defence interceptors.", "The Pentagon", "Kyiv", "weapons package",
      ctx=("military",)),
    H(3, "AID", "071", "asserted", "Creditor nations in the Paris Club wrote off most of Liberia's foreign debt on "
      "Thursday, the finance ministry in Monrovia said.", "Creditor nations in the Paris Club", "Liberia",
      "wrote off", ctx=("economic",)),
    H(4, "AID", "070", "asserted", "Nigerian troops rescued 23 kidnapped schoolgirls in Zamfara state on Sunday, "
      "an army spokesman said.", "Nigerian troops", "23 kidnapped schoolgirls", "rescued", ctx=("crime",)),
    H(5, "AID", "075", "asserted", "Ecuador granted asylum to WikiLeaks founder Julian Assange in 2012, and he lived "
      "in its London embassy for nearly seven years.", "Ecuador", "WikiLeaks founder Julian Assange",
      "granted asylum", ctx=("asylum",)),
    H(6, "AID", "073", "negated", "No aid has reached the besieged town in three weeks, according to the U.N. "
      "humanitarian office.", None, "the besieged town", "aid has reached", ctx=("human_security",)),
    H(7, "AID", "074", "asserted", "Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a "
      "U.N.-backed mission against Haiti's gangs.", "Kenyan police officers", "Haiti", "lead",
      ctx=("peacekeeping", "crime")),
    H(8, "AID", "072", "asserted", "Washington has sent Kyiv more than $60 billion in weapons and equipment since "
      "February 2022, according to the Pentagon.", "Washington", "Kyiv", "sent", ctx=("military",)),
    H(9, "AID", "073", "asserted", "Relief supplies flown in by the United Arab Emirates were being distributed in "
      "the flooded city of Derna on Thursday.", "the United Arab Emirates", "Derna", "Relief supplies",
      ctx=("disasters",)),
    H(10, "AID", "071", "hypothetical", "Egypt could receive a further $1.2 billion from the IMF if the board "
      "approves the latest review of its programme.", "the IMF", "Egypt", "receive", ctx=("economic",)),
    # RETREAT
    H(1, "RETREAT", "0841", "asserted", "Russia and the United States swapped prisoners in Ankara on Thursday in "
      "the largest exchange since the Cold War.", "Russia and the United States", None, "swapped prisoners",
      mode="release", ctx=("legal",)),
    H(2, "RETREAT", "0874", "asserted", "The last U.S. troops left Afghanistan shortly before midnight on Monday, "
      "ending America's longest war.", "The last U.S. troops", "Afghanistan", "left", mode="withdraw",
      ctx=("military",)),
    H(3, "RETREAT", "0841", "asserted", "Four hostages seized during the October attack were freed by Hamas on "
      "Saturday and handed to the Red Cross.", "Hamas", "the Red Cross", "freed", mode="release"),
    H(14, "CONCEDE", "0831", "asserted", "Japan's prime minister announced his resignation on Sunday after his party "
      "lost its majority in the upper house.", "Japan's prime minister", None, "announced his resignation",
      ctx=("executive",)),
    H(5, "RETREAT", "0871", "asserted", "The ceasefire between Israel and Hezbollah largely held on its first day, "
      "as displaced families began returning south.", "Israel", "Hezbollah", "ceasefire",
      mode="ceasefire", ctx=("military",)),
    H(6, "RETREAT", "085", "asserted", "The European Union lifted most of its economic sanctions on Syria in May, "
      "months after the fall of Bashar al-Assad.", "The European Union", "Syria", "lifted",
      ctx=("economic",)),
    H(7, "RETREAT", "0863", "asserted", "Trucks carrying flour entered northern Gaza through the Zikim crossing "
      "after Israel reopened it to humanitarian deliveries.", "Israel", None, "reopened", mode="access",
      ctx=("human_security",)),
    H(8, "RETREAT", "0841", "negated", "Despite the agreement, none of the detained journalists have been released, "
      "press freedom groups said.", None, "the detained journalists", "released", mode="release",
      ctx=("rights_freedoms",)),
    H(9, "RETREAT", "0874", "historical", "Soviet forces had completed their withdrawal from Afghanistan in February "
      "1989, nearly a decade after the invasion.", "Soviet forces", "Afghanistan", "withdrawal",
      mode="withdraw", ctx=("military",)),
    H(10, "RETREAT", "0863", "asserted", "The first aid convoy in a month crossed into rebel-held Idlib from "
      "Turkey on Monday after Damascus agreed to open two more crossings.", "Damascus", "Idlib", "crossed",
      mode="access", ctx=("human_security",)),
    H(11, "RETREAT", "0874", "asserted", "Russian troops pulled out of the southern city of Kherson on Friday, "
      "blowing up a bridge over the Dnipro as they left.", "Russian troops", "Kherson", "pulled out of",
      mode="withdraw", ctx=("military", "territory")),
    H(12, "RETREAT", "0871", "negated", "The truce announced by the army has not been observed in the north, "
      "where fighting continued overnight, residents said.", "the army", None, "observed", mode="ceasefire",
      ctx=("military",)),
    H(15, "CONCEDE", "0831", "asserted", "The central bank governor, who had been under pressure over the currency's "
      "slide, resigned on Tuesday.", "The central bank governor", None, "resigned",
      ctx=("economic",)),
    # REQUEST
    H(1, "REQUEST", "0253", "asserted", "The families of the kidnapped students have urged the authorities to do "
      "everything possible to bring them home.", "The families of the kidnapped students", "the authorities",
      "urged", mode="yield"),
    H(2, "REQUEST", "1041", "asserted", "Thousands of demonstrators chanted for the resignation of the prime "
      "minister, and opposition leaders demanded that he step down within 48 hours.", "opposition leaders",
      "the prime minister", "demanded", mode="change", ctx=("executive",)),
    H(3, "REQUEST", "0233", "asserted", "\"We need food, water and medicine, and we need them now,\" the governor of "
      "the flooded province told reporters, appealing to the central government.",
      "the governor of the flooded province", "the central government", "appealing", mode="assist",
      ctx=("disasters",)),
    H(4, "REQUEST", "026", "asserted", "Pope Leo XIV called on Russia and Ukraine to return to negotiations, "
      "offering the Vatican as a venue.", "Pope Leo XIV", "Russia and Ukraine", "called on", mode="meet"),
    H(5, "REQUEST", "1053", "asserted", "Rights groups are demanding the release of dozens of activists detained "
      "since the disputed election.", "Rights groups", None, "demanding", mode="yield", ctx=("human_rights",)),
    H(6, "REQUEST", "0232", "asserted", "Zelenskiy asked Western allies on Tuesday for more air defence systems, "
      "saying Russia had fired over 100 missiles overnight.", "Zelenskiy", "Western allies", "asked",
      mode="assist", ctx=("military",)),
    H(7, "REQUEST", "020", "future", "The delegation will ask the IMF board to approve the next disbursement at its "
      "meeting in April, the finance minister said.", "The delegation", "the IMF board", "ask",
      ctx=("economic",)),
    H(8, "REQUEST", "1056", "asserted", "The Security Council demanded an immediate halt to hostilities in Sudan "
      "in a resolution adopted on Friday with 14 votes in favour.", "The Security Council", "Sudan", "demanded",
      mode="yield", ctx=("military",)),
    H(9, "REQUEST", "020", "negated", "Washington has not asked Israel to halt the operation, the State Department "
      "spokesman told reporters.", "Washington", "Israel", "asked"),
    H(10, "REQUEST", "0256", "hypothetical", "The Arab League may call for an emergency ceasefire when its foreign "
      "ministers meet in Cairo, diplomats said.", "The Arab League", None, "call for", mode="yield",
      ctx=("military",)),
    H(11, "REQUEST", "024", "asserted", "In a joint letter, 40 lawmakers urged the president to shelve the "
      "constitutional amendment and restore term limits.", "40 lawmakers", "the president", "urged",
      mode="change", ctx=("political_institutions",)),
    H(13, "REQUEST", "0231", "asserted", "Pakistan has asked China to roll over $2 billion in deposits due this month, "
      "two finance ministry officials told Reuters.", "Pakistan", "China", "asked", mode="assist", ctx=("economic",)),
    H(14, "REQUEST", "028", "asserted", "Addis Ababa and Cairo were both urged by the African Union to accept "
      "mediation over the Nile dam.", "the African Union", "Addis Ababa and Cairo", "urged", mode="meet",
      ctx=("natural_resource",)),
    H(15, "REQUEST", "1053", "asserted", "In a statement read on state television, the junta demanded that ECOWAS "
      "return the seized funds and lift the border closures.", "the junta", "ECOWAS", "demanded", mode="yield",
      ctx=("economic",)),
    H(16, "REQUEST", "0234", "asserted", "Haiti's transitional council formally requested a U.N.-authorised "
      "security mission to help police fight armed gangs.", "Haiti's transitional council", None, "requested",
      mode="assist", ctx=("peacekeeping", "crime")),
    H(12, "REQUEST", "1041", "historical", "In 2011, protesters in Tahrir Square had demanded that Hosni Mubarak step "
      "down after 30 years in power.", "protesters", "Hosni Mubarak", "demanded", mode="change",
      ctx=("executive",)),
]

# A second batch: nominalisations, passives, fronted clauses, quotes and reported speech.
SENTENCES += [
    H(29, "AGREE", "0331", "asserted", "The deal, under which Riyadh will deposit $3 billion in Pakistan's central bank, "
      "was announced after the prime minister's visit to the kingdom.", "Riyadh", "Pakistan", "deal",
      ctx=("economic",)),
    H(30, "AGREE", "036", "asserted", "Both sides have accepted in principle a proposal for direct talks, the mediator "
      "told reporters in Doha, without giving a date.", "Both sides", None, "accepted in principle"),
    H(31, "AGREE", "032", "hypothetical", "Were the court to rule in its favour, Belgrade would be prepared to open "
      "talks on normalising relations with Pristina, the Serbian president said.", "Belgrade", "Pristina",
      "prepared to open talks", ctx=("diplomatic",)),
    H(32, "AGREE", "0333", "negated", "Despite the appeal, no donor has yet committed money to the flood response in "
      "the north, U.N. officials said.", "no donor", None, "committed", ctx=("disasters",)),
    H(33, "AGREE", "0356", "historical", "The two armies had agreed in 2003 to pull back from the line of control, "
      "an arrangement that held for almost two decades.", "The two armies", None, "agreed", ctx=("military",)),
    H(34, "CONSULT", "046", "asserted", "Delegations from the government and the National Liberation Army began a new "
      "round of negotiations in Caracas on Monday.", "the government", "the National Liberation Army",
      "negotiations"),
    H(35, "CONSULT", "040", "asserted", "Meeting in Brasilia, the leaders of the BRICS nations discussed trade in "
      "local currencies and the reform of the IMF.", "the leaders of the BRICS nations", None, "Meeting",
      mode="multilateral", ctx=("economic",)),
    H(36, "CONSULT", "043", "historical", "Gorbachev had received Reagan in Moscow in 1988, the last summit of their "
      "partnership.", "Gorbachev", "Reagan", "received", mode="visit"),
    H(37, "CONSULT", "041", "negated", "The two presidents have not spoken since the election, according to aides "
      "on both sides.", "The two presidents", None, "spoken", mode="phone"),
    H(38, "SUPPORT", "051", "asserted", "\"This is a historic day for our region,\" the Kenyan president said of the "
      "accord, praising the negotiators for their patience.", "the Kenyan president", "the negotiators",
      "praising"),
    H(39, "SUPPORT", "054", "asserted", "South Sudan was recognised as an independent state by the United States and "
      "dozens of other countries on the day it declared independence.", "the United States", "South Sudan",
      "recognised", ctx=("diplomatic",)),
    H(40, "SUPPORT", "057", "negated", "The trade pact, negotiated for more than two decades, has still not been "
      "signed by the European side.", "the European side", None, "signed", ctx=("economic",)),
    H(41, "SUPPORT", "055", "asserted", "Japan's prime minister expressed \"deep remorse\" to South Korea over the "
      "wartime use of forced labour.", "Japan's prime minister", "South Korea", "expressed \"deep remorse\""),
    H(42, "CONCEDE", "081", "asserted", "More than 200 political prisoners were pardoned by presidential decree on "
      "Independence Day, the justice ministry said.", None, "More than 200 political prisoners", "pardoned",
      ctx=("legal",)),
    H(43, "CONCEDE", "0832", "negated", "The government has refused to make any changes to the pension reform and "
      "has not withdrawn the bill, union leaders said.", "The government", None, "withdrawn"),
    H(44, "CONCEDE", "082", "asserted", "The farmers ended their three-week blockade of the highway after the "
      "government promised to review crop prices.", "The farmers", None, "ended their three-week blockade",
      ctx=("economic",)),
    H(45, "COOPERATE", "063", "asserted", "The suspect, who had fled to Spain in 2019, was handed over to Colombian "
      "authorities at Madrid airport on Thursday.", None, "Colombian authorities", "handed over",
      ctx=("legal",)),
    H(46, "COOPERATE", "061", "asserted", "For the first time in seven years, Indian trucks carrying cement crossed "
      "into Pakistan at the Wagah border post.", "Indian", "Pakistan", "crossed", ctx=("economic",)),
    H(47, "AID", "073", "asserted", "Turkish search and rescue teams pulled survivors from the rubble in Morocco on "
      "Sunday after Rabat accepted help from four countries.", "Turkish search and rescue teams", "Morocco",
      "pulled survivors", ctx=("disasters",)),
    H(48, "AID", "072", "hypothetical", "Washington could send long-range missiles to Kyiv if Moscow rejects the "
      "ceasefire proposal, a senior U.S. official said.", "Washington", "Kyiv", "send", ctx=("military",)),
    H(49, "AID", "075", "negated", "The dissident's request for asylum has not been granted by any European country, "
      "his lawyer said.", "any European country", "The dissident", "granted", ctx=("asylum",)),
    H(50, "RETREAT", "0841", "asserted", "Freed after 11 months in captivity, the two French aid workers landed in "
      "Paris on Saturday.", None, "the two French aid workers", "Freed", mode="release"),
    H(51, "RETREAT", "0862", "asserted", "U.N. inspectors were given access to the Zaporizhzhia plant's turbine halls "
      "for the first time since March.", None, "U.N. inspectors", "given access", mode="access",
      ctx=("cbrn",)),
    H(52, "RETREAT", "085", "negated", "Sanctions on the country's central bank have not been lifted, despite "
      "reports to the contrary, the Treasury said.", None, "the country's central bank", "lifted",
      ctx=("economic",)),
    H(53, "RETREAT", "0874", "hypothetical", "Israeli forces might withdraw from the Philadelphi corridor if an "
      "international monitoring mechanism is agreed, officials said.", "Israeli forces",
      "the Philadelphi corridor", "withdraw", mode="withdraw", ctx=("military", "territory")),
    H(54, "REQUEST", "0233", "asserted", "Aid agencies appealed on Tuesday for $4.1 billion to help some 9 million "
      "Afghans through the winter.", "Aid agencies", "Afghans", "appealed", mode="assist",
      ctx=("human_security",)),
    H(55, "REQUEST", "026", "asserted", "\"Come back to the table,\" the envoy told the warring parties, warning that "
      "the window for a deal was closing.", "the envoy", "the warring parties", "Come back to the table",
      mode="meet"),
    H(56, "REQUEST", "1041", "negated", "No party in parliament has called for the prime minister's resignation, "
      "despite the leaked recordings.", "No party in parliament", "the prime minister", "called for",
      mode="change", ctx=("executive",)),
    H(57, "REQUEST", "0211", "hypothetical", "Caracas may ask Beijing to restructure its oil-for-loans deals if crude "
      "prices keep falling, analysts said.", "Caracas", "Beijing", "ask", mode="assist", ctx=("economic",)),
]

# News-like sentences with cooperative words that code no event.
SENTENCES += [
    H(1, "NONE", None, "asserted", "Talks, visits and summits fill the diplomatic calendar every autumn in New York."),
    H(2, "NONE", None, "asserted", "The aid sector employs about 600,000 people worldwide, a quarter of them in Africa."),
    H(3, "NONE", None, "asserted", "The 1995 peace agreement created two entities with their own parliaments and "
      "police forces."),
    H(4, "NONE", None, "asserted", "Support for the European Union has risen in most member states since 2022, a "
      "survey shows."),
    H(5, "NONE", None, "asserted", "The ministry's cooperation department has a staff of 40 and a budget of $12 "
      "million."),
    H(6, "NONE", None, "asserted", "Ceasefire monitors travel in white armoured vehicles marked with the mission's "
      "logo."),
    H(7, "NONE", None, "asserted", "The release of the quarterly figures is scheduled for Thursday morning."),
    H(8, "NONE", None, "asserted", "Mediation is one of the oldest tools of diplomacy, and also one of the least "
      "understood."),
    H(9, "NONE", None, "asserted", "Requests for visas at the consulate have doubled since the summer, with waiting "
      "times of up to six months."),
    H(10, "NONE", None, "historical", "The treaty was named after the castle where it was negotiated in the 17th "
      "century."),
    H(11, "NONE", None, "asserted", "Recognition software is increasingly used at border crossings in the region."),
    H(12, "NONE", None, "asserted", "The agreement's text is available in six languages on the organisation's "
      "website."),
    H(13, "NONE", None, "asserted", "Ticket prices for flights out of the capital rose sharply during the holiday "
      "season."),
    H(14, "NONE", None, "asserted", "The summit logo, a stylised olive branch, was designed by a local art student."),
    H(15, "NONE", None, "future", "The weather is expected to improve by the weekend, when the festival begins."),
    H(16, "NONE", None, "asserted", "The consulate is closed on Fridays and public holidays."),
]
