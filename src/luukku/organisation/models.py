"""Who provides services and who works in the service centre."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from stdnum.fi import ytunnus


def validate_business_id(value: str) -> None:
    if not ytunnus.is_valid(value):
        raise ValidationError(_("Enter a valid Finnish business ID (Y-tunnus), e.g. 0123456-7."))


class Organisation(models.Model):
    """A service provider: the city itself, a state agency, an NGO or a company."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        STATE = "state", _("State agency")
        NGO = "ngo", _("Non-profit organisation")
        COMPANY = "company", _("Company")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    business_id = models.CharField(
        _("business ID"), max_length=9, blank=True, validators=[validate_business_id]
    )
    website = models.URLField(_("website"), blank=True)
    is_own = models.BooleanField(
        _("own organisation"), default=False, help_text=_("The municipality running Luukku.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    """A department (toimiala) of an organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="departments"
    )
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="units")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(fields=["department", "name"], name="unit_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A member of staff. Citizens never sign in here."""

    class Role(models.TextChoices):
        AGENT = "agent", _("Agent")
        EXPERT = "expert", _("Expert")
        SUPERVISOR = "supervisor", _("Supervisor")
        ADMINISTRATOR = "administrator", _("Administrator")
        DPO = "dpo", _("Data protection officer")

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.AGENT)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    departments = models.ManyToManyField(
        Department, blank=True, related_name="staff", verbose_name=_("departments")
    )
    # Need to know: sensitive cases are seen in one's own departments; a person whose work
    # needs more (a city lawyer, a head of customer service) is given those departments here.
    extra_departments = models.ManyToManyField(
        Department,
        blank=True,
        related_name="+",
        verbose_name=_("also sees the sensitive cases of"),
        help_text=_(
            "Departments whose sensitive cases this person also needs to see, besides their own."
        ),
    )

    # WCAG 2.1.4: one-key shortcuts of the staff pages can be turned off by each person
    # (web/static/web/shortcuts.js is then not loaded at all).
    keyboard_shortcuts = models.BooleanField(
        _("keyboard shortcuts"),
        default=True,
        help_text=_("One-key shortcuts on the staff pages, such as j for the next case."),
    )

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def sees_everything(self) -> bool:
        """A supervisor's or administrator's powers over the workspace (metrics, handlers,
        others' calendars). Which cases they see is cases.selectors' rule, not this."""
        return self.role in {self.Role.SUPERVISOR, self.Role.ADMINISTRATOR}

    @property
    def reads_access_log(self) -> bool:
        """The data protection officer (and administrators) read the whole access log; the
        role alone opens no case (need to know)."""
        return self.is_active and self.role in {self.Role.DPO, self.Role.ADMINISTRATOR}

    @property
    def is_front_line(self) -> bool:
        """The service centre's own staff, who answer customers: agents and their supervisors."""
        return self.role in {self.Role.AGENT, self.Role.SUPERVISOR}


class Absence(models.Model):
    """A staff member away (holiday, sick leave, training) from one day to another, inclusive.

    While a named handler is away, their customers' new cases go to the substitute.
    """

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="absences", verbose_name=_("staff member")
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("absence")
        verbose_name_plural = _("absences")
        indexes = [models.Index(fields=["user", "ends_on"], name="absence_user_end")]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lte=models.F("ends_on")), name="absence_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.starts_on:%d.%m.%Y}–{self.ends_on:%d.%m.%Y}"


class Team(models.Model):
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField(_("name"), max_length=200)
    members = models.ManyToManyField(
        User, blank=True, related_name="teams", verbose_name=_("members")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class ServicePoint(models.Model):
    """A place where citizens are served in person (asiointipiste)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="service_points"
    )
    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    post_office = models.CharField(_("post office"), max_length=100)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    is_service_centre = models.BooleanField(
        _("service centre"),
        default=False,
        help_text=_("Its opening hours are the business hours of service levels (one point only)."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("service point")
        verbose_name_plural = _("service points")
        constraints = [
            models.UniqueConstraint(
                fields=["is_service_centre"],
                condition=Q(is_service_centre=True),
                name="one_service_centre",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(models.Model):
    """Regular weekly opening hours; several rows on one day make a split day."""

    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(opens__lt=models.F("closes")), name="opening_hours_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H.%M}–{self.closes:%H.%M}"


class ExceptionalOpeningHours(models.Model):
    """A day that differs from the regular week: closed, or open at other times."""

    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.CASCADE, related_name="exceptional_hours"
    )
    date = models.DateField(_("date"))
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("exceptional opening hours")
        verbose_name_plural = _("exceptional opening hours")
        constraints = [
            models.UniqueConstraint(fields=["service_point", "date"], name="exception_one_per_day"),
            models.CheckConstraint(
                condition=(Q(opens__isnull=True) & Q(closes__isnull=True))
                | (
                    Q(opens__isnull=False)
                    & Q(closes__isnull=False)
                    & Q(opens__lt=models.F("closes"))
                ),
                name="exception_closed_or_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d.%m.%Y}"

    @property
    def is_closed(self) -> bool:
        return self.opens is None


class SecurityEvent(models.Model):
    """One staff sign-in event: who tried, from where, with what outcome.

    Written by `organisation.signin` only, never changed or deleted by the application.
    """

    class Kind(models.TextChoices):
        SIGNED_IN = "signed_in", _("Signed in")
        FAILED = "failed", _("Sign-in failed")
        LOCKED = "locked", _("Account locked")
        REFUSED_LOCKED = "refused_locked", _("Sign-in refused: account locked")
        UNLOCKED = "unlocked", _("Account unlocked")
        ADDRESS_GUESSING = "address_guessing", _("Many unknown usernames from one address")
        CODE_FAILED = "code_failed", _("Wrong two-factor code")
        TWO_FACTOR_ENROLLED = "2fa_enrolled", _("Two-factor sign-in enrolled")
        TWO_FACTOR_RESET = "2fa_reset", _("Two-factor sign-in reset")
        RECOVERY_CODE_USED = "recovery_code_used", _("Recovery code used")
        SESSION_EXPIRED = "session_expired", _("Session expired")
        SIGNED_OUT = "signed_out", _("Signed out")

    at = models.DateTimeField(_("time"), db_index=True)
    kind = models.CharField(_("event"), max_length=30, choices=Kind.choices)
    user = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="security_events",
        verbose_name=_("staff member"),
    )
    username = models.CharField(_("username tried"), max_length=150, blank=True)
    actor = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("security event")
        verbose_name_plural = _("security log")
        indexes = [models.Index(fields=["user", "-at"], name="securityevent_user_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()} {self.username}"
