"""The key register's staff pages: a key lent to an association's contact with its deposit
paid at the counter, taken back with the deposit refunded, a card's rights, a lost key; the
register's lists; a refused step says why and changes nothing; only the front line's."""

import datetime as dt

import pytest
from django.urls import reverse

from luukku.commerce.models import Order
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

from ..models import AccessRight, Key, Loan, LockChange
from ..services import Deposit, key_lend

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def _lend_form(association, day, **fields):
    data = {
        "holder_kind": "association",
        "customer": association.pk,
        "contact_name": "Aino Virtanen",
        "contact_email": "aino.virtanen@example.fi",
        "contact_phone": "040 123 4567",
        "language": "fi",
        "purpose": "Kerhoillat ti 18–20",
        "due_on": "2026-05-31",
        "deposit": "counter",
        "day": day.pk,
        "method": "cash",
    }
    data.update(fields)
    return data


def test_lend_and_take_back_a_key_with_its_deposit(signed_in, hall_key, association, day):
    client = signed_in
    lend = reverse("web:key_lend", args=[hall_key.pk])
    page = client.get(lend, {"q": "Shakkikerho"})
    assert "Imatran Shakkikerho ry" in page.content.decode()
    assert AccessLogEntry.objects.filter(context="key_holder_search").exists()
    chosen = client.get(lend, {"q": "Shakkikerho", "customer": association.pk})
    assert f'name="customer" value="{association.pk}"' in chosen.content.decode()

    response = client.post(lend, _lend_form(association, day))
    assert response.status_code == 302
    loan = Loan.objects.get()
    assert loan.order.status == Order.Status.PAID
    key_page = client.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    assert "Imatran Shakkikerho ry (Aino Virtanen)" in key_page
    assert "50.00" in key_page

    response = client.post(
        reverse("web:key_return", args=[loan.pk]), {"day": day.pk, "method": "cash"}
    )
    assert response.status_code == 302
    loan.refresh_from_db()
    loan.order.refresh_from_db()
    assert loan.returned_at is not None and loan.order.refunded_cents == 5000
    customer_page = client.get(reverse("web:customer", args=[association.pk])).content.decode()
    assert "KT-3/1" in customer_page
    case_page = client.get(reverse("web:case", args=[loan.case.reference])).content.decode()
    assert "Key KT-3/1 returned. Deposit 50.00" in case_page


def test_a_refused_loan_says_why_and_charges_nothing(signed_in, hall_key, association, day):
    response = signed_in.post(
        reverse("web:key_lend", args=[hall_key.pk]),
        _lend_form(association, day, method="card", contact_email="", contact_phone=""),
    )
    assert response.status_code == 400
    assert "e-mail address or phone number" in response.content.decode()
    assert not Loan.objects.exists() and not Order.objects.exists()


def test_a_lost_key_records_its_lock_change(signed_in, hall_key, association, day, agent):
    loan = key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 5, 1),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    refused = signed_in.post(reverse("web:key_lost", args=[loan.pk]), {"note": ""})
    assert refused.status_code == 400
    signed_in.post(reverse("web:key_lost", args=[loan.pk]), {"note": "Kadonnut"})
    change = LockChange.objects.get()
    register = signed_in.get(reverse("web:keys")).content.decode()
    assert "Lock changes to do" in register
    assert "Mark done and retire the keys of series KT-3" in register
    done = signed_in.post(reverse("web:lock_change_done", args=[change.pk]), follow=True)
    assert "The lock change is marked done." in done.content.decode()
    change.refresh_from_db()
    assert change.done_at is not None


def test_a_cards_rights_are_added_and_ended(signed_in, card, building, clock):
    rights = reverse("web:key_rights", args=[card.pk])
    assert signed_in.get(rights).status_code == 200
    area = building.areas.get(code="VS")
    bad = {"area": area.pk, "weekdays": ["2"], "starts": "20:00", "ends": "18:00"}
    refused = signed_in.post(rights, {**bad, "valid_from": "2026-03-01"})
    assert refused.status_code == 400
    assert not AccessRight.objects.exists()
    signed_in.post(rights, {**bad, "starts": "18:00", "ends": "20:00", "valid_from": "2026-03-01"})
    right = AccessRight.objects.get()
    assert right.weekdays == "2"
    signed_in.post(reverse("web:key_right_end", args=[right.pk]))
    right.refresh_from_db()
    assert right.ended_at is not None


def test_the_rights_page_offers_only_the_cards_doors(signed_in, card, building, clock):
    rights = reverse("web:key_rights", args=[card.pk])
    page = signed_in.get(rights).content.decode()
    offices = building.areas.get(code="K2")
    options = page.split('name="area"')[1].split("</select>")[0]
    assert f'value="{offices.pk}"' not in options and "Valtuustosali" in options
    assert "end it and add a new one" in page
    refused = signed_in.post(
        rights,
        {"area": offices.pk, "weekdays": ["2"], "starts": "18:00", "ends": "20:00",
         "valid_from": "2026-03-10"},
    )  # fmt: skip
    assert refused.status_code == 400
    assert not AccessRight.objects.exists()


