from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from luukku.cases.services import ANSWER_TEXT_LIMIT, REFERENCE_FORMAT
from luukku.catalogue.models import RequestField, Service
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import CITIZEN_CONTACT_CHANNELS, REQUEST_LIMITS
from luukku.core.forms import MultipleFileField
from luukku.customers.models import Customer
from luukku.customers.services import normalise_phone


def citizen_name_fields(*, required: bool = True) -> tuple[forms.CharField, forms.CharField]:
    """A citizen's first and last name as every citizen form asks them (declared in a form's
    body as `first_name, last_name = citizen_name_fields()`)."""
    return (
        forms.CharField(
            label=_("First name"),
            max_length=100,
            required=required,
            widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        ),
        forms.CharField(
            label=_("Last name"),
            max_length=100,
            required=required,
            widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        ),
    )


class ServiceSearchForm(forms.Form):
    q = forms.CharField(label=_("Search services"), required=False, max_length=200)


def _answer_field(field: RequestField) -> forms.Field:
    common = {"label": field.label, "required": field.required, "help_text": field.help_text}
    kind = RequestField.DataType
    choices = [(option.key, option.label) for option in field.options.all()]
    if field.datatype == kind.NUMBER:
        return forms.DecimalField(**common)
    if field.datatype == kind.DATE:
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if field.datatype == kind.SINGLE_CHOICE:
        return forms.ChoiceField(choices=[("", "—"), *choices], **common)
    if field.datatype == kind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.CharField(max_length=ANSWER_TEXT_LIMIT, **common)


class ServiceQuestionsMixin:
    """The service's own questions (its request fields) on a citizen's form."""

    def add_service_questions(self, service: Service) -> None:
        self.answer_codes = []
        for field in service.request_fields.all():
            name = f"answer_{field.code}"
            self.fields[name] = _answer_field(field)
            self.answer_codes.append((name, field.code))

    @property
    def answer_fields(self):
        return [self[name] for name, _code in self.answer_codes]

    def answers(self) -> dict:
        result = {}
        for name, code in self.answer_codes:
            value = self.cleaned_data.get(name)
            if value not in (None, "", []):
                result[code] = (
                    value.isoformat()
                    if hasattr(value, "isoformat")
                    else (str(value) if not isinstance(value, list) else value)
                )
        return result


