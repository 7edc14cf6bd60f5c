"""Data-subject requests: the export of everything held about a person (GDPR art. 15 and
20) and the erasure of it where the law allows (art. 17).

The export is one ZIP archive: `data.json` (machine-readable, every part the apps register
in `privacy.subjects`), the attachments as files, and `summary.html`, the same in the
person's language for reading. Internal notes are included: a note about a person is their
personal data; whoever hands the archive over checks it first for what the law lets them
withhold (the Data Protection Act 1050/2018, section 34, and others' rights, art. 15(4)).

Erasure is refused with the reasons while a duty to keep the data applies: an open case,
a case whose retention period has not passed, a legal hold, an appointment to come. Rows
that others refer to stay and are anonymised instead. Both requests are written to the
access log and kept as a `SubjectRequest` (who, when, why, how many) without the data.

The person's record itself is the customers app's, registered in `privacy.subjects` like
every other part (privacy sits below customers: docs/decisions/0001-privacy-below-the-
records-it-logs.md).
"""

import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model, Q
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .contexts import context_label
from .models import AccessLogEntry, SubjectRequest
from .selectors import may_handle_subject_requests, retention_rule_for, retention_rules
from .services import access_log_record
from .subjects import registry

EXPORT_FORMAT = "luukku-subject-export/1"


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _check(actor) -> None:
    if actor is not None and not may_handle_subject_requests(actor):
        raise PermissionDenied


def _access_log_rows(customer: Model) -> list[dict]:
    entries = (
        AccessLogEntry.objects.filter(Q(customer=customer) | Q(customer__merged_into=customer))
        .select_related("actor", "case")
        .order_by("at", "pk")
    )
    return [
        {
            "at": _iso(entry.at),
            "by": str(entry.actor or ""),
            "action": entry.get_action_display(),
            "context": context_label(entry.context, registry.channels),
            "case": entry.case.reference if entry.case_id else "",
            "fields": entry.fields,
        }
        for entry in entries
    ]


def _local(value: str | None, fmt: str = "DATETIME_FORMAT") -> str:
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(value)
    return formats.date_format(timezone.localtime(moment), fmt)


def _summary(data: dict, language: str) -> str:
    """The archive read aloud: the same data as `data.json`, in the person's language."""
    with translation.override(language):
        for case in data["cases"]:
            case["created_local"] = _local(case["created_at"], "SHORT_DATE_FORMAT")
            for event in case["timeline"]:
                event["at_local"] = _local(event["at"])
        for key, start in (
            ("appointments", "starts_at"),
            ("callbacks", "window_start"),
            ("chats", "started_at"),
            ("orders", "created_at"),
        ):
            for row in data.get(key, []):
                row["at_local"] = _local(row[start])
        for entry in data["access_log"]:
            entry["at_local"] = _local(entry["at"])
        return render_to_string(
            "privacy/subject_summary.html",
            {
                "data": data,
                "generated_local": _local(data["generated_at"]),
                "language": language,
            },
        )


def subject_export(*, customer: Model, actor, language: str = "", now=None) -> bytes:
    """Everything held about the person as a ZIP archive (bytes), in `language` (their
    own by default) for the summary; logged as an export of their data."""
    _check(actor)
    now = now or timezone.now()
    language = language or customer.preferred_language
    with translation.override(language):
        data = {
            "format": EXPORT_FORMAT,
            "generated_at": _iso(now),
            "language": language,
            "customer": registry.record.row(customer),
        }
        files = []
        for key, export in registry.exports.items():
            part = export(customer)
            data[key] = part.rows
            files.extend(part.files)
        data["access_log"] = _access_log_rows(customer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2))
        archive.writestr("summary.html", _summary(data, language))
        for name, stored in files:
            try:
                with stored.open("rb") as handle:
                    archive.writestr(name, handle.read())
            except FileNotFoundError:
                archive.writestr(name + ".missing.txt", "The file was not found in storage.\n")
    counts = {key: len(data[key]) for key in (*registry.exports, "access_log")}
    counts["files"] = len(files)
    with transaction.atomic():
        SubjectRequest.objects.create(
            kind=SubjectRequest.Kind.EXPORT, customer=customer, actor=actor, at=now, counts=counts
        )
        access_log_record(
            actor=actor,
            action=AccessLogEntry.Action.VIEW,
            customer=customer,
            context="subject_export",
            fields=sorted(counts),
        )
    return buffer.getvalue()


