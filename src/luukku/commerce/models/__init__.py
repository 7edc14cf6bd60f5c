from .billing import BankPayment, Invoice, OnlinePayment
from .cash import NumberSeries, Payment, Receipt, RefundLine, Register, RegisterDay
from .orders import Order, OrderLine, OrderPart
from .products import CustomerGroup, DiscountProof, Price, Product, ProductPart, VatRate

__all__ = [
    "BankPayment",
    "CustomerGroup",
    "DiscountProof",
    "Invoice",
    "NumberSeries",
    "OnlinePayment",
    "Order",
    "OrderLine",
    "OrderPart",
    "Payment",
    "Price",
    "Product",
    "ProductPart",
    "Receipt",
    "RefundLine",
    "Register",
    "RegisterDay",
    "VatRate",
]
