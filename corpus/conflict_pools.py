"""Actor, place and phrase pools for corpus/generate_conflict.py.

Real countries, leaders (with the titles newswire gives them), armed forces, armed groups, parties,
NGOs and IGOs from the 1990s to the 2020s. A country entry only offers the kinds of actor it really
has (no "Palestinian army", no rebels where there were none), so generated sentences stay plausible.
"""

from __future__ import annotations

import random


def C(name, adj, capital, cities, leaders, rebels=(), opp=(), mil=(), police=(), court=None, plural_adj=None):
    return {
        "name": name, "adj": adj, "capital": capital, "cities": list(cities), "leaders": list(leaders),
        "rebels": list(rebels), "opp": list(opp), "mil": list(mil), "police": list(police), "court": court,
        "people": plural_adj or f"{adj}s",
    }  # fmt: skip


# leaders: (title, name, era) where era "old" means before about 2012 (fine in historical sentences).
COUNTRIES = [
    C("the United States", "US", "Washington", ["Washington", "New York", "Chicago", "Los Angeles"],
      [("President", "Joe Biden"), ("President", "Donald Trump"), ("President", "Barack Obama"),
       ("Secretary of State", "Antony Blinken"), ("Secretary of State", "Marco Rubio"),
       ("Secretary of State", "Hillary Clinton"), ("President", "George W. Bush")],
      mil=["the US military", "US forces", "US troops", "the US Army"], plural_adj="Americans"),
    C("Russia", "Russian", "Moscow", ["Moscow", "St Petersburg", "Belgorod", "Kursk"],
      [("President", "Vladimir Putin"), ("Foreign Minister", "Sergei Lavrov"), ("President", "Dmitry Medvedev"),
       ("President", "Boris Yeltsin")],
      opp=["opposition leader Alexei Navalny", "Navalny's supporters"],
      mil=["Russian forces", "the Russian army", "Russian troops"]),
    C("China", "Chinese", "Beijing", ["Beijing", "Shanghai", "Hong Kong", "Guangzhou"],
      [("President", "Xi Jinping"), ("Premier", "Li Keqiang"), ("Foreign Minister", "Wang Yi"),
       ("President", "Hu Jintao")],
      mil=["the People's Liberation Army", "Chinese forces"]),
    C("Ukraine", "Ukrainian", "Kyiv", ["Kyiv", "Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro"],
      [("President", "Volodymyr Zelensky"), ("President", "Petro Poroshenko"),
       ("Foreign Minister", "Dmytro Kuleba")],
      rebels=["pro-Russian separatists", "separatist fighters"],
      mil=["Ukrainian forces", "the Ukrainian army", "Ukrainian troops"]),
    C("Israel", "Israeli", "Jerusalem", ["Tel Aviv", "Jerusalem", "Haifa", "Sderot"],
      [("Prime Minister", "Benjamin Netanyahu"), ("Prime Minister", "Ehud Olmert"),
       ("Defence Minister", "Yoav Gallant"), ("Prime Minister", "Naftali Bennett")],
      mil=["the Israeli army", "Israeli troops", "Israeli forces", "the Israeli military"]),
    C("the Palestinian Authority", "Palestinian", "Ramallah", ["Gaza City", "Ramallah", "Khan Younis", "Jenin",
      "Rafah", "Nablus", "Hebron"],
      [("President", "Mahmoud Abbas")], rebels=["Hamas", "Islamic Jihad", "Hamas militants"],
      police=["Palestinian police", "Palestinian security forces"]),
    C("Iran", "Iranian", "Tehran", ["Tehran", "Isfahan", "Mashhad", "Tabriz"],
      [("President", "Hassan Rouhani"), ("President", "Mahmoud Ahmadinejad"),
       ("Supreme Leader", "Ayatollah Ali Khamenei"), ("Foreign Minister", "Abbas Araghchi"),
       ("President", "Masoud Pezeshkian")],
      mil=["the Revolutionary Guards", "Iranian forces"]),
    C("Syria", "Syrian", "Damascus", ["Aleppo", "Homs", "Idlib", "Damascus", "Deir ez-Zor"],
      [("President", "Bashar al-Assad"), ("President", "Ahmed al-Sharaa")],
      rebels=["Syrian rebels", "Islamic State fighters", "Hayat Tahrir al-Sham", "Kurdish-led forces"],
      mil=["Syrian government forces", "the Syrian army", "pro-government forces"]),
    C("Iraq", "Iraqi", "Baghdad", ["Baghdad", "Mosul", "Basra", "Fallujah", "Kirkuk", "Ramadi"],
      [("Prime Minister", "Nouri al-Maliki"), ("Prime Minister", "Mohammed Shia al-Sudani"),
       ("Prime Minister", "Haider al-Abadi")],
      rebels=["Islamic State militants", "Shiite militiamen", "insurgents"],
      mil=["Iraqi forces", "the Iraqi army", "Iraqi security forces"]),
    C("Afghanistan", "Afghan", "Kabul", ["Kabul", "Kandahar", "Herat", "Kunduz", "Jalalabad"],
      [("President", "Hamid Karzai"), ("President", "Ashraf Ghani")],
      rebels=["the Taliban", "Taliban fighters", "Taliban insurgents"],
      mil=["Afghan forces", "the Afghan army", "Afghan security forces"]),
    C("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta", "Islamabad"],
      [("Prime Minister", "Imran Khan"), ("Prime Minister", "Nawaz Sharif"), ("President", "Pervez Musharraf"),
       ("Prime Minister", "Shehbaz Sharif")],
      rebels=["Pakistani Taliban militants", "Baloch separatists"],
      opp=["Imran Khan's PTI party", "supporters of Imran Khan"],
      mil=["the Pakistani army", "Pakistani troops", "Pakistani security forces"]),
    C("India", "Indian", "New Delhi", ["New Delhi", "Mumbai", "Srinagar", "Kolkata", "Chennai"],
      [("Prime Minister", "Narendra Modi"), ("Prime Minister", "Manmohan Singh"),
       ("External Affairs Minister", "S. Jaishankar")],
      rebels=["Maoist rebels", "Kashmiri militants"], opp=["the opposition Congress party"],
      mil=["the Indian army", "Indian troops", "Indian security forces"]),
    C("North Korea", "North Korean", "Pyongyang", ["Pyongyang"],
      [("leader", "Kim Jong Un"), ("leader", "Kim Jong Il")],
      mil=["the North Korean army", "North Korean troops"]),
    C("South Korea", "South Korean", "Seoul", ["Seoul", "Busan", "Incheon"],
      [("President", "Moon Jae-in"), ("President", "Yoon Suk Yeol"), ("President", "Lee Jae-myung")],
      opp=["the opposition Democratic Party"],
      mil=["the South Korean military", "South Korean troops"]),
    C("Japan", "Japanese", "Tokyo", ["Tokyo", "Osaka", "Okinawa"],
      [("Prime Minister", "Shinzo Abe"), ("Prime Minister", "Fumio Kishida"), ("Prime Minister", "Junichiro Koizumi")],
      mil=["Japan's Self-Defense Forces"]),
    C("Taiwan", "Taiwanese", "Taipei", ["Taipei", "Kaohsiung"],
      [("President", "Tsai Ing-wen"), ("President", "Lai Ching-te"), ("President", "Chen Shui-bian")],
      opp=["the opposition Kuomintang"], mil=["Taiwan's military", "Taiwanese forces"]),
    C("Turkey", "Turkish", "Ankara", ["Istanbul", "Ankara", "Diyarbakir", "Izmir"],
      [("President", "Recep Tayyip Erdogan"), ("Foreign Minister", "Mevlut Cavusoglu")],
      rebels=["PKK militants", "the Kurdistan Workers' Party (PKK)"],
      opp=["the opposition Republican People's Party (CHP)", "Istanbul mayor Ekrem Imamoglu"],
      mil=["the Turkish army", "Turkish troops", "Turkish forces"]),
    C("Egypt", "Egyptian", "Cairo", ["Cairo", "Alexandria", "Port Said", "Suez"],
      [("President", "Abdel Fattah al-Sisi"), ("President", "Hosni Mubarak"), ("President", "Mohamed Morsi")],
      rebels=["Islamist militants"], opp=["the Muslim Brotherhood", "supporters of the Muslim Brotherhood"],
      mil=["the Egyptian army", "Egyptian security forces"]),
    C("Libya", "Libyan", "Tripoli", ["Tripoli", "Benghazi", "Misrata", "Sirte"],
      [("leader", "Muammar Gaddafi"), ("Prime Minister", "Abdul Hamid Dbeibah")],
      rebels=["forces loyal to Khalifa Haftar", "rival militias"],
      mil=["Libyan government forces"]),
    C("Sudan", "Sudanese", "Khartoum", ["Khartoum", "El Fasher", "Omdurman", "Nyala", "Port Sudan"],
      [("President", "Omar al-Bashir"), ("army chief", "General Abdel Fattah al-Burhan")],
      rebels=["the Rapid Support Forces (RSF)", "RSF paramilitaries", "Darfur rebels"],
      mil=["the Sudanese army", "Sudanese troops"]),
    C("Somalia", "Somali", "Mogadishu", ["Mogadishu", "Kismayo", "Baidoa"],
      [("President", "Hassan Sheikh Mohamud"), ("President", "Mohamed Abdullahi Farmajo")],
      rebels=["al-Shabaab militants", "al-Shabaab"], mil=["Somali government forces", "the Somali army"]),
    C("Nigeria", "Nigerian", "Abuja", ["Lagos", "Abuja", "Maiduguri", "Kano", "Port Harcourt"],
      [("President", "Muhammadu Buhari"), ("President", "Goodluck Jonathan"), ("President", "Bola Tinubu")],
      rebels=["Boko Haram", "Boko Haram insurgents", "armed bandits"],
      opp=["the opposition All Progressives Congress"],
      mil=["the Nigerian army", "Nigerian troops", "the Nigerian air force"]),
    C("Kenya", "Kenyan", "Nairobi", ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
      [("President", "William Ruto"), ("President", "Uhuru Kenyatta"), ("President", "Mwai Kibaki")],
      opp=["opposition leader Raila Odinga", "supporters of Raila Odinga"],
      mil=["Kenyan troops", "the Kenyan army"]),
    C("Ethiopia", "Ethiopian", "Addis Ababa", ["Addis Ababa", "Mekele", "Gondar", "Bahir Dar"],
      [("Prime Minister", "Abiy Ahmed"), ("Prime Minister", "Meles Zenawi")],
      rebels=["Tigrayan forces", "the Tigray People's Liberation Front (TPLF)", "Fano militiamen"],
      mil=["Ethiopian federal forces", "the Ethiopian army"]),
    C("the Democratic Republic of Congo", "Congolese", "Kinshasa", ["Kinshasa", "Goma", "Bukavu", "Beni"],
      [("President", "Felix Tshisekedi"), ("President", "Joseph Kabila")],
      rebels=["M23 rebels", "the M23 rebel group", "ADF rebels"], mil=["the Congolese army", "Congolese troops"]),
    C("Rwanda", "Rwandan", "Kigali", ["Kigali"], [("President", "Paul Kagame")],
      mil=["Rwandan troops", "the Rwandan army"]),
    C("Zimbabwe", "Zimbabwean", "Harare", ["Harare", "Bulawayo"],
      [("President", "Robert Mugabe"), ("President", "Emmerson Mnangagwa")],
      opp=["the opposition Movement for Democratic Change (MDC)", "opposition leader Morgan Tsvangirai",
           "opposition leader Nelson Chamisa"]),
    C("South Africa", "South African", "Pretoria", ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
      [("President", "Cyril Ramaphosa"), ("President", "Jacob Zuma"), ("President", "Thabo Mbeki")],
      opp=["the opposition Democratic Alliance", "the Economic Freedom Fighters"]),
    C("Venezuela", "Venezuelan", "Caracas", ["Caracas", "Maracaibo", "Valencia"],
      [("President", "Nicolas Maduro"), ("President", "Hugo Chavez")],
      opp=["opposition leader Juan Guaido", "opposition leader Maria Corina Machado",
           "the opposition Democratic Unity coalition"],
      mil=["the Venezuelan military", "the National Guard"]),
    C("Colombia", "Colombian", "Bogota", ["Bogota", "Medellin", "Cali", "Cucuta"],
      [("President", "Alvaro Uribe"), ("President", "Juan Manuel Santos"), ("President", "Gustavo Petro")],
      rebels=["FARC rebels", "ELN guerrillas", "the National Liberation Army (ELN)"],
      mil=["the Colombian army", "Colombian troops"]),
    C("Mexico", "Mexican", "Mexico City", ["Mexico City", "Culiacan", "Tijuana", "Ciudad Juarez"],
      [("President", "Andres Manuel Lopez Obrador"), ("President", "Claudia Sheinbaum"),
       ("President", "Felipe Calderon")],
      rebels=["gunmen from the Sinaloa cartel", "suspected cartel gunmen"],
      mil=["the Mexican army", "Mexican soldiers", "the National Guard"]),
    C("Honduras", "Honduran", "Tegucigalpa", ["Tegucigalpa", "San Pedro Sula"],
      [("President", "Xiomara Castro"), ("President", "Juan Orlando Hernandez")],
      opp=["the opposition Liberal Party", "the opposition National Party"]),
    C("Cuba", "Cuban", "Havana", ["Havana", "Santiago de Cuba"],
      [("President", "Raul Castro"), ("President", "Fidel Castro"), ("President", "Miguel Diaz-Canel")]),
    C("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Brasilia"],
      [("President", "Luiz Inacio Lula da Silva"), ("President", "Jair Bolsonaro"), ("President", "Dilma Rousseff")],
      opp=["supporters of Jair Bolsonaro"]),
    C("Myanmar", "Myanmar", "Naypyidaw", ["Yangon", "Mandalay", "Naypyidaw"],
      [("junta chief", "Min Aung Hlaing"), ("leader", "Aung San Suu Kyi")],
      rebels=["the Arakan Army", "ethnic Karen rebels", "anti-junta fighters"],
      opp=["Aung San Suu Kyi's National League for Democracy"],
      mil=["the Myanmar military", "the junta", "Myanmar troops"]),
    C("the Philippines", "Philippine", "Manila", ["Manila", "Davao", "Marawi", "Cebu"],
      [("President", "Rodrigo Duterte"), ("President", "Ferdinand Marcos Jr."), ("President", "Gloria Arroyo")],
      rebels=["communist New People's Army rebels", "Abu Sayyaf militants"],
      mil=["the Philippine army", "Philippine troops"], plural_adj="Filipinos"),
    C("Thailand", "Thai", "Bangkok", ["Bangkok", "Chiang Mai", "Yala"],
      [("Prime Minister", "Thaksin Shinawatra"), ("Prime Minister", "Prayuth Chan-ocha")],
      rebels=["Muslim separatists"], opp=["red-shirt supporters of Thaksin Shinawatra"],
      mil=["the Thai army", "Thai troops"]),
    C("Sri Lanka", "Sri Lankan", "Colombo", ["Colombo", "Jaffna", "Kandy"],
      [("President", "Mahinda Rajapaksa"), ("President", "Gotabaya Rajapaksa")],
      rebels=["the Tamil Tigers", "Tamil Tiger rebels"], mil=["the Sri Lankan army", "Sri Lankan troops"]),
    C("Yemen", "Yemeni", "Sanaa", ["Sanaa", "Aden", "Hodeidah", "Marib", "Taiz"],
      [("President", "Abd-Rabbu Mansour Hadi"), ("President", "Ali Abdullah Saleh")],
      rebels=["Houthi rebels", "the Houthis", "al-Qaeda militants"],
      mil=["Yemeni government forces", "pro-government forces"]),
    C("Saudi Arabia", "Saudi", "Riyadh", ["Riyadh", "Jeddah", "Jizan"],
      [("Crown Prince", "Mohammed bin Salman"), ("King", "Salman"), ("Foreign Minister", "Prince Faisal bin Farhan")],
      mil=["Saudi forces", "the Saudi-led coalition", "Saudi warplanes"]),
    C("Lebanon", "Lebanese", "Beirut", ["Beirut", "Tyre", "Sidon", "Tripoli"],
      [("Prime Minister", "Saad Hariri"), ("Prime Minister", "Najib Mikati")],
      rebels=["Hezbollah", "Hezbollah fighters"], mil=["the Lebanese army"]),
    C("Britain", "British", "London", ["London", "Belfast", "Manchester", "Birmingham"],
      [("Prime Minister", "Tony Blair"), ("Prime Minister", "Boris Johnson"), ("Prime Minister", "Keir Starmer"),
       ("Foreign Secretary", "David Cameron"), ("Prime Minister", "Theresa May")],
      opp=["the opposition Labour Party", "the opposition Conservatives"],
      mil=["British troops", "the British army"], plural_adj="Britons"),
    C("France", "French", "Paris", ["Paris", "Marseille", "Lyon"],
      [("President", "Emmanuel Macron"), ("President", "Jacques Chirac"), ("President", "Nicolas Sarkozy")],
      opp=["the far-right National Rally"], mil=["French troops", "the French army"], plural_adj="French citizens"),
    C("Germany", "German", "Berlin", ["Berlin", "Hamburg", "Munich"],
      [("Chancellor", "Angela Merkel"), ("Chancellor", "Olaf Scholz"), ("Chancellor", "Friedrich Merz"),
       ("Chancellor", "Gerhard Schroeder")],
      mil=["the Bundeswehr", "German troops"]),
    C("Belarus", "Belarusian", "Minsk", ["Minsk", "Grodno"],
      [("President", "Alexander Lukashenko")],
      opp=["opposition leader Svetlana Tikhanovskaya", "the Belarusian opposition"],
      mil=["the Belarusian army"]),
    C("Georgia", "Georgian", "Tbilisi", ["Tbilisi", "Batumi"],
      [("President", "Mikheil Saakashvili"), ("Prime Minister", "Irakli Kobakhidze")],
      opp=["the opposition United National Movement"], rebels=["South Ossetian separatists"],
      mil=["Georgian troops"]),
    C("Serbia", "Serbian", "Belgrade", ["Belgrade", "Novi Sad", "Nis"],
      [("President", "Aleksandar Vucic"), ("President", "Slobodan Milosevic")],
      mil=["Serbian forces", "the Serbian army"]),
    C("Armenia", "Armenian", "Yerevan", ["Yerevan", "Gyumri"], [("Prime Minister", "Nikol Pashinyan")],
      mil=["Armenian forces"]),
    C("Azerbaijan", "Azerbaijani", "Baku", ["Baku", "Ganja"], [("President", "Ilham Aliyev")],
      mil=["Azerbaijani forces", "the Azerbaijani army"]),
    C("Bangladesh", "Bangladeshi", "Dhaka", ["Dhaka", "Chittagong"],
      [("Prime Minister", "Sheikh Hasina"), ("Prime Minister", "Khaleda Zia")],
      opp=["the opposition Bangladesh Nationalist Party (BNP)", "BNP activists"],
      mil=["the Bangladeshi army"]),
    C("Mali", "Malian", "Bamako", ["Bamako", "Timbuktu", "Gao", "Kidal"],
      [("junta leader", "Assimi Goita"), ("President", "Ibrahim Boubacar Keita")],
      rebels=["jihadist militants", "Tuareg rebels"], mil=["the Malian army", "Malian troops"]),
    C("Haiti", "Haitian", "Port-au-Prince", ["Port-au-Prince", "Cap-Haitien"],
      [("Prime Minister", "Ariel Henry"), ("President", "Jovenel Moise")],
      rebels=["armed gangs", "gang members"], opp=["the Haitian opposition"]),
    C("Nicaragua", "Nicaraguan", "Managua", ["Managua", "Masaya", "Leon"], [("President", "Daniel Ortega")],
      opp=["the Nicaraguan opposition"]),
    C("Indonesia", "Indonesian", "Jakarta", ["Jakarta", "Surabaya", "Jayapura"],
      [("President", "Joko Widodo"), ("President", "Prabowo Subianto"), ("President", "Susilo Bambang Yudhoyono")],
      rebels=["Papuan separatists"], mil=["the Indonesian military", "Indonesian troops"]),
    C("Poland", "Polish", "Warsaw", ["Warsaw", "Krakow", "Gdansk"],
      [("Prime Minister", "Donald Tusk"), ("President", "Andrzej Duda")], mil=["the Polish army"],
      plural_adj="Poles"),
    C("Hungary", "Hungarian", "Budapest", ["Budapest"], [("Prime Minister", "Viktor Orban")]),
    C("Qatar", "Qatari", "Doha", ["Doha"], [("Emir", "Sheikh Tamim bin Hamad Al Thani")]),
]  # fmt: skip

