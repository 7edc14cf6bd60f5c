from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from luukku.core.pagination import CappedPaginator


class Pagination(PageNumberPagination):
    """`?page=2&per_page=100`; 50 by default, at most 200 (more is read as 200)."""

    page_size = 50
    page_size_query_param = "per_page"
    max_page_size = 200

    def get_page_number(self, request, paginator):
        """The page asked for; an empty or malformed one is refused (404), not read as 1."""
        return request.query_params.get(self.page_query_param, 1)

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
            if size < 1:
                raise ValueError(raw)
        except ValueError as error:
            message = _("Give a whole number from 1 to %(most)d.") % {"most": self.max_page_size}
            raise ValidationError({self.page_size_query_param: [message]}) from error
        return min(size, self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters


class CustomerPagination(Pagination):
    """Customers are personal data: smaller pages, each one logged."""

    page_size = 25
    max_page_size = 50


class CasePagination(Pagination):
    """The case register can hold millions of rows: counted up to COUNT_CAP only, as the
    inbox does (`count_capped` true when there are more; the pages within the cap work,
    and beyond it a client narrows the list with the filters)."""

    COUNT_CAP = 10_000

    def django_paginator_class(self, queryset, per_page):
        return CappedPaginator(queryset, per_page, cap=self.COUNT_CAP)

    def get_paginated_response(self, data):
        paginator = self.page.paginator
        return Response(
            {
                "count": min(paginator.count, paginator.cap),
                "count_capped": paginator.capped,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count_capped"] = {
            "type": "boolean",
            "description": f"true when there are more than {self.COUNT_CAP:,} (count is then "
            f"{self.COUNT_CAP:,}); narrow the list with the filters",
        }
        return response
