# ruff: noqa: E501 -- data module: sentence templates read best unbroken.
"""Actor and phrase pools the cooperative frames are filled from.

Actors are real countries, office holders (with the title they held), organisations and armed groups
from the 1990s to 2026. Each actor carries a country key so that a frame never pairs a country with
itself (``Kenya`` and ``the Kenyan government``). Values may carry PLOVER contexts that the sentence
inherits (a ``{TOPIC}`` of "border security" adds ``territory``).
"""

from __future__ import annotations

# Hand-laid-out data: one frame per block, templates unbroken.
# fmt: off

# key, name, adjective, capital
COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("USA", "the United States", "U.S.", "Washington"), ("RUS", "Russia", "Russian", "Moscow"),
    ("CHN", "China", "Chinese", "Beijing"), ("JPN", "Japan", "Japanese", "Tokyo"),
    ("DEU", "Germany", "German", "Berlin"), ("FRA", "France", "French", "Paris"),
    ("GBR", "Britain", "British", "London"), ("IND", "India", "Indian", "New Delhi"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad"), ("BRA", "Brazil", "Brazilian", "Brasilia"),
    ("MEX", "Mexico", "Mexican", "Mexico City"), ("TUR", "Turkey", "Turkish", "Ankara"),
    ("IRN", "Iran", "Iranian", "Tehran"), ("ISR", "Israel", "Israeli", "Jerusalem"),
    ("EGY", "Egypt", "Egyptian", "Cairo"), ("SAU", "Saudi Arabia", "Saudi", "Riyadh"),
    ("ZAF", "South Africa", "South African", "Pretoria"), ("NGA", "Nigeria", "Nigerian", "Abuja"),
    ("KEN", "Kenya", "Kenyan", "Nairobi"), ("UKR", "Ukraine", "Ukrainian", "Kyiv"),
    ("KOR", "South Korea", "South Korean", "Seoul"), ("IDN", "Indonesia", "Indonesian", "Jakarta"),
    ("COL", "Colombia", "Colombian", "Bogota"), ("VEN", "Venezuela", "Venezuelan", "Caracas"),
    ("HND", "Honduras", "Honduran", "Tegucigalpa"), ("AFG", "Afghanistan", "Afghan", "Kabul"),
    ("IRQ", "Iraq", "Iraqi", "Baghdad"), ("ETH", "Ethiopia", "Ethiopian", "Addis Ababa"),
    ("SDN", "Sudan", "Sudanese", "Khartoum"), ("ARG", "Argentina", "Argentine", "Buenos Aires"),
    ("CAN", "Canada", "Canadian", "Ottawa"), ("AUS", "Australia", "Australian", "Canberra"),
    ("PHL", "the Philippines", "Philippine", "Manila"), ("VNM", "Vietnam", "Vietnamese", "Hanoi"),
    ("POL", "Poland", "Polish", "Warsaw"), ("ITA", "Italy", "Italian", "Rome"),
    ("ESP", "Spain", "Spanish", "Madrid"), ("QAT", "Qatar", "Qatari", "Doha"),
    ("SYR", "Syria", "Syrian", "Damascus"), ("LBN", "Lebanon", "Lebanese", "Beirut"),
    ("JOR", "Jordan", "Jordanian", "Amman"), ("PRK", "North Korea", "North Korean", "Pyongyang"),
    ("SRB", "Serbia", "Serbian", "Belgrade"), ("ARM", "Armenia", "Armenian", "Yerevan"),
    ("AZE", "Azerbaijan", "Azerbaijani", "Baku"), ("COD", "Congo", "Congolese", "Kinshasa"),
    ("RWA", "Rwanda", "Rwandan", "Kigali"), ("SOM", "Somalia", "Somali", "Mogadishu"),
    ("ZWE", "Zimbabwe", "Zimbabwean", "Harare"), ("GTM", "Guatemala", "Guatemalan", "Guatemala City"),
    ("SLV", "El Salvador", "Salvadoran", "San Salvador"), ("CUB", "Cuba", "Cuban", "Havana"),
    ("NOR", "Norway", "Norwegian", "Oslo"), ("CHE", "Switzerland", "Swiss", "Bern"),
    ("THA", "Thailand", "Thai", "Bangkok"), ("MYS", "Malaysia", "Malaysian", "Kuala Lumpur"),
    ("BGD", "Bangladesh", "Bangladeshi", "Dhaka"), ("LKA", "Sri Lanka", "Sri Lankan", "Colombo"),
    ("NPL", "Nepal", "Nepalese", "Kathmandu"), ("MLI", "Mali", "Malian", "Bamako"),
    ("NER", "Niger", "Nigerien", "Niamey"), ("SEN", "Senegal", "Senegalese", "Dakar"),
    ("GHA", "Ghana", "Ghanaian", "Accra"), ("UGA", "Uganda", "Ugandan", "Kampala"),
    ("TZA", "Tanzania", "Tanzanian", "Dodoma"), ("MAR", "Morocco", "Moroccan", "Rabat"),
    ("DZA", "Algeria", "Algerian", "Algiers"), ("LBY", "Libya", "Libyan", "Tripoli"),
    ("TUN", "Tunisia", "Tunisian", "Tunis"), ("YEM", "Yemen", "Yemeni", "Sanaa"),
    ("UAE", "the United Arab Emirates", "Emirati", "Abu Dhabi"), ("GEO", "Georgia", "Georgian", "Tbilisi"),
    ("KAZ", "Kazakhstan", "Kazakh", "Astana"), ("PER", "Peru", "Peruvian", "Lima"),
    ("CHL", "Chile", "Chilean", "Santiago"), ("ECU", "Ecuador", "Ecuadorean", "Quito"),
    ("BOL", "Bolivia", "Bolivian", "La Paz"), ("NIC", "Nicaragua", "Nicaraguan", "Managua"),
    ("HTI", "Haiti", "Haitian", "Port-au-Prince"), ("MMR", "Myanmar", "Myanmar", "Naypyitaw"),
    ("KHM", "Cambodia", "Cambodian", "Phnom Penh"), ("NLD", "the Netherlands", "Dutch", "The Hague"),
    ("SWE", "Sweden", "Swedish", "Stockholm"), ("GRC", "Greece", "Greek", "Athens"),
    ("CYP", "Cyprus", "Cypriot", "Nicosia"), ("HUN", "Hungary", "Hungarian", "Budapest"),
    ("ROU", "Romania", "Romanian", "Bucharest"), ("BLR", "Belarus", "Belarusian", "Minsk"),
    ("MDA", "Moldova", "Moldovan", "Chisinau"), ("XKX", "Kosovo", "Kosovo", "Pristina"),
    ("PSE", "the Palestinian Authority", "Palestinian", "Ramallah"), ("SSD", "South Sudan", "South Sudanese", "Juba"),
    ("TCD", "Chad", "Chadian", "N'Djamena"), ("MOZ", "Mozambique", "Mozambican", "Maputo"),
)  # fmt: skip

