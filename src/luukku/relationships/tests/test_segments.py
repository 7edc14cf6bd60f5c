"""Segments: each rule picks the customers it says, evaluated when asked (not stored);
hand-picked members; a bad rule refused with a translated error and nothing saved."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.bookings.models import Reservation
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.relationships.models import Segment, SegmentMember
from luukku.relationships.selectors import segment_customers
from luukku.relationships.services import (
    segment_member_add,
    segment_member_remove,
    segment_save,
)

pytestmark = pytest.mark.django_db

NOW = at(2026, 5, 12, 10, 0)


def _segment(by, rule, **parameters) -> Segment:
    return segment_save(data={"name_fi": "Ryhmä", "rule": rule, **parameters}, by=by)


def _names(segment) -> set[str]:
    return {c.display_name for c in segment_customers(segment, now=NOW)}


def test_kind_sector_department_handler_and_language_rules(supervisor, agent):
    culture, schools = DepartmentFactory(), DepartmentFactory()
    CustomerFactory(first_name="Pekka", last_name="Henkilö", preferred_language="sv")
    CustomerFactory(
        kind=Customer.Kind.ORGANISATION,
        organisation_name="Imatran Kamerat ry",
        sector=Customer.Sector.ASSOCIATION,
    )
    CustomerFactory(
        kind=Customer.Kind.ORGANISATION,
        organisation_name="Saimaan Sähkö Oy",
        sector=Customer.Sector.COMPANY,
        handler=agent,
    )
    CustomerFactory(
        kind=Customer.Kind.INTERNAL,
        first_name="Sari",
        last_name="Opettaja",
        organisation_name="Koulutoimi",
        internal_department=schools,
    )
    CustomerFactory(
        kind=Customer.Kind.INTERNAL,
        first_name="Kalle",
        last_name="Kulttuuri",
        organisation_name="Kulttuuritoimi",
        internal_department=culture,
    )
    organisations = _segment(supervisor, "kind", kind="organisation")
    assert _names(organisations) == {"Imatran Kamerat ry", "Saimaan Sähkö Oy"}
    assert _names(_segment(supervisor, "sector", sector="association")) == {"Imatran Kamerat ry"}
    assert _names(_segment(supervisor, "department", department=schools)) == {
        "Sari Opettaja (Koulutoimi)"
    }
    assert _names(_segment(supervisor, "handler", handler=agent)) == {"Saimaan Sähkö Oy"}
    assert _names(_segment(supervisor, "language", language="sv")) == {"Pekka Henkilö"}


def test_the_rule_is_evaluated_when_asked_and_leaves_out_merged_and_anonymised(supervisor):
    segment = _segment(supervisor, "kind", kind="organisation")
    assert _names(segment) == set()
    kept = CustomerFactory(kind="organisation", organisation_name="Vuoksen Vesi ry")
    CustomerFactory(kind="organisation", organisation_name="Vanha", merged_into=kept)
    CustomerFactory(kind="organisation", organisation_name="Poistettu", anonymised_at=NOW)
    assert _names(segment) == {"Vuoksen Vesi ry"}


def test_booked_a_room_this_year(supervisor, service):
    from luukku.bookings.tests.conftest import unit_make
    from luukku.queueing.tests.factories import ServicePointFactory

    unit = unit_make(ServicePointFactory(), service, code="vuoksi")
    this_year, last_year, cancelled = CustomerFactory(), CustomerFactory(), CustomerFactory()
    for customer, starts, state in (
        (this_year, NOW - dt.timedelta(days=30), Reservation.State.CONFIRMED),
        (last_year, NOW - dt.timedelta(days=200), Reservation.State.CONFIRMED),
        (cancelled, NOW + dt.timedelta(days=3), Reservation.State.CANCELLED),
    ):
        Reservation.objects.create(
            unit=unit,
            state=state,
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=1),
            token=f"t{customer.pk}",
            customer=customer,
        )
    segment = _segment(supervisor, "booked_room")
    assert [c.pk for c in segment_customers(segment, now=NOW)] == [this_year.pk]


def test_hand_picked_members_are_added_once_and_removed_with_the_access_log(supervisor):
    segment = _segment(supervisor, "hand_picked")
    customer = CustomerFactory()
    with time_machine.travel(NOW, tick=False):
        segment_member_add(segment=segment, customer=customer, by=supervisor)
        segment_member_add(segment=segment, customer=customer, by=supervisor)
    assert list(segment_customers(segment, now=NOW)) == [customer]
    assert AccessLogEntry.objects.filter(context="segment_member", customer=customer).count() == 1
    assert segment_member_remove(segment=segment, customer=customer, by=supervisor)
    assert not SegmentMember.objects.exists()


def test_a_rule_without_its_choice_is_refused_in_the_user_s_language(supervisor):
    with translation.override("fi"), pytest.raises(ValidationError) as error:
        segment_save(data={"name_fi": "Yhdistykset", "rule": "sector"}, by=supervisor)
    assert error.value.message_dict == {"sector": ["Tämä sääntö tarvitsee tämän valinnan."]}
    with pytest.raises(ValidationError) as error:
        segment_save(data={"name_fi": " ", "rule": "nonsense"}, by=supervisor)
    assert set(error.value.message_dict) == {"name_fi", "rule"}
    assert not Segment.objects.exists()


def test_picking_needs_a_hand_picked_segment_and_a_record_in_use(supervisor):
    by_kind = _segment(supervisor, "kind", kind="person")
    with pytest.raises(ValidationError):
        segment_member_add(segment=by_kind, customer=CustomerFactory(), by=supervisor)
    picked = _segment(supervisor, "hand_picked")
    gone = CustomerFactory(anonymised_at=NOW)
    with pytest.raises(ValidationError):
        segment_member_add(segment=picked, customer=gone, by=supervisor)
    assert not SegmentMember.objects.exists()


def test_changing_a_segment_clears_the_parameters_of_its_old_rule(supervisor):
    agent = UserFactory()
    segment = _segment(supervisor, "handler", handler=agent)
    segment = segment_save(
        data={
            "name_fi": "Ruotsinkieliset",
            "name_sv": "Svenskspråkiga",
            "rule": "language",
            "language": "sv",
            "handler": agent,
        },
        by=supervisor,
        segment=segment,
    )
    segment.refresh_from_db()
    assert (segment.handler, segment.language, segment.name_sv) == (None, "sv", "Svenskspråkiga")
