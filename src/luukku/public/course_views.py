"""Courses and events for citizens (docs/bookings.md, "Registrations"): the list with free
places, a course's page, the registration form while a place is held, payment at the
provider, and the registration's private page (status, cancelling, taking an offered
place). No sign-in; works without JavaScript."""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from luukku.bookings.forms import RegistrationForm
from luukku.bookings.models import Course, Registration
from luukku.bookings.selectors.courses import (
    counts_of,
    course_group_prices,
    course_open_problem,
    courses_annotated,
    courses_public,
    waiting_position,
)
from luukku.bookings.services.registration_changes import (
    cancellation_is_free,
    offer_accept,
    registration_cancel,
)
from luukku.bookings.services.registrations import (
    registration_payment_check,
    registration_start,
    registration_submit,
)
from luukku.commerce.models import OnlinePayment
from luukku.commerce.services.online import (
    provider_configured,
)
from luukku.core.ratelimit import count_one, retry_after_peek
from luukku.core.service_errors import form_errors_add

from .online_pay import allow_provider, pay_redirect, payment_returned
from .views import _retry_after


@require_GET
def courses(request):
    rows = [(course, counts_of(course)) for course in courses_public(now=timezone.now())]
    return render(request, "public/courses/list.html", {"rows": rows})


def _course_or_404(code: str) -> Course:
    course = courses_annotated().filter(code=code, published=True).first()
    if course is None:
        raise Http404
    return course


def _course_page(request, course, *, error="", status=200):
    now = timezone.now()
    return render(
        request,
        "public/courses/course.html",
        {
            "course": course,
            "counts": counts_of(course),
            "sessions": list(course.sessions.all()),
            "problem": course_open_problem(course, now=now),
            "prices": course_group_prices(course, now=now),
            # How the fee is paid, as the terms say it (online only when it is offered).
            "online": provider_configured() is not None,
            "error": error,
        },
        status=status,
    )


@require_GET
def course(request, code: str):
    return _course_page(request, _course_or_404(code))


def _starter(request) -> str:
    """A one-way hash of the browser's session (one made for it when it has none)."""
    if not request.session.session_key:
        request.session.save()
    return hashlib.sha256(request.session.session_key.encode()).hexdigest()


def _start_limits(starter: str):
    """A start is limited per browser session, and generously per address (a library's
    public computers share one)."""
    return (
        {
            "group": "public:course_session",
            "rate": settings.COURSE_REGISTRATION_RATE_LIMIT,
            "key": lambda _group, _request: starter,
        },
        {"group": "public:course", "rate": settings.COURSE_REGISTRATION_IP_RATE_LIMIT, "key": "ip"},
    )


@require_POST
def course_register(request, code: str):
    """A place (or a waiting-list spot) held while the form is filled in; a second click in
    the same browser finds the same hold. A start refused is not counted in the limits."""
    found = _course_or_404(code)
    starter = _starter(request)
    limits = _start_limits(starter)
    wait = max((retry_after_peek(request, **limit) or 0) for limit in limits)
    if wait:
        error = _("Too many registrations from here; try again in a while.")
        return _retry_after(_course_page(request, found, error=error, status=429), wait)
    try:
        registration = registration_start(course=found, language=get_language(), starter=starter)
    except ValidationError as error:
        return _course_page(request, found, error=" ".join(error.messages), status=400)
    if not getattr(registration, "reused", False):
        for limit in limits:
            count_one(request, **limit)
    return HttpResponseRedirect(reverse("public:course_registration", args=[registration.token]))


def _registration_or_404(token: str) -> Registration:
    registration = (
        Registration.objects.select_related("course__service_point", "course__product", "order")
        .filter(token=token)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


def _registration_page(request, registration, *, form=None, error="", status=200):
    now = timezone.now()
    course = registration.course
    needs_form = registration.submitted_at is None and registration.status in (
        Registration.Status.HELD,
        Registration.Status.WAITING,
    )
    if needs_form and form is None:
        form = RegistrationForm(course=course)
    order = registration.order
    attempt = order.online_payments.order_by("-created_at", "-pk").first() if order else None
    context = {
        "registration": registration,
        "course": course,
        "sessions": list(course.sessions.all()),
        "form": form if needs_form else None,
        "order": order,
        "to_pay": order is not None and order.status == "open",
        "attempt": attempt,
        "failed": attempt is not None and attempt.status == OnlinePayment.Status.FAIL,
        "online": provider_configured() is not None,
        "position": waiting_position(registration),
        "free_cancellation": cancellation_is_free(registration, now),
        "error": error,
    }
    return allow_provider(
        render(request, "public/courses/registration.html", context, status=status)
    )


@require_http_methods(["GET", "POST"])
def course_registration(request, token: str):
    registration = _registration_or_404(token)
    if request.method == "GET":
        return _registration_page(request, registration)
    form = RegistrationForm(request.POST, course=registration.course)
    if form.is_valid():
        try:
            registration = registration_submit(
                registration=registration, who=form.registrant(get_language())
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return HttpResponseRedirect(
                reverse("public:course_registration", args=[registration.token])
            )
    return _registration_page(request, registration, form=form, status=400)


@require_POST
def course_registration_cancel(request, token: str):
    registration = _registration_or_404(token)
    try:
        registration_cancel(registration=registration, reason=_("Cancelled by the registrant"))
    except ValidationError as error:
        return _registration_page(request, registration, error=" ".join(error.messages), status=400)
    return HttpResponseRedirect(reverse("public:course_registration", args=[token]))


@require_POST
def course_registration_accept(request, token: str):
    registration = _registration_or_404(token)
    try:
        offer_accept(registration=registration)
    except ValidationError as error:
        return _registration_page(request, registration, error=" ".join(error.messages), status=400)
    return HttpResponseRedirect(reverse("public:course_registration", args=[token]))


@require_POST
def course_registration_pay(request, token: str):
    registration = _registration_or_404(token)

    def page(error, status):
        return _registration_page(request, registration, error=error, status=status)

    if registration.order is not None and provider_configured() is not None:
        try:
            registration_payment_check(registration=registration)
        except ValidationError as error:
            return page(" ".join(error.messages), 400)
    return pay_redirect(
        request,
        registration.order,
        return_path=reverse("public:course_registration_return", args=[token]),
        page=page,
    )


@require_GET
def course_registration_return(request, token: str):
    """The payer back from the provider: believed only with its signature."""
    registration = _registration_or_404(token)
    if not payment_returned(request):
        error = _(
            "The payment's return could not be verified. If you paid, the confirmation comes "
            "by e-mail."
        )
        return _registration_page(request, registration, error=error, status=400)
    return _registration_page(request, _registration_or_404(token))
