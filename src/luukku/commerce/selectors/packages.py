"""Reading orders: the customer's by the private link, staff's by the order's number (within
the cases they may see), and what a person may do with a package's parts."""

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from luukku.cases.models import Consultation
from luukku.cases.selectors import cases_visible_to, consultation_can_answer
from luukku.core.reference import ReferenceList
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..models import Order, OrderLine, OrderPart, Product, ProductPart

# An order's lines with their product (a line is named in the reader's language).
LINES = Prefetch("lines", queryset=OrderLine.objects.select_related("product"))

ORDER_TOKEN_LENGTH = 43


def order_get_by_token(*, token: str) -> Order:
    """The order behind a citizen's private link (Order.DoesNotExist otherwise)."""
    if not token or len(token) != ORDER_TOKEN_LENGTH:
        raise Order.DoesNotExist
    return (
        Order.objects.select_related("service_point")
        .prefetch_related(LINES, "parts")
        .get(token=token)
    )


def order_get_for_change(*, number: str, viewer: User) -> Order:
    """One order for a member of staff: one on a case they may see, or one without a case
    (a cash sale) for one who sees everything (Order.DoesNotExist otherwise). Not logged:
    the change made to it is."""
    visible = cases_visible_to(user=viewer).values("pk")
    orders = Order.objects.filter(case_id__in=visible)
    if viewer.sees_everything:
        orders = orders | Order.objects.filter(case__isnull=True)
    parts = OrderPart.objects.select_related(
        "consultation__expert", "consultation__department", "done_by", "product_part__department"
    )
    return (
        orders.select_related("case", "customer", "service_point", "created_by")
        .prefetch_related(LINES, "payments", Prefetch("parts", queryset=parts))
        .get(number=number)
    )


def order_get_for_view(*, number: str, viewer: User, context: str) -> Order:
    """`order_get_for_change`'s order, shown: its customer's details are personal data, so
    the view is logged."""
    order = order_get_for_change(number=number, viewer=viewer)
    if order.customer_id or order.contact_name or order.contact_email or order.contact_phone:
        access_log_record(
            actor=viewer,
            action="view",
            case=order.case,
            customer=order.customer,
            context=context,
        )
    return order


def orders_of_case(*, case) -> QuerySet[Order]:
    """The orders made on a case, newest first (shown on the case page, logged with it),
    each with `package` set when it has parts."""
    return case.orders.annotate(
        package=Exists(OrderPart.objects.filter(order=OuterRef("pk")))
    ).order_by("-created_at", "-pk")


def part_may_mark(*, part: OrderPart, user: User) -> bool:
    """Whether `user` may mark the part ready: its expert (or one of its queue's), the
    agent who asked, or a supervisor who sees the case."""
    if part.status != OrderPart.Status.WAITING:
        return False
    consultation: Consultation | None = part.consultation
    if consultation is None or user.sees_everything:
        return True
    if consultation.is_open and consultation_can_answer(consultation=consultation, user=user):
        return True
    return user.pk in {
        consultation.asked_by_id,
        consultation.expert_id,
        consultation.answered_by_id,
    }


def packages_on_sale() -> QuerySet[Product]:
    """The document packages an agent may order on a case."""
    return Product.objects.filter(
        kind=Product.Kind.PACKAGE, active=True, parts__isnull=False
    ).distinct()


# What the case page offers (the order itself is checked against `packages_on_sale`).
PACKAGES_ON_SALE = ReferenceList("packages_on_sale", packages_on_sale(), models=[ProductPart])


def part_of_consultation(*, consultation: Consultation) -> OrderPart | None:
    """The package part a consultation asks for, with its order (None for an ordinary one)."""
    return OrderPart.objects.select_related("order").filter(consultation=consultation).first()
