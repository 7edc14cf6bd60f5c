"""The service centre's live chat: its queue, the agents' availability (off until they turn
it on), and ten business days of chats (docs/metrics.md, "Live chat").

Like the walk-in queue's, the history is the past, so its cases, messages and sessions are
written in bulk from a seeded simulation of each business day: chats arrive around a daily
curve, the agent on chat duty answers when a place among their three is free (the more
chats they already hold, the slower), a customer whose patience runs out first leaves,
and the answered chats end in one of the usual outcomes. Each chat is a case with its
messages on the timeline, searchable like the others.
"""

import datetime as dt
import random
import secrets

from django.db import transaction

from luukku.cases.events import (
    event_assigned,
    event_case_created,
    event_chat,
    event_chat_message_in,
    event_chat_message_out,
    event_status_changed,
)
from luukku.cases.models import Case, CaseEvent, Channel, Status
from luukku.cases.search_documents import case_documents
from luukku.cases.services import reference_candidate, reply_due
from luukku.chat.models import AgentPresence, ChatQueue, ChatSession
from luukku.organisation.models import ServicePoint, Team
from luukku.organisation.selectors import business_hours
from luukku.search.models import SearchDocument
from luukku.search.services import search_index_new

from .city import DEMO_TOKEN_PREFIX, HELSINKI, add_translations
from .queue import _business_days

QUEUE_NAMES = ("Asiakaspalvelun chat", "Kundtjänstens chatt", "Customer service chat")
DAILY = 26  # chats on an ordinary day
HOURLY = (1.2, 1.5, 1.3, 1.0, 1.1, 0.9, 0.6)  # from the opening hour
WEEKDAY_FACTOR = (1.3, 1.0, 0.95, 1.0, 0.8)
PATIENCE = 600  # mean seconds a customer waits before leaving
HANDLE_MINUTES = 8
SLOTS = 3
OUTCOMES = (
    (ChatSession.Outcome.RESOLVED, 64),
    (ChatSession.Outcome.EXPERT, 12),
    (ChatSession.Outcome.CALLBACK, 6),
    (ChatSession.Outcome.CUSTOMER_LEFT, 13),
    (ChatSession.Outcome.IDLE, 5),
)
# service, and per language the topic and the customer's first message
QUESTIONS = (
    (
        "tax-card",
        {
            "fi": ("Verokortti", "Miten saan muutosverokortin, kun aloitan uudessa työssä?"),
            "sv": ("Skattekort", "Hur får jag ändringsskattekort när jag börjar på ett nytt jobb?"),
            "en": ("Tax card", "How do I get a revised tax card for my new job?"),
        },
    ),
    (
        "public-transport",
        {
            "fi": ("Bussikortti", "Voinko ladata seutulipun bussikorttiin verkossa?"),
            "sv": ("Busskort", "Kan jag ladda en regionbiljett på busskortet på nätet?"),
            "en": ("Bus card", "Can I load a regional ticket on my bus card online?"),
        },
    ),
    (
        "kela-services",
        {
            "fi": ("Kelan asiointi", "Voinko jättää Kelan hakemuksen liitteineen teillä?"),
            "sv": ("FPA-ärenden", "Kan jag lämna in en FPA-ansökan med bilagor hos er?"),
            "en": ("Kela", "Can I hand in a Kela application with its attachments to you?"),
        },
    ),
    (
        "digital-support",
        {
            "fi": ("Sähköinen asiointi", "En pääse kirjautumaan asiointiin pankkitunnuksilla."),
            "sv": ("E-tjänster", "Jag kan inte logga in i e-tjänsten med mina bankkoder."),
            "en": ("E-services", "I cannot sign in to the e-services with my bank codes."),
        },
    ),
    (
        "early-education",
        {
            "fi": ("Varhaiskasvatus", "Mihin mennessä päivähoitohakemus pitää jättää elokuuksi?"),
            "sv": ("Småbarnspedagogik", "När ska ansökan om dagvård lämnas in för augusti?"),
            "en": ("Early childhood education", "By when must we apply for day care for August?"),
        },
    ),
    (
        "sports-cards",
        {
            "fi": ("Liikuntakortti", "Mistä voin ostaa uimahallin sarjakortin?"),
            "sv": ("Motionskort", "Var kan jag köpa ett seriekort till simhallen?"),
            "en": ("Sports card", "Where can I buy a multi-visit card for the swimming hall?"),
        },
    ),
)
GREETING = {
    "fi": "Hei, olen {name} asiakaspalvelusta. Katsotaan asiaa yhdessä.",
    "sv": "Hej, jag heter {name} och är från kundtjänsten. Vi tittar på saken tillsammans.",
    "en": "Hello, I am {name} from customer service. Let us look at this together.",
}
ANSWER = {
    "fi": "Ohjeet löytyvät palvelun sivulta, ja voin tarvittaessa avata asiasta pyynnön.",
    "sv": "Anvisningarna finns på tjänstens sida, och vid behov kan jag öppna ett ärende.",
    "en": "The instructions are on the service's page, and I can open a request if needed.",
}
THANKS = {"fi": "Kiitos, tämä auttoi!", "sv": "Tack, det hjälpte!", "en": "Thank you, that helped!"}


