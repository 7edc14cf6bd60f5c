"""The demo's segments and one announcement sent to one of them (docs/relationships.md):
the associations, the city's internal customers of the wellbeing services, those who booked
a room this year and the Swedish-speaking customers; the organisations get their sector.

The announcement was sent three days before the demo's day: its deliveries are written as
delivered (no mail is queued, so a worker started on the demo sends nothing), each on its
recipient's timeline. Loaded once: a second load leaves what is there.
"""

import datetime as dt

from django.db import transaction

from luukku.customers.events import customer_event_announcement
from luukku.customers.models import Customer
from luukku.organisation.models import Department, User
from luukku.relationships.models import Announcement, Delivery, Segment
from luukku.relationships.selectors import announcement_plan

from .city import add_translations, demo_start

SEGMENTS = [
    (("Yhdistykset", "Föreningar", "Associations"), {"rule": "sector", "sector": "association"}),
    (
        (
            "Kaupungin sisäiset asiakkaat: hyvinvointipalvelut",
            "Stadens interna kunder: välfärdstjänster",
            "The city's internal customers: wellbeing services",
        ),
        {"rule": "department", "department": "wellbeing"},
    ),
    (
        ("Tänä vuonna tilan varanneet", "Har bokat en lokal i år", "Booked a room this year"),
        {"rule": "booked_room"},
    ),
    (
        ("Ruotsinkieliset asiakkaat", "Svenskspråkiga kunder", "Swedish-speaking customers"),
        {"rule": "language", "language": "sv"},
    ),
]

ANNOUNCEMENT = {
    "subject_fi": "Kaupungin avustushaku yhdistyksille on auki",
    "body_fi": (
        "Hei,\n\nkaupungin toiminta-avustusten haku yhdistyksille on auki kuun loppuun. "
        "Hakemuksen voi jättää verkossa tai palvelupisteessä. Neuvomme mielellämme."
    ),
    "subject_sv": "Stadens understöd till föreningar kan sökas nu",
    "body_sv": (
        "Hej,\n\nstadens verksamhetsunderstöd till föreningar kan sökas till slutet av "
        "månaden. Ansökan lämnas på nätet eller vid servicepunkten. Vi hjälper gärna till."
    ),
    "subject_en": "The city's grants for associations are open",
    "body_en": (
        "Hello,\n\nthe city's operating grants for associations can be applied for until "
        "the end of the month, online or at the service point. We are glad to help."
    ),
}


def _sectors() -> None:
    organisations = Customer.objects.filter(kind=Customer.Kind.ORGANISATION, sector="")
    organisations.filter(organisation_name__endswith=" ry").update(
        sector=Customer.Sector.ASSOCIATION
    )
    for suffix in (" Oy", " Ky", " Oyj"):
        organisations.filter(organisation_name__endswith=suffix).update(
            sector=Customer.Sector.COMPANY
        )


@transaction.atomic
def load_segments(*, today: dt.date) -> None:
    _sectors()
    supervisor = User.objects.get(username="liisa")
    segments = []
    for names, rule in SEGMENTS:
        fields = {"created_by": supervisor, "rule": rule["rule"], "name": names[0]}
        add_translations(fields, "name", names)
        if "department" in rule:
            fields["department"] = Department.objects.get(code=rule["department"])
        fields |= {key: value for key, value in rule.items() if key in ("sector", "language")}
        segment, _created = Segment.objects.get_or_create(name_fi=names[0], defaults=fields)
        segments.append(segment)
    if not Announcement.objects.exists():
        _announce(segments[0], supervisor, at=demo_start(today) - dt.timedelta(days=3, hours=-10))


def _announce(segment: Segment, by, *, at: dt.datetime) -> None:
    announcement = Announcement.objects.create(segment=segment, created_by=by, **ANNOUNCEMENT)
    plan = announcement_plan(announcement, now=at)
    for recipient in plan.recipients:
        language, subject, _body = announcement.text_in(recipient.language)
        delivery = Delivery.objects.create(
            announcement=announcement,
            customer=recipient.customer,
            channel=recipient.channel,
            language=language,
            address=recipient.address,
            status=Delivery.Status.SENT,
            created_at=at,
            delivered_at=at + dt.timedelta(minutes=1),
        )
        customer_event_announcement(
            recipient.customer,
            title=subject,
            data={
                "announcement": announcement.pk,
                "delivery": delivery.pk,
                "channel": delivery.channel,
                "status": "sent",
            },
            at=at,
        )
    announcement.sent_at, announcement.sent_by, announcement.skipped = at, by, plan.skipped
    announcement.save(update_fields=["sent_at", "sent_by", "skipped"])
