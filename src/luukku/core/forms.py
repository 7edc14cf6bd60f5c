"""Form fields shared by the apps."""

from django import forms
from django.forms.models import ModelChoiceIterator

from .reference import ReferenceList


class OneQueryChoiceIterator(ModelChoiceIterator):
    """A select's options read with one ordinary query. Django's own iterator streams them
    through a server-side cursor, which on PostgreSQL costs three round trips (declare,
    fetch, close) for every select on the page; the case page has six."""

    def objects(self):
        return self.queryset.all()

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.objects():
            yield self.choice(obj)


class ReferenceChoiceIterator(OneQueryChoiceIterator):
    """The options from a cached `ReferenceList`: no query at all."""

    def objects(self):
        return self.field.reference.all()

    def __len__(self):
        return len(self.objects()) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.objects())


class _ReferenceChoices:
    """Options from `reference` (a ReferenceList) when given; its queryset validates."""

    def __init__(self, queryset=None, *, reference: ReferenceList | None = None, **kwargs):
        self.reference = reference
        if reference is not None:
            queryset = reference.queryset
            self.iterator = ReferenceChoiceIterator
        super().__init__(queryset=queryset, **kwargs)


class ModelChoiceField(_ReferenceChoices, forms.ModelChoiceField):
    iterator = OneQueryChoiceIterator


class ModelMultipleChoiceField(_ReferenceChoices, forms.ModelMultipleChoiceField):
    iterator = OneQueryChoiceIterator


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (the citizen's and the staff's attachments); cleans to a
    list, empty when none was sent."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []
