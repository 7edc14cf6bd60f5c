"""What a chat holds of a person besides its case, for the data-subject export and the
erasure and retention of its case. Registered with `privacy.subjects` by `ChatConfig.ready`.

A chat's messages are its case's timeline and go with the case (its export, anonymisation and
retention). The session itself keeps the name the citizen gave and the topic they typed:
anonymised with its case, the name is blanked and the topic becomes the service's name; the
times, queue, agent and outcome stay for the metrics.
"""

from django.db import transaction
from django.db.models import Q

from luukku.privacy.subjects import ExportPart

from .models import ChatSession


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def chats_export(customer) -> ExportPart:
    sessions = (
        ChatSession.objects.filter(
            Q(case__customer=customer) | Q(case__customer__merged_into=customer)
        )
        .select_related("case", "case__service", "agent")
        .order_by("created_at", "pk")
    )
    return ExportPart(
        rows=[
            {
                "case": session.case.reference,
                "topic": session.topic,
                "name_given": session.name,
                "started_at": _iso(session.created_at),
                "answered_at": _iso(session.accepted_at),
                "ended_at": _iso(session.ended_at),
                "agent": str(session.agent or ""),
                "status": session.get_status_display(),
                "outcome": session.get_outcome_display(),
            }
            for session in sessions
        ]
    )


@transaction.atomic(savepoint=False)
def case_chats_anonymise(case_id: int) -> None:
    """With its case: the chat forgets the name given and the topic typed."""
    for session in ChatSession.objects.filter(case_id=case_id).select_related("case__service"):
        session.name = ""
        session.topic = session.case.service.name_fi or session.case.service.name
        session.save(update_fields=["name", "topic"])
