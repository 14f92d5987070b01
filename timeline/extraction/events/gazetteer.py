"""A compact built-in gazetteer: countries, demonyms, capitals, cities, organisations, groups.

Every surface form maps to a canonical key so that mentions compare later: "Russian",
"Russians" and "Russia" are all "Russia"; "the regime" and "the government" are both
"government". Nothing is downloaded: the lists are here, small on purpose; capitalised
names the lists do not know are still kept as candidate actors by ``entities``.
"""

from __future__ import annotations

from functools import cache

# Country | demonyms and other names | capital
_COUNTRIES = """
Afghanistan|Afghan,Afghans|Kabul
Albania|Albanian,Albanians|Tirana
Algeria|Algerian,Algerians|Algiers
Angola|Angolan,Angolans|Luanda
Argentina|Argentine,Argentinian,Argentines|Buenos Aires
Armenia|Armenian,Armenians|Yerevan
Australia|Australian,Australians|Canberra
Austria|Austrian,Austrians|Vienna
Azerbaijan|Azerbaijani,Azeri,Azerbaijanis|Baku
Bahrain|Bahraini,Bahrainis|Manama
Bangladesh|Bangladeshi,Bangladeshis|Dhaka
Belarus|Belarusian,Belarusians|Minsk
Belgium|Belgian,Belgians|Brussels
Bolivia|Bolivian,Bolivians|La Paz
Bosnia|Bosnian,Bosnians,Bosnia and Herzegovina|Sarajevo
Brazil|Brazilian,Brazilians|Brasilia
Bulgaria|Bulgarian,Bulgarians|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian,Burundians|Gitega
Cambodia|Cambodian,Cambodians|Phnom Penh
Cameroon|Cameroonian,Cameroonians|Yaounde
Canada|Canadian,Canadians|Ottawa
Central African Republic|CAR|Bangui
Chad|Chadian,Chadians|N'Djamena
Chile|Chilean,Chileans|Santiago
China|Chinese,PRC|Beijing
Colombia|Colombian,Colombians|Bogota
Congo|Congolese,DR Congo,Democratic Republic of Congo,DRC|Kinshasa
Croatia|Croatian,Croatians,Croat,Croats|Zagreb
Cuba|Cuban,Cubans|Havana
Cyprus|Cypriot,Cypriots|Nicosia
Czech Republic|Czech,Czechs,Czechia|Prague
Denmark|Danish,Dane,Danes|Copenhagen
Ecuador|Ecuadorian,Ecuadorians|Quito
Egypt|Egyptian,Egyptians|Cairo
Eritrea|Eritrean,Eritreans|Asmara
Estonia|Estonian,Estonians|Tallinn
Ethiopia|Ethiopian,Ethiopians|Addis Ababa
Finland|Finnish,Finn,Finns|Helsinki
France|French,Frenchman|Paris
Georgia|Georgian,Georgians|Tbilisi
Germany|German,Germans|Berlin
Ghana|Ghanaian,Ghanaians|Accra
Greece|Greek,Greeks|Athens
Guatemala|Guatemalan,Guatemalans|Guatemala City
Haiti|Haitian,Haitians|Port-au-Prince
Honduras|Honduran,Hondurans|Tegucigalpa
Hungary|Hungarian,Hungarians|Budapest
India|Indian,Indians|New Delhi
Indonesia|Indonesian,Indonesians|Jakarta
Iran|Iranian,Iranians,Islamic Republic|Tehran
Iraq|Iraqi,Iraqis|Baghdad
Ireland|Irish|Dublin
Israel|Israeli,Israelis|Jerusalem
Italy|Italian,Italians|Rome
Ivory Coast|Ivorian,Ivorians,Cote d'Ivoire|Abidjan
Japan|Japanese|Tokyo
Jordan|Jordanian,Jordanians|Amman
Kazakhstan|Kazakh,Kazakhs|Astana
Kenya|Kenyan,Kenyans|Nairobi
Kosovo|Kosovar,Kosovars|Pristina
Kuwait|Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Latvia|Latvian,Latvians|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan,Libyans|Tripoli
Lithuania|Lithuanian,Lithuanians|Vilnius
Malaysia|Malaysian,Malaysians|Kuala Lumpur
Mali|Malian,Malians|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian,Mauritanians|Nouakchott
Mexico|Mexican,Mexicans|Mexico City
Moldova|Moldovan,Moldovans|Chisinau
Mongolia|Mongolian,Mongolians|Ulan Bator
Montenegro|Montenegrin,Montenegrins|Podgorica
Morocco|Moroccan,Moroccans|Rabat
Mozambique|Mozambican,Mozambicans|Maputo
Myanmar|Burmese,Burma|Naypyitaw
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch,Holland|Amsterdam
New Zealand|New Zealander,New Zealanders|Wellington
Nicaragua|Nicaraguan,Nicaraguans|Managua
Niger|Nigerien,Nigeriens|Niamey
Nigeria|Nigerian,Nigerians|Abuja
North Korea|North Korean,North Koreans,DPRK|Pyongyang
Norway|Norwegian,Norwegians|Oslo
Oman|Omani,Omanis|Muscat
Pakistan|Pakistani,Pakistanis|Islamabad
Palestine|Palestinian,Palestinians,Palestinian Territories|Ramallah
Panama|Panamanian,Panamanians|Panama City
Peru|Peruvian,Peruvians|Lima
Philippines|Filipino,Filipinos,Philippine|Manila
Poland|Polish,Pole,Poles|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari,Qataris|Doha
Romania|Romanian,Romanians|Bucharest
Russia|Russian,Russians,Russian Federation|Moscow
Rwanda|Rwandan,Rwandans|Kigali
Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean,Singaporeans|Singapore
Slovakia|Slovak,Slovaks|Bratislava
Slovenia|Slovenian,Slovene,Slovenians|Ljubljana
Somalia|Somali,Somalis|Mogadishu
South Africa|South African,South Africans|Pretoria
South Korea|South Korean,South Koreans|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish,Spaniard,Spaniards|Madrid
Sri Lanka|Sri Lankan,Sri Lankans|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish,Swede,Swedes|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian,Syrians|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik,Tajiks|Dushanbe
Tanzania|Tanzanian,Tanzanians|Dodoma
Thailand|Thai,Thais|Bangkok
Tunisia|Tunisian,Tunisians|Tunis
Turkey|Turkish,Turk,Turks,Turkiye|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan,Ugandans|Kampala
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|Emirati,Emiratis,UAE|Abu Dhabi
United Kingdom|British,Briton,Britons,Britain,Great Britain,UK,U.K.|London
United States|American,Americans,U.S.,US,USA,U.S.A.,America,United States of America|Washington
Uruguay|Uruguayan,Uruguayans|Montevideo
Uzbekistan|Uzbek,Uzbeks|Tashkent
Venezuela|Venezuelan,Venezuelans|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni,Yemenis|Sanaa
Zambia|Zambian,Zambians|Lusaka
Zimbabwe|Zimbabwean,Zimbabweans|Harare
"""

