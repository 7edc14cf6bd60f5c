"""What the demo city sells at its counter (docs/commerce.md, "Demo data and accounting
export"): the cards and passes, maps, copies and fees of the seed documents (Imatra's city
hall point, seed 000 appendix 3; Turku's bus cards, wristbands and refunds, seed 002), with
their prices per customer group, their VAT as the law has had it, and their ledger codes.

Prices are in cents, VAT included, from the catalogue's charge descriptions where it gives
them (a 10-visit card 45 €, the senior pass 60 €, a map extract 20 €, a town plan extract
30 €, the builder's package 80 €, paper copies 1 € a page). A price with two figures was
raised on 1 January 2026 (the first valid until 31 December 2025).
"""

import datetime as dt

FOREVER = dt.date(2013, 1, 1)  # the rates below were in force on this day already
NEW_PRICES = dt.date(2026, 1, 1)

# VAT classes: (valid from, percent, VAT code). The Value Added Tax Act (1501/1993) § 84
# (general rate: 24 %, 25.5 % from 1.9.2024), § 85 (reduced rate for sports and culture,
# passenger transport and books: 10 % until 31.12.2024, 14 % in 2025 by HE 141/2024 vp,
# 13.5 % from 1.1.2026 by HE 93/2025 vp) and § 85 a (newspapers and magazines: 10 %).
# A public authority's fee for a document copy or extract is outside VAT; a deposit is
# not a sale at all (it is paid back).
VAT = {
    "general": ((FOREVER, "24.0", "ALV24"), (dt.date(2024, 9, 1), "25.5", "ALV255")),
    "reduced": (
        (FOREVER, "10.0", "ALV10"),
        (dt.date(2025, 1, 1), "14.0", "ALV14"),
        (dt.date(2026, 1, 1), "13.5", "ALV135"),
    ),
    "press": ((FOREVER, "10.0", "ALV10"),),
    "authority": ((FOREVER, "0.0", "VEROTON"),),
    "deposit": ((FOREVER, "0.0", "PANTTI"),),
}

# The ledger (a municipality's chart of accounts): the revenue account and cost centre.
SPORTS = ("3050", "4110")  # sales of services, sports services
TRANSPORT = ("3060", "4520")  # ticket revenue, public transport
GOODS = ("3010", "4630")  # sales of goods, surveying and geodata
CULTURE = ("3010", "4150")  # sales of goods, culture
EXTRACTS = ("3210", "4630")  # fees, surveying and geodata
PLANS = ("3210", "4640")  # fees, town planning
ARCHIVE = ("3210", "4650")  # fees, building control
ROOMS = ("3410", "1120")  # rents, premises services
DEPOSITS = ("2890", "1110")  # other current liabilities (deposits), customer service

