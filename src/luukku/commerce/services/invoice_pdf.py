"""The PDF invoice (fpdf2) in the buyer's language: the seller and the buyer, the invoice's
number, dates and references, the rows with their VAT, VAT per rate and the total, and how to
pay — the account, the reference and the virtual bank barcode, as digits and as Code 128."""

import io
import re
import warnings
from pathlib import Path

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF
from stdnum import iban as stdnum_iban

from ..invoicing import InvoicingError
from ..invoicing.barcode import barcode_svg, virtual_barcode
from ..invoicing.finvoice import InvoiceDocument
from ..invoicing.references import reference_format
from ..models import Invoice
from ..templatetags.commerce_labels import euros
from .invoices import invoice_document

FONT = "invoice"
# Without the TrueType font: Helvetica, which has no euro sign nor dashes beyond Latin-1.
LATIN_1 = str.maketrans(
    {"…": "...", "€": "EUR", "–": "-", "—": "-", "−": "-", "\u00a0": " ", "“": '"'}
)


class _Pdf(FPDF):
    def __init__(self, font_path: str):
        super().__init__(format="A4", unit="mm")
        self.unicode = Path(font_path).is_file()
        if self.unicode:
            self.add_font(FONT, "", font_path)
            bold = Path(font_path).with_name(Path(font_path).stem + "-Bold.ttf")
            self.add_font(FONT, "B", str(bold) if bold.is_file() else font_path)
            self.family = FONT
        else:
            self.family = "Helvetica"
        self.set_margins(20, 15, 20)
        self.set_auto_page_break(True, margin=20)

    def text_of(self, value) -> str:
        text = str(value)
        if self.unicode:
            return text
        return text.translate(LATIN_1).encode("latin-1", "replace").decode("latin-1")

    def fitted(self, value, width: float) -> str:
        """The text cut with an ellipsis where it would run over its column."""
        original = str(value)
        text, cut = self.text_of(original), len(original)
        while cut > 1 and self.get_string_width(text) > width:
            cut -= 1
            text = self.text_of(original[:cut].rstrip() + "…")
        return text

    def font(self, size: float = 10, bold: bool = False) -> None:
        self.set_font(self.family, "B" if bold else "", size)

    def line_of(self, text, width: float = 0, *, align: str = "L", height: float = 5) -> None:
        self.cell(width, height, self.text_of(text), align=align, new_x="LMARGIN", new_y="NEXT")

    def cells(self, values, widths, *, bold: bool = False, aligns=None) -> None:
        self.font(9, bold)
        aligns = aligns or ["L"] + ["R"] * (len(values) - 1)
        for value, width, align in zip(values, widths, aligns, strict=True):
            self.cell(width, 6, self.fitted(value, width - 2), border="B", align=align)
        self.ln(6)


def _date(day) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def _percent(value) -> str:
    return f"{formats.number_format(value, decimal_pos=1)} %".replace(",0 ", " ").replace(
        ".0 ", " "
    )


