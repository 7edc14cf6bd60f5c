"""The services citizens find, the mailboxes that take their mail, and the phrase folder staff
reply with.
"""

from django.db import transaction

from luukku.catalogue.models import (
    RequestField,
    RequestFieldOption,
    Service,
    ServiceChannel,
    ServiceMaterial,
    Topic,
)
from luukku.knowledge.models import Article, ReplyTemplate

from . import data
from .city import add_translations
from .knowledge import ARTICLES, KEYWORDS, TEMPLATES


@transaction.atomic
def load_catalogue(org: dict) -> dict[str, Service]:
    topics = {}
    for order, (slug, names) in enumerate(data.TOPICS):
        fields = {"order": order}
        add_translations(fields, "name", names)
        topics[slug], _ = Topic.objects.update_or_create(slug=slug, defaults=fields)
    services = {}
    for spec in data.SERVICES:
        fields = {
            "topic": topics[spec["topic"]],
            "provider": org["providers"][spec.get("provider", "city")],
            "responsible_unit": org["units"][spec["unit"]] if spec["unit"] else None,
            "handling_level": spec["handling"],
            "target_reply_days": spec["days"],
            "requires_location": spec.get("location", False),
            "allows_anonymous": spec.get("anonymous", False),
            "requests_public": spec.get("public", False),
            "sensitive": spec.get("sensitive", False),
            "internal": spec.get("internal", False),
            "accepts_requests": spec.get("accepts", True),
            "charge_type": spec.get("charge", "free"),
        }
        for name in ("name", "summary", "description", "keywords"):
            add_translations(fields, name, spec[name])
        if "charge_description" in spec:
            add_translations(fields, "charge_description", spec["charge_description"])
        add_translations(fields, "responsibilities", data.RESPONSIBILITIES)
        service, _ = Service.objects.update_or_create(code=spec["code"], defaults=fields)
        services[spec["code"]] = service
        service.channels.all().delete()
        kinds = [
            ServiceChannel.Kind.SERVICE_LOCATION,
            ServiceChannel.Kind.PHONE,
            ServiceChannel.Kind.EMAIL,
        ]
        if service.accepts_requests:
            kinds.insert(0, ServiceChannel.Kind.WEB_FORM)
        for kind in kinds:
            ServiceChannel.objects.create(
                service=service,
                kind=kind,
                service_point=org["point"]
                if kind == ServiceChannel.Kind.SERVICE_LOCATION
                else None,
                phone="+358 20 617 4000" if kind == ServiceChannel.Kind.PHONE else "",
                email="asiakaspalvelu@vuoksela.example"
                if kind == ServiceChannel.Kind.EMAIL
                else "",
            )
        if spec.get("charge") == "charged" and not service.materials.exists():
            material = {
                "kind": ServiceMaterial.Kind.MATERIAL,
                "url": f"https://www.vuoksela.example/hinnasto/{spec['code']}",
            }
            add_translations(material, "title", ("Hinnasto", "Prislista", "Price list"))
            ServiceMaterial.objects.create(service=service, **material)
        for order, (code, datatype, required, labels, options) in enumerate(spec["fields"]):
            fields = {"datatype": datatype, "required": required, "order": order}
            add_translations(fields, "label", labels)
            field, _ = RequestField.objects.update_or_create(
                service=service, code=code, defaults=fields
            )
            for option_order, (key, option_labels) in enumerate(options):
                option_fields = {"order": option_order}
                add_translations(option_fields, "label", option_labels)
                RequestFieldOption.objects.update_or_create(
                    field=field, key=key, defaults=option_fields
                )
    return services


def load_mailboxes(services: dict) -> None:
    from luukku.channels.models import Mailbox

    Mailbox.objects.update_or_create(
        address="asiakaspalvelu@vuoksela.example",
        defaults={"name": "Asiakaspalvelu", "default_service": services["feedback"]},
    )
    Mailbox.objects.update_or_create(
        address="kunnossapito@vuoksela.example",
        defaults={"name": "Kunnossapito", "default_service": services["street-maintenance"]},
    )


def load_knowledge(services: dict, staff: dict) -> None:
    """The phrase folder: reply templates in three languages and a few articles."""
    for key, (service_code, versions) in TEMPLATES.items():
        for language, (title, body) in versions.items():
            ReplyTemplate.objects.update_or_create(
                key=key,
                language=language,
                defaults={
                    "title": title,
                    "body": body,
                    "keywords": KEYWORDS.get(key, {}).get(language, ""),
                    "service": services[service_code] if service_code else None,
                },
            )
    for service_code, visibility, owner, versions in ARTICLES:
        fields = {}
        for language, (title, body) in versions.items():
            fields[f"title_{language}"] = title
            fields[f"body_{language}"] = body
        Article.objects.update_or_create(
            title_fi=versions["fi"][0],
            defaults={
                **fields,
                "service": services[service_code] if service_code else None,
                "visibility": visibility,
                "owner": staff[owner],
            },
        )
