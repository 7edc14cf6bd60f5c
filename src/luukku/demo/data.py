"""The demo municipality: Vuoksela, a city of about 26,000 people modelled on the Imatra
city hall study (shared/seeds/000): its departments, its service point, and the services
and tasks its appendix 3 moves to the front line. Texts are (fi, sv, en)."""

from . import services_more

DEPARTMENTS = [
    (
        "city-development",
        ("Kaupunkikehitystoimiala", "Stadsutvecklingssektorn", "City Development"),
        [
            ("Kuntatekniikka", "Kommunteknik", "Municipal Engineering"),
            ("Joukkoliikenne", "Kollektivtrafik", "Public Transport"),
            ("Kaavoitus", "Planläggning", "Town Planning"),
            ("Maankäyttö ja tontit", "Markanvändning och tomter", "Land Use and Plots"),
            ("Mittaus ja paikkatieto", "Mätning och geodata", "Surveying and Geodata"),
        ],
    ),
    (
        "wellbeing",
        ("Hyvinvointipalvelut", "Välfärdstjänster", "Wellbeing Services"),
        [
            ("Varhaiskasvatus", "Småbarnspedagogik", "Early Childhood Education"),
            ("Työväenopisto", "Arbetarinstitutet", "Adult Education Centre"),
            ("Liikuntapalvelut", "Idrottstjänster", "Sports Services"),
            ("Perusopetus", "Grundläggande utbildning", "Basic Education"),
        ],
    ),
    (
        "group-services",
        ("Konsernipalvelut", "Koncerntjänster", "Group Services"),
        [
            ("Asiakaspalvelu", "Kundservice", "Customer Service"),
            ("Tilapalvelut", "Lokaltjänster", "Premises Services"),
        ],
    ),
]

# Teams: (name, department, members); the loader finds a team by its Finnish name.
TEAMS = [
    (
        ("Asiakaspalvelupiste", "Kundservicepunkten", "Customer Service Point"),
        "group-services",
        ["aino", "mikko", "liisa"],
    ),
    (("Kunnossapito", "Underhåll", "Maintenance"), "city-development", ["sari"]),
    (
        (
            "Varhaiskasvatuksen palveluohjaus",
            "Servicehandledning inom småbarnspedagogik",
            "Early Childhood Education Guidance",
        ),
        "wellbeing",
        ["juha"],
    ),
]

# The staff's job titles, which sign their replies in the customer's language, by the
# Finnish title the loader gives them.
JOB_TITLES = {
    "Tietosuojavastaava": ("Tietosuojavastaava", "Dataskyddsombud", "Data protection officer"),
    "Palveluneuvoja": ("Palveluneuvoja", "Servicerådgivare", "Customer service adviser"),
    "Kunnossapitoinsinööri": (
        "Kunnossapitoinsinööri",
        "Underhållsingenjör",
        "Maintenance engineer",
    ),
    "Varhaiskasvatuksen palveluohjaaja": (
        "Varhaiskasvatuksen palveluohjaaja",
        "Servicehandledare inom småbarnspedagogik",
        "Early childhood education service adviser",
    ),
    "Asiakaspalvelupäällikkö": (
        "Asiakaspalvelupäällikkö",
        "Kundtjänstchef",
        "Customer service manager",
    ),
    "Kunnossapitopäällikkö": ("Kunnossapitopäällikkö", "Underhållschef", "Head of maintenance"),
    "Varhaiskasvatuspäällikkö": (
        "Varhaiskasvatuspäällikkö",
        "Chef för småbarnspedagogik",
        "Head of early childhood education",
    ),
    "Kaupunginlakimies": ("Kaupunginlakimies", "Stadsjurist", "City lawyer"),
    "Järjestelmän pääkäyttäjä": (
        "Järjestelmän pääkäyttäjä",
        "Systemets huvudanvändare",
        "System administrator",
    ),
}

TOPICS = [
    (
        "streets",
        (
            "Kadut, liikenne ja ympäristö",
            "Gator, trafik och miljö",
            "Streets, transport and environment",
        ),
    ),
    (
        "planning",
        (
            "Kartat, kaavat ja rakentaminen",
            "Kartor, planer och byggande",
            "Maps, planning and building",
        ),
    ),
    (
        "family",
        (
            "Lapset, perhe ja koulutus",
            "Barn, familj och utbildning",
            "Children, family and education",
        ),
    ),
    ("leisure", ("Liikunta ja vapaa-aika", "Idrott och fritid", "Sports and leisure")),
    ("premises", ("Tilat ja avaimet", "Lokaler och nycklar", "Premises and keys")),
    (
        "other-providers",
        (
            "Muiden palveluntuottajien palvelut",
            "Andra serviceproducenters tjänster",
            "Services of other providers",
        ),
    ),
    ("feedback", ("Palaute", "Respons", "Feedback")),
]