COUNTRY = {c[0]: c for c in COUNTRIES}

# Office holders with the title they held; key, phrase as a news lead would write it.
LEADERS: tuple[tuple[str, str], ...] = (
    ("USA", "U.S. President Barack Obama"), ("USA", "U.S. President Joe Biden"),
    ("USA", "U.S. President Donald Trump"), ("USA", "U.S. President George W. Bush"),
    ("USA", "U.S. Secretary of State Hillary Clinton"), ("USA", "Secretary of State Antony Blinken"),
    ("USA", "Secretary of State Marco Rubio"), ("USA", "Secretary of State Condoleezza Rice"),
    ("USA", "President Bill Clinton"), ("RUS", "Russian President Vladimir Putin"),
    ("RUS", "Russian Foreign Minister Sergei Lavrov"), ("RUS", "Russian President Dmitry Medvedev"),
    ("CHN", "Chinese President Xi Jinping"), ("CHN", "Chinese Premier Li Keqiang"),
    ("CHN", "Chinese Foreign Minister Wang Yi"), ("CHN", "Chinese President Hu Jintao"),
    ("JPN", "Japanese Prime Minister Shinzo Abe"), ("JPN", "Japanese Prime Minister Fumio Kishida"),
    ("JPN", "Japanese Prime Minister Junichiro Koizumi"), ("DEU", "German Chancellor Angela Merkel"),
    ("DEU", "German Chancellor Olaf Scholz"), ("DEU", "German Chancellor Friedrich Merz"),
    ("DEU", "German Chancellor Gerhard Schroeder"), ("FRA", "French President Emmanuel Macron"),
    ("FRA", "French President Jacques Chirac"), ("FRA", "French President Nicolas Sarkozy"),
    ("GBR", "British Prime Minister Tony Blair"), ("GBR", "British Prime Minister Keir Starmer"),
    ("GBR", "British Prime Minister Theresa May"), ("GBR", "British Foreign Secretary David Miliband"),
    ("IND", "Indian Prime Minister Narendra Modi"), ("IND", "Indian Prime Minister Manmohan Singh"),
    ("PAK", "Pakistani Prime Minister Shehbaz Sharif"), ("PAK", "Pakistani President Pervez Musharraf"),
    ("BRA", "Brazilian President Luiz Inacio Lula da Silva"), ("BRA", "Brazilian President Dilma Rousseff"),
    ("MEX", "Mexican President Andres Manuel Lopez Obrador"), ("MEX", "Mexican President Claudia Sheinbaum"),
    ("MEX", "Mexican President Felipe Calderon"), ("TUR", "Turkish President Recep Tayyip Erdogan"),
    ("IRN", "Iranian President Hassan Rouhani"), ("IRN", "Iranian Foreign Minister Mohammad Javad Zarif"),
    ("IRN", "Iranian Foreign Minister Abbas Araqchi"), ("ISR", "Israeli Prime Minister Benjamin Netanyahu"),
    ("ISR", "Israeli Prime Minister Ehud Olmert"), ("PSE", "Palestinian President Mahmoud Abbas"),
    ("EGY", "Egyptian President Abdel Fattah al-Sisi"), ("EGY", "Egyptian President Hosni Mubarak"),
    ("SAU", "Saudi Crown Prince Mohammed bin Salman"), ("ZAF", "South African President Cyril Ramaphosa"),
    ("ZAF", "South African President Thabo Mbeki"), ("NGA", "Nigerian President Bola Tinubu"),
    ("NGA", "Nigerian President Olusegun Obasanjo"), ("KEN", "Kenyan President William Ruto"),
    ("KEN", "Kenyan President Mwai Kibaki"), ("UKR", "Ukrainian President Volodymyr Zelenskiy"),
    ("KOR", "South Korean President Moon Jae-in"), ("KOR", "South Korean President Lee Jae-myung"),
    ("IDN", "Indonesian President Joko Widodo"), ("IDN", "Indonesian President Prabowo Subianto"),
    ("COL", "Colombian President Juan Manuel Santos"), ("COL", "Colombian President Gustavo Petro"),
    ("VEN", "Venezuelan President Hugo Chavez"), ("VEN", "Venezuelan President Nicolas Maduro"),
    ("HND", "Honduran President Xiomara Castro"), ("HND", "Honduran President Juan Orlando Hernandez"),
    ("AFG", "Afghan President Hamid Karzai"), ("AFG", "Afghan President Ashraf Ghani"),
    ("IRQ", "Iraqi Prime Minister Nuri al-Maliki"), ("IRQ", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
    ("ETH", "Ethiopian Prime Minister Abiy Ahmed"), ("SDN", "Sudanese President Omar al-Bashir"),
    ("ARG", "Argentine President Javier Milei"), ("CAN", "Canadian Prime Minister Justin Trudeau"),
    ("CAN", "Canadian Prime Minister Mark Carney"), ("AUS", "Australian Prime Minister Anthony Albanese"),
    ("AUS", "Australian Prime Minister John Howard"), ("PHL", "Philippine President Rodrigo Duterte"),
    ("POL", "Polish Prime Minister Donald Tusk"), ("ITA", "Italian Prime Minister Giorgia Meloni"),
    ("ESP", "Spanish Prime Minister Pedro Sanchez"), ("QAT", "Qatari Emir Sheikh Tamim bin Hamad al-Thani"),
    ("SRB", "Serbian President Aleksandar Vucic"), ("XKX", "Kosovo Prime Minister Albin Kurti"),
    ("ARM", "Armenian Prime Minister Nikol Pashinyan"), ("AZE", "Azerbaijani President Ilham Aliyev"),
    ("COD", "Congolese President Felix Tshisekedi"), ("RWA", "Rwandan President Paul Kagame"),
    ("SOM", "Somali President Hassan Sheikh Mohamud"), ("ZWE", "Zimbabwean President Robert Mugabe"),
    ("GTM", "Guatemalan President Bernardo Arevalo"), ("SLV", "Salvadoran President Nayib Bukele"),
    ("CUB", "Cuban President Raul Castro"), ("NOR", "Norwegian Foreign Minister Jonas Gahr Stoere"),
    ("GRC", "Greek Prime Minister Kyriakos Mitsotakis"), ("HUN", "Hungarian Prime Minister Viktor Orban"),
    ("SYR", "Syrian President Bashar al-Assad"), ("JOR", "Jordan's King Abdullah"),
    ("LKA", "Sri Lankan President Mahinda Rajapaksa"), ("THA", "Thai Prime Minister Thaksin Shinawatra"),
)  # fmt: skip

# Intergovernmental organisations and their officials (key "IGO-..." so they never pair with themselves).
IGOS: tuple[tuple[str, str], ...] = (
    ("IGO-UN", "the United Nations"), ("IGO-UN", "the U.N. Security Council"),
    ("IGO-EU", "the European Union"), ("IGO-AU", "the African Union"), ("IGO-NATO", "NATO"),
    ("IGO-IMF", "the International Monetary Fund"), ("IGO-WB", "the World Bank"),
    ("IGO-ASEAN", "ASEAN"), ("IGO-OAS", "the Organization of American States"),
    ("IGO-ECOWAS", "ECOWAS"), ("IGO-AL", "the Arab League"), ("IGO-OSCE", "the OSCE"),
    ("IGO-IAEA", "the International Atomic Energy Agency"), ("IGO-WHO", "the World Health Organization"),
    ("IGO-GCC", "the Gulf Cooperation Council"), ("IGO-IGAD", "IGAD"),
)  # fmt: skip
IGO_OFFICIALS: tuple[tuple[str, str], ...] = (
    ("IGO-UN", "U.N. Secretary-General Ban Ki-moon"), ("IGO-UN", "U.N. Secretary-General Antonio Guterres"),
    ("IGO-UN", "U.N. Secretary-General Kofi Annan"), ("IGO-EU", "EU foreign policy chief Josep Borrell"),
    ("IGO-EU", "EU foreign policy chief Kaja Kallas"), ("IGO-EU", "European Commission President Ursula von der Leyen"),
    ("IGO-NATO", "NATO Secretary-General Jens Stoltenberg"), ("IGO-NATO", "NATO Secretary-General Mark Rutte"),
    ("IGO-AU", "African Union Commission chairman Moussa Faki Mahamat"),
    ("IGO-IMF", "IMF Managing Director Kristalina Georgieva"), ("IGO-IAEA", "IAEA chief Rafael Grossi"),
    ("IGO-UN", "U.N. human rights chief Volker Turk"), ("IGO-UN", "U.N. refugee chief Filippo Grandi"),
)  # fmt: skip
AID_AGENCIES: tuple[tuple[str, str], ...] = (
    ("NGO-WFP", "the World Food Programme"), ("NGO-UNHCR", "the U.N. refugee agency"),
    ("NGO-UNICEF", "UNICEF"), ("NGO-ICRC", "the International Committee of the Red Cross"),
    ("NGO-MSF", "Doctors Without Borders"), ("NGO-OXF", "Oxfam"), ("NGO-STC", "Save the Children"),
    ("NGO-USAID", "the U.S. Agency for International Development"), ("NGO-OCHA", "the U.N. humanitarian office"),
    ("NGO-IRC", "the International Rescue Committee"), ("NGO-CARE", "CARE International"),
)  # fmt: skip
RIGHTS_GROUPS: tuple[tuple[str, str], ...] = (
    ("NGO-AI", "Amnesty International"), ("NGO-HRW", "Human Rights Watch"),
    ("NGO-RSF", "Reporters Without Borders"), ("NGO-CPJ", "the Committee to Protect Journalists"),
    ("NGO-TI", "Transparency International"), ("NGO-IC", "the International Crisis Group"),
)  # fmt: skip
# Armed groups written as a singular noun phrase ("the FARC has") ...
ARMED_GROUPS: tuple[tuple[str, str], ...] = (
    ("COL", "the FARC"), ("COL", "the ELN"), ("AFG", "the Taliban"), ("PSE", "Hamas"),
    ("LBN", "Hezbollah"), ("COD", "the M23 rebel group"), ("YEM", "the Houthi movement"),
    ("LKA", "the Liberation Tigers of Tamil Eelam"), ("SDN", "the Rapid Support Forces"),
    ("NPL", "Nepal's Maoist rebel movement"), ("ETH", "the Tigray People's Liberation Front"),
    ("MLI", "a Tuareg rebel alliance"), ("MMR", "the Arakan Army"), ("SSD", "the SPLM-in-Opposition"),
)  # fmt: skip
# ... and as a plural one ("rebels have").
REBELS: tuple[tuple[str, str], ...] = (
    ("COL", "FARC rebels"), ("COL", "ELN guerrillas"), ("AFG", "Taliban insurgents"),
    ("YEM", "Houthi rebels"), ("COD", "M23 rebels"), ("LKA", "Tamil Tiger rebels"),
    ("SDN", "Darfur rebels"), ("MLI", "Tuareg rebels"), ("MMR", "ethnic Karen rebels"),
    ("PHL", "Moro Islamic Liberation Front rebels"), ("NPL", "Maoist rebels"), ("SYR", "Syrian rebels"),
)  # fmt: skip
PARTIES: tuple[tuple[str, str], ...] = (
    ("ZWE", "the opposition Movement for Democratic Change"), ("IND", "the Congress party"),
    ("ZAF", "the African National Congress"), ("KEN", "the opposition Orange Democratic Movement"),
    ("HND", "the opposition National Party"), ("HND", "the opposition Liberal Party"),
    ("VEN", "the opposition Democratic Unity Roundtable"), ("TUR", "the pro-Kurdish HDP"),
    ("MMR", "the National League for Democracy"), ("PAK", "Pakistan Tehreek-e-Insaf"),
    ("BGD", "the Bangladesh Nationalist Party"), ("NIC", "the opposition Citizens for Freedom party"),
    ("GEO", "the opposition United National Movement"), ("TUN", "the Ennahda party"),
)  # fmt: skip
COMPANIES: tuple[tuple[str, str], ...] = (
    ("DEU", "Siemens"), ("RUS", "Gazprom"), ("JPN", "Toyota"), ("BRA", "Petrobras"), ("CHN", "Huawei"),
    ("FRA", "TotalEnergies"), ("USA", "ExxonMobil"), ("KOR", "Samsung"), ("GBR", "BP"),
    ("CHN", "China National Petroleum Corp"), ("IND", "Tata Group"), ("ITA", "Eni"),
)  # fmt: skip
UNIONS: tuple[tuple[str, str], ...] = (
    ("NGA", "the Nigeria Labour Congress"), ("ZAF", "the Congress of South African Trade Unions"),
    ("FRA", "the CGT union"), ("ARG", "the General Confederation of Labour"), ("KOR", "the Korean Confederation of Trade Unions"),
    ("GBR", "the Trades Union Congress"), ("TUN", "the UGTT labour federation"),
)  # fmt: skip

# Phrases (text, contexts) for the other slots.
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("trade", ("economic",)), ("border security", ("territory",)), ("climate change", ("environment",)),
    ("Iran's nuclear programme", ("cbrn",)), ("migration", ("migration",)),
    ("counter-terrorism cooperation", ("terrorism",)), ("energy supplies", ("natural_resource", "economic")),
    ("the war in Ukraine", ("military",)), ("the crisis in Gaza", ("diplomatic",)),
    ("drug trafficking", ("illegal_drugs", "trafficking")), ("regional security", ("military",)),
    ("investment", ("economic",)), ("the refugee crisis", ("migration",)), ("North Korea", ("cbrn",)),
    ("maritime disputes in the South China Sea", ("territory",)), ("food security", ("human_security",)),
    ("arms control", ("cbrn", "military")), ("tariffs", ("economic",)), ("the Syrian conflict", ("military",)),
    ("debt relief", ("economic",)), ("the fight against Ebola", ("health",)), ("cybersecurity", ("cyber",)),
    ("water sharing on the Nile", ("natural_resource",)), ("the disputed border", ("territory",)),
)  # fmt: skip
# Topics that only make sense for some actors: a set of country keys (one side must be in it) or
# "pair" (only in frames whose two sides are a real pair of rivals or neighbours).
TOPIC_SCOPE: dict[str, set[str] | str] = {
    "water sharing on the Nile": {"EGY", "ETH", "SDN", "SSD", "UGA", "KEN", "TZA", "RWA", "COD"},
    "maritime disputes in the South China Sea": {"CHN", "PHL", "VNM", "MYS", "USA", "JPN", "AUS", "IDN"},
    "the disputed border": "pair",
    "the crisis in Gaza": {"ISR", "PSE", "EGY", "QAT", "USA", "JOR", "SAU", "TUR", "UAE", "LBN", "FRA", "GBR"},
    "the Syrian conflict": {"SYR", "TUR", "RUS", "IRN", "USA", "JOR", "LBN", "IRQ", "SAU", "QAT", "ISR", "FRA"},
    "the fight against Ebola": {"COD", "NGA", "GHA", "SEN", "MLI", "UGA", "USA", "GBR", "FRA", "CHN", "CUB"},
    "North Korea": {"PRK", "KOR", "JPN", "CHN", "USA", "RUS"},
}
PAST_DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
             "on Sunday", "last week", "earlier this month", "late on Tuesday", "on Thursday evening",
             "this week", "on Friday night")  # fmt: skip
