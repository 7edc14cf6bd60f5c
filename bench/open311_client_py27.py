"""The `open311` 1.1 client from PyPI (Code for America's, Python 2.7 only), unmodified,
against a Luukku server: list the services, read one's definition, file a request with its
required attributes, turn the token into the request's id and follow it.

Runs under Python 2.7 (and so is written for both): bench/open311_client.py starts it, as does
api/tests/test_open311_client_py27.py. Usage:

    python2.7 open311_client_py27.py ENDPOINT API_KEY JURISDICTION SERVICE_CODE
"""
# Python 2.7 has no f-strings: %-formatting stays.
# ruff: noqa: UP031

import json
import sys

from open311 import Open311


def _many(value):
    """xml2dict gives one element as itself and several as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _answer(attribute):
    """An answer to a required attribute, from its datatype."""
    if attribute["datatype"] in ("singlevaluelist", "multivaluelist"):
        return _many(attribute["values"]["value"])[0]["key"]
    if attribute["datatype"] == "number":
        return "1"
    if attribute["datatype"] == "datetime":
        return "2026-01-31T12:00:00+02:00"
    return "4512"


def _show(label, value):
    print("%s: %s" % (label, json.dumps(value, sort_keys=True)))


def main(endpoint, api_key, jurisdiction, service_code):
    client = Open311(endpoint=endpoint, api_key=api_key, jurisdiction=jurisdiction)
    services = _many(client.service_list())
    _show("service_list", [service["service_code"] for service in services])

    definition = client.service_definition(service_code)["service_definition"]
    attributes = _many((definition.get("attributes") or {}).get("attribute"))
    _show(
        "service_definition",
        [
            [attribute["code"], attribute["datatype"], attribute["required"]]
            for attribute in attributes
        ],
    )

    answers = {}
    for attribute in attributes:
        if attribute["required"] == "true":
            answers["attribute[%s]" % attribute["code"]] = _answer(attribute)
    request = {
        "service_code": service_code,
        "description": "Street light out at the end of Koskikatu (open311 1.1 client)",
        "lat": "61.1719",
        "long": "28.7640",
        "address_string": "Koskikatu 12",
        "email": "open311-client@example.fi",
    }
    request.update(answers)
    filed = client.post_service_request(**request)
    created = _many(filed["service_requests"]["request"])[0]
    _show("post_service_request", sorted(created))

    found = _many(client.request_id_from_token(created["token"]))[0]
    request_id = found["service_request_id"]
    _show("request_id_from_token", request_id)

    followed = _many(client.get_service_request(request_id)["service_requests"]["request"])[0]
    _show(
        "get_service_request",
        dict((key, followed[key]) for key in ("service_request_id", "status", "service_code")),
    )


if __name__ == "__main__":
    main(*sys.argv[1:5])
