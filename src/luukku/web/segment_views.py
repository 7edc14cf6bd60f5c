"""Segments and announcements for the staff (docs/relationships.md, "Segments" and
"Announcements"). The front line (agents and supervisors) and administrators see the
segments and their members; supervisors and administrators make and change them, pick
members, export them and write and send announcements. Every page of members, every search
for one and every export is access-logged."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_get_for_view, customer_search
from luukku.privacy.services import access_log_record
from luukku.relationships.announcements import (
    announcement_create,
    announcement_send,
    subscribe_again,
)
from luukku.relationships.exports import members_csv, members_xlsx
from luukku.relationships.models import Announcement, Segment, Unsubscription
from luukku.relationships.selectors import (
    announcement_counts,
    announcement_plan,
    segment_announcements,
    segment_customers,
    segments_for_staff,
)
from luukku.relationships.services import segment_member_add, segment_member_remove, segment_save

from .responses import form_page
from .segment_forms import AnnouncementForm, ExportForm, PickSearchForm, SegmentForm

PER_PAGE = 50
PICKS = 20
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def may_see_segments(user) -> bool:
    return user.is_front_line or user.sees_everything


def _required(check):
    def decorator(view):
        @wraps(view)
        @login_required
        def checked(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked

    return decorator


seers_only = _required(may_see_segments)
managers_only = _required(lambda user: user.sees_everything)


@seers_only
def segments(request):
    rows = [(segment, segment_customers(segment).count()) for segment in segments_for_staff()]
    access_log_record(
        actor=request.user,
        action="list",
        context="segments",
        query={},
        count=sum(count for _segment, count in rows),
    )
    return render(request, "web/segments.html", {"rows": rows})


@managers_only
@require_http_methods(["GET", "POST"])
def segment_new(request):
    return _segment_form(request, None)


@managers_only
@require_http_methods(["GET", "POST"])
def segment_edit(request, pk: int):
    return _segment_form(request, get_object_or_404(Segment, pk=pk))


def _segment_form(request, segment):
    if request.method == "GET":
        form = SegmentForm.of(segment) if segment else SegmentForm()
        return form_page(request, "web/segment_form.html", {"form": form, "segment": segment})
    form = SegmentForm(request.POST)
    if form.is_valid():
        try:
            saved = segment_save(data=form.cleaned_data, by=request.user, segment=segment)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The segment is saved."))
            return redirect("web:segment", pk=saved.pk)
    return form_page(request, "web/segment_form.html", {"form": form, "segment": segment})


def _picks(request, segment) -> tuple[PickSearchForm, list]:
    """For a hand-picked segment: the customers found to add, the search logged."""
    form = PickSearchForm(request.GET)
    if not (segment.is_hand_picked and request.user.sees_everything and form.is_valid()):
        return form, []
    query = form.cleaned_data["q"].strip()
    if not query:
        return form, []
    found = list(customer_search(query=query).filter(anonymised_at__isnull=True)[:PICKS])
    access_log_record(
        actor=request.user,
        action="list",
        context="segment_pick",
        query={"q": query, "segment": segment.pk},
        count=len(found),
    )
    return form, found


@seers_only
def segment(request, pk: int):
    segment = get_object_or_404(Segment.objects.select_related("department", "handler"), pk=pk)
    members = segment_customers(segment)
    page = Paginator(members, PER_PAGE).get_page(request.GET.get("page"))
    access_log_record(
        actor=request.user,
        action="list",
        context="segment_page",
        query={"segment": segment.pk, "page": page.number},
        count=len(page.object_list),
    )
    shown = [c.pk for c in page.object_list]
    unsubscribed = set(
        Unsubscription.objects.filter(customer__in=shown).values_list("customer_id", flat=True)
    )
    pick_form, picks = _picks(request, segment)
    context = {
        "segment": segment,
        "page_obj": page,
        "count": page.paginator.count,
        "unsubscribed": unsubscribed,
        "announcements": [(a, announcement_counts(a)) for a in segment_announcements(segment)],
        "pick_form": pick_form,
        "picks": picks,
        "export_form": ExportForm(initial={"format": "xlsx"}),
    }
    return render(request, "web/segment_detail.html", context)


@managers_only
@require_POST
def segment_member(request, pk: int, customer_id: int):
    """Add the customer to a hand-picked segment (`remove` in the form: take them out)."""
    segment = get_object_or_404(Segment, pk=pk)
    customer = get_object_or_404(Customer.active, pk=customer_id)
    try:
        if request.POST.get("remove"):
            segment_member_remove(segment=segment, customer=customer, by=request.user)
            messages.success(request, _("%(name)s was taken out.") % {"name": customer})
        else:
            segment_member_add(segment=segment, customer=customer, by=request.user)
            messages.success(request, _("%(name)s was added.") % {"name": customer})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("web:segment", pk=segment.pk)


@managers_only
def segment_export(request, pk: int):
    segment = get_object_or_404(Segment, pk=pk)
    form = ExportForm(request.GET)
    if not form.is_valid():
        message = _("Choose the file's format: CSV or XLSX.")
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    customers = list(segment_customers(segment))
    unsubscribed = set(
        Unsubscription.objects.filter(customer__in=[c.pk for c in customers]).values_list(
            "customer_id", flat=True
        )
    )
    access_log_record(
        actor=request.user,
        action="list",
        context="segment_export",
        query={"segment": segment.pk, "format": form.cleaned_data["format"]},
        count=len(customers),
    )
    stem = f"luukku-segment-{segment.pk}-{timezone.localdate().isoformat()}"
    if form.cleaned_data["format"] == "csv":
        response = HttpResponse(
            members_csv(customers, unsubscribed), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{stem}.csv"'
        return response
    content = members_xlsx(customers, unsubscribed, title=segment.name)
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{stem}.xlsx"'
    return response


@managers_only
@require_http_methods(["GET", "POST"])
def announcement_new(request, pk: int):
    segment = get_object_or_404(Segment, pk=pk)
    form = AnnouncementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            announcement = announcement_create(
                segment=segment, data=form.cleaned_data, by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return redirect("web:announcement", pk=announcement.pk)
    return form_page(request, "web/announcement_form.html", {"form": form, "segment": segment})


@managers_only
@require_http_methods(["GET", "POST"])
def announcement(request, pk: int):
    """Before sending: whom it reaches, in which languages, whom it leaves out; POST sends.
    After: what became of the deliveries."""
    announcement = get_object_or_404(Announcement.objects.select_related("segment"), pk=pk)
    if request.method == "POST":
        try:
            sent = announcement_send(announcement=announcement, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("The announcement is on its way to %(count)s.") % {"count": sent}
            )
        return redirect("web:announcement", pk=announcement.pk)
    context = {"announcement": announcement}
    if announcement.sent_at is None:
        plan = announcement_plan(announcement)
        access_log_record(
            actor=request.user,
            action="list",
            context="announcement_confirm",
            query={"announcement": announcement.pk},
            count=len(plan.recipients),
        )
        context["plan"] = plan
    else:
        context["counts"] = announcement_counts(announcement)
    return render(request, "web/announcement.html", context)


@_required(may_see_segments)
@require_POST
def customer_subscribe_again(request, customer_id: int):
    """The customer told the front line they want announcements again."""
    customer = found_or_404(
        customer_get_for_view,
        customer_id=customer_id,
        viewer=request.user,
        context="customer_subscribe_again",
    )
    if subscribe_again(customer=customer, by=request.user):
        messages.success(request, _("They get announcements again."))
    return redirect("web:customer", customer_id=customer.pk)


urlpatterns = [
    path("segments/", segments, name="segments"),
    path("segments/new/", segment_new, name="segment_new"),
    path("segments/<int:pk>/", segment, name="segment"),
    path("segments/<int:pk>/edit/", segment_edit, name="segment_edit"),
    path("segments/<int:pk>/export/", segment_export, name="segment_export"),
    path(
        "segments/<int:pk>/members/<int:customer_id>/",
        segment_member,
        name="segment_member",
    ),
    path("segments/<int:pk>/announce/", announcement_new, name="announcement_new"),
    path("announcements/<int:pk>/", announcement, name="announcement"),
    path(
        "customers/<int:customer_id>/subscribe-again/",
        customer_subscribe_again,
        name="customer_subscribe_again",
    ),
]
