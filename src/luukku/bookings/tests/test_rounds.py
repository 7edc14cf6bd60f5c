"""Seasonal application rounds: applying while the round is open (bad input changes
nothing), withdrawing, allocating a wished turn as a recurring booking with the clashing
dates left out, declining with a reason, and the results sent once to the address given,
after which nothing changes."""

import pytest
import time_machine
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent, OutboundMail
from luukku.core.testing.clock import at

from ..models import Application, ApplicationRound, ApplicationWish, Reservation
from ..selectors.rounds import round_wishes
from ..services.rounds import (
    application_withdraw,
    round_results_send,
    wish_allocate,
    wish_decline,
)
from .rounds import AFTER_CLOSE, apply, round_make, wish
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def spring(hall):
    return round_make(hall)


def _mails():
    return list(OutboundMail.objects.order_by("pk"))


def test_an_application_is_a_case_with_a_confirmation_to_the_address_given(spring, hall):
    whole, north, _south = hall

    application = apply(spring, [wish(whole), wish(north, weekday=3, priority=2)])

    assert application.state == Application.State.RECEIVED
    assert application.wishes.count() == 2
    assert application.case.contact_email == "aino@example.fi"
    event = CaseEvent.objects.get(case=application.case, kind=CaseEvent.Kind.RESERVATION)
    assert event.data["action"] == "application_received"
    assert event.data["application"] == application.pk
    (mail,) = _mails()
    assert mail.recipient == "aino@example.fi"
    assert application.token in mail.body


def test_bad_input_is_told_all_at_once_and_changes_nothing(spring, hall):
    whole, *_ = hall
    with pytest.raises(ValidationError) as error:
        apply(
            spring,
            [wish(whole, starts=6, ends=8), wish(whole, starts=18, ends=18)],
            contact_name=" ",
            business_id="1234567-2",
            group_size=0,
        )

    errors = error.value.message_dict
    assert set(errors) == {"contact_name", "business_id", "group_size", "wishes"}
    assert "Turn 1: The unit is not open at that time." in errors["wishes"]
    assert "Turn 2: The end must be after the start." in errors["wishes"]
    assert not Application.objects.exists()
    assert not _mails()


def test_a_unit_outside_the_round_is_refused(spring, room):
    with pytest.raises(ValidationError) as error:
        apply(spring, [wish(room)])
    assert error.value.message_dict["wishes"] == ["Turn 1: Choose one of the round's units."]


def test_a_group_larger_than_the_unit_is_refused(spring, hall):
    whole, north, _south = hall
    north.capacity = 20
    north.save(update_fields=["capacity"])
    with pytest.raises(ValidationError) as error:
        apply(spring, [wish(whole), wish(north)], group_size=40)
    assert error.value.message_dict["wishes"] == ["Turn 2: The unit holds 20 persons."]
    assert not Application.objects.exists()


def test_no_application_after_the_period(spring, hall):
    with (
        time_machine.travel(AFTER_CLOSE, tick=False),
        pytest.raises(ValidationError, match="not open for applications"),
    ):
        apply(spring, [wish(hall[0])])


def test_the_applicant_withdraws_while_the_round_is_open_not_after(spring, hall):
    application = apply(spring, [wish(hall[0])])

    application_withdraw(application=application)

    application.refresh_from_db()
    assert application.state == Application.State.WITHDRAWN
    assert round_wishes(spring) == []
    other = apply(spring, [wish(hall[1])], email="kalle@example.fi")
    with time_machine.travel(AFTER_CLOSE, tick=False), pytest.raises(ValidationError):
        application_withdraw(application=other)


def test_wishes_for_the_hall_and_its_half_at_the_same_time_clash(spring, hall):
    whole, north, south = hall
    first = apply(spring, [wish(whole)])
    second = apply(spring, [wish(north, starts=19, ends=21)], email="b@example.fi")
    apply(spring, [wish(south, weekday=2)], email="c@example.fi")

    days = {(d.unit.code, d.weekday): d for d in round_wishes(spring)}

    (row,) = days[("sali", 1)].rows
    assert [w.application for w in row.clashing] == [second]
    (row,) = days[("sali-a", 1)].rows
    assert [w.application for w in row.clashing] == [first]
    assert days[("sali-b", 2)].rows[0].clashing == []


