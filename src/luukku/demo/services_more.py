"""The everyday services a Finnish city's customer service answers besides the study's tasks:
parking, building permits, the library, events, lost property, documents, school, neighbours,
housing, boat berths and the general contact. Shaped as the entries of `data.SERVICES` (texts
are (fi, sv, en)); `data` appends them, with the topics and units they need."""

# New topics, placed before the feedback topic: (slug, (fi, sv, en)).
TOPICS = [
    (
        "housing",
        (
            "Asuminen ja ympäristöterveys",
            "Boende och miljöhälsa",
            "Housing and environmental health",
        ),
    ),
    (
        "culture",
        (
            "Kirjasto, kulttuuri ja matkailu",
            "Bibliotek, kultur och turism",
            "Library, culture and tourism",
        ),
    ),
    (
        "contact",
        (
            "Asiointi, asiakirjat ja neuvonta",
            "Ärenden, handlingar och rådgivning",
            "Contacts, documents and advice",
        ),
    ),
]

# New units by the code of their department.
UNITS = {
    "city-development": [
        ("Rakennusvalvonta", "Byggnadstillsyn", "Building Control"),
        ("Pysäköinninvalvonta", "Parkeringsövervakning", "Parking Enforcement"),
        ("Ympäristöterveys", "Miljöhälsa", "Environmental Health"),
        ("Asuntopalvelut", "Bostadstjänster", "Housing Services"),
    ],
    "wellbeing": [
        ("Kirjasto", "Bibliotek", "Library"),
        ("Kulttuuri ja tapahtumat", "Kultur och evenemang", "Culture and Events"),
    ],
    "group-services": [
        ("Kirjaamo", "Registratorskontoret", "Registry Office"),
    ],
}

