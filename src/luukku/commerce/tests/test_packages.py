"""The builder's package: parts to three experts with due times, ready when the last part
is, parts marked ready on the order or by answering the consultation, then delivered."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from luukku.cases.models import CaseEvent, Channel, Consultation, OutboundMail
from luukku.cases.services import consultation_answer
from luukku.cases.tests.factories import make_case
from luukku.core.calendar import HELSINKI
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory

from ..models import Order, OrderPart
from ..services.orders import order_deliver
from ..services.packages import order_part_done, package_order, part_due
from ..services.payments import Tender, counter_pay
from .factories import builders_package, product_priced

pytestmark = pytest.mark.django_db


@pytest.fixture
def experts(db):
    """Imatra's experts of the builder's package: a surveyor, the zoning plan's queue and
    the building control's archivist."""
    survey, zoning, archive = (DepartmentFactory(name=n) for n in ("Mittaus", "Kaavoitus", "Rava"))
    return {
        "survey": (survey, UserFactory(role="expert", first_name="Matti", departments=[survey])),
        "zoning": (zoning, UserFactory(role="expert", first_name="Kaisa", departments=[zoning])),
        "archive": (archive, UserFactory(role="expert", first_name="Arja", departments=[archive])),
    }


@pytest.fixture
def package(service, experts):
    survey, zoning, archive = experts["survey"], experts["zoning"], experts["archive"]
    return builders_package(
        service=service,
        parts=[
            ("Karttaote", survey[0], survey[1], 2),
            ("Asemakaavaote", zoning[0], None, 5),  # the zoning queue: any of its experts
            ("Rakennuslupapiirustukset (arkistokopio)", archive[0], archive[1], 10),
        ],
    )


@pytest.fixture
def case(service, clock):
    return make_case(
        service=service,
        subject="Rakentajapaketti tontille 153-12-3-4",
        contact_email="rakentaja@example.fi",
    )


def _order(package, agent, case, point, **kwargs):
    return package_order(product=package, by=agent, case=case, service_point=point, **kwargs)


def test_parts_go_to_three_experts_with_due_times(package, agent, case, point, experts):
    order = _order(package, agent, case, point)
    assert order.status == Order.Status.OPEN and order.channel == Order.Channel.CASE
    assert order.total_cents == 9000 and order.contact_email == "rakentaja@example.fi"
    parts = list(order.parts.select_related("consultation"))
    # Tuesday 10.3.2026 + 2, 5 and 10 working days, at the end of the working day.
    assert [timezone_local(p.due_at) for p in parts] == [
        dt.datetime(2026, 3, 12, 16, 0),
        dt.datetime(2026, 3, 17, 16, 0),
        dt.datetime(2026, 3, 24, 16, 0),
    ]
    first, second, third = (p.consultation for p in parts)
    assert first.expert == experts["survey"][1] and first.department is None
    assert second.expert is None and second.department == experts["zoning"][0]
    assert third.expert == experts["archive"][1]
    assert all(c.due_at == p.due_at for c, p in zip((first, second, third), parts, strict=True))
    assert "Karttaote" in first.question and first.order_part.order == order
    case.refresh_from_db()
    assert case.status == "waiting_expert"
    placed = case.events.get(kind=CaseEvent.Kind.ORDER)
    assert placed.data["action"] == "placed" and placed.public


def test_ready_only_when_the_last_part_is(package, agent, case, point, experts):
    order = _order(package, agent, case, point, language="sv")
    parts = list(order.parts.all())
    order_part_done(part=parts[0], by=experts["survey"][1], note="Karttaote liitteenä.")
    order_part_done(part=parts[2], by=experts["archive"][1], note="Skannattu.")
    order.refresh_from_db()
    assert order.ready_at is None
    assert not OutboundMail.objects.filter(kind=OutboundMail.Kind.ORDER).exists()
    order_part_done(part=parts[1], by=experts["zoning"][1])
    order.refresh_from_db()
    assert order.ready_at is not None
    actions = [(e.data["action"], e.public) for e in case.events.filter(kind=CaseEvent.Kind.ORDER)]
    assert actions == [
        ("placed", True),
        ("part_done", False),
        ("part_done", False),
        ("part_done", False),
        ("ready", True),
    ]
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.ORDER)
    assert mail.recipient == "rakentaja@example.fi"
    # In the case's language (Finnish: the order follows its case), with the private link.
    assert order.number in mail.subject
    assert f"/orders/{order.token}/" in mail.body
    assert "Kaupungintalo" in mail.body
    assert set(order.parts.values_list("status", flat=True)) == {OrderPart.Status.DONE}
    assert not Consultation.objects.filter(status=Consultation.Status.OPEN).exists()


