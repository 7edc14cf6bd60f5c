"""Stub of the merge page (`web:cases_merge`, owned by the merge work of issue 27), so that
the inbox's bulk action "Merge" has somewhere to go on this branch."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_GET


@login_required
@require_GET
def cases_merge(request):
    return HttpResponse(", ".join(request.GET.getlist("cases")), content_type="text/plain")
