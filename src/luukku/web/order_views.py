"""Orders on the staff side: a document package's page (its lines, payments and the parts
its experts prepare), marking a part ready, delivering it, and ordering one on a case."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.commerce.models import Order, OrderPart
from luukku.commerce.selectors.packages import (
    order_get_for_change,
    order_get_for_view,
    packages_on_sale,
    part_may_mark,
)
from luukku.commerce.services.orders import order_deliver
from luukku.commerce.services.packages import order_part_done, package_order
from luukku.core.http import found_or_404
from luukku.organisation.models import User

from .case_views import case_action
from .order_forms import PackageOrderForm, PartReadyForm

# Who hands the package over (or posts it): the front line and its supervisors.
DELIVERERS = frozenset({User.Role.AGENT, User.Role.SUPERVISOR, User.Role.ADMINISTRATOR})


def _order(request, number: str) -> Order:
    return found_or_404(
        order_get_for_view, number=number, viewer=request.user, context="order_page"
    )


def _order_for_change(request, number: str) -> Order:
    return found_or_404(order_get_for_change, number=number, viewer=request.user)


def _render_order(request, order: Order, status: int = 200, error: str = "", forms=None):
    parts = list(order.parts.all())
    for part in parts:
        part.may_mark = part_may_mark(part=part, user=request.user)
        part.form = (forms or {}).get(part.pk) or PartReadyForm(prefix=f"part-{part.pk}")
    context = {
        "order": order,
        "parts": parts,
        "lines": list(order.lines.all()),
        "payments": list(order.payments.all()),
        "late_payments": list(order.online_payments.filter(status__in=("late", "refunded"))),
        "may_deliver": (
            request.user.role in DELIVERERS
            and order.delivered_at is None
            and order.status in (Order.Status.PAID, Order.Status.INVOICED)
            and all(part.status != "waiting" for part in parts)
        ),
        "error": error,
        "now": timezone.now(),
    }
    return render(request, "web/order_detail.html", context, status=status)


@login_required
def order_detail(request, number: str):
    return _render_order(request, _order(request, number))


@login_required
@require_POST
def order_part_ready(request, number: str, part_id: int):
    order = _order_for_change(request, number)
    part = next((p for p in order.parts.all() if p.pk == part_id), None)
    if part is None:
        raise Http404
    if part.status == OrderPart.Status.WAITING and not part_may_mark(part=part, user=request.user):
        raise PermissionDenied
    form = PartReadyForm(request.POST, prefix=f"part-{part.pk}")
    if form.is_valid():
        try:
            order_part_done(part=part, by=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            return _render_order(request, order, status=400, error=" ".join(error.messages))
        messages.success(request, _("The part was marked ready."))
        return redirect("web:order", number=order.number)
    return _render_order(request, order, status=400, forms={part.pk: form})


@login_required
@require_POST
def order_deliver_view(request, number: str):
    order = _order_for_change(request, number)
    if request.user.role not in DELIVERERS:
        raise PermissionDenied
    try:
        order_deliver(order=order, by=request.user)
    except ValidationError as error:
        return _render_order(request, order, status=400, error=" ".join(error.messages))
    messages.success(request, _("The order was marked delivered."))
    return redirect("web:order", number=order.number)


@login_required
@require_POST
def case_package_order(request, reference: str):
    """Order a document package for the case's customer, from the case page."""
    packages = {product.pk: product for product in packages_on_sale()}
    created = []

    def order(case, data):
        product = packages.get(data["product"])
        if product is None:
            raise ValidationError({"product": _("Choose a document package.")})
        created.append(
            package_order(
                product=product,
                by=request.user,
                case=case,
                group=data["group"],
                delivery=data["delivery"],
                contact_email=data["contact_email"],
            )
        )

    response = case_action(
        request,
        reference,
        PackageOrderForm,
        order,
        _("The package was ordered and its parts were sent to the experts."),
        prefix="package",
        form_kwargs={"packages": packages.values()},
    )
    if created:
        return redirect("web:order", number=created[0].number)
    return response
