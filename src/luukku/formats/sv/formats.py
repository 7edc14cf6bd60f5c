# Swedish as it is written in Finland: day before month with dots (5.12.2026), not Sweden's
# ISO dates, which Django gives Swedish by default. The 24-hour clock as in fi and en.
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y H:i"