FUTURE_DAYS = ("next week", "next month", "on Friday", "later this month", "early next year", "in March",
               "before the end of the year", "next Tuesday", "in the coming weeks", "this weekend")  # fmt: skip
YEARS = tuple(str(y) for y in range(1991, 2022))
SAID = ("officials said", "the foreign ministry said in a statement", "state media reported",
        "a government spokesman said", "according to a statement from the presidency", "diplomats said",
        "the official news agency reported", "a senior official told reporters", "the ministry said",
        "a spokeswoman said", "local media reported")  # fmt: skip
MEET_CITIES = ("Geneva", "Vienna", "Doha", "Oslo", "Brussels", "New York", "Istanbul", "Muscat",
               "Addis Ababa", "Helsinki", "Singapore", "Astana", "Havana", "Jeddah", "Nairobi")  # fmt: skip
NUMBERS = ("12", "23", "45", "more than 100", "dozens of", "nearly 300", "about 60", "17", "eight",
           "several hundred", "at least 40", "two")  # fmt: skip
MONEY = ("$50 million", "$1.2 billion", "$300 million", "20 million euros", "$15 million",
         "$4 billion", "$750 million", "100 million euros", "$2.5 million", "$80 million")  # fmt: skip
PERSONS = ("opposition leader Leopoldo Lopez", "journalist Evan Gershkovich", "activist Alaa Abd el-Fattah",
           "former prime minister Imran Khan", "Nobel laureate Aung San Suu Kyi", "human rights lawyer Nabeel Rajab",
           "blogger Raif Badawi", "dissident Liu Xiaobo", "rights activist Narges Mohammadi")  # fmt: skip


