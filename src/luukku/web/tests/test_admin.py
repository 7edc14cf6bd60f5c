import pytest
from django.contrib import admin
from django.urls import reverse

from luukku.demo.loader import load_demo
from luukku.organisation.models import User

pytestmark = pytest.mark.django_db


def test_every_admin_list_and_form_opens_for_the_administrator(client):
    load_demo(cases=20, customers=10)
    client.force_login(User.objects.get(username="admin"))
    for model in admin.site._registry:
        meta = model._meta
        changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(changelist).status_code == 200, changelist
        first = model.objects.first()
        if first is not None:
            change = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk])
            assert client.get(change).status_code == 200, change


def test_admin_is_closed_to_agents(client, agent):
    client.force_login(agent)
    assert client.get(reverse("admin:index")).status_code == 302