# Cities that are not capitals but make the news, as "City|Country".
_CITIES = """
Aleppo|Syria
Homs|Syria
Hama|Syria
Idlib|Syria
Raqqa|Syria
Deir ez-Zor|Syria
Daraa|Syria
Latakia|Syria
Palmyra|Syria
Benghazi|Libya
Misrata|Libya
Sirte|Libya
Brega|Libya
Ras Lanuf|Libya
Zawiyah|Libya
Ajdabiyah|Libya
Bani Walid|Libya
Tobruk|Libya
Zintan|Libya
Sabha|Libya
Mosul|Iraq
Basra|Iraq
Fallujah|Iraq
Kirkuk|Iraq
Erbil|Iraq
Tikrit|Iraq
Ramadi|Iraq
Kandahar|Afghanistan
Herat|Afghanistan
Karachi|Pakistan
Lahore|Pakistan
Alexandria|Egypt
Suez|Egypt
Gaza|Palestine
Hebron|Palestine
Tel Aviv|Israel
Haifa|Israel
Istanbul|Turkey
Gaziantep|Turkey
Aden|Yemen
Taiz|Yemen
Hodeidah|Yemen
Benghazi|Libya
Sanaa|Yemen
Geneva|Switzerland
Zurich|Switzerland
Davos|Switzerland
New York|United States
Los Angeles|United States
Chicago|United States
Boston|United States
Houston|United States
San Francisco|United States
Miami|United States
St. Petersburg|Russia
Sochi|Russia
Donetsk|Ukraine
Luhansk|Ukraine
Kharkiv|Ukraine
Odesa|Ukraine
Mariupol|Ukraine
Crimea|Ukraine
Marseille|France
Lyon|France
Strasbourg|France
Frankfurt|Germany
Munich|Germany
Hamburg|Germany
Milan|Italy
Naples|Italy
Barcelona|Spain
Manchester|United Kingdom
Edinburgh|United Kingdom
The Hague|Netherlands
Rotterdam|Netherlands
Hong Kong|China
Shanghai|China
Mumbai|India
Kolkata|India
Dubai|United Arab Emirates
Jeddah|Saudi Arabia
Mecca|Saudi Arabia
Lagos|Nigeria
Johannesburg|South Africa
Cape Town|South Africa
Sao Paulo|Brazil
Rio de Janeiro|Brazil
Toronto|Canada
Montreal|Canada
Sydney|Australia
Melbourne|Australia
Osaka|Japan
Darfur|Sudan
Kashmir|India
Jackson Hole|United States
"""

