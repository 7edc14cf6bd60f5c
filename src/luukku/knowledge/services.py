"""Writing to the phrase folder: using templates, reviewing and rating articles."""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.models import Case, CaseEvent
from luukku.cases.services import case_reply
from luukku.core.locks import in_transaction, row_lock
from luukku.organisation.models import User

from .models import REVIEW_INTERVAL, Article, ArticleFeedback, ReplyTemplate, TemplateUse


@in_transaction
def case_reply_from_template(
    *,
    case: Case,
    actor: User,
    body: str,
    template: ReplyTemplate | None,
    suggested_rank: int | None = None,
    status_after: str | None = None,
    files: Iterable[UploadedFile] = (),
    case_files: Iterable[int] = (),
    context: str = "",
) -> CaseEvent:
    """Reply to the customer (through `case_reply`), counting the template it started from."""
    event = case_reply(
        case=case,
        actor=actor,
        body=body,
        status_after=status_after,
        files=files,
        case_files=case_files,
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


ARTICLE_FIELDS = (
    "title_fi",
    "body_fi",
    "keywords_fi",
    "title_sv",
    "body_sv",
    "keywords_sv",
    "title_en",
    "body_en",
    "keywords_en",
    "service",
    "visibility",
    "owner",
    "review_due",
    "is_published",
)
TEMPLATE_FIELDS = ("key", "language", "service", "title", "body", "keywords", "is_active")
EDITORS = {User.Role.EXPERT, User.Role.SUPERVISOR, User.Role.ADMINISTRATOR}


def knowledge_can_edit(user: User) -> bool:
    """Experts keep the phrase folder correct; supervisors run it; agents use it."""
    return user.is_authenticated and user.is_active and user.role in EDITORS


def _check_editor(user: User) -> None:
    if not knowledge_can_edit(user):
        raise PermissionDenied(_("Only experts and supervisors can change the phrase folder."))


def _article_check(article: Article) -> None:
    errors = {}
    for language in ("fi", "sv", "en"):
        title = (getattr(article, f"title_{language}") or "").strip()
        body = (getattr(article, f"body_{language}") or "").strip()
        if language == "fi" and not title:
            errors["title_fi"] = _("Write the title in Finnish at least.")
        if language == "fi" and not body:
            errors["body_fi"] = _("Write the text in Finnish at least.")
        if language != "fi" and bool(title) != bool(body):
            errors[f"title_{language}" if not title else f"body_{language}"] = _(
                "A translation needs both a title and a text."
            )
    if errors:
        raise ValidationError(errors)
    article.full_clean()


def _changed(model, obj, allowed: tuple[str, ...], fields: dict):
    """`obj` locked for the change (a new one for None) with `fields` set on it, unsaved."""
    obj = model() if obj is None else row_lock(obj)
    for name, value in fields.items():
        if name not in allowed:
            raise ValueError(name)
        setattr(obj, name, value.strip() if isinstance(value, str) else value)
    return obj


@in_transaction
def article_save(*, article: Article | None, actor: User, **fields) -> Article:
    """Create an article (`article` None) or change one; the fields are `ARTICLE_FIELDS`."""
    _check_editor(actor)
    article = _changed(Article, article, ARTICLE_FIELDS, fields)
    # modeltranslation's plain `title`/`body` are the Finnish ones.
    article.title, article.body = article.title_fi, article.body_fi
    _article_check(article)
    article.updated_at = timezone.now()
    article.save()
    return article


@in_transaction
def reply_template_save(*, template: ReplyTemplate | None, actor: User, **fields) -> ReplyTemplate:
    """Create a reply template (`template` None) or change one; placeholders are checked."""
    _check_editor(actor)
    template = _changed(ReplyTemplate, template, TEMPLATE_FIELDS, fields)
    template.full_clean()
    template.updated_at = timezone.now()
    template.save()
    return template


@in_transaction
def article_mark_reviewed(*, article: Article, actor: User) -> Article:
    """The owner has checked the article: the next review is a year away."""
    if actor != article.owner and not actor.sees_everything:
        raise PermissionDenied(_("Only the article's owner or a supervisor can review it."))
    article.review_due = timezone.localdate() + REVIEW_INTERVAL
    article.updated_at = timezone.now()
    article.save(update_fields=["review_due", "updated_at"])
    return article


@in_transaction
def article_feedback_record(*, article: Article, helpful: bool, language: str) -> None:
    """A citizen's "did this answer your question?"."""
    field = "helpful_yes" if helpful else "helpful_no"
    Article.objects.filter(pk=article.pk).update(**{field: F(field) + 1})
    ArticleFeedback.objects.create(article=article, helpful=helpful, language=language)
