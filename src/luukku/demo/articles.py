"""More knowledge articles for the demo city (issue 26): a public page for every service and
for the everyday topics citizens ask the front line about, and internal guides for the tasks
the Imatra study's appendix 3 moves to customer service. `knowledge.py` adds them to its
ARTICLES. Plain language: the answer first, short sentences.
"""

# (service code or None, visibility, owner, {language: (title, body)})
ARTICLES = [
    (
        "parks",
        "public",
        "sari",
        {
            "fi": (
                "Puistot, leikkipaikat ja uimarannat – miten ilmoitan viasta?",
                "Ilmoita rikkinäisestä leikkivälineestä, penkistä, kaatuneesta puusta tai "
                "roskaantuneesta puistosta verkkolomakkeella, sähköpostilla tai "
                "puhelimitse.\n\nKerro paikka mahdollisimman tarkasti ja liitä kuva, jos voit. "
                "Vaaralliset viat, kuten rikkinäinen keinu tai tielle kaatunut puu, korjataan "
                "heti. Muut viat korjataan yleensä kahden viikon kuluessa.\n\nNurmikot leikataan "
                "kesällä hoitoluokan mukaan. Niityillä heinä saa kasvaa pitkäksi tarkoituksella. "
                "Uimarannat siivotaan kesäkaudella vähintään kolme kertaa viikossa.",
            ),
            "sv": (
                "Parker, lekplatser och badstränder – hur anmäler jag ett fel?",
                "Anmäl en trasig lekredskap, bänk, ett omkullfallet träd eller en nedskräpad "
                "park med webbformuläret, per e-post eller per telefon.\n\nAnge platsen så "
                "noggrant som möjligt och bifoga en bild om du kan. Farliga fel, som en trasig "
                "gunga eller ett träd över vägen, repareras genast. Andra fel repareras vanligen "
                "inom två veckor.\n\nGräsmattorna klipps på sommaren enligt skötselklassen. På "
                "ängar får gräset växa högt med avsikt. Badstränderna städas under säsongen "
                "minst tre gånger i veckan.",
            ),
            "en": (
                "Parks, playgrounds and beaches – how do I report a fault?",
                "Report a broken swing or slide, a broken bench, a fallen tree or a littered "
                "park with the web form, by e-mail or by phone.\n\nTell us the place as "
                "precisely as you can and add a photo if possible. Dangerous faults, such as a "
                "broken swing or a tree across a path, are repaired at once. Other faults are "
                "usually repaired within two weeks.\n\nGrass is cut in summer according to its "
                "care class. In meadows the grass is left long on purpose. Beaches are cleaned "
                "at least three times a week in the season.",
            ),
        },
    ),
    (
        "map-extracts",
        "public",
        "sari",
        {
            "fi": (
                "Karttaotteet, kaavat ja piirustusten kopiot",
                "Karttaotteen, asemakaavaotteen tai kopion rakennuksen piirustuksista voi tilata "
                "verkkolomakkeella tai asiakaspalvelusta. Kerro osoite tai kiinteistötunnus ja "
                "mihin tarvitset otteen.\n\nOte lähetetään sähköpostilla yleensä kahdessa "
                "arkipäivässä. Piirustukset haetaan arkistosta noin viikossa. Otteet ja kopiot "
                "ovat maksullisia hinnaston mukaan.\n\nNähtävillä olevat kaavat voi katsoa "
                "kaupungintalon alakerrassa ilman ajanvarausta. Asiakaspalvelu auttaa löytämään "
                "oikean kaavan ja pyytää tarvittaessa kaavoittajaa selittämään merkinnät. "
                "Mielipiteen tai muistutuksen kaavasta voi jättää kirjallisesti "
                "nähtävilläoloaikana.",
            ),
            "sv": (
                "Kartutdrag, planer och kopior av ritningar",
                "Ett kartutdrag, ett detaljplaneutdrag eller en kopia av en byggnads ritningar "
                "kan beställas med webbformuläret eller i kundtjänsten. Ange adress eller "
                "fastighetsbeteckning och vad du behöver utdraget till.\n\nUtdraget skickas per "
                "e-post vanligen inom två vardagar. Ritningarna hämtas i arkivet på ungefär en "
                "vecka. Utdrag och kopior kostar enligt prislistan.\n\nPlaner som är framlagda "
                "kan ses på nedre våningen i stadshuset utan tidsbokning. Kundtjänsten hjälper "
                "dig att hitta rätt plan och ber vid behov planläggaren förklara beteckningarna. "
                "En åsikt eller anmärkning om planen kan lämnas skriftligt medan planen är "
                "framlagd.",
            ),
            "en": (
                "Map extracts, plans and copies of drawings",
                "You can order a map extract, a local plan extract or a copy of a building's "
                "drawings with the web form or from customer service. Give the address or "
                "property ID and what you need it for.\n\nExtracts are e-mailed, usually within "
                "two working days. Drawings are fetched from the archive in about a week. "
                "Extracts and copies are charged by the price list.\n\nPlans on public display "
                "can be seen on the ground floor of the city hall without an appointment. "
                "Customer service helps you find the right plan and, if needed, asks a planner "
                "to explain the markings. You can send a written opinion or objection while the "
                "plan is on display.",
            ),
        },
    ),
    (
        "builder-package",
        "public",
        "sari",
        {
            "fi": (
                "Rakentajapaketti – kaikki rakentamisen asiakirjat yhdellä tilauksella",
                "Rakentajapaketissa ovat talon rakentamiseen tarvittavat asiakirjat: "
                "pohjakartta, tonttikartta, asemakaavaote ja vesihuollon "
                "liitoskohtalausunto.\n\nTilaa paketti verkkolomakkeella tai asiakaspalvelusta. "
                "Asiakaspalvelu kokoaa asiakirjat asiantuntijoilta, ja voit noutaa paketin "
                "kaupungintalolta tai saada sen sähköpostiin. Paketti on valmis noin "
                "viikossa.\n\nNaapurin kuulemislomakkeen, tonttikartat ja asemakaavakartat saat "
                "myös paperisina asiakaspalvelupisteestä.",
            ),
            "sv": (
                "Byggarpaketet – alla handlingar för bygget med en beställning",
                "I byggarpaketet finns de handlingar som behövs för att bygga ett hus: baskarta, "
                "tomtkarta, detaljplaneutdrag och utlåtande om anslutningspunkter för vatten och "
                "avlopp.\n\nBeställ paketet med webbformuläret eller i kundtjänsten. "
                "Kundtjänsten samlar handlingarna från experterna, och du kan hämta paketet i "
                "stadshuset eller få det per e-post. Paketet är klart på ungefär en "
                "vecka.\n\nBlanketten för hörande av grannar, tomtkartor och detaljplanekartor "
                "får du också på papper vid kundservicepunkten.",
            ),
            "en": (
                "The builder's package – all your building documents in one order",
                "The builder's package has the documents you need to build a house: the base "
                "map, plot map, local plan extract and the water and sewer connection point "
                "statement.\n\nOrder it with the web form or from customer service. Customer "
                "service collects the documents from the experts, and you can pick the package "
                "up at the city hall or get it by e-mail. It is ready in about a week.\n\nThe "
                "neighbour hearing form, plot maps and local plan maps are also available on "
                "paper at the customer service point.",
            ),
        },
    ),
    (
        "plot-reservation",
        "public",
        "sari",
        {
            "fi": (
                "Tontit ja tontinvuokra",
                "Kaupungin vapaat tontit ovat verkkosivujen tonttipörssissä ja "
                "asiakaspalvelupisteen tonttikansiossa, jossa on tonttien kartat ja valokuvat. "
                "Tontin voi ostaa tai vuokrata.\n\nTontin voi varata verkkohakemuksella. "
                "Maanvuokrasopimus allekirjoitetaan asiakaspalvelupisteessä ilman ajanvarausta, "
                "kun kaupunki on allekirjoittanut sen ensin. Tontinvuokra laskutetaan kerran "
                "vuodessa, ja se muuttuu elinkustannusindeksin mukaan.\n\nVuokratontin voi "
                "myöhemmin lunastaa omaksi. Kun myyt talon vuokratontilla, ilmoita kaupasta "
                "kaupungille ja ostaja hakee vuokraoikeuden siirron kirjaamista "
                "Maanmittauslaitokselta.",
            ),
            "sv": (
                "Tomter och tomtarrende",
                "Stadens lediga tomter finns i tomtbörsen på webbplatsen och i tomtpärmen vid "
                "kundservicepunkten, med kartor och fotografier. Du kan köpa eller arrendera en "
                "tomt.\n\nDu kan reservera en tomt med en ansökan på webben. Arrendeavtalet "
                "undertecknas vid kundservicepunkten utan tidsbokning när staden först har "
                "undertecknat det. Tomtarrendet faktureras en gång om året och ändras enligt "
                "levnadskostnadsindex.\n\nEn arrendetomt kan senare lösas in. När du säljer ett "
                "hus på en arrendetomt, meddela staden om köpet; köparen ansöker om inskrivning "
                "av överlåtelsen hos Lantmäteriverket.",
            ),
            "en": (
                "Plots and land lease",
                "The city's free plots are in the plot exchange on the website and in the plot "
                "folder at the customer service point, with maps and photos. You can buy or "
                "lease a plot.\n\nYou can reserve a plot with an online application. The land "
                "lease agreement is signed at the customer service point without an appointment, "
                "once the city has signed it. Ground rent is invoiced once a year and follows "
                "the cost-of-living index.\n\nA leased plot can later be bought. When you sell a "
                "house on a leased plot, tell the city; the buyer applies to the National Land "
                "Survey to register the transfer.",
            ),
        },
    ),
    (
        "zoning-initiative",
        "public",
        "tuula",
        {
            "fi": (
                "Kaava-aloitteen tekeminen",
                "Kaava-aloitteella pyydät kaupunkia muuttamaan kaavaa, esimerkiksi jotta "
                "tontille voisi rakentaa paritalon. Aloitteen voi tehdä kuka tahansa "
                "maanomistaja.\n\nTäytä kaava-aloitelomake verkossa tai tulosta se. Paperisen "
                "lomakkeen saat myös asiakaspalvelupisteestä. Sen jälkeen kaavoittaja sopii "
                "kanssasi tapaamisen, jossa lomake käydään yhdessä läpi ennen kuin aloite "
                "kirjataan.\n\nKaavamuutos kestää yleensä vähintään puoli vuotta. Hakija maksaa "
                "kaavan laatimisen kulut kaupungin taksan mukaan.",
            ),
            "sv": (
                "Att lämna ett planinitiativ",
                "Med ett planinitiativ ber du staden att ändra planen, till exempel så att ett "
                "parhus kan byggas på tomten. Vilken markägare som helst kan lämna ett "
                "initiativ.\n\nFyll i blanketten för planinitiativ på webben eller skriv ut den. "
                "En pappersblankett får du också vid kundservicepunkten. Sedan kommer "
                "planläggaren överens med dig om ett möte där ni går igenom blanketten innan "
                "initiativet registreras.\n\nEn planändring tar vanligen minst ett halvår. "
                "Sökanden betalar kostnaderna för planen enligt stadens taxa.",
            ),
            "en": (
                "Making a zoning initiative",
                "With a zoning initiative you ask the city to change the local plan, for example "
                "so that a semi-detached house could be built on your plot. Any landowner can "
                "make one.\n\nFill in the initiative form online or print it. You can also get a "
                "paper form at the customer service point. Then a planner agrees a meeting with "
                "you, where you go through the form together before the initiative is "
                "recorded.\n\nA plan change usually takes at least six months. The applicant "
                "pays the cost of the plan by the city's price list.",
            ),
        },
    ),
    (
        "afternoon-activities",
        "public",
        "juha",
        {
            "fi": (
                "Koululaisten iltapäivätoiminta",
                "Iltapäivätoimintaa järjestetään 1.–2.-luokkalaisille ja erityisen tuen "
                "oppilaille koulupäivien jälkeen kello 17 asti.\n\nHae paikkaa sähköisessä "
                "asiointipalvelussa keväällä, yleensä maaliskuussa. Päätökset lähetetään "
                "kesäkuun alussa. Myöhemmin hakeneet saavat paikan, jos ryhmissä on "
                "tilaa.\n\nKuukausimaksu on 100 tai 120 euroa päivittäisen ajan mukaan. "
                "Pienituloinen perhe voi hakea maksun alentamista.",
            ),
            "sv": (
                "Eftermiddagsverksamhet för skolelever",
                "Eftermiddagsverksamhet ordnas för elever i årskurs 1–2 och elever med särskilt "
                "stöd efter skoldagen fram till kl. 17.\n\nAnsök om plats i e-tjänsten på våren, "
                "vanligen i mars. Besluten skickas i början av juni. De som söker senare får "
                "plats om det finns rum i grupperna.\n\nMånadsavgiften är 100 eller 120 euro "
                "beroende på den dagliga tiden. En familj med små inkomster kan ansöka om "
                "nedsatt avgift.",
            ),
            "en": (
                "After-school clubs for pupils",
                "After-school clubs are for pupils in grades 1–2 and pupils who need special "
                "support, after the school day until 5 pm.\n\nApply in the online service in "
                "spring, usually in March. Decisions are sent at the beginning of June. Those "
                "who apply later get a place if the groups have room.\n\nThe monthly fee is 100 "
                "or 120 euros, depending on the daily hours. A family with a low income can "
                "apply for a lower fee.",
            ),
        },
    ),
    (
        "adult-education",
        "public",
        "juha",
        {
            "fi": (
                "Kansalaisopiston kurssit: ilmoittautuminen, alennukset ja opintoseteli",
                "Ilmoittaudu kursseille verkossa. Jos verkossa ilmoittautuminen ei onnistu, "
                "ilmoittaudu asiakaspalvelupisteessä tai puhelimitse.\n\nTyöttömät, opiskelijat "
                "ja eläkeläiset saavat alennusta kurssimaksusta. Näytä todistus "
                "asiakaspalvelupisteessä ennen kuin lasku lähtee. Opintosetelillä voit saada "
                "lisäalennusta; sitä haetaan ilmoittautumisen yhteydessä.\n\nKurssin voi perua "
                "maksutta viimeistään viikkoa ennen sen alkua.",
            ),
            "sv": (
                "Medborgarinstitutets kurser: anmälan, rabatter och studiesedel",
                "Anmäl dig till kurserna på webben. Om anmälan på webben inte lyckas, anmäl dig "
                "vid kundservicepunkten eller per telefon.\n\nArbetslösa, studerande och "
                "pensionärer får rabatt på kursavgiften. Visa intyget vid kundservicepunkten "
                "innan fakturan skickas. Med en studiesedel kan du få ytterligare rabatt; den "
                "söks i samband med anmälan.\n\nEn kurs kan avbokas avgiftsfritt senast en vecka "
                "innan den börjar.",
            ),
            "en": (
                "Adult education courses: enrolling, discounts and study vouchers",
                "Enrol on courses online. If that does not work, enrol at the customer service "
                "point or by phone.\n\nUnemployed people, students and pensioners get a discount "
                "on the course fee. Show your proof at the customer service point before the "
                "invoice is sent. A study voucher can give you a further discount; apply for it "
                "when you enrol.\n\nYou can cancel a course free of charge up to a week before "
                "it starts.",
            ),
        },
    ),
    (
        "room-booking",
        "public",
        "liisa",
        {
            "fi": (
                "Tilojen varaaminen ja laskutus",
                "Kaupungin liikuntasaleja, kokoustiloja ja kaupungintalon tiloja voi varata "
                "varausjärjestelmässä tai asiakaspalvelusta. Asiakaspalvelu hyväksyy varauksen "
                "ja lähettää vahvistuksen.\n\nLasku lähetetään varauksen jälkeen. Kausivuorot "
                "laskutetaan kahdessa erässä. Avaimen tai kulkukortin tilaan saat "
                "asiakaspalvelupisteestä.\n\nPeru varaus viimeistään kaksi viikkoa ennen, niin "
                "siitä ei laskuteta.",
            ),
            "sv": (
                "Boka lokaler och fakturering",
                "Stadens gymnastiksalar, mötesrum och lokaler i stadshuset kan bokas i "
                "bokningssystemet eller i kundtjänsten. Kundtjänsten godkänner bokningen och "
                "skickar en bekräftelse.\n\nFakturan skickas efter bokningen. Säsongsturer "
                "faktureras i två delar. Nyckel eller passerkort till lokalen får du vid "
                "kundservicepunkten.\n\nAvboka senast två veckor innan, så faktureras bokningen "
                "inte.",
            ),
            "en": (
                "Booking rooms and invoicing",
                "The city's sports halls, meeting rooms and city hall rooms can be booked in the "
                "booking system or through customer service. Customer service approves the "
                "booking and sends a confirmation.\n\nThe invoice is sent after the booking. "
                "Season bookings are invoiced in two parts. You get the key or access card for "
                "the room at the customer service point.\n\nCancel at least two weeks before, "
                "and you will not be invoiced.",
            ),
        },
    ),
    (
        "keys",
        "internal",
        "liisa",
        {
            "fi": (
                "Ohje: kaupungintalon avaimet, kulkuoikeudet ja puhelimet",
                "Asiakaspalvelu ylläpitää kaupungintalon avainlistaa ja kulkuoikeuksia. Uusi "
                "avain tai kulkukortti luovutetaan vain esihenkilön hyväksymällä tilauksella, ja "
                "luovutus kirjataan avainlistaan kuittauksella.\n\nKadonnut kulkukortti "
                "suljetaan heti kulunvalvonnassa. Kadonneesta sarjoitetusta avaimesta "
                "ilmoitetaan tila- ja turvallisuuspäällikölle, joka päättää lukituksen "
                "muuttamisesta.\n\nPuhelimet ja liittymät tilataan esihenkilön tilauksesta "
                "sopimustoimittajalta. Kun puhelin luovutetaan, käy käyttäjän kanssa läpi "
                "sähköposti, Teams ja tunnistautumissovellus, ja päivitä puhelinluettelo. "
                "Ulkomaan työmatkat varataan sopimusmatkatoimistosta vasta hyväksytyn "
                "matkasuunnitelman jälkeen.",
            ),
            "sv": (
                "Anvisning: stadshusets nycklar, passerrätter och telefoner",
                "Kundtjänsten upprätthåller stadshusets nyckellista och passerrätter. En ny "
                "nyckel eller ett nytt passerkort lämnas ut bara mot en beställning som chefen "
                "godkänt, och utlämningen kvitteras i nyckellistan.\n\nEtt förlorat passerkort "
                "spärras genast i passerkontrollen. En förlorad systemnyckel anmäls till lokal- "
                "och säkerhetschefen, som beslutar om låsen ska ändras.\n\nTelefoner och "
                "abonnemang beställs från avtalsleverantören på chefens beställning. När "
                "telefonen lämnas ut, gå igenom e-post, Teams och autentiseringsappen med "
                "användaren och uppdatera telefonkatalogen. Tjänsteresor utomlands bokas hos "
                "avtalsresebyrån först efter en godkänd reseplan.",
            ),
            "en": (
                "Guide: city hall keys, access rights and phones",
                "Customer service keeps the city hall's key list and access rights. A new key or "
                "access card is handed over only against an order approved by the manager, and "
                "the handover is signed for in the key list.\n\nA lost access card is blocked at "
                "once in the access control system. A lost master key is reported to the "
                "premises and security manager, who decides whether the locks are "
                "changed.\n\nPhones and subscriptions are ordered from the contracted supplier "
                "on the manager's order. When you hand over a phone, go through e-mail, Teams "
                "and the authenticator app with the user, and update the phone directory. Work "
                "trips abroad are booked with the contracted travel agency only after the travel "
                "plan is approved.",
            ),
        },
    ),
    (
        "feedback",
        "public",
        "liisa",
        {
            "fi": (
                "Palaute, muistutus ja valitus – mikä ero?",
                "Palautteella kerrot, mikä toimii tai mitä pitäisi parantaa. Vastaamme "
                "palautteeseen, jos pyydät vastausta ja annat yhteystietosi.\n\nMuistutuksen "
                "voit tehdä, jos olet tyytymätön palveluun tai kohteluun. Saat siihen "
                "kirjallisen vastauksen.\n\nJos olet eri mieltä päätöksestä, hae siihen muutosta "
                "päätöksen ohjeen mukaan, esimerkiksi oikaisuvaatimuksella. Palaute tai "
                "muistutus ei muuta päätöstä.",
            ),
            "sv": (
                "Respons, anmärkning och klagomål – vad är skillnaden?",
                "Med respons berättar du vad som fungerar eller vad som borde förbättras. Vi "
                "svarar på responsen om du ber om svar och ger dina kontaktuppgifter.\n\nEn "
                "anmärkning kan du göra om du är missnöjd med tjänsten eller bemötandet. Du får "
                "ett skriftligt svar på den.\n\nOm du inte håller med om ett beslut, sök ändring "
                "enligt anvisningen i beslutet, till exempel med en begäran om omprövning. "
                "Respons eller en anmärkning ändrar inte beslutet.",
            ),
            "en": (
                "Feedback, complaints and appeals – what is the difference?",
                "Feedback tells us what works and what should be better. We reply if you ask for "
                "a reply and give your contact details.\n\nYou can make a complaint if you are "
                "unhappy with a service or how you were treated. You will get a written "
                "reply.\n\nIf you disagree with a decision, appeal as the decision's "
                "instructions say, for example with a request for a review. Feedback or a "
                "complaint does not change a decision.",
            ),
        },
    ),
    (
        "kela-services",
        "public",
        "liisa",
        {
            "fi": (
                "Kelan asiat kaupungintalon yhteispalvelupisteessä",
                "Yhteispalvelupisteessä saat apua Kelan hakemuksiin ja liitteisiin sekä OmaKelan "
                "käyttöön. Voit myös jättää Kelan paperilomakkeet, ja toimitamme ne "
                "Kelaan.\n\nPäätöksiä emme tee, ja etuuksista päättää Kela. Voit varata ajan, "
                "jolloin voit puhua Kelan virkailijan kanssa etäyhteydellä.\n\nOta mukaan "
                "henkilöllisyystodistus ja tarvittavat liitteet, kuten palkkatodistus tai "
                "vuokrasopimus.",
            ),
            "sv": (
                "FPA-ärenden vid samservicepunkten i stadshuset",
                "Vid samservicepunkten får du hjälp med FPA:s ansökningar och bilagor och med "
                "att använda MittFPA. Du kan också lämna FPA:s pappersblanketter, och vi skickar "
                "dem till FPA.\n\nVi fattar inga beslut; FPA beslutar om förmånerna. Du kan boka "
                "en tid då du kan tala med en FPA-handläggare via distansförbindelse.\n\nTa med "
                "identitetsbevis och de bilagor som behövs, till exempel lönespecifikation eller "
                "hyresavtal.",
            ),
            "en": (
                "Kela matters at the city hall's joint service point",
                "At the joint service point you get help with Kela's applications and "
                "attachments and with using OmaKela. You can also hand in Kela's paper forms, "
                "and we send them to Kela.\n\nWe do not make decisions; Kela decides on "
                "benefits. You can book a time to talk with a Kela officer over a video "
                "link.\n\nBring an ID and the attachments you need, such as a pay slip or rental "
                "agreement.",
            ),
        },
    ),
    (
        "tax-card",
        "public",
        "liisa",
        {
            "fi": (
                "Verokortti ja veroilmoitus",
                "Verokortin voi muuttaa OmaVerossa. Uusi verokortti on heti käytössä, ja voit "
                "antaa sen työnantajalle itse.\n\nEsitäytetty veroilmoitus tulee huhtikuussa. "
                "Jos tiedot ovat oikein, sinun ei tarvitse tehdä mitään. Korjaa puuttuvat tai "
                "väärät tiedot OmaVerossa veroilmoituksessa mainittuun päivään "
                "mennessä.\n\nAsiakaspalvelupisteen asiakaskoneella voit käyttää OmaVeroa, ja "
                "digituki auttaa. Verotuksesta päättää Verohallinto.",
            ),
            "sv": (
                "Skattekort och skattedeklaration",
                "Du kan ändra skattekortet i MinSkatt. Det nya skattekortet gäller genast, och "
                "du kan själv ge det till arbetsgivaren.\n\nDen förhandsifyllda "
                "skattedeklarationen kommer i april. Om uppgifterna är rätt behöver du inte göra "
                "något. Korrigera saknade eller felaktiga uppgifter i MinSkatt före den dag som "
                "står i deklarationen.\n\nPå kunddatorn vid kundservicepunkten kan du använda "
                "MinSkatt, och digistödet hjälper dig. Skatteförvaltningen beslutar om "
                "beskattningen.",
            ),
            "en": (
                "Tax card and tax return",
                "You can change your tax card in MyTax. The new tax card is valid at once, and "
                "you can give it to your employer yourself.\n\nThe pre-filled tax return arrives "
                "in April. If the details are correct, you do not need to do anything. Correct "
                "missing or wrong details in MyTax by the date given in the return.\n\nYou can "
                "use MyTax on the customer computer at the customer service point, and digital "
                "support can help. Taxation is decided by the Tax Administration.",
            ),
        },
    ),
    (
        "digital-support",
        "public",
        "liisa",
        {
            "fi": (
                "Digituki ja asiakaskone",
                "Digituki auttaa älypuhelimen, tietokoneen ja verkkopalvelujen käytössä, "
                "esimerkiksi pankkitunnusten, OmaKelan, OmaVeron ja Lupapisteen kanssa.\n\nVaraa "
                "digitukiaika ajanvarauksessa tai puhelimitse. Asiakaspalvelupisteen asiakaskone "
                "on vapaasti käytössä aukioloaikoina. Sillä voit esimerkiksi katsoa "
                "lupa-asiakirjoja, ja voimme tulostaa tarvittavat sivut.\n\nEmme voi "
                "tunnistautua puolestasi, eikä sinun tarvitse kertoa meille salasanojasi.",
            ),
            "sv": (
                "Digistöd och kunddator",
                "Digistödet hjälper dig att använda smarttelefon, dator och e-tjänster, till "
                "exempel bankkoder, MittFPA, MinSkatt och Lupapiste.\n\nBoka en tid för digistöd "
                "i tidsbokningen eller per telefon. Kunddatorn vid kundservicepunkten är fritt "
                "tillgänglig under öppettiderna. Med den kan du till exempel titta på "
                "tillståndshandlingar, och vi kan skriva ut de sidor du behöver.\n\nVi kan inte "
                "identifiera oss åt dig, och du behöver inte berätta dina lösenord för oss.",
            ),
            "en": (
                "Digital support and the customer computer",
                "Digital support helps you use a smartphone, a computer and online services, "
                "such as banking codes, OmaKela, MyTax and Lupapiste.\n\nBook a digital support "
                "time in the booking service or by phone. The customer computer at the customer "
                "service point is free to use during opening hours. You can for example look at "
                "permit documents on it, and we can print the pages you need.\n\nWe cannot "
                "identify ourselves for you, and you never need to tell us your passwords.",
            ),
        },
    ),
    (
        "street-maintenance",
        "internal",
        "sari",
        {
            "fi": (
                "Ohje: yleisten alueiden kunnossapidon sähköpostit asiakaspalvelussa",
                "Asiakaspalvelu vastaa itse noin yhdeksään kymmenestä kunnossapidon "
                "sähköpostista fraasikansion vastauspohjilla. Valitse pohja, tarkista paikka ja "
                "lähetä vastaus; ilmoitus välitetään kunnossapidolle tapauksen "
                "kautta.\n\nVakiotilanteet: katuvalo pimeänä, auraus ja aurausvalli, liukkaus, "
                "kuoppa, liikennemerkki, sadevesikaivo, kaatunut puu, rikkinäinen leikkiväline "
                "tai penkki, roskaantuminen, töhryt ja nurmikon leikkuu. Yksityistiet eivät "
                "kuulu kaupungille.\n\nSiirrä asiantuntijalle, jos viestissä on vahinko tai "
                "korvausvaatimus (esim. kaatuminen liukkaalla tai auton rengas kuopassa), "
                "välitön vaara, oikeudellinen uhka tai asia, johon mikään pohja ei sovi. "
                "Kiireelliset vaaratilanteet soitetaan päivystykseen heti.",
            ),
            "sv": (
                "Anvisning: e-post om underhåll av allmänna områden i kundtjänsten",
                "Kundtjänsten svarar själv på ungefär nio av tio e-postmeddelanden om underhåll "
                "med svarsmallarna i fraspärmen. Välj mall, kontrollera platsen och skicka "
                "svaret; anmälan går till underhållet via ärendet.\n\nStandardfall: släckt "
                "gatlampa, plogning och plogvall, halka, grop, trafikmärke, dagvattenbrunn, "
                "omkullfallet träd, trasig lekredskap eller bänk, nedskräpning, klotter och "
                "gräsklippning. Enskilda vägar hör inte till staden.\n\nSkicka vidare till en "
                "expert om meddelandet gäller en skada eller ett ersättningskrav (t.ex. "
                "halkolycka eller ett däck i en grop), omedelbar fara, rättsliga hot eller något "
                "som ingen mall passar. Brådskande faror rings genast till jouren.",
            ),
            "en": (
                "Guide: public-area maintenance e-mails at customer service",
                "Customer service answers about nine in ten maintenance e-mails itself with the "
                "phrase folder's templates. Choose the template, check the place and send the "
                "reply; the report reaches maintenance through the case.\n\nStandard situations: "
                "street light out, ploughing and snow banks, slippery streets, potholes, traffic "
                "signs, storm drains, fallen trees, broken playground equipment or benches, "
                "litter, graffiti and grass cutting. Private roads are not the city's.\n\nPass "
                "to an expert if the message is about damage or a compensation claim (e.g. a "
                "fall on ice or a tyre in a pothole), immediate danger, legal threats, or "
                "anything no template fits. Urgent dangers are phoned to the on-call service at "
                "once.",
            ),
        },
    ),
    (
        "public-transport",
        "internal",
        "liisa",
        {
            "fi": (
                "Ohje: joukkoliikenteen sähköpostit asiakaspalvelussa",
                "Useimpiin joukkoliikenteen viesteihin on valmis vastauspohja: aikataulut, "
                "myöhästyneet vuorot, kuljettajapalaute, matkakortit ja niiden katoaminen, "
                "alennukset, mobiililippu, pysäkkien viat, reittitoiveet, palveluliikenne, "
                "koulukuljetus ja bussiin unohtuneet tavarat.\n\nPalaute vuoroista ja "
                "kuljettajista välitetään liikennöitsijälle tapauksen kautta, ja vastaus "
                "luvataan tavoiteajassa. Reittitoiveet kirjataan suunnittelijalle; uudet "
                "aikataulut alkavat elokuussa.\n\nSiirrä joukkoliikenneasiantuntijalle "
                "korvausvaatimukset, onnettomuudet, esteettömyysongelmat ja "
                "koulukuljetuspäätöksiä koskevat oikaisuvaatimukset.",
            ),
            "sv": (
                "Anvisning: e-post om kollektivtrafiken i kundtjänsten",
                "För de flesta meddelanden om kollektivtrafiken finns en färdig svarsmall: "
                "tidtabeller, försenade turer, respons om chaufförer, resekort och förlorade "
                "kort, rabatter, mobilbiljett, fel på hållplatser, önskemål om linjer, "
                "servicetrafik, skolskjuts och föremål som glömts i bussen.\n\nRespons om turer "
                "och chaufförer skickas till trafikföretaget via ärendet, och svaret utlovas "
                "inom måltiden. Önskemål om linjer antecknas för planeraren; nya tidtabeller "
                "börjar i augusti.\n\nSkicka ersättningskrav, olyckor, tillgänglighetsproblem "
                "och omprövningar av skolskjutsbeslut vidare till kollektivtrafikexperten.",
            ),
            "en": (
                "Guide: public transport e-mails at customer service",
                "Most public transport messages have a ready template: timetables, late buses, "
                "driver feedback, travel cards and lost cards, discounts, mobile tickets, faults "
                "at bus stops, route requests, the service bus, school transport and items left "
                "on buses.\n\nFeedback on services and drivers goes to the bus operator through "
                "the case, and the reply is promised within the target time. Route requests are "
                "recorded for the planner; new timetables start in August.\n\nPass compensation "
                "claims, accidents, accessibility problems and appeals against school transport "
                "decisions to the public transport expert.",
            ),
        },
    ),
    (
        "early-education",
        "internal",
        "juha",
        {
            "fi": (
                "Ohje: paperiset varhaiskasvatushakemukset ja perhepäivähoitajien lomat",
                "Paperinen varhaiskasvatushakemus tallennetaan järjestelmään samana päivänä, kun "
                "se tuli. Saapumispäivä kirjataan hakemukseen, koska käsittelyaika alkaa siitä. "
                "Alkuperäinen hakemus arkistoidaan.\n\nPerhepäivähoitajien lomat kirjataan "
                "järjestelmään heti, kun hoitaja ilmoittaa ne. Perheiltä kysytään varahoidon "
                "tarve kaksi viikkoa ennen lomaa.\n\nAsiakaspalvelu neuvoo hakemisessa ja kertoo "
                "päätösten aikataulut, mutta ei lupaa paikkaa tiettyyn päiväkotiin. "
                "Sijoituksista päättää varhaiskasvatuksen palveluohjaus.",
            ),
            "sv": (
                "Anvisning: ansökningar om småbarnspedagogik på papper och familjedagvårdarnas "
                "semestrar",
                "En ansökan om småbarnspedagogik på papper sparas i systemet samma dag den kom. "
                "Ankomstdagen antecknas i ansökan, eftersom handläggningstiden börjar då. "
                "Originalansökan arkiveras.\n\nFamiljedagvårdarnas semestrar förs in i systemet "
                "så snart vårdaren meddelar dem. Familjerna tillfrågas om behovet av reservvård "
                "två veckor före semestern.\n\nKundtjänsten ger råd om ansökan och berättar när "
                "besluten kommer, men lovar inte plats i ett visst daghem. Om placeringarna "
                "beslutar servicehandledningen inom småbarnspedagogiken.",
            ),
            "en": (
                "Guide: paper early education applications and family day carers' holidays",
                "A paper early education application is saved in the system on the day it "
                "arrives. The arrival date is recorded, because the handling time starts from "
                "it. The original is archived.\n\nFamily day carers' holidays are entered in the "
                "system as soon as the carer reports them. Families are asked about substitute "
                "care two weeks before the holiday.\n\nCustomer service advises on applying and "
                "tells when decisions come, but does not promise a place in a particular daycare "
                "centre. Placements are decided by early education's service guidance.",
            ),
        },
    ),
    (
        "afternoon-activities",
        "internal",
        "juha",
        {
            "fi": (
                "Ohje: iltapäivätoiminnan hakemukset ja maksut",
                "Iltapäivätoiminnan verkkohakemukset siirretään järjestelmään hakuajan "
                "päätyttyä. Sijoitukset tehdään koulun ja ryhmän mukaan, ja päätökset lähetetään "
                "kesäkuun alussa.\n\nMaksut valmistellaan asiakasmaksujärjestelmässä "
                "kuukausittain: 120 euroa yli 3 tunnin ja 100 euroa enintään 3 tunnin "
                "päivittäisestä ajasta. Koko kuukauden sairauspoissaolosta ei laskuteta.\n\nJos "
                "perhe kysyy maksun alentamisesta, ohjaa hakemaan sitä tulotietojen kanssa. "
                "Siirrä palveluohjaajalle tapaukset, joissa lapsi tarvitsee erityistä tukea.",
            ),
            "sv": (
                "Anvisning: ansökningar och avgifter för eftermiddagsverksamheten",
                "Webbansökningarna till eftermiddagsverksamheten förs över till systemet när "
                "ansökningstiden har gått ut. Placeringarna görs enligt skola och grupp, och "
                "besluten skickas i början av juni.\n\nAvgifterna förbereds varje månad i "
                "kundavgiftssystemet: 120 euro för mer än 3 timmar och 100 euro för högst 3 "
                "timmar per dag. För en hel månads sjukfrånvaro faktureras ingenting.\n\nOm "
                "familjen frågar om nedsatt avgift, be dem ansöka med sina inkomstuppgifter. "
                "Skicka ärenden där barnet behöver särskilt stöd till servicehandledaren.",
            ),
            "en": (
                "Guide: after-school club applications and fees",
                "Online applications for after-school clubs are moved into the system when the "
                "application period ends. Places are allocated by school and group, and "
                "decisions are sent at the beginning of June.\n\nFees are prepared monthly in "
                "the client fee system: 120 euros for more than 3 hours and 100 euros for up to "
                "3 hours a day. A whole month of sick leave is not invoiced.\n\nIf a family asks "
                "about a lower fee, ask them to apply with their income details. Pass cases "
                "where the child needs special support to the service advisor.",
            ),
        },
    ),
    (
        "room-booking",
        "internal",
        "liisa",
        {
            "fi": (
                "Ohje: tilavarauspyyntöjen hyväksyminen ja laskutus",
                "Tarkista varauspyynnöstä, että tila on vapaa ja sopii käyttötarkoitukseen. "
                "Hyväksy varaus varausjärjestelmässä ja lähetä vahvistus "
                "vastauspohjalla.\n\nLaskuta varaus hinnaston mukaan: yhdistykset ja "
                "nuorisoryhmät saavat alennuksen, kaupungin omat yksiköt eivät maksa. "
                "Kausivuorot laskutetaan syksyllä ja keväällä. Alle kaksi viikkoa ennen peruttu "
                "varaus laskutetaan.\n\nAnna avain tai kulkukortti vain varaajalle, ja kirjaa "
                "luovutus avainlistaan.",
            ),
            "sv": (
                "Anvisning: godkännande och fakturering av lokalbokningar",
                "Kontrollera att lokalen är ledig och passar för ändamålet. Godkänn bokningen i "
                "bokningssystemet och skicka bekräftelsen med svarsmallen.\n\nFakturera "
                "bokningen enligt prislistan: föreningar och ungdomsgrupper får rabatt, stadens "
                "egna enheter betalar inte. Säsongsturer faktureras på hösten och på våren. En "
                "bokning som avbokas mindre än två veckor före faktureras.\n\nLämna ut nyckel "
                "eller passerkort bara till den som bokat, och anteckna det i nyckellistan.",
            ),
            "en": (
                "Guide: approving and invoicing room bookings",
                "Check that the room is free and suits the purpose. Approve the booking in the "
                "booking system and send the confirmation with the template.\n\nInvoice the "
                "booking by the price list: associations and youth groups get a discount, the "
                "city's own units do not pay. Season bookings are invoiced in autumn and spring. "
                "A booking cancelled less than two weeks before is invoiced.\n\nHand the key or "
                "access card only to the person who booked, and record it in the key list.",
            ),
        },
    ),
    (
        "parking",
        "public",
        "liisa",
        {
            "fi": (
                "Pysäköinti: virhemaksu, oikaisuvaatimus ja asukaspysäköinti",
                "Jos sait pysäköintivirhemaksun ja se on mielestäsi väärä, tee oikaisuvaatimus "
                "14 päivän kuluessa. Tee se verkkolomakkeella, sähköpostilla tai "
                "asiakaspalvelupisteessä. Liitä mukaan kuvat tai pysäköintilipun "
                "kuitti.\n\nMaksu maksetaan 14 päivän kuluessa. Jos se myöhästyy, auton "
                "omistajalle tulee maksukehotus ja maksu "
                "korottuu.\n\nAsukaspysäköintitunnuksella voit pysäköidä oman alueesi "
                "asukaspaikoille ilman aikarajaa. Tunnus maksaa 15 euroa kuukaudessa. "
                "Aikarajoitetulla paikalla käytä pysäköintikiekkoa. Väärin pysäköidystä tai "
                "hylätystä autosta voit ilmoittaa pysäköinninvalvontaan.",
            ),
            "sv": (
                "Parkering: felparkeringsavgift, omprövning och boendeparkering",
                "Om du har fått en felparkeringsavgift och anser att den är fel, begär "
                "omprövning inom 14 dagar. Gör det med webbformuläret, per e-post eller vid "
                "kundservicepunkten. Bifoga bilder eller kvittot på "
                "parkeringsbiljetten.\n\nAvgiften ska betalas inom 14 dagar. Om den är försenad "
                "får bilens ägare en betalningsuppmaning och avgiften höjs.\n\nMed "
                "boendeparkeringstillstånd kan du parkera på ditt områdes boendeplatser utan "
                "tidsgräns. Tillståndet kostar 15 euro i månaden. På tidsbegränsade platser ska "
                "du använda parkeringsskiva. En felparkerad eller övergiven bil kan du anmäla "
                "till parkeringsövervakningen.",
            ),
            "en": (
                "Parking: parking fines, appeals and resident parking",
                "If you got a parking fine and think it is wrong, ask for a review within 14 "
                "days. Use the web form, e-mail or the customer service point. Attach photos or "
                "your parking ticket receipt.\n\nThe fine must be paid within 14 days. If it is "
                "late, the car's owner gets a payment demand and the amount goes up.\n\nA "
                "resident parking permit lets you park in your area's resident spaces without a "
                "time limit. It costs 15 euros a month. In time-limited spaces, use a parking "
                "disc. You can report a wrongly parked or abandoned car to parking control.",
            ),
        },
    ),
    (
        "building-permits",
        "public",
        "sari",
        {
            "fi": (
                "Rakennuslupa ja rakennusvalvonta",
                "Talon, lisärakennuksen ja autotallin rakentamiseen tarvitaan rakentamislupa "
                "(ennen rakennuslupa). Pienet työt, kuten varasto, aita tai terassi, eivät aina "
                "tarvitse lupaa, mutta kaava ja rakennusjärjestys voivat vaatia sitä. Kysy "
                "rakennusvalvonnasta ennen kuin aloitat.\n\nLupaa haetaan "
                "Lupapiste.fi-palvelussa. Hakemukseen tarvitaan piirustukset ja naapureiden "
                "kuuleminen. Lupa käsitellään yleensä 4–8 viikossa. Katselmukset tilataan myös "
                "Lupapisteessä.\n\nJos et voi käyttää Lupapistettä, asiakaspalvelupisteessä on "
                "asiakaskone, apua sen käyttöön ja paperiset lomakkeet. Luvattomasta "
                "rakentamisesta tai huonokuntoisesta rakennuksesta voit ilmoittaa "
                "rakennusvalvontaan.",
            ),
            "sv": (
                "Bygglov och byggnadstillsyn",
                "För ett hus, en tillbyggnad eller ett garage behövs bygglov. Små arbeten, som "
                "ett förråd, ett staket eller en terrass, behöver inte alltid lov, men planen "
                "och byggordningen kan kräva det. Fråga byggnadstillsynen innan du "
                "börjar.\n\nLov söks i tjänsten Lupapiste.fi. Till ansökan behövs ritningar och "
                "hörande av grannarna. Lovet behandlas vanligen på 4–8 veckor. Syner beställs "
                "också i Lupapiste.\n\nOm du inte kan använda Lupapiste finns en kunddator, "
                "hjälp och pappersblanketter vid kundservicepunkten. Olovligt byggande eller en "
                "förfallen byggnad kan du anmäla till byggnadstillsynen.",
            ),
            "en": (
                "Building permits and building control",
                "A house, an extension or a garage needs a building permit. Small works, such as "
                "a shed, a fence or a deck, do not always need one, but the local plan and "
                "building rules may require it. Ask building control before you "
                "start.\n\nPermits are applied for in the Lupapiste.fi service. The application "
                "needs drawings and the hearing of the neighbours. A permit usually takes 4–8 "
                "weeks. Inspections are also booked in Lupapiste.\n\nIf you cannot use "
                "Lupapiste, the customer service point has a customer computer, help and paper "
                "forms. You can report building without a permit, or a building in poor "
                "condition, to building control.",
            ),
        },
    ),
    (
        "neighbour-matters",
        "public",
        "liisa",
        {
            "fi": (
                "Naapuririidat – missä kaupunki voi auttaa?",
                "Naapurien väliset riidat ovat yksityisasioita. Kaupunki ei voi ratkaista niitä, "
                "mutta auttaa, jos asia koskee rakentamista, ympäristöä, melua tai kaupungin "
                "aluetta.\n\nPuhu ensin naapurin kanssa. Oikeusaputoimisto tarjoaa maksutonta "
                "sovittelua. Rajan yli ulottuvat oksat ja juuret saat poistaa itse, jos naapuri "
                "ei poista niitä pyynnöstä.\n\nHäiritsevästä käytöksestä ilmoitetaan poliisille "
                "ja taloyhtiössä isännöitsijälle. Rakennustyömaan melusta ja luvattomasta "
                "rakentamisesta voit ilmoittaa kaupungille.",
            ),
            "sv": (
                "Grannkonflikter – var kan staden hjälpa?",
                "Konflikter mellan grannar är privata angelägenheter. Staden kan inte lösa dem, "
                "men hjälper om saken gäller byggande, miljö, buller eller stadens "
                "område.\n\nPrata först med grannen. Rättshjälpsbyrån erbjuder avgiftsfri "
                "medling. Grenar och rötter som sträcker sig över gränsen får du ta bort själv "
                "om grannen inte gör det när du ber om det.\n\nStörande beteende anmäls till "
                "polisen och i ett bostadsbolag till disponenten. Buller från en byggarbetsplats "
                "och olovligt byggande kan du anmäla till staden.",
            ),
            "en": (
                "Neighbour disputes – where can the city help?",
                "Disputes between neighbours are private matters. The city cannot settle them, "
                "but it helps when the matter is about building, the environment, noise or city "
                "land.\n\nTalk with your neighbour first. The public legal aid office offers "
                "free mediation. You may remove branches and roots that reach over the boundary "
                "yourself, if your neighbour does not do it when asked.\n\nDisturbing behaviour "
                "is reported to the police, and in a housing company to the property manager. "
                "You can report construction noise and building without a permit to the city.",
            ),
        },
    ),
    (
        "tourist-information",
        "public",
        "liisa",
        {
            "fi": (
                "Matkailijalle: neuvonta, nähtävyydet ja liikkuminen",
                "Matkailuneuvonta on kaupungintalon asiakaspalvelupisteessä arkisin kello 9–16 "
                "ja kesällä myös lauantaisin. Palvelemme suomeksi, ruotsiksi ja "
                "englanniksi.\n\nTunnetuimmat kohteet ovat kosken näytös kesäisin, jokivarren "
                "luontopolku, kaupunginmuseo ja Saimaan rannat. Useimmat ulkoilukohteet ovat "
                "maksuttomia.\n\nPaikallisbussin kertalipun voi maksaa bussissa pankkikortilla. "
                "Rautatieasemalta pääsee keskustaan noin kymmenessä minuutissa. Majoituspaikat "
                "yhteystietoineen ovat matkailusivuilla.",
            ),
            "sv": (
                "För turister: information, sevärdheter och att ta sig fram",
                "Turistinformationen finns vid kundservicepunkten i stadshuset vardagar kl. 9–16 "
                "och på sommaren också på lördagar. Vi betjänar på finska, svenska och "
                "engelska.\n\nDe mest kända besöksmålen är forsuppvisningen på sommaren, "
                "naturstigen längs älven, stadsmuseet och Saimens stränder. De flesta "
                "friluftsmål är avgiftsfria.\n\nEn enkelbiljett till lokalbussen kan betalas med "
                "bankkort i bussen. Från järnvägsstationen kommer du till centrum på ungefär tio "
                "minuter. Boenden med kontaktuppgifter finns på turistsidorna.",
            ),
            "en": (
                "For visitors: tourist information, sights and getting around",
                "Tourist information is at the city hall's customer service point on weekdays "
                "from 9 am to 4 pm, and in summer also on Saturdays. We serve you in English, "
                "Finnish and Swedish.\n\nThe best-known sights are the rapids show in summer, "
                "the riverside nature trail, the city museum and the shores of Lake Saimaa. Most "
                "outdoor places are free.\n\nYou can pay for a single local bus ticket on the "
                "bus with a bank card. From the railway station, the bus takes about ten minutes "
                "to the centre. Hotels, cottages and the campsite are listed with contact "
                "details on the tourism website.",
            ),
        },
    ),
    (
        "events",
        "public",
        "liisa",
        {
            "fi": (
                "Tapahtumat: ilmoittautuminen ja oman tapahtuman järjestäminen",
                "Kaupungin tapahtumiin ilmoittaudutaan tapahtumakalenterissa. Jos verkossa "
                "ilmoittautuminen ei onnistu, ilmoittaudu asiakaspalvelupisteessä tai "
                "puhelimitse. Jos et pääse, peru ilmoittautuminen, niin paikka vapautuu "
                "varasijalla olevalle.\n\nOman yleisölle avoimen tapahtuman voit lisätä "
                "tapahtumakalenteriin maksutta.\n\nJos järjestät yleisötilaisuuden ulkona, "
                "ilmoita siitä poliisille viimeistään viisi vuorokautta ennen. Torin tai puiston "
                "käyttöön tarvitset kaupungin luvan; hae sitä vähintään kaksi viikkoa ennen.",
            ),
            "sv": (
                "Evenemang: anmälan och att ordna ett eget evenemang",
                "Till stadens evenemang anmäler du dig i evenemangskalendern. Om anmälan på "
                "webben inte lyckas, anmäl dig vid kundservicepunkten eller per telefon. Om du "
                "inte kan komma, avboka så att platsen går till någon på reservlistan.\n\nEtt "
                "eget evenemang som är öppet för allmänheten kan du lägga till i "
                "evenemangskalendern avgiftsfritt.\n\nOm du ordnar en offentlig tillställning "
                "utomhus, anmäl den till polisen senast fem dygn innan. För att använda torget "
                "eller en park behöver du stadens tillstånd; ansök minst två veckor innan.",
            ),
            "en": (
                "Events: registering and organising your own event",
                "You register for the city's events in the events calendar. If registering "
                "online does not work, register at the customer service point or by phone. If "
                "you cannot come, cancel so that your place goes to someone on the waiting "
                "list.\n\nYou can add your own public event to the events calendar free of "
                "charge.\n\nIf you organise a public event outdoors, notify the police at least "
                "five days before. To use the market square or a park you need the city's "
                "permission; apply at least two weeks before.",
            ),
        },
    ),
    (
        "customer-service",
        "public",
        "liisa",
        {
            "fi": (
                "Ajanvaraus asiakaspalveluun",
                "Voit varata ajan asiakaspalveluun verkossa tai puhelimitse, esimerkiksi "
                "digitukeen, Kelan asiointiin tai kaavoittajan tapaamiseen. Saat vahvistuksen "
                "sähköpostilla tai tekstiviestillä.\n\nVahvistuksen linkistä voit siirtää tai "
                "perua ajan. Peru aika viimeistään edellisenä arkipäivänä.\n\nMonet asiat voit "
                "hoitaa ilman ajanvarausta arkisin kello 9–16.",
            ),
            "sv": (
                "Tidsbokning i kundtjänsten",
                "Du kan boka tid i kundtjänsten på webben eller per telefon, till exempel för "
                "digistöd, FPA-ärenden eller ett möte med planläggaren. Du får en bekräftelse "
                "per e-post eller sms.\n\nVia länken i bekräftelsen kan du flytta eller avboka "
                "tiden. Avboka senast föregående vardag.\n\nMånga ärenden kan du sköta utan "
                "tidsbokning vardagar kl. 9–16.",
            ),
            "en": (
                "Booking an appointment with customer service",
                "You can book an appointment with customer service online or by phone, for "
                "example for digital support, Kela matters or a meeting with a planner. You get "
                "a confirmation by e-mail or text message.\n\nWith the link in the confirmation "
                "you can move or cancel the appointment. Please cancel by the previous working "
                "day.\n\nMany things can be done without an appointment on weekdays from 9 am to "
                "4 pm.",
            ),
        },
    ),
    (
        "document-orders",
        "public",
        "liisa",
        {
            "fi": (
                "Asiakirjat, kopiot ja todistukset",
                "Voit tilata kopioita kaupungin asiakirjoista, kuten päätöksistä, pöytäkirjoista "
                "ja sopimuksista, sekä kopioita todistuksista, joita kaupunki on antanut. Tilaa "
                "asiakaspalvelusta tai verkkolomakkeella.\n\nAsiakirjat lähetetään sähköpostiin "
                "tai ne ovat noudettavissa asiakaspalvelupisteessä, yleensä viikon kuluessa. "
                "Paperikopiot ovat maksullisia hinnaston mukaan.\n\nJokaisella on oikeus saada "
                "tietoja julkisista asiakirjoista. Tietopyyntöön vastataan viimeistään kahdessa "
                "viikossa.",
            ),
            "sv": (
                "Handlingar, kopior och intyg",
                "Du kan beställa kopior av stadens handlingar, till exempel beslut, protokoll "
                "och avtal, och kopior av betyg och intyg som staden har utfärdat. Beställ i "
                "kundtjänsten eller med webbformuläret.\n\nHandlingarna skickas per e-post eller "
                "kan hämtas vid kundservicepunkten, vanligen inom en vecka. Papperskopior kostar "
                "enligt prislistan.\n\nAlla har rätt att få uppgifter ur offentliga handlingar. "
                "En begäran om uppgifter besvaras senast inom två veckor.",
            ),
            "en": (
                "Documents, copies and certificates",
                "You can order copies of the city's documents, such as decisions, minutes and "
                "agreements, and copies of certificates the city has issued. Order from customer "
                "service or with the web form.\n\nDocuments are e-mailed or can be collected at "
                "the customer service point, usually within a week. Paper copies are charged by "
                "the price list.\n\nEveryone has the right to information in public documents. A "
                "request for information is answered within two weeks at the latest.",
            ),
        },
    ),
    (
        "lost-property",
        "public",
        "liisa",
        {
            "fi": (
                "Löytötavarat",
                "Kaupungin tiloista ja alueilta löytyneet tavarat säilytetään kaupungintalon "
                "asiakaspalvelupisteessä kaksi viikkoa. Sen jälkeen ne toimitetaan poliisin "
                "löytötavaratoimistoon.\n\nJos kadotit jotain, kysy ensin paikasta, jossa tavara "
                "katosi, esimerkiksi uimahallista tai kirjastosta, ja sitten asiakaspalvelusta. "
                "Bussiin unohtuneet tavarat ovat liikennöitsijällä.\n\nJos löysit lompakon, "
                "avaimet tai henkilöpaperit, vie ne mieluiten suoraan poliisille.",
            ),
            "sv": (
                "Hittegods",
                "Föremål som hittas i stadens lokaler och områden förvaras vid "
                "kundservicepunkten i stadshuset i två veckor. Efter det lämnas de till polisens "
                "hittegodskontor.\n\nOm du har tappat något, fråga först på platsen där det "
                "försvann, till exempel simhallen eller biblioteket, och sedan i kundtjänsten. "
                "Föremål som glömts i bussen finns hos trafikföretaget.\n\nOm du har hittat en "
                "plånbok, nycklar eller identitetshandlingar, lämna dem helst direkt till "
                "polisen.",
            ),
            "en": (
                "Lost property",
                "Items found in the city's premises and areas are kept at the city hall's "
                "customer service point for two weeks. After that they go to the police lost "
                "property office.\n\nIf you have lost something, first ask at the place where "
                "you lost it, for example the swimming hall or the library, and then ask "
                "customer service. Items left on buses are kept by the bus operator.\n\nIf you "
                "found a wallet, keys or identity papers, please take them straight to the "
                "police.",
            ),
        },
    ),
    (
        "customer-service",
        "public",
        "liisa",
        {
            "fi": (
                "Asiakaspalvelupiste: aukioloajat, lomakkeet ja asiat, joita hoidamme",
                "Kaupungintalon asiakaspalvelupiste on auki arkisin kello 9–16, ja "
                "puhelinpalvelu kello 8–16 numerossa 020 617 4000.\n\nMeiltä saat kaupungin "
                "lomakkeet myös paperisina, kartat ja esitteet, apua verkkoasiointiin sekä Kelan "
                "ja Verohallinnon asioissa. Otamme vastaan asiakirjatilaukset, huomautukset, "
                "muistutukset ja pysäköintivirhemaksujen oikaisuvaatimukset.\n\nOsa asioista "
                "kuuluu muille: sote-palvelut hyvinvointialueelle, passit poliisille ja "
                "muuttoilmoitukset Postin ja DVV:n palveluun. Autamme löytämään oikean paikan.",
            ),
            "sv": (
                "Kundservicepunkten: öppettider, blanketter och ärenden vi sköter",
                "Kundservicepunkten i stadshuset är öppen vardagar kl. 9–16, och telefontjänsten "
                "kl. 8–16 på numret 020 617 4000.\n\nHos oss får du stadens blanketter också på "
                "papper, kartor och broschyrer, hjälp med e-tjänster och med FPA- och "
                "skatteärenden. Vi tar emot beställningar av handlingar, anmärkningar och "
                "begäran om omprövning av felparkeringsavgifter.\n\nEn del ärenden hör till "
                "andra: social- och hälsovård till välfärdsområdet, pass till polisen och "
                "flyttanmälan till Postens och DVV:s tjänst. Vi hjälper dig att hitta rätt "
                "ställe.",
            ),
            "en": (
                "Customer service point: opening hours, forms and what we deal with",
                "The city hall's customer service point is open on weekdays from 9 am to 4 pm, "
                "and the phone service from 8 am to 4 pm on 020 617 4000.\n\nWe have all the "
                "city's forms on paper, maps and brochures, help with online services and with "
                "Kela and tax matters. We receive document orders, objections, complaints and "
                "appeals against parking fines.\n\nSome things belong to others: health and "
                "social services to the wellbeing services county, passports to the police and "
                "changes of address to the Posti and DVV service. We help you find the right "
                "place.",
            ),
        },
    ),
    (
        "library",
        "public",
        "liisa",
        {
            "fi": (
                "Kirjasto: kirjastokortti, lainat, varaukset ja maksut",
                (
                    "Kirjastokortin saat maksutta pääkirjastosta tai kirjastoautosta. Näytä "
                    "henkilöllisyystodistus. Alle 15-vuotias tarvitsee huoltajan "
                    "luvan.\n\nPääkirjasto on auki maanantaista perjantaihin klo 10–20 ja "
                    "lauantaisin klo 10–16. Kirjastoauton pysäkit ja ajat ovat "
                    "verkkokirjastossa.\n\nLaina-aika on yleensä neljä viikkoa. Varaat ja uusit "
                    "lainat verkkokirjastossa tai puhelimella. Laina uusitaan enintään viisi "
                    "kertaa, jos siitä ei ole varausta. E-kirjat ja e-äänikirjat lainaat samalla "
                    "kortilla.\n\nMyöhästymismaksu on 20 senttiä päivältä, enintään 6 euroa lainaa "
                    "kohden. Lasten aineistosta ei peritä maksua. Kadonneesta kirjasta maksat "
                    "korvauksen. Kadonneesta kortista ilmoita heti, niin kortti suljetaan."
                ),
            ),
            "sv": (
                "Biblioteket: bibliotekskort, lån, reservationer och avgifter",
                (
                    "Ett bibliotekskort får du avgiftsfritt på huvudbiblioteket eller i bokbussen. "
                    "Visa identitetsbevis. Barn under 15 år behöver vårdnadshavarens "
                    "tillstånd.\n\nHuvudbiblioteket är öppet måndag–fredag kl. 10–20 och lördagar "
                    "kl. 10–16. Bokbussens hållplatser och tider finns i "
                    "nätbiblioteket.\n\nLånetiden är oftast fyra veckor. Du reserverar och förnyar "
                    "lån i nätbiblioteket eller per telefon. Ett lån förnyas högst fem gånger om "
                    "det inte är reserverat. E-böcker och e-ljudböcker lånar du med samma "
                    "kort.\n\nFörseningsavgiften är 20 cent per dag, högst 6 euro per lån. För "
                    "barnmaterial tas ingen avgift ut. För en förlorad bok betalar du ersättning. "
                    "Meddela genast om du tappat kortet, så spärras det."
                ),
            ),
            "en": (
                "Library: library card, loans, reservations and fees",
                (
                    "You get a free library card at the main library or on the mobile library. "
                    "Show your ID. Children under 15 need a guardian's permission.\n\nThe main "
                    "library is open Monday to Friday 10 am–8 pm and on Saturdays 10 am–4 pm. The "
                    "mobile library's stops and times are in the online library.\n\nThe loan "
                    "period is usually four weeks. Reserve and renew loans in the online library "
                    "or by phone. A loan can be renewed up to five times if nobody has reserved "
                    "it. Borrow e-books and e-audiobooks with the same card.\n\nThe late fee is 20 "
                    "cents a day, at most €6 per loan. There is no fee for children's items. For a "
                    "lost book you pay compensation. If you lose your card, tell us at once so it "
                    "can be blocked."
                ),
            ),
        },
    ),
    (
        "basic-education",
        "public",
        "liisa",
        {
            "fi": (
                "Perusopetus: kouluun ilmoittautuminen, koulupaikka ja kouluruoka",
                (
                    "Ekaluokkalaiset ilmoitetaan kouluun tammikuussa. Kaupunki lähettää kutsun "
                    "kotiin ja kertoo lapsen lähikoulun. Lähikoulu määräytyy kotiosoitteen "
                    "mukaan.\n\nJos muutatte Vuokselaan kesken lukuvuoden, ilmoita lapsi kouluun "
                    "heti muuton jälkeen verkkolomakkeella.\n\nMuuhun kuin lähikouluun voi hakea "
                    "toissijaista koulupaikkaa ilmoittautumisen yhteydessä. Paikka annetaan, jos "
                    "koulussa on tilaa. Painotettuun opetukseen haetaan "
                    "helmikuussa.\n\nKoulukuljetusta haetaan samalla, jos koulumatka on pitkä tai "
                    "vaarallinen. Kouluruoka on maksuton. Erityisruokavaliosta tehdään ilmoitus "
                    "koulun terveydenhoitajalle."
                ),
            ),
            "sv": (
                "Grundläggande utbildning: skolanmälan, skolplats och skolmat",
                (
                    "Elever som börjar årskurs ett anmäls till skolan i januari. Staden skickar en "
                    "kallelse hem och meddelar barnets närskola. Närskolan bestäms enligt "
                    "hemadressen.\n\nOm ni flyttar till Vuoksela mitt i läsåret, anmäl barnet till "
                    "skolan genast efter flytten med webbformuläret.\n\nTill en annan skola än "
                    "närskolan kan man söka sekundär skolplats i samband med anmälan. Platsen ges "
                    "om det finns rum i skolan. Till undervisning med tyngdpunkt söker man i "
                    "februari.\n\nSkolskjuts söks samtidigt om skolvägen är lång eller farlig. "
                    "Skolmaten är avgiftsfri. Specialkost anmäls till skolans hälsovårdare."
                ),
            ),
            "en": (
                "Basic education: school enrolment, school places and school meals",
                (
                    "Children starting year one are enrolled in January. The city sends an "
                    "invitation home and tells you the child's local school. The local school "
                    "depends on your home address.\n\nIf you move to Vuoksela during the school "
                    "year, enrol your child with the web form right after the move.\n\nYou can "
                    "apply for a secondary place at another school when you enrol. A place is "
                    "given if the school has room. For special classes you apply in "
                    "February.\n\nApply for school transport at the same time if the way to school "
                    "is long or dangerous. School meals are free. Tell the school nurse about a "
                    "special diet."
                ),
            ),
        },
    ),
    (
        "environmental-health",
        "public",
        "sari",
        {
            "fi": (
                "Ympäristöterveys: home, tuhoeläimet ja haju- tai pölyhaitat",
                (
                    "Jos epäilet asunnossasi hometta, kosteusvauriota tai huonoa sisäilmaa, "
                    "ilmoita ensin kirjallisesti vuokranantajalle tai isännöitsijälle. Jos asia ei "
                    "korjaannu, terveystarkastaja voi tehdä asunnontarkastuksen. Tarkastus on "
                    "asukkaalle maksuton.\n\nRotista ja muista tuhoeläimistä pihalla tai talossa "
                    "ilmoitetaan kiinteistön omistajalle. Puistoissa, kaduilla ja muilla yleisillä "
                    "alueilla rotat torjuu kaupunki.\n\nJatkuvasta hajusta, savusta tai pölystä "
                    "voit tehdä ilmoituksen ympäristöterveydelle. Kerro, milloin haittaa on ja "
                    "kuinka usein. Äkillisestä ja vaarallisesta tilanteesta soita hätänumeroon 112."
                ),
            ),
            "sv": (
                "Miljöhälsa: mögel, skadedjur och olägenheter av lukt eller damm",
                (
                    "Om du misstänker mögel, fuktskada eller dålig inomhusluft i din bostad, anmäl "
                    "det först skriftligt till hyresvärden eller disponenten. Om saken inte "
                    "åtgärdas kan en hälsoinspektör göra en bostadsinspektion. Inspektionen är "
                    "avgiftsfri för den boende.\n\nRåttor och andra skadedjur på gården eller i "
                    "huset anmäls till fastighetens ägare. I parker, på gator och andra allmänna "
                    "områden bekämpar staden råttorna.\n\nOm ständig lukt, rök eller damm kan du "
                    "göra en anmälan till miljöhälsan. Berätta när olägenheten förekommer och hur "
                    "ofta. Vid en plötslig och farlig situation, ring nödnumret 112."
                ),
            ),
            "en": (
                "Environmental health: mould, pests and smell or dust nuisance",
                (
                    "If you suspect mould, damp or poor indoor air in your home, tell your "
                    "landlord or the property manager in writing first. If it is not fixed, a "
                    "health inspector can inspect your home. The inspection is free for "
                    "residents.\n\nReport rats and other pests in a yard or building to the "
                    "property owner. In parks, streets and other public areas, the city deals with "
                    "rats.\n\nYou can report a constant smell, smoke or dust to environmental "
                    "health. Tell us when it happens and how often. In a sudden, dangerous "
                    "situation, call the emergency number 112."
                ),
            ),
        },
    ),
    (
        "street-use-permits",
        "public",
        "juha",
        {
            "fi": (
                "Katuluvat: jätelava, telineet, muuttoauto ja kaivutyö",
                (
                    "Kun tarvitset kadulta tai jalkakäytävältä tilaa jätelavalle, "
                    "rakennustelineille, nosturille tai muuttoautolle, hae katulupa verkossa "
                    "vähintään viikkoa ennen. Kerro osoite, aika ja tarvittava "
                    "tila.\n\nKaivutyöhön kadulla, jalkakäytävällä tai puistossa haetaan kaivulupa "
                    "kaksi viikkoa ennen. Liitä mukaan kartta ja liikennejärjestelysuunnitelma. "
                    "Kiireellisen vian voi korjata heti ja hakea luvan jälkikäteen.\n\nLyhyt "
                    "muuttoauton pysähdys kuormaamaan ei tarvitse lupaa, jos se ei estä "
                    "liikennettä. Lupa maksaa 60 euroa ja lisäksi alueen vuokran päivien mukaan."
                ),
            ),
            "sv": (
                "Gatutillstånd: container, ställningar, flyttbil och grävarbete",
                (
                    "När du behöver plats på gatan eller trottoaren för en container, "
                    "byggnadsställningar, en lyftkran eller en flyttbil, ansök om gatutillstånd på "
                    "webben minst en vecka innan. Ange adress, tid och hur mycket plats som "
                    "behövs.\n\nFör grävarbete i gatan, trottoaren eller en park söks "
                    "grävtillstånd två veckor innan. Bifoga en karta och en plan för "
                    "trafikarrangemangen. Ett brådskande fel får repareras genast och tillståndet "
                    "sökas i efterhand.\n\nEn flyttbil som stannar en kort stund för att lasta "
                    "behöver inget tillstånd om den inte hindrar trafiken. Tillståndet kostar 60 "
                    "euro och dessutom hyra för området enligt antalet dagar."
                ),
            ),
            "en": (
                "Street permits: skips, scaffolding, removal lorries and digging",
                (
                    "When you need space on a street or pavement for a skip, scaffolding, a crane "
                    "or a removal lorry, apply for a street use permit online at least a week "
                    "before. Give the address, the time and the space needed.\n\nFor digging in a "
                    "street, pavement or park, apply for a digging permit two weeks before. Add a "
                    "map and a traffic management plan. An urgent fault may be repaired at once "
                    "and the permit applied for afterwards.\n\nA removal lorry stopping briefly to "
                    "load needs no permit if it does not block traffic. The permit costs €60, plus "
                    "a rent for the area by the day."
                ),
            ),
        },
    ),
    (
        "boat-berths",
        "public",
        "juha",
        {
            "fi": (
                "Venepaikat ja veneiden talvisäilytys",
                (
                    "Kaupungin venesatamissa on laituripaikkoja ja poijupaikkoja. Hae venepaikkaa "
                    "verkossa helmi- ja maaliskuussa. Vapautuvia paikkoja jaetaan koko kauden. "
                    "Kerro veneen pituus, leveys ja rekisterinumero.\n\nVenepaikkamaksu "
                    "laskutetaan keväällä. Laituripaikka maksaa 180–320 euroa kaudessa veneen "
                    "leveyden mukaan. Jos luovut paikasta, ilmoita siitä ennen 31. maaliskuuta. "
                    "Venepaikka ei siirry veneen ostajalle.\n\nTalvisäilytysalue on Koskirannan "
                    "satamassa. Hae talvipaikkaa elokuun loppuun mennessä. Talvipaikka maksaa 120 "
                    "euroa kaudessa."
                ),
            ),
            "sv": (
                "Båtplatser och vinterförvaring av båtar",
                (
                    "Stadens båthamnar har bryggplatser och bojplatser. Ansök om båtplats på "
                    "webben i februari och mars. Platser som blir lediga delas ut under hela "
                    "säsongen. Ange båtens längd, bredd och registernummer.\n\nBåtplatsavgiften "
                    "faktureras på våren. En bryggplats kostar 180–320 euro per säsong enligt "
                    "båtens bredd. Om du säger upp platsen, meddela det före den 31 mars. "
                    "Båtplatsen övergår inte till den som köper båten.\n\nOmrådet för "
                    "vinterförvaring finns i Koskiranta hamn. Ansök om vinterplats före slutet av "
                    "augusti. En vinterplats kostar 120 euro per säsong."
                ),
            ),
            "en": (
                "Boat berths and winter storage",
                (
                    "The city's marinas have pier berths and buoy berths. Apply for a berth online "
                    "in February and March. Berths that become free are handed out all season. "
                    "Give the boat's length, width and registration number.\n\nThe berth fee is "
                    "invoiced in spring. A pier berth costs €180–320 a season by the boat's width. "
                    "If you give up your berth, tell us before 31 March. The berth does not pass "
                    "to the buyer of your boat.\n\nThe winter storage area is at Koskiranta "
                    "marina. Apply for a winter place by the end of August. A winter place costs "
                    "€120 a season."
                ),
            ),
        },
    ),
    (
        "rental-housing",
        "public",
        "liisa",
        {
            "fi": (
                "Kaupungin vuokra-asunnot: hakeminen, viat ja irtisanominen",
                (
                    "Hae kaupungin vuokra-asuntoa verkossa tai jätä paperinen hakemus "
                    "asiakaspalvelupisteessä. Hakemus on voimassa kolme kuukautta, ja sen voi "
                    "uusia. Asunnot jaetaan asunnon tarpeen, tulojen ja varallisuuden mukaan, "
                    "kiireellisimmät ensin. Tarjouksen saat puhelimella tai "
                    "tekstiviestillä.\n\nAsunnon viat ilmoitetaan talon huoltoyhtiölle. "
                    "Kiireellisistä vioista, kuten vesivuodosta, soita huoltoyhtiön "
                    "päivystykseen.\n\nVuokra maksetaan kuukauden toisena päivänä. Jos et pysty "
                    "maksamaan ajallaan, ota yhteyttä vuokranantajaan heti. Vuokralaisen "
                    "irtisanomisaika on yksi kalenterikuukausi.\n\nAsumisoikeusasuntoa (ASO) "
                    "haetaan järjestysnumerolla, ja asuntoa haetaan suoraan asumisoikeusyhtiöltä."
                ),
            ),
            "sv": (
                "Stadens hyresbostäder: ansökan, fel och uppsägning",
                (
                    "Ansök om stadens hyresbostad på webben eller lämna en ansökan på papper vid "
                    "kundservicepunkten. Ansökan gäller i tre månader och kan förnyas. Bostäderna "
                    "delas ut enligt behov, inkomster och förmögenhet, de mest brådskande först. "
                    "Erbjudandet får du per telefon eller sms.\n\nFel i bostaden anmäls till "
                    "husets servicebolag. Vid brådskande fel, som vattenläckage, ring "
                    "servicebolagets jour.\n\nHyran betalas den andra dagen i månaden. Om du inte "
                    "kan betala i tid, kontakta hyresvärden genast. Hyresgästens uppsägningstid är "
                    "en kalendermånad.\n\nEn bostadsrättsbostad (ASO) söks med ett ordningsnummer, "
                    "och bostaden söks direkt hos bostadsrättsbolaget."
                ),
            ),
            "en": (
                "City rental flats: applying, faults and ending the lease",
                (
                    "Apply for a city rental flat online or hand in a paper application at the "
                    "customer service point. An application is valid for three months and can be "
                    "renewed. Flats are allocated by need, income and assets, the most urgent "
                    "first. You get an offer by phone or text message.\n\nReport faults in the "
                    "flat to the building's maintenance company. For urgent faults, such as a "
                    "water leak, call the maintenance company's emergency line.\n\nRent is paid on "
                    "the second day of the month. If you cannot pay on time, contact the landlord "
                    "at once. The tenant's notice period is one calendar month.\n\nA "
                    "right-of-occupancy flat (ASO) is applied for with a queue number, and the "
                    "flat directly from the housing company."
                ),
            ),
        },
    ),
    (
        "resident-parking",
        "public",
        "juha",
        {
            "fi": (
                "Asukaspysäköintitunnus keskustan asukkaille",
                (
                    "Asukaspysäköintitunnuksella voit pysäköidä oman alueesi "
                    "asukaspysäköintipaikoille ilman aikarajaa. Tunnuksen saat, jos asut "
                    "asukaspysäköintialueella ja auto on omistuksessasi tai käytössäsi.\n\nHae "
                    "tunnusta verkossa tai asiakaspalvelupisteessä. Tarvitset auton "
                    "rekisterinumeron. Saat tunnuksen yleensä muutamassa päivässä. Tunnus on "
                    "sähköinen, eikä autoon tarvita tarraa.\n\nVuoden tunnus maksaa 120 euroa ja "
                    "kuukauden tunnus 12 euroa. Kun vaihdat autoa tai muutat, päivitä tiedot. "
                    "Tunnus ei käy muilla alueilla."
                ),
            ),
            "sv": (
                "Boendeparkeringstillstånd för dem som bor i centrum",
                (
                    "Med boendeparkeringstillståndet kan du parkera på boendeparkeringsplatserna i "
                    "ditt område utan tidsgräns. Du får tillståndet om du bor på "
                    "boendeparkeringsområdet och bilen ägs av dig eller är i din "
                    "användning.\n\nAnsök på webben eller vid kundservicepunkten. Du behöver "
                    "bilens registernummer. Du får tillståndet vanligen inom några dagar. Det är "
                    "elektroniskt, och bilen behöver ingen dekal.\n\nEtt årstillstånd kostar 120 "
                    "euro och ett månadstillstånd 12 euro. Uppdatera uppgifterna när du byter bil "
                    "eller flyttar. Tillståndet gäller inte i andra områden."
                ),
            ),
            "en": (
                "Resident parking permit for people living in the town centre",
                (
                    "A resident parking permit lets you park in your area's resident parking "
                    "spaces without a time limit. You can get one if you live in the resident "
                    "parking zone and own or use the car.\n\nApply online or at the customer "
                    "service point. You need the car's registration number. You usually get the "
                    "permit within a few days. It is electronic, so the car needs no sticker.\n\nA "
                    "permit for a year costs €120 and for a month €12. Update your details when "
                    "you change cars or move. The permit is not valid in other zones."
                ),
            ),
        },
    ),
]