# Organisations: canonical name | other names
_ORGANISATIONS = """
United Nations|UN,U.N.,United Nations Security Council,UN Security Council,UNSC
United Nations|U.N. Security Council,Security Council
NATO|North Atlantic Treaty Organization,Atlantic alliance,the alliance
European Union|EU,E.U.,European Commission,European Parliament,Brussels
African Union|AU
Arab League|League of Arab States
International Criminal Court|ICC
International Monetary Fund|IMF
World Bank|
OPEC|Organization of the Petroleum Exporting Countries
Red Cross|ICRC,International Committee of the Red Cross,Red Crescent
World Health Organization|WHO
Amnesty International|Amnesty
Human Rights Watch|HRW
Islamic State|ISIS,ISIL,IS,Daesh,Islamic State group
Al-Qaeda|al Qaeda,Al Qaeda,al-Qaeda,AQIM
Fateh al-Sham Front|Jabhat Fateh al-Sham,Nusra Front,al-Nusra Front,Al-Nusra
Hezbollah|Hizbollah,Hizbullah
Hamas|
Taliban|
Muslim Brotherhood|
Kurdish YPG|YPG,SDF,Syrian Democratic Forces
Free Syrian Army|FSA
National Transitional Council|NTC,Transitional National Council,TNC
Gulf Cooperation Council|GCC
Organisation for Security and Co-operation in Europe|OSCE
Federal Reserve|Fed
SANA|Syrian Arab News Agency
Reuters|
Agence France-Presse|AFP
Associated Press|AP
"""

# Seats of government that stand for their country's government ("the Kremlin said").
_SEATS = """
Kremlin|Russia
White House|United States
Pentagon|United States
State Department|United States
Downing Street|United Kingdom
Whitehall|United Kingdom
Elysee|France
Élysée|France
Elysee Palace|France
Quai d'Orsay|France
Zhongnanhai|China
Blue House|South Korea
Chancellery|Germany
"""

# Common nouns for the sides of a story, folded to one key each.
_GROUPS = """
government|regime,administration,authorities,authority,cabinet
rebels|rebel,insurgents,insurgent,fighters,militants,militant,rebel groups,armed groups
rebels|armed opposition
opposition|dissidents,political opposition
military|army,troops,soldiers,forces,armed forces,air force,navy,loyalists,pro-government forces
police|security forces,policemen
protesters|protester,demonstrators,demonstrator,crowds
civilians|civilian,residents,villagers
families|relatives,family members,survivors,mourners
militia|militias,militiamen
delegation|delegations,negotiators
parliament|congress,lawmakers,legislature,senate
president|
prime minister|premier
"""


@cache
def lookup() -> dict[str, tuple[str, str]]:
    """Surface form (lower case) -> (canonical key, kind: country, city, org, seat or group)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _COUNTRIES.strip().splitlines():
        country, others, capitals = line.split("|")
        table[country.lower()] = (country, "country")
        for other in filter(None, others.split(",")):
            table.setdefault(other.lower(), (country, "country"))
        for capital in capitals.split(","):
            table.setdefault(capital.lower(), (capital, "city"))
    for line in _CITIES.strip().splitlines():
        city, _country = line.split("|")
        table.setdefault(city.lower(), (city, "city"))
    for line in _ORGANISATIONS.strip().splitlines():
        name, others = line.split("|")
        table.setdefault(name.lower(), (name, "org"))
        for other in filter(None, others.split(",")):
            table.setdefault(other.lower(), (name, "org"))
    for line in _SEATS.strip().splitlines():
        seat, _country = line.split("|")
        table.setdefault(seat.lower(), (seat, "seat"))
    table.setdefault("us state department", ("State Department", "seat"))
    table.setdefault("u.s. state department", ("State Department", "seat"))
    for line in _GROUPS.strip().splitlines():
        name, others = line.split("|")
        table.setdefault(name.lower(), (name, "group"))
        for other in filter(None, others.split(",")):
            table.setdefault(other.lower(), (name, "group"))
    return table


@cache
def capitals() -> dict[str, str]:
    """A capital's key -> its country's key: "Moscow" -> "Russia" (for metonymy)."""
    found = {}
    for line in _COUNTRIES.strip().splitlines():
        country, _others, names = line.split("|")
        for capital in names.split(","):
            found[capital] = country
    return found


@cache
def seats() -> dict[str, str]:
    """A seat of government's surface form (lower case) -> its country's key."""
    found = {}
    for line in _SEATS.strip().splitlines():
        seat, country = line.split("|")
        found[seat.lower()] = country
    return found


@cache
def city_countries() -> dict[str, str]:
    """Every known city's key -> its country's key (capitals included)."""
    found = dict(capitals())
    for line in _CITIES.strip().splitlines():
        city, country = line.split("|")
        found.setdefault(city, country)
    return found


@cache
def longest_form_words() -> int:
    return max(len(form.split()) for form in lookup())


@cache
def form_lengths() -> dict[str, tuple[int, ...]]:
    """First word of a form -> the word counts of the forms it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for form in lookup():
        words = form.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


# Forms too ambiguous to read as a name in lower case ("us", "who", "fed", "is").
CASE_SENSITIVE = frozenset({"us", "who", "is", "fed", "amnesty", "car", "the alliance", "ap"})