# Fillers for sentences that carry no event.
PCTS = ("2.1%", "3.4%", "0.8%", "1.5 percent", "4.6%", "2.7%", "0.3%", "5.2%", "1.9 percent")
BIGPCTS = ("12%", "18%", "27%", "35%", "41 percent", "9%", "22 percent", "15%")
POLLPCTS = ("48%", "61%", "72 percent", "39%", "55%", "44 percent", "31%")
DEBTPCTS = ("85%", "120%", "64%", "97 percent", "110%")
BIGNUMS = ("200,000", "1.2 million", "450,000", "3 million", "80,000", "2.5 million")
BIGMONEY = ("$1.2 billion", "$4 billion", "$2.5 billion", "$850 million", "$6.3 billion")
WIRES = ("Reuters", "AFP", "AP", "dpa", "Xinhua", "Anadolu")
WINSCORES = ("2-1", "3-0", "1-0", "4-2", "3-1")
DRAWSCORES = ("1-1", "0-0", "2-2")
REPORTERS = ("Maria Gonzalez", "Tom Phillips", "Aisha Bello", "Kenji Watanabe", "Sarah Kim",
             "David Okafor", "Elena Petrova", "James Harrington", "Priya Raman", "Lucas Ferreira")  # fmt: skip
OUTLETS = ("the Guardian", "Al Jazeera", "the BBC", "the Associated Press", "Reuters", "AFP",
           "the New York Times", "Le Monde", "the Financial Times", "the Washington Post")  # fmt: skip
