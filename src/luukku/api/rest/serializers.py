"""REST API representations. Input serializers check shape only; the rules live in the
services the views call, whose errors come back as 400 with the field named."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from luukku.cases.models import Case, CaseEvent, Channel, Priority, Status
from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.knowledge.models import LANGUAGES, Article, ReplyTemplate

# The largest id the database holds (BigAutoField): larger numbers are refused up front.
MAX_ID = 2**63 - 1


class ServiceSerializer(serializers.ModelSerializer):
    topic = serializers.CharField(source="topic.name", default="", read_only=True)
    provider = serializers.CharField(source="provider.name", read_only=True)
    department = serializers.SerializerMethodField()

    class Meta:
        model = Service
        fields = [
            "code",
            "name",
            "summary",
            "topic",
            "provider",
            "department",
            "handling_level",
            "target_reply_days",
            "accepts_requests",
            "requests_public",
            "sensitive",
        ]

    def get_department(self, service) -> str:
        return service.department.name if service.department else ""


class PersonSerializer(serializers.Serializer):
    """A member of staff, as others see them."""

    id = serializers.IntegerField()
    name = serializers.CharField(source="get_full_name")


class CustomerRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="display_name")


class CaseSerializer(serializers.ModelSerializer):
    service = serializers.CharField(source="service.code", read_only=True)
    department = serializers.CharField(source="department.name", default="", read_only=True)
    customer = CustomerRefSerializer(read_only=True, allow_null=True)
    assignee = PersonSerializer(read_only=True, allow_null=True)
    team = serializers.CharField(source="team.name", default="", read_only=True)
    forwarded_to = serializers.CharField(source="forwarded_to.name", default="", read_only=True)

    class Meta:
        model = Case
        fields = [
            "reference",
            "subject",
            "status",
            "priority",
            "channel",
            "service",
            "department",
            "customer",
            "assignee",
            "team",
            "sensitive",
            "language",
            "created_at",
            "updated_at",
            "due_at",
            "resolved_at",
            "sla_due_at",
            "sla_state",
            "forwarded_to",
        ]


class EventSerializer(serializers.ModelSerializer):
    author = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CaseEvent
        fields = ["id", "kind", "at", "author", "public", "body", "data"]


class CaseDetailSerializer(CaseSerializer):
    address = serializers.CharField(read_only=True)
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    answers = serializers.JSONField(read_only=True)
    events = EventSerializer(many=True, read_only=True, source="timeline")

    class Meta(CaseSerializer.Meta):
        fields = [
            *CaseSerializer.Meta.fields,
            "address",
            "latitude",
            "longitude",
            "answers",
            "events",
        ]


# Channels a staff integration may log a case on; the web form and Open311 have their own.
STAFF_CHANNELS = [
    (channel.value, channel.label)
    for channel in (Channel.PHONE, Channel.COUNTER, Channel.EMAIL, Channel.CHAT, Channel.INTERNAL)
]


class CaseCreateSerializer(serializers.Serializer):
    service = serializers.SlugField(help_text=_("The service's code."))
    channel = serializers.ChoiceField(choices=STAFF_CHANNELS)
    subject = serializers.CharField(max_length=200)
    body = serializers.CharField(required=False, allow_blank=True, default="")
    customer = serializers.IntegerField(
        required=False, allow_null=True, default=None, min_value=1, max_value=MAX_ID
    )
    priority = serializers.ChoiceField(choices=Priority.choices, default=Priority.NORMAL)
    language = serializers.ChoiceField(choices=LANGUAGES, default="fi")
    address = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)


class StatusChangeSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)


class MessageSerializer(serializers.Serializer):
    body = serializers.CharField()
    status_after = serializers.ChoiceField(
        choices=Status.choices, required=False, allow_null=True, default=None
    )


class NoteSerializer(serializers.Serializer):
    body = serializers.CharField()


class CustomerSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="display_name", read_only=True)
    identity_code = serializers.CharField(source="masked_identity_code", read_only=True)
    handler = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Customer
        fields = [
            "id",
            "kind",
            "name",
            "first_name",
            "last_name",
            "organisation_name",
            "identity_code",
            "business_id",
            "email",
            "phone",
            "street_address",
            "postal_code",
            "post_office",
            "preferred_language",
            "preferred_channel",
            "handler",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    service = serializers.CharField(source="service.code", default="", read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "body",
            "visibility",
            "service",
            "is_published",
            "review_due",
            "updated_at",
        ]


class TemplateSerializer(serializers.ModelSerializer):
    service = serializers.CharField(source="service.code", default="", read_only=True)

    class Meta:
        model = ReplyTemplate
        fields = [
            "id",
            "key",
            "language",
            "title",
            "body",
            "service",
            "keywords",
            "is_active",
            "usage_count",
        ]
