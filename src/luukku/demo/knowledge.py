"""The demo city's phrase folder: reply templates (fi/sv/en) and knowledge articles.

Written after the Imatra study's list of questions the front line could answer at once
(appendix 3: public-area maintenance, public transport, map extracts, early education…).
"""

# key: (service code, {language: (title, body)})
TEMPLATES = {
    "streetlight-fault-received": (
        "street-lighting",
        {
            "fi": (
                "Katuvalon vika vastaanotettu",
                "Hei {customer_name},\n\nkiitos ilmoituksesta. Välitimme katuvalon vian "
                "valaistuksen kunnossapitoon. Yksittäiset pimeät valot korjataan yleensä kahden "
                "viikon kuluessa; kokonaan pimeä katuosuus korjataan nopeammin.\n\n"
                "Asiasi tunnus on {reference}. Voit seurata sitä osoitteessa {status_link}",
            ),
            "sv": (
                "Fel på gatubelysning mottaget",
                "Hej {customer_name},\n\ntack för anmälan. Vi har skickat felet på "
                "gatubelysningen vidare till underhållet. Enstaka släckta gatlampor repareras "
                "vanligen inom två veckor; en helt mörk gatusträcka repareras snabbare.\n\n"
                "Ditt ärende har numret {reference}. Du kan följa det på {status_link}",
            ),
            "en": (
                "Street light fault received",
                "Hello {customer_name},\n\nthank you for the report. We have passed the street "
                "light fault on to lighting maintenance. Single lights that are out are usually "
                "repaired within two weeks; a street that is completely dark is repaired sooner."
                "\n\nYour reference is {reference}. You can follow it at {status_link}",
            ),
        },
    ),
    "snow-ploughing-order": (
        "street-maintenance",
        {
            "fi": (
                "Lumen aurausjärjestys",
                "Hei {customer_name},\n\nkiitos yhteydenotostasi. Kadut aurataan "
                "kunnossapitoluokkien mukaisessa järjestyksessä: ensin pääkadut ja "
                "joukkoliikennereitit, sitten kokoojakadut ja viimeisenä tonttikadut. "
                "Tonttikadut aurataan yleensä vuorokauden kuluessa lumisateen päättymisestä.\n\n"
                "Välitimme viestisi kunnossapidolle tiedoksi.",
            ),
            "sv": (
                "Ordningen för snöplogning",
                "Hej {customer_name},\n\ntack för ditt meddelande. Gatorna plogas i den ordning "
                "underhållsklasserna anger: först huvudgator och kollektivtrafikens rutter, "
                "sedan matargator och sist tomtgator. Tomtgatorna plogas vanligen inom ett dygn "
                "efter att snöfallet upphört.\n\nVi har skickat ditt meddelande till underhållet.",
            ),
            "en": (
                "Order of snow ploughing",
                "Hello {customer_name},\n\nthank you for contacting us. Streets are ploughed in "
                "the order of their maintenance class: main streets and bus routes first, then "
                "collector streets, and residential streets last. Residential streets are "
                "usually ploughed within a day after the snowfall ends.\n\n"
                "We have passed your message on to street maintenance.",
            ),
        },
    ),
    "pothole-repair": (
        "street-maintenance",
        {
            "fi": (
                "Kuoppa kadussa",
                "Hei {customer_name},\n\nkiitos ilmoituksesta. Kadun kuoppa on kirjattu "
                "korjattavaksi. Vaaralliset kuopat paikataan viikon kuluessa, muut "
                "päällystystöiden yhteydessä kesällä.\n\nTunnus: {reference}",
            ),
            "sv": (
                "Grop i gatan",
                "Hej {customer_name},\n\ntack för anmälan. Gropen i gatan har antecknats för "
                "reparation. Farliga gropar lagas inom en vecka, övriga i samband med "
                "beläggningsarbetena på sommaren.\n\nÄrendenummer: {reference}",
            ),
            "en": (
                "Pothole in the street",
                "Hello {customer_name},\n\nthank you for the report. The pothole has been "
                "recorded for repair. Dangerous potholes are patched within a week, others "
                "during the summer's paving works.\n\nReference: {reference}",
            ),
        },
    ),
    "bus-timetables": (
        "public-transport",
        {
            "fi": (
                "Bussien aikataulut",
                "Hei {customer_name},\n\npaikallisliikenteen aikataulut ja reitit löytyvät "
                "kaupungin verkkosivuilta sekä Matkahuollon reittioppaasta. Talviaikataulu on "
                "voimassa elokuusta kesäkuuhun ja kesäaikataulu kesä–elokuussa.\n\n"
                "Ystävällisin terveisin",
            ),
            "sv": (
                "Busstidtabeller",
                "Hej {customer_name},\n\ntidtabellerna och linjerna för lokaltrafiken finns på "
                "stadens webbplats och i Matkahuoltos reseplanerare. Vintertidtabellen gäller "
                "från augusti till juni och sommartidtabellen juni–augusti.\n\nMed vänliga "
                "hälsningar",
            ),
            "en": (
                "Bus timetables",
                "Hello {customer_name},\n\nthe local bus timetables and routes are on the "
                "city's website and in Matkahuolto's journey planner. The winter timetable runs "
                "from August to June and the summer timetable from June to August.\n\n"
                "Kind regards",
            ),
        },
    ),
    "bus-late-feedback": (
        "public-transport",
        {
            "fi": (
                "Bussi myöhässä tai jäi tulematta",
                "Hei {customer_name},\n\nkiitos palautteesta ja pahoittelut, ettei vuoro "
                "kulkenut aikataulussa. Välitimme palautteesi liikennöitsijälle, joka "
                "selvittää syyn. Saat vastauksen {expected_date} mennessä.\n\nTunnus: {reference}",
            ),
            "sv": (
                "Bussen var försenad eller kom inte",
                "Hej {customer_name},\n\ntack för responsen och vi beklagar att turen inte gick "
                "enligt tidtabellen. Vi har skickat din respons till trafikföretaget som utreder "
                "orsaken. Du får svar senast {expected_date}.\n\nÄrendenummer: {reference}",
            ),
            "en": (
                "Bus late or did not come",
                "Hello {customer_name},\n\nthank you for your feedback, and we are sorry the bus "
                "did not run on time. We have passed it on to the bus operator, who will look "
                "into the cause. You will get a reply by {expected_date}.\n\n"
                "Reference: {reference}",
            ),
        },
    ),
    "map-extract-order": (
        "map-extracts",
        {
            "fi": (
                "Kartta- ja kaavaotteen tilaus",
                "Hei {customer_name},\n\nkarttaotteen tai asemakaavaotteen voi tilata "
                "asiakaspalvelusta tai verkkolomakkeella. Kerro kiinteistötunnus tai osoite ja "
                "mihin tarkoitukseen ote tarvitaan (esim. rakennuslupa). Ote toimitetaan "
                "sähköpostilla yleensä kahden arkipäivän kuluessa; hinnat löytyvät palvelun "
                "sivulta.",
            ),
            "sv": (
                "Beställning av kart- och planutdrag",
                "Hej {customer_name},\n\nett kartutdrag eller detaljplaneutdrag kan beställas "
                "från kundtjänsten eller med webbformuläret. Ange fastighetsbeteckning eller "
                "adress och för vilket ändamål utdraget behövs (t.ex. bygglov). Utdraget skickas "
                "per e-post vanligen inom två vardagar; priserna finns på tjänstens sida.",
            ),
            "en": (
                "Ordering map and plan extracts",
                "Hello {customer_name},\n\nyou can order a map extract or a local detailed plan "
                "extract from customer service or with the web form. Give the property ID or "
                "address and what you need it for (e.g. a building permit). The extract is "
                "e-mailed, usually within two working days; the prices are on the service page.",
            ),
        },
    ),
    "daycare-application": (
        "early-education",
        {
            "fi": (
                "Varhaiskasvatuspaikan hakeminen",
                "Hei {customer_name},\n\nvarhaiskasvatuspaikkaa haetaan viimeistään neljä "
                "kuukautta ennen tarvetta, työn tai opiskelun vuoksi äkillisesti tarvittavaa "
                "paikkaa kaksi viikkoa ennen. Hakemuksen voi tehdä sähköisesti tai "
                "asiakaspalvelussa. Päätös lähetetään kotiin.\n\nYstävällisin terveisin",
            ),
            "sv": (
                "Ansökan om plats i småbarnspedagogik",
                "Hej {customer_name},\n\nen plats i småbarnspedagogik ska sökas senast fyra "
                "månader innan den behövs, och två veckor innan om behovet uppstår plötsligt på "
                "grund av arbete eller studier. Ansökan görs elektroniskt eller i kundtjänsten. "
                "Beslutet skickas hem.\n\nMed vänliga hälsningar",
            ),
            "en": (
                "Applying for early childhood education",
                "Hello {customer_name},\n\napply for a place in early childhood education at "
                "least four months before you need it, or two weeks before if the need arises "
                "suddenly because of work or studies. You can apply online or at customer "
                "service. The decision is posted to your home.\n\nKind regards",
            ),
        },
    ),
    "daycare-fees": (
        "early-education",
        {
            "fi": (
                "Varhaiskasvatuksen asiakasmaksut",
                "Hei {customer_name},\n\nvarhaiskasvatuksen maksu määräytyy perheen koon, "
                "tulojen ja hoitoajan mukaan. Toimita tulotiedot kuukauden kuluessa hoidon "
                "alkamisesta; muuten maksu on enimmäismaksu. Maksupäätös lähetetään kotiin.",
            ),
            "sv": (
                "Avgifter för småbarnspedagogik",
                "Hej {customer_name},\n\navgiften för småbarnspedagogik bestäms av familjens "
                "storlek, inkomster och vårdtid. Lämna in inkomstuppgifterna inom en månad från "
                "att vården börjat; annars tas den högsta avgiften ut. Avgiftsbeslutet skickas "
                "hem.",
            ),
            "en": (
                "Early childhood education fees",
                "Hello {customer_name},\n\nthe fee for early childhood education depends on the "
                "family's size, income and the hours of care. Send your income details within a "
                "month of the start of care; otherwise the maximum fee applies. The fee decision "
                "is posted to your home.",
            ),
        },
    ),
    "sports-card-sale": (
        "sports-cards",
        {
            "fi": (
                "Liikuntakortit",
                "Hei {customer_name},\n\nuimahallin ja kuntosalin sarja- ja kausikortteja "
                "myydään asiakaspalvelupisteessä ja uimahallin kassalla. Kortin voi ladata "
                "uudelleen, joten vanhaa korttia ei kannata heittää pois.",
            ),
            "sv": (
                "Motionskort",
                "Hej {customer_name},\n\nserie- och säsongskort till simhallen och gymmet säljs "
                "på kundtjänsten och i simhallens kassa. Kortet kan laddas på nytt, så spara det "
                "gamla kortet.",
            ),
            "en": (
                "Sports cards",
                "Hello {customer_name},\n\nmulti-visit and season cards for the swimming hall "
                "and gym are sold at the customer service point and at the swimming hall's "
                "desk. The card can be topped up, so keep your old one.",
            ),
        },
    ),
    "room-booking-howto": (
        "room-booking",
        {
            "fi": (
                "Tilojen varaaminen",
                "Hei {customer_name},\n\nkaupungin kokous- ja liikuntatiloja voi varata "
                "asiakaspalvelusta. Kerro tila, päivä, kellonaika ja varaajan yhteystiedot; "
                "vahvistamme varauksen sähköpostilla. Avaimen saat asiakaspalvelupisteestä "
                "varauspäivänä.",
            ),
            "sv": (
                "Bokning av lokaler",
                "Hej {customer_name},\n\nstadens mötes- och idrottslokaler kan bokas via "
                "kundtjänsten. Ange lokal, dag, klockslag och bokarens kontaktuppgifter; vi "
                "bekräftar bokningen per e-post. Nyckeln hämtas från kundtjänsten på "
                "bokningsdagen.",
            ),
            "en": (
                "Booking rooms",
                "Hello {customer_name},\n\nthe city's meeting rooms and sports halls are booked "
                "through customer service. Tell us the room, day, time and the booker's contact "
                "details; we confirm the booking by e-mail. Pick up the key at the customer "
                "service point on the day.",
            ),
        },
    ),
    "burning-permit": (
        "waste-and-burning",
        {
            "fi": (
                "Risujen ja puutarhajätteen polttaminen",
                "Hei {customer_name},\n\nrisujen ja oksien pienimuotoinen polttaminen omalla "
                "pihalla on sallittua asemakaava-alueen ulkopuolella, jos siitä ei aiheudu "
                "haittaa naapureille eikä metsäpalovaroitus ole voimassa. Asemakaava-alueella "
                "polttaminen on kielletty; puutarhajätteen voi viedä maksutta jäteasemalle.",
            ),
            "sv": (
                "Bränning av ris och trädgårdsavfall",
                "Hej {customer_name},\n\natt i liten skala bränna ris och kvistar på den egna "
                "gården är tillåtet utanför detaljplaneområdet om det inte stör grannarna och "
                "ingen varning för skogsbrand gäller. Inom detaljplaneområdet är bränning "
                "förbjuden; trädgårdsavfall tas emot avgiftsfritt vid avfallsstationen.",
            ),
            "en": (
                "Burning branches and garden waste",
                "Hello {customer_name},\n\nburning small amounts of branches in your own yard "
                "is allowed outside the local detailed plan area if it does not bother the "
                "neighbours and no forest fire warning is in force. Inside the plan area burning "
                "is forbidden; garden waste is taken free of charge at the waste station.",
            ),
        },
    ),
    "thanks-for-feedback": (
        "feedback",
        {
            "fi": (
                "Kiitos palautteesta",
                "Hei {customer_name},\n\nkiitos palautteestasi. Välitimme sen asiasta "
                "vastaavalle yksikölle, ja se käsitellään viikoittaisessa palautekokouksessa."
                "\n\nTunnus: {reference}",
            ),
            "sv": (
                "Tack för responsen",
                "Hej {customer_name},\n\ntack för din respons. Vi har skickat den till den "
                "ansvariga enheten och den behandlas i veckans responsmöte.\n\n"
                "Ärendenummer: {reference}",
            ),
            "en": (
                "Thank you for your feedback",
                "Hello {customer_name},\n\nthank you for your feedback. We have passed it on to "
                "the unit responsible, and it will be discussed in the weekly feedback meeting."
                "\n\nReference: {reference}",
            ),
        },
    ),
}

