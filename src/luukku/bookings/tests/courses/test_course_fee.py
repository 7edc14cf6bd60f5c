"""Staff set a course's fee on the course form (commerce's product and prices made for
it); a fee changed later leaves the orders made before as they were."""

import datetime as dt
from decimal import Decimal

from django.urls import reverse
from django.utils import translation

from luukku.commerce.models import CustomerGroup, Product
from luukku.commerce.selectors.pricing import price_for, vat_for

from ...models import Course
from ...services.registrations import registration_start, registration_submit
from .conftest import MORNING, person
from .test_course_setup import _form, signed_in  # noqa: F401

TODAY = MORNING.date()


def test_staff_set_a_course_fee_on_the_course_form(signed_in, service, point, clock):  # noqa: F811
    data = _form(service, point, fee="60", fee_reduced="30,50", fee_vat="0.0")

    response = signed_in.post(reverse("web:course_new"), data)

    assert response.status_code == 302
    product = Course.objects.get(code="KO-901").product
    assert product.kind == Product.Kind.FEE and product.code == "KO-901"
    assert product.name_sv == "Italienska för nybörjare – kursavgift"
    assert price_for(product, CustomerGroup.RESIDENT, TODAY).amount_cents == 6000
    for group in (CustomerGroup.SENIOR, CustomerGroup.STUDENT, CustomerGroup.UNEMPLOYED):
        assert price_for(product, group, TODAY).amount_cents == 3050
    assert vat_for(product, TODAY).percent == Decimal("0.0")
    edit = signed_in.get(reverse("web:course_edit", args=[product.courses.get().pk]))
    assert edit.context["form"].initial["fee"] == "60.00"
    with translation.override("fi"):
        edit = signed_in.get(reverse("web:course_edit", args=[product.courses.get().pk]))
    assert 'value="30,50"' in edit.content.decode()


def test_a_course_without_a_fee_is_free(signed_in, service, point, clock):  # noqa: F811
    signed_in.post(reverse("web:course_new"), _form(service, point))

    assert Course.objects.get().product is None and not Product.objects.exists()


def test_a_later_fee_keeps_the_orders_made_before(signed_in, service, point, clock):  # noqa: F811
    signed_in.post(reverse("web:course_new"), _form(service, point, fee="60", fee_vat="0.0"))
    course = Course.objects.get()
    registration = registration_submit(registration=registration_start(course=course), who=person())
    clock.shift(dt.timedelta(days=1))

    response = signed_in.post(
        reverse("web:course_edit", args=[course.pk]),
        _form(service, point, fee="75", fee_vat="13.5"),
    )

    assert response.status_code == 302
    registration.order.refresh_from_db()
    assert registration.order.total_cents == 6000
    assert registration.order.lines.get().vat_percent == Decimal("0.0")
    product = Course.objects.get().product
    assert product.pk == course.product_id
    assert price_for(product, CustomerGroup.RESIDENT, TODAY).amount_cents == 6000
    tomorrow = TODAY + dt.timedelta(days=1)
    assert price_for(product, CustomerGroup.RESIDENT, tomorrow).amount_cents == 7500
    assert vat_for(product, tomorrow).percent == Decimal("13.5")


def test_a_reduced_fee_above_the_full_one_is_refused(signed_in, service, point, clock):  # noqa: F811
    data = _form(service, point, fee="20", fee_reduced="30", fee_vat="0.0", capacity="")

    response = signed_in.post(reverse("web:course_new"), data)

    assert response.status_code == 400
    assert {"fee_reduced", "capacity"} <= set(response.context["form"].errors)
    assert not Product.objects.exists() and not Course.objects.exists()


def test_only_the_edit_form_says_a_changed_fee_applies_from_today(signed_in, course):  # noqa: F811
    note = b"A changed fee applies from today"

    assert note not in signed_in.get(reverse("web:course_new")).content
    assert note in signed_in.get(reverse("web:course_edit", args=[course.pk])).content