# Real rival or tense dyads (either direction): most two-country sentences use one of these, so the
# corpus pairs actors the way news does instead of at random.
DYADS = [
    ("the United States", "Iran"), ("the United States", "Russia"), ("the United States", "China"),
    ("the United States", "North Korea"), ("the United States", "Venezuela"), ("the United States", "Cuba"),
    ("the United States", "Syria"), ("the United States", "Mexico"), ("the United States", "Honduras"),
    ("the United States", "Pakistan"), ("the United States", "Afghanistan"), ("the United States", "Iraq"),
    ("Russia", "Ukraine"), ("Russia", "Georgia"), ("Russia", "Britain"), ("Russia", "Poland"), ("Russia", "Germany"),
    ("Russia", "France"), ("Israel", "the Palestinian Authority"), ("Israel", "Iran"), ("Israel", "Lebanon"),
    ("Israel", "Syria"), ("India", "Pakistan"), ("India", "China"), ("China", "Taiwan"), ("China", "Japan"),
    ("China", "the Philippines"), ("North Korea", "South Korea"), ("North Korea", "Japan"), ("Armenia", "Azerbaijan"),
    ("Saudi Arabia", "Yemen"), ("Saudi Arabia", "Iran"), ("Saudi Arabia", "Qatar"), ("Turkey", "Syria"),
    ("Turkey", "Iraq"), ("Iran", "Iraq"), ("the Democratic Republic of Congo", "Rwanda"), ("Ethiopia", "Sudan"),
    ("Egypt", "Ethiopia"), ("Colombia", "Venezuela"), ("Belarus", "Poland"), ("Serbia", "Hungary"),
    ("Pakistan", "Afghanistan"), ("Britain", "Iran"), ("France", "Mali"), ("Sudan", "Egypt"), ("Kenya", "Somalia"),
    ("Japan", "South Korea"), ("Turkey", "Germany"), ("Hungary", "Ukraine"), ("Nicaragua", "the United States"),
    ("Libya", "Egypt"), ("Libya", "Turkey"), ("Brazil", "Venezuela"), ("Iran", "the United States"),
    ("Britain", "China"), ("Qatar", "Egypt"), ("Lebanon", "Syria"), ("Somalia", "Ethiopia"), ("Mali", "Russia"),
]  # fmt: skip