class RequestForm(ServiceQuestionsMixin, forms.Form):
    """The web form of one service: its own questions, the matter, and how to reach the sender."""

    # The limits and the contact choices are the service's (it checks them for every channel).
    subject = forms.CharField(label=_("Subject"), max_length=REQUEST_LIMITS["subject"])
    description = forms.CharField(
        label=_("Describe your matter"),
        widget=forms.Textarea,
        max_length=REQUEST_LIMITS["description"],
    )
    first_name = forms.CharField(
        label=_("First name"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    preferred_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=[(channel, channel.label) for channel in CITIZEN_CONTACT_CHANNELS],
        initial=Customer.ContactChannel.EMAIL,
        required=False,
        widget=forms.RadioSelect,
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Optional. Photos or documents, at most 5 files of 10 MB each."),
    )

    def __init__(self, *args, service: Service, **kwargs):
        super().__init__(*args, **kwargs)
        self.service = service
        self.add_service_questions(service)
        if service.requires_location:
            self.fields["address"] = forms.CharField(
                label=_("Address or place"),
                max_length=300,
                help_text=_("Street address or a description of the place."),
            )
        if service.allows_anonymous:
            self.fields["email"].help_text = _(
                "Optional. Leave empty to stay anonymous; then we cannot reply."
            )
        else:
            self.fields["email"].help_text = _(
                "We reply by e-mail. Give an e-mail address or a phone number."
            )
        self.order_fields(
            ["subject", "description", *[name for name, _code in self.answer_codes], "address"]
        )

    def clean(self):
        data = super().clean()
        if not self.service.allows_anonymous and not (data.get("email") or data.get("phone")):
            self.add_error(
                "email", _("Give an e-mail address or a phone number so that we can reply.")
            )
        if data.get("preferred_channel") == Customer.ContactChannel.PHONE and not data.get("phone"):
            self.add_error("phone", _("Give a phone number if you want us to call you."))
        return data


def request_sent(data, *, service: Service, language: str) -> CitizenRequest:
    """What a citizen sent with the request form (the files apart), read without building
    the form: the service checks all of it, as it checks an Open311 request, and the form
    is built only to show a refused request again (it is the page's costliest part when
    thousands of reports arrive at once)."""
    answers = {}
    for field in service.request_fields.all():
        name = f"answer_{field.code}"
        if field.datatype == RequestField.DataType.MULTIPLE_CHOICE:
            value = data.getlist(name)
        else:
            value = data.get(name, "")
        if value not in ("", []):
            answers[field.code] = value
    return CitizenRequest(
        service=service,
        subject=data.get("subject", "").strip(),
        description=data.get("description", "").strip(),
        first_name=data.get("first_name", ""),
        last_name=data.get("last_name", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        preferred_channel=data.get("preferred_channel", ""),
        language=language,
        answers=answers,
        address=data.get("address", "").strip() if service.requires_location else "",
    )


class CustomerMessageForm(forms.Form):
    # A message on the case is held to the length of the request's own description.
    body = forms.CharField(
        label=_("Your message"), widget=forms.Textarea, max_length=REQUEST_LIMITS["description"]
    )
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("Optional. Photos or documents, at most 5 files of 10 MB each."),
    )


# What an appointment or a call is about, told briefly (the service asks it not to be empty).
BRIEFLY_LIMIT = 2000


class BookingForm(ServiceQuestionsMixin, forms.Form):
    """Who is coming and what about: no sign-in, contact details for the confirmation."""

    first_name, last_name = citizen_name_fields()
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("The confirmation and a calendar file come by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        help_text=_("Needed for an appointment by phone; without e-mail we send a text message."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    description = forms.CharField(
        label=_("What is the appointment about?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=BRIEFLY_LIMIT,
    )

    def __init__(self, *args, service: Service, meeting_type: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting_type = meeting_type
        self.add_service_questions(service)

    def clean(self):
        data = super().clean()
        if not (data.get("email") or data.get("phone")):
            self.add_error(
                "email", _("Give an e-mail address or a phone number for the confirmation.")
            )
        if self.meeting_type == "phone" and not data.get("phone"):
            self.add_error("phone", _("Give the number we should call."))
        return data


class CallbackForm(forms.Form):
    window = forms.ChoiceField(label=_("When should we call?"), widget=forms.RadioSelect)
    first_name, last_name = citizen_name_fields()
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("Optional. We confirm the time by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    description = forms.CharField(
        label=_("What is the call about?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=BRIEFLY_LIMIT,
    )

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["window"].choices = choices

    def clean_phone(self) -> str:
        """A number we cannot call is said at once, with the other missing details."""
        try:
            normalise_phone(self.cleaned_data["phone"])
        except ValidationError as error:
            raise forms.ValidationError(error.message_dict["phone"]) from error
        return self.cleaned_data["phone"]


class PrivateLinkForm(forms.Form):
    """A lost private link asked for again: the request's reference and the sender's e-mail."""

    reference = forms.CharField(
        label=_("Reference"),
        max_length=40,
        help_text=_("In the acknowledgement we sent you, for example LK-2026-042754."),
        error_messages={"required": _("Enter the reference of your request.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=320,
        help_text=_("The address you gave when you sent the request."),
        error_messages={
            "required": _("Enter the e-mail address you gave with the request."),
            "invalid": _("Enter an e-mail address in the form name@example.fi."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_reference(self) -> str:
        reference = "".join(self.cleaned_data["reference"].split()).upper()
        reference = reference.replace("–", "-").replace("—", "-")
        if not REFERENCE_FORMAT.fullmatch(reference):
            raise forms.ValidationError(
                _("Enter the reference as it is in the acknowledgement, e.g. LK-2026-042754.")
            )
        return reference


class QueueJoinForm(forms.Form):
    """Joining a point's queue online: the group, and where to say that the turn is near
    (one of the two; the queueing service checks them)."""

    group = forms.ChoiceField(
        label=_("Service"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the service you are queueing for.")},
    )
    email = forms.CharField(
        label=_("E-mail"),
        max_length=320,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=40,
        required=False,
        help_text=_("We send messages about your turn: give an e-mail address or a mobile number."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].choices = [
            (line.group.prefix, f"{line.group.prefix} · {line.group.name}") for line in groups
        ]
        if len(groups) == 1:
            self.fields["group"].initial = groups[0].group.prefix


class ChatStartForm(forms.Form):
    """Before a chat starts: the service, and optionally a topic, a first name, an address
    for the transcript and the first message (the chat service checks them all)."""

    service = forms.ChoiceField(
        label=_("What is your question about?"),
        error_messages={"required": _("Choose what your question is about.")},
    )
    topic = forms.CharField(
        label=_("Topic"),
        max_length=200,
        required=False,
        help_text=_("Optional. A few words, for example “parking permit for a new car”."),
    )
    name = forms.CharField(
        label=_("First name"),
        max_length=100,
        required=False,
        help_text=_("Optional. The agent sees it."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    email = forms.EmailField(
        label=_("E-mail for the transcript"),
        required=False,
        help_text=_(
            "Optional. After the chat we can send you its transcript to this address; "
            "we use it for nothing else."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    body = forms.CharField(
        label=_("Your question"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional. You can write it now, and you can write more in the chat."),
    )

    def __init__(self, *args, services, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", "—")] + [(s.code, s.name) for s in services]


class ChatMessageForm(forms.Form):
    """A message in the chat, as the page without JavaScript sends it."""

    body = forms.CharField(
        label=_("Your message"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ChatTranscriptForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
