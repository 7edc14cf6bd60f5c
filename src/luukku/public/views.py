"""Citizen pages: no sign-in. They work without JavaScript."""

import datetime as dt
import math

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from luukku.appointments.selectors import (
    bookable_service,
    service_meeting_types,
    service_phone_hours,
)
from luukku.bookings.selectors.courses import service_has_courses
from luukku.cases.merges import case_surviving
from luukku.cases.models import Attachment, Case
from luukku.cases.selectors import (
    attachment_get_for_citizen,
    case_answers,
    case_get_by_token,
    case_timeline,
    services_most_asked,
)
from luukku.cases.services import case_customer_message
from luukku.catalogue.models import Service, Topic
from luukku.catalogue.selectors import (
    service_for_intake,
    service_get_published,
    service_list,
)
from luukku.catalogue.services import search_miss_record
from luukku.channels.services import submission_get_registered, web_form_send
from luukku.commerce.models import Order
from luukku.commerce.selectors.packages import order_get_by_token, orders_of_case
from luukku.core.file_types import download_content_type
from luukku.core.http import found_or_404
from luukku.core.ratelimit import retry_after
from luukku.core.service_errors import form_errors_add
from luukku.knowledge.models import Article
from luukku.knowledge.selectors import (
    article_get_public,
    articles_public_search,
    service_public_articles,
)
from luukku.knowledge.services import article_feedback_record
from luukku.organisation.selectors import service_point_hours
from luukku.queueing.selectors.queue import service_queues
from luukku.relationships.resolved_notices import resolved_notice_of
from luukku.search.spelling import did_you_mean

from .chat_links import carried_text, service_chat
from .forms import (
    CustomerMessageForm,
    PrivateLinkForm,
    RequestForm,
    ServiceSearchForm,
    request_sent,
)
from .own_page_forms import ResolvedNoticeForm
from .services import private_link_ask


def home(request):
    topics = Topic.objects.all()
    return render(request, "public/home.html", {"topics": topics, "form": ServiceSearchForm()})


def services(request):
    form = ServiceSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    topic = request.GET.get("topic", "")
    language = get_language()
    results = list(service_list(query=query, topic=topic))
    answers = (
        articles_public_search(
            text=query, language=language, services=[service.pk for service in results]
        )
        if query
        else []
    )
    context = {
        "form": form,
        "query": query,
        "services": results,
        "answers": answers,
        "topic": Topic.objects.filter(slug=topic).first() if topic else None,
    }
    if query and not results and not answers:
        context.update(_nothing_found(query=query, topic=topic, language=language))
    return render(request, "public/services.html", context)


def _nothing_found(*, query: str, topic: str, language: str) -> dict:
    """The way forward from a search that found nothing: a corrected search, the services
    most asked about and the general contact form. The miss is counted (without personal
    data) for the catalogue keeper, unless a topic narrowed the search."""
    if not topic:
        search_miss_record(text=query, language=language)
    try:
        contact = service_for_intake(code=settings.GENERAL_CONTACT_SERVICE)
    except Service.DoesNotExist:
        contact = None
    return {
        "nothing_found": True,
        "did_you_mean": did_you_mean(query, language),
        "most_asked": services_most_asked(),
        "contact_service": contact,
    }


def _service_or_404(code: str) -> Service:
    return found_or_404(service_get_published, code=code)


def service_detail(request, code: str):
    service = _service_or_404(code)
    today = timezone.localdate()
    points = []
    for channel in service.channels.all():
        # Each service point's hours once, however many of the service's channels are there.
        if channel.service_point_id and all(
            item["point"].pk != channel.service_point_id for item in points
        ):
            points.append(
                {
                    "point": channel.service_point,
                    "hours": service_point_hours(
                        service_point=channel.service_point, start=today, days=7
                    ),
                }
            )
    return render(
        request,
        "public/service_detail.html",
        {
            "service": service,
            "points": points,
            "answers": service_public_articles(service_id=service.pk),
            "booking": bookable_service(service=service),
            "meeting_types": service_meeting_types(service=service),
            "phone_hours": service_phone_hours(service=service),
            "queues": _service_queues(service),
            "chat": service_chat(service, timezone.now()),
            "courses": service_has_courses(service, now=timezone.now()),
        },
    )