@transaction.atomic
def load_chat_setup(point: ServicePoint) -> ChatQueue:
    """The service centre's chat queue (its team's agents, its hours), and availability,
    off, for each of the team's front-line agents (matched on the queue's Finnish name)."""
    team = Team.objects.get(name_fi="Asiakaspalvelupiste")
    fields = {"team": team, "service_point": point, "answer_target_seconds": 60}
    fields |= {"answer_target_percent": 80, "max_queue": 8, "position": 0, "is_active": True}
    add_translations(fields, "name", QUEUE_NAMES)
    queue, _ = ChatQueue.objects.update_or_create(name_fi=QUEUE_NAMES[0], defaults=fields)
    load_chat_presences(team)
    return queue


def load_chat_presences(team: Team) -> None:
    """Each front-line member of the team can chat, three at once, once they turn it on."""
    have = set(AgentPresence.objects.values_list("user_id", flat=True))
    AgentPresence.objects.bulk_create(
        AgentPresence(user=user, available=False, max_chats=SLOTS)
        for user in team.members.order_by("pk")
        if user.is_front_line and user.pk not in have
    )


def _duty(day: dt.date, opens, closes, staff) -> list[dict]:
    """Aino answers chats in the morning and Mikko from noon; Liisa helps on Monday mornings."""
    noon = dt.datetime.combine(day, dt.time(12), tzinfo=HELSINKI)
    rows = [(staff["aino"], opens, noon + dt.timedelta(minutes=30)), (staff["mikko"], noon, closes)]
    if day.weekday() == 0:
        rows.append((staff["liisa"], opens, opens + dt.timedelta(hours=2)))
    return [
        {"agent": agent, "start": start, "until": until, "ends": []} for agent, start, until in rows
    ]


def _answer(rng, chat, duty) -> tuple[dt.datetime, dict] | None:
    """When the soonest agent on duty answers: a place free, then a delay that grows with
    the chats they hold."""
    best = None
    for shift in duty:
        free = max(chat["created"], shift["start"])
        held = sorted(end for end in shift["ends"] if end > free)
        if len(held) >= SLOTS:
            free = held[len(held) - SLOTS]
            held = held[len(held) - SLOTS + 1 :]
        if free >= shift["until"]:
            continue
        if best is None or free < best[0]:
            best = (free, shift, len(held))
    if best is None:
        return None
    free, shift, held = best
    return free + dt.timedelta(seconds=rng.uniform(8, 45) + 25 * held), shift


