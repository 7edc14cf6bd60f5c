"""The demo's documented hard situations (docs/feedback.md, "Documented hard situations"):
a threat at the counter, reviewed by the team; verbal abuse on the phone and harassment in
the chat, waiting for review. Sari Nieminen is the safety contact. Relative to the load day,
the same on every load."""

import datetime as dt

from django.db import transaction

from luukku.feedback.situation_models import HardSituation, SafetyContact
from luukku.feedback.situations_services import (
    SituationInput,
    situation_record,
    situation_review,
)
from luukku.organisation.models import ServicePoint, User

from .city import demo_start


def _at(today: dt.date, days: int, hour: int, minute: int) -> dt.datetime:
    return demo_start(today - dt.timedelta(days=days)).replace(hour=hour, minute=minute)


SITUATIONS = [
    # (recorded by, present, days ago, time, channel, kind, severity, description, the
    #  customer, support flags, support, follow-up, review (by, note, measures) or None)
    (
        "aino",
        ["mikko"],
        12,
        (10, 40),
        HardSituation.Channel.COUNTER,
        HardSituation.Kind.THREAT,
        HardSituation.Severity.SERIOUS,
        "Asiakas suuttui, kun toimeentulotukiasiaa ei voitu ratkaista palvelupisteessä. Hän "
        "löi nyrkillä tiskiin ja uhkasi odottaa minua työpäivän jälkeen ulko-ovella. Mikko "
        "tuli viereeni ja pyysi asiakasta poistumaan; asiakas lähti kymmenen minuutin "
        "kuluttua.",
        "Mies, noin 40-vuotias, asioinut aiemminkin.",
        {"security_called": True, "debriefing": True},
        "Purkukeskustelu Liisan kanssa samana päivänä. Työkaveri saattoi autolle.",
        "Vartija aulaan iltapäiviksi. Hälytysnapin toiminta tarkistettava.",
        (
            "liisa",
            "Käyty läpi tiimipalaverissa. Toiminta tilanteessa oli oikeaa: apua pyydettiin "
            "ajoissa.",
            "Vartija aulassa klo 12–16 kuukauden ajan. Hälytysnapit testataan viikoittain. "
            "Uhkaavan asiakkaan ohje kerrataan seuraavassa tiimipalaverissa.",
        ),
    ),
    (
        "mikko",
        [],
        5,
        (14, 10),
        HardSituation.Channel.PHONE,
        HardSituation.Kind.VERBAL_ABUSE,
        HardSituation.Severity.MINOR,
        "Soittaja kiroili ja nimitteli minua, kun kerroin rakennuslupa-asian käsittelyajan. "
        "Varoitin kerran, että lopetan puhelun, jos nimittely jatkuu, ja lopetin puhelun.",
        "Soittaja ei kertonut nimeään.",
        {},
        "",
        "Puhelun lopettamisen ohje lisättävä fraasikansioon.",
        None,
    ),
    (
        "aino",
        [],
        2,
        (9, 25),
        HardSituation.Channel.CHAT,
        HardSituation.Kind.HARASSMENT,
        HardSituation.Severity.MINOR,
        "Chatissa asiakas kirjoitti toistuvasti henkilökohtaisia ja seksuaalisävytteisiä "
        "kommentteja. Lopetin keskustelun ja ohjasin asian sähköpostiin.",
        "",
        {"debriefing": True},
        "Toivon lyhyttä keskustelua esihenkilön kanssa.",
        "",
        None,
    ),
]


@transaction.atomic
def load_situations(staff: dict[str, User], point: ServicePoint, *, today: dt.date) -> None:
    """The three situations once (a city loaded before keeps its own) and the safety
    contact."""
    SafetyContact.objects.get_or_create(user=staff["sari"])
    if HardSituation.objects.exists():
        return
    for row in SITUATIONS:
        author, present, days, (hour, minute), channel, kind, severity = row[:7]
        description, customer, flags, support, follow_up, review = row[7:]
        at = _at(today, days, hour, minute)
        situation = situation_record(
            actor=staff[author],
            now=at + dt.timedelta(minutes=50),
            data=SituationInput(
                occurred_at=at,
                channel=channel,
                kind=kind,
                severity=severity,
                description=description,
                service_point=point if channel == HardSituation.Channel.COUNTER else None,
                staff_involved=[staff[name] for name in present],
                customer_note=customer,
                support_note=support,
                follow_up=follow_up,
                **flags,
            ),
        )
        if review is not None:
            by, note, measures = review
            situation_review(
                actor=staff[by],
                situation=situation,
                note=note,
                measures=measures,
                now=at + dt.timedelta(days=3, hours=3),
            )
