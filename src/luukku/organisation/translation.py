from modeltranslation.translator import TranslationOptions, register

from .models import (
    Department,
    ExceptionalOpeningHours,
    Organisation,
    ServicePoint,
    Team,
    Unit,
    User,
)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name",)


@register(Department)
class DepartmentTranslation(TranslationOptions):
    fields = ("name",)


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name",)


@register(ServicePoint)
class ServicePointTranslation(TranslationOptions):
    fields = ("name", "accessibility")


@register(ExceptionalOpeningHours)
class ExceptionalOpeningHoursTranslation(TranslationOptions):
    fields = ("reason",)


@register(Team)
class TeamTranslation(TranslationOptions):
    fields = ("name",)


@register(User)
class UserTranslation(TranslationOptions):
    """The job title signs the person's replies, in the customer's language."""

    fields = ("title",)