TEAMS = ("Real Madrid", "Manchester City", "Bayern Munich", "Flamengo", "Al Ahly", "Boca Juniors",
         "Liverpool", "Paris Saint-Germain", "Juventus", "Galatasaray", "Olimpia", "Motagua")  # fmt: skip
SCORES = ("2-1", "3-0", "1-1", "0-0", "4-2", "2-2", "1-0")
TEMPS = ("38 degrees Celsius", "minus 12 degrees Celsius", "45 degrees Celsius", "104 degrees Fahrenheit")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip

# Years in office (first, last) of the office holders above, so that a sentence never has two
# people meet who were never in office at the same time.
TERMS: dict[str, tuple[int, int]] = {
    "U.S. President Barack Obama": (2009, 2017), "U.S. President Joe Biden": (2021, 2025),
    "U.S. President Donald Trump": (2017, 2026), "U.S. President George W. Bush": (2001, 2009),
    "U.S. Secretary of State Hillary Clinton": (2009, 2013), "Secretary of State Antony Blinken": (2021, 2025),
    "Secretary of State Marco Rubio": (2025, 2026), "Secretary of State Condoleezza Rice": (2005, 2009),
    "President Bill Clinton": (1993, 2001), "Russian President Vladimir Putin": (2000, 2026),
    "Russian Foreign Minister Sergei Lavrov": (2004, 2026), "Russian President Dmitry Medvedev": (2008, 2012),
    "Chinese President Xi Jinping": (2013, 2026), "Chinese Premier Li Keqiang": (2013, 2023),
    "Chinese Foreign Minister Wang Yi": (2013, 2026), "Chinese President Hu Jintao": (2003, 2013),
    "Japanese Prime Minister Shinzo Abe": (2012, 2020), "Japanese Prime Minister Fumio Kishida": (2021, 2024),
    "Japanese Prime Minister Junichiro Koizumi": (2001, 2006), "German Chancellor Angela Merkel": (2005, 2021),
    "German Chancellor Olaf Scholz": (2021, 2025), "German Chancellor Friedrich Merz": (2025, 2026),
    "German Chancellor Gerhard Schroeder": (1998, 2005), "French President Emmanuel Macron": (2017, 2026),
    "French President Jacques Chirac": (1995, 2007), "French President Nicolas Sarkozy": (2007, 2012),
    "British Prime Minister Tony Blair": (1997, 2007), "British Prime Minister Keir Starmer": (2024, 2026),
    "British Prime Minister Theresa May": (2016, 2019), "British Foreign Secretary David Miliband": (2007, 2010),
    "Indian Prime Minister Narendra Modi": (2014, 2026), "Indian Prime Minister Manmohan Singh": (2004, 2014),
    "Pakistani Prime Minister Shehbaz Sharif": (2022, 2026), "Pakistani President Pervez Musharraf": (2001, 2008),
    "Brazilian President Luiz Inacio Lula da Silva": (2003, 2026), "Brazilian President Dilma Rousseff": (2011, 2016),
    "Mexican President Andres Manuel Lopez Obrador": (2018, 2024), "Mexican President Claudia Sheinbaum": (2024, 2026),
    "Mexican President Felipe Calderon": (2006, 2012), "Turkish President Recep Tayyip Erdogan": (2014, 2026),
    "Iranian President Hassan Rouhani": (2013, 2021), "Iranian Foreign Minister Mohammad Javad Zarif": (2013, 2021),
    "Iranian Foreign Minister Abbas Araqchi": (2024, 2026), "Israeli Prime Minister Benjamin Netanyahu": (2009, 2026),
    "Israeli Prime Minister Ehud Olmert": (2006, 2009), "Palestinian President Mahmoud Abbas": (2005, 2026),
    "Egyptian President Abdel Fattah al-Sisi": (2014, 2026), "Egyptian President Hosni Mubarak": (1991, 2011),
    "Saudi Crown Prince Mohammed bin Salman": (2017, 2026), "South African President Cyril Ramaphosa": (2018, 2026),
    "South African President Thabo Mbeki": (1999, 2008), "Nigerian President Bola Tinubu": (2023, 2026),
    "Nigerian President Olusegun Obasanjo": (1999, 2007), "Kenyan President William Ruto": (2022, 2026),
    "Kenyan President Mwai Kibaki": (2002, 2013), "Ukrainian President Volodymyr Zelenskiy": (2019, 2026),
    "South Korean President Moon Jae-in": (2017, 2022), "South Korean President Lee Jae-myung": (2025, 2026),
    "Indonesian President Joko Widodo": (2014, 2024), "Indonesian President Prabowo Subianto": (2024, 2026),
    "Colombian President Juan Manuel Santos": (2010, 2018), "Colombian President Gustavo Petro": (2022, 2026),
    "Venezuelan President Hugo Chavez": (1999, 2013), "Venezuelan President Nicolas Maduro": (2013, 2026),
    "Honduran President Xiomara Castro": (2022, 2026), "Honduran President Juan Orlando Hernandez": (2014, 2022),
    "Afghan President Hamid Karzai": (2001, 2014), "Afghan President Ashraf Ghani": (2014, 2021),
    "Iraqi Prime Minister Nuri al-Maliki": (2006, 2014), "Iraqi Prime Minister Mohammed Shia al-Sudani": (2022, 2026),
    "Ethiopian Prime Minister Abiy Ahmed": (2018, 2026), "Sudanese President Omar al-Bashir": (1993, 2019),
    "Argentine President Javier Milei": (2023, 2026), "Canadian Prime Minister Justin Trudeau": (2015, 2025),
    "Canadian Prime Minister Mark Carney": (2025, 2026), "Australian Prime Minister Anthony Albanese": (2022, 2026),
    "Australian Prime Minister John Howard": (1996, 2007), "Philippine President Rodrigo Duterte": (2016, 2022),
    "Polish Prime Minister Donald Tusk": (2007, 2026), "Italian Prime Minister Giorgia Meloni": (2022, 2026),
    "Spanish Prime Minister Pedro Sanchez": (2018, 2026), "Qatari Emir Sheikh Tamim bin Hamad al-Thani": (2013, 2026),
    "Serbian President Aleksandar Vucic": (2017, 2026), "Kosovo Prime Minister Albin Kurti": (2021, 2026),
    "Armenian Prime Minister Nikol Pashinyan": (2018, 2026), "Azerbaijani President Ilham Aliyev": (2003, 2026),
    "Congolese President Felix Tshisekedi": (2019, 2026), "Rwandan President Paul Kagame": (2000, 2026),
    "Somali President Hassan Sheikh Mohamud": (2012, 2026), "Zimbabwean President Robert Mugabe": (1991, 2017),
    "Guatemalan President Bernardo Arevalo": (2024, 2026), "Salvadoran President Nayib Bukele": (2019, 2026),
    "Cuban President Raul Castro": (2008, 2018), "Norwegian Foreign Minister Jonas Gahr Stoere": (2005, 2013),
    "Greek Prime Minister Kyriakos Mitsotakis": (2019, 2026), "Hungarian Prime Minister Viktor Orban": (2010, 2026),
    "Syrian President Bashar al-Assad": (2000, 2024), "Jordan's King Abdullah": (1999, 2026),
    "Sri Lankan President Mahinda Rajapaksa": (2005, 2015), "Thai Prime Minister Thaksin Shinawatra": (2001, 2006),
    "U.N. Secretary-General Ban Ki-moon": (2007, 2016), "U.N. Secretary-General Antonio Guterres": (2017, 2026),
    "U.N. Secretary-General Kofi Annan": (1997, 2006), "EU foreign policy chief Josep Borrell": (2019, 2024),
    "EU foreign policy chief Kaja Kallas": (2024, 2026), "European Commission President Ursula von der Leyen": (2019, 2026),
    "NATO Secretary-General Jens Stoltenberg": (2014, 2024), "NATO Secretary-General Mark Rutte": (2024, 2026),
    "African Union Commission chairman Moussa Faki Mahamat": (2017, 2025),
    "IMF Managing Director Kristalina Georgieva": (2019, 2026), "IAEA chief Rafael Grossi": (2019, 2026),
    "U.N. human rights chief Volker Turk": (2022, 2026), "U.N. refugee chief Filippo Grandi": (2016, 2025),
}  # fmt: skip

