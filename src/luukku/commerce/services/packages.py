"""Document packages (the builder's package, rakentajapaketti): an order whose parts are
prepared by different experts, each part a consultation on the order's case with a due time.

The package is ready when every part is; the customer is told by e-mail at the address they
gave, with the private link that shows each part's progress, and it is then picked up,
posted or e-mailed (`order_deliver`). A part is marked ready here or by answering its
consultation the ordinary way: `package_hooks_register` lets the cases app call back.
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import Consultation, OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.cases.registry import consultation_hook_register
from luukku.cases.selectors import consultation_can_answer
from luukku.cases.services.consultations import (
    consultation_answer,
    consultation_ask,
    consultation_withdraw,
)
from luukku.cases.services.intake import case_create_for_contact
from luukku.core.calendar import HELSINKI, add_business_days
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name

from ..models import CustomerGroup, Order, OrderPart, Product
from .orders import order_event, order_line_add, order_place, order_start

# A part is due at the end of the working day its working days end on.
PART_DUE_TIME = dt.time(16, 0)
PACKAGE_DELIVERIES = (Order.Delivery.PICKUP, Order.Delivery.MAIL, Order.Delivery.EMAIL)


def part_due(start: dt.datetime, days: int) -> dt.datetime:
    """The end of the working day `days` Finnish working days after `start`."""
    day = add_business_days(timezone.localtime(start, HELSINKI).date(), days)
    return dt.datetime.combine(day, PART_DUE_TIME, tzinfo=HELSINKI)


def order_private_url(order: Order) -> str:
    with translation.override(order.language):
        return settings.SITE_URL + reverse("public:order_status", kwargs={"token": order.token})


def _package_clean(product: Product, delivery: str, case, contact_email: str) -> list:
    errors: dict[str, str] = {}
    parts = list(product.parts.select_related("department", "expert"))
    if product.kind != Product.Kind.PACKAGE or not parts:
        errors["product"] = _("Choose a document package.")
    elif not product.active:
        errors["product"] = _("This product is no longer on sale.")
    elif case is None and product.service_id is None:
        errors["product"] = _("The package has no service to open its case under.")
    if delivery not in PACKAGE_DELIVERIES:
        errors["delivery"] = _("Choose how the customer gets the package.")
    elif delivery == Order.Delivery.EMAIL and not contact_email.strip():
        errors["contact_email"] = _("Enter the e-mail address the documents are sent to.")
    if case is not None and not case.is_open:
        errors["product"] = _("Only an open case can be consulted on.")
    if errors:
        raise ValidationError(errors)
    return parts


def _counter_case(product: Product, *, by, contact_name, contact_email, contact_phone, language):
    """The case a package ordered at the counter is prepared on, for the contact given."""
    first, _space, last = contact_name.strip().partition(" ")
    with translation.override(language):
        subject = product.name
    return case_create_for_contact(
        first_name=first,
        last_name=last,
        email=contact_email,
        phone=contact_phone,
        language=language,
        context="package_order",
        service=product.service,
        channel="counter",
        subject=subject,
        author=by,
    )


@in_transaction
def package_order(
    *,
    product: Product,
    by,
    case=None,
    service_point=None,
    group: str = CustomerGroup.RESIDENT,
    proof_seen: bool = False,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    language: str = "fi",
    delivery: str = Order.Delivery.PICKUP,
    number: str = "",
    now: dt.datetime | None = None,
) -> Order:
    """Order a document package: from the customer's case (`case`), or at the counter (a
    case is opened for the contact). The order is placed, and each part is asked of its
    expert (or its department's expert queue) as a consultation due in its working days."""
    now = now or timezone.now()
    if case is not None:
        contact_email = contact_email or case.contact_email
        contact_phone = contact_phone or case.contact_phone
        language = case.language
    parts = _package_clean(product, delivery, case, contact_email)
    channel = Order.Channel.CASE if case is not None else Order.Channel.COUNTER
    if case is None:
        case = _counter_case(
            product,
            by=by,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
            language=language,
        )
    order = order_start(
        channel=channel,
        by=by,
        service_point=service_point or case.service_point,
        customer=case.customer,
        case=case,
        group=group,
        proof_seen=proof_seen,
        contact_name=contact_name or _customer_name(case),
        contact_email=contact_email,
        contact_phone=contact_phone,
        language=language,
        number=number,
        now=now,
    )
    order = row_lock(Order, order.pk)
    order.delivery = delivery
    order.save(update_fields=["delivery", "updated_at"])
    order_line_add(order=order, product=product, quantity=1, now=now)
    order = order_place(order=order, by=by, now=now)
    for product_part in parts:
        _part_ask(order, product_part, by=by, now=now)
    return order


def _customer_name(case) -> str:
    customer = case.customer
    if customer is None:
        return ""
    return f"{customer.first_name} {customer.last_name}".strip()


def _part_ask(order: Order, product_part, *, by, now) -> OrderPart:
    due = part_due(now, product_part.days)
    with translation.override(order.language):
        name = product_part.name
    expert = product_part.expert
    if expert is not None and not (expert.is_active and expert.role == expert.Role.EXPERT):
        expert = None  # left, or no longer an expert: the department's queue takes it
    # The order's number and the due time are on the consultation and its package part.
    question = _(
        "Document package: prepare “%(part)s” for the customer and mark it ready (answer "
        "here, or on the order's page). Attach the document to the case if it is sent by "
        "e-mail."
    ) % {"part": name}
    consultation = consultation_ask(
        case=order.case,
        actor=by,
        question=question,
        expert=expert,
        department=None if expert is not None else product_part.department,
        context="package_order",
        due_at=due,
        now=now,
    )
    return OrderPart.objects.create(
        order=order, product_part=product_part, name=name, consultation=consultation, due_at=due
    )


@in_transaction
def order_part_done(
    *, part: OrderPart, by, note: str = "", now: dt.datetime | None = None
) -> OrderPart:
    """The part's expert (or the agent) marks the part ready. An open consultation is
    answered with `note` (or withdrawn, when the agent who asked marks it ready); the order
    is ready when its last part is."""
    now = now or timezone.now()
    order = row_lock(Order, part.order_id)
    part = OrderPart.objects.select_related("consultation").get(pk=part.pk)
    if order.status == Order.Status.CANCELLED:
        raise ValidationError(_("The order has been cancelled."))
    if part.status != OrderPart.Status.WAITING:
        raise ValidationError(_("This part is ready already."))
    consultation = part.consultation
    note = (note or "").strip()
    if consultation is not None and consultation.is_open:
        if consultation_can_answer(consultation=consultation, user=by):
            consultation_answer(
                consultation=consultation,
                actor=by,
                answer=note or _("The part is ready."),
                context="package_part",
            )
            part.refresh_from_db()
            return part  # the hook below marked it ready
        if not (by.pk == consultation.asked_by_id or by.sees_everything):
            raise PermissionDenied
        consultation_withdraw(consultation=consultation, actor=by)
    elif not _may_mark(part, by):
        raise PermissionDenied
    return _part_mark_done(order, part, by=by, note=note, now=now)


def _may_mark(part: OrderPart, user) -> bool:
    consultation = part.consultation
    if user.sees_everything or consultation is None:
        return user.is_active
    return user.pk in {
        consultation.expert_id,
        consultation.asked_by_id,
        consultation.answered_by_id,
    }


def _part_mark_done(order: Order, part: OrderPart, *, by, note: str, now) -> OrderPart:
    part.status = OrderPart.Status.DONE
    part.done_at = now
    part.done_by = by
    part.save(update_fields=["status", "done_at", "done_by"])
    order_event(order, "part_done", by=by, now=now, part=part.name, note=note)
    if not order.parts.filter(status=OrderPart.Status.WAITING).exists():
        _order_ready(order, by=by, now=now)
    return part


def _order_ready(order: Order, *, by, now) -> None:
    order.ready_at = now
    order.save(update_fields=["ready_at", "updated_at"])
    order_event(order, "ready", by=by, now=now)
    if order.contact_email and order.case_id:
        package_ready_mail(order)


def package_ready_mail(order: Order) -> OutboundMail | None:
    """The customer's e-mail that the package is ready and how they get it, in the order's
    language, with the private link."""
    with translation.override(order.language):
        point = order.service_point
        context = {
            "order": order,
            "lines": list(order.lines.all()),
            "point": point,
            "url": order_private_url(order),
            "centre": service_centre_name(order.language),
            "to_pay": order.balance_cents,
        }
        subject = render_to_string("commerce/mail/package_ready_subject.txt", context).strip()
        body = render_to_string("commerce/mail/package_ready.txt", context)
    return mail_queue(
        order.case,
        kind=OutboundMail.Kind.ORDER,
        subject=subject,
        body=body,
        recipient=order.contact_email,
    )


# -- the cases app's calls back: a part's consultation answered the ordinary way ------------


def _part_of(consultation: Consultation) -> OrderPart | None:
    return OrderPart.objects.filter(consultation_id=consultation.pk).first()


def _consultation_lock(*, consultation: Consultation) -> None:
    """Before the answer locks the case: the order first (`core.locks`)."""
    part = _part_of(consultation)
    if part is not None:
        row_lock(Order, part.order_id)


def _consultation_answered(*, consultation: Consultation, actor) -> None:
    part = _part_of(consultation)
    if part is None or part.status != OrderPart.Status.WAITING:
        return
    order = row_lock(Order, part.order_id)
    if order.status == Order.Status.CANCELLED:
        return
    _part_mark_done(order, part, by=actor, note=consultation.answer, now=timezone.now())


def package_hooks_register() -> None:
    consultation_hook_register(lock=_consultation_lock, answered=_consultation_answered)
