"""The OpenAPI schema documents the error answers every operation can give, so clients (and
the schemathesis run in the tests) know them: DRF's `{"detail": …}` and, for 400, the fields
with their messages."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

DETAIL = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "Each field (or non_field_errors, or detail) with its messages.",
    "additionalProperties": {
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    },
}
ERRORS = {
    "400": (
        _("Bad input: the fields and what is wrong with them. Nothing was changed."),
        FIELD_ERRORS,
    ),
    "401": (_("No valid token."), DETAIL),
    "403": (_("The person has no right to this."), DETAIL),
    "404": (_("Not found, or not visible to the person."), DETAIL),
    "406": (_("Only JSON is answered."), DETAIL),
}
WRITE_ERRORS = {"415": (_("Send JSON."), DETAIL)}


class AutoSchema(SpectacularAutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = {**ERRORS, **(WRITE_ERRORS if self.method in {"POST", "PUT", "PATCH"} else {})}
        for code, (description, schema) in errors.items():
            responses.setdefault(
                code,
                {"description": description, "content": {"application/json": {"schema": schema}}},
            )
        return responses
