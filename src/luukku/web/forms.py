from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import TRANSITIONS, Case, Channel, Priority, Status
from luukku.cases.selectors import WORK_QUEUES
from luukku.catalogue.selectors import PUBLISHED_SERVICES, SERVICES
from luukku.channels.services import CONTACT_LOG_DAYS
from luukku.core.calendar import HELSINKI
from luukku.core.forms import ModelChoiceField, MultipleFileField
from luukku.customers.models import Customer
from luukku.customers.services import EDITABLE_FIELDS
from luukku.knowledge.models import LANGUAGES, Article, ReplyTemplate
from luukku.knowledge.services import ARTICLE_FIELDS, TEMPLATE_FIELDS
from luukku.organisation.models import User
from luukku.organisation.selectors import DEPARTMENTS, EXPERTS, PARTNERS, STAFF, TEAMS

from .appointment_forms import LocalDateTimeInput
from .form_rendering import WrittenWidgetRenderer

# The work queues (cases.selectors.WORK_QUEUES) as the inbox names them.
WORK_QUEUE_CHOICES = [
    ("mine", _("My work")),
    ("team", _("Unassigned in my teams")),
    ("all_open", _("All open")),
    ("overdue", _("Overdue")),
]
assert [queue for queue, _label in WORK_QUEUE_CHOICES] == list(WORK_QUEUES)

# The inbox's columns a person may add; the others are always shown.
OPTIONAL_COLUMNS = [
    ("customer", _("Customer")),
    ("channel", _("Channel")),
    ("received", _("Received")),
]


class CasePageForm(forms.Form):
    """A form of the case page: its widgets written without the template engine."""

    default_renderer = WrittenWidgetRenderer


