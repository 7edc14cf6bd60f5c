"""Sales, orders and payments (M10): products and prices, orders with parts fulfilled by
experts, payments at the counter and online, invoices and the day's cash report.
docs/commerce.md."""
