"""Pagination that stays fast on a million rows."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

COUNT_CAP = 2_000


class CappedPaginator(Paginator):
    """Counts at most `cap` rows (then says "over 2 000"): counting every matching row of a
    national case register costs more than showing a page, and nobody pages that far — they
    filter. Pages within the cap work as usual."""

    def __init__(self, object_list, per_page, *, cap: int | None = None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap or COUNT_CAP

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap

    def page(self, number):
        """As Django's, except that a page is never cut short at the capped count."""
        if not self.capped:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)