def test_the_lists_show_the_holders_and_are_logged(
    signed_in, hall_key, card, association, agent, clock
):
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 3, 11),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    clock.move_to(dt.datetime(2026, 3, 12, 8, tzinfo=dt.UTC))
    overdue = signed_in.get(reverse("web:keys"), {"overdue": "on"}).content.decode()
    assert "KT-3/1" in overdue and "KK/1" not in overdue.split('id="keys"')[1]
    lent = signed_in.get(reverse("web:keys"), {"status": "lent"})
    assert lent.status_code == 200
    out = signed_in.get(reverse("web:keys_out")).content.decode()
    assert "Imatran Shakkikerho ry" in out and str(agent) in out
    holder = signed_in.get(reverse("web:key_holder", args=["employee", agent.pk]))
    assert "KK/1" in holder.content.decode()
    contexts = set(AccessLogEntry.objects.values_list("context", flat=True))
    assert {"key_register", "key_loans_out", "key_holder"} <= contexts


@pytest.mark.parametrize("role", ["expert", "administrator", "dpo"])
def test_only_the_front_line_keeps_the_keys(client, hall_key, role):
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("web:keys")).status_code == 403
    assert client.get(reverse("web:key", args=[hall_key.pk])).status_code == 403
    assert Key.objects.get().status == Key.Status.IN_STORE


def test_a_deposit_refunded_already_is_not_handed_back_again(
    signed_in, hall_key, association, agent, day, monkeypatch
):
    """A deposit refunded on the sale page before the check existed: the key's page says so
    and the return refunds nothing."""
    from luukku.commerce import hooks
    from luukku.commerce.services.payments import order_refund

    loan = key_lend(
        key=hall_key,
        holder_kind="association",
        customer=association,
        contact_name="Aino",
        contact_email="aino@example.fi",
        purpose="Kerho",
        due_on=dt.date(2026, 5, 31),
        deposit=Deposit("counter", day=day),
        by=agent,
    )
    monkeypatch.setattr(hooks, "REFUNDING", [])
    line = loan.order.lines.get()
    order_refund(
        order=loan.order,
        quantities={line.pk: 1},
        method="cash",
        day=day,
        by=agent,
        reason="Vahingossa",
    )
    page = signed_in.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    assert "refunded already" in page
    assert "refund the deposit" not in page
    signed_in.post(reverse("web:key_return", args=[loan.pk]), {"note": ""})
    loan.order.refresh_from_db()
    assert loan.order.refunded_cents == 5000
    assert loan.order.payments.filter(kind="refund").count() == 1


def test_the_rights_table_reads_cleanly(signed_in, card, building, agent, clock):
    from ..services import access_right_add

    access_right_add(
        card=card, area=building.areas.get(code="PO"), weekdays="123", starts=dt.time(7),
        ends=dt.time(18), valid_from=dt.date(2026, 3, 10), by=agent,
    )  # fmt: skip
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    page = signed_in.get(reverse("web:key_rights", args=[card.pk])).content.decode()
    table = page.split('id="rights"')[1]
    assert "Mon, Tue, Wed" in table
    assert "<td>yes</td>" in table and "End the right" in table
    assert str(agent) in page.split('id="card-holder"')[1].split("</p>")[0]


def test_the_lend_page_shows_the_deposit_and_warns_of_the_holder(
    signed_in, hall_key, association, agent, day, clock
):
    from .factories import key

    copy2 = key(hall_key.series, 2)
    lend = reverse("web:key_lend", args=[copy2.pk])
    page = signed_in.get(lend, {"customer": association.pk}).content.decode()
    assert "Association 50.00" in page.split('id="deposit-prices"')[1].split("</p>")[0]
    assert 'id="holder-warnings"' not in page
    key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 3, 11),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    clock.move_to(dt.datetime(2026, 3, 12, 8, tzinfo=dt.UTC))
    page = signed_in.get(lend, {"customer": association.pk}).content.decode()
    warnings = page.split('id="holder-warnings"')[1].split("</div>")[0]
    assert "Overdue key: KT-3/1" in warnings and "Deposit not paid for key KT-3/1" in warnings


