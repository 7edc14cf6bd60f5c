"""The demo city's retention rules, each with its reason, as a Finnish city's information
management plan (tiedonhallintasuunnitelma) sets them under the Archives Act (831/1994) and
the Act on Information Management in Public Administration (906/2019)."""

from luukku.catalogue.models import Service
from luukku.privacy.models import RetentionRule

YEAR = 365

# (service code or None for the default, cases after days, appointments after days,
#  the basis in fi, sv, en)
RULES = [
    (
        None,
        2 * YEAR,
        YEAR,
        (
            "Tiedonhallintasuunnitelma 00.01 Asiakaspalvelu ja neuvonta: yhteydenotot ja "
            "palvelupyynnöt 2 vuotta asian päättymisestä, ajanvaraukset 1 vuosi",
            "Informationshanteringsplanen 00.01 Kundtjänst och rådgivning: kontakter och "
            "serviceförfrågningar 2 år efter att ärendet avslutats, tidsbokningar 1 år",
            "Information management plan 00.01 Customer service and advice: contacts and "
            "service requests 2 years after the case ends, appointments 1 year",
        ),
    ),
    (
        "digital-support",
        180,
        180,
        (
            "Digituki on neuvontaa ilman päätöksiä: 6 kuukautta palvelun seurantaa varten",
            "Digistöd är rådgivning utan beslut: 6 månader för uppföljning av tjänsten",
            "Digital support is advice without decisions: 6 months to follow up the service",
        ),
    ),
    (
        "kela-services",
        180,
        180,
        (
            "Asia siirretään Kelalle, joka säilyttää omat asiakirjansa: kaupungin neuvonnan "
            "jälki 6 kuukautta",
            "Ärendet förs över till FPA, som bevarar sina egna handlingar: stadens "
            "rådgivning 6 månader",
            "The case is passed to Kela, which keeps its own records: the city's advice for "
            "6 months",
        ),
    ),
    (
        "tax-card",
        180,
        180,
        (
            "Asia siirretään Verohallinnolle, joka säilyttää omat asiakirjansa: kaupungin "
            "neuvonnan jälki 6 kuukautta",
            "Ärendet förs över till Skatteförvaltningen, som bevarar sina egna handlingar: "
            "stadens rådgivning 6 månader",
            "The case is passed to the Tax Administration, which keeps its own records: the "
            "city's advice for 6 months",
        ),
    ),
    (
        "street-maintenance",
        3 * YEAR,
        YEAR,
        (
            "Kunnossapitoilmoitus voi olla näyttö vahingonkorvausasiassa: 3 vuotta (laki "
            "velan vanhentumisesta 728/2003, 4 §)",
            "En underhållsanmälan kan vara bevis i ett skadeståndsärende: 3 år (lagen om "
            "preskription av skulder 728/2003, 4 §)",
            "A maintenance report may be evidence in a damages claim: 3 years (Act on the "
            "Limitation of Debts 728/2003, section 4)",
        ),
    ),
    (
        "room-booking",
        YEAR,
        YEAR,
        (
            "Tilavaraukset 1 vuosi laskutuksen tarkistamista varten; laskut säilyvät "
            "taloushallinnossa kirjanpitolain mukaan",
            "Lokalbokningar 1 år för kontroll av faktureringen; fakturorna bevaras i "
            "ekonomiförvaltningen enligt bokföringslagen",
            "Room bookings 1 year to check the invoicing; the invoices are kept by the "
            "finance office under the Accounting Act",
        ),
    ),
    (
        "early-education",
        10 * YEAR,
        YEAR,
        (
            "Varhaiskasvatuksen asiakasasiakirjat 10 vuotta asiakkuuden päättymisestä "
            "(tiedonhallintasuunnitelma 05.01, varhaiskasvatuslaki 540/2018)",
            "Klienthandlingar inom småbarnspedagogiken 10 år efter att klientskapet "
            "upphört (informationshanteringsplanen 05.01, lagen om småbarnspedagogik "
            "540/2018)",
            "Early childhood education client records 10 years after the client "
            "relationship ends (information management plan 05.01, Early Childhood "
            "Education and Care Act 540/2018)",
        ),
    ),
    (
        "zoning-initiative",
        None,
        YEAR,
        (
            "Kaavoituksen asiakirjat säilytetään pysyvästi (arkistolaki 831/1994, 8 §; "
            "Kansallisarkiston päätös pysyvästi säilytettävistä kunnan asiakirjoista)",
            "Planläggningens handlingar bevaras permanent (arkivlagen 831/1994, 8 §; "
            "Riksarkivets beslut om kommunala handlingar som bevaras permanent)",
            "Land-use planning records are kept permanently (Archives Act 831/1994, section "
            "8; the National Archives' decision on municipal records kept permanently)",
        ),
    ),
]


def load_retention_rules(services: dict[str, Service]) -> int:
    """The rules, made or brought up to date; safe to run again."""
    for code, cases_days, appointments_days, basis in RULES:
        fields = {"cases_after_days": cases_days, "appointments_after_days": appointments_days}
        for language, text in zip(("fi", "sv", "en"), basis, strict=True):
            fields[f"basis_{language}"] = text
        RetentionRule.objects.update_or_create(
            service=services[code] if code else None, defaults=fields
        )
    return len(RULES)
