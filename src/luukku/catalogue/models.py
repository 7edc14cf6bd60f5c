"""The service catalogue (palveluluettelo) and its product cards.

Field names follow the Suomi.fi national service catalogue (PTV) where it has one:
`summary`, `description`, `user_instruction`, `requirements`, `charge_type`,
`charge_description`, `processing_time`, `deadline_description`, `validity_time`,
`keywords`; channels mirror PTV's channel types.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from luukku.organisation.models import Organisation, ServicePoint, Unit


class Topic(models.Model):
    """A life-event or subject heading for browsing the catalogue."""

    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class Service(models.Model):
    class HandlingLevel(models.TextChoices):
        FRONT_LINE = "front_line", _("Front line")
        EXPERT = "expert", _("Expert")
        EITHER = "either", _("Front line or expert")

    class ChargeType(models.TextChoices):
        FREE = "free", _("Free of charge")
        CHARGED = "charged", _("Charged")
        OTHER = "other", _("Depends on the case")

    code = models.SlugField(
        _("service code"), max_length=60, unique=True, help_text=_("Also the Open311 service_code.")
    )
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"))
    keywords = models.CharField(_("keywords"), max_length=500, blank=True)
    user_instruction = models.TextField(_("how to use the service"), blank=True)
    requirements = models.TextField(_("requirements"), blank=True)
    charge_type = models.CharField(
        _("charge type"), max_length=10, choices=ChargeType.choices, default=ChargeType.FREE
    )
    charge_description = models.TextField(_("fees"), blank=True)
    processing_time = models.CharField(_("processing time"), max_length=300, blank=True)
    deadline_description = models.CharField(_("deadlines"), max_length=300, blank=True)
    validity_time = models.CharField(_("validity"), max_length=300, blank=True)
    responsibilities = models.TextField(
        _("responsibilities"), blank=True, help_text=_("Who handles what, at which level.")
    )
    quality_measures = models.TextField(_("quality measures"), blank=True)

    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="services"
    )
    provider = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="services", verbose_name=_("provider")
    )
    responsible_unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="services",
        verbose_name=_("responsible unit"),
    )
    handling_level = models.CharField(
        _("handling level"),
        max_length=20,
        choices=HandlingLevel.choices,
        default=HandlingLevel.EITHER,
    )
    target_reply_days = models.PositiveSmallIntegerField(
        _("target reply time (business days)"), default=5
    )
    accepts_requests = models.BooleanField(
        _("accepts requests online"), default=True, help_text=_("Shows the request form.")
    )
    requires_location = models.BooleanField(_("asks for a location"), default=False)
    allows_anonymous = models.BooleanField(_("allows anonymous requests"), default=False)
    requests_public = models.BooleanField(
        _("requests are public"),
        default=False,
        help_text=_(
            "The description, place and progress of this service's requests are published in "
            "the Open311 interface, never the sender's name or contact details. The request "
            "form tells the sender."
        ),
    )
    sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_("Cases of this service are seen only by staff of its department."),
    )
    internal = models.BooleanField(
        _("internal"),
        default=False,
        help_text=_(
            "A service for the city's own staff, such as keys and access rights: shown only "
            "on the staff pages, never to citizens nor through Open311."
        ),
    )
    is_published = models.BooleanField(_("published"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self) -> str:
        return self.name

    @property
    def department(self):
        return self.responsible_unit.department if self.responsible_unit_id else None


class ServiceChannel(models.Model):
    """A way to use one service, as PTV's service channels."""

    class Kind(models.TextChoices):
        WEB_FORM = "web_form", _("Online form")
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        CHAT = "chat", _("Chat")
        SERVICE_LOCATION = "service_location", _("Service point")
        WEB_PAGE = "web_page", _("Web page")
        PRINTABLE_FORM = "printable_form", _("Printable form")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.PROTECT, null=True, blank=True, related_name="channels"
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    url = models.URLField(_("address"), blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    class Meta:
        ordering = ["service", "kind"]
        verbose_name = _("service channel")
        verbose_name_plural = _("service channels")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="service_location") | Q(service_point__isnull=False),
                name="channel_location_has_point",
            )
        ]

    def __str__(self) -> str:
        return f"{self.service}: {self.get_kind_display()}"


class ServiceMaterial(models.Model):
    """A form or material of the product card: a link or a file."""

    class Kind(models.TextChoices):
        FORM = "form", _("Form")
        MATERIAL = "material", _("Material")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.MATERIAL)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), blank=True)
    file = models.FileField(_("file"), upload_to="materials/", blank=True)

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("form or material")
        verbose_name_plural = _("forms and materials")
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(file=""), name="material_has_url_or_file"
            )
        ]

    def __str__(self) -> str:
        return self.title


class RequestField(models.Model):
    """A service-specific question on the request form (also an Open311 attribute)."""

    class DataType(models.TextChoices):
        TEXT = "text", _("Text")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")
        SINGLE_CHOICE = "single_choice", _("Single choice")
        MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="request_fields")
    code = models.SlugField(_("code"), max_length=60)
    label = models.CharField(_("label"), max_length=200)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    datatype = models.CharField(_("data type"), max_length=20, choices=DataType.choices)
    required = models.BooleanField(_("required"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("request field")
        verbose_name_plural = _("request fields")
        constraints = [
            models.UniqueConstraint(fields=["service", "code"], name="request_field_unique_code")
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_choice(self) -> bool:
        return self.datatype in {self.DataType.SINGLE_CHOICE, self.DataType.MULTIPLE_CHOICE}


class RequestFieldOption(models.Model):
    field = models.ForeignKey(RequestField, on_delete=models.CASCADE, related_name="options")
    key = models.SlugField(_("key"), max_length=60)
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("option")
        verbose_name_plural = _("options")
        constraints = [models.UniqueConstraint(fields=["field", "key"], name="option_unique_key")]

    def __str__(self) -> str:
        return self.label
