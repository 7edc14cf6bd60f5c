# Swedish as written in Finland: the day before the month with full stops (5.12.2026), as in
# Finnish; Django's Swedish short dates are Sweden's ISO dates (2026-12-05).
SHORT_DATE_FORMAT = "j.n.Y"

DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]

# The time with a full stop, as Swedish is written in Finland (14.30, "kl. 14.30"), like the
# Finnish pages, the hour without a leading zero (kl. 8.00); Django's Swedish writes Sweden's
# 14:30.
TIME_FORMAT = "G.i"
DATETIME_FORMAT = r"j F Y \k\l. G.i"
SHORT_DATETIME_FORMAT = "j.n.Y G.i"
TIME_INPUT_FORMATS = ["%H.%M", "%H.%M.%S", "%H:%M", "%H:%M:%S"]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H.%M", "%d.%m.%Y %H.%M.%S", *DATETIME_INPUT_FORMATS]
