from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


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