def _day_chats(rng, day, opens, closes, duty, questions) -> list[dict]:
    hours = int((closes - opens).total_seconds() // 3600)
    chats = []
    for hour, weight in enumerate(HOURLY[:hours]):
        mean = DAILY * WEEKDAY_FACTOR[day.weekday()] * weight / sum(HOURLY[:6])
        for _index in range(max(0, round(rng.gauss(mean, mean**0.5)))):
            created = opens + dt.timedelta(hours=hour, seconds=rng.randrange(3600))
            service, texts = rng.choice(questions)
            language = rng.choices(("fi", "sv", "en"), (85, 10, 5))[0]
            chats.append(
                {
                    "created": created,
                    "service": service,
                    "language": language,
                    "text": texts[language],
                    "patience": dt.timedelta(seconds=rng.expovariate(1 / PATIENCE)),
                    "handle": dt.timedelta(
                        minutes=max(1.5, rng.gammavariate(2, HANDLE_MINUTES / 2))
                    ),
                    "outcome": rng.choices(*zip(*OUTCOMES, strict=True))[0],
                    "key": f"{rng.getrandbits(48):012x}",
                }
            )
    chats.sort(key=lambda chat: chat["created"])
    for chat in chats:
        answer = _answer(rng, chat, duty)
        if answer is None or answer[0] - chat["created"] > chat["patience"]:
            chat["agent"], chat["accepted"] = None, None
            chat["ended"] = chat["created"] + min(chat["patience"], dt.timedelta(minutes=30))
            continue
        accepted, shift = answer
        chat["agent"], chat["accepted"] = shift["agent"], accepted
        chat["ended"] = accepted + chat["handle"]
        shift["ends"].append(chat["ended"])
    return chats


def _case(rng, chat, people, used) -> Case:
    service = chat["service"]
    customer = rng.choice(people) if people and rng.random() < 0.6 else None
    if customer is None and not service.allows_anonymous and people:
        customer = rng.choice(people)
    reference = reference_candidate(year=chat["created"].year)
    while reference in used:
        reference = reference_candidate(year=chat["created"].year)
    used.add(reference)
    outcome = chat["outcome"] if chat["agent"] else None
    status = {
        ChatSession.Outcome.RESOLVED: Status.RESOLVED,
        ChatSession.Outcome.EXPERT: Status.OPEN,
        ChatSession.Outcome.CALLBACK: Status.OPEN,
    }.get(outcome, Status.CLOSED)
    return Case(
        reference=reference,
        token=DEMO_TOKEN_PREFIX + secrets.token_urlsafe(32),
        service=service,
        department=service.department,
        customer=customer,
        channel=Channel.CHAT,
        contact_email=customer.email if customer else "",
        contact_phone=customer.phone if customer else "",
        subject=chat["text"][0],
        status=status,
        assignee=chat["agent"],
        sensitive=service.sensitive,
        answers={},
        language=chat["language"],
        created_at=chat["created"],
        updated_at=chat["ended"],
        due_at=reply_due(service=service, received_at=chat["created"]),
        resolved_at=chat["ended"] if status == Status.RESOLVED else None,
        first_contact_resolution=status == Status.RESOLVED,
    )


def _timeline(chat, case: Case, session: ChatSession) -> list[CaseEvent]:
    """Started and queued, answered (the case assigned to the agent), the messages, ended."""
    created, agent, language = chat["created"], chat["agent"], chat["language"]
    ids = iter(range(1, 10))

    def said(body, at, author=None):
        client_id = f"demo-{chat['key']}-{next(ids)}"
        if author is None:
            return event_chat_message_in.build(
                case, body=body, chat_id=session.pk, client_id=client_id, at=at
            )
        return event_chat_message_out.build(
            case, author=author, body=body, chat_id=session.pk, client_id=client_id, at=at
        )

    events = [
        event_case_created.build(case, author=None, channel=Channel.CHAT, at=created),
        event_chat.build(case, actor=None, action="queued", chat_id=session.pk, at=created),
        said(chat["text"][1], created),
    ]
    if agent is not None:
        accepted, ended = chat["accepted"], chat["ended"]
        step = (ended - accepted) / 4
        events += [
            event_chat.build(case, actor=agent, action="accepted", chat_id=session.pk, at=accepted),
            event_assigned.build(
                case,
                actor=agent,
                old_assignee_id=None,
                old_team_id=None,
                assignee=agent,
                team=None,
                at=accepted,
            ),
            said(GREETING[language].format(name=agent.first_name), accepted, agent),
            said(ANSWER[language], accepted + step, agent),
        ]
        if chat["outcome"] != ChatSession.Outcome.IDLE:
            events.append(said(THANKS[language], accepted + 2 * step))
    events.append(
        event_chat.build(
            case,
            actor=agent if session.ended_by == ChatSession.EndedBy.AGENT else None,
            action="ended",
            chat_id=session.pk,
            outcome=session.outcome or None,
            ended_by=session.ended_by,
            at=chat["ended"],
        )
    )
    if case.status != Status.OPEN:
        events.append(
            event_status_changed.build(
                case, actor=agent, old=Status.NEW, new=case.status, at=chat["ended"]
            )
        )
    return events


@transaction.atomic
def load_chat_history(
    rng: random.Random, queue: ChatQueue, services: dict, people: list, staff: dict, *, today
) -> int:
    """Ten business days of chats before `today` in the service centre's hours; returns
    how many."""
    hours = business_hours()
    questions = [(services[code], texts) for code, texts in QUESTIONS if code in services]
    chats = []
    for day in _business_days(today):
        opens_at, closes_at = hours.periods(day)[0]
        opens = dt.datetime.combine(day, opens_at, tzinfo=HELSINKI)
        closes = dt.datetime.combine(day, closes_at, tzinfo=HELSINKI)
        chats += _day_chats(rng, day, opens, closes, _duty(day, opens, closes, staff), questions)
    used = set(Case.objects.values_list("reference", flat=True))
    cases = Case.objects.bulk_create([_case(rng, chat, people, used) for chat in chats])
    sessions = ChatSession.objects.bulk_create(
        [_session(queue, chat, case) for chat, case in zip(chats, cases, strict=True)]
    )
    timelines = [
        _timeline(chat, case, session)
        for chat, case, session in zip(chats, cases, sessions, strict=True)
    ]
    CaseEvent.objects.bulk_create([e for events in timelines for e in events], batch_size=2000)
    messages = (CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT)
    search_index_new(
        kind=SearchDocument.Kind.CASE,
        documents=[
            (case.pk, case_documents(case, [e.body for e in events if e.kind in messages]))
            for case, events in zip(cases, timelines, strict=True)
        ],
    )
    return len(sessions)


def _session(queue: ChatQueue, chat: dict, case: Case) -> ChatSession:
    answered = chat["agent"] is not None
    outcome = chat["outcome"] if answered else ""
    return ChatSession(
        token=secrets.token_urlsafe(32),
        queue=queue,
        case=case,
        team=queue.team,
        agent=chat["agent"],
        topic=chat["text"][0],
        language=chat["language"],
        status=ChatSession.Status.ENDED if answered else ChatSession.Status.ABANDONED,
        outcome=outcome,
        ended_by={
            ChatSession.Outcome.CUSTOMER_LEFT: ChatSession.EndedBy.CUSTOMER,
            ChatSession.Outcome.IDLE: ChatSession.EndedBy.SYSTEM,
            "": ChatSession.EndedBy.CUSTOMER,
        }.get(outcome, ChatSession.EndedBy.AGENT),
        created_at=chat["created"],
        queued_at=chat["created"],
        accepted_at=chat["accepted"],
        ended_at=chat["ended"],
    )