# Countries whose head of government is a prime minister (for "the then ... prime minister").
PM_COUNTRIES = {"GBR", "JPN", "IND", "PAK", "CAN", "AUS", "ITA", "ESP", "ISR", "ETH", "IRQ", "GRC", "HUN",
                "ARM", "XKX", "THA", "NLD", "SWE", "MYS", "NPL", "BGD", "KHM", "LBN", "NOR", "DEU"}  # fmt: skip
MONARCHIES = {"SAU", "JOR", "QAT", "MAR", "UAE"}

# Pairs that have had disputes, wars or ruptures and talks to end them, and pairs of neighbours.
RIVALS: tuple[tuple[str, str], ...] = (
    ("ARM", "AZE"), ("IND", "PAK"), ("RUS", "UKR"), ("SDN", "SSD"), ("COD", "RWA"), ("COL", "VEN"),
    ("THA", "KHM"), ("SRB", "XKX"), ("PRK", "KOR"), ("GRC", "TUR"), ("MAR", "DZA"), ("CHN", "PHL"),
    ("CHN", "VNM"), ("ISR", "LBN"), ("IRN", "SAU"), ("QAT", "SAU"), ("USA", "IRN"), ("RUS", "GEO"),
    ("PER", "ECU"), ("SOM", "ETH"), ("ISR", "PSE"), ("CHN", "JPN"), ("JPN", "KOR"), ("USA", "CUB"),
    ("USA", "VEN"), ("EGY", "ETH"), ("AFG", "PAK"), ("GRC", "CYP"), ("IRQ", "IRN"), ("TUR", "SYR"),
    ("RUS", "POL"), ("CHN", "IND"), ("MDA", "RUS"), ("BOL", "CHL"), ("UGA", "COD"), ("TCD", "SDN"),
)  # fmt: skip
NEIGHBOURS: tuple[tuple[str, str], ...] = (
    ("USA", "MEX"), ("USA", "CAN"), ("MEX", "GTM"), ("GTM", "HND"), ("HND", "SLV"), ("HND", "NIC"),
    ("COL", "VEN"), ("COL", "ECU"), ("PER", "ECU"), ("PER", "BOL"), ("ARG", "CHL"), ("BRA", "ARG"),
    ("BRA", "BOL"), ("FRA", "DEU"), ("FRA", "ESP"), ("DEU", "POL"), ("POL", "UKR"), ("HUN", "ROU"),
    ("ROU", "MDA"), ("SRB", "HUN"), ("GRC", "TUR"), ("TUR", "SYR"), ("TUR", "IRN"), ("IRN", "IRQ"),
    ("IRQ", "SYR"), ("JOR", "IRQ"), ("JOR", "SYR"), ("EGY", "SDN"), ("EGY", "LBY"), ("LBY", "TUN"),
    ("TUN", "DZA"), ("DZA", "MAR"), ("DZA", "MLI"), ("MLI", "NER"), ("NER", "NGA"), ("NGA", "TCD"),
    ("SDN", "TCD"), ("SDN", "SSD"), ("SSD", "UGA"), ("UGA", "KEN"), ("KEN", "ETH"), ("KEN", "SOM"),
    ("ETH", "SOM"), ("TZA", "KEN"), ("TZA", "MOZ"), ("MOZ", "ZAF"), ("ZAF", "ZWE"), ("COD", "RWA"),
    ("COD", "UGA"), ("IND", "BGD"), ("IND", "NPL"), ("IND", "PAK"), ("AFG", "PAK"), ("CHN", "VNM"),
    ("THA", "KHM"), ("THA", "MYS"), ("MMR", "THA"), ("MMR", "BGD"), ("CHN", "KAZ"), ("RUS", "KAZ"),
    ("GEO", "ARM"), ("ARM", "AZE"), ("RUS", "BLR"), ("BLR", "UKR"), ("SAU", "YEM"), ("SAU", "JOR"),
    ("QAT", "SAU"), ("UAE", "SAU"), ("ISR", "JOR"), ("ISR", "EGY"), ("LBN", "SYR"), ("SEN", "MLI"),
    ("GHA", "NGA"), ("NOR", "SWE"), ("ITA", "CHE"), ("NLD", "DEU"), ("KOR", "JPN"), ("PRK", "CHN"),
)  # fmt: skip