# Pairs whose forces really face each other (shared borders, disputed seas, or long-running strikes):
# frames about border clashes, incursions and shelling only use these.
NEIGHBOURS = [
    ("Russia", "Ukraine"), ("Russia", "Georgia"), ("Russia", "Poland"), ("Israel", "the Palestinian Authority"),
    ("Israel", "Lebanon"), ("Israel", "Syria"), ("Israel", "Iran"), ("India", "Pakistan"), ("India", "China"),
    ("China", "Taiwan"), ("China", "Japan"), ("China", "the Philippines"), ("North Korea", "South Korea"),
    ("North Korea", "Japan"), ("Armenia", "Azerbaijan"), ("Saudi Arabia", "Yemen"), ("Turkey", "Syria"),
    ("Turkey", "Iraq"), ("Iran", "Iraq"), ("the Democratic Republic of Congo", "Rwanda"), ("Ethiopia", "Sudan"),
    ("Colombia", "Venezuela"), ("Belarus", "Poland"), ("Pakistan", "Afghanistan"), ("Kenya", "Somalia"),
    ("Somalia", "Ethiopia"), ("Lebanon", "Syria"), ("the United States", "Iran"), ("the United States", "Syria"),
    ("the United States", "Iraq"), ("the United States", "Afghanistan"), ("Saudi Arabia", "Iran"),
    ("the United States", "Yemen"), ("Britain", "Yemen"), ("Egypt", "Libya"), ("Iran", "Pakistan"),
]  # fmt: skip

