"""Forms of the supervisor's dashboard and staffing planner (both read with GET)."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Channel
from luukku.catalogue.selectors import SERVICES
from luukku.chat.models import ChatQueue
from luukku.core.forms import ModelChoiceField
from luukku.insights.selectors import Filters
from luukku.organisation.selectors import DEPARTMENTS, SERVICE_POINTS, STAFF
from luukku.queueing.models import ServiceGroup
from luukku.staffing.events import DECLARED, Event
from luukku.staffing.selectors import (
    CHAT_QUEUE,
    PLANNED_CHANNELS,
    QUEUE,
    Parameters,
    Task,
    week_start,
)

MAX_DAYS = 3 * 366
PRESETS = (
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
    ("month", _("This month")),
    ("last_month", _("Last month")),
    ("365", _("Last 12 months")),
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def preset_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if preset == "month":
        return today.replace(day=1), today
    if preset == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    days = int(preset) if preset.isdigit() else 30
    return today - dt.timedelta(days=days - 1), today


class DashboardForm(forms.Form):
    start = forms.DateField(label=_("Period from"), required=False, widget=DateInput)
    end = forms.DateField(label=_("Period to"), required=False, widget=DateInput)
    service = ModelChoiceField(label=_("Service"), reference=SERVICES, required=False)
    department = ModelChoiceField(label=_("Department"), reference=DEPARTMENTS, required=False)
    channel = forms.ChoiceField(
        label=_("Channel"), choices=[("", _("All channels")), *Channel.choices], required=False
    )
    service_point = ModelChoiceField(
        label=_("Service point"), reference=SERVICE_POINTS, required=False
    )
    assignee = ModelChoiceField(label=_("Handler"), reference=STAFF, required=False)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        start, end = data.get("start"), data.get("end")
        if not start or not end:
            default_start, default_end = preset_range("30", today)
            start, end = start or default_start, end or default_end
        if end < start:
            self.add_error("end", _("The end must not be before the start."))
        elif (end - start).days >= MAX_DAYS:
            self.add_error("start", _("Choose a period of at most three years."))
        data["start"], data["end"] = start, end
        return data

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            start=data["start"],
            end=data["end"],
            service=data["service"].pk if data.get("service") else None,
            department=data["department"].pk if data.get("department") else None,
            channel=data.get("channel") or "",
            service_point=data["service_point"].pk if data.get("service_point") else None,
            assignee=data["assignee"].pk if data.get("assignee") else None,
        )


TASK_ROWS = 4


class StaffingForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[
            *((c, label) for c, label in Channel.choices if c in PLANNED_CHANNELS),
            (QUEUE, _("Walk-in queue (measured)")),
            (CHAT_QUEUE, _("Chat queue (measured)")),
        ],
        initial=Channel.PHONE,
    )
    queue_group = ModelChoiceField(
        label=_("Service group of the walk-in queue"),
        queryset=ServiceGroup.objects.filter(is_active=True).select_related("service_point"),
        required=False,
        help_text=_("For the walk-in queue: its tickets give the arrivals and service times."),
    )
    chat_queue = ModelChoiceField(
        label=_("Chat queue"),
        queryset=ChatQueue.objects.filter(is_active=True),
        required=False,
        help_text=_(
            "For a chat queue: its chats give the arrivals, chat times, chats at once and patience."
        ),
    )
    week = forms.DateField(
        label=_("Week starting"), widget=DateInput, help_text=_("Any day of the week to plan.")
    )
    interval = forms.TypedChoiceField(
        label=_("Interval"),
        choices=[(15, _("15 minutes")), (30, _("30 minutes")), (60, _("1 hour"))],
        coerce=int,
        initial=60,
    )
    target = forms.IntegerField(
        label=_("Service level target (%)"), min_value=1, max_value=99, initial=80
    )
    answer_seconds = forms.IntegerField(
        label=_("Answered within (seconds)"), min_value=1, max_value=86400, initial=20
    )
    handle_seconds = forms.IntegerField(
        label=_("Average handling time (seconds)"),
        min_value=10,
        max_value=7200,
        required=False,
        help_text=_("Empty: measured from the history, or the channel's usual time."),
    )
    shrinkage = forms.IntegerField(
        label=_("Shrinkage (%)"),
        min_value=0,
        max_value=80,
        initial=30,
        help_text=_("Share of paid time away from contacts: breaks, training, meetings, absence."),
    )
    patience_seconds = forms.IntegerField(
        label=_("Average patience (seconds)"),
        min_value=5,
        max_value=86400,
        required=False,
        help_text=_("Give it when customers give up waiting: the plan then uses Erlang A."),
    )
    max_occupancy = forms.IntegerField(
        label=_("Highest occupancy (%)"), min_value=30, max_value=100, initial=90
    )
    staff = forms.DecimalField(
        label=_("People on the team now (full-time equivalents)"),
        min_value=0,
        max_value=1000,
        decimal_places=1,
        required=False,
    )

    change_from = forms.DateField(
        label=_("Lasting change from"),
        widget=DateInput,
        required=False,
        help_text=_("For example the day a service moved to the front line."),
    )
    change_percent = forms.IntegerField(
        label=_("Change in contacts (%)"), min_value=-90, max_value=500, required=False
    )
    period_from = forms.DateField(
        label=_("Exceptional period from"), widget=DateInput, required=False
    )
    period_to = forms.DateField(label=_("Exceptional period to"), widget=DateInput, required=False)
    period_percent = forms.IntegerField(
        label=_("Change in the period (%)"),
        min_value=-100,
        max_value=500,
        required=False,
        help_text=_("Empty: it is only kept out of the usual level."),
    )
    CALENDAR_FIELDS = (
        "change_from",
        "change_percent",
        "period_from",
        "period_to",
        "period_percent",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index in range(1, TASK_ROWS + 1):
            self.fields[f"task{index}_name"] = forms.CharField(
                label=_("Task %(number)d") % {"number": index}, max_length=100, required=False
            )
            self.fields[f"task{index}_per_week"] = forms.DecimalField(
                label=_("Times a week"), min_value=0, max_value=100000, required=False
            )
            self.fields[f"task{index}_minutes"] = forms.DecimalField(
                label=_("Minutes each"), min_value=0, max_value=600, required=False
            )

        self.fields["queue_group"].label_from_instance = lambda group: (
            f"{group} · {group.service_point}"
        )

    def task_rows(self):
        return [
            [self[f"task{index}_{name}"] for name in ("name", "per_week", "minutes")]
            for index in range(1, TASK_ROWS + 1)
        ]

    def main_fields(self):
        return [
            field
            for field in self
            if not field.name.startswith("task") and field.name not in self.CALENDAR_FIELDS
        ]

    def change_fields(self):
        return [self[name] for name in self.CALENDAR_FIELDS[:2]]

    def period_fields(self):
        return [self[name] for name in self.CALENDAR_FIELDS[2:]]

    def _events(self, data) -> tuple[Event, ...]:
        """The declared lasting change and exceptional period (docs/staffing.md)."""
        events = []
        if set(self.errors) & set(self.CALENDAR_FIELDS):
            return ()  # a field's own error says it already
        if (data.get("change_from") is None) != (data.get("change_percent") is None):
            self.add_error(
                "change_percent" if data.get("change_from") else "change_from",
                _("Give both the day of the change and how much the contacts change."),
            )
        elif data.get("change_from"):
            day = data["change_from"]
            events.append(
                Event(
                    f"{DECLARED}change",
                    str(_("Lasting change")),
                    day,
                    day,
                    1 + data["change_percent"] / 100,
                    shift=True,
                )
            )
        starts, ends = data.get("period_from"), data.get("period_to")
        if (starts is None) != (ends is None) or (
            starts is None and data.get("period_percent") is not None
        ):
            self.add_error(
                "period_to" if starts else "period_from",
                _("Give the first and the last day of the exceptional period."),
            )
        elif starts and ends < starts:
            self.add_error("period_to", _("The period ends before it starts."))
        elif starts and (ends - starts).days > 62:
            self.add_error(
                "period_to",
                _("An exceptional period is at most two months; a longer change is a lasting one."),
            )
        elif starts:
            percent = data.get("period_percent")
            events.append(
                Event(
                    f"{DECLARED}period",
                    str(_("Exceptional period")),
                    starts,
                    ends,
                    None if percent is None else 1 + percent / 100,
                )
            )
        return tuple(events)

    def clean(self):
        data = super().clean()
        tasks = []
        for index in range(1, TASK_ROWS + 1):
            name = data.get(f"task{index}_name")
            per_week = data.get(f"task{index}_per_week")
            minutes = data.get(f"task{index}_minutes")
            if not name and per_week is None and minutes is None:
                continue
            if per_week is None or minutes is None:
                self.add_error(
                    f"task{index}_per_week" if per_week is None else f"task{index}_minutes",
                    _("Give both how many times a week and how many minutes each."),
                )
                continue
            tasks.append(
                Task(
                    name=name or str(_("Task %(number)d") % {"number": index}),
                    per_week=float(per_week),
                    minutes=float(minutes),
                )
            )
        data["tasks"] = tuple(tasks)
        data["events"] = self._events(data)
        if data.get("channel") == QUEUE and not data.get("queue_group"):
            self.add_error(
                "queue_group", _("Choose the service group whose walk-in queue to plan.")
            )
        if data.get("channel") == CHAT_QUEUE and not data.get("chat_queue"):
            self.add_error("chat_queue", _("Choose the chat queue to plan."))
        return data

    def parameters(self) -> Parameters:
        data = self.cleaned_data
        handle = data.get("handle_seconds")
        return Parameters(
            channel=data["channel"],
            week=week_start(data["week"]),
            interval=data["interval"],
            target=data["target"] / 100,
            answer_seconds=data["answer_seconds"],
            handle_seconds=float(handle) if handle else None,
            shrinkage=data["shrinkage"] / 100,
            patience_seconds=data.get("patience_seconds"),
            max_occupancy=data["max_occupancy"] / 100,
            tasks=data["tasks"],
            events=data["events"],
            staff=float(data["staff"]) if data.get("staff") is not None else None,
            queue_group=data.get("queue_group") if data["channel"] == QUEUE else None,
            chat_queue=data.get("chat_queue") if data["channel"] == CHAT_QUEUE else None,
        )


def next_monday(today: dt.date) -> dt.date:
    return week_start(today) + dt.timedelta(days=7)
