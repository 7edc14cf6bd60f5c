"""The case page's and the inbox's form widgets written in Python instead of through the
template engine.

The case page carries about twenty fields (the reply and the folded, rarely used forms) and the
engine's cost for each widget (a context, an include for its attributes, one for each option)
was a fifth of the page's time (issue 27: the case page within 200 ms); the inbox's filters (a
select of every service and every handler) were about a sixth of its rendering (issue 34). The
HTML is the same as Django's templates and `luukku.core`'s select write, byte for byte
(`web/tests/test_form_rendering.py` compares them); any other widget still goes to its template.
"""

from django.forms.renderers import TemplatesSetting
from django.utils.html import conditional_escape, escape

INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in ("input", "text", "email", "number", "hidden", "checkbox", "password", "url")
)


def _attributes(attrs: dict) -> str:
    """`django/forms/widgets/attrs.html`: True as a bare name, False left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{escape(str(widget["value"]))}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value}{_attributes(widget["attrs"])}>'
    )


def _file_input(widget: dict) -> str | None:
    """A file input without a file kept from before (the only kind the case page has)."""
    if widget.get("is_initial"):
        return None
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{_attributes(widget["attrs"])}>'
    )


def _textarea(widget: dict) -> str:
    value = conditional_escape(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"'
        f"{_attributes(widget['attrs'])}>\n{value}</textarea>"
    )


def _select(widget: dict) -> str:
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attributes(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        parts.extend(
            f'\n  <option value="{escape(str(option["value"]))}"'
            f"{_attributes(option['attrs'])}>{conditional_escape(option['label'])}</option>"
            for option in group_choices
        )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


WRITERS = {
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
    "django/forms/widgets/clearable_file_input.html": _file_input,
    **dict.fromkeys(INPUT_TEMPLATES, _input),
}


class WrittenWidgetRenderer(TemplatesSetting):
    """The project's renderer, with the common widgets written directly."""

    def render(self, template_name, context, request=None):
        writer = WRITERS.get(template_name)
        written = writer(context["widget"]) if writer else None
        if written is None:
            return super().render(template_name, context, request=request)
        return written
