"""The demo city's phrase folder, grown to what a Finnish city's front line answers every day.

The reply templates for every demo service, for every task of the Imatra study's appendix 3
that a citizen writes about, and for the everyday topics of a city's front line (parking,
building control, neighbours, land lease, tourism, events, appointments, documents, lost
property), each with its service. Each answer comes first, in short sentences (selkokieli);
the greeting is the customer's name and the last line the case's reference where there is a
case to follow.
`knowledge.py` adds these to its own TEMPLATES and KEYWORDS. A key never changes once
published: labelled message sets (knowledge/data/*.csv) name the templates by their keys.
"""

# key: (service code or None, {language: (title, body)})
TEMPLATES = {
    "streetlight-on-daytime": (
        "street-lighting",
        {
            "fi": (
                "Katuvalot palavat päivällä",
                "Hei {customer_name},\n\nKatuvalot, jotka palavat päivällä, korjataan yleensä "
                "kahden viikon kuluessa.\n\nSyy on useimmiten rikkinäinen valokenno tai ajastin. "
                "Välitimme vian valaistuksen kunnossapitoon.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Gatlamporna lyser på dagen",
                "Hej {customer_name},\n\nGatlampor som lyser på dagen repareras vanligen inom "
                "två veckor.\n\nOrsaken är oftast en trasig ljussensor eller timer. Vi har "
                "skickat felet till underhållet av belysningen.\n\nDitt ärende har numret "
                "{reference}.",
            ),
            "en": (
                "Street lights on in daytime",
                "Hello {customer_name},\n\nStreet lights that stay on in daytime are usually "
                "repaired within two weeks.\n\nThe cause is most often a broken light sensor or "
                "timer. We have passed the fault on to lighting maintenance.\n\nYour reference "
                "is {reference}.",
            ),
        },
    ),
    "streetlight-new-request": (
        "street-lighting",
        {
            "fi": (
                "Toive uudesta katuvalosta",
                "Hei {customer_name},\n\nUusia katuvaloja rakennetaan kaupungin kaduille ja "
                "puistoteille investointiohjelman mukaan. Emme voi luvata uutta valoa "
                "heti.\n\nKirjasimme toiveesi, ja valaistuksen suunnittelija arvioi sen "
                "seuraavaa suunnitelmaa tehtäessä. Yksityisteiden valaistuksesta vastaa "
                "tiekunta.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Önskemål om ny gatubelysning",
                "Hej {customer_name},\n\nNya gatlampor byggs på stadens gator och parkvägar "
                "enligt investeringsprogrammet. Vi kan inte lova en ny lampa genast.\n\nVi har "
                "antecknat ditt önskemål och belysningsplaneraren bedömer det när nästa plan "
                "görs. Belysningen på enskilda vägar sköts av väglaget.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Request for a new street light",
                "Hello {customer_name},\n\nNew street lights are built on city streets and park "
                "paths according to the investment plan. We cannot promise a new light straight "
                "away.\n\nWe have recorded your request, and the lighting planner will consider "
                "it for the next plan. On private roads, lighting is up to the road "
                "association.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "streetlight-pole-damaged": (
        "street-lighting",
        {
            "fi": (
                "Vaurioitunut tai kaatunut valaisinpylväs",
                "Hei {customer_name},\n\nVaurioitunut tai kaatunut valaisinpylväs korjataan "
                "kiireellisenä. Asentaja käy paikalla yleensä saman päivän aikana.\n\nJos "
                "pylväästä roikkuu johtoja, älä koske niihin. Jos tilanne on vaarallinen, soita "
                "hätänumeroon 112.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Skadad eller omkullvält belysningsstolpe",
                "Hej {customer_name},\n\nEn skadad eller omkullvält belysningsstolpe repareras "
                "brådskande. En montör kommer vanligen samma dag.\n\nRör inte ledningar som "
                "hänger från stolpen. Om situationen är farlig, ring nödnumret 112.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Damaged or fallen lamp post",
                "Hello {customer_name},\n\nA damaged or fallen lamp post is repaired urgently. "
                "An electrician usually comes the same day.\n\nDo not touch any wires hanging "
                "from the post. If the situation is dangerous, call the emergency number "
                "112.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "snow-bank-driveway": (
        "street-maintenance",
        {
            "fi": (
                "Aurausvalli liittymän edessä",
                "Hei {customer_name},\n\nTontin liittymän eteen jäävän aurausvallin poistaminen "
                "kuuluu laissa kiinteistön omistajalle. Aura jättää vallin, koska lumi ei voi "
                "kadota kadulta mihinkään.\n\nAurauskalustolla ei voi jättää liittymiä "
                "aukiolevaksi ilman, että aurauksesta tulisi paljon hitaampaa. Jos valli on "
                "poikkeuksellisen korkea tai jäinen, kerro meille, niin kunnossapito tarkistaa "
                "tilanteen.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Plogvall vid infarten",
                "Hej {customer_name},\n\nEnligt lag ska fastighetsägaren ta bort den plogvall "
                "som blir kvar vid tomtens infart. Plogen lämnar en vall, eftersom snön inte kan "
                "försvinna från gatan.\n\nPlogarna kan inte lämna infarterna öppna utan att "
                "plogningen blir mycket långsammare. Om vallen är ovanligt hög eller isig, "
                "berätta det för oss så kontrollerar underhållet situationen.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Snow bank left at the driveway",
                "Hello {customer_name},\n\nBy law, the property owner removes the snow bank that "
                "the plough leaves at the driveway. The plough leaves a bank because the snow "
                "cannot disappear from the street.\n\nThe ploughs cannot keep every driveway "
                "clear without making ploughing much slower. If the bank is unusually high or "
                "icy, tell us and street maintenance will check it.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "slippery-gritting": (
        "street-maintenance",
        {
            "fi": (
                "Liukkaus ja hiekoitus",
                "Hei {customer_name},\n\nVälitimme liukkaan kohdan kunnossapidolle, ja se "
                "hiekoitetaan kunnossapitoluokan mukaisessa järjestyksessä. Vilkkaat "
                "kävelyreitit, bussipysäkit ja portaat hiekoitetaan ensin.\n\nTontin vieressä "
                "olevan jalkakäytävän liukkauden torjunta kuuluu asemakaava-alueella kiinteistön "
                "omistajalle. Jos kaatuminen on jo sattunut, kerro se viestissä.\n\nAsiasi "
                "tunnus on {reference}.",
            ),
            "sv": (
                "Halka och sandning",
                "Hej {customer_name},\n\nVi har skickat den hala platsen till underhållet. Den "
                "sandas i den ordning underhållsklassen anger. Livliga gångvägar, "
                "busshållplatser och trappor sandas först.\n\nInom detaljplaneområdet ansvarar "
                "fastighetsägaren för halkbekämpningen på trottoaren intill tomten. Om någon "
                "redan har halkat och fallit, berätta det i meddelandet.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Slippery streets and gritting",
                "Hello {customer_name},\n\nWe have passed the slippery spot to street "
                "maintenance. It will be gritted in the order of its maintenance class. Busy "
                "walkways, bus stops and steps are gritted first.\n\nIn the town plan area, the "
                "owner of the property next to the pavement keeps the pavement from being "
                "slippery. If someone has already fallen, please say so in your message.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "private-road-maintenance": (
        "street-maintenance",
        {
            "fi": (
                "Yksityistien kunnossapito",
                "Hei {customer_name},\n\nKaupunki ei auraa eikä korjaa yksityisteitä. "
                "Yksityistien kunnossapidosta vastaa tiekunta tai tien osakkaat.\n\nTiekunta voi "
                "hakea kaupungilta avustusta kunnossapitoon kerran vuodessa. Tiedot tiekunnasta "
                "löytyvät Maanmittauslaitoksen palvelusta. Jos et ole varma, onko tie kaupungin "
                "katu vai yksityistie, kerro osoite, niin tarkistamme sen.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Underhåll av enskilda vägar",
                "Hej {customer_name},\n\nStaden plogar eller reparerar inte enskilda vägar. "
                "Väglaget eller vägens delägare sköter underhållet av en enskild "
                "väg.\n\nVäglaget kan en gång om året ansöka om understöd för underhållet av "
                "staden. Uppgifter om väglaget finns i Lantmäteriverkets tjänst. Om du inte vet "
                "om vägen är en gata eller en enskild väg, berätta adressen så kontrollerar vi "
                "det.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Maintenance of private roads",
                "Hello {customer_name},\n\nThe city does not plough or repair private roads. A "
                "private road is looked after by its road association or the owners along "
                "it.\n\nThe road association can apply for a maintenance grant from the city "
                "once a year. The road association's details are in the National Land Survey's "
                "service. If you are not sure whether your road is a city street or a private "
                "road, tell us the address and we will check.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "snow-from-yard": (
        "street-maintenance",
        {
            "fi": (
                "Lumen siirtäminen tontilta kadulle",
                "Hei {customer_name},\n\nLunta ei saa siirtää tontilta kadulle, jalkakäytävälle "
                "eikä puistoon. Kielto on laissa, koska lumi kaventaa katua ja estää "
                "aurausta.\n\nTontin lumi pitää kasata omalle tontille tai viedä lumen "
                "vastaanottopaikalle. Välitimme ilmoituksesi kunnossapidon valvojalle, joka "
                "ottaa yhteyttä kiinteistöön.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Snö som flyttas från tomten till gatan",
                "Hej {customer_name},\n\nSnö får inte flyttas från tomten till gatan, trottoaren "
                "eller en park. Förbudet står i lagen, eftersom snön gör gatan smalare och "
                "hindrar plogningen.\n\nSnön från tomten ska läggas upp på den egna tomten eller "
                "köras till en snötipp. Vi har skickat din anmälan till underhållets tillsyn, "
                "som kontaktar fastigheten.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Snow moved from a property onto the street",
                "Hello {customer_name},\n\nSnow must not be moved from a property onto the "
                "street, the pavement or a park. The law forbids it, because the snow narrows "
                "the street and gets in the way of ploughing.\n\nSnow from a property must be "
                "piled on the property itself or taken to a snow dump. We have passed your "
                "report to the street maintenance inspector, who will contact the "
                "property.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "traffic-sign-damaged": (
        "street-maintenance",
        {
            "fi": (
                "Rikkinäinen tai kaatunut liikennemerkki",
                "Hei {customer_name},\n\nKaatunut tai puuttuva liikennemerkki korjataan "
                "kiireellisenä, yleensä saman tai seuraavan arkipäivän aikana. Muut merkkien "
                "viat korjataan kahden viikon kuluessa.\n\nVälitimme vian katujen "
                "kunnossapitoon.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Trasigt eller omkullvält trafikmärke",
                "Hej {customer_name},\n\nEtt omkullvält eller saknat trafikmärke repareras "
                "brådskande, vanligen samma eller nästa vardag. Andra fel på märken repareras "
                "inom två veckor.\n\nVi har skickat felet till gatuunderhållet.\n\nDitt ärende "
                "har numret {reference}.",
            ),
            "en": (
                "Damaged or fallen traffic sign",
                "Hello {customer_name},\n\nA fallen or missing traffic sign is repaired "
                "urgently, usually the same or the next working day. Other faults in signs are "
                "repaired within two weeks.\n\nWe have passed the fault to street "
                "maintenance.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "roadworks-info": (
        "street-maintenance",
        {
            "fi": (
                "Katutyöt ja liikennejärjestelyt",
                "Hei {customer_name},\n\nKaupungin katutyöt ja niiden kestot näkyvät kaupungin "
                "verkkosivujen katutyökartalla. Kartalta näet myös kiertotiet ja työn tekijän "
                "yhteystiedot.\n\nVälitimme kysymyksesi työmaan valvojalle. Jos työmaa on "
                "vaarallinen, esimerkiksi kaivanto on merkitsemättä, kerro siitä heti "
                "puhelimitse.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Gatuarbeten och trafikarrangemang",
                "Hej {customer_name},\n\nStadens gatuarbeten och hur länge de pågår syns på "
                "gatuarbetskartan på stadens webbplats. På kartan ser du också omvägar och "
                "kontaktuppgifter till den som utför arbetet.\n\nVi har skickat din fråga till "
                "arbetsplatsens övervakare. Om arbetsplatsen är farlig, till exempel ett schakt "
                "utan avspärrning, berätta det genast per telefon.\n\nDitt ärende har numret "
                "{reference}.",
            ),
            "en": (
                "Roadworks and traffic arrangements",
                "Hello {customer_name},\n\nThe city's roadworks and how long they last are on "
                "the roadworks map on the city's website. The map also shows detours and who to "
                "contact about each site.\n\nWe have passed your question to the site "
                "supervisor. If a site is dangerous, for example a trench without barriers, "
                "please tell us at once by phone.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "storm-drain-blocked": (
        "street-maintenance",
        {
            "fi": (
                "Tukkeutunut sadevesikaivo tai vesi kadulla",
                "Hei {customer_name},\n\nTukkeutunut sadevesikaivo avataan yleensä muutaman "
                "arkipäivän kuluessa. Jos vesi nousee kadulta rakennukseen tai katu on poikki, "
                "soita kunnossapidon päivystykseen.\n\nVälitimme ilmoituksesi kunnossapidolle. "
                "Voit auttaa poistamalla kaivon ritilän päältä lehdet ja lumen, jos se onnistuu "
                "turvallisesti.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Igensatt dagvattenbrunn eller vatten på gatan",
                "Hej {customer_name},\n\nEn igensatt dagvattenbrunn öppnas vanligen inom några "
                "vardagar. Om vattnet stiger in i en byggnad eller gatan är oframkomlig, ring "
                "underhållets jour.\n\nVi har skickat anmälan till underhållet. Du kan hjälpa "
                "till genom att ta bort löv och snö från gallret, om det går tryggt.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Blocked storm drain or water on the street",
                "Hello {customer_name},\n\nA blocked storm drain is usually opened within a few "
                "working days. If water is rising into a building or the street cannot be used, "
                "call the maintenance on-call number.\n\nWe have passed your report to street "
                "maintenance. You can help by clearing leaves and snow from the grate, if you "
                "can do it safely.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "grass-mowing": (
        "parks",
        {
            "fi": (
                "Nurmikon leikkaus ja puistojen hoito",
                "Hei {customer_name},\n\nKaupungin puistojen nurmikot leikataan kesällä "
                "hoitoluokan mukaan: vilkkaat puistot noin kerran viikossa, niityt ja "
                "tienpientareet kerran tai kaksi kesässä. Pitkä heinä niityllä on "
                "tarkoituksellista.\n\nKirjasimme toiveesi, ja puistojen hoitaja tarkistaa "
                "paikan. Tontin oman nurmikon ja pensaiden hoito kuuluu tontin "
                "omistajalle.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Gräsklippning och skötsel av parker",
                "Hej {customer_name},\n\nGräsmattorna i stadens parker klipps på sommaren enligt "
                "skötselklassen: livliga parker ungefär en gång i veckan, ängar och vägrenar en "
                "eller två gånger per sommar. Högt gräs på en äng är avsiktligt.\n\nVi har "
                "antecknat ditt önskemål och parkskötaren kontrollerar platsen. Skötseln av "
                "gräsmatta och buskar på en tomt hör till tomtens ägare.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Grass cutting and park care",
                "Hello {customer_name},\n\nGrass in the city's parks is cut in summer according "
                "to its care class: busy parks about once a week, meadows and roadsides once or "
                "twice a summer. Long grass in a meadow is intentional.\n\nWe have recorded your "
                "request, and the park keeper will check the place. The lawn and bushes on a "
                "private plot are the owner's to look after.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "graffiti-vandalism": (
        "parks",
        {
            "fi": (
                "Töhryt ja ilkivalta",
                "Hei {customer_name},\n\nKaupungin omaisuuteen tehdyt töhryt poistetaan kahden "
                "viikon kuluessa. Loukkaavat tekstit poistetaan nopeammin.\n\nJos näet "
                "ilkivallan tapahtuvan, soita poliisille 112. Yksityisen talon tai sähkökaapin "
                "töhryistä vastaa omistaja.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Klotter och skadegörelse",
                "Hej {customer_name},\n\nKlotter på stadens egendom tas bort inom två veckor. "
                "Kränkande texter tas bort snabbare.\n\nOm du ser skadegörelse hända, ring "
                "polisen på 112. Ägaren ansvarar för klotter på ett privat hus eller ett "
                "elskåp.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Graffiti and vandalism",
                "Hello {customer_name},\n\nGraffiti on city property is removed within two "
                "weeks. Offensive writing is removed sooner.\n\nIf you see vandalism happening, "
                "call the police on 112. The owner is responsible for graffiti on a private "
                "building or an electricity cabinet.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "fallen-tree": (
        "parks",
        {
            "fi": (
                "Kaatunut puu tai oksa",
                "Hei {customer_name},\n\nTielle, kävelytielle tai sähkölinjalle kaatunut puu "
                "raivataan kiireellisenä saman päivän aikana. Muut kaatuneet puut ja oksat "
                "korjataan viikon kuluessa.\n\nJos puu on kaatunut sähkölinjan päälle, älä mene "
                "lähelle ja soita hätänumeroon 112. Yksityisellä tontilla kaatuneesta puusta "
                "huolehtii tontin omistaja.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Omkullfallet träd eller gren",
                "Hej {customer_name},\n\nEtt träd som fallit över en väg, gångväg eller "
                "elledning röjs brådskande samma dag. Andra fallna träd och grenar tas bort inom "
                "en vecka.\n\nOm trädet har fallit på en elledning, gå inte nära och ring "
                "nödnumret 112. Ägaren tar hand om ett träd som fallit på en privat "
                "tomt.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Fallen tree or branch",
                "Hello {customer_name},\n\nA tree that has fallen across a road, a footpath or a "
                "power line is cleared urgently the same day. Other fallen trees and branches "
                "are cleared within a week.\n\nIf the tree is on a power line, keep away and "
                "call the emergency number 112. A tree that falls on a private plot is the "
                "owner's to clear.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "park-bench-broken": (
        "parks",
        {
            "fi": (
                "Rikkinäinen penkki, pöytä tai aita",
                "Hei {customer_name},\n\nRikkinäinen penkki, pöytä tai aita korjataan kahden "
                "viikon kuluessa. Jos rikkinäisestä kalusteesta voi loukkaantua, se poistetaan "
                "tai eristetään heti.\n\nVälitimme vian puistojen kunnossapitoon.\n\nAsiasi "
                "tunnus on {reference}.",
            ),
            "sv": (
                "Trasig bänk, bord eller staket",
                "Hej {customer_name},\n\nEn trasig bänk, ett bord eller ett staket repareras "
                "inom två veckor. Om någon kan skada sig på möbeln tas den bort eller spärras av "
                "genast.\n\nVi har skickat felet till parkunderhållet.\n\nDitt ärende har numret "
                "{reference}.",
            ),
            "en": (
                "Broken bench, table or fence",
                "Hello {customer_name},\n\nA broken bench, table or fence is repaired within two "
                "weeks. If someone could get hurt, it is removed or fenced off at once.\n\nWe "
                "have passed the fault to park maintenance.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "dog-waste": (
        "parks",
        {
            "fi": (
                "Koirien jätökset ja koira-aitaukset",
                "Hei {customer_name},\n\nKoiran omistajan pitää aina kerätä koiran jätökset, "
                "myös talvella. Jätöspussin voi laittaa mihin tahansa "
                "roska-astiaan.\n\nKirjasimme toiveesi lisäroskiksista ja koira-aitauksen "
                "kunnosta puistojen kunnossapidolle. Koira-aitaukset tarkistetaan kerran "
                "viikossa. Koirat pitää pitää kytkettyinä taajamassa.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Hundbajs och hundrastgårdar",
                "Hej {customer_name},\n\nHundägaren ska alltid plocka upp hundens bajs, också på "
                "vintern. Påsen kan läggas i vilken papperskorg som helst.\n\nVi har antecknat "
                "ditt önskemål om fler papperskorgar och hundrastgårdens skick för "
                "parkunderhållet. Hundrastgårdarna kontrolleras en gång i veckan. Hundar ska "
                "hållas kopplade i tätorten.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Dog waste and dog parks",
                "Hello {customer_name},\n\nDog owners must always pick up after their dog, also "
                "in winter. The bag can go in any litter bin.\n\nWe have passed your wish for "
                "more bins, or your report on the dog park, to park maintenance. Dog parks are "
                "checked once a week. Dogs must be kept on a lead in built-up areas.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "allotment-garden": (
        "parks",
        {
            "fi": (
                "Viljelypalstan vuokraaminen",
                "Hei {customer_name},\n\nKaupungin viljelypalstoja voi vuokrata kesäksi. "
                "Palstoja haetaan maaliskuussa verkkolomakkeella tai asiakaspalvelussa. Vapaat "
                "palstat jaetaan hakujärjestyksessä.\n\nPalstan vuokra on noin 30–50 euroa "
                "kesältä koosta riippuen. Vuokraan kuuluu kasteluvesi. Jos haluat jonoon, vastaa "
                "tähän viestiin ja kerro toivottu palsta-alue.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Hyra en odlingslott",
                "Hej {customer_name},\n\nMan kan hyra stadens odlingslotter för sommaren. Man "
                "söker lott i mars med webbformuläret eller i kundtjänsten. Lediga lotter delas "
                "ut i den ordning ansökningarna kommer.\n\nHyran är cirka 30–50 euro per sommar, "
                "beroende på storleken. Bevattningsvatten ingår. Om du vill ställa dig i kö, "
                "svara på detta meddelande och berätta vilket område du önskar.\n\nDitt ärende "
                "har numret {reference}.",
            ),
            "en": (
                "Renting an allotment",
                "Hello {customer_name},\n\nYou can rent one of the city's allotments for the "
                "summer. Apply in March with the web form or at customer service. Free plots are "
                "given out in the order the applications arrive.\n\nThe rent is about 30–50 "
                "euros a summer, depending on the size. Water is included. To join the queue, "
                "reply to this message and tell us which allotment area you want.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "beach-maintenance": (
        "parks",
        {
            "fi": (
                "Uimarantojen kunto",
                "Hei {customer_name},\n\nKaupungin uimarannat siivotaan ja huolletaan "
                "kesäkaudella 1.6.–31.8. vähintään kolme kertaa viikossa. Veden laatu tutkitaan "
                "kesän aikana neljä kertaa, ja tulokset ovat rannan ilmoitustaululla ja "
                "verkkosivuilla.\n\nJos rannalla on sinilevää, vältä uimista. Välitimme "
                "ilmoituksesi rantojen hoitajalle.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Badstrandernas skick",
                "Hej {customer_name},\n\nStadens badstränder städas och sköts under badsäsongen "
                "1.6–31.8 minst tre gånger i veckan. Vattenkvaliteten undersöks fyra gånger "
                "under sommaren, och resultaten finns på anslagstavlan vid stranden och på "
                "webbplatsen.\n\nOm det finns blågröna alger vid stranden, undvik att simma. Vi "
                "har skickat din anmälan till den som sköter stränderna.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Condition of the beaches",
                "Hello {customer_name},\n\nThe city's public beaches are cleaned and looked "
                "after at least three times a week in the bathing season, 1 June to 31 August. "
                "The water quality is tested four times each summer, and the results are on the "
                "beach notice board and the website.\n\nIf there is blue-green algae, avoid "
                "swimming. We have passed your report to the beach keeper.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "travel-card-lost": (
        "public-transport",
        {
            "fi": (
                "Kadonnut matkakortti",
                "Hei {customer_name},\n\nKadonneen matkakortin voi korvata uudella. Saat uuden "
                "kortin asiakaspalvelupisteestä. Uusi kortti maksaa 5 euroa.\n\nJos kortti on "
                "rekisteröity nimellesi, siirrämme siihen vanhan kortin arvon ja voimassa olevan "
                "kauden. Ota mukaan henkilöllisyystodistus. Rekisteröimättömän kortin arvoa emme "
                "voi palauttaa.\n\nIlmoita kadonneesta kortista mahdollisimman pian, niin "
                "suljemme vanhan kortin.",
            ),
            "sv": (
                "Förlorat resekort",
                "Hej {customer_name},\n\nEtt förlorat resekort kan ersättas med ett nytt. Du får "
                "ett nytt kort vid kundservicepunkten. Det nya kortet kostar 5 euro.\n\nOm "
                "kortet är registrerat på dig flyttar vi det gamla kortets värde och giltiga "
                "period till det nya kortet. Ta med ett identitetsbevis. Värdet på ett "
                "oregistrerat kort kan vi inte ersätta.\n\nMeddela så snart som möjligt att "
                "kortet har försvunnit, så spärrar vi det gamla kortet.",
            ),
            "en": (
                "Lost travel card",
                "Hello {customer_name},\n\nA lost travel card can be replaced with a new one. "
                "You get the new card at the customer service point. It costs 5 euros.\n\nIf the "
                "card was registered in your name, we move the old card's value and any valid "
                "period onto the new card. Please bring an ID. We cannot refund the value of an "
                "unregistered card.\n\nTell us about the lost card as soon as possible, so that "
                "we can block the old card.",
            ),
        },
    ),
    "travel-card-discount": (
        "public-transport",
        {
            "fi": (
                "Alennukset joukkoliikenteessä",
                "Hei {customer_name},\n\nLapset, opiskelijat, eläkeläiset ja 65 vuotta "
                "täyttäneet saavat alennusta bussilipuista. Alle 7-vuotiaat matkustavat aikuisen "
                "seurassa ilmaiseksi.\n\nAlennus liitetään matkakorttiin "
                "asiakaspalvelupisteessä. Ota mukaan opiskelijakortti, eläkekortti tai "
                "henkilöllisyystodistus. Myös työttömät työnhakijat ja vammaiset voivat saada "
                "alennuksen; tuo mukaan päätös tai todistus.",
            ),
            "sv": (
                "Rabatter i kollektivtrafiken",
                "Hej {customer_name},\n\nBarn, studerande, pensionärer och personer som fyllt 65 "
                "år får rabatt på bussbiljetter. Barn under 7 år reser gratis tillsammans med en "
                "vuxen.\n\nRabatten läggs in på resekortet vid kundservicepunkten. Ta med "
                "studiekort, pensionskort eller identitetsbevis. Också arbetslösa arbetssökande "
                "och personer med funktionsnedsättning kan få rabatt; ta med beslut eller intyg.",
            ),
            "en": (
                "Discounts on public transport",
                "Hello {customer_name},\n\nChildren, students, pensioners and people aged 65 or "
                "over get a discount on bus tickets. Children under 7 travel free with an "
                "adult.\n\nThe discount is added to your travel card at the customer service "
                "point. Bring your student card, pension card or an ID. Unemployed jobseekers "
                "and people with disabilities can also get a discount; bring the decision or "
                "certificate.",
            ),
        },
    ),
    "bus-stop-fault": (
        "public-transport",
        {
            "fi": (
                "Rikkinäinen bussipysäkki tai katos",
                "Hei {customer_name},\n\nRikkinäinen pysäkkikatos, puuttuva aikataulu tai "
                "pysäkkimerkki korjataan kahden viikon kuluessa. Rikkoutunut lasi ja muut "
                "vaaralliset viat korjataan heti.\n\nVälitimme vian pysäkkien "
                "kunnossapitoon.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Trasig busshållplats eller väderskydd",
                "Hej {customer_name},\n\nEtt trasigt väderskydd, en tidtabell som saknas eller "
                "ett hållplatsmärke repareras inom två veckor. Krossat glas och andra farliga "
                "fel repareras genast.\n\nVi har skickat felet till hållplatsernas "
                "underhåll.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Broken bus stop or shelter",
                "Hello {customer_name},\n\nA broken shelter, missing timetable or bus stop sign "
                "is repaired within two weeks. Broken glass and other dangerous faults are "
                "repaired at once.\n\nWe have passed the fault to bus stop maintenance.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "bus-driver-feedback": (
        "public-transport",
        {
            "fi": (
                "Palaute kuljettajasta",
                "Hei {customer_name},\n\nKiitos palautteesta. Välitimme sen liikennöitsijälle, "
                "joka vastaa kuljettajien työstä. Liikennöitsijä käy palautteen läpi kuljettajan "
                "kanssa.\n\nKerro tarvittaessa linja, päivä, kellonaika ja suunta, niin "
                "kuljettaja tunnistetaan. Saat vastauksen {expected_date} mennessä.\n\nAsiasi "
                "tunnus on {reference}.",
            ),
            "sv": (
                "Respons om chauffören",
                "Hej {customer_name},\n\nTack för responsen. Vi har skickat den till "
                "trafikföretaget, som ansvarar för chaufförernas arbete. Trafikföretaget går "
                "igenom responsen med chauffören.\n\nBerätta gärna linje, dag, klockslag och "
                "riktning, så att chauffören kan identifieras. Du får svar senast "
                "{expected_date}.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Feedback about a driver",
                "Hello {customer_name},\n\nThank you for your feedback. We have passed it to the "
                "bus operator, who is responsible for the drivers' work. The operator will go "
                "through it with the driver.\n\nIf you can, tell us the line, day, time and "
                "direction, so that the driver can be identified. You will get a reply by "
                "{expected_date}.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "bus-route-wish": (
        "public-transport",
        {
            "fi": (
                "Toive uudesta reitistä tai vuorosta",
                "Hei {customer_name},\n\nEmme voi muuttaa reittejä tai lisätä vuoroja kesken "
                "kauden. Reitit ja aikataulut suunnitellaan kerran vuodessa, ja uudet aikataulut "
                "alkavat elokuussa.\n\nKirjasimme toiveesi joukkoliikennesuunnittelijalle, joka "
                "ottaa sen huomioon seuraavan kauden suunnittelussa.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Önskemål om ny linje eller tur",
                "Hej {customer_name},\n\nVi kan inte ändra linjer eller lägga till turer mitt "
                "under säsongen. Linjer och tidtabeller planeras en gång om året, och nya "
                "tidtabeller börjar i augusti.\n\nVi har antecknat ditt önskemål för "
                "kollektivtrafikplaneraren, som beaktar det när nästa säsong planeras.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Request for a new route or service",
                "Hello {customer_name},\n\nWe cannot change routes or add buses in the middle of "
                "a season. Routes and timetables are planned once a year, and new timetables "
                "start in August.\n\nWe have recorded your request for the public transport "
                "planner, who will take it into account when planning the next season.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "on-demand-transport": (
        "public-transport",
        {
            "fi": (
                "Palveluliikenne ja kutsuliikenne",
                "Hei {customer_name},\n\nPalveluliikenne on kaikille avoin pikkubussi, joka "
                "kulkee asuinalueilta keskustaan ja kauppoihin. Se on tarkoitettu erityisesti "
                "ikäihmisille. Kyytiin pääsee pysäkeiltä ja myös reitin "
                "varrelta.\n\nKutsuliikenne tilataan puhelimella edellisenä arkipäivänä. "
                "Kyydissä käyvät tavalliset bussiliput ja matkakortti. Kuljetuspalvelusta, kuten "
                "taksiseteleistä, päättää sosiaalitoimi.",
            ),
            "sv": (
                "Servicetrafik och anropstrafik",
                "Hej {customer_name},\n\nServicetrafiken är en liten buss för alla som kör från "
                "bostadsområdena till centrum och butikerna. Den är särskilt tänkt för äldre. "
                "Man kan stiga på vid hållplatser och också längs rutten.\n\nAnropstrafiken "
                "beställs per telefon föregående vardag. Vanliga bussbiljetter och resekortet "
                "gäller. Om färdtjänst, till exempel taxisedlar, beslutar socialväsendet.",
            ),
            "en": (
                "Service bus and on-demand transport",
                "Hello {customer_name},\n\nThe service bus is a small bus open to everyone. It "
                "runs from the housing areas to the centre and the shops, and it is meant "
                "especially for older people. You can get on at bus stops and also along the "
                "route.\n\nOn-demand transport is booked by phone on the previous working day. "
                "Ordinary bus tickets and the travel card are valid. Transport services for "
                "disabled people, such as taxi vouchers, are decided by social services.",
            ),
        },
    ),
    "mobile-ticket": (
        "public-transport",
        {
            "fi": (
                "Mobiililippu",
                "Hei {customer_name},\n\nBussilipun voi ostaa puhelimella Matkahuollon "
                "mobiilisovelluksesta. Näytä lippu kuljettajalle, kun nouset "
                "kyytiin.\n\nSovelluksessa voit ostaa kerta- ja kausilippuja. Jos lippu ei näy "
                "tai maksu ei onnistu, ota yhteyttä sovelluksen asiakaspalveluun. Voit myös "
                "maksaa bussissa pankkikortilla.",
            ),
            "sv": (
                "Mobilbiljett",
                "Hej {customer_name},\n\nDu kan köpa bussbiljetten med telefonen i Matkahuoltos "
                "mobilapp. Visa biljetten för chauffören när du stiger på.\n\nI appen kan du "
                "köpa enkel- och periodbiljetter. Om biljetten inte syns eller betalningen inte "
                "går igenom, kontakta appens kundtjänst. Du kan också betala med bankkort i "
                "bussen.",
            ),
            "en": (
                "Mobile ticket",
                "Hello {customer_name},\n\nYou can buy a bus ticket on your phone in the "
                "Matkahuolto mobile app. Show the ticket to the driver when you get on.\n\nThe "
                "app sells single and season tickets. If the ticket does not show or the payment "
                "fails, contact the app's customer service. You can also pay by bank card on the "
                "bus.",
            ),
        },
    ),
    "bus-lost-item": (
        "public-transport",
        {
            "fi": (
                "Bussiin unohtunut tavara",
                "Hei {customer_name},\n\nBussiin unohtuneet tavarat säilytetään liikennöitsijän "
                "toimistossa kaksi viikkoa. Sen jälkeen ne toimitetaan poliisin "
                "löytötavaratoimistoon.\n\nKysyimme tavaraa liikennöitsijältä. Kerro linja, "
                "päivä, kellonaika ja tavaran kuvaus, jos et vielä kertonut. Ilmoitamme sinulle, "
                "jos tavara löytyy.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Föremål som glömts i bussen",
                "Hej {customer_name},\n\nFöremål som glömts i bussen förvaras två veckor på "
                "trafikföretagets kontor. Efter det lämnas de till polisens "
                "hittegodskontor.\n\nVi har frågat trafikföretaget efter föremålet. Berätta "
                "linje, dag, klockslag och hur föremålet ser ut, om du inte redan har gjort det. "
                "Vi meddelar dig om det hittas.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Item left on a bus",
                "Hello {customer_name},\n\nItems left on buses are kept at the bus operator's "
                "office for two weeks. After that they go to the police lost property "
                "office.\n\nWe have asked the bus operator about your item. If you have not yet "
                "told us, please give the line, day, time and a description of the item. We will "
                "let you know if it is found.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "plans-on-display": (
        "map-extracts",
        {
            "fi": (
                "Nähtävillä olevat kaavat ja apu niiden lukemiseen",
                "Hei {customer_name},\n\nNähtävillä olevat kaavat ovat kaupungintalon "
                "alakerrassa ja kaupungin verkkosivuilla. Kaavat voi katsoa aukioloaikoina ilman "
                "ajanvarausta.\n\nAsiakaspalvelu auttaa löytämään oikean kaavan. Jos tarvitset "
                "apua kaavamerkintöjen tulkintaan, pyydämme kaavoittajan vastaamaan sinulle tai "
                "varaamme sinulle ajan. Voit myös vastata tähän viestiin kysymykselläsi.",
            ),
            "sv": (
                "Planer som är framlagda och hjälp att läsa dem",
                "Hej {customer_name},\n\nFramlagda planer finns på nedre våningen i stadshuset "
                "och på stadens webbplats. Du kan titta på dem under öppettiderna utan att boka "
                "tid.\n\nKundtjänsten hjälper dig att hitta rätt plan. Om du behöver hjälp att "
                "tolka planbeteckningarna ber vi planläggaren svara dig eller bokar en tid åt "
                "dig. Du kan också svara på detta meddelande med din fråga.",
            ),
            "en": (
                "Plans on display and help in reading them",
                "Hello {customer_name},\n\nPlans that are on public display are on the ground "
                "floor of the city hall and on the city's website. You can look at them during "
                "opening hours without an appointment.\n\nCustomer service helps you find the "
                "right plan. If you need help understanding the plan markings, we will ask a "
                "planner to answer you or book you an appointment. You can also reply to this "
                "message with your question.",
            ),
        },
    ),
    "plan-comment": (
        "map-extracts",
        {
            "fi": (
                "Mielipide tai muistutus kaavasta",
                "Hei {customer_name},\n\nMielipiteesi tai muistutuksesi kaavasta on "
                "vastaanotettu ja kirjattu. Se liitetään kaava-asiakirjoihin, ja kaavoittaja "
                "käsittelee sen.\n\nPerusteltu vastine muistutuksiin julkaistaan, kun "
                "kaavaehdotus etenee päätöksentekoon. Jos annoit yhteystietosi, saat vastineen "
                "myös suoraan.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Åsikt eller anmärkning om en plan",
                "Hej {customer_name},\n\nDin åsikt eller anmärkning om planen har tagits emot "
                "och registrerats. Den fogas till planhandlingarna och planläggaren behandlar "
                "den.\n\nEtt motiverat bemötande av anmärkningarna publiceras när planförslaget "
                "går vidare till beslut. Om du gav dina kontaktuppgifter får du bemötandet också "
                "direkt.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Opinion or objection on a plan",
                "Hello {customer_name},\n\nYour opinion or objection on the plan has been "
                "received and recorded. It is added to the plan documents and the planner will "
                "consider it.\n\nA reasoned response to the objections is published when the "
                "plan proposal goes forward for decision. If you gave your contact details, you "
                "will also get the response directly.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "building-drawings-copy": (
        "map-extracts",
        {
            "fi": (
                "Kopio rakennuksen piirustuksista",
                "Hei {customer_name},\n\nSaat kopion rakennuksen piirustuksista, esimerkiksi "
                "pohjapiirustuksesta, rakennusvalvonnan arkistosta. Uudet piirustukset löytyvät "
                "myös Lupapiste-kaupasta.\n\nJos et voi käyttää Lupapistettä, tilaa kopio "
                "asiakaspalvelusta. Haemme paperipiirustukset arkistosta ja lähetämme ne "
                "sähköpostiin tai tulostettuina noudettaviksi. Kerro osoite tai "
                "kiinteistötunnus. Kopiot ovat maksullisia hinnaston mukaan, ja ne ovat valmiina "
                "noin viikossa.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Kopia av byggnadens ritningar",
                "Hej {customer_name},\n\nDu får en kopia av byggnadens ritningar, till exempel "
                "planritningen, från byggnadstillsynens arkiv. Nyare ritningar finns också i "
                "Lupapiste-butiken.\n\nOm du inte kan använda Lupapiste kan du beställa kopian i "
                "kundtjänsten. Vi hämtar pappersritningarna i arkivet och skickar dem per e-post "
                "eller utskrivna att hämta. Ange adress eller fastighetsbeteckning. Kopiorna "
                "kostar enligt prislistan och är klara på ungefär en vecka.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Copy of a building's drawings",
                "Hello {customer_name},\n\nYou can get a copy of a building's drawings, for "
                "example the floor plan, from the building control archive. Newer drawings are "
                "also in the Lupapiste shop.\n\nIf you cannot use Lupapiste, order the copy from "
                "customer service. We fetch the paper drawings from the archive and send them by "
                "e-mail or printed for you to collect. Give the address or property ID. Copies "
                "are charged by the price list and are ready in about a week.\n\nYour reference "
                "is {reference}.",
            ),
        },
    ),
    "builder-package-ready": (
        "builder-package",
        {
            "fi": (
                "Rakentajapaketti on noudettavissa",
                "Hei {customer_name},\n\nTilaamasi rakentajapaketti on valmis. Voit noutaa sen "
                "kaupungintalon asiakaspalvelupisteestä aukioloaikoina. Ota mukaan "
                "henkilöllisyystodistus.\n\nPaketissa ovat tilaamasi asiakirjat, kuten "
                "pohjakartta, tonttikartta ja liitoskohtalausunto. Lasku lähetetään erikseen. "
                "Sähköiset asiakirjat lähetimme myös sähköpostiisi.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Byggarpaketet kan hämtas",
                "Hej {customer_name},\n\nByggarpaketet du beställde är klart. Du kan hämta det "
                "vid kundservicepunkten i stadshuset under öppettiderna. Ta med ett "
                "identitetsbevis.\n\nI paketet finns de handlingar du beställde, till exempel "
                "baskarta, tomtkarta och utlåtande om anslutningspunkter. Fakturan skickas "
                "separat. De elektroniska handlingarna har vi också skickat till din "
                "e-post.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "The builder's package is ready to collect",
                "Hello {customer_name},\n\nThe builder's package you ordered is ready. You can "
                "collect it at the city hall's customer service point during opening hours. "
                "Please bring an ID.\n\nThe package has the documents you ordered, such as the "
                "base map, plot map and connection point statement. The invoice is sent "
                "separately. We have also sent the electronic documents to your e-mail.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "neighbour-hearing-form": (
        "builder-package",
        {
            "fi": (
                "Naapurin kuuleminen rakennushankkeessa",
                "Hei {customer_name},\n\nNaapureita kuullaan, kun haet rakentamislupaa (ennen "
                "rakennuslupa). Voit kuulla naapurit itse: pyydä heiltä allekirjoitus naapurin "
                "kuulemislomakkeeseen ja liitä se hakemukseen "
                "Lupapisteessä.\n\nKuulemislomakkeen saat kaupungin verkkosivuilta tai "
                "paperisena asiakaspalvelupisteestä. Kaupunki voi myös hoitaa kuulemisen "
                "puolestasi maksua vastaan.",
            ),
            "sv": (
                "Hörande av grannar vid byggprojekt",
                "Hej {customer_name},\n\nGrannarna hörs när du söker bygglov. Du kan höra "
                "grannarna själv: be dem skriva under blanketten för hörande av grannar och "
                "bifoga den till ansökan i Lupapiste.\n\nBlanketten finns på stadens webbplats "
                "och på papper vid kundservicepunkten. Staden kan också sköta hörandet åt dig "
                "mot en avgift.",
            ),
            "en": (
                "Hearing the neighbours about a building project",
                "Hello {customer_name},\n\nYour neighbours are heard when you apply for a "
                "building permit. You can do it yourself: ask them to sign the neighbour hearing "
                "form and attach it to your application in Lupapiste.\n\nThe form is on the "
                "city's website, and on paper at the customer service point. The city can also "
                "hear the neighbours for you for a fee.",
            ),
        },
    ),
    "plots-for-sale": (
        "plot-reservation",
        {
            "fi": (
                "Myytävät tontit",
                "Hei {customer_name},\n\nKaupungin vapaat omakoti- ja rivitalotontit näkyvät "
                "kaupungin verkkosivujen tonttipörssissä. Asiakaspalvelupisteessä on "
                "tonttikansio, jossa ovat tonttien tiedot, kartat ja valokuvat.\n\nTontin voi "
                "ostaa tai vuokrata. Hinnat, koot ja rakentamismääräykset ovat tonttipörssissä. "
                "Kun löydät sopivan tontin, voit tehdä tonttivarauksen verkossa tai "
                "asiakaspalvelussa.",
            ),
            "sv": (
                "Tomter till salu",
                "Hej {customer_name},\n\nStadens lediga tomter för egnahems- och radhus finns i "
                "tomtbörsen på stadens webbplats. Vid kundservicepunkten finns en tomtpärm med "
                "tomternas uppgifter, kartor och fotografier.\n\nDu kan köpa eller arrendera en "
                "tomt. Priser, storlekar och byggbestämmelser finns i tomtbörsen. När du har "
                "hittat en lämplig tomt kan du reservera den på webben eller i kundtjänsten.",
            ),
            "en": (
                "Plots for sale",
                "Hello {customer_name},\n\nThe city's free plots for detached and terraced "
                "houses are in the plot exchange on the city's website. The customer service "
                "point has a plot folder with details, maps and photos of each plot.\n\nYou can "
                "buy or lease a plot. Prices, sizes and building rules are in the plot exchange. "
                "When you find a suitable plot, you can reserve it online or at customer service.",
            ),
        },
    ),
    "land-lease-contract-signing": (
        "plot-reservation",
        {
            "fi": (
                "Maanvuokrasopimuksen allekirjoittaminen",
                "Hei {customer_name},\n\nMaanvuokrasopimuksesi on valmis allekirjoitettavaksi. "
                "Kaupunki on jo allekirjoittanut sen. Voit tulla allekirjoittamaan sen "
                "asiakaspalvelupisteeseen aukioloaikoina ilman ajanvarausta.\n\nOta mukaan "
                "henkilöllisyystodistus. Jos vuokralaisia on useampi, kaikkien pitää "
                "allekirjoittaa sopimus. Saat oman kappaleesi mukaan heti.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Underteckna arrendeavtalet",
                "Hej {customer_name},\n\nDitt arrendeavtal är klart att undertecknas. Staden har "
                "redan undertecknat det. Du kan komma och underteckna det vid kundservicepunkten "
                "under öppettiderna utan tidsbokning.\n\nTa med ett identitetsbevis. Om ni är "
                "flera arrendatorer ska alla underteckna avtalet. Du får ditt eget exemplar med "
                "dig genast.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Signing the land lease agreement",
                "Hello {customer_name},\n\nYour land lease agreement is ready to sign. The city "
                "has already signed it. You can come and sign it at the customer service point "
                "during opening hours, without an appointment.\n\nPlease bring an ID. If there "
                "are several tenants, all of them must sign. You get your own copy straight "
                "away.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "land-lease-rent": (
        "plot-reservation",
        {
            "fi": (
                "Tontinvuokra ja vuokralasku",
                "Hei {customer_name},\n\nTontinvuokra laskutetaan kerran vuodessa. Lasku "
                "lähetetään helmikuussa, ja se erääntyy maaliskuussa. Vuokra on sidottu "
                "elinkustannusindeksiin, joten se muuttuu joka vuosi indeksin mukaan.\n\nVuokran "
                "määrä ja tarkistusehdot ovat maanvuokrasopimuksessa. Jos haluat maksaa vuokran "
                "erissä tai lasku on mielestäsi väärin, vastaa tähän viestiin, niin tarkistamme "
                "asian.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Tomtarrende och arrendefaktura",
                "Hej {customer_name},\n\nTomtarrendet faktureras en gång om året. Fakturan "
                "skickas i februari och förfaller i mars. Arrendet är bundet till "
                "levnadskostnadsindex och ändras därför varje år enligt indexet.\n\nArrendets "
                "belopp och villkoren för justering står i arrendeavtalet. Om du vill betala i "
                "rater eller om du tycker att fakturan är fel, svara på detta meddelande så "
                "kontrollerar vi saken.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Ground rent and the rent invoice",
                "Hello {customer_name},\n\nGround rent for a leased plot is invoiced once a "
                "year. The invoice is sent in February and is due in March. The rent is tied to "
                "the cost-of-living index, so it changes every year with the index.\n\nThe "
                "amount and how it is reviewed are in your land lease agreement. If you want to "
                "pay in instalments, or you think the invoice is wrong, reply to this message "
                "and we will check it.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "land-lease-redeem": (
        "plot-reservation",
        {
            "fi": (
                "Vuokratontin lunastaminen",
                "Hei {customer_name},\n\nVoit ostaa vuokraamasi asuintontin kaupungilta. Hinta "
                "määräytyy kaupunginhallituksen vahvistamien hintojen mukaan, ja siitä "
                "vähennetään ehtojen mukaiset hyvitykset.\n\nLähetä lunastushakemus "
                "verkkolomakkeella tai asiakaspalveluun. Tonttipalvelut lähettää sinulle "
                "tarjouksen noin kuukauden kuluessa. Kauppakirja allekirjoitetaan "
                "asiakaspalvelupisteessä.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Lösa in en arrendetomt",
                "Hej {customer_name},\n\nDu kan köpa den bostadstomt du arrenderar av staden. "
                "Priset bestäms enligt de priser som stadsstyrelsen fastställt, minus eventuella "
                "gottgörelser enligt villkoren.\n\nSkicka en ansökan om inlösen med "
                "webbformuläret eller till kundtjänsten. Tomttjänsterna skickar dig ett anbud "
                "inom ungefär en månad. Köpebrevet undertecknas vid kundservicepunkten.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Buying a leased plot",
                "Hello {customer_name},\n\nYou can buy the residential plot you lease from the "
                "city. The price follows the prices set by the city board, minus any credits in "
                "the lease terms.\n\nSend an application with the web form or to customer "
                "service. Plot services will send you an offer within about a month. The deed of "
                "sale is signed at the customer service point.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "land-lease-transfer": (
        "plot-reservation",
        {
            "fi": (
                "Vuokraoikeuden siirto, kun talo myydään",
                "Hei {customer_name},\n\nKun myyt talon vuokratontilla, vuokraoikeus siirtyy "
                "ostajalle. Ostajan pitää hakea vuokraoikeuden siirron kirjaamista "
                "Maanmittauslaitokselta kuuden kuukauden kuluessa kaupasta.\n\nIlmoita kaupasta "
                "myös kaupungille: lähetä kopio kauppakirjasta asiakaspalveluun. Päivitämme "
                "vuokralaisen tiedot, ja seuraava vuokralasku lähtee uudelle "
                "omistajalle.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Överlåtelse av arrenderätten när huset säljs",
                "Hej {customer_name},\n\nNär du säljer ett hus på en arrendetomt övergår "
                "arrenderätten till köparen. Köparen ska ansöka om inskrivning av överlåtelsen "
                "hos Lantmäteriverket inom sex månader efter köpet.\n\nMeddela också staden om "
                "köpet: skicka en kopia av köpebrevet till kundtjänsten. Vi uppdaterar "
                "arrendatorns uppgifter och nästa faktura går till den nya ägaren.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Transferring the lease when a house is sold",
                "Hello {customer_name},\n\nWhen you sell a house on a leased plot, the lease "
                "passes to the buyer. The buyer must apply to the National Land Survey to "
                "register the transfer within six months of the sale.\n\nPlease also tell the "
                "city about the sale: send a copy of the deed of sale to customer service. We "
                "will update the tenant's details, and the next rent invoice will go to the new "
                "owner.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "zoning-initiative-appointment": (
        "zoning-initiative",
        {
            "fi": (
                "Tapaaminen kaavoittajan kanssa kaava-aloitteesta",
                "Hei {customer_name},\n\nEnnen kuin aloite kirjataan, käymme sen läpi kanssasi. "
                "Kaavoittaja ottaa sinuun yhteyttä {expected_date} mennessä ja sopii kanssasi "
                "tapaamisen. Tapaaminen on kaupungintalolla tai Teamsissa.\n\nOta mukaan "
                "täytetty kaava-aloitelomake ja mahdolliset luonnokset tai kartat. Jos sinulla "
                "on kysyttävää ennen sitä, vastaa tähän viestiin.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Möte med planläggaren om planinitiativet",
                "Hej {customer_name},\n\nInnan initiativet registreras går vi igenom det "
                "tillsammans med dig. Planläggaren kontaktar dig senast {expected_date} och "
                "kommer överens om ett möte med dig. Mötet hålls i stadshuset eller i "
                "Teams.\n\nTa med den ifyllda blanketten för planinitiativ och eventuella "
                "skisser eller kartor. Om du har frågor innan dess, svara på detta "
                "meddelande.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Meeting the planner about your zoning initiative",
                "Hello {customer_name},\n\nBefore it is recorded, we go through it with you. A "
                "planner will contact you by {expected_date} to agree on a meeting. The meeting "
                "is at the city hall or on Teams.\n\nPlease bring the filled-in initiative form "
                "and any sketches or maps. If you have questions before that, reply to this "
                "message.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "daycare-paper-application": (
        "early-education",
        {
            "fi": (
                "Paperinen varhaiskasvatushakemus",
                "Hei {customer_name},\n\nPaperisen varhaiskasvatushakemuksen voi jättää "
                "asiakaspalvelupisteeseen. Tallennamme sen järjestelmään puolestasi, ja se "
                "käsitellään kuten verkossa tehty hakemus.\n\nHakemuksen käsittelyaika alkaa "
                "päivästä, jolloin hakemus tuli meille. Hae paikkaa neljä kuukautta ennen kuin "
                "tarvitset sitä, tai kaksi viikkoa ennen, jos tarve johtuu äkillisestä työstä "
                "tai opiskelusta. Lomakkeen saat asiakaspalvelupisteestä tai tulostettuna "
                "verkkosivuilta.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Ansökan om småbarnspedagogik på papper",
                "Hej {customer_name},\n\nDu kan lämna in en ansökan om småbarnspedagogik på "
                "papper vid kundservicepunkten. Vi sparar den i systemet åt dig, och den "
                "behandlas som en ansökan som gjorts på webben.\n\nHandläggningstiden börjar den "
                "dag ansökan kom till oss. Sök plats fyra månader innan du behöver den, eller "
                "två veckor innan om behovet beror på ett plötsligt arbete eller studier. "
                "Blanketten får du vid kundservicepunkten eller utskriven från "
                "webbplatsen.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Paper application for early childhood education",
                "Hello {customer_name},\n\nYou can hand in a paper application for early "
                "childhood education at the customer service point. We save it in the system for "
                "you, and it is handled like an online application.\n\nThe handling time starts "
                "on the day we receive the application. Apply four months before you need the "
                "place, or two weeks before if the need comes from a sudden job or studies. You "
                "get the form at the customer service point or can print it from the "
                "website.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "daycare-decision": (
        "early-education",
        {
            "fi": (
                "Päätös varhaiskasvatuspaikasta",
                "Hei {customer_name},\n\nPäätös varhaiskasvatuspaikasta tulee viimeistään kaksi "
                "viikkoa ennen kuin hoito alkaa. Näet päätöksen sähköisessä asiointipalvelussa, "
                "ja se lähetetään myös postitse, jos et käytä sähköistä asiointia.\n\nPaikka "
                "pitää ottaa vastaan tai perua kahden viikon kuluessa päätöksestä. Jos päätös ei "
                "ole tullut ajoissa, kerro lapsen nimi ja syntymäaika, niin tarkistamme "
                "tilanteen.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Beslut om plats inom småbarnspedagogiken",
                "Hej {customer_name},\n\nBeslutet om plats kommer senast två veckor innan vården "
                "börjar. Du ser beslutet i den elektroniska e-tjänsten, och det skickas också "
                "per post om du inte använder e-tjänsten.\n\nPlatsen ska tas emot eller "
                "annulleras inom två veckor efter beslutet. Om beslutet inte har kommit i tid, "
                "berätta barnets namn och födelsedatum så kontrollerar vi läget.\n\nDitt ärende "
                "har numret {reference}.",
            ),
            "en": (
                "Decision on an early education place",
                "Hello {customer_name},\n\nThe decision on the place comes at the latest two "
                "weeks before care starts. You can see it in the online service, and it is also "
                "posted to you if you do not use the online service.\n\nYou must accept or "
                "cancel the place within two weeks of the decision. If the decision has not "
                "arrived in time, tell us the child's name and date of birth and we will "
                "check.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "family-daycare-holiday": (
        "early-education",
        {
            "fi": (
                "Perhepäivähoitajan loma ja varahoito",
                "Hei {customer_name},\n\nKun perhepäivähoitaja on lomalla tai sairaana, kaupunki "
                "järjestää lapselle varahoidon, jos tarvitset sitä. Varahoitopaikka on yleensä "
                "varahoitopäiväkodissa tai toisella perhepäivähoitajalla.\n\nIlmoita varahoidon "
                "tarpeesta kaksi viikkoa ennen hoitajan lomaa sähköisessä asiointipalvelussa tai "
                "vastaamalla tähän viestiin. Jos lapsi on kotona hoitajan loman ajan, siitä ei "
                "peritä maksua.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Familjedagvårdarens semester och reservvård",
                "Hej {customer_name},\n\nNär familjedagvårdaren har semester eller är sjuk "
                "ordnar staden reservvård för barnet om du behöver det. Reservvården är vanligen "
                "i ett reservvårdsdaghem eller hos en annan familjedagvårdare.\n\nMeddela "
                "behovet av reservvård två veckor före vårdarens semester i e-tjänsten eller "
                "genom att svara på detta meddelande. Om barnet är hemma under vårdarens "
                "semester tas ingen avgift ut.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Family day carer's holiday and substitute care",
                "Hello {customer_name},\n\nWhen your family day carer is on holiday or ill, the "
                "city arranges substitute care for your child if you need it. It is usually at a "
                "back-up daycare centre or with another family day carer.\n\nTell us two weeks "
                "before the carer's holiday if you need substitute care, in the online service "
                "or by replying to this message. If your child stays at home during the carer's "
                "holiday, there is no fee for that time.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "daycare-termination": (
        "early-education",
        {
            "fi": (
                "Varhaiskasvatuspaikan irtisanominen",
                "Hei {customer_name},\n\nVoit irtisanoa varhaiskasvatuspaikan sähköisessä "
                "asiointipalvelussa tai vastaamalla tähän viestiin. Kerro lapsen nimi ja "
                "viimeinen hoitopäivä.\n\nMaksu peritään viimeiseen hoitopäivään asti. Irtisano "
                "paikka vähintään kaksi viikkoa ennen viimeistä hoitopäivää. Jos lapsi siirtyy "
                "esiopetukseen tai toiseen päiväkotiin, paikkaa ei tarvitse irtisanoa "
                "erikseen.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Säga upp platsen inom småbarnspedagogiken",
                "Hej {customer_name},\n\nDu kan säga upp platsen i e-tjänsten eller genom att "
                "svara på detta meddelande. Berätta barnets namn och den sista "
                "vårddagen.\n\nAvgiften tas ut fram till den sista vårddagen. Säg upp platsen "
                "minst två veckor före den sista vårddagen. Om barnet börjar i förskolan eller "
                "byter daghem behöver du inte säga upp platsen separat.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Ending an early education place",
                "Hello {customer_name},\n\nYou can end the place in the online service or by "
                "replying to this message. Tell us the child's name and the last day of "
                "care.\n\nThe fee is charged up to the last day of care. Give notice at least "
                "two weeks before the last day. If your child moves to pre-school or to another "
                "daycare centre, you do not need to end the place separately.\n\nYour reference "
                "is {reference}.",
            ),
        },
    ),
    "afternoon-club-decision": (
        "afternoon-activities",
        {
            "fi": (
                "Päätös iltapäivätoimintapaikasta",
                "Hei {customer_name},\n\nPäätökset iltapäivätoiminnan paikoista lähetetään "
                "kesäkuun alussa. Keväällä hakeneet saavat tiedon ennen koulujen alkua. "
                "Myöhemmin hakeneille paikka myönnetään, jos ryhmissä on tilaa.\n\nNäet "
                "päätöksen sähköisessä asiointipalvelussa. Jos päätöstä ei ole kuulunut, kerro "
                "lapsen nimi ja koulu, niin tarkistamme tilanteen.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Beslut om plats i eftermiddagsverksamheten",
                "Hej {customer_name},\n\nBesluten om platser i eftermiddagsverksamheten skickas "
                "i början av juni. De som sökt på våren får besked innan skolan börjar. De som "
                "söker senare får plats om det finns rum i grupperna.\n\nDu ser beslutet i "
                "e-tjänsten. Om beslutet inte har kommit, berätta barnets namn och skola så "
                "kontrollerar vi läget.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Decision on an after-school club place",
                "Hello {customer_name},\n\nDecisions on after-school club places are sent at the "
                "beginning of June. Those who applied in spring hear before school starts. Those "
                "who apply later get a place if the groups have room.\n\nYou can see the "
                "decision in the online service. If you have not heard, tell us the child's name "
                "and school and we will check.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "afternoon-club-fees": (
        "afternoon-activities",
        {
            "fi": (
                "Iltapäivätoiminnan maksut",
                "Hei {customer_name},\n\nIltapäivätoiminnan kuukausimaksu on 120 euroa, jos "
                "lapsi on toiminnassa yli 3 tuntia päivässä, ja 100 euroa, jos enintään 3 "
                "tuntia. Maksu laskutetaan kuukausittain syyskuusta toukokuuhun.\n\nJos lapsi on "
                "poissa koko kuukauden sairauden vuoksi, maksua ei peritä. Pienituloinen perhe "
                "voi hakea maksun alentamista tai vapautusta.",
            ),
            "sv": (
                "Avgifter för eftermiddagsverksamheten",
                "Hej {customer_name},\n\nMånadsavgiften för eftermiddagsverksamheten är 120 euro "
                "om barnet deltar mer än 3 timmar per dag och 100 euro om högst 3 timmar. "
                "Avgiften faktureras varje månad från september till maj.\n\nOm barnet är borta "
                "en hel månad på grund av sjukdom tas ingen avgift ut. En familj med små "
                "inkomster kan ansöka om nedsättning av eller befrielse från avgiften.",
            ),
            "en": (
                "Fees for after-school clubs",
                "Hello {customer_name},\n\nThe after-school club fee is 120 euros a month if "
                "your child attends more than 3 hours a day, and 100 euros for up to 3 hours. It "
                "is invoiced monthly from September to May.\n\nIf your child is away a whole "
                "month because of illness, there is no fee. A family with a low income can apply "
                "for a lower fee or to be exempted.",
            ),
        },
    ),
    "study-voucher": (
        "adult-education",
        {
            "fi": (
                "Opintoseteli kurssimaksuun",
                "Hei {customer_name},\n\nOpintosetelillä saat alennusta kansalaisopiston "
                "kurssimaksusta. Opintoseteleitä myönnetään esimerkiksi työttömille, "
                "eläkeläisille, maahanmuuttajille ja ikäihmisille.\n\nHae opintoseteliä "
                "kurssille ilmoittautumisen yhteydessä tai asiakaspalvelupisteessä. Ota mukaan "
                "todistus, joka osoittaa, että kuulut kohderyhmään. Seteleitä on rajallinen "
                "määrä, ja ne jaetaan hakujärjestyksessä.",
            ),
            "sv": (
                "Studiesedel för kursavgiften",
                "Hej {customer_name},\n\nMed en studiesedel får du rabatt på "
                "medborgarinstitutets kursavgift. Studiesedlar beviljas till exempel arbetslösa, "
                "pensionärer, invandrare och äldre.\n\nAnsök om studiesedel när du anmäler dig "
                "till kursen eller vid kundservicepunkten. Ta med ett intyg som visar att du hör "
                "till målgruppen. Antalet studiesedlar är begränsat och de delas ut i den "
                "ordning ansökningarna kommer.",
            ),
            "en": (
                "Study voucher for the course fee",
                "Hello {customer_name},\n\nA study voucher gives you a discount on the adult "
                "education centre's course fee. Vouchers are given for example to unemployed "
                "people, pensioners, immigrants and older people.\n\nApply for a voucher when "
                "you enrol on the course or at the customer service point. Bring a certificate "
                "that shows you belong to the target group. There is a limited number of "
                "vouchers, and they are given in the order applications arrive.",
            ),
        },
    ),
    "adult-education-paper-enrolment": (
        "adult-education",
        {
            "fi": (
                "Ilmoittautuminen kurssille asiakaspalvelussa",
                "Hei {customer_name},\n\nKansalaisopiston kursseille voi ilmoittautua "
                "asiakaspalvelupisteessä tai puhelimitse, jos verkossa ilmoittautuminen ei "
                "onnistu. Ilmoittautumiset otetaan vastaan samassa järjestyksessä kuin "
                "verkossa.\n\nKirjasimme ilmoittautumisesi. Saat vahvistuksen tekstiviestillä "
                "tai sähköpostilla. Lasku lähetetään kotiin, kun kurssi alkaa.\n\nAsiasi tunnus "
                "on {reference}.",
            ),
            "sv": (
                "Anmälan till kurs i kundtjänsten",
                "Hej {customer_name},\n\nDu kan anmäla dig till medborgarinstitutets kurser vid "
                "kundservicepunkten eller per telefon om anmälan på webben inte lyckas. "
                "Anmälningarna tas emot i samma ordning som på webben.\n\nVi har registrerat din "
                "anmälan. Du får en bekräftelse per sms eller e-post. Fakturan skickas hem när "
                "kursen börjar.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Enrolling on a course at customer service",
                "Hello {customer_name},\n\nYou can enrol on the adult education centre's courses "
                "at the customer service point or by phone if enrolling online does not work. "
                "These enrolments are taken in the same order as online ones.\n\nWe have "
                "recorded your enrolment. You will get a confirmation by text message or e-mail. "
                "The invoice is sent to your home when the course starts.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "adult-education-discount-proof": (
        "adult-education",
        {
            "fi": (
                "Alennustodistuksen näyttäminen kurssimaksua varten",
                "Hei {customer_name},\n\nTyöttömät, opiskelijat ja eläkeläiset saavat alennusta "
                "kansalaisopiston kurssimaksusta. Näytä todistus asiakaspalvelupisteessä tai "
                "lähetä siitä kuva vastaamalla tähän viestiin.\n\nKäyvät todistukset ovat "
                "esimerkiksi TE-palveluiden todistus työttömyydestä, opiskelijakortti tai "
                "eläkekortti. Kirjaamme alennuksen, ja se näkyy kurssilaskussa. Näytä todistus "
                "ennen kuin lasku lähtee.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Visa intyg för rabatt på kursavgiften",
                "Hej {customer_name},\n\nArbetslösa, studerande och pensionärer får rabatt på "
                "medborgarinstitutets kursavgift. Visa intyget vid kundservicepunkten eller "
                "skicka en bild av det genom att svara på detta meddelande.\n\nGiltiga intyg är "
                "till exempel arbetslöshetsintyg från arbetskraftsmyndigheten, studiekort eller "
                "pensionskort. Vi registrerar rabatten och den syns på kursfakturan. Visa "
                "intyget innan fakturan skickas.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Showing proof for a course fee discount",
                "Hello {customer_name},\n\nUnemployed people, students and pensioners get a "
                "discount on the adult education centre's course fee. Show your proof at the "
                "customer service point, or send a photo of it by replying to this "
                "message.\n\nValid proof is for example an unemployment certificate from the "
                "employment services, a student card or a pension card. We record the discount, "
                "and it appears on the course invoice. Show the proof before the invoice is "
                "sent.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "senior-pass": (
        "sports-cards",
        {
            "fi": (
                "Senioripassi",
                "Hei {customer_name},\n\nSenioripassilla 65 vuotta täyttäneet pääsevät "
                "edullisesti uimahalliin, kuntosalille ja ohjatuille senioriliikuntatunneille. "
                "Passi on voimassa vuoden ostopäivästä.\n\nSenioripassin voi ostaa uimahallista, "
                "Urheilutalosta tai kaupungintalon asiakaspalvelupisteestä. Ota mukaan "
                "henkilöllisyystodistus. Hinta on 60 euroa vuodessa.",
            ),
            "sv": (
                "Seniorpass",
                "Hej {customer_name},\n\nMed seniorpasset kommer personer som fyllt 65 år "
                "förmånligt in i simhallen, på gymmet och på ledda motionspass för seniorer. "
                "Passet gäller ett år från inköpsdagen.\n\nDu kan köpa seniorpasset i simhallen, "
                "i Idrottshuset eller vid kundservicepunkten i stadshuset. Ta med ett "
                "identitetsbevis. Priset är 60 euro per år.",
            ),
            "en": (
                "Senior pass",
                "Hello {customer_name},\n\nWith the senior pass, people aged 65 or over get "
                "cheap entry to the swimming hall, the gym and guided exercise classes for "
                "seniors. The pass is valid for a year from the day you buy it.\n\nYou can buy "
                "the senior pass at the swimming hall, the Sports House or the city hall's "
                "customer service point. Bring an ID. It costs 60 euros a year.",
            ),
        },
    ),
    "first-snow-track-card": (
        "sports-cards",
        {
            "fi": (
                "Ensilumenladun kortti",
                "Hei {customer_name},\n\nEnsilumenlatu avataan syksyllä, kun säilötty lumi on "
                "levitetty. Tieto avautumisesta julkaistaan kaupungin verkkosivuilla ja "
                "somessa.\n\nEnsilumenladulle tarvitaan latukortti. Sen voi ostaa "
                "verkkokaupasta, uimahallista tai kaupungintalon asiakaspalvelupisteestä. "
                "Kausikortti maksaa 40 euroa ja päiväkortti 8 euroa. Alle 18-vuotiaat hiihtävät "
                "ilmaiseksi.",
            ),
            "sv": (
                "Kort till första snö-spåret",
                "Hej {customer_name},\n\nFörsta snö-spåret öppnas på hösten när den lagrade snön "
                "har spridits ut. Öppningen meddelas på stadens webbplats och i sociala "
                "medier.\n\nFör spåret behövs ett spårkort. Du kan köpa det i webbutiken, i "
                "simhallen eller vid kundservicepunkten i stadshuset. Säsongskortet kostar 40 "
                "euro och dagskortet 8 euro. Personer under 18 år skidar gratis.",
            ),
            "en": (
                "First-snow ski track card",
                "Hello {customer_name},\n\nThe first-snow ski track opens in autumn once the "
                "stored snow has been spread out. The opening is announced on the city's website "
                "and social media.\n\nYou need a track card for it. You can buy it in the online "
                "shop, at the swimming hall or at the city hall's customer service point. A "
                "season card costs 40 euros and a day card 8 euros. Under-18s ski for free.",
            ),
        },
    ),
    "ski-tracks-condition": (
        "sports-cards",
        {
            "fi": (
                "Latujen kunto",
                "Hei {customer_name},\n\nLadut ajetaan talvella lumitilanteen mukaan. Valaistut "
                "kuntoradat ajetaan ensin, yleensä lumisateen jälkeisenä päivänä. Latujen "
                "ajankohtainen kunto näkyy kaupungin latukartalla verkossa.\n\nVälitimme "
                "viestisi liikuntapaikkojen hoitajalle. Latujen valot palavat kello "
                "6–22.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Skidspårens skick",
                "Hej {customer_name},\n\nSkidspåren dras på vintern beroende på snöläget. De "
                "upplysta motionsspåren dras först, vanligen dagen efter snöfallet. Spårens "
                "aktuella skick syns på stadens spårkarta på webben.\n\nVi har skickat ditt "
                "meddelande till den som sköter idrottsplatserna. Spårbelysningen är tänd kl. "
                "6–22.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Condition of the ski tracks",
                "Hello {customer_name},\n\nSki tracks are prepared in winter according to the "
                "snow. The lit fitness tracks are done first, usually the day after a snowfall. "
                "The tracks' current condition is on the city's ski track map online.\n\nWe have "
                "passed your message to the sports grounds' keeper. The track lights are on from "
                "6 am to 10 pm.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "sports-card-lost": (
        "sports-cards",
        {
            "fi": (
                "Kadonnut sarjakortti",
                "Hei {customer_name},\n\nKadonneen uimahallin tai Urheilutalon sarjakortin "
                "tilalle saa uuden kortin. Jos kortti on ostettu nimelläsi tai maksettu "
                "pankkikortilla, voimme siirtää jäljellä olevat kerrat uudelle kortille.\n\nUusi "
                "kortti maksaa 5 euroa. Tule uimahallin kassalle tai asiakaspalvelupisteeseen ja "
                "ota mukaan henkilöllisyystodistus ja, jos mahdollista, ostokuitti.",
            ),
            "sv": (
                "Förlorat seriekort",
                "Hej {customer_name},\n\nEtt förlorat seriekort till simhallen eller "
                "Idrottshuset kan ersättas med ett nytt. Om kortet köptes i ditt namn eller "
                "betalades med bankkort kan vi flytta de återstående gångerna till det nya "
                "kortet.\n\nDet nya kortet kostar 5 euro. Kom till simhallens kassa eller "
                "kundservicepunkten och ta med identitetsbevis och om möjligt kvittot.",
            ),
            "en": (
                "Lost multi-visit card",
                "Hello {customer_name},\n\nA lost multi-visit card for the swimming hall or the "
                "Sports House can be replaced. If the card was bought in your name or paid by "
                "bank card, we can move the remaining visits to a new card.\n\nThe new card "
                "costs 5 euros. Come to the swimming hall's desk or the customer service point "
                "with an ID and, if you can, the receipt.",
            ),
        },
    ),
    "room-booking-confirmation": (
        "room-booking",
        {
            "fi": (
                "Tilavarauksen vahvistus ja lasku",
                "Hei {customer_name},\n\nTilavarauksesi on hyväksytty. Vahvistus on tämän "
                "viestin liitteenä, ja näet sen myös varausjärjestelmässä.\n\nLasku lähetetään "
                "varauksen jälkeen varaajan osoitteeseen. Kausivuorot laskutetaan kahdessa "
                "erässä, syksyllä ja keväällä. Avaimen tai kulkukortin saat "
                "asiakaspalvelupisteestä.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Bekräftelse och faktura för lokalbokning",
                "Hej {customer_name},\n\nDin lokalbokning har godkänts. Bekräftelsen finns som "
                "bilaga till detta meddelande och du ser den också i "
                "bokningssystemet.\n\nFakturan skickas efter bokningen till den som bokat. "
                "Säsongsturer faktureras i två delar, på hösten och på våren. Nyckel eller "
                "passerkort får du vid kundservicepunkten.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Confirmation and invoice for a room booking",
                "Hello {customer_name},\n\nYour room booking has been approved. The confirmation "
                "is attached to this message, and you can also see it in the booking "
                "system.\n\nThe invoice is sent to the person who booked after the booking. "
                "Season bookings are invoiced in two parts, in autumn and in spring. You get the "
                "key or access card at the customer service point.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "key-lost": (
        "keys",
        {
            "fi": (
                "Kadonnut avain tai kulkukortti",
                "Hei {customer_name},\n\nIlmoita kadonneesta avaimesta tai kulkukortista heti. "
                "Suljemme kadonneen kulkukortin, jotta sillä ei pääse sisään.\n\nUuden "
                "kulkukortin saat asiakaspalvelupisteestä yleensä seuraavana arkipäivänä. "
                "Kadonneesta sarjoitetusta avaimesta voidaan periä maksu, jos lukitus pitää "
                "muuttaa. Esihenkilösi hyväksyy uuden avaimen tilauksen.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Förlorad nyckel eller passerkort",
                "Hej {customer_name},\n\nMeddela genast om en förlorad nyckel eller ett förlorat "
                "passerkort. Vi spärrar det förlorade passerkortet så att ingen kommer in med "
                "det.\n\nEtt nytt passerkort får du vid kundservicepunkten vanligen nästa "
                "vardag. För en förlorad systemnyckel kan en avgift tas ut om låset måste "
                "ändras. Din chef godkänner beställningen av en ny nyckel.\n\nDitt ärende har "
                "numret {reference}.",
            ),
            "en": (
                "Lost key or access card",
                "Hello {customer_name},\n\nTell us at once about a lost key or access card. We "
                "block the lost access card so that nobody can get in with it.\n\nYou usually "
                "get a new access card at the customer service point the next working day. A fee "
                "may be charged for a lost master key if the locks have to be changed. Your "
                "manager approves the order for a new key.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "phone-order": (
        "keys",
        {
            "fi": (
                "Puhelimen ja liittymän tilaaminen",
                "Hei {customer_name},\n\nTyöpuhelimen ja liittymän tilaa esihenkilö "
                "asiakaspalvelun kautta. Kerro tilauksessa käyttäjän nimi, yksikkö, "
                "kustannuspaikka ja aloituspäivä.\n\nPuhelin on valmiina noudettavaksi "
                "asiakaspalvelupisteestä noin viikon kuluttua. Opastamme puhelimen "
                "käyttöönotossa noudon yhteydessä: sähköposti, Teams ja "
                "tunnistautumissovellus.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Beställa telefon och abonnemang",
                "Hej {customer_name},\n\nChefen beställer arbetstelefon och abonnemang via "
                "kundtjänsten. Ange användarens namn, enhet, kostnadsställe och startdag i "
                "beställningen.\n\nTelefonen kan hämtas vid kundservicepunkten efter ungefär en "
                "vecka. Vi hjälper dig att ta telefonen i bruk när du hämtar den: e-post, Teams "
                "och autentiseringsappen.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Ordering a phone and subscription",
                "Hello {customer_name},\n\nA work phone and subscription are ordered by the "
                "manager through customer service. Give the user's name, unit, cost centre and "
                "start date in the order.\n\nThe phone is ready to collect from the customer "
                "service point in about a week. When you collect it, we help you set it up: "
                "e-mail, Teams and the authenticator app.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "phone-directory-update": (
        "keys",
        {
            "fi": (
                "Puhelinluettelon yhteystietojen päivittäminen",
                "Hei {customer_name},\n\nPäivitämme yhteystietosi kaupungin puhelinluetteloon ja "
                "verkkosivujen yhteystietoihin kahden arkipäivän kuluessa.\n\nTarkista "
                "viestistäsi, että nimi, tehtävänimike, yksikkö, puhelinnumero ja sähköposti "
                "ovat oikein. Jos numero on siirtymässä toiselle henkilölle, kerro myös hänen "
                "nimensä ja aloituspäivänsä.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Uppdatera kontaktuppgifterna i telefonkatalogen",
                "Hej {customer_name},\n\nVi uppdaterar dina kontaktuppgifter i stadens "
                "telefonkatalog och på webbplatsen inom två vardagar.\n\nKontrollera att namn, "
                "titel, enhet, telefonnummer och e-post stämmer i ditt meddelande. Om numret ska "
                "gå till en annan person, ange också hans eller hennes namn och "
                "startdag.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Updating contact details in the phone directory",
                "Hello {customer_name},\n\nWe update your contact details in the city's phone "
                "directory and on the website within two working days.\n\nPlease check that the "
                "name, job title, unit, phone number and e-mail are right in your message. If "
                "the number is moving to another person, tell us their name and start date "
                "too.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "work-travel-booking": (
        "keys",
        {
            "fi": (
                "Työmatka ulkomaille",
                "Hei {customer_name},\n\nUlkomaan työmatkat varataan kaupungin "
                "sopimusmatkatoimiston kautta. Asiakaspalvelu tekee varauksen, kun esihenkilö on "
                "hyväksynyt matkasuunnitelman.\n\nLähetä hyväksytty matkasuunnitelma, "
                "matkustajan nimi passin mukaan, syntymäaika ja toivotut lento- ja hotelliajat. "
                "Saat matkaliput ja hotellivahvistuksen sähköpostiin. Matkavakuutuskortin saat "
                "henkilöstöpalveluista.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Tjänsteresa utomlands",
                "Hej {customer_name},\n\nTjänsteresor utomlands bokas via stadens "
                "avtalsresebyrå. Kundtjänsten gör bokningen när chefen har godkänt "
                "reseplanen.\n\nSkicka den godkända reseplanen, resenärens namn enligt passet, "
                "födelsedatum och önskade flyg- och hotelltider. Du får biljetterna och "
                "hotellbekräftelsen per e-post. Reseförsäkringskortet får du från "
                "personaltjänsterna.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Work trip abroad",
                "Hello {customer_name},\n\nWork trips abroad are booked through the city's "
                "contracted travel agency. Customer service makes the booking once your manager "
                "has approved the travel plan.\n\nSend the approved travel plan, the traveller's "
                "name as in the passport, date of birth and the flight and hotel times you want. "
                "You will get the tickets and hotel confirmation by e-mail. The travel insurance "
                "card comes from HR services.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "waste-rules-advice": (
        "waste-and-burning",
        {
            "fi": (
                "Jätehuoltomääräykset",
                "Hei {customer_name},\n\nJätehuoltomääräykset kertovat, miten jätteet "
                "lajitellaan, kuinka usein astiat tyhjennetään ja miten kompostoidaan. Ne "
                "löytyvät kaupungin ja jätehuoltoyhtiön verkkosivuilta, ja paperisen version "
                "saat asiakaspalvelupisteestä.\n\nLyhyesti: pientalon sekajäteastia tyhjennetään "
                "vähintään neljän viikon välein. Biojätteen voi kompostoida itse, kun siitä "
                "ilmoittaa jätehuoltoviranomaiselle. Naapurit voivat käyttää yhteistä jäteastiaa.",
            ),
            "sv": (
                "Avfallshanteringsföreskrifter",
                "Hej {customer_name},\n\nAvfallshanteringsföreskrifterna berättar hur avfall "
                "sorteras, hur ofta kärlen töms och hur man komposterar. De finns på stadens och "
                "avfallsbolagets webbplatser, och en pappersversion får du vid "
                "kundservicepunkten.\n\nKort sagt: ett småhus kärl för blandavfall töms minst "
                "var fjärde vecka. Du kan kompostera bioavfall själv när du anmäler det till "
                "avfallsmyndigheten. Grannar kan använda ett gemensamt kärl.",
            ),
            "en": (
                "Waste management rules",
                "Hello {customer_name},\n\nThe waste management rules tell you how to sort "
                "waste, how often bins are emptied and how to compost. They are on the websites "
                "of the city and the waste company, and you can get a paper copy at the customer "
                "service point.\n\nIn short: a house's mixed waste bin is emptied at least every "
                "four weeks. You can compost bio-waste yourself once you notify the waste "
                "authority. Neighbours can share a bin.",
            ),
        },
    ),
    "hazardous-waste": (
        "waste-and-burning",
        {
            "fi": (
                "Vaarallinen jäte",
                "Hei {customer_name},\n\nVaarallinen jäte viedään maksutta jätehuoltoyhtiön "
                "jäteasemalle. Tällaisia jätteitä ovat esimerkiksi maalit, liuottimet, öljyt, "
                "lääkkeet, paristot ja energiansäästölamput.\n\nLääkkeet ja "
                "elohopeakuumemittarit voi palauttaa apteekkiin. Paristot ja pienet akut voi "
                "viedä kauppojen keräyslaatikoihin. Vaarallista jätettä ei saa laittaa "
                "sekajätteeseen eikä viemäriin.",
            ),
            "sv": (
                "Farligt avfall",
                "Hej {customer_name},\n\nFarligt avfall lämnas avgiftsfritt till avfallsbolagets "
                "avfallsstation. Sådant avfall är till exempel färger, lösningsmedel, oljor, "
                "läkemedel, batterier och lågenergilampor.\n\nLäkemedel och "
                "kvicksilvertermometrar kan lämnas till apoteket. Batterier och små "
                "ackumulatorer kan lämnas i butikernas insamlingslådor. Farligt avfall får inte "
                "läggas i blandavfallet eller i avloppet.",
            ),
            "en": (
                "Hazardous waste",
                "Hello {customer_name},\n\nHazardous waste is taken free of charge to the waste "
                "company's waste station. It includes for example paints, solvents, oils, "
                "medicines, batteries and energy-saving bulbs.\n\nMedicines and mercury "
                "thermometers can be returned to a pharmacy. Batteries can go in the collection "
                "boxes in shops. Hazardous waste must not go in mixed waste or down the drain.",
            ),
        },
    ),
    "illegal-dumping": (
        "waste-and-burning",
        {
            "fi": (
                "Luvaton roskaaminen",
                "Hei {customer_name},\n\nKaupungin maalle jätetyt roskat siivotaan viikon "
                "kuluessa. Roskaaminen on kielletty, ja ympäristövalvonta selvittää, kuka "
                "jätteet on tuonut.\n\nKerro tarvittaessa tarkka paikka ja mitä jätettä on. Älä "
                "avaa pusseja äläkä koske vaarallisen näköisiin jätteisiin. Yksityisellä maalla "
                "roskien siivoamisesta vastaa maanomistaja.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Olovlig nedskräpning",
                "Hej {customer_name},\n\nSkräp som lämnats på stadens mark städas bort inom en "
                "vecka. Nedskräpning är förbjuden och miljötillsynen utreder vem som har lämnat "
                "avfallet.\n\nBerätta gärna den exakta platsen och vad för avfall det är. Öppna "
                "inte påsarna och rör inte avfall som ser farligt ut. På privat mark ansvarar "
                "markägaren för städningen.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Illegal dumping",
                "Hello {customer_name},\n\nRubbish dumped on city land is cleared within a week. "
                "Dumping is forbidden, and environmental supervision finds out who brought the "
                "waste.\n\nIf you can, tell us the exact place and what kind of waste it is. Do "
                "not open bags or touch waste that looks dangerous. On private land the "
                "landowner is responsible for the clean-up.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "feedback-forwarded": (
        "feedback",
        {
            "fi": (
                "Palaute välitetty eteenpäin",
                "Hei {customer_name},\n\nKiitos palautteesta. Välitimme sen yksikölle, joka "
                "vastaa asiasta. Yksikkö vastaa sinulle {expected_date} mennessä.\n\nKäytämme "
                "palautteita palveluiden kehittämiseen. Jos haluat lisätä viestiin jotakin, "
                "vastaa tähän viestiin.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Responsen har skickats vidare",
                "Hej {customer_name},\n\nTack för responsen. Vi har skickat den till den enhet "
                "som ansvarar för saken. Enheten svarar dig senast {expected_date}.\n\nVi "
                "använder responsen för att utveckla tjänsterna. Om du vill lägga till något, "
                "svara på detta meddelande.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Feedback passed on",
                "Hello {customer_name},\n\nThank you for your feedback. We have passed it to the "
                "unit responsible. The unit will reply to you by {expected_date}.\n\nWe use "
                "feedback to improve our services. If you want to add something, reply to this "
                "message.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "complaint-received": (
        "feedback",
        {
            "fi": (
                "Muistutus tai valitus vastaanotettu",
                "Hei {customer_name},\n\nOlemme vastaanottaneet muistutuksesi. Se käsitellään "
                "yksikössä, jonka toimintaa se koskee. Saat kirjallisen vastauksen "
                "{expected_date} mennessä.\n\nJos asia koskee päätöstä, siihen haetaan muutosta "
                "päätöksen liitteenä olevan ohjeen mukaan, esimerkiksi oikaisuvaatimuksella. "
                "Muistutus ei muuta päätöstä.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Anmärkning eller klagomål mottaget",
                "Hej {customer_name},\n\nVi har tagit emot din anmärkning. Den behandlas i den "
                "enhet vars verksamhet den gäller. Du får ett skriftligt svar senast "
                "{expected_date}.\n\nOm saken gäller ett beslut söker du ändring enligt "
                "anvisningen som bifogats beslutet, till exempel med en begäran om omprövning. "
                "En anmärkning ändrar inte beslutet.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Complaint received",
                "Hello {customer_name},\n\nWe have received your complaint. It will be dealt "
                "with by the unit it concerns. You will get a written reply by "
                "{expected_date}.\n\nIf it is about a decision, you can appeal as explained in "
                "the instructions attached to the decision, for example with a request for a "
                "review. A complaint does not change the decision.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "wrong-organisation": (
        "feedback",
        {
            "fi": (
                "Asia kuuluu toiselle viranomaiselle",
                "Hei {customer_name},\n\nAsia ei kuulu kaupungille, joten emme voi hoitaa sitä. "
                "Kerromme alla, mistä saat apua.\n\nHenkilötiedot, osoitteenmuutokset ja "
                "rekisteröinnit hoitaa Digi- ja väestötietovirasto (DVV). Sosiaali- ja "
                "terveyspalvelut järjestää hyvinvointialue. Poliisi hoitaa passit, henkilökortit "
                "ja aselupia. Maantiet kuuluvat ELY-keskukselle ja Väylävirastolle.\n\nJos et "
                "ole varma, kenelle asia kuuluu, soita asiakaspalveluun, niin autamme löytämään "
                "oikean paikan.",
            ),
            "sv": (
                "Ärendet hör till en annan myndighet",
                "Hej {customer_name},\n\nÄrendet hör inte till staden, så vi kan inte sköta det. "
                "Här nedan berättar vi var du får hjälp.\n\nPersonuppgifter, adressändringar och "
                "registreringar sköts av Myndigheten för digitalisering och befolkningsdata "
                "(DVV). Social- och hälsovården ordnas av välfärdsområdet. Polisen sköter pass, "
                "identitetskort och vapenlicenser. Landsvägarna hör till NTM-centralen och "
                "Trafikledsverket.\n\nOm du inte vet vem ärendet hör till, ring kundtjänsten så "
                "hjälper vi dig att hitta rätt ställe.",
            ),
            "en": (
                "The matter belongs to another authority",
                "Hello {customer_name},\n\nThis matter is not the city's, so we cannot deal with "
                "it. Below is where you can get help.\n\nPersonal data, changes of address and "
                "registrations are handled by the Digital and Population Data Services Agency "
                "(DVV). Health and social services are run by the wellbeing services county. The "
                "police handle passports, identity cards and firearms licences. Highways belong "
                "to the ELY Centre and the Transport Infrastructure Agency.\n\nIf you are not "
                "sure who deals with your matter, call customer service and we will help you "
                "find the right place.",
            ),
        },
    ),
    "kela-appointment": (
        "kela-services",
        {
            "fi": (
                "Ajanvaraus Kelan asiointiin",
                "Hei {customer_name},\n\nVoit varata ajan Kelan asiointiin "
                "yhteispalvelupisteessä. Saat apua Kelan hakemuksiin, liitteisiin ja OmaKelan "
                "käyttöön. Etäyhteydellä voit tarvittaessa puhua myös Kelan virkailijan "
                "kanssa.\n\nVaraa aika kaupungin ajanvarauksessa tai puhelimitse. Ota mukaan "
                "henkilöllisyystodistus ja hakemukseen tarvittavat paperit, kuten palkkatodistus "
                "tai vuokrasopimus.",
            ),
            "sv": (
                "Tidsbokning för FPA-ärenden",
                "Hej {customer_name},\n\nDu kan boka en tid för FPA-ärenden vid "
                "samservicepunkten. Du får hjälp med FPA:s ansökningar, bilagor och användningen "
                "av MittFPA. Vid behov kan du också tala med en FPA-handläggare via "
                "distansförbindelse.\n\nBoka tid i stadens tidsbokning eller per telefon. Ta med "
                "identitetsbevis och de papper som behövs för ansökan, till exempel "
                "lönespecifikation eller hyresavtal.",
            ),
            "en": (
                "Booking an appointment for Kela matters",
                "Hello {customer_name},\n\nYou can book an appointment for Kela matters at the "
                "joint service point. You get help with Kela's applications, attachments and "
                "using OmaKela. If needed, you can also talk to a Kela officer over a video "
                "link.\n\nBook a time in the city's appointment booking or by phone. Bring an ID "
                "and the papers the application needs, such as a pay slip or a rental agreement.",
            ),
        },
    ),
    "tax-return-help": (
        "tax-card",
        {
            "fi": (
                "Apua veroilmoitukseen",
                "Hei {customer_name},\n\nEsitäytetty veroilmoitus tulee huhtikuussa. Jos tiedot "
                "ovat oikein, sinun ei tarvitse tehdä mitään. Jos jotain puuttuu tai on väärin, "
                "korjaa tiedot OmaVerossa viimeistään veroilmoituksessa mainittuna "
                "päivänä.\n\nAsiakaspalvelupisteessä voit käyttää asiakaskonetta OmaVeroon, ja "
                "digituki auttaa sen käytössä. Verotukseen liittyviin kysymyksiin vastaa "
                "Verohallinto.",
            ),
            "sv": (
                "Hjälp med skattedeklarationen",
                "Hej {customer_name},\n\nDen förhandsifyllda skattedeklarationen kommer i april. "
                "Om uppgifterna är rätt behöver du inte göra något. Om något saknas eller är "
                "fel, korrigera uppgifterna i MinSkatt senast den dag som står i "
                "deklarationen.\n\nVid kundservicepunkten kan du använda kunddatorn för "
                "MinSkatt, och digistödet hjälper dig att använda den. Frågor om beskattningen "
                "besvaras av Skatteförvaltningen.",
            ),
            "en": (
                "Help with the tax return",
                "Hello {customer_name},\n\nThe pre-filled tax return arrives in April. If the "
                "details are correct, you do not need to do anything. If something is missing or "
                "wrong, correct it in MyTax by the date given in the tax return.\n\nAt the "
                "customer service point you can use the customer computer for MyTax, and digital "
                "support can help you use it. Questions about taxation are answered by the Tax "
                "Administration.",
            ),
        },
    ),
    "online-permit-documents": (
        "digital-support",
        {
            "fi": (
                "Lupa-asiakirjojen katselu asiakaskoneella",
                "Hei {customer_name},\n\nJos sinulla ei ole kotona tietokonetta tai "
                "nettiyhteyttä, voit katsoa lupa-asiakirjat, kuten rakennuslupapäätöksen ja "
                "piirustukset, asiakaspalvelupisteen asiakaskoneella.\n\nAsiakaskone on vapaasti "
                "käytettävissä aukioloaikoina. Tarvitset kirjautumiseen pankkitunnukset tai "
                "mobiilivarmenteen. Asiakaspalvelija neuvoo Lupapisteen käytössä, ja voimme "
                "tulostaa tarvittavat sivut.",
            ),
            "sv": (
                "Titta på tillståndshandlingar på kunddatorn",
                "Hej {customer_name},\n\nOm du inte har dator eller internet hemma kan du titta "
                "på tillståndshandlingar, till exempel bygglovsbeslut och ritningar, på "
                "kunddatorn vid kundservicepunkten.\n\nKunddatorn är fritt tillgänglig under "
                "öppettiderna. Du behöver bankkoder eller mobilcertifikat för att logga in. "
                "Kundtjänsten hjälper dig med Lupapiste och vi kan skriva ut de sidor du behöver.",
            ),
            "en": (
                "Viewing permit documents on the customer computer",
                "Hello {customer_name},\n\nNo computer or internet at home? You can look at "
                "permit documents on the customer computer at the customer service point. These "
                "include building permit decisions and drawings.\n\nThe computer is free to use "
                "during opening hours. You need online banking codes or a mobile certificate to "
                "log in. Customer service can guide you in Lupapiste, and we can print the pages "
                "you need.",
            ),
        },
    ),
    "e-identification-help": (
        "digital-support",
        {
            "fi": (
                "Apua tunnistautumiseen verkossa",
                "Hei {customer_name},\n\nUseimpiin verkkopalveluihin tunnistaudutaan "
                "pankkitunnuksilla tai mobiilivarmenteella. Pankkitunnukset saat omasta "
                "pankistasi ja mobiilivarmenteen puhelinoperaattoriltasi.\n\nJos sinulla ei ole "
                "kumpaakaan, voit hakea poliisilta henkilökortin, jossa on kansalaisvarmenne. "
                "Digituki auttaa tunnistautumisen käytössä, mutta emme voi tunnistautua "
                "puolestasi. Varaa digitukiaika tai tule asiakaspalvelupisteeseen.",
            ),
            "sv": (
                "Hjälp med identifiering på webben",
                "Hej {customer_name},\n\nI de flesta e-tjänster identifierar du dig med "
                "bankkoder eller mobilcertifikat. Bankkoder får du av din bank och "
                "mobilcertifikat av din teleoperatör.\n\nOm du inte har någotdera kan du ansöka "
                "om ett identitetskort med medborgarcertifikat hos polisen. Digistödet hjälper "
                "dig att använda identifieringen, men vi kan inte identifiera oss åt dig. Boka "
                "en tid för digistöd eller kom till kundservicepunkten.",
            ),
            "en": (
                "Help with online identification",
                "Hello {customer_name},\n\nMost online services use online banking codes or a "
                "mobile certificate for identification. You get banking codes from your bank and "
                "a mobile certificate from your phone operator.\n\nIf you have neither, you can "
                "apply to the police for an ID card with a citizen certificate. Digital support "
                "can help you use identification, but we cannot identify ourselves for you. Book "
                "a digital support time or come to the customer service point.",
            ),
        },
    ),
    "parking-fine-appeal": (
        "parking",
        {
            "fi": (
                "Oikaisuvaatimus pysäköintivirhemaksusta",
                "Hei {customer_name},\n\nJos pysäköintivirhemaksu on mielestäsi väärä, voit "
                "tehdä siitä oikaisuvaatimuksen. Tee se 14 päivän kuluessa maksun saamisesta. "
                "Oikaisuvaatimus on maksuton.\n\nTee oikaisuvaatimus kaupungin "
                "verkkolomakkeella, sähköpostilla tai asiakaspalvelupisteessä. Kerro maksun "
                "numero, miksi maksu on mielestäsi väärä, ja liitä mukaan kuvat tai kuitit, "
                "esimerkiksi pysäköintilipun kuitti. Pysäköinninvalvonta käsittelee vaatimuksen, "
                "ja päätös lähetetään sinulle.\n\nMaksun voi maksaa jo ennen päätöstä. Jos "
                "vaatimus hyväksytään, maksu palautetaan.",
            ),
            "sv": (
                "Begäran om omprövning av en felparkeringsavgift",
                "Hej {customer_name},\n\nOm du anser att felparkeringsavgiften är fel kan du "
                "begära omprövning. Gör det inom 14 dagar från att du fick avgiften. Det är "
                "avgiftsfritt.\n\nBegär omprövning med stadens webbformulär, per e-post eller "
                "vid kundservicepunkten. Ange avgiftens nummer och varför du anser att den är "
                "fel, och bifoga bilder eller kvitton, till exempel kvittot på "
                "parkeringsbiljetten. Parkeringsövervakningen behandlar begäran och beslutet "
                "skickas till dig.\n\nDu kan betala avgiften redan innan beslutet. Om begäran "
                "godkänns betalas avgiften tillbaka.",
            ),
            "en": (
                "Appealing a parking fine",
                "Hello {customer_name},\n\nIf you think a parking fine is wrong, you can ask for "
                "it to be reviewed. Do it within 14 days of getting the fine. It is free of "
                "charge.\n\nSend the request with the city's web form, by e-mail or at the "
                "customer service point. Give the fine's number and why you think it is wrong, "
                "and attach photos or receipts, for example the receipt for your parking ticket. "
                "Parking control will deal with it and send you the decision.\n\nYou can pay the "
                "fine before the decision. If your request is accepted, the money is refunded.",
            ),
        },
    ),
    "parking-fine-payment": (
        "parking",
        {
            "fi": (
                "Pysäköintivirhemaksun maksaminen",
                "Hei {customer_name},\n\nPysäköintivirhemaksu maksetaan 14 päivän kuluessa. "
                "Maksutiedot ovat maksulapussa: tilinumero, viitenumero ja eräpäivä. Voit maksaa "
                "verkkopankissa tai asiakaspalvelupisteessä kortilla.\n\nJos lappu on kadonnut, "
                "kerro auton rekisterinumero ja päivä, niin lähetämme maksutiedot. Jos maksua ei "
                "makseta ajoissa, ajoneuvon omistajalle lähetetään maksukehotus ja maksu "
                "korottuu.",
            ),
            "sv": (
                "Betala en felparkeringsavgift",
                "Hej {customer_name},\n\nFelparkeringsavgiften ska betalas inom 14 dagar. "
                "Betalningsuppgifterna finns på lappen: kontonummer, referensnummer och "
                "förfallodag. Du kan betala i nätbanken eller med kort vid "
                "kundservicepunkten.\n\nOm lappen har försvunnit, berätta bilens "
                "registreringsnummer och datum så skickar vi betalningsuppgifterna. Om avgiften "
                "inte betalas i tid skickas en betalningsuppmaning till fordonets ägare och "
                "avgiften höjs.",
            ),
            "en": (
                "Paying a parking fine",
                "Hello {customer_name},\n\nA parking fine must be paid within 14 days. The "
                "payment details are on the ticket: account number, reference number and due "
                "date. You can pay in online banking, or by card at the customer service "
                "point.\n\nIf you have lost the ticket, tell us the car's registration number "
                "and the date, and we will send you the payment details. If the fine is not paid "
                "in time, a payment demand is sent to the vehicle's owner and the amount goes up.",
            ),
        },
    ),
    "resident-parking-permit": (
        "resident-parking",
        {
            "fi": (
                "Asukaspysäköintitunnus",
                "Hei {customer_name},\n\nAsukaspysäköintitunnuksella voit pysäköidä oman "
                "asuinalueesi asukaspysäköintipaikoille ilman aikarajaa. Tunnuksen saat, jos "
                "asut asukaspysäköintialueella ja auto on omistuksessasi tai käytössäsi.\n\nHae "
                "tunnusta kaupungin verkkolomakkeella tai asiakaspalvelupisteessä. Tarvitset "
                "auton rekisterinumeron ja tiedon osoitteestasi. Vuoden tunnus maksaa 120 euroa "
                "ja kuukauden tunnus 12 euroa. Tunnus on sähköinen, eikä autoon tarvita "
                "tarraa.",
            ),
            "sv": (
                "Boendeparkeringstillstånd",
                "Hej {customer_name},\n\nMed boendeparkeringstillståndet kan du parkera på "
                "boendeparkeringsplatserna i ditt eget bostadsområde utan tidsgräns. Du får "
                "tillståndet om du bor inom ett boendeparkeringsområde och bilen ägs eller "
                "används av dig.\n\nAnsök med stadens webbformulär eller vid kundservicepunkten. "
                "Du behöver bilens registreringsnummer och din adress. Ett årstillstånd kostar "
                "120 euro och ett månadstillstånd 12 euro. Det är elektroniskt, och bilen "
                "behöver ingen dekal.",
            ),
            "en": (
                "Resident parking permit",
                "Hello {customer_name},\n\nA resident parking permit lets you park in your own "
                "area's resident parking spaces without a time limit. You can get one if you "
                "live in a resident parking area and the car is owned by you or in your "
                "use.\n\nApply with the city's web form or at the customer service point. You "
                "need the car's registration number and your address. A permit for a year costs "
                "120 euros and for a month 12 euros. It is electronic, so the car needs no "
                "sticker.",
            ),
        },
    ),
    "parking-rules": (
        "parking",
        {
            "fi": (
                "Pysäköinnin aikarajoitukset ja pysäköintikiekko",
                "Hei {customer_name},\n\nAikarajoitetulla paikalla pitää käyttää "
                "pysäköintikiekkoa. Aseta kiekko saapumisaikaan seuraavaan täyteen tai puoleen "
                "tuntiin ja pidä se näkyvissä tuulilasin takana.\n\nMaksullisilla paikoilla "
                "maksetaan automaatilla tai pysäköintisovelluksella. Keskustan yleiset "
                "pysäköintipaikat ja niiden aikarajat näkyvät kaupungin verkkosivujen "
                "pysäköintikartalla. Liikuntarajoitteisen pysäköintitunnuksella saa pysäköidä "
                "aikarajoitetulle paikalle ilman aikarajaa.",
            ),
            "sv": (
                "Tidsbegränsningar och parkeringsskiva",
                "Hej {customer_name},\n\nPå en tidsbegränsad plats ska du använda "
                "parkeringsskiva. Ställ skivan på nästa hela eller halva timme efter "
                "ankomsttiden och håll den synlig bakom vindrutan.\n\nPå avgiftsbelagda platser "
                "betalar du i automaten eller med en parkeringsapp. Centrums allmänna "
                "parkeringsplatser och deras tidsgränser syns på parkeringskartan på stadens "
                "webbplats. Med parkeringstillstånd för rörelsehindrade får du parkera på en "
                "tidsbegränsad plats utan tidsgräns.",
            ),
            "en": (
                "Parking time limits and the parking disc",
                "Hello {customer_name},\n\nWhere parking is time-limited, you must use a parking "
                "disc. Set it to the next full or half hour after you arrive, and keep it "
                "visible behind the windscreen.\n\nAt paid spaces you pay at the machine or with "
                "a parking app. The public parking in the centre and its time limits are on the "
                "parking map on the city's website. With a disabled parking permit you may park "
                "in a time-limited space without a time limit.",
            ),
        },
    ),
    "wrongly-parked-car": (
        "parking",
        {
            "fi": (
                "Väärin pysäköity auto",
                "Hei {customer_name},\n\nVälitimme sen pysäköinninvalvontaan, joka käy paikalla "
                "valvontakierroksensa aikana. Emme voi luvata tarkkaa aikaa.\n\nJos auto estää "
                "pelastustien, ajon pihasta tai vaarantaa liikennettä, soita "
                "pysäköinninvalvonnan numeroon tai kiireellisessä tilanteessa poliisille. "
                "Yksityisellä pihalla pysäköinnistä vastaa taloyhtiö tai sen "
                "valvontayhtiö.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Felparkerad bil",
                "Hej {customer_name},\n\nVi har skickat den till parkeringsövervakningen, som "
                "kommer till platsen under sin övervakningsrunda. Vi kan inte lova en exakt "
                "tid.\n\nOm bilen blockerar en räddningsväg, en utfart eller är en fara för "
                "trafiken, ring parkeringsövervakningens nummer eller i brådskande fall polisen. "
                "På en privat gård ansvarar bostadsbolaget eller dess övervakningsbolag för "
                "parkeringen.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Wrongly parked car",
                "Hello {customer_name},\n\nWe have passed it to parking control, who will come "
                "by on their patrol. We cannot promise an exact time.\n\nIf the car blocks an "
                "emergency access route or a driveway, or endangers traffic, call parking "
                "control's number or, if it is urgent, the police. On a private yard, parking is "
                "up to the housing company or its parking control company.\n\nYour reference is "
                "{reference}.",
            ),
        },
    ),
    "abandoned-vehicle": (
        "parking",
        {
            "fi": (
                "Hylätty ajoneuvo",
                "Hei {customer_name},\n\nPysäköinninvalvonta tarkistaa ajoneuvon ja kiinnittää "
                "siihen siirtokehotuksen. Jos omistaja ei siirrä ajoneuvoa määräajassa, kaupunki "
                "siirtää sen pois omistajan kustannuksella.\n\nKerro tarvittaessa ajoneuvon "
                "tarkka paikka, rekisterinumero ja kuinka kauan se on ollut paikallaan. "
                "Yksityisellä maalla olevan ajoneuvon siirtoa pyytää maanomistaja.\n\nAsiasi "
                "tunnus on {reference}.",
            ),
            "sv": (
                "Övergivet fordon",
                "Hej {customer_name},\n\nParkeringsövervakningen kontrollerar fordonet och "
                "fäster en uppmaning att flytta det. Om ägaren inte flyttar fordonet inom utsatt "
                "tid flyttar staden det på ägarens bekostnad.\n\nBerätta gärna fordonets exakta "
                "plats, registreringsnummer och hur länge det har stått där. Markägaren begär "
                "att ett fordon på privat mark flyttas.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Abandoned vehicle",
                "Hello {customer_name},\n\nParking control checks the vehicle and puts a notice "
                "on it to move it. If the owner does not move it in time, the city removes it at "
                "the owner's cost.\n\nIf you can, tell us the exact place, the registration "
                "number and how long it has been there. For a vehicle on private land, the "
                "landowner asks for it to be moved.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "building-permit-needed": (
        "building-permits",
        {
            "fi": (
                "Tarvitsenko rakennusluvan?",
                "Hei {customer_name},\n\nTarvitaanko lupa, riippuu siitä, mitä rakennat ja mitä "
                "kaava ja kaupungin rakennusjärjestys sanovat. Talon, lisärakennuksen ja "
                "autotallin rakentamiseen tarvitaan aina rakentamislupa (ennen "
                "rakennuslupa).\n\nPieni varasto, aita, terassi tai katos ei aina tarvitse "
                "lupaa, mutta rakennusjärjestys voi vaatia sitä tai rajoittaa paikkaa, "
                "esimerkiksi etäisyyttä naapurin rajaan. Kerro, mitä olet rakentamassa ja mihin "
                "osoitteeseen, niin rakennusvalvonta vastaa sinulle {expected_date} "
                "mennessä.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Behöver jag bygglov?",
                "Hej {customer_name},\n\nOm det behövs lov beror på vad du bygger och vad planen "
                "och stadens byggordning säger. För ett hus, en tillbyggnad eller ett garage "
                "behövs alltid bygglov.\n\nEtt litet förråd, staket, en terrass eller ett "
                "skärmtak behöver inte alltid lov. Men byggordningen kan kräva lov eller "
                "begränsa platsen, till exempel avståndet till grannens gräns. Berätta vad du "
                "bygger och på vilken adress, så svarar byggnadstillsynen senast "
                "{expected_date}.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Do I need a building permit?",
                "Hello {customer_name},\n\nWhether you need a permit depends on what you are "
                "building and what the local plan and the city's building rules say. A house, an "
                "extension or a garage always needs a building permit.\n\nA small shed, fence, "
                "deck or canopy does not always need one. But the building rules may require a "
                "permit, or limit where it can go, for example how close to the neighbour's "
                "boundary. Tell us what you are building and where, and building control will "
                "reply to you by {expected_date}.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "building-permit-apply": (
        "building-permits",
        {
            "fi": (
                "Rakennusluvan hakeminen",
                "Hei {customer_name},\n\nRakentamislupaa (ennen rakennuslupa) haetaan verkossa "
                "Lupapiste.fi-palvelussa. Hakemukseen tarvitaan pääpiirustukset, selvitys "
                "rakennuspaikan hallinnasta ja naapureiden kuuleminen.\n\nKeskustele hankkeesta "
                "rakennusvalvonnan kanssa ennen hakemista, niin lupa käsitellään nopeammin. Lupa "
                "käsitellään yleensä 4–8 viikossa. Lupa on maksullinen rakennusvalvonnan taksan "
                "mukaan. Jos et voi käyttää Lupapistettä, asiakaspalvelupisteessä on asiakaskone "
                "ja apua sen käyttöön.",
            ),
            "sv": (
                "Ansöka om bygglov",
                "Hej {customer_name},\n\nBygglov söks på webben i tjänsten Lupapiste.fi. Till "
                "ansökan behövs huvudritningar, en utredning om besittningsrätten till "
                "byggplatsen och hörande av grannar.\n\nDiskutera projektet med "
                "byggnadstillsynen innan du ansöker, så går behandlingen snabbare. Lovet "
                "behandlas vanligen på 4–8 veckor. Det kostar enligt byggnadstillsynens taxa. Om "
                "du inte kan använda Lupapiste finns en kunddator och hjälp vid "
                "kundservicepunkten.",
            ),
            "en": (
                "Applying for a building permit",
                "Hello {customer_name},\n\nBuilding permits are applied for online in the "
                "Lupapiste.fi service. The application needs the main drawings, proof that you "
                "have the right to use the site, and the hearing of the neighbours.\n\nTalk "
                "about your project with building control before you apply, and the permit will "
                "be handled faster. A permit usually takes 4–8 weeks. It is charged by building "
                "control's price list. If you cannot use Lupapiste, the customer service point "
                "has a customer computer and staff to help.",
            ),
        },
    ),
    "building-inspection": (
        "building-permits",
        {
            "fi": (
                "Katselmuksen tilaaminen",
                "Hei {customer_name},\n\nKatselmukset, kuten aloituskokous ja loppukatselmus, "
                "tilataan Lupapisteessä. Tilaa katselmus vähintään viikkoa ennen toivottua "
                "päivää.\n\nRakennustarkastaja vahvistaa ajan Lupapisteessä. Loppukatselmus "
                "tehdään, kun rakennus on valmis ja tarvittavat todistukset on lisätty "
                "Lupapisteeseen. Rakennusta ei saa ottaa käyttöön ennen käyttöönottokatselmusta.",
            ),
            "sv": (
                "Beställa syn",
                "Hej {customer_name},\n\nSyner, till exempel startmöte och slutsyn, beställs i "
                "Lupapiste. Beställ synen minst en vecka före den dag du "
                "önskar.\n\nByggnadsinspektören bekräftar tiden i Lupapiste. Slutsynen görs när "
                "byggnaden är färdig och de intyg som behövs har lagts in i Lupapiste. Byggnaden "
                "får inte tas i bruk före ibruktagningssynen.",
            ),
            "en": (
                "Booking an inspection",
                "Hello {customer_name},\n\nInspections, such as the start-up meeting and the "
                "final inspection, are booked in Lupapiste. Book at least a week before the day "
                "you want.\n\nThe building inspector confirms the time in Lupapiste. The final "
                "inspection is done when the building is finished and the required certificates "
                "are in Lupapiste. The building must not be used before the inspection for "
                "taking it into use.",
            ),
        },
    ),
    "unauthorised-building": (
        "building-permits",
        {
            "fi": (
                "Luvaton rakentaminen tai huonokuntoinen rakennus",
                "Hei {customer_name},\n\nVälitimme sen rakennusvalvontaan. Rakennustarkastaja "
                "selvittää, onko rakentamiselle lupa, tai käy katsomassa rakennuksen "
                "kunnon.\n\nRakennusvalvonta voi velvoittaa omistajan hakemaan luvan, korjaamaan "
                "rakennuksen tai siivoamaan ympäristön. Emme voi kertoa sinulle toisen henkilön "
                "asian käsittelystä kaikkia tietoja, mutta kerromme, kun asia on "
                "tarkastettu.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Olovligt byggande eller förfallen byggnad",
                "Hej {customer_name},\n\nVi har skickat den till byggnadstillsynen. "
                "Byggnadsinspektören utreder om det finns lov för bygget eller kommer och tittar "
                "på byggnadens skick.\n\nByggnadstillsynen kan ålägga ägaren att söka lov, "
                "reparera byggnaden eller städa omgivningen. Vi kan inte berätta allt om "
                "behandlingen av någon annans ärende, men vi meddelar när saken har "
                "kontrollerats.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Building without a permit or a building in poor condition",
                "Hello {customer_name},\n\nWe have passed it to building control. A building "
                "inspector will find out whether the work has a permit, or come and look at the "
                "building's condition.\n\nBuilding control can order the owner to apply for a "
                "permit, repair the building or clean up the surroundings. We cannot tell you "
                "everything about another person's case, but we will let you know when it has "
                "been checked.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "aso-housing": (
        "rental-housing",
        {
            "fi": (
                "Asumisoikeusasunnon (ASO) tekniset asiat",
                "Hei {customer_name},\n\nAsumisoikeusasuntoa (ASO) haetaan järjestysnumerolla. "
                "Järjestysnumeron haet verkossa Asumisen rahoitus- ja kehittämiskeskuksen "
                "palvelusta. Sen jälkeen haet asuntoa suoraan "
                "asumisoikeusyhtiöltä.\n\nAsiakaspalvelupisteessä autamme järjestysnumeron "
                "hakemisessa, jos et voi tehdä sitä itse. Asunnon viat, kuten vuotava hana tai "
                "rikkinäinen kodinkone, ilmoitetaan talon huoltoyhtiölle.",
            ),
            "sv": (
                "Tekniska frågor om bostadsrättsbostäder (ASO)",
                "Hej {customer_name},\n\nEn bostadsrättsbostad (ASO) söks med ett "
                "ordningsnummer. Ordningsnumret söker du på webben i tjänsten hos Centralen för "
                "finansiering och utveckling av boendet. Sedan söker du bostaden direkt hos "
                "bostadsrättsbolaget.\n\nVid kundservicepunkten hjälper vi dig att söka "
                "ordningsnumret om du inte kan göra det själv. Fel i bostaden, till exempel en "
                "läckande kran eller en trasig vitvara, anmäls till husets servicebolag.",
            ),
            "en": (
                "Right-of-occupancy (ASO) housing",
                "Hello {customer_name},\n\nA right-of-occupancy flat (ASO) is applied for with a "
                "queue number. You get the queue number online from the Housing Finance and "
                "Development Centre's service. Then you apply for a flat directly from the "
                "housing company.\n\nAt the customer service point we help you apply for the "
                "queue number if you cannot do it yourself. Faults in the flat, such as a "
                "leaking tap or a broken appliance, are reported to the building's maintenance "
                "company.",
            ),
        },
    ),
    "neighbour-dispute": (
        "neighbour-matters",
        {
            "fi": (
                "Naapuririita",
                "Hei {customer_name},\n\nNaapurien väliset riidat ovat yksityisasioita, joten "
                "kaupunki ei voi ratkaista niitä. Kaupunki auttaa, jos riita koskee "
                "rakentamista, ympäristöä tai kaupungin aluetta.\n\nKokeile ensin puhua naapurin "
                "kanssa. Maksutonta riita-asioiden sovittelua tarjoaa oikeusaputoimisto. "
                "Häiritsevästä käytöksestä voi ilmoittaa poliisille, ja kerrostalossa "
                "isännöitsijälle. Kerro, mitä riita koskee, niin kerromme, voiko kaupunki auttaa.",
            ),
            "sv": (
                "Grannkonflikt",
                "Hej {customer_name},\n\nKonflikter mellan grannar är privata angelägenheter, så "
                "staden kan inte lösa dem. Staden hjälper om konflikten gäller byggande, miljön "
                "eller stadens område.\n\nFörsök först prata med grannen. Avgiftsfri medling i "
                "tvister erbjuds av rättshjälpsbyrån. Störande beteende kan anmälas till "
                "polisen, och i ett flervåningshus till disponenten. Berätta vad konflikten "
                "gäller så berättar vi om staden kan hjälpa.",
            ),
            "en": (
                "Dispute with a neighbour",
                "Hello {customer_name},\n\nDisputes between neighbours are private matters, so "
                "the city cannot settle them. The city can help if the dispute is about "
                "building, the environment or city land.\n\nFirst try talking with your "
                "neighbour. The public legal aid office offers free mediation. Disturbing "
                "behaviour can be reported to the police, and in a block of flats to the "
                "property manager. Tell us what the dispute is about, and we will tell you "
                "whether the city can help.",
            ),
        },
    ),
    "neighbour-tree-hedge": (
        "neighbour-matters",
        {
            "fi": (
                "Naapurin puu tai pensasaita",
                "Hei {customer_name},\n\nNaapurin tontilla kasvava puu tai pensasaita on "
                "naapurin omaisuutta. Puhu ensin naapurin kanssa. Rajalle ulottuvat oksat ja "
                "juuret voit poistaa itse, jos naapuri ei poista niitä pyynnöstä huolimatta "
                "kohtuullisessa ajassa.\n\nAsemakaava-alueella puun kaatamiseen voi tarvita "
                "maisematyöluvan. Jos puu on vaarallinen, esimerkiksi kallistunut talon päälle, "
                "kerro se meille, niin rakennusvalvonta voi pyytää omistajaa toimimaan. "
                "Kaupungin maalla kasvavasta puusta voit tehdä kaatopyynnön.",
            ),
            "sv": (
                "Grannens träd eller häck",
                "Hej {customer_name},\n\nEtt träd eller en häck på grannens tomt är grannens "
                "egendom. Prata först med grannen. Grenar och rötter som sträcker sig över "
                "gränsen får du ta bort själv. Det gäller om grannen inte tar bort dem inom "
                "skälig tid efter att du har bett om det.\n\nInom detaljplaneområdet kan det "
                "behövas tillstånd för miljöåtgärder för att fälla träd. Om trädet är farligt, "
                "till exempel lutar mot ett hus, berätta det för oss så kan byggnadstillsynen be "
                "ägaren att agera. För träd på stadens mark kan du göra en begäran om fällning.",
            ),
            "en": (
                "A neighbour's tree or hedge",
                "Hello {customer_name},\n\nA tree or hedge on your neighbour's plot belongs to "
                "the neighbour. Talk with them first. You may remove branches and roots that "
                "reach over the boundary yourself, if your neighbour does not remove them within "
                "a reasonable time after you ask.\n\nIn the town plan area, felling a tree may "
                "need a landscape work permit. If a tree is dangerous, for example leaning "
                "towards a house, tell us and building control can ask the owner to act. For a "
                "tree on city land, you can ask the city to fell it.",
            ),
        },
    ),
    "noise-disturbance": (
        "neighbour-matters",
        {
            "fi": (
                "Melu ja häiriöt",
                "Hei {customer_name},\n\nRakennustyöt ja muut meluavat työt ovat sallittuja "
                "arkisin kello 7–21. Jos työ kestää pitkään ja melu on kovaa, siitä pitää tehdä "
                "meluilmoitus kaupungin ympäristönsuojeluun.\n\nVälitimme sen "
                "ympäristönsuojeluun, joka tarkistaa, onko työlle tehty meluilmoitus. Naapurin "
                "tai asukkaan aiheuttamasta häiriöstä ilmoitetaan poliisille, ja taloyhtiössä "
                "isännöitsijälle. Kiireellisessä tilanteessa soita 112.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Buller och störningar",
                "Hej {customer_name},\n\nByggarbeten och andra bullrande arbeten är tillåtna "
                "vardagar kl. 7–21. Om arbetet pågår länge och bullret är högt ska en "
                "bullerdeklaration lämnas till stadens miljöskydd.\n\nVi har skickat den till "
                "miljöskyddet, som kontrollerar om arbetet har en bullerdeklaration. Störningar "
                "som en granne eller boende orsakar anmäls till polisen, och i ett bostadsbolag "
                "till disponenten. Ring 112 om det är brådskande.\n\nDitt ärende har numret "
                "{reference}.",
            ),
            "en": (
                "Noise and disturbance",
                "Hello {customer_name},\n\nBuilding work and other noisy work is allowed on "
                "weekdays from 7 am to 9 pm. If the work lasts long and is very loud, a noise "
                "notification must be made to the city's environmental protection.\n\nWe have "
                "passed it to environmental protection, who will check whether the work has a "
                "noise notification. Disturbance caused by a neighbour or resident is reported "
                "to the police, and in a housing company to the property manager. If it is "
                "urgent, call 112.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "tourist-info": (
        "tourist-information",
        {
            "fi": (
                "Matkailuneuvonta",
                "Hei {customer_name},\n\nMatkailuneuvonta palvelee kaupungintalon "
                "asiakaspalvelupisteessä arkisin kello 9–16 ja kesällä myös lauantaisin. Saat "
                "sieltä kartat, esitteet ja vinkit nähtävyyksistä, tapahtumista ja "
                "majoituksesta.\n\nAjankohtaiset tapahtumat ja kohteet ovat kaupungin "
                "matkailusivuilla. Palvelemme suomeksi, ruotsiksi ja englanniksi. Kysy "
                "rohkeasti, autamme mielellämme.",
            ),
            "sv": (
                "Turistinformation",
                "Hej {customer_name},\n\nTuristinformationen betjänar vid kundservicepunkten i "
                "stadshuset vardagar kl. 9–16 och på sommaren också på lördagar. Där får du "
                "kartor, broschyrer och tips om sevärdheter, evenemang och boende.\n\nAktuella "
                "evenemang och besöksmål finns på stadens turistsidor. Vi betjänar på finska, "
                "svenska och engelska. Fråga gärna, vi hjälper gärna till.",
            ),
            "en": (
                "Tourist information",
                "Hello {customer_name},\n\nTourist information is at the city hall's customer "
                "service point on weekdays from 9 am to 4 pm, and in summer also on Saturdays. "
                "You can get maps, brochures and tips on sights, events and places to "
                "stay.\n\nCurrent events and places to visit are on the city's tourism website. "
                "We serve you in Finnish, Swedish and English. Just ask, we are happy to help.",
            ),
        },
    ),
    "tourist-attractions": (
        "tourist-information",
        {
            "fi": (
                "Nähtävyydet ja retkikohteet",
                "Hei {customer_name},\n\nKaupungin tunnetuimmat nähtävyydet ovat kosken näytös "
                "kesäisin, jokivarren luontopolku ja kaupunginmuseo. Saimaan rannoilla on "
                "uimarantoja, laavuja ja melontareittejä.\n\nKoskinäytöksen aikataulu, museon "
                "aukioloajat ja luontopolkujen kartat ovat kaupungin matkailusivuilla ja "
                "matkailuneuvonnassa. Useimmat ulkoilukohteet ovat maksuttomia ja avoinna ympäri "
                "vuoden.",
            ),
            "sv": (
                "Sevärdheter och utflyktsmål",
                "Hej {customer_name},\n\nStadens mest kända sevärdheter är forsens uppvisning på "
                "sommaren, naturstigen längs älven och stadsmuseet. Vid Saimens stränder finns "
                "badstränder, vindskydd och paddlingsleder.\n\nTidtabellen för forsuppvisningen, "
                "museets öppettider och kartor över naturstigarna finns på stadens turistsidor "
                "och i turistinformationen. De flesta friluftsmål är avgiftsfria och öppna året "
                "runt.",
            ),
            "en": (
                "Sights and places to visit",
                "Hello {customer_name},\n\nThe city's best-known sights are the rapids show in "
                "summer, the riverside nature trail and the city museum. On the shores of Lake "
                "Saimaa there are beaches, lean-to shelters and canoe routes.\n\nThe rapids show "
                "timetable, the museum's opening hours and maps of the nature trails are on the "
                "city's tourism website and at tourist information. Most outdoor places are free "
                "and open all year.",
            ),
        },
    ),
    "tourist-getting-around": (
        "tourist-information",
        {
            "fi": (
                "Liikkuminen kaupungissa matkailijana",
                "Hei {customer_name},\n\nKaupungissa liikutaan helposti paikallisbusseilla. "
                "Kertalipun voi maksaa bussissa pankkikortilla tai ostaa mobiilisovelluksesta. "
                "Rautatieasemalta pääsee keskustaan bussilla noin kymmenessä "
                "minuutissa.\n\nKesällä voit vuokrata kaupunkipyörän keskustan asemilta. Taksit "
                "odottavat rautatieasemalla ja torilla. Reitit ja aikataulut ovat reittioppaassa.",
            ),
            "sv": (
                "Att ta sig fram i staden som turist",
                "Hej {customer_name},\n\nDet är lätt att ta sig fram i staden med lokalbussarna. "
                "En enkelbiljett kan betalas med bankkort i bussen eller köpas i mobilappen. "
                "Från järnvägsstationen kommer du till centrum med buss på ungefär tio "
                "minuter.\n\nPå sommaren kan du hyra en stadscykel vid stationerna i centrum. "
                "Taxibilar väntar vid järnvägsstationen och torget. Linjer och tidtabeller finns "
                "i reseplaneraren.",
            ),
            "en": (
                "Getting around the city as a visitor",
                "Hello {customer_name},\n\nIt is easy to get around by local bus. You can pay "
                "for a single ticket on the bus with a bank card or buy it in the mobile app. "
                "From the railway station, the bus takes about ten minutes to the centre.\n\nIn "
                "summer you can rent a city bike from the stations in the centre. Taxis wait at "
                "the railway station and the market square. Routes and timetables are in the "
                "journey planner.",
            ),
        },
    ),
    "tourist-accommodation": (
        "tourist-information",
        {
            "fi": (
                "Majoitus",
                "Hei {customer_name},\n\nKaupungissa on hotelleja, kylpylä, leirintäalue ja "
                "mökkejä. Kaupunki ei itse välitä majoitusta, mutta matkailusivuilla on luettelo "
                "majoituspaikoista yhteystietoineen.\n\nVaraa majoitus suoraan majoituspaikasta "
                "tai varauspalvelusta. Kesällä ja suurten tapahtumien aikana kannattaa varata "
                "ajoissa. Matkailuneuvonta kertoo mielellään vaihtoehdoista.",
            ),
            "sv": (
                "Boende",
                "Hej {customer_name},\n\nI staden finns hotell, ett spa, en campingplats och "
                "stugor. Staden förmedlar inte själv boende, men på turistsidorna finns en lista "
                "över boenden med kontaktuppgifter.\n\nBoka boendet direkt hos boendet eller i "
                "en bokningstjänst. På sommaren och under stora evenemang lönar det sig att boka "
                "i god tid. Turistinformationen berättar gärna om alternativen.",
            ),
            "en": (
                "Accommodation",
                "Hello {customer_name},\n\nThe city has hotels, a spa, a campsite and holiday "
                "cottages. The city does not book accommodation itself, but the tourism website "
                "lists places to stay with their contact details.\n\nBook directly with the "
                "place or through a booking service. In summer and during big events it is best "
                "to book early. Tourist information is happy to tell you about the options.",
            ),
        },
    ),
    "event-registration": (
        "events",
        {
            "fi": (
                "Ilmoittautuminen tapahtumaan",
                "Hei {customer_name},\n\nKaupungin tapahtumiin ilmoittaudutaan "
                "tapahtumakalenterissa tapahtuman sivulla. Jos ilmoittautuminen verkossa ei "
                "onnistu, voit ilmoittautua asiakaspalvelupisteessä tai "
                "puhelimitse.\n\nKirjasimme ilmoittautumisesi. Saat vahvistuksen sähköpostilla "
                "tai tekstiviestillä. Jos tapahtuma on täynnä, laitamme sinut varasijalle ja "
                "kerromme, jos paikka vapautuu.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Anmälan till ett evenemang",
                "Hej {customer_name},\n\nTill stadens evenemang anmäler du dig i "
                "evenemangskalendern på evenemangets sida. Om anmälan på webben inte lyckas kan "
                "du anmäla dig vid kundservicepunkten eller per telefon.\n\nVi har registrerat "
                "din anmälan. Du får en bekräftelse per e-post eller sms. Om evenemanget är "
                "fullt sätter vi dig på reservplats och meddelar om en plats blir ledig.\n\nDitt "
                "ärende har numret {reference}.",
            ),
            "en": (
                "Registering for an event",
                "Hello {customer_name},\n\nYou register for the city's events on the event's "
                "page in the events calendar. If registering online does not work, you can "
                "register at the customer service point or by phone.\n\nWe have recorded your "
                "registration. You will get a confirmation by e-mail or text message. If the "
                "event is full, we put you on the waiting list and let you know if a place comes "
                "free.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "event-registration-cancel": (
        "events",
        {
            "fi": (
                "Tapahtumailmoittautumisen peruminen",
                "Hei {customer_name},\n\nPeruimme ilmoittautumisesi tapahtumaan. Paikkasi "
                "annetaan varasijalla olevalle.\n\nJos tapahtuma oli maksullinen, maksu "
                "palautetaan, kun perut viimeistään viikkoa ennen tapahtumaa. Myöhemmin peruttua "
                "maksua ei palauteta, paitsi sairauden vuoksi lääkärintodistusta "
                "vastaan.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Avboka anmälan till ett evenemang",
                "Hej {customer_name},\n\nVi har avbokat din anmälan till evenemanget. Din plats "
                "ges till någon på reservlistan.\n\nOm evenemanget hade en avgift betalas den "
                "tillbaka om du avbokar senast en vecka före evenemanget. Vid senare avbokning "
                "betalas avgiften inte tillbaka, utom vid sjukdom mot läkarintyg.\n\nDitt ärende "
                "har numret {reference}.",
            ),
            "en": (
                "Cancelling an event registration",
                "Hello {customer_name},\n\nWe have cancelled your registration for the event. "
                "Your place goes to someone on the waiting list.\n\nIf the event had a fee, it "
                "is refunded if you cancel at least a week before the event. Later cancellations "
                "are not refunded, except for illness with a doctor's certificate.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "event-calendar-add": (
        "events",
        {
            "fi": (
                "Oma tapahtuma tapahtumakalenteriin",
                "Hei {customer_name},\n\nVoit lisätä oman tapahtumasi kaupungin "
                "tapahtumakalenteriin maksutta. Täytä tapahtumalomake kalenterin sivulla: nimi, "
                "aika, paikka, lyhyt kuvaus ja kuva, jos sinulla on.\n\nTarkistamme tapahtuman "
                "ja julkaisemme sen yleensä kahden arkipäivän kuluessa. Kalenteriin otetaan "
                "yleisölle avoimet tapahtumat, jotka järjestetään kaupungissa.",
            ),
            "sv": (
                "Eget evenemang i evenemangskalendern",
                "Hej {customer_name},\n\nDu kan lägga till ditt eget evenemang i stadens "
                "evenemangskalender avgiftsfritt. Fyll i evenemangsformuläret på kalenderns "
                "sida: namn, tid, plats, en kort beskrivning och en bild om du har.\n\nVi "
                "kontrollerar evenemanget och publicerar det vanligen inom två vardagar. I "
                "kalendern tas evenemang som är öppna för allmänheten och ordnas i staden.",
            ),
            "en": (
                "Adding your own event to the events calendar",
                "Hello {customer_name},\n\nYou can add your own event to the city's events "
                "calendar free of charge. Fill in the event form on the calendar page: name, "
                "time, place, a short description and a picture if you have one.\n\nWe check the "
                "event and usually publish it within two working days. The calendar takes events "
                "that are open to the public and held in the city.",
            ),
        },
    ),
    "public-event-notice": (
        "events",
        {
            "fi": (
                "Yleisötapahtuman järjestäminen",
                "Hei {customer_name},\n\nJos järjestät yleisötilaisuuden ulkona, tee siitä "
                "ilmoitus poliisille viimeistään viisi vuorokautta ennen tapahtumaa. Kaupungin "
                "alueella, kuten torilla tai puistossa, tarvitset lisäksi kaupungin luvan alueen "
                "käyttöön.\n\nHae alueen käyttölupaa kaupungin verkkolomakkeella vähintään kaksi "
                "viikkoa ennen tapahtumaa. Suuresta tapahtumasta tarvitaan myös "
                "pelastussuunnitelma ja meluilmoitus. Autamme mielellämme löytämään oikeat "
                "lomakkeet.",
            ),
            "sv": (
                "Ordna ett offentligt evenemang",
                "Hej {customer_name},\n\nOm du ordnar en offentlig tillställning utomhus ska du "
                "anmäla den till polisen senast fem dygn före evenemanget. På stadens område, "
                "till exempel på torget eller i en park, behöver du dessutom stadens tillstånd "
                "att använda området.\n\nAnsök om tillstånd att använda området med stadens "
                "webbformulär minst två veckor före evenemanget. Ett stort evenemang behöver "
                "också en räddningsplan och en bullerdeklaration. Vi hjälper dig gärna att hitta "
                "rätt blanketter.",
            ),
            "en": (
                "Organising a public event",
                "Hello {customer_name},\n\nIf you organise a public event outdoors, notify the "
                "police at least five days before the event. On city land, such as the market "
                "square or a park, you also need the city's permission to use the area.\n\nApply "
                "for the area permit with the city's web form at least two weeks before the "
                "event. A large event also needs a rescue plan and a noise notification. We are "
                "happy to help you find the right forms.",
            ),
        },
    ),
    "appointment-booking": (
        "customer-service",
        {
            "fi": (
                "Ajan varaaminen asiakaspalveluun",
                "Hei {customer_name},\n\nVoit varata ajan asiakaspalveluun kaupungin "
                "verkkosivujen ajanvarauksessa tai puhelimitse. Valitse asia, jota haluat "
                "hoitaa, ja sinulle sopiva aika.\n\nSaat vahvistuksen sähköpostilla tai "
                "tekstiviestillä. Viestissä on linkki, jolla voit siirtää tai perua ajan. Monet "
                "asiat voit hoitaa myös ilman ajanvarausta aukioloaikoina.",
            ),
            "sv": (
                "Boka tid i kundtjänsten",
                "Hej {customer_name},\n\nDu kan boka tid i kundtjänsten i tidsbokningen på "
                "stadens webbplats eller per telefon. Välj det ärende du vill sköta och en tid "
                "som passar dig.\n\nDu får en bekräftelse per e-post eller sms. I meddelandet "
                "finns en länk där du kan flytta eller avboka tiden. Många ärenden kan du också "
                "sköta utan tidsbokning under öppettiderna.",
            ),
            "en": (
                "Booking an appointment with customer service",
                "Hello {customer_name},\n\nYou can book an appointment with customer service in "
                "the booking service on the city's website or by phone. Choose what you want to "
                "deal with and a time that suits you.\n\nYou will get a confirmation by e-mail "
                "or text message. It has a link where you can move or cancel the appointment. "
                "Many things can also be done without an appointment during opening hours.",
            ),
        },
    ),
    "appointment-cancel": (
        "customer-service",
        {
            "fi": (
                "Ajanvarauksen peruminen tai siirtäminen",
                "Hei {customer_name},\n\nPeruimme varaamasi ajan. Jos haluat uuden ajan, varaa "
                "se ajanvarauksessa tai vastaa tähän viestiin.\n\nVoit perua tai siirtää ajan "
                "myös itse vahvistusviestin linkistä. Peru aika viimeistään edellisenä "
                "arkipäivänä, jotta se voidaan antaa toiselle asiakkaalle.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Avboka eller flytta en tid",
                "Hej {customer_name},\n\nVi har avbokat din tid. Om du vill ha en ny tid, boka "
                "den i tidsbokningen eller svara på detta meddelande.\n\nDu kan också avboka "
                "eller flytta tiden själv via länken i bekräftelsen. Avboka senast föregående "
                "vardag, så att tiden kan ges till en annan kund.\n\nDitt ärende har numret "
                "{reference}.",
            ),
            "en": (
                "Cancelling or moving an appointment",
                "Hello {customer_name},\n\nWe have cancelled your appointment. If you want a new "
                "one, book it in the booking service or reply to this message.\n\nYou can also "
                "cancel or move an appointment yourself with the link in the confirmation. "
                "Please cancel by the previous working day, so that the time can go to another "
                "customer.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "document-order": (
        "document-orders",
        {
            "fi": (
                "Asiakirjojen ja kopioiden tilaaminen",
                "Hei {customer_name},\n\nVoit tilata kopioita kaupungin asiakirjoista, kuten "
                "päätöksistä, pöytäkirjoista ja sopimuksista, asiakaspalvelusta tai "
                "verkkolomakkeella. Kerro, mikä asiakirja on kyseessä ja mihin aikaan se "
                "liittyy.\n\nToimitamme asiakirjan sähköpostilla tai tulostettuna noudettavaksi "
                "yleensä viikon kuluessa. Sähköinen kopio on usein maksuton; paperikopioista "
                "peritään hinnaston mukainen maksu.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Beställa handlingar och kopior",
                "Hej {customer_name},\n\nDu kan beställa kopior av stadens handlingar, till "
                "exempel beslut, protokoll och avtal, i kundtjänsten eller med webbformuläret. "
                "Berätta vilken handling det gäller och vilken tid den hänför sig till.\n\nVi "
                "levererar handlingen per e-post eller utskriven att hämta, vanligen inom en "
                "vecka. En elektronisk kopia är ofta avgiftsfri; för papperskopior tas en avgift "
                "enligt prislistan.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Ordering documents and copies",
                "Hello {customer_name},\n\nYou can order copies of the city's documents, such as "
                "decisions, minutes and agreements, from customer service or with the web form. "
                "Tell us which document it is and what time it is from.\n\nWe send the document "
                "by e-mail, or print it for you to collect, usually within a week. An electronic "
                "copy is often free; paper copies are charged by the price list.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "document-ready": (
        "document-orders",
        {
            "fi": (
                "Tilatut asiakirjat ovat noudettavissa",
                "Hei {customer_name},\n\nTilaamasi asiakirjat ovat valmiina. Voit noutaa ne "
                "kaupungintalon asiakaspalvelupisteestä aukioloaikoina. Ota mukaan "
                "henkilöllisyystodistus.\n\nAsiakirjoja säilytetään noudettavina kuukauden ajan. "
                "Jos haluat ne mieluummin postitse tai sähköpostilla, vastaa tähän viestiin. "
                "Mahdollinen lasku lähetetään erikseen.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "De beställda handlingarna kan hämtas",
                "Hej {customer_name},\n\nHandlingarna du beställde är klara. Du kan hämta dem "
                "vid kundservicepunkten i stadshuset under öppettiderna. Ta med ett "
                "identitetsbevis.\n\nHandlingarna förvaras en månad. Om du hellre vill få dem "
                "per post eller e-post, svara på detta meddelande. En eventuell faktura skickas "
                "separat.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Your documents are ready to collect",
                "Hello {customer_name},\n\nThe documents you ordered are ready. You can collect "
                "them at the city hall's customer service point during opening hours. Please "
                "bring an ID.\n\nWe keep them for a month. If you would rather have them by post "
                "or e-mail, reply to this message. Any invoice is sent separately.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "certificate-order": (
        "document-orders",
        {
            "fi": (
                "Todistuksen tilaaminen",
                "Hei {customer_name},\n\nKaupunki antaa kopioita todistuksista, jotka se on itse "
                "antanut. Kopion koulun päättötodistuksesta saat koulun kansliasta tai, jos "
                "koulu on lakannut, kaupungin arkistosta. Työtodistuksen kaupungin työstä "
                "antavat henkilöstöpalvelut.\n\nKerro nimesi (myös entinen nimi), syntymäaikasi, "
                "koulu tai työpaikka ja vuodet. Todistus lähetetään postitse tai on "
                "noudettavissa noin kahden viikon kuluessa. Kopio on maksullinen hinnaston "
                "mukaan.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Beställa ett betyg eller intyg",
                "Hej {customer_name},\n\nStaden ger kopior av betyg och intyg som den själv har "
                "utfärdat. En kopia av avgångsbetyget från grundskolan får du från skolans "
                "kansli eller, om skolan har lagts ned, från stadens arkiv. Arbetsintyg för "
                "arbete hos staden ges av personaltjänsterna.\n\nBerätta ditt namn (också "
                "tidigare namn), födelsedatum, skola eller arbetsplats och åren. Betyget skickas "
                "per post eller kan hämtas inom ungefär två veckor. Kopian kostar enligt "
                "prislistan.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Ordering a certificate",
                "Hello {customer_name},\n\nThe city gives copies of certificates it has issued "
                "itself. A copy of your school leaving certificate comes from the school office "
                "or, if the school has closed, from the city archive. A certificate of "
                "employment for work at the city comes from HR services.\n\nTell us your name "
                "(and any former name), date of birth, school or workplace and the years. The "
                "certificate is posted or ready to collect in about two weeks. Copies are "
                "charged by the price list.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "information-request": (
        "document-orders",
        {
            "fi": (
                "Tietopyyntö",
                "Hei {customer_name},\n\nJokaisella on oikeus saada tietoja kaupungin julkisista "
                "asiakirjoista. Tietopyynnön voi tehdä vapaamuotoisesti sähköpostilla, "
                "verkkolomakkeella tai asiakaspalvelussa. Sinun ei tarvitse kertoa, miksi haluat "
                "tiedot.\n\nVastaamme mahdollisimman pian, viimeistään kahden viikon kuluessa. "
                "Jos asiakirjoja on paljon, vastaus voi kestää enintään kuukauden. Omia "
                "henkilötietojasi voit pyytää tietosuojalomakkeella.\n\nAsiasi tunnus on "
                "{reference}.",
            ),
            "sv": (
                "Begäran om uppgifter",
                "Hej {customer_name},\n\nAlla har rätt att få uppgifter ur stadens offentliga "
                "handlingar. Du kan begära uppgifter fritt formulerat per e-post, med "
                "webbformuläret eller i kundtjänsten. Du behöver inte berätta varför du vill ha "
                "dem.\n\nVi svarar så snart som möjligt, senast inom två veckor. Om det gäller "
                "många handlingar kan svaret ta högst en månad. Dina egna personuppgifter kan du "
                "begära med dataskyddsblanketten.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Request for information",
                "Hello {customer_name},\n\nEveryone has the right to information in the city's "
                "public documents. You can ask in your own words by e-mail, with the web form or "
                "at customer service. You do not have to say why you want it.\n\nWe reply as "
                "soon as we can, at the latest within two weeks. If many documents are involved, "
                "it can take up to a month. You can ask for your own personal data with the data "
                "protection form.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "lost-property-found": (
        "lost-property",
        {
            "fi": (
                "Löytötavaran tuominen",
                "Hei {customer_name},\n\nKiitos, että toit löytämäsi tavaran. Kaupungin tiloista "
                "ja alueilta löytyneitä tavaroita säilytetään asiakaspalvelupisteessä kaksi "
                "viikkoa. Sen jälkeen ne toimitetaan poliisin löytötavaratoimistoon.\n\nMuualta "
                "löytyneet tavarat voi viedä suoraan poliisin löytötavaratoimistoon. Lompakot, "
                "avaimet ja henkilöpaperit kannattaa toimittaa poliisille heti, jotta omistaja "
                "löytää ne.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Lämna in hittegods",
                "Hej {customer_name},\n\nTack för att du lämnade in det du hittade. Föremål som "
                "hittas i stadens lokaler och områden förvaras vid kundservicepunkten i två "
                "veckor. Efter det lämnas de till polisens hittegodskontor.\n\nFöremål som "
                "hittats någon annanstans kan lämnas direkt till polisens hittegodskontor. "
                "Plånböcker, nycklar och identitetshandlingar är bäst att lämna till polisen "
                "genast, så att ägaren hittar dem.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Handing in found property",
                "Hello {customer_name},\n\nThank you for handing in what you found. Items found "
                "in the city's premises and areas are kept at the customer service point for two "
                "weeks. After that they go to the police lost property office.\n\nItems found "
                "elsewhere can be taken straight to the police lost property office. Wallets, "
                "keys and identity papers are best taken to the police at once, so that the "
                "owner can find them.\n\nYour reference is {reference}.",
            ),
        },
    ),
    "lost-property-search": (
        "lost-property",
        {
            "fi": (
                "Kadonneen tavaran kysely",
                "Hei {customer_name},\n\nTarkistimme asiakaspalvelupisteen löytötavarat. Jos "
                "tavarasi löytyy, ilmoitamme sinulle. Kaupungin tiloista löytyneitä tavaroita "
                "säilytetään täällä kaksi viikkoa, ja sen jälkeen ne ovat poliisin "
                "löytötavaratoimistossa.\n\nKysy myös suoraan paikasta, jossa tavara katosi, "
                "esimerkiksi uimahallista, kirjastosta tai koululta. Bussiin unohtuneita "
                "tavaroita kysytään liikennöitsijältä. Poliisin löytötavaroita voi etsiä "
                "verkossa.\n\nAsiasi tunnus on {reference}.",
            ),
            "sv": (
                "Fråga efter ett förlorat föremål",
                "Hej {customer_name},\n\nVi har kontrollerat hittegodset vid kundservicepunkten. "
                "Om ditt föremål hittas meddelar vi dig. Föremål som hittas i stadens lokaler "
                "förvaras här i två veckor, och efter det finns de på polisens "
                "hittegodskontor.\n\nFråga också direkt på platsen där föremålet försvann, till "
                "exempel i simhallen, biblioteket eller skolan. Föremål som glömts i bussen "
                "frågar du efter hos trafikföretaget. Polisens hittegods kan sökas på "
                "webben.\n\nDitt ärende har numret {reference}.",
            ),
            "en": (
                "Asking about a lost item",
                "Hello {customer_name},\n\nWe have checked the lost property at the customer "
                "service point. If your item turns up, we will let you know. Items found in city "
                "premises are kept here for two weeks, and after that they are at the police "
                "lost property office.\n\nPlease also ask at the place where you lost it, for "
                "example the swimming hall, the library or the school. For items left on a bus, "
                "ask the bus operator. You can search the police's lost property online.\n\nYour "
                "reference is {reference}.",
            ),
        },
    ),
    "service-point-hours": (
        "customer-service",
        {
            "fi": (
                "Asiakaspalvelun aukioloajat ja yhteystiedot",
                "Hei {customer_name},\n\nKaupungintalon asiakaspalvelupiste on auki arkisin "
                "kello 9–16. Puhelinpalvelu palvelee arkisin kello 8–16 numerossa 020 617 4000. "
                "Sähköpostiosoite on asiakaspalvelu@vuoksela.example.\n\nJuhlapyhien aattoina "
                "palvelemme kello 9–13. Poikkeavat aukioloajat kerrotaan verkkosivuilla. "
                "Kaupungintalolle on esteetön sisäänkäynti pääovelta.",
            ),
            "sv": (
                "Kundtjänstens öppettider och kontaktuppgifter",
                "Hej {customer_name},\n\nKundservicepunkten i stadshuset är öppen vardagar kl. "
                "9–16. Telefontjänsten betjänar vardagar kl. 8–16 på numret 020 617 4000. "
                "E-postadressen är asiakaspalvelu@vuoksela.example.\n\nPå aftnar före helgdagar "
                "betjänar vi kl. 9–13. Avvikande öppettider meddelas på webbplatsen. Stadshuset "
                "har en tillgänglig ingång genom huvuddörren.",
            ),
            "en": (
                "Customer service opening hours and contact details",
                "Hello {customer_name},\n\nThe city hall's customer service point is open on "
                "weekdays from 9 am to 4 pm. The phone service is open on weekdays from 8 am to "
                "4 pm on 020 617 4000. The e-mail address is "
                "asiakaspalvelu@vuoksela.example.\n\nOn the eves of public holidays we are open "
                "from 9 am to 1 pm. Exceptions are announced on the website. The city hall has a "
                "step-free entrance at the main door.",
            ),
        },
    ),
    "paper-forms": (
        "customer-service",
        {
            "fi": (
                "Lomakkeet paperisena",
                "Hei {customer_name},\n\nKaikki kaupungin lomakkeet saa myös paperisena "
                "asiakaspalvelupisteestä. Täällä ovat esimerkiksi naapurin kuulemislomake, "
                "tonttikartat, asemakaavakartat ja hakemukset varhaiskasvatukseen.\n\nVoit "
                "täyttää lomakkeen paikan päällä, ja autamme tarvittaessa. Voimme myös tulostaa "
                "lomakkeen sinulle tai lähettää sen postitse. Jätä täytetty lomake "
                "asiakaspalvelupisteeseen, niin välitämme sen eteenpäin.",
            ),
            "sv": (
                "Blanketter på papper",
                "Hej {customer_name},\n\nAlla stadens blanketter finns också på papper vid "
                "kundservicepunkten. Här finns till exempel blanketten för hörande av grannar, "
                "tomtkartor, detaljplanekartor och ansökningar om småbarnspedagogik.\n\nDu kan "
                "fylla i blanketten på plats, och vi hjälper dig vid behov. Vi kan också skriva "
                "ut blanketten åt dig eller skicka den per post. Lämna den ifyllda blanketten "
                "vid kundservicepunkten så skickar vi den vidare.",
            ),
            "en": (
                "Paper forms",
                "Hello {customer_name},\n\nAll the city's forms are also available on paper at "
                "the customer service point. For example the neighbour hearing form, plot maps, "
                "local plan maps and early education applications are here.\n\nYou can fill in "
                "the form on the spot, and we help if needed. We can also print the form for you "
                "or send it by post. Hand in the filled-in form at the customer service point "
                "and we will pass it on.",
            ),
        },
    ),
    "address-change": (
        "customer-service",
        {
            "fi": (
                "Muuttoilmoitus",
                "Hei {customer_name},\n\nMuuttoilmoitus tehdään Postin ja Digi- ja "
                "väestötietoviraston (DVV) yhteisessä palvelussa verkossa tai puhelimitse. Yksi "
                "ilmoitus riittää: tieto menee Postille, DVV:lle ja monille viranomaisille, "
                "kuten Kelalle ja Verohallinnolle.\n\nTee ilmoitus viimeistään viikon kuluttua "
                "muutosta. Kaupungin palveluihin, kuten varhaiskasvatukseen ja jätehuoltoon, "
                "uusi osoite päivittyy väestötiedoista, mutta tarkista tarvittaessa esimerkiksi "
                "tontinvuokran laskutusosoite.",
            ),
            "sv": (
                "Flyttanmälan",
                "Hej {customer_name},\n\nFlyttanmälan görs i Postens och Myndigheten för "
                "digitalisering och befolkningsdatas (DVV) gemensamma tjänst på webben eller per "
                "telefon. En anmälan räcker: uppgiften går till Posten, DVV och många "
                "myndigheter, till exempel FPA och Skatteförvaltningen.\n\nGör anmälan senast en "
                "vecka efter flytten. I stadens tjänster, till exempel småbarnspedagogiken och "
                "avfallshanteringen, uppdateras adressen från befolkningsdatan, men kontrollera "
                "vid behov till exempel faktureringsadressen för tomtarrendet.",
            ),
            "en": (
                "Notice of change of address",
                "Hello {customer_name},\n\nMake the notice of change of address online or by "
                "phone. The service is shared by Posti and the Digital and Population Data "
                "Services Agency (DVV). One notice is enough: it goes to Posti, DVV and many "
                "authorities, such as Kela and the Tax Administration.\n\nMake the notice at the "
                "latest a week after you move. City services, such as early education and waste "
                "management, get the new address from the population data. If you lease a plot, "
                "check the billing address for the ground rent.",
            ),
        },
    ),
    "library-card-hours": (
        "library",
        {
            "fi": (
                "Kirjastokortti ja aukioloajat",
                (
                    "Hei {customer_name},\n\nKirjastokortin saat pääkirjastosta tai "
                    "kirjastoautosta. Näytä henkilöllisyystodistus. Kortti on maksuton.\n\nAlle "
                    "15-vuotias saa oman kortin, kun huoltaja antaa luvan. Jos kortti katoaa, "
                    "ilmoita siitä heti kirjastoon. Suljemme vanhan kortin ja saat "
                    "uuden.\n\nPääkirjasto on auki maanantaista perjantaihin klo 10–20 ja "
                    "lauantaisin klo 10–16. Kirjastoauton pysäkit ja ajat ovat verkkokirjastossa."
                ),
            ),
            "sv": (
                "Bibliotekskort och öppettider",
                (
                    "Hej {customer_name},\n\nEtt bibliotekskort får du på huvudbiblioteket eller i "
                    "bokbussen. Visa identitetsbevis. Kortet är avgiftsfritt.\n\nBarn under 15 år "
                    "får ett eget kort med vårdnadshavarens tillstånd. Om du tappar kortet, "
                    "meddela biblioteket genast. Vi spärrar det gamla kortet och du får ett "
                    "nytt.\n\nHuvudbiblioteket är öppet måndag–fredag kl. 10–20 och lördagar kl. "
                    "10–16. Bokbussens hållplatser och tider finns i nätbiblioteket."
                ),
            ),
            "en": (
                "Library card and opening hours",
                (
                    "Hello {customer_name},\n\nYou get a library card at the main library or on "
                    "the mobile library. Show your ID. The card is free.\n\nChildren under 15 get "
                    "their own card with a guardian's permission. If you lose your card, tell the "
                    "library at once. We block the old card and give you a new one.\n\nThe main "
                    "library is open Monday to Friday 10 am–8 pm and on Saturdays 10 am–4 pm. The "
                    "mobile library's stops and times are in the online library."
                ),
            ),
        },
    ),
    "library-late-fees": (
        "library",
        {
            "fi": (
                "Myöhästymismaksut ja kadonnut kirja",
                (
                    "Hei {customer_name},\n\nMyöhästymismaksu on 20 senttiä päivältä ja enintään 6 "
                    "euroa lainaa kohden. Lasten ja nuorten aineistosta ei peritä "
                    "myöhästymismaksua.\n\nJos olet palauttanut lainan ajallaan, tarkistamme "
                    "asian. Maksu poistetaan, jos laina on palautettu ennen "
                    "eräpäivää.\n\nKadonneesta tai rikkoutuneesta kirjasta maksat korvauksen. "
                    "Korvaus on kirjan hankintahinta. Jos löydät kirjan myöhemmin, palauta se. "
                    "Saat korvauksen takaisin kolmen kuukauden ajan.\n\nAsiasi tunnus on "
                    "{reference}."
                ),
            ),
            "sv": (
                "Förseningsavgifter och förlorad bok",
                (
                    "Hej {customer_name},\n\nFörseningsavgiften är 20 cent per dag och högst 6 "
                    "euro per lån. För barn- och ungdomsmaterial tas ingen förseningsavgift "
                    "ut.\n\nOm du har lämnat tillbaka lånet i tid kontrollerar vi saken. Avgiften "
                    "stryks om lånet har lämnats tillbaka före förfallodagen.\n\nFör en förlorad "
                    "eller skadad bok betalar du ersättning. Ersättningen är bokens "
                    "anskaffningspris. Om du hittar boken senare, lämna tillbaka den. Du får "
                    "ersättningen tillbaka inom tre månader.\n\nDitt ärende har numret {reference}."
                ),
            ),
            "en": (
                "Late fees and lost books",
                (
                    "Hello {customer_name},\n\nThe late fee is 20 cents a day and at most €6 per "
                    "loan. There is no late fee for children's and young people's items.\n\nIf you "
                    "returned the loan on time, we will check it. The fee is removed if the loan "
                    "was returned before the due date.\n\nFor a lost or damaged book you pay "
                    "compensation. It is the price of the book. If you find the book later, return "
                    "it. You get the compensation back within three months.\n\nYour reference is "
                    "{reference}."
                ),
            ),
        },
    ),
    "library-reservations": (
        "library",
        {
            "fi": (
                "Varaukset, uusinnat ja e-kirjat",
                (
                    "Hei {customer_name},\n\nVaraat ja uusit lainat verkkokirjastossa "
                    "kirjastokortin numerolla ja PIN-koodilla. Voit myös soittaa "
                    "kirjastoon.\n\nLainan voi uusia viisi kertaa, jos siitä ei ole varausta. Kun "
                    "varauksesi on noudettavissa, saat viestin. Varaus odottaa sinua seitsemän "
                    "päivää.\n\nE-kirjat ja e-äänikirjat lainaat kirjaston e-kirjapalvelusta "
                    "samalla kortilla. PIN-koodin saat kirjastosta, kun näytät "
                    "henkilöllisyystodistuksen."
                ),
            ),
            "sv": (
                "Reservationer, förnyelser och e-böcker",
                (
                    "Hej {customer_name},\n\nDu reserverar och förnyar lån i nätbiblioteket med "
                    "lånekortets nummer och PIN-kod. Du kan också ringa biblioteket.\n\nEtt lån "
                    "kan förnyas fem gånger om det inte är reserverat. När din reservation kan "
                    "hämtas får du ett meddelande. Reservationen väntar på dig i sju "
                    "dagar.\n\nE-böcker och e-ljudböcker lånar du i bibliotekets e-bokstjänst med "
                    "samma kort. PIN-koden får du på biblioteket när du visar identitetsbevis."
                ),
            ),
            "en": (
                "Reservations, renewals and e-books",
                (
                    "Hello {customer_name},\n\nReserve and renew loans in the online library with "
                    "your library card number and PIN. You can also call the library.\n\nA loan "
                    "can be renewed five times if nobody has reserved it. When your reservation is "
                    "ready, you get a message. It waits for you for seven days.\n\nBorrow e-books "
                    "and e-audiobooks from the library's e-book service with the same card. You "
                    "get a PIN at the library when you show your ID."
                ),
            ),
        },
    ),
    "school-enrolment": (
        "basic-education",
        {
            "fi": (
                "Kouluun ilmoittautuminen ja lähikoulu",
                (
                    "Hei {customer_name},\n\nEkaluokkalaiset ilmoitetaan kouluun tammikuussa. "
                    "Kaupunki lähettää kutsun kotiin ja kertoo lapsen lähikoulun.\n\nJos muutatte "
                    "Vuokselaan kesken lukuvuoden, ilmoita lapsi kouluun heti muuton jälkeen. "
                    "Ilmoittautumislomake on verkossa. Saat päätöksen koulupaikasta noin "
                    "viikossa.\n\nLähikoulu määräytyy kotiosoitteen mukaan. Jos koulumatka on "
                    "pitkä tai vaarallinen, hae koulukuljetusta samalla."
                ),
            ),
            "sv": (
                "Skolanmälan och närskola",
                (
                    "Hej {customer_name},\n\nElever som börjar årskurs ett anmäls till skolan i "
                    "januari. Staden skickar en kallelse hem och meddelar barnets närskola.\n\nOm "
                    "ni flyttar till Vuoksela mitt i läsåret, anmäl barnet till skolan genast "
                    "efter flytten. Anmälningsblanketten finns på webben. Du får beslutet om "
                    "skolplats på ungefär en vecka.\n\nNärskolan bestäms enligt hemadressen. Om "
                    "skolvägen är lång eller farlig, ansök om skolskjuts samtidigt."
                ),
            ),
            "en": (
                "School enrolment and local school",
                (
                    "Hello {customer_name},\n\nChildren starting year one are enrolled in January. "
                    "The city sends an invitation home and tells you the child's local "
                    "school.\n\nIf you move to Vuoksela during the school year, enrol your child "
                    "right after the move. The enrolment form is online. You get the decision on "
                    "the school place in about a week.\n\nThe local school depends on your home "
                    "address. If the way to school is long or dangerous, apply for school "
                    "transport at the same time."
                ),
            ),
        },
    ),
    "school-choice": (
        "basic-education",
        {
            "fi": (
                "Hakeminen muuhun kuin lähikouluun",
                (
                    "Hei {customer_name},\n\nVoit hakea lapselle paikkaa muusta kuin lähikoulusta. "
                    "Sitä kutsutaan toissijaiseksi koulupaikaksi.\n\nHae paikkaa kouluun "
                    "ilmoittautumisen yhteydessä. Painotettuun opetukseen, kuten musiikkiluokalle, "
                    "haetaan helmikuussa, ja haussa voi olla soveltuvuuskoe.\n\nPaikka annetaan, "
                    "jos koulussa on tilaa lähikoulun oppilaiden jälkeen. Päätös tulee "
                    "huhtikuussa. Kaupunki ei järjestä koulukuljetusta toissijaiseen kouluun."
                ),
            ),
            "sv": (
                "Ansökan till en annan skola än närskolan",
                (
                    "Hej {customer_name},\n\nDu kan söka plats för ditt barn i en annan skola än "
                    "närskolan. Det kallas sekundär skolplats.\n\nSök platsen samtidigt som du "
                    "anmäler barnet till skolan. Till undervisning med tyngdpunkt, till exempel "
                    "musikklass, söker man i februari, och det kan finnas ett "
                    "lämplighetsprov.\n\nPlatsen ges om det finns rum i skolan efter närskolans "
                    "elever. Beslutet kommer i april. Staden ordnar inte skolskjuts till en "
                    "sekundär skola."
                ),
            ),
            "en": (
                "Applying to a school other than the local school",
                (
                    "Hello {customer_name},\n\nYou can apply for a place for your child at a "
                    "school other than the local school. This is called a secondary school "
                    "place.\n\nApply when you enrol your child. For special classes, such as a "
                    "music class, you apply in February, and there may be an aptitude test.\n\nA "
                    "place is given if the school has room after its local pupils. The decision "
                    "comes in April. The city does not arrange school transport to a secondary "
                    "school place."
                ),
            ),
        },
    ),
    "school-meals-diet": (
        "basic-education",
        {
            "fi": (
                "Kouluruoka ja erityisruokavaliot",
                (
                    "Hei {customer_name},\n\nKouluruoka on oppilaalle maksuton. Ruokalista on "
                    "koulun verkkosivulla.\n\nJos lapsella on allergia tai muu erityisruokavalio, "
                    "täytä erityisruokavalioilmoitus. Lääkärintodistus tarvitaan vain vakavista "
                    "allergioista. Vie ilmoitus koulun terveydenhoitajalle.\n\nKasvisruokaa tai "
                    "uskonnon mukaista ruokaa saa ilman todistusta. Kerro siitä opettajalle ja "
                    "koulun keittiölle."
                ),
            ),
            "sv": (
                "Skolmat och specialkost",
                (
                    "Hej {customer_name},\n\nSkolmaten är avgiftsfri för eleverna. Matsedeln finns "
                    "på skolans webbplats.\n\nOm barnet har en allergi eller annan specialkost, "
                    "fyll i en anmälan om specialkost. Läkarintyg behövs bara för svåra allergier. "
                    "Lämna anmälan till skolans hälsovårdare.\n\nVegetarisk mat eller mat enligt "
                    "religion får man utan intyg. Meddela läraren och skolans kök."
                ),
            ),
            "en": (
                "School meals and special diets",
                (
                    "Hello {customer_name},\n\nSchool meals are free for pupils. The menu is on "
                    "the school's website.\n\nIf your child has an allergy or another special "
                    "diet, fill in a special diet form. A doctor's certificate is only needed for "
                    "severe allergies. Give the form to the school nurse.\n\nVegetarian food or "
                    "food for religious reasons is available without a certificate. Tell the "
                    "teacher and the school kitchen."
                ),
            ),
        },
    ),
    "mould-damp-home": (
        "environmental-health",
        {
            "fi": (
                "Home tai kosteusvaurio asunnossa",
                (
                    "Hei {customer_name},\n\nIlmoita homeesta tai kosteusvauriosta ensin "
                    "kirjallisesti vuokranantajalle tai isännöitsijälle. Heidän pitää selvittää "
                    "vaurio ja korjata se.\n\nJos asia ei korjaannu, terveystarkastaja voi tehdä "
                    "asunnontarkastuksen. Tarkastus on asukkaalle maksuton. Terveystarkastaja "
                    "{handler} ottaa sinuun yhteyttä ja sopii käynnistä.\n\nTuuleta asuntoa ja "
                    "kuivaa märät pinnat siihen asti. Jos perheellä on oireita, kerro niistä "
                    "terveyskeskukseen.\n\nAsiasi tunnus on {reference}."
                ),
            ),
            "sv": (
                "Mögel eller fuktskada i bostaden",
                (
                    "Hej {customer_name},\n\nAnmäl mögel eller en fuktskada först skriftligt till "
                    "hyresvärden eller disponenten. De ska utreda skadan och reparera den.\n\nOm "
                    "saken inte åtgärdas kan en hälsoinspektör göra en bostadsinspektion. "
                    "Inspektionen är avgiftsfri för den boende. Hälsoinspektören {handler} "
                    "kontaktar dig och kommer överens om besöket.\n\nVädra bostaden och torka våta "
                    "ytor tills dess. Om familjen har symtom, berätta om dem på "
                    "hälsocentralen.\n\nDitt ärende har numret {reference}."
                ),
            ),
            "en": (
                "Mould or damp in your home",
                (
                    "Hello {customer_name},\n\nReport mould or damp in writing to your landlord or "
                    "the property manager first. They must find out the cause and repair it.\n\nIf "
                    "it is not fixed, a health inspector can inspect your home. The inspection is "
                    "free for residents. Health inspector {handler} will contact you to agree on a "
                    "visit.\n\nUntil then, air the flat and dry wet surfaces. If your family has "
                    "symptoms, tell the health centre.\n\nYour reference is {reference}."
                ),
            ),
        },
    ),
    "pests-rats": (
        "environmental-health",
        {
            "fi": (
                "Rotat ja muut tuhoeläimet",
                (
                    "Hei {customer_name},\n\nRotista ja muista tuhoeläimistä pihalla tai talossa "
                    "ilmoitetaan kiinteistön omistajalle tai isännöitsijälle. Kiinteistön pitää "
                    "torjua ne, esimerkiksi tilaamalla tuholaistorjunnan.\n\nKaupunki torjuu "
                    "rottia puistoissa, kaduilla ja muilla yleisillä alueilla. Välitimme "
                    "ilmoituksesi, jos kyse on yleisestä alueesta.\n\nRottia voi vähentää "
                    "pitämällä jäteastioiden kannet kiinni. Älä ruoki lintuja maahan.\n\nAsiasi "
                    "tunnus on {reference}."
                ),
            ),
            "sv": (
                "Råttor och andra skadedjur",
                (
                    "Hej {customer_name},\n\nRåttor och andra skadedjur på gården eller i huset "
                    "anmäls till fastighetens ägare eller disponenten. Fastigheten ska bekämpa "
                    "dem, till exempel genom att beställa skadedjursbekämpning.\n\nStaden bekämpar "
                    "råttor i parker, på gator och andra allmänna områden. Vi har skickat din "
                    "anmälan vidare om det gäller ett allmänt område.\n\nDu kan minska råttorna "
                    "genom att hålla locken på avfallskärlen stängda. Mata inte fåglar på "
                    "marken.\n\nDitt ärende har numret {reference}."
                ),
            ),
            "en": (
                "Rats and other pests",
                (
                    "Hello {customer_name},\n\nReport rats and other pests in a yard or building "
                    "to the property owner or property manager. The property must get rid of them, "
                    "for example by ordering pest control.\n\nThe city deals with rats in parks, "
                    "streets and other public areas. We have passed your report on if it is about "
                    "a public area.\n\nKeeping the lids of waste bins closed helps against rats. "
                    "Do not feed birds on the ground.\n\nYour reference is {reference}."
                ),
            ),
        },
    ),
    "smell-dust-nuisance": (
        "environmental-health",
        {
            "fi": (
                "Haju-, savu- tai pölyhaitta",
                (
                    "Hei {customer_name},\n\nJatkuvasta hajusta, savusta tai pölystä voit tehdä "
                    "ilmoituksen ympäristöterveydelle. Kirjasimme "
                    "ilmoituksesi.\n\nTerveystarkastaja {handler} selvittää, mistä haitta tulee, "
                    "ja pyytää aiheuttajaa korjaamaan asian. Kerro, milloin haittaa on ja kuinka "
                    "usein. Muistiinpanot päivistä ja kellonajoista auttavat.\n\nNaapurin "
                    "tulisijan savusta kannattaa puhua ensin naapurin kanssa. Äkillisestä ja "
                    "vaarallisesta tilanteesta soita hätänumeroon 112.\n\nAsiasi tunnus on "
                    "{reference}."
                ),
            ),
            "sv": (
                "Olägenhet av lukt, rök eller damm",
                (
                    "Hej {customer_name},\n\nOm ständig lukt, rök eller damm kan du göra en "
                    "anmälan till miljöhälsan. Vi har antecknat din anmälan.\n\nHälsoinspektören "
                    "{handler} utreder var olägenheten kommer ifrån och ber den som orsakar den "
                    "att åtgärda saken. Berätta när olägenheten förekommer och hur ofta. "
                    "Anteckningar om dagar och klockslag hjälper.\n\nOm rök från grannens eldstad "
                    "är det bäst att först tala med grannen. Vid en plötslig och farlig situation, "
                    "ring nödnumret 112.\n\nDitt ärende har numret {reference}."
                ),
            ),
            "en": (
                "Smell, smoke or dust nuisance",
                (
                    "Hello {customer_name},\n\nYou can report a constant smell, smoke or dust to "
                    "environmental health. We have recorded your report.\n\nHealth inspector "
                    "{handler} will find out where it comes from and ask whoever causes it to fix "
                    "it. Tell us when it happens and how often. Notes of the days and times "
                    "help.\n\nAbout smoke from a neighbour's fireplace, talk to your neighbour "
                    "first. In a sudden, dangerous situation, call the emergency number "
                    "112.\n\nYour reference is {reference}."
                ),
            ),
        },
    ),
    "street-skip-scaffolding": (
        "street-use-permits",
        {
            "fi": (
                "Jätelava tai rakennustelineet kadulla",
                (
                    "Hei {customer_name},\n\nJätelavalle, rakennustelineille tai nosturille "
                    "kadulla tai jalkakäytävällä tarvitaan katulupa. Hae lupa verkossa vähintään "
                    "viikkoa ennen.\n\nKerro hakemuksessa osoite, aika ja kuinka paljon tilaa "
                    "tarvitset. Liitä mukaan piirros, josta näkyy paikka. Jalankulkijoille pitää "
                    "jättää turvallinen kulkureitti.\n\nLupa maksaa 60 euroa ja lisäksi alueen "
                    "vuokran päivien mukaan. Lavan tai telineen omalla pihalla voit pitää ilman "
                    "katulupaa."
                ),
            ),
            "sv": (
                "Container eller byggnadsställningar på gatan",
                (
                    "Hej {customer_name},\n\nFör en container, byggnadsställningar eller en "
                    "lyftkran på gatan eller trottoaren behövs gatutillstånd. Ansök om tillstånd "
                    "på webben minst en vecka innan.\n\nAnge adress, tid och hur mycket plats du "
                    "behöver. Bifoga en skiss som visar platsen. Fotgängarna måste ha en trygg väg "
                    "förbi.\n\nTillståndet kostar 60 euro och dessutom hyra för området enligt "
                    "antalet dagar. På din egen gård behöver du inget gatutillstånd."
                ),
            ),
            "en": (
                "A skip or scaffolding on the street",
                (
                    "Hello {customer_name},\n\nA skip, scaffolding or a crane on a street or "
                    "pavement needs a street use permit. Apply online at least a week "
                    "before.\n\nGive the address, the time and how much space you need. Add a "
                    "sketch that shows the place. Pedestrians must still have a safe way "
                    "past.\n\nThe permit costs €60, plus a rent for the area by the day. You need "
                    "no street permit for a skip or scaffolding in your own yard."
                ),
            ),
        },
    ),
    "removal-lorry-parking": (
        "street-use-permits",
        {
            "fi": (
                "Muuttoauto kadulla",
                (
                    "Hei {customer_name},\n\nMuuttoauto saa pysähtyä kadulle lyhyeksi ajaksi "
                    "kuormaamaan ilman lupaa. Auto ei saa estää liikennettä, pelastustietä tai "
                    "jalankulkua.\n\nJos muuttoauto seisoo kadulla pidempään tai pysäköintikiellon "
                    "alueella, hae katulupa vähintään viikkoa ennen. Kerro osoite, päivä ja "
                    "kellonajat.\n\nVoimme myös varata tilan muuttoautolle liikennemerkeillä. "
                    "Merkit tilataan samalla hakemuksella."
                ),
            ),
            "sv": (
                "Flyttbil på gatan",
                (
                    "Hej {customer_name},\n\nEn flyttbil får stanna på gatan en kort stund för att "
                    "lasta utan tillstånd. Bilen får inte hindra trafiken, räddningsvägen eller "
                    "fotgängarna.\n\nOm flyttbilen står på gatan längre eller där parkering är "
                    "förbjuden, ansök om gatutillstånd minst en vecka innan. Ange adress, dag och "
                    "klockslag.\n\nVi kan också reservera plats för flyttbilen med trafikmärken. "
                    "Märkena beställs med samma ansökan."
                ),
            ),
            "en": (
                "A removal lorry on the street",
                (
                    "Hello {customer_name},\n\nA removal lorry may stop on the street briefly to "
                    "load without a permit. It must not block traffic, a fire lane or "
                    "pedestrians.\n\nIf the lorry stands on the street longer, or where parking is "
                    "not allowed, apply for a street use permit at least a week before. Give the "
                    "address, the day and the times.\n\nWe can also reserve the space for the "
                    "lorry with traffic signs. Order the signs with the same application."
                ),
            ),
        },
    ),
    "digging-permit": (
        "street-use-permits",
        {
            "fi": (
                "Kaivulupa katutyöhön",
                (
                    "Hei {customer_name},\n\nKun kaivat katuun, jalkakäytävälle tai puistoon, "
                    "tarvitset kaivuluvan. Hae lupa verkossa vähintään kaksi viikkoa ennen työn "
                    "alkua.\n\nLiitä hakemukseen työalueen kartta ja "
                    "liikennejärjestelysuunnitelma. Tarkista maakaapelit ja putket ennen "
                    "kaivamista johtotietopalvelusta.\n\nKiireellisen vian, kuten vesivuodon, voi "
                    "korjata heti. Hae lupa silloin jälkikäteen seuraavana arkipäivänä."
                ),
            ),
            "sv": (
                "Grävtillstånd för gatuarbete",
                (
                    "Hej {customer_name},\n\nNär du gräver i gatan, trottoaren eller en park "
                    "behöver du grävtillstånd. Ansök om tillstånd på webben minst två veckor innan "
                    "arbetet börjar.\n\nBifoga en karta över arbetsområdet och en plan för "
                    "trafikarrangemangen. Kontrollera jordkablar och rör hos "
                    "ledningsinformationstjänsten innan du gräver.\n\nEtt brådskande fel, som ett "
                    "vattenläckage, får repareras genast. Ansök då om tillstånd i efterhand nästa "
                    "vardag."
                ),
            ),
            "en": (
                "Digging permit for street works",
                (
                    "Hello {customer_name},\n\nWhen you dig in a street, pavement or park, you "
                    "need a digging permit. Apply online at least two weeks before the work "
                    "starts.\n\nAdd a map of the work area and a traffic management plan. Check "
                    "underground cables and pipes with the cable location service before you "
                    "dig.\n\nAn urgent fault, such as a water leak, may be repaired at once. Then "
                    "apply for the permit afterwards on the next working day."
                ),
            ),
        },
    ),
    "boat-berth-application": (
        "boat-berths",
        {
            "fi": (
                "Venepaikan hakeminen",
                (
                    "Hei {customer_name},\n\nHae venepaikkaa verkossa. Haku on auki helmi- ja "
                    "maaliskuussa. Vapautuvia paikkoja jaetaan koko kauden ajan.\n\nKerro "
                    "hakemuksessa veneen pituus, leveys ja rekisterinumero sekä toivottu satama. "
                    "Kaupungin satamissa on laituripaikkoja ja poijupaikkoja.\n\nPaikat jaetaan "
                    "hakujärjestyksessä veneen koon mukaan. Saat tiedon paikasta sähköpostilla "
                    "huhtikuun loppuun mennessä."
                ),
            ),
            "sv": (
                "Ansökan om båtplats",
                (
                    "Hej {customer_name},\n\nAnsök om båtplats på webben. Ansökan är öppen i "
                    "februari och mars. Platser som blir lediga delas ut under hela "
                    "säsongen.\n\nAnge båtens längd, bredd och registernummer och vilken hamn du "
                    "önskar. Stadens hamnar har bryggplatser och bojplatser.\n\nPlatserna delas ut "
                    "i ansökningsordning enligt båtens storlek. Du får besked om platsen per "
                    "e-post före slutet av april."
                ),
            ),
            "en": (
                "Applying for a boat berth",
                (
                    "Hello {customer_name},\n\nApply for a boat berth online. Applications are "
                    "open in February and March. Berths that become free are handed out all "
                    "season.\n\nGive the boat's length, width and registration number and the "
                    "marina you want. The city's marinas have pier berths and buoy "
                    "berths.\n\nBerths are given in order of application by the size of the boat. "
                    "You will hear about your berth by e-mail by the end of April."
                ),
            ),
        },
    ),
    "boat-berth-fee-cancel": (
        "boat-berths",
        {
            "fi": (
                "Venepaikkamaksu ja paikasta luopuminen",
                (
                    "Hei {customer_name},\n\nVenepaikkamaksu laskutetaan keväällä koko kaudesta. "
                    "Laituripaikka maksaa 180–320 euroa veneen leveyden mukaan.\n\nJos luovut "
                    "paikasta, ilmoita siitä kirjallisesti ennen 31. maaliskuuta. Silloin sinua ei "
                    "laskuteta seuraavasta kaudesta. Kauden alettua maksua ei palauteta.\n\nJos "
                    "myyt veneen, venepaikka ei siirry ostajalle. Ostaja hakee paikkaa itse."
                ),
            ),
            "sv": (
                "Båtplatsavgift och uppsägning av platsen",
                (
                    "Hej {customer_name},\n\nBåtplatsavgiften faktureras på våren för hela "
                    "säsongen. En bryggplats kostar 180–320 euro enligt båtens bredd.\n\nOm du "
                    "säger upp platsen, meddela det skriftligt före den 31 mars. Då faktureras du "
                    "inte för följande säsong. När säsongen har börjat återbetalas avgiften "
                    "inte.\n\nOm du säljer båten övergår båtplatsen inte till köparen. Köparen "
                    "ansöker själv om plats."
                ),
            ),
            "en": (
                "Berth fee and giving up a berth",
                (
                    "Hello {customer_name},\n\nThe berth fee is invoiced in spring for the whole "
                    "season. A pier berth costs €180–320 by the boat's width.\n\nIf you give up "
                    "your berth, tell us in writing before 31 March. Then you are not invoiced for "
                    "the next season. Once the season has started, the fee is not refunded.\n\nIf "
                    "you sell your boat, the berth does not pass to the buyer. The buyer applies "
                    "for a berth themselves."
                ),
            ),
        },
    ),
    "boat-winter-storage": (
        "boat-berths",
        {
            "fi": (
                "Veneen talvisäilytys",
                (
                    "Hei {customer_name},\n\nKaupungin talvisäilytysalue on Koskirannan satamassa. "
                    "Hae talvipaikkaa verkossa elokuun loppuun mennessä.\n\nVeneet nostetaan ylös "
                    "syys- ja lokakuussa ja lasketaan vesille toukokuussa. Nosto ja lasku tilataan "
                    "satamamestarilta. Talvipaikka maksaa 120 euroa kaudessa.\n\nVene ja pukki "
                    "pitää merkitä omistajan nimellä ja puhelinnumerolla. Trailerin saa pitää "
                    "alueella vain veneen alla."
                ),
            ),
            "sv": (
                "Vinterförvaring av båten",
                (
                    "Hej {customer_name},\n\nStadens område för vinterförvaring finns i Koskiranta "
                    "hamn. Ansök om vinterplats på webben före slutet av augusti.\n\nBåtarna lyfts "
                    "upp i september och oktober och sjösätts i maj. Upptagning och sjösättning "
                    "beställs av hamnmästaren. En vinterplats kostar 120 euro per säsong.\n\nBåten "
                    "och bocken ska märkas med ägarens namn och telefonnummer. En trailer får stå "
                    "på området bara under båten."
                ),
            ),
            "en": (
                "Winter storage for your boat",
                (
                    "Hello {customer_name},\n\nThe city's winter storage area is at Koskiranta "
                    "marina. Apply for a winter place online by the end of August.\n\nBoats are "
                    "lifted out in September and October and launched in May. Order lifting and "
                    "launching from the harbour master. A winter place costs €120 a "
                    "season.\n\nMark the boat and its cradle with the owner's name and phone "
                    "number. A trailer may stay in the area only under the boat."
                ),
            ),
        },
    ),
    "rental-flat-application": (
        "rental-housing",
        {
            "fi": (
                "Kaupungin vuokra-asunnon hakeminen",
                (
                    "Hei {customer_name},\n\nHae kaupungin vuokra-asuntoa verkossa. Paperisen "
                    "hakemuksen voit jättää asiakaspalvelupisteessä.\n\nHakemus on voimassa kolme "
                    "kuukautta. Uusi se verkossa ennen kuin se vanhenee. Asunnot jaetaan asunnon "
                    "tarpeen, tulojen ja varallisuuden mukaan. Kiireellisimmät tilanteet hoidetaan "
                    "ensin.\n\nKun sinulle on asunto, saat tarjouksen puhelimella tai "
                    "tekstiviestillä. Jos haluat vaihtaa nykyisen asuntosi toiseen, tee uusi "
                    "hakemus ja valitse asunnonvaihto."
                ),
            ),
            "sv": (
                "Ansökan om stadens hyresbostad",
                (
                    "Hej {customer_name},\n\nAnsök om stadens hyresbostad på webben. En ansökan på "
                    "papper kan du lämna vid kundservicepunkten.\n\nAnsökan gäller i tre månader. "
                    "Förnya den på webben innan den går ut. Bostäderna delas ut enligt behov, "
                    "inkomster och förmögenhet. De mest brådskande fallen först.\n\nNär det finns "
                    "en bostad för dig får du ett erbjudande per telefon eller sms. Om du vill "
                    "byta din nuvarande bostad, gör en ny ansökan och välj bostadsbyte."
                ),
            ),
            "en": (
                "Applying for a city rental flat",
                (
                    "Hello {customer_name},\n\nApply for a city rental flat online. You can hand "
                    "in a paper application at the customer service point.\n\nAn application is "
                    "valid for three months. Renew it online before it runs out. Flats are "
                    "allocated by need, income and assets. The most urgent cases come "
                    "first.\n\nWhen there is a flat for you, you get an offer by phone or text "
                    "message. If you want to swap your current flat for another, make a new "
                    "application and choose flat exchange."
                ),
            ),
        },
    ),
    "rental-flat-repair": (
        "rental-housing",
        {
            "fi": (
                "Vikailmoitus vuokra-asunnosta",
                (
                    "Hei {customer_name},\n\nTee vikailmoitus talon huoltoyhtiölle. Huoltoyhtiön "
                    "yhteystiedot ovat porraskäytävän ilmoitustaululla ja "
                    "vuokrasopimuksessa.\n\nKiireelliset viat, kuten vesivuoto, tukkeutunut "
                    "viemäri tai sähkökatko asunnossa, ilmoitetaan heti huoltoyhtiön "
                    "päivystykseen. Se palvelee ympäri vuorokauden.\n\nJos vikaa ei korjata "
                    "kohtuullisessa ajassa, kerro siitä vuokranantajan asiakaspalveluun. Liitä "
                    "mukaan päivämäärä, jolloin ilmoitit viasta."
                ),
            ),
            "sv": (
                "Felanmälan i hyresbostaden",
                (
                    "Hej {customer_name},\n\nGör en felanmälan till husets servicebolag. "
                    "Servicebolagets kontaktuppgifter finns på anslagstavlan i trapphuset och i "
                    "hyresavtalet.\n\nBrådskande fel, som vattenläckage, stopp i avloppet eller "
                    "elavbrott i bostaden, anmäls genast till servicebolagets jour. Den betjänar "
                    "dygnet runt.\n\nOm felet inte repareras inom rimlig tid, meddela hyresvärdens "
                    "kundtjänst. Ange datumet då du anmälde felet."
                ),
            ),
            "en": (
                "Reporting a fault in your rental flat",
                (
                    "Hello {customer_name},\n\nReport the fault to the building's maintenance "
                    "company. Its contact details are on the notice board in the stairwell and in "
                    "your lease.\n\nUrgent faults, such as a water leak, a blocked drain or a "
                    "power cut in the flat, are reported at once to the maintenance company's "
                    "emergency line. It is open day and night.\n\nIf the fault is not repaired in "
                    "a reasonable time, tell the landlord's customer service. Include the date "
                    "when you reported the fault."
                ),
            ),
        },
    ),
    "rental-flat-rent-termination": (
        "rental-housing",
        {
            "fi": (
                "Vuokra ja vuokrasopimuksen irtisanominen",
                (
                    "Hei {customer_name},\n\nVuokra maksetaan kuukauden toisena päivänä. Jos et "
                    "pysty maksamaan vuokraa ajallaan, ota yhteyttä vuokranantajaan heti. "
                    "Maksusuunnitelmasta voi sopia. Apua voit hakea myös Kelan "
                    "asumistuesta.\n\nVuokralaisen irtisanomisaika on yksi kalenterikuukausi. "
                    "Irtisano sopimus kirjallisesti verkossa tai asiakaspalvelussa. "
                    "Irtisanomisaika alkaa kuukauden viimeisenä päivänä.\n\nKaikki avaimet "
                    "palautetaan, kun muutat pois. Vakuus palautetaan muuttotarkastuksen jälkeen."
                ),
            ),
            "sv": (
                "Hyra och uppsägning av hyresavtalet",
                (
                    "Hej {customer_name},\n\nHyran betalas den andra dagen i månaden. Om du inte "
                    "kan betala hyran i tid, kontakta hyresvärden genast. Man kan komma överens om "
                    "en betalningsplan. Du kan också söka bostadsbidrag från FPA.\n\nHyresgästens "
                    "uppsägningstid är en kalendermånad. Säg upp avtalet skriftligt på webben "
                    "eller vid kundtjänsten. Uppsägningstiden börjar den sista dagen i "
                    "månaden.\n\nAlla nycklar lämnas tillbaka när du flyttar. Garantin betalas "
                    "tillbaka efter flyttgranskningen."
                ),
            ),
            "en": (
                "Rent and ending your lease",
                (
                    "Hello {customer_name},\n\nRent is paid on the second day of the month. If you "
                    "cannot pay on time, contact the landlord at once. A payment plan can be "
                    "agreed. You can also apply for Kela's housing allowance.\n\nThe tenant's "
                    "notice period is one calendar month. Give notice in writing online or at "
                    "customer service. The notice period starts on the last day of the "
                    "month.\n\nReturn all the keys when you move out. The deposit is paid back "
                    "after the move-out inspection."
                ),
            ),
        },
    ),
}

# Search words per template and language: what customers call the same thing.
KEYWORDS = {
    "streetlight-on-daytime": {
        "fi": (
            "valot palaa päivällä, palavat päivällä, katulamppu palaa päivällä, päivänvalossa, "
            "valoisaan aikaan, energian tuhlaus, ajastin, valokenno"
        ),
        "sv": (
            "lampan lyser på dagen, gatlampa tänd på dagen, belysning på dagtid, slöseri med el, "
            "timer"
        ),
        "en": (
            "lights on during the day, street lamp on in daylight, lights left on, wasting "
            "electricity, timer"
        ),
    },
    "streetlight-new-request": {
        "fi": (
            "uusi katuvalo, lisää valoja, valaistus puuttuu, valaistustoive, tarvitaan uusi "
            "valo, valoton tie, uusi valaisin"
        ),
        "sv": "ny gatlampa, mer belysning, belysning saknas, önskemål om belysning, ny lykta",
        "en": "new street light, more lighting, lighting request, unlit road, install a light",
    },
    "streetlight-pole-damaged": {
        "fi": (
            "pylväs kaatunut, valotolppa, tolppa vinossa, auto ajoi pylvääseen, johto roikkuu, "
            "kaapeli näkyy, luukku auki, vaarallinen, sähköjohto"
        ),
        "sv": (
            "stolpe omkull, lyktstolpe sned, bil körde på stolpen, ledning hänger, kabel, lucka "
            "öppen, farlig"
        ),
        "en": (
            "pole knocked down, pole leaning, car hit the pole, hanging wire, cable exposed, "
            "hatch open, dangerous"
        ),
    },
    "snow-bank-driveway": {
        "fi": (
            "aurausvalli, auravalli, lumivalli, valli, pihatie tukossa, liittymä tukossa, "
            "ramppi, aura jätti lumet, en pääse pihasta, lumipenkka, kinos, jäävalli"
        ),
        "sv": (
            "plogvall, snövall, infart igensnöad, kommer inte ut, plogen lämnade snö, isvall, "
            "snödriva"
        ),
        "en": (
            "snow bank, plough bank, snow ridge, windrow, driveway blocked, can't get out, plow "
            "left snow, ice ridge"
        ),
    },
    "slippery-gritting": {
        "fi": (
            "liukas, liukasta, pääkallokeli, jää, jäätä, hiekoitus, hiekka puuttuu, sepeli, "
            "jalkakäytävä liukas, kaaduin, liukastuin, hiekoittamatta, peilijää"
        ),
        "sv": (
            "halt, halka, is, isigt, sandning, sand saknas, trottoar hal, halkade, föll, "
            "osandat, blankis"
        ),
        "en": (
            "slippery, icy, ice, black ice, grit, gritting, salt, pavement icy, sidewalk, "
            "slipped, fell"
        ),
    },
    "private-road-maintenance": {
        "fi": (
            "yksityistie, tiekunta, tieosakas, kylätie, kuka auraa, ei kaupungin tie, "
            "tieavustus, avustus yksityistielle, mökkitie, tie on auraamatta"
        ),
        "sv": "enskild väg, väglag, delägare, byväg, vem plogar, vägunderstöd, stugväg",
        "en": (
            "private road, road association, village road, who ploughs, road grant, cottage "
            "road, not a city street"
        ),
    },
    "snow-from-yard": {
        "fi": (
            "lumen siirto kadulle, naapuri työntää lunta kadulle, lumet kadulle, lumikasa, "
            "lumenkaatopaikka, lumitilat, traktori siirsi lumet, lumen vastaanottopaikka"
        ),
        "sv": "snö på gatan, grannen skjuter snö, snöhög, snötipp, traktor flyttade snö",
        "en": (
            "snow pushed onto the street, neighbour dumps snow, snow pile, snow dump, tractor "
            "moved snow"
        ),
    },
    "traffic-sign-damaged": {
        "fi": (
            "liikennemerkki, kyltti, merkki kaatunut, stop-merkki, kolmio, nopeusrajoitus, "
            "kadunnimikyltti, opaste, merkki vinossa, merkki puuttuu, liikennevalot"
        ),
        "sv": (
            "trafikmärke, skylt, stoppmärke, väjningsplikt, väjningspliktsmärke, omkullkört, "
            "hastighetsbegränsning, gatuskylt, vägvisare, märke saknas, trafikljus"
        ),
        "en": (
            "traffic sign, road sign, sign knocked down, stop sign, give way, speed limit, "
            "street name sign, missing sign, traffic lights"
        ),
    },
    "roadworks-info": {
        "fi": (
            "katutyö, kaivuutyö, työmaa, kiertotie, tie suljettu, katu suljettu, tietyö, "
            "kaivanto, remontti kadulla, liikennejärjestely, melu työmaalta"
        ),
        "sv": "gatuarbete, grävarbete, arbetsplats, omväg, gatan avstängd, vägarbete, schakt",
        "en": (
            "roadworks, road works, street closed, detour, diversion, digging, construction "
            "site, trench"
        ),
    },
    "storm-drain-blocked": {
        "fi": (
            "sadevesikaivo, kaivo tukossa, ritilä, vesi lammikoituu, lätäkkö, tulva, vesi "
            "kadulla, hulevesi, kaivonkansi, sulamisvesi, vesi ei valu"
        ),
        "sv": (
            "dagvattenbrunn, brunn igensatt, galler, vattenpöl, översvämning, vatten på gatan, "
            "smältvatten"
        ),
        "en": (
            "storm drain, drain blocked, gully, grate, puddle, flooding, water on the road, "
            "meltwater"
        ),
    },
    "grass-mowing": {
        "fi": (
            "ruoho, nurmikko, heinä, leikkaamatta, niittämättä, niitto, pientare, rikkaruohot, "
            "pensas, pensaat kasvaa tielle, näköeste, puisto hoitamatta, ruohonleikkuu"
        ),
        "sv": (
            "gräs, gräsmatta, oklippt, slåtter, vägren, ogräs, buskar, skymmer sikten, park ovårdad"
        ),
        "en": (
            "grass, lawn, mowing, not mowed, long grass, weeds, roadside, bushes, blocking the "
            "view, overgrown"
        ),
    },
    "graffiti-vandalism": {
        "fi": (
            "töhry, graffiti, tussaus, spraymaali, sotkettu, ilkivalta, rikottu, särjetty, "
            "vandalismi, lasinsirut, tägi"
        ),
        "sv": (
            "klotter, graffiti, sprayfärg, nedklottrad, skadegörelse, vandalism, krossad, glasbitar"
        ),
        "en": "graffiti, tag, spray paint, vandalism, vandalised, smashed, broken glass, damage",
    },
    "fallen-tree": {
        "fi": (
            "puu kaatunut, kaatunut puu, oksa tiellä, myrsky, myrskytuho, tuuli kaatoi, puu tien "
            "päällä, katkennut oksa, puu sähkölinjalla, roikkuva oksa"
        ),
        "sv": (
            "träd har fallit, omkullfallet träd, nedfallen gren, storm, stormskada, bruten gren, "
            "träd på elledning"
        ),
        "en": (
            "fallen tree, tree down, branch on the road, storm damage, wind, broken branch, tree "
            "on power line"
        ),
    },
    "park-bench-broken": {
        "fi": (
            "penkki, puistonpenkki, pöytä, aita, katos, grillikatos, laituri, portaat, kaide, "
            "rikki, irti, lahonnut, roskakatos"
        ),
        "sv": "bänk, parkbänk, bord, staket, grillskydd, brygga, räcke, trasig, lös, murken",
        "en": (
            "bench, park bench, picnic table, fence, shelter, jetty, railing, broken, loose, rotten"
        ),
    },
    "dog-waste": {
        "fi": (
            "koirankakka, koiran jätökset, kakkapussi, koirapuisto, koira-aitaus, irtokoira, "
            "koira ilman hihnaa, koiranomistajat, roskis koirille"
        ),
        "sv": "hundbajs, bajspåse, hundrastgård, hundpark, lös hund, koppel",
        "en": "dog poo, dog mess, dog waste bags, dog park, off the lead, loose dog, bins for dogs",
    },
    "allotment-garden": {
        "fi": (
            "viljelypalsta, palsta, kasvimaa, ryytimaa, siirtolapuutarha, kaupunkiviljely, "
            "perunamaa, palstan vuokra, viljely"
        ),
        "sv": "odlingslott, lott, köksträdgård, koloniträdgård, stadsodling, potatisland",
        "en": "allotment, garden plot, vegetable garden, community garden, grow vegetables",
    },
    "beach-maintenance": {
        "fi": (
            "uimaranta, ranta, hiekkaranta, sinilevä, levä, veden laatu, uimavesi, pukukoppi, "
            "laituri, hengenpelastusrengas, rantavahti, roskat rannalla"
        ),
        "sv": (
            "badstrand, strand, blågröna alger, alger, vattenkvalitet, badvatten, "
            "omklädningshytt, brygga, livboj"
        ),
        "en": (
            "beach, swimming beach, blue-green algae, algae, water quality, bathing water, "
            "changing cabin, jetty, lifebuoy"
        ),
    },
    "travel-card-lost": {
        "fi": (
            "matkakortti hukassa, bussikortti kadonnut, hukkasin kortin, kortti varastettu, uusi "
            "kortti, kortti rikki, kortti ei toimi, korvaava kortti, sulkea kortti"
        ),
        "sv": (
            "resekort borta, busskort försvunnet, tappat kortet, stulet kort, nytt kort, kortet "
            "fungerar inte, spärra"
        ),
        "en": (
            "lost travel card, lost bus card, card stolen, new card, replacement card, card "
            "broken, card not working, block card"
        ),
    },
    "travel-card-discount": {
        "fi": (
            "alennus, alennuslippu, opiskelija-alennus, eläkeläisalennus, senioriliput, lapsen "
            "lippu, koululaislippu, työtön, vammainen, saattaja, halvempi lippu"
        ),
        "sv": (
            "rabatt, studentrabatt, pensionärsrabatt, seniorbiljett, barnbiljett, skolbiljett, "
            "arbetslös, följeslagare"
        ),
        "en": (
            "discount, reduced fare, student discount, pensioner, senior ticket, child ticket, "
            "unemployed, disabled, companion"
        ),
    },
    "bus-stop-fault": {
        "fi": (
            "pysäkki, bussipysäkki, pysäkkikatos, katos rikki, lasi rikki, aikataulu puuttuu, "
            "pysäkkimerkki, penkki pysäkillä, pysäkki auraamatta, näyttö ei toimi"
        ),
        "sv": (
            "hållplats, busshållplats, väderskydd, glas krossat, tidtabell saknas, "
            "hållplatsmärke, skärm"
        ),
        "en": (
            "bus stop, bus shelter, shelter broken, glass smashed, timetable missing, stop sign, "
            "display not working"
        ),
    },
    "bus-driver-feedback": {
        "fi": (
            "kuljettaja, bussikuski, kuski, töykeä, epäkohtelias, ajoi ohi, ei pysähtynyt, "
            "ajotapa, ajoi lujaa, ystävällinen kuljettaja, kiitos kuljettajalle"
        ),
        "sv": (
            "chaufför, busschaufför, ohövlig, körde förbi, stannade inte, körstil, körde fort, "
            "vänlig chaufför"
        ),
        "en": (
            "driver, bus driver, rude, impolite, drove past, did not stop, driving too fast, "
            "friendly driver"
        ),
    },
    "bus-route-wish": {
        "fi": (
            "uusi reitti, uusi vuoro, lisää vuoroja, iltavuoro, viikonloppuvuoro, pysäkkitoive, "
            "uusi pysäkki, bussi ei kulje, reittimuutos, aikataulumuutos"
        ),
        "sv": (
            "ny linje, ny tur, fler turer, kvällstur, helgtur, ny hållplats, bussen går inte, "
            "linjeändring"
        ),
        "en": (
            "new route, new bus service, more buses, evening bus, weekend bus, new bus stop, no "
            "bus, route change"
        ),
    },
    "on-demand-transport": {
        "fi": (
            "palvelulinja, palvelubussi, asiointiliikenne, kutsutaksi, kutsuliikenne, "
            "asiointikyyti, pikkubussi, vanhus, kauppakyyti, kuljetuspalvelu, taksi"
        ),
        "sv": (
            "servicelinje, servicebuss, anropstaxi, anropstrafik, äldre, butiksskjuts, "
            "färdtjänst, taxi"
        ),
        "en": (
            "service bus, dial-a-ride, on-demand bus, shopping bus, elderly, transport service, "
            "taxi"
        ),
    },
    "mobile-ticket": {
        "fi": (
            "mobiililippu, lippu puhelimeen, sovellus, appi, kännykkälippu, lippusovellus, "
            "maksaminen bussissa, lähimaksu, kertalippu, osta lippu"
        ),
        "sv": (
            "mobilbiljett, biljett i telefonen, app, enkelbiljett, köpa biljett, kontaktlös "
            "betalning"
        ),
        "en": (
            "mobile ticket, ticket on phone, app, buy a ticket, single ticket, contactless, pay "
            "on the bus"
        ),
    },
    "bus-lost-item": {
        "fi": (
            "unohtui bussiin, jäi bussiin, bussin löytötavarat, hukkasin bussissa, laukku, "
            "puhelin, lompakko, pipo, hanskat, avaimet bussissa"
        ),
        "sv": "glömde i bussen, hittegods buss, väska, telefon, plånbok, mössa, vantar, nycklar",
        "en": (
            "left on the bus, forgot on the bus, lost on bus, bag, phone, wallet, hat, gloves, keys"
        ),
    },
    "plans-on-display": {
        "fi": (
            "kaava nähtävillä, nähtävillä olo, kaavaluonnos, kaavaehdotus, kaavakartta, "
            "kaavamerkinnät, mitä kaava tarkoittaa, tulkinta, asemakaava, yleiskaava, tonttijako"
        ),
        "sv": (
            "plan framlagd, planutkast, planförslag, plankarta, planbeteckningar, tolkning, "
            "detaljplan, generalplan, tomtindelning"
        ),
        "en": (
            "plan on display, draft plan, plan proposal, zoning map, plan markings, what does "
            "the plan mean, local plan, master plan"
        ),
    },
    "plan-comment": {
        "fi": (
            "muistutus, mielipide, huomautus, kaavasta, kaavaehdotus, vastustan, valitus "
            "kaavasta, lausunto, kommentti kaavaan, naapuriin rakennetaan"
        ),
        "sv": (
            "anmärkning, åsikt, invändning, planförslag, motsätter mig, kommentar om planen, "
            "utlåtande"
        ),
        "en": (
            "objection, opinion, comment on the plan, plan proposal, I oppose, complaint about "
            "the plan, statement"
        ),
    },
    "building-drawings-copy": {
        "fi": (
            "pohjapiirustus, piirustukset, rakennuspiirustukset, pääpiirustus, arkisto, kopio, "
            "lupapiirustus, talon piirustukset, julkisivupiirustus, leikkauspiirustus, "
            "Lupapiste-kauppa"
        ),
        "sv": (
            "planritning, ritningar, byggnadsritningar, huvudritning, arkiv, kopia, husets "
            "ritningar, fasadritning"
        ),
        "en": (
            "floor plan, drawings, building drawings, blueprints, archive, copy, house plans, "
            "facade drawing"
        ),
    },
    "builder-package-ready": {
        "fi": (
            "rakentajapaketti valmis, nouto, noutaa, asiakirjat valmiina, pohjakartta, "
            "tonttikartta, liitoskohtalausunto, rakentajan paketti, hakea paketti"
        ),
        "sv": "byggarpaket klart, hämta, handlingar klara, baskarta, tomtkarta, anslutningspunkt",
        "en": (
            "builder's package ready, collect, pick up, documents ready, base map, plot map, "
            "connection point"
        ),
    },
    "neighbour-hearing-form": {
        "fi": (
            "naapurin kuuleminen, naapurin suostumus, kuulemislomake, naapurin allekirjoitus, "
            "naapurin lupa, naapuri vastustaa, rajanaapuri, rakennuslupa naapuri"
        ),
        "sv": (
            "hörande av grannar, grannens samtycke, grannens underskrift, blankett, granne "
            "motsätter sig, bygglov granne"
        ),
        "en": (
            "neighbour hearing, neighbour consent, neighbour signature, form, neighbour objects, "
            "building permit neighbour"
        ),
    },
    "plots-for-sale": {
        "fi": (
            "tontti myytävänä, vapaat tontit, tonttipörssi, omakotitalotontti, rivitalotontti, "
            "rakennuspaikka, tontin hinta, ostaa tontti, tonttitarjonta, tonttikansio"
        ),
        "sv": (
            "tomt till salu, lediga tomter, tomtbörs, egnahemstomt, radhustomt, byggplats, "
            "tomtpris, köpa tomt"
        ),
        "en": (
            "plot for sale, free plots, building plot, building site, plot price, buy a plot, "
            "land for sale"
        ),
    },
    "land-lease-contract-signing": {
        "fi": (
            "maanvuokrasopimus, vuokrasopimus, allekirjoitus, allekirjoittaa, sopimus valmis, "
            "tontinvuokrasopimus, maanvuokra, vuokratontti sopimus"
        ),
        "sv": "arrendeavtal, hyresavtal, underteckna, underskrift, avtalet klart, tomtarrende",
        "en": (
            "land lease agreement, lease contract, sign, signature, agreement ready, ground lease"
        ),
    },
    "land-lease-rent": {
        "fi": (
            "tontinvuokra, tonttivuokra, maanvuokra, vuokralasku, lasku, indeksi, "
            "elinkustannusindeksi, vuokrankorotus, maksuerät, eräpäivä, vuokratontti"
        ),
        "sv": (
            "tomtarrende, arrende, tomthyra, faktura, index, levnadskostnadsindex, höjning, "
            "rater, förfallodag"
        ),
        "en": (
            "ground rent, land lease, plot rent, rent invoice, index, rent increase, "
            "instalments, due date, leased plot"
        ),
    },
    "land-lease-redeem": {
        "fi": (
            "lunastus, lunastaa tontti, ostaa vuokratontti, vuokratontin osto, tontin hinta, oma "
            "tontti, kauppakirja, lunastushinta"
        ),
        "sv": "inlösen, lösa in tomten, köpa arrendetomt, tomtpris, köpebrev",
        "en": "buy the leased plot, redeem, purchase plot, plot price, deed of sale, own the plot",
    },
    "land-lease-transfer": {
        "fi": (
            "vuokraoikeus, vuokraoikeuden siirto, talon myynti, talokauppa, uusi omistaja, "
            "kauppakirja, kirjaaminen, Maanmittauslaitos, vuokratontti myynti"
        ),
        "sv": (
            "arrenderätt, överlåtelse, husförsäljning, ny ägare, köpebrev, inskrivning, "
            "Lantmäteriverket"
        ),
        "en": (
            "lease transfer, selling the house, new owner, deed of sale, registration, National "
            "Land Survey"
        ),
    },
    "zoning-initiative-appointment": {
        "fi": (
            "kaava-aloite, kaavoittaja, tapaaminen, aika kaavoittajalle, kaavamuutos, lomake, "
            "palaveri, ajanvaraus kaavoitus, kaavoitusarkkitehti"
        ),
        "sv": "planinitiativ, planläggare, möte, tid hos planläggaren, planändring, blankett",
        "en": "zoning initiative, planner, meeting, appointment, plan change, form, town planning",
    },
    "daycare-paper-application": {
        "fi": (
            "paperilomake, paperinen hakemus, paperilla, päiväkotihakemus paperilla, ei "
            "verkkopankkitunnuksia, tulostettava lomake"
        ),
        "sv": (
            "pappersblankett, ansökan på papper, blankett daghem, lämna in ansökan, inga bankkoder"
        ),
        "en": (
            "paper form, paper application, daycare application form, no online banking codes, "
            "printable form"
        ),
    },
    "daycare-decision": {
        "fi": (
            "päätös, päiväkotipaikka, milloin päätös tulee, ei ole kuulunut, hoitopaikka "
            "myönnetty, paikan vastaanottaminen, sijoitus, aloituspäivä, päiväkotipäätös"
        ),
        "sv": "beslut, daghemsplats, när kommer beslutet, ta emot platsen, placering, startdag",
        "en": (
            "decision, daycare place, when will I hear, accept the place, placement, start date, "
            "nursery decision"
        ),
    },
    "family-daycare-holiday": {
        "fi": (
            "perhepäivähoitaja, hoitaja lomalla, varahoito, varahoitopaikka, hoitajan loma, "
            "hoitaja sairas, perhepäivähoito, loma-ajan hoito, kesäloma"
        ),
        "sv": "familjedagvårdare, semester, reservvård, vårdaren sjuk, sommarsemester",
        "en": (
            "family day carer, childminder, holiday, substitute care, back-up care, carer ill, "
            "summer holiday"
        ),
    },
    "daycare-termination": {
        "fi": (
            "irtisanominen, irtisanoa, lopettaa päiväkodissa, päiväkotipaikka loppuu, viimeinen "
            "hoitopäivä, muutto, luopua paikasta, hoitosopimus päättyy"
        ),
        "sv": "uppsägning, säga upp, sluta på daghemmet, sista vårddag, flytt, avstå från platsen",
        "en": (
            "end the place, give notice, terminate, stop daycare, last day, moving away, give up "
            "the place"
        ),
    },
    "afternoon-club-decision": {
        "fi": (
            "iltapäivätoiminta päätös, ip-paikka, iltapäiväkerho paikka, milloin tieto tulee, "
            "myönnetty, jonossa, ryhmä täynnä, koululaisen iltapäivä"
        ),
        "sv": (
            "eftermiddagsverksamhet beslut, plats, när kommer beskedet, beviljad, kö, gruppen full"
        ),
        "en": (
            "after-school club decision, place, when will I hear, granted, waiting list, group full"
        ),
    },
    "afternoon-club-fees": {
        "fi": (
            "iltapäivätoiminnan maksu, ip-maksu, kuukausimaksu, lasku, hinta, maksuvapautus, "
            "alennus, sairauspoissaolo, paljonko maksaa"
        ),
        "sv": (
            "eftermiddagsverksamhet avgift, månadsavgift, faktura, pris, befrielse, nedsättning, "
            "sjukfrånvaro"
        ),
        "en": (
            "after-school club fee, monthly fee, invoice, price, how much does it cost, "
            "exemption, reduction, sick leave"
        ),
    },
    "study-voucher": {
        "fi": (
            "opintoseteli, opintosetelit, avustus, kurssiavustus, tuki kurssimaksuun, ilmainen "
            "kurssi, työväenopisto, kansalaisopisto, alennus kurssista"
        ),
        "sv": (
            "studiesedel, understöd, kursunderstöd, stöd för kursavgiften, gratis kurs, "
            "arbetarinstitut"
        ),
        "en": (
            "study voucher, grant, course grant, help with course fee, free course, adult "
            "education centre"
        ),
    },
    "adult-education-paper-enrolment": {
        "fi": (
            "ilmoittautuminen, ilmoittautua puhelimessa, ilmoittautua paikan päällä, kurssille "
            "ilmoittautuminen, ilmoittautuminen paikan päällä, työväenopisto, kansalaisopisto, "
            "kurssipaikka"
        ),
        "sv": (
            "anmälan, anmäla per telefon, anmäla på plats, kursanmälan, arbetarinstitut, "
            "medborgarinstitut"
        ),
        "en": (
            "enrol, enrol by phone, enrol in person, course registration, sign up, adult "
            "education centre"
        ),
    },
    "adult-education-discount-proof": {
        "fi": (
            "alennustodistus, todistus, opiskelijakortti, eläkekortti, työtön, "
            "työttömyystodistus, alennus kurssimaksusta, näyttää todistus, opiskelija-alennus"
        ),
        "sv": "rabattintyg, intyg, studiekort, pensionskort, arbetslös, rabatt på kursavgift",
        "en": (
            "discount proof, certificate, student card, pension card, unemployed, course discount"
        ),
    },
    "senior-pass": {
        "fi": (
            "senioripassi, seniorikortti, eläkeläinen, ikäihminen, 65 vuotta, senioriliikunta, "
            "vesijumppa, kuntosali senioreille, eläkeläisalennus"
        ),
        "sv": "seniorpass, seniorkort, pensionär, äldre, 65 år, seniormotion, vattengympa",
        "en": (
            "senior pass, senior card, pensioner, over 65, elderly, exercise for seniors, aqua "
            "aerobics"
        ),
    },
    "first-snow-track-card": {
        "fi": (
            "ensilumenlatu, ensilumen latu, latukortti, hiihtokortti, hiihto, latu, säilölumi, "
            "syyshiihto, latumaksu"
        ),
        "sv": "första snö-spåret, spårkort, skidkort, skidåkning, skidspår, lagrad snö",
        "en": (
            "first snow track, ski track card, skiing, cross-country skiing, stored snow, track fee"
        ),
    },
    "ski-tracks-condition": {
        "fi": (
            "latu, ladut, latu-uria, hiihtolatu, latu ajamatta, latukartta, kuntorata, "
            "latuvalot, hiihtäjä, latupohja, luistinrata, kenttä jäädytetty"
        ),
        "sv": "skidspår, spår ej dragna, spårkarta, motionsspår, spårbelysning, skridskobana",
        "en": (
            "ski track, ski trail, tracks not groomed, ski map, fitness track, track lights, "
            "skating rink"
        ),
    },
    "sports-card-lost": {
        "fi": (
            "sarjakortti hukassa, kadonnut kortti, uimakortti, kuntosalikortti, uimahallin "
            "kortti kadonnut, jäljellä olevat kerrat, uusi kortti"
        ),
        "sv": "seriekort borta, förlorat kort, simkort, gymkort, återstående gånger, nytt kort",
        "en": "lost card, lost swimming card, gym card, remaining visits, replacement card",
    },
    "room-booking-confirmation": {
        "fi": (
            "varausvahvistus, vahvistus, tilavaraus hyväksytty, varaus vahvistettu, lasku "
            "tilavarauksesta, vuorolasku, kausivuoro, salivuoro, hinta"
        ),
        "sv": "bokningsbekräftelse, bekräftelse, bokning godkänd, faktura, säsongstur, pris",
        "en": "booking confirmation, confirmed, booking approved, invoice, season booking, price",
    },
    "key-lost": {
        "fi": (
            "avain hukassa, kadonnut avain, kulkukortti kadonnut, kulkulätkä, tägi, lätkä, avain "
            "varastettu, sulkea kortti, uusi avain, lukko"
        ),
        "sv": (
            "nyckel borta, förlorad nyckel, passerkort borta, tagg, stulen nyckel, spärra "
            "kortet, ny nyckel, lås"
        ),
        "en": "lost key, lost access card, fob, tag, stolen key, block card, new key, lock",
    },
    "phone-order": {
        "fi": (
            "työpuhelin, puhelin, kännykkä, liittymä, puhelinliittymä, sim-kortti, "
            "laitehankinta, uusi puhelin, puhelin rikki, käyttöönotto, mobiililaite"
        ),
        "sv": (
            "arbetstelefon, telefon, mobil, abonnemang, sim-kort, anskaffning, ny telefon, "
            "telefonen sönder"
        ),
        "en": (
            "work phone, mobile, phone subscription, SIM card, new phone, broken phone, device "
            "order, set up"
        ),
    },
    "phone-directory-update": {
        "fi": (
            "puhelinluettelo, yhteystiedot, numero muuttunut, tehtävänimike, vaihde, päivitys, "
            "väärä numero sivuilla, yhteystietojen muutos"
        ),
        "sv": "telefonkatalog, kontaktuppgifter, nytt nummer, titel, växel, fel nummer på webben",
        "en": (
            "phone directory, contact details, number changed, job title, switchboard, wrong "
            "number on website"
        ),
    },
    "work-travel-booking": {
        "fi": (
            "työmatka, ulkomaanmatka, matkavaraus, lento, hotelli, matkatoimisto, "
            "matkasuunnitelma, konferenssi, matkalasku, matkavakuutus"
        ),
        "sv": (
            "tjänsteresa, utlandsresa, resebokning, flyg, hotell, resebyrå, reseplan, konferens, "
            "reseförsäkring"
        ),
        "en": (
            "work trip, business trip, travel abroad, flight, hotel, travel agency, travel plan, "
            "conference, travel insurance"
        ),
    },
    "waste-rules-advice": {
        "fi": (
            "jätehuoltomääräykset, tyhjennysväli, kompostointi, komposti, kompostori, "
            "kompostointi-ilmoitus, lajittelu, biojäte, kimppa, jätemaksu"
        ),
        "sv": (
            "avfallsföreskrifter, avfallskärl, tömningsintervall, kompostering, kompost, "
            "sortering, bioavfall, gemensamt kärl"
        ),
        "en": (
            "waste rules, bin, emptying interval, composting, compost, sorting, bio-waste, "
            "shared bin, recycling rules"
        ),
    },
    "hazardous-waste": {
        "fi": (
            "vaarallinen jäte, ongelmajäte, maali, maalipurkki, liuotin, öljy, lääkkeet, "
            "paristot, akku, loisteputki, kemikaalit, asbesti, jäteasema"
        ),
        "sv": (
            "farligt avfall, problemavfall, färg, lösningsmedel, olja, läkemedel, batterier, "
            "lysrör, kemikalier, asbest, avfallsstation"
        ),
        "en": (
            "hazardous waste, paint, solvent, oil, medicines, batteries, fluorescent tube, "
            "chemicals, asbestos, waste station"
        ),
    },
    "illegal-dumping": {
        "fi": (
            "roskaaminen, luvaton kaatopaikka, jätteet metsässä, dumppaus, jätesäkit, vanha "
            "sohva metsässä, romut, renkaat, rakennusjäte, jätteiden jättäminen, kaatopaikka "
            "luonnossa"
        ),
        "sv": (
            "nedskräpning, olaglig soptipp, avfall i skogen, dumpning, sopsäckar, skrot, däck, "
            "byggavfall"
        ),
        "en": (
            "illegal dumping, fly-tipping, waste in the forest, rubbish bags, old sofa, scrap, "
            "tyres, building waste"
        ),
    },
    "feedback-forwarded": {
        "fi": (
            "palaute, välitetty, eteenpäin, kenelle kuuluu, vastaus tulee, kehitysehdotus, "
            "toive, kommentti, huomio"
        ),
        "sv": "respons, vidarebefordrad, vem ansvarar, svar kommer, förslag, önskemål, kommentar",
        "en": (
            "feedback, passed on, forwarded, who is responsible, right person, reply coming, no "
            "reply yet, suggestion, comment"
        ),
    },
    "complaint-received": {
        "fi": (
            "muistutus, valitus, reklamaatio, tyytymätön, huono kohtelu, kantelu, moite, "
            "oikaisuvaatimus, epäkohta, virhe, en ole tyytyväinen"
        ),
        "sv": (
            "anmärkning, klagomål, reklamation, missnöjd, dåligt bemötande, klagan, omprövning, fel"
        ),
        "en": (
            "complaint, formal complaint, objection, unhappy, dissatisfied, bad service, rude "
            "treatment, appeal, request for review, mistake"
        ),
    },
    "wrong-organisation": {
        "fi": (
            "ei kuulu kaupungille, väärä viranomainen, hyvinvointialue, terveyskeskus, lääkäri, "
            "lääkäriaika, laboratorio, sote, poliisi, passi, uusi passi, henkilökortti, DVV, "
            "maistraatti, ELY, maantie, valtion tie, kenen asia"
        ),
        "sv": (
            "hör inte till staden, fel myndighet, välfärdsområde, hälsocentral, läkare, polisen, "
            "pass, id-kort, identitetskort, DVV, magistrat, landsväg"
        ),
        "en": (
            "not the city's matter, wrong authority, wellbeing services county, health centre, "
            "doctor, doctor's appointment, police, passport, ID card, DVV, highway"
        ),
    },
    "kela-appointment": {
        "fi": (
            "Kela, aika Kelaan, Kelan ajanvaraus, yhteispalvelupiste, etäpalvelu, Kelan "
            "virkailija, Kela-asiointi"
        ),
        "sv": "FPA, tid till FPA, FPA-tidsbokning, samservice, distanstjänst, FPA-handläggare",
        "en": "Kela, Kela appointment, joint service point, video link, Kela officer",
    },
    "tax-return-help": {
        "fi": (
            "veroilmoitus, esitäytetty veroilmoitus, OmaVero, verottaja, korjata veroilmoitus, "
            "vähennykset, kotitalousvähennys, matkakulut, veronpalautus, jäännösvero"
        ),
        "sv": (
            "skattedeklaration, förhandsifylld, MinSkatt, korrigera, avdrag, hushållsavdrag, "
            "skatteåterbäring, kvarskatt"
        ),
        "en": (
            "tax return, pre-filled tax return, MyTax, correct, deductions, household deduction, "
            "tax refund, back taxes"
        ),
    },
    "online-permit-documents": {
        "fi": (
            "asiakaskone, asiakaspääte, Lupapiste, lupapäätös, piirustukset, ei tietokonetta, "
            "tulostaa, tulostus, katsoa asiakirjat, ei tietokonetta"
        ),
        "sv": (
            "kunddator, dator, Lupapiste, tillståndsbeslut, ritningar, inget internet, skriva "
            "ut, utskrift"
        ),
        "en": (
            "customer computer, public computer, Lupapiste, permit decision, drawings, no "
            "internet, print, printing"
        ),
    },
    "e-identification-help": {
        "fi": (
            "tunnistautuminen, pankkitunnukset, verkkopankkitunnukset, mobiilivarmenne, "
            "tunnistus, kirjautuminen, Suomi.fi, valtuutus, en pääse kirjautumaan, "
            "tunnuslukusovellus"
        ),
        "sv": (
            "identifiering, bankkoder, nätbankskoder, mobilcertifikat, inloggning, Suomi.fi, "
            "fullmakt, kan inte logga in"
        ),
        "en": (
            "identification, log in, online banking codes, mobile certificate, Suomi.fi, "
            "authorisation, cannot log in, strong authentication"
        ),
    },
    "parking-fine-appeal": {
        "fi": (
            "pysäköintivirhemaksu, parkkisakko, sakko, pysäköintisakko, lappu tuulilasissa, sain "
            "lapun, oikaisuvaatimus, valitus sakosta, reklamaatio, pysäköinninvalvonta, "
            "parkkipirkko, virheellinen sakko, parkkivirhe"
        ),
        "sv": (
            "felparkeringsavgift, parkeringsbot, bot, lapp på vindrutan, omprövning, klagomål på "
            "boten, parkeringsövervakning, parkeringsvakt"
        ),
        "en": (
            "parking fine, parking ticket, penalty, ticket on windscreen, appeal, dispute the "
            "fine, request for review, parking control, traffic warden"
        ),
    },
    "parking-fine-payment": {
        "fi": (
            "maksaa sakko, parkkisakon maksu, viitenumero, eräpäivä, maksulappu hukassa, "
            "maksukehotus, korotus, myöhässä, pysäköintivirhemaksu, lappu kadonnut, maksutiedot"
        ),
        "sv": (
            "betala boten, referensnummer, förfallodag, lappen borta, betalningsuppmaning, "
            "höjning, försenad"
        ),
        "en": (
            "pay parking fine, reference number, due date, lost the ticket, payment demand, late "
            "payment, increase"
        ),
    },
    "resident-parking-permit": {
        "fi": (
            "asukaspysäköinti, asukastunnus, asukaspysäköintitunnus, pysäköintilupa, "
            "pysäköintitunnus, parkkilupa, asukaspaikka, kotikatu pysäköinti, työsuhdeauto, "
            "leasingauto, parkkeeraus kotona"
        ),
        "sv": (
            "boendeparkering, parkeringstillstånd, parkeringstillstånd för boende, "
            "parkeringsplats, tjänstebil, leasingbil"
        ),
        "en": (
            "resident parking, parking permit, residents permit, parking near home, company car, "
            "leasing car"
        ),
    },
    "parking-rules": {
        "fi": (
            "pysäköintikiekko, parkkikiekko, kiekko, aikarajoitus, parkkiaika, kuinka kauan saa "
            "pysäköidä, maksullinen pysäköinti, parkkimaksu, parkkiautomaatti, parkkisovellus, "
            "invapaikka, parkkipaikka keskustassa"
        ),
        "sv": (
            "parkeringsskiva, p-skiva, tidsbegränsning, parkeringstid, avgiftsbelagd parkering, "
            "parkeringsautomat, parkeringsapp, handikapplats"
        ),
        "en": (
            "parking disc, time limit, how long can I park, paid parking, parking meter, parking "
            "app, disabled parking, car park"
        ),
    },
    "wrongly-parked-car": {
        "fi": (
            "väärin pysäköity, väärin parkkeerattu, auto jalkakäytävällä, auto tukkii, "
            "pelastustie, auto pihatien edessä, kielletty pysäköinti, parkkeeraa väärin, "
            "invapaikalla ilman lupaa"
        ),
        "sv": (
            "felparkerad, bil på trottoaren, blockerar, räddningsväg, utfart, parkeringsförbud, "
            "handikapplats utan tillstånd"
        ),
        "en": (
            "wrongly parked, illegally parked, car on the pavement, blocking, emergency access, "
            "driveway blocked, no parking, disabled space"
        ),
    },
    "abandoned-vehicle": {
        "fi": (
            "hylätty auto, romuauto, auto seisonut kauan, ilman kilpiä, romu, peräkärry, vene "
            "kadulla, asuntovaunu, ajoneuvon siirto, hinaus, romuajoneuvo"
        ),
        "sv": (
            "övergiven bil, skrotbil, bil har stått länge, utan skyltar, släpvagn, husvagn, "
            "bogsering, flytta fordon"
        ),
        "en": (
            "abandoned car, scrap car, car left for months, no number plates, trailer, caravan, "
            "towing, remove vehicle"
        ),
    },
    "building-permit-needed": {
        "fi": (
            "rakennuslupa, rakentamislupa, toimenpidelupa, tarvitaanko lupa, lupa varastolle, "
            "piharakennus, autotalli, katos, terassi, aita, lisärakennus, ikkunoiden vaihto, "
            "julkisivu, aurinkopaneelit, rakennusjärjestys"
        ),
        "sv": (
            "bygglov, åtgärdstillstånd, behövs lov, förråd, uthus, garage, skärmtak, terrass, "
            "staket, tillbyggnad, solpaneler, byggordning"
        ),
        "en": (
            "building permit, planning permission, do I need a permit, shed, outbuilding, "
            "garage, canopy, deck, fence, extension, solar panels, building rules"
        ),
    },
    "building-permit-apply": {
        "fi": (
            "rakennuslupa, rakentamislupa, hakea lupaa, Lupapiste, lupahakemus, pääpiirustukset, "
            "käsittelyaika, lupamaksu, taksa, ennakkoneuvottelu, rakennusvalvonta, omakotitalo"
        ),
        "sv": (
            "bygglov, ansöka om lov, Lupapiste, lovansökan, huvudritningar, handläggningstid, "
            "avgift, taxa, förhandsmöte, byggnadstillsyn"
        ),
        "en": (
            "building permit, apply, application, Lupapiste, drawings, processing time, permit "
            "fee, building control, pre-application meeting"
        ),
    },
    "building-inspection": {
        "fi": (
            "katselmus, loppukatselmus, aloituskokous, käyttöönottokatselmus, "
            "rakennustarkastaja, tarkastus, pohjakatselmus, sijaintikatselmus, rakennusvalvonta, "
            "tilata katselmus"
        ),
        "sv": (
            "syn, slutsyn, startmöte, ibruktagningssyn, byggnadsinspektör, inspektion, "
            "byggnadstillsyn"
        ),
        "en": (
            "inspection, final inspection, start-up meeting, building inspector, building "
            "control, book an inspection"
        ),
    },
    "unauthorised-building": {
        "fi": (
            "luvaton rakentaminen, rakentaa ilman lupaa, naapuri rakentaa, rakennusvalvonta, "
            "huonokuntoinen talo, hylätty talo, rapistunut, romahtamassa, ympäristön siisteys, "
            "pihan roinat"
        ),
        "sv": (
            "olovligt byggande, bygga utan lov, grannen bygger, förfallet hus, övergivet hus, "
            "skräpig gård"
        ),
        "en": (
            "building without permit, illegal construction, neighbour building, derelict house, "
            "empty house, abandoned house, falling apart, run-down, untidy yard, junk"
        ),
    },
    "aso-housing": {
        "fi": (
            "asumisoikeus, ASO, aso-asunto, järjestysnumero, asumisoikeusmaksu, "
            "asumisoikeusyhtiö, huoltoyhtiö, vikailmoitus, Varke, ARA, asunnon haku"
        ),
        "sv": (
            "bostadsrätt, ASO, ordningsnummer, bostadsrättsavgift, bostadsrättsbolag, "
            "servicebolag, felanmälan, Varke, ARA"
        ),
        "en": (
            "right of occupancy, ASO, queue number, occupancy fee, housing company, maintenance "
            "company, fault report, Varke, ARA"
        ),
    },
    "neighbour-dispute": {
        "fi": (
            "naapuri, naapuririita, riita naapurin kanssa, erimielisyys, sovittelu, rajariita, "
            "tontin raja, naapuri häiritsee, oikeusapu, isännöitsijä, naapurin koira"
        ),
        "sv": (
            "granne, grannkonflikt, bråk med grannen, tvist, medling, gränstvist, tomtgräns, "
            "grannen stör, rättshjälp, disponent"
        ),
        "en": (
            "neighbour, neighbour dispute, argument with neighbour, disagreement, mediation, "
            "boundary dispute, neighbour harassment, legal aid, property manager"
        ),
    },
    "neighbour-tree-hedge": {
        "fi": (
            "naapurin puu, pensasaita, oksat yli rajan, juuret, varjostaa, lehdet pihalle, "
            "kaataa naapurin puu, maisematyölupa, rajapuu"
        ),
        "sv": (
            "grannens träd, häck, grenar över gränsen, rötter, skuggar, löv på gården, fälla "
            "grannens träd, tillstånd för miljöåtgärder"
        ),
        "en": (
            "neighbour's tree, hedge, branches over the boundary, roots, shade, leaves in my "
            "garden, landscape work permit"
        ),
    },
    "noise-disturbance": {
        "fi": (
            "melu, meteli, äänet, häiriö, yömeteli, rakennustyömaa melu, työmaa, poraus, "
            "porataan, meluilmoitus, porakone, musiikki, bileet, kovaääninen, yörauha, "
            "ympäristönsuojelu"
        ),
        "sv": (
            "buller, oväsen, ljud, störning, nattbuller, byggbuller, bullerdeklaration, "
            "borrmaskin, musik, fest, nattro, miljöskydd"
        ),
        "en": (
            "noise, loud, disturbance, night noise, construction noise, noise notification, "
            "drilling, music, party, quiet hours, environmental protection"
        ),
    },
    "tourist-info": {
        "fi": (
            "matkailu, matkailuneuvonta, turisti, turistineuvonta, matkailija, esite, kartta, "
            "mitä tehdä, vierailu, matkailuinfo, info"
        ),
        "sv": (
            "turism, turistinformation, turist, turistbyrå, broschyr, karta, vad kan man göra, "
            "besök, info"
        ),
        "en": (
            "tourist information, tourist office, visitor centre, tourist, visitor, brochure, "
            "map, what to do, things to do, sightseeing, info point"
        ),
    },
    "tourist-attractions": {
        "fi": (
            "nähtävyys, nähtävyydet, koski, koskinäytös, museo, luontopolku, retki, retkikohde, "
            "laavu, melonta, Saimaa, näköalapaikka, mitä nähdä"
        ),
        "sv": (
            "sevärdhet, fors, forsuppvisning, museum, naturstig, utflykt, vindskydd, paddling, "
            "Saimen, utsiktsplats"
        ),
        "en": (
            "sights, attractions, things to see, rapids, rapids show, museum, nature trail, "
            "hiking, day trip, lean-to, canoeing, Lake Saimaa, viewpoint"
        ),
    },
    "tourist-getting-around": {
        "fi": (
            "matkailija, turisti, liikkuminen matkailijana, rautatieasema, juna, taksi, "
            "kaupunkipyörä, pyörävuokraus, lentokenttä"
        ),
        "sv": "turist, besökare, järnvägsstation, tåg, taxi, stadscykel, cykeluthyrning",
        "en": (
            "getting around, visitor, tourist, railway station, train, taxi, city bike, bike "
            "rental, airport"
        ),
    },
    "tourist-accommodation": {
        "fi": (
            "majoitus, hotelli, hostelli, kylpylä, leirintäalue, camping, mökki, mökkivuokraus, "
            "yöpyminen, asuntoauto, matkailuvaunu, missä yöpyä"
        ),
        "sv": (
            "boende, hotell, vandrarhem, spa, camping, stuga, övernattning, husbil, var kan man bo"
        ),
        "en": (
            "accommodation, hotel, hostel, spa, campsite, camping, cottage, where to stay, "
            "motorhome, caravan, place to stay"
        ),
    },
    "event-registration": {
        "fi": (
            "ilmoittautuminen, ilmoittautua, tapahtuma, tilaisuus, luento, työpaja, retki, "
            "yleisötilaisuus, asukasilta, varasija, paikka tapahtumaan, mukaan"
        ),
        "sv": (
            "anmälan, anmäla sig, evenemang, tillställning, föreläsning, workshop, utflykt, "
            "invånarkväll, reservplats"
        ),
        "en": (
            "register, registration, sign up, event, lecture, workshop, excursion, residents' "
            "evening, waiting list, book a place"
        ),
    },
    "event-registration-cancel": {
        "fi": (
            "perua ilmoittautuminen tapahtumaan, en pääse tapahtumaan, peruutus, "
            "osallistumismaksu, tapahtuma, luento, työpaja"
        ),
        "sv": "avboka evenemang, avbokning, kan inte komma, deltagaravgift, evenemang, föreläsning",
        "en": (
            "cancel event registration, can't come to the event, cancellation, event fee, event, "
            "lecture, workshop"
        ),
    },
    "event-calendar-add": {
        "fi": (
            "tapahtumakalenteri, oma tapahtuma, lisätä tapahtuma, tapahtuman ilmoittaminen, "
            "mainostaa, konsertti, markkinat, yhdistyksen tapahtuma, menovinkit, julkaista "
            "tapahtuma"
        ),
        "sv": (
            "evenemangskalender, eget evenemang, lägga till evenemang, marknadsföra, konsert, "
            "marknad, föreningens evenemang, publicera"
        ),
        "en": (
            "events calendar, add an event, list my event, advertise, concert, market, club "
            "event, what's on, publish event"
        ),
    },
    "public-event-notice": {
        "fi": (
            "yleisötilaisuus, tapahtuman järjestäminen, ilmoitus poliisille, torin käyttö, "
            "puiston käyttö, alueen käyttölupa, markkinat, konsertti ulkona, "
            "pelastussuunnitelma, meluilmoitus, tapahtumalupa, festivaali"
        ),
        "sv": (
            "offentlig tillställning, ordna evenemang, anmälan till polisen, använda torget, "
            "park, tillstånd, marknad, utomhuskonsert, räddningsplan, festival"
        ),
        "en": (
            "public event, organise an event, notify the police, use the market square, park, "
            "area permit, market, outdoor concert, rescue plan, festival, event permit"
        ),
    },
    "appointment-booking": {
        "fi": (
            "ajanvaraus, varata aika, aika asiakaspalveluun, tapaaminen, varaus, asiointiaika, "
            "ajan varaaminen, jonottamatta, vapaat ajat, digituki aika"
        ),
        "sv": "tidsbokning, boka tid, möte, bokning, lediga tider, utan att köa",
        "en": (
            "appointment, book an appointment, book a time, meeting, booking, free times, no queue"
        ),
    },
    "appointment-cancel": {
        "fi": (
            "perua aika, peruminen, siirtää aikaa, ajan siirto, en pääse, peruutus, uusi aika, "
            "muuttaa aikaa, ajanvaraus peruttu, ajanvaraus"
        ),
        "sv": "avboka tid, avbokning, flytta tiden, kan inte komma, ny tid, ändra tid",
        "en": (
            "cancel appointment, cancellation, move appointment, reschedule, can't come, new "
            "time, change time"
        ),
    },
    "document-order": {
        "fi": (
            "asiakirjatilaus, asiakirja, kopio, jäljennös, päätös, kopio päätöksestä, "
            "kaupunginhallitus, lautakunta, pöytäkirja, sopimus, tulostus, arkisto, oikeaksi "
            "todistettu kopio, tilata asiakirja"
        ),
        "sv": (
            "beställa handling, handling, kopia, avskrift, beslut, protokoll, avtal, utskrift, "
            "arkiv, bestyrkt kopia"
        ),
        "en": (
            "document order, document, copy, decision, minutes, agreement, print, archive, "
            "certified copy"
        ),
    },
    "document-ready": {
        "fi": (
            "noudettavissa, nouto, valmiina, asiakirjat valmiit, tulosteet valmiina, hakea, "
            "tilaus valmis, postitse"
        ),
        "sv": "kan hämtas, hämta, klara, handlingar klara, utskrifter, beställning klar, per post",
        "en": "ready to collect, pick up, documents ready, printouts ready, order ready, by post",
    },
    "certificate-order": {
        "fi": (
            "todistus, todistuksen kopio, päättötodistus, koulutodistus, kadonnut todistus, "
            "työtodistus, palvelutodistus, arkisto, ylioppilastodistus, todistusjäljennös"
        ),
        "sv": (
            "betyg, intyg, kopia av betyg, avgångsbetyg, skolbetyg, förlorat betyg, arbetsintyg, "
            "tjänstgöringsintyg, arkiv"
        ),
        "en": (
            "certificate, copy of certificate, school certificate, lost certificate, leaving "
            "certificate, employment certificate, work certificate, archive, transcript"
        ),
    },
    "information-request": {
        "fi": (
            "tietopyyntö, julkisuuslaki, julkinen asiakirja, asiakirjapyyntö, pyytää tietoja, "
            "tiedonsaanti, omat tiedot, henkilötiedot, tietosuoja, toimittaja"
        ),
        "sv": (
            "begäran om uppgifter, offentlighetslagen, offentlig handling, begära handlingar, "
            "egna uppgifter, personuppgifter, dataskydd, journalist"
        ),
        "en": (
            "information request, freedom of information, public document, request documents, "
            "access to information, own data, personal data, data protection, journalist"
        ),
    },
    "lost-property-found": {
        "fi": (
            "löytötavara, löysin, löytynyt, löydetty, tavara löytyi, lompakko löytyi, avaimet "
            "löytyi, puhelin löytyi, löytötavaratoimisto, toin löytämäni"
        ),
        "sv": (
            "hittegods, hittade, har hittats, plånbok hittad, nycklar hittade, telefon hittad, "
            "hittegodskontor, lämna in"
        ),
        "en": (
            "found property, found item, I found, found a wallet, found keys, found a phone, "
            "lost property office, hand in"
        ),
    },
    "lost-property-search": {
        "fi": (
            "kadonnut, hukkasin, hävisi, unohdin, kadotin, löytötavarat, onko löytynyt, lompakko "
            "hukassa, avaimet hukassa, puhelin hukassa, takki unohtui, uimahalliin unohtui"
        ),
        "sv": (
            "förlorat, tappade, glömde, borta, hittegods, har det hittats, plånbok borta, "
            "nycklar borta, telefon borta, jacka glömd"
        ),
        "en": (
            "lost, I lost, missing, forgot, lost property, has it been found, has anyone handed "
            "it in, lost wallet, lost glasses, lost keys, lost phone, left my coat"
        ),
    },
    "service-point-hours": {
        "fi": (
            "aukioloajat, aukiolo, milloin auki, auki, kiinni, yhteystiedot, puhelinnumero, "
            "sähköposti, osoite, kaupungintalo, palvelupiste, asiakaspalvelupiste, esteettömyys, "
            "info"
        ),
        "sv": (
            "öppettider, när öppet, öppen, stängd, kontaktuppgifter, telefonnummer, e-post, "
            "adress, stadshus, servicepunkt, tillgänglighet"
        ),
        "en": (
            "opening hours, when open, open, closed, contact details, phone number, e-mail, "
            "address, city hall, service point, accessibility"
        ),
    },
    "paper-forms": {
        "fi": (
            "lomake, lomakkeet, paperilomake, paperinen, tulostaa lomake, hakemuslomake, "
            "kaavake, postitse, täyttää lomake, en käytä nettiä"
        ),
        "sv": (
            "blankett, blanketter, pappersblankett, skriva ut blankett, ansökningsblankett, per "
            "post, fylla i, använder inte internet"
        ),
        "en": (
            "form, forms, paper form, print a form, application form, by post, fill in, no internet"
        ),
    },
    "address-change": {
        "fi": (
            "muutto, muuttoilmoitus, osoitteenmuutos, uusi osoite, muutin, DVV, maistraatti, "
            "posti, osoite muuttuu, väestötiedot, kotikunta"
        ),
        "sv": (
            "flytt, flyttanmälan, adressändring, ny adress, flyttade, DVV, magistrat, posten, "
            "hemkommun"
        ),
        "en": (
            "moving, change of address, new address, I moved, DVV, post office, Posti, "
            "municipality of residence"
        ),
    },
    "library-card-hours": {
        "fi": (
            "kirjastokortti, kirjastokortin saa, uusi kortti, kadonnut kirjastokortti, lapsen "
            "kirjastokortti, aukioloajat, milloin kirjasto on auki, aukiolo, kirjastoauto, "
            "pysäkki, pääkirjasto"
        ),
        "sv": (
            "bibliotekskort, lånekort, nytt kort, tappat lånekortet, lånekort för barn, "
            "öppettider, när är biblioteket öppet, bokbuss, hållplats, huvudbiblioteket"
        ),
        "en": (
            "library card, get a card, new card, lost library card, card for my child, opening "
            "hours, when is the library open, mobile library, bus stop, main library"
        ),
    },
    "library-late-fees": {
        "fi": (
            "myöhästymismaksu, myöhästynyt laina, lasku kirjastosta, palautin ajallaan, "
            "palautusluukku, kadonnut kirja, kirja hukassa, kirja kastui, rikkinäinen kirja, "
            "korvaus, maksu"
        ),
        "sv": (
            "förseningsavgift, försenat lån, räkning från biblioteket, lämnade tillbaka i tid, "
            "återlämningslucka, förlorad bok, borttappad bok, skadad bok, ersättning"
        ),
        "en": (
            "late fee, overdue, overdue fine, bill from the library, returned on time, book drop, "
            "lost book, damaged book, book got wet, compensation, replacement cost"
        ),
    },
    "library-reservations": {
        "fi": (
            "varaus, varata kirja, varausjono, uusinta, uusia laina, laina-aika, noutaa varaus, "
            "e-kirja, äänikirja, e-äänikirja, verkkokirjasto, PIN-koodi, tunnusluku"
        ),
        "sv": (
            "reservation, reservera en bok, kö, förnya, förnya lån, lånetid, hämta reservation, "
            "e-bok, ljudbok, nätbiblioteket, PIN-kod"
        ),
        "en": (
            "reservation, reserve a book, hold, queue, renew, renewal, loan period, pick up, "
            "e-book, ebook, audiobook, online library, PIN"
        ),
    },
    "school-enrolment": {
        "fi": (
            "kouluun ilmoittautuminen, ilmoittaa kouluun, ekaluokka, eskari, koulun aloitus, "
            "koulupaikka, lähikoulu, mikä on lähikoulu, muutto, muutamme, uusi koulu, koulunkäynti"
        ),
        "sv": (
            "skolanmälan, anmäla till skolan, första klass, skolstart, skolplats, närskola, vilken "
            "skola, flytt, vi flyttar, ny skola"
        ),
        "en": (
            "school enrolment, enrol, register for school, first grade, year one, starting school, "
            "school place, local school, which school, moving, new school"
        ),
    },
    "school-choice": {
        "fi": (
            "toissijainen koulupaikka, toinen koulu, eri koulu, vaihtaa koulua, koulun vaihto, "
            "musiikkiluokka, painotettu opetus, kielikylpy, soveltuvuuskoe, kaverin kanssa samaan "
            "kouluun"
        ),
        "sv": (
            "sekundär skolplats, annan skola, byta skola, skolbyte, musikklass, språkbad, "
            "tyngdpunkt, lämplighetsprov, samma skola som kompisen"
        ),
        "en": (
            "secondary school place, other school, different school, change school, switch "
            "schools, music class, language immersion, special class, aptitude test, same school "
            "as friend"
        ),
    },
    "school-meals-diet": {
        "fi": (
            "kouluruoka, kouluruokailu, ruokalista, allergia, ruoka-aineallergia, "
            "erityisruokavalio, keliakia, gluteeniton, laktoositon, kasvisruoka, vegaani, "
            "sianliha, ruokailu koulussa"
        ),
        "sv": (
            "skolmat, skolmåltid, matsedel, allergi, födoämnesallergi, specialkost, celiaki, "
            "glutenfri, laktosfri, vegetarisk, vegan, fläskkött"
        ),
        "en": (
            "school meals, school lunch, menu, allergy, food allergy, special diet, coeliac, "
            "gluten-free, lactose-free, vegetarian, vegan, pork, halal"
        ),
    },
    "mould-damp-home": {
        "fi": (
            "home, hometta, homeen haju, kosteusvaurio, kosteus, vesivahinko, sisäilma, huono "
            "sisäilma, tunkkainen, asunnontarkastus, terveystarkastaja, vuokranantaja ei korjaa, "
            "yskä"
        ),
        "sv": (
            "mögel, mögellukt, fuktskada, fukt, vattenskada, inomhusluft, dålig inomhusluft, "
            "bostadsinspektion, hälsoinspektör, hyresvärden reparerar inte, hosta"
        ),
        "en": (
            "mould, mold, mouldy smell, damp, moisture damage, water damage, indoor air, bad air, "
            "musty, home inspection, health inspector, landlord won't fix, cough"
        ),
    },
    "pests-rats": {
        "fi": (
            "rotta, rotat, rottia, hiiri, hiiriä, tuhoeläin, tuholainen, lutikat, torakat, "
            "tuholaistorjunta, roskakatos, jäteastia, lintujen ruokinta"
        ),
        "sv": (
            "råtta, råttor, mus, möss, skadedjur, vägglöss, kackerlackor, skadedjursbekämpning, "
            "soptak, avfallskärl, mata fåglar"
        ),
        "en": (
            "rat, rats, mice, mouse, pests, vermin, bedbugs, cockroaches, pest control, bin "
            "shelter, waste bin, feeding birds"
        ),
    },
    "smell-dust-nuisance": {
        "fi": (
            "haju, paha haju, löyhkä, haisee, viemärin haju, savu, pienpoltto, naapurin savu, "
            "takka, pöly, pölyää, ympäristöterveys, hajuhaitta, terveyshaitta"
        ),
        "sv": (
            "lukt, dålig lukt, stinker, avloppslukt, rök, vedeldning, grannens rök, damm, dammar, "
            "miljöhälsa, olägenhet, sanitär olägenhet"
        ),
        "en": (
            "smell, bad smell, stink, odour, sewer smell, smoke, wood burning, neighbour's smoke, "
            "fireplace, dust, dusty, environmental health, nuisance, health hazard"
        ),
    },
    "street-skip-scaffolding": {
        "fi": (
            "katulupa, jätelava, vaihtolava, lava kadulle, lava jalkakäytävälle, rakennusteline, "
            "telineet, nosturi, remontti, julkisivuremontti, kadun käyttö, alueen vuokra"
        ),
        "sv": (
            "gatutillstånd, container, avfallscontainer, byggnadsställning, ställningar, lyftkran, "
            "renovering, fasadrenovering, trottoar, användning av gatan"
        ),
        "en": (
            "street use permit, street permit, skip, dumpster, container on the street, "
            "scaffolding, crane, renovation, facade work, pavement, sidewalk, space on the street"
        ),
    },
    "removal-lorry-parking": {
        "fi": (
            "muuttoauto, muutto, muuttokuorma, pakettiauto, kuorma-auto, pysäköinti muuton ajaksi, "
            "pysäköintikielto, lastaus, kuormaus, tilan varaus kadulta"
        ),
        "sv": (
            "flyttbil, flytt, flyttlass, paketbil, lastbil, parkering under flytten, "
            "parkeringsförbud, lastning, reservera plats på gatan"
        ),
        "en": (
            "removal lorry, moving truck, moving van, removal van, moving house, parking for "
            "moving day, no parking, loading, unloading, reserve space on the street"
        ),
    },
    "digging-permit": {
        "fi": (
            "kaivulupa, kaivaminen, kaivaa katuun, katutyö, katutyölupa, työlupa, kaapelityö, "
            "vesijohto, viemäriliitos, liikennejärjestelysuunnitelma, johtoselvitys, urakoitsija"
        ),
        "sv": (
            "grävtillstånd, grävning, gräva i gatan, gatuarbete, arbetstillstånd, kabelarbete, "
            "vattenledning, avloppsanslutning, trafikarrangemang, ledningsutredning, entreprenör"
        ),
        "en": (
            "digging permit, excavation permit, dig, street works, roadworks permit, cable work, "
            "water pipe, sewer connection, traffic management plan, cable location, contractor"
        ),
    },
    "boat-berth-application": {
        "fi": (
            "venepaikka, venepaikan haku, hakea venepaikkaa, laituripaikka, poijupaikka, "
            "venesatama, satama, vapaita paikkoja, uusi vene, moottorivene, soutuvene, jono"
        ),
        "sv": (
            "båtplats, ansöka om båtplats, bryggplats, bojplats, båthamn, hamn, lediga platser, ny "
            "båt, motorbåt, roddbåt, kö"
        ),
        "en": (
            "boat berth, mooring, apply for a berth, pier berth, buoy berth, marina, harbour, free "
            "berths, new boat, motorboat, rowing boat, waiting list"
        ),
    },
    "boat-berth-fee-cancel": {
        "fi": (
            "venepaikkamaksu, venepaikan lasku, lasku, hinta, maksu, luopua venepaikasta, "
            "irtisanoa venepaikka, myin veneen, veneen myynti, palautus, paikan siirto"
        ),
        "sv": (
            "båtplatsavgift, faktura för båtplats, räkning, pris, avgift, säga upp båtplatsen, "
            "sålde båten, återbetalning, överlåta platsen"
        ),
        "en": (
            "berth fee, berth invoice, bill, price, cost, give up berth, cancel berth, terminate "
            "berth, sold my boat, refund, transfer berth"
        ),
    },
    "boat-winter-storage": {
        "fi": (
            "talvisäilytys, talvipaikka, veneen säilytys talvella, nosto, veneen nosto, "
            "vesillelasku, satamamestari, pukki, traileri, kuivatelakka"
        ),
        "sv": (
            "vinterförvaring, vinterplats, förvara båten på vintern, upptagning, lyfta upp båten, "
            "sjösättning, hamnmästare, bock, trailer"
        ),
        "en": (
            "winter storage, winter place, store the boat in winter, lift out, haul out, launch, "
            "launching, harbour master, cradle, trailer"
        ),
    },
    "rental-flat-application": {
        "fi": (
            "vuokra-asunto, kaupungin vuokra-asunto, vuokra-asuntohakemus, asuntohakemus, hakea "
            "asuntoa, hakemuksen uusiminen, hakemus voimassa, asunnonvaihto, isompi asunto, "
            "kaksio, yksiö, asuntotarjous"
        ),
        "sv": (
            "hyresbostad, stadens hyresbostad, bostadsansökan, ansöka om bostad, förnya ansökan, "
            "ansökan giltig, bostadsbyte, större bostad, tvåa, etta, bostadserbjudande"
        ),
        "en": (
            "rental flat, city rental flat, council flat, housing application, apply for a flat, "
            "renew application, application valid, flat exchange, bigger flat, two-room flat, "
            "studio, flat offer"
        ),
    },
    "rental-flat-repair": {
        "fi": (
            "vikailmoitus, huoltoyhtiö, huolto, korjaus, rikki, vuotava hana, vesivuoto, "
            "tukkeutunut viemäri, lämpöpatteri kylmä, asunto kylmä, jääkaappi rikki, päivystys, "
            "isännöitsijä"
        ),
        "sv": (
            "felanmälan, servicebolag, fastighetsskötsel, reparation, trasig, droppande kran, "
            "vattenläcka, stopp i avloppet, kallt element, kall bostad, kylskåpet trasigt, jour"
        ),
        "en": (
            "fault report, repair request, maintenance company, repair, broken, leaking tap, water "
            "leak, blocked drain, cold radiator, flat is cold, fridge broken, emergency, caretaker"
        ),
    },
    "rental-flat-rent-termination": {
        "fi": (
            "vuokra, vuokranmaksu, vuokra myöhässä, en pysty maksamaan vuokraa, maksusuunnitelma, "
            "asumistuki, irtisanominen, irtisanoa vuokrasopimus, irtisanomisaika, muutan pois, "
            "vakuus, takuuvuokra, avaimet"
        ),
        "sv": (
            "hyra, hyresbetalning, hyran försenad, kan inte betala hyran, betalningsplan, "
            "bostadsbidrag, uppsägning, säga upp hyresavtalet, uppsägningstid, flyttar ut, "
            "garanti, hyresgaranti, nycklar"
        ),
        "en": (
            "rent, rent payment, late rent, cannot pay rent, payment plan, housing allowance, "
            "terminate lease, end tenancy, give notice, notice period, moving out, deposit, keys"
        ),
    },
}
