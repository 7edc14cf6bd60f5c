"""The catalogue keeper's forms: a word from a search that found nothing, a service's search
words. What is allowed is `catalogue.services`' rule; these only read the fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.selectors import SERVICES
from luukku.catalogue.services import KEYWORDS_LENGTH
from luukku.core.forms import ModelChoiceField

LANGUAGE_CHOICES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]


class MissWordForm(forms.Form):
    """'Add this word to service [select] in [language]': one per search miss on the page."""

    word = forms.CharField(label=_("Word"), max_length=100)
    service = ModelChoiceField(label=_("Service"), reference=SERVICES, empty_label="–")
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)

    def __init__(self, *args, miss, **kwargs):
        kwargs.setdefault("auto_id", f"id_miss{miss.pk}_%s")
        kwargs.setdefault("initial", {"word": miss.query, "language": miss.language})
        super().__init__(*args, **kwargs)
        self.miss_pk = miss.pk


class ServiceKeywordsForm(forms.Form):
    keywords_fi = forms.CharField(label=_("Search words in Finnish"), required=False)
    keywords_sv = forms.CharField(label=_("Search words in Swedish"), required=False)
    keywords_en = forms.CharField(label=_("Search words in English"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # Longer than the field holds: the service says how much is too much.
            field.widget = forms.Textarea(attrs={"rows": 3})
            field.max_length = KEYWORDS_LENGTH * 2
            field.help_text = _(
                "Words and phrases citizens search this service with, separated by commas."
            )