def test_answering_the_consultation_marks_the_part_ready(package, agent, case, point, experts):
    order = _order(package, agent, case, point)
    part = order.parts.get(name="Asemakaavaote")
    consultation_answer(
        consultation=part.consultation, actor=experts["zoning"][1], answer="Kaavaote liitteenä."
    )
    part.refresh_from_db()
    assert part.status == OrderPart.Status.DONE and part.done_by == experts["zoning"][1]
    event = case.events.filter(kind=CaseEvent.Kind.ORDER).last()
    assert event.data == {**event.data, "action": "part_done", "part": "Asemakaavaote"}
    assert event.body == "Kaavaote liitteenä." and not event.public


def test_the_agent_who_asked_may_mark_a_part_ready(package, agent, case, point):
    order = _order(package, agent, case, point)
    part = order.parts.first()
    order_part_done(part=part, by=agent, note="Saatiin paperiarkistosta.")
    part.refresh_from_db()
    assert part.status == OrderPart.Status.DONE
    assert part.consultation.status == Consultation.Status.WITHDRAWN


def test_paid_at_the_counter_then_delivered(package, agent, case, point, experts, day):
    order = _order(package, agent, case, point)
    counter_pay(
        order=order, day=day, tenders=[Tender("card", 9000, terminal_receipt="7781")], by=agent
    )
    with pytest.raises(ValidationError, match="Every part"):
        order_deliver(order=order, by=agent)
    for part, key in zip(order.parts.all(), ("survey", "zoning", "archive"), strict=True):
        order_part_done(part=part, by=experts[key][1])
    order = order_deliver(order=order, by=agent)
    assert order.delivered_at is not None
    assert case.events.filter(kind=CaseEvent.Kind.ORDER).last().data["action"] == "delivered"


def test_ordered_at_the_counter_opens_a_case_for_the_contact(package, agent, point, clock):
    order = package_order(
        product=package,
        by=agent,
        service_point=point,
        contact_name="Rauni Rakentaja",
        contact_email="rauni@example.fi",
        language="sv",
        delivery=Order.Delivery.EMAIL,
    )
    case = order.case
    assert order.channel == Order.Channel.COUNTER and case.channel == Channel.COUNTER
    assert case.contact_email == "rauni@example.fi" and case.language == "sv"
    assert case.customer.first_name == "Rauni" and order.customer == case.customer
    assert order.delivery == Order.Delivery.EMAIL and order.parts.count() == 3


def test_bad_input_changes_nothing(package, agent, case, point, experts, service):
    card = product_priced(cents=6000, code="UI10", name="Uimahallin sarjakortti")
    with pytest.raises(ValidationError, match="Choose a document package"):
        _order(card, agent, case, point)
    with pytest.raises(ValidationError, match="e-mail address the documents"):
        package_order(product=package, by=agent, service_point=point, delivery="email")
    with pytest.raises(ValidationError, match="how the customer gets"):
        _order(package, agent, case, point, delivery="handed")
    assert not Order.objects.exists() and not Consultation.objects.exists()

    order = _order(package, agent, case, point)
    part = order.parts.get(name="Karttaote")
    with pytest.raises(PermissionDenied):
        order_part_done(part=part, by=experts["archive"][1])
    part.refresh_from_db()
    assert part.status == OrderPart.Status.WAITING and part.consultation.is_open
    order_part_done(part=part, by=experts["survey"][1])
    with pytest.raises(ValidationError, match="ready already"):
        order_part_done(part=part, by=experts["survey"][1])
    assert case.events.filter(kind=CaseEvent.Kind.ORDER, data__action="part_done").count() == 1


def test_a_part_due_over_easter_skips_the_holidays():
    # Maundy Thursday 2.4.2026 + 2 working days: Good Friday and Easter Monday are holidays.
    start = dt.datetime(2026, 4, 2, 9, 0, tzinfo=HELSINKI)
    assert part_due(start, 2) == dt.datetime(2026, 4, 8, 16, 0, tzinfo=HELSINKI)


def timezone_local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HELSINKI).replace(tzinfo=None)
