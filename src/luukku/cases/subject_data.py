"""What cases hold of a person, for the data-subject export, the erasure and retention.

Registered with `privacy.subjects` by `CasesConfig.ready`. Anonymising a case is the one
write that changes the append-only timeline: the events stay (their kind, time, author and
visibility, so the case's course can still be read) but lose their text and their data.
"""

import datetime as dt
from pathlib import PurePath

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from luukku.core.locks import in_transaction, row_lock
from luukku.privacy.masking import MASK
from luukku.privacy.services import access_log_record
from luukku.privacy.subjects import ExportPart, SubjectCase, retention_scope

from .models import OPEN_STATUSES, Attachment, Case, CaseEvent, Consultation, OutboundMail

# The timeline's data that says nothing about the person: kept on an anonymised case.
KEPT_EVENT_DATA = frozenset(
    {CaseEvent.Kind.STATUS, CaseEvent.Kind.ASSIGNMENT, CaseEvent.Kind.SERVICE_LEVEL}
)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _person(user) -> str:
    return str(user) if user else ""


def _customer_cases(customer):
    return Case.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("service", "department")


def cases_export(customer) -> ExportPart:
    """Every case of the person (and of the records merged into theirs) with its whole
    timeline, internal notes included, its attachments as files, the e-mail sent about it
    and the expert consultations. Personal data: the caller logs the export."""
    rows, files = [], []
    cases = _customer_cases(customer).prefetch_related(
        models.Prefetch("events", CaseEvent.objects.select_related("author")),
        "attachments",
        "outbound_mail",
        models.Prefetch("consultations", Consultation.objects.select_related("expert")),
    )
    for case in cases.order_by("created_at", "pk"):
        attachments = []
        for number, attachment in enumerate(case.attachments.all(), start=1):
            name = f"attachments/{case.reference}/{number}-{PurePath(attachment.filename).name}"
            attachments.append(
                {
                    "filename": attachment.filename,
                    "file": name,
                    "content_type": attachment.content_type,
                    "size": attachment.size,
                    "uploaded_at": _iso(attachment.uploaded_at),
                    "visible_to_customer": attachment.public,
                }
            )
            files.append((name, attachment.file))
        rows.append(
            {
                "reference": case.reference,
                "service": case.service.name,
                "department": str(case.department or ""),
                "channel": case.get_channel_display(),
                "subject": case.subject,
                "status": case.get_status_display(),
                "created_at": _iso(case.created_at),
                "resolved_at": _iso(case.resolved_at),
                "contact_email": case.contact_email,
                "contact_phone": case.contact_phone,
                "address": case.address,
                "answers": case.answers,
                "language": case.language,
                "sensitive": case.sensitive,
                "legal_hold": case.legal_hold,
                "anonymised_at": _iso(case.anonymised_at),
                "timeline": [
                    {
                        "at": _iso(event.at),
                        "kind": event.get_kind_display(),
                        "author": _person(event.author),
                        "visible_to_customer": event.public,
                        "text": event.body,
                    }
                    for event in case.events.all()
                ],
                "attachments": attachments,
                "mail_sent": [
                    {
                        "at": _iso(mail.sent_at or mail.created_at),
                        "to": mail.recipient,
                        "subject": mail.subject,
                        "status": mail.get_status_display(),
                        "text": mail.body,
                    }
                    for mail in case.outbound_mail.all()
                ],
                "consultations": [
                    {
                        "asked_at": _iso(consultation.asked_at),
                        "expert": _person(consultation.expert),
                        "question": consultation.question,
                        "answer": consultation.answer,
                    }
                    for consultation in case.consultations.all()
                ],
            }
        )
    return ExportPart(rows=rows, files=files)


def subject_cases(customer) -> list[SubjectCase]:
    return [
        SubjectCase(
            pk=case.pk,
            reference=case.reference,
            service_id=case.service_id,
            is_open=case.status in OPEN_STATUSES,
            ended_at=None if case.status in OPEN_STATUSES else case.updated_at,
            legal_hold=case.legal_hold,
            anonymised=case.anonymised_at is not None,
        )
        for case in _customer_cases(customer).order_by("created_at", "pk")
    ]


def cases_due(*, service_ids, exclude, cutoff: dt.datetime) -> list[int]:
    """Resolved and closed cases unchanged since `cutoff`, not yet anonymised, not held."""
    cases = Case.objects.filter(
        anonymised_at__isnull=True, legal_hold=False, updated_at__lt=cutoff
    ).exclude(status__in=OPEN_STATUSES)
    cases = retention_scope(cases, service_ids=service_ids, exclude=exclude)
    return list(cases.order_by("pk").values_list("pk", flat=True))


@transaction.atomic(savepoint=False)
def case_anonymise(case_id: int) -> None:
    """Blank everything personal of one case: the name and contact details, the address and
    location, the answers, the timeline's texts and data, the attachments (their files go
    once the transaction commits), the e-mail sent and the consultations. The reference,
    service, department, channel, status, dates and the timeline's course stay."""
    case = row_lock(Case, case_id)
    if case.anonymised_at is not None:
        return
    names = [attachment.file.name for attachment in case.attachments.all()]
    storage = Attachment._meta.get_field("file").storage
    Attachment.objects.filter(case=case).delete()
    for name in names:
        transaction.on_commit(lambda name=name: storage.delete(name))
    # The one sanctioned change of the append-only timeline (see the module's docstring).
    events = models.QuerySet(CaseEvent).filter(case=case)
    events.exclude(kind__in=KEPT_EVENT_DATA).update(body="", data={}, external_id="")
    events.filter(kind__in=KEPT_EVENT_DATA).update(body="", external_id="")
    OutboundMail.objects.filter(case=case).update(
        recipient="", subject="", body="", headers={}, calendar="", last_error=""
    )
    Consultation.objects.filter(case=case).update(question="", answer="")
    case.subject = MASK
    case.contact_email = case.contact_phone = case.address = ""
    case.latitude = case.longitude = None
    case.answers = {}
    case.customer = None
    case.anonymised_at = timezone.now()
    case.save(
        update_fields=[
            "subject",
            "contact_email",
            "contact_phone",
            "address",
            "latitude",
            "longitude",
            "answers",
            "customer",
            "anonymised_at",
        ]
    )


@in_transaction
def case_legal_hold_set(*, case: Case, hold: bool, actor=None) -> Case:
    """Keep a case whole (a dispute, an appeal, an authority's request) or lift the hold;
    retention and erasure skip a held case. Logged as a change of the case."""
    case = row_lock(case)
    if case.legal_hold != hold:
        case.legal_hold = hold
        case.save(update_fields=["legal_hold"])
        access_log_record(
            actor=actor, action="change", case=case, context="legal_hold", fields=["legal_hold"]
        )
    return case