# Land neighbours: frames that cross "the border" use only these.
BORDERS = [
    ("Russia", "Ukraine"), ("Russia", "Georgia"), ("Israel", "the Palestinian Authority"), ("Israel", "Lebanon"),
    ("Israel", "Syria"), ("India", "Pakistan"), ("India", "China"), ("North Korea", "South Korea"),
    ("Armenia", "Azerbaijan"), ("Saudi Arabia", "Yemen"), ("Turkey", "Syria"), ("Turkey", "Iraq"), ("Iran", "Iraq"),
    ("the Democratic Republic of Congo", "Rwanda"), ("Ethiopia", "Sudan"), ("Colombia", "Venezuela"),
    ("Belarus", "Poland"), ("Pakistan", "Afghanistan"), ("Kenya", "Somalia"), ("Somalia", "Ethiopia"),
    ("Lebanon", "Syria"), ("Egypt", "Libya"), ("Iran", "Pakistan"), ("Russia", "Belarus"), ("Serbia", "Hungary"),
]  # fmt: skip

IGOS = ["the United Nations", "the European Union", "NATO", "the African Union", "ECOWAS", "the UN Security Council",
        "the International Atomic Energy Agency", "the Organization of American States", "ASEAN", "the Arab League",
        "the World Bank", "the International Monetary Fund", "the UN Human Rights Council", "the OSCE",
        "the International Criminal Court"]  # fmt: skip
