"""The demo city's phrase folder: reply templates (fi/sv/en) and knowledge articles.

Written after the Imatra study's list of questions the front line could answer at once
(appendix 3: public-area maintenance, public transport, map extracts, early education…).
The folder grown for issue 26 (every service, every appendix-3 task, the everyday topics) is
in `phrases.py` and `articles.py`; they are added to TEMPLATES, KEYWORDS and ARTICLES below.
"""

from . import articles, phrases

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
                "Asiasi tunnus on {reference}.",
            ),
            "sv": (
                "Fel på gatubelysning mottaget",
                "Hej {customer_name},\n\ntack för anmälan. Vi har skickat felet på "
                "gatubelysningen vidare till underhållet. Enstaka släckta gatlampor repareras "
                "vanligen inom två veckor; en helt mörk gatusträcka repareras snabbare.\n\n"
                "Ditt ärende har numret {reference}.",
            ),
            "en": (
                "Street light fault received",
                "Hello {customer_name},\n\nthank you for the report. We have passed the street "
                "light fault on to lighting maintenance. Single lights that are out are usually "
                "repaired within two weeks; a street that is completely dark is repaired sooner."
                "\n\nYour reference is {reference}.",
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
                "päällystystöiden yhteydessä kesällä.",
            ),
            "sv": (
                "Grop i gatan",
                "Hej {customer_name},\n\ntack för anmälan. Gropen i gatan har antecknats för "
                "reparation. Farliga gropar lagas inom en vecka, övriga i samband med "
                "beläggningsarbetena på sommaren.",
            ),
            "en": (
                "Pothole in the street",
                "Hello {customer_name},\n\nthank you for the report. The pothole has been "
                "recorded for repair. Dangerous potholes are patched within a week, others "
                "during the summer's paving works.",
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
                "voimassa elokuusta kesäkuuhun ja kesäaikataulu kesä–elokuussa.",
            ),
            "sv": (
                "Busstidtabeller",
                "Hej {customer_name},\n\ntidtabellerna och linjerna för lokaltrafiken finns på "
                "stadens webbplats och i Matkahuoltos reseplanerare. Vintertidtabellen gäller "
                "från augusti till juni och sommartidtabellen juni–augusti.",
            ),
            "en": (
                "Bus timetables",
                "Hello {customer_name},\n\nthe local bus timetables and routes are on the "
                "city's website and in Matkahuolto's journey planner. The winter timetable runs "
                "from August to June and the summer timetable from June to August.",
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
                "selvittää syyn. Saat vastauksen {expected_date} mennessä.",
            ),
            "sv": (
                "Bussen var försenad eller kom inte",
                "Hej {customer_name},\n\ntack för responsen och vi beklagar att turen inte gick "
                "enligt tidtabellen. Vi har skickat din respons till trafikföretaget som utreder "
                "orsaken. Du får svar senast {expected_date}.",
            ),
            "en": (
                "Bus late or did not come",
                "Hello {customer_name},\n\nthank you for your feedback, and we are sorry the bus "
                "did not run on time. We have passed it on to the bus operator, who will look "
                "into the cause. You will get a reply by {expected_date}.",
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
                "asiakaspalvelussa. Päätös lähetetään kotiin.",
            ),
            "sv": (
                "Ansökan om plats i småbarnspedagogik",
                "Hej {customer_name},\n\nen plats i småbarnspedagogik ska sökas senast fyra "
                "månader innan den behövs, och två veckor innan om behovet uppstår plötsligt på "
                "grund av arbete eller studier. Ansökan görs elektroniskt eller i kundtjänsten. "
                "Beslutet skickas hem.",
            ),
            "en": (
                "Applying for early childhood education",
                "Hello {customer_name},\n\napply for a place in early childhood education at "
                "least four months before you need it, or two weeks before if the need arises "
                "suddenly because of work or studies. You can apply online or at customer "
                "service. The decision is posted to your home.",
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
                "",
            ),
            "sv": (
                "Tack för responsen",
                "Hej {customer_name},\n\ntack för din respons. Vi har skickat den till den "
                "ansvariga enheten och den behandlas i veckans responsmöte.",
            ),
            "en": (
                "Thank you for your feedback",
                "Hello {customer_name},\n\nthank you for your feedback. We have passed it on to "
                "the unit responsible, and it will be discussed in the weekly feedback meeting."
                "",
            ),
        },
    ),
    "playground-equipment-fault": (
        "parks",
        {
            "fi": (
                "Rikkinäinen leikkiväline",
                "Hei {customer_name},\n\nkiitos ilmoituksesta. Rikkinäinen leikkiväline "
                "tarkastetaan kahden arkipäivän kuluessa. Jos väline on vaarallinen, se "
                "suljetaan nauhalla heti tarkastuksessa ja korjataan tai poistetaan.",
            ),
            "sv": (
                "Trasig lekredskap",
                "Hej {customer_name},\n\ntack för anmälan. Den trasiga lekredskapen granskas "
                "inom två vardagar. Är den farlig spärras den av vid granskningen och lagas "
                "eller tas bort.",
            ),
            "en": (
                "Broken playground equipment",
                "Hello {customer_name},\n\nthank you for the report. The broken playground "
                "equipment will be inspected within two working days. If it is dangerous it is "
                "taped off at the inspection and then repaired or removed.",
            ),
        },
    ),
    "tree-felling-request": (
        "parks",
        {
            "fi": (
                "Puun kaatopyyntö kaupungin maalla",
                "Hei {customer_name},\n\nkaupungin maalla kasvavan puun kaatoa voi pyytää "
                "perustellusta syystä, esimerkiksi jos puu on lahonnut, vaarallinen tai "
                "kasvaa kiinni rakennuksessa. Viheraluehoitaja käy katsomassa puun ja kertoo "
                "päätöksestä. Varjostus tai lehtien putoaminen ei yleensä riitä syyksi.",
            ),
            "sv": (
                "Begäran om trädfällning på stadens mark",
                "Hej {customer_name},\n\ndu kan begära att ett träd på stadens mark fälls av "
                "motiverat skäl, till exempel om trädet är murket, farligt eller växer mot en "
                "byggnad. Grönområdesskötaren besöker platsen och meddelar beslutet. Skugga "
                "eller fallande löv räcker vanligen inte som skäl.",
            ),
            "en": (
                "Request to fell a tree on city land",
                "Hello {customer_name},\n\nyou can ask the city to fell a tree on its land for "
                "a good reason, for example if the tree is rotten, dangerous or grows against a "
                "building. The green area supervisor will look at the tree and let you know the "
                "decision. Shade or falling leaves are usually not reason enough.",
            ),
        },
    ),
    "park-litter": (
        "parks",
        {
            "fi": (
                "Roskaantunut puisto tai täysi roska-astia",
                "Hei {customer_name},\n\nkiitos ilmoituksesta. Puistojen roska-astiat "
                "tyhjennetään kesällä kahdesti viikossa ja talvella kerran viikossa. Välitimme "
                "tiedon täydestä astiasta ja roskaantuneesta alueesta puistotiimille, joka "
                "siivoaa alueen lähipäivinä.",
            ),
            "sv": (
                "Nedskräpad park eller full soptunna",
                "Hej {customer_name},\n\ntack för anmälan. Parkernas soptunnor töms två gånger "
                "i veckan på sommaren och en gång i veckan på vintern. Vi har meddelat "
                "parkteamet om den fulla tunnan och det nedskräpade området, och det städas "
                "inom de närmaste dagarna.",
            ),
            "en": (
                "Littered park or full litter bin",
                "Hello {customer_name},\n\nthank you for the report. Litter bins in parks are "
                "emptied twice a week in summer and once a week in winter. We have told the "
                "parks team about the full bin and the litter, and they will clean the area in "
                "the next few days.",
            ),
        },
    ),
    "street-sweeping-spring": (
        "street-maintenance",
        {
            "fi": (
                "Hiekoitushiekan poisto keväällä",
                "Hei {customer_name},\n\nhiekoitushiekka poistetaan kaduilta keväällä heti, kun "
                "yöpakkaset ovat ohi, yleensä huhti–toukokuussa. Ensin harjataan pääkadut ja "
                "kevyen liikenteen väylät, sen jälkeen asuntokadut. Pölyämistä vähennetään "
                "kastelemalla.",
            ),
            "sv": (
                "Sandupptagning på våren",
                "Hej {customer_name},\n\nhalkbekämpningssanden tas bort från gatorna på våren "
                "så snart nattfrosterna är över, vanligen i april–maj. Först sopas "
                "huvudgatorna och gång- och cykelvägarna, sedan bostadsgatorna. Dammet minskas "
                "genom bevattning.",
            ),
            "en": (
                "Sweeping up grit in spring",
                "Hello {customer_name},\n\nthe grit spread in winter is swept from the streets "
                "in spring as soon as the night frosts are over, usually in April and May. Main "
                "streets and cycle paths come first, residential streets after them. Dust is "
                "kept down by watering.",
            ),
        },
    ),
    "travel-card-purchase": (
        "public-transport",
        {
            "fi": (
                "Matkakortin ostaminen ja lataaminen",
                "Hei {customer_name},\n\nmatkakortin voi ostaa ja ladata kaupungintalon "
                "asiakaspalvelupisteessä. Valittavana on arvo- ja kausilippu; lapset, "
                "opiskelijat ja eläkeläiset saavat alennuksen. Kadonneen kortin voi korvata "
                "uudella, kun kortin numero on tiedossa, ja jäljellä oleva arvo siirretään.",
            ),
            "sv": (
                "Köpa och ladda resekort",
                "Hej {customer_name},\n\nresekortet kan köpas och laddas vid stadshusets "
                "kundtjänst. Du kan välja värdebiljett eller periodbiljett; barn, studerande "
                "och pensionärer får rabatt. Ett förlorat kort kan ersättas med ett nytt om "
                "kortnumret är känt, och det återstående värdet förs över.",
            ),
            "en": (
                "Buying and topping up a travel card",
                "Hello {customer_name},\n\ntravel cards are sold and topped up at the city "
                "hall's customer service point. You can choose stored value or a season "
                "ticket; children, students and pensioners get a discount. A lost card can be "
                "replaced if its number is known, and the remaining value is moved to the new "
                "card.",
            ),
        },
    ),
    "school-transport": (
        "public-transport",
        {
            "fi": (
                "Koululaiskuljetus",
                "Hei {customer_name},\n\noppilas saa maksuttoman koulukuljetuksen, jos "
                "koulumatka on yli viisi kilometriä (1.–2. luokalla yli kolme kilometriä) tai "
                "vaarallinen. Kuljetusta haetaan sivistystoimen lomakkeella keväällä; päätös "
                "tulee ennen lukuvuoden alkua. Kerro meille, jos haluat lomakkeen postitse.",
            ),
            "sv": (
                "Skolskjuts",
                "Hej {customer_name},\n\nen elev får avgiftsfri skolskjuts om skolvägen är "
                "längre än fem kilometer (årskurs 1–2 längre än tre kilometer) eller farlig. "
                "Skolskjuts söks på bildningsväsendets blankett på våren; beslutet kommer före "
                "läsårets början. Meddela oss om du vill ha blanketten per post.",
            ),
            "en": (
                "School transport",
                "Hello {customer_name},\n\na pupil gets free school transport if the way to "
                "school is longer than five kilometres (three for years 1–2) or dangerous. "
                "Apply on the education department's form in spring; the decision comes before "
                "the school year starts. Tell us if you would like the form by post.",
            ),
        },
    ),
    "builder-package-order": (
        "builder-package",
        {
            "fi": (
                "Rakentajan asiakirjapaketti",
                "Hei {customer_name},\n\nkokoamme rakentajan paketin: asemakaavaotteen, "
                "pohjakartan, tonttikartan sekä tiedot vesi- ja viemäriliitoksista. Paketti on "
                "valmis noin viikossa, ja ilmoitamme, kun sen voi noutaa palvelupisteestä tai "
                "kun se on lähetetty sähköpostilla.",
            ),
            "sv": (
                "Byggarens dokumentpaket",
                "Hej {customer_name},\n\nvi sammanställer byggarens paket: utdrag ur "
                "detaljplanen, baskarta, tomtkarta och uppgifter om vatten- och "
                "avloppsanslutningar. Paketet är klart om ungefär en vecka, och vi meddelar när "
                "det kan hämtas vid servicepunkten eller har skickats per e-post.",
            ),
            "en": (
                "The builder's document package",
                "Hello {customer_name},\n\nwe are putting together the builder's package: an "
                "extract of the local plan, the base map, the plot map and the details of water "
                "and sewer connections. It will be ready in about a week, and we will let you "
                "know when you can collect it from the service point or when it has been "
                "e-mailed.",
            ),
        },
    ),
    "plot-reservation-howto": (
        "plot-reservation",
        {
            "fi": (
                "Tontin varaaminen",
                "Hei {customer_name},\n\nvapaat omakotitontit näet tonttipörssistä ja "
                "asiakaspalvelupisteen tonttikansiosta. Tontin voi varata verkkolomakkeella tai "
                "palvelupisteessä; varaus on voimassa kuusi kuukautta ja siitä peritään "
                "varausmaksu, joka hyvitetään kauppahinnassa.",
            ),
            "sv": (
                "Att reservera en tomt",
                "Hej {customer_name},\n\nlediga egnahemstomter finns i tomtbörsen och i "
                "tomtpärmen vid kundtjänsten. En tomt kan reserveras med webbformuläret eller "
                "vid servicepunkten; reservationen gäller sex månader och för den tas en "
                "reservationsavgift ut som dras av från köpesumman.",
            ),
            "en": (
                "Reserving a building plot",
                "Hello {customer_name},\n\nfree plots for detached houses are listed in the "
                "plot exchange and in the plot folder at the customer service point. You can "
                "reserve one with the web form or at the service point; a reservation is valid "
                "for six months and has a fee that is deducted from the purchase price.",
            ),
        },
    ),
    "zoning-initiative-howto": (
        "zoning-initiative",
        {
            "fi": (
                "Kaava-aloitteen tekeminen",
                "Hei {customer_name},\n\nasemakaavan muutosta voi hakea kaava-aloitteella. "
                "Täytä aloite verkossa tai palvelupisteessä ja liitä mukaan kartta alueesta. "
                "Varaamme sen jälkeen sinulle ajan kaavoittajalle, jonka kanssa aloite käydään "
                "läpi ennen kirjaamista. Kaavamuutos on maksullinen.",
            ),
            "sv": (
                "Att göra ett planinitiativ",
                "Hej {customer_name},\n\nen ändring av detaljplanen kan sökas med ett "
                "planinitiativ. Fyll i initiativet på webben eller vid servicepunkten och bifoga "
                "en karta över området. Sedan bokar vi en tid hos planläggaren, som går igenom "
                "initiativet med dig innan det registreras. Planändringen är avgiftsbelagd.",
            ),
            "en": (
                "Making a zoning initiative",
                "Hello {customer_name},\n\nyou can ask for a change to the local plan with a "
                "zoning initiative. Fill it in online or at the service point and attach a map "
                "of the area. We will then book you a time with a planner, who goes through it "
                "with you before it is registered. A plan change is subject to a fee.",
            ),
        },
    ),
    "afternoon-club-application": (
        "afternoon-activities",
        {
            "fi": (
                "Iltapäivätoimintaan hakeminen",
                "Hei {customer_name},\n\niltapäivätoimintaa haetaan keväällä 1.–2. luokan "
                "oppilaille ja erityisen tuen oppilaille. Hakuajan jälkeen tulleet hakemukset "
                "käsitellään saapumisjärjestyksessä, jos ryhmissä on tilaa. Kuukausimaksu "
                "riippuu päivittäisestä ajasta.",
            ),
            "sv": (
                "Ansökan till eftermiddagsverksamhet",
                "Hej {customer_name},\n\neftermiddagsverksamhet söks på våren för elever i "
                "årskurs 1–2 och elever med särskilt stöd. Ansökningar efter ansökningstiden "
                "behandlas i den ordning de kommer in om det finns plats i grupperna. "
                "Månadsavgiften beror på den dagliga tiden.",
            ),
            "en": (
                "Applying for after-school activities",
                "Hello {customer_name},\n\nafter-school activities are applied for in spring, "
                "for pupils in years 1–2 and pupils who need special support. Applications "
                "after the deadline are handled in the order they arrive if groups have room. "
                "The monthly fee depends on the daily hours.",
            ),
        },
    ),
    "adult-education-enrolment": (
        "adult-education",
        {
            "fi": (
                "Kurssille ilmoittautuminen",
                "Hei {customer_name},\n\nkansalaisopiston kursseille ilmoittaudutaan verkossa "
                "tai asiakaspalvelupisteessä. Paikat täytetään ilmoittautumisjärjestyksessä; "
                "täydelle kurssille pääset jonoon. Kurssimaksu laskutetaan kurssin alettua.",
            ),
            "sv": (
                "Anmälan till kurs",
                "Hej {customer_name},\n\ntill medborgarinstitutets kurser anmäler man sig på "
                "webben eller vid kundtjänsten. Platserna fylls i anmälningsordning; till en "
                "full kurs kan du ställa dig i kö. Kursavgiften faktureras när kursen har "
                "börjat.",
            ),
            "en": (
                "Enrolling on a course",
                "Hello {customer_name},\n\nyou can enrol on adult education centre courses "
                "online or at the customer service point. Places are filled in order of "
                "enrolment; for a full course you can join the waiting list. The course fee is "
                "invoiced after the course has started.",
            ),
        },
    ),
    "adult-education-cancel-discount": (
        "adult-education",
        {
            "fi": (
                "Kurssin peruminen ja alennukset",
                "Hei {customer_name},\n\nkurssin voi perua maksutta viimeistään viikkoa ennen "
                "sen alkua; myöhemmin perutusta kurssista peritään puolet maksusta. Työttömät, "
                "opiskelijat ja eläkeläiset saavat alennuksen esittämällä todistuksen "
                "palvelupisteessä ennen laskutusta.",
            ),
            "sv": (
                "Avbokning av kurs och rabatter",
                "Hej {customer_name},\n\nen kurs kan avbokas avgiftsfritt senast en vecka före "
                "start; för senare avbokning tas halva avgiften ut. Arbetslösa, studerande och "
                "pensionärer får rabatt genom att visa intyg vid servicepunkten före "
                "faktureringen.",
            ),
            "en": (
                "Cancelling a course and discounts",
                "Hello {customer_name},\n\na course can be cancelled free of charge up to a week "
                "before it starts; later cancellations are charged half the fee. Unemployed "
                "people, students and pensioners get a discount by showing a certificate at the "
                "service point before invoicing.",
            ),
        },
    ),
    "swimming-hall-hours": (
        "sports-cards",
        {
            "fi": (
                "Uimahallin aukioloajat ja hinnat",
                "Hei {customer_name},\n\nuimahalli on auki arkisin 6–21 ja viikonloppuisin "
                "9–18. Huoltotauko on kesällä. Kertamaksu aikuiselta on 6 euroa, lapsilta, "
                "opiskelijoilta ja eläkeläisiltä 3 euroa; sarjakortilla käynti on edullisempi.",
            ),
            "sv": (
                "Simhallens öppettider och priser",
                "Hej {customer_name},\n\nsimhallen är öppen vardagar 6–21 och veckoslut 9–18. "
                "Serviceavbrottet är på sommaren. Engångsavgiften är 6 euro för vuxna och 3 euro "
                "för barn, studerande och pensionärer; med seriekort blir besöket billigare.",
            ),
            "en": (
                "Swimming hall opening hours and prices",
                "Hello {customer_name},\n\nthe swimming hall is open 6–21 on weekdays and 9–18 "
                "at weekends. It closes for maintenance in summer. A single visit costs 6 euros "
                "for adults and 3 euros for children, students and pensioners; a multi-visit "
                "card makes each visit cheaper.",
            ),
        },
    ),
    "room-booking-cancel": (
        "room-booking",
        {
            "fi": (
                "Tilavarauksen peruminen ja lasku",
                "Hei {customer_name},\n\ntilavarauksen voi perua maksutta viimeistään kaksi "
                "viikkoa ennen tilaisuutta. Myöhemmin perutusta varauksesta laskutetaan puolet "
                "vuokrasta. Laskua koskevat kysymykset käsittelee tilapalvelut; välitimme "
                "viestisi sinne.",
            ),
            "sv": (
                "Avbokning av lokal och faktura",
                "Hej {customer_name},\n\nen lokalbokning kan avbokas avgiftsfritt senast två "
                "veckor före tillställningen. För senare avbokning faktureras halva hyran. "
                "Frågor om fakturan behandlas av lokaltjänsterna; vi har skickat ditt "
                "meddelande dit.",
            ),
            "en": (
                "Cancelling a room booking and the invoice",
                "Hello {customer_name},\n\na room booking can be cancelled free of charge up to "
                "two weeks before the event. Later cancellations are invoiced half the rent. "
                "Questions about the invoice are handled by premises services; we have passed "
                "your message on to them.",
            ),
        },
    ),
    "key-handover": (
        "keys",
        {
            "fi": (
                "Avaimen tai kulkukortin luovutus",
                "Hei {customer_name},\n\navain tai kulkukortti luovutetaan, kun esimiehesi on "
                "tehnyt pyynnön. Nouda se kaupungintalon asiakaspalvelupisteestä henkilöllisyys"
                "todistusta vastaan ja kuittaa vastaanotto. Kadonneesta avaimesta ilmoitetaan "
                "heti, jotta kulkuoikeus voidaan sulkea.",
            ),
            "sv": (
                "Utlämning av nyckel eller passerkort",
                "Hej {customer_name},\n\nnyckeln eller passerkortet lämnas ut när din chef har "
                "gjort en begäran. Hämta det vid stadshusets kundtjänst mot identitetsbevis och "
                "kvittera mottagandet. En borttappad nyckel ska anmälas genast så att "
                "passerrätten kan spärras.",
            ),
            "en": (
                "Handing over a key or access card",
                "Hello {customer_name},\n\nkeys and access cards are handed over once your "
                "manager has made the request. Collect it from the city hall's customer service "
                "point with proof of identity and sign for it. Report a lost key at once so "
                "that its access can be blocked.",
            ),
        },
    ),
    "household-waste": (
        "waste-and-burning",
        {
            "fi": (
                "Jätehuolto ja suurten jätteiden vienti",
                "Hei {customer_name},\n\nkotitalouksien jäteastioiden tyhjennykset, "
                "jätemaksut ja suurten esineiden noudot hoitaa alueen jäteyhtiö, ei kaupunki. "
                "Ota yhteyttä jäteyhtiön asiakaspalveluun. Huonekalut, kodinkoneet ja "
                "vaarallisen jätteen voi viedä maksutta lajitteluasemalle.",
            ),
            "sv": (
                "Avfallshantering och grovavfall",
                "Hej {customer_name},\n\ntömning av hushållens avfallskärl, avfallsavgifter och "
                "hämtning av grovavfall sköts av regionens avfallsbolag, inte av staden. Kontakta "
                "avfallsbolagets kundtjänst. Möbler, hushållsmaskiner och farligt avfall kan "
                "lämnas avgiftsfritt vid sorteringsstationen.",
            ),
            "en": (
                "Household waste and bulky items",
                "Hello {customer_name},\n\nemptying household bins, waste charges and picking "
                "up bulky items are handled by the regional waste company, not by the city. "
                "Please contact the waste company's customer service. Furniture, household "
                "appliances and hazardous waste can be taken to the sorting station free of "
                "charge.",
            ),
        },
    ),
    "kela-application-help": (
        "kela-services",
        {
            "fi": (
                "Kelan hakemukset yhteispalvelupisteessä",
                "Hei {customer_name},\n\nyhteispalvelupisteessä voit jättää Kelan hakemukset "
                "liitteineen ja saada neuvoa lomakkeiden täyttämisessä. Emme voi kertoa "
                "hakemuksesi käsittelyn tilannetta tai tehdä päätöksiä; ne hoitaa Kela "
                "(OmaKela tai Kelan puhelinpalvelu).",
            ),
            "sv": (
                "FPA:s ansökningar vid samservicen",
                "Hej {customer_name},\n\nvid samservicepunkten kan du lämna in FPA:s "
                "ansökningar med bilagor och få hjälp att fylla i blanketterna. Vi kan inte "
                "berätta hur din ansökan framskrider eller fatta beslut; det gör FPA (MittFPA "
                "eller FPA:s telefontjänst).",
            ),
            "en": (
                "Kela applications at the joint service point",
                "Hello {customer_name},\n\nat the joint service point you can hand in Kela "
                "applications with their attachments and get help filling in the forms. We "
                "cannot tell you how your application is progressing or make decisions; Kela "
                "does that (OmaKela or Kela's telephone service).",
            ),
        },
    ),
    "tax-card-change": (
        "tax-card",
        {
            "fi": (
                "Verokortin muuttaminen",
                "Hei {customer_name},\n\nuuden tai muutosverokortin saat OmaVerosta "
                "verkkopankkitunnuksilla. Jos sähköinen asiointi ei onnistu, neuvomme "
                "palvelupisteessä tai voit soittaa Verohallinnon palvelunumeroon. Toimita uusi "
                "verokortti työnantajallesi.",
            ),
            "sv": (
                "Ändra skattekortet",
                "Hej {customer_name},\n\nett nytt skattekort eller ett ändringsskattekort får du "
                "i MinSkatt med nätbankskoder. Om det inte går elektroniskt hjälper vi dig vid "
                "servicepunkten, eller så kan du ringa Skatteförvaltningens servicenummer. Ge "
                "det nya skattekortet till din arbetsgivare.",
            ),
            "en": (
                "Changing your tax card",
                "Hello {customer_name},\n\nyou get a new or revised tax card from MyTax with "
                "your online banking codes. If doing it online does not work, we can help at the "
                "service point, or you can call the Tax Administration's service number. Give "
                "the new tax card to your employer.",
            ),
        },
    ),
    "digital-support-appointment": (
        "digital-support",
        {
            "fi": (
                "Digitukiaika",
                "Hei {customer_name},\n\ndigituen vapaaehtoiset auttavat puhelimen, "
                "tietokoneen, verkkopankkitunnusten ja sähköisten palveluiden käytössä "
                "kaupungintalolla tiistaisin ja torstaisin. Sovimme sinulle ajan ja "
                "soitamme sinulle sen vahvistamiseksi. Ota laite mukaan.",
            ),
            "sv": (
                "Tid för digistöd",
                "Hej {customer_name},\n\ndigistödets frivilliga hjälper med telefon, dator, "
                "nätbankskoder och e-tjänster i stadshuset på tisdagar och torsdagar. Vi bokar "
                "en tid åt dig och ringer för att bekräfta den. Ta med din apparat.",
            ),
            "en": (
                "A digital support appointment",
                "Hello {customer_name},\n\ndigital support volunteers help with phones, "
                "computers, online banking codes and e-services at the city hall on Tuesdays and "
                "Thursdays. We will book you a time and call you to confirm it. Please bring "
                "your device.",
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
            "sv": (
                "Servicehandledning: när du skickar ett ärende om småbarnspedagogik till experten",
                "Svara själv på frågor om ansökningstider, hur avgifterna bestäms och blanketter. "
                "Skicka till servicehandledningen: behov av särskilt stöd, byte av plats mitt "
                "under säsongen och begäran om omprövning av avgifter.",
            ),
            "en": (
                "Service guidance: when to pass an early education matter to the expert",
                "Answer questions on application times, how fees are set and forms yourself. Pass "
                "to service guidance: needs for special support, changes of place in the middle "
                "of the term and requests to review fees.",
            ),
        },
    ),
    (
        "public-transport",
        "public",
        "liisa",
        {
            "fi": (
                "Matkakortti: osto, lataus ja kadonnut kortti",
                "Matkakortin voi ostaa ja ladata kaupungintalon asiakaspalvelupisteestä. "
                "Arvolipulla maksat matkat sitä mukaa kuin matkustat, kausilipulla matkustat "
                "rajattomasti 30 päivää. Lapset, opiskelijat ja eläkeläiset saavat alennuksen.\n\n"
                "Jos kortti katoaa, kerro kortin numero asiakaspalvelussa: saat uuden kortin ja "
                "jäljellä oleva arvo siirretään siihen.",
            ),
            "sv": (
                "Resekort: köpa, ladda och förlorat kort",
                "Resekortet kan köpas och laddas vid stadshusets kundtjänst. Med värdebiljett "
                "betalar du resorna allteftersom, med periodbiljett reser du obegränsat i 30 "
                "dagar. Barn, studerande och pensionärer får rabatt.\n\nOm kortet försvinner, "
                "uppge kortnumret vid kundtjänsten: du får ett nytt kort och det återstående "
                "värdet förs över.",
            ),
            "en": (
                "Travel card: buying, topping up and a lost card",
                "You can buy and top up a travel card at the city hall's customer service point. "
                "With stored value you pay as you travel; a season ticket gives unlimited travel "
                "for 30 days. Children, students and pensioners get a discount.\n\nIf the card "
                "is lost, give its number at customer service: you get a new card and the "
                "remaining value is moved to it.",
            ),
        },
    ),
    (
        "early-education",
        "public",
        "juha",
        {
            "fi": (
                "Milloin päiväkotipaikkaa pitää hakea?",
                "Hae varhaiskasvatuspaikkaa viimeistään neljä kuukautta ennen kuin tarvitset "
                "sen. Jos tarve johtuu äkillisestä työn tai opiskelun alkamisesta, hae heti: "
                "paikka järjestetään kahden viikon kuluessa.\n\nHakemuksen voi tehdä "
                "sähköisesti tai asiakaspalvelupisteessä, jossa myös neuvomme sen täyttämisessä.",
            ),
            "sv": (
                "När ska man söka dagvårdsplats?",
                "Sök plats inom småbarnspedagogiken senast fyra månader innan du behöver den. "
                "Om behovet beror på att arbete eller studier börjar plötsligt, sök genast: "
                "platsen ordnas inom två veckor.\n\nAnsökan kan göras elektroniskt eller vid "
                "kundtjänsten, där vi också hjälper dig att fylla i den.",
            ),
            "en": (
                "When should I apply for a daycare place?",
                "Apply for a place in early childhood education at least four months before "
                "you need it. If the need comes from a job or studies starting suddenly, apply "
                "at once: a place is arranged within two weeks.\n\nYou can apply online or at "
                "the customer service point, where we also help you fill in the application.",
            ),
        },
    ),
    (
        "waste-and-burning",
        "public",
        "sari",
        {
            "fi": (
                "Saako risuja polttaa?",
                "Risujen ja puutarhajätteen polttaminen asemakaava-alueella on kielletty. "
                "Haja-asutusalueella pienten määrien kuivien risujen poltto omalla pihalla on "
                "sallittua, kun metsäpalovaroitus ei ole voimassa eikä savusta ole haittaa "
                "naapureille. Lehdet ja ruohon voi kompostoida tai viedä lajitteluasemalle.",
            ),
            "sv": (
                "Får man bränna ris?",
                "Det är förbjudet att bränna ris och trädgårdsavfall inom detaljplanerat område. "
                "På glesbygden får små mängder torrt ris brännas på egen gård när ingen "
                "skogsbrandsvarning gäller och röken inte stör grannarna. Löv och gräs kan "
                "komposteras eller lämnas vid sorteringsstationen.",
            ),
            "en": (
                "May I burn branches?",
                "Burning branches and garden waste is not allowed in areas with a local plan. "
                "In rural areas, small amounts of dry branches may be burnt in your own yard "
                "when no forest fire warning is in force and the smoke does not bother the "
                "neighbours. Leaves and grass can be composted or taken to the sorting station.",
            ),
        },
    ),
    (
        "sports-cards",
        "public",
        "liisa",
        {
            "fi": (
                "Uimahallin aukioloajat, hinnat ja kortit",
                "Uimahalli on auki arkisin 6–21 ja viikonloppuisin 9–18; kesällä on "
                "huoltotauko. Kertamaksu on aikuisilta 6 euroa, lapsilta, opiskelijoilta ja "
                "eläkeläisiltä 3 euroa.\n\nSarja- ja kausikortteja myydään uimahallin kassalla "
                "ja kaupungintalon asiakaspalvelupisteessä, jossa kortin voi myös ladata.",
            ),
            "sv": (
                "Simhallens öppettider, priser och kort",
                "Simhallen är öppen vardagar 6–21 och veckoslut 9–18; på sommaren har den "
                "serviceavbrott. Engångsavgiften är 6 euro för vuxna och 3 euro för barn, "
                "studerande och pensionärer.\n\nSerie- och säsongskort säljs i simhallens kassa "
                "och vid stadshusets kundtjänst, där kortet också kan laddas.",
            ),
            "en": (
                "Swimming hall opening hours, prices and cards",
                "The swimming hall is open 6–21 on weekdays and 9–18 at weekends; it closes for "
                "maintenance in summer. A single visit costs 6 euros for adults and 3 euros for "
                "children, students and pensioners.\n\nMulti-visit and season cards are sold "
                "at the swimming hall and at the city hall's customer service point, where "
                "cards can also be topped up.",
            ),
        },
    ),
]

