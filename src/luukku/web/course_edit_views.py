"""Setting up courses and events (docs/bookings.md, "Setting up a course"): a new course and
a course's details changed, by the front line who run the courses' pages. The form's
"generate" button lays out weekly sessions (Finnish public holidays skipped) into the
sessions' box without saving anything; "save" saves everything or nothing."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from luukku.bookings.models import Course
from luukku.bookings.services.course_setup import course_create, course_update, weekly_sessions
from luukku.core.service_errors import form_errors_add

from .course_edit_forms import CourseForm, WeeklyForm, sessions_text
from .desk_views import front_line_required


def _generate(request, form: CourseForm, weekly: WeeklyForm) -> list[str]:
    """Weekly sessions into the sessions' box of the unbound `form` (the rest of the form as
    it was typed, not yet checked); the holidays skipped, as a note."""
    if not weekly.is_valid():
        return []
    try:
        laid_out = weekly_sessions(**weekly.cleaned_data)
    except ValidationError as error:
        form_errors_add(weekly, error)
        return []
    form.initial = {**request.POST.dict(), "published": "published" in request.POST}
    form.initial["sessions"] = sessions_text(laid_out.sessions)
    return [formats.date_format(day, "SHORT_DATE_FORMAT") for day in laid_out.skipped]


def _save(request, form: CourseForm, course: Course | None) -> Course | None:
    if not form.is_valid():
        return None
    fields = form.model_fields()
    sessions = form.cleaned_data["sessions"]
    fee = form.course_fee()
    try:
        if course is None:
            return course_create(fields=fields, sessions=sessions, fee=fee, by=request.user)
        return course_update(
            course=course, fields=fields, sessions=sessions, fee=fee, by=request.user
        )
    except ValidationError as error:
        form_errors_add(form, error)
        return None


def _edit(request, course: Course | None):
    if request.method == "POST":
        form = CourseForm(request.POST, editing=course is not None)
        weekly = WeeklyForm(request.POST)
        if "generate" in request.POST:
            form = CourseForm(
                initial={**request.POST.dict(), "published": "published" in request.POST},
                editing=course is not None,
            )
            skipped = _generate(request, form, weekly)
            return _page(request, course, form, weekly, skipped=skipped, generated=True)
        saved = _save(request, form, course)
        if saved is not None:
            messages.success(request, _("The course is saved."))
            return redirect("web:course", pk=saved.pk)
        return _page(request, course, form, WeeklyForm(), status=400)
    initial = CourseForm.initial_of(course) if course else {}
    return _page(
        request, course, CourseForm(initial=initial, editing=course is not None), WeeklyForm()
    )


def _page(request, course, form, weekly, *, skipped=(), generated=False, status=200):
    if generated and weekly.errors:
        status = 400
    context = {
        "course": course,
        "form": form,
        "weekly": weekly,
        "skipped": skipped,
        "generated": generated and not weekly.errors,
        "now": timezone.now(),
    }
    return render(request, "web/course_form.html", context, status=status)


@front_line_required
@require_http_methods(["GET", "POST"])
def course_new(request):
    return _edit(request, None)


@front_line_required
@require_http_methods(["GET", "POST"])
def course_edit(request, pk: int):
    return _edit(request, get_object_or_404(Course, pk=pk))
