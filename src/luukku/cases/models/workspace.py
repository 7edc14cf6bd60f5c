"""The agent's workspace's records: duplicate cases merged, and saved inbox views."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.organisation.models import Team

from . import Case


class CaseMerge(models.Model):
    """A duplicate case merged into the case that handles it from now on (the survivor).

    The merged case's timeline stays its own (the timeline is append-only): the survivor's
    timeline shows both, each entry with the case it was written on. The attachments,
    consultations, appointments and callbacks moved to the survivor are listed in `moved`,
    and the fields the merge changed in `before`, so that an undo on the same day puts
    everything back. An undone merge keeps its row, with who undid it and when.
    """

    survivor = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="merges_in")
    merged = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="merges_out")
    merged_at = models.DateTimeField(_("merged"), default=timezone.now)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # The merged case's customer (or reply address) was the survivor's: its private link
    # may lead to the survivor, and its public entries may be shown there.
    same_customer = models.BooleanField(default=True)
    before = models.JSONField(default=dict)
    moved = models.JSONField(default=dict)
    undone_at = models.DateTimeField(_("undone"), null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["merged_at", "pk"]
        verbose_name = _("case merge")
        verbose_name_plural = _("case merges")
        constraints = [
            models.UniqueConstraint(
                fields=["merged"],
                condition=Q(undone_at__isnull=True),
                name="case_merged_once",
            ),
            models.CheckConstraint(
                condition=~Q(survivor=models.F("merged")), name="case_merge_not_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.merged_id} -> {self.survivor_id}"


class SavedView(models.Model):
    """A named inbox: the filters, sort and columns of the inbox's address, kept by a person
    for themselves or shared with a team (docs/architecture.md, "Work queues")."""

    name = models.CharField(_("name"), max_length=80)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_views",
        verbose_name=_("made by"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="saved_views",
        verbose_name=_("shared with team"),
    )
    # The inbox's query string without the page: filters, sort, page size and columns.
    query = models.CharField(_("filters"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("saved view")
        verbose_name_plural = _("saved views")
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "name"],
                condition=Q(team__isnull=True),
                name="saved_view_name_per_person",
            ),
            models.UniqueConstraint(
                fields=["team", "name"],
                condition=Q(team__isnull=False),
                name="saved_view_name_per_team",
            ),
        ]

    def __str__(self) -> str:
        return self.name