# Search words per template and language: what customers call the same thing.
KEYWORDS = {
    "streetlight-fault-received": {
        "fi": (
            "katulamppu, valaisin, lamppu, valopylväs, pimeä, vilkkuu, rikki, katuvalo, "
            "katuvalot, katulamppu rikki, valo ei pala, valot ei pala, lamppu palanut, pimeänä"
        ),
        "sv": (
            "gatlampa, belysning, lyktstolpe, mörk, blinkar, trasig, gatlyktan lyser inte, "
            "släckt, lampan lyser inte"
        ),
        "en": (
            "street lamp, lamp post, lighting, dark, flickering, broken light, streetlight, "
            "street light out, lights not working"
        ),
    },
    "snow-ploughing-order": {
        "fi": (
            "aura, auraus, aurausauto, lumi, lumisade, tonttikatu, talvikunnossapito, "
            "auraamatta, tie on auraamatta, katu auraamatta, koska aurataan, lumityöt"
        ),
        "sv": (
            "plog, plogning, snö, snöfall, tomtgata, vinterunderhåll, inte plogad, oplogad, "
            "snöröjning, när plogas"
        ),
        "en": (
            "snow plough, plow, snow, snowfall, residential street, winter maintenance, snow "
            "removal, snow clearing, not ploughed, not plowed, when will you plough"
        ),
    },
    "pothole-repair": {
        "fi": (
            "kuoppa, monttu, reikä, asfaltti, päällyste, ajorata, pyörätie, kevyen liikenteen "
            "väylä, kevyt liikenne, syvä kuoppa"
        ),
        "sv": "grop, hål, asfalt, beläggning, körbana, cykelväg",
        "en": "pothole, hole, asphalt, road surface, cycle path, tyre",
    },
    "bus-timetables": {
        "fi": (
            "bussi, linja, aikataulu, vuoro, reitti, pysäkki, reittiopas, bussiaikataulu, "
            "milloin bussi lähtee, linjakartta"
        ),
        "sv": (
            "buss, linje, tidtabell, tur, rutt, hållplats, busstidtabell, när går bussen, "
            "linjekarta"
        ),
        "en": (
            "bus, line, timetable, schedule, route, bus stop, bus times, when does the bus "
            "leave, route map"
        ),
    },
    "bus-late-feedback": {
        "fi": "bussi, myöhässä, ei tullut, myöhästyin, kuljettaja, ohi, vuoro",
        "sv": "buss, försenad, kom inte, chaufför, körde förbi",
        "en": "bus, late, delayed, never came, driver, missed",
    },
    "map-extract-order": {
        "fi": "karttaote, kaavaote, asemakaavaote, kartta, kiinteistötunnus, tontti, hinta",
        "sv": "kartutdrag, planutdrag, karta, fastighetsbeteckning, tomt, pris",
        "en": "map extract, plan extract, map, property, plot, price",
    },
    "daycare-application": {
        "fi": (
            "päiväkoti, päiväkotipaikka, päivähoito, hoitopaikka, varhaiskasvatushakemus, "
            "perhepäivähoito, lapsi, hakemus, päiväkotihakemus, hoitopaikkahakemus"
        ),
        "sv": "daghem, dagvård, dagvårdsplats, barn, ansökan, daghemsansökan, småbarnspedagogik",
        "en": (
            "daycare, day care, nursery, kindergarten, child, apply, place, daycare application, "
            "early childhood education"
        ),
    },
    "daycare-fees": {
        "fi": "päivähoitomaksu, päiväkotimaksu, asiakasmaksu, lasku, tulot, sisaralennus",
        "sv": "dagvårdsavgift, avgift, faktura, inkomster, syskonrabatt",
        "en": "daycare fee, fee, invoice, bill, income, sibling discount",
    },
    "sports-card-sale": {
        "fi": "uimahalli, kuntosali, sarjakortti, kausikortti, liikuntakortti, lataus",
        "sv": "simhall, gym, seriekort, säsongskort, ladda",
        "en": "swimming hall, pool, gym, card, season card, top up, renew",
    },
    "room-booking-howto": {
        "fi": (
            "tilavaraus, varata, sali, liikuntasali, kokoushuone, vuoro, yhdistys, juhlat, "
            "salivuoro, vuoron varaus, tilan vuokraus"
        ),
        "sv": "lokalbokning, boka, sal, gymnastiksal, mötesrum, förening, salstur, hyra lokal",
        "en": (
            "room booking, book, hall, gym, meeting room, club, association, rent, hire a hall, "
            "venue"
        ),
    },
    "burning-permit": {
        "fi": "polttaa, poltto, risut, oksat, lehdet, puutarhajäte, nuotio, lupa",
        "sv": "bränna, ris, kvistar, löv, trädgårdsavfall, tillstånd",
        "en": "burn, burning, branches, leaves, garden waste, bonfire, permit",
    },
    "thanks-for-feedback": {
        "fi": "palaute, kiitos, kiitosta, kehitysehdotus, valitus, toive, nettisivut",
        "sv": "respons, beröm, tack, förslag, klagomål, webbplats",
        "en": "feedback, thank you, praise, suggestion, complaint, website",
    },
    "playground-equipment-fault": {
        "fi": (
            "leikkipuisto, leikkikenttä, keinu, liukumäki, kiipeilyteline, hiekkalaatikko, "
            "rikki, vaarallinen"
        ),
        "sv": "lekpark, gunga, rutschkana, klätterställning, sandlåda, trasig, farlig",
        "en": "playground, swing, slide, climbing frame, sandpit, broken, dangerous",
    },
    "tree-felling-request": {
        "fi": "puu, kaato, kaataa, kuusi, koivu, mänty, laho, varjostaa",
        "sv": "träd, fälla, gran, björk, tall, murket, skuggar",
        "en": "tree, fell, cut down, spruce, birch, pine, rotten, shade",
    },
    "park-litter": {
        "fi": "roskat, roskis, roska-astia, täynnä, roskaantunut, puisto, uimaranta, siivous",
        "sv": "skräp, soptunna, papperskorg, full, nedskräpad, park, badstrand",
        "en": "litter, rubbish, bin, overflowing, park, beach, clean up",
    },
    "street-sweeping-spring": {
        "fi": "hiekka, hiekoitushiekka, harjaus, katupöly, pöly, kevätsiivous, kastelu",
        "sv": "sand, sopning, gatudamm, damm, vårstädning",
        "en": "grit, sand, sweeping, street dust, dust, spring cleaning",
    },
    "travel-card-purchase": {
        "fi": (
            "matkakortti, bussikortti, kausilippu, arvolippu, hinta, alennus, kadonnut, ladata "
            "kortti, kortin lataus, matkakortin lataus, arvo, bussilippu"
        ),
        "sv": (
            "resekort, busskort, periodbiljett, värdebiljett, pris, rabatt, förlorat, ladda "
            "kortet, bussbiljett"
        ),
        "en": (
            "travel card, bus card, ticket, season ticket, price, discount, lost, top up, load "
            "the card, bus pass, bus ticket"
        ),
    },
    "school-transport": {
        "fi": "koulukyyti, koulukuljetus, koulutaksi, koulumatka, oppilas, ekaluokkalainen",
        "sv": "skolskjuts, skoltaxi, skolväg, elev",
        "en": "school transport, school taxi, school bus, way to school, pupil",
    },
    "builder-package-order": {
        "fi": (
            "rakentaja, omakotitalo, pohjakartta, tonttikartta, vesiliittymä, viemäri, "
            "rakennuslupa, rakentajapaketti, rakentajan paketti, asiakirjapaketti, rakentamisen "
            "asiakirjat"
        ),
        "sv": (
            "byggare, egnahemshus, baskarta, tomtkarta, vattenanslutning, bygglov, byggarpaket, "
            "byggarpaketet, handlingspaket"
        ),
        "en": (
            "builder, house, base map, plot map, water connection, sewer, building permit, "
            "builder's package, builders package, document package"
        ),
    },
    "plot-reservation-howto": {
        "fi": "tontti, tonttivaraus, omakotitalotontti, tonttipörssi, varausmaksu, vapaat tontit",
        "sv": "tomt, tomtreservering, egnahemstomt, tomtbörs, reservationsavgift",
        "en": "plot, building plot, reservation, reserve, plot exchange, fee",
    },
    "zoning-initiative-howto": {
        "fi": "kaava, asemakaava, kaavamuutos, kaava-aloite, kaavoittaja, paritalo",
        "sv": "plan, detaljplan, planändring, planinitiativ, planläggare",
        "en": "zoning, local plan, plan change, planner, semi-detached",
    },
    "afternoon-club-application": {
        "fi": "iltapäiväkerho, iltapäivätoiminta, ekaluokkalainen, koululainen, kerho, haku",
        "sv": "eftermiddagsklubb, eftermiddagsverksamhet, förstaklassare, elev",
        "en": "after-school club, afternoon club, first-grader, pupil",
    },
    "adult-education-enrolment": {
        "fi": "kansalaisopisto, kurssi, ilmoittautuminen, ilmoittautua, jono, täynnä",
        "sv": "medborgarinstitut, kurs, anmälan, anmäla, kö, full",
        "en": "adult education, course, class, enrol, sign up, waiting list, full",
    },
    "adult-education-cancel-discount": {
        "fi": "kurssimaksu, peruminen, perua, palautus, alennus, työtön, eläkeläinen, lasku",
        "sv": "kursavgift, avboka, återbetalning, rabatt, arbetslös, pensionär",
        "en": "course fee, cancel, refund, discount, unemployed, pensioner, invoice",
    },
    "swimming-hall-hours": {
        "fi": "uimahalli, aukioloajat, auki, kiinni, kertamaksu, hinta, uinti",
        "sv": "simhall, öppettider, öppen, stängd, pris, simma",
        "en": "swimming pool, swimming hall, opening hours, open, closed, price, swim",
    },
    "room-booking-cancel": {
        "fi": "tilavaraus, peruminen, perua, salivaraus, lasku, maksu",
        "sv": "lokalbokning, avboka, faktura, avgift",
        "en": "booking, cancel, hall booking, invoice, charge",
    },
    "key-handover": {
        "fi": "avain, kulkukortti, kulkuoikeus, kadonnut avain, uusi työntekijä, esimies",
        "sv": "nyckel, passerkort, passerrätt, borttappad, ny anställd, chef",
        "en": "key, access card, access rights, lost key, new employee, manager",
    },
    "household-waste": {
        "fi": (
            "jäte, roska-astia, tyhjennys, jätemaksu, jäteyhtiö, sohva, huonekalu, jääkaappi, "
            "kierrätys, roskis, roskikset, jäteauto, tyhjentämättä, sekajäte, jätteiden nouto, "
            "jäteastia, ei ole tyhjennetty, jätemaksulasku, jätelasku"
        ),
        "sv": (
            "avfall, soptunna, tömning, avfallsavgift, avfallsbolag, soffa, kylskåp, sopbil, "
            "inte tömd, blandavfall, sophämtning, tömts, töms, sopkärl, avfallsfaktura"
        ),
        "en": (
            "waste, rubbish bin, emptied, waste charge, waste company, sofa, fridge, recycling, "
            "bin not emptied, garbage collection, bin lorry, mixed waste, not emptied, waste bill"
        ),
    },
    "kela-application-help": {
        "fi": "Kela, hakemus, asumistuki, lomake, liite, OmaKela, yhteispalvelu",
        "sv": "FPA, ansökan, bostadsbidrag, blankett, bilaga, MittFPA",
        "en": "Kela, application, housing allowance, form, attachment, benefit",
    },
    "tax-card-change": {
        "fi": "verokortti, muutosverokortti, veroprosentti, OmaVero, verottaja, työnantaja",
        "sv": "skattekort, ändringsskattekort, skatteprocent, MinSkatt, arbetsgivare",
        "en": "tax card, tax rate, MyTax, tax office, employer, second job",
    },
    "digital-support-appointment": {
        "fi": "digituki, älypuhelin, tietokone, pankkitunnukset, netti, opastus, neuvonta",
        "sv": "digistöd, smarttelefon, dator, nätbankskoder, internet, handledning",
        "en": "digital support, smartphone, computer, online banking, internet, help",
    },
}

TEMPLATES.update(phrases.TEMPLATES)
KEYWORDS.update(phrases.KEYWORDS)
ARTICLES.extend(articles.ARTICLES)
