"""The one error the invoicing formats raise for bad input: a ValueError whose message is
already translated (django.utils.translation.gettext) for the person who gave the input."""


class InvoicingError(ValueError):
    """Input that no invoicing format can take; str(error) is a translated sentence."""
