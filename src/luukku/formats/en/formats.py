# English for a Finnish city: day before month and the 24-hour clock, as in fi and sv.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y H:i"
TIME_FORMAT = "H:i"