def test_allocating_books_the_season_s_free_dates_as_a_series(spring, hall, agent):
    whole, north, _south = hall
    taken = book(north, at(2026, 4, 14, 18, 0))  # a half booked on one Tuesday
    application = apply(spring, [wish(whole)])
    (wished,) = application.wishes.all()
    mails_before = len(_mails())

    with time_machine.travel(AFTER_CLOSE, tick=False):
        allocated = wish_allocate(wish=wished, by=agent)

    # The turns belong to the application's case, and the results mail tells them: no mail
    # of the series' own, no second case.
    assert {r.case_id for r in allocated.series.reservations.all()} == {application.case_id}
    assert len(_mails()) == mails_before

    assert allocated.state == ApplicationWish.State.ALLOCATED
    days = [r.starts_at.date() for r in allocated.series.reservations.order_by("starts_at")]
    assert len(days) == 3  # four Tuesdays in April, the 14th taken
    assert taken.starts_at.date() not in days
    assert allocated.series.reservations.first().contact_email == "aino@example.fi"


def test_allocation_waits_for_the_application_period_to_end(spring, hall, agent):
    application = apply(spring, [wish(hall[0])])
    with pytest.raises(ValidationError, match="application period has ended"):
        wish_allocate(wish=application.wishes.get(), by=agent)


def test_a_declined_wish_keeps_its_reason(spring, hall, agent):
    application = apply(spring, [wish(hall[0])])
    with time_machine.travel(AFTER_CLOSE, tick=False):
        with pytest.raises(ValidationError):
            wish_decline(wish=application.wishes.get(), by=agent, reason=" ")
        declined = wish_decline(
            wish=application.wishes.get(), by=agent, reason="Sali on varattu kaupungin käyttöön."
        )
    assert declined.state == ApplicationWish.State.DECLINED
    assert declined.decline_reason == "Sali on varattu kaupungin käyttöön."


def test_results_go_once_to_each_address_given_and_close_the_round(spring, hall, agent):
    whole, north, _south = hall
    first = apply(spring, [wish(whole), wish(north, weekday=3)], language="en")
    second = apply(
        spring, [wish(north)], contact_name="Kalle Kuusi", email="kalle@example.fi", language="fi"
    )
    withdrawn = apply(spring, [wish(whole, weekday=4)], email="pois@example.fi")
    application_withdraw(application=withdrawn)
    before = len(_mails())
    with time_machine.travel(AFTER_CLOSE, tick=False):
        a, b = first.wishes.order_by("weekday")
        wish_allocate(wish=a, by=agent)
        with pytest.raises(ValidationError, match="still waiting"):
            round_results_send(application_round=spring, by=agent)
        wish_decline(wish=b, by=agent, reason="Torstait ovat jo täynnä.")
        wish_decline(wish=second.wishes.get(), by=agent, reason="Päällekkäin toisen kanssa.")

        assert round_results_send(application_round=spring, by=agent) == 2

        mails = _mails()[before:]
        assert [m.recipient for m in mails] == ["aino@example.fi", "kalle@example.fi"]
        assert "Turns granted" in mails[0].body and "Torstait ovat jo täynnä." in mails[0].body
        assert "7.4.2026–28.4.2026 (4 turns)" in mails[0].body
        assert "Päällekkäin toisen kanssa." in mails[1].body
        assert "Vuorot myönnetty" not in mails[1].body  # nothing granted
        spring.refresh_from_db()
        assert spring.state_at(AFTER_CLOSE) == ApplicationRound.State.RESULTS_SENT
        with pytest.raises(ValidationError, match="results have been sent"):
            round_results_send(application_round=spring, by=agent)
        with pytest.raises(ValidationError, match="results have been sent"):
            wish_decline(wish=a, by=agent, reason="x")
    assert len(_mails()) == before + 2
    assert Reservation.objects.filter(series__isnull=False).count() == 4


