"""A case's search documents, which the cases app registers with `search`
(`cases/search_documents.py`)."""

import pytest

from luukku.cases.search_documents import case_documents
from luukku.cases.services import case_customer_message
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import UserFactory
from luukku.search.models import SearchDocument
from luukku.search.selectors import search
from luukku.search.services import search_index_new

pytestmark = pytest.mark.django_db


def _supervisor():
    return UserFactory(role="supervisor")


def test_bulk_indexing_finds_what_indexing_one_by_one_finds(service):
    """A loader's bulk path (documents built from messages at hand) gives the same index."""
    case = make_case(service=service, subject="Leikkipaikan keinu rikki")
    case_customer_message(case=case, body="Keinun ketju on katkennut.")
    cases = SearchDocument.objects.filter(kind="case")
    built = {(d.language, d.title, d.body) for d in cases}
    cases.delete()
    messages = list(
        case.events.filter(kind__in=["message_in", "message_out"]).values_list("body", flat=True)
    )
    assert search_index_new(kind="case", documents=[(case.pk, case_documents(case, messages))]) == 1
    assert {(d.language, d.title, d.body) for d in cases} == built
    [hit] = search(text="ketju katkennut", viewer=_supervisor())
    assert hit.object_id == case.pk
