import pytest

from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "http://testserver"
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]


@pytest.fixture
def department(db):
    return DepartmentFactory()


@pytest.fixture
def other_department(db):
    return DepartmentFactory()


@pytest.fixture
def service(department):
    return ServiceFactory(responsible_unit__department=department)


@pytest.fixture
def sensitive_service(department):
    return ServiceFactory(responsible_unit__department=department, sensitive=True)


@pytest.fixture
def service_with_fields(service):
    RequestFieldFactory(service=service, code="pole", datatype="text", required=True)
    RequestFieldFactory(service=service, code="count", datatype="number")
    RequestFieldFactory(service=service, code="when", datatype="date")
    RequestFieldFactory(
        service=service, code="fault", datatype="single_choice", options=["dark", "flickering"]
    )
    RequestFieldFactory(
        service=service, code="sides", datatype="multiple_choice", options=["north", "south"]
    )
    return service


@pytest.fixture
def agent(department):
    return UserFactory(role="agent")


@pytest.fixture
def expert(department):
    return UserFactory(role="expert", departments=[department])


@pytest.fixture
def other_expert(other_department):
    return UserFactory(role="expert", departments=[other_department])


@pytest.fixture
def supervisor(db):
    return UserFactory(role="supervisor")
