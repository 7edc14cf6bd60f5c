"""REST API at /api/v1/ for staff integrations. Thin: the same selectors and services as the
staff pages, so an integration acting with a person's token has exactly that person's rights,
and every view of personal data is logged as it is on the pages."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from luukku.cases.models import Case, Channel, Status
from luukku.cases.selectors import (
    SERVICE_LEVEL_STATES,
    SORTS,
    InboxFilters,
    case_get_for_view,
    case_timeline,
    cases_visible_to,
    inbox_cases,
)
from luukku.cases.services import case_add_note, case_change_status, case_create, case_reply
from luukku.catalogue.models import Service
from luukku.core.service_errors import errors_by_field
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_get_for_view, customer_search
from luukku.knowledge.models import LANGUAGES, Article, ReplyTemplate
from luukku.knowledge.selectors import article_get, articles_list, templates_list
from luukku.privacy.services import access_log_list

from .pagination import CasePagination, CustomerPagination
from .serializers import (
    MAX_ID,
    ArticleSerializer,
    CaseCreateSerializer,
    CaseDetailSerializer,
    CaseSerializer,
    CustomerSerializer,
    MessageSerializer,
    NoteSerializer,
    ServiceSerializer,
    StatusChangeSerializer,
    TemplateSerializer,
)


def _query(request, serializer_class) -> dict:
    """The query parameters, checked: a value the schema does not allow is a 400, never
    silently ignored (an empty one included)."""
    given = serializer_class(data=request.query_params.dict())
    given.is_valid(raise_exception=True)
    return given.validated_data


def _id(value: int, message: str) -> int:
    """A path's id, or 404 for one no row can have (beyond what the database can hold)."""
    if not 0 < value <= MAX_ID:
        raise NotFound(message)
    return value


def _case_for_change(request, reference: str) -> Case:
    try:
        return cases_visible_to(user=request.user).get(reference=reference)
    except Case.DoesNotExist as error:
        raise NotFound(_("No such case.")) from error


def _case_document(request, reference: str, *, status_code=status.HTTP_200_OK) -> Response:
    try:
        case = case_get_for_view(reference=reference, viewer=request.user, context="api")
    except Case.DoesNotExist as error:
        raise NotFound(_("No such case.")) from error
    case.timeline = case_timeline(case=case).select_related("author")
    return Response(CaseDetailSerializer(case).data, status=status_code)


# -- services -------------------------------------------------------------------------------


class ServiceList(generics.ListAPIView):
    """Published services of the catalogue, by code."""

    serializer_class = ServiceSerializer
    queryset = (
        Service.objects.filter(is_published=True)
        .select_related("topic", "provider", "responsible_unit__department")
        .order_by("code")
    )


class ServiceDetail(generics.RetrieveAPIView):
    serializer_class = ServiceSerializer
    queryset = ServiceList.queryset
    lookup_field = "code"


# -- cases ------------------------------------------------------------------------------------


class CaseFilters(serializers.Serializer):
    """The staff inbox's filters."""

    status = serializers.ChoiceField(
        choices=[("open", _("All open")), *Status.choices], required=False
    )
    service = serializers.SlugField(required=False, help_text=_("A service's code."))
    department = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    assignee = serializers.RegexField(
        r"^(me|none|[0-9]{1,18})$", required=False, help_text=_("me, none or a person's id")
    )
    channel = serializers.ChoiceField(choices=Channel.choices, required=False)
    overdue = serializers.BooleanField(required=False, default=False)
    service_level = serializers.ChoiceField(choices=SERVICE_LEVEL_STATES, required=False)
    q = serializers.CharField(required=False, max_length=200)
    sort = serializers.ChoiceField(choices=list(SORTS), required=False, default="newest")


class CaseList(generics.ListCreateAPIView):
    serializer_class = CaseSerializer
    pagination_class = CasePagination

    def get_queryset(self):
        data = _query(self.request, CaseFilters)
        filters = InboxFilters(
            # The API's "open" is every open status, the inbox's "all_open".
            status={"open": "all_open"}.get(data.get("status", ""), data.get("status", "")),
            service_code=data.get("service", ""),
            department=data.get("department"),
            assignee=data.get("assignee", ""),
            channel=data.get("channel", ""),
            overdue=data["overdue"],
            service_level=data.get("service_level", ""),
            query=data.get("q", ""),
            sort=data["sort"],
        )
        # The inbox page does not show where a case was forwarded; the API does.
        return inbox_cases(user=self.request.user, filters=filters).select_related("forwarded_to")

    @extend_schema(parameters=[CaseFilters])
    def get(self, request, *args, **kwargs):
        """Cases the person may see, with the inbox's filters. Each page asked for is written
        to the privacy log (the filters and the number of cases in it)."""
        page = self.paginate_queryset(self.get_queryset())
        access_log_list(
            actor=request.user, context="api:cases", query=request.query_params, count=len(page)
        )
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(request=CaseCreateSerializer, responses={201: CaseDetailSerializer})
    def post(self, request):
        """Log a case (a call, a visit, a message taken elsewhere) as this person."""
        given = CaseCreateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        try:
            service = Service.objects.get(code=data["service"])
        except Service.DoesNotExist as error:
            raise serializers.ValidationError({"service": [_("No such service.")]}) from error
        customer = None
        if data["customer"] is not None:
            try:
                customer = customer_get_for_view(
                    customer_id=data["customer"], viewer=request.user, context="api"
                )
            except Customer.DoesNotExist as error:
                raise serializers.ValidationError({"customer": [_("No such customer.")]}) from error
            # A record merged into another: the case goes to the person's record in use.
            customer = customer.merged_into or customer
        try:
            case = case_create(
                service=service,
                channel=data["channel"],
                subject=data["subject"],
                body=data["body"],
                customer=customer,
                author=request.user,
                priority=data["priority"],
                language=data["language"],
                address=data["address"],
                context="api",
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_by_field(error)) from error
        return _case_document(request, case.reference, status_code=status.HTTP_201_CREATED)


