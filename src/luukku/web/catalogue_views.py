"""The catalogue keeper's pages: the citizens' searches that found nothing, and the words
each service is found with. Supervisors and administrators keep the catalogue
(`catalogue.services.catalogue_can_edit`)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.catalogue.selectors import SERVICES, search_miss_get, search_misses, service_get
from luukku.catalogue.services import (
    LANGUAGES,
    catalogue_can_edit,
    search_miss_dismiss,
    service_keyword_add,
    service_keywords_save,
)
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add

from .catalogue_forms import MissWordForm, ServiceKeywordsForm
from .responses import form_page

PER_PAGE = 50


def _keeper_only(user) -> None:
    if not catalogue_can_edit(user):
        raise PermissionDenied


def _misses_page(request, *, bound: MissWordForm | None = None, status: int = 200):
    page = Paginator(search_misses(), PER_PAGE).get_page(request.GET.get("page"))
    rows = [
        (miss, bound if bound is not None and bound.miss_pk == miss.pk else MissWordForm(miss=miss))
        for miss in page
    ]
    return render(
        request,
        "web/search_misses.html",
        {"page_obj": page, "rows": rows, "services": SERVICES.all()},
        status=status,
    )


@login_required
def search_misses_view(request):
    _keeper_only(request.user)
    return _misses_page(request)


@login_required
@require_POST
def search_miss_add(request, pk: int):
    _keeper_only(request.user)
    miss = found_or_404(search_miss_get, pk=pk)
    form = MissWordForm(request.POST, miss=miss)
    if form.is_valid():
        data = form.cleaned_data
        try:
            service = service_keyword_add(
                service=data["service"],
                actor=request.user,
                word=data["word"],
                language=data["language"],
                miss=miss,
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                _("“%(word)s” now finds the service %(service)s.")
                % {"word": " ".join(data["word"].split()), "service": service},
            )
            return redirect("web:search_misses")
    return _misses_page(request, bound=form, status=400)


@login_required
@require_POST
def search_miss_dismiss_view(request, pk: int):
    _keeper_only(request.user)
    miss = found_or_404(search_miss_get, pk=pk)
    search_miss_dismiss(miss=miss, actor=request.user)
    messages.success(request, _("“%(query)s” was set aside.") % {"query": miss.query})
    return redirect("web:search_misses")


@login_required
def service_keywords(request, code: str):
    _keeper_only(request.user)
    service = found_or_404(service_get, code=code)
    initial = {f"keywords_{lang}": getattr(service, f"keywords_{lang}") for lang in LANGUAGES}
    form = ServiceKeywordsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            service_keywords_save(
                service=service,
                actor=request.user,
                keywords={
                    language: form.cleaned_data[f"keywords_{language}"] for language in LANGUAGES
                },
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The search words were saved."))
            return redirect("web:service_keywords", code=service.code)
    return form_page(request, "web/service_keywords.html", {"form": form, "service": service})