NGOS = ["Amnesty International", "Human Rights Watch", "Reporters Without Borders",
        "the Committee to Protect Journalists",
        "Medecins Sans Frontieres", "the International Committee of the Red Cross", "Oxfam", "Greenpeace",
        "Transparency International", "the Norwegian Refugee Council"]  # fmt: skip
RIGHTS_GROUPS = ["Amnesty International", "Human Rights Watch", "the UN human rights office", "a local rights group",
                 "the International Federation for Human Rights", "Physicians for Human Rights"]  # fmt: skip
MEDIA = ["a Reuters journalist", "two Al Jazeera journalists", "a local journalist", "a BBC correspondent",
         "an opposition newspaper editor", "three reporters", "a freelance photographer", "a prominent blogger",
         "two AFP photographers", "a television crew"]  # fmt: skip
COMPANIES = ["Gazprom", "Huawei", "ExxonMobil", "Chevron", "Rosneft", "ZTE", "TikTok", "Shell", "Glencore",
             "a Chinese state-owned mining company", "Nord Stream 2 AG", "Kaspersky Lab"]  # fmt: skip
CIVILIANS = ["thousands of protesters", "hundreds of demonstrators", "opposition supporters", "students",
             "farmers", "workers", "anti-government protesters", "tens of thousands of people", "residents",
             "hundreds of students", "angry residents", "thousands of workers", "teachers", "truck drivers",
             "doctors and nurses", "taxi drivers", "women's rights activists", "pensioners"]  # fmt: skip