def test_a_key_not_in_store_has_no_lending_form(signed_in, hall_key, association, agent):
    key_lend(key=hall_key, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    page = signed_in.get(reverse("web:key_lend", args=[hall_key.pk])).content.decode()
    assert 'id="lend"' not in page
    assert f"The key is lent to {agent}." in page
    assert reverse("web:key", args=[hall_key.pk]) in page.split('id="not-in-store"')[1]
    from django.utils import translation

    from ..models import Key
    from ..selectors import key_whereabouts

    with translation.override("fi"):
        lost = Key(status=Key.Status.LOST)
        assert key_whereabouts(lost) == "Avain on kadonnut."


def test_the_lend_form_shows_every_error_at_once(signed_in, hall_key, association, day):
    response = signed_in.post(
        reverse("web:key_lend", args=[hall_key.pk]),
        _lend_form(association, day, purpose="", contact_name="", due_on=""),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "This field is required." in page  # the purpose, the form's own
    assert "Enter the name of the person who takes the key." in page
    assert "Enter the day the key is to be returned." in page
    assert not Loan.objects.exists()
    label = page.split('for="lend_contact_name"')[1].split("</label>")[0]
    assert 'class="req"' in label


def test_the_error_summary_names_the_customer_in_the_readers_language(
    signed_in, hall_key, association, day
):
    from django.utils import translation

    with translation.override("fi"):
        url = reverse("web:key_lend", args=[hall_key.pk])
    response = signed_in.post(url, _lend_form(association, day, customer=""))
    assert response.status_code == 400, response.status_code
    summary = response.content.decode().split('id="error-summary"')[1].split("</div>")[0]
    assert "Asiakas:" in summary and "Customer:" not in summary


def test_a_second_return_from_a_stale_tab_says_the_key_is_back(
    signed_in, hall_key, association, agent, day
):
    loan = key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_email="aino@example.fi", purpose="Kerho", due_on=dt.date(2026, 5, 31),
        deposit=Deposit("counter", day=day), by=agent,
    )  # fmt: skip
    back = reverse("web:key_return", args=[loan.pk])
    signed_in.post(back, {"day": day.pk, "method": "cash"})
    again = signed_in.post(back, {"day": day.pk, "method": "cash"}, follow=True)
    assert "was returned already" in again.content.decode()
    lost = signed_in.post(reverse("web:key_lost", args=[loan.pk]), {"note": "x"}, follow=True)
    assert "was returned already" in lost.content.decode()
    loan.order.refresh_from_db()
    assert loan.order.refunded_cents == 5000


def test_a_lost_cards_page_says_who_lost_it_with_the_note(signed_in, card, association, agent, day):
    from ..services import key_report_lost

    loan = key_lend(
        key=card, holder_kind="association", customer=association, contact_name="Aino",
        contact_email="aino@example.fi", purpose="Kerho", due_on=dt.date(2026, 5, 31),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    page = signed_in.get(reverse("web:key", args=[card.pk])).content.decode()
    lost_text = page.split('id="lost-heading"')[1].split("</p>")[0]
    assert "The deposit stays owed" in lost_text and "is kept" not in lost_text
    key_report_lost(loan=loan, by=agent, note="Pudonnut bussissa")
    page = signed_in.get(reverse("web:key", args=[card.pk])).content.decode()
    said = page.split('id="lost"')[1].split("</p>")[0]
    assert "the card was lost and is blocked" in said and "Imatran Shakkikerho ry" in said
    history = page.split('id="history-heading"')[1]
    assert "Pudonnut bussissa" in history and f"recorded by {agent}" in history


def test_a_key_lent_without_deposit_does_not_speak_of_keeping_it(signed_in, hall_key, agent):
    key_lend(key=hall_key, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    page = signed_in.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    assert "deposit" not in page.split('id="lost-heading"')[1].split("</p>")[0].lower()


def test_the_out_list_names_each_door_once_with_a_cards_hours(
    signed_in, card, hall_key, building, association, agent, clock
):
    from ..services import access_right_add

    door = building.areas.get(code="PO")
    for weekdays, starts, ends in (("12345", 7, 18), ("6", 9, 14)):
        access_right_add(
            card=card, area=door, weekdays=weekdays, starts=dt.time(starts),
            ends=dt.time(ends), valid_from=dt.date(2026, 3, 10), by=agent,
        )  # fmt: skip
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 3, 31),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    page = signed_in.get(reverse("web:keys_out")).content.decode()
    table = page.split('id="keys-out"')[1]
    assert table.count("Pääovi (") == 1
    assert "Pääovi (Mon, Tue, Wed, Thu, Fri 7.00–18.00; Sat 9.00–14.00)" in table
    assert "<td>City hall</td>" in table and "50.00" in table and "owed" in table
    assert f"made by {agent}" in page


def _label(page: str, field: str) -> str:
    return page.split(f'for="{field}"')[1].split("</label>")[0]


def test_the_lend_form_marks_neither_email_nor_phone_as_required(signed_in, hall_key, clock):
    page = signed_in.get(reverse("web:key_lend", args=[hall_key.pk])).content.decode()
    assert 'class="req"' in _label(page, "lend_contact_name")
    assert 'class="req"' in _label(page, "lend_due_on")
    assert 'class="req"' not in _label(page, "lend_contact_email")
    assert 'class="req"' not in _label(page, "lend_contact_phone")
    assert "E-mail or phone: either is enough" in page


def test_the_new_due_day_is_not_prefilled_with_a_day_past(
    signed_in, hall_key, association, agent, clock
):
    key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 3, 11),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    page = signed_in.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    due = page.split('id="due-heading"')[1].split("</form>")[0]
    assert 'name="due_on" value="2026-03-11"' in due
    clock.move_to(dt.datetime(2026, 3, 12, 8, tzinfo=dt.UTC))
    page = signed_in.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    due = page.split('id="due-heading"')[1].split("</form>")[0]
    assert 'name="due_on"' in due and "value=" not in due.split('name="due_on"')[1].split(">")[0]
