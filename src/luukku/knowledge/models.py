"""The "phrase folder": knowledge articles and reply templates, and their use."""

import string
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case, CaseEvent
from luukku.cases.replies import sign_off_removed
from luukku.catalogue.models import Service

LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
# What a reply template may say in braces; filled from the case and its customer. The link
# to follow the case is not among them: every reply ends with it (cases.replies), as it
# ends with the one signature, so a template carries neither.
PLACEHOLDERS = {
    "reference": _("the case's reference"),
    "customer_name": _("the customer's name"),
    "expected_date": _("the date the reply is due"),
    "handler": _("the handler's name"),
    "service": _("the service's name"),
}
# Templates written before that rule may still say it; they are filled as before.
LEGACY_PLACEHOLDERS = {"status_link"}
REVIEW_INTERVAL = timedelta(days=365)


def default_review_date():
    return timezone.localdate() + REVIEW_INTERVAL


def placeholders_in(text: str) -> set[str]:
    """The {names} a template uses; raises ValueError for broken braces."""
    return {
        name for _text, name, _spec, _conv in string.Formatter().parse(text) if name is not None
    }


class Article(models.Model):
    """A piece of knowledge: public ones are self-service pages, internal ones help staff."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public (citizens' pages)")
        INTERNAL = "internal", _("Internal (staff only)")

    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("service"),
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    # The words citizens and staff search the article with besides its own (comma-separated).
    keywords = models.CharField(_("keywords"), max_length=500, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("owner"),
        help_text=_("The expert who keeps the article correct."),
    )
    review_due = models.DateField(_("review by"), default=default_review_date)
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    helpful_yes = models.PositiveIntegerField(_("answered the question"), default=0)
    helpful_no = models.PositiveIntegerField(_("did not answer"), default=0)

    class Meta:
        ordering = ["title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["owner", "review_due"], name="article_owner_review")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC and self.is_published

    @property
    def review_overdue(self) -> bool:
        return self.review_due <= timezone.localdate()


class ReplyTemplate(models.Model):
    """A ready answer in one language; the same `key` in other languages is the same answer."""

    key = models.SlugField(
        _("key"), max_length=80, help_text=_("The same key joins the language versions.")
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reply_templates",
        verbose_name=_("service"),
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(
        _("text"),
        help_text=_(
            "May use {reference}, {customer_name}, {expected_date}, {handler} and {service}. "
            "Leave out the sign-off and the link to follow the case: every reply ends with "
            "them."
        ),
    )
    keywords = models.CharField(
        _("search words"),
        max_length=500,
        blank=True,
        help_text=_(
            "Other words customers use for the same thing (e.g. “päiväkoti, päivähoito”); "
            "they help the template to be suggested."
        ),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    usage_count = models.PositiveIntegerField(_("times used"), default=0)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        ordering = ["title"]
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        constraints = [
            models.UniqueConstraint(fields=["key", "language"], name="template_key_language")
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    def clean(self):
        try:
            used = placeholders_in(self.body)
        except ValueError:
            raise ValidationError(
                {"body": _("Braces must come in pairs, like {reference}.")}
            ) from None
        if used & LEGACY_PLACEHOLDERS:
            raise ValidationError(
                {
                    "body": _(
                        "Leave out {status_link}: every reply ends with the link to follow "
                        "the case."
                    )
                }
            )
        if sign_off_removed(self.body) != self.body.strip():
            raise ValidationError(
                {
                    "body": _(
                        "Leave out the sign-off: every reply is signed with the handler's name "
                        "and title and the service centre's name."
                    )
                }
            )
        unknown = used - PLACEHOLDERS.keys()
        if unknown:
            raise ValidationError(
                {
                    "body": _("Unknown placeholder: %(names)s.")
                    % {"names": ", ".join(sorted(f"{{{name}}}" for name in unknown))}
                }
            )


class TemplateUse(models.Model):
    """A reply written from a template: which one, and where it stood among the suggestions."""

    template = models.ForeignKey(ReplyTemplate, on_delete=models.PROTECT, related_name="uses")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="template_uses")
    event = models.OneToOneField(
        CaseEvent, on_delete=models.PROTECT, null=True, blank=True, related_name="template_use"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    suggested_rank = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("1 = the first suggestion; empty = found by search.")
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("use of a reply template")
        verbose_name_plural = _("uses of reply templates")

    def __str__(self) -> str:
        return f"{self.template} → {self.case}"


class ArticleFeedback(models.Model):
    """A citizen's "did this answer your question?" on a public article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField()
    language = models.CharField(max_length=2)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("article feedback")
        verbose_name_plural = _("article feedback")

    def __str__(self) -> str:
        return f"{self.article}: {'+' if self.helpful else '-'}"
