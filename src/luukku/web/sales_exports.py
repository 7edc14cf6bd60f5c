"""The accounting export of closed register days, CSV or XLSX: one day's Z report
(`?day=`) or a period's days (`?start=&end=`, of one register or of all) —
docs/commerce.md, "Demo data and accounting export". For the service points' agents and
supervisors (and administrators)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from luukku.commerce.accounting_files import accounting_csv, accounting_xlsx
from luukku.commerce.models import RegisterDay
from luukku.commerce.selectors.accounting import accounting_export, closed_days

from .sales_export_forms import SalesExportForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _may_export(user) -> bool:
    return user.is_front_line or user.sees_everything


def _bad_request(message: str) -> HttpResponse:
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


@login_required
def sales_export(request):
    """The closed days' Z reports as a file; an open day has no Z report to export yet."""
    if not _may_export(request.user):
        raise PermissionDenied
    form = SalesExportForm(request.GET)
    if not form.is_valid():
        return _bad_request(" ".join(str(e) for errors in form.errors.values() for e in errors))
    data = form.cleaned_data
    if data.get("day"):
        day = RegisterDay.objects.select_related("register__service_point").filter(pk=data["day"])
        first = day.first()
        if first is None:
            raise Http404
        if first.is_open:
            return _bad_request(_("The day is still open: its Z report is made when it closes."))
        days, start, end = [first], first.business_date, first.business_date
        stem = f"z-{first.register_id}-{first.z_number}-{start.isoformat()}"
    else:
        start, end = data["start"], data["end"]
        days = list(closed_days(start=start, end=end, register=data.get("register")))
        stem = f"z-{start.isoformat()}-{end.isoformat()}"
    export = accounting_export(days)
    if data["format"] == "csv":
        response = HttpResponse(accounting_csv(export), content_type="text/csv; charset=utf-8")
    else:
        period = " – ".join(
            date_format(d, "SHORT_DATE_FORMAT") for d in dict.fromkeys([start, end])
        )
        title = _("Z reports for accounting")
        response = HttpResponse(
            accounting_xlsx(export, title=title, subtitle=period), content_type=XLSX
        )
    response["Content-Disposition"] = f'attachment; filename="luukku-{stem}.{data["format"]}"'
    return response


urlpatterns = [
    path("sales/export/", sales_export, name="sales_export"),
]