# Prisoners whose release governments were urged to grant (key = the country that held them).
PRISONERS: tuple[tuple[str, str], ...] = (
    ("VEN", "opposition leader Leopoldo Lopez"), ("RUS", "journalist Evan Gershkovich"),
    ("EGY", "activist Alaa Abd el-Fattah"), ("PAK", "former prime minister Imran Khan"),
    ("MMR", "Nobel laureate Aung San Suu Kyi"), ("SAU", "blogger Raif Badawi"), ("CHN", "dissident Liu Xiaobo"),
    ("IRN", "rights activist Narges Mohammadi"), ("BLR", "opposition figure Maria Kolesnikova"),
    ("TUR", "philanthropist Osman Kavala"), ("GTM", "journalist Jose Ruben Zamora"),
    ("RUS", "opposition leader Alexei Navalny"), ("NIC", "Bishop Rolando Alvarez"),
)  # fmt: skip

# Governments that have imposed curfews, emergency rule, party bans and press restrictions.
REGIMES = {"EGY", "ZWE", "VEN", "NIC", "BLR", "ETH", "MMR", "SDN", "TUR", "IRN", "PAK", "BGD", "THA", "KEN",
           "UGA", "TZA", "MLI", "NER", "TCD", "HND", "GTM", "SLV", "CUB", "RUS", "AZE", "KAZ", "TUN", "DZA",
           "SYR", "IRQ", "LKA", "NPL", "KHM", "GEO", "ARM", "BOL", "ECU", "PER", "PHL", "MOZ", "COD",
           "SSD", "NGA", "LBY"}  # fmt: skip