class InboxFilterForm(forms.Form):
    default_renderer = WrittenWidgetRenderer
    field_order = ["queue"]
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        # "all_open": every open status; "open" is the status Open alone.
        choices=[("", _("All")), ("all_open", _("All open")), *Status.choices],
    )
    service = ModelChoiceField(
        label=_("Service"), required=False, reference=SERVICES, empty_label=_("All")
    )
    department = ModelChoiceField(
        label=_("Department"), required=False, reference=DEPARTMENTS, empty_label=_("All")
    )
    assignee = forms.ChoiceField(label=_("Handler"), required=False)
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=[("", _("All")), *Channel.choices]
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    service_level = forms.ChoiceField(
        label=_("Service level"),
        required=False,
        choices=[
            ("", _("All")),
            ("warning", _("Warning")),
            ("breached", _("Breached")),
            ("paused", _("Paused")),
        ],
    )
    q = forms.CharField(
        label=_("Reference or subject"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "data-shortcut": "/", "data-shortcut-label": _("Search")}
        ),
    )
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("due", _("Reply due")),
            ("service_level", _("Service level due")),
            ("priority", _("Priority")),
            ("updated", _("Recently updated")),
        ],
    )
    col = forms.MultipleChoiceField(
        label=_("More columns"),
        required=False,
        choices=OPTIONAL_COLUMNS,
        widget=forms.CheckboxSelectMultiple,
    )
    # Shown first: the filters below narrow the queue chosen here (or the tab above).
    queue = forms.ChoiceField(
        label=_("Work queue"),
        required=False,
        choices=[*WORK_QUEUE_CHOICES, ("", _("All cases"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [
            ("", _("Anyone")),
            ("me", _("Me")),
            ("none", _("Nobody")),
            *[(str(user.pk), str(user)) for user in STAFF.all()],
        ]


class ReplyForm(CasePageForm):
    # r focuses the box and Ctrl+Enter in it sends (web/static/web/shortcuts.js).
    body = forms.CharField(
        label=_("Reply"),
        widget=forms.Textarea(
            attrs={
                "rows": 8,
                "data-shortcut": "r",
                "data-shortcut-label": _("Write a reply"),
                "data-submit-shortcut": "",
            }
        ),
        max_length=20000,
    )
    status_after = forms.ChoiceField(label=_("Then set the status to"), required=False)
    attachments = MultipleFileField(label=_("Attachments"), required=False)
    # Files already on the case sent with the reply (an archive copy an expert scanned).
    case_files = forms.TypedMultipleChoiceField(
        label=_("Send files of the case"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # Which reply template the text started from, and its place among the suggestions.
    template = ModelChoiceField(
        queryset=ReplyTemplate.objects.filter(is_active=True),
        required=False,
        widget=forms.HiddenInput,
    )
    suggested_rank = forms.IntegerField(
        required=False, min_value=1, max_value=20, widget=forms.HiddenInput
    )

    def __init__(self, *args, case: Case, files=None, **kwargs):
        """`files`: the case's attachments as the page read them (else read here)."""
        super().__init__(*args, **kwargs)
        allowed = [status for status in Status if status in TRANSITIONS[case.status]]
        self.fields["status_after"].choices = [
            ("", _("Keep as it is")),
            *[(s.value, s.label) for s in allowed],
        ]
        if files is None:
            files = case.attachments.all()
        self.fields["case_files"].choices = [(file.pk, file.filename) for file in files]


class NoteForm(CasePageForm):
    body = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "data-shortcut": "n",
                "data-shortcut-label": _("Write an internal note"),
            }
        ),
        max_length=20000,
    )
    attachments = MultipleFileField(label=_("Attachments"), required=False)


class StatusForm(CasePageForm):
    status = forms.ChoiceField(label=_("New status"))

    def __init__(self, *args, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = [status for status in Status if status in TRANSITIONS[case.status]]
        self.fields["status"].choices = [(s.value, s.label) for s in allowed]


class AssignForm(CasePageForm):
    assignee = ModelChoiceField(
        label=_("Handler"), required=False, reference=STAFF, empty_label=_("Nobody")
    )
    team = ModelChoiceField(
        label=_("Team"), required=False, reference=TEAMS, empty_label=_("No team")
    )


class CaseUpdateForm(CasePageForm):
    service = ModelChoiceField(label=_("Service"), reference=SERVICES)
    priority = forms.TypedChoiceField(label=_("Priority"), choices=Priority.choices, coerce=int)
    sensitive = forms.BooleanField(
        label=_("Sensitive"),
        required=False,
        help_text=_("Seen only by the department's staff, and never published in Open311."),
    )


class CaseContactForm(CasePageForm):
    """Where messages about the case go; checked by `case_contact_change`."""

    email = forms.CharField(label=_("E-mail"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=40)


class CustomerMergeForm(forms.Form):
    keep = forms.TypedChoiceField(
        label=_("Which record is kept?"), coerce=int, widget=forms.RadioSelect
    )

    def __init__(self, *args, records=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].choices = [
            (record.pk, f"{record.display_name} (#{record.pk})") for record in records
        ]


class ContactLogForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=[(Channel.COUNTER, Channel.COUNTER.label), (Channel.PHONE, Channel.PHONE.label)],
        widget=forms.RadioSelect,
        initial=Channel.COUNTER,
    )
    service = ModelChoiceField(label=_("Service"), reference=PUBLISHED_SERVICES)
    customer = ModelChoiceField(
        label=_("Customer"),
        required=False,
        queryset=Customer.active.all(),
        widget=forms.HiddenInput,
    )
    note = forms.CharField(
        label=_("What was it about?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    resolved = forms.BooleanField(
        label=_("Resolved at first contact"), required=False, initial=True
    )
    contacted_at = forms.DateTimeField(
        label=_("When"),
        # Left empty (or not sent), the contact is logged as now.
        required=False,
        # Last: most contacts are logged as they happen. Now, as the form opens (each new
        # form again); changed for a contact logged later.
        initial=lambda: timezone.now().astimezone(HELSINKI).replace(second=0, microsecond=0),
        # The browser's date-time field sends 2026-12-05T14:30; typed by hand, the Finnish way.
        input_formats=["%d.%m.%Y %H.%M", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M"],
        widget=LocalDateTimeInput(),
    )

    def __init__(self, *args, first_services=(), **kwargs):
        """`first_services` (the most asked) are offered first, then every service."""
        super().__init__(*args, **kwargs)
        self.fields["contacted_at"].help_text = _(
            "Finnish time, for example 5.12.2026 14.30. Change it for a contact you log "
            "afterwards, at most %(days)s days back."
        ) % {"days": CONTACT_LOG_DAYS}
        if first_services:
            field = self.fields["service"]
            everything = list(field.choices)
            field.choices = [
                everything[0],
                (_("Most asked"), [(service.pk, service.name) for service in first_services]),
                (_("All services"), everything[1:]),
            ]


class CustomerSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name, e-mail, phone or business ID"), required=False, max_length=200
    )


class CustomerForm(forms.ModelForm):
    confirm_duplicate = forms.BooleanField(
        label=_("Create anyway: this is a different customer"), required=False
    )

    class Meta:
        model = Customer
        fields = list(EDITABLE_FIELDS)
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, identity_code: bool = True, **kwargs):
        """Without `identity_code` the form neither shows nor takes the identity code: the
        record's code is for those who may reveal it."""
        super().__init__(*args, **kwargs)
        staff = User.objects.filter(is_active=True).order_by("first_name", "last_name")
        for name in ("handler", "substitute"):
            self.fields[name].queryset = staff
        if not identity_code:
            del self.fields["identity_code"]


class KnowledgeSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the phrase folder"), required=False, max_length=200)


def _editors():
    return User.objects.filter(
        is_active=True,
        role__in=[User.Role.EXPERT, User.Role.SUPERVISOR, User.Role.ADMINISTRATOR],
    ).order_by("first_name", "last_name")


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ARTICLE_FIELDS
        widgets = {
            "review_due": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "body_fi": forms.Textarea(attrs={"rows": 8}),
            "body_sv": forms.Textarea(attrs={"rows": 8}),
            "body_en": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = _editors()
        self.fields["title_fi"].required = True
        self.fields["body_fi"].required = True


class ReplyTemplateForm(forms.ModelForm):
    class Meta:
        model = ReplyTemplate
        fields = TEMPLATE_FIELDS
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class TemplateFilterForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All")), *LANGUAGES]
    )
    service = ModelChoiceField(
        label=_("Service"), required=False, reference=SERVICES, empty_label=_("All")
    )


class ConsultForm(CasePageForm):
    expert = ModelChoiceField(label=_("Expert"), required=False, reference=EXPERTS, empty_label="–")
    department = ModelChoiceField(
        label=_("or a department's expert queue"),
        required=False,
        reference=DEPARTMENTS,
        empty_label="–",
    )
    question = forms.CharField(
        label=_("Question for the expert"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )


class ConsultationAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer to the customer service (notes or bullet points)"),
        widget=forms.Textarea(
            attrs={"rows": 6, "data-shortcut": "r", "data-shortcut-label": _("Write the answer")}
        ),
        max_length=10000,
    )


class TakeOverForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the customer service (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
    )


class EscalateForm(CasePageForm):
    reason = forms.CharField(
        label=_("Why is the case escalated?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=5000,
    )


class EscalationCloseForm(forms.Form):
    outcome = forms.CharField(
        label=_("What was done?"), widget=forms.Textarea(attrs={"rows": 2}), max_length=5000
    )


class ForwardForm(CasePageForm):
    organisation = ModelChoiceField(label=_("Forward to"), reference=PARTNERS)
    message = forms.CharField(
        label=_("Message to the customer: where and how they get the service"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=10000,
    )
    rule = forms.IntegerField(required=False, widget=forms.HiddenInput)


class PotMoveForm(forms.Form):
    from_user = ModelChoiceField(label=_("Customers of"), queryset=User.objects.none())
    to_user = ModelChoiceField(label=_("Move to"), reference=STAFF)
    open_cases = forms.BooleanField(
        label=_("Move their open cases too"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from_user"].queryset = User.objects.order_by("first_name", "last_name")


class AbsenceForm(forms.Form):
    user = ModelChoiceField(label=_("Staff member"), reference=STAFF)
    starts_on = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("Reason"), required=False, max_length=200)


class AccessLogFilterForm(forms.Form):
    """The data protection officer's filters of the access log; all optional."""

    customer = forms.IntegerField(
        label=_("Customer number"),
        required=False,
        min_value=1,
        help_text=_("The number in the address of the customer's page."),
    )
    actor = ModelChoiceField(
        label=_("Staff member"), reference=STAFF, required=False, empty_label=_("Anyone")
    )
    start = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    context = forms.ChoiceField(label=_("Context"), required=False)
    action = forms.ChoiceField(label=_("Action"), required=False)

    def __init__(self, *args, **kwargs):
        from luukku.privacy.contexts import LABELS
        from luukku.privacy.models import AccessLogEntry

        super().__init__(*args, **kwargs)
        self.fields["context"].choices = [("", _("Any")), *LABELS.items()]
        self.fields["action"].choices = [("", _("Any")), *AccessLogEntry.Action.choices]

    def clean_customer(self):
        number = self.cleaned_data["customer"]
        if number is None:
            return None
        customer = Customer.objects.filter(pk=number).first()
        if customer is None:
            raise forms.ValidationError(_("No customer has this number."))
        return customer

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", _("The end date is before the start date."))
        return data