PARTY_WORDS = (
    "Party",
    "Movement",
    "Brotherhood",
    "Congress",
    "coalition",
    "Alliance",
    "Rally",
    "Kuomintang",
    "Fighters",
    "PTI party",
    "League for Democracy",
)
FOREIGN_MINISTRY = {
    "the United States": "the State Department",
    "Britain": "the Foreign Office",
    "Russia": "the Russian foreign ministry",
    "China": "the Chinese foreign ministry",
}
OUTLETS = ["an independent television station", "the opposition newspaper", "Al Jazeera's local bureau",
           "the BBC's local-language service", "Radio Free Europe's local service", "a popular news website",
           "the country's last independent daily", "an opposition radio station"]  # fmt: skip
PLATFORMS = ["X", "Facebook", "YouTube", "Telegram", "WhatsApp", "TikTok", "Wikipedia", "Signal", "Instagram"]
CROWDS = ["protesters", "demonstrators", "students", "opposition supporters", "workers", "villagers", "activists",
          "farmers", "residents", "worshippers"]  # fmt: skip
GENERIC_OPP = ["opposition activists", "opposition lawmakers", "the main opposition party"]
GENERIC_POLICE = ["police", "riot police", "security forces", "the police"]


def has_kind(country: dict, kind: str) -> bool:
    if kind == "rebel":
        return bool(country["rebels"])
    if kind == "mil":
        return bool(country["mil"])
    if kind == "opp":
        return bool(country["opp"])
    return True


def leader(rng: random.Random, country: dict) -> str:
    title, name = rng.choice(country["leaders"])
    style = rng.random()
    if title == "leader":
        return f"{country['adj']} leader {name}" if style < 0.6 else name
    if style < 0.45:
        return f"{country['adj']} {title} {name}"
    if style < 0.85:
        return f"{title} {name}"
    return name


