"""Invoicing formats as plain functions on plain values (no models, no database): Finnish
reference numbers and RF creditor references, the virtual bank barcode, Finvoice 3.0 export
and the bank's incoming payment files (camt.054, the reference payment file). Money is in
integer cents. Bad input raises InvoicingError with a translated message. docs/commerce.md."""

from luukku.commerce.invoicing.errors import InvoicingError

__all__ = ["InvoicingError"]