def _parties(pdf: _Pdf, doc: InvoiceDocument, invoice: Invoice) -> None:
    seller = doc.seller
    pdf.font(16, bold=True)
    pdf.line_of(_("Invoice"), height=9)
    pdf.font(10, bold=True)
    pdf.line_of(seller.name)
    pdf.font(9)
    for text in (
        seller.street,
        f"{seller.postal_code} {seller.town}",
        _("Business ID %(id)s") % {"id": seller.business_id} if seller.business_id else "",
        " · ".join(v for v in (doc.seller_contact_phone, seller.email) if v),
    ):
        if text.strip():
            pdf.line_of(text, height=4.5)
    pdf.ln(4)
    top = pdf.get_y()
    pdf.font(9, bold=True)
    pdf.line_of(_("Buyer"), height=4.5)
    pdf.font(10)
    buyer = doc.buyer
    lines = [buyer.name, buyer.street, f"{buyer.postal_code} {buyer.town}"]
    if buyer.business_id:
        lines.append(_("Business ID %(id)s") % {"id": buyer.business_id})
    for text in lines:  # wrapped in the left column, clear of the invoice's details
        pdf.multi_cell(85, 5, pdf.text_of(text), new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    details = (
        (_("Invoice number"), doc.number),
        (_("Invoice date"), _date(doc.date)),
        (_("Due date"), _date(doc.due_date)),
        (pgettext("payment", "Reference"), reference_format(invoice.reference)),
        (_("RF reference"), reference_format(invoice.rf_reference)),
        (_("Order"), invoice.order.number),
    )
    pdf.set_y(top)
    for label, value in details:
        pdf.set_x(110)
        pdf.font(9)
        pdf.cell(35, 5, pdf.text_of(label))
        pdf.font(9, bold=True)
        pdf.cell(45, 5, pdf.text_of(value), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 6)


def _rows(pdf: _Pdf, doc: InvoiceDocument) -> None:
    widths = (72, 18, 28, 18, 34)
    pdf.cells(
        (_("Product"), _("Quantity"), _("Unit price"), _("VAT"), _("Total")), widths, bold=True
    )
    for row in doc.rows:
        quantity = formats.number_format(row.quantity, decimal_pos=0)
        pdf.cells(
            (
                row.article_name,
                quantity,
                euros(row.unit_price_cents),
                _percent(row.vat_percent),
                euros(row.total_cents),
            ),
            widths,
        )
    pdf.ln(3)
    widths = (72, 36, 30, 32)
    pdf.cells((_("VAT rate"), _("VAT-free amount"), _("VAT"), _("Total")), widths, bold=True)
    for total in doc.vat_totals:
        pdf.cells(
            (
                _percent(total.vat_percent),
                euros(total.vat_excluded_cents),
                euros(total.vat_cents),
                euros(total.total_cents),
            ),
            widths,
        )
    pdf.cells((_("Total to pay"), "", "", euros(doc.total_cents)), widths, bold=True)
    pdf.ln(6)


def _payment(pdf: _Pdf, doc: InvoiceDocument, invoice: Invoice) -> None:
    pdf.font(11, bold=True)
    pdf.line_of(_("Payment"), height=7)
    pdf.font(9)
    for label, value in (
        (_("Recipient"), doc.seller.name),
        (_("Account (IBAN)"), stdnum_iban.format(doc.seller_iban)),
        (_("BIC"), doc.seller_bic),
        (pgettext("payment", "Reference"), reference_format(invoice.reference)),
        (_("Due date"), _date(doc.due_date)),
        (_("Amount"), euros(doc.total_cents)),
    ):
        pdf.cell(40, 5, pdf.text_of(label))
        pdf.font(9, bold=True)
        pdf.cell(0, 5, pdf.text_of(value), new_x="LMARGIN", new_y="NEXT")
        pdf.font(9)
    pdf.ln(3)
    pdf.line_of(_("Please use the reference when you pay."))
    try:
        code = virtual_barcode(doc.seller_iban, doc.total_cents, invoice.reference, doc.due_date)
    except InvoicingError:
        return  # a foreign account or a total above the barcode's limit: no barcode
    pdf.ln(3)
    pdf.font(8)
    pdf.line_of(_("Virtual bank barcode"), height=4)
    pdf.font(9)
    pdf.line_of(code, height=5)
    _barcode_image(pdf, barcode_svg(code))


def _barcode_image(pdf: _Pdf, svg: bytes) -> None:
    """The barcode at its own size in millimetres (the guide's module width, bar height and
    quiet zones): fpdf2 would read the SVG's millimetres as points, so the size is given."""
    width, height = (
        float(re.search(rb'\s%s="([\d.]+)mm"' % name, svg).group(1))
        for name in (b"width", b"height")
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*viewBox")  # the size given instead
        pdf.image(io.BytesIO(svg), x=pdf.l_margin, w=width, h=height)


def invoice_pdf(invoice: Invoice, language: str | None = None, *, compress: bool = True) -> bytes:
    """The invoice as a PDF in `language` (the order's by default)."""
    language = language if language in ("fi", "sv", "en") else invoice.order.language
    with translation.override(language):
        doc = invoice_document(invoice)
        pdf = _Pdf(settings.COMMERCE_PDF_FONT)
        pdf.compress = compress
        pdf.set_title(pdf.text_of(_("Invoice %(number)s") % {"number": invoice.number}))
        pdf.set_author(pdf.text_of(doc.seller.name))
        pdf.add_page()
        _parties(pdf, doc, invoice)
        _rows(pdf, doc)
        _payment(pdf, doc, invoice)
        return bytes(pdf.output())