JUNTAS = {"MMR", "MLI", "NER", "SDN", "EGY", "THA", "TCD"}
EXPORTERS = {"RUS", "QAT", "NOR", "DZA", "AZE", "IRN", "USA", "NGA", "KAZ", "UAE", "SAU", "LBY", "AUS", "CAN"}
MEDIATORS = {"NOR", "QAT", "CHE", "EGY", "TUR", "SAU", "UAE", "KEN", "ZAF", "DZA", "ETH", "FRA", "USA", "CHN"}
CONFLICTS = {"COL", "AFG", "SDN", "SSD", "YEM", "SYR", "COD", "ETH", "MLI", "NER", "MMR", "LKA", "NPL", "PHL",
             "SOM", "MOZ", "LBY", "IRQ", "TCD", "NGA", "UKR"}  # fmt: skip
CRISES = {"AFG", "HTI", "SOM", "SDN", "SSD", "YEM", "SYR", "COD", "ETH", "MLI", "NER", "TCD", "MOZ", "BGD",
          "MMR", "UKR", "LBN", "PAK", "NPL", "LBY", "TUR", "MAR", "HND", "MDA", "PHL"}  # fmt: skip

NUMSTART = ("Dozens of", "Hundreds of", "More than 200", "About 150", "Several hundred", "Nearly 80", "Some 40")

# Neutral elaborations that lengthen a sentence the way wire copy does, without adding an event.
# Prepositional ones attach without a comma; appositive ones after a comma.
ELAB_PREP = (
    "amid growing concern over {TOPIC2}", "ahead of a regional summit in {CITY}",
    "despite strong opposition at home", "in a move analysts said could ease tensions in the region",
"as the region struggles with a worsening economic crisis",
    "in what officials described as a significant step",

    "as the humanitarian situation continued to deteriorate", "at the end of a two-day meeting in {CITY}",
    "in a brief statement that gave no further details", "amid renewed international attention on {TOPIC2}",
)  # fmt: skip
ELAB_APPOS = (
    "the first such move since {YEAR}", "a step welcomed by business leaders",
    "a decision likely to anger hardliners at home", "the latest sign of a shift in regional diplomacy",
    "a move that surprised many diplomats", "a gesture seen as important before the elections",
    "according to a transcript released by the presidency", "days before a crucial vote in parliament",
)  # fmt: skip

# Elaborations that also read well after a negated, hypothetical, future or historical event.
ELAB_NEUTRAL = (
    "amid growing concern over {TOPIC2}", "ahead of a regional summit in {CITY}",
    "as the region struggles with a worsening economic crisis",
)  # fmt: skip
MANY = ("about 2,000", "some 5,000", "more than 1,200", "nearly 800", "3,500", "several thousand")
