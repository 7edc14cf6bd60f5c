# English for a Finnish city: day before month and the 24-hour clock, as in fi and sv; the
# hour without a leading zero (8:00), as Finnish and Swedish write theirs (8.00).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, G:i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = "j.n.Y G:i"
TIME_FORMAT = "G:i"