class CaseDetail(APIView):
    @extend_schema(responses=CaseDetailSerializer)
    def get(self, request, reference: str):
        """One case with its whole timeline; the view is written to the privacy log."""
        return _case_document(request, reference)


class CaseStatusChange(APIView):
    @extend_schema(request=StatusChangeSerializer, responses=CaseDetailSerializer)
    def post(self, request, reference: str):
        """Change the status, as the case page does."""
        case = _case_for_change(request, reference)
        given = StatusChangeSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            case_change_status(
                case=case, actor=request.user, status=given.validated_data["status"], context="api"
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_by_field(error)) from error
        return _case_document(request, reference)


class CaseMessageCreate(APIView):
    @extend_schema(request=MessageSerializer, responses={201: CaseDetailSerializer})
    def post(self, request, reference: str):
        """Reply to the customer: the message is sent by e-mail from the service centre."""
        case = _case_for_change(request, reference)
        given = MessageSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            case_reply(
                case=case,
                actor=request.user,
                body=given.validated_data["body"],
                status_after=given.validated_data["status_after"],
                context="api",
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_by_field(error)) from error
        return _case_document(request, reference, status_code=status.HTTP_201_CREATED)


class CaseNoteCreate(APIView):
    @extend_schema(request=NoteSerializer, responses={201: CaseDetailSerializer})
    def post(self, request, reference: str):
        """An internal note, never shown to the customer."""
        case = _case_for_change(request, reference)
        given = NoteSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            case_add_note(
                case=case, actor=request.user, body=given.validated_data["body"], context="api"
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(errors_by_field(error)) from error
        return _case_document(request, reference, status_code=status.HTTP_201_CREATED)


# -- customers --------------------------------------------------------------------------------


class CustomerQuery(serializers.Serializer):
    q = serializers.CharField(
        max_length=200, help_text=_("Name, e-mail, phone, business ID or identity code.")
    )


class CustomerList(generics.ListAPIView):
    pagination_class = CustomerPagination
    serializer_class = CustomerSerializer

    def get_queryset(self):
        query = _query(self.request, CustomerQuery)["q"]
        return customer_search(query=query).select_related("handler", "internal_department")

    @extend_schema(parameters=[CustomerQuery])
    def get(self, request, *args, **kwargs):
        """Find customers. A search, never a listing of everyone: each page asked for is
        written to the privacy log (the search and the number of customers in it)."""
        page = self.paginate_queryset(self.get_queryset())
        access_log_list(
            actor=request.user, context="api:search", query=request.query_params, count=len(page)
        )
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class CustomerDetail(APIView):
    @extend_schema(responses=CustomerSerializer, operation_id="customers_read")
    def get(self, request, customer_id: int):
        """One customer; the identity code is masked, the view logged."""
        try:
            customer = customer_get_for_view(
                customer_id=_id(customer_id, _("No such customer.")),
                viewer=request.user,
                context="api",
            )
        except Customer.DoesNotExist as error:
            raise NotFound(_("No such customer.")) from error
        return Response(CustomerSerializer(customer).data)


# -- knowledge --------------------------------------------------------------------------------


class ArticleFilters(serializers.Serializer):
    service = serializers.SlugField(required=False)
    visibility = serializers.ChoiceField(choices=Article.Visibility.choices, required=False)


class ArticleList(generics.ListAPIView):
    serializer_class = ArticleSerializer

    def get_queryset(self):
        data = _query(self.request, ArticleFilters)
        return articles_list(
            service_code=data.get("service", ""), visibility=data.get("visibility", "")
        )

    @extend_schema(parameters=[ArticleFilters])
    def get(self, request, *args, **kwargs):
        """Knowledge articles, public and internal."""
        return super().get(request, *args, **kwargs)


class ArticleDetail(generics.RetrieveAPIView):
    serializer_class = ArticleSerializer

    def get_object(self):
        try:
            return article_get(pk=_id(self.kwargs["pk"], _("No such article.")))
        except Article.DoesNotExist as error:
            raise NotFound(_("No such article.")) from error


class TemplateFilters(serializers.Serializer):
    language = serializers.ChoiceField(choices=LANGUAGES, required=False)
    service = serializers.SlugField(required=False)


class TemplateList(generics.ListAPIView):
    serializer_class = TemplateSerializer

    def get_queryset(self):
        data = _query(self.request, TemplateFilters)
        return templates_list(
            language=data.get("language", ""), service_code=data.get("service", "")
        )

    @extend_schema(parameters=[TemplateFilters])
    def get(self, request, *args, **kwargs):
        """Reply templates, the most used first."""
        return super().get(request, *args, **kwargs)


class TemplateDetail(generics.RetrieveAPIView):
    serializer_class = TemplateSerializer
    queryset = ReplyTemplate.objects.select_related("service")

    def get_object(self):
        _id(self.kwargs["pk"], _("No such template."))
        return super().get_object()


@extend_schema(exclude=True)
class NotFoundView(APIView):
    """Unknown paths under /api/v1/, answered in the API's JSON."""

    def initial(self, request, *args, **kwargs):
        raise NotFound()
