"""A stub of issue 27's work-queue part (owner: queue), so that the case page's "Previous",
"Next" and "Take" resolve on this branch. The real views replace this module at merge."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from luukku.cases.services import case_assign

from .case_views import case_for_change


@login_required
def case_next(request, reference: str):
    """Stub: always "no more cases", back to the list."""
    case_for_change(request, reference)
    return redirect(f"{reverse('web:inbox')}?{request.GET.get('list', '')}")


@login_required
@require_POST
def case_take(request, reference: str):
    """Stub: the signed-in person becomes the handler."""
    case = case_for_change(request, reference)
    case_assign(
        case=case, actor=request.user, assignee=request.user, team=case.team, context="case_page"
    )
    url = reverse("web:case", args=[case.reference])
    list_query = request.POST.get("list", "")
    return redirect(f"{url}?{urlencode({'list': list_query})}" if list_query else url)