# code, topic, unit (fi name), provider key, names, summaries, handling, days, flags, charge, fields, examples
# fields: (code, datatype, required, (labels), [(key, (labels))])
# examples: [(language, subject, body)]
SERVICES = [
    {
        "code": "street-lighting",
        "topic": "streets",
        "unit": "Kuntatekniikka",
        "weight": 9,
        "name": (
            "Katuvalojen vikailmoitus",
            "Felanmälan om gatubelysning",
            "Street lighting faults",
        ),
        "summary": (
            "Ilmoita pimeästä, vilkkuvasta tai vaurioituneesta katuvalosta.",
            "Anmäl en släckt, blinkande eller skadad gatlykta.",
            "Report a street light that is dark, flickering or damaged.",
        ),
        "description": (
            "Kaupunki korjaa katuvalot katu- ja puistoalueilla. Ilmoita valaisimen sijainti mahdollisimman tarkasti: katuosoite tai lähin risteys ja pylvään numero, jos se näkyy. Yksittäiset viat korjataan yleensä kahden viikon kuluessa, laajat katkot nopeammin.",
            "Staden reparerar gatubelysningen på gator och i parker. Ange lyktans plats så noggrant som möjligt: gatuadress eller närmaste korsning och stolpens nummer om det syns. Enstaka fel repareras oftast inom två veckor.",
            "The city repairs street lights on streets and in parks. Tell us where the light is as precisely as you can: the street address or nearest crossing, and the pole number if visible. Single faults are usually repaired within two weeks.",
        ),
        "keywords": (
            "katuvalo, katuvalot, katulamppu, lamppu, valot, valaisin, valaistus, valopylväs, valotolppa, pylväs, valo ei pala, pimeä, pimeänä, vilkkuu, rikki, palaa päivällä",
            "gatubelysning, gatlampa, gatlykta, lykta, lyktstolpe, belysning, lampan lyser inte, mörk, blinkar, trasig",
            "street lighting, street light, streetlight, street lamp, lamp post, lamp, lights, lighting, light out, dark, flickering, broken light",
        ),
        "handling": "front_line",
        "days": 3,
        "location": True,
        "public": True,
        "anonymous": True,
        "fields": [
            (
                "pole_number",
                "text",
                False,
                ("Pylvään numero", "Stolpens nummer", "Pole number"),
                [],
            ),
            (
                "fault",
                "single_choice",
                True,
                ("Vian laatu", "Typ av fel", "Kind of fault"),
                [
                    ("dark", ("Valo ei pala", "Lampan lyser inte", "The light is out")),
                    ("flickering", ("Valo vilkkuu", "Lampan blinkar", "The light flickers")),
                    (
                        "day",
                        (
                            "Valo palaa päivällä",
                            "Lampan lyser på dagen",
                            "The light is on in daytime",
                        ),
                    ),
                    (
                        "damaged",
                        (
                            "Pylväs tai valaisin vaurioitunut",
                            "Stolpen eller lyktan skadad",
                            "Pole or lamp damaged",
                        ),
                    ),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Katuvalot pimeänä Koskikadulla",
                "Koskikadun katuvalot ovat olleet pimeänä jo viikon välillä Koskikatu 10–20. Illalla on todella pimeää kävellä.",
            ),
            (
                "fi",
                "Vilkkuva katuvalo",
                "Tainionkoskentien ja Ukonlinnankadun risteyksessä oleva katuvalo vilkkuu koko ajan.",
            ),
            (
                "fi",
                "Katuvalo palaa päivällä",
                "Puistotien valot palavat myös päivällä, pylväs numero 4512.",
            ),
            (
                "sv",
                "Gatlyktan lyser inte",
                "Gatlyktan vid Torggatan 3 har varit släckt i flera dagar.",
            ),
            (
                "en",
                "Street light out",
                "The street light next to the bus stop on Station Road is dark.",
            ),
        ],
    },
    {
        "code": "street-maintenance",
        "topic": "streets",
        "unit": "Kuntatekniikka",
        "weight": 14,
        "name": (
            "Katujen ja yleisten alueiden kunnossapito",
            "Underhåll av gator och allmänna områden",
            "Street and public area maintenance",
        ),
        "summary": (
            "Lumityöt, liukkauden torjunta, kuopat ja katujen puhtaanapito.",
            "Snöröjning, halkbekämpning, gropar och gatustädning.",
            "Snow clearing, gritting, potholes and street cleaning.",
        ),
        "description": (
            "Kaupunki huolehtii katujen, kevyen liikenteen väylien ja torien kunnossapidosta. Pääväylät aurataan ensin, asuntokadut niiden jälkeen. Tonttiliittymien aurausvallit ovat kiinteistön vastuulla. Yksityisteistä vastaavat tiekunnat.",
            "Staden sköter underhållet av gator, gång- och cykelvägar och torg. Huvudlederna plogas först, bostadsgatorna därefter. Plogvallar vid tomtinfarter är fastighetens ansvar.",
            "The city maintains streets, pedestrian and cycle paths and squares. Main roads are cleared first, residential streets after them. Snow banks at property entrances are the property's responsibility.",
        ),
        "keywords": (
            "auraus, aurata, auraamatta, aura, lumi, lumityöt, aurausvalli, liukkaus, liukas, hiekoitus, hiekoittamatta, kuoppa, monttu, katu, tie, jalkakäytävä, pyörätie, katutyö, liikennemerkki, sadevesikaivo, harjaus, katupöly, talvikunnossapito, yksityistie",
            "snöröjning, plogning, plog, snö, plogvall, halka, halt, sandning, grop, gata, väg, trottoar, cykelväg, gatuarbete, trafikmärke, dagvattenbrunn, sopning, vinterunderhåll",
            "snow removal, snow clearing, snow ploughing, plowing, snow, snow bank, slippery, ice, gritting, pothole, street, road, pavement, sidewalk, cycle path, roadworks, traffic sign, storm drain, street sweeping, winter maintenance",
        ),
        "handling": "front_line",
        "days": 3,
        "location": True,
        "public": True,
        "anonymous": True,
        "fields": [
            (
                "issue",
                "single_choice",
                True,
                ("Asia", "Ärende", "Issue"),
                [
                    ("snow", ("Auraus", "Snöröjning", "Snow clearing")),
                    ("slippery", ("Liukkaus", "Halka", "Slippery surface")),
                    ("pothole", ("Kuoppa tai vaurio", "Grop eller skada", "Pothole or damage")),
                    (
                        "cleaning",
                        ("Roskat tai puhtaanapito", "Skräp eller städning", "Litter or cleaning"),
                    ),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Auraamatta Rautionkadulla",
                "Rautionkatua ei ole aurattu koko päivänä, autolla ei pääse kotiin.",
            ),
            (
                "fi",
                "Kevyen liikenteen väylä liukas",
                "Koulun vieressä oleva kevyen liikenteen väylä on todella liukas, hiekoitusta kaivattaisiin.",
            ),
            (
                "fi",
                "Iso kuoppa kadussa",
                "Virastokadun ja Kauppakadun risteyksessä on syvä kuoppa, johon auton rengas meni rikki.",
            ),
            (
                "fi",
                "Aurausvalli liittymässä",
                "Aura jätti taas korkean vallin pihatiemme eteen. Kenen vastuulla sen poisto on?",
            ),
            ("sv", "Halt på gångvägen", "Gångvägen vid skolan är mycket hal. Kan ni sanda den?"),
            (
                "en",
                "Snow not cleared",
                "Our street has not been ploughed after yesterday's snowfall.",
            ),
        ],
    },
    {
        "code": "parks",
        "topic": "streets",
        "unit": "Kuntatekniikka",
        "weight": 5,
        "name": (
            "Puistot, leikkipaikat ja viheralueet",
            "Parker, lekplatser och grönområden",
            "Parks, playgrounds and green areas",
        ),
        "summary": (
            "Puistojen ja leikkipaikkojen kunto, puiden kaadot ja viheralueiden hoito.",
            "Parkernas och lekplatsernas skick, trädfällning och skötsel av grönområden.",
            "Condition of parks and playgrounds, tree felling and green area care.",
        ),
        "description": (
            "Ilmoita rikkinäisistä leikkivälineistä, kaatuneista puista tai puistojen roskaantumisesta. Puiden kaatoa kaupungin maalla voi pyytää perustellusta syystä.",
            "Anmäl trasig lekutrustning, fallna träd eller nedskräpning i parker. Man kan begära att träd fälls på stadens mark av motiverat skäl.",
            "Report broken play equipment, fallen trees or litter in parks. You can ask for a tree on city land to be felled for a good reason.",
        ),
        "keywords": (
            "puisto, puistot, leikkipaikka, leikkipuisto, leikkikenttä, keinu, liukumäki, puu, kaatunut puu, puun kaato, penkki, roskis, roskat, nurmikko, ruohonleikkuu, uimaranta, koirapuisto, töhryt, ilkivalta, viljelypalsta, viheralue",
            "park, parker, lekplats, lekpark, gunga, rutschkana, träd, fälla träd, bänk, papperskorg, skräp, gräsmatta, badstrand, hundpark, klotter, odlingslott, grönområde",
            "park, parks, playground, swing, slide, tree, fallen tree, tree felling, bench, bin, litter, grass, mowing, beach, dog park, graffiti, vandalism, allotment, green space",
        ),
        "handling": "either",
        "days": 5,
        "location": True,
        "public": True,
        "anonymous": True,
        "fields": [],
        "examples": [
            (
                "fi",
                "Keinu rikki leikkipuistossa",
                "Mansikkapaikan leikkipuiston keinun ketju on katkennut, vaarallinen lapsille.",
            ),
            (
                "fi",
                "Kaatunut puu polulla",
                "Myrsky kaatoi ison koivun ulkoilupolun yli Vuoksenniskalla.",
            ),
            (
                "en",
                "Broken slide",
                "The slide at the riverside playground has a sharp broken edge.",
            ),
        ],
    },
    {
        "code": "public-transport",
        "topic": "streets",
        "unit": "Joukkoliikenne",
        "weight": 10,
        "name": ("Joukkoliikenne", "Kollektivtrafik", "Public transport"),
        "summary": (
            "Bussien aikataulut, reitit, matkakortit ja palaute joukkoliikenteestä.",
            "Bussarnas tidtabeller, linjer, resekort och respons om kollektivtrafiken.",
            "Bus timetables, routes, travel cards and feedback on public transport.",
        ),
        "description": (
            "Kaupungin sisäinen joukkoliikenne: paikallisbussit, palveluliikenne ja koululaiskuljetukset. Matkakortteja myydään ja ladataan kaupungintalon asiakaspalvelupisteessä. Kerro palautteessa linja, aika ja pysäkki.",
            "Stadens interna kollektivtrafik: lokalbussar, servicetrafik och skolskjutsar. Resekort säljs och laddas vid stadshusets kundservicepunkt.",
            "The city's own public transport: local buses, service routes and school transport. Travel cards are sold and topped up at the city hall service point.",
        ),
        "keywords": (
            "bussi, bussit, paikallisliikenne, joukkoliikenne, aikataulu, linja, vuoro, pysäkki, matkakortti, bussikortti, bussilippu, lippu, kausilippu, mobiililippu, koulukyyti, palveluliikenne, kutsutaksi, kuljettaja",
            "buss, bussar, lokaltrafik, kollektivtrafik, tidtabell, linje, tur, hållplats, resekort, busskort, bussbiljett, biljett, periodbiljett, mobilbiljett, skolskjuts, servicetrafik",
            "bus, buses, public transport, local transport, timetable, schedule, route, bus stop, travel card, bus card, bus pass, ticket, season ticket, mobile ticket, school transport, service bus",
        ),
        "handling": "front_line",
        "days": 5,
        "location": False,
        "anonymous": True,
        "fields": [("line", "text", False, ("Linja", "Linje", "Line"), [])],
        "examples": [
            (
                "fi",
                "Bussi ei tullut",
                "Linjan 3 aamubussi klo 7.15 ei tullut Ukonlinnan pysäkille tänään.",
            ),
            (
                "fi",
                "Matkakortin lataus",
                "Voiko matkakortille ladata kauden netissä vai pitääkö tulla palvelupisteeseen?",
            ),
            ("fi", "Aikataulu kesällä", "Milloin kesäaikataulut tulevat voimaan linjalla 1?"),
            (
                "sv",
                "Resekort förlorat",
                "Jag har tappat mitt resekort. Hur får jag ett nytt och kan saldot flyttas?",
            ),
            (
                "en",
                "Timetable question",
                "Is there a bus from the railway station to the hospital on Sunday mornings?",
            ),
        ],
    },
    {
        "code": "map-extracts",
        "topic": "planning",
        "unit": "Mittaus ja paikkatieto",
        "weight": 5,
        "name": ("Karttaotteet ja kartat", "Kartutdrag och kartor", "Map extracts and maps"),
        "summary": (
            "Tilaa asemakaavaote, kantakarttaote tai tonttikartta rakentamista varten.",
            "Beställ detaljplaneutdrag, baskartutdrag eller tomtkarta för byggande.",
            "Order a town plan extract, base map extract or plot map for building.",
        ),
        "description": (
            "Karttaotteet toimitetaan sähköpostilla PDF-tiedostona tai noudettavaksi kaupungintalon asiakaspalvelupisteestä. Kerro kiinteistötunnus tai osoite.",
            "Kartutdrag levereras som PDF per e-post eller kan hämtas vid stadshusets kundservicepunkt. Ange fastighetsbeteckning eller adress.",
            "Map extracts are delivered as PDF by e-mail or can be collected at the city hall service point. Give the property ID or address.",
        ),
        "keywords": (
            "kartta, karttaote, kaavaote, asemakaava, asemakaavaote, kantakartta, ote, tonttikartta, pohjakartta, kiinteistötunnus, piirustukset, pohjapiirustus, kopio piirustuksista, kaava nähtävillä, muistutus kaavasta",
            "karta, kartutdrag, planutdrag, detaljplan, baskarta, tomtkarta, fastighetsbeteckning, ritningar, planritning, kopia av ritningar, plan framlagd",
            "map, map extract, plan extract, town plan, local plan, zoning map, base map, plot map, property ID, drawings, floor plan, blueprints, plan on display",
        ),
        "handling": "front_line",
        "days": 5,
        "charge": "charged",
        "charge_description": (
            "Karttaote 20 €, asemakaavaote 30 €.",
            "Kartutdrag 20 €, detaljplaneutdrag 30 €.",
            "Map extract €20, town plan extract €30.",
        ),
        "fields": [
            (
                "property_id",
                "text",
                True,
                (
                    "Kiinteistötunnus tai osoite",
                    "Fastighetsbeteckning eller adress",
                    "Property ID or address",
                ),
                [],
            ),
            (
                "extract",
                "single_choice",
                True,
                ("Ote", "Utdrag", "Extract"),
                [
                    ("town_plan", ("Asemakaavaote", "Detaljplaneutdrag", "Town plan extract")),
                    ("base_map", ("Kantakarttaote", "Baskartutdrag", "Base map extract")),
                    ("plot_map", ("Tonttikartta", "Tomtkarta", "Plot map")),
                ],
            ),
            (
                "delivery",
                "single_choice",
                True,
                ("Toimitus", "Leverans", "Delivery"),
                [
                    ("email", ("Sähköpostilla", "Per e-post", "By e-mail")),
                    (
                        "pickup",
                        (
                            "Noudan palvelupisteestä",
                            "Hämtas vid servicepunkten",
                            "I will collect it",
                        ),
                    ),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Asemakaavaote rakennuslupaa varten",
                "Tarvitsen asemakaavaotteen kiinteistölle 153-5-12-4 rakennuslupahakemusta varten.",
            ),
            (
                "fi",
                "Kantakarttaote",
                "Tilaan kantakarttaotteen osoitteeseen Lampikatu 8 noudettavaksi.",
            ),
        ],
    },
    {
        "code": "builder-package",
        "topic": "planning",
        "unit": "Mittaus ja paikkatieto",
        "weight": 3,
        "name": (
            "Rakentajan asiakirjapaketti",
            "Byggarens dokumentpaket",
            "Builder's document package",
        ),
        "summary": (
            "Kaikki rakentamisen asiakirjat yhdellä tilauksella: kartat, kaavaote ja lausunnot.",
            "Alla dokument för byggande med en beställning: kartor, planutdrag och utlåtanden.",
            "All the documents for building in one order: maps, plan extract and statements.",
        ),
        "description": (
            "Asiakaspalvelu kokoaa paketin asiantuntijoilta ja ilmoittaa, kun se on noudettavissa palvelupisteestä tai lähetetty sähköpostilla.",
            "Kundservicen samlar paketet från experterna och meddelar när det kan hämtas eller har skickats per e-post.",
            "Customer service collects the package from the experts and tells you when it is ready to collect or has been sent by e-mail.",
        ),
        "keywords": (
            "rakentajapaketti, rakentajan paketti, rakentaminen, rakentaa talo, omakotitalon rakentaminen, rakennuslupa, rakentamislupa, asiakirjat, pohjakartta, tonttikartta, liitoskohtalausunto, vesiliittymä, naapurin kuuleminen",
            "byggarpaket, byggande, bygga hus, egnahemshus, bygglov, handlingar, baskarta, tomtkarta, anslutningspunkt, vattenanslutning, hörande av grannar",
            "builder's package, builders package, building a house, build a house, building permit, documents, base map, plot map, connection point, water connection, neighbour hearing",
        ),
        "handling": "either",
        "days": 10,
        "charge": "charged",
        "charge_description": ("Paketti 80 €.", "Paket 80 €.", "Package €80."),
        "fields": [
            (
                "property_id",
                "text",
                True,
                ("Kiinteistötunnus", "Fastighetsbeteckning", "Property ID"),
                [],
            ),
            (
                "documents",
                "multiple_choice",
                True,
                ("Asiakirjat", "Dokument", "Documents"),
                [
                    ("base_map", ("Kantakarttaote", "Baskartutdrag", "Base map extract")),
                    ("town_plan", ("Asemakaavaote", "Detaljplaneutdrag", "Town plan extract")),
                    ("plot_division", ("Tonttijako", "Tomtindelning", "Plot division")),
                    (
                        "connections",
                        (
                            "Liitoskohtalausunto",
                            "Utlåtande om anslutningspunkter",
                            "Connection point statement",
                        ),
                    ),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Rakentajapaketti omakotitaloon",
                "Tarvitsen rakentajan paketin kiinteistölle 153-12-7-3, kaikki asiakirjat.",
            )
        ],
    },
    {
        "code": "plot-reservation",
        "topic": "planning",
        "unit": "Maankäyttö ja tontit",
        "weight": 2,
        "name": ("Tonttivaraus", "Tomtreservering", "Plot reservation"),
        "summary": (
            "Varaa kaupungin myytävä omakoti- tai yritystontti.",
            "Reservera en av stadens tomter för egnahemshus eller företag.",
            "Reserve one of the city's plots for a house or a business.",
        ),
        "description": (
            "Vapaat tontit löytyvät tonttipörssistä ja asiakaspalvelupisteen tonttikansiosta. Varaus on voimassa kuusi kuukautta.",
            "Lediga tomter finns i tomtbörsen och i tomtpärmen vid kundservicepunkten. Reservationen gäller sex månader.",
            "Free plots are listed in the plot exchange and in the plot folder at the service point. A reservation is valid for six months.",
        ),
        "keywords": (
            "tontti, tontit, tonttivaraus, varata tontti, omakotitalotontti, tonttipörssi, myytävät tontit, vuokratontti, tontinvuokra, tonttivuokra, maanvuokra, maanvuokrasopimus, lunastus, vuokraoikeus",
            "tomt, tomter, tomtreservering, reservera tomt, egnahemstomt, tomtbörs, tomter till salu, arrendetomt, tomtarrende, arrende, arrendeavtal, inlösen",
            "plot, plots, building plot, reserve a plot, plot reservation, plots for sale, land for sale, leased plot, land lease, ground rent, lease agreement, buy the plot",
        ),
        "handling": "expert",
        "days": 10,
        "charge": "charged",
        "charge_description": (
            "Varausmaksu 300 €, hyvitetään kauppahinnassa.",
            "Reservationsavgift 300 €.",
            "Reservation fee €300, credited against the price.",
        ),
        "fields": [
            ("plot", "text", True, ("Tontin tunnus", "Tomtens beteckning", "Plot ID"), []),
            (
                "use",
                "single_choice",
                True,
                ("Käyttötarkoitus", "Användning", "Intended use"),
                [
                    ("house", ("Omakotitalo", "Egnahemshus", "Detached house")),
                    ("business", ("Yritys", "Företag", "Business")),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Tontin varaaminen",
                "Haluaisimme varata tontin 7-12 Rauhan alueelta omakotitaloa varten.",
            )
        ],
    },
    {
        "code": "zoning-initiative",
        "topic": "planning",
        "unit": "Kaavoitus",
        "weight": 1,
        "name": ("Kaava-aloite", "Planinitiativ", "Zoning initiative"),
        "summary": (
            "Ehdota asemakaavan laatimista tai muuttamista.",
            "Föreslå att en detaljplan utarbetas eller ändras.",
            "Propose that a town plan is drawn up or changed.",
        ),
        "description": (
            "Täytä aloite verkossa tai palvelupisteessä. Sen jälkeen varaamme sinulle ajan kaavoittajalle, jonka kanssa aloite käydään läpi ennen kirjaamista.",
            "Fyll i initiativet på nätet eller vid servicepunkten. Därefter bokar vi en tid hos planläggaren.",
            "Fill in the initiative online or at the service point. We then book you a meeting with a planner to go through it before it is registered.",
        ),
        "keywords": (
            "kaava, asemakaava, kaavamuutos, kaava-aloite, kaavoitus, kaavoittaja, maankäyttö, paritalo, tontin jakaminen, rakennusoikeus",
            "plan, detaljplan, planändring, planinitiativ, planläggning, planläggare, byggrätt",
            "zoning, town plan, local plan, plan change, zoning initiative, rezoning, planning, planner, building rights",
        ),
        "handling": "expert",
        "days": 15,
        "fields": [],
        "examples": [
            (
                "fi",
                "Kaavamuutos tontille",
                "Haluaisimme muuttaa tonttimme käyttötarkoituksen asuinkäyttöön.",
            )
        ],
    },
    {
        "code": "early-education",
        "topic": "family",
        "unit": "Varhaiskasvatus",
        "weight": 8,
        "sensitive": True,
        "name": (
            "Varhaiskasvatuksen hakeminen",
            "Ansökan om småbarnspedagogik",
            "Applying for early childhood education",
        ),
        "summary": (
            "Hae lapsellesi paikkaa päiväkodista tai perhepäivähoidosta.",
            "Ansök om plats för ditt barn i daghem eller familjedagvård.",
            "Apply for a place for your child in a day-care centre or family day care.",
        ),
        "description": (
            "Hae paikkaa neljä kuukautta ennen tarvetta, työn tai opiskelun vuoksi äkillisesti kaksi viikkoa ennen. Asiakaspalvelu neuvoo hakemisessa ja tallentaa paperiset hakemukset.",
            "Ansök fyra månader innan behovet, vid plötsligt behov på grund av arbete eller studier två veckor innan.",
            "Apply four months before you need the place, or two weeks before if the need arises suddenly because of work or studies.",
        ),
        "keywords": (
            "päiväkoti, päiväkotipaikka, varhaiskasvatus, hoitopaikka, päivähoito, perhepäivähoito, perhepäivähoitaja, esiopetus, eskari, päivähoitomaksu, varahoito, varhaiskasvatushakemus",
            "daghem, dagvård, daghemsplats, småbarnspedagogik, familjedagvård, förskola, dagvårdsavgift, reservvård",
            "day care, daycare, nursery, kindergarten, early childhood education, childcare, family day care, childminder, pre-school, daycare fee",
        ),
        "handling": "expert",
        "days": 10,
        "charge": "other",
        "charge_description": (
            "Asiakasmaksu määräytyy tulojen ja hoitoajan mukaan.",
            "Avgiften bestäms enligt inkomster och vårdtid.",
            "The fee depends on income and hours of care.",
        ),
        "fields": [
            (
                "start_date",
                "date",
                True,
                ("Toivottu aloituspäivä", "Önskat startdatum", "Preferred start date"),
                [],
            ),
            (
                "hours",
                "number",
                False,
                ("Hoitotunnit viikossa", "Vårdtimmar per vecka", "Hours of care per week"),
                [],
            ),
            (
                "preferred_unit",
                "text",
                False,
                ("Toivottu päiväkoti", "Önskat daghem", "Preferred day-care centre"),
                [],
            ),
        ],
        "examples": [
            (
                "fi",
                "Hoitopaikka elokuusta",
                "Haemme päiväkotipaikkaa 2-vuotiaalle elokuun alusta, toiveena Mansikkalan päiväkoti.",
            ),
            (
                "fi",
                "Hakemuksen tilanne",
                "Lähetin varhaiskasvatushakemuksen kuukausi sitten, milloin saan tiedon paikasta?",
            ),
            ("sv", "Dagvårdsplats", "Vi söker en plats på svenskspråkigt daghem från januari."),
        ],
    },
    {
        "code": "afternoon-activities",
        "topic": "family",
        "unit": "Perusopetus",
        "weight": 3,
        "sensitive": True,
        "name": (
            "Koululaisten iltapäivätoiminta",
            "Eftermiddagsverksamhet för skolelever",
            "After-school activities",
        ),
        "summary": (
            "Iltapäivätoiminta 1.–2.-luokkalaisille ja erityisen tuen oppilaille.",
            "Eftermiddagsverksamhet för elever i årskurs 1–2 och elever med särskilt stöd.",
            "After-school activities for pupils in years 1–2 and pupils with special support.",
        ),
        "description": (
            "Hakuaika on keväällä. Myöhemmin tulleet hakemukset käsitellään, jos ryhmissä on tilaa.",
            "Ansökningstiden är på våren. Senare ansökningar behandlas om det finns plats.",
            "Applications are made in spring; later ones are handled if there is room.",
        ),
        "keywords": (
            "iltapäiväkerho, iltapäivätoiminta, ip-toiminta, ip-kerho, koululainen, ekaluokkalainen, koulun jälkeen, iltapäivähoito, koululaisten iltapäivä",
            "eftermiddagsklubb, eftermiddagsverksamhet, skolelev, förstaklassare, efter skolan",
            "after-school club, afterschool, after-school care, afternoon club, pupil, first grader, after school",
        ),
        "handling": "expert",
        "days": 10,
        "charge": "charged",
        "charge_description": ("120 € kuukaudessa.", "120 € i månaden.", "€120 a month."),
        "fields": [("school", "text", True, ("Koulu", "Skola", "School"), [])],
        "examples": [
            (
                "fi",
                "Iltapäivätoimintapaikka",
                "Haen iltapäivätoimintapaikkaa ekaluokkalaiselle Rajapatsaan koululta.",
            )
        ],
    },
    {
        "code": "adult-education",
        "topic": "leisure",
        "unit": "Työväenopisto",
        "weight": 6,
        "name": (
            "Työväenopiston kurssit ja ilmoittautuminen",
            "Arbetarinstitutets kurser och anmälan",
            "Adult education courses and registration",
        ),
        "summary": (
            "Ilmoittaudu kursseille, kysy alennuksista ja opintoseteleistä.",
            "Anmäl dig till kurser, fråga om rabatter och studiesedlar.",
            "Register for courses, ask about discounts and study vouchers.",
        ),
        "description": (
            "Ilmoittautua voi verkossa tai asiakaspalvelupisteessä. Työttömät, opiskelijat ja eläkeläiset saavat alennuksen esittämällä todistuksen palvelupisteessä.",
            "Man kan anmäla sig på nätet eller vid kundservicepunkten. Arbetslösa, studerande och pensionärer får rabatt mot intyg.",
            "You can register online or at the service point. The unemployed, students and pensioners get a discount by showing a certificate at the service point.",
        ),
        "keywords": (
            "kurssi, kurssit, kansalaisopisto, työväenopisto, opisto, ilmoittautuminen, ilmoittautua, opintoseteli, alennus, kurssimaksu, harrastus, kielikurssi",
            "kurs, kurser, medborgarinstitut, arbetarinstitut, anmälan, studiesedel, rabatt, kursavgift, hobby, språkkurs",
            "course, courses, adult education, adult education centre, evening classes, class, enrol, registration, study voucher, discount, course fee, language course",
        ),
        "handling": "front_line",
        "days": 5,
        "charge": "charged",
        "charge_description": (
            "Kurssimaksut kurssikuvauksissa.",
            "Kursavgifterna finns i kursbeskrivningarna.",
            "Course fees are in the course descriptions.",
        ),
        "fields": [
            ("course_code", "text", True, ("Kurssin numero", "Kursnummer", "Course number"), []),
            (
                "discount",
                "single_choice",
                False,
                ("Alennusperuste", "Rabattgrund", "Discount"),
                [
                    ("unemployed", ("Työtön", "Arbetslös", "Unemployed")),
                    ("student", ("Opiskelija", "Studerande", "Student")),
                    ("pensioner", ("Eläkeläinen", "Pensionär", "Pensioner")),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Ilmoittautuminen espanjan kurssille",
                "Haluaisin ilmoittautua kurssille 2104 Espanjan alkeet, olen eläkeläinen.",
            ),
            ("fi", "Opintoseteli", "Voiko opintosetelillä maksaa atk-kurssin?"),
            (
                "en",
                "Finnish course",
                "Is there a Finnish language course for beginners in the evenings?",
            ),
        ],
    },
    {
        "code": "sports-cards",
        "topic": "leisure",
        "unit": "Liikuntapalvelut",
        "weight": 4,
        "name": (
            "Uimahallin ja urheilutalon sarjakortit",
            "Seriekort till simhallen och idrottshuset",
            "Swimming hall and sports centre cards",
        ),
        "summary": (
            "Sarjakortit, senioripassit ja latukortit.",
            "Seriekort, seniorpass och skidspårskort.",
            "Multi-visit cards, senior passes and ski track cards.",
        ),
        "description": (
            "Kortteja myydään uimahallin kassalla ja kaupungintalon asiakaspalvelupisteessä.",
            "Korten säljs i simhallens kassa och vid stadshusets kundservicepunkt.",
            "Cards are sold at the swimming hall and at the city hall service point.",
        ),
        "keywords": (
            "uimahalli, uinti, urheilutalo, kuntosali, sarjakortti, senioripassi, latu, ladut, latukortti, ensilumenlatu, hiihto, liikunta, aukioloajat",
            "simhall, simning, idrottshus, gym, seriekort, seriekort simhall, seniorpass, skidspår, spårkort, skidåkning, motion",
            "swimming, swimming pool, swimming hall, sports hall, gym, card, multi-visit card, senior pass, ski track, skiing, sports, opening hours",
        ),
        "handling": "front_line",
        "days": 3,
        "charge": "charged",
        "charge_description": (
            "10 kerran kortti 45 €, senioripassi 60 €.",
            "10 gångers kort 45 €, seniorpass 60 €.",
            "10-visit card €45, senior pass €60.",
        ),
        "fields": [],
        "examples": [
            ("fi", "Senioripassin hinta", "Paljonko senioripassi maksaa ja mistä sen voi ostaa?")
        ],
    },
    {
        "code": "room-booking",
        "topic": "premises",
        "unit": "Tilapalvelut",
        "weight": 4,
        "name": ("Tilavaraukset", "Lokalbokning", "Room bookings"),
        "summary": (
            "Varaa koulujen liikuntasaleja, kokoustiloja ja juhlatiloja.",
            "Boka skolornas gymnastiksalar, möteslokaler och festlokaler.",
            "Book school gyms, meeting rooms and function rooms.",
        ),
        "description": (
            "Varaukset hyväksytään ja laskutetaan tilapalveluissa. Kerro tilaisuuden päivä, kellonaika ja osallistujamäärä.",
            "Bokningarna godkänns och faktureras av lokaltjänster.",
            "Bookings are approved and invoiced by premises services.",
        ),
        "keywords": (
            "tila, tilat, tilavaraus, varaus, varata tila, sali, liikuntasali, salivuoro, kokoushuone, juhlatila, kaupungintalon tilat, vuoro",
            "lokal, lokaler, lokalbokning, bokning, boka lokal, sal, gymnastiksal, mötesrum, festlokal",
            "room, rooms, room booking, booking, book a room, hall, sports hall, meeting room, venue, party venue, hire a hall",
        ),
        "handling": "front_line",
        "days": 5,
        "charge": "charged",
        "charge_description": ("Hinnasto tiloittain.", "Prislista per lokal.", "Prices per room."),
        "fields": [
            ("date", "date", True, ("Päivä", "Datum", "Date"), []),
            ("attendees", "number", True, ("Osallistujia", "Deltagare", "Attendees"), []),
            (
                "room",
                "single_choice",
                True,
                ("Varattava tila", "Lokal som bokas", "Room to book"),
                [
                    ("council", ("Valtuustosali", "Fullmäktigesalen", "Council chamber")),
                    ("meeting", ("Kokoushuone Vuoksi", "Mötesrum Vuoksi", "Meeting room Vuoksi")),
                    ("gym", ("Koulun liikuntasali", "Skolans gymnastiksal", "School gym")),
                ],
            ),
        ],
        "examples": [
            (
                "fi",
                "Liikuntasalin vakiovuoro",
                "Haemme sählyseuralle vakiovuoroa Pelkolan koulun salista tiistaisin.",
            )
        ],
    },
    {
        "code": "keys",
        "topic": "premises",
        "unit": "Tilapalvelut",
        "weight": 2,
        "internal": True,
        "name": (
            "Avaimet ja kulkuoikeudet",
            "Nycklar och passerrättigheter",
            "Keys and access rights",
        ),
        "summary": (
            "Kaupungin henkilöstön avaimet ja kulkuoikeudet kaupungintaloon.",
            "Nycklar och passerrättigheter till stadshuset för stadens personal.",
            "Keys and access rights to the city hall for city staff.",
        ),
        "description": (
            "Sisäinen palvelu: esimies pyytää avaimen tai kulkuoikeuden, asiakaspalvelupiste luovuttaa sen kuittausta vastaan.",
            "Intern tjänst: chefen begär nyckeln, kundservicepunkten lämnar ut den mot kvittering.",
            "Internal service: the supervisor requests a key or access right, and the service point hands it over against a signature.",
        ),
        "keywords": (
            "avain, avaimet, kulkukortti, kulkuoikeus, kulkulätkä, avainlista, kadonnut avain, puhelin, työpuhelin, liittymä, puhelinluettelo, työmatka",
            "nyckel, nycklar, passerkort, passerrätt, förlorad nyckel, telefon, arbetstelefon, abonnemang, telefonkatalog, tjänsteresa",
            "key, keys, access card, access rights, fob, lost key, phone, work phone, subscription, phone directory, work trip",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [
            ("area", "text", True, ("Ovi tai alue", "Dörr eller område", "Door or area"), []),
            ("valid_until", "date", False, ("Voimassa asti", "Giltig till", "Valid until"), []),
        ],
        "examples": [
            (
                "fi",
                "Kulkukortti uudelle työntekijälle",
                "Uusi suunnittelijamme aloittaa maanantaina, tarvitsee kulkukortin 3. kerrokseen.",
            )
        ],
    },
    {
        "code": "waste-and-burning",
        "topic": "streets",
        "unit": "Kuntatekniikka",
        "weight": 4,
        "name": (
            "Jätehuolto ja risujen poltto",
            "Avfallshantering och ris­bränning",
            "Waste and burning brushwood",
        ),
        "summary": (
            "Neuvontaa jätehuoltomääräyksistä ja risujen poltosta.",
            "Rådgivning om avfallsföreskrifter och risbränning.",
            "Advice on waste regulations and burning brushwood.",
        ),
        "description": (
            "Risujen poltto taajamassa on kielletty. Haja-asutusalueella pienten määrien poltto on sallittu, kun metsäpalovaroitus ei ole voimassa.",
            "Risbränning i tätort är förbjuden. I glesbygd är det tillåtet att bränna små mängder när ingen skogsbrandsvarning gäller.",
            "Burning brushwood in built-up areas is forbidden. In rural areas, small amounts may be burned when there is no forest fire warning.",
        ),
        "keywords": (
            "jäte, jätteet, roska, roskat, roskis, jäteastia, jätehuolto, jätehuoltomääräykset, risut, risujen poltto, poltto, nuotio, kierrätys, kompostointi, ongelmajäte, vaarallinen jäte, roskaaminen",
            "avfall, sopor, soptunna, avfallshantering, avfallsföreskrifter, ris, bränna ris, eldning, återvinning, kompostering, farligt avfall, nedskräpning",
            "waste, rubbish, garbage, trash, bin, waste management, waste rules, branches, burning, bonfire, recycling, composting, hazardous waste, dumping",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [],
        "examples": [
            ("fi", "Saako risuja polttaa?", "Saako omakotitalon pihalla polttaa kevään risuja?")
        ],
    },
    {
        "code": "feedback",
        "topic": "feedback",
        "unit": "Asiakaspalvelu",
        "weight": 6,
        "anonymous": True,
        "name": ("Palaute kaupungille", "Respons till staden", "Feedback to the city"),
        "summary": (
            "Kiitokset, moitteet ja kehittämisideat mistä tahansa kaupungin palvelusta.",
            "Tack, klagomål och utvecklingsidéer om vilken som helst av stadens tjänster.",
            "Praise, complaints and ideas about any city service.",
        ),
        "description": (
            "Kaikki palaute luetaan. Vastaamme, jos jätät yhteystietosi. Voit antaa palautetta myös nimettömänä.",
            "All respons läses. Vi svarar om du lämnar dina kontaktuppgifter. Du kan också ge respons anonymt.",
            "All feedback is read. We reply if you leave your contact details. You can also give feedback anonymously.",
        ),
        "keywords": (
            "palaute, kiitos, valitus, muistutus, reklamaatio, idea, kehitysehdotus, toive, kysymys, yhteydenotto, tyytymätön",
            "respons, beröm, klagomål, anmärkning, idé, förslag, önskemål, fråga, kontakt, missnöjd",
            "feedback, thanks, complaint, objection, idea, suggestion, wish, question, contact, unhappy",
        ),
        "handling": "front_line",
        "days": 10,
        # The kind of feedback the citizen gives (docs/feedback.md): its keys are the kinds.
        "fields": [
            (
                "feedback_kind",
                "single_choice",
                False,
                ("Palautteen laji", "Typ av respons", "Kind of feedback"),
                [
                    ("praise", ("Kiitos", "Beröm", "Praise")),
                    ("complaint", ("Moite", "Klagomål", "Complaint")),
                    ("idea", ("Kehittämisidea", "Utvecklingsidé", "Idea")),
                    ("question", ("Kysymys", "Fråga", "Question")),
                ],
            )
        ],
        "examples": [
            (
                "fi",
                "Kiitos palvelupisteelle",
                "Sain eilen tosi hyvää palvelua kaupungintalon palvelupisteessä, kiitos!",
            ),
            ("fi", "Kehitysidea", "Kirjaston aukioloaikoja voisi pidentää iltaisin."),
            ("sv", "Tack", "Tack för snabb hjälp med mitt ärende."),
        ],
    },
    {
        "code": "kela-services",
        "topic": "other-providers",
        "unit": None,
        "provider": "kela",
        "weight": 2,
        "name": (
            "Kelan asiointi yhteispalvelupisteessä",
            "Att uträtta ärenden hos FPA vid samservicepunkten",
            "Kela services at the joint service point",
        ),
        "summary": (
            "Neuvontaa Kelan etuuksista ja apua hakemusten täyttämiseen.",
            "Rådgivning om FPA:s förmåner och hjälp med ansökningar.",
            "Advice on Kela benefits and help with applications.",
        ),
        "description": (
            "Yhteispalvelupisteessä saat yleistä neuvontaa ja voit jättää Kelan hakemuksia liitteineen. Päätökset tekee Kela.",
            "Vid samservicepunkten får du allmän rådgivning och kan lämna in ansökningar till FPA. Besluten fattas av FPA.",
            "At the joint service point you get general advice and can hand in Kela applications. Kela makes the decisions.",
        ),
        "keywords": (
            "kela, etuus, asumistuki, toimeentulotuki, hakemus, lomake, liite, OmaKela, yhteispalvelu, yhteispalvelupiste, ajanvaraus Kelaan",
            "FPA, förmån, bostadsbidrag, utkomststöd, ansökan, blankett, bilaga, MittFPA, samservice",
            "Kela, benefit, housing allowance, social assistance, application, form, attachment, OmaKela, joint service point",
        ),
        "handling": "front_line",
        "days": 5,
        "accepts": False,
        "fields": [],
        "examples": [],
    },
    {
        "code": "tax-card",
        "topic": "other-providers",
        "unit": None,
        "provider": "tax",
        "weight": 1,
        "name": (
            "Verokortti ja veroilmoitus",
            "Skattekort och skattedeklaration",
            "Tax card and tax return",
        ),
        "summary": (
            "Verohallinnon palvelut: verokortti, veroilmoitus ja neuvonta.",
            "Skatteförvaltningens tjänster: skattekort, deklaration och rådgivning.",
            "Tax Administration services: tax card, tax return and advice.",
        ),
        "description": (
            "Verokortin ja veroilmoituksen voi hoitaa OmaVerossa. Palvelupisteessä neuvomme sähköisessä asioinnissa.",
            "Skattekortet och deklarationen kan skötas i MinSkatt. Vid servicepunkten hjälper vi med e-tjänsterna.",
            "You can handle your tax card and tax return in MyTax. At the service point we help with the e-services.",
        ),
        "keywords": (
            "vero, verot, verokortti, muutosverokortti, veroprosentti, veroilmoitus, OmaVero, verottaja, verotoimisto, veronpalautus",
            "skatt, skattekort, ändringsskattekort, skatteprocent, skattedeklaration, MinSkatt, skattebyrå, skatteåterbäring",
            "tax, taxes, tax card, tax rate, tax return, MyTax, tax office, tax refund",
        ),
        "handling": "front_line",
        "days": 5,
        "accepts": False,
        "fields": [],
        "examples": [],
    },
    {
        "code": "digital-support",
        "topic": "other-providers",
        "unit": None,
        "provider": "ngo",
        "weight": 2,
        "name": ("Digituki", "Digistöd", "Digital support"),
        "summary": (
            "Vapaaehtoiset auttavat älypuhelimen, tietokoneen ja verkkoasioinnin kanssa.",
            "Frivilliga hjälper med smarttelefon, dator och e-tjänster.",
            "Volunteers help with smartphones, computers and online services.",
        ),
        "description": (
            "Vuoksen Setlementti ry:n vapaaehtoiset ja kaupungin asiakaspalvelu auttavat kaupungintalolla arkipäivisin. Varaa aika, niin saat apua ilman jonottamista. Jos mikään vapaa aika ei sovi, jätä pyyntö.",
            "Frivilliga från Vuoksen Setlementti ry och stadens kundtjänst hjälper i stadshuset på vardagar. Boka en tid, så får du hjälp utan att köa. Om ingen ledig tid passar, lämna en begäran.",
            "Volunteers of Vuoksen Setlementti ry and the city's customer service help at the city hall on weekdays. Book an appointment and you are helped without queueing. If no free time suits you, leave a request.",
        ),
        "keywords": (
            "digituki, tietokone, älypuhelin, kännykkä, tabletti, pankkitunnukset, tunnistautuminen, mobiilivarmenne, netti, verkkoasiointi, asiakaskone, sähköposti, opastus, neuvonta",
            "digistöd, dator, smarttelefon, mobil, surfplatta, bankkoder, identifiering, mobilcertifikat, internet, e-tjänster, kunddator, handledning",
            "digital support, computer, smartphone, phone, tablet, online banking codes, identification, mobile certificate, internet, online services, customer computer, help",
        ),
        "handling": "front_line",
        "days": 5,
        "fields": [],
        "examples": [
            (
                "fi",
                "Apua älypuhelimen kanssa",
                "Tarvitsisin apua pankkisovelluksen asentamisessa puhelimeen.",
            )
        ],
    },
]

# The everyday services beyond the study's tasks, with the topics (before feedback) and the
# units they need, are kept in their own module.
TOPICS[-1:-1] = services_more.TOPICS
for _department, _names, _units in DEPARTMENTS:
    _units.extend(services_more.UNITS.get(_department, []))
SERVICES += services_more.SERVICES

FIRST_NAMES_FI = [
    "Aino",
    "Eino",
    "Helmi",
    "Väinö",
    "Anna",
    "Juha",
    "Sanna",
    "Mikko",
    "Laura",
    "Timo",
    "Kaisa",
    "Jari",
    "Elina",
    "Pekka",
    "Minna",
    "Antti",
    "Tiina",
    "Matti",
    "Riikka",
    "Ville",
    "Eeva",
    "Heikki",
    "Paula",
    "Olli",
    "Satu",
    "Jussi",
    "Maria",
    "Kari",
    "Hanna",
    "Tapio",
]
LAST_NAMES_FI = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Kinnunen",
    "Turunen",
    "Salo",
    "Savolainen",
    "Karjalainen",
    "Pesonen",
    "Hyvönen",
    "Tiainen",
]
FIRST_NAMES_SV = ["Erik", "Ingrid", "Johan", "Linnea", "Mats", "Sofia"]
LAST_NAMES_SV = ["Lindqvist", "Holmberg", "Sjöberg", "Lindström", "Wikström"]
FIRST_NAMES_EN = ["Olga", "Ahmed", "Maria", "John", "Elena"]
LAST_NAMES_EN = ["Ivanova", "Hassan", "Smith", "Kowalski", "Petrova"]
STREETS = [
    "Koskikatu",
    "Virastokatu",
    "Tainionkoskentie",
    "Ukonlinnankatu",
    "Lampikatu",
    "Rautionkatu",
    "Puistotie",
    "Vuoksenniskantie",
    "Mansikkalankatu",
    "Kauppakatu",
]

CITY_NAMES = ("Vuokselan kaupunki", "Vuoksela stad", "City of Vuoksela")

RESPONSIBILITIES = (
    "Asiakaspalvelu vastaa ja neuvoo; asiantuntija ratkaisee ne asiat, jotka vaativat päätöksen.",
    "Kundservicen svarar och ger råd; experten avgör ärenden som kräver beslut.",
    "Customer service answers and advises; an expert decides matters that need a decision.",
)

REPLIES = {
    "fi": [
        "Kiitos yhteydenotostasi. Välitimme asian kunnossapidon työnjohdolle, ja korjaus tehdään lähipäivinä.",
        "Kiitos viestistä. Asia on hoidettu, ja lisätietoja löydät palvelun sivulta.",
        "Kiitos kysymyksestä. Tarvitsemme vielä kiinteistötunnuksen, jotta voimme käsitellä pyynnön.",
    ],
    "sv": [
        "Tack för ditt meddelande. Ärendet är åtgärdat.",
        "Tack. Vi har skickat ärendet vidare till experterna.",
    ],
    "en": [
        "Thank you for your message. The matter has been taken care of.",
        "Thank you. We have passed this on to our experts.",
    ],
}

INTERNAL_CUSTOMERS = [
    ("Tuula", "Rantanen", "Kaavoitusarkkitehti"),
    ("Petri", "Laaksonen", "Tila- ja turvallisuuskoordinaattori"),
    ("Merja", "Kokkonen", "Varhaiskasvatuspalveluiden päällikkö"),
    ("Janne", "Hirvonen", "Tieto- ja digipalvelupäällikkö"),
]


# The rules of the game (pelisäännöt): (name, provider key, words, (fi, sv, en) message)
ROUTING_RULES = [
    (
        "Kelan etuudet",
        "kela",
        "asumistuki, toimeentulotuki, kelakortti, lapsilisä, bostadsbidrag, housing allowance",
        (
            "Asumistuki, toimeentulotuki ja muut Kelan etuudet haetaan Kelasta: verkossa "
            "OmaKelassa (www.kela.fi/omakela) tai puhelimitse 020 692 222 (ma–pe 8–16). "
            "Voit myös asioida Kelan etäpalvelussa kaupungintalon asiakaspalvelupisteessä, "
            "Virastokatu 2. Me emme voi käsitellä Kelan etuuksia.",
            "Bostadsbidrag, utkomststöd och andra FPA-förmåner söks hos FPA: på webben i "
            "MittFPA (www.kela.fi/mittfpa) eller per telefon 020 692 222 (mån–fre 8–16). "
            "Du kan också använda FPA:s distanstjänst vid stadshusets kundservicepunkt, "
            "Ämbetsgatan 2. Vi kan inte handlägga FPA-förmåner.",
            "Housing allowance, social assistance and other Kela benefits are applied for "
            "from Kela: online in OmaKela (www.kela.fi/omakela) or by phone 020 692 222 "
            "(Mon–Fri 8–16). You can also use Kela's remote service at the City hall service "
            "point, Virastokatu 2. We cannot handle Kela benefits.",
        ),
    ),
    (
        "Verotus ja verokortti",
        "tax",
        "verokortti, veroilmoitus, verotus, skattekort, tax card",
        (
            "Verokortin ja veroilmoituksen asiat hoidetaan Verohallinnossa: OmaVero "
            "(www.vero.fi/omavero) tai puhelin 029 497 000. Me emme näe verotietojasi.",
            "Skattekort och skattedeklaration sköts av Skatteförvaltningen: MinSkatt "
            "(www.vero.fi/minskatt) eller telefon 029 497 001. Vi ser inte dina skatteuppgifter.",
            "Tax cards and tax returns are handled by the Finnish Tax Administration: MyTax "
            "(www.vero.fi/mytax) or phone 029 497 050. We cannot see your tax information.",
        ),
    ),
    (
        "Digituki ja järjestöjen neuvonta",
        "ngo",
        "digituki, tietokoneapu, älypuhelin, digistöd, digital support",
        (
            "Vuoksen Setlementti neuvoo tietokoneen, älypuhelimen ja verkkoasioinnin käytössä "
            "maksutta: digitukipisteessä tiistaisin ja torstaisin klo 10–14, Koskikatu 5, "
            "puhelin 040 123 4567.",
            "Vuoksen Setlementti rf ger gratis råd om dator, smarttelefon och e-tjänster: "
            "digistödpunkten tisdagar och torsdagar kl. 10–14, Forsgatan 5, tfn 040 123 4567.",
            "Vuoksi Settlement Association helps with computers, smartphones and online "
            "services free of charge: digital support point on Tuesdays and Thursdays "
            "10–14, Koskikatu 5, phone 040 123 4567.",
        ),
    ),
]

CONSULTATION_QUESTIONS = [
    "Asiakas kysyy, voiko päätöksen käsittelyä nopeuttaa. Onko tähän keinoa?",
    "Kuuluuko tämä kaupungin vai taloyhtiön hoidettavaksi? Asiakas odottaa vastausta.",
    "Asiakas pyytää tarkempaa aikataulua. Milloin korjaus on tulossa?",
    "Voiko maksun jakaa kahteen erään? Asiakkaalla on tiukka taloustilanne.",
    "Onko tästä kohteesta tullut muita ilmoituksia? Mitä voin luvata asiakkaalle?",
    "Tarvitaanko tähän erillinen hakemus vai riittääkö sähköposti?",
]
