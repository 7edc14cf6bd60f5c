"""The phrase folder in the staff workspace: one search over everything, articles, templates."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.knowledge.selectors import (
    article_get,
    articles_due_for_review,
    articles_list,
    knowledge_search,
    suggestion_hit_rates,
    templates_list,
)
from luukku.knowledge.services import (
    article_mark_reviewed,
    article_save,
    knowledge_can_edit,
    reply_template_save,
)

from .forms import ArticleForm, KnowledgeSearchForm, ReplyTemplateForm, TemplateFilterForm
from .responses import form_page

HIT_RATE_PERIOD = timedelta(days=90)


def _editor_only(user) -> None:
    if not knowledge_can_edit(user):
        raise PermissionDenied


@login_required
def knowledge(request):
    form = KnowledgeSearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    found = knowledge_search(text=query, viewer=request.user) if query else {}
    user = request.user
    context = {
        "form": form,
        "query": query,
        "found": found,
        "found_count": sum(len(group) for group in found.values()),
        "can_edit": knowledge_can_edit(user),
        "due": articles_due_for_review(owner=None if user.sees_everything else user)[:50],
        "hit_rates": (
            suggestion_hit_rates(since=timezone.now() - HIT_RATE_PERIOD)
            if user.sees_everything
            else None
        ),
        "hit_rate_days": HIT_RATE_PERIOD.days,
        "articles": [] if query else articles_list()[:200],
    }
    return render(request, "web/knowledge.html", context)


def _article_or_404(pk: int) -> Article:
    return found_or_404(article_get, pk=pk)


@login_required
def article_detail(request, pk: int):
    article = _article_or_404(pk)
    return render(
        request,
        "web/article_detail.html",
        {
            "article": article,
            "can_edit": knowledge_can_edit(request.user),
            "can_review": request.user == article.owner or request.user.sees_everything,
            "versions": [
                (code, getattr(article, f"title_{code}"), getattr(article, f"body_{code}"))
                for code in ("fi", "sv", "en")
            ],
        },
    )


@login_required
def article_edit(request, pk: int | None = None):
    _editor_only(request.user)
    article = _article_or_404(pk) if pk else None
    initial = {} if article else {"owner": request.user}
    form = ArticleForm(request.POST or None, instance=article, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            article = article_save(article=article, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The article was saved."))
            return redirect("web:article", pk=article.pk)
    return form_page(
        request,
        "web/article_form.html",
        {"form": form, "article": article},
    )


@login_required
@require_POST
def article_reviewed(request, pk: int):
    article = _article_or_404(pk)
    article = article_mark_reviewed(article=article, actor=request.user)
    messages.success(
        request,
        _("Marked as reviewed. The next review is due on %(date)s.")
        % {"date": formats.date_format(article.review_due, "SHORT_DATE_FORMAT")},
    )
    return redirect("web:article", pk=article.pk)


@login_required
def templates(request):
    form = TemplateFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    found = templates_list(
        language=data.get("language") or "",
        service_id=data["service"].pk if data.get("service") else None,
    )
    page = Paginator(found, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "web/templates.html",
        {"form": form, "page_obj": page, "can_edit": knowledge_can_edit(request.user)},
    )


@login_required
def template_edit(request, pk: int | None = None):
    _editor_only(request.user)
    template = None
    if pk:
        try:
            template = ReplyTemplate.objects.get(pk=pk)
        except ReplyTemplate.DoesNotExist as error:
            raise Http404 from error
    form = ReplyTemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        try:
            reply_template_save(template=template, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("The reply template was saved."))
            return redirect("web:templates")
    return form_page(
        request,
        "web/template_form.html",
        {"form": form, "template": template},
    )
