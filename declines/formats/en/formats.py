"""One date format for pages and emails alike: "26 November 2026".

Used by the `date` template filter without an argument and by `wording.format_date`.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y, H:i"