@dataclass
class ErasurePlan:
    """What an erasure of the person would do now, or why it cannot."""

    customer: Model
    blockers: list[str] = field(default_factory=list)
    cases: list = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return not self.blockers


def _date(value: dt.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATE_FORMAT")


def subject_erasure_plan(*, customer: Model, now=None) -> ErasurePlan:
    """Whether the person's data may be erased now: the retention duties that stop it, each
    as a sentence for staff, and the cases it would anonymise."""
    now = now or timezone.now()
    plan = ErasurePlan(customer=customer)
    if customer.anonymised_at:
        plan.blockers.append(
            _("The record was already anonymised on %(date)s.")
            % {"date": _date(customer.anonymised_at)}
        )
    if customer.legal_hold:
        plan.blockers.append(_("The customer's record is under a legal hold."))
    rules = retention_rules()
    for case in registry.cases(customer) if registry.cases else []:
        if case.anonymised:
            continue
        plan.cases.append(case)
        rule = retention_rule_for(case.service_id, rules)
        if case.legal_hold:
            plan.blockers.append(
                _("Case %(reference)s is under a legal hold.") % {"reference": case.reference}
            )
        elif case.is_open:
            plan.blockers.append(
                _("Case %(reference)s is still open.") % {"reference": case.reference}
            )
        elif rule is None or rule.cases_after_days is None:
            plan.blockers.append(
                _("Case %(reference)s must be kept permanently (%(basis)s).")
                % {"reference": case.reference, "basis": rule.basis if rule else "–"}
            )
        elif case.ended_at + dt.timedelta(days=rule.cases_after_days) > now:
            plan.blockers.append(
                _("Case %(reference)s must be kept until %(date)s (%(basis)s).")
                % {
                    "reference": case.reference,
                    "date": _date(case.ended_at + dt.timedelta(days=rule.cases_after_days)),
                    "basis": rule.basis,
                }
            )
    for blockers in registry.blockers:
        plan.blockers.extend(blockers(customer, now))
    return plan


def subject_erase(*, customer: Model, actor, reason: str, now=None) -> SubjectRequest:
    """Erase the person's data: anonymise their cases, appointments and callbacks and blank
    their record. Refused (ValidationError with every reason) while a retention duty applies;
    all or nothing."""
    _check(actor)
    now = now or timezone.now()
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Say why the data is erased (the request and its date).")}
        )
    with transaction.atomic():
        customer = registry.record.lock(customer)
        plan = subject_erasure_plan(customer=customer, now=now)
        if not plan.allowed:
            raise ValidationError(plan.blockers)
        counts = {"cases": len(plan.cases)}
        for key, anonymiser in registry.customer_anonymisers.items():
            counts[key] = anonymiser(customer)
        for case in plan.cases:
            for anonymiser in registry.case_anonymisers:
                anonymiser(case.pk)
        counts["customer_records"] = 1 + customer.merged_records.count()
        customer = registry.record.anonymise(customer=customer, now=now)
        request = SubjectRequest.objects.create(
            kind=SubjectRequest.Kind.ERASURE,
            customer=customer,
            actor=actor,
            at=now,
            reason=reason[:2000],
            counts=counts,
        )
        access_log_record(
            actor=actor,
            action=AccessLogEntry.Action.CHANGE,
            customer=customer,
            context="subject_erasure",
            fields=list(registry.record.erased_fields),
        )
    return request