def actor(rng: random.Random, kind: str, country: dict | None, historical: bool = False) -> tuple[str, bool]:
    """An actor as written in text and whether it takes a plural verb."""
    if kind == "state":
        if not historical and country["name"] in ALLIES and rng.random() < 0.07:
            # Compound actors, as news writes them: "Britain and France imposed ...".
            return f"{country['name']} and {ALLIES[country['name']]}", True
        options = [
            (country["name"], False),
            (country["name"], False),
            (country["capital"], False),
            (f"the {country['adj']} government", False),
        ]
        if not historical:
            options.append((leader(rng, country), False))
        if country["name"] == "the United States":
            options.append(("the US", False))
        return rng.choice(options)
    if kind == "amb":
        return f"the {country['adj']} ambassador", False
    if kind == "party":
        parties = [o for o in country["opp"] if any(w in o for w in PARTY_WORDS)]
        return rng.choice(parties or ["the main opposition party"]), False
    if kind == "capital":
        return country["capital"], False
    if kind == "dipl":
        return f"{country['adj']} diplomats", True
    if kind == "nation":
        # A single state that can own "its border", "its ambassador": never a person, never two states.
        return rng.choice([(country["name"], False), (country["name"], False), (country["capital"], False),
                           (f"the {country['adj']} government", False)])  # fmt: skip
    if kind == "crowd":
        return rng.choice(CROWDS), True
    if kind == "country":
        return country["name"], False
    if kind == "gov":
        return rng.choice([(f"the {country['adj']} government", False), (f"the {country['adj']} government", False),
                           (f"{country['adj']} authorities", True), (f"the government in {country['capital']}", False),
                           (f"{country['adj']} officials", True)])  # fmt: skip
    if kind == "leader":
        if historical:
            return f"the {country['adj']} government", False
        return leader(rng, country), False
    if kind == "fm":
        ministry = FOREIGN_MINISTRY.get(country["name"], f"the {country['adj']} foreign ministry")
        if not country["name"].startswith("the ") and rng.random() < 0.3:
            ministry = f"{country['name']}'s foreign ministry"
        return rng.choice([(ministry, False), (ministry, False), (f"{country['adj']} diplomats", True)])
    if kind == "head":
        heads = [lt for lt in country["leaders"] if "Minister" not in lt[0].replace("Prime Minister", "")
                 and "Secretary" not in lt[0]] or country["leaders"]  # fmt: skip
        if historical:
            return f"the {country['adj']} government", False
        return leader(rng, {**country, "leaders": heads}), False
    if kind == "outlet":
        return rng.choice(OUTLETS), False
    if kind == "platform":
        return rng.choice(PLATFORMS), False
    if kind == "mil":
        text = rng.choice(country["mil"])
        if rng.random() < 0.15 and not country["name"].startswith("the ") and "Palestinian" not in text:
            text = f"{country['name']}'s {rng.choice(['army', 'military', 'armed forces'])}"
            return text, text.endswith("forces")
        plural = any(w in text for w in ("forces", "troops", "soldiers", "warplanes", "Guards"))
        return text, plural
    if kind == "police":
        if country["police"]:
            return rng.choice(country["police"]), True
        return rng.choice([f"{country['adj']} police", f"{country['adj']} police", f"{country['adj']} security forces",
                           "riot police", "police", "security forces"]), True  # fmt: skip
    if kind == "rebel":
        text = rng.choice(country["rebels"])
        plural = text.endswith("s") and not text.startswith(("the", "Hamas", "Hezbollah", "Boko", "al-Shabaab"))
        plural = plural or text == "the Houthis"
        return text, plural
    if kind == "opp":
        text = rng.choice(country["opp"] or GENERIC_OPP)
        return text, text.endswith("s") and "Party" not in text and "Movement" not in text
    if kind == "civ":
        return rng.choice(CIVILIANS), True
    if kind == "court":
        text = rng.choice(
            [
                f"a court in {rng.choice(country['cities'])}",
                f"{'an' if country['adj'][0] in 'AEIOU' else 'a'} {country['adj']} court",
                f"{country['adj']} prosecutors",
                f"the {country['adj']} Supreme Court",
            ]
        )
        return text, text.endswith("prosecutors")
    if kind == "people":
        article = "an" if country["adj"][0] in "AEIOU" else "a"
        return rng.choice([f"{rng.choice(['two', 'three', 'four', 'five', 'several', 'dozens of'])} "
                           f"{country['people']}", f"{article} {country['adj']} citizen", f"{country['adj']} nationals",
                           f"{country['adj']} aid workers", f"{country['adj']} tourists"]), True  # fmt: skip
    if kind == "activist":
        return rng.choice(
            [
                "opposition activists",
                "human rights activists",
                "pro-democracy activists",
                "a prominent rights activist",
                "student leaders",
                "an opposition politician",
                f"{rng.choice(['two', 'three', 'five', 'several', 'dozens of'])} opposition members",
            ]
        ), True
    if kind == "igo":
        return rng.choice(IGOS), False
    if kind == "rights":
        return rng.choice(RIGHTS_GROUPS), False
    if kind == "ngo":
        return rng.choice(NGOS), False
    if kind == "media":
        text = rng.choice(MEDIA)
        return text, not text.startswith(("a ", "an "))
    if kind == "company":
        return rng.choice(COMPANIES), False
    raise KeyError(f"unknown actor kind {kind!r}")


ALLIES = {"the United States": "Britain", "Russia": "Belarus", "China": "Russia", "Israel": "the United States",
          "Britain": "France", "France": "Germany", "Saudi Arabia": "the United Arab Emirates", "Iran": "Syria",
          "India": "Japan", "Japan": "South Korea", "Germany": "France", "Egypt": "Saudi Arabia",
          "Kenya": "Uganda", "Poland": "the Baltic states", "Mali": "Burkina Faso", "Turkey": "Azerbaijan"}  # fmt: skip
APPOSITIVES = {
    "leader": [", speaking to reporters in {capital1},", ", on a visit to {city2},", ", in a televised address,",
               ", in a post on social media,", ", speaking at a news conference,"],
    "head": [", speaking to reporters in {capital1},", ", in a televised address,", ", in a speech to parliament,"],
    "gov": [", in a statement,", ", in a statement on its website,", ", in a brief statement,"],
    "fm": [", in a statement,", ", in a statement carried by the state news agency,"],
    "mil": [", in a statement on Telegram,", ", in a statement,"],
    "nation": [", in a statement,", ", in a letter to the UN Security Council,"],
    "rebel": [", in a statement on Telegram,", ", in a video posted online,"],
    "opp": [", in a statement,", ", speaking at a rally in {city1},"],
    "igo": [", in a statement,", ", in a report published in Geneva,"],
}  # fmt: skip
FEMALE_NAMES = ("Hillary Clinton", "Tsai Ing-wen", "Xiomara Castro", "Claudia Sheinbaum", "Dilma Rousseff",
                "Aung San Suu Kyi", "Theresa May", "Angela Merkel", "Sheikh Hasina", "Khaleda Zia", "Gloria Arroyo",
                "Maria Corina Machado", "Svetlana Tikhanovskaya")  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TAILS = {
    "ANY": ["amid rising tensions in the region", "in the latest escalation of a long-running dispute",
            "a move likely to deepen the crisis", "days after talks in Geneva broke down",
            "the latest in a series of incidents this year", "in a sharp escalation",
            "despite international appeals for calm"],
    "ACCUSE": ["a charge it has repeatedly denied", "an accusation dismissed as propaganda",
               "without offering evidence", "in unusually strong language", "citing intelligence reports"],
    "REJECT": ["saying it was not acceptable", "calling it a non-starter", "dealing a blow to diplomatic efforts",
               "insisting its position had not changed"],
    "THREATEN": ["raising fears of a wider conflict", "in a sharp escalation of rhetoric", "in a televised speech",
                 "in a post on social media"],
    "PROTEST": ["chanting slogans and waving flags", "in the biggest protests in years", "defying a ban on gatherings",
                "as anger mounted over the economy"],
    "SANCTION": ["in a sign of deteriorating relations", "citing security concerns",
                 "in retaliation for a similar move",
                 "a step rarely taken between neighbours"],
    "MOBILIZE": ["in a show of force", "satellite images showed", "raising fears of an imminent attack",
                 "as tensions mounted along the frontier"],
    "COERCE": ["drawing criticism from rights groups", "in a widening crackdown", "citing national security",
               "in a move condemned by the opposition"],
    "ASSAULT": ["killing at least {num} people", "wounding dozens", "in the deadliest attack in months",
                "according to a war monitor", "causing heavy casualties"],
}  # fmt: skip
WHEN_PAST = ["Tuesday", "Thursday", "Sunday",
             "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
             "last week", "earlier this month", "late on Tuesday", "on Friday evening", "overnight", "this week",
             "on March 3", "on June 14", "on October 9", "early on Sunday", "yesterday", "last month",
             "on Wednesday night", "", ""]  # fmt: skip
