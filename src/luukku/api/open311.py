"""Open311 GeoReport v2 documents: services and their definitions, errors, in JSON or XML.

Written to the GeoReport v2 specification and the Finnish Six Cities' (6Aika) profile of it:
element names, the attribute datatypes, and the error list `[{"code", "description"}]`
(`<errors><error>…</error></errors>` in XML).
"""

import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation

from django.http import HttpResponse

from luukku.catalogue.models import RequestField, Service

FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
LANGUAGES = ("fi", "sv", "en")
# Our request fields' types as GeoReport v2 attribute datatypes.
DATATYPES = {
    RequestField.DataType.TEXT: "text",
    RequestField.DataType.NUMBER: "number",
    RequestField.DataType.DATE: "datetime",
    RequestField.DataType.SINGLE_CHOICE: "singlevaluelist",
    RequestField.DataType.MULTIPLE_CHOICE: "multivaluelist",
}


def locale_language(value: str | None) -> str:
    """The language for names and descriptions from the `locale` parameter (fi, sv_FI, en_GB);
    English by default, as the CitySDK extension says."""
    language = (value or "").replace("-", "_").split("_")[0].lower()
    return language if language in LANGUAGES else "en"


def service_document(service: Service) -> dict:
    return {
        "service_code": service.code,
        "service_name": service.name,
        "description": service.summary,
        "metadata": bool(service.request_fields.all()),
        "type": "realtime",
        "keywords": ",".join(word.strip() for word in service.keywords.split(",") if word.strip()),
        "group": service.topic.name if service.topic_id else "",
    }


def definition_document(service: Service) -> dict:
    attributes = []
    for field in service.request_fields.all():
        attribute = {
            "variable": True,
            "code": field.code,
            "datatype": DATATYPES[field.datatype],
            "required": field.required,
            "datatype_description": field.help_text,
            "order": field.order + 1,
            "description": field.label,
        }
        if field.is_choice:
            attribute["values"] = [
                {"key": option.key, "name": option.label} for option in field.options.all()
            ]
        attributes.append(attribute)
    return {"service_code": service.code, "attributes": attributes}


def _xml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _xml_element(parent: ET.Element, name: str, value) -> None:
    element = ET.SubElement(parent, name)
    if isinstance(value, dict):
        for key, item in value.items():
            _xml_element(element, key, item)
    elif isinstance(value, list):
        # GeoReport v2 XML names list items by the singular: values → value.
        for item in value:
            _xml_element(element, name[:-1] if name.endswith("s") else name, item)
    else:
        element.text = _xml_value(value)


def xml_document(root: str, item: str | None, content) -> bytes:
    """`root` holding one `item` element per entry of a list, or the fields of a dict."""
    element = ET.Element(root)
    if item is None:
        for key, value in content.items():
            _xml_element(element, key, value)
    else:
        for entry in content:
            _xml_element(element, item, entry)
    return ET.tostring(element, encoding="utf-8", xml_declaration=True)


def respond(fmt: str, content, *, root: str, item: str | None, status: int = 200) -> HttpResponse:
    if fmt == "xml":
        body = xml_document(root, item, content)
    else:
        body = json.dumps(content, ensure_ascii=False).encode()
    return HttpResponse(body, status=status, content_type=FORMATS[fmt])


def error_response(fmt: str, status: int, description: str) -> HttpResponse:
    """The GeoReport v2 error list, with the HTTP status as its code."""
    errors = [{"code": status, "description": description}]
    return respond(fmt, errors, root="errors", item="error", status=status)


ATTRIBUTE = re.compile(r"^attribute\[(?P<code>[-\w]+)\](?P<many>\[\])?$")
# Our field names in errors, as the Open311 parameters a client sent.
PARAMETERS = {
    "subject": "title",
    "description": "description",
    "email": "email",
    "phone": "phone",
    "address": "address_string",
    "latitude": "lat",
    "longitude": "long",
    "service": "service_code",
    "last_name": "last_name",
    "first_name": "first_name",
}


def attributes_read(data) -> dict:
    """`attribute[code]=value` and `attribute[code][]=value` (repeated for multivaluelist)."""
    answers: dict = {}
    for name in data:
        match = ATTRIBUTE.match(name)
        if match is None:
            continue
        values = data.getlist(name)
        if match["many"] or len(values) > 1:
            answers[match["code"]] = values
        else:
            answers[match["code"]] = values[0]
    return answers


def coordinate(value: str, low: float, high: float) -> Decimal | None:
    """A WGS84 coordinate in range, or None when absent; ValueError when it is not one."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(value) from error
    if not number.is_finite() or not low <= number <= high:
        raise ValueError(value)
    return number.quantize(Decimal("0.000001"))


def validation_errors(fmt: str, error, answers: dict) -> HttpResponse:
    """A 400 with one GeoReport error per problem, named by the parameter the client sent."""
    errors = []
    for field, messages in error.message_dict.items():
        parameter = f"attribute[{field}]" if field in answers else PARAMETERS.get(field, field)
        for message in messages:
            errors.append({"code": 400, "description": f"{parameter}: {message}"})
    return respond(fmt, errors, root="errors", item="error", status=400)
