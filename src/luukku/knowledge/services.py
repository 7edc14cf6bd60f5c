"""Writing to the phrase folder: using templates, reviewing and rating articles."""

from collections.abc import Iterable

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from luukku.cases.models import Case, CaseEvent
from luukku.cases.services import case_reply
from luukku.organisation.models import User

from .models import REVIEW_INTERVAL, Article, ArticleFeedback, ReplyTemplate, TemplateUse


@transaction.atomic
def case_reply_from_template(
    *,
    case: Case,
    actor: User,
    body: str,
    template: ReplyTemplate | None,
    suggested_rank: int | None = None,
    status_after: str | None = None,
    files: Iterable[UploadedFile] = (),
    context: str = "",
) -> CaseEvent:
    """Reply to the customer (through `case_reply`), counting the template it started from."""
    event = case_reply(
        case=case,
        actor=actor,
        body=body,
        status_after=status_after,
        files=files,
        context=context,
    )
    if template is not None:
        ReplyTemplate.objects.filter(pk=template.pk).update(usage_count=F("usage_count") + 1)
        TemplateUse.objects.create(
            template=template,
            case=event.case,
            event=event,
            user=actor,
            suggested_rank=suggested_rank,
        )
    return event


@transaction.atomic
def article_mark_reviewed(*, article: Article, actor: User) -> Article:
    """The owner has checked the article: the next review is a year away."""
    article.review_due = timezone.localdate() + REVIEW_INTERVAL
    article.updated_at = timezone.now()
    article.save(update_fields=["review_due", "updated_at"])
    return article


@transaction.atomic
def article_feedback_record(*, article: Article, helpful: bool, language: str) -> None:
    """A citizen's "did this answer your question?"."""
    field = "helpful_yes" if helpful else "helpful_no"
    Article.objects.filter(pk=article.pk).update(**{field: F(field) + 1})
    ArticleFeedback.objects.create(article=article, helpful=helpful, language=language)