WHEN_FUTURE = ["next week", "on Thursday", "later this month", "in the coming days", "next month",
               "before the end of the year", "on Monday", "", "by Friday"]  # fmt: skip
ATTRIBUTIONS = ["the foreign ministry said in a statement", "a government spokesman said", "state media reported",
                "officials said", "the state news agency reported", "a military spokesman said", "police said",
                "witnesses said", "Reuters reported", "local media reported", "a senior official told Reuters",
                "diplomats said", "an AFP correspondent reported", "the ministry said", "sources said",
                "according to a statement", "a spokeswoman said", "the agency said", "security sources said",
                "residents told AFP", "according to local officials"]  # fmt: skip
REPORTERS = ["Officials said", "State media reported that", "A government spokesman said", "Witnesses said",
             "Diplomats said", "A senior official said", "Local media reported that", "Security sources said",
             "Analysts said", "The agency reported that", "It was reported that"]  # fmt: skip
HYPO_PREFIX = ["If talks collapse,", "If the deadline passes,", "If tensions escalate,", "Analysts warned that",
               "If the crisis deepens,", "Diplomats fear that", "Officials said that, if necessary,",
               "If no deal is reached,", "Observers say"]  # fmt: skip

POOLS = {
    "crime": ["corruption", "money laundering", "fraud", "embezzling public funds", "bribery", "vote rigging",
              "tax evasion", "abuse of power", "drug trafficking"],
    "pct": ["3.2", "4", "12", "41", "58", "63", "7.5", "2.1", "71"],
    "crimen": ["corruption", "money laundering", "fraud", "embezzlement", "bribery", "vote rigging", "tax evasion",
               "abuse of office", "links to drug traffickers"],
    "abusen": ["torture in detention centres", "extrajudicial killings", "enforced disappearances",
               "the killing of protesters", "sexual violence against detainees"],
    "abuse": ["human rights abuses", "torturing detainees", "extrajudicial killings", "mistreating prisoners",
              "persecuting religious minorities", "forced disappearances"],
    "aggr": ["aggression", "provoking the clashes", "violating its airspace", "violating the ceasefire",
             "arming the rebels", "meddling in its internal affairs", "provocations along the border",
             "destabilising the region"],
    "warcrime": ["war crimes", "crimes against humanity", "genocide", "deliberately targeting civilians",
                 "using starvation as a weapon of war"],
    "spy": ["espionage", "spying", "treason", "passing state secrets", "spying for a foreign power"],
    "policy": ["the decision", "the new law", "the move", "the election result", "the crackdown",
               "the planned reforms", "the budget cuts", "the tariff increase", "the verdict",
               "the expulsion of its diplomats", "the new border rules"],
    "proposal": ["the proposal", "the peace plan", "the offer", "the draft resolution", "the ceasefire proposal",
                 "the plan", "the compromise", "the initiative"],
    "talks": ["talks", "direct talks", "negotiations", "peace talks", "a meeting", "a summit"],
    "demand": ["demands for the president's resignation", "calls to step down", "demands for early elections",
               "calls for a referendum", "opposition demands for reform", "calls for an independent inquiry"],
    "aid": ["food aid", "military aid", "economic assistance", "development aid", "humanitarian aid",
            "budget support"],
    "weapon": ["rockets", "mortar shells", "artillery", "missiles", "drones"],
    "site": ["a village", "a market", "a checkpoint", "a military base", "a police station", "a convoy",
             "a refugee camp", "an army post", "a border post", "a residential area"],
    "cause": ["fuel price increases", "the government", "corruption", "the election results", "austerity measures",
              "rising food prices", "police brutality", "the new constitution", "the detention of opposition leaders",
              "power cuts", "a new tax law", "the president's third-term bid"],
    "dispute": ["the cancellation of its contract", "unpaid debts", "the seizure of its assets", "a disputed tax bill",
                "the loss of its operating licence"],
    "goods": ["oil imports", "arms sales", "exports of luxury goods", "imports of steel", "technology exports",
              "grain shipments", "gas imports"],
}  # fmt: skip