# code, kind, VAT class, (account, cost centre), service, online, names, prices per group.
PRODUCTS = (
    (
        "UH-10",
        "goods",
        "reduced",
        SPORTS,
        "sports-cards",
        True,
        (
            "Uimahallin sarjakortti, 10 kertaa",
            "Simhallens seriekort, 10 gånger",
            "Swimming hall card, 10 visits",
        ),
        {
            "resident": (4200, 4500),
            "senior": (3000, 3200),
            "student": (3000, 3200),
            "conscript": (3000, 3200),
            "unemployed": (2500, 2700),
        },
    ),
    (
        "UH-30",
        "goods",
        "reduced",
        SPORTS,
        "sports-cards",
        True,
        (
            "Uimahallin sarjakortti, 30 kertaa",
            "Simhallens seriekort, 30 gånger",
            "Swimming hall card, 30 visits",
        ),
        {"resident": (11500, 12000), "senior": (8500, 9000), "student": (8500, 9000)},
    ),
    (
        "UT-10",
        "goods",
        "reduced",
        SPORTS,
        "sports-cards",
        True,
        (
            "Urheilutalon kuntosalin sarjakortti, 10 kertaa",
            "Idrottshusets gym, seriekort 10 gånger",
            "Sports hall gym card, 10 visits",
        ),
        {"resident": (4000, 4200), "senior": (2800, 3000), "student": (2800, 3000)},
    ),
    (
        "SENIORI",
        "goods",
        "reduced",
        SPORTS,
        "sports-cards",
        False,
        (
            "Senioripassi, puoli vuotta",
            "Seniorpass, ett halvår",
            "Senior pass, six months",
        ),
        {"senior": (5800, 6000)},
    ),
    (
        "LATU",
        "goods",
        "reduced",
        SPORTS,
        "sports-cards",
        True,
        (
            "Ensilumen ladun kausikortti",
            "Säsongskort till förstasnöns skidspår",
            "First-snow ski track, season card",
        ),
        {"resident": (3500, 3500), "senior": (2500, 2500), "student": (2500, 2500)},
    ),
    (
        "RANNEKE",
        "goods",
        "general",
        SPORTS,
        "sports-cards",
        False,
        ("Liikuntaranneke", "Motionsarmband", "Sports wristband"),
        {"resident": (500, 500)},
    ),
    (
        "BUS-KORTTI",
        "goods",
        "general",
        TRANSPORT,
        "public-transport",
        False,
        ("Bussikortti", "Busskort", "Bus card"),
        {"resident": (500, 500)},
    ),
    (
        "BUS-30",
        "service",
        "reduced",
        TRANSPORT,
        "public-transport",
        False,
        (
            "Bussikortin 30 päivän kausilippu",
            "Busskortets 30 dagars periodbiljett",
            "Bus card, 30-day season ticket",
        ),
        {
            "resident": (5300, 5500),
            "senior": (2700, 2800),
            "student": (3600, 3700),
            "unemployed": (3600, 3700),
        },
    ),
    (
        "BUS-ARVO20",
        "service",
        "reduced",
        TRANSPORT,
        "public-transport",
        False,
        (
            "Bussikortin arvolataus 20 €",
            "Värdeladdning av busskortet 20 €",
            "Bus card value top-up, €20",
        ),
        {"resident": (2000, 2000)},
    ),
    (
        "KARTTA-OPAS",
        "goods",
        "general",
        GOODS,
        "map-extracts",
        True,
        ("Vuokselan opaskartta", "Guidekarta över Vuoksela", "Vuoksela guide map"),
        {"resident": (1200, 1250)},
    ),
    (
        "KARTTA-ULKO",
        "goods",
        "general",
        GOODS,
        "map-extracts",
        True,
        ("Ulkoilukartta", "Friluftskarta", "Outdoor recreation map"),
        {"resident": (900, 900)},
    ),
    (
        "KARTTAOTE",
        "service",
        "authority",
        EXTRACTS,
        "map-extracts",
        True,
        ("Karttaote", "Kartutdrag", "Map extract"),
        {"resident": (2000, 2000)},
    ),
    (
        "KAAVAOTE",
        "service",
        "authority",
        PLANS,
        "map-extracts",
        True,
        ("Asemakaavaote", "Detaljplaneutdrag", "Town plan extract"),
        {"resident": (3000, 3000)},
    ),
    (
        "ARKISTOKOPIO",
        "service",
        "authority",
        ARCHIVE,
        "document-orders",
        True,
        (
            "Rakennuslupa-arkiston paperikopio, sivu",
            "Papperskopia ur bygglovsarkivet, sida",
            "Building permit archive paper copy, page",
        ),
        {"resident": (100, 100)},
    ),
    (
        "TILA-TUNTI",
        "fee",
        "general",
        ROOMS,
        "room-booking",
        False,
        (
            "Kaupungintalon kokoushuone, tunti",
            "Stadshusets mötesrum, timme",
            "City hall meeting room, an hour",
        ),
        {"resident": (2500, 2600), "association": (1200, 1200), "company": (4000, 4200)},
    ),
    (
        "AVAINPANTTI",
        "deposit",
        "deposit",
        DEPOSITS,
        "keys",
        False,
        ("Avaimen pantti", "Nyckeldeposition", "Key deposit"),
        {"resident": (5000, 5000)},
    ),
    (
        "LEHTI",
        "goods",
        "press",
        CULTURE,
        "tourist-information",
        False,
        (
            "Vuoksen Viesti -kotiseutulehti",
            "Hembygdstidningen Vuoksen Viesti",
            "Vuoksen Viesti local magazine",
        ),
        {"resident": (800, 800)},
    ),
    (
        "KIRJA",
        "goods",
        "reduced",
        CULTURE,
        "tourist-information",
        False,
        ("Vuokselan historia", "Vuokselas historia", "A history of Vuoksela"),
        {"resident": (3500, 3500)},
    ),
)