def test_the_results_greet_and_list_the_dates_booked_and_left_out(spring, hall, agent):
    whole, north, _south = hall
    book(north, at(2026, 4, 14, 18, 0))  # a half booked on one Tuesday
    application = apply(spring, [wish(whole)], contact_name="Aino Virtanen", language="en")
    with time_machine.travel(AFTER_CLOSE, tick=False):
        wish_allocate(wish=application.wishes.get(), by=agent)
        round_results_send(application_round=spring, by=agent)

    body = _mails()[-1].body
    assert body.startswith("Hello Aino Virtanen,\n")
    assert "- Tue 7.4.2026 18:00–20:00" in body
    assert "- Tue 21.4.2026 18:00–20:00" in body
    assert "- Tue 28.4.2026 18:00–20:00" in body
    left_out = body.split("Dates left out")[1]
    assert "- Tue 14.4.2026" in left_out
    assert "7.4.2026" not in left_out


def test_an_application_s_case_waits_for_the_round_not_the_service_level(spring, hall, service):
    """The service's targets would make a case late within days; an application's case is
    paused while the round is open, due after the period closes, and runs again then."""
    from luukku.cases.models import Case, Status
    from luukku.servicelevels.models import Alert, Target
    from luukku.servicelevels.services import service_levels_check

    from ..services.rounds import round_cases_resume

    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    application = apply(spring, [wish(hall[0])])
    case = Case.objects.get(pk=application.case_id)
    assert case.status == Status.WAITING_CUSTOMER
    assert case.due_at > spring.closes_at
    from ..templatetags.reservation_labels import reservation_event_text

    received = case.events.get(kind=CaseEvent.Kind.RESERVATION)
    assert reservation_event_text(received).endswith(
        "The case waits for the application period to close (20.3.2026 16:00) and opens then."
    ), reservation_event_text(received)

    before_close = at(2026, 3, 19, 15, 0)  # nine days on, the round still open
    service_levels_check(now=before_close)
    assert round_cases_resume(now=before_close) == 0
    case.refresh_from_db()
    assert case.sla_state == "paused" and case.due_at > before_close
    assert not Alert.objects.filter(case=case).exists()

    assert round_cases_resume(now=AFTER_CLOSE) == 1
    case.refresh_from_db()
    assert case.status == Status.OPEN and case.sla_due_at > AFTER_CLOSE
    assert round_cases_resume(now=AFTER_CLOSE) == 0


def test_an_association_s_turns_are_on_the_association_s_record(spring, hall, agent):
    """The association found (or made) by its business ID is the customer of its turns;
    the results still go to the address its contact person gave."""
    from luukku.customers.models import Customer

    whole, north, _south = hall
    club = Customer.objects.create(
        kind=Customer.Kind.ORGANISATION,
        organisation_name="Imatran Salibandyseura ry",
        business_id="2874519-4",
        email="toimisto@salibandy.example.fi",
    )
    application = apply(spring, [wish(whole)], business_id="2874519-4")
    other = apply(
        spring,
        [wish(north, weekday=3)],
        organisation_name="Imatran Koripalloseura ry",
        business_id="1963027-2",
        email="sanna@example.fi",
    )
    resident = apply(spring, [wish(north, weekday=4)], organisation_name="", email="b@example.fi")

    assert application.customer == club
    assert application.case.customer != club  # the case is the contact person's
    made = other.customer
    assert made.kind == Customer.Kind.ORGANISATION and made.business_id == "1963027-2"
    assert made.organisation_name == "Imatran Koripalloseura ry" and made.email == ""
    assert resident.customer == resident.case.customer
    with time_machine.travel(AFTER_CLOSE, tick=False):
        allocated = wish_allocate(wish=application.wishes.get(), by=agent)
        wish_decline(wish=other.wishes.get(), by=agent, reason="Täynnä.")
        wish_decline(wish=resident.wishes.get(), by=agent, reason="Täynnä.")
        round_results_send(application_round=spring, by=agent)

    assert {r.customer_id for r in allocated.series.reservations.all()} == {club.pk}
    recipients = [m.recipient for m in _mails()]
    assert recipients.count("aino@example.fi") == 2  # the receipt and the results
    assert "toimisto@salibandy.example.fi" not in recipients