def _service_queues(service: Service) -> list:
    """The points where the service can be queued for now, each with its joining form."""
    from .forms import QueueJoinForm

    queues = service_queues(service, timezone.now())
    for queue in queues:
        queue.line.minutes = (
            None
            if queue.line.estimate is None
            else math.ceil(queue.line.estimate.total_seconds() / 60)
        )
        queue.form = QueueJoinForm(
            groups=[queue.line], auto_id=f"queue-{queue.service_point.pk}-%s"
        )
    return queues


FEEDBACK_SESSION_KEY = "article_feedback"


def _public_article_or_404(pk: int) -> Article:
    return found_or_404(article_get_public, pk=pk)


def article(request, pk: int):
    found = _public_article_or_404(pk)
    return render(
        request,
        "public/article.html",
        {
            "article": found,
            "feedback_given": pk in request.session.get(FEEDBACK_SESSION_KEY, []),
        },
    )


def _over_form_limit(request, form) -> int | None:
    """A citizen's form sent too often from one address: the form will be shown again with
    what was written and a message saying how long to wait; the seconds, or None."""
    if request.method != "POST":
        return None
    wait = _form_wait(request)
    if wait is not None:
        _show_wait(form, wait)
    return wait


def _form_wait(request) -> int | None:
    """Count a citizen's form sent from this address: the seconds to wait when too many
    have come from it, or None."""
    return retry_after(request, group="public:forms", rate=settings.FORM_RATE_LIMIT, key="ip")


def _show_wait(form, wait: int) -> None:
    minutes = math.ceil(wait / 60)
    message = ngettext(
        "You have sent many forms in a short time. Wait %(count)d minute and send again.",
        "You have sent many forms in a short time. Wait %(count)d minutes and send again.",
        minutes,
    )
    form.add_error(None, message % {"count": minutes})


def _retry_after(response, wait: int):
    response.status_code = 429
    response["Retry-After"] = str(wait)
    return response


@require_POST
def article_feedback(request, pk: int):
    """“Did this answer your question?” — once per visitor and article, without JavaScript."""
    found = _public_article_or_404(pk)
    answer = request.POST.get("helpful")
    if answer not in {"yes", "no"}:
        return render(
            request,
            "public/article.html",
            {"article": found, "feedback_error": _("Choose yes or no.")},
            status=400,
        )
    given = request.session.get(FEEDBACK_SESSION_KEY, [])
    if pk not in given:
        article_feedback_record(article=found, helpful=answer == "yes", language=get_language())
        request.session[FEEDBACK_SESSION_KEY] = [*given, pk][-200:]
    messages.success(request, _("Thank you for your feedback."))
    return redirect(reverse("public:article", args=[pk]) + "#feedback")


@require_http_methods(["GET", "POST"])
def request_create(request, code: str):
    service = found_or_404(service_for_intake, code=code)
    if request.method == "GET":
        # A chat that could not start brings what was typed (docs/chat.md).
        carried = carried_text(request, service.code)
        initial = {
            "subject": carried.get("subject", ""),
            "description": carried.get("text", ""),
            "first_name": carried.get("first_name", ""),
            "email": carried.get("email", ""),
        }
        context = {"service": service, "form": RequestForm(service=service, initial=initial)}
        return render(request, "public/request_form.html", context)
    if wait := _form_wait(request):
        form = RequestForm(request.POST, request.FILES, service=service)
        _show_wait(form, wait)
        context = {"service": service, "form": form}
        return _retry_after(render(request, "public/request_form.html", context), wait)
    try:
        # The service checks everything the form would (the same checks as for Open311);
        # the form is built only when the request is refused, to show it again.
        sent = request_sent(request.POST, service=service, language=get_language())
        token = web_form_send(request=sent, files=request.FILES.getlist("attachments"))
    except ValidationError as error:
        form = RequestForm(request.POST, request.FILES, service=service)
        if form.is_valid():
            form_errors_add(form, error)
    else:
        # A URL already: `redirect` would first try it as a view name (a failed lookup).
        return HttpResponseRedirect(reverse("public:case_status", args=[token]) + "?sent=1")
    context = {"service": service, "form": form}
    return render(request, "public/request_form.html", context, status=400)