# The builder's package (rakentajapaketti): three documents from the city development
# department's experts, collected for the customer to pick up (seed 000, appendix 3).
PACKAGE = (
    "RAKENTAJA",
    (
        "Rakentajapaketti",
        "Byggarpaketet",
        "Builder's package",
    ),
    (
        "Karttaote, asemakaavaote ja rakennuslupien arkistokopiot yhdellä tilauksella.",
        "Kartutdrag, detaljplaneutdrag och arkivkopior av byggloven med en beställning.",
        "A map extract, a town plan extract and archive copies of building permits in one order.",
    ),
    {"resident": (8000, 8000), "company": (8000, 8000)},
)
# name (fi, sv, en), working days; each to the department's expert queue.
PACKAGE_PARTS = (
    (
        (
            "Karttaote (mittaus ja paikkatieto)",
            "Kartutdrag (mätning och geodata)",
            "Map extract (surveying and geodata)",
        ),
        3,
    ),
    (
        (
            "Asemakaavaote ja kaavamääräykset (kaavoitus)",
            "Detaljplaneutdrag med bestämmelser (planläggning)",
            "Town plan extract with regulations (town planning)",
        ),
        3,
    ),
    (
        (
            "Rakennuslupien arkistokopiot (rakennusvalvonta)",
            "Arkivkopior av bygglov (byggnadstillsyn)",
            "Archive copies of building permits (building control)",
        ),
        5,
    ),
)
PACKAGE_DEPARTMENT = "city-development"

# How often each product is bought at the counter on an ordinary day, per month (1–12):
# ski track cards from October to February, few swimming cards in high summer.
DAILY = {
    "UH-10": (5, 5, 5, 4, 3, 2, 2, 3, 5, 5, 5, 4),
    "UH-30": (1.5, 1.5, 1.2, 1, 0.6, 0.3, 0.3, 0.5, 1.5, 1.5, 1.2, 1),
    "UT-10": (3, 3, 2.5, 2, 1.5, 1, 1, 1.5, 3, 3, 2.5, 2),
    "SENIORI": (1.5, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 1.5, 0.5, 0.3, 0.3, 0.3),
    "LATU": (1.5, 1.2, 0.4, 0, 0, 0, 0, 0, 0, 0.5, 2, 2.5),
    "RANNEKE": (1, 1, 0.8, 0.6, 0.5, 0.4, 0.4, 0.8, 1.2, 1, 0.8, 0.6),
    "BUS-KORTTI": (1, 0.8, 0.6, 0.6, 0.6, 0.5, 0.5, 1.5, 1, 0.6, 0.6, 0.6),
    "BUS-30": (6, 5, 5, 5, 4, 3, 2.5, 6, 6, 5, 5, 4),
    "BUS-ARVO20": (5, 5, 5, 5, 5, 4, 3.5, 5, 5, 5, 5, 5),
    "KARTTA-OPAS": (0.5, 0.5, 0.6, 0.8, 1.2, 2, 2.5, 1.5, 0.8, 0.5, 0.4, 0.6),
    "KARTTA-ULKO": (0.4, 0.4, 0.5, 0.7, 1, 1.5, 1.8, 1.2, 0.8, 0.5, 0.3, 0.3),
    "KARTTAOTE": (1, 1, 1.5, 2, 2, 1.5, 0.8, 1.5, 1.5, 1.2, 1, 0.8),
    "KAAVAOTE": (0.6, 0.6, 1, 1.2, 1.2, 1, 0.5, 1, 1, 0.8, 0.6, 0.5),
    "ARKISTOKOPIO": (1.5, 1.5, 2, 2.5, 2.5, 2, 1, 2, 2, 1.5, 1.5, 1.2),
    "TILA-TUNTI": (0.3, 0.3, 0.3, 0.3, 0.3, 0.1, 0.05, 0.2, 0.3, 0.3, 0.3, 0.3),
    "AVAINPANTTI": (0.4, 0.4, 0.4, 0.4, 0.4, 0.2, 0.1, 0.3, 0.5, 0.4, 0.4, 0.3),
    "LEHTI": (0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 0.6, 0.4, 0.2, 0.2, 0.3, 0.8),
    "KIRJA": (0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.4, 0.2, 0.1, 0.1, 0.3, 1),
}
# Who buys a product with a discount group: (group, weight); the rest pay the resident's.
GROUP_MIX = (("resident", 62), ("senior", 20), ("student", 10), ("unemployed", 6), ("conscript", 2))
# How many of a product one buys: copies by the page, a few maps, the rest one.
QUANTITIES = {"ARKISTOKOPIO": (1, 24), "KARTTA-OPAS": (1, 2), "TILA-TUNTI": (1, 4)}
