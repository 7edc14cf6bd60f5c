"""Writing to the catalogue: the words citizens search a service with, and the searches that
found nothing (`search.models.SearchMiss`), which the catalogue keeper reads to add them.

A service's keywords (`keywords_fi`, `keywords_sv`, `keywords_en`) are comma-separated
words and phrases; the search index follows a service's saves (`catalogue.search_documents`),
so a word added here finds the service at once.
"""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_lock
from luukku.organisation.models import User
from luukku.search.models import SearchMiss, search_miss_query

from .models import Service

LANGUAGES = ("fi", "sv", "en")
KEYWORD_LENGTH = (2, 60)
KEYWORDS_LENGTH = Service._meta.get_field("keywords").max_length


def catalogue_can_edit(user: User) -> bool:
    """The catalogue keepers, who add the words citizens search with: supervisors and
    administrators (as they run the phrase folder's figures; the role says it, without a
    query on every page's navigation)."""
    return user.is_authenticated and user.is_active and user.sees_everything


def _check_keeper(user: User) -> None:
    if not catalogue_can_edit(user):
        raise PermissionDenied(_("Only the catalogue keepers can change the search words."))


def search_miss_record(*, text: str, language: str, now: dt.datetime | None = None) -> bool:
    """Count a citizens' search that found nothing, as `search_miss_query` leaves its words
    (no personal data). One statement (`INSERT ... ON CONFLICT DO UPDATE`, on both
    databases), so that many citizens searching at once neither race nor queue. False when
    nothing worth keeping is left of the words."""
    query = search_miss_query(text)
    if not query or language not in LANGUAGES:
        return False
    now = now or timezone.now()
    table = connection.ops.quote_name(SearchMiss._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (query, language, count, first_seen, last_seen, resolved) "
            "VALUES (%s, %s, 1, %s, %s, %s) "
            "ON CONFLICT (query, language) DO UPDATE "
            f"SET count = {table}.count + 1, last_seen = excluded.last_seen",
            [query, language, now, now, False],
        )
    return True


def keywords_split(text: str) -> list[str]:
    """The comma-separated words and phrases of a keywords field, tidied, each once."""
    words = (" ".join(part.split()) for part in (text or "").split(","))
    return list(dict.fromkeys(word for word in words if word))


def _keywords_check(text: str) -> tuple[str, list[str]]:
    """The keywords as saved and what is wrong with them."""
    words = keywords_split(text)
    shortest, longest = KEYWORD_LENGTH
    if (text or "").strip() and not words:
        # Only commas: a slip, not a wish to remove every word (an empty field removes them).
        return "", [_("Write the search words separated by commas, or leave the field empty.")]
    problems = [
        _("“%(word)s”: a search word is %(shortest)s–%(longest)s characters long.")
        % {
            "word": word if len(word) <= 80 else word[:79] + "…",
            "shortest": shortest,
            "longest": longest,
        }
        for word in words
        if not shortest <= len(word) <= longest
    ]
    saved = ", ".join(words)
    if len(saved) > KEYWORDS_LENGTH:
        problems.append(
            _("The search words take %(length)s characters; at most %(limit)s fit.")
            % {"length": len(saved), "limit": KEYWORDS_LENGTH}
        )
    return saved, problems


@in_transaction
def service_keywords_save(*, service: Service, actor: User, keywords: dict[str, str]) -> Service:
    """Save a service's search words in the languages given ({"fi": "katulamppu, valo"}),
    or change nothing and say what is wrong (ValidationError by field `keywords_<language>`)."""
    _check_keeper(actor)
    errors, changes = {}, {}
    for language, text in keywords.items():
        if language not in LANGUAGES:
            raise ValidationError(_("Unknown language."))
        saved, problems = _keywords_check(text)
        if problems:
            errors[f"keywords_{language}"] = problems
        changes[f"keywords_{language}"] = saved
    if errors:
        raise ValidationError(errors)
    service = row_lock(Service, service.pk)
    for field, value in changes.items():
        setattr(service, field, value)
    service.save()  # the search index follows the save
    return service


@in_transaction
def service_keyword_add(
    *, service: Service, actor: User, word: str, language: str, miss: SearchMiss | None = None
) -> Service:
    """Add one search word to a service in one language (the search-miss page's one step);
    the miss it came from is then handled."""
    _check_keeper(actor)
    if language not in LANGUAGES:
        raise ValidationError({"language": _("Choose Finnish, Swedish or English.")})
    word = " ".join((word or "").replace(",", " ").split())
    if not word:
        raise ValidationError({"word": _("Write the word to add.")})
    service = row_lock(Service, service.pk)
    current = keywords_split(getattr(service, f"keywords_{language}") or "")
    if word.lower() not in {known.lower() for known in current}:
        try:
            service = service_keywords_save(
                service=service, actor=actor, keywords={language: ", ".join([*current, word])}
            )
        except ValidationError as error:
            raise ValidationError({"word": error.messages}) from None
    if miss is not None:
        SearchMiss.objects.filter(pk=miss.pk).update(resolved=True)
    return service


def search_miss_dismiss(*, miss: SearchMiss, actor: User) -> None:
    """Set a miss aside: a search no service should answer (a name, a typo of no use)."""
    _check_keeper(actor)
    SearchMiss.objects.filter(pk=miss.pk).update(resolved=True)