def _case_or_received(request, token: str):
    """The case behind a private link, registering it now if it was taken in and the
    worker has not come to it yet; or the page saying the request was received."""
    try:
        return case_get_by_token(token=token)
    except Case.DoesNotExist:
        pass
    submission = found_or_404(submission_get_registered, case_token=token)
    if submission.case_id:
        return case_get_by_token(token=token)
    return render(
        request,
        "public/request_received.html",
        {"submission": submission, "private_url": request.build_absolute_uri(request.path)},
    )


@require_http_methods(["GET", "POST"])
def case_status(request, token: str):
    case = _case_or_received(request, token)
    if not isinstance(case, Case):
        return case
    # A request merged into another of the same customer: the old link leads there.
    survivor = case_surviving(case=case, same_customer_only=True)
    if survivor.pk != case.pk:
        return redirect("public:case_status", token=survivor.token)
    form = CustomerMessageForm(request.POST or None, request.FILES or None)
    wait = _over_form_limit(request, form)
    if request.method == "POST" and not wait and form.is_valid():
        try:
            case_customer_message(
                case=case, body=form.cleaned_data["body"], files=form.cleaned_data["attachments"]
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Thank you. Your message has been added to the request."))
            return redirect("public:case_status", token=case.token)
    case.refresh_from_db()
    response = case_status_page(
        request, case, form=form, status=400 if request.method == "POST" else 200
    )
    return _retry_after(response, wait) if wait else response


def case_status_page(request, case: Case, *, form=None, notice_form=None, status: int = 200):
    """The request's private page, with the customer's message form and the form of “tell
    me when it's fixed” (either shown again with its errors)."""
    notice = resolved_notice_of(case)
    return render(
        request,
        "public/case_status.html",
        {
            "case": case,
            "events": case_timeline(case=case, public_only=True),
            "answers": case_answers(case=case),
            "orders": list(orders_of_case(case=case).exclude(status=Order.Status.DRAFT)),
            "form": form or CustomerMessageForm(),
            "notice": notice,
            "notice_form": notice_form or ResolvedNoticeForm(),
            "just_submitted": request.method == "GET" and "sent" in request.GET,
            "private_url": request.build_absolute_uri(
                reverse("public:case_status", args=[case.token])
            ),
        },
        status=status,
    )


@require_GET
def order_status(request, token: str):
    """A customer's order by its private link: what was ordered, each part's progress (never
    who prepares it), whether it is ready or delivered and how it is got."""
    order = found_or_404(order_get_by_token, token=token)
    lines = list(order.lines.all())  # (prefetched with their products)
    return render(request, "public/order_status.html", {"order": order, "lines": lines})


@require_http_methods(["GET", "POST"])
def private_link(request):
    """A lost private link asked for again. The answer is the same whether or not the
    reference and the address belong together (see public.services)."""
    if request.method == "GET":
        context = {"form": PrivateLinkForm(), "sent": "sent" in request.GET}
        return render(request, "public/private_link.html", context)
    form = PrivateLinkForm(request.POST)
    if wait := _form_wait(request):
        _show_wait(form, wait)
        return _retry_after(render(request, "public/private_link.html", {"form": form}), wait)
    if not form.is_valid():
        return render(request, "public/private_link.html", {"form": form}, status=400)
    private_link_ask(reference=form.cleaned_data["reference"], email=form.cleaned_data["email"])
    return HttpResponseRedirect(reverse("public:private_link") + "?sent=1")


def case_attachment(request, token: str, attachment_id: int):
    try:
        attachment = attachment_get_for_citizen(token=token, attachment_id=attachment_id)
    except (Case.DoesNotExist, Attachment.DoesNotExist) as error:
        raise Http404 from error
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,  # never rendered in the browser, whatever it is (nosniff too)
        filename=attachment.filename,
        content_type=download_content_type(attachment.filename),
    )


# The day the accessibility statement was last reviewed against the tests (update with it).
ACCESSIBILITY_STATEMENT_DATE = dt.date(2026, 12, 5)


def accessibility(request):
    return render(
        request, "public/accessibility.html", {"statement_date": ACCESSIBILITY_STATEMENT_DATE}
    )