# (service code, visibility, owner username, {language: (title, body)})
ARTICLES = [
    (
        "street-lighting",
        "public",
        "sari",
        {
            "fi": (
                "Katuvalot ovat pimeänä – miten ilmoitan?",
                "Ilmoita pimeästä katuvalosta verkkolomakkeella, sähköpostilla tai "
                "puhelimitse. Kerro katuosoite tai lähin risteys ja valaisinpylvään numero, jos "
                "se näkyy. Yksittäiset valot korjataan kahden viikon kuluessa.",
            ),
            "sv": (
                "Gatlamporna lyser inte – hur anmäler jag?",
                "Anmäl en släckt gatlampa med webbformuläret, per e-post eller per telefon. "
                "Ange gatuadress eller närmaste korsning och stolpens nummer om det syns. "
                "Enstaka lampor repareras inom två veckor.",
            ),
            "en": (
                "Street lights are out – how do I report it?",
                "Report a street light that is out with the web form, by e-mail or by phone. "
                "Give the street address or nearest crossing and the number on the pole if you "
                "can see it. Single lights are repaired within two weeks.",
            ),
        },
    ),
    (
        "street-maintenance",
        "public",
        "sari",
        {
            "fi": (
                "Talvikunnossapito: auraus ja hiekoitus",
                "Kadut aurataan ja hiekoitetaan kunnossapitoluokittain: ensin pääkadut ja "
                "bussireitit, viimeisenä tonttikadut. Kiinteistön omistaja huolehtii jalkakäytävän "
                "aurauksesta ja hiekoituksesta tontin kohdalla.",
            ),
            "sv": (
                "Vinterunderhåll: plogning och sandning",
                "Gatorna plogas och sandas enligt underhållsklass: först huvudgator och "
                "bussrutter, sist tomtgator. Fastighetsägaren sköter plogning och sandning av "
                "trottoaren vid tomten.",
            ),
            "en": (
                "Winter maintenance: ploughing and gritting",
                "Streets are ploughed and gritted by maintenance class: main streets and bus "
                "routes first, residential streets last. Property owners clear and grit the "
                "pavement alongside their plot.",
            ),
        },
    ),
    (
        "early-education",
        "internal",
        "juha",
        {
            "fi": (
                "Palveluohjaus: milloin siirrät varhaiskasvatusasian asiantuntijalle",
                "Vastaa itse hakuajoista, maksujen määräytymisestä ja lomakkeista. Siirrä "
                "palveluohjaukseen: erityisen tuen tarpeet, paikan vaihdot kesken kauden ja "
                "maksujen oikaisuvaatimukset.",
            ),
        },
    ),
]
