"""Files attached to a case: checked before anything is written, stored with their event."""

from collections.abc import Iterable
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from luukku.core.file_types import content_matches_name, download_content_type

from ..models import (
    Attachment,
    Case,
    CaseEvent,
)


def attachments_validate(files: Iterable[UploadedFile]) -> list[UploadedFile]:
    """Check the count, size and type of uploaded files against the settings; the type by
    the content too (luukku.core.file_types), so that nothing is stored under a false name."""
    files = [file for file in files if file]
    errors = []
    if len(files) > settings.ATTACHMENT_MAX_COUNT:
        errors.append(
            _("Attach at most %(count)d files.") % {"count": settings.ATTACHMENT_MAX_COUNT}
        )
    allowed = {ext.lower() for ext in settings.ATTACHMENT_TYPES}
    limit_mb = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
    for file in files:
        extension = PurePath(file.name).suffix.lower().lstrip(".")
        if extension not in allowed:
            errors.append(
                _("“%(name)s” is not an accepted file type. Accepted types: %(types)s.")
                % {"name": file.name, "types": ", ".join(sorted(allowed))}
            )
        elif file.size > settings.ATTACHMENT_MAX_BYTES:
            errors.append(
                _("“%(name)s” is larger than %(limit)d MB.")
                % {"name": file.name, "limit": limit_mb}
            )
        elif file.size == 0:
            errors.append(_("“%(name)s” is empty.") % {"name": file.name})
        elif not content_matches_name(file, file.name):
            errors.append(
                _(
                    "The content of “%(name)s” does not match its name (a .%(extension)s "
                    "file). Save it again in that format, or attach another file."
                )
                % {"name": file.name, "extension": extension}
            )
    if errors:
        raise ValidationError({"attachments": errors})
    return files


def _store_attachments(*, case: Case, event: CaseEvent, files: list[UploadedFile], public: bool):
    for file in files:
        name = PurePath(file.name).name[:200] or "attachment"
        Attachment.objects.create(
            case=case,
            event=event,
            file=file,
            filename=name,
            content_type=download_content_type(name),
            size=file.size,
            public=public,
        )