SERVICES = [
    {
        "code": "parking",
        "topic": "streets",
        "unit": "Pysäköinninvalvonta",
        "weight": 1,
        "location": True,
        "anonymous": True,
        "name": (
            "Pysäköinninvalvonta ja pysäköintivirhemaksut",
            "Parkeringsövervakning och felparkeringsavgifter",
            "Parking enforcement and parking fines",
        ),
        "summary": (
            "Kysy pysäköintivirhemaksusta, tee oikaisuvaatimus tai ilmoita väärin pysäköidystä tai hylätystä ajoneuvosta.",
            "Fråga om en felparkeringsavgift, begär omprövning eller anmäl ett felparkerat eller övergivet fordon.",
            "Ask about a parking fine, appeal against one, or report a wrongly parked or abandoned vehicle.",
        ),
        "description": (
            "Jos sait pysäköintivirhemaksun ja pidät sitä virheellisenä, tee oikaisuvaatimus 14 päivän kuluessa maksun antamisesta. Kerro maksun numero ja perustelut ja liitä kuvat, jos sinulla on. Maksua ei tarvitse maksaa ennen kuin oikaisuvaatimus on käsitelty. Väärin pysäköidystä autosta tai pitkään paikallaan olleesta hylätystä ajoneuvosta voit ilmoittaa osoitteen ja rekisterinumeron kanssa. Pysäköinninvalvoja tarkastaa paikan ja tarvittaessa siirtää ajoneuvon.",
            "Om du har fått en felparkeringsavgift som du anser vara felaktig, begär omprövning inom 14 dagar från att avgiften gavs. Ange avgiftens nummer och dina skäl och bifoga bilder om du har. Du behöver inte betala avgiften innan omprövningen är behandlad. Ett felparkerat eller övergivet fordon kan du anmäla med adress och registernummer. Parkeringsövervakaren kontrollerar platsen och flyttar vid behov fordonet.",
            "If you got a parking fine and think it is wrong, appeal within 14 days of the fine. Give the fine's number and your reasons, and add photos if you have them. You do not have to pay the fine before the appeal is decided. You can report a wrongly parked or abandoned vehicle with its address and registration number. A parking attendant checks the place and has the vehicle moved if needed.",
        ),
        "keywords": (
            "pysäköinti, parkkisakko, sakko, pysäköintivirhemaksu, virhemaksu, oikaisuvaatimus, väärin pysäköity, hylätty auto, romuauto, siirto, parkkipaikka, parkkikiekko",
            "parkering, parkeringsböter, felparkeringsavgift, omprövning, felparkerad bil, övergivet fordon, skrotbil",
            "parking, parking fine, parking ticket, appeal, wrongly parked car, abandoned vehicle, towing",
        ),
        "handling": "either",
        "days": 10,
        "fields": [
            (
                "notice_number",
                "text",
                False,
                (
                    "Pysäköintivirhemaksun numero",
                    "Felparkeringsavgiftens nummer",
                    "Parking fine number",
                ),
                [],
            ),
            (
                "registration",
                "text",
                False,
                ("Ajoneuvon rekisterinumero", "Fordonets registernummer", "Registration number"),
                [],
            ),
        ],
        "examples": [
            (
                "fi",
                "Oikaisuvaatimus parkkisakosta",
                "Sain eilen pysäköintivirhemaksun Kauppakadulla, vaikka parkkikiekko oli näkyvillä tuulilasissa. Liitteenä kuva. Pyydän maksun poistamista.",
            ),
            (
                "fi",
                "Hylätty auto pihalla",
                "Rautatienkadun parkkipaikalla on ollut romuauto ilman rekisterikilpiä jo kaksi kuukautta. Voisiko sen siirtää pois?",
            ),
            (
                "sv",
                "Felparkeringsavgift",
                "Jag fick en felparkeringsavgift fast jag hade betalat i appen. Hur begär jag omprövning?",
            ),
            (
                "en",
                "Car blocking our driveway",
                "A car has been parked across our driveway since yesterday so we cannot get out. Who can I call?",
            ),
        ],
    },
    {
        "code": "resident-parking",
        "topic": "streets",
        "unit": "Pysäköinninvalvonta",
        "weight": 1,
        "name": (
            "Asukaspysäköintitunnus",
            "Boendeparkeringstillstånd",
            "Resident parking permit",
        ),
        "summary": (
            "Keskustan asukas voi pysäköidä asukaspysäköintialueella asukastunnuksella.",
            "Den som bor i centrum kan parkera på boendeparkeringsområdet med ett boendeparkeringstillstånd.",
            "If you live in the town centre, a resident parking permit lets you park in the resident parking zone.",
        ),
        "description": (
            "Asukaspysäköintitunnuksen saa, kun asut asukaspysäköintialueella ja auto on omistuksessasi tai käytössäsi. Tunnus on voimassa vuoden tai kuukauden kerrallaan. Hae tunnusta verkossa tai palvelupisteessä; tarvitset auton rekisterinumeron. Saat tunnuksen yleensä muutamassa päivässä.",
            "Du får ett boendeparkeringstillstånd om du bor på boendeparkeringsområdet och bilen ägs av dig eller är i din användning. Tillståndet gäller ett år eller en månad i taget. Ansök på nätet eller vid servicepunkten; du behöver bilens registernummer.",
            "You can get a resident parking permit if you live in the resident parking zone and own or use the car. The permit is valid for a year or a month at a time. Apply online or at the service point; you need the car's registration number. You usually get the permit within a few days.",
        ),
        "keywords": (
            "asukaspysäköinti, asukastunnus, asukaspysäköintitunnus, pysäköintilupa, parkkilupa, asukaspaikka",
            "boendeparkering, parkeringstillstånd, boendetillstånd",
            "resident parking, parking permit, residents' parking",
        ),
        "handling": "front_line",
        "days": 5,
        "charge": "charged",
        "charge_description": (
            "Vuoden tunnus 120 €, kuukauden tunnus 12 €.",
            "Årstillstånd 120 €, månadstillstånd 12 €.",
            "€120 for a year, €12 for a month.",
        ),
        "fields": [
            (
                "registration",
                "text",
                True,
                ("Ajoneuvon rekisterinumero", "Fordonets registernummer", "Registration number"),
                [],
            ),
        ],
        "examples": [
            (
                "fi",
                "Asukaspysäköintitunnus uudelle autolle",
                "Vaihdoin autoa, miten saan asukaspysäköintitunnuksen siirrettyä uuteen rekisterinumeroon?",
            ),
            (
                "fi",
                "Asukastunnuksen hinta",
                "Muutin Torikadulle. Paljonko asukaspysäköintitunnus maksaa ja mistä sitä haetaan?",
            ),
            (
                "sv",
                "Boendeparkering",
                "Kan jag få boendeparkeringstillstånd för en leasingbil som min arbetsgivare äger?",
            ),
        ],
    },
    {
        "code": "building-permits",
        "topic": "planning",
        "unit": "Rakennusvalvonta",
        "weight": 1,
        "name": (
            "Rakennusluvat ja rakennusvalvonta",
            "Bygglov och byggnadstillsyn",
            "Building permits and building control",
        ),
        "summary": (
            "Rakennuslupa, toimenpidelupa, katselmukset ja neuvonta ennen rakentamista.",
            "Bygglov, åtgärdstillstånd, syner och rådgivning innan du bygger.",
            "Building permits, permits for minor works, inspections and advice before you build.",
        ),
        "description": (
            "Uuteen rakennukseen ja laajennukseen tarvitset rakennusluvan. Pienempiin töihin, kuten katokseen, julkisivun muutokseen tai maalämpökaivoon, voi riittää ilmoitus tai lupa. Kysy rakennusvalvonnasta ennen kuin aloitat. Lupaa haetaan sähköisesti Lupapisteessä. Rakennusvalvonta tekee työmaalla katselmukset ja valvoo, ettei ilman lupaa rakenneta. Luvattomasta rakentamisesta voit ilmoittaa meille.",
            "För en ny byggnad eller en tillbyggnad behöver du bygglov. För mindre arbeten, till exempel ett skärmtak, en fasadändring eller en jordvärmebrunn, kan en anmälan eller ett tillstånd räcka. Fråga byggnadstillsynen innan du börjar. Tillstånd söks elektroniskt i Lupapiste. Byggnadstillsynen håller syner på bygget och övervakar att ingen bygger utan tillstånd.",
            "You need a building permit for a new building or an extension. For smaller works, such as a carport, a change to the façade or a geothermal well, a notification or a permit for minor works may be enough. Ask building control before you start. You apply online in Lupapiste. Building control inspects the site and makes sure nobody builds without a permit; you can report unauthorised building to us.",
        ),
        "keywords": (
            "rakennuslupa, toimenpidelupa, rakennusvalvonta, lupa, rakentaminen, katselmus, loppukatselmus, piharakennus, autokatos, aita, maalämpö, luvaton rakentaminen, lupapiste",
            "bygglov, åtgärdstillstånd, byggnadstillsyn, syn, slutsyn, carport, staket, olovligt byggande",
            "building permit, planning permission, building control, inspection, final inspection, shed, fence, extension, unauthorised building",
        ),
        "handling": "either",
        "days": 10,
        "charge": "charged",
        "charge_description": (
            "Lupamaksu rakennusvalvonnan taksan mukaan.",
            "Tillståndsavgift enligt byggnadstillsynens taxa.",
            "The permit fee follows building control's tariff.",
        ),
        "fields": [],
        "examples": [
            (
                "fi",
                "Tarvitaanko lupa autokatokselle?",
                "Aion rakentaa omakotitalon pihalle 25 neliön autokatoksen. Tarvitsenko rakennusluvan vai riittääkö ilmoitus?",
            ),
            (
                "fi",
                "Loppukatselmuksen varaaminen",
                "Saunan laajennus on valmis. Miten varaan loppukatselmuksen?",
            ),
            (
                "fi",
                "Naapuri rakentaa ilman lupaa",
                "Naapuri rakentaa isoa varastoa aivan tontin rajalle. Onko sille lupa?",
            ),
            (
                "sv",
                "Bygglov för altan",
                "Behöver jag bygglov för en inglasad altan på 15 kvadratmeter?",
            ),
            (
                "en",
                "Permit for a shed",
                "Do I need a permit to build a garden shed of about 10 square metres?",
            ),
        ],
    },
    {
        "code": "library",
        "topic": "culture",
        "unit": "Kirjasto",
        "weight": 1,
        "name": ("Kirjastopalvelut", "Bibliotekstjänster", "Library services"),
        "summary": (
            "Kirjastokortti, lainat, varaukset, uusinnat ja myöhästymismaksut.",
            "Bibliotekskort, lån, reservationer, förnyelser och förseningsavgifter.",
            "Library cards, loans, reservations, renewals and late fees.",
        ),
        "description": (
            "Kirjastokortin saat pääkirjastosta tai kirjastoautosta, kun näytät henkilöllisyystodistuksen. Lainat uusit ja varaat verkkokirjastossa tai puhelimella. Laina-aika on yleensä neljä viikkoa. Myöhästyneestä lainasta peritään myöhästymismaksu. Kadonneesta kortista ilmoita heti kirjastoon, niin kortti suljetaan.",
            "Ett bibliotekskort får du på huvudbiblioteket eller i bokbussen när du visar identitetsbevis. Lån förnyar och reserverar du i nätbiblioteket eller per telefon. Lånetiden är oftast fyra veckor. För försenade lån tas en förseningsavgift ut. Meddela biblioteket genast om du har tappat kortet, så spärras det.",
            "You get a library card at the main library or on the mobile library by showing ID. Renew and reserve loans in the online library or by phone. The loan period is usually four weeks. A late fee is charged for late loans. If you lose your card, tell the library at once so it can be blocked.",
        ),
        "keywords": (
            "kirjasto, kirjastokortti, laina, lainaus, uusinta, varaus, myöhästymismaksu, kirjastoauto, e-kirja, äänikirja, kirja",
            "bibliotek, lånekort, bibliotekskort, lån, förnya, reservation, förseningsavgift, bokbuss, bok",
            "library, library card, loan, renew, reservation, late fee, overdue, mobile library, e-book, book",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [],
        "examples": [
            (
                "fi",
                "Myöhästymismaksu",
                "Sain laskun myöhästymismaksusta, vaikka palautin kirjat ajallaan palautusluukkuun. Voiko asian tarkistaa?",
            ),
            (
                "fi",
                "Kadonnut kirjastokortti",
                "Kirjastokorttini on kadonnut. Miten saan uuden ja suljetaanko vanha?",
            ),
            (
                "sv",
                "Lånekort för barn",
                "Kan mitt barn på sju år få ett eget lånekort?",
            ),
            (
                "en",
                "Library card",
                "I just moved to Vuoksela. How do I get a library card, and can I borrow e-books?",
            ),
        ],
    },
    {
        "code": "tourist-information",
        "topic": "culture",
        "unit": "Asiakaspalvelu",
        "weight": 1,
        "name": ("Matkailuneuvonta", "Turistinformation", "Tourist information"),
        "summary": (
            "Vinkit nähtävyyksiin, majoitukseen, retkeilyyn ja liikkumiseen Vuokselassa.",
            "Tips om sevärdheter, boende, friluftsliv och resor i Vuoksela.",
            "Sights, accommodation, outdoor trips and getting around in Vuoksela.",
        ),
        "description": (
            "Matkailuneuvonta palvelee kaupungintalon asiakaspalvelupisteessä suomeksi, ruotsiksi ja englanniksi. Saat kartat, esitteet ja vinkit nähtävyyksiin, majoitukseen, ravintoloihin, retkeilyreitteihin ja julkiseen liikenteeseen. Voit kysyä myös sähköpostilla tai puhelimella.",
            "Turistinformationen betjänar vid stadshusets kundservicepunkt på finska, svenska och engelska. Du får kartor, broschyrer och tips om sevärdheter, boende, restauranger, vandringsleder och kollektivtrafik. Du kan också fråga per e-post eller telefon.",
            "Tourist information is at the city hall service point, in Finnish, Swedish and English. You get maps, brochures and tips on sights, accommodation, restaurants, hiking trails and public transport. You can also ask by e-mail or phone.",
        ),
        "keywords": (
            "matkailu, matkailuneuvonta, nähtävyys, majoitus, hotelli, retkeily, kartta, esite, opastus, kävelykierros",
            "turism, turistinformation, sevärdhet, boende, hotell, vandring, karta, broschyr",
            "tourist information, tourism, sightseeing, things to do, accommodation, hotel, hiking, map, visitor, guided tour",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [],
        "examples": [
            (
                "en",
                "Visiting in July",
                "We are visiting Vuoksela for three days in July. What are the main sights and is there a guided walking tour in English?",
            ),
            (
                "en",
                "Hiking trail map",
                "Where can I get a map of the hiking trails along the river? Are the trails suitable for children?",
            ),
            (
                "fi",
                "Kaupunkikierros ryhmälle",
                "Tulemme 20 hengen eläkeläisryhmällä kesäkuussa. Järjestetäänkö opastettuja kaupunkikierroksia?",
            ),
            (
                "sv",
                "Turistbroschyr",
                "Finns det en broschyr på svenska om sevärdheterna i Vuoksela?",
            ),
        ],
    },
    {
        "code": "events",
        "topic": "culture",
        "unit": "Kulttuuri ja tapahtumat",
        "weight": 1,
        "name": (
            "Tapahtumat ja yleisötapahtumien järjestäminen",
            "Evenemang och ordnande av offentliga tillställningar",
            "Events and organising public events",
        ),
        "summary": (
            "Ilmoittaudu kaupungin tapahtumiin, lisää tapahtuma kalenteriin tai kysy, mitä yleisötapahtuman järjestäminen vaatii.",
            "Anmäl dig till stadens evenemang, lägg till ett evenemang i kalendern eller fråga vad som krävs för att ordna en offentlig tillställning.",
            "Register for city events, add an event to the calendar, or ask what organising a public event takes.",
        ),
        "description": (
            "Kaupungin tapahtumiin ilmoittaudutaan tapahtumakalenterissa tai palvelupisteessä. Yhdistykset ja yritykset voivat lisätä oman tapahtumansa kalenteriin maksutta. Jos järjestät yleisötapahtuman, tee siitä ilmoitus poliisille viimeistään viisi päivää ennen. Kaupungin alueen käyttöön tarvitset luvan kuntatekniikasta, ja isoista tapahtumista tarvitaan pelastussuunnitelma. Neuvomme, mistä luvat haetaan.",
            "Till stadens evenemang anmäler du dig i evenemangskalendern eller vid servicepunkten. Föreningar och företag kan lägga till sitt evenemang i kalendern avgiftsfritt. Om du ordnar en offentlig tillställning ska du anmäla den till polisen senast fem dagar innan. För att använda stadens område behöver du tillstånd av kommuntekniken, och stora evenemang behöver en räddningsplan.",
            "Register for city events in the events calendar or at the service point. Associations and companies can add their own event to the calendar free of charge. If you organise a public event, notify the police at least five days before. Using a city area needs a permit from municipal engineering, and large events need a rescue plan. We tell you where to apply.",
        ),
        "keywords": (
            "tapahtuma, tapahtumakalenteri, ilmoittautuminen, konsertti, yleisötapahtuma, tapahtuman järjestäminen, tori, markkinat, festivaali",
            "evenemang, evenemangskalender, anmälan, konsert, offentlig tillställning, marknad",
            "event, events calendar, registration, sign up, concert, public event, organising an event, market, festival",
        ),
        "handling": "front_line",
        "days": 5,
        "fields": [],
        "examples": [
            (
                "fi",
                "Ilmoittautuminen kevätkonserttiin",
                "Haluaisin ilmoittautua kahdelle hengelle kaupungintalon kevätkonserttiin. Onko paikkoja vielä jäljellä?",
            ),
            (
                "fi",
                "Kirpputoritapahtuma puistoon",
                "Yhdistyksemme haluaisi järjestää kirpputorin Koskipuistossa toukokuussa. Mitä lupia tarvitaan?",
            ),
            (
                "sv",
                "Vårt evenemang i kalendern",
                "Hur får vi vår förenings konsert med i stadens evenemangskalender?",
            ),
            (
                "en",
                "Sign up for the city festival",
                "How do I sign up for the children's activities at the summer festival?",
            ),
        ],
    },
    {
        "code": "lost-property",
        "topic": "contact",
        "unit": "Asiakaspalvelu",
        "weight": 1,
        "name": ("Löytötavarat", "Hittegods", "Lost property"),
        "summary": (
            "Kysy kaupungin tiloihin tai busseihin unohtuneista tavaroista tai tuo löytämäsi tavara.",
            "Fråga efter saker som glömts i stadens lokaler eller bussar, eller lämna in något du har hittat.",
            "Ask about things left in city buildings or buses, or hand in something you have found.",
        ),
        "description": (
            "Kaupungin tiloihin, kuten kouluihin, uimahalliin ja kirjastoon, sekä paikallisbusseihin unohtuneet tavarat säilytetään kaupungintalon asiakaspalvelupisteessä kolme kuukautta. Kerro, mitä olet kadottanut, missä ja milloin, niin tarkistamme. Lompakot, puhelimet ja muualta löytyneet tavarat toimitetaan poliisin löytötavarapalveluun.",
            "Saker som glömts i stadens lokaler, till exempel skolor, simhallen och biblioteket, och i lokalbussarna förvaras vid stadshusets kundservicepunkt i tre månader. Berätta vad du har tappat, var och när, så kontrollerar vi. Plånböcker, telefoner och saker som hittats på annat håll lämnas till polisens hittegodstjänst.",
            "Things left in city buildings, such as schools, the swimming hall and the library, and on local buses are kept at the city hall service point for three months. Tell us what you lost, where and when, and we will check. Wallets, phones and things found elsewhere go to the police lost property service.",
        ),
        "keywords": (
            "löytötavara, löytötavarat, kadonnut, hukassa, unohtunut, kadotin, löysin, avaimet, lompakko, puhelin, takki",
            "hittegods, tappat, borttappad, glömd, hittat, nycklar, plånbok",
            "lost property, lost and found, lost, left behind, found, keys, wallet, phone",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [],
        "examples": [
            (
                "fi",
                "Unohtunut takki uimahallissa",
                "Unohdin lapsen sinisen talvitakin uimahallin pukuhuoneeseen tiistaina. Onko se löytynyt?",
            ),
            (
                "fi",
                "Kadonneet avaimet bussissa",
                "Kadotin avainnipun linjan 3 bussissa eilen iltapäivällä. Nipussa on punainen avaimenperä.",
            ),
            (
                "sv",
                "Borttappad mössa",
                "Mitt barn glömde sin mössa i biblioteket i fredags. Har någon lämnat in den?",
            ),
            (
                "en",
                "Lost umbrella",
                "I left a black umbrella at the city hall service point yesterday. Has it been found?",
            ),
        ],
    },
    {
        "code": "document-orders",
        "topic": "contact",
        "unit": "Kirjaamo",
        "weight": 1,
        "name": (
            "Asiakirjat, kopiot ja tietopyynnöt",
            "Handlingar, kopior och begäran om uppgifter",
            "Documents, copies and information requests",
        ),
        "summary": (
            "Tilaa kopio päätöksestä, pöytäkirjasta tai todistuksesta tai pyydä tietoja kaupungin asiakirjoista.",
            "Beställ en kopia av ett beslut, ett protokoll eller ett intyg, eller begär uppgifter ur stadens handlingar.",
            "Order a copy of a decision, minutes or a certificate, or request information from the city's records.",
        ),
        "description": (
            "Julkisia asiakirjoja voi pyytää kuka tahansa, eikä pyyntöä tarvitse perustella. Kerro, mitä asiakirjaa pyydät, niin tarkasti kuin osaat. Saat asiakirjan yleensä kahden viikon kuluessa, laajemman pyynnön viimeistään kuukaudessa. Omat tietosi, kuten koulutodistuksen kopion, saat, kun todistat henkilöllisyytesi. Sähköiset kopiot ovat yleensä maksuttomia, paperikopioista peritään maksu.",
            "Vem som helst kan begära offentliga handlingar och behöver inte ange skäl. Berätta så noggrant du kan vilken handling du begär. Du får handlingen oftast inom två veckor, vid en omfattande begäran senast inom en månad. Dina egna uppgifter, till exempel en kopia av ett skolbetyg, får du när du styrker din identitet. Elektroniska kopior är oftast avgiftsfria, för papperskopior tas en avgift ut.",
            "Anyone can request public documents without giving a reason. Tell us as precisely as you can which document you want. You usually get it within two weeks, or within a month if the request is large. You get your own records, such as a copy of a school certificate, after proving your identity. Electronic copies are usually free; paper copies are charged.",
        ),
        "keywords": (
            "asiakirja, asiakirjapyyntö, tietopyyntö, kopio, jäljennös, pöytäkirja, päätös, todistus, koulutodistus, työtodistus, arkisto, kirjaamo",
            "handling, begäran om uppgifter, kopia, protokoll, beslut, intyg, betyg, arkiv, registratur",
            "document, records request, information request, freedom of information, copy, minutes, decision, certificate, archive, registry",
        ),
        "handling": "either",
        "days": 10,
        "charge": "other",
        "charge_description": (
            "Sähköinen kopio maksuton, paperikopio 1 € sivu.",
            "Elektronisk kopia avgiftsfri, papperskopia 1 € per sida.",
            "Electronic copies free, paper copies €1 a page.",
        ),
        "fields": [],
        "examples": [
            (
                "fi",
                "Kopio koulutodistuksesta",
                "Tarvitsen kopion peruskoulun päättötodistuksestani vuodelta 1998. Kävin Rajapatsaan koulua.",
            ),
            (
                "fi",
                "Tietopyyntö",
                "Pyydän nähtäväksi teknisen lautakunnan päätöksen Koskikadun pysäköintijärjestelyistä liitteineen.",
            ),
            (
                "sv",
                "Kopia av protokoll",
                "Kan jag få en kopia av fullmäktiges protokoll från mars per e-post?",
            ),
            (
                "en",
                "Work certificate",
                "I worked for the city as a summer worker in 2019. How do I get a work certificate?",
            ),
        ],
    },
    {
        "code": "basic-education",
        "topic": "family",
        "unit": "Perusopetus",
        "weight": 1,
        "sensitive": True,
        "name": (
            "Perusopetus ja kouluun ilmoittautuminen",
            "Grundläggande utbildning och skolanmälan",
            "Basic education and school enrolment",
        ),
        "summary": (
            "Kouluun ilmoittautuminen, lähikoulu, koulun vaihto ja koulukuljetus.",
            "Skolanmälan, närskola, byte av skola och skolskjuts.",
            "School enrolment, the local school, changing school and school transport.",
        ),
        "description": (
            "Ekaluokkalaiset ilmoitetaan kouluun tammikuussa. Kaupunki lähettää kutsun kotiin ja osoittaa lapselle lähikoulun. Jos haluat lapsen muuhun kuin lähikouluun, hae toissijaista koulupaikkaa ilmoittautumisen yhteydessä. Kun muutatte Vuokselaan kesken lukuvuoden, ilmoita lapsi kouluun heti muuton jälkeen. Koulukuljetusta haetaan samalla, jos koulumatka on pitkä tai vaarallinen.",
            "Elever som börjar första klass anmäls till skolan i januari. Staden skickar en kallelse hem och anvisar barnet en närskola. Om du vill att barnet går i en annan skola, ansök om plats i en annan skola samtidigt med anmälan. Om ni flyttar till Vuoksela under läsåret, anmäl barnet till skolan genast efter flytten. Skolskjuts söks samtidigt om skolvägen är lång eller farlig.",
            "Children starting year one are enrolled in January. The city sends an invitation home and assigns the child a local school. If you want another school, apply for it when you enrol. If you move to Vuoksela during the school year, enrol your child right after the move. Apply for school transport at the same time if the way to school is long or dangerous.",
        ),
        "keywords": (
            "koulu, perusopetus, kouluun ilmoittautuminen, ekaluokka, lähikoulu, koulupaikka, koulun vaihto, koulukuljetus, koulukyyti, koulutaksi, oppilas",
            "skola, grundläggande utbildning, skolanmälan, närskola, skolplats, byte av skola, skolskjuts",
            "school, basic education, school enrolment, first grade, local school, school place, changing school, school transport, pupil",
        ),
        "handling": "either",
        "days": 5,
        "fields": [],
        "examples": [
            (
                "fi",
                "Kouluun ilmoittautuminen muuton jälkeen",
                "Muutamme Vuokselaan maaliskuussa. Miten ilmoitan 3.-luokkalaisen kouluun ja mikä on lähikoulumme?",
            ),
            (
                "fi",
                "Koulukuljetus",
                "Koulumatkamme on 4,5 kilometriä ja osa siitä kulkee ilman jalkakäytävää. Onko ekaluokkalaisella oikeus koulukuljetukseen?",
            ),
            (
                "sv",
                "Skolanmälan",
                "När ska vi anmäla vårt barn till svenskspråkig skola inför hösten?",
            ),
            (
                "en",
                "Enrolling in school",
                "We have just moved to Finland. How do I enrol my 9-year-old son in school?",
            ),
        ],
    },
    {
        "code": "neighbour-matters",
        "topic": "housing",
        "unit": "Asiakaspalvelu",
        "weight": 1,
        "name": (
            "Naapuruussuhteet ja naapuririidat",
            "Grannrelationer och grannetvister",
            "Neighbour relations and disputes",
        ),
        "summary": (
            "Neuvontaa naapurin melusta, rajapuista, aidoista ja muista naapurien välisistä asioista.",
            "Rådgivning om grannens buller, träd vid tomtgränsen, staket och andra frågor mellan grannar.",
            "Advice on a neighbour's noise, trees on the boundary, fences and other matters between neighbours.",
        ),
        "description": (
            "Kaupunki ei ratkaise naapurien välisiä riitoja, mutta neuvomme, mistä apua saa. Puhu ensin naapurin kanssa. Kerrostalossa häiriöistä ilmoitetaan isännöitsijälle. Rajapuista ja oksista sovitaan naapurin kanssa; naapurin puun yli kasvavat oksat saa naapuruussuhdelain mukaan joskus poistaa itse. Aidasta ja rakennuksista rajalla kysy rakennusvalvonnasta, jatkuvasta melusta ympäristöterveydestä. Riitaan voi pyytää maksutonta sovittelua.",
            "Staden avgör inte tvister mellan grannar, men vi berättar var du får hjälp. Tala först med grannen. I ett flervåningshus anmäls störningar till disponenten. Om träd och grenar vid gränsen kommer man överens med grannen. Om staket och byggnader vid gränsen kan du fråga byggnadstillsynen, om ständigt buller miljöhälsan. Till en tvist kan du begära avgiftsfri medling.",
            "The city does not settle disputes between neighbours, but we tell you where to get help. Talk to your neighbour first. In a block of flats, report disturbances to the property manager. Agree about trees and branches on the boundary with your neighbour. Ask building control about fences and buildings on the boundary, and environmental health about constant noise. You can ask for free mediation in a dispute.",
        ),
        "keywords": (
            "naapuri, naapuririita, naapurisopu, melu, häiriö, raja, rajapuu, oksat, aita, tontin raja, sovittelu, isännöitsijä",
            "granne, grannetvist, buller, störning, tomtgräns, träd, grenar, staket, medling",
            "neighbour, neighbor, neighbour dispute, noise, disturbance, boundary, tree, branches, fence, mediation",
        ),
        "handling": "front_line",
        "days": 5,
        "fields": [],
        "examples": [
            (
                "fi",
                "Naapurin puun oksat",
                "Naapurin koivun oksat roikkuvat meidän pihalle ja tukkivat räystäskourut. Saanko leikata ne itse?",
            ),
            (
                "fi",
                "Naapuri soittaa musiikkia öisin",
                "Rivitalon naapuri pitää kovaa musiikkia joka viikonloppu yöhön asti. Mihin voin valittaa?",
            ),
            (
                "sv",
                "Staket mot grannen",
                "Vi vill bygga ett staket mot grannens tomt. Behöver grannen ge sitt samtycke?",
            ),
            (
                "en",
                "Noisy neighbour",
                "My upstairs neighbour makes noise every night. Can the city help?",
            ),
        ],
    },
    {
        "code": "environmental-health",
        "topic": "housing",
        "unit": "Ympäristöterveys",
        "weight": 1,
        "anonymous": True,
        "name": (
            "Ympäristöterveys: asuntojen terveyshaitat",
            "Miljöhälsa: sanitära olägenheter i bostäder",
            "Environmental health: health hazards in housing",
        ),
        "summary": (
            "Ilmoita kosteusvauriosta, homeesta, rotista tai muusta terveyshaitasta asunnossa tai ympäristössä.",
            "Anmäl fuktskador, mögel, råttor eller andra sanitära olägenheter i bostaden eller miljön.",
            "Report damp, mould, rats or another health hazard in your home or surroundings.",
        ),
        "description": (
            "Jos epäilet asunnossasi kosteusvauriota, hometta tai huonoa sisäilmaa, ilmoita ensin taloyhtiölle tai vuokranantajalle. Jos asia ei korjaannu, terveystarkastaja voi tehdä asunnontarkastuksen. Rotista ja muista tuhoeläimistä ilmoita kiinteistön omistajalle, yleisillä alueilla meille. Jatkuvasta melusta, hajusta tai pölystä voit tehdä ilmoituksen ympäristöterveydelle.",
            "Om du misstänker fuktskador, mögel eller dålig inomhusluft i din bostad, meddela först husbolaget eller hyresvärden. Om det inte åtgärdas kan en hälsoinspektör göra en bostadsinspektion. Råttor och andra skadedjur anmäls till fastighetens ägare, på allmänna områden till oss. Om ständigt buller, lukt eller damm kan du göra en anmälan till miljöhälsan.",
            "If you suspect damp, mould or poor indoor air in your home, tell the housing company or your landlord first. If it is not fixed, a health inspector can inspect the home. Report rats and other pests to the property owner, or to us in public areas. You can report constant noise, smells or dust to environmental health.",
        ),
        "keywords": (
            "ympäristöterveys, terveystarkastaja, home, homeongelma, kosteusvaurio, sisäilma, asunnontarkastus, rotta, rotat, tuholainen, melu, haju, pöly",
            "miljöhälsa, hälsoinspektör, mögel, fuktskada, inomhusluft, bostadsinspektion, råtta, skadedjur, buller, lukt",
            "environmental health, health inspector, mould, mold, damp, indoor air, housing inspection, rats, pests, noise, smell, dust",
        ),
        "handling": "expert",
        "days": 10,
        "fields": [],
        "examples": [
            (
                "fi",
                "Hometta vuokra-asunnossa",
                "Kylpyhuoneen seinässä on hometta ja lapsilla on ollut yskää. Vuokranantaja ei ole reagoinut. Voiko terveystarkastaja tulla katsomaan?",
            ),
            (
                "fi",
                "Rottia roskakatoksessa",
                "Kerrostalomme roskakatoksen ympärillä on nähty rottia useana iltana. Kenelle tästä ilmoitetaan?",
            ),
            (
                "sv",
                "Fukt i källaren",
                "Det luktar mögel i vårt hyreshus källare. Vem kan undersöka det?",
            ),
            (
                "en",
                "Mould in my flat",
                "There is black mould in my bedroom and the landlord does nothing. What can I do?",
            ),
        ],
    },
    {
        "code": "street-use-permits",
        "topic": "streets",
        "unit": "Kuntatekniikka",
        "weight": 1,
        "location": True,
        "name": (
            "Katuluvat ja katualueen käyttö",
            "Gatutillstånd och användning av gatuområde",
            "Street use permits",
        ),
        "summary": (
            "Lupa jätelavalle, telineille, muuttoautolle tai kaivutyölle katu- tai puistoalueella.",
            "Tillstånd för container, byggnadsställning, flyttbil eller grävarbete på gatu- eller parkområde.",
            "A permit for a skip, scaffolding, a removal lorry or digging on a street or park.",
        ),
        "description": (
            "Kun tarvitset kadulta tai jalkakäytävältä tilaa esimerkiksi jätelavalle, rakennustelineille, nosturille tai muuttoautolle, hae katulupa vähintään viikkoa ennen. Kaivutyöhön lupa haetaan kaksi viikkoa ennen. Kerro osoite, aika ja tarvittava tila. Lyhyt muuttoauton pysäköinti ei tarvitse lupaa, jos se ei estä liikennettä.",
            "När du behöver plats på gatan eller trottoaren för till exempel en container, byggnadsställningar, en lyftkran eller en flyttbil, ansök om gatutillstånd minst en vecka innan. För grävarbete söks tillstånd två veckor innan. Ange adress, tid och hur mycket plats som behövs. En flyttbil som stannar en kort stund behöver inget tillstånd om den inte hindrar trafiken.",
            "When you need space on a street or pavement for a skip, scaffolding, a crane or a removal lorry, apply for a street use permit at least a week before. For digging, apply two weeks before. Give the address, the time and the space needed. A removal lorry stopping briefly needs no permit if it does not block traffic.",
        ),
        "keywords": (
            "katulupa, katualue, jätelava, lava, teline, rakennusteline, nosturi, muuttoauto, kaivulupa, kaivutyö, liikennejärjestely",
            "gatutillstånd, container, byggnadsställning, lyftkran, flyttbil, grävtillstånd",
            "street use permit, skip, dumpster, scaffolding, crane, removal lorry, moving truck, excavation permit, digging",
        ),
        "handling": "either",
        "days": 5,
        "charge": "charged",
        "charge_description": (
            "Käsittelymaksu 60 € ja alueen vuokra päivien mukaan.",
            "Handläggningsavgift 60 € och hyra för området enligt antalet dagar.",
            "A €60 handling fee and a rent for the area by the day.",
        ),
        "fields": [
            (
                "start_date",
                "date",
                True,
                ("Käytön alkamispäivä", "Första användningsdag", "First day of use"),
                [],
            ),
        ],
        "examples": [
            (
                "fi",
                "Jätelava kadulle",
                "Remontoimme kerrostalon porraskäytävää ja tarvitsemme jätelavan Koskikadulle kahdeksi viikoksi. Miten katulupa haetaan?",
            ),
            (
                "fi",
                "Rakennustelineet jalkakäytävälle",
                "Julkisivuremontin telineet vievät osan jalkakäytävästä kuukauden ajan. Tarvitaanko lupa?",
            ),
            (
                "sv",
                "Flyttbil",
                "Vi flyttar på lördag. Får flyttbilen stå på gatan framför huset några timmar?",
            ),
            (
                "en",
                "Skip on the street",
                "Can I put a skip on the street in front of my house for a week during renovation?",
            ),
        ],
    },
    {
        "code": "boat-berths",
        "topic": "leisure",
        "unit": "Liikuntapalvelut",
        "weight": 1,
        "name": ("Venepaikat", "Båtplatser", "Boat berths"),
        "summary": (
            "Vuokraa venepaikka kaupungin venesatamasta tai kysy talvisäilytyksestä.",
            "Hyr en båtplats i stadens båthamn eller fråga om vinterförvaring.",
            "Rent a berth in the city's marina or ask about winter storage.",
        ),
        "description": (
            "Kaupungin venesatamissa on laituripaikkoja ja poijupaikkoja. Hae venepaikkaa verkossa; haku on auki helmi–maaliskuussa ja vapautuvia paikkoja jaetaan koko kauden. Kerro veneen pituus, leveys ja rekisterinumero. Venepaikkamaksu laskutetaan keväällä. Jos luovut paikasta, ilmoita siitä ennen kauden alkua.",
            "I stadens båthamnar finns bryggplatser och bojplatser. Ansök om båtplats på nätet; ansökan är öppen i februari–mars och lediga platser delas ut under hela säsongen. Ange båtens längd, bredd och registernummer. Båtplatsavgiften faktureras på våren. Om du säger upp platsen, meddela det före säsongen.",
            "The city's marinas have pier berths and buoy berths. Apply for a berth online; applications are open in February and March, and free berths are handed out all season. Give the boat's length, width and registration number. The berth fee is invoiced in spring. If you give up your berth, tell us before the season starts.",
        ),
        "keywords": (
            "venepaikka, vene, laituripaikka, poijupaikka, venesatama, satama, talvisäilytys, venepaikkamaksu",
            "båtplats, båt, bryggplats, bojplats, båthamn, hamn, vinterförvaring",
            "boat berth, boat, mooring, marina, harbour, pier, winter storage",
        ),
        "handling": "front_line",
        "days": 5,
        "charge": "charged",
        "charge_description": (
            "Laituripaikka 180–320 € kaudessa veneen leveyden mukaan.",
            "Bryggplats 180–320 € per säsong enligt båtens bredd.",
            "Pier berth €180–320 a season by the boat's width.",
        ),
        "fields": [
            (
                "boat_width",
                "number",
                False,
                ("Veneen leveys (cm)", "Båtens bredd (cm)", "Boat width (cm)"),
                [],
            ),
        ],
        "examples": [
            (
                "fi",
                "Venepaikan haku",
                "Ostimme 5,5 metrin moottoriveneen. Onko Koskirannan satamassa vapaita laituripaikkoja tälle kesälle?",
            ),
            (
                "fi",
                "Venepaikasta luopuminen",
                "Myin veneeni. Miten irtisanon venepaikkani, ettei minua laskuteta ensi kaudesta?",
            ),
            (
                "sv",
                "Båtplats",
                "Finns det lediga bojplatser för en segelbåt i sommar?",
            ),
        ],
    },
    {
        "code": "rental-housing",
        "topic": "housing",
        "unit": "Asuntopalvelut",
        "weight": 1,
        "name": (
            "Kaupungin vuokra-asunnot",
            "Stadens hyresbostäder",
            "City rental housing",
        ),
        "summary": (
            "Hae kaupungin vuokra-asuntoa tai kysy hakemuksesi tilanteesta.",
            "Ansök om en av stadens hyresbostäder eller fråga hur det går med din ansökan.",
            "Apply for a city rental flat or ask about your application.",
        ),
        "description": (
            "Hae vuokra-asuntoa verkossa tai palvelupisteessä paperisella hakemuksella. Hakemus on voimassa kolme kuukautta, ja sen voi uusia. Asunnot jaetaan asunnon tarpeen, tulojen ja varallisuuden perusteella; kiireellisimmät ensin. Saat tarjouksen puhelimella tai tekstiviestillä. Vikailmoitukset asunnosta tehdään huoltoyhtiölle.",
            "Ansök om en hyresbostad på nätet eller med en pappersansökan vid servicepunkten. Ansökan gäller i tre månader och kan förnyas. Bostäderna fördelas enligt bostadsbehov, inkomster och förmögenhet, de mest brådskande först. Du får ett erbjudande per telefon eller sms. Felanmälningar om bostaden görs till serviceföretaget.",
            "Apply for a rental flat online, or on paper at the service point. An application is valid for three months and can be renewed. Flats are allocated by need, income and assets, the most urgent first. You get an offer by phone or text message. Report faults in your flat to the maintenance company.",
        ),
        "keywords": (
            "vuokra-asunto, vuokra, asunto, asuntohakemus, asunnon haku, kaupungin asunto, vuokra-asuntohakemus, kaksio, yksiö",
            "hyresbostad, hyra, bostad, bostadsansökan, stadens bostad",
            "rental flat, rental apartment, rent, housing, flat, apartment, housing application, council housing",
        ),
        "handling": "front_line",
        "days": 5,
        "fields": [],
        "examples": [
            (
                "fi",
                "Vuokra-asuntohakemuksen tilanne",
                "Jätin hakemuksen kaksiosta kaksi kuukautta sitten, mutta en ole kuullut mitään. Onko hakemukseni vielä voimassa?",
            ),
            (
                "fi",
                "Asunnon vaihto",
                "Perheemme on kasvanut, voimmeko vaihtaa nykyisen kaupungin yksiön isompaan asuntoon?",
            ),
            (
                "sv",
                "Hyresbostad",
                "Hur lång är kön till en tvåa i stadens hyreshus?",
            ),
            (
                "en",
                "Apartment for rent",
                "I am moving to Vuoksela for work. How do I apply for a city rental apartment?",
            ),
        ],
    },
    {
        "code": "customer-service",
        "topic": "contact",
        "unit": "Asiakaspalvelu",
        "weight": 1,
        "name": (
            "Yleinen asiakaspalvelu ja neuvonta",
            "Allmän kundservice och rådgivning",
            "General customer service and advice",
        ),
        "summary": (
            "Kysy mitä tahansa kaupungin palveluista, jos et löydä oikeaa palvelua.",
            "Fråga vad som helst om stadens tjänster om du inte hittar rätt tjänst.",
            "Ask anything about city services if you cannot find the right service.",
        ),
        "description": (
            "Kaupungintalon asiakaspalvelupiste neuvoo kaikissa kaupungin palveluissa ja ohjaa asiasi oikealle käsittelijälle. Meiltä saat lomakkeet, aukioloajat ja apua ajanvaraukseen. Neuvomme myös muuttoilmoituksessa; itse ilmoitus tehdään Digi- ja väestötietovirastolle tai Postille. Voit asioida palvelupisteessä, puhelimella, sähköpostilla tai tällä lomakkeella.",
            "Stadshusets kundservicepunkt ger råd om alla stadens tjänster och skickar ditt ärende till rätt handläggare. Hos oss får du blanketter, öppettider och hjälp med tidsbokning. Vi hjälper också med flyttanmälan; själva anmälan görs till Myndigheten för digitalisering och befolkningsdata eller Posti. Du kan uträtta ärenden vid servicepunkten, per telefon, per e-post eller med den här blanketten.",
            "The city hall service point advises on all city services and passes your matter to the right person. We have forms and opening hours, and help you book appointments. We also help with moving notifications; the notification itself is made to the Digital and Population Data Services Agency or to Posti. Contact us at the service point, by phone, by e-mail or with this form.",
        ),
        "keywords": (
            "asiakaspalvelu, neuvonta, yhteystiedot, aukioloajat, aukiolo, ajanvaraus, lomake, kaupungintalo, palvelupiste, muuttoilmoitus, yhteydenotto, kysymys",
            "kundservice, rådgivning, kontaktuppgifter, öppettider, tidsbokning, blankett, stadshuset, servicepunkt, flyttanmälan",
            "customer service, contact, contact us, advice, opening hours, appointment, form, city hall, service point, moving notification, question",
        ),
        "handling": "front_line",
        "days": 3,
        "fields": [],
        "examples": [
            (
                "fi",
                "Palvelupisteen aukioloajat",
                "Onko kaupungintalon asiakaspalvelupiste auki lauantaina ja mihin aikaan arkisin?",
            ),
            (
                "fi",
                "Muuttoilmoitus",
                "Muutin Vuokselaan. Mihin kaikkialle minun pitää ilmoittaa uusi osoite?",
            ),
            (
                "sv",
                "Blankett",
                "Var hittar jag blanketterna på svenska?",
            ),
            (
                "en",
                "Who do I contact?",
                "I am new in Vuoksela and not sure which office handles my question. Where should I start?",
            ),
        ],
    },
]
